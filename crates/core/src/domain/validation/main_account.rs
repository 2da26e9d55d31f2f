//! Rules of the main account's own information: company information, addresses, contacts and
//! program memberships (docs/domain.md §3.1; docs/architecture.md §4.1, onboarding step 3).

use std::collections::HashMap;

use super::finding::FindingCode;
use super::identifier_checks;
use super::report::Report;
use crate::domain::field_path::Owner;
use crate::domain::model::date::Date;
use crate::domain::model::{
    Address, AddressKind, Contact, Facility, PostalAddress, Program, ProgramMembership,
    TradeOrganization,
};

/// The Portal asks for at least two contacts.
pub const MINIMUM_CONTACTS: usize = 2;

/// Company information.
pub(super) fn check_organization(
    organization: &TradeOrganization,
    today: Date,
    report: &mut Report,
) {
    report.require(
        TradeOrganization::LEGAL_NAME,
        &organization.legal_name,
        FindingCode::LegalNameMissing,
    );
    if report.require(
        TradeOrganization::PHONE,
        &organization.phone,
        FindingCode::CompanyPhoneMissing,
    ) {
        identifier_checks::phone(report, TradeOrganization::PHONE, &organization.phone);
    }
    if !organization.fax.trim().is_empty() {
        identifier_checks::phone(report, TradeOrganization::FAX, &organization.fax);
    }
    let website = organization.website.trim();
    if !website.is_empty() && !looks_like_web_address(website) {
        report
            .add(TradeOrganization::WEBSITE, FindingCode::WebsiteInvalid)
            .args
            .push(("value", website.to_owned()));
    }
    report.past_date(
        TradeOrganization::BUSINESS_START_DATE,
        &organization.business_start_date,
        today,
    );
    if organization.number_of_employees.is_none() {
        report.add(
            TradeOrganization::NUMBER_OF_EMPLOYEES,
            FindingCode::NumberOfEmployeesMissing,
        );
    }
    if organization.ownership_type.is_none() {
        report.add(
            TradeOrganization::OWNERSHIP_TYPE,
            FindingCode::OwnershipTypeMissing,
        );
    }
    report.require(
        TradeOrganization::BRIEF_HISTORY,
        &organization.brief_history,
        FindingCode::BriefHistoryMissing,
    );
}

/// A host name with a dot and no spaces, optionally after `http://` or `https://`.
fn looks_like_web_address(text: &str) -> bool {
    let host = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
        .unwrap_or(text);
    let host = host.split('/').next().unwrap_or_default();
    host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !host.chars().any(char::is_whitespace)
}

/// Rules over all addresses: the Portal requires a headquarters.
pub(super) fn check_address_list(addresses: &[Address], report: &mut Report) {
    if !addresses
        .iter()
        .any(|address| address.kind == AddressKind::Headquarters)
    {
        report.add_to_item(FindingCode::HeadquartersMissing);
    }
}

/// One address of the organization.
pub(super) fn check_address(address: &Address, report: &mut Report) {
    check_place(&address.place, &PlaceFields::ADDRESS, report);
}

/// Where a postal address's fields are named: at the top of an address of the main account,
/// under `address/` in a facility.
pub(super) struct PlaceFields {
    country: &'static str,
    line1: &'static str,
    city: &'static str,
    state_province: &'static str,
    postal_code: &'static str,
}

impl PlaceFields {
    /// An address of the main account.
    pub(super) const ADDRESS: PlaceFields = PlaceFields {
        country: PostalAddress::COUNTRY,
        line1: PostalAddress::LINE1,
        city: PostalAddress::CITY,
        state_province: PostalAddress::STATE_PROVINCE,
        postal_code: PostalAddress::POSTAL_CODE,
    };

    /// A facility's address.
    pub(super) const FACILITY: PlaceFields = PlaceFields {
        country: Facility::ADDRESS_COUNTRY,
        line1: Facility::ADDRESS_LINE1,
        city: Facility::ADDRESS_CITY,
        state_province: Facility::ADDRESS_STATE_PROVINCE,
        postal_code: Facility::ADDRESS_POSTAL_CODE,
    };
}

/// The fields of a postal address, shared by organization addresses and facilities.
pub(super) fn check_place(place: &PostalAddress, fields: &PlaceFields, report: &mut Report) {
    let country = place.country.trim().to_ascii_uppercase();
    if report.require(fields.country, &country, FindingCode::AddressCountryMissing) {
        report.country(fields.country, &country);
    }
    report.require(
        fields.line1,
        &place.line1,
        FindingCode::AddressStreetMissing,
    );
    report.require(fields.city, &place.city, FindingCode::AddressCityMissing);
    if matches!(country.as_str(), "US" | "CA" | "MX") {
        report.require(
            fields.state_province,
            &place.state_province,
            FindingCode::AddressStateMissing,
        );
    }
    if report.require(
        fields.postal_code,
        &place.postal_code,
        FindingCode::AddressPostalCodeMissing,
    ) {
        identifier_checks::postal_code(report, fields.postal_code, &country, &place.postal_code);
    }
}

/// Rules over all contacts: how many, one primary point of contact who is an officer, unique
/// e-mail addresses. Duplicate e-mails are reported on every contact sharing one.
pub(super) fn check_contact_list(contacts: &[Contact], report: &mut Report) {
    if contacts.len() < MINIMUM_CONTACTS {
        report
            .add_to_item(FindingCode::ContactsTooFew)
            .args
            .push(("minimum", MINIMUM_CONTACTS.to_string()));
    }
    let primaries: Vec<&Contact> = contacts.iter().filter(|c| c.primary_contact).collect();
    match primaries.as_slice() {
        [] => {
            report.add_to_item(FindingCode::PrimaryContactMissing);
        }
        [primary] if !primary.company_officer => {
            report.within(Owner::Contact(primary.id.clone())).add(
                Contact::COMPANY_OFFICER,
                FindingCode::PrimaryContactNotOfficer,
            );
        }
        [_] => {}
        [_, others @ ..] => {
            for other in others {
                report.within(Owner::Contact(other.id.clone())).add(
                    Contact::PRIMARY_CONTACT,
                    FindingCode::PrimaryContactNotUnique,
                );
            }
        }
    }
    let mut by_email: HashMap<String, usize> = HashMap::new();
    for contact in contacts {
        let email = contact.email.trim().to_lowercase();
        if !email.is_empty() {
            *by_email.entry(email).or_default() += 1;
        }
    }
    for contact in contacts {
        let email = contact.email.trim().to_lowercase();
        if by_email.get(&email).is_some_and(|count| *count > 1) {
            report
                .within(Owner::Contact(contact.id.clone()))
                .add(Contact::EMAIL, FindingCode::ContactEmailDuplicate)
                .args
                .push(("value", contact.email.trim().to_owned()));
        }
    }
}

/// One contact's own fields.
pub(super) fn check_contact(contact: &Contact, report: &mut Report) {
    report.require(
        Contact::FIRST_NAME,
        &contact.first_name,
        FindingCode::ContactFirstNameMissing,
    );
    report.require(
        Contact::LAST_NAME,
        &contact.last_name,
        FindingCode::ContactLastNameMissing,
    );
    if report.require(
        Contact::EMAIL,
        &contact.email,
        FindingCode::ContactEmailMissing,
    ) {
        identifier_checks::email(report, Contact::EMAIL, &contact.email);
    }
    if report.require(
        Contact::PHONE,
        &contact.phone,
        FindingCode::ContactPhoneMissing,
    ) {
        identifier_checks::phone(report, Contact::PHONE, &contact.phone);
    }
}

/// One international program membership.
pub(super) fn check_program(membership: &ProgramMembership, report: &mut Report) {
    report.require(
        ProgramMembership::NUMBER,
        &membership.number,
        FindingCode::ProgramNumberMissing,
    );
    if membership.program == Program::OtherAeo
        && report.require(
            ProgramMembership::COUNTRY,
            &membership.country,
            FindingCode::ProgramCountryMissing,
        )
    {
        report.country(ProgramMembership::COUNTRY, &membership.country);
    }
}
