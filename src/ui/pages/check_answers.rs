//! "Check your answers" for one entity account, which prints as its dated gap report.

use leptos::prelude::*;

use crate::state::{Locale, Navigation, Screen};

/// Check your answers of account `account_id`.
#[component]
pub fn CheckAnswersPage(
    /// The entity account reviewed.
    #[prop(into)]
    account_id: String,
) -> impl IntoView {
    let locale = Locale::expect();
    let navigation = Navigation::expect();
    let back = Screen::Account(account_id);
    view! {
        <button type="button" class="app-back-link" on:click=move |_| navigation.go(back.clone())>
            {move || locale.t("form.back")}
        </button>
    }
}
