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
use crate::i18n::{MessageKey, msg};

/// One field: its label's message key and its value.
pub(super) type Field = (MessageKey, FieldValue);

pub(super) fn answer(answer: &CriterionAnswer) -> Vec<Field> {
    vec![
        (
            msg::profile::ANSWER_STATUS,
            answer.status.map_or(FieldValue::Empty, |status| {
                FieldValue::Choice(status_key(status))
            }),
        ),
        (msg::profile::ANSWER_NARRATIVE, text(&answer.narrative)),
        (
            msg::profile::ANSWER_JUSTIFICATION,
            text(&answer.not_applicable_justification),
        ),
        (
            msg::profile::ANSWER_RESPONSIBLE_PERSON,
            text(&answer.responsible_person),
        ),
        (
            msg::profile::ANSWER_PLANNED_DATE,
            text(&answer.planned_date),
        ),
        (msg::evidence::HEADING, evidence(&answer.evidence)),
    ]
}

pub(super) fn partner(partner: &BusinessPartner) -> Vec<Field> {
    vec![
        (msg::partner::NAME, text(&partner.name)),
        (msg::partner::COUNTRY, text(&partner.country)),
        (msg::partner::ROLE, choice(partner.role.map(role_key))),
        (
            msg::partner::CTPAT_STATUS,
            FieldValue::Choice(certification_key(partner.ctpat_status)),
        ),
        (msg::partner::CTPAT_NUMBER, text(&partner.ctpat_number)),
        (
            msg::partner::AEO_STATUS,
            FieldValue::Choice(certification_key(partner.aeo_status)),
        ),
        (
            msg::partner::AEO_PROGRAM,
            choice(partner.aeo_program.map(aeo_key)),
        ),
        (msg::partner::AEO_NUMBER, text(&partner.aeo_number)),
        (msg::partner::SCREENING_DATE, text(&partner.screening_date)),
        (
            msg::partner::RISK_LEVEL,
            choice(partner.risk_level.map(risk_key)),
        ),
        (
            msg::partner::LAST_SECURITY_ASSESSMENT,
            text(&partner.last_security_assessment),
        ),
    ]
}

pub(super) fn facility(facility: &Facility) -> Vec<Field> {
    let video = &facility.video;
    let access = &facility.access_control;
    vec![
        (msg::facility::NAME, text(&facility.name)),
        (msg::facility::ADDRESS, text(&address(&facility.address))),
        (
            msg::facility::BARRIERS,
            text(&facility.barriers_and_fencing),
        ),
        (msg::facility::LIGHTING, text(&facility.lighting)),
        (msg::facility::ALARM_PRESENT, flag(facility.alarm.present)),
        (
            msg::facility::ALARM_MONITORED_BY,
            text(&facility.alarm.monitored_by),
        ),
        (
            msg::facility::ALARM_LAST_TEST,
            text(&facility.alarm.last_test),
        ),
        (msg::facility::VIDEO_PRESENT, flag(video.present)),
        (msg::facility::VIDEO_CAMERAS, number(video.cameras)),
        (
            msg::facility::VIDEO_CARGO_AREAS_COVERED,
            flag(video.cargo_areas_covered),
        ),
        (
            msg::facility::VIDEO_RECORDING_24_7,
            flag(video.recording_24_7),
        ),
        (
            msg::facility::VIDEO_RETENTION_DAYS,
            number(video.retention_days),
        ),
        (
            msg::facility::VIDEO_LAST_FOOTAGE_REVIEW,
            text(&video.last_footage_review),
        ),
        (msg::facility::ACCESS_BADGES, flag(access.badges)),
        (msg::facility::ACCESS_VISITOR_LOG, flag(access.visitor_log)),
        (
            msg::facility::ACCESS_DRIVER_ID_CHECKS,
            flag(access.driver_id_checks),
        ),
        (msg::facility::ACCESS_GUARDS, flag(access.guards)),
    ]
}

pub(super) fn personnel_screening(policy: &PersonnelScreeningPolicy) -> Vec<Field> {
    vec![
        (msg::personnel::WRITTEN_POLICY, flag(policy.written_policy)),
        (
            msg::personnel::VERIFIES_APPLICATION,
            flag(policy.verifies_application_information),
        ),
        (
            msg::personnel::BACKGROUND_CHECKS,
            flag(policy.background_checks),
        ),
        (
            msg::personnel::RESCREENING_MONTHS,
            number(policy.rescreening_interval_months),
        ),
        (
            msg::personnel::CODE_OF_CONDUCT,
            flag(policy.code_of_conduct),
        ),
        (msg::personnel::DESCRIPTION, text(&policy.description)),
    ]
}

pub(super) fn training(record: &TrainingRecord) -> Vec<Field> {
    vec![
        (msg::training::DATE, text(&record.date)),
        (msg::training::TOPIC, text(&record.topic)),
        (msg::training::AUDIENCE, text(&record.audience)),
        (msg::training::ATTENDEES, number(record.attendees)),
        (msg::evidence::HEADING, evidence(&record.evidence)),
    ]
}

pub(super) fn it_control(control: &ItControl) -> Vec<Field> {
    vec![
        (msg::it_control::NAME, text(&control.name)),
        (msg::it_control::DESCRIPTION, text(&control.description)),
        (msg::it_control::OWNER, text(&control.owner)),
        (msg::it_control::LAST_TESTED, text(&control.last_tested)),
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

fn choice(key: Option<MessageKey>) -> FieldValue {
    key.map_or(FieldValue::Empty, FieldValue::Choice)
}

fn flag(value: bool) -> FieldValue {
    FieldValue::Choice(if value {
        msg::check_answers::YES
    } else {
        msg::check_answers::NO
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

fn status_key(status: AnswerStatus) -> MessageKey {
    match status {
        AnswerStatus::Implemented => msg::profile::STATUS_IMPLEMENTED,
        AnswerStatus::PartiallyImplemented => msg::profile::STATUS_PARTIALLY_IMPLEMENTED,
        AnswerStatus::NotImplemented => msg::profile::STATUS_NOT_IMPLEMENTED,
        AnswerStatus::NotApplicable => msg::profile::STATUS_NOT_APPLICABLE,
    }
}

fn role_key(role: PartnerRole) -> MessageKey {
    match role {
        PartnerRole::Supplier => msg::partner::ROLE_SUPPLIER,
        PartnerRole::Manufacturer => msg::partner::ROLE_MANUFACTURER,
        PartnerRole::Carrier => msg::partner::ROLE_CARRIER,
        PartnerRole::CustomsBroker => msg::partner::ROLE_CUSTOMS_BROKER,
        PartnerRole::Consolidator => msg::partner::ROLE_CONSOLIDATOR,
        PartnerRole::Warehouse => msg::partner::ROLE_WAREHOUSE,
        PartnerRole::Other => msg::partner::ROLE_OTHER,
    }
}

fn certification_key(status: CertificationStatus) -> MessageKey {
    match status {
        CertificationStatus::Unknown => msg::partner::CERTIFICATION_UNKNOWN,
        CertificationStatus::NotCertified => msg::partner::CERTIFICATION_NOT_CERTIFIED,
        CertificationStatus::Certified => msg::partner::CERTIFICATION_CERTIFIED,
    }
}

fn aeo_key(program: AeoProgram) -> MessageKey {
    match program {
        AeoProgram::Pip => msg::partner::AEO_PROGRAM_PIP,
        AeoProgram::Oea => msg::partner::AEO_PROGRAM_OEA,
        AeoProgram::OtherAeo => msg::partner::AEO_PROGRAM_OTHER_AEO,
    }
}

fn risk_key(level: RiskLevel) -> MessageKey {
    match level {
        RiskLevel::Low => msg::partner::RISK_LOW,
        RiskLevel::Medium => msg::partner::RISK_MEDIUM,
        RiskLevel::High => msg::partner::RISK_HIGH,
    }
}
