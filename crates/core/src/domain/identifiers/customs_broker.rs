//! Customs broker identifiers: the license number CBP issues to a licensed broker (5 digits) and
//! the entry filer code (3 letters or digits) that starts every entry number the broker files
//! (docs/domain.md §2.2, §4).

use super::IdentifierKind;
use super::fixed_code::{Alphabet, fixed_code};

fixed_code!(
    /// A U.S. customs broker license number (5 digits).
    CustomsBrokerLicense,
    IdentifierKind::CustomsBrokerLicense,
    5,
    Alphabet::Digits
);

fixed_code!(
    /// A CBP entry filer code (3 letters or digits).
    FilerCode,
    IdentifierKind::FilerCode,
    3,
    Alphabet::LettersAndDigits
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::identifiers::FormatError;

    #[test]
    fn broker_licenses_of_five_digits_are_accepted() {
        for (input, canonical) in [("12345", "12345"), (" 09876", "09876")] {
            assert_eq!(
                CustomsBrokerLicense::parse(input).unwrap().as_str(),
                canonical
            );
        }
    }

    #[test]
    fn broker_licenses_of_another_length_or_with_letters_are_refused() {
        for input in ["1234", "123456", "1234A"] {
            assert!(
                matches!(
                    CustomsBrokerLicense::parse(input),
                    Err(FormatError::Format { .. })
                ),
                "{input}"
            );
        }
    }

    #[test]
    fn filer_codes_of_three_letters_or_digits_are_accepted_in_upper_case() {
        for (input, canonical) in [
            ("ab1", "AB1"),
            ("123", "123"),
            ("XYZ", "XYZ"),
            ("a0a", "A0A"),
        ] {
            assert_eq!(
                FilerCode::parse(input).unwrap().as_str(),
                canonical,
                "{input}"
            );
        }
    }

    #[test]
    fn filer_codes_of_another_length_or_with_symbols_are_refused() {
        for input in ["AB", "ABCD", "A*1", "ÄB1"] {
            assert!(
                matches!(FilerCode::parse(input), Err(FormatError::Format { .. })),
                "{input}"
            );
        }
    }

    #[test]
    fn an_empty_filer_code_asks_for_one() {
        assert_eq!(
            FilerCode::parse(""),
            Err(FormatError::Empty {
                kind: IdentifierKind::FilerCode
            })
        );
    }
}
