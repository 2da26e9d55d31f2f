//! Loading and checking the message catalogue: several JSON files under `messages/`, one per
//! part of the product, merged into one catalogue in which a key may appear only once.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde::Deserialize;

use crate::domain::Language;

/// The message files compiled into this build, by name (for error reports): every `*.json` of
/// `messages/`, listed by the build script so that a new file cannot be forgotten.
const MESSAGE_FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/message_files.rs"));

/// One message in every language.
#[derive(Debug, Deserialize)]
struct Message {
    en: String,
    fr: String,
    es: String,
}

impl Message {
    fn get(&self, language: Language) -> &str {
        match language {
            Language::English => &self.en,
            Language::French => &self.fr,
            Language::Spanish => &self.es,
        }
    }
}

/// All user-visible messages, by key.
#[derive(Debug)]
pub struct MessageCatalogue {
    messages: BTreeMap<String, Message>,
}

/// A message file that cannot be loaded.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    /// The file is not valid JSON of the expected shape (every key needs `en`, `fr` and `es`).
    #[error("message file {file} is invalid: {source}")]
    Invalid {
        file: String,
        source: serde_json::Error,
    },
    /// The same key is defined in two files.
    #[error("message key {key} is defined in both {first} and {second}")]
    DuplicateKey {
        key: String,
        first: String,
        second: String,
    },
}

/// Something wrong with the catalogue that would show a user a blank or a wrong text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueProblem {
    /// The text of `key` in `language` is empty.
    Empty { key: String, language: Language },
    /// The placeholders of `key` differ between English and `language`.
    PlaceholdersDiffer { key: String, language: Language },
}

/// The catalogue compiled into this build. Parsed once, on first use.
pub fn messages() -> &'static MessageCatalogue {
    static CATALOGUE: OnceLock<MessageCatalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        MessageCatalogue::merge(MESSAGE_FILES).unwrap_or_else(|error| {
            panic!("the message files compiled into this build are invalid: {error}")
        })
    })
}

impl MessageCatalogue {
    /// Parses a catalogue; every key must carry `en`, `fr` and `es` or parsing fails.
    pub fn parse(json: &str) -> Result<Self, serde_json::Error> {
        Ok(Self {
            messages: serde_json::from_str(json)?,
        })
    }

    /// Merges several message files; a key defined twice is an error naming both files.
    pub fn merge(files: &[(&str, &str)]) -> Result<Self, CatalogueError> {
        let mut messages = BTreeMap::new();
        let mut origin: BTreeMap<String, &str> = BTreeMap::new();
        for (name, json) in files {
            let part: BTreeMap<String, Message> =
                serde_json::from_str(json).map_err(|source| CatalogueError::Invalid {
                    file: (*name).to_owned(),
                    source,
                })?;
            for (key, message) in part {
                if let Some(first) = origin.insert(key.clone(), name) {
                    return Err(CatalogueError::DuplicateKey {
                        key,
                        first: first.to_owned(),
                        second: (*name).to_owned(),
                    });
                }
                messages.insert(key, message);
            }
        }
        Ok(Self { messages })
    }

    /// The text of `key` in `language`, or the key itself when the catalogue lacks it.
    pub fn text<'a>(&'a self, language: Language, key: &'a str) -> &'a str {
        self.messages
            .get(key)
            .map_or(key, |message| message.get(language))
    }

    /// Whether the catalogue has `key`.
    pub fn contains(&self, key: &str) -> bool {
        self.messages.contains_key(key)
    }

    /// Every key, sorted.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    /// Everything that would show a user a blank or a mismatched text.
    pub fn problems(&self) -> Vec<CatalogueProblem> {
        let mut problems = Vec::new();
        for (key, message) in &self.messages {
            let english = placeholders(&message.en);
            for language in Language::ALL {
                let text = message.get(language);
                if text.trim().is_empty() {
                    problems.push(CatalogueProblem::Empty {
                        key: key.clone(),
                        language,
                    });
                } else if placeholders(text) != english {
                    problems.push(CatalogueProblem::PlaceholdersDiffer {
                        key: key.clone(),
                        language,
                    });
                }
            }
        }
        problems
    }
}

/// The `{name}` placeholders in a text.
fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                found.insert(&after[..end]);
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_catalogue_is_complete_in_every_language() {
        assert_eq!(messages().problems(), vec![]);
    }

    #[test]
    fn a_message_missing_a_language_is_refused() {
        let error = MessageCatalogue::parse(r#"{"a": {"en": "A", "fr": "A"}}"#);
        assert!(error.is_err(), "a key without Spanish must not load");
    }

    #[test]
    fn a_key_defined_in_two_files_is_refused() {
        let file = r#"{"a": {"en": "A", "fr": "A", "es": "A"}}"#;
        let error = MessageCatalogue::merge(&[("one", file), ("two", file)]).unwrap_err();
        assert!(matches!(error, CatalogueError::DuplicateKey { ref key, .. } if key == "a"));
    }

    #[test]
    fn empty_text_and_differing_placeholders_are_reported() {
        let catalogue = MessageCatalogue::parse(
            r#"{"a": {"en": "Hi {name}", "fr": "Salut {nom}", "es": " "}}"#,
        )
        .unwrap();
        assert_eq!(
            catalogue.problems(),
            vec![
                CatalogueProblem::PlaceholdersDiffer {
                    key: "a".into(),
                    language: Language::French
                },
                CatalogueProblem::Empty {
                    key: "a".into(),
                    language: Language::Spanish
                },
            ]
        );
    }

    #[test]
    fn the_generated_constants_are_exactly_the_keys_of_the_catalogue() {
        let named: Vec<&str> = crate::i18n::msg::ALL
            .iter()
            .map(|key| key.as_str())
            .collect();
        let mut sorted = named.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, messages().keys().collect::<Vec<_>>());
        assert_eq!(sorted.len(), named.len(), "two constants name the same key");
    }

    #[test]
    fn an_unknown_key_shows_as_itself() {
        assert_eq!(
            messages().text(Language::French, "no.such.key"),
            "no.such.key"
        );
    }

    #[test]
    fn format_fills_placeholders_in_the_chosen_language() {
        assert_eq!(
            crate::i18n::format(
                Language::Spanish,
                crate::i18n::msg::shell::FOOTER_VERSION,
                &[("version", "1.2.3")]
            ),
            "Versión 1.2.3"
        );
    }
}
