//! Whether a MID is the one CBP's construction rules give for the manufacturer's name and address
//! (19 CFR Part 102, Appendix; docs/domain.md §4):
//!
//! - name: the first 3 characters of each of the first two words (only 3 when the name has one
//!   word); punctuation is ignored, a run of initials (`A.B.C.`, `A B C`) counts as one word, and
//!   the English words a, an, and, of, the are skipped;
//! - street: the largest number on the street line, at most its first 4 digits; punctuation
//!   inside a number is ignored and ordinals that name the street (`22nd`) are not house numbers;
//! - city: the first 3 letters.
//!
//! A mismatch is only a warning: MIDs issued before an address change stay valid, and accented
//! names are folded to plain letters here, which CBP's own tools may do differently.

use super::mid::{MID_MAX_LEN, Mid};
use super::problem::IdentifierWarning;

/// The manufacturer's details a MID is built from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ManufacturerAddress<'a> {
    /// The manufacturer's name, as on its documents.
    pub name: &'a str,
    /// The street line of its address (building number and street).
    pub street_line: &'a str,
    /// The city.
    pub city: &'a str,
}

/// English words the rules skip in a manufacturer's name.
const SKIPPED_WORDS: [&str; 5] = ["A", "AN", "AND", "OF", "THE"];

/// Ordinal endings that make a number part of a street name (`5th`, `22nd`).
const ORDINAL_ENDINGS: [&str; 4] = ["ST", "ND", "RD", "TH"];

/// Upper-cases a letter and drops its accent (`é` → `E`); letters with no plain form are dropped.
fn fold(c: char) -> Option<char> {
    let upper = c.to_uppercase().next().unwrap_or(c);
    let plain = match upper {
        'À'..='Å' => 'A',
        'Ç' => 'C',
        'È'..='Ë' => 'E',
        'Ì'..='Ï' => 'I',
        'Ñ' => 'N',
        'Ò'..='Ö' | 'Ø' => 'O',
        'Ù'..='Ü' => 'U',
        'Ý' => 'Y',
        other => other,
    };
    (plain.is_ascii_uppercase() || plain.is_ascii_digit()).then_some(plain)
}

/// The words of a name as the rules count them: punctuation dropped, initials joined, the
/// skipped English words left out.
fn name_words(name: &str) -> Vec<String> {
    let tokens: Vec<String> = name
        .split_whitespace()
        .map(|token| token.chars().filter_map(fold).collect::<String>())
        .filter(|token| !token.is_empty())
        .collect();
    let mut words: Vec<String> = Vec::new();
    let mut index = 0;
    while let Some(token) = tokens.get(index) {
        let run_end = tokens[index..]
            .iter()
            .position(|t| t.len() != 1)
            .map_or(tokens.len(), |offset| index + offset);
        if run_end - index >= 2 {
            words.push(tokens[index..run_end].concat());
            index = run_end;
        } else {
            if !SKIPPED_WORDS.contains(&token.as_str()) {
                words.push(token.clone());
            }
            index += 1;
        }
    }
    words
}

/// The name part: first 3 characters of each of the first two words.
fn name_part(name: &str) -> String {
    name_words(name)
        .iter()
        .take(2)
        .map(|word| word.chars().take(3).collect::<String>())
        .collect()
}

/// The street part: the largest number on the line, at most its first 4 digits.
fn street_part(street_line: &str) -> String {
    let chars: Vec<char> = street_line.chars().collect();
    let mut numbers: Vec<String> = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        if !chars[index].is_ascii_digit() {
            index += 1;
            continue;
        }
        let mut digits = String::new();
        while index < chars.len() {
            let c = chars[index];
            let joins_digits = matches!(c, '-' | '.' | ',' | '/')
                && chars.get(index + 1).is_some_and(char::is_ascii_digit);
            if c.is_ascii_digit() {
                digits.push(c);
            } else if !joins_digits {
                break;
            }
            index += 1;
        }
        let following: String = chars[index..]
            .iter()
            .take_while(|c| c.is_alphabetic())
            .flat_map(|c| c.to_uppercase())
            .collect();
        if !ORDINAL_ENDINGS.contains(&following.as_str()) {
            numbers.push(digits);
        }
    }
    let significant = |digits: &String| digits.trim_start_matches('0').to_owned();
    numbers
        .iter()
        .max_by(|a, b| {
            let (a, b) = (significant(a), significant(b));
            a.len().cmp(&b.len()).then_with(|| a.cmp(&b))
        })
        .map(|largest| significant(largest).chars().take(4).collect())
        .unwrap_or_default()
}

/// The city part: its first 3 letters.
fn city_part(city: &str) -> String {
    city.chars()
        .filter_map(fold)
        .filter(char::is_ascii_uppercase)
        .take(3)
        .collect()
}

/// The MID the construction rules give for a manufacturer, after the country or province code.
pub fn construct_mid_body(manufacturer: &ManufacturerAddress<'_>) -> String {
    let body = format!(
        "{}{}{}",
        name_part(manufacturer.name),
        street_part(manufacturer.street_line),
        city_part(manufacturer.city)
    );
    body.chars().take(MID_MAX_LEN - 2).collect()
}

impl Mid {
    /// Advises when this MID is not the one the construction rules give for `manufacturer`.
    /// Only the name, street and city parts are compared: the country code is the country of
    /// origin of the goods, which the address alone does not settle.
    pub fn construction_warning(
        &self,
        manufacturer: &ManufacturerAddress<'_>,
    ) -> Option<IdentifierWarning> {
        let expected_body = construct_mid_body(manufacturer);
        (self.body() != expected_body).then(|| IdentifierWarning::MidConstruction {
            mid: self.as_str().to_owned(),
            expected: format!("{}{expected_body}", self.country_code()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(name: &str, street_line: &str, city: &str) -> String {
        construct_mid_body(&ManufacturerAddress {
            name,
            street_line,
            city,
        })
    }

    #[test]
    fn the_reference_example_dhl_express_in_erlanger_builds_its_mid() {
        let mid = Mid::parse("USDHLEXP1304ERL").unwrap();
        let dhl = ManufacturerAddress {
            name: "DHL Express",
            street_line: "1304 Airport Road",
            city: "Erlanger",
        };
        assert_eq!(mid.construction_warning(&dhl), None);
    }

    #[test]
    fn name_parts_follow_the_regulation_examples() {
        for (name, expected) in [
            ("Amalgamated Plastics Corp.", "AMAPLA"),
            ("Bergstrom", "BER"),
            ("A.B.C. Company", "ABCCOM"),
            ("A B C Company", "ABCCOM"),
            ("O.A.S.I.S. Corp.", "OASCOR"),
            ("The Embassy of Spain", "EMBSPA"),
            ("Dr. Martin's Shoe Company", "DRMAR"),
            ("Société Générale de Textiles", "SOCGEN"),
        ] {
            assert_eq!(name_part(name), expected, "{name}");
        }
    }

    #[test]
    fn the_street_part_is_the_largest_number_cut_to_four_digits() {
        for (street_line, expected) in [
            ("1304 Airport Road", "1304"),
            ("Apartment 209, 1234 Main Street", "1234"),
            ("12-35 Kamloops Avenue", "1235"),
            ("123456 Industrial Park", "1234"),
            ("555 22nd Street", "555"),
            ("Avenida Reforma", ""),
            ("Calle 5 No. 0077", "77"),
        ] {
            assert_eq!(street_part(street_line), expected, "{street_line}");
        }
    }

    #[test]
    fn the_city_part_is_its_first_three_letters() {
        for (city, expected) in [
            ("Erlanger", "ERL"),
            ("St. Michael", "STM"),
            ("Ciudad Juárez", "CIU"),
            ("Montréal", "MON"),
        ] {
            assert_eq!(city_part(city), expected, "{city}");
        }
    }

    #[test]
    fn a_mid_built_from_another_address_is_only_a_warning_naming_the_expected_mid() {
        let mid = Mid::parse("USDHLEXP1304ERL").unwrap();
        let moved = ManufacturerAddress {
            name: "DHL Express",
            street_line: "2000 Commerce Drive",
            city: "Hebron",
        };
        assert_eq!(
            mid.construction_warning(&moved),
            Some(IdentifierWarning::MidConstruction {
                mid: "USDHLEXP1304ERL".into(),
                expected: "USDHLEXP2000HEB".into()
            })
        );
    }

    #[test]
    fn a_canadian_mid_keeps_its_province_code_in_the_expected_mid() {
        let mid = Mid::parse("XQBOMINC400MON").unwrap();
        let manufacturer = ManufacturerAddress {
            name: "Bombardier Inc.",
            street_line: "400 Côte-Vertu Road West",
            city: "Dorval",
        };
        let warning = mid.construction_warning(&manufacturer).unwrap();
        assert_eq!(warning.args()[1], ("expected", "XQBOMINC400DOR".to_owned()));
        assert_eq!(
            body("Bombardier Inc.", "400 Côte-Vertu Road West", "Montréal"),
            "BOMINC400MON"
        );
    }
}
