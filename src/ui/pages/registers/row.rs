//! The bindings of one register item: each field of the item as a value to show, an edit that
//! re-checks only that item, and the validation engine's message for it, shown once the field
//! was left or the user pressed "Save and continue".

use std::marker::PhantomData;

use leptos::prelude::*;

use super::items::RegisterItem;
use super::register_state::RegisterState;
use crate::domain::model::SecurityProfile;
use crate::domain::validation::{Finding, shown_at};
use crate::domain::{FieldPath, Owner};
use crate::ui::components::field_feedback::{Feedback, field_message};
use crate::ui::field_id::field_id;

/// A text field of an item bound for an `InputField`.
pub struct TextBinding {
    /// The input's id, from the finding path.
    pub id: String,
    /// The text shown.
    pub value: Signal<String>,
    /// Writes new text.
    pub on_input: Callback<String>,
    /// Marks the field as left.
    pub on_blur: Callback<()>,
    /// The message to show.
    pub feedback: Signal<Option<Feedback>>,
}

/// A yes/no field of an item bound for a `ChoiceField` checkbox.
pub struct FlagBinding {
    /// The checkbox's id.
    pub id: String,
    /// Whether it is ticked.
    pub checked: Signal<bool>,
    /// Writes the new state.
    pub on_change: Callback<bool>,
    /// The message to show.
    pub feedback: Signal<Option<Feedback>>,
}

/// A field with a fixed set of values bound for a `SelectField`.
pub struct ChoiceBinding {
    /// The select's id.
    pub id: String,
    /// The chosen value (empty for none).
    pub value: Signal<String>,
    /// Writes the new value.
    pub on_change: Callback<String>,
    /// Marks the field as left.
    pub on_blur: Callback<()>,
    /// The message to show.
    pub feedback: Signal<Option<Feedback>>,
}

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
                .read_now(|profile| located::<T>(profile, &id, hint).cloned())
                .flatten()
                .unwrap_or_default(),
        );
        let found = RwSignal::new(
            state
                .findings()
                .with_untracked(|findings| findings.in_scope(&scope).to_vec()),
        );
        let followed = id.clone();
        state.follow(
            id.clone(),
            Box::new(move |profile, findings| {
                if let Some(fresh) = located::<T>(profile, &followed, hint)
                    && item.with_untracked(|shown| shown != fresh)
                {
                    item.set(fresh.clone());
                }
                let fresh = findings.in_scope(&scope);
                if found.with_untracked(|shown| shown.as_slice() != fresh) {
                    found.set(fresh.to_vec());
                }
            }),
        );
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

    /// One value of the item (tracked, notified only when it changes).
    pub fn read<V>(&self, read: impl Fn(&T) -> V + Send + Sync + 'static) -> Memo<V>
    where
        V: PartialEq + Send + Sync + 'static,
    {
        let item = self.item;
        Memo::new(move |_| item.with(|item| read(item)))
    }

    /// Changes `field` of the item; only the item is re-checked.
    pub fn edit(&self, field: &'static str, change: impl FnOnce(&mut T)) {
        self.edit_at(&self.path(field), change);
    }

    /// Changes the item at `path`, an address inside it (one of its evidence documents).
    pub fn edit_at(&self, path: &FieldPath, change: impl FnOnce(&mut T)) {
        let id = self.id.get_value();
        self.state.edit_at(path, |profile| {
            if let Some(item) = T::find_mut(profile, &id) {
                change(item);
            }
        });
    }

    /// Changes the answer `field`, which may hide or reveal other fields. What an answer hides
    /// is cleared (nothing hidden stays in the profile, to be checked or exported), but the item
    /// as it was is kept in `before_hiding` while the page is open: when the next change of
    /// this answer reveals the fields again, `restore` copies their values back from it, so a
    /// mis-click loses nothing.
    fn edit_revealing(
        &self,
        field: &'static str,
        change: impl FnOnce(&mut T),
        before_hiding: StoredValue<Option<T>>,
        revealed: Option<Revealed<T>>,
    ) {
        self.edit(field, |item| {
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
        });
    }

    /// The message of `field` (an error before a warning), shown once the field was left
    /// (`touched`) or the user pressed "Save and continue".
    pub fn feedback(
        &self,
        field: &'static str,
        touched: RwSignal<bool>,
    ) -> Signal<Option<Feedback>> {
        let path = self.path(field).to_string();
        let found = self.found;
        let finding = Memo::new(move |_| found.with(|found| shown_at(found, &path).cloned()));
        field_message(self.state.locale(), finding, touched, self.state.submitted)
    }

    /// Binds the text `field`, read with `get` and written through `set`.
    pub fn text(
        &self,
        field: &'static str,
        get: fn(&T) -> &String,
        set: fn(&mut T) -> &mut String,
    ) -> TextBinding {
        let row = *self;
        let touched = RwSignal::new(false);
        TextBinding {
            id: self.field_id(field),
            value: self.read(move |item| get(item).clone()).into(),
            on_input: Callback::new(move |text: String| row.edit(field, |item| *set(item) = text)),
            on_blur: Callback::new(move |()| touched.set(true)),
            feedback: self.feedback(field, touched),
        }
    }

    /// Binds the whole number `field`. The text typed stays as typed; the item holds the
    /// number it reads as, or nothing while it is blank or not a whole number.
    pub fn number(
        &self,
        field: &'static str,
        get: fn(&T) -> Option<u32>,
        set: fn(&mut T) -> &mut Option<u32>,
    ) -> TextBinding {
        let row = *self;
        let touched = RwSignal::new(false);
        let stored = self.read(get);
        let draft = RwSignal::new(
            stored
                .get_untracked()
                .map(|n| n.to_string())
                .unwrap_or_default(),
        );
        // The draft shows while it still says what the item holds; once the item changes
        // otherwise (cleared with the answer that made it relevant), the item shows.
        let value = Signal::derive(move || {
            let held = stored.get();
            draft.with(|draft| {
                if draft.trim().parse::<u32>().ok() == held {
                    draft.clone()
                } else {
                    held.map(|n| n.to_string()).unwrap_or_default()
                }
            })
        });
        TextBinding {
            id: self.field_id(field),
            value,
            on_input: Callback::new(move |text: String| {
                let number = text.trim().parse::<u32>().ok();
                draft.set(text);
                row.edit(field, |item| *set(item) = number);
            }),
            on_blur: Callback::new(move |()| touched.set(true)),
            feedback: self.feedback(field, touched),
        }
    }

    /// Binds the yes/no `field`.
    pub fn flag(
        &self,
        field: &'static str,
        get: fn(&T) -> bool,
        set: fn(&mut T, bool),
    ) -> FlagBinding {
        self.revealing_flag(field, get, set, None)
    }

    /// Binds the yes/no `field` that reveals other fields: `set` clears them when the answer
    /// hides them, and `revealed` brings them back (see [`Row::edit_revealing`]).
    pub fn revealing_flag(
        &self,
        field: &'static str,
        get: fn(&T) -> bool,
        set: fn(&mut T, bool),
        revealed: Option<Revealed<T>>,
    ) -> FlagBinding {
        let row = *self;
        let touched = RwSignal::new(false);
        let before_hiding = StoredValue::new(None::<T>);
        FlagBinding {
            id: self.field_id(field),
            checked: self.read(get).into(),
            on_change: Callback::new(move |ticked: bool| {
                touched.set(true);
                row.edit_revealing(field, |item| set(item, ticked), before_hiding, revealed);
            }),
            feedback: self.feedback(field, touched),
        }
    }

    /// Binds the `field` chosen from a list: `get` gives the chosen option's value (empty for
    /// none), `set` applies a chosen value.
    pub fn choice(
        &self,
        field: &'static str,
        get: fn(&T) -> &'static str,
        set: fn(&mut T, &str),
    ) -> ChoiceBinding {
        self.revealing_choice(field, get, set, None)
    }

    /// Binds the `field` chosen from a list whose choice reveals other fields: `set` clears
    /// them when the choice hides them, and `revealed` brings them back (see
    /// [`Row::edit_revealing`]).
    pub fn revealing_choice(
        &self,
        field: &'static str,
        get: fn(&T) -> &'static str,
        set: fn(&mut T, &str),
        revealed: Option<Revealed<T>>,
    ) -> ChoiceBinding {
        let row = *self;
        let touched = RwSignal::new(false);
        let before_hiding = StoredValue::new(None::<T>);
        ChoiceBinding {
            id: self.field_id(field),
            value: self.read(move |item| get(item).to_owned()).into(),
            on_change: Callback::new(move |value: String| {
                touched.set(true);
                row.edit_revealing(field, |item| set(item, &value), before_hiding, revealed);
            }),
            on_blur: Callback::new(move |()| touched.set(true)),
            feedback: self.feedback(field, touched),
        }
    }
}
