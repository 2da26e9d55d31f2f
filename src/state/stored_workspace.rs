//! What a draft slot holds: the sealed workspace and, in clear beside it, what must be known
//! before anything can be decrypted (the IDs of the three security questions, to ask them at
//! recovery, and the version of the answer rules). The clear part is handed to the vault as
//! context, so its header tag covers it: editing a question ID or the rules version in storage
//! makes the copy fail its integrity check instead of changing what recovery asks.

use serde::{Deserialize, Serialize};

use crate::crypto::vault::{SealedWorkspace, Vault, VaultError, is_newer_format};
use crate::domain::onboarding::SecurityQuestion;
use crate::storage::draft_slots::SealedFormat;

/// One stored copy of the workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StoredWorkspace {
    /// The questions chosen at onboarding, in order.
    pub questions: [SecurityQuestion; 3],
    /// The version of the answer normalisation the recovery wrap was derived with: a later
    /// change of those rules must still open workspaces created under the old ones.
    pub answer_normalization: u32,
    /// The encrypted workspace.
    pub vault: SealedWorkspace,
}

/// The vault's format version, read from the stored JSON before its full shape: a newer one
/// may add fields this build does not know, and must not be taken for damage.
fn newer_vault_format(vault: &serde_json::Value) -> Option<u32> {
    let format = u32::try_from(vault.get("format")?.as_u64()?).unwrap_or(u32::MAX);
    is_newer_format(format).then_some(format)
}

impl SealedFormat for StoredWorkspace {
    fn newer_format(sealed: &serde_json::Value) -> Option<u32> {
        newer_vault_format(sealed.get("vault")?)
    }
}

impl SealedFormat for SealedWorkspace {
    fn newer_format(sealed: &serde_json::Value) -> Option<u32> {
        newer_vault_format(sealed)
    }
}

/// The clear context of a stored copy: the questions and the answer rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClearContext {
    /// The three questions, in order.
    pub questions: [SecurityQuestion; 3],
    /// The version of the answer rules.
    pub answer_normalization: u32,
}

impl ClearContext {
    /// The bytes the vault's header tag covers: each question's stored ID and the rules
    /// version, length-prefixed so that no two contexts give the same bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = b"ctpat-stored-workspace/context/v1".to_vec();
        for question in self.questions {
            // A unit enum always serializes to its quoted name.
            let id = serde_json::to_string(&question).unwrap_or_default();
            bytes.extend_from_slice(&u32::try_from(id.len()).unwrap_or(u32::MAX).to_be_bytes());
            bytes.extend_from_slice(id.as_bytes());
        }
        bytes.extend_from_slice(&self.answer_normalization.to_be_bytes());
        bytes
    }

    /// Seals `plaintext` as `revision` with this context beside it.
    pub fn seal(
        &self,
        vault: &Vault,
        plaintext: &[u8],
        revision: u64,
    ) -> Result<StoredWorkspace, VaultError> {
        Ok(StoredWorkspace {
            questions: self.questions,
            answer_normalization: self.answer_normalization,
            vault: vault.seal(plaintext, revision, &self.to_bytes())?,
        })
    }
}

impl StoredWorkspace {
    /// The clear context stored with this copy.
    pub fn context(&self) -> ClearContext {
        ClearContext {
            questions: self.questions,
            answer_normalization: self.answer_normalization,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::kdf::{KdfParams, KdfPolicy, Passphrase};
    use crate::crypto::recovery_key::RecoveryKey;
    use crate::crypto::vault::RecoverySecret;

    const FAST: KdfParams = KdfParams {
        memory_kib: 64,
        iterations: 1,
        parallelism: 1,
    };
    const POLICY: KdfPolicy = KdfPolicy {
        floor: FAST,
        current: FAST,
    };

    fn words() -> Passphrase {
        Passphrase::new("passphrase words", str::to_owned)
    }

    fn stored() -> StoredWorkspace {
        let context = ClearContext {
            questions: [
                SecurityQuestion::FirstCarModel,
                SecurityQuestion::FirstJobTown,
                SecurityQuestion::FirstStuffedToy,
            ],
            answer_normalization: 1,
        };
        let key = RecoveryKey::generate().unwrap();
        let secret = RecoverySecret {
            key: &key,
            answers: ["a", "b", "c"],
        };
        let (vault, _) =
            Vault::create(&words(), &secret, &context.to_bytes(), b"{}", POLICY).unwrap();
        context.seal(&vault, b"{}", 2).unwrap()
    }

    fn unlocks(stored: &StoredWorkspace) -> Result<(), VaultError> {
        Vault::unlock(
            &stored.vault,
            &stored.context().to_bytes(),
            &words(),
            POLICY,
        )
        .map(|_| ())
    }

    #[test]
    fn a_stored_copy_opens_with_its_own_context() {
        assert!(unlocks(&stored()).is_ok());
    }

    #[test]
    fn an_edited_question_id_fails_the_integrity_check() {
        let mut edited = stored();
        edited.questions.swap(0, 1);
        assert_eq!(unlocks(&edited).unwrap_err(), VaultError::Tampered);
        let mut replaced = stored();
        replaced.questions[2] = SecurityQuestion::ChildhoodNickname;
        assert_eq!(unlocks(&replaced).unwrap_err(), VaultError::Tampered);
    }

    #[test]
    fn an_edited_answer_rules_version_fails_the_integrity_check() {
        let mut edited = stored();
        edited.answer_normalization = 2;
        assert_eq!(unlocks(&edited).unwrap_err(), VaultError::Tampered);
    }

    #[test]
    fn a_copy_in_a_newer_vault_format_is_told_apart_from_a_readable_one() {
        let mut value = serde_json::to_value(stored()).unwrap();
        assert_eq!(StoredWorkspace::newer_format(&value), None);
        value["vault"]["format"] = 3.into();
        value["vault"]["addedLater"] = true.into();
        assert_eq!(StoredWorkspace::newer_format(&value), Some(3));
        assert_eq!(SealedWorkspace::newer_format(&value["vault"]), Some(3));
    }
}
