//! What a reviewer compares of each answer and register row: its fields in the order the
//! editor's pages show them, each named ([`ReviewedField`]) and with its value in a comparable,
//! displayable form.
//!
//! "Last reviewed" dates are left out: marking a difference reviewed writes them, and that must
//! not make a new difference appear.

use super::comparison::{Choice, FieldValue, ReviewedField};
use crate::domain::model::{
    BusinessPartner, CriterionAnswer, EvidenceReference, Facility, ItControl,
    PersonnelScreeningPolicy, PostalAddress, TrainingRecord,
};

/// One field: which it is, and its value.
pub(super) type Field = (ReviewedField, FieldValue);

pub(super) fn answer(answer: &CriterionAnswer) -> Vec<Field> {
    vec![
        (
            ReviewedField::AnswerStatus,
            answer.status.map_or(FieldValue::Empty, |status| {
                FieldValue::Choice(Choice::Status(status))
            }),
        ),
        (ReviewedField::AnswerNarrative, text(&answer.narrative)),
        (
            ReviewedField::AnswerJustification,
            text(&answer.not_applicable_justification),
        ),
        (
            ReviewedField::AnswerResponsiblePerson,
            text(&answer.responsible_person),
        ),
        (ReviewedField::AnswerPlannedDate, text(&answer.planned_date)),
        (ReviewedField::Evidence, evidence(&answer.evidence)),
    ]
}

pub(super) fn partner(partner: &BusinessPartner) -> Vec<Field> {
    vec![
        (ReviewedField::PartnerName, text(&partner.name)),
        (ReviewedField::PartnerCountry, text(&partner.country)),
        (
            ReviewedField::PartnerRole,
            choice(partner.role.map(Choice::Role)),
        ),
        (
            ReviewedField::PartnerCtpatStatus,
            FieldValue::Choice(Choice::Certification(partner.ctpat_status)),
        ),
        (
            ReviewedField::PartnerCtpatNumber,
            text(&partner.ctpat_number),
        ),
        (
            ReviewedField::PartnerAeoStatus,
            FieldValue::Choice(Choice::Certification(partner.aeo_status)),
        ),
        (
            ReviewedField::PartnerAeoProgram,
            choice(partner.aeo_program.map(Choice::AeoProgram)),
        ),
        (ReviewedField::PartnerAeoNumber, text(&partner.aeo_number)),
        (
            ReviewedField::PartnerScreeningDate,
            text(&partner.screening_date),
        ),
        (
            ReviewedField::PartnerRiskLevel,
            choice(partner.risk_level.map(Choice::Risk)),
        ),
        (
            ReviewedField::PartnerLastSecurityAssessment,
            text(&partner.last_security_assessment),
        ),
    ]
}

pub(super) fn facility(facility: &Facility) -> Vec<Field> {
    let video = &facility.video;
    let access = &facility.access_control;
    vec![
        (ReviewedField::FacilityName, text(&facility.name)),
        (
            ReviewedField::FacilityAddress,
            text(&address(&facility.address)),
        ),
        (
            ReviewedField::FacilityBarriers,
            text(&facility.barriers_and_fencing),
        ),
        (ReviewedField::FacilityLighting, text(&facility.lighting)),
        (
            ReviewedField::FacilityAlarmPresent,
            flag(facility.alarm.present),
        ),
        (
            ReviewedField::FacilityAlarmMonitoredBy,
            text(&facility.alarm.monitored_by),
        ),
        (
            ReviewedField::FacilityAlarmLastTest,
            text(&facility.alarm.last_test),
        ),
        (ReviewedField::FacilityVideoPresent, flag(video.present)),
        (ReviewedField::FacilityVideoCameras, number(video.cameras)),
        (
            ReviewedField::FacilityVideoCargoAreasCovered,
            flag(video.cargo_areas_covered),
        ),
        (
            ReviewedField::FacilityVideoRecording24x7,
            flag(video.recording_24_7),
        ),
        (
            ReviewedField::FacilityVideoRetentionDays,
            number(video.retention_days),
        ),
        (
            ReviewedField::FacilityVideoLastFootageReview,
            text(&video.last_footage_review),
        ),
        (ReviewedField::FacilityAccessBadges, flag(access.badges)),
        (
            ReviewedField::FacilityAccessVisitorLog,
            flag(access.visitor_log),
        ),
        (
            ReviewedField::FacilityAccessDriverIdChecks,
            flag(access.driver_id_checks),
        ),
        (ReviewedField::FacilityAccessGuards, flag(access.guards)),
    ]
}

pub(super) fn personnel_screening(policy: &PersonnelScreeningPolicy) -> Vec<Field> {
    vec![
        (
            ReviewedField::PersonnelWrittenPolicy,
            flag(policy.written_policy),
        ),
        (
            ReviewedField::PersonnelVerifiesApplication,
            flag(policy.verifies_application_information),
        ),
        (
            ReviewedField::PersonnelBackgroundChecks,
            flag(policy.background_checks),
        ),
        (
            ReviewedField::PersonnelRescreeningMonths,
            number(policy.rescreening_interval_months),
        ),
        (
            ReviewedField::PersonnelCodeOfConduct,
            flag(policy.code_of_conduct),
        ),
        (
            ReviewedField::PersonnelDescription,
            text(&policy.description),
        ),
    ]
}

pub(super) fn training(record: &TrainingRecord) -> Vec<Field> {
    vec![
        (ReviewedField::TrainingDate, text(&record.date)),
        (ReviewedField::TrainingTopic, text(&record.topic)),
        (ReviewedField::TrainingAudience, text(&record.audience)),
        (ReviewedField::TrainingAttendees, number(record.attendees)),
        (ReviewedField::Evidence, evidence(&record.evidence)),
    ]
}

pub(super) fn it_control(control: &ItControl) -> Vec<Field> {
    vec![
        (ReviewedField::ItControlName, text(&control.name)),
        (
            ReviewedField::ItControlDescription,
            text(&control.description),
        ),
        (ReviewedField::ItControlOwner, text(&control.owner)),
        (
            ReviewedField::ItControlLastTested,
            text(&control.last_tested),
        ),
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

fn choice(value: Option<Choice>) -> FieldValue {
    value.map_or(FieldValue::Empty, FieldValue::Choice)
}

fn flag(value: bool) -> FieldValue {
    FieldValue::Choice(Choice::YesNo(value))
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
