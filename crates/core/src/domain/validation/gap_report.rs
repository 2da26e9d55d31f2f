//! The gap report of one entity account: what still blocks its export (the error findings,
//! grouped by task-list section), the Must criteria not fully implemented with who answers for
//! them and by when, and the Should criteria not implemented. It is what a security officer
//! prints for a management review or for their Supply Chain Security Specialist.
//!
//! Pure: read from the workspace and its findings; the UI only lays it out.

use std::collections::BTreeMap;

use super::completeness::Section;
use super::finding::Finding;
use super::findings::Findings;
use super::place::{FindingPlace, finding_place};
use crate::domain::catalogue::{Criterion, CriterionId, Requirement, catalogue};
use crate::domain::field_path::FieldPath;
use crate::domain::model::date::{Date, parse_iso_date};
use crate::domain::model::{AnswerStatus, EntityAccount, Workspace};

/// The gap report of one account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GapReport {
    /// Errors still to fix, by section in task-list order (main account sections first: they
    /// block this account's export too). Sections without errors are left out.
    pub missing: Vec<(Section, Vec<Finding>)>,
    /// Applicable Must criteria not implemented nor justified as not applicable, the ones
    /// without a planned date first, then by planned date, then by ID.
    pub musts_open: Vec<OpenCriterion>,
    /// Applicable Should criteria not implemented nor justified as not applicable, by ID.
    pub shoulds_open: Vec<OpenCriterion>,
}

/// A criterion the account has not fully implemented, as the report lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenCriterion {
    /// The criterion's ID.
    pub id: CriterionId,
    /// Its answer's status; `None` while unanswered.
    pub status: Option<AnswerStatus>,
    /// Who is responsible for it, as typed (may be empty).
    pub responsible_person: String,
    /// When it will be implemented, as typed (may be empty or not a date).
    pub planned_date: String,
}

impl GapReport {
    /// The report of account `account_id` of `workspace`, from the workspace's `findings`;
    /// `None` when there is no such account.
    pub fn of(workspace: &Workspace, findings: &Findings, account_id: &str) -> Option<GapReport> {
        let account = workspace.account(account_id)?;
        let mut missing: BTreeMap<Section, Vec<Finding>> = BTreeMap::new();
        for finding in findings
            .of_main_account()
            .chain(findings.of_account(account_id))
            .filter(|finding| finding.is_error())
        {
            missing
                .entry(section_of(&finding.path))
                .or_default()
                .push(finding.clone());
        }
        let mut musts_open = open_criteria(account, Requirement::Must);
        musts_open.sort_by_key(|open| (planned_order(&open.planned_date), open.id));
        Some(GapReport {
            missing: missing.into_iter().collect(),
            musts_open,
            shoulds_open: open_criteria(account, Requirement::Should),
        })
    }

    /// How many errors remain, in every section.
    pub fn error_count(&self) -> usize {
        self.missing.iter().map(|(_, found)| found.len()).sum()
    }

    /// Whether nothing is missing and every applicable criterion is implemented or justified.
    pub fn is_empty(&self) -> bool {
        self.missing.is_empty() && self.musts_open.is_empty() && self.shoulds_open.is_empty()
    }
}

/// Whether a criterion answered `status` still has a gap: anything but implemented or not
/// applicable (unanswered included).
pub fn is_open(status: Option<AnswerStatus>) -> bool {
    !matches!(
        status,
        Some(AnswerStatus::Implemented | AnswerStatus::NotApplicable)
    )
}

/// The applicable criteria of `requirement` the account has not closed, by ID.
fn open_criteria(account: &EntityAccount, requirement: Requirement) -> Vec<OpenCriterion> {
    catalogue()
        .applicable_to(account.business_type)
        .filter(|criterion| criterion.requirement() == requirement)
        .filter_map(|criterion: &Criterion| {
            let answer = account.profile.answers.get(&criterion.id().to_string());
            let status = answer.and_then(|answer| answer.status);
            is_open(status).then(|| OpenCriterion {
                id: criterion.id(),
                status,
                responsible_person: answer
                    .map(|a| a.responsible_person.trim().to_owned())
                    .unwrap_or_default(),
                planned_date: answer
                    .map(|a| a.planned_date.trim().to_owned())
                    .unwrap_or_default(),
            })
        })
        .collect()
}

/// Sort key of a planned date: a missing (or unreadable) date comes first, since it is the
/// larger gap; then the earliest date.
fn planned_order(planned: &str) -> (bool, Option<Date>) {
    let date = parse_iso_date(planned.trim());
    (date.is_some(), date)
}

/// The task-list section of a finding of the main account or of one account; a path no
/// section shows (a criterion the catalogue lacks) is listed with the account's details, so it
/// is never left out of the report.
fn section_of(path: &FieldPath) -> Section {
    match finding_place(path) {
        Some(FindingPlace::MainAccount(section) | FindingPlace::Account(_, section)) => section,
        None => Section::AccountDetails,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::sample::{complete_workspace, sample_today};
    use crate::domain::validation::validate;

    const ACCOUNT: &str = "importer";

    fn report(workspace: &Workspace) -> GapReport {
        let findings = validate(workspace, sample_today());
        GapReport::of(workspace, &findings, ACCOUNT).expect("the sample has an importer")
    }

    /// The first `count` applicable criteria of `requirement` of the sample's importer.
    fn criteria(workspace: &Workspace, requirement: Requirement, count: usize) -> Vec<String> {
        let kind = workspace.account(ACCOUNT).map(|a| a.business_type);
        catalogue()
            .applicable_to(kind.expect("importer"))
            .filter(|criterion| criterion.requirement() == requirement)
            .take(count)
            .map(|criterion| criterion.id().to_string())
            .collect()
    }

    fn answer(
        workspace: &mut Workspace,
        id: &str,
        status: Option<AnswerStatus>,
        planned: &str,
        responsible: &str,
    ) {
        let account = workspace.account_mut(ACCOUNT).expect("importer");
        let answer = account.profile.answer_mut(id);
        answer.status = status;
        answer.planned_date = planned.to_owned();
        answer.responsible_person = responsible.to_owned();
    }

    #[test]
    fn a_complete_account_has_no_gap() {
        let report = report(&complete_workspace());
        assert!(report.is_empty(), "{report:?}");
        assert_eq!(report.error_count(), 0);
    }

    #[test]
    fn an_unknown_account_has_no_report() {
        let workspace = complete_workspace();
        let findings = validate(&workspace, sample_today());
        assert_eq!(GapReport::of(&workspace, &findings, "nobody"), None);
    }

    #[test]
    fn musts_not_implemented_are_listed_by_planned_date_with_missing_dates_first() {
        let mut workspace = complete_workspace();
        let musts = criteria(&workspace, Requirement::Must, 4);
        let not_done = Some(AnswerStatus::NotImplemented);
        answer(
            &mut workspace,
            &musts[0],
            not_done,
            "2031-03-01",
            "Ana Ruiz",
        );
        answer(
            &mut workspace,
            &musts[1],
            Some(AnswerStatus::PartiallyImplemented),
            "2030-01-15",
            "Luis",
        );
        answer(&mut workspace, &musts[2], not_done, "", "");
        answer(&mut workspace, &musts[3], None, "", "");

        let report = report(&workspace);
        let listed: Vec<(String, Option<AnswerStatus>, &str, &str)> = report
            .musts_open
            .iter()
            .map(|open| {
                (
                    open.id.to_string(),
                    open.status,
                    open.planned_date.as_str(),
                    open.responsible_person.as_str(),
                )
            })
            .collect();
        assert_eq!(
            listed,
            vec![
                (musts[2].clone(), not_done, "", ""),
                (musts[3].clone(), None, "", ""),
                (
                    musts[1].clone(),
                    Some(AnswerStatus::PartiallyImplemented),
                    "2030-01-15",
                    "Luis"
                ),
                (musts[0].clone(), not_done, "2031-03-01", "Ana Ruiz"),
            ]
        );
    }

    #[test]
    fn implemented_and_not_applicable_criteria_are_not_gaps() {
        let mut workspace = complete_workspace();
        let must = criteria(&workspace, Requirement::Must, 1).remove(0);
        answer(
            &mut workspace,
            &must,
            Some(AnswerStatus::NotApplicable),
            "",
            "",
        );
        assert!(report(&workspace).musts_open.is_empty());
        assert!(is_open(None));
        assert!(is_open(Some(AnswerStatus::PartiallyImplemented)));
        assert!(!is_open(Some(AnswerStatus::Implemented)));
    }

    #[test]
    fn shoulds_not_implemented_are_listed_apart_from_musts() {
        let mut workspace = complete_workspace();
        let should = criteria(&workspace, Requirement::Should, 1).remove(0);
        answer(
            &mut workspace,
            &should,
            Some(AnswerStatus::NotImplemented),
            "",
            "",
        );
        let report = report(&workspace);
        assert!(report.musts_open.is_empty());
        assert_eq!(report.shoulds_open.len(), 1);
        assert_eq!(report.shoulds_open[0].id.to_string(), should);
    }

    #[test]
    fn errors_are_grouped_by_the_section_they_belong_to() {
        let mut workspace = complete_workspace();
        let must = criteria(&workspace, Requirement::Must, 1).remove(0);
        answer(
            &mut workspace,
            &must,
            Some(AnswerStatus::NotImplemented),
            "",
            "",
        );
        workspace.organization.legal_name.clear();
        let account = workspace.account_mut(ACCOUNT).expect("importer");
        account.name.clear();
        let record = account
            .profile
            .training
            .first_mut()
            .expect("sample training");
        record.evidence[0].sha256 = "abc".to_owned();

        let report = report(&workspace);
        let sections: Vec<Section> = report.missing.iter().map(|(s, _)| *s).collect();
        let category = must.parse::<CriterionId>().expect("id").category();
        assert_eq!(
            sections,
            vec![
                Section::CompanyInformation,
                Section::AccountDetails,
                Section::Criteria(category),
                Section::Training,
            ]
        );
        assert!(
            report
                .missing
                .iter()
                .flat_map(|(_, f)| f)
                .all(Finding::is_error)
        );
        assert_eq!(report.error_count(), 4);
    }
}
