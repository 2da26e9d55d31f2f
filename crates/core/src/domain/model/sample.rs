//! Generated workspaces for tests, demonstrations and benchmarks (native criterion and in the
//! browser): a complete, valid workspace, and the largest profile the budgets in
//! docs/budgets.md §1 are set for. Not part of the product's behaviour.

use super::date::{Date, add_days, format_iso_date, parse_iso_date};
use super::{
    AccountStatus, AddressKind, AeoProgram, AnswerStatus, CertificationStatus, EntityAccount,
    EvidenceReference, OwnershipType, PartnerRole, RiskLevel, Workspace,
};
use crate::domain::BusinessType;
use crate::domain::catalogue::{Requirement, catalogue};
use crate::domain::identifiers::IdentifierKind;

/// The day the samples are valid on (no clock in the domain: tests pass it as "today").
pub const SAMPLE_TODAY: &str = "2026-11-27";

/// [`SAMPLE_TODAY`] as a date.
pub fn sample_today() -> Date {
    parse_iso_date(SAMPLE_TODAY).unwrap_or(Date::MIN)
}

/// A day `days` before [`SAMPLE_TODAY`], as the model stores dates.
fn days_ago(days: i64) -> String {
    format_iso_date(add_days(sample_today(), -days))
}

/// A main account with nothing missing and one complete importer account `importer` (every
/// applicable criterion implemented, one item in each register): no findings on
/// [`SAMPLE_TODAY`].
pub fn complete_workspace() -> Workspace {
    let mut workspace = Workspace::new();
    let organization = &mut workspace.organization;
    organization.legal_name = "Northwind Imports Inc.".into();
    organization.phone = "+1 312 555 0100".into();
    organization.website = "https://northwind.example.com".into();
    organization.business_start_date = "1998-04-01".into();
    organization.number_of_employees = Some(240);
    organization.ownership_type = Some(OwnershipType::Corporation);
    organization.brief_history = "Family-owned importer of housewares since 1998.".into();

    let headquarters = workspace.add_address("hq", AddressKind::Headquarters);
    headquarters.place.country = "US".into();
    headquarters.place.line1 = "200 W Madison St".into();
    headquarters.place.city = "Chicago".into();
    headquarters.place.state_province = "IL".into();
    headquarters.place.postal_code = "60606".into();

    let officer = workspace.add_contact("c-officer");
    officer.first_name = "Dana".into();
    officer.last_name = "Reyes".into();
    officer.title = "Vice President, Operations".into();
    officer.email = "dana.reyes@northwind.example.com".into();
    officer.phone = "+1 312 555 0101".into();
    officer.company_officer = true;
    officer.primary_contact = true;
    let manager = workspace.add_contact("c-manager");
    manager.first_name = "Sam".into();
    manager.last_name = "Okafor".into();
    manager.title = "Trade Compliance Manager".into();
    manager.email = "sam.okafor@northwind.example.com".into();
    manager.phone = "+1 312 555 0102".into();

    let pip = workspace.add_program("pip", super::Program::Pip);
    pip.number = "PIP-123456".into();

    let account = workspace.add_account("importer", BusinessType::Importer, "U.S. imports");
    let identifier = account.add_identifier("ior", IdentifierKind::ImporterOfRecordNumber);
    identifier.value = "12-3456789AB".into();
    let bond = account.add_identifier("bond", IdentifierKind::CbpBondNumber);
    bond.value = "99-0123456".into();
    account.status = AccountStatus::Certified;
    account.anniversary_date = "2024-03-15".into();
    account.last_annual_review = "2026-01-20".into();
    answer_everything(account, |_, _| AnswerStatus::Implemented);
    fill_registers(account, 1, 1, 1);
    workspace
}

/// The largest profile the budgets are set for: the complete workspace whose importer account
/// answers every criterion, with 500 business partners, 50 facilities and 200 training records
/// (docs/budgets.md §1). Some answers are partial or not applicable so every rule has work to do.
pub fn largest_workspace() -> Workspace {
    let mut workspace = complete_workspace();
    if let Some(account) = workspace.account_mut("importer") {
        answer_everything(account, |index, requirement| match index % 10 {
            7 => AnswerStatus::PartiallyImplemented,
            8 if requirement == Requirement::Should => AnswerStatus::NotApplicable,
            _ => AnswerStatus::Implemented,
        });
        fill_registers(account, 500, 50, 200);
    }
    workspace
}

/// Answers every criterion applicable to the account with `status_of(index, requirement)`.
fn answer_everything(
    account: &mut EntityAccount,
    status_of: impl Fn(usize, Requirement) -> AnswerStatus,
) {
    let criteria = catalogue().applicable_to(account.business_type);
    for (index, criterion) in criteria.enumerate() {
        let id = criterion.id().to_string();
        let answer = account.profile.answer_mut(&id);
        let status = status_of(index, criterion.requirement());
        answer.status = Some(status);
        answer.narrative = format!(
            "How we meet criterion {id}: documented procedure, trained staff, quarterly audit."
        );
        answer.responsible_person = "Sam Okafor".into();
        answer.last_reviewed = days_ago(30);
        match status {
            AnswerStatus::NotApplicable => {
                answer.not_applicable_justification = "We do not handle cargo physically.".into();
            }
            AnswerStatus::PartiallyImplemented | AnswerStatus::NotImplemented => {
                answer.planned_date = format_iso_date(add_days(sample_today(), 120));
            }
            AnswerStatus::Implemented => {}
        }
        answer.evidence = vec![evidence(&format!("{id}-procedure"))];
    }
}

/// A reference to a document named after `id`, with a well-formed digest.
fn evidence(id: &str) -> EvidenceReference {
    EvidenceReference {
        id: id.to_owned(),
        title: format!("Procedure {id}"),
        file_name: format!("{id}.pdf"),
        size: 48_213,
        sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".into(),
        date: days_ago(200),
    }
}

/// Adds `partners`, `facilities` and `training` complete register items, one IT control per
/// ten training records (at least one), and a written screening policy.
fn fill_registers(
    account: &mut EntityAccount,
    partners: usize,
    facilities: usize,
    training: usize,
) {
    let profile = &mut account.profile;
    for index in 0..partners {
        let partner = profile.add_partner(format!("partner-{index}"));
        partner.name = format!("Supplier {index} S.A. de C.V.");
        partner.country = "MX".into();
        partner.role = Some(PartnerRole::Supplier);
        partner.ctpat_status = CertificationStatus::Certified;
        partner.ctpat_number = format!("CTPAT-{index:06}");
        partner.aeo_status = CertificationStatus::Certified;
        partner.aeo_program = Some(AeoProgram::Oea);
        partner.aeo_number = format!("OEA-{index:05}");
        partner.screening_date = days_ago(60);
        partner.risk_level = Some([RiskLevel::Low, RiskLevel::Medium, RiskLevel::High][index % 3]);
        partner.last_security_assessment = days_ago(90);
    }
    for index in 0..facilities {
        let facility = profile.add_facility(format!("facility-{index}"));
        facility.name = format!("Warehouse {index}");
        facility.address.country = "US".into();
        facility.address.line1 = format!("{} Industrial Pkwy", 100 + index);
        facility.address.city = "Joliet".into();
        facility.address.state_province = "IL".into();
        facility.address.postal_code = "60431".into();
        facility.barriers_and_fencing = "2.4 m chain-link fence with anti-climb top".into();
        facility.lighting = "LED floodlights on all doors, docks and the fence line".into();
        facility.alarm.present = true;
        facility.alarm.monitored_by = "Central station, 24/7".into();
        facility.alarm.last_test = days_ago(20);
        facility.video.present = true;
        facility.video.cameras = Some(24);
        facility.video.cargo_areas_covered = true;
        facility.video.recording_24_7 = true;
        facility.video.retention_days = Some(90);
        facility.video.last_footage_review = days_ago(7);
        facility.access_control.badges = true;
        facility.access_control.visitor_log = true;
        facility.access_control.driver_id_checks = true;
        facility.access_control.guards = index % 2 == 0;
    }
    let policy = &mut profile.personnel_screening;
    policy.written_policy = true;
    policy.verifies_application_information = true;
    policy.background_checks = true;
    policy.rescreening_interval_months = Some(36);
    policy.code_of_conduct = true;
    policy.description =
        "Application checks, references and background checks where lawful.".into();
    policy.last_reviewed = days_ago(100);
    for index in 0..training {
        let record = profile.add_training(format!("training-{index}"));
        record.date = days_ago(i64::try_from(index % 300).unwrap_or(0) + 1);
        record.topic = "Recognizing internal conspiracies and reporting suspicious activity".into();
        record.audience = "Warehouse staff and drivers".into();
        record.attendees = Some(18);
        record.evidence = vec![evidence(&format!("training-{index}-sign-in"))];
    }
    for index in 0..training.div_ceil(10).max(1) {
        let control = profile.add_it_control(format!("it-{index}"));
        control.name = format!("Control {index}: multi-factor sign-in");
        control.description = "Every remote and e-mail sign-in requires a second factor.".into();
        control.owner = "IT Security".into();
        control.last_tested = days_ago(45);
    }
}
