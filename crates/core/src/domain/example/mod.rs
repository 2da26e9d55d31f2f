//! The example workspace someone evaluating the editor can explore without typing a profile: a
//! fictional U.S. importer that runs its own highway carrier across the Canadian border, with
//! answered criteria, registers and evidence, and a few findings left to fix so every part of
//! the editor has something to show.
//!
//! Every name, number and address is invented (telephone numbers in the 555-01xx range kept
//! for fiction, web and e-mail under `example.com`); dates are counted back from the day it is
//! opened, so it looks the same whenever it is tried. Its own words (history, narratives, titles,
//! register descriptions) are in the user's language. Signed files made from it are marked as
//! examples (`submission::mark_as_example`).

mod texts;

use crate::domain::BusinessType;
use crate::domain::Language;
use crate::domain::catalogue::{Requirement, catalogue};
use crate::domain::identifiers::IdentifierKind;
use crate::domain::model::date::{Date, add_days, format_iso_date};
use crate::domain::model::{
    AccountStatus, AddressKind, AeoProgram, AnswerStatus, CertificationStatus, EntityAccount,
    EvidenceReference, OwnershipType, PartnerRole, Program, RiskLevel, Workspace,
};
use texts::{ExampleTexts, texts};

/// The id of the example's importer account.
pub const EXAMPLE_IMPORTER: &str = "example-importer";
/// The id of the example's highway carrier account.
pub const EXAMPLE_CARRIER: &str = "example-carrier";
/// The example company's legal name (a proper name: the same in every language).
pub const EXAMPLE_LEGAL_NAME: &str = "Great Lakes Housewares Inc.";

/// The example workspace as it reads in `language` on `today`.
pub fn example_workspace(language: Language, today: Date) -> Workspace {
    let words = texts(language);
    let day = |days_ago: i64| format_iso_date(add_days(today, -days_ago));
    let mut workspace = Workspace::new();
    main_account(&mut workspace, words);

    let importer = workspace.add_account(
        EXAMPLE_IMPORTER,
        BusinessType::Importer,
        words.importer_account,
    );
    importer
        .add_identifier("ior", IdentifierKind::ImporterOfRecordNumber)
        .value = "38-2614870AB".into();
    importer
        .add_identifier("bond", IdentifierKind::CbpBondNumber)
        .value = "99-0482213".into();
    importer.status = AccountStatus::Certified;
    importer.anniversary_date = day(250);
    importer.last_annual_review = day(245);
    answer_criteria(importer, language, words, &day);
    importer_registers(importer, words, &day);

    let carrier = workspace.add_account(
        EXAMPLE_CARRIER,
        BusinessType::HighwayCarrierUsCanada,
        words.carrier_account,
    );
    carrier.add_identifier("scac", IdentifierKind::Scac).value = "GLHW".into();
    carrier
        .add_identifier("usdot", IdentifierKind::UsdotNumber)
        .value = "2417385".into();
    carrier
        .add_identifier("docket", IdentifierKind::MotorCarrierDocket)
        .value = "MC-813402".into();
    carrier.status = AccountStatus::Applicant;
    answer_criteria(carrier, language, words, &day);
    carrier_registers(carrier, words, &day);

    leave_findings_to_fix(&mut workspace, &day);
    workspace
}

/// Company, headquarters, three contacts and the PIP membership: nothing missing.
fn main_account(workspace: &mut Workspace, words: &ExampleTexts) {
    let organization = &mut workspace.organization;
    organization.legal_name = EXAMPLE_LEGAL_NAME.into();
    organization.dba = "Great Lakes Home".into();
    organization.phone = "+1 313 555 0140".into();
    organization.website = "https://greatlakes-housewares.example.com".into();
    organization.business_start_date = "2004-05-03".into();
    organization.number_of_employees = Some(86);
    organization.ownership_type = Some(OwnershipType::Corporation);
    organization.brief_history = words.brief_history.into();

    let headquarters = workspace.add_address("hq", AddressKind::Headquarters);
    headquarters.place.country = "US".into();
    headquarters.place.line1 = "4100 W Fort St".into();
    headquarters.place.city = "Detroit".into();
    headquarters.place.state_province = "MI".into();
    headquarters.place.postal_code = "48209".into();

    let people = [
        ("officer", "Marie", "Tremblay", words.officer_title, "0141"),
        ("manager", "Ana", "Castillo", words.manager_title, "0142"),
        ("fleet", "Kevin", "Osei", words.fleet_title, "0143"),
    ];
    for (index, (id, first, last, title, extension)) in people.into_iter().enumerate() {
        let contact = workspace.add_contact(id);
        contact.first_name = first.into();
        contact.last_name = last.into();
        contact.title = title.into();
        contact.email = format!(
            "{}.{}@greatlakes-housewares.example.com",
            first.to_lowercase(),
            last.to_lowercase()
        );
        contact.phone = format!("+1 313 555 {extension}");
        contact.company_officer = index == 0;
        contact.primary_contact = index == 0;
    }
    let pip = workspace.add_program("pip", Program::Pip);
    pip.number = "PIP-0714263".into();
}

/// Answers every criterion that applies to the account, in the company's words: Shoulds that
/// do not fit its operation are not applicable, a few are partly in place with a date.
fn answer_criteria(
    account: &mut EntityAccount,
    language: Language,
    words: &ExampleTexts,
    day: &impl Fn(i64) -> String,
) {
    let criteria: Vec<_> = catalogue().applicable_to(account.business_type).collect();
    for (index, criterion) in criteria.into_iter().enumerate() {
        let id = criterion.id().to_string();
        let answer = account.profile.answer_mut(&id);
        let status = match index % 13 {
            5 if criterion.requirement() == Requirement::Should => AnswerStatus::NotApplicable,
            9 => AnswerStatus::PartiallyImplemented,
            _ => AnswerStatus::Implemented,
        };
        answer.status = Some(status);
        answer.narrative = words.narrative(criterion.focus_area()).into();
        answer.responsible_person = "Ana Castillo".into();
        answer.last_reviewed = day(40 + (index as i64 % 5) * 7);
        match status {
            AnswerStatus::NotApplicable => {
                answer.not_applicable_justification = words.not_applicable.into();
                answer.narrative.clear();
            }
            AnswerStatus::PartiallyImplemented | AnswerStatus::NotImplemented => {
                answer.planned_date = day(-90);
            }
            AnswerStatus::Implemented => {}
        }
        if status != AnswerStatus::NotApplicable {
            let category = criterion.category();
            let title = words
                .evidence_title
                .replace("{category}", category.name(language));
            answer.evidence = vec![document(
                &format!("{}-{id}", account.id),
                &title,
                &format!("procedure-{}.pdf", category.number()),
                day(180 + i64::from(category.number()) * 3),
            )];
        }
    }
}

/// A fictional document: its digest is derived from its id, so it is stable and well formed
/// but matches no real file.
fn document(id: &str, title: &str, file_name: &str, date: String) -> EvidenceReference {
    let sha256 = fictional_digest(id);
    // A plausible PDF size, between 40 and 105 KB, that differs from document to document.
    let size = 40_000
        + sha256
            .get(..4)
            .map_or(0, |head| u64::from_str_radix(head, 16).unwrap_or(0));
    EvidenceReference {
        id: id.to_owned(),
        title: title.to_owned(),
        file_name: file_name.to_owned(),
        size,
        sha256,
        date,
    }
}

/// 64 lowercase hexadecimal digits spread from `seed` (splitmix64): shaped like a SHA-256
/// digest, without pretending to be one of a real document.
fn fictional_digest(seed: &str) -> String {
    let mut state = seed.bytes().fold(0x9e37_79b9_7f4a_7c15_u64, |state, byte| {
        (state ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    (0..4)
        .map(|_| {
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut mixed = state;
            mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            format!("{:016x}", mixed ^ (mixed >> 31))
        })
        .collect()
}

/// The importer's suppliers, warehouse, screening policy, training and IT controls.
fn importer_registers(
    account: &mut EntityAccount,
    words: &ExampleTexts,
    day: &impl Fn(i64) -> String,
) {
    let profile = &mut account.profile;
    let suppliers = [
        (
            "ningbo",
            "Ningbo Harbour Kitchenware Co., Ltd.",
            "CN",
            PartnerRole::Manufacturer,
            RiskLevel::Medium,
        ),
        (
            "monterrey",
            "Muebles del Norte S.A. de C.V.",
            "MX",
            PartnerRole::Manufacturer,
            RiskLevel::Low,
        ),
        (
            "mississauga",
            "Lakeview Consolidators Ltd.",
            "CA",
            PartnerRole::Consolidator,
            RiskLevel::Low,
        ),
        (
            "broker",
            "Riverside Customs Brokerage LLC",
            "US",
            PartnerRole::CustomsBroker,
            RiskLevel::Low,
        ),
    ];
    for (index, (id, name, country, role, risk)) in suppliers.into_iter().enumerate() {
        let partner = profile.add_partner(id);
        partner.name = name.into();
        partner.country = country.into();
        partner.role = Some(role);
        partner.risk_level = Some(risk);
        partner.screening_date = day(60 + index as i64 * 20);
        partner.last_security_assessment = day(120 + index as i64 * 15);
        match country {
            "US" => {
                partner.ctpat_status = CertificationStatus::Certified;
                partner.ctpat_number = format!("CTPAT-{:06}", 418_207 + index);
            }
            "MX" => {
                partner.aeo_status = CertificationStatus::Certified;
                partner.aeo_program = Some(AeoProgram::Oea);
                partner.aeo_number = "OEA-20431".into();
            }
            "CA" => {
                partner.aeo_status = CertificationStatus::Certified;
                partner.aeo_program = Some(AeoProgram::Pip);
                partner.aeo_number = "PIP-0655120".into();
            }
            _ => {}
        }
    }
    let warehouse = profile.add_facility("detroit");
    warehouse.name = words.warehouse.into();
    warehouse.address.country = "US".into();
    warehouse.address.line1 = "4100 W Fort St".into();
    warehouse.address.city = "Detroit".into();
    warehouse.address.state_province = "MI".into();
    warehouse.address.postal_code = "48209".into();
    secure(warehouse, words, day, 32);
    screening_and_training(account, words, day);
}

/// The carrier's trailer yard, partners, screening, training and IT controls.
fn carrier_registers(
    account: &mut EntityAccount,
    words: &ExampleTexts,
    day: &impl Fn(i64) -> String,
) {
    let profile = &mut account.profile;
    let yard = profile.add_facility("windsor");
    yard.name = words.yard.into();
    yard.address.country = "CA".into();
    yard.address.line1 = "2600 Huron Church Rd".into();
    yard.address.city = "Windsor".into();
    yard.address.state_province = "ON".into();
    yard.address.postal_code = "N9E 3S5".into();
    secure(yard, words, day, 12);
    let partner = profile.add_partner("fuel");
    partner.name = "Ambassador Truck Services Inc.".into();
    partner.country = "CA".into();
    partner.role = Some(PartnerRole::Other);
    partner.risk_level = Some(RiskLevel::Low);
    partner.screening_date = day(75);
    partner.last_security_assessment = day(140);
    screening_and_training(account, words, day);
}

/// Fence, lighting, a monitored alarm, cameras and badge access, as a secure site has them.
fn secure(
    facility: &mut crate::domain::model::Facility,
    words: &ExampleTexts,
    day: &impl Fn(i64) -> String,
    cameras: u32,
) {
    facility.barriers_and_fencing = words.fencing.into();
    facility.lighting = words.lighting.into();
    facility.alarm.present = true;
    facility.alarm.monitored_by = words.alarm_monitor.into();
    facility.alarm.last_test = day(25);
    facility.video.present = true;
    facility.video.cameras = Some(cameras);
    facility.video.cargo_areas_covered = true;
    facility.video.recording_24_7 = true;
    facility.video.retention_days = Some(90);
    facility.video.last_footage_review = day(6);
    facility.access_control.badges = true;
    facility.access_control.visitor_log = true;
    facility.access_control.driver_id_checks = true;
}

/// The written screening policy, three training sessions with their sign-in sheets and two IT
/// controls.
fn screening_and_training(
    account: &mut EntityAccount,
    words: &ExampleTexts,
    day: &impl Fn(i64) -> String,
) {
    let prefix = account.id.clone();
    let profile = &mut account.profile;
    let policy = &mut profile.personnel_screening;
    policy.written_policy = true;
    policy.verifies_application_information = true;
    policy.background_checks = true;
    policy.rescreening_interval_months = Some(36);
    policy.code_of_conduct = true;
    policy.description = words.screening_policy.into();
    policy.last_reviewed = day(150);
    for (index, topic) in words.training_topics.into_iter().enumerate() {
        let record = profile.add_training(format!("training-{index}"));
        let date = day(30 + index as i64 * 95);
        record.topic = topic.into();
        record.audience = words.training_audience.into();
        record.attendees = Some(14 + index as u32 * 5);
        record.evidence = vec![document(
            &format!("{prefix}-training-{index}"),
            words.sign_in_sheet,
            &format!("sign-in-{date}.pdf"),
            date.clone(),
        )];
        record.date = date;
    }
    for (index, (name, description)) in words.it_controls.into_iter().enumerate() {
        let control = profile.add_it_control(format!("it-{index}"));
        control.name = name.into();
        control.description = description.into();
        control.owner = words.it_owner.into();
        control.last_tested = day(45 + index as i64 * 30);
    }
}

/// What a real profile in progress still has to fix. The importer is ready to export with two
/// warnings (a supplier not yet screened, a Must whose planned date has passed), so the example
/// shows a signed file; the carrier is not (a Must not answered yet, another partly in place
/// without a date), so it shows what blocks an export.
fn leave_findings_to_fix(workspace: &mut Workspace, day: &impl Fn(i64) -> String) {
    if let Some(importer) = workspace.account_mut(EXAMPLE_IMPORTER) {
        if let Some(partner) = importer.profile.partner_mut("ningbo") {
            partner.screening_date.clear();
        }
        if let Some(id) = nth_must(importer, 7) {
            let answer = importer.profile.answer_mut(&id);
            answer.status = Some(AnswerStatus::PartiallyImplemented);
            answer.planned_date = day(10);
        }
    }
    if let Some(carrier) = workspace.account_mut(EXAMPLE_CARRIER) {
        if let Some(unanswered) = nth_must(carrier, 3) {
            carrier.profile.answers.remove(&unanswered);
        }
        leave_must_undated(carrier, 11, day);
    }
}

/// The id of the account's `index`th applicable Must criterion.
fn nth_must(account: &EntityAccount, index: usize) -> Option<String> {
    catalogue()
        .applicable_to(account.business_type)
        .filter(|criterion| criterion.requirement() == Requirement::Must)
        .nth(index)
        .map(|criterion| criterion.id().to_string())
}

/// Marks the account's `index`th Must as partly in place, reviewed lately, with no date yet.
fn leave_must_undated(account: &mut EntityAccount, index: usize, day: &impl Fn(i64) -> String) {
    if let Some(id) = nth_must(account, index) {
        let answer = account.profile.answer_mut(&id);
        answer.status = Some(AnswerStatus::PartiallyImplemented);
        answer.planned_date.clear();
        answer.last_reviewed = day(12);
    }
}

#[cfg(test)]
mod tests;
