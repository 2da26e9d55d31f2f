//! The language switch in the header. Each language is named in itself, so someone who reads
//! only that language can find it.

use leptos::prelude::*;

use crate::domain::Language;
use crate::i18n::msg;
use crate::state::Locale;

/// A labelled list of the three languages; choosing one switches the whole app at once (after
/// fetching its texts the first time), or says why it could not.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let locale = Locale::expect();
    let on_change = move |event: leptos::ev::Event| {
        if let Some(language) = Language::from_tag(&event_target_value(&event)) {
            locale.set(language);
        }
    };
    view! {
        <div class="app-language-switch">
            <label class="app-language-switch__label" for="language-switch">
                {move || locale.t(msg::shell::LANGUAGE_LABEL)}
            </label>
            // Back to the language shown when the one chosen could not be fetched.
            <select class="app-language-switch__select" id="language-switch" on:change=on_change
                aria-describedby=move || locale.unavailable().map(|_| "language-unavailable")
                prop:value=move || {
                    locale.unavailable();
                    locale.chosen().tag()
                }>
                {Language::ALL
                    .into_iter()
                    .map(|language| {
                        view! {
                            <option
                                value=language.tag()
                                lang=language.tag()
                                selected=move || locale.language() == language
                            >
                                {language.endonym()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            {move || {
                locale
                    .unavailable()
                    .map(|language| {
                        view! {
                            <p class="app-language-switch__error" id="language-unavailable"
                                role="alert">
                                {locale
                                    .format(
                                        msg::shell::LANGUAGE_UNAVAILABLE,
                                        &[("language", language.endonym())],
                                    )}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
