//! Each rule fires when broken, at the field concerned, with a message the catalogue has.

use super::cases::{self, Case};
use super::{complete, today};
use crate::domain::BusinessType;
use crate::domain::Language;
use crate::domain::identifiers::IdentifierKind;
use crate::domain::model::Workspace;
use crate::domain::validation::{Finding, FindingCode, Severity, validate};
use crate::i18n::messages;

fn reports(case: &Case) -> Vec<Finding> {
    validate(&case.workspace, today()).iter().cloned().collect()
}

#[test]
fn the_complete_sample_has_nothing_to_report() {
    let findings: Vec<Finding> = validate(&complete(), today()).iter().cloned().collect();
    assert_eq!(findings, vec![]);
}

#[test]
fn every_broken_rule_is_reported_at_the_field_concerned() {
    let mut missed = Vec::new();
    for case in cases::all() {
        let found = reports(&case);
        if !found
            .iter()
            .any(|f| f.code == case.code && f.path == case.path)
        {
            missed.push(format!(
                "{}: expected {:?} at {}, got {found:#?}",
                case.name, case.code, case.path
            ));
        }
    }
    assert!(missed.is_empty(), "{}", missed.join("\n"));
}

#[test]
fn every_rule_is_exercised_by_the_table() {
    let table = cases::all();
    let untested: Vec<FindingCode> = FindingCode::ALL
        .iter()
        .copied()
        .filter(|code| *code != FindingCode::IdentifierDoubtful)
        .filter(|code| !table.iter().any(|case| case.code == *code))
        .collect();
    assert_eq!(untested, vec![]);
}

#[test]
fn every_rule_has_a_message_in_the_catalogue() {
    let missing: Vec<&str> = FindingCode::ALL
        .iter()
        .map(|code| code.message_key())
        .filter(|key| !messages().contains(key))
        .collect();
    assert_eq!(missing, Vec::<&str>::new());
}

/// The `{name}` placeholders of an English message.
fn placeholders(text: &str) -> Vec<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}'))
        .map(|(name, _)| name)
        .collect()
}

#[test]
fn every_finding_shown_has_its_message_and_every_placeholder_filled() {
    let mut problems = Vec::new();
    for case in cases::all() {
        for finding in reports(&case) {
            if !messages().contains(finding.message_key) {
                problems.push(format!("{}: no message {}", case.name, finding.message_key));
                continue;
            }
            let text = messages().text(Language::English, finding.message_key);
            for name in placeholders(text) {
                if !finding.args.iter().any(|(arg, _)| *arg == name) {
                    problems.push(format!(
                        "{}: {} lacks {{{name}}}",
                        case.name, finding.message_key
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_finding_blocks_export_exactly_when_its_rule_is_an_error() {
    for case in cases::all() {
        for finding in reports(&case) {
            let expected = match finding.code {
                FindingCode::IdentifierInvalid => Severity::Error,
                FindingCode::IdentifierDoubtful => Severity::Warning,
                code => code.severity(),
            };
            assert_eq!(finding.severity, expected, "{}: {finding:?}", case.name);
        }
    }
}

#[test]
fn a_short_scac_on_a_highway_carrier_is_a_warning_from_the_identifier_check() {
    let mut workspace = complete();
    let carrier = workspace.add_account("carrier", BusinessType::HighwayCarrierUsMexico, "Trucks");
    carrier.add_identifier("scac", IdentifierKind::Scac).value = "AB".into();
    let findings = validate(&workspace, today());
    let scac: Vec<&Finding> = findings
        .under("accounts/carrier/identifiers/scac/value")
        .collect();
    assert_eq!(scac.len(), 1, "{scac:#?}");
    assert_eq!(scac[0].code, FindingCode::IdentifierDoubtful);
    assert_eq!(scac[0].severity, Severity::Warning);
    assert_eq!(scac[0].message_key, "identifier.scac.shorter_than_four");
}

#[test]
fn a_company_based_in_mexico_must_give_its_rfc_on_a_carrier_account() {
    let mut workspace = complete();
    let carrier = workspace.add_account("carrier", BusinessType::HighwayCarrierUsMexico, "Trucks");
    carrier.add_identifier("scac", IdentifierKind::Scac).value = "FRLG".into();
    carrier
        .add_identifier("usdot", IdentifierKind::UsdotNumber)
        .value = "1234567".into();
    fn required(workspace: &Workspace) -> usize {
        validate(workspace, today())
            .under("accounts/carrier/identifiers")
            .filter(|f| f.code == FindingCode::IdentifierRequired)
            .count()
    }
    assert_eq!(required(&workspace), 0);
    workspace.addresses[0].place.country = "MX".into();
    assert_eq!(required(&workspace), 1);
}

#[test]
fn answers_to_criteria_another_business_type_answers_are_not_judged() {
    let mut workspace = complete();
    let account = workspace.add_account("broker", BusinessType::CustomsBroker, "Brokerage");
    account
        .add_identifier("licence", IdentifierKind::CustomsBrokerLicense)
        .value = "12345".into();
    let stray = crate::domain::catalogue::catalogue()
        .criteria()
        .iter()
        .find(|criterion| !criterion.applies_to(BusinessType::CustomsBroker));
    if let Some(criterion) = stray {
        let key = criterion.id().to_string();
        account.profile.answer_mut(&key).status = None;
        let findings = validate(&workspace, today());
        let path = format!("accounts/broker/profile/answers/{key}");
        assert_eq!(findings.under(&path).count(), 0);
    }
}
