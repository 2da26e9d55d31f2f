//! The open workspace: the decrypted contents and their findings, and the one way to change
//! them. Every edit goes through here, so the findings are always those of the contents the
//! user sees, and every change that must reach storage is reported to whoever saves it.
//!
//! It knows nothing of keys or storage: opening and closing are the session's, saving is the
//! autosave's, which listens through `OpenWorkspace::on_change`.

use leptos::prelude::*;
use zeroize::Zeroizing;

use super::clock::today;
use super::vault_contents::VaultContents;
use crate::domain::FieldPath;
use crate::domain::validation::{Findings, validate};

/// The decrypted contents and their findings (all reactive handles, so `Copy`).
#[derive(Clone, Copy)]
pub struct OpenWorkspace {
    contents: RwSignal<Option<VaultContents>>,
    /// The findings of `contents`, kept up to date edit by edit.
    findings: RwSignal<Findings>,
    /// Whether the open workspace is the example: held in memory only, never saved.
    example: RwSignal<bool>,
    /// Told of every change that must be saved (never of the example's).
    on_change: StoredValue<Option<Callback<()>>>,
}

impl OpenWorkspace {
    pub(super) fn new() -> Self {
        OpenWorkspace {
            contents: RwSignal::new(None),
            findings: RwSignal::new(Findings::default()),
            example: RwSignal::new(false),
            on_change: StoredValue::new(None),
        }
    }

    /// Sets who is told of changes to save (the autosave).
    pub(super) fn on_change(&self, listener: Callback<()>) {
        self.on_change.set_value(Some(listener));
    }

    /// Reads from the decrypted contents (tracked); `None` while locked.
    pub fn with_contents<R>(&self, read: impl FnOnce(&VaultContents) -> R) -> Option<R> {
        self.contents.with(|contents| contents.as_ref().map(read))
    }

    /// Reads from the decrypted contents without tracking (event handlers, use cases, saving).
    pub fn with_contents_untracked<R>(&self, read: impl FnOnce(&VaultContents) -> R) -> Option<R> {
        self.contents
            .with_untracked(|contents| contents.as_ref().map(read))
    }

    /// The decrypted contents signal, for fine-grained reads (memos over one field).
    pub fn contents(&self) -> RwSignal<Option<VaultContents>> {
        self.contents
    }

    /// The findings (empty while locked), kept up to date by every edit.
    pub fn findings(&self) -> RwSignal<Findings> {
        self.findings
    }

    /// Whether the open workspace is the example (tracked).
    pub fn is_example(&self) -> bool {
        self.example.get()
    }

    /// Whether the open workspace is the example, without tracking.
    pub(super) fn is_example_untracked(&self) -> bool {
        self.example.get_untracked()
    }

    /// Changes the contents anywhere (adding, removing or restoring whole parts) and re-checks
    /// the whole workspace. A change to one field should go through
    /// [`OpenWorkspace::edit_at`], which re-checks only what that field can affect.
    pub fn edit(&self, change: impl FnOnce(&mut VaultContents)) {
        if self.apply(change) {
            self.refresh_findings();
        }
    }

    /// Changes the field (or item, or list) at `path` — such as a business partner's name —
    /// and re-checks only the scopes that path can affect. This is the keystroke path: its cost
    /// does not grow with the size of the workspace.
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
        if changed
            && !self.example.get_untracked()
            && let Some(listener) = self.on_change.get_value()
        {
            listener.run(());
        }
        changed
    }

    /// The contents as the bytes the vault seals; `None` while locked.
    pub(super) fn sealable_bytes(&self) -> Option<Zeroizing<Vec<u8>>> {
        self.with_contents_untracked(VaultContents::to_bytes)
    }

    /// Shows `contents` (opened, created, or the example) with all their findings.
    pub(super) fn show(&self, contents: VaultContents, example: bool) {
        self.example.set(example);
        self.contents.set(Some(contents));
        self.refresh_findings();
    }

    /// Drops the contents and their findings (locked, or the example left).
    pub(super) fn close(&self) {
        self.contents.set(None);
        self.findings.set(Findings::default());
        self.example.set(false);
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
}
