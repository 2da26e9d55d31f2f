//! What the register pages share: the account they edit, the session's findings, whether the
//! user pressed "Save and continue", and the lists' rows added and removed.
//!
//! Each row holds a copy of its item and of its findings in signals of its own (see `row.rs`),
//! and each field reads those, so a keystroke re-renders only the field it changed. One effect
//! per page brings every row's copies up to date when the workspace or its findings change:
//! a register can hold hundreds of rows, and a keystroke must not wake every field of every row. A field's edit goes through
//! `Session::edit_at` with the field's findings path (only that item is re-checked); adding or
//! removing a row goes through `Session::edit` (the whole workspace is re-checked).

use leptos::prelude::*;

use super::items::{ListItem, RegisterItem};
use super::row::Row;
use crate::domain::model::SecurityProfile;
use crate::domain::validation::{Finding, Findings, Scope};
use crate::domain::{FieldPath, Owner};
use crate::i18n::MessageKey;
use crate::state::item_id::new_item_id;
use crate::state::{Locale, Navigation, Session, WorkspaceFindings};
use crate::ui::components::field_feedback::finding_text;
use crate::ui::field_id::field_id;

/// Brings one row's copies of its item and findings up to date.
pub(super) type RowSync = Box<dyn Fn(&SecurityProfile, &Findings) + Send + Sync>;

/// The state of one register page (all reactive handles, so `Copy`).
#[derive(Clone, Copy)]
pub struct RegisterState {
    session: Session,
    locale: Locale,
    findings: WorkspaceFindings,
    account_id: StoredValue<String>,
    /// Set by "Save and continue": from then on every field shows its message.
    pub submitted: RwSignal<bool>,
    /// The rows shown, by id, each with what keeps it up to date.
    rows: StoredValue<Vec<(String, RowSync)>>,
}

impl RegisterState {
    /// The state of the registers of account `account_id`.
    pub fn new(account_id: String) -> Self {
        let state = RegisterState {
            session: Session::expect(),
            locale: Locale::expect(),
            findings: WorkspaceFindings::expect(),
            account_id: StoredValue::new(account_id),
            submitted: RwSignal::new(Navigation::opened_to_fix()),
            rows: StoredValue::new(Vec::new()),
        };
        let contents = state.session.contents();
        let findings = state.findings.signal();
        Effect::new(move |_| {
            contents.with(|contents| {
                let account = contents.as_ref().and_then(|contents| {
                    state
                        .account_id
                        .with_value(|id| contents.workspace.account(id))
                });
                if let Some(account) = account {
                    findings.with(|findings| {
                        state.rows.with_value(|rows| {
                            for (_, sync) in rows {
                                sync(&account.profile, findings);
                            }
                        })
                    });
                }
            })
        });
        state
    }

    /// Keeps row `id` up to date with `sync` while it is shown.
    pub(super) fn follow(&self, id: String, sync: RowSync) {
        self.rows.update_value(|rows| {
            rows.retain(|(shown, _)| *shown != id);
            rows.push((id, sync));
        });
    }

    /// Stops following row `id` (removed).
    fn unfollow(&self, id: &str) {
        self.rows
            .update_value(|rows| rows.retain(|(shown, _)| shown != id));
    }

    /// The account's id.
    pub fn account_id(&self) -> String {
        self.account_id.get_value()
    }

    /// The account's name (tracked).
    pub fn account_name(&self) -> Memo<String> {
        let contents = self.session.contents();
        let account_id = self.account_id;
        Memo::new(move |_| {
            contents.with(|contents| {
                contents
                    .as_ref()
                    .and_then(|c| account_id.with_value(|id| c.workspace.account(id)))
                    .map(|account| account.name.clone())
                    .unwrap_or_default()
            })
        })
    }

    /// Reads the account's profile (tracked); dependants are notified only when the value
    /// changes.
    pub fn read<T>(&self, read: impl Fn(&SecurityProfile) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: Default + PartialEq + Send + Sync + 'static,
    {
        let contents = self.session.contents();
        let account_id = self.account_id;
        Memo::new(move |_| {
            contents.with(|contents| {
                contents
                    .as_ref()
                    .and_then(|c| account_id.with_value(|id| c.workspace.account(id)))
                    .map(|account| read(&account.profile))
                    .unwrap_or_default()
            })
        })
    }

    /// Reads the account's profile once, without tracking (for event handlers).
    pub fn read_now<T>(&self, read: impl FnOnce(&SecurityProfile) -> T) -> Option<T> {
        self.session.contents().with_untracked(|contents| {
            contents
                .as_ref()
                .and_then(|c| self.account_id.with_value(|id| c.workspace.account(id)))
                .map(|account| read(&account.profile))
        })
    }

    /// Changes one field of the profile, at `path` (only its scope is re-checked).
    pub fn edit_at(&self, path: &FieldPath, change: impl FnOnce(&mut SecurityProfile)) {
        let account_id = self.account_id();
        self.session.edit_at(path, |contents| {
            if let Some(account) = contents.workspace.account_mut(&account_id) {
                change(&mut account.profile);
            }
        });
    }

    /// Changes the profile's shape (a row added or removed): everything is re-checked.
    pub fn edit(&self, change: impl FnOnce(&mut SecurityProfile)) {
        let account_id = self.account_id();
        self.session.edit(|contents| {
            if let Some(account) = contents.workspace.account_mut(&account_id) {
                change(&mut account.profile);
            }
        });
    }

    /// The blocking findings of `scopes`, in that order (the page's order).
    pub fn errors_in(&self, scopes: &[Scope]) -> Vec<Finding> {
        self.findings
            .with_untracked(|findings| findings.errors_in(scopes).cloned().collect())
    }

    /// The translated text of a finding.
    pub fn finding_text(&self, finding: &Finding) -> String {
        finding_text(self.locale, finding)
    }

    /// The bindings of item `id` (ignored by a register with a single item).
    pub fn row<T: RegisterItem>(&self, id: String) -> Row<T> {
        Row::new(*self, id)
    }

    /// The session's findings.
    pub(super) fn findings(&self) -> WorkspaceFindings {
        self.findings
    }

    /// The language the page is shown in.
    pub(super) fn locale(&self) -> Locale {
        self.locale
    }

    /// The element id of `field` of item `id` of register `T`.
    pub fn item_field_id<T: RegisterItem>(&self, id: &str, field: &'static str) -> String {
        field_id(&T::owner(&self.account_id(), id).field(field))
    }

    /// The ids of the rows of list `T`, in order (tracked).
    pub fn ids<T: ListItem>(&self) -> Memo<Vec<String>> {
        self.read(|profile| {
            T::items(profile)
                .iter()
                .map(|item| item.id().to_owned())
                .collect()
        })
    }

    /// The id of list `T`'s element: the field id of its findings path.
    pub fn list_id<T: ListItem>(&self) -> String {
        field_id(
            &Owner::Register {
                account: self.account_id(),
                register: T::REGISTER,
            }
            .whole(),
        )
    }

    /// Adds an empty row to list `T` and returns its id.
    pub fn add<T: ListItem>(&self) -> String {
        let id = new_item_id(T::ID_PREFIX);
        let new_id = id.clone();
        self.edit(move |profile| T::add(profile, new_id));
        id
    }

    /// Removes row `id` of list `T`.
    pub fn remove<T: ListItem>(&self, id: &str) {
        self.unfollow(id);
        self.edit(|profile| T::remove(profile, id));
    }

    /// The scopes of list `T`, in page order, each with its row's name as typed and its
    /// position (for the name an unnamed row shows).
    pub fn list_scopes<T: ListItem>(&self) -> Vec<(Scope, Option<(String, usize)>)> {
        let account = self.account_id();
        self.read_now(|profile| {
            T::items(profile)
                .iter()
                .enumerate()
                .map(|(index, item)| {
                    let name = (item.name().to_owned(), index + 1);
                    (T::scope(&account, item.id()), Some(name))
                })
                .collect()
        })
        .unwrap_or_default()
    }
}

/// The choices of a field picked from a list: the value in the page, the model's value, and
/// the message key of its name.
pub type Options<V> = [(&'static str, V, MessageKey)];

/// The page value of the model's `chosen` (empty for none).
pub fn option_value<V: PartialEq>(options: &'static Options<V>, chosen: Option<V>) -> &'static str {
    options
        .iter()
        .find(|(_, value, _)| Some(value) == chosen.as_ref())
        .map_or("", |(page, _, _)| page)
}

/// The model's value of the page value `page`.
pub fn option_of<V: Copy>(options: &Options<V>, page: &str) -> Option<V> {
    options
        .iter()
        .find(|(value, _, _)| *value == page)
        .map(|(_, value, _)| *value)
}

/// The options as a `SelectField` lists them.
pub fn option_names<V>(options: &Options<V>) -> Vec<(&'static str, MessageKey)> {
    options
        .iter()
        .map(|(page, _, name)| (*page, *name))
        .collect()
}
