//! The validation engine: a pure function from a workspace (and the day it is, passed in) to
//! findings `{path, code, severity, arguments, identifier problem}`. The UI words and renders
//! findings; it never decides them.
//!
//! Rules are organised by scope (one item, or one list-wide rule), so after an edit
//! [`Findings::revalidate`] re-checks only the scopes the edited path can affect: microseconds,
//! not a full pass. Completeness per section and readiness to export are read from the findings.

mod account;
mod answers;
mod completeness;
mod engine;
mod finding;
mod finding_counts;
mod findings;
mod gap_report;
mod identifier_checks;
mod item_status;
mod main_account;
mod place;
mod registers;
mod report;
mod scope;

#[cfg(test)]
mod tests;

pub use completeness::{
    AccountProgress, CheckAnswersStatus, Readiness, Section, SectionStatus, account_sections,
    account_status, check_answers_status, completed_count, export_readiness, main_account_sections,
    main_account_status, next_section, section_findings,
};
pub use engine::{check_scope, main_account_scopes};
pub use finding::{Finding, FindingCode, Severity, shown_at};
pub use finding_counts::FindingCounts;
pub use findings::Findings;
pub use gap_report::{GapReport, OpenCriterion, is_open};
pub use item_status::ItemStatus;
pub use main_account::MINIMUM_CONTACTS;
pub use place::{FindingPlace, finding_place};
pub use registers::HIGH_RISK_ASSESSMENT_DAYS;
pub use scope::{Affected, Scope};

use crate::domain::field_path::FieldPath;
use crate::domain::model::Workspace;
use crate::domain::model::date::Date;

/// Every finding of `workspace` on `today`: a full pass.
pub fn validate(workspace: &Workspace, today: Date) -> Findings {
    Findings::of(workspace, today)
}

/// The fresh findings of every scope a change at `path` can affect, without touching any other
/// scope. [`Findings::revalidate`] applies them to a collection.
pub fn validate_path(workspace: &Workspace, path: &FieldPath, today: Date) -> Findings {
    let mut findings = Findings::default();
    findings.revalidate(workspace, path, today);
    findings
}
