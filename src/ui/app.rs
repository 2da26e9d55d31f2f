//! The page shell: header with the product name and language switch, the main area, the footer.

use leptos::prelude::*;

use crate::state::Locale;
use crate::ui::components::LanguageSwitch;
use crate::ui::pages::HomePage;

/// The whole app, as mounted on the page.
#[component]
pub fn App() -> impl IntoView {
    let locale = Locale::provide();
    view! {
        <a class="app-skip-link" href="#main-content">{move || locale.t("shell.skip_link")}</a>
        <header class="app-header">
            <div class="app-header__container">
                <span class="app-header__product">{move || locale.t("app.name")}</span>
                <LanguageSwitch />
            </div>
        </header>
        <main class="app-main" id="main-content" tabindex="-1">
            <crate::ui::components::update_prompt::UpdatePrompt />
            <HomePage />
        </main>
        <footer class="app-footer">
            <p class="app-footer__privacy">{move || locale.t("shell.footer_privacy")}</p>
            <p class="app-footer__version">
                {move || locale.format("shell.footer_version", &[("version", crate::APP_VERSION)])}
            </p>
        </footer>
    }
}
