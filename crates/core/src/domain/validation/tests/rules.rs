//! Each rule fires when broken, at the field concerned, with a message the catalogue has.

use super::cases::{self, Case};
use super::{complete, today};
use crate::domain::BusinessType;
use crate::domain::Language;
use crate::domain::field_path::Owner;
use crate::domain::identifiers::IdentifierKind;
use crate::domain::model::Workspace;
use crate::domain::validation::{Finding, FindingCode, Severity, validate};
use crate::i18n::findings::finding_message;
use crate::i18n::messages;
use crate::i18n::msg;

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
            .any(|f| f.code == case.code && f.path.to_string() == case.path)
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
        // Both need an account other than the sample's importer; tested on their own below
        // (a_consolidator_without_fmc_or_iata_number_is_warned_not_blocked, the MID and SCAC
        // tests).
        .filter(|code| *code != FindingCode::IdentifierDoubtful)
        .filter(|code| *code != FindingCode::IdentifierAdvised)
        .filter(|code| !table.iter().any(|case| case.code == *code))
        .collect();
    assert_eq!(untested, vec![]);
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
            let key = finding_message(&finding);
            let text = messages().text(Language::English, key.as_str());
            for name in placeholders(text) {
                let filled = finding.args.iter().any(|(arg, _)| *arg == name)
                    || (name == "identifier" && !finding.identifier_kinds.is_empty());
                if !filled {
                    problems.push(format!("{}: {} lacks {{{name}}}", case.name, key));
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
    let scac = identifier("carrier", "scac").field("value");
    let scac: Vec<&Finding> = findings.at(&scac).collect();
    assert_eq!(scac.len(), 1, "{scac:#?}");
    assert_eq!(scac[0].code, FindingCode::IdentifierDoubtful);
    assert_eq!(scac[0].severity, Severity::Warning);
    assert_eq!(
        finding_message(scac[0]),
        msg::identifier::SCAC_SHORTER_THAN_FOUR
    );
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
            .within(&Owner::Identifiers {
                account: "carrier".into(),
            })
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
        let answer = Owner::Answer {
            account: "broker".into(),
            criterion: key,
        };
        assert_eq!(findings.within(&answer).count(), 0);
    }
}

/// The findings at the identifier `id` of account `account`.
fn identifier_findings(workspace: &Workspace, account: &str, id: &str) -> Vec<Finding> {
    validate(workspace, today())
        .at(&identifier(account, id).field("value"))
        .cloned()
        .collect()
}

/// Identifier `id` of account `account`.
fn identifier(account: &str, id: &str) -> Owner {
    Owner::Identifier {
        account: account.into(),
        identifier: id.into(),
    }
}

/// The complete sample (headquarters at 200 W Madison St, Chicago) with a foreign manufacturer
/// holding MID `value`, and a plant in Monterrey at `plant_street`.
fn manufacturer(value: &str, plant_street: &str, names_plant: bool) -> Workspace {
    let mut workspace = complete();
    let account = workspace.add_account("maker", BusinessType::ForeignManufacturer, "Plant");
    let plant = account.profile.add_facility("monterrey");
    plant.name = "Monterrey plant".into();
    plant.address.country = "MX".into();
    plant.address.line1 = plant_street.into();
    plant.address.city = "Monterrey".into();
    let mid = account.add_identifier("mid", IdentifierKind::Mid);
    mid.value = value.into();
    mid.facility_id = names_plant.then(|| "monterrey".to_owned());
    workspace
}

#[test]
fn a_mid_is_checked_against_the_address_of_its_plant_not_the_headquarters() {
    let built_from_plant = manufacturer("MXNORIMP1500MON", "Av. Industrial 1500", true);
    assert_eq!(
        identifier_findings(&built_from_plant, "maker", "mid"),
        vec![],
        "the MID is the one the plant's address gives"
    );
    let built_from_headquarters = manufacturer("MXNORIMP200CHI", "Av. Industrial 1500", true);
    let found = identifier_findings(&built_from_headquarters, "maker", "mid");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        finding_message(&found[0]),
        msg::identifier::MID_CONSTRUCTION_MISMATCH
    );
    assert_eq!(found[0].severity, Severity::Warning);
    assert!(
        found[0]
            .args
            .contains(&("expected", "MXNORIMP1500MON".to_owned())),
        "{found:#?}"
    );
}

#[test]
fn a_mid_without_a_plant_address_is_not_compared_with_any_address() {
    let no_plant_named = manufacturer("MXNORIMP1500MON", "Av. Industrial 1500", false);
    assert_eq!(identifier_findings(&no_plant_named, "maker", "mid"), vec![]);
    let plant_without_street = manufacturer("MXNORIMP1500MON", "  ", true);
    assert_eq!(
        identifier_findings(&plant_without_street, "maker", "mid"),
        vec![]
    );
}

#[test]
fn a_sea_carrier_may_record_its_container_prefix_as_scac_with_only_a_warning() {
    let mut workspace = complete();
    let carrier = workspace.add_account("ocean", BusinessType::SeaCarrier, "Ocean lines");
    carrier.add_identifier("scac", IdentifierKind::Scac).value = "MAEU".into();
    let found = identifier_findings(&workspace, "ocean", "scac");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].code, FindingCode::IdentifierDoubtful);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(
        finding_message(&found[0]),
        msg::identifier::SCAC_RESERVED_ENDING
    );
    let not_used = validate(&workspace, today())
        .at(&identifier("ocean", "scac").field("kind"))
        .count();
    assert_eq!(not_used, 0, "a sea carrier's SCAC is not said to be unused");
}

#[test]
fn a_rail_carriers_scac_ending_in_x_is_a_warning_not_an_error() {
    let mut workspace = complete();
    let carrier = workspace.add_account("rail", BusinessType::RailCarrier, "Rail");
    carrier.add_identifier("scac", IdentifierKind::Scac).value = "ABCX".into();
    let found = identifier_findings(&workspace, "rail", "scac");
    assert!(
        found.iter().all(|finding| !finding.is_error()),
        "{found:#?}"
    );
    assert_eq!(found.len(), 1, "{found:#?}");
}

#[test]
fn a_consolidator_without_fmc_or_iata_number_is_warned_not_blocked() {
    let mut workspace = complete();
    let nvocc = workspace.add_account("nvocc", BusinessType::Nvocc, "NVOCC");
    nvocc
        .add_identifier("bond", IdentifierKind::CbpBondNumber)
        .value = "99-0123456".into();
    let at_identifiers = |workspace: &Workspace| -> Vec<Finding> {
        validate(workspace, today())
            .iter()
            .filter(|f| {
                f.path
                    == Owner::Identifiers {
                        account: "nvocc".into(),
                    }
                    .whole()
            })
            .cloned()
            .collect()
    };
    let found = at_identifiers(&workspace);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].code, FindingCode::IdentifierAdvised);
    assert!(!found[0].is_error());
    assert_eq!(
        found[0].identifier_kinds,
        vec![
            IdentifierKind::FmcOrganizationNumber,
            IdentifierKind::IataOrganizationNumber
        ]
    );
    if let Some(account) = workspace.account_mut("nvocc") {
        account
            .add_identifier("fmc", IdentifierKind::FmcOrganizationNumber)
            .value = "012345".into();
    }
    assert_eq!(at_identifiers(&workspace), vec![]);
}
