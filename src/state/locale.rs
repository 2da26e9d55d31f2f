//! The language the user works in: chosen once, remembered, and followed by `<html lang>` and the
//! document title so that screen readers and the browser know what they are reading.

use leptos::prelude::*;

use crate::domain::Language;
use crate::i18n::msg;
use crate::i18n::{self, MessageKey};
use crate::storage::preferences;

/// The current language, shared through context. Reading text through it makes the text follow
/// a language change without anything else re-rendering.
#[derive(Debug, Clone, Copy)]
pub struct Locale {
    language: RwSignal<Language>,
}

impl Locale {
    /// Starts from the saved preference, else the browser's language, else English, and provides
    /// the locale to every component below the caller.
    pub fn provide() -> Locale {
        let initial = preferences::load()
            .language
            .or_else(browser_language)
            .unwrap_or_default();
        let locale = Locale {
            language: RwSignal::new(initial),
        };
        provide_context(locale);
        Effect::new(move || {
            let language = locale.language.get();
            if let Some(root) = document().document_element() {
                // Failing to set an attribute only affects assistive hints; nothing to report.
                let _ = root.set_attribute("lang", language.tag());
            }
            document().set_title(i18n::text(language, msg::app::NAME));
        });
        locale
    }

    /// The locale provided by [`Locale::provide`] above the calling component.
    pub fn expect() -> Locale {
        expect_context::<Locale>()
    }

    /// The current language (tracked: a view reading it follows changes).
    pub fn language(&self) -> Language {
        self.language.get()
    }

    /// Switches language and remembers the choice.
    pub fn set(&self, language: Language) {
        self.language.set(language);
        let saved = preferences::save(&preferences::Preferences {
            language: Some(language),
        });
        if let Err(error) = saved {
            leptos::logging::warn!("the language choice could not be saved: {error}");
        }
    }

    /// The text of `key` in the current language (tracked).
    pub fn t(&self, key: MessageKey) -> &'static str {
        i18n::text(self.language.get(), key)
    }

    /// The text of `key` in the current language, owned (tracked).
    pub fn text(&self, key: MessageKey) -> String {
        i18n::text(self.language.get(), key).to_owned()
    }

    /// The text of `key` with placeholders filled (tracked).
    pub fn format(&self, key: MessageKey, args: &[(&str, &str)]) -> String {
        i18n::format(self.language.get(), key, args)
    }
}

fn browser_language() -> Option<Language> {
    window()
        .navigator()
        .language()
        .as_deref()
        .and_then(Language::from_tag)
}
