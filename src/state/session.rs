//! The workspace session: whether this browser has a workspace yet (onboarding), whether it is
//! locked, and, once unlocked, the decrypted contents and the open vault. Every way in (create,
//! unlock, recover) and out (lock) goes through here, so keys and decrypted data are held in
//! exactly one place and dropped together.

use leptos::prelude::*;
use thiserror::Error;

use crate::crypto::kdf::KdfPolicy;
use crate::crypto::recovery_key::RecoveryKey;
use crate::crypto::signing_key::KeyError;
use crate::crypto::vault::{
    Opened, RecoveryProof, RecoverySecret, SealedWorkspace, Vault, VaultError,
};
use crate::domain::FieldPath;
use crate::domain::onboarding::{
    ANSWER_NORMALIZATION_VERSION, SecurityQuestion, normalize_answer_under,
};
use crate::domain::validation::{Findings, validate};
use crate::i18n::{MessageKey, msg};
use crate::state::clock::{now_ms, today};
use crate::state::passphrase_input::typed_passphrase;
use crate::state::vault_contents::{ContentsError, VaultContents};
use crate::storage::StorageError;
use crate::storage::backend::BrowserStorage;
use crate::storage::draft_slots::{DraftSlots, SaveError};

pub use super::stored_workspace::{ClearContext, StoredWorkspace, TabId};

/// Moves what an earlier version stored without a namespace into this deployment's namespace
/// (once; see `storage::namespace`). Returns the quarantine keys of values kept aside because
/// the namespace already held their key. Failures are logged: the old keys then stay where they
/// are, untouched, for the next start to try again.
pub fn adopt_storage_of_earlier_versions() -> Vec<String> {
    use crate::storage::backend::RawLocalStorage;
    use crate::storage::namespace::adopt_keys_without_namespace;
    adopt_keys_without_namespace(
        &RawLocalStorage,
        &BrowserStorage,
        BrowserStorage::namespace(),
        now_ms(),
    )
    .unwrap_or_else(|error| {
        leptos::logging::warn!("stored data of an earlier version could not be adopted: {error}");
        Vec::new()
    })
}

/// How much of storage a change of keys must rewrite at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rewrite {
    /// The copy was upgraded (format, key-derivation settings): the next slot is enough.
    OneSlot,
    /// The workspace is under a new data key: both slots, so no copy under the old key stays.
    BothSlots,
}

/// The three answers normalised under the answer rules `version`, or the error saying that
/// they follow a newer version's rules.
fn normalized_answers(version: u32, answers: &[String; 3]) -> Result<[String; 3], SessionError> {
    let normalized = answers
        .each_ref()
        .map(|answer| normalize_answer_under(version, answer));
    match normalized {
        [Some(first), Some(second), Some(third)] => Ok([first, second, third]),
        _ => Err(SessionError::AnswersFromNewerVersion { version }),
    }
}

/// Where the user is with this browser's workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// No workspace yet: onboarding starts with the passphrase and questions.
    NoWorkspace,
    /// A workspace exists and must be unlocked (or recovered).
    Locked,
    /// The workspace is open.
    Unlocked,
}

/// Why a session operation failed, as the user needs to hear it.
#[derive(Debug, Error)]
pub enum SessionError {
    /// The passphrase does not open the workspace.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The recovery key and answers do not open the workspace.
    #[error("wrong recovery key or answers")]
    WrongRecovery,
    /// The workspace has a recovery kit; its key is needed with the answers.
    #[error("the recovery key is needed")]
    RecoveryKitRequired,
    /// The workspace has no recovery kit yet; one must be made first.
    #[error("no recovery kit yet")]
    RecoveryKitMissing,
    /// There is no readable workspace in this browser.
    #[error("no workspace in this browser")]
    NoWorkspace,
    /// The stored workspace was saved by a newer version of the editor: it is left as it is,
    /// and nothing is written over it until the editor is reloaded into that version.
    #[error("the workspace was saved by a newer version of the editor")]
    SavedByNewerVersion,
    /// The stored workspace cannot be opened (damaged).
    #[error("the stored workspace cannot be opened: {0}")]
    Unreadable(String),
    /// Saving failed.
    #[error(transparent)]
    Save(#[from] SaveError),
    /// Storage failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The security answers were set under answer rules of a newer version of the editor, which
    /// this one cannot reproduce; the passphrase still opens the workspace.
    #[error("the security answers follow the rules of a newer version ({version})")]
    AnswersFromNewerVersion {
        /// The version of the answer rules the workspace records.
        version: u32,
    },
    /// The device gave no secure random numbers, or the key could not be made.
    #[error("the encryption keys could not be created: {0}")]
    Keys(String),
}

impl SessionError {
    /// The message shown for this error (in `messages/session.json`).
    pub fn message_key(&self) -> MessageKey {
        match self {
            SessionError::WrongPassphrase => msg::session::ERROR_WRONG_PASSPHRASE,
            SessionError::WrongRecovery => msg::session::ERROR_WRONG_RECOVERY,
            SessionError::RecoveryKitRequired => msg::session::ERROR_KIT_REQUIRED,
            SessionError::RecoveryKitMissing => msg::session::ERROR_KIT_MISSING,
            SessionError::NoWorkspace => msg::session::ERROR_NO_WORKSPACE,
            SessionError::Unreadable(_) => msg::session::ERROR_UNREADABLE,
            SessionError::SavedByNewerVersion
            | SessionError::Save(SaveError::NewerVersion { .. }) => {
                msg::session::ERROR_NEWER_VERSION
            }
            SessionError::Save(SaveError::Full) | SessionError::Storage(StorageError::Full) => {
                msg::session::ERROR_STORAGE_FULL
            }
            SessionError::Save(SaveError::Conflict { .. }) => msg::session::ERROR_CONFLICT,
            SessionError::Save(_) | SessionError::Storage(_) => msg::session::ERROR_STORAGE,
            SessionError::Keys(_) => msg::session::ERROR_KEYS,
            SessionError::AnswersFromNewerVersion { .. } => msg::session::ERROR_ANSWERS_NEWER,
        }
    }
}

impl From<VaultError> for SessionError {
    fn from(error: VaultError) -> Self {
        match error {
            VaultError::WrongPassphrase => SessionError::WrongPassphrase,
            VaultError::WrongRecovery => SessionError::WrongRecovery,
            VaultError::RecoveryKitRequired => SessionError::RecoveryKitRequired,
            VaultError::RecoveryKitMissing => SessionError::RecoveryKitMissing,
            VaultError::RandomnessUnavailable(_) => SessionError::Keys(error.to_string()),
            other => SessionError::Unreadable(other.to_string()),
        }
    }
}

impl From<ContentsError> for SessionError {
    fn from(error: ContentsError) -> Self {
        SessionError::Unreadable(error.to_string())
    }
}

impl From<KeyError> for SessionError {
    fn from(error: KeyError) -> Self {
        SessionError::Keys(error.to_string())
    }
}

/// The session, shared through context. All fields are reactive handles, so it is `Copy`.
#[derive(Clone, Copy)]
pub struct Session {
    pub(super) phase: RwSignal<Phase>,
    pub(super) contents: RwSignal<Option<VaultContents>>,
    /// The findings of `contents`, kept up to date edit by edit.
    pub(super) findings: RwSignal<Findings>,
    pub(super) vault: StoredValue<Option<Vault>>,
    pub(super) questions: RwSignal<Option<[SecurityQuestion; 3]>>,
    /// The version of the answer rules the stored workspace's recovery key was derived under:
    /// kept on every save, since saving does not derive that key again.
    pub(super) answer_normalization: StoredValue<u32>,
    pub(super) revision: StoredValue<u64>,
    /// Whether the open workspace (or, while locked, the stored one) is recovered with a
    /// recovery kit; `false` for a workspace made before kits existed, until the user makes one.
    pub(super) recovery_kit: RwSignal<bool>,
    /// This tab's name, written into every copy it saves (`None` only if the device gave no
    /// random numbers, when nothing can be encrypted anyway).
    pub(super) tab: Option<TabId>,
    pub(super) quarantined: RwSignal<Vec<String>>,
    /// Whether storage holds a copy saved by a newer version of the editor (`newer_version`).
    pub(super) saved_by_newer: RwSignal<bool>,
    /// Whether the open workspace is the example: held in memory only, never saved.
    pub(super) example: RwSignal<bool>,
    pub(super) autosave: super::autosave::Autosave,
}

impl Session {
    /// Reads this browser's storage and provides the session to every component below.
    pub fn provide() -> Session {
        let session = Session {
            phase: RwSignal::new(Phase::NoWorkspace),
            contents: RwSignal::new(None),
            findings: RwSignal::new(Findings::default()),
            vault: StoredValue::new(None),
            questions: RwSignal::new(None),
            answer_normalization: StoredValue::new(ANSWER_NORMALIZATION_VERSION),
            revision: StoredValue::new(0),
            recovery_kit: RwSignal::new(true),
            tab: TabId::generate().ok(),
            quarantined: RwSignal::new(Vec::new()),
            saved_by_newer: RwSignal::new(false),
            example: RwSignal::new(false),
            autosave: super::autosave::Autosave::new(),
        };
        session.look_for_workspace();
        provide_context(session);
        session.autosave.watch(session);
        super::auto_lock::watch(session);
        session
    }

    /// The session provided by [`Session::provide`].
    pub fn expect() -> Session {
        expect_context::<Session>()
    }

    /// Where the user is (tracked).
    pub fn phase(&self) -> Phase {
        self.phase.get()
    }

    /// The security questions of the stored workspace (tracked), for recovery.
    pub fn questions(&self) -> Option<[SecurityQuestion; 3]> {
        self.questions.get()
    }

    /// The autosave status and tab-conflict state.
    pub fn autosave(&self) -> super::autosave::Autosave {
        self.autosave
    }

    /// Quarantine keys of stored values that could not be read (tracked).
    pub fn quarantined(&self) -> Vec<String> {
        self.quarantined.get()
    }

    /// Reads from the decrypted contents (tracked); `None` while locked.
    pub fn with_contents<R>(&self, read: impl FnOnce(&VaultContents) -> R) -> Option<R> {
        self.contents.with(|contents| contents.as_ref().map(read))
    }

    /// Reads from the decrypted contents without tracking (for event handlers and use cases);
    /// `None` while locked.
    pub fn with_contents_untracked<R>(&self, read: impl FnOnce(&VaultContents) -> R) -> Option<R> {
        self.contents
            .with_untracked(|contents| contents.as_ref().map(read))
    }

    /// The decrypted contents signal, for fine-grained reads (memos over one field).
    pub fn contents(&self) -> RwSignal<Option<VaultContents>> {
        self.contents
    }

    /// The findings of the open workspace (empty while locked), kept up to date by every edit.
    pub fn findings(&self) -> RwSignal<Findings> {
        self.findings
    }

    /// Changes the decrypted contents anywhere (adding, removing or restoring whole parts),
    /// re-checks the whole workspace and schedules an autosave. A change to one field should go
    /// through [`Session::edit_at`], which re-checks only what that field can affect.
    pub fn edit(&self, change: impl FnOnce(&mut VaultContents)) {
        if self.apply(change) {
            self.refresh_findings();
        }
    }

    /// Changes the field (or item, or list) at `path` — such as a business partner's name —
    /// re-checks only the scopes that path can affect, and schedules an autosave. This is the
    /// keystroke path: its cost does not grow with the size of the workspace.
    pub fn edit_at(&self, path: &FieldPath, change: impl FnOnce(&mut VaultContents)) {
        if self.apply(change) {
            let today = today();
            self.contents.with_untracked(|contents| {
                if let Some(contents) = contents {
                    self.findings
                        .update(|findings| findings.revalidate(&contents.workspace, path, today));
                }
            });
        }
    }

    fn apply(&self, change: impl FnOnce(&mut VaultContents)) -> bool {
        let mut changed = false;
        self.contents.update(|contents| {
            if let Some(contents) = contents {
                change(contents);
                changed = true;
            }
        });
        // The example is never saved: nothing it holds may reach this browser's storage.
        if changed && !self.example.get_untracked() {
            self.autosave.schedule(*self);
        }
        changed
    }

    fn refresh_findings(&self) {
        let findings = self.contents.with_untracked(|contents| {
            contents
                .as_ref()
                .map(|contents| validate(&contents.workspace, today()))
                .unwrap_or_default()
        });
        self.findings.set(findings);
    }

    /// Onboarding: creates the encrypted workspace around `contents` (made beforehand, so the
    /// recovery kit can show its signing key's fingerprint), recoverable with `recovery_key`
    /// and the answers, and opens it.
    pub fn create(
        &self,
        passphrase: &str,
        questions: [SecurityQuestion; 3],
        answers: &[String; 3],
        recovery_key: &RecoveryKey,
        contents: VaultContents,
    ) -> Result<(), SessionError> {
        let context = ClearContext {
            questions,
            answer_normalization: ANSWER_NORMALIZATION_VERSION,
            writer: self.tab,
        };
        let normalized = normalized_answers(ANSWER_NORMALIZATION_VERSION, answers)?;
        let bytes = contents.to_bytes();
        let secret = RecoverySecret {
            key: recovery_key,
            answers: normalized.each_ref().map(String::as_str),
        };
        let (vault, _) = Vault::create(
            &typed_passphrase(passphrase),
            &secret,
            &context.to_bytes(),
            &bytes,
            KdfPolicy::PRODUCT,
        )?;
        let revision = DraftSlots::new(&BrowserStorage)
            .save(0, |revision| context.seal(&vault, &bytes, revision))?;
        self.open(vault, contents, context, revision);
        Ok(())
    }

    /// Opens the example workspace, in `language`, in memory only: no vault, no key stored,
    /// no save. Offered only where this browser has no workspace, so it never stands in for one.
    pub fn open_example(&self, language: crate::domain::Language) -> Result<(), SessionError> {
        let contents = VaultContents::example(language, today())?;
        self.vault.set_value(None);
        self.recovery_kit.set(true);
        self.example.set(true);
        self.contents.set(Some(contents));
        self.refresh_findings();
        self.autosave.opened();
        self.phase.set(Phase::Unlocked);
        Ok(())
    }

    /// Whether the open workspace is the example (tracked).
    pub fn is_example(&self) -> bool {
        self.example.get()
    }

    /// Leaves the example: everything it held is dropped and the first screen shows again.
    pub fn leave_example(&self) {
        super::lock::leave_focused_field();
        self.contents.set(None);
        self.findings.set(Findings::default());
        self.example.set(false);
        self.autosave.opened();
        self.look_for_workspace();
    }

    /// Opens the stored workspace with the passphrase. A newest copy that fails to decrypt
    /// (damaged after it was written) is moved aside and the other copy is used. A copy in an
    /// older format or with weaker key-derivation settings is saved again, upgraded, at once.
    pub fn unlock(&self, passphrase: &str) -> Result<(), SessionError> {
        self.open_stored(|sealed, context| {
            let Opened {
                vault,
                plaintext,
                needs_saving,
            } = Vault::unlock(
                sealed,
                context,
                &typed_passphrase(passphrase),
                KdfPolicy::PRODUCT,
            )?;
            Ok((vault, plaintext, needs_saving.then_some(Rewrite::OneSlot)))
        })
    }

    /// Forgotten passphrase: opens with the recovery key and the answers (the answers alone
    /// only for a workspace that has no kit yet) and sets `new_passphrase`. With a kit, the
    /// workspace goes under a new data key in both stored copies.
    pub fn recover(
        &self,
        recovery_key: Option<&RecoveryKey>,
        answers: &[String; 3],
        new_passphrase: &str,
    ) -> Result<(), SessionError> {
        let version = self.answer_normalization.get_value();
        let normalized = normalized_answers(version, answers)?;
        let answers = normalized.each_ref().map(String::as_str);
        let proof = match recovery_key {
            Some(key) => RecoveryProof::Kit(RecoverySecret { key, answers }),
            None => RecoveryProof::AnswersOnly(answers),
        };
        let new_passphrase = typed_passphrase(new_passphrase);
        self.open_stored(|sealed, context| {
            let (vault, plaintext) =
                Vault::recover(sealed, context, proof, &new_passphrase, KdfPolicy::PRODUCT)?;
            let rewrite = if vault.has_recovery_kit() {
                Rewrite::BothSlots
            } else {
                Rewrite::OneSlot
            };
            Ok((vault, plaintext, Some(rewrite)))
        })
    }

    /// Settings: checks the passphrase before a change of secrets is offered.
    pub fn verify_passphrase(&self, passphrase: &str) -> Result<(), SessionError> {
        let checked = self.vault.with_value(|vault| {
            vault
                .as_ref()
                .map(|vault| vault.verify_passphrase(&typed_passphrase(passphrase)))
        });
        checked
            .ok_or(SessionError::NoWorkspace)?
            .map_err(Into::into)
    }

    /// Settings: replaces the passphrase. The workspace goes under a new data key, written to
    /// both stored copies, so the old passphrase opens no copy saved from now on.
    pub fn change_passphrase(&self, current: &str, new: &str) -> Result<(), SessionError> {
        self.change_keys(|vault, _| {
            vault.change_passphrase(
                &typed_passphrase(current),
                &typed_passphrase(new),
                KdfPolicy::PRODUCT,
            )?;
            Ok(None)
        })
    }

    /// Makes the recovery kit of a workspace that has none, or replaces it (with, if chosen,
    /// other questions and answers): the workspace goes under a new data key wrapped for the
    /// new kit only, written to both stored copies, so the old kit and any answers-only wrap
    /// open no copy saved from now on. The caller has shown the kit and had it confirmed, and
    /// (from Settings) checked the passphrase.
    pub fn replace_recovery_kit(
        &self,
        questions: [SecurityQuestion; 3],
        answers: &[String; 3],
        recovery_key: &RecoveryKey,
    ) -> Result<(), SessionError> {
        let normalized = normalized_answers(ANSWER_NORMALIZATION_VERSION, answers)?;
        let secret = RecoverySecret {
            key: recovery_key,
            answers: normalized.each_ref().map(String::as_str),
        };
        self.change_keys(|vault, _| {
            vault.replace_recovery_kit(&secret, KdfPolicy::PRODUCT)?;
            Ok(Some(ClearContext {
                questions,
                answer_normalization: ANSWER_NORMALIZATION_VERSION,
                writer: None,
            }))
        })
    }

    /// Whether the workspace is recovered with a recovery kit (tracked); `false` means the
    /// answers alone still open it and the user must be told so.
    pub fn has_recovery_kit(&self) -> bool {
        self.recovery_kit.get()
    }

    /// Applies a change of secrets to the open vault on top of the newest stored copy, then
    /// writes the workspace to both slots. `change` may return a new clear context.
    fn change_keys(
        &self,
        change: impl FnOnce(&mut Vault, ClearContext) -> Result<Option<ClearContext>, SessionError>,
    ) -> Result<(), SessionError> {
        self.autosave.flush(*self);
        let slots = DraftSlots::new(&BrowserStorage);
        let loaded = slots.load::<StoredWorkspace>(now_ms())?;
        let stored = loaded.newest.ok_or(SessionError::NoWorkspace)?;
        let ours = self.revision.get_value();
        if stored.revision != ours {
            return Err(SaveError::Conflict {
                stored: stored.revision,
                ours,
            }
            .into());
        }
        let bytes = self
            .contents
            .with_untracked(|contents| contents.as_ref().map(VaultContents::to_bytes));
        let bytes = bytes.ok_or(SessionError::NoWorkspace)?;
        let context = stored.sealed.context();
        let result = self.vault.try_update_value(
            |vault| -> Result<(u64, ClearContext, bool), SessionError> {
                let open = vault.as_mut().ok_or(SessionError::NoWorkspace)?;
                let mut changed = open.clone();
                let context = ClearContext {
                    writer: self.tab,
                    ..change(&mut changed, context)?.unwrap_or(context)
                };
                let revision = slots
                    .save_in_both(ours, |revision| context.seal(&changed, &bytes, revision))?;
                let has_kit = changed.has_recovery_kit();
                *open = changed;
                Ok((revision, context, has_kit))
            },
        );
        let (revision, context, has_kit) = result.unwrap_or(Err(SessionError::NoWorkspace))?;
        self.revision.set_value(revision);
        self.set_context(context);
        self.recovery_kit.set(has_kit);
        Ok(())
    }

    /// The clear context every save of the open workspace stores beside it.
    pub(super) fn clear_context(&self) -> Option<ClearContext> {
        Some(ClearContext {
            questions: self.questions.get_untracked()?,
            answer_normalization: self.answer_normalization.get_value(),
            writer: self.tab,
        })
    }

    fn set_context(&self, context: ClearContext) {
        self.questions.set(Some(context.questions));
        self.answer_normalization
            .set_value(context.answer_normalization);
    }

    /// Locks (the Lock buttons): saves what is pending, then drops the keys and the decrypted
    /// contents. When that save cannot happen the workspace stays open and the typed reason is
    /// kept in [`Session::lock_refusal`] for the shell to show; [`Session::try_lock`] is the
    /// same step returning it.
    pub fn lock(&self) {
        super::lock::lock(*self, super::lock::LockKind::Manual);
    }

    /// Looks at storage (at start, and after the other tab changed it).
    pub fn look_for_workspace(&self) {
        let loaded = DraftSlots::new(&BrowserStorage).load::<StoredWorkspace>(now_ms());
        match loaded {
            Ok(loaded) => {
                self.note_quarantined(loaded.quarantined);
                self.note_newer_version(!loaded.newer.is_empty());
                match loaded.newest {
                    Some(stored) => {
                        self.set_context(stored.sealed.context());
                        self.recovery_kit
                            .set(stored.sealed.vault.recovery_wrap.is_some());
                        self.phase.set(Phase::Locked);
                    }
                    // Not onboarding over a newer version's copy: locked, with the notice.
                    None if !loaded.newer.is_empty() => self.phase.set(Phase::Locked),
                    None => self.phase.set(Phase::NoWorkspace),
                }
            }
            Err(error) => {
                leptos::logging::warn!("storage could not be read: {error}");
                self.phase.set(Phase::NoWorkspace);
            }
        }
    }

    /// The revision this tab last loaded or saved.
    pub fn revision(&self) -> u64 {
        self.revision.get_value()
    }

    /// After another tab wrote to storage: whether the newest stored copy is another tab's save
    /// over this tab's (a newer revision, or this tab's revision written by another tab in the
    /// same moment), so this tab must not take its own save for granted.
    pub(super) fn another_tab_saved_over_this_one(&self) -> bool {
        use crate::storage::backend::KeyValueStore;
        use crate::storage::draft_slots::SLOT_KEYS;
        let values: Vec<String> = SLOT_KEYS
            .iter()
            .filter_map(|key| BrowserStorage.get(key).ok().flatten())
            .collect();
        super::stored_workspace::CopyHeader::newest(values.iter().map(String::as_str))
            .is_some_and(|newest| newest.is_another_tabs_save(self.revision.get_value(), self.tab))
    }

    /// Reports values kept aside at start (see [`adopt_storage_of_earlier_versions`]).
    pub fn note_kept_aside(&self, keys: Vec<String>) {
        self.note_quarantined(keys);
    }

    fn note_quarantined(&self, keys: Vec<String>) {
        if !keys.is_empty() {
            self.quarantined.update(|all| all.extend(keys));
        }
    }

    fn open(&self, vault: Vault, contents: VaultContents, context: ClearContext, revision: u64) {
        self.recovery_kit.set(vault.has_recovery_kit());
        self.vault.set_value(Some(vault));
        self.revision.set_value(revision);
        self.set_context(context);
        self.contents.set(Some(contents));
        self.refresh_findings();
        self.autosave.opened();
        self.phase.set(Phase::Unlocked);
    }

    /// Opens the newest stored copy with `open` (given the sealed copy and its clear context
    /// as bytes), which also says whether the copy must be written again at once: upgraded
    /// (one slot), or under a new data key (both slots).
    fn open_stored(
        &self,
        open: impl Fn(
            &SealedWorkspace,
            &[u8],
        )
            -> Result<(Vault, crate::crypto::vault::Plaintext, Option<Rewrite>), VaultError>,
    ) -> Result<(), SessionError> {
        let slots = DraftSlots::new(&BrowserStorage);
        for _ in 0..2 {
            let loaded = slots.load::<StoredWorkspace>(now_ms())?;
            self.note_quarantined(loaded.quarantined);
            if !loaded.newer.is_empty() {
                self.note_newer_version(true);
                return Err(SessionError::SavedByNewerVersion);
            }
            let (Some(stored), Some(slot)) = (loaded.newest, loaded.newest_slot) else {
                self.phase.set(Phase::NoWorkspace);
                return Err(SessionError::NoWorkspace);
            };
            let context = stored.sealed.context();
            let copy_is_consistent = stored.revision == stored.sealed.vault.revision;
            let opened = if copy_is_consistent {
                open(&stored.sealed.vault, &context.to_bytes())
            } else {
                Err(VaultError::Tampered)
            };
            match opened {
                Ok((vault, plaintext, rewrite)) => {
                    let contents = VaultContents::from_bytes(&plaintext)
                        .map_err(|error| self.contents_error(error))?;
                    let bytes = contents.to_bytes();
                    let ours = ClearContext {
                        writer: self.tab,
                        ..context
                    };
                    let seal = |next| ours.seal(&vault, &bytes, next);
                    let revision = match rewrite {
                        None => stored.revision,
                        Some(Rewrite::OneSlot) => slots.save(stored.revision, seal)?,
                        Some(Rewrite::BothSlots) => slots.save_in_both(stored.revision, seal)?,
                    };
                    self.open(vault, contents, context, revision);
                    return Ok(());
                }
                Err(VaultError::Tampered | VaultError::Malformed) => {
                    let key = slots.quarantine_slot(
                        slot,
                        "the encrypted copy failed its integrity check",
                        now_ms(),
                    )?;
                    self.note_quarantined(vec![key]);
                }
                Err(other) => return Err(other.into()),
            }
        }
        Err(SessionError::Unreadable(
            "no intact copy is left".to_owned(),
        ))
    }

    /// Saves what is pending, then drops the keys and the decrypted contents; when the save
    /// cannot happen (storage full, another tab saved, any save error) nothing is dropped and
    /// the reason is returned, so a lock never loses edits.
    pub fn try_lock(&self) -> Result<(), super::lock::LockRefused> {
        // The example has nothing to lock and nothing to save: locking it leaves it.
        if self.example.get_untracked() {
            self.leave_example();
            return Ok(());
        }
        self.autosave.save_before_lock(*self)?;
        super::lock::leave_focused_field();
        self.vault.set_value(None);
        self.contents.set(None);
        self.findings.set(Findings::default());
        self.phase.set(Phase::Locked);
        Ok(())
    }

    /// The lock (manual or automatic) that was refused and why, while the workspace stays open
    /// because of it (tracked): the shell shows it with what to do.
    pub fn lock_refusal(&self) -> Option<super::lock::LockRefusal> {
        self.autosave.lock.refusal()
    }
}
