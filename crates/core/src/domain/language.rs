//! The languages the product speaks. Criteria text, messages and findings come in each of them.

use serde::{Deserialize, Serialize};

/// A language the user can work in. The tag is a BCP 47 language tag, used for `<html lang>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Language {
    /// English.
    #[default]
    #[serde(rename = "en")]
    English,
    /// French as written in Canada (Québec exporters and manufacturers).
    #[serde(rename = "fr-CA")]
    French,
    /// Spanish as written in Mexico (manufacturers and carriers).
    #[serde(rename = "es-MX")]
    Spanish,
}

impl Language {
    /// Every language, in the order the language switch lists them.
    pub const ALL: [Language; 3] = [Language::English, Language::French, Language::Spanish];

    /// The BCP 47 tag (`en`, `fr-CA`, `es-MX`).
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr-CA",
            Language::Spanish => "es-MX",
        }
    }

    /// Parses a BCP 47 tag as stored or sent by the browser; unknown tags give `None`.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Language::English),
            "fr" => Some(Language::French),
            "es" => Some(Language::Spanish),
            _ => None,
        }
    }

    /// The language's own name, as the switch shows it to someone who reads only that language.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::French => "Français (Canada)",
            Language::Spanish => "Español (México)",
        }
    }
}

/// `letter` without the accent French or Spanish puts on it (`é` → `e`, `ñ` → `n`); any other
/// character as it is. For names made of what the user typed (file names) and for searches
/// that should not depend on typing accents. Expects a lower-case letter. A table of the
/// letters these languages use rather than Unicode normalisation, whose tables would add to
/// every first visit's download.
pub fn without_accent(letter: char) -> char {
    match letter {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for language in Language::ALL {
            assert_eq!(Language::from_tag(language.tag()), Some(language));
        }
    }

    #[test]
    fn browser_tags_map_to_the_closest_language() {
        assert_eq!(Language::from_tag("fr-FR"), Some(Language::French));
        assert_eq!(Language::from_tag("es_ES"), Some(Language::Spanish));
        assert_eq!(Language::from_tag("EN-us"), Some(Language::English));
        assert_eq!(Language::from_tag("de"), None);
        assert_eq!(Language::from_tag(""), None);
    }
}
