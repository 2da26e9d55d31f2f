//! The IT controls register (MSC category 4, Cybersecurity): each control that protects the
//! company's systems and data (passwords, backups, antivirus, access reviews…), how it works,
//! who owns it and when it was last tested.

use leptos::prelude::*;

use super::list_register;
use super::register_state::RegisterState;
use super::row::Row;
use crate::domain::model::ItControl;
use crate::ui::components::input_field::InputField;
use crate::ui::components::register_list::RegisterTexts;

/// What the IT control list says.
pub const TEXTS: RegisterTexts = RegisterTexts {
    empty: "it_control.empty",
    add: "it_control.add",
    unnamed: "it_control.unnamed",
    remove: "it_control.remove",
    removed: "it_control.removed",
};

/// Every IT control, the empty state and the add button.
#[component]
pub fn ItControlsRegister(
    /// The page's state.
    state: RegisterState,
) -> impl IntoView {
    list_register::<ItControl>(state, TEXTS, "name", |row| {
        view! { <ItControlFields row=row /> }.into_any()
    })
}

/// One IT control's fields.
#[component]
fn ItControlFields(row: Row<ItControl>) -> impl IntoView {
    let name = row.text("name", |c| &c.name, |c| &mut c.name);
    let description = row.text("description", |c| &c.description, |c| &mut c.description);
    let owner = row.text("owner", |c| &c.owner, |c| &mut c.owner);
    let tested = row.text("lastTested", |c| &c.last_tested, |c| &mut c.last_tested);
    view! {
        <InputField binding=name label="it_control.name" hint="it_control.name_hint" />
        <InputField binding=description label="it_control.description" multiline=true />
        <InputField binding=owner label="it_control.owner" hint="it_control.owner_hint" width="app-input--width-20" />
        <InputField binding=tested label="it_control.last_tested" hint="registers.date_hint"
            input_type="date" width="app-input--width-10" />
    }
}
