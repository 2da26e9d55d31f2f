//! One register item as the source of its fields' bindings: it reads its own copy of the item
//! and of its findings (set only when they change), so a keystroke in one of hundreds of rows
//! does not re-run every row's fields; an edit re-checks only that item.

use std::marker::PhantomData;

use leptos::prelude::*;

use crate::state::Locale;

use super::items::RegisterItem;
use super::register_state::RegisterState;
use crate::domain::model::SecurityProfile;
use crate::domain::validation::{Finding, shown_at};
use crate::domain::{FieldPath, Owner};
use crate::ui::binding::{FieldBinding, FieldSource};
use crate::ui::field_id::field_id;

/// Fields an answer of an item reveals: whether the item's answers show them now, and how to
/// copy their values back from the item as it was before they were hidden.
pub struct Revealed<T> {
    /// Whether the item's answers show the fields.
    pub shown: fn(&T) -> bool,
    /// Copies the fields' values from the earlier item into this one.
    pub restore: fn(&mut T, &T),
}

impl<T> Clone for Revealed<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Revealed<T> {}

/// Item `id` of `profile`, looked for where it was last time (`hint`, kept up to date).
fn located<'a, T: RegisterItem>(
    profile: &'a SecurityProfile,
    id: &str,
    hint: StoredValue<usize>,
) -> Option<&'a T> {
    let (at, item) = T::find_near(profile, id, hint.get_value())?;
    hint.set_value(at);
    Some(item)
}

/// The bindings of one register item.
pub struct Row<T: RegisterItem> {
    state: RegisterState,
    id: StoredValue<String>,
    /// A copy of the item, set only when it changes (see `register_state.rs`).
    item: RwSignal<T>,
    /// A copy of the item's findings, set only when they change: its fields' messages follow
    /// these, so a keystroke in one row does not re-run the message of every field of every row.
    found: RwSignal<Vec<Finding>>,
    kind: PhantomData<fn() -> T>,
}

impl<T: RegisterItem> Clone for Row<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: RegisterItem> Copy for Row<T> {}

impl<T: RegisterItem> Row<T> {
    /// The bindings of item `id` of the page `state` edits.
    pub(super) fn new(state: RegisterState, id: String) -> Self {
        let scope = T::scope(&state.account_id(), &id);
        let hint = StoredValue::new(0_usize);
        let item = RwSignal::new(
            state
                .account
                .read_now(|account| located::<T>(&account.profile, &id, hint).cloned())
                .flatten()
                .unwrap_or_default(),
        );
        let found = RwSignal::new(
            state
                .form()
                .findings()
                .with_untracked(|findings| findings.in_scope(&scope).to_vec()),
        );
        let followed = id.clone();
        state.follow(Box::new(move |profile, findings| {
            if let Some(fresh) = located::<T>(profile, &followed, hint)
                && item.with_untracked(|shown| shown != fresh)
            {
                item.set(fresh.clone());
            }
            let fresh = findings.in_scope(&scope);
            if found.with_untracked(|shown| shown.as_slice() != fresh) {
                found.set(fresh.to_vec());
            }
        }));
        Row {
            state,
            id: StoredValue::new(id),
            item,
            found,
            kind: PhantomData,
        }
    }

    /// What this item is, as the owner of its fields (and of its evidence).
    pub fn owner(&self) -> Owner {
        let account = self.state.account_id();
        self.id.with_value(|id| T::owner(&account, id))
    }

    /// The address of `field` (`alarm/monitoredBy`) of this item.
    pub fn path(&self, field: &'static str) -> FieldPath {
        self.owner().field(field)
    }

    /// The element id of `field`.
    pub fn field_id(&self, field: &'static str) -> String {
        field_id(&self.path(field))
    }

    /// Binds the text `field`, read with `get` and written through `set`.
    pub fn text(
        &self,
        field: &'static str,
        get: fn(&T) -> &String,
        set: fn(&mut T) -> &mut String,
    ) -> FieldBinding<String> {
        self.bind(
            self.path(field),
            move |item| get(item).clone(),
            move |item, text| *set(item) = text,
        )
    }

    /// Binds the whole number `field`, kept as typed (see [`FieldBinding::as_typed`]).
    pub fn number(
        &self,
        field: &'static str,
        get: fn(&T) -> Option<u32>,
        set: fn(&mut T) -> &mut Option<u32>,
    ) -> FieldBinding<String> {
        self.bind(self.path(field), get, move |item, number| {
            *set(item) = number
        })
        .as_typed()
    }

    /// Binds the yes/no `field`.
    pub fn flag(
        &self,
        field: &'static str,
        get: fn(&T) -> bool,
        set: fn(&mut T, bool),
    ) -> FieldBinding<bool> {
        self.revealing_flag(field, get, set, None)
    }

    /// Binds the yes/no `field` that reveals other fields: `set` clears them when the answer
    /// hides them, and `revealed` brings them back (see [`revealing`]).
    pub fn revealing_flag(
        &self,
        field: &'static str,
        get: fn(&T) -> bool,
        set: fn(&mut T, bool),
        revealed: Option<Revealed<T>>,
    ) -> FieldBinding<bool> {
        let before_hiding = StoredValue::new(None::<T>);
        self.bind(self.path(field), get, move |item, ticked| {
            revealing(item, |item| set(item, ticked), before_hiding, revealed);
        })
        .shown_on_change()
    }

    /// Binds the `field` chosen from a list: `get` gives the chosen option's value (empty for
    /// none), `set` applies a chosen value.
    pub fn choice(
        &self,
        field: &'static str,
        get: fn(&T) -> &'static str,
        set: fn(&mut T, &str),
    ) -> FieldBinding<String> {
        self.revealing_choice(field, get, set, None)
    }

    /// Binds the `field` chosen from a list whose choice reveals other fields: `set` clears
    /// them when the choice hides them, and `revealed` brings them back (see [`revealing`]).
    pub fn revealing_choice(
        &self,
        field: &'static str,
        get: fn(&T) -> &'static str,
        set: fn(&mut T, &str),
        revealed: Option<Revealed<T>>,
    ) -> FieldBinding<String> {
        let before_hiding = StoredValue::new(None::<T>);
        self.bind(
            self.path(field),
            move |item| get(item).to_owned(),
            move |item, value: String| {
                revealing(item, |item| set(item, &value), before_hiding, revealed);
            },
        )
        .shown_on_change()
    }
}

/// Changes an answer of `item`, which may hide or reveal other fields. What an answer hides is
/// cleared (nothing hidden stays in the profile, to be checked or exported), but the item as it
/// was is kept in `before_hiding` while the page is open: when the next change of this answer
/// reveals the fields again, `restore` copies their values back from it, so a mis-click loses
/// nothing.
fn revealing<T: RegisterItem>(
    item: &mut T,
    change: impl FnOnce(&mut T),
    before_hiding: StoredValue<Option<T>>,
    revealed: Option<Revealed<T>>,
) {
    let Some(revealed) = revealed else {
        return change(item);
    };
    let was_shown = (revealed.shown)(item);
    let before = was_shown.then(|| item.clone());
    change(item);
    match (was_shown, (revealed.shown)(item)) {
        (true, false) => before_hiding.set_value(before),
        (false, true) => {
            if let Some(kept) = before_hiding.get_value() {
                (revealed.restore)(item, &kept);
            }
        }
        _ => {}
    }
}

impl<T: RegisterItem> FieldSource for Row<T> {
    type Part = T;

    fn read<V>(&self, read: impl Fn(&T) -> V + Send + Sync + 'static) -> Memo<V>
    where
        V: Default + PartialEq + Send + Sync + 'static,
    {
        let item = self.item;
        Memo::new(move |_| item.with(&read))
    }

    fn edit_at(&self, path: &FieldPath, change: impl FnOnce(&mut T)) {
        let id = self.id.get_value();
        self.state.account.edit_at(path, |account| {
            if let Some(item) = T::find_mut(&mut account.profile, &id) {
                change(item);
            }
        });
    }

    fn finding_at(&self, path: &FieldPath) -> Memo<Option<Finding>> {
        let path = path.clone();
        let found = self.found;
        Memo::new(move |_| found.with(|found| shown_at(found, &path).cloned()))
    }

    fn locale(&self) -> Locale {
        self.state.form().locale()
    }

    fn submitted(&self) -> Signal<bool> {
        self.state.form().submitted.into()
    }
}
