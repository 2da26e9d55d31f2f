//! Validating one changed path gives exactly what a full pass gives.

use super::cases;
use super::{complete, importer, today};
use crate::domain::BusinessType;
use crate::domain::field_path::{FieldPath, Owner, Register};
use crate::domain::validation::{FindingCode, Findings, validate};

/// The field a case breaks, as its finding names it.
fn broken_field(case: &cases::Case) -> FieldPath {
    validate(&case.workspace, today())
        .iter()
        .find(|f| f.code == case.code && f.path.to_string() == case.path)
        .map(|f| f.path.clone())
        .unwrap_or_else(|| panic!("{}: no finding at {}", case.name, case.path))
}

#[test]
fn revalidating_the_changed_field_equals_a_full_pass_for_every_rule() {
    let before = validate(&complete(), today());
    for case in cases::all() {
        let mut incremental = before.clone();
        incremental.revalidate(&case.workspace, &broken_field(&case), today());
        assert_eq!(
            incremental,
            validate(&case.workspace, today()),
            "{}",
            case.name
        );
    }
}

#[test]
fn revalidating_a_fixed_field_clears_its_finding() {
    for case in cases::all() {
        let mut findings = validate(&case.workspace, today());
        findings.revalidate(&complete(), &broken_field(&case), today());
        assert_eq!(findings, validate(&complete(), today()), "{}", case.name);
    }
}

#[test]
fn removing_a_partner_removes_its_findings() {
    let mut workspace = complete();
    importer(&mut workspace).profile.partners[0].name.clear();
    let mut findings = validate(&workspace, today());
    assert!(!findings.is_empty());
    importer(&mut workspace).profile.remove_partner("partner-0");
    let partner = Owner::Row {
        account: "importer".into(),
        register: Register::Partners,
        row: "partner-0".into(),
    };
    findings.revalidate(&workspace, &partner.whole(), today());
    assert_eq!(findings, Findings::default());
}

#[test]
fn changing_the_business_type_rechecks_the_whole_account() {
    let mut workspace = complete();
    let mut findings = validate(&workspace, today());
    importer(&mut workspace).business_type = BusinessType::HighwayCarrierUsMexico;
    let business_type = Owner::Account("importer".into()).field("businessType");
    findings.revalidate(&workspace, &business_type, today());
    assert_eq!(findings, validate(&workspace, today()));
    assert!(
        !findings.is_empty(),
        "a carrier answers criteria an importer does not"
    );
}

#[test]
fn removing_an_account_removes_its_findings() {
    let mut workspace = complete();
    importer(&mut workspace).name.clear();
    let mut findings = validate(&workspace, today());
    workspace.remove_account("importer");
    findings.revalidate(
        &workspace,
        &Owner::Account("importer".into()).whole(),
        today(),
    );
    assert_eq!(findings, validate(&workspace, today()));
    assert_eq!(findings.of_account("importer").count(), 0);
}

/// The complete sample with a foreign manufacturer whose MID `value` names plant `plant`, at
/// the sample headquarters' address (200 W Madison St, Chicago).
fn with_manufacturer_mid(value: &str) -> crate::domain::model::Workspace {
    use crate::domain::identifiers::IdentifierKind;
    let mut workspace = complete();
    let manufacturer = workspace.add_account("plant", BusinessType::ForeignManufacturer, "Plant");
    let plant = manufacturer.profile.add_facility("p1");
    plant.name = "Plant 1".into();
    plant.address.line1 = "200 W Madison St".into();
    plant.address.city = "Chicago".into();
    let mid = manufacturer.add_identifier("mid", IdentifierKind::Mid);
    mid.value = value.into();
    mid.facility_id = Some("p1".into());
    workspace
}

fn mid_doubts(findings: &Findings) -> usize {
    let mid = Owner::Identifier {
        account: "plant".into(),
        identifier: "mid".into(),
    }
    .field("value");
    findings
        .at(&mid)
        .filter(|f| f.code == FindingCode::IdentifierDoubtful)
        .count()
}

#[test]
fn renaming_the_company_rechecks_the_accounts_mid() {
    let mut workspace = with_manufacturer_mid("USNORIMP200CHI");
    let mut findings = validate(&workspace, today());
    assert_eq!(
        mid_doubts(&findings),
        0,
        "the MID is built from the company's name and its plant's address"
    );
    workspace.organization.legal_name = "Southwind Trading".into();
    findings.revalidate(&workspace, &Owner::Organization.field("legalName"), today());
    assert_eq!(mid_doubts(&findings), 1);
    assert_eq!(findings, validate(&workspace, today()));
}

#[test]
fn moving_the_plant_rechecks_the_mid_that_names_it() {
    let mut workspace = with_manufacturer_mid("USNORIMP200CHI");
    let mut findings = validate(&workspace, today());
    assert_eq!(mid_doubts(&findings), 0);
    if let Some(plant) = workspace
        .account_mut("plant")
        .and_then(|account| account.profile.facility_mut("p1"))
    {
        plant.address.line1 = "1500 Avenida Industrial".into();
    }
    let street = Owner::Row {
        account: "plant".into(),
        register: Register::Facilities,
        row: "p1".into(),
    }
    .field("address/line1");
    findings.revalidate(&workspace, &street, today());
    assert_eq!(mid_doubts(&findings), 1);
    assert_eq!(findings, validate(&workspace, today()));
}
