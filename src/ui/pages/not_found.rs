//! "Page not found": what the app shows for an address that names no screen of this workspace
//! (mistyped, or bookmarked for an account since deleted), instead of guessing one.

use leptos::prelude::*;

use crate::i18n::msg;
use crate::state::{Locale, Navigation, Screen};

/// The page shown for an address that names no screen.
#[component]
pub fn PageNotFound() -> impl IntoView {
    let locale = Locale::expect();
    let navigation = Navigation::expect();
    view! {
        <h1 class="app-heading-xl" id="page-not-found">{move || locale.t(msg::navigation::NOT_FOUND_TITLE)}</h1>
        <p class="app-body">{move || locale.t(msg::navigation::NOT_FOUND_BODY)}</p>
        <button class="app-button" type="button" id="not-found-to-tasks" on:click=move |_| navigation.go(Screen::Tasks)>
            {move || locale.t(msg::navigation::NOT_FOUND_TO_TASKS)}
        </button>
    }
}
