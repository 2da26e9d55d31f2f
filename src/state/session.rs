//! The workspace session: whether this browser has a workspace yet (onboarding), whether it is
//! locked, and, once unlocked, what is open. Every way in (create, unlock, recover, the example)
//! and out (lock, leaving the example) goes through here, so the keys ([`Persistence`]) and the
//! decrypted contents ([`OpenWorkspace`]) are opened and dropped together.
//!
//! The session only composes: editing is the open workspace's, sealing and storing is
//! persistence's, saving on a timer is the autosave's, locking is `state::lock`'s.

use leptos::prelude::*;

use super::autosave::Autosave;
use super::key_derivation::BrowserKeyDerivation;
use super::lock_refusal::LockState;
use super::open_workspace::OpenWorkspace;
use super::persistence::{Found, Persistence, Rewrite};
use super::session_error::SessionError;
use super::stored_workspace::ClearContext;
use super::vault_contents::VaultContents;
use crate::crypto::kdf::KdfPolicy;
use crate::crypto::recovery_key::RecoveryKey;
use crate::crypto::vault::{
    Opened, Plaintext, RecoveryProof, RecoverySecret, SealedWorkspace, Vault, VaultError,
};
use crate::domain::FieldPath;
use crate::domain::onboarding::{
    ANSWER_NORMALIZATION_VERSION, SecurityQuestion, normalize_answer_under,
};
use crate::domain::validation::Findings;
use crate::state::clock::today;
use crate::state::passphrase_input::typed_passphrase;

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

/// The session, shared through context. All fields are reactive handles, so it is `Copy`.
#[derive(Clone, Copy)]
pub struct Session {
    phase: RwSignal<Phase>,
    workspace: OpenWorkspace,
    persistence: Persistence,
    autosave: Autosave,
    /// A lock refused because its save could not happen, shown until it is settled.
    lock: LockState,
}

impl Session {
    /// A session with nothing open and storage not yet looked at (see `state::provide_session`,
    /// which also starts its watchers).
    pub(super) fn new() -> Session {
        let workspace = OpenWorkspace::new();
        let persistence = Persistence::new();
        Session {
            phase: RwSignal::new(Phase::NoWorkspace),
            workspace,
            persistence,
            autosave: Autosave::new(workspace, persistence),
            lock: LockState::new(),
        }
    }

    /// The session provided by `state::provide_session`.
    pub fn expect() -> Session {
        expect_context::<Session>()
    }

    /// Where the user is (tracked).
    pub fn phase(&self) -> Phase {
        self.phase.get()
    }

    /// Where the user is, without tracking (event handlers and timers).
    pub(super) fn phase_untracked(&self) -> Phase {
        self.phase.get_untracked()
    }

    pub(super) fn set_phase(&self, phase: Phase) {
        self.phase.set(phase);
    }

    /// The open workspace: its contents, findings and edits.
    pub(super) fn workspace(&self) -> OpenWorkspace {
        self.workspace
    }

    /// The keys and what storage holds.
    pub(super) fn persistence(&self) -> Persistence {
        self.persistence
    }

    /// The refused lock, if any.
    pub(super) fn lock_state(&self) -> LockState {
        self.lock
    }

    /// The autosave status and tab-conflict state.
    pub fn autosave(&self) -> Autosave {
        self.autosave
    }

    /// The security questions of the stored workspace (tracked), for recovery.
    pub fn questions(&self) -> Option<[SecurityQuestion; 3]> {
        self.persistence.questions()
    }

    /// Whether the workspace is recovered with a recovery kit (tracked); `false` means the
    /// answers alone still open it and the user must be told so.
    pub fn has_recovery_kit(&self) -> bool {
        self.persistence.has_recovery_kit()
    }

    /// Quarantine keys of stored values that could not be read (tracked).
    pub fn quarantined(&self) -> Vec<String> {
        self.persistence.quarantined()
    }

    /// Reports values kept aside at start (see `persistence::adopt_storage_of_earlier_versions`).
    pub fn note_kept_aside(&self, keys: Vec<String>) {
        self.persistence.note_quarantined(keys);
    }

    /// The revision this tab last loaded or saved.
    pub fn revision(&self) -> u64 {
        self.persistence.revision()
    }

    /// Whether this browser holds a copy of the workspace saved by a newer version of the
    /// editor (tracked): every screen then says so and offers to reload into the newer build.
    pub fn saved_by_newer_version(&self) -> bool {
        self.persistence.saved_by_newer_version()
    }

    /// Reads from the decrypted contents (tracked); `None` while locked.
    pub fn with_contents<R>(&self, read: impl FnOnce(&VaultContents) -> R) -> Option<R> {
        self.workspace.with_contents(read)
    }

    /// Reads from the decrypted contents without tracking (for event handlers and use cases);
    /// `None` while locked.
    pub fn with_contents_untracked<R>(&self, read: impl FnOnce(&VaultContents) -> R) -> Option<R> {
        self.workspace.with_contents_untracked(read)
    }

    /// The decrypted contents signal, for fine-grained reads (memos over one field).
    pub fn contents(&self) -> RwSignal<Option<VaultContents>> {
        self.workspace.contents()
    }

    /// The findings of the open workspace (empty while locked), kept up to date by every edit.
    pub fn findings(&self) -> RwSignal<Findings> {
        self.workspace.findings()
    }

    /// Changes the decrypted contents anywhere (adding, removing or restoring whole parts),
    /// re-checks the whole workspace and schedules an autosave. A change to one field should go
    /// through [`Session::edit_at`], which re-checks only what that field can affect.
    pub fn edit(&self, change: impl FnOnce(&mut VaultContents)) {
        self.workspace.edit(change);
    }

    /// Changes the field (or item, or list) at `path` — such as a business partner's name —
    /// re-checks only the scopes that path can affect, and schedules an autosave. This is the
    /// keystroke path: its cost does not grow with the size of the workspace.
    pub fn edit_at(&self, path: &FieldPath, change: impl FnOnce(&mut VaultContents)) {
        self.workspace.edit_at(path, change);
    }

    /// Whether the open workspace is the example (tracked).
    pub fn is_example(&self) -> bool {
        self.workspace.is_example()
    }

    /// Onboarding: creates the encrypted workspace around `contents` (made beforehand, so the
    /// recovery kit can show its signing key's fingerprint), recoverable with `recovery_key`
    /// and the answers, and opens it. Its keys are derived in the key-derivation worker
    /// (`key_derivation`), so this is awaited, as are every unlock and change of secrets.
    pub async fn create(
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
            writer: self.persistence.tab(),
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
            &BrowserKeyDerivation::shared(),
        )
        .await?;
        self.persistence.create(vault, context, &bytes)?;
        self.show(contents, false);
        Ok(())
    }

    /// Opens the example workspace, in `language`, in memory only: no vault, no key stored,
    /// no save. Offered only where this browser has no workspace, so it never stands in for one.
    pub fn open_example(&self, language: crate::domain::Language) -> Result<(), SessionError> {
        let contents = VaultContents::example(language, today())?;
        self.persistence.hold_no_keys();
        self.show(contents, true);
        Ok(())
    }

    /// Leaves the example: everything it held is dropped and the first screen shows again.
    pub fn leave_example(&self) {
        super::focused_field::leave_focused_field();
        self.workspace.close();
        self.autosave.opened();
        self.lock.clear();
        self.look_for_workspace();
    }

    /// Shows opened `contents`, with nothing waiting to be saved and no lock refused.
    fn show(&self, contents: VaultContents, example: bool) {
        self.workspace.show(contents, example);
        self.autosave.opened();
        self.lock.clear();
        self.phase.set(Phase::Unlocked);
    }

    /// Opens the stored workspace with the passphrase. A newest copy that fails to decrypt
    /// (damaged after it was written) is moved aside and the other copy is used. A copy in an
    /// older format or with weaker key-derivation settings is saved again, upgraded, at once.
    pub async fn unlock(&self, passphrase: &str) -> Result<(), SessionError> {
        let passphrase = typed_passphrase(passphrase);
        let kdf = BrowserKeyDerivation::shared();
        self.open_stored(async |sealed, context| {
            let Opened {
                vault,
                plaintext,
                needs_saving,
            } = Vault::unlock(sealed, context, &passphrase, KdfPolicy::PRODUCT, &kdf).await?;
            Ok((vault, plaintext, needs_saving.then_some(Rewrite::OneSlot)))
        })
        .await
    }

    /// Forgotten passphrase: opens with the recovery key and the answers (the answers alone
    /// only for a workspace that has no kit yet) and sets `new_passphrase`. With a kit, the
    /// workspace goes under a new data key in both stored copies.
    pub async fn recover(
        &self,
        recovery_key: Option<&RecoveryKey>,
        answers: &[String; 3],
        new_passphrase: &str,
    ) -> Result<(), SessionError> {
        let version = self.persistence.answer_normalization();
        let normalized = normalized_answers(version, answers)?;
        let answers = normalized.each_ref().map(String::as_str);
        let proof = match recovery_key {
            Some(key) => RecoveryProof::Kit(RecoverySecret { key, answers }),
            None => RecoveryProof::AnswersOnly(answers),
        };
        let new_passphrase = typed_passphrase(new_passphrase);
        let kdf = BrowserKeyDerivation::shared();
        self.open_stored(async |sealed, context| {
            let (vault, plaintext) = Vault::recover(
                sealed,
                context,
                proof,
                &new_passphrase,
                KdfPolicy::PRODUCT,
                &kdf,
            )
            .await?;
            let rewrite = if vault.has_recovery_kit() {
                Rewrite::BothSlots
            } else {
                Rewrite::OneSlot
            };
            Ok((vault, plaintext, Some(rewrite)))
        })
        .await
    }

    /// Opens the newest stored copy with `open` (see `Persistence::open_stored`) and shows it;
    /// with no copy left, onboarding starts again.
    async fn open_stored(
        &self,
        open: impl AsyncFn(
            &SealedWorkspace,
            &[u8],
        ) -> Result<(Vault, Plaintext, Option<Rewrite>), VaultError>,
    ) -> Result<(), SessionError> {
        match self.persistence.open_stored(open).await {
            Ok(contents) => {
                // Reading a large workspace and building its first screen are two tasks, not
                // one: the page answers input and paints between them.
                super::clock::wait(0).await;
                self.show(contents, false);
                Ok(())
            }
            Err(SessionError::NoWorkspace) => {
                self.phase.set(Phase::NoWorkspace);
                Err(SessionError::NoWorkspace)
            }
            Err(error) => Err(error),
        }
    }

    /// Settings: checks the passphrase before a change of secrets is offered.
    pub async fn verify_passphrase(&self, passphrase: &str) -> Result<(), SessionError> {
        let vault = self
            .persistence
            .with_vault(Vault::clone)
            .ok_or(SessionError::NoWorkspace)?;
        vault
            .verify_passphrase(
                &typed_passphrase(passphrase),
                &BrowserKeyDerivation::shared(),
            )
            .await
            .map_err(Into::into)
    }

    /// Settings: replaces the passphrase. The workspace goes under a new data key, written to
    /// both stored copies, so the old passphrase opens no copy saved from now on.
    pub async fn change_passphrase(&self, current: &str, new: &str) -> Result<(), SessionError> {
        let (current, new) = (typed_passphrase(current), typed_passphrase(new));
        self.change_keys(async |vault| {
            vault
                .change_passphrase(
                    &current,
                    &new,
                    KdfPolicy::PRODUCT,
                    &BrowserKeyDerivation::shared(),
                )
                .await?;
            Ok(None)
        })
        .await
    }

    /// Makes the recovery kit of a workspace that has none, or replaces it (with, if chosen,
    /// other questions and answers): the workspace goes under a new data key wrapped for the
    /// new kit only, written to both stored copies, so the old kit and any answers-only wrap
    /// open no copy saved from now on. The caller has shown the kit and had it confirmed, and
    /// (from Settings) checked the passphrase.
    pub async fn replace_recovery_kit(
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
        self.change_keys(async |vault| {
            vault
                .replace_recovery_kit(&secret, KdfPolicy::PRODUCT, &BrowserKeyDerivation::shared())
                .await?;
            Ok(Some(ClearContext {
                questions,
                answer_normalization: ANSWER_NORMALIZATION_VERSION,
                writer: None,
            }))
        })
        .await
    }

    /// Applies a change of secrets to a copy of the open keys (deriving the new keys, which is
    /// awaited), then saves what is waiting, edits made meanwhile included, and writes the
    /// workspace to both slots under the changed keys.
    async fn change_keys(
        &self,
        change: impl AsyncFnOnce(&mut Vault) -> Result<Option<ClearContext>, SessionError>,
    ) -> Result<(), SessionError> {
        let mut changed = self
            .persistence
            .with_vault(Vault::clone)
            .ok_or(SessionError::NoWorkspace)?;
        let new_context = change(&mut changed).await?;
        self.autosave.flush();
        let bytes = self
            .workspace
            .sealable_bytes()
            .ok_or(SessionError::NoWorkspace)?;
        self.persistence.change_keys(&bytes, changed, new_context)
    }

    /// Looks at storage (at start, and after the other tab changed it).
    pub fn look_for_workspace(&self) {
        let phase = match self.persistence.look() {
            // Not onboarding over a newer version's copy: locked, with the notice.
            Found::Workspace | Found::NewerVersionOnly => Phase::Locked,
            Found::Nothing => Phase::NoWorkspace,
        };
        self.phase.set(phase);
    }
}
