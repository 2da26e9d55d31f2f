//! FIRMS codes: the 4-character code CBP gives a bonded facility (container freight station,
//! warehouse, terminal) in its Facilities Information and Resources Management System
//! (docs/domain.md §4).

use super::IdentifierKind;
use super::fixed_code::{Alphabet, fixed_code};

fixed_code!(
    /// A FIRMS code (4 letters or digits).
    FirmsCode,
    IdentifierKind::FirmsCode,
    4,
    Alphabet::LettersAndDigits
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::identifiers::FormatError;

    #[test]
    fn firms_codes_of_four_letters_or_digits_are_accepted_in_upper_case() {
        for (input, canonical) in [("L123", "L123"), ("m102", "M102"), (" W5a1 ", "W5A1")] {
            assert_eq!(
                FirmsCode::parse(input).unwrap().as_str(),
                canonical,
                "{input}"
            );
        }
    }

    #[test]
    fn firms_codes_of_another_length_or_with_symbols_are_refused() {
        for input in ["L12", "L1234", "L1#3"] {
            assert!(
                matches!(FirmsCode::parse(input), Err(FormatError::Format { .. })),
                "{input}"
            );
        }
    }

    #[test]
    fn an_empty_firms_code_asks_for_one() {
        assert_eq!(
            FirmsCode::parse(" "),
            Err(FormatError::Empty {
                kind: IdentifierKind::FirmsCode
            })
        );
    }
}
