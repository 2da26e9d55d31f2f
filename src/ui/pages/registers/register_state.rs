//! What a register page holds beyond its account's form: the rows shown, each kept up to date,
//! and the rows added and removed.
//!
//! Each row holds a copy of its item and of its findings in signals of its own (see `row.rs`),
//! and each field reads those, so a keystroke re-renders only the field it changed. One effect
//! per page brings every row's copies up to date when the workspace or its findings change:
//! a register can hold hundreds of rows, and a keystroke must not wake every field of every
//! row. A field's edit goes through `Session::edit_at` with the field's address (only that
//! item is re-checked); adding or removing a row goes through `Session::edit` (the whole
//! workspace is re-checked).

use std::collections::HashSet;

use leptos::prelude::*;

use super::items::{ListItem, RegisterItem};
use super::row::Row;
use crate::domain::Owner;
use crate::domain::model::SecurityProfile;
use crate::domain::validation::{Findings, ItemStatus, Scope};
use crate::state::item_id::new_item_id;
use crate::ui::binding::{AccountForm, Form};
use crate::ui::components::register_list::row_filter::RowQuery;
use crate::ui::field_id::field_id;

/// Brings one row's copies of its item and findings up to date.
pub(super) type RowSync = Box<dyn Fn(&SecurityProfile, &Findings) + Send + Sync>;

/// The state of one register page (all reactive handles, so `Copy`).
#[derive(Clone, Copy)]
pub struct RegisterState {
    /// The account whose registers are edited.
    pub account: AccountForm,
    /// The rows built in the page, each under its own number with what keeps it up to date.
    rows: StoredValue<Vec<(u64, RowSync)>>,
    /// The number the next row built is followed under.
    next_row: StoredValue<u64>,
}

impl RegisterState {
    /// The state of the registers of account `account_id`.
    pub fn new(account_id: String) -> Self {
        let state = RegisterState {
            account: Form::new().account(account_id),
            rows: StoredValue::new(Vec::new()),
            next_row: StoredValue::new(0),
        };
        let findings = state.form().findings();
        Effect::new(move |_| {
            state.account.with(|account| {
                findings.with(|findings| {
                    state.rows.with_value(|rows| {
                        for (_, sync) in rows {
                            sync(&account.profile, findings);
                        }
                    })
                })
            });
        });
        state
    }

    /// The form the page belongs to.
    pub fn form(&self) -> Form {
        self.account.form()
    }

    /// Keeps a row up to date with `sync` while it is built in the page: a long register
    /// builds only the rows near the screen, and a row taken out of the page stops being
    /// followed.
    pub(super) fn follow(&self, sync: RowSync) {
        let number = self.next_row.get_value();
        self.next_row.set_value(number + 1);
        self.rows.update_value(|rows| rows.push((number, sync)));
        let rows = self.rows;
        on_cleanup(move || {
            rows.try_update_value(|rows| rows.retain(|(followed, _)| *followed != number));
        });
    }

    /// The account's id.
    pub fn account_id(&self) -> String {
        self.account.account_id()
    }

    /// The bindings of item `id` (ignored by a register with a single item).
    pub fn row<T: RegisterItem>(&self, id: String) -> Row<T> {
        Row::new(*self, id)
    }

    /// The element id of `field` of item `id` of register `T`.
    pub fn item_field_id<T: RegisterItem>(&self, id: &str, field: &'static str) -> String {
        field_id(&T::owner(&self.account_id(), id).field(field))
    }

    /// The ids of the rows of list `T`, in order (tracked).
    pub fn ids<T: ListItem>(&self) -> Memo<Vec<String>> {
        self.account.read(|account| {
            T::items(&account.profile)
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
        self.account
            .edit(move |account| T::add(&mut account.profile, new_id));
        id
    }

    /// Removes row `id` of list `T`.
    pub fn remove<T: ListItem>(&self, id: &str) {
        self.account
            .edit(|account| T::remove(&mut account.profile, id));
    }

    /// The ids of the rows of list `T` that `query` finds, by what they are known by and
    /// where their findings stand now (untracked).
    pub fn matching<T: ListItem>(&self, query: &RowQuery) -> HashSet<String> {
        let account = self.account_id();
        let findings = self.form().findings();
        self.account
            .read_now(|entity| {
                findings.with_untracked(|findings| {
                    T::items(&entity.profile)
                        .iter()
                        .filter(|item| {
                            let status =
                                ItemStatus::of(findings.in_scope(&T::scope(&account, item.id())));
                            query.matches(&item.details(), status)
                        })
                        .map(|item| item.id().to_owned())
                        .collect()
                })
            })
            .unwrap_or_default()
    }

    /// The scopes of list `T`, in page order, each with its row's name as typed and its
    /// position (for the name an unnamed row shows).
    pub fn list_scopes<T: ListItem>(&self) -> Vec<(Scope, Option<(String, usize)>)> {
        let account = self.account_id();
        self.account
            .read_now(|entity| {
                T::items(&entity.profile)
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
