//! What a draft slot holds: the sealed workspace and, in clear beside it, what must be known
//! before anything can be decrypted (the IDs of the three security questions, to ask them at
//! recovery, and the version of the answer rules). The clear part is handed to the vault as
//! context, so its header tag covers it: editing a question ID or the rules version in storage
//! makes the copy fail its integrity check instead of changing what recovery asks.
//!
//! Each copy also names the tab that wrote it, so a tab that sees a copy of its own revision
//! written by another tab knows that both saved at the same moment, and says so instead of
//! believing its own save stands.

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
    /// The tab that wrote this copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub writer: Option<TabId>,
    /// The encrypted workspace.
    pub vault: SealedWorkspace,
}

/// A random name for one tab (one page load), written into every copy it saves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TabId([u8; 8]);

impl TabId {
    /// A new random name.
    pub fn generate() -> Result<Self, crate::crypto::random::RandomnessUnavailable> {
        crate::crypto::random::random_bytes().map(Self)
    }

    fn to_hex(self) -> String {
        self.0.iter().map(|byte| format!("{byte:02x}")).collect()
    }
}

impl Serialize for TabId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for TabId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let mut bytes = [0u8; 8];
        if text.len() != 16 {
            return Err(serde::de::Error::custom("a tab id has 16 hex digits"));
        }
        for (index, byte) in bytes.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&text[index * 2..index * 2 + 2], 16)
                .map_err(serde::de::Error::custom)?;
        }
        Ok(Self(bytes))
    }
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
    /// The tab writing (or that wrote) the copy.
    pub writer: Option<TabId>,
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
        if let Some(writer) = self.writer {
            bytes.extend_from_slice(b"writer");
            bytes.extend_from_slice(&writer.0);
        }
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
            writer: self.writer,
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
            writer: self.writer,
        }
    }
}

/// What a tab needs to know of the newest stored copy when another tab wrote to storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CopyHeader {
    /// The copy's revision.
    pub revision: u64,
    /// The tab that wrote it, if recorded.
    pub writer: Option<TabId>,
}

#[derive(Deserialize)]
struct EnvelopeHeader {
    revision: u64,
    sealed: WriterOnly,
}

#[derive(Deserialize)]
struct WriterOnly {
    #[serde(default)]
    writer: Option<TabId>,
}

impl CopyHeader {
    /// The newest of the stored slot values (unreadable ones are skipped: they are not copies).
    pub fn newest<'v>(values: impl IntoIterator<Item = &'v str>) -> Option<CopyHeader> {
        values
            .into_iter()
            .filter_map(|value| serde_json::from_str::<EnvelopeHeader>(value).ok())
            .map(|header| CopyHeader {
                revision: header.revision,
                writer: header.sealed.writer,
            })
            .max_by_key(|header| header.revision)
    }

    /// Whether this copy means another tab saved over what tab `ours` last saved or loaded
    /// at `revision`: a newer revision, or the same revision written by another tab (both
    /// saved at the same moment, and the other write landed last).
    pub fn is_another_tabs_save(&self, revision: u64, ours: Option<TabId>) -> bool {
        self.revision > revision || (self.revision == revision && self.writer != ours)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::crypto::kdf::{KdfParams, KdfPolicy, Passphrase};
    use crate::crypto::key_derivation::{InPlace, now_or_never};
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

    /// A copy sealed under fast test settings, for tests of what reads stored copies.
    pub(crate) fn stored() -> StoredWorkspace {
        let context = ClearContext {
            questions: [
                SecurityQuestion::FirstCarModel,
                SecurityQuestion::FirstJobTown,
                SecurityQuestion::FirstStuffedToy,
            ],
            answer_normalization: 1,
            writer: Some(TabId([7; 8])),
        };
        let key = RecoveryKey::generate().unwrap();
        let secret = RecoverySecret {
            key: &key,
            answers: ["a", "b", "c"],
        };
        let (vault, _) = now_or_never(Vault::create(
            &words(),
            &secret,
            &context.to_bytes(),
            b"{}",
            POLICY,
            &InPlace,
        ))
        .unwrap()
        .unwrap();
        context.seal(&vault, b"{}", 2).unwrap()
    }

    fn unlocks(stored: &StoredWorkspace) -> Result<(), VaultError> {
        now_or_never(Vault::unlock(
            &stored.vault,
            &stored.context().to_bytes(),
            &words(),
            POLICY,
            &InPlace,
        ))
        .unwrap()
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
    fn an_edited_writer_fails_the_integrity_check_and_the_writer_reads_back() {
        let stored = stored();
        let json = serde_json::to_string(&stored).unwrap();
        assert!(json.contains("\"writer\":\"0707070707070707\""));
        assert_eq!(
            serde_json::from_str::<StoredWorkspace>(&json).unwrap(),
            stored
        );
        let mut edited = stored;
        edited.writer = Some(TabId([8; 8]));
        assert_eq!(unlocks(&edited).unwrap_err(), VaultError::Tampered);
    }

    #[test]
    fn a_copy_of_the_same_revision_by_another_tab_is_another_tabs_save() {
        let this_tab = Some(TabId([1; 8]));
        let other_tab = Some(TabId([2; 8]));
        let ours = r#"{"format":"ctpat-draft","version":1,"revision":5,"sealed":{"writer":"0101010101010101"}}"#;
        let theirs = r#"{"format":"ctpat-draft","version":1,"revision":5,"sealed":{"writer":"0202020202020202"}}"#;
        let older = r#"{"format":"ctpat-draft","version":1,"revision":4,"sealed":{}}"#;

        let newest = CopyHeader::newest([older, ours, "damaged"]).unwrap();
        assert!(!newest.is_another_tabs_save(5, this_tab));
        let raced = CopyHeader::newest([older, theirs]).unwrap();
        assert_eq!(raced.writer, other_tab);
        assert!(raced.is_another_tabs_save(5, this_tab));
        assert!(newest.is_another_tabs_save(4, this_tab));
        assert!(CopyHeader::newest(["damaged"]).is_none());
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
