//! Rules of the main account's own information: company information, addresses, contacts and
//! program memberships (docs/domain.md §3.1; docs/architecture.md §4.1, onboarding step 3).

use std::collections::HashMap;

use super::finding::FindingCode;
use super::identifier_checks;
use super::report::Report;
use crate::domain::model::date::Date;
use crate::domain::model::{
    Address, AddressKind, Contact, PostalAddress, Program, ProgramMembership, TradeOrganization,
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
        "legalName",
        &organization.legal_name,
        FindingCode::LegalNameMissing,
    );
    if report.require(
        "phone",
        &organization.phone,
        FindingCode::CompanyPhoneMissing,
    ) {
        identifier_checks::phone(report, "phone", &organization.phone);
    }
    if !organization.fax.trim().is_empty() {
        identifier_checks::phone(report, "fax", &organization.fax);
    }
    let website = organization.website.trim();
    if !website.is_empty() && !looks_like_web_address(website) {
        report
            .add("website", FindingCode::WebsiteInvalid)
            .args
            .push(("value", website.to_owned()));
    }
    report.past_date(
        "businessStartDate",
        &organization.business_start_date,
        today,
    );
    if organization.number_of_employees.is_none() {
        report.add("numberOfEmployees", FindingCode::NumberOfEmployeesMissing);
    }
    if organization.ownership_type.is_none() {
        report.add("ownershipType", FindingCode::OwnershipTypeMissing);
    }
    report.require(
        "briefHistory",
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
        report.add("", FindingCode::HeadquartersMissing);
    }
}

/// One address of the organization.
pub(super) fn check_address(address: &Address, report: &mut Report) {
    check_place(&address.place, report);
}

/// The fields of a postal address, shared by organization addresses and facilities.
pub(super) fn check_place(place: &PostalAddress, report: &mut Report) {
    let country = place.country.trim().to_ascii_uppercase();
    if report.require("country", &country, FindingCode::AddressCountryMissing) {
        report.country("country", &country);
    }
    report.require("line1", &place.line1, FindingCode::AddressStreetMissing);
    report.require("city", &place.city, FindingCode::AddressCityMissing);
    if matches!(country.as_str(), "US" | "CA" | "MX") {
        report.require(
            "stateProvince",
            &place.state_province,
            FindingCode::AddressStateMissing,
        );
    }
    if report.require(
        "postalCode",
        &place.postal_code,
        FindingCode::AddressPostalCodeMissing,
    ) {
        identifier_checks::postal_code(report, "postalCode", &country, &place.postal_code);
    }
}

/// Rules over all contacts: how many, one primary point of contact who is an officer, unique
/// e-mail addresses. Duplicate e-mails are reported on every contact sharing one.
pub(super) fn check_contact_list(contacts: &[Contact], report: &mut Report) {
    if contacts.len() < MINIMUM_CONTACTS {
        report
            .add("", FindingCode::ContactsTooFew)
            .args
            .push(("minimum", MINIMUM_CONTACTS.to_string()));
    }
    let primaries: Vec<&Contact> = contacts.iter().filter(|c| c.primary_contact).collect();
    match primaries.as_slice() {
        [] => {
            report.add("", FindingCode::PrimaryContactMissing);
        }
        [primary] if !primary.company_officer => {
            report.add(
                &format!("{}/companyOfficer", primary.id),
                FindingCode::PrimaryContactNotOfficer,
            );
        }
        [_] => {}
        [_, others @ ..] => {
            for other in others {
                report.add(
                    &format!("{}/primaryContact", other.id),
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
                .add(
                    &format!("{}/email", contact.id),
                    FindingCode::ContactEmailDuplicate,
                )
                .args
                .push(("value", contact.email.trim().to_owned()));
        }
    }
}

/// One contact's own fields.
pub(super) fn check_contact(contact: &Contact, report: &mut Report) {
    report.require(
        "firstName",
        &contact.first_name,
        FindingCode::ContactFirstNameMissing,
    );
    report.require(
        "lastName",
        &contact.last_name,
        FindingCode::ContactLastNameMissing,
    );
    if report.require("email", &contact.email, FindingCode::ContactEmailMissing) {
        identifier_checks::email(report, "email", &contact.email);
    }
    if report.require("phone", &contact.phone, FindingCode::ContactPhoneMissing) {
        identifier_checks::phone(report, "phone", &contact.phone);
    }
}

/// One international program membership.
pub(super) fn check_program(membership: &ProgramMembership, report: &mut Report) {
    report.require(
        "number",
        &membership.number,
        FindingCode::ProgramNumberMissing,
    );
    if membership.program == Program::OtherAeo
        && report.require(
            "country",
            &membership.country,
            FindingCode::ProgramCountryMissing,
        )
    {
        report.country("country", &membership.country);
    }
}
