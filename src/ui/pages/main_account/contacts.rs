//! The organization's contacts (Portal "Contacts"): at least two people, one of them the
//! primary point of contact, who must be a company officer. Added and removed with the GOV.UK
//! "add another" pattern; the primary contact is one radio group across all contacts.

use leptos::prelude::*;

use super::list_item::{ItemFields, add_item, item_ids, list_id, list_message};
use crate::domain::model::Contact;
use crate::domain::validation::{MINIMUM_CONTACTS, Scope};
use crate::i18n::msg;
use crate::state::Locale;
use crate::ui::binding::{FieldSource, Form};
use crate::ui::components::choice_field::ChoiceField;
use crate::ui::components::field_feedback::FeedbackMessage;
use crate::ui::components::input_field::InputField;
use crate::ui::components::keyed_for::For;
use crate::ui::components::show::Show;

/// Every contact, and the button to add another.
#[component]
pub fn ContactsSection(
    /// The form this section belongs to.
    form: Form,
) -> impl IntoView {
    let locale = Locale::expect();
    let heading_id = list_id::<Contact>();
    let ids = item_ids::<Contact>(form);
    let list_feedback = list_message::<Contact>(form, Scope::ContactList);
    let add = move |_| {
        add_item::<Contact>(form, Contact::FIRST_NAME, |workspace, id| {
            workspace.add_contact(id);
        });
    };
    view! {
        <section class="app-form-section" aria-labelledby=heading_id.clone()>
            <h2 class="app-heading-m" id=heading_id.clone() tabindex="-1">
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
            <FeedbackMessage field_id=heading_id.clone() feedback=list_feedback />
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
fn ContactItem(form: Form, id: String, ids: Memo<Vec<String>>) -> impl IntoView {
    let item = ItemFields::<Contact>::new(form, id.clone());
    let number = item.number(ids);
    let label = move |key| ItemFields::<Contact>::numbered(number, key);

    let first = item.text(
        Contact::FIRST_NAME,
        |c| &c.first_name,
        |c| &mut c.first_name,
    );
    let last = item.text(Contact::LAST_NAME, |c| &c.last_name, |c| &mut c.last_name);
    let title = item.text(Contact::TITLE, |c| &c.title, |c| &mut c.title);
    let email = item.text(Contact::EMAIL, |c| &c.email, |c| &mut c.email);
    let phone = item.text(Contact::PHONE, |c| &c.phone, |c| &mut c.phone);
    let officer = item
        .bind(
            item.path(Contact::COMPANY_OFFICER),
            |contact| contact.company_officer,
            |contact, checked| contact.company_officer = checked,
        )
        .shown_on_change();
    // One radio of a group across contacts: choosing it makes this contact the only primary
    // one, a change to the whole list, which the list-wide rule this address re-checks covers.
    let primary = {
        let (read_id, write_id) = (id.clone(), id);
        form.in_scopes(vec![Scope::ContactList])
            .bind(
                item.path(Contact::PRIMARY_CONTACT),
                move |workspace| {
                    workspace
                        .contacts
                        .iter()
                        .any(|contact| contact.id == read_id && contact.primary_contact)
                },
                move |workspace, checked| {
                    if checked {
                        workspace.set_primary_contact(&write_id);
                    }
                },
            )
            .shown_on_change()
    };

    view! {
        <fieldset class="app-fieldset app-list-item">
            <legend class="app-fieldset__legend">{label(msg::main_account::CONTACT_LEGEND)}</legend>
            <InputField binding=first label={msg::main_account::CONTACT_FIRST_NAME}
                autocomplete="off" width="app-input--width-20" />
            <InputField binding=last label={msg::main_account::CONTACT_LAST_NAME}
                width="app-input--width-20" />
            <InputField binding=title label={msg::main_account::CONTACT_TITLE} optional=true />
            <InputField binding=email label={msg::main_account::CONTACT_EMAIL}
                hint={msg::main_account::CONTACT_EMAIL_HINT}
                input_type="email" />
            <InputField binding=phone label={msg::main_account::CONTACT_PHONE} hint={msg::main_account::PHONE_HINT}
                input_type="tel" width="app-input--width-20" />
            <ChoiceField binding=officer label={msg::main_account::CONTACT_COMPANY_OFFICER}
                hint={msg::main_account::CONTACT_COMPANY_OFFICER_HINT} />
            <ChoiceField binding=primary label={msg::main_account::CONTACT_PRIMARY_CONTACT}
                radio_group="primary-contact" />
            <Show when=move || ids.with(|ids| ids.len() > MINIMUM_CONTACTS)>
                <button type="button" class="app-button app-button--warning app-list-item__remove"
                    on:click=move |_| item.remove()>
                    {label(msg::main_account::CONTACT_REMOVE)}
                </button>
            </Show>
        </fieldset>
    }
}
