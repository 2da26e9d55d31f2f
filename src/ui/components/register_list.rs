//! A list of rows the user adds and removes (GOV.UK "add another"), for the Security Profile's
//! registers: an empty state that says what is missing, one fieldset per row named after the
//! row, a remove button that names the row, and focus that goes somewhere sensible after each
//! change (the new row's first field; the next row, or the empty state, after a removal).
//!
//! It knows nothing of what a row holds: the page gives each row's name and fields.

use leptos::prelude::*;

use super::error_summary::focus_field;
use crate::i18n::MessageKey;
use crate::state::Locale;

/// The message keys a register list shows.
#[derive(Debug, Clone, Copy)]
pub struct RegisterTexts {
    /// Shown while the list is empty ("No business partners yet").
    pub empty: MessageKey,
    /// The add button ("Add a business partner").
    pub add: MessageKey,
    /// The name of a row not named yet, with `{number}` ("Partner 2").
    pub unnamed: MessageKey,
    /// The remove button, with `{name}` ("Remove ACME Freight").
    pub remove: MessageKey,
    /// Told to screen readers once a row is removed, with `{name}`.
    pub removed: MessageKey,
}

/// What the page gives for one row.
pub struct RegisterRow {
    /// The name the row is known by as typed (blank while unnamed).
    pub name: Signal<String>,
    /// The row's fields.
    pub fields: AnyView,
}

/// The id of the legend of row `row` in the list `list_id`. Lists use the findings path of
/// the list as their id, so this is also the id of the row's own path.
pub fn row_legend_id(list_id: &str, row: &str) -> String {
    format!("{list_id}-{row}")
}

/// The name a row shows: its own, or "Partner 2" while it has none.
/// `unnamed` is the message key of an unnamed row, with `{number}`.
pub fn row_name(locale: Locale, unnamed: MessageKey, name: &str, number: usize) -> String {
    let name = name.trim();
    if name.is_empty() {
        locale.format(unnamed, &[("number", &number.to_string())])
    } else {
        name.to_owned()
    }
}

/// The rows, the empty state and the add button.
#[component]
pub fn RegisterList(
    /// The list's id; rows' legends are `<id>-<row id>`, the empty state `<id>-empty`.
    #[prop(into)]
    id: String,
    /// The rows' ids, in order.
    #[prop(into)]
    rows: Signal<Vec<String>>,
    /// What the list says.
    texts: RegisterTexts,
    /// Adds a row and returns the id of the field to focus (the new row's first).
    on_add: Callback<(), String>,
    /// Removes the row with this id.
    on_remove: Callback<String>,
    /// The name and fields of the row with this id.
    row: Callback<String, RegisterRow>,
) -> impl IntoView {
    let locale = Locale::expect();
    let empty_id = format!("{id}-empty");
    let add_id = format!("{id}-add");
    let list_id = StoredValue::new(id.clone());
    let announcement = RwSignal::new(None::<String>);

    let add = move |_| {
        announcement.set(None);
        let focus = on_add.run(());
        request_animation_frame(move || focus_field(&focus));
    };
    let remove = move |row_id: String, name: String| {
        let index = rows.with_untracked(|rows| rows.iter().position(|r| *r == row_id));
        on_remove.run(row_id);
        announcement.set(Some(name));
        // The row that took the removed one's place, else the one before, else the empty state.
        let target = rows.with_untracked(|rows| {
            let index = index.unwrap_or(0).min(rows.len().saturating_sub(1));
            rows.get(index)
                .map(|next| list_id.with_value(|list| row_legend_id(list, next)))
        });
        let target = target.unwrap_or_else(|| list_id.with_value(|list| format!("{list}-empty")));
        request_animation_frame(move || focus_field(&target));
    };

    view! {
        <div class="app-register-list" id=id>
            <p class="app-visually-hidden" role="status">
                {move || {
                    announcement.get().map(|name| locale.format(texts.removed, &[("name", &name)]))
                }}
            </p>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="app-register-list__empty" id=empty_id.clone() tabindex="-1">
                    {move || locale.t(texts.empty)}
                </p>
            </Show>
            <For each=move || rows.get() key=|row_id| row_id.clone() let:row_id>
                {
                    let RegisterRow { name, fields } = row.run(row_id.clone());
                    let number = {
                        let row_id = row_id.clone();
                        Memo::new(move |_| {
                            rows.with(|rows| rows.iter().position(|r| *r == row_id))
                                .map_or(0, |index| index + 1)
                        })
                    };
                    let shown = Memo::new(move |_| {
                        name.with(|name| row_name(locale, texts.unnamed, name, number.get()))
                    });
                    let legend_id = list_id.with_value(|list| row_legend_id(list, &row_id));
                    view! {
                        <fieldset class="app-fieldset app-list-item">
                            <legend class="app-fieldset__legend app-fieldset__legend--m" id=legend_id
                                tabindex="-1">
                                {move || shown.get()}
                            </legend>
                            {fields}
                            <button type="button"
                                class="app-button app-button--warning app-list-item__remove"
                                on:click=move |_| remove(row_id.clone(), shown.get_untracked())>
                                {move || locale.format(texts.remove, &[("name", &shown.get())])}
                            </button>
                        </fieldset>
                    }
                }
            </For>
            <button type="button" class="app-button app-button--secondary" id=add_id
                on:click=add>
                {move || locale.t(texts.add)}
            </button>
        </div>
    }
}
