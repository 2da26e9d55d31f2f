//! International program memberships (Portal "International Program Participation"):
//! optional; Canada's PIP, Mexico's OEA or another country's AEO program, with its number.

use leptos::prelude::*;

use super::form_state::FormState;
use crate::domain::Owner;
use crate::domain::model::{Program, ProgramMembership, Workspace};
use crate::domain::validation::Scope;
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::state::item_id::new_item_id;
use crate::ui::components::error_summary::focus_field;
use crate::ui::components::input_field::InputField;
use crate::ui::components::select_field::SelectField;
use crate::ui::field_id::field_id;

/// Programs as the select offers them: value, model value, message key of the name.
const PROGRAMS: [(&str, Program, MessageKey); 3] = [
    ("pip", Program::Pip, msg::program::PIP),
    ("oea", Program::Oea, msg::program::OEA),
    ("other-aeo", Program::OtherAeo, msg::program::OTHER_AEO),
];

fn membership<'a>(workspace: &'a Workspace, id: &str) -> Option<&'a ProgramMembership> {
    workspace
        .programs
        .iter()
        .find(|membership| membership.id == id)
}

/// Binds a text field of one membership.
macro_rules! program_text {
    ($form:expr, $id:expr, $path:literal, $field:ident) => {{
        let read_id = $id.clone();
        let write_id = $id.clone();
        $form.text(
            vec![Scope::Program($id.clone())],
            Owner::Program($id.clone()).field($path),
            move |workspace| {
                membership(workspace, &read_id)
                    .map(|membership| membership.$field.clone())
                    .unwrap_or_default()
            },
            move |workspace, text| {
                if let Some(membership) = workspace.program_mut(&write_id) {
                    membership.$field = text;
                }
            },
        )
    }};
}

/// Every membership, and the button to add one.
#[component]
pub fn ProgramsSection(
    /// The form this section belongs to.
    form: FormState,
) -> impl IntoView {
    let locale = Locale::expect();
    let ids = form.read(|w| w.programs.iter().map(|p| p.id.clone()).collect::<Vec<_>>());
    let add = move |_| {
        let id = new_item_id("pg");
        let new_id = id.clone();
        form.edit(&Owner::Program(id.clone()).whole(), |w| {
            w.add_program(new_id, Program::Pip);
        });
        let focus = field_id(&Owner::Program(id.clone()).field("program"));
        request_animation_frame(move || focus_field(&focus));
    };
    view! {
        <section class="app-form-section" aria-labelledby=field_id(&Owner::Programs.whole())>
            <h2 class="app-heading-m" id=field_id(&Owner::Programs.whole()) tabindex="-1">
                {move || locale.t(msg::main_account::PROGRAMS_HEADING)}
                " "
                <span class="app-heading-m__optional">{move || locale.t(msg::form::OPTIONAL)}</span>
            </h2>
            <p class="app-hint">{move || locale.t(msg::main_account::PROGRAMS_LEAD)}</p>
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <ProgramItem form=form id=id ids=ids />
            </For>
            <button type="button" class="app-button app-button--secondary" on:click=add>
                {move || locale.t(msg::main_account::PROGRAMS_ADD)}
            </button>
        </section>
    }
}

/// One membership in a fieldset named by its position.
#[component]
fn ProgramItem(form: FormState, id: String, ids: Memo<Vec<String>>) -> impl IntoView {
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
    let program_path = Owner::Program(id.clone()).field("program");
    let program = {
        let id = id.clone();
        form.read(move |w| membership(w, &id).map(|m| m.program))
    };
    let program_value = Signal::derive(move || {
        PROGRAMS
            .iter()
            .find(|(_, kind, _)| Some(*kind) == program.get())
            .map(|(value, _, _)| (*value).to_owned())
            .unwrap_or_default()
    });
    let on_program = {
        let id = id.clone();
        let path = program_path.clone();
        Callback::new(move |value: String| {
            let Some(chosen) = PROGRAMS.iter().find(|(option, _, _)| *option == value) else {
                return;
            };
            form.edit(&path, |w| {
                if let Some(membership) = w.program_mut(&id) {
                    membership.program = chosen.1;
                }
            });
        })
    };
    let number_field = program_text!(form, id, "number", number);
    let country = program_text!(form, id, "country", country);
    let remove = {
        let id = id.clone();
        move |_| {
            form.edit(&Owner::Program(id.clone()).whole(), |w| {
                w.remove_program(&id);
            });
            focus_field(&field_id(&Owner::Programs.whole()));
        }
    };
    view! {
        <fieldset class="app-fieldset app-list-item">
            <legend class="app-fieldset__legend">{label(msg::main_account::PROGRAM_LEGEND)}</legend>
            <SelectField id=field_id(&program_path) label={msg::main_account::PROGRAM_PROGRAM}
                options=PROGRAMS.iter().map(|(value, _, name)| (*value, *name)).collect()
                value=program_value on_change=on_program />
            <Show when=move || program.get() == Some(Program::OtherAeo)>
                <InputField id=country.id.clone() label={msg::main_account::PROGRAM_COUNTRY}
                    hint={msg::main_account::ADDRESS_COUNTRY_CODE_HINT} value=country.value
                    on_input=country.on_input on_blur=country.on_blur feedback=country.feedback
                    width="app-input--width-3" />
            </Show>
            <InputField id=number_field.id label={msg::main_account::PROGRAM_NUMBER} value=number_field.value
                on_input=number_field.on_input on_blur=number_field.on_blur
                feedback=number_field.feedback width="app-input--width-20" />
            <button type="button" class="app-button app-button--warning app-list-item__remove"
                on:click=remove>
                {label(msg::main_account::PROGRAM_REMOVE)}
            </button>
        </fieldset>
    }
}
