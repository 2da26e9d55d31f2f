//! Postal codes of the three countries whose addresses the editor checks (docs/domain.md §4,
//! from Google's address data): U.S. ZIP codes (`12345` or ZIP+4 `12345-6789`), Canadian
//! postal codes (`A1A 1A1`, letters D, F, I, O, Q, U never used, W and Z never first) and
//! Mexican códigos postales (5 digits). Other countries' postal codes are not checked.

use super::IdentifierKind;
use super::problem::{FormatError, compact, is_digits};

/// A country whose postal codes are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PostalCountry {
    /// United States: ZIP code.
    UnitedStates,
    /// Canada: postal code.
    Canada,
    /// Mexico: código postal.
    Mexico,
}

impl PostalCountry {
    /// The country for an ISO 3166-1 alpha-2 code, if its postal codes are checked.
    pub fn from_iso(code: &str) -> Option<PostalCountry> {
        match code.trim().to_ascii_uppercase().as_str() {
            "US" => Some(PostalCountry::UnitedStates),
            "CA" => Some(PostalCountry::Canada),
            "MX" => Some(PostalCountry::Mexico),
            _ => None,
        }
    }

    /// The identifier kind of this country's postal codes.
    pub fn kind(self) -> IdentifierKind {
        match self {
            PostalCountry::UnitedStates => IdentifierKind::UsZipCode,
            PostalCountry::Canada => IdentifierKind::CanadianPostalCode,
            PostalCountry::Mexico => IdentifierKind::MexicanPostalCode,
        }
    }
}

/// Letters Canada Post uses in the 3rd and 5th positions (and, less W and Z, in the 1st).
const CANADIAN_LETTERS: &str = "ABCEGHJKLMNPRSTVWXYZ";

/// A postal code of the U.S., Canada or Mexico.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PostalCode {
    country: PostalCountry,
    code: String,
}

impl PostalCode {
    /// Parses a postal code of `country`, ignoring case and the spaces or hyphen people type.
    pub fn parse(country: PostalCountry, text: &str) -> Result<Self, FormatError> {
        let compacted = compact(text);
        let code = match country {
            PostalCountry::UnitedStates if is_digits(&compacted, 5) => Some(compacted),
            PostalCountry::UnitedStates if is_digits(&compacted, 9) => {
                Some(format!("{}-{}", &compacted[..5], &compacted[5..]))
            }
            PostalCountry::Canada if is_canadian(&compacted) => {
                Some(format!("{} {}", &compacted[..3], &compacted[3..]))
            }
            PostalCountry::Mexico if is_digits(&compacted, 5) => Some(compacted),
            _ => None,
        };
        code.map(|code| PostalCode { country, code })
            .ok_or_else(|| FormatError::for_text(country.kind(), text))
    }

    /// The country the code belongs to.
    pub fn country(&self) -> PostalCountry {
        self.country
    }

    /// The canonical code (`12345-6789`, `H2X 1Y4`, `64000`).
    pub fn as_str(&self) -> &str {
        &self.code
    }
}

/// Whether 6 characters are a Canadian postal code `A1A1A1`.
fn is_canadian(code: &str) -> bool {
    let bytes = code.as_bytes();
    let letter = |b: u8| b.is_ascii_uppercase() && CANADIAN_LETTERS.as_bytes().contains(&b);
    bytes.len() == 6
        && letter(bytes[0])
        && !matches!(bytes[0], b'W' | b'Z')
        && bytes[1].is_ascii_digit()
        && letter(bytes[2])
        && bytes[3].is_ascii_digit()
        && letter(bytes[4])
        && bytes[5].is_ascii_digit()
}

impl std::fmt::Display for PostalCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn us_zip_codes_of_five_or_nine_digits_are_accepted() {
        for (input, canonical) in [
            ("41018", "41018"),
            ("41018-1234", "41018-1234"),
            ("410181234", "41018-1234"),
        ] {
            let zip = PostalCode::parse(PostalCountry::UnitedStates, input).unwrap();
            assert_eq!(zip.as_str(), canonical, "{input}");
        }
    }

    #[test]
    fn us_zip_codes_of_another_length_or_with_letters_are_refused() {
        for input in ["4101", "410181", "41018-123", "4101A"] {
            assert!(
                matches!(
                    PostalCode::parse(PostalCountry::UnitedStates, input),
                    Err(FormatError::Format {
                        kind: IdentifierKind::UsZipCode,
                        ..
                    })
                ),
                "{input}"
            );
        }
    }

    #[test]
    fn canadian_postal_codes_are_accepted_and_shown_with_a_space() {
        for (input, canonical) in [
            ("H2X 1Y4", "H2X 1Y4"),
            ("h2x1y4", "H2X 1Y4"),
            ("K1A-0B1", "K1A 0B1"),
        ] {
            let code = PostalCode::parse(PostalCountry::Canada, input).unwrap();
            assert_eq!(code.as_str(), canonical, "{input}");
        }
    }

    #[test]
    fn canadian_postal_codes_with_letters_canada_post_does_not_use_are_refused() {
        for input in [
            "D2X 1Y4", "W2X 1Y4", "H2O 1Y4", "H2X 1U4", "H2X 1Y", "12X 1Y4",
        ] {
            assert!(
                PostalCode::parse(PostalCountry::Canada, input).is_err(),
                "{input}"
            );
        }
    }

    #[test]
    fn mexican_postal_codes_have_five_digits() {
        assert_eq!(
            PostalCode::parse(PostalCountry::Mexico, "64000")
                .unwrap()
                .as_str(),
            "64000"
        );
        for input in ["6400", "640001", "C.P. 64000"] {
            assert!(
                PostalCode::parse(PostalCountry::Mexico, input).is_err(),
                "{input}"
            );
        }
    }

    #[test]
    fn an_empty_postal_code_asks_for_one_for_its_country() {
        assert_eq!(
            PostalCode::parse(PostalCountry::Mexico, ""),
            Err(FormatError::Empty {
                kind: IdentifierKind::MexicanPostalCode
            })
        );
    }

    #[test]
    fn only_us_canada_and_mexico_have_checked_postal_codes() {
        assert_eq!(PostalCountry::from_iso("ca"), Some(PostalCountry::Canada));
        assert_eq!(PostalCountry::from_iso("DE"), None);
    }
}
