//! The message catalogue: every key's English text, compiled into every build, and the French
//! and Spanish texts, each a pack of its own. Tests (and builds with the `all-languages`
//! feature) compile the packs in; the browser app fetches the pack of the language the user
//! chooses ([`pack_file`]) and installs it ([`install_pack`]), so a first visit downloads one
//! language, not three. A language whose pack is not installed shows in English.
//!
//! The build script writes these files from `messages/*.json`, where each key carries its text
//! in all three languages and a key defined twice stops the build.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use crate::domain::Language;
use crate::domain::catalogue::{Catalogue, install_translations};

/// Every key's English text, as the build script wrote it.
const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/english.json"));

/// The names of the language packs, and with `all-languages` the packs themselves.
mod packs {
    include!(concat!(env!("OUT_DIR"), "/language_packs.rs"));
}

/// Texts by key in one language.
type Texts = BTreeMap<String, String>;

/// All user-visible messages, by key: English, and the other languages once installed.
#[derive(Debug)]
pub struct MessageCatalogue {
    english: Texts,
    french: OnceLock<Texts>,
    spanish: OnceLock<Texts>,
}

/// Texts that cannot be loaded into the catalogue.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    /// The file is not a JSON object of texts by key.
    #[error("the {language:?} texts are not a JSON object of texts by key: {source}")]
    Invalid {
        language: Language,
        source: serde_json::Error,
    },
    /// A pack lacks texts the app shows (it belongs to another release of the app).
    #[error("the {language:?} pack lacks {missing} of the app's texts, the first {first}")]
    Incomplete {
        language: Language,
        missing: usize,
        first: String,
    },
    /// English is compiled in; it has no pack.
    #[error("English is compiled into the app and is not installed from a pack")]
    EnglishIsBuiltIn,
}

/// Something wrong with the catalogue that would show a user a blank or a wrong text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueProblem {
    /// The text of `key` in `language` is empty.
    Empty { key: String, language: Language },
    /// The placeholders of `key` differ between English and `language`.
    PlaceholdersDiffer { key: String, language: Language },
}

/// The catalogue of this build, parsed once, on first use; in tests, complete.
pub fn messages() -> &'static MessageCatalogue {
    static CATALOGUE: OnceLock<MessageCatalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let catalogue = MessageCatalogue::from_english(ENGLISH)
            .unwrap_or_else(|error| panic!("the English texts of this build are invalid: {error}"));
        #[cfg(any(test, feature = "all-languages"))]
        for (language, pack) in [
            (Language::French, packs::FRENCH_PACK),
            (Language::Spanish, packs::SPANISH_PACK),
        ] {
            install_into(
                &catalogue,
                crate::domain::catalogue::catalogue(),
                language,
                pack,
            )
            .unwrap_or_else(|error| {
                panic!("a language pack compiled into this build is invalid: {error}")
            });
        }
        catalogue
    })
}

/// Installs a language pack of this release: its messages into [`messages`], its criterion
/// texts (keys `criteria.…`) into the criteria catalogue. A pack lacking a message or a
/// criterion text is refused whole and changes nothing: the page stays in the language it
/// shows rather than mix in English.
pub fn install_pack(language: Language, pack: &str) -> Result<(), CatalogueError> {
    install_into(
        messages(),
        crate::domain::catalogue::catalogue(),
        language,
        pack,
    )
}

/// Installs `pack` into `messages`, if it holds every text of `messages` and every criterion
/// text `criteria` takes from the packs.
fn install_into(
    messages: &MessageCatalogue,
    criteria: &Catalogue,
    language: Language,
    pack: &str,
) -> Result<(), CatalogueError> {
    let (criterion_texts, texts): (Texts, Texts) = parse(language, pack)?
        .into_iter()
        .partition(|(key, _)| key.starts_with(CRITERION_KEYS));
    let mut missing = criteria
        .pack_keys()
        .filter(|key| !criterion_texts.contains_key(*key));
    if let Some(first) = missing.next() {
        return Err(CatalogueError::Incomplete {
            language,
            first: first.to_owned(),
            missing: 1 + missing.count(),
        });
    }
    messages.install_texts(language, texts)?;
    install_translations(language, criterion_texts);
    Ok(())
}

/// How the keys of criterion texts start in a pack (the build script names them so).
const CRITERION_KEYS: &str = "criteria.";

/// Where the pack of `language` is, relative to the app's folder; `None` for English, which
/// every build carries.
pub fn pack_file(language: Language) -> Option<&'static str> {
    match language {
        Language::English => None,
        Language::French => Some(packs::FRENCH_FILE),
        Language::Spanish => Some(packs::SPANISH_FILE),
    }
}

impl MessageCatalogue {
    /// A catalogue of these English texts (a JSON object of texts by key), with no other
    /// language installed yet.
    pub fn from_english(json: &str) -> Result<Self, CatalogueError> {
        Ok(Self {
            english: parse(Language::English, json)?,
            french: OnceLock::new(),
            spanish: OnceLock::new(),
        })
    }

    /// Installs the texts of `language` from its pack. A pack must have a text for every key
    /// (a pack of another release is refused whole rather than shown half in English). Installing
    /// a language twice keeps the first.
    pub fn install(&self, language: Language, pack: &str) -> Result<(), CatalogueError> {
        self.install_texts(language, parse(language, pack)?)
    }

    fn install_texts(&self, language: Language, texts: Texts) -> Result<(), CatalogueError> {
        let slot = self
            .slot(language)
            .ok_or(CatalogueError::EnglishIsBuiltIn)?;
        if slot.get().is_some() {
            return Ok(());
        }
        let mut missing = self.english.keys().filter(|key| !texts.contains_key(*key));
        if let Some(first) = missing.next() {
            return Err(CatalogueError::Incomplete {
                language,
                missing: 1 + missing.count(),
                first: first.clone(),
            });
        }
        // Another install may have won the race; either holds the same texts.
        let _ = slot.set(texts);
        Ok(())
    }

    /// Whether the texts of `language` can be shown (English always can).
    pub fn has(&self, language: Language) -> bool {
        self.slot(language).is_none_or(|slot| slot.get().is_some())
    }

    fn slot(&self, language: Language) -> Option<&OnceLock<Texts>> {
        match language {
            Language::English => None,
            Language::French => Some(&self.french),
            Language::Spanish => Some(&self.spanish),
        }
    }

    fn texts(&self, language: Language) -> Option<&Texts> {
        match self.slot(language) {
            None => Some(&self.english),
            Some(slot) => slot.get(),
        }
    }

    /// The text of `key` in `language`; in English while that language is not installed; the
    /// key itself when the catalogue lacks it.
    pub fn text<'a>(&'a self, language: Language, key: &'a str) -> &'a str {
        self.texts(language)
            .and_then(|texts| texts.get(key))
            .or_else(|| self.english.get(key))
            .map_or(key, String::as_str)
    }

    /// Whether the catalogue has `key`.
    pub fn contains(&self, key: &str) -> bool {
        self.english.contains_key(key)
    }

    /// Every key, sorted.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.english.keys().map(String::as_str)
    }

    /// Everything in the installed languages that would show a user a blank or a mismatched
    /// text.
    pub fn problems(&self) -> Vec<CatalogueProblem> {
        let mut problems = Vec::new();
        for (key, english) in &self.english {
            let expected = placeholders(english);
            for language in Language::ALL {
                let Some(texts) = self.texts(language) else {
                    continue;
                };
                let text = texts.get(key).map_or("", String::as_str);
                if text.trim().is_empty() {
                    problems.push(CatalogueProblem::Empty {
                        key: key.clone(),
                        language,
                    });
                } else if placeholders(text) != expected {
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

fn parse(language: Language, json: &str) -> Result<Texts, CatalogueError> {
    serde_json::from_str(json).map_err(|source| CatalogueError::Invalid { language, source })
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
        assert!(Language::ALL.into_iter().all(|l| messages().has(l)));
        assert_eq!(messages().problems(), vec![]);
    }

    /// A catalogue of one key, "a", in every language.
    fn one_key(english: &str, french: &str, spanish: &str) -> MessageCatalogue {
        let json = |text: &str| serde_json::json!({ "a": text }).to_string();
        let catalogue = MessageCatalogue::from_english(&json(english)).unwrap();
        catalogue.install(Language::French, &json(french)).unwrap();
        catalogue
            .install(Language::Spanish, &json(spanish))
            .unwrap();
        catalogue
    }

    #[test]
    fn a_language_not_installed_shows_in_english_until_its_pack_is() {
        let catalogue = MessageCatalogue::from_english(r#"{"a": "Save"}"#).unwrap();
        assert!(!catalogue.has(Language::French));
        assert_eq!(catalogue.text(Language::French, "a"), "Save");
        catalogue
            .install(Language::French, r#"{"a": "Enregistrer"}"#)
            .unwrap();
        assert!(catalogue.has(Language::French));
        assert_eq!(catalogue.text(Language::French, "a"), "Enregistrer");
        assert_eq!(catalogue.text(Language::Spanish, "a"), "Save");
    }

    #[test]
    fn a_pack_lacking_a_text_or_not_json_is_refused_and_changes_nothing() {
        let catalogue = MessageCatalogue::from_english(r#"{"a": "A", "b": "B"}"#).unwrap();
        let error = catalogue
            .install(Language::Spanish, r#"{"a": "A"}"#)
            .unwrap_err();
        assert!(
            matches!(error, CatalogueError::Incomplete { missing: 1, ref first, .. } if first == "b")
        );
        let error = catalogue
            .install(Language::Spanish, "<html>offline</html>")
            .unwrap_err();
        assert!(matches!(error, CatalogueError::Invalid { .. }));
        assert!(!catalogue.has(Language::Spanish));
        assert!(matches!(
            catalogue.install(Language::English, "{}"),
            Err(CatalogueError::EnglishIsBuiltIn)
        ));
    }

    #[test]
    fn a_pack_lacking_a_criterion_text_is_refused_and_changes_nothing() {
        // The app's copy of the criteria, which takes French and Spanish from the packs.
        let criteria = Catalogue::parse(include_str!(concat!(env!("OUT_DIR"), "/criteria.json")))
            .expect("the split copy reads");
        let key = criteria
            .pack_keys()
            .nth(7)
            .expect("texts in the packs")
            .to_owned();
        let mut pack: Texts = serde_json::from_str(packs::FRENCH_PACK).unwrap();
        let in_pack: BTreeSet<&str> = pack
            .keys()
            .map(String::as_str)
            .filter(|key| key.starts_with(CRITERION_KEYS))
            .collect();
        assert_eq!(
            in_pack,
            criteria.pack_keys().collect(),
            "the pack holds exactly those texts"
        );
        pack.remove(&key)
            .expect("the pack has every criterion text");
        let pack = serde_json::to_string(&pack).unwrap();

        let fresh = MessageCatalogue::from_english(ENGLISH).unwrap();
        let error = install_into(&fresh, &criteria, Language::French, &pack).unwrap_err();
        assert!(
            matches!(error, CatalogueError::Incomplete { missing: 1, ref first, .. } if *first == key),
            "{error}"
        );
        assert!(
            !fresh.has(Language::French),
            "its messages are not installed either"
        );
        install_into(&fresh, &criteria, Language::French, packs::FRENCH_PACK)
            .expect("the whole pack installs");
        assert!(fresh.has(Language::French));
    }

    #[test]
    fn every_pack_is_named_by_its_content_and_english_has_none() {
        assert_eq!(pack_file(Language::English), None);
        for (language, tag) in [(Language::French, "fr"), (Language::Spanish, "es")] {
            let file = pack_file(language).unwrap();
            let digest = file
                .strip_prefix(&format!("languages/{tag}-"))
                .and_then(|rest| rest.strip_suffix(".json"))
                .unwrap_or_else(|| panic!("{file} is not languages/{tag}-<digest>.json"));
            assert_eq!(digest.len(), 16);
            assert!(digest.bytes().all(|b| b.is_ascii_hexdigit()));
        }
    }

    #[test]
    fn empty_text_and_differing_placeholders_are_reported() {
        let catalogue = one_key("Hi {name}", "Salut {nom}", " ");
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
