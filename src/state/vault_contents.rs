//! What the vault keeps encrypted: the workspace, the signing key and the workspace's settings,
//! and how they turn into bytes and back (through the schema migration chain, so a draft saved
//! by an older version opens in this one).

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;
use zeroize::Zeroizing;

use crate::crypto::signing_key::{KeyError, SigningKey};
use crate::domain::json_reader;
use crate::domain::migration::{self, MigrationError};
use crate::domain::model::Workspace;

/// Minutes of inactivity before the app locks itself, unless the user chose otherwise.
pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 15;

/// Settings that belong to the workspace (kept encrypted with it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceSettings {
    /// Lock after this many minutes without a key press, click or touch.
    pub auto_lock_minutes: u32,
}

impl Default for WorkspaceSettings {
    fn default() -> Self {
        Self {
            auto_lock_minutes: DEFAULT_AUTO_LOCK_MINUTES,
        }
    }
}

/// Everything inside the vault.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VaultContents {
    /// The main account with its entity accounts and profiles.
    pub workspace: Workspace,
    /// The P-256 signing key created at onboarding (base64url secret scalar).
    pub signing_key: String,
    /// Settings of this workspace.
    #[serde(default)]
    pub settings: WorkspaceSettings,
    /// The example workspace opened to explore the editor: never part of what is sealed
    /// (it is never stored), and every signed file made from it is marked as an example.
    #[serde(skip)]
    pub example: bool,
}

impl std::fmt::Debug for VaultContents {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("VaultContents")
            .field("workspace", &self.workspace)
            .field("signing_key", &"…")
            .field("settings", &self.settings)
            .field("example", &self.example)
            .finish()
    }
}

/// Why decrypted bytes could not be turned back into a workspace.
#[derive(Debug, Error)]
pub enum ContentsError {
    /// The bytes are not the JSON this app writes.
    #[error("the decrypted workspace is not readable: {0}")]
    Unreadable(#[from] serde_json::Error),
    /// The workspace could not be brought up to this version's model.
    #[error(transparent)]
    Migration(#[from] MigrationError),
    /// The signing key inside is not a valid P-256 key.
    #[error("the workspace's signing key is damaged")]
    SigningKey(#[from] KeyError),
}

impl VaultContents {
    /// A new, empty workspace with a freshly generated signing key.
    pub fn new() -> Result<Self, KeyError> {
        let key = SigningKey::generate()?;
        Ok(Self {
            workspace: Workspace::new(),
            signing_key: key.secret_base64url().to_string(),
            settings: WorkspaceSettings::default(),
            example: false,
        })
    }

    /// The example workspace in `language` as of `today`, with a signing key of its own made
    /// for this visit only.
    pub fn example(
        language: crate::domain::Language,
        today: crate::domain::model::date::Date,
    ) -> Result<Self, KeyError> {
        Ok(Self {
            workspace: crate::domain::example::example_workspace(language, today),
            example: true,
            ..Self::new()?
        })
    }

    /// The bytes to seal (wiped from memory when dropped).
    pub fn to_bytes(&self) -> Zeroizing<Vec<u8>> {
        // Strings, integers and enums only: serializing cannot fail.
        Zeroizing::new(serde_json::to_vec(self).unwrap_or_default())
    }

    /// Reads unsealed bytes, migrating an older workspace to the current model.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ContentsError> {
        let mut document: Value = serde_json::from_slice(bytes)?;
        let workspace = document
            .get_mut("workspace")
            .map(Value::take)
            .ok_or(MigrationError::NotAWorkspace)?;
        let workspace = migration::workspace_from_value(workspace)?;
        let rest: ContentsWithoutWorkspace = json_reader::read_value(&document)?;
        SigningKey::from_secret_base64url(&rest.signing_key)?;
        Ok(Self {
            workspace,
            signing_key: rest.signing_key,
            settings: rest.settings,
            example: false,
        })
    }

    /// The signing key.
    pub fn signing_key(&self) -> Result<SigningKey, KeyError> {
        SigningKey::from_secret_base64url(&self.signing_key)
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ContentsWithoutWorkspace {
    signing_key: String,
    #[serde(default)]
    settings: WorkspaceSettings,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contents_survive_a_round_trip_through_bytes() {
        let mut contents = VaultContents::new().unwrap();
        contents.workspace.organization.legal_name = "Acme Imports <b>Ltd</b>".into();
        contents.settings.auto_lock_minutes = 5;

        let back = VaultContents::from_bytes(&contents.to_bytes()).unwrap();

        assert_eq!(back, contents);
    }

    #[test]
    fn the_example_mark_is_never_part_of_the_sealed_bytes() {
        let today = crate::domain::model::sample::sample_today();
        let example = VaultContents::example(crate::domain::Language::French, today).unwrap();

        let back = VaultContents::from_bytes(&example.to_bytes()).unwrap();

        assert!(example.example);
        assert!(!back.example);
        assert_eq!(back.workspace, example.workspace);
    }

    #[test]
    fn the_signing_key_is_kept_and_usable() {
        let contents = VaultContents::new().unwrap();
        let back = VaultContents::from_bytes(&contents.to_bytes()).unwrap();

        assert_eq!(
            back.signing_key().unwrap().fingerprint(),
            contents.signing_key().unwrap().fingerprint()
        );
    }

    #[test]
    fn a_workspace_from_a_newer_version_is_refused_not_truncated() {
        let contents = VaultContents::new().unwrap();
        let mut document: Value = serde_json::from_slice(&contents.to_bytes()).unwrap();
        document["workspace"]["schemaVersion"] = Value::from(99);

        let error = VaultContents::from_bytes(&serde_json::to_vec(&document).unwrap()).unwrap_err();

        assert!(matches!(
            error,
            ContentsError::Migration(MigrationError::NewerVersion { .. })
        ));
    }

    #[test]
    fn settings_missing_from_an_older_draft_take_their_defaults() {
        let contents = VaultContents::new().unwrap();
        let mut document: Value = serde_json::from_slice(&contents.to_bytes()).unwrap();
        document.as_object_mut().unwrap().remove("settings");

        let back = VaultContents::from_bytes(&serde_json::to_vec(&document).unwrap()).unwrap();

        assert_eq!(back.settings.auto_lock_minutes, DEFAULT_AUTO_LOCK_MINUTES);
    }

    #[test]
    fn a_damaged_signing_key_is_reported() {
        let mut contents = VaultContents::new().unwrap();
        contents.signing_key = "not-a-key".into();

        let error = VaultContents::from_bytes(&contents.to_bytes()).unwrap_err();

        assert!(matches!(error, ContentsError::SigningKey(_)));
    }
}
