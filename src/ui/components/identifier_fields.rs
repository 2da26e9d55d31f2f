//! The identifiers of an account (IOR, bond, SCAC, MID, …) as a fieldset of one text field per
//! kind its business type allows, required ones unmarked and the others marked "(optional)".
//! Shared by "add an account" (a draft not yet in the workspace) and an account's details page
//! (the workspace itself): each caller binds a kind to its value, its edit and its finding,
//! and may add what follows a kind's field (the details page's further identifiers).
//!
//! A field's message appears with the first keystroke (or once the field is left, or after the
//! page's continue button) and follows every keystroke after that.

use leptos::prelude::*;

use super::field_feedback::{Feedback, FeedbackMessage, feedback_id};
use super::input_field::InputField;
use crate::domain::identifiers::IdentifierKind;
use crate::i18n::identifiers::identifier_label;
use crate::i18n::msg;
use crate::state::Locale;
use crate::ui::binding::FieldBinding;
use crate::ui::components::keyed_for::For;

/// The fieldset of identifiers.
#[component]
pub fn IdentifierFields(
    /// The legend's id: the error summary links the "give an identifier" finding to it.
    #[prop(into)]
    legend_id: String,
    /// The kinds offered, in order, each with whether it is required.
    #[prop(into)]
    kinds: Signal<Vec<(IdentifierKind, bool)>>,
    /// The finding about the identifiers as a whole (a required one missing), already gated.
    #[prop(into)]
    list_feedback: Signal<Option<Feedback>>,
    /// Binds one kind's field (its message shown from the first keystroke on).
    bind: Callback<IdentifierKind, FieldBinding<String>>,
    /// What follows one kind's field (an account's further identifiers of that kind).
    #[prop(optional)]
    more: Option<Callback<IdentifierKind, AnyView>>,
) -> impl IntoView {
    let locale = Locale::expect();
    let hint = format!("{legend_id}-hint");
    let message = feedback_id(&legend_id);
    let described = move || {
        if list_feedback.with(Option::is_some) {
            format!("{hint} {message}")
        } else {
            hint.clone()
        }
    };
    view! {
        <fieldset class="app-fieldset" aria-describedby=described>
            <legend class="app-fieldset__legend app-fieldset__legend--m" id=legend_id.clone() tabindex="-1">
                {move || locale.t(msg::new_account::IDENTIFIERS_LEGEND)}
            </legend>
            <div class="app-hint" id=format!("{legend_id}-hint")>
                {move || locale.t(msg::new_account::IDENTIFIERS_HINT)}
            </div>
            <FeedbackMessage field_id=legend_id.clone() feedback=list_feedback />
            <For each=move || kinds.get() key=|entry| *entry let:entry>
                <IdentifierField
                    kind=entry.0
                    optional=!entry.1
                    binding=bind.run(entry.0)
                />
                {more.map(|more| more.run(entry.0))}
            </For>
        </fieldset>
    }
}

/// One identifier's text field.
#[component]
fn IdentifierField(
    kind: IdentifierKind,
    optional: bool,
    binding: FieldBinding<String>,
) -> impl IntoView {
    view! {
        <InputField
            binding=binding.shown_on_change()
            label=identifier_label(kind)
            optional=optional
            width="app-input--width-20"
        />
    }
}
