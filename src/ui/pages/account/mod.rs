//! One entity account: its own task list of sections, and its details.

use leptos::prelude::*;

use crate::state::{Locale, Navigation, Screen};

/// The task list of account `account_id`.
#[component]
pub fn AccountPage(
    /// The entity account shown.
    #[prop(into)]
    account_id: String,
) -> impl IntoView {
    let locale = Locale::expect();
    let navigation = Navigation::expect();
    let profile = Screen::SecurityProfile(account_id.clone());
    view! {
        <button type="button" class="app-back-link" on:click=move |_| navigation.go(Screen::Tasks)>
            {move || locale.t("form.back")}
        </button>
        <button type="button" class="app-button" on:click=move |_| navigation.go(profile.clone())>
            {move || locale.t("profile.lead")}
        </button>
    }
}

/// The details of account `account_id`: name, identifiers, status and anniversary.
#[component]
pub fn AccountDetailsPage(
    /// The entity account edited.
    #[prop(into)]
    account_id: String,
    /// Called to leave the page.
    #[prop(into)]
    on_back: Callback<()>,
) -> impl IntoView {
    let _ = account_id;
    let locale = Locale::expect();
    view! {
        <button type="button" class="app-back-link" on:click=move |_| on_back.run(())>
            {move || locale.t("form.back")}
        </button>
    }
}
