//! "Page not found": what the app shows for an address that names no screen of this workspace
//! (mistyped, or bookmarked for an account since deleted), instead of guessing one.

use leptos::prelude::*;

use crate::state::{Locale, Navigation, Screen};

/// The page shown for an address that names no screen.
#[component]
pub fn PageNotFound() -> impl IntoView {
    let locale = Locale::expect();
    let navigation = Navigation::expect();
    view! {
        <h1 class="app-heading-xl" id="page-not-found">{move || locale.t("navigation.not_found_title")}</h1>
        <p class="app-body">{move || locale.t("navigation.not_found_body")}</p>
        <button class="app-button" type="button" id="not-found-to-tasks" on:click=move |_| navigation.go(Screen::Tasks)>
            {move || locale.t("navigation.not_found_to_tasks")}
        </button>
    }
}
