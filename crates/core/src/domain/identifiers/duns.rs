//! D-U-N-S numbers: Dun & Bradstreet's 9-digit company number, which CBP accepts from exporters
//! instead of an EIN (docs/domain.md §2.2, §4). D&B publishes no check digit, so only the shape is
//! checked.

use super::IdentifierKind;
use super::fixed_code::{Alphabet, fixed_code};

fixed_code!(
    /// A D-U-N-S number (9 digits; hyphens as in `15-048-3782` are accepted and dropped).
    DunsNumber,
    IdentifierKind::DunsNumber,
    9,
    Alphabet::Digits
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::identifiers::FormatError;

    #[test]
    fn duns_numbers_of_nine_digits_are_accepted_with_or_without_hyphens() {
        for (input, canonical) in [("150483782", "150483782"), ("15-048-3782", "150483782")] {
            assert_eq!(
                DunsNumber::parse(input).unwrap().as_str(),
                canonical,
                "{input}"
            );
        }
    }

    #[test]
    fn duns_numbers_of_another_length_or_with_letters_are_refused() {
        for input in ["15048378", "1504837820", "15048378A"] {
            assert!(
                matches!(DunsNumber::parse(input), Err(FormatError::Format { .. })),
                "{input}"
            );
        }
    }

    #[test]
    fn an_empty_duns_number_asks_for_one() {
        assert_eq!(
            DunsNumber::parse(""),
            Err(FormatError::Empty {
                kind: IdentifierKind::DunsNumber
            })
        );
    }
}
