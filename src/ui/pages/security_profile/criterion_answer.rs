//! One criterion and its answer: the criterion's ID, its Must/Should mark in words, its text
//! and help, a note when its applicability to the account's business type is inferred, the
//! implementation status, and the fields the status makes relevant (a
//! justification only for "not applicable", a planned date only while not fully implemented).

use leptos::prelude::*;

use super::answer_fields::AnswerFields;
use crate::domain::catalogue::{Criterion, Requirement};
use crate::domain::model::{AnswerStatus, CriterionAnswer};
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::ui::binding::{AccountForm, FieldBinding, FieldSource};
use crate::ui::components::evidence_list::{EvidenceEdit, EvidenceList};
use crate::ui::components::field_feedback::{FeedbackMessage, feedback_id, is_error};
use crate::ui::components::input_field::InputField;
use crate::ui::components::show::Show;
use crate::ui::field_id::field_id;

/// The statuses in the order offered, with their message keys and path-safe names.
const STATUSES: [(AnswerStatus, MessageKey, &str); 4] = [
    (
        AnswerStatus::Implemented,
        msg::profile::STATUS_IMPLEMENTED,
        "implemented",
    ),
    (
        AnswerStatus::PartiallyImplemented,
        msg::profile::STATUS_PARTIALLY_IMPLEMENTED,
        "partially-implemented",
    ),
    (
        AnswerStatus::NotImplemented,
        msg::profile::STATUS_NOT_IMPLEMENTED,
        "not-implemented",
    ),
    (
        AnswerStatus::NotApplicable,
        msg::profile::STATUS_NOT_APPLICABLE,
        "not-applicable",
    ),
];

/// One criterion with its answer, in a fieldset named by its ID.
#[component]
pub fn CriterionAnswerItem(
    /// The account whose answer it is.
    account: AccountForm,
    /// The criterion answered.
    criterion: &'static Criterion,
) -> impl IntoView {
    let locale = Locale::expect();
    let id = criterion.id().to_string();
    let fields = AnswerFields::new(account, id.clone());
    let status = fields
        .bind(
            fields.path(CriterionAnswer::STATUS),
            |answer| answer.status,
            |answer, status| answer.status = status,
        )
        .shown_on_change();
    let status_value = status.value;
    let narrative = fields.text(
        CriterionAnswer::NARRATIVE,
        |a| &a.narrative,
        |a| &mut a.narrative,
    );
    let justification = fields.text(
        CriterionAnswer::NOT_APPLICABLE_JUSTIFICATION,
        |a| &a.not_applicable_justification,
        |a| &mut a.not_applicable_justification,
    );
    let responsible = fields.text(
        CriterionAnswer::RESPONSIBLE_PERSON,
        |a| &a.responsible_person,
        |a| &mut a.responsible_person,
    );
    let planned = fields.text(
        CriterionAnswer::PLANNED_DATE,
        |a| &a.planned_date,
        |a| &mut a.planned_date,
    );
    let reviewed = fields.text(
        CriterionAnswer::LAST_REVIEWED,
        |a| &a.last_reviewed,
        |a| &mut a.last_reviewed,
    );

    let not_applicable = move || status_value.get() == Some(AnswerStatus::NotApplicable);
    let not_done = move || {
        matches!(
            status_value.get(),
            Some(AnswerStatus::PartiallyImplemented | AnswerStatus::NotImplemented)
        )
    };
    let in_place = move || {
        matches!(
            status_value.get(),
            Some(AnswerStatus::Implemented | AnswerStatus::PartiallyImplemented)
        )
    };
    let evidence = fields.read(|answer| answer.evidence.clone());
    let edit_evidence = Callback::new(move |edit: EvidenceEdit| {
        fields.edit_at(&edit.path(fields.owner()), |answer| {
            edit.apply(&mut answer.evidence)
        });
    });
    let evidence_owner = fields.owner();
    let mark = move || criterion.requirement().name(locale.language());
    let mark_class = match criterion.requirement() {
        Requirement::Must => "app-criterion__mark app-criterion__mark--must",
        Requirement::Should => "app-criterion__mark app-criterion__mark--should",
    };
    let text_id = field_id(&fields.path("text"));
    let legend_id = format!("{text_id}-legend");
    // Whether this account's business type answers the criterion is our inference for most
    // types (CBP's per-type lists were not all available): the user should check it.
    let inferred =
        account.read(move |account| criterion.applicability_inferred_for(account.business_type));
    let inferred_id = format!("{text_id}-inferred");
    let labelled_by = legend_id.clone();

    view! {
        <section class="app-criterion" aria-labelledby=labelled_by>
            <h3 class="app-criterion__heading" id=legend_id>
                <span class="app-criterion__id">{id.clone()}</span>
                " "
                <strong class=mark_class>{mark}</strong>
            </h3>
            <p class="app-criterion__text" id=text_id.clone()>
                {move || criterion.text().get(locale.language())}
            </p>
            <Show when=move || inferred.get()>
                <p class="app-criterion__inferred" id=inferred_id.clone()>
                    {move || locale.t(msg::profile::CRITERION_INFERRED)}
                </p>
            </Show>
            <details class="app-details">
                <summary class="app-details__summary">{move || locale.t(msg::profile::CRITERION_HELP)}</summary>
                <div class="app-details__text">{move || criterion.help().get(locale.language())}</div>
            </details>
            <StatusRadios status=status described_by=text_id />
            <InputField binding=narrative label={msg::profile::ANSWER_NARRATIVE} hint={msg::profile::ANSWER_NARRATIVE_HINT}
                multiline=true />
            <Show when=not_applicable>
                <InputField binding=justification.clone() label={msg::profile::ANSWER_JUSTIFICATION}
                    multiline=true />
            </Show>
            <Show when=not_done>
                <InputField binding=planned.clone() label={msg::profile::ANSWER_PLANNED_DATE}
                    hint={msg::profile::ANSWER_DATE_HINT} input_type="date" width="app-input--width-10" />
            </Show>
            <InputField binding=responsible label={msg::profile::ANSWER_RESPONSIBLE_PERSON} optional=true width="app-input--width-20" />
            <Show when=in_place>
                <EvidenceList owner=evidence_owner.clone() references=evidence on_edit=edit_evidence
                    show_messages=account.form().submitted />
            </Show>
            <InputField binding=reviewed label={msg::profile::ANSWER_LAST_REVIEWED} optional=true
                hint={msg::profile::ANSWER_DATE_HINT} input_type="date" width="app-input--width-10" />
        </section>
    }
}

/// The status as one radio group (its own fieldset and legend); the first radio carries the
/// id the status finding links to.
#[component]
fn StatusRadios(status: FieldBinding<Option<AnswerStatus>>, described_by: String) -> impl IntoView {
    let locale = Locale::expect();
    let group_id = status.id;
    let feedback = status.feedback;
    let (chosen, change) = (status.value, status.on_change);
    let has_error = is_error(feedback);
    let message_id = feedback_id(&group_id);
    let described = move || {
        if feedback.with(Option::is_some) {
            format!("{described_by} {message_id}")
        } else {
            described_by.clone()
        }
    };
    let radios = STATUSES
        .iter()
        .enumerate()
        .map(|(index, (value, label, name))| {
            let value = *value;
            let label: MessageKey = *label;
            let radio_id = if index == 0 {
                group_id.clone()
            } else {
                format!("{group_id}-{name}")
            };
            let change = move |_| change.run(Some(value));
            view! {
                <div class="app-choice__item">
                    <input class="app-choice__input" type="radio" id=radio_id.clone()
                        name=group_id.clone() value=*name
                        aria-invalid=move || has_error().then_some("true")
                        prop:checked=move || chosen.get() == Some(value)
                        on:change=change />
                    <label class="app-label app-choice__label" for=radio_id>{move || locale.t(label)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="app-form-group" class:app-form-group--error=has_error>
            <fieldset class="app-fieldset" aria-describedby=described>
                <legend class="app-fieldset__legend app-fieldset__legend--s">
                    {move || locale.t(msg::profile::ANSWER_STATUS)}
                </legend>
                <FeedbackMessage field_id=group_id.clone() feedback=feedback />
                <div class="app-radios">{radios}</div>
            </fieldset>
        </div>
    }
}
