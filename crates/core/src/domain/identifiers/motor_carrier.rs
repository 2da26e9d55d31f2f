//! FMCSA identifiers of a highway carrier: the USDOT number (1 to 8 digits; CBP's page says six
//! but real numbers run to eight, so length is not enforced beyond that) and the operating
//! authority docket, `MC-`, `MX-` (Mexico-domiciled) or `FF-` (freight forwarder) followed by
//! digits (docs/domain.md §4).

use super::IdentifierKind;
use super::problem::{FormatError, compact};

/// The most digits a USDOT number or docket number has.
const MAX_DIGITS: usize = 8;

/// Parses 1 to 8 digits that are not all zero.
fn parse_number(digits: &str) -> Option<u32> {
    let well_formed =
        (1..=MAX_DIGITS).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    digits
        .parse()
        .ok()
        .filter(|number| well_formed && *number > 0)
}

/// A USDOT number. People often type it with its label (`USDOT 1234567`, `DOT# 123`), which is
/// accepted and dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UsdotNumber(u32);

impl UsdotNumber {
    /// Parses a USDOT number, with or without a `USDOT`/`DOT` label.
    pub fn parse(text: &str) -> Result<Self, FormatError> {
        let code = compact(text);
        let unlabelled = code
            .strip_prefix("USDOT")
            .or_else(|| code.strip_prefix("DOT"))
            .unwrap_or(&code);
        let digits = unlabelled.strip_prefix('#').unwrap_or(unlabelled);
        parse_number(digits)
            .map(UsdotNumber)
            .ok_or_else(|| FormatError::for_text(IdentifierKind::UsdotNumber, text))
    }

    /// The number.
    pub fn number(self) -> u32 {
        self.0
    }
}

impl std::fmt::Display for UsdotNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::str::FromStr for UsdotNumber {
    type Err = FormatError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        UsdotNumber::parse(text)
    }
}

/// The kind of FMCSA operating authority a docket number belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocketPrefix {
    /// Motor carrier or broker (`MC`).
    Mc,
    /// Mexico-domiciled motor carrier (`MX`).
    Mx,
    /// Freight forwarder (`FF`).
    Ff,
}

impl DocketPrefix {
    /// The prefix as written on the docket.
    pub fn as_str(self) -> &'static str {
        match self {
            DocketPrefix::Mc => "MC",
            DocketPrefix::Mx => "MX",
            DocketPrefix::Ff => "FF",
        }
    }
}

/// An FMCSA operating authority docket number (`MC-123456`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MotorCarrierDocket {
    prefix: DocketPrefix,
    number: u32,
}

impl MotorCarrierDocket {
    /// Parses `MC`, `MX` or `FF`, an optional hyphen, space or `#`, and the docket digits.
    pub fn parse(text: &str) -> Result<Self, FormatError> {
        let code = compact(text);
        let prefixes = [DocketPrefix::Mc, DocketPrefix::Mx, DocketPrefix::Ff];
        prefixes
            .into_iter()
            .find_map(|prefix| {
                let rest = code.strip_prefix(prefix.as_str())?;
                let digits = rest.strip_prefix('#').unwrap_or(rest);
                parse_number(digits).map(|number| MotorCarrierDocket { prefix, number })
            })
            .ok_or_else(|| FormatError::for_text(IdentifierKind::MotorCarrierDocket, text))
    }

    /// The kind of authority.
    pub fn prefix(self) -> DocketPrefix {
        self.prefix
    }

    /// The docket number without its prefix.
    pub fn number(self) -> u32 {
        self.number
    }
}

impl std::fmt::Display for MotorCarrierDocket {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.prefix.as_str(), self.number)
    }
}

impl std::str::FromStr for MotorCarrierDocket {
    type Err = FormatError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        MotorCarrierDocket::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usdot_numbers_of_one_to_eight_digits_are_accepted_with_or_without_a_label() {
        for (input, number) in [
            ("1234567", 1_234_567),
            ("7", 7),
            ("12345678", 12_345_678),
            ("USDOT 1234567", 1_234_567),
            ("usdot# 2233", 2233),
            ("DOT 123456", 123_456),
            ("US DOT 1234", 1234),
        ] {
            assert_eq!(
                UsdotNumber::parse(input).unwrap().number(),
                number,
                "{input}"
            );
        }
    }

    #[test]
    fn usdot_numbers_too_long_zero_or_with_letters_are_refused() {
        for input in ["123456789", "0", "0000", "12A45", "MC-123456"] {
            assert!(
                matches!(UsdotNumber::parse(input), Err(FormatError::Format { .. })),
                "{input}"
            );
        }
    }

    #[test]
    fn an_empty_usdot_number_asks_for_one() {
        assert_eq!(
            UsdotNumber::parse(""),
            Err(FormatError::Empty {
                kind: IdentifierKind::UsdotNumber
            })
        );
    }

    #[test]
    fn dockets_with_mc_mx_or_ff_prefix_are_accepted_and_shown_with_a_hyphen() {
        for (input, canonical) in [
            ("MC-123456", "MC-123456"),
            ("mc 123456", "MC-123456"),
            ("MC#1234567", "MC-1234567"),
            ("MX-98765", "MX-98765"),
            ("ff123", "FF-123"),
        ] {
            assert_eq!(
                MotorCarrierDocket::parse(input).unwrap().to_string(),
                canonical
            );
        }
    }

    #[test]
    fn dockets_without_a_known_prefix_or_digits_are_refused() {
        for input in [
            "123456",
            "MC-",
            "XX-123456",
            "MC-12A",
            "MC-123456789",
            "MC-0",
        ] {
            assert!(
                matches!(
                    MotorCarrierDocket::parse(input),
                    Err(FormatError::Format { .. })
                ),
                "{input}"
            );
        }
    }
}
