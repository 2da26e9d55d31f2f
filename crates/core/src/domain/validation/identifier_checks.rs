//! The bridge to `domain::identifiers`: turns an identifier check's error or warning into a
//! finding at the field concerned, and applies the per-business-type identifier rules. The
//! formats themselves live in `domain::identifiers`; nothing here re-implements one.

use super::finding::FindingCode;
use super::report::Report;
use crate::domain::field_path::Owner;
use crate::domain::identifiers::{
    EmailAddress, Identifier, IdentifierError, IdentifierProblem, IdentifierRules,
    IdentifierWarning, ManufacturerAddress, PostalCode, PostalCountry, TelephoneNumber,
    parse_identifier,
};
use crate::domain::model::{AccountIdentifier, EntityAccount, PostalAddress, Workspace};

/// The finding of an identifier check's error at `field`, carrying the error itself.
fn invalid(report: &mut Report, field: &'static str, error: impl Into<IdentifierError>) {
    let error = error.into();
    let finding = report.add(field, FindingCode::IdentifierInvalid);
    finding.args = error.args();
    finding.problem = Some(IdentifierProblem::Invalid(error));
}

/// The finding of an identifier check's warning at `field`, carrying the warning itself.
fn doubtful(report: &mut Report, field: &'static str, warning: &IdentifierWarning) {
    let finding = report.add(field, FindingCode::IdentifierDoubtful);
    finding.args = warning.args();
    finding.problem = Some(IdentifierProblem::Doubtful(warning.clone()));
}

/// Checks a telephone or fax number typed at `field`.
pub(super) fn phone(report: &mut Report, field: &'static str, value: &str) {
    if let Err(error) = TelephoneNumber::parse(value) {
        invalid(report, field, error);
    }
}

/// Checks an e-mail address typed at `field`.
pub(super) fn email(report: &mut Report, field: &'static str, value: &str) {
    if let Err(error) = EmailAddress::parse(value) {
        invalid(report, field, error);
    }
}

/// Checks a postal code typed at `field` against its country's format; only U.S., Canadian and
/// Mexican codes have a known format.
pub(super) fn postal_code(report: &mut Report, field: &'static str, country: &str, value: &str) {
    let Some(country) = PostalCountry::from_iso(country) else {
        return;
    };
    if let Err(error) = PostalCode::parse(country, value) {
        invalid(report, field, error);
    }
}

/// The country of the main account's headquarters, which decides a few identifier rules (an
/// RFC for companies based in Mexico).
pub(super) fn home_country(workspace: &Workspace) -> Option<&str> {
    workspace
        .headquarters()
        .map(|address| address.place.country.as_str())
        .filter(|country| !country.trim().is_empty())
}

/// The address of the plant (a facility of the account) an identifier names, when it names one
/// that has a street line and a city. A MID is issued per plant and built from the address of
/// the plant that makes the goods, not the headquarters' (19 CFR Part 102, Appendix), so without
/// that address there is nothing to compare it with.
fn plant_address<'a>(
    identifier: &AccountIdentifier,
    account: &'a EntityAccount,
) -> Option<&'a PostalAddress> {
    let facility_id = identifier.facility_id.as_deref()?;
    let facility = account
        .profile
        .facilities
        .iter()
        .find(|facility| facility.id == facility_id)?;
    let address = &facility.address;
    (!address.line1.trim().is_empty() && !address.city.trim().is_empty()).then_some(address)
}

/// Checks an account identifier's value against its kind's format, and the advice that depends
/// on the rest of the profile (SCAC length for the business type, MID against the name of the
/// company and the address of its plant).
pub(super) fn account_identifier(
    report: &mut Report,
    field: &'static str,
    identifier: &AccountIdentifier,
    account: &EntityAccount,
    workspace: &Workspace,
) {
    let parsed = match parse_identifier(identifier.kind, &identifier.value) {
        Ok(parsed) => parsed,
        Err(error) => return invalid(report, field, error),
    };
    let mut warnings = parsed.warnings();
    match &parsed {
        Identifier::Scac(scac) => warnings.extend(scac.length_warning(account.business_type)),
        Identifier::Mid(mid) => {
            if let Some(plant) = plant_address(identifier, account) {
                let manufacturer = ManufacturerAddress {
                    name: &workspace.organization.legal_name,
                    street_line: &plant.line1,
                    city: &plant.city,
                };
                warnings.extend(mid.construction_warning(&manufacturer));
            }
        }
        _ => {}
    }
    for warning in &warnings {
        doubtful(report, field, warning);
    }
}

/// Reports identifiers the business type does not use, and the ones it requires but the
/// account lacks (at `identifiers`, naming the identifier kinds any one of which will do).
pub(super) fn identifier_rules(
    account: &EntityAccount,
    workspace: &Workspace,
    report: &mut Report,
) {
    let rules = IdentifierRules::for_account(account.business_type, home_country(workspace));
    for identifier in &account.identifiers {
        if !rules.allows(identifier.kind) {
            report
                .within(identifier_of(account, identifier))
                .add(AccountIdentifier::KIND, FindingCode::IdentifierNotUsed);
        }
    }
    // The same identifier twice (told apart from typing only by case, spaces or hyphens) is
    // most likely pasted twice; the later one is pointed out.
    let comparable = |value: &str| -> String {
        value
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_uppercase)
            .collect()
    };
    for (index, identifier) in account.identifiers.iter().enumerate() {
        let value = comparable(&identifier.value);
        let earlier = &account.identifiers[..index];
        if !value.is_empty()
            && earlier
                .iter()
                .any(|other| other.kind == identifier.kind && comparable(&other.value) == value)
        {
            report
                .within(identifier_of(account, identifier))
                .add(AccountIdentifier::VALUE, FindingCode::IdentifierRepeated);
        }
    }
    let given: Vec<_> = account
        .identifiers
        .iter()
        .filter(|identifier| !identifier.value.trim().is_empty())
        .map(|identifier| identifier.kind)
        .collect();
    let missing = rules
        .missing(&given)
        .into_iter()
        .map(|requirement| (requirement, FindingCode::IdentifierRequired));
    let advised = rules
        .missing_advised(&given)
        .into_iter()
        .map(|requirement| (requirement, FindingCode::IdentifierAdvised));
    for (requirement, code) in missing.chain(advised) {
        let identifiers = Owner::Identifiers {
            account: account.id.clone(),
        };
        report
            .within(identifiers)
            .add_to_item(code)
            .identifier_kinds = requirement.kinds().to_vec();
    }
}

fn identifier_of(account: &EntityAccount, identifier: &AccountIdentifier) -> Owner {
    Owner::Identifier {
        account: account.id.clone(),
        identifier: identifier.id.clone(),
    }
}
