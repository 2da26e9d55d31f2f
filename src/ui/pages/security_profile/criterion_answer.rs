//! One criterion and its answer: the criterion's ID, its Must/Should mark in words, its text
//! and help, a note when its applicability to the account's business type is inferred, the
//! implementation status, and the fields the status makes relevant (a
//! justification only for "not applicable", a planned date only while not fully implemented).

use leptos::prelude::*;

use super::profile_state::ProfileState;
use crate::domain::catalogue::{Criterion, Requirement};
use crate::domain::model::{AnswerStatus, CriterionAnswer};
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::ui::components::evidence_list::{EvidenceEdit, EvidenceList};
use crate::ui::components::field_feedback::{Feedback, FeedbackMessage, feedback_id, is_error};
use crate::ui::components::input_field::InputField;
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

/// One text field of an answer bound for an [`InputField`].
struct AnswerText {
    id: String,
    value: Signal<String>,
    on_input: Callback<String>,
    on_blur: Callback<()>,
    feedback: Signal<Option<Feedback>>,
}

/// Binds answer field `field` (its finding-path name) of `criterion`.
fn answer_text(
    state: ProfileState,
    answer: Memo<CriterionAnswer>,
    criterion: &str,
    field: &'static str,
    read: fn(&CriterionAnswer) -> &String,
    write: fn(&mut CriterionAnswer, String),
) -> AnswerText {
    let path = state.path(criterion, field);
    let touched = RwSignal::new(false);
    let value = Memo::new(move |_| answer.with(|answer| read(answer).clone()));
    let criterion_id = criterion.to_owned();
    AnswerText {
        id: field_id(&path),
        value: value.into(),
        on_input: Callback::new(move |text: String| {
            state.edit(&criterion_id, field, |answer| write(answer, text));
        }),
        on_blur: Callback::new(move |()| touched.set(true)),
        feedback: state.feedback(criterion, &path, touched),
    }
}

/// One criterion with its answer, in a fieldset named by its ID.
#[component]
pub fn CriterionAnswerItem(
    /// The editor's state.
    state: ProfileState,
    /// The criterion answered.
    criterion: &'static Criterion,
) -> impl IntoView {
    let locale = Locale::expect();
    let id = criterion.id().to_string();
    let answer = state.answer(id.clone());
    let status = Memo::new(move |_| answer.with(|answer| answer.status));

    let narrative = answer_text(
        state,
        answer,
        &id,
        CriterionAnswer::NARRATIVE,
        |a| &a.narrative,
        |a, text| a.narrative = text,
    );
    let justification = answer_text(
        state,
        answer,
        &id,
        CriterionAnswer::NOT_APPLICABLE_JUSTIFICATION,
        |a| &a.not_applicable_justification,
        |a, text| a.not_applicable_justification = text,
    );
    let responsible = answer_text(
        state,
        answer,
        &id,
        CriterionAnswer::RESPONSIBLE_PERSON,
        |a| &a.responsible_person,
        |a, text| a.responsible_person = text,
    );
    let planned = answer_text(
        state,
        answer,
        &id,
        CriterionAnswer::PLANNED_DATE,
        |a| &a.planned_date,
        |a, text| a.planned_date = text,
    );
    let reviewed = answer_text(
        state,
        answer,
        &id,
        CriterionAnswer::LAST_REVIEWED,
        |a| &a.last_reviewed,
        |a, text| a.last_reviewed = text,
    );

    let not_applicable = move || status.get() == Some(AnswerStatus::NotApplicable);
    let not_done = move || {
        matches!(
            status.get(),
            Some(AnswerStatus::PartiallyImplemented | AnswerStatus::NotImplemented)
        )
    };
    let in_place = move || {
        matches!(
            status.get(),
            Some(AnswerStatus::Implemented | AnswerStatus::PartiallyImplemented)
        )
    };
    let evidence = Memo::new(move |_| answer.with(|answer| answer.evidence.clone()));
    let edit_evidence = {
        let id = id.clone();
        Callback::new(move |edit: EvidenceEdit| {
            state.edit_at(&id, &edit.path(state.owner(&id)), |answer| {
                edit.apply(&mut answer.evidence)
            });
        })
    };
    let evidence_owner = state.owner(&id);
    let mark = move || criterion.requirement().name(locale.language());
    let mark_class = match criterion.requirement() {
        Requirement::Must => "app-criterion__mark app-criterion__mark--must",
        Requirement::Should => "app-criterion__mark app-criterion__mark--should",
    };
    let text_id = field_id(&state.path(&id, "text"));
    let legend_id = format!("{text_id}-legend");
    // Whether this account's business type answers the criterion is our inference for most
    // types (CBP's per-type lists were not all available): the user should check it.
    let inferred = state.read(move |workspace, account| {
        workspace
            .account(account)
            .is_some_and(|account| criterion.applicability_inferred_for(account.business_type))
    });
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
            <StatusRadios state=state criterion=id.clone() status=status described_by=text_id />
            <InputField id=narrative.id label={msg::profile::ANSWER_NARRATIVE} hint={msg::profile::ANSWER_NARRATIVE_HINT}
                multiline=true value=narrative.value on_input=narrative.on_input
                on_blur=narrative.on_blur feedback=narrative.feedback />
            <Show when=not_applicable>
                <InputField id=justification.id.clone() label={msg::profile::ANSWER_JUSTIFICATION}
                    multiline=true value=justification.value on_input=justification.on_input
                    on_blur=justification.on_blur feedback=justification.feedback />
            </Show>
            <Show when=not_done>
                <InputField id=planned.id.clone() label={msg::profile::ANSWER_PLANNED_DATE}
                    hint={msg::profile::ANSWER_DATE_HINT} input_type="date" width="app-input--width-10"
                    value=planned.value on_input=planned.on_input
                    on_blur=planned.on_blur feedback=planned.feedback />
            </Show>
            <InputField id=responsible.id label={msg::profile::ANSWER_RESPONSIBLE_PERSON} optional=true
                value=responsible.value on_input=responsible.on_input
                on_blur=responsible.on_blur feedback=responsible.feedback width="app-input--width-20" />
            <Show when=in_place>
                <EvidenceList owner=evidence_owner.clone() references=evidence on_edit=edit_evidence
                    show_messages=state.submitted />
            </Show>
            <InputField id=reviewed.id label={msg::profile::ANSWER_LAST_REVIEWED} optional=true
                hint={msg::profile::ANSWER_DATE_HINT} input_type="date" width="app-input--width-10"
                value=reviewed.value on_input=reviewed.on_input
                on_blur=reviewed.on_blur feedback=reviewed.feedback />
        </section>
    }
}

/// The status as one radio group (its own fieldset and legend); the first radio carries the
/// id the status finding links to.
#[component]
fn StatusRadios(
    state: ProfileState,
    criterion: String,
    status: Memo<Option<AnswerStatus>>,
    described_by: String,
) -> impl IntoView {
    let locale = Locale::expect();
    let path = state.path(&criterion, CriterionAnswer::STATUS);
    let group_id = field_id(&path);
    let touched = RwSignal::new(false);
    let feedback = state.feedback(&criterion, &path, touched);
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
            let criterion = criterion.clone();
            let change = move |_| {
                touched.set(true);
                state.edit(&criterion, CriterionAnswer::STATUS, |answer| answer.status = Some(value));
            };
            view! {
                <div class="app-choice__item">
                    <input class="app-choice__input" type="radio" id=radio_id.clone()
                        name=group_id.clone() value=*name
                        aria-invalid=move || has_error().then_some("true")
                        prop:checked=move || status.get() == Some(value)
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
