//! The shared shape of codes whose only rule is a fixed number of digits or letters (FMC numbers,
//! IATA numbers, broker license, filer code, FIRMS, DUNS): one parser and one newtype pattern,
//! so each family file only states its length and alphabet.

use super::IdentifierKind;
use super::problem::{FormatError, compact};

/// Which characters a fixed-length code may contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Alphabet {
    /// ASCII digits only.
    Digits,
    /// ASCII upper-case letters and digits.
    LettersAndDigits,
}

impl Alphabet {
    fn admits(self, byte: u8) -> bool {
        match self {
            Alphabet::Digits => byte.is_ascii_digit(),
            Alphabet::LettersAndDigits => byte.is_ascii_uppercase() || byte.is_ascii_digit(),
        }
    }
}

/// Parses a code of exactly `len` characters of `alphabet`, ignoring case, spaces and hyphens.
pub(crate) fn parse_fixed(
    kind: IdentifierKind,
    text: &str,
    len: usize,
    alphabet: Alphabet,
) -> Result<String, FormatError> {
    let code = compact(text);
    if code.len() == len && code.bytes().all(|b| alphabet.admits(b)) {
        Ok(code)
    } else {
        Err(FormatError::for_text(kind, text))
    }
}

/// Declares a newtype over a validated fixed-length code, with `parse`, `as_str`, `Display` and
/// `FromStr`.
macro_rules! fixed_code {
    ($(#[$doc:meta])* $name:ident, $kind:expr, $len:expr, $alphabet:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub struct $name(String);

        impl $name {
            /// Parses the code, ignoring case, surrounding spaces and hyphens.
            pub fn parse(text: &str) -> Result<Self, $crate::domain::identifiers::FormatError> {
                $crate::domain::identifiers::fixed_code::parse_fixed($kind, text, $len, $alphabet)
                    .map($name)
            }

            /// The canonical code.
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
            type Err = $crate::domain::identifiers::FormatError;
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                $name::parse(text)
            }
        }
    };
}

pub(crate) use fixed_code;
