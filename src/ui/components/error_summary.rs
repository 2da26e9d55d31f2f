//! The error summary at the top of a page after "Continue" (GOV.UK pattern): it takes focus,
//! lists every error with a link to its field, uses the same wording as the inline messages,
//! and the page title gains an "Error:" prefix while it is shown.

use leptos::html;
use leptos::prelude::*;

use crate::domain::Language;
use crate::i18n::msg;
use crate::state::Locale;
use crate::ui::components::keyed_for::For;
use crate::ui::components::show::Show;
use crate::ui::field_focus::focus_field;

/// One entry: the field's id (the link target) and the translated message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryEntry {
    /// The id of the field in error.
    pub field_id: String,
    /// The message, as shown inline at the field.
    pub message: String,
}

/// The summary; renders nothing while `entries` is empty.
#[component]
pub fn ErrorSummary(
    /// The errors to list.
    #[prop(into)]
    entries: Signal<Vec<SummaryEntry>>,
) -> impl IntoView {
    let locale = Locale::expect();
    let summary = NodeRef::<html::Div>::new();
    // The title follows the language; focus moves to the summary only when its errors change,
    // not when the language does.
    Effect::new(move || {
        let shown = entries.with(|entries| !entries.is_empty());
        let title = locale.t(msg::app::NAME);
        if shown {
            document().set_title(&format!(
                "{} {title}",
                locale.t(msg::form::ERROR_TITLE_PREFIX)
            ));
        } else {
            document().set_title(title);
        }
    });
    // A switch changes the entries' wording only: the focus stays on the language switch.
    Effect::new(move |shown_in: Option<Language>| {
        let language = locale.language();
        let switched = shown_in.is_some_and(|previous| previous != language);
        if !switched
            && entries.with(|entries| !entries.is_empty())
            && let Some(summary) = summary.get()
        {
            let _ = summary.focus();
        }
        language
    });
    on_cleanup(move || document().set_title(locale.t(msg::app::NAME)));
    view! {
        <Show when=move || entries.with(|entries| !entries.is_empty())>
            <div class="app-error-summary" node_ref=summary tabindex="-1" role="alert" aria-labelledby="error-summary-title">
                <h2 class="app-error-summary__title" id="error-summary-title">
                    {move || locale.t(msg::form::ERROR_SUMMARY_TITLE)}
                </h2>
                <ul class="app-error-summary__list">
                    <For
                        each=move || entries.get()
                        key=|entry| (entry.field_id.clone(), entry.message.clone())
                        let:entry
                    >
                        <li>
                            <a
                                href=format!("#{}", entry.field_id)
                                on:click={
                                    let field_id = entry.field_id.clone();
                                    move |event| {
                                        event.prevent_default();
                                        focus_field(&field_id);
                                    }
                                }
                            >
                                {entry.message.clone()}
                            </a>
                        </li>
                    </For>
                </ul>
            </div>
        </Show>
    }
}
