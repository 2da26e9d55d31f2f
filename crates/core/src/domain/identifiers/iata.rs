//! IATA numbers: the 6-digit organization number CBP asks of air freight consolidators, and, for
//! air carriers, the 2-character airline designator (`AA`, `5X`) and the 3-digit airline prefix
//! that starts every air waybill number (`001`). CBP does not specify the air carrier's "IATA
//! code" further (docs/domain.md §4: no source), so both carrier forms are offered.

use super::IdentifierKind;
use super::fixed_code::{Alphabet, fixed_code};
use super::problem::{FormatError, compact};

fixed_code!(
    /// An IATA organization number of a consolidator (6 digits).
    IataOrganizationNumber,
    IdentifierKind::IataOrganizationNumber,
    6,
    Alphabet::Digits
);

fixed_code!(
    /// An IATA airline prefix (3 digits), the first part of the carrier's air waybill numbers.
    IataAirlinePrefix,
    IdentifierKind::IataAirlinePrefix,
    3,
    Alphabet::Digits
);

/// An IATA airline designator: two upper-case letters or digits, at least one a letter (IATA
/// does not assign two digits).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IataAirlineDesignator(String);

impl IataAirlineDesignator {
    /// Parses a designator, ignoring case and surrounding spaces.
    pub fn parse(text: &str) -> Result<Self, FormatError> {
        let code = compact(text);
        let bytes = code.as_bytes();
        let well_formed = bytes.len() == 2
            && bytes
                .iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && bytes.iter().any(u8::is_ascii_uppercase);
        if well_formed {
            Ok(IataAirlineDesignator(code))
        } else {
            Err(FormatError::for_text(
                IdentifierKind::IataAirlineDesignator,
                text,
            ))
        }
    }

    /// The canonical designator.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for IataAirlineDesignator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for IataAirlineDesignator {
    type Err = FormatError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        IataAirlineDesignator::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iata_organization_numbers_have_six_digits() {
        assert_eq!(
            IataOrganizationNumber::parse("012345").unwrap().as_str(),
            "012345"
        );
        for input in ["12345", "1234567", "ABC123"] {
            assert!(
                matches!(
                    IataOrganizationNumber::parse(input),
                    Err(FormatError::Format { .. })
                ),
                "{input}"
            );
        }
    }

    #[test]
    fn airline_designators_of_two_letters_or_a_letter_and_a_digit_are_accepted() {
        for (input, canonical) in [("AA", "AA"), ("5x", "5X"), (" d0 ", "D0"), ("LH", "LH")] {
            assert_eq!(
                IataAirlineDesignator::parse(input).unwrap().as_str(),
                canonical,
                "{input}"
            );
        }
    }

    #[test]
    fn airline_designators_of_two_digits_or_another_length_are_refused() {
        for input in ["12", "A", "AAL", "A*"] {
            assert!(
                matches!(
                    IataAirlineDesignator::parse(input),
                    Err(FormatError::Format { .. })
                ),
                "{input}"
            );
        }
    }

    #[test]
    fn airline_prefixes_have_three_digits() {
        assert_eq!(IataAirlinePrefix::parse("001").unwrap().as_str(), "001");
        for input in ["01", "0001", "AA1"] {
            assert!(IataAirlinePrefix::parse(input).is_err(), "{input}");
        }
    }

    #[test]
    fn an_empty_airline_designator_asks_for_one() {
        assert_eq!(
            IataAirlineDesignator::parse(""),
            Err(FormatError::Empty {
                kind: IdentifierKind::IataAirlineDesignator
            })
        );
    }
}
