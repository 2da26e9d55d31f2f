//! Manufacturer identification codes (MID), as 19 CFR Part 102, Appendix defines them: up to 15
//! letters and digits without spaces, starting with the ISO country code of the manufacturer's
//! country, or for Canada a province code (`XQ`, `XO`, …; `CA` is not valid), followed by parts
//! taken from the manufacturer's name, street number and city (docs/domain.md §4).
//!
//! This file checks the shape; `mid_construction` compares a MID with the manufacturer's name
//! and address, which can only warn (CBP keeps MIDs once issued even when an address changes).

use super::country_codes::{is_canadian_province_code, is_iso_country};
use super::problem::{MessageArgs, compact};

/// The longest MID CBP accepts.
pub const MID_MAX_LEN: usize = 15;

/// A manufacturer identification code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Mid(String);

/// Why text is not a MID.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MidError {
    /// Nothing was entered.
    #[error("no MID was entered")]
    Empty,
    /// Contains something other than letters and digits, or is too short to hold a name part.
    #[error("{value:?} is not letters and digits after a country code")]
    Format {
        /// What was entered, trimmed.
        value: String,
    },
    /// Longer than 15 characters.
    #[error("{value} has {length} characters; a MID has at most 15")]
    TooLong {
        /// The MID, upper-cased without spaces.
        value: String,
        /// Its length.
        length: usize,
    },
    /// Starts with `CA`, which CBP does not accept: Canadian MIDs start with a province code.
    #[error("a MID for Canada starts with a province code, not CA")]
    Canada,
    /// The first two letters are not a country code.
    #[error("{code} is not a country code")]
    UnknownCountry {
        /// The first two characters.
        code: String,
    },
}

impl MidError {
    /// Values for the message's placeholders.
    pub fn args(&self) -> MessageArgs {
        match self {
            MidError::Empty | MidError::Canada => Vec::new(),
            MidError::Format { value } => vec![("value", value.clone())],
            MidError::TooLong { value, length } => {
                vec![("value", value.clone()), ("length", length.to_string())]
            }
            MidError::UnknownCountry { code } => vec![("code", code.clone())],
        }
    }
}

impl Mid {
    /// Parses a MID, ignoring case and any spaces or hyphens typed inside it.
    pub fn parse(text: &str) -> Result<Self, MidError> {
        let code = compact(text);
        if code.is_empty() {
            return Err(MidError::Empty);
        }
        let well_formed = code.len() >= 3
            && code
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if !well_formed {
            return Err(MidError::Format {
                value: text.trim().to_owned(),
            });
        }
        if code.len() > MID_MAX_LEN {
            let length = code.len();
            return Err(MidError::TooLong {
                value: code,
                length,
            });
        }
        let country = &code[..2];
        if country == "CA" {
            return Err(MidError::Canada);
        }
        if !is_iso_country(country) && !is_canadian_province_code(country) {
            return Err(MidError::UnknownCountry {
                code: country.to_owned(),
            });
        }
        Ok(Mid(code))
    }

    /// The country (or Canadian province) code: the first two characters.
    pub fn country_code(&self) -> &str {
        &self.0[..2]
    }

    /// The part built from the manufacturer's name, street number and city.
    pub fn body(&self) -> &str {
        &self.0[2..]
    }

    /// The canonical MID.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Mid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for Mid {
    type Err = MidError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Mid::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mids_are_accepted_in_upper_case_without_spaces() {
        for (input, canonical) in [
            ("USDHLEXP1304ERL", "USDHLEXP1304ERL"),
            ("mxacemex123tij", "MXACEMEX123TIJ"),
            ("XQ BOMINC 400 MON", "XQBOMINC400MON"),
            ("CNABC", "CNABC"),
        ] {
            assert_eq!(Mid::parse(input).unwrap().as_str(), canonical, "{input}");
        }
    }

    #[test]
    fn the_parts_of_a_mid_are_readable() {
        let mid = Mid::parse("USDHLEXP1304ERL").unwrap();
        assert_eq!((mid.country_code(), mid.body()), ("US", "DHLEXP1304ERL"));
    }

    #[test]
    fn canada_as_a_mid_country_is_refused_in_favour_of_a_province_code() {
        assert_eq!(Mid::parse("CAMAPLE123TOR"), Err(MidError::Canada));
    }

    #[test]
    fn a_mid_with_an_unknown_country_code_is_refused() {
        assert_eq!(
            Mid::parse("UKBRIACM10LON"),
            Err(MidError::UnknownCountry { code: "UK".into() })
        );
    }

    #[test]
    fn a_mid_longer_than_fifteen_characters_is_refused() {
        assert_eq!(
            Mid::parse("USDHLEXP13045ERL"),
            Err(MidError::TooLong {
                value: "USDHLEXP13045ERL".into(),
                length: 16
            })
        );
    }

    #[test]
    fn a_mid_with_symbols_or_only_a_country_is_refused() {
        for input in ["US", "USDHL*EXP", "USDHLÉXP"] {
            assert!(
                matches!(Mid::parse(input), Err(MidError::Format { .. })),
                "{input}"
            );
        }
    }

    #[test]
    fn an_empty_mid_asks_for_one() {
        assert_eq!(Mid::parse(""), Err(MidError::Empty));
    }
}
