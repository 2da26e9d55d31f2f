//! International program memberships (Portal "International Program Participation"):
//! optional; Canada's PIP, Mexico's OEA or another country's AEO program, with its number.

use leptos::prelude::*;

use super::list_item::{ItemFields, add_item, item_ids, list_id};
use crate::domain::model::{Program, ProgramMembership};
use crate::i18n::msg;
use crate::state::Locale;
use crate::ui::binding::options::{Options, option_names};
use crate::ui::binding::{FieldSource, Form};
use crate::ui::components::input_field::InputField;
use crate::ui::components::keyed_for::For;
use crate::ui::components::select_field::SelectField;
use crate::ui::components::show::Show;

/// Programs as the select offers them: value, model value, message key of the name.
const PROGRAMS: &Options<Program> = &[
    ("pip", Program::Pip, msg::program::PIP),
    ("oea", Program::Oea, msg::program::OEA),
    ("other-aeo", Program::OtherAeo, msg::program::OTHER_AEO),
];

/// Every membership, and the button to add one.
#[component]
pub fn ProgramsSection(
    /// The form this section belongs to.
    form: Form,
) -> impl IntoView {
    let locale = Locale::expect();
    let heading_id = list_id::<ProgramMembership>();
    let ids = item_ids::<ProgramMembership>(form);
    let add = move |_| {
        add_item::<ProgramMembership>(form, ProgramMembership::PROGRAM, |workspace, id| {
            workspace.add_program(id, Program::Pip);
        });
    };
    view! {
        <section class="app-form-section" aria-labelledby=heading_id.clone()>
            <h2 class="app-heading-m" id=heading_id.clone() tabindex="-1">
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
fn ProgramItem(form: Form, id: String, ids: Memo<Vec<String>>) -> impl IntoView {
    let item = ItemFields::<ProgramMembership>::new(form, id);
    let number = item.number(ids);
    let label = move |key| ItemFields::<ProgramMembership>::numbered(number, key);
    let program = item.read(|membership| Some(membership.program));
    let chosen = item
        .bind(
            item.path(ProgramMembership::PROGRAM),
            |membership| Some(membership.program),
            |membership, program| {
                if let Some(program) = program {
                    membership.program = program;
                }
            },
        )
        .chosen_from(PROGRAMS);
    let number_field = item.text(ProgramMembership::NUMBER, |m| &m.number, |m| &mut m.number);
    let country = item.text(
        ProgramMembership::COUNTRY,
        |m| &m.country,
        |m| &mut m.country,
    );
    view! {
        <fieldset class="app-fieldset app-list-item">
            <legend class="app-fieldset__legend">{label(msg::main_account::PROGRAM_LEGEND)}</legend>
            <SelectField binding=chosen label={msg::main_account::PROGRAM_PROGRAM}
                options=option_names(PROGRAMS) />
            <Show when=move || program.get() == Some(Program::OtherAeo)>
                <InputField id=country.id.clone() label={msg::main_account::PROGRAM_COUNTRY}
                    hint={msg::main_account::ADDRESS_COUNTRY_CODE_HINT} value=country.value
                    on_input=country.on_change on_blur=country.on_blur feedback=country.feedback
                    width="app-input--width-3" />
            </Show>
            <InputField binding=number_field label={msg::main_account::PROGRAM_NUMBER}
                width="app-input--width-20" />
            <button type="button" class="app-button app-button--warning app-list-item__remove"
                on:click=move |_| item.remove()>
                {label(msg::main_account::PROGRAM_REMOVE)}
            </button>
        </fieldset>
    }
}
