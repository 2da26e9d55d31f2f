//! The link between the open workspace and this browser's storage: the open vault (the keys),
//! the revision this tab last loaded or saved, the clear context stored beside every copy, and
//! what storage was found to hold (copies kept aside, a newer version's copy).
//!
//! Every encrypted copy is sealed here and nowhere else, and every draft-slot write happens
//! here: the autosave (`Persistence::save`), the first save of a new workspace
//! (`Persistence::create`), the upgrade of an older copy on opening
//! (`Persistence::open_stored`) and the rewrite after a change of keys
//! (`Persistence::change_keys`), so the write protocol of the draft slots (and its refusals)
//! holds for each of them. The copy an import keeps for undo is sealed here too
//! (`Persistence::seal_current`).

use leptos::prelude::*;

use super::clock::now_ms;
use super::session_error::SessionError;
use super::stored_workspace::{ClearContext, StoredWorkspace, TabId};
use super::vault_contents::VaultContents;
use crate::crypto::vault::{Plaintext, SealedWorkspace, Vault, VaultError};
use crate::domain::onboarding::{ANSWER_NORMALIZATION_VERSION, SecurityQuestion};
use crate::storage::backend::BrowserStorage;
use crate::storage::draft_slots::{DraftSlots, SaveError};

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
pub(super) enum Rewrite {
    /// The copy was upgraded (format, key-derivation settings): the next slot is enough.
    OneSlot,
    /// The workspace is under a new data key: both slots, so no copy under the old key stays.
    BothSlots,
}

/// What this browser's storage was found to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Found {
    /// A workspace this version reads, to be unlocked.
    Workspace,
    /// Only a copy saved by a newer version: locked, with the notice, never onboarding over it.
    NewerVersionOnly,
    /// No workspace.
    Nothing,
}

/// The storage side of the session (all reactive handles, so `Copy`).
#[derive(Clone, Copy)]
pub struct Persistence {
    vault: StoredValue<Option<Vault>>,
    revision: StoredValue<u64>,
    questions: RwSignal<Option<[SecurityQuestion; 3]>>,
    /// The version of the answer rules the stored workspace's recovery key was derived under:
    /// kept on every save, since saving does not derive that key again.
    answer_normalization: StoredValue<u32>,
    /// Whether the open workspace (or, while locked, the stored one) is recovered with a
    /// recovery kit; `false` for a workspace made before kits existed, until the user makes one.
    recovery_kit: RwSignal<bool>,
    /// This tab's name, written into every copy it saves (`None` only if the device gave no
    /// random numbers, when nothing can be encrypted anyway).
    tab: Option<TabId>,
    quarantined: RwSignal<Vec<String>>,
    /// Whether storage holds a copy saved by a newer version of the editor (`newer_version`).
    pub(super) saved_by_newer: RwSignal<bool>,
}

impl Persistence {
    pub(super) fn new() -> Self {
        Persistence {
            vault: StoredValue::new(None),
            revision: StoredValue::new(0),
            questions: RwSignal::new(None),
            answer_normalization: StoredValue::new(ANSWER_NORMALIZATION_VERSION),
            recovery_kit: RwSignal::new(true),
            tab: TabId::generate().ok(),
            quarantined: RwSignal::new(Vec::new()),
            saved_by_newer: RwSignal::new(false),
        }
    }

    /// The revision this tab last loaded or saved.
    pub fn revision(&self) -> u64 {
        self.revision.get_value()
    }

    /// This tab's name, as written into the copies it saves.
    pub(super) fn tab(&self) -> Option<TabId> {
        self.tab
    }

    /// The security questions of the stored workspace (tracked), for recovery.
    pub fn questions(&self) -> Option<[SecurityQuestion; 3]> {
        self.questions.get()
    }

    /// The version of the answer rules the stored workspace's answers were set under.
    pub(super) fn answer_normalization(&self) -> u32 {
        self.answer_normalization.get_value()
    }

    /// Whether the workspace is recovered with a recovery kit (tracked).
    pub fn has_recovery_kit(&self) -> bool {
        self.recovery_kit.get()
    }

    /// Quarantine keys of stored values that could not be read (tracked).
    pub fn quarantined(&self) -> Vec<String> {
        self.quarantined.get()
    }

    /// Adds values moved aside to what Settings lists.
    pub(super) fn note_quarantined(&self, keys: Vec<String>) {
        if !keys.is_empty() {
            self.quarantined.update(|all| all.extend(keys));
        }
    }

    /// Drops the keys (locked, or the example shown).
    pub(super) fn forget_keys(&self) {
        self.vault.set_value(None);
    }

    /// The clear context every save of the open workspace stores beside it.
    fn clear_context(&self) -> Option<ClearContext> {
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

    /// Seals `bytes` as the current revision with the open keys, without storing it (the copy
    /// an import keeps for undo); `None` while locked.
    pub(super) fn seal_current(&self, bytes: &[u8]) -> Option<Result<StoredWorkspace, VaultError>> {
        let context = self.clear_context()?;
        let revision = self.revision.get_value();
        self.vault.with_value(|vault| {
            vault
                .as_ref()
                .map(|vault| context.seal(vault, bytes, revision))
        })
    }

    /// Opens `sealed` (a copy this workspace stored: a slot, the undo copy, a copy kept aside)
    /// with the open keys; `None` while locked.
    pub(super) fn open_own(
        &self,
        sealed: &StoredWorkspace,
    ) -> Option<Result<Plaintext, VaultError>> {
        let context = sealed.context().to_bytes();
        self.vault.with_value(|vault| {
            vault
                .as_ref()
                .map(|vault| vault.open_own(&sealed.vault, &context))
        })
    }

    /// Seals `bytes` with the open keys and saves them as the next revision on top of
    /// `on_top_of`; the revision saved, or `None` while locked (nothing to save).
    pub(super) fn save(&self, on_top_of: u64, bytes: &[u8]) -> Result<Option<u64>, SaveError> {
        let Some(context) = self.clear_context() else {
            return Ok(None);
        };
        let saved = self.vault.with_value(|vault| {
            let vault = vault.as_ref()?;
            Some(
                DraftSlots::new(&BrowserStorage)
                    .save(on_top_of, |revision| context.seal(vault, bytes, revision)),
            )
        });
        let Some(revision) = saved.transpose()? else {
            return Ok(None);
        };
        self.revision.set_value(revision);
        Ok(Some(revision))
    }

    /// Saves a new workspace for the first time under `vault`, and keeps its keys.
    pub(super) fn create(
        &self,
        vault: Vault,
        context: ClearContext,
        bytes: &[u8],
    ) -> Result<(), SaveError> {
        let context = ClearContext {
            writer: self.tab,
            ..context
        };
        let revision = DraftSlots::new(&BrowserStorage)
            .save(0, |revision| context.seal(&vault, bytes, revision))?;
        self.hold(vault, context, revision);
        Ok(())
    }

    /// Keeps the keys of the opened copy and what it was stored with.
    fn hold(&self, vault: Vault, context: ClearContext, revision: u64) {
        self.recovery_kit.set(vault.has_recovery_kit());
        self.vault.set_value(Some(vault));
        self.revision.set_value(revision);
        self.set_context(context);
    }

    /// Shows no recovery-kit notice while the example (which has no keys) is open.
    pub(super) fn hold_no_keys(&self) {
        self.vault.set_value(None);
        self.recovery_kit.set(true);
    }

    /// Looks at storage (at start, after the other tab changed it, after the example).
    pub(super) fn look(&self) -> Found {
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
                        Found::Workspace
                    }
                    None if !loaded.newer.is_empty() => Found::NewerVersionOnly,
                    None => Found::Nothing,
                }
            }
            Err(error) => {
                leptos::logging::warn!("storage could not be read: {error}");
                Found::Nothing
            }
        }
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

    /// Opens the newest stored copy with `open` (given the sealed copy and its clear context
    /// as bytes), which also says whether the copy must be written again at once: upgraded
    /// (one slot), or under a new data key (both slots). A newest copy that fails its integrity
    /// check is moved aside and the other copy is tried. The keys are kept only on success, and
    /// the decrypted contents returned.
    /// `open` derives keys, so it is awaited; the page goes on meanwhile, and a copy another
    /// tab saves in that time is noticed by the revision checks of the next write, as always.
    pub(super) async fn open_stored(
        &self,
        open: impl AsyncFn(
            &SealedWorkspace,
            &[u8],
        ) -> Result<(Vault, Plaintext, Option<Rewrite>), VaultError>,
    ) -> Result<VaultContents, SessionError> {
        let slots = DraftSlots::new(&BrowserStorage);
        for _ in 0..2 {
            let loaded = slots.load::<StoredWorkspace>(now_ms())?;
            self.note_quarantined(loaded.quarantined);
            if !loaded.newer.is_empty() {
                self.note_newer_version(true);
                return Err(SessionError::SavedByNewerVersion);
            }
            let (Some(stored), Some(slot)) = (loaded.newest, loaded.newest_slot) else {
                return Err(SessionError::NoWorkspace);
            };
            let context = stored.sealed.context();
            let copy_is_consistent = stored.revision == stored.sealed.vault.revision;
            let opened = if copy_is_consistent {
                open(&stored.sealed.vault, &context.to_bytes()).await
            } else {
                Err(VaultError::Tampered)
            };
            match opened {
                Ok((vault, plaintext, rewrite)) => {
                    // Decrypting and reading a large workspace are two tasks, so the page
                    // answers input between them.
                    super::clock::wait(0).await;
                    let contents = VaultContents::from_bytes(&plaintext)
                        .map_err(|error| self.contents_error(error))?;
                    let ours = ClearContext {
                        writer: self.tab,
                        ..context
                    };
                    // Written again only when upgraded or re-keyed: serializing a large
                    // workspace costs the unlock tens of milliseconds.
                    let seal = |bytes: &[u8], next| ours.seal(&vault, bytes, next);
                    let revision = match rewrite {
                        None => stored.revision,
                        Some(Rewrite::OneSlot) => {
                            let bytes = contents.to_bytes();
                            slots.save(stored.revision, |next| seal(&bytes, next))?
                        }
                        Some(Rewrite::BothSlots) => {
                            let bytes = contents.to_bytes();
                            slots.save_in_both(stored.revision, |next| seal(&bytes, next))?
                        }
                    };
                    self.hold(vault, context, revision);
                    return Ok(contents);
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

    /// Puts `changed` (a copy of the open keys, with changed secrets) in place of the open keys
    /// on top of the newest stored copy, writing `bytes` (the open workspace, saved just before)
    /// to both slots under it, so no copy under the old secrets stays. `new_context` replaces
    /// the stored clear context when the questions changed. Nothing changes if the workspace
    /// was locked meanwhile or another tab saved since this one.
    pub(super) fn change_keys(
        &self,
        bytes: &[u8],
        changed: Vault,
        new_context: Option<ClearContext>,
    ) -> Result<(), SessionError> {
        if self.vault.with_value(Option::is_none) {
            return Err(SessionError::NoWorkspace);
        }
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
        let context = ClearContext {
            writer: self.tab,
            ..new_context.unwrap_or(stored.sealed.context())
        };
        let revision =
            slots.save_in_both(ours, |revision| context.seal(&changed, bytes, revision))?;
        self.recovery_kit.set(changed.has_recovery_kit());
        self.vault.set_value(Some(changed));
        self.revision.set_value(revision);
        self.set_context(context);
        Ok(())
    }

    /// Reads the open keys (checking a passphrase); `None` while locked.
    pub(super) fn with_vault<R>(&self, read: impl FnOnce(&Vault) -> R) -> Option<R> {
        self.vault.with_value(|vault| vault.as_ref().map(read))
    }
}
