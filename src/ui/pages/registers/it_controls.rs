//! The IT controls register (MSC category 4, Cybersecurity): each control that protects the
//! company's systems and data (passwords, backups, antivirus, access reviews…), how it works,
//! who owns it and when it was last tested.

use leptos::prelude::*;

use super::list_register;
use super::register_state::RegisterState;
use super::row::Row;
use crate::domain::model::ItControl;
use crate::i18n::msg;
use crate::ui::components::input_field::InputField;
use crate::ui::components::register_list::RegisterTexts;

/// What the IT control list says.
pub const TEXTS: RegisterTexts = RegisterTexts {
    empty: msg::it_control::EMPTY,
    add: msg::it_control::ADD,
    unnamed: msg::it_control::UNNAMED,
    remove: msg::it_control::REMOVE,
    removed: msg::it_control::REMOVED,
};

/// Every IT control, the empty state and the add button.
#[component]
pub fn ItControlsRegister(
    /// The page's state.
    state: RegisterState,
) -> impl IntoView {
    list_register::<ItControl>(state, TEXTS, ItControl::NAME, |row| {
        view! { <ItControlFields row=row /> }.into_any()
    })
}

/// One IT control's fields.
#[component]
fn ItControlFields(row: Row<ItControl>) -> impl IntoView {
    let name = row.text(ItControl::NAME, |c| &c.name, |c| &mut c.name);
    let description = row.text(
        ItControl::DESCRIPTION,
        |c| &c.description,
        |c| &mut c.description,
    );
    let owner = row.text(ItControl::OWNER, |c| &c.owner, |c| &mut c.owner);
    let tested = row.text(
        ItControl::LAST_TESTED,
        |c| &c.last_tested,
        |c| &mut c.last_tested,
    );
    view! {
        <InputField binding=name label={msg::it_control::NAME} hint={msg::it_control::NAME_HINT} />
        <InputField binding=description label={msg::it_control::DESCRIPTION} multiline=true />
        <InputField binding=owner label={msg::it_control::OWNER} hint={msg::it_control::OWNER_HINT} width="app-input--width-20" />
        <InputField binding=tested label={msg::it_control::LAST_TESTED} hint={msg::registers::DATE_HINT}
            input_type="date" width="app-input--width-10" />
    }
}
