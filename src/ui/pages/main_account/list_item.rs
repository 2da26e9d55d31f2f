//! What the main account's lists (addresses, contacts, program memberships) share: each item's
//! fields bound through its id, its number in the list, adding an item (its first field then
//! takes the focus) and removing one (the list's heading then takes it).

use std::marker::PhantomData;

use leptos::prelude::*;

use crate::domain::model::{Address, Contact, ProgramMembership, Workspace};
use crate::domain::validation::{Finding, Scope};
use crate::domain::{FieldPath, Owner};
use crate::i18n::MessageKey;
use crate::state::Locale;
use crate::state::item_id::new_item_id;
use crate::ui::binding::{FieldBinding, FieldSource, Form};
use crate::ui::components::field_feedback::{Feedback, field_message};
use crate::ui::field_focus::focus_field;
use crate::ui::field_id::field_id;

/// An item of one of the main account's lists.
pub(super) trait ListedItem: Send + Sync + Sized + 'static {
    /// The list, as the owner of its heading and its list-wide findings.
    const LIST: Owner;
    /// The prefix of a new item's id.
    const ID_PREFIX: &'static str;
    /// Item `id`, as the owner of its fields.
    fn owner(id: &str) -> Owner;
    /// The scopes whose findings its fields show: its own, and a list-wide rule's.
    fn scopes(id: &str) -> Vec<Scope>;
    /// The items in order.
    fn items(workspace: &Workspace) -> &[Self];
    /// The item's id.
    fn id(&self) -> &str;
    /// Item `id`, for editing.
    fn find_mut<'a>(workspace: &'a mut Workspace, id: &str) -> Option<&'a mut Self>;
    /// Removes item `id`.
    fn remove(workspace: &mut Workspace, id: &str);
}

impl ListedItem for Address {
    const LIST: Owner = Owner::Addresses;
    const ID_PREFIX: &'static str = "addr";
    fn owner(id: &str) -> Owner {
        Owner::Address(id.to_owned())
    }
    fn scopes(id: &str) -> Vec<Scope> {
        vec![Scope::Address(id.to_owned())]
    }
    fn items(workspace: &Workspace) -> &[Self] {
        &workspace.addresses
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn find_mut<'a>(workspace: &'a mut Workspace, id: &str) -> Option<&'a mut Self> {
        workspace.address_mut(id)
    }
    fn remove(workspace: &mut Workspace, id: &str) {
        workspace.remove_address(id);
    }
}

impl ListedItem for Contact {
    const LIST: Owner = Owner::Contacts;
    const ID_PREFIX: &'static str = "ct";
    fn owner(id: &str) -> Owner {
        Owner::Contact(id.to_owned())
    }
    fn scopes(id: &str) -> Vec<Scope> {
        vec![Scope::Contact(id.to_owned()), Scope::ContactList]
    }
    fn items(workspace: &Workspace) -> &[Self] {
        &workspace.contacts
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn find_mut<'a>(workspace: &'a mut Workspace, id: &str) -> Option<&'a mut Self> {
        workspace.contact_mut(id)
    }
    fn remove(workspace: &mut Workspace, id: &str) {
        workspace.remove_contact(id);
    }
}

impl ListedItem for ProgramMembership {
    const LIST: Owner = Owner::Programs;
    const ID_PREFIX: &'static str = "pg";
    fn owner(id: &str) -> Owner {
        Owner::Program(id.to_owned())
    }
    fn scopes(id: &str) -> Vec<Scope> {
        vec![Scope::Program(id.to_owned())]
    }
    fn items(workspace: &Workspace) -> &[Self] {
        &workspace.programs
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn find_mut<'a>(workspace: &'a mut Workspace, id: &str) -> Option<&'a mut Self> {
        workspace.program_mut(id)
    }
    fn remove(workspace: &mut Workspace, id: &str) {
        workspace.remove_program(id);
    }
}

/// The ids of list `I`'s items, in order (tracked).
pub(super) fn item_ids<I: ListedItem>(form: Form) -> Memo<Vec<String>> {
    form.read(|workspace| {
        I::items(workspace)
            .iter()
            .map(|item| item.id().to_owned())
            .collect()
    })
}

/// The id of list `I`'s heading, where the focus goes once an item is removed.
pub(super) fn list_id<I: ListedItem>() -> String {
    field_id(&I::LIST.whole())
}

/// The message of a rule over the whole list `I` (in `scope`), shown once the user asks to go
/// on.
pub(super) fn list_message<I: ListedItem>(form: Form, scope: Scope) -> Signal<Option<Feedback>> {
    field_message(
        form.locale(),
        form.finding_at(vec![scope], &I::LIST.whole()),
        RwSignal::new(false),
        form.submitted,
    )
}

/// Adds an item to list `I` with `add`, then moves the focus to its field `first`.
pub(super) fn add_item<I: ListedItem>(
    form: Form,
    first: &'static str,
    add: impl FnOnce(&mut Workspace, String),
) {
    let id = new_item_id(I::ID_PREFIX);
    let owner = I::owner(&id);
    let focus = field_id(&owner.clone().field(first));
    form.edit_at(&owner.whole(), |workspace| add(workspace, id));
    request_animation_frame(move || focus_field(&focus));
}

/// The fields of one item of list `I` (all reactive handles, so `Copy`).
pub(super) struct ItemFields<I> {
    form: Form,
    id: StoredValue<String>,
    kind: PhantomData<fn() -> I>,
}

impl<I> Clone for ItemFields<I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I> Copy for ItemFields<I> {}

impl<I: ListedItem> ItemFields<I> {
    /// The fields of item `id`.
    pub(super) fn new(form: Form, id: String) -> Self {
        ItemFields {
            form,
            id: StoredValue::new(id),
            kind: PhantomData,
        }
    }

    /// The address of the item's field `name`.
    pub(super) fn path(&self, name: &'static str) -> FieldPath {
        self.id.with_value(|id| I::owner(id)).field(name)
    }

    /// The item's number in the list, from 1 (tracked).
    pub(super) fn number(&self, ids: Memo<Vec<String>>) -> Memo<usize> {
        let id = self.id;
        Memo::new(move |_| {
            ids.with(|ids| id.with_value(|id| ids.iter().position(|other| other == id)))
                .map_or(0, |index| index + 1)
        })
    }

    /// The text of message `key` naming the item by its number ("Contact 2").
    pub(super) fn numbered(
        number: Memo<usize>,
        key: MessageKey,
    ) -> impl Fn() -> String + Send + Sync + 'static {
        let locale = Locale::expect();
        move || locale.format(key, &[("number", &number.get().to_string())])
    }

    /// Removes the item; the focus goes to the list's heading.
    pub(super) fn remove(&self) {
        let id = self.id.get_value();
        self.form.edit_at(&I::owner(&id).whole(), |workspace| {
            I::remove(workspace, &id)
        });
        focus_field(&list_id::<I>());
    }

    /// Binds the text field `name` of the item.
    pub(super) fn text(
        &self,
        name: &'static str,
        get: fn(&I) -> &String,
        set: fn(&mut I) -> &mut String,
    ) -> FieldBinding<String> {
        self.bind(
            self.path(name),
            move |item| get(item).clone(),
            move |item, text| *set(item) = text,
        )
    }
}

impl<I: ListedItem> FieldSource for ItemFields<I> {
    type Part = I;

    fn read<V>(&self, read: impl Fn(&I) -> V + Send + Sync + 'static) -> Memo<V>
    where
        V: Default + PartialEq + Send + Sync + 'static,
    {
        let id = self.id;
        self.form.read(move |workspace| {
            id.with_value(|id| I::items(workspace).iter().find(|item| item.id() == id))
                .map(&read)
                .unwrap_or_default()
        })
    }

    fn edit_at(&self, path: &FieldPath, change: impl FnOnce(&mut I)) {
        let id = self.id.get_value();
        self.form.edit_at(path, |workspace| {
            if let Some(item) = I::find_mut(workspace, &id) {
                change(item);
            }
        });
    }

    fn finding_at(&self, path: &FieldPath) -> Memo<Option<Finding>> {
        let scopes = self.id.with_value(|id| I::scopes(id));
        self.form.finding_at(scopes, path)
    }

    fn locale(&self) -> Locale {
        self.form.locale()
    }

    fn submitted(&self) -> Signal<bool> {
        self.form.submitted.into()
    }
}
