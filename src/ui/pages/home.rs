//! The home screen: the task list that says what is done and what to do next
//! (the GOV.UK "complete multiple tasks" pattern).

use leptos::prelude::*;

use crate::state::Locale;

/// The task list. Tasks arrive with onboarding and the profile editor; until then it says so.
#[component]
pub fn HomePage() -> impl IntoView {
    let locale = Locale::expect();
    view! {
        <h1 class="app-heading-xl">{move || locale.t("home.title")}</h1>
        <p class="app-body-lead">{move || locale.t("home.lead")}</p>
        <section class="app-task-list" aria-labelledby="task-list-heading">
            <h2 class="app-heading-m" id="task-list-heading">{move || locale.t("home.tasks_heading")}</h2>
            <ul class="app-task-list__items"></ul>
            <p class="app-task-list__empty">{move || locale.t("home.no_tasks")}</p>
        </section>
    }
}
