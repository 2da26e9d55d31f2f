//! The organization's contacts (Portal "Contacts"): at least two people, one of them the
//! primary point of contact, who must be a company officer. Added and removed with the GOV.UK
//! "add another" pattern; the primary contact is one radio group across all contacts.

use leptos::prelude::*;

use super::form_state::FormState;
use crate::domain::Owner;
use crate::domain::model::{Contact, Workspace};
use crate::domain::validation::{MINIMUM_CONTACTS, Scope};
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::state::item_id::new_item_id;
use crate::ui::components::choice_field::ChoiceField;
use crate::ui::components::error_summary::focus_field;
use crate::ui::components::field_feedback::FeedbackMessage;
use crate::ui::components::input_field::InputField;
use crate::ui::field_id::field_id;

fn contact<'a>(workspace: &'a Workspace, id: &str) -> Option<&'a Contact> {
    workspace.contacts.iter().find(|contact| contact.id == id)
}

/// Binds a text field of one contact.
macro_rules! contact_text {
    ($form:expr, $id:expr, $path:literal, $field:ident) => {{
        let read_id = $id.clone();
        let write_id = $id.clone();
        $form.text(
            vec![Scope::Contact($id.clone()), Scope::ContactList],
            Owner::Contact($id.clone()).field($path),
            move |workspace| {
                contact(workspace, &read_id)
                    .map(|contact| contact.$field.clone())
                    .unwrap_or_default()
            },
            move |workspace, text| {
                if let Some(contact) = workspace.contact_mut(&write_id) {
                    contact.$field = text;
                }
            },
        )
    }};
}

/// Every contact, and the button to add another.
#[component]
pub fn ContactsSection(
    /// The form this section belongs to.
    form: FormState,
) -> impl IntoView {
    let locale = Locale::expect();
    let ids = form.read(|w| w.contacts.iter().map(|c| c.id.clone()).collect::<Vec<_>>());
    let list_feedback = form.feedback(
        vec![Scope::ContactList],
        &Owner::Contacts.whole(),
        RwSignal::new(false),
    );
    let add = move |_| {
        let id = new_item_id("ct");
        let new_id = id.clone();
        form.edit(&Owner::Contact(id.clone()).whole(), |w| {
            w.add_contact(new_id);
        });
        let focus = field_id(&Owner::Contact(id.clone()).field("firstName"));
        request_animation_frame(move || focus_field(&focus));
    };
    view! {
        <section class="app-form-section" aria-labelledby=field_id(&Owner::Contacts.whole())>
            <h2 class="app-heading-m" id=field_id(&Owner::Contacts.whole()) tabindex="-1">
                {move || locale.t(msg::main_account::CONTACTS_HEADING)}
            </h2>
            <p class="app-hint">
                {move || {
                    locale.format(
                        msg::main_account::CONTACTS_LEAD,
                        &[("minimum", &MINIMUM_CONTACTS.to_string())],
                    )
                }}
            </p>
            <FeedbackMessage field_id=field_id(&Owner::Contacts.whole()) feedback=list_feedback />
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <ContactItem form=form id=id ids=ids />
            </For>
            <button type="button" class="app-button app-button--secondary" on:click=add>
                {move || locale.t(msg::main_account::CONTACTS_ADD)}
            </button>
        </section>
    }
}

/// One contact in a fieldset named by its position ("Contact 2").
#[component]
fn ContactItem(form: FormState, id: String, ids: Memo<Vec<String>>) -> impl IntoView {
    let locale = Locale::expect();
    let number = {
        let id = id.clone();
        Memo::new(move |_| {
            ids.with(|ids| ids.iter().position(|other| *other == id))
                .map_or(0, |index| index + 1)
        })
    };
    let label =
        move |key: MessageKey| move || locale.format(key, &[("number", &number.get().to_string())]);

    let first = contact_text!(form, id, "firstName", first_name);
    let last = contact_text!(form, id, "lastName", last_name);
    let title = contact_text!(form, id, "title", title);
    let email = contact_text!(form, id, "email", email);
    let phone = contact_text!(form, id, "phone", phone);

    let officer_path = Owner::Contact(id.clone()).field("companyOfficer");
    let officer = {
        let id = id.clone();
        form.read(move |w| contact(w, &id).is_some_and(|c| c.company_officer))
    };
    let officer_touched = RwSignal::new(false);
    let on_officer = {
        let id = id.clone();
        let path = officer_path.clone();
        Callback::new(move |checked: bool| {
            officer_touched.set(true);
            form.edit(&path, |w| {
                if let Some(contact) = w.contact_mut(&id) {
                    contact.company_officer = checked;
                }
            });
        })
    };

    let primary_path = Owner::Contact(id.clone()).field("primaryContact");
    let primary = {
        let id = id.clone();
        form.read(move |w| contact(w, &id).is_some_and(|c| c.primary_contact))
    };
    let primary_touched = RwSignal::new(false);
    let on_primary = {
        let id = id.clone();
        Callback::new(move |checked: bool| {
            if checked {
                primary_touched.set(true);
                form.edit(&Owner::Contacts.whole(), |w| {
                    w.set_primary_contact(&id);
                });
            }
        })
    };

    let remove = {
        let id = id.clone();
        move |_| {
            form.edit(&Owner::Contact(id.clone()).whole(), |w| {
                w.remove_contact(&id);
            });
            focus_field(&field_id(&Owner::Contacts.whole()));
        }
    };

    view! {
        <fieldset class="app-fieldset app-list-item">
            <legend class="app-fieldset__legend">{label(msg::main_account::CONTACT_LEGEND)}</legend>
            <InputField id=first.id label={msg::main_account::CONTACT_FIRST_NAME} value=first.value
                on_input=first.on_input on_blur=first.on_blur feedback=first.feedback
                autocomplete="off" width="app-input--width-20" />
            <InputField id=last.id label={msg::main_account::CONTACT_LAST_NAME} value=last.value
                on_input=last.on_input on_blur=last.on_blur feedback=last.feedback
                width="app-input--width-20" />
            <InputField id=title.id label={msg::main_account::CONTACT_TITLE} optional=true value=title.value
                on_input=title.on_input on_blur=title.on_blur feedback=title.feedback />
            <InputField id=email.id label={msg::main_account::CONTACT_EMAIL} value=email.value
                hint={msg::main_account::CONTACT_EMAIL_HINT}
                on_input=email.on_input on_blur=email.on_blur feedback=email.feedback
                input_type="email" />
            <InputField id=phone.id label={msg::main_account::CONTACT_PHONE} hint={msg::main_account::PHONE_HINT}
                value=phone.value on_input=phone.on_input on_blur=phone.on_blur feedback=phone.feedback
                input_type="tel" width="app-input--width-20" />
            <ChoiceField id=field_id(&officer_path) label={msg::main_account::CONTACT_COMPANY_OFFICER}
                hint={msg::main_account::CONTACT_COMPANY_OFFICER_HINT}
                checked=officer on_change=on_officer
                feedback=form.feedback(vec![Scope::ContactList], &officer_path, officer_touched) />
            <ChoiceField id=field_id(&primary_path) label={msg::main_account::CONTACT_PRIMARY_CONTACT}
                radio_group="primary-contact" checked=primary on_change=on_primary
                feedback=form.feedback(vec![Scope::ContactList], &primary_path, primary_touched) />
            <Show when=move || ids.with(|ids| ids.len() > MINIMUM_CONTACTS)>
                <button type="button" class="app-button app-button--warning app-list-item__remove"
                    on:click=remove.clone()>
                    {label(msg::main_account::CONTACT_REMOVE)}
                </button>
            </Show>
        </fieldset>
    }
}
