//! Text written once per language the product speaks: criterion wording, help, category names.

use serde::Deserialize;

use crate::domain::Language;

/// The same text in English, French (Canada) and Spanish (Mexico).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalizedText {
    en: String,
    fr: String,
    es: String,
}

impl LocalizedText {
    /// The text in `language`.
    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::English => &self.en,
            Language::French => &self.fr,
            Language::Spanish => &self.es,
        }
    }

    /// The first language in which the text is blank, so a data check can name it.
    pub(super) fn first_blank_language(&self) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|language| self.get(*language).trim().is_empty())
    }
}
