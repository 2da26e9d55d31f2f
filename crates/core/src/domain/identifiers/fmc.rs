//! Federal Maritime Commission numbers: the organization number of an ocean transportation
//! intermediary or carrier, and the marine terminal operator (MTO) number. CBP asks for both as
//! six digits (docs/domain.md §2.2, §4).

use super::IdentifierKind;
use super::fixed_code::{Alphabet, fixed_code};

fixed_code!(
    /// An FMC organization number (6 digits), asked of consolidators and sea carriers.
    FmcOrganizationNumber,
    IdentifierKind::FmcOrganizationNumber,
    6,
    Alphabet::Digits
);

fixed_code!(
    /// An FMC marine terminal operator number (6 digits), asked of marine port and terminal
    /// operators.
    FmcMtoNumber,
    IdentifierKind::FmcMtoNumber,
    6,
    Alphabet::Digits
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::identifiers::FormatError;

    #[test]
    fn fmc_organization_numbers_of_six_digits_are_accepted() {
        for (input, canonical) in [
            ("012345", "012345"),
            (" 987654 ", "987654"),
            ("012-345", "012345"),
        ] {
            assert_eq!(
                FmcOrganizationNumber::parse(input).unwrap().as_str(),
                canonical,
                "{input}"
            );
        }
    }

    #[test]
    fn fmc_organization_numbers_of_another_length_or_with_letters_are_refused() {
        for input in ["12345", "1234567", "01234A", "OTI012345"] {
            assert!(
                matches!(
                    FmcOrganizationNumber::parse(input),
                    Err(FormatError::Format { .. })
                ),
                "{input}"
            );
        }
    }

    #[test]
    fn an_empty_fmc_number_asks_for_one() {
        assert_eq!(
            FmcMtoNumber::parse("  "),
            Err(FormatError::Empty {
                kind: IdentifierKind::FmcMtoNumber
            })
        );
    }

    #[test]
    fn fmc_mto_numbers_have_six_digits() {
        assert_eq!(FmcMtoNumber::parse("004321").unwrap().to_string(), "004321");
        assert!(FmcMtoNumber::parse("4321").is_err());
    }
}
