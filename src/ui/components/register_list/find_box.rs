//! The find box above a long register: words to look for, a status to keep, how many rows
//! match (told to screen readers as it changes) and a way back to every row.

use leptos::prelude::*;

use super::row_filter::{RowQuery, StatusFilter};
use crate::domain::validation::ItemStatus;
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::ui::components::show::Show;

/// The status choices, with the value each has in the page.
const STATUSES: [(&str, StatusFilter, MessageKey); 4] = [
    ("any", StatusFilter::Any, msg::registers::FIND_STATUS_ANY),
    (
        "to-fix",
        StatusFilter::Only(ItemStatus::ToFix),
        msg::registers::FIND_STATUS_TO_FIX,
    ),
    (
        "to-check",
        StatusFilter::Only(ItemStatus::ToCheck),
        msg::registers::FIND_STATUS_TO_CHECK,
    ),
    (
        "complete",
        StatusFilter::Only(ItemStatus::Complete),
        msg::registers::FIND_STATUS_COMPLETE,
    ),
];

/// The find box of the list `list_id`.
#[component]
pub(super) fn FindBox(
    /// The list's id; the box's fields are `<id>-find` and `<id>-status`.
    list_id: String,
    /// What is asked for.
    query: RwSignal<RowQuery>,
    /// How many rows match.
    #[prop(into)]
    shown: Signal<usize>,
    /// How many rows there are.
    #[prop(into)]
    count: Signal<usize>,
) -> impl IntoView {
    let locale = Locale::expect();
    let words_id = format!("{list_id}-find");
    let hint_id = format!("{words_id}-hint");
    let status_id = format!("{list_id}-status");
    let words = move || query.with(|query| query.words.clone());
    let status = move || {
        let chosen = query.with(|query| query.status);
        STATUSES
            .iter()
            .find(|(_, status, _)| *status == chosen)
            .map_or("any", |(value, _, _)| *value)
    };
    let choose = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        let chosen = STATUSES
            .iter()
            .find(|(own, _, _)| *own == value)
            .map_or(StatusFilter::Any, |(_, status, _)| *status);
        query.update(|query| query.status = chosen);
    };
    let narrowed = move || query.with(|query| !query.is_everything());
    let counted = move || {
        if narrowed() && shown.get() == 0 {
            locale.t(msg::registers::FIND_NONE).to_owned()
        } else {
            locale.format(
                msg::registers::FIND_COUNT,
                &[
                    ("shown", &shown.get().to_string()),
                    ("count", &count.get().to_string()),
                ],
            )
        }
    };
    view! {
        <div class="app-register-find" role="search">
            <div class="app-register-find__fields">
                <div class="app-form-group">
                    <label class="app-label" for=words_id.clone()>
                        {move || locale.t(msg::registers::FIND_LABEL)}
                    </label>
                    <div class="app-hint" id=hint_id.clone()>
                        {move || locale.t(msg::registers::FIND_HINT)}
                    </div>
                    <input class="app-input app-input--width-20" type="search" id=words_id
                        aria-describedby=hint_id autocomplete="off" spellcheck="false"
                        prop:value=words
                        on:input=move |event| {
                            let typed = event_target_value(&event);
                            query.update(|query| query.words = typed);
                        } />
                </div>
                <div class="app-form-group">
                    <label class="app-label" for=status_id.clone()>
                        {move || locale.t(msg::registers::FIND_STATUS)}
                    </label>
                    <select class="app-select" id=status_id prop:value=status on:change=choose>
                        {STATUSES
                            .iter()
                            .map(|(value, _, label)| {
                                view! {
                                    <option value=*value>{move || locale.t(*label)}</option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <p class="app-register-find__count" role="status">{counted}</p>
            <Show when=narrowed>
                <button type="button" class="app-button app-button--secondary"
                    on:click=move |_| query.set(RowQuery::default())>
                    {move || locale.t(msg::registers::FIND_CLEAR)}
                </button>
            </Show>
        </div>
    }
}
