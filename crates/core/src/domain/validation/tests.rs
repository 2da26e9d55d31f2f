//! Tests of the validation engine. `cases` is the table of rules, each broken once on an
//! otherwise complete workspace; the other files check incremental validation, the task list,
//! readiness and the message keys against that table.

mod cases;
mod completeness;
mod incremental;
mod main_account_cases;
#[cfg(not(target_arch = "wasm32"))]
mod properties;
mod rules;

use crate::domain::catalogue::{Criterion, Requirement, catalogue};
use crate::domain::identifiers::IdentifierKind;
use crate::domain::model::EntityAccount;
use crate::domain::model::date::Date;
use crate::domain::model::sample::sample_today;
use crate::domain::model::{Workspace, sample::complete_workspace};

/// The day every test runs on.
fn today() -> Date {
    sample_today()
}

/// The complete sample workspace: no findings on [`today`].
fn complete() -> Workspace {
    complete_workspace()
}

/// The sample's importer account.
fn importer(workspace: &mut Workspace) -> &mut EntityAccount {
    workspace
        .account_mut("importer")
        .expect("the sample has an importer account")
}

/// The first criterion applicable to importers with the given requirement.
fn first_importer_criterion(requirement: Requirement) -> &'static Criterion {
    catalogue()
        .applicable_to(crate::domain::BusinessType::Importer)
        .find(|criterion| criterion.requirement() == requirement)
        .expect("importers answer Must and Should criteria")
}

/// The ID of that criterion, as answers are keyed.
fn criterion_key(requirement: Requirement) -> String {
    first_importer_criterion(requirement).id().to_string()
}

/// Adds an identifier to the importer account.
fn add_identifier(workspace: &mut Workspace, id: &str, kind: IdentifierKind, value: &str) {
    importer(workspace).add_identifier(id, kind).value = value.to_owned();
}
