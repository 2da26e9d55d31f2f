//! The personnel screening policy (MSC category 11, Personnel Security): one policy per
//! account, so one form rather than a list: what the screening covers, the policy in the
//! company's words, how often sensitive positions are rescreened and when it was last reviewed.

use leptos::prelude::*;

use super::register_state::RegisterState;
use crate::domain::model::PersonnelScreeningPolicy;
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::ui::binding::FieldBinding;
use crate::ui::components::choice_field::ChoiceField;
use crate::ui::components::field_feedback::hint_id;
use crate::ui::components::input_field::InputField;

/// A checkbox of the policy.
fn checkbox(binding: FieldBinding<bool>, label: MessageKey, hint: MessageKey) -> impl IntoView {
    view! {
        <ChoiceField binding=binding label=label hint=hint />
    }
}

/// The policy's form.
#[component]
pub fn PersonnelScreeningRegister(
    /// The page's state.
    state: RegisterState,
) -> impl IntoView {
    let locale = Locale::expect();
    let row = state.row::<PersonnelScreeningPolicy>(String::new());
    let written = row.flag(
        PersonnelScreeningPolicy::WRITTEN_POLICY,
        |p| p.written_policy,
        |p, on| p.written_policy = on,
    );
    let verifies = row.flag(
        PersonnelScreeningPolicy::VERIFIES_APPLICATION_INFORMATION,
        |p| p.verifies_application_information,
        |p, on| p.verifies_application_information = on,
    );
    let background = row.flag(
        PersonnelScreeningPolicy::BACKGROUND_CHECKS,
        |p| p.background_checks,
        |p, on| p.background_checks = on,
    );
    let conduct = row.flag(
        PersonnelScreeningPolicy::CODE_OF_CONDUCT,
        |p| p.code_of_conduct,
        |p, on| p.code_of_conduct = on,
    );
    let description = row.text(
        PersonnelScreeningPolicy::DESCRIPTION,
        |p| &p.description,
        |p| &mut p.description,
    );
    let rescreening = row.number(
        PersonnelScreeningPolicy::RESCREENING_INTERVAL_MONTHS,
        |p| p.rescreening_interval_months,
        |p| &mut p.rescreening_interval_months,
    );
    let reviewed = row.text(
        PersonnelScreeningPolicy::LAST_REVIEWED,
        |p| &p.last_reviewed,
        |p| &mut p.last_reviewed,
    );

    let covers_hint = hint_id(&row.field_id("covers"));
    let covers_hint_ref = covers_hint.clone();
    view! {
        <fieldset class="app-fieldset app-register__group" aria-describedby=covers_hint_ref>
            <legend class="app-fieldset__legend app-fieldset__legend--m">
                {move || locale.t(msg::personnel::COVERS)}
            </legend>
            <p class="app-hint" id=covers_hint>{move || locale.t(msg::registers::SELECT_ALL)}</p>
            {checkbox(written, msg::personnel::WRITTEN_POLICY, msg::personnel::WRITTEN_POLICY_HINT)}
            {checkbox(verifies, msg::personnel::VERIFIES_APPLICATION, msg::personnel::VERIFIES_APPLICATION_HINT)}
            {checkbox(background, msg::personnel::BACKGROUND_CHECKS, msg::personnel::BACKGROUND_CHECKS_HINT)}
            {checkbox(conduct, msg::personnel::CODE_OF_CONDUCT, msg::personnel::CODE_OF_CONDUCT_HINT)}
        </fieldset>
        <InputField binding=description label={msg::personnel::DESCRIPTION} hint={msg::personnel::DESCRIPTION_HINT}
            multiline=true />
        <InputField binding=rescreening label={msg::personnel::RESCREENING_MONTHS}
            hint={msg::personnel::RESCREENING_MONTHS_HINT} optional=true input_mode="numeric"
            width="app-input--width-5" />
        <InputField binding=reviewed label={msg::personnel::LAST_REVIEWED} hint={msg::registers::DATE_HINT}
            optional=true input_type="date" width="app-input--width-10" />
    }
}
