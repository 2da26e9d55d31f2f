//! Schema versions of the stored workspace and the chain of steps that brings any older stored
//! document up to the current model, over `serde_json::Value` so a step can read shapes the
//! current types no longer describe.
//!
//! A document from a newer version than this build knows is refused with a typed error, never
//! loaded with fields silently dropped. Storage and import call `workspace_from_value`.

use serde_json::{Map, Value};

use crate::domain::model::Workspace;

/// The schema version this build writes (`schemaVersion` in every stored or exported workspace).
///
/// 2 added the Portal ticks (`portalEntered`). An editor that reads only up to 1 would load a
/// version 2 workspace with the ticks silently dropped (the model accepts unknown members) and
/// save it without them, so the version says it must refuse it instead.
pub const CURRENT_SCHEMA_VERSION: u32 = 2;

/// Why a stored document could not be brought to the current model.
#[derive(Debug, thiserror::Error)]
pub enum MigrationError {
    /// The document is not a JSON object, so it is not a workspace at all.
    #[error("the stored document is not a workspace (expected a JSON object)")]
    NotAWorkspace,
    /// `schemaVersion` is present but not a whole number.
    #[error("the stored schema version {0} is not a whole number")]
    InvalidVersion(String),
    /// Written by a newer version of the editor; loading it here would lose what it added.
    #[error(
        "this workspace was saved by a newer version of the editor (schema {found}, this one reads up to {supported})"
    )]
    NewerVersion {
        /// The version found in the document.
        found: u64,
        /// The newest version this build reads.
        supported: u32,
    },
    /// A migration step met a shape it cannot convert.
    #[error("could not upgrade the workspace from schema {from}: {reason}")]
    StepFailed {
        /// The version the failing step starts from.
        from: u32,
        /// What was wrong.
        reason: String,
    },
    /// After migration, the document still does not fit the current model.
    #[error("the workspace does not match the current model: {0}")]
    Shape(#[from] serde_json::Error),
}

/// One step: turns a document of version N into version N + 1, in place.
type Step = fn(&mut Map<String, Value>) -> Result<(), String>;

/// `STEPS[n]` upgrades version `n` to `n + 1`; its length is the current version.
const STEPS: [Step; CURRENT_SCHEMA_VERSION as usize] = [v0_to_v1, v1_to_v2];

/// The schema version of a stored document; one without `schemaVersion` is version 0.
pub fn stored_version(document: &Value) -> Result<u64, MigrationError> {
    let object = document.as_object().ok_or(MigrationError::NotAWorkspace)?;
    match object.get("schemaVersion") {
        None => Ok(0),
        Some(version) => version
            .as_u64()
            .ok_or_else(|| MigrationError::InvalidVersion(version.to_string())),
    }
}

/// Brings a stored document of any known version up to `CURRENT_SCHEMA_VERSION`.
pub fn migrate_to_current(mut document: Value) -> Result<Value, MigrationError> {
    let found = stored_version(&document)?;
    if found > u64::from(CURRENT_SCHEMA_VERSION) {
        return Err(MigrationError::NewerVersion {
            found,
            supported: CURRENT_SCHEMA_VERSION,
        });
    }
    let object = document
        .as_object_mut()
        .ok_or(MigrationError::NotAWorkspace)?;
    for (from, step) in (0u32..).zip(STEPS.iter()).skip(found as usize) {
        step(object).map_err(|reason| MigrationError::StepFailed { from, reason })?;
        object.insert("schemaVersion".to_owned(), Value::from(from + 1));
    }
    Ok(document)
}

/// Reads a stored workspace of any known version into the current model.
pub fn workspace_from_value(document: Value) -> Result<Workspace, MigrationError> {
    let current = migrate_to_current(document)?;
    Ok(super::json_reader::read_value(&current)?)
}

/// Parses stored JSON text of any known version into the current model.
pub fn workspace_from_json(text: &str) -> Result<Workspace, MigrationError> {
    workspace_from_value(serde_json::from_str(text)?)
}

/// Version 0, the pre-release draft shape: the company block was called `company` with its
/// legal name in `name`, and contacts carried `isOfficer` / `isPrimary`.
fn v0_to_v1(document: &mut Map<String, Value>) -> Result<(), String> {
    if let Some(mut company) = document.remove("company") {
        let company_object = company
            .as_object_mut()
            .ok_or("\"company\" is not an object")?;
        rename(company_object, "name", "legalName");
        document.insert("organization".to_owned(), company);
    }
    if let Some(contacts) = document.get_mut("contacts") {
        let contacts = contacts
            .as_array_mut()
            .ok_or("\"contacts\" is not a list")?;
        for contact in contacts {
            let contact = contact
                .as_object_mut()
                .ok_or("a contact is not an object")?;
            rename(contact, "isOfficer", "companyOfficer");
            rename(contact, "isPrimary", "primaryContact");
        }
    }
    Ok(())
}

/// Version 1 had no Portal ticks: nothing is ticked as entered in the Portal yet. A member of
/// that name in a version 1 document meant nothing to the editor that wrote it (it ignored
/// unknown members), so it is replaced, never read as ticks.
fn v1_to_v2(document: &mut Map<String, Value>) -> Result<(), String> {
    document.insert("portalEntered".to_owned(), Value::Object(Map::new()));
    Ok(())
}

/// Moves `from` to `to` in `object`, keeping the value exactly.
fn rename(object: &mut Map<String, Value>, from: &str, to: &str) {
    if let Some(value) = object.remove(from) {
        object.insert(to.to_owned(), value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const V0_DRAFT: &str = include_str!("migration/fixtures/v0-draft.json");

    #[test]
    fn a_version_0_draft_loads_with_nothing_lost() {
        let workspace = workspace_from_json(V0_DRAFT).unwrap();
        assert_eq!(workspace.schema_version, CURRENT_SCHEMA_VERSION);
        assert_eq!(
            workspace.organization.legal_name,
            "Frontera Logistics S.A. de C.V."
        );
        assert_eq!(workspace.organization.dba, "Frontera");
        assert_eq!(workspace.addresses[0].place.postal_code, "64000");
        assert!(workspace.contacts[0].company_officer);
        assert!(workspace.contacts[0].primary_contact);
        assert!(!workspace.contacts[1].primary_contact);
        assert_eq!(workspace.accounts[0].identifiers[0].value, "FRLG");
    }

    #[test]
    fn a_version_1_workspace_gains_an_empty_set_of_portal_ticks_and_keeps_everything_else() {
        let mut version_1 =
            serde_json::to_value(crate::domain::model::sample::complete_workspace()).unwrap();
        let object = version_1.as_object_mut().unwrap();
        object.remove("portalEntered");
        object.insert("schemaVersion".into(), Value::from(1));
        let before = version_1.clone();

        let migrated = migrate_to_current(version_1).unwrap();
        assert_eq!(migrated["schemaVersion"], 2);
        assert_eq!(migrated["portalEntered"], serde_json::json!({}));
        let mut without_ticks = migrated.clone();
        without_ticks
            .as_object_mut()
            .unwrap()
            .remove("portalEntered");
        without_ticks["schemaVersion"] = Value::from(1);
        assert_eq!(without_ticks, before, "nothing else changes");

        let workspace = workspace_from_value(migrated).unwrap();
        assert_eq!(workspace.schema_version, CURRENT_SCHEMA_VERSION);
        assert!(workspace.portal_entered.is_empty());
        assert_eq!(
            workspace,
            crate::domain::model::sample::complete_workspace()
        );
    }

    #[test]
    fn a_member_named_like_the_ticks_in_a_version_1_workspace_is_not_read_as_ticks() {
        let document = serde_json::json!({
            "schemaVersion": 1,
            "portalEntered": { "a1": "whatever another tool wrote" }
        });
        let workspace = workspace_from_value(document).unwrap();
        assert!(workspace.portal_entered.is_empty());
    }

    #[test]
    fn a_version_0_draft_reaches_version_2_through_both_steps() {
        let migrated = migrate_to_current(serde_json::from_str(V0_DRAFT).unwrap()).unwrap();
        assert_eq!(migrated["schemaVersion"], 2);
        assert_eq!(migrated["portalEntered"], serde_json::json!({}));
        assert!(migrated.get("organization").is_some());
    }

    #[test]
    fn a_current_workspace_passes_through_unchanged() {
        let mut workspace = Workspace::new();
        workspace.organization.legal_name = "Acme".into();
        let stored = serde_json::to_value(&workspace).unwrap();
        assert_eq!(migrate_to_current(stored.clone()).unwrap(), stored);
    }

    #[test]
    fn a_workspace_from_a_newer_editor_is_refused_not_trimmed() {
        let newer = serde_json::json!({ "schemaVersion": CURRENT_SCHEMA_VERSION + 1 });
        let error = migrate_to_current(newer).unwrap_err();
        assert!(matches!(
            error,
            MigrationError::NewerVersion { found, supported: CURRENT_SCHEMA_VERSION }
                if found == u64::from(CURRENT_SCHEMA_VERSION) + 1
        ));
    }

    #[test]
    fn a_version_that_is_not_a_whole_number_is_refused() {
        for version in [
            serde_json::json!("1"),
            serde_json::json!(1.5),
            serde_json::json!(-1),
        ] {
            let document = serde_json::json!({ "schemaVersion": version });
            assert!(matches!(
                migrate_to_current(document),
                Err(MigrationError::InvalidVersion(_))
            ));
        }
    }

    #[test]
    fn something_other_than_an_object_is_not_a_workspace() {
        assert!(matches!(
            migrate_to_current(serde_json::json!([1, 2])),
            Err(MigrationError::NotAWorkspace)
        ));
    }

    #[test]
    fn a_damaged_version_0_draft_names_the_step_that_failed() {
        let damaged = serde_json::json!({ "contacts": "Ana, Luis" });
        assert!(matches!(
            migrate_to_current(damaged),
            Err(MigrationError::StepFailed { from: 0, .. })
        ));
    }
}
