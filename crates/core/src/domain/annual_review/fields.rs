//! What a reviewer compares of each answer and register row: its fields in the order the
//! editor's pages show them, each with the message key of the label those pages use and its
//! value in a comparable, displayable form.
//!
//! "Last reviewed" dates are left out: marking a difference reviewed writes them, and that must
//! not make a new difference appear.

use super::comparison::FieldValue;
use crate::domain::model::{
    AeoProgram, AnswerStatus, BusinessPartner, CertificationStatus, CriterionAnswer,
    EvidenceReference, Facility, ItControl, PartnerRole, PersonnelScreeningPolicy, PostalAddress,
    RiskLevel, TrainingRecord,
};

/// One field: its label's message key and its value.
pub(super) type Field = (&'static str, FieldValue);

pub(super) fn answer(answer: &CriterionAnswer) -> Vec<Field> {
    vec![
        (
            "profile.answer.status",
            answer.status.map_or(FieldValue::Empty, |status| {
                FieldValue::Choice(status_key(status))
            }),
        ),
        ("profile.answer.narrative", text(&answer.narrative)),
        (
            "profile.answer.justification",
            text(&answer.not_applicable_justification),
        ),
        (
            "profile.answer.responsible_person",
            text(&answer.responsible_person),
        ),
        ("profile.answer.planned_date", text(&answer.planned_date)),
        ("evidence.heading", evidence(&answer.evidence)),
    ]
}

pub(super) fn partner(partner: &BusinessPartner) -> Vec<Field> {
    vec![
        ("partner.name", text(&partner.name)),
        ("partner.country", text(&partner.country)),
        ("partner.role", choice(partner.role.map(role_key))),
        (
            "partner.ctpat_status",
            FieldValue::Choice(certification_key(partner.ctpat_status)),
        ),
        ("partner.ctpat_number", text(&partner.ctpat_number)),
        (
            "partner.aeo_status",
            FieldValue::Choice(certification_key(partner.aeo_status)),
        ),
        (
            "partner.aeo_program",
            choice(partner.aeo_program.map(aeo_key)),
        ),
        ("partner.aeo_number", text(&partner.aeo_number)),
        ("partner.screening_date", text(&partner.screening_date)),
        (
            "partner.risk_level",
            choice(partner.risk_level.map(risk_key)),
        ),
        (
            "partner.last_security_assessment",
            text(&partner.last_security_assessment),
        ),
    ]
}

pub(super) fn facility(facility: &Facility) -> Vec<Field> {
    let video = &facility.video;
    let access = &facility.access_control;
    vec![
        ("facility.name", text(&facility.name)),
        ("facility.address", text(&address(&facility.address))),
        ("facility.barriers", text(&facility.barriers_and_fencing)),
        ("facility.lighting", text(&facility.lighting)),
        ("facility.alarm.present", flag(facility.alarm.present)),
        (
            "facility.alarm.monitored_by",
            text(&facility.alarm.monitored_by),
        ),
        ("facility.alarm.last_test", text(&facility.alarm.last_test)),
        ("facility.video.present", flag(video.present)),
        ("facility.video.cameras", number(video.cameras)),
        (
            "facility.video.cargo_areas_covered",
            flag(video.cargo_areas_covered),
        ),
        ("facility.video.recording_24_7", flag(video.recording_24_7)),
        (
            "facility.video.retention_days",
            number(video.retention_days),
        ),
        (
            "facility.video.last_footage_review",
            text(&video.last_footage_review),
        ),
        ("facility.access.badges", flag(access.badges)),
        ("facility.access.visitor_log", flag(access.visitor_log)),
        (
            "facility.access.driver_id_checks",
            flag(access.driver_id_checks),
        ),
        ("facility.access.guards", flag(access.guards)),
    ]
}

pub(super) fn personnel_screening(policy: &PersonnelScreeningPolicy) -> Vec<Field> {
    vec![
        ("personnel.written_policy", flag(policy.written_policy)),
        (
            "personnel.verifies_application",
            flag(policy.verifies_application_information),
        ),
        (
            "personnel.background_checks",
            flag(policy.background_checks),
        ),
        (
            "personnel.rescreening_months",
            number(policy.rescreening_interval_months),
        ),
        ("personnel.code_of_conduct", flag(policy.code_of_conduct)),
        ("personnel.description", text(&policy.description)),
    ]
}

pub(super) fn training(record: &TrainingRecord) -> Vec<Field> {
    vec![
        ("training.date", text(&record.date)),
        ("training.topic", text(&record.topic)),
        ("training.audience", text(&record.audience)),
        ("training.attendees", number(record.attendees)),
        ("evidence.heading", evidence(&record.evidence)),
    ]
}

pub(super) fn it_control(control: &ItControl) -> Vec<Field> {
    vec![
        ("it_control.name", text(&control.name)),
        ("it_control.description", text(&control.description)),
        ("it_control.owner", text(&control.owner)),
        ("it_control.last_tested", text(&control.last_tested)),
    ]
}

/// Typed text; only spaces around it are not a difference.
fn text(value: &str) -> FieldValue {
    let value = value.trim();
    if value.is_empty() {
        FieldValue::Empty
    } else {
        FieldValue::Text(value.to_owned())
    }
}

fn choice(key: Option<&'static str>) -> FieldValue {
    key.map_or(FieldValue::Empty, FieldValue::Choice)
}

fn flag(value: bool) -> FieldValue {
    FieldValue::Choice(if value {
        "check_answers.yes"
    } else {
        "check_answers.no"
    })
}

fn number(value: Option<u32>) -> FieldValue {
    value.map_or(FieldValue::Empty, |value| {
        FieldValue::Text(value.to_string())
    })
}

/// An address on one line, its non-empty parts in the order they are typed.
fn address(place: &PostalAddress) -> String {
    [
        &place.line1,
        &place.line2,
        &place.city,
        &place.state_province,
        &place.postal_code,
        &place.country,
    ]
    .into_iter()
    .map(|part| part.trim())
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

/// Each document by its title, file name and the start of its digest: a replaced file with the
/// same name is a difference too.
fn evidence(documents: &[EvidenceReference]) -> FieldValue {
    let lines: Vec<String> = documents
        .iter()
        .map(|document| {
            let digest = document.sha256.get(..12).unwrap_or(&document.sha256);
            format!(
                "{} ({}, SHA-256 {digest}…)",
                document.title.trim(),
                document.file_name.trim()
            )
        })
        .collect();
    if lines.is_empty() {
        FieldValue::Empty
    } else {
        FieldValue::Text(lines.join("\n"))
    }
}

fn status_key(status: AnswerStatus) -> &'static str {
    match status {
        AnswerStatus::Implemented => "profile.status.implemented",
        AnswerStatus::PartiallyImplemented => "profile.status.partially_implemented",
        AnswerStatus::NotImplemented => "profile.status.not_implemented",
        AnswerStatus::NotApplicable => "profile.status.not_applicable",
    }
}

fn role_key(role: PartnerRole) -> &'static str {
    match role {
        PartnerRole::Supplier => "partner.role.supplier",
        PartnerRole::Manufacturer => "partner.role.manufacturer",
        PartnerRole::Carrier => "partner.role.carrier",
        PartnerRole::CustomsBroker => "partner.role.customs_broker",
        PartnerRole::Consolidator => "partner.role.consolidator",
        PartnerRole::Warehouse => "partner.role.warehouse",
        PartnerRole::Other => "partner.role.other",
    }
}

fn certification_key(status: CertificationStatus) -> &'static str {
    match status {
        CertificationStatus::Unknown => "partner.certification.unknown",
        CertificationStatus::NotCertified => "partner.certification.not_certified",
        CertificationStatus::Certified => "partner.certification.certified",
    }
}

fn aeo_key(program: AeoProgram) -> &'static str {
    match program {
        AeoProgram::Pip => "partner.aeo_program.pip",
        AeoProgram::Oea => "partner.aeo_program.oea",
        AeoProgram::OtherAeo => "partner.aeo_program.other_aeo",
    }
}

fn risk_key(level: RiskLevel) -> &'static str {
    match level {
        RiskLevel::Low => "partner.risk.low",
        RiskLevel::Medium => "partner.risk.medium",
        RiskLevel::High => "partner.risk.high",
    }
}
