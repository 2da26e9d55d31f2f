//! The training register (MSC category 12, Education, Training & Awareness): each security
//! training session given, with its date, topic, audience and attendance, which the criteria
//! ask the company to keep as evidence of its training program.

use leptos::prelude::*;

use super::list_register;
use super::register_state::RegisterState;
use super::row::Row;
use crate::domain::model::TrainingRecord;
use crate::i18n::msg;
use crate::ui::binding::FieldSource;
use crate::ui::components::evidence_list::{EvidenceEdit, EvidenceList};
use crate::ui::components::input_field::InputField;
use crate::ui::components::register_list::RegisterTexts;

/// What the training list says.
pub const TEXTS: RegisterTexts = RegisterTexts {
    empty: msg::training::EMPTY,
    add: msg::training::ADD,
    unnamed: msg::training::UNNAMED,
    remove: msg::training::REMOVE,
    removed: msg::training::REMOVED,
};

/// Every training record, the empty state and the add button.
#[component]
pub fn TrainingRegister(
    /// The page's state.
    state: RegisterState,
) -> impl IntoView {
    list_register::<TrainingRecord>(state, TEXTS, TrainingRecord::DATE, |row| {
        view! { <TrainingFields row=row /> }.into_any()
    })
}

/// One training record's fields.
#[component]
fn TrainingFields(row: Row<TrainingRecord>) -> impl IntoView {
    let date = row.text(TrainingRecord::DATE, |t| &t.date, |t| &mut t.date);
    let topic = row.text(TrainingRecord::TOPIC, |t| &t.topic, |t| &mut t.topic);
    let audience = row.text(
        TrainingRecord::AUDIENCE,
        |t| &t.audience,
        |t| &mut t.audience,
    );
    let attendees = row.number(
        TrainingRecord::ATTENDEES,
        |t| t.attendees,
        |t| &mut t.attendees,
    );
    // The record's evidence (sign-in sheets, material, certificates), after these fields.
    let evidence = row.read(|t| t.evidence.clone());
    let owner = row.owner();
    let edit_evidence = Callback::new(move |edit: EvidenceEdit| {
        row.edit_at(&edit.path(row.owner()), |t| edit.apply(&mut t.evidence));
    });
    view! {
        <InputField binding=date label={msg::training::DATE} hint={msg::registers::DATE_HINT} input_type="date"
            width="app-input--width-10" />
        <InputField binding=topic label={msg::training::TOPIC} hint={msg::training::TOPIC_HINT} />
        <InputField binding=audience label={msg::training::AUDIENCE} hint={msg::training::AUDIENCE_HINT} />
        <InputField binding=attendees label={msg::training::ATTENDEES} optional=true input_mode="numeric"
            width="app-input--width-5" />
        <EvidenceList owner=owner references=evidence on_edit=edit_evidence />
    }
}
