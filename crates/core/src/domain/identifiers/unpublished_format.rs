//! Identifiers whose format no public source gives, checked only as sensible reference text: the
//! CBP bond number ("assigned by CBP" on Form 301; surety reference numbers vary by surety) and
//! the Mexican federal motor transport permit (SCT/SICT) of long-haul carriers (docs/domain.md §4:
//! no published format). Rather than invent a pattern that would refuse real numbers, these accept
//! letters, digits and the separators people write, up to 30 characters.

use super::IdentifierKind;
use super::problem::FormatError;

/// The longest reference accepted; real bond and permit numbers are far shorter.
const MAX_LEN: usize = 30;

/// Normalises reference text: trims, collapses runs of spaces, upper-cases; refuses characters
/// other than letters, digits, spaces and `- / .`, and text without any letter or digit.
fn parse_reference(kind: IdentifierKind, text: &str) -> Result<String, FormatError> {
    let normalised = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase();
    let allowed = normalised
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '/' | '.'));
    let has_alphanumeric = normalised.chars().any(|c| c.is_ascii_alphanumeric());
    if allowed && has_alphanumeric && normalised.len() <= MAX_LEN {
        Ok(normalised)
    } else {
        Err(FormatError::for_text(kind, text))
    }
}

/// A CBP bond number (importer, international carrier, custodial bond), as the bond shows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CbpBondNumber(String);

/// A Mexican federal motor transport permit number (SCT/SICT), as the permit shows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SctPermit(String);

macro_rules! reference_type {
    ($name:ident, $kind:expr) => {
        impl $name {
            /// Parses the number as reference text (see the module documentation).
            pub fn parse(text: &str) -> Result<Self, FormatError> {
                parse_reference($kind, text).map($name)
            }

            /// The normalised number.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = FormatError;
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                $name::parse(text)
            }
        }
    };
}

reference_type!(CbpBondNumber, IdentifierKind::CbpBondNumber);
reference_type!(SctPermit, IdentifierKind::SctPermit);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bond_numbers_are_kept_as_written_apart_from_case_and_spacing() {
        for (input, canonical) in [
            ("  99-1234567 ", "99-1234567"),
            ("abc  123/45", "ABC 123/45"),
            ("123456789", "123456789"),
        ] {
            assert_eq!(
                CbpBondNumber::parse(input).unwrap().as_str(),
                canonical,
                "{input}"
            );
        }
    }

    #[test]
    fn bond_numbers_with_symbols_only_punctuation_or_too_long_are_refused() {
        for input in [
            "123#456",
            "---",
            "1234567890123456789012345678901",
            "BOND№1",
        ] {
            assert!(
                matches!(CbpBondNumber::parse(input), Err(FormatError::Format { .. })),
                "{input}"
            );
        }
    }

    #[test]
    fn an_empty_sct_permit_asks_for_one() {
        assert_eq!(
            SctPermit::parse(" "),
            Err(FormatError::Empty {
                kind: IdentifierKind::SctPermit
            })
        );
    }

    #[test]
    fn sct_permits_are_accepted_as_reference_text() {
        assert_eq!(SctPermit::parse("tpaf 0123").unwrap().as_str(), "TPAF 0123");
    }
}
