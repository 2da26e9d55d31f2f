//! The frame around every screen: the skip link, the header with the product name and the
//! language switch, and the footer. Both programs draw it (the start program around the start
//! page, the editor around everything), so the page does not move when one hands over to the
//! other.

use leptos::prelude::*;

use crate::i18n::msg;
use crate::state::Locale;
use crate::ui::components::LanguageSwitch;

/// The skip link and the header; `children` go in the header's navigation before the language
/// switch (what an open workspace adds: save status, settings, lock).
#[component]
pub fn PageHeader(#[prop(optional)] children: Option<Children>) -> impl IntoView {
    let locale = Locale::expect();
    view! {
        <a class="app-skip-link" href="#main-content">{move || locale.t(msg::shell::SKIP_LINK)}</a>
        <header class="app-header">
            <div class="app-header__container">
                <span class="app-header__product">{move || locale.t(msg::app::NAME)}</span>
                <nav class="app-header__navigation" aria-label=move || locale.t(msg::shell::NAVIGATION_LABEL)>
                    {children.map(|children| children())}
                    <LanguageSwitch />
                </nav>
            </div>
        </header>
    }
}

/// The footer: where the data stays, and the version.
#[component]
pub fn PageFooter() -> impl IntoView {
    let locale = Locale::expect();
    view! {
        <footer class="app-footer">
            <p class="app-footer__privacy">{move || locale.t(msg::shell::FOOTER_PRIVACY)}</p>
            <p class="app-footer__version">
                {move || locale.format(msg::shell::FOOTER_VERSION, &[("version", crate::APP_VERSION)])}
            </p>
        </footer>
    }
}
