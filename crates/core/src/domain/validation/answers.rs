//! Rules of criterion answers and of the evidence references they carry: every applicable
//! criterion answered, a narrative for what is in place, a justification for "not applicable",
//! and a planned date for a criterion not fully implemented (required for a Must).

use super::finding::FindingCode;
use super::report::Report;
use crate::domain::catalogue::{Criterion, Requirement};
use crate::domain::model::date::Date;
use crate::domain::model::{AnswerStatus, CriterionAnswer, EvidenceReference};

/// The answer to `criterion`, which applies to the account; `None` when never answered.
pub(super) fn check_answer(
    criterion: &Criterion,
    answer: Option<&CriterionAnswer>,
    today: Date,
    report: &mut Report,
) {
    let Some(answer) = answer else {
        report.add(CriterionAnswer::STATUS, FindingCode::AnswerMissing);
        return;
    };
    let Some(status) = answer.status else {
        report.add(CriterionAnswer::STATUS, FindingCode::AnswerMissing);
        return;
    };
    match status {
        AnswerStatus::NotApplicable => {
            report.require(
                CriterionAnswer::NOT_APPLICABLE_JUSTIFICATION,
                &answer.not_applicable_justification,
                FindingCode::JustificationMissing,
            );
        }
        AnswerStatus::Implemented | AnswerStatus::PartiallyImplemented => {
            report.require(
                CriterionAnswer::NARRATIVE,
                &answer.narrative,
                FindingCode::NarrativeMissing,
            );
        }
        AnswerStatus::NotImplemented => {}
    }
    if matches!(
        status,
        AnswerStatus::PartiallyImplemented | AnswerStatus::NotImplemented
    ) {
        check_planned_date(criterion.requirement(), answer, today, report);
    }
    report.past_date(CriterionAnswer::LAST_REVIEWED, &answer.last_reviewed, today);
    for evidence in &answer.evidence {
        let document = report.owner().clone().evidence(&evidence.id);
        check_evidence(evidence, today, &mut report.within(document));
    }
}

/// A criterion not fully implemented needs a date by which it will be: required for a Must,
/// advised for a Should, and a date already passed is flagged.
fn check_planned_date(
    requirement: Requirement,
    answer: &CriterionAnswer,
    today: Date,
    report: &mut Report,
) {
    if answer.planned_date.trim().is_empty() {
        let code = match requirement {
            Requirement::Must => FindingCode::PlannedDateMissing,
            Requirement::Should => FindingCode::PlannedDateAdvised,
        };
        report.add(CriterionAnswer::PLANNED_DATE, code);
    } else if let Some(planned) = report.date(CriterionAnswer::PLANNED_DATE, &answer.planned_date)
        && planned < today
    {
        report
            .add(
                CriterionAnswer::PLANNED_DATE,
                FindingCode::PlannedDatePassed,
            )
            .args
            .push(("date", answer.planned_date.trim().to_owned()));
    }
}

/// A reference to a document: titled, named, with a well-formed SHA-256 and a real date.
pub(super) fn check_evidence(evidence: &EvidenceReference, today: Date, report: &mut Report) {
    report.require(
        EvidenceReference::TITLE,
        &evidence.title,
        FindingCode::EvidenceTitleMissing,
    );
    report.require(
        EvidenceReference::FILE_NAME,
        &evidence.file_name,
        FindingCode::EvidenceFileNameMissing,
    );
    let digest = evidence.sha256.trim();
    let well_formed = digest.len() == 64 && digest.bytes().all(|byte| byte.is_ascii_hexdigit());
    if !well_formed {
        report.add(
            EvidenceReference::SHA256,
            FindingCode::EvidenceDigestInvalid,
        );
    }
    report.past_date(EvidenceReference::DATE, &evidence.date, today);
}
