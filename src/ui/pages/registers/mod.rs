//! The registers of a Security Profile: business partners, facilities, personnel screening,
//! training records and IT controls.

use leptos::prelude::*;

use crate::domain::validation::Section;
use crate::state::Locale;

/// The page of register `register` of account `account_id`.
#[component]
pub fn RegisterPage(
    /// The entity account whose register is edited.
    #[prop(into)]
    account_id: String,
    /// Which register (one of the register sections).
    register: Section,
    /// Called to leave the page.
    #[prop(into)]
    on_back: Callback<()>,
) -> impl IntoView {
    let _ = (account_id, register);
    let locale = Locale::expect();
    view! {
        <button type="button" class="app-back-link" on:click=move |_| on_back.run(())>
            {move || locale.t("form.back")}
        </button>
    }
}
