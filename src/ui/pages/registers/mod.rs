//! The registers of a Security Profile: business partners, facilities, personnel screening,
//! training records and IT controls, each on its own page. The criteria ask "do you screen
//! partners, light the perimeter, keep footage…"; these pages hold the facts behind the answers.
//!
//! Findings come from the validation engine through the session; "Save and continue" goes back
//! to the account only when the register has no error, and otherwise shows the error summary
//! linking each problem to its field. Warnings are shown and never block.

mod facilities;
mod it_controls;
mod items;
mod partners;
mod personnel_screening;
mod register_state;
mod row;
mod training;

use leptos::prelude::*;

use crate::domain::model::{BusinessPartner, Facility, ItControl, TrainingRecord};
use crate::domain::validation::{Finding, Scope, Section};
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::ui::binding::FieldSource;
use crate::ui::components::error_summary::{ErrorSummary, SummaryEntry};
use crate::ui::components::field_feedback::finding_text;
use crate::ui::components::register_list::row_filter::RowQuery;
use crate::ui::components::register_list::{RegisterList, RegisterRow, RegisterTexts, row_name};
use crate::ui::components::task_list::section_name;
use crate::ui::field_id::field_id;
use facilities::FacilitiesRegister;
use it_controls::ItControlsRegister;
use items::ListItem;
use partners::PartnersRegister;
use personnel_screening::PersonnelScreeningRegister;
use register_state::RegisterState;
use row::Row;
use training::TrainingRegister;

/// The rows of list register `T` with its empty state and add button; `first_field` is the
/// field a new row's focus goes to, `fields` renders one row's fields.
fn list_register<T: ListItem>(
    state: RegisterState,
    texts: RegisterTexts,
    first_field: &'static str,
    fields: fn(Row<T>) -> AnyView,
) -> impl IntoView {
    let on_add = Callback::new(move |()| {
        let id = state.add::<T>();
        state.item_field_id::<T>(&id, first_field)
    });
    let list_id = state.list_id::<T>();
    let rows = state.ids::<T>();
    let query = RwSignal::new(RowQuery::default());
    // The rows matching the search as it was asked: an edit that makes a row stop matching
    // does not take it away from under the user's hands; asking again does.
    let matching = Memo::new(move |_| {
        let query = query.get();
        (!query.is_everything()).then(|| untrack(|| state.matching::<T>(&query)))
    });
    let shown = Memo::new(move |_| {
        let rows = rows.get();
        matching.with(|matching| match matching {
            Some(matching) => rows
                .into_iter()
                .filter(|id| matching.contains(id))
                .collect(),
            None => rows,
        })
    });
    let on_remove = Callback::new(move |id: String| state.remove::<T>(&id));
    let row = Callback::new(move |id: String| {
        let row = state.row::<T>(id);
        RegisterRow {
            name: row.read(|item| item.name().to_owned()).into(),
            fields: fields(row),
        }
    });
    view! {
        <RegisterList id=list_id rows=rows query=query shown=shown texts=texts on_add=on_add
            on_remove=on_remove row=row />
    }
}

/// The scopes of a register in page order, each with its row's name and position (none for
/// the single personnel screening policy).
type ScopesOf = fn(RegisterState) -> Vec<(Scope, Option<(String, usize)>)>;

/// What differs between the register pages around their fields.
struct Register {
    /// Message key of the lead paragraph.
    lead: MessageKey,
    /// Message key of an unnamed row's name, with `{number}` (none for a single form).
    unnamed: Option<MessageKey>,
    /// The register's scopes.
    scopes: ScopesOf,
}

fn register_of(section: Section) -> Option<Register> {
    let register = match section {
        Section::BusinessPartners => Register {
            lead: msg::registers::PARTNERS_LEAD,
            unnamed: Some(partners::TEXTS.unnamed),
            scopes: |state| state.list_scopes::<BusinessPartner>(),
        },
        Section::Facilities => Register {
            lead: msg::registers::FACILITIES_LEAD,
            unnamed: Some(facilities::TEXTS.unnamed),
            scopes: |state| state.list_scopes::<Facility>(),
        },
        Section::PersonnelScreening => Register {
            lead: msg::registers::PERSONNEL_LEAD,
            unnamed: None,
            scopes: |state| vec![(Scope::PersonnelScreening(state.account_id()), None)],
        },
        Section::Training => Register {
            lead: msg::registers::TRAINING_LEAD,
            unnamed: Some(training::TEXTS.unnamed),
            scopes: |state| state.list_scopes::<TrainingRecord>(),
        },
        Section::ItControls => Register {
            lead: msg::registers::IT_CONTROLS_LEAD,
            unnamed: Some(it_controls::TEXTS.unnamed),
            scopes: |state| state.list_scopes::<ItControl>(),
        },
        _ => return None,
    };
    Some(register)
}

/// The page of register `register` of account `account_id`.
#[component]
pub fn RegisterPage(
    /// The entity account whose register is edited.
    #[prop(into)]
    account_id: String,
    /// Which register (one of the register sections).
    register: Section,
    /// Called to leave the page (also after "Save and continue" finds nothing blocking).
    #[prop(into)]
    on_back: Callback<()>,
) -> impl IntoView {
    let locale = Locale::expect();
    let back = move |_| on_back.run(());
    let Some(Register {
        lead,
        unnamed,
        scopes,
    }) = register_of(register)
    else {
        return view! {
            <button type="button" class="app-back-link" on:click=back>
                {move || locale.t(msg::form::BACK)}
            </button>
        }
        .into_any();
    };
    let state = RegisterState::new(account_id);
    let account_name = state.account.read(|account| account.name.clone());

    // The summary keeps findings and row names, not text, so it follows a language switch.
    let summary_findings = RwSignal::new(Vec::<(Finding, Option<(String, usize)>)>::new());
    let summary = Memo::new(move |_| {
        summary_findings.with(|found| {
            found
                .iter()
                .map(|(finding, row)| {
                    let message = finding_text(locale, finding);
                    SummaryEntry {
                        field_id: field_id(&finding.path),
                        message: match (row, unnamed) {
                            (Some((name, number)), Some(unnamed)) => {
                                let name = row_name(locale, unnamed, name, *number);
                                format!("{name}: {message}")
                            }
                            _ => message,
                        },
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let save_and_continue = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let errors: Vec<_> = scopes(state)
            .into_iter()
            .flat_map(|(scope, row)| {
                state
                    .form()
                    .errors_in(std::slice::from_ref(&scope))
                    .into_iter()
                    .map(move |finding| (finding, row.clone()))
            })
            .collect();
        if errors.is_empty() {
            summary_findings.set(Vec::new());
            on_back.run(());
        } else {
            state.form().submitted.set(true);
            summary_findings.set(errors);
        }
    };

    let fields = match register {
        Section::BusinessPartners => view! { <PartnersRegister state=state /> }.into_any(),
        Section::Facilities => view! { <FacilitiesRegister state=state /> }.into_any(),
        Section::PersonnelScreening => {
            view! { <PersonnelScreeningRegister state=state /> }.into_any()
        }
        Section::Training => view! { <TrainingRegister state=state /> }.into_any(),
        _ => view! { <ItControlsRegister state=state /> }.into_any(),
    };

    view! {
        <div class="app-register">
            <ErrorSummary entries=summary />
            <button type="button" class="app-back-link" on:click=back>
                {move || locale.t(msg::form::BACK)}
            </button>
            <h1 class="app-heading-xl">
                <span class="app-caption">{move || account_name.get()}</span>
                " "
                {move || section_name(locale, register)}
            </h1>
            <p class="app-body-lead">{move || locale.t(lead)}</p>
            <form class="app-form" novalidate=true on:submit=save_and_continue>
                {fields}
                <div class="app-button-group">
                    <button type="submit" class="app-button">
                        {move || locale.t(msg::profile::SAVE_AND_CONTINUE)}
                    </button>
                </div>
            </form>
        </div>
    }
    .into_any()
}
