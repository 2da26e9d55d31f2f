//! Standard Carrier Alpha Codes as NMFTA assigns them: 2 to 4 upper-case letters; carriers are
//! normally given 4 (rail and passenger carriers may hold 2 or 3). NMFTA keeps codes ending in U,
//! X or Z for container owners, private railcars and chassis (docs/domain.md §4), yet ocean
//! carriers file under their container prefix (`MAEU`), so such an ending is only a warning,
//! never an error.

use super::problem::{IdentifierWarning, MessageArgs, compact};
use crate::domain::BusinessType;

/// A carrier's SCAC.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Scac(String);

/// Why text is not a carrier's SCAC.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScacError {
    /// Nothing was entered.
    #[error("no SCAC was entered")]
    Empty,
    /// Not 2 to 4 letters.
    #[error("{value:?} is not 2 to 4 letters")]
    Format {
        /// What was entered, trimmed.
        value: String,
    },
}

impl ScacError {
    /// Values for the message's placeholders.
    pub fn args(&self) -> MessageArgs {
        match self {
            ScacError::Empty => Vec::new(),
            ScacError::Format { value } => vec![("value", value.clone())],
        }
    }
}

impl Scac {
    /// Parses a carrier's SCAC, ignoring case and spaces.
    pub fn parse(text: &str) -> Result<Self, ScacError> {
        let code = compact(text);
        if code.is_empty() {
            return Err(ScacError::Empty);
        }
        if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(ScacError::Format {
                value: text.trim().to_owned(),
            });
        }
        Ok(Scac(code))
    }

    /// Advises when the code ends in a letter NMFTA keeps for equipment (U containers, X
    /// private railcars, Z chassis): right for an ocean carrier filing under its container
    /// prefix, most likely a slip for any other carrier.
    pub fn reserved_ending_warning(&self) -> Option<IdentifierWarning> {
        match self.0.chars().last() {
            Some(ending @ ('U' | 'X' | 'Z')) => Some(IdentifierWarning::ScacReservedEnding {
                scac: self.0.clone(),
                ending,
            }),
            _ => None,
        }
    }

    /// The canonical code.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Advises a highway carrier whose SCAC is shorter than the 4 letters CBP expects of them;
    /// rail carriers may legitimately hold 2 or 3 letters.
    pub fn length_warning(&self, business_type: BusinessType) -> Option<IdentifierWarning> {
        let expects_four = matches!(
            business_type,
            BusinessType::HighwayCarrierUsCanada
                | BusinessType::HighwayCarrierUsMexico
                | BusinessType::MexicanLongHaulCarrier
        );
        (expects_four && self.0.len() < 4).then(|| IdentifierWarning::ScacShorterThanFour {
            scac: self.0.clone(),
        })
    }
}

impl std::fmt::Display for Scac {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for Scac {
    type Err = ScacError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Scac::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scacs_of_two_to_four_letters_are_accepted_in_upper_case() {
        for (input, canonical) in [
            ("ABCD", "ABCD"),
            ("abcd", "ABCD"),
            (" BNSF ", "BNSF"),
            ("UP", "UP"),
            ("CPR", "CPR"),
        ] {
            assert_eq!(Scac::parse(input).unwrap().as_str(), canonical, "{input}");
        }
    }

    #[test]
    fn scacs_of_another_length_or_with_digits_are_refused() {
        for input in ["A", "ABCDE", "AB1D", "A.BC"] {
            assert!(
                matches!(Scac::parse(input), Err(ScacError::Format { .. })),
                "{input}"
            );
        }
    }

    #[test]
    fn an_ocean_carriers_container_prefix_ending_in_u_is_accepted_with_a_warning() {
        let scac = Scac::parse("maeu").unwrap();
        assert_eq!(scac.as_str(), "MAEU");
        assert_eq!(
            scac.reserved_ending_warning(),
            Some(IdentifierWarning::ScacReservedEnding {
                scac: "MAEU".into(),
                ending: 'U'
            })
        );
    }

    #[test]
    fn scacs_ending_in_x_or_z_are_accepted_with_a_warning_and_others_without() {
        for (input, ending) in [("ABCX", Some('X')), ("ABCZ", Some('Z')), ("BNSF", None)] {
            let warning = Scac::parse(input).unwrap().reserved_ending_warning();
            let warned = warning.map(|warning| match warning {
                IdentifierWarning::ScacReservedEnding { ending, .. } => ending,
                other => panic!("{other:?}"),
            });
            assert_eq!(warned, ending, "{input}");
        }
    }

    #[test]
    fn an_empty_scac_asks_for_one() {
        assert_eq!(Scac::parse("   "), Err(ScacError::Empty));
    }

    #[test]
    fn a_highway_carrier_with_a_three_letter_scac_is_warned() {
        let scac = Scac::parse("ABC").unwrap();
        assert_eq!(
            scac.length_warning(BusinessType::HighwayCarrierUsCanada),
            Some(IdentifierWarning::ScacShorterThanFour { scac: "ABC".into() })
        );
    }

    #[test]
    fn a_rail_carrier_with_a_two_letter_scac_is_not_warned() {
        let scac = Scac::parse("UP").unwrap();
        assert_eq!(scac.length_warning(BusinessType::RailCarrier), None);
    }
}
