//! The further identifiers of one kind an account holds (a carrier's second SCAC, a
//! manufacturer's MID for each plant), under the kind's own field on the details page: each one
//! with its field, numbered from 2, and a remove button; "Add another …" once the first is given.
//! Focus goes to the new field after adding, and to the add button (or the kind's field) after
//! removing.

use leptos::prelude::*;

use super::account_memo;
use super::identifier_places::{
    further_field_id, further_of_kind, identifier_finding, kind_field_id,
};
use crate::domain::Owner;
use crate::domain::identifiers::IdentifierKind;
use crate::domain::model::AccountIdentifier;
use crate::domain::validation::Finding;
use crate::i18n::identifiers::identifier_label;
use crate::i18n::msg;
use crate::state::item_id::new_item_id;
use crate::state::{Locale, Session};
use crate::ui::binding::FieldBinding;
use crate::ui::components::field_feedback::feedback_of;
use crate::ui::components::input_field::InputField;
use crate::ui::components::keyed_for::For;
use crate::ui::components::show::Show;
use crate::ui::field_focus::focus_field;

/// The identifiers of `kind` after the first, and the button adding one.
#[component]
pub fn MoreIdentifiers(
    /// The account shown.
    account_id: StoredValue<String>,
    /// The kind whose further identifiers these are.
    kind: IdentifierKind,
    /// The account's findings.
    account_findings: Memo<Vec<Finding>>,
    /// Whether the page's continue button was pressed (every field shows its message).
    submitted: RwSignal<bool>,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let further = account_memo(account_id, move |account| further_of_kind(account, kind));
    let first_given = account_memo(account_id, move |account| {
        account
            .identifiers
            .iter()
            .find(|i| i.kind == kind)
            .is_some_and(|first| !first.value.trim().is_empty())
    });
    let add_id = format!("{}-add", kind_field_id(&account_id.get_value(), kind));
    let add = move |_| {
        let identifier = new_item_id("id");
        let focus = further_field_id(&account_id.get_value(), &identifier);
        session.edit(|c| {
            if let Some(account) = account_id.with_value(|id| c.workspace.account_mut(id)) {
                account.identifiers.push(AccountIdentifier {
                    id: identifier,
                    kind,
                    value: String::new(),
                    facility_id: None,
                });
            }
        });
        request_animation_frame(move || focus_field(&focus));
    };
    let label = move || locale.t(identifier_label(kind)).to_owned();
    let row_add_id = add_id.clone();
    view! {
        <For each=move || further.get() key=|identifier| identifier.clone() let:identifier>
            <FurtherIdentifier
                account_id=account_id
                kind=kind
                identifier=identifier
                further=further
                account_findings=account_findings
                submitted=submitted
                add_id=row_add_id.clone()
            />
        </For>
        <Show when=move || first_given.get()>
            <button type="button" class="app-button app-button--secondary app-identifier__add"
                id=add_id.clone() on:click=add>
                {move || locale.format(msg::account_details::ADD_IDENTIFIER, &[("identifier", &label())])}
            </button>
        </Show>
    }
}

/// One further identifier: its field and its remove button.
#[component]
fn FurtherIdentifier(
    account_id: StoredValue<String>,
    kind: IdentifierKind,
    identifier: String,
    further: Memo<Vec<String>>,
    account_findings: Memo<Vec<Finding>>,
    submitted: RwSignal<bool>,
    add_id: String,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let account = account_id.get_value();
    let path = Owner::Identifier {
        account: account.clone(),
        identifier: identifier.clone(),
    }
    .field(AccountIdentifier::VALUE);
    let field = further_field_id(&account, &identifier);
    // Numbered after the kind's own field, which is the first.
    let number = {
        let identifier = identifier.clone();
        Memo::new(move |_| {
            further
                .with(|ids| ids.iter().position(|id| *id == identifier))
                .map_or(0, |index| index + 2)
        })
    };
    let value = {
        let identifier = identifier.clone();
        account_memo(account_id, move |account| {
            account
                .identifiers
                .iter()
                .find(|i| i.id == identifier)
                .map(|i| i.value.clone())
                .unwrap_or_default()
        })
    };
    let finding = {
        let (account, identifier) = (account.clone(), identifier.clone());
        Memo::new(move |_| {
            account_findings.with(|found| identifier_finding(found, &account, &identifier).cloned())
        })
    };
    let message = Signal::derive(move || {
        finding.with(|finding| finding.as_ref().map(|finding| feedback_of(locale, finding)))
    });
    let on_input = {
        let identifier = identifier.clone();
        Callback::new(move |text: String| {
            session.edit_at(&path, |c| {
                let found = account_id.with_value(|id| c.workspace.account_mut(id));
                if let Some(found) = found
                    .and_then(|account| account.identifiers.iter_mut().find(|i| i.id == identifier))
                {
                    found.value = text;
                }
            });
        })
    };
    let binding = FieldBinding::given(field, value.into(), on_input, message, submitted.into());
    let remove = move |_| {
        session.edit(|c| {
            if let Some(account) = account_id.with_value(|id| c.workspace.account_mut(id)) {
                account.identifiers.retain(|i| i.id != identifier);
            }
        });
        let add_id = add_id.clone();
        let kind_field = kind_field_id(&account_id.get_value(), kind);
        request_animation_frame(move || {
            let add_shown = document().get_element_by_id(&add_id).is_some();
            focus_field(if add_shown { &add_id } else { &kind_field });
        });
    };
    view! {
        <div class="app-identifier__further">
            <InputField
                binding=binding
                label=identifier_label(kind)
                label_suffix=Signal::derive(move || number.get().to_string())
                width="app-input--width-20"
            />
            <button type="button" class="app-button app-button--warning app-identifier__remove"
                on:click=remove>
                {move || locale.t(msg::account_details::REMOVE_IDENTIFIER)}
                <span class="app-visually-hidden">
                    " " {move || locale.t(identifier_label(kind))} " " {move || number.get()}
                </span>
            </button>
        </div>
    }
}
