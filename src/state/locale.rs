//! The language the user works in: chosen once, remembered, and followed by `<html lang>` and the
//! document title so that screen readers and the browser know what they are reading.

use leptos::prelude::*;

use crate::domain::Language;
use crate::i18n::msg;
use crate::i18n::{self, MessageKey};
use crate::state::language_pack;
use crate::storage::preferences;

/// The current language, shared through context. Reading text through it makes the text follow
/// a language change without anything else re-rendering.
#[derive(Debug, Clone, Copy)]
pub struct Locale {
    /// Always a language whose texts are installed, so the page never shows half of one.
    language: RwSignal<Language>,
    /// The language being fetched, if any: the last one asked for wins.
    fetching: RwSignal<Option<Language>>,
    /// A language asked for whose texts could not be fetched; the app stayed in `language`.
    unavailable: RwSignal<Option<Language>>,
}

/// Whether showing a language also saves it as the user's choice (not when it was only the
/// browser's language or an already saved choice).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Remember {
    Yes,
    No,
}

/// The language to open in: the saved preference, else the browser's language, else English.
pub fn preferred_language() -> Language {
    preferences::load()
        .language
        .or_else(browser_language)
        .unwrap_or_default()
}

impl Locale {
    /// Starts in [`preferred_language`] if its texts are installed (the entry point fetches them
    /// before the first screen), else in English while they are fetched, and provides the
    /// locale to every component below the caller.
    pub fn provide() -> Locale {
        let preferred = preferred_language();
        let installed = i18n::messages().has(preferred);
        let locale = Locale {
            language: RwSignal::new(if installed {
                preferred
            } else {
                Language::English
            }),
            fetching: RwSignal::new(None),
            unavailable: RwSignal::new(None),
        };
        if !installed {
            // A preference the entry point could not read yet (kept by an older version under
            // another name) or a pack it could not fetch: fetched (again) here.
            locale.fetch_then_show(preferred, Remember::No);
        }
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

    /// Switches language and remembers the choice, once its texts are there: at once if they
    /// are installed, else after fetching them. If they cannot be fetched, the app stays in the
    /// language it was and [`Locale::unavailable`] names the one that failed.
    pub fn set(&self, language: Language) {
        if self.unavailable.get_untracked().is_some() {
            self.unavailable.set(None);
        }
        if i18n::messages().has(language) {
            if self.fetching.get_untracked().is_some() {
                self.fetching.set(None);
            }
            self.show(language, Remember::Yes);
        } else {
            self.fetch_then_show(language, Remember::Yes);
        }
    }

    fn fetch_then_show(&self, language: Language, remember: Remember) {
        if self.fetching.get_untracked() != Some(language) {
            self.fetching.set(Some(language));
        }
        let locale = *self;
        leptos::task::spawn_local(async move {
            let fetched = language_pack::load(language).await;
            if locale.fetching.get_untracked() != Some(language) {
                return; // Another language was chosen meanwhile.
            }
            locale.fetching.set(None);
            match fetched {
                Ok(()) => locale.show(language, remember),
                Err(error) => {
                    leptos::logging::warn!("{error}");
                    locale.unavailable.set(Some(language));
                }
            }
        });
    }

    fn show(&self, language: Language, remember: Remember) {
        self.language.set(language);
        if remember == Remember::No {
            return;
        }
        let saved = preferences::save(&preferences::Preferences {
            language: Some(language),
        });
        if let Err(error) = saved {
            leptos::logging::warn!("the language choice could not be saved: {error}");
        }
    }

    /// The language last chosen: the one being fetched, else the one shown (tracked). The
    /// language switch shows it, so choosing with the arrow keys moves on from the language
    /// just chosen rather than from the one still shown.
    pub fn chosen(&self) -> Language {
        self.fetching.get().unwrap_or_else(|| self.language.get())
    }

    /// A language the user asked for whose texts could not be fetched (tracked).
    pub fn unavailable(&self) -> Option<Language> {
        self.unavailable.get()
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
