//! Text written once per language the product speaks: criterion wording, help, category names.
//!
//! The criteria file has each text in English, French and Spanish. The browser app compiles in
//! a copy whose texts carry English and the key of their French and Spanish in the language
//! packs (written by the build script), so a text of that copy shows in French once the French
//! pack's criterion texts are installed ([`install_translations`], which the message catalogue
//! calls when it installs a pack), and in English until then.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::domain::Language;

/// The criterion texts of the installed French and Spanish packs, by key.
static FRENCH: OnceLock<BTreeMap<String, String>> = OnceLock::new();
static SPANISH: OnceLock<BTreeMap<String, String>> = OnceLock::new();

/// Installs the criterion texts of a language pack (keys `criteria.…`); a language installed
/// twice keeps the first, and English, compiled in, is never installed.
pub fn install_translations(language: Language, texts: BTreeMap<String, String>) {
    if let Some(slot) = translations(language) {
        // Already installed: the same release's texts either way.
        let _ = slot.set(texts);
    }
}

fn translation(language: Language, key: &str) -> Option<&'static str> {
    translations(language)?.get()?.get(key).map(String::as_str)
}

/// Where the criterion texts of `language` go; none for English.
fn translations(language: Language) -> Option<&'static OnceLock<BTreeMap<String, String>>> {
    match language {
        Language::English => None,
        Language::French => Some(&FRENCH),
        Language::Spanish => Some(&SPANISH),
    }
}

/// The same text in English, French (Canada) and Spanish (Mexico).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "WrittenText")]
pub struct LocalizedText {
    en: String,
    others: OtherLanguages,
}

/// Where a text's French and Spanish are.
#[derive(Debug, Clone, PartialEq, Eq)]
enum OtherLanguages {
    /// In the file itself.
    Written { fr: String, es: String },
    /// In the language packs, under this key.
    InPacks { key: String },
}

/// A text as the file has it: every language, or English and the key of the others.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WrittenText {
    en: String,
    fr: Option<String>,
    es: Option<String>,
    key: Option<String>,
}

impl TryFrom<WrittenText> for LocalizedText {
    type Error = &'static str;

    fn try_from(text: WrittenText) -> Result<Self, Self::Error> {
        let WrittenText { en, fr, es, key } = text;
        let others = match (fr, es, key) {
            (Some(fr), Some(es), None) => OtherLanguages::Written { fr, es },
            (None, None, Some(key)) => OtherLanguages::InPacks { key },
            _ => {
                return Err(
                    "a text needs `en`, `fr` and `es`, or `en` and the `key` of the others",
                );
            }
        };
        Ok(LocalizedText { en, others })
    }
}

impl LocalizedText {
    /// The text in `language`; in English while a language whose text is in a pack is not
    /// installed.
    pub fn get(&self, language: Language) -> &str {
        match (&self.others, language) {
            (_, Language::English) => &self.en,
            (OtherLanguages::Written { fr, .. }, Language::French) => fr,
            (OtherLanguages::Written { es, .. }, Language::Spanish) => es,
            (OtherLanguages::InPacks { key }, language) => {
                translation(language, key).unwrap_or(&self.en)
            }
        }
    }

    /// The key of the text's French and Spanish in the language packs, if they are there.
    pub(super) fn pack_key(&self) -> Option<&str> {
        match &self.others {
            OtherLanguages::InPacks { key } => Some(key),
            OtherLanguages::Written { .. } => None,
        }
    }

    /// The first language in which the text is blank, so a data check can name it. A text
    /// whose French and Spanish are in the packs is checked in English here; the packs are
    /// checked against the file by the catalogue's tests.
    pub(super) fn first_blank_language(&self) -> Option<Language> {
        let written = |language: Language| {
            language == Language::English || matches!(self.others, OtherLanguages::Written { .. })
        };
        Language::ALL
            .into_iter()
            .filter(|language| written(*language))
            .find(|language| self.get(*language).trim().is_empty())
    }
}
