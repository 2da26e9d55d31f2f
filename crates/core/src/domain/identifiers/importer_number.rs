//! U.S. importer of record numbers in the three formats CBP accepts (CBP Form 5106, 19 CFR 24.5;
//! docs/domain.md §4): the IRS number (an EIN) with a 2-character suffix, `NN-NNNNNNNXX`; the
//! social security number, `NNN-NN-NNNN`; and the CBP-assigned number, `YYDDPP-NNNNN` (year,
//! district and port of assignment, serial).
//!
//! The hyphens tell the formats apart: 11 bare digits fit both an IRS number with a numeric
//! suffix and a CBP-assigned number, and 9 bare digits both an SSN and an EIN missing its suffix,
//! so those are refused with a request to type the hyphens rather than guessed.

use super::ein::{Ein, EinError};
use super::problem::MessageArgs;

/// A U.S. importer of record number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImporterNumber {
    /// IRS number (EIN) with the importer's 2-character suffix.
    IrsNumber {
        /// The employer identification number.
        ein: Ein,
        /// The suffix (letters or digits, never O, I or Z); most importers use `00`.
        suffix: String,
    },
    /// Social security number of an individual importer, `NNN-NN-NNNN`.
    SocialSecurityNumber(String),
    /// Number CBP assigned on Form 5106, `YYDDPP-NNNNN`.
    CbpAssigned(String),
}

/// Why text is not an importer of record number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImporterNumberError {
    /// Nothing was entered.
    #[error("no importer number was entered")]
    Empty,
    /// Matches none of the three formats.
    #[error("{value:?} is in none of CBP's importer number formats")]
    Format {
        /// What was entered, trimmed.
        value: String,
    },
    /// Bare digits that fit more than one format.
    #[error("{value:?} fits more than one importer number format; type its hyphens")]
    Ambiguous {
        /// What was entered, trimmed.
        value: String,
    },
    /// An IRS number without the importer suffix.
    #[error("IRS number {value} lacks its 2-character importer suffix")]
    MissingSuffix {
        /// The EIN as entered, trimmed.
        value: String,
    },
    /// The EIN part has a prefix the IRS does not assign.
    #[error("{prefix} is not a prefix the IRS assigns to EINs")]
    IrsPrefix {
        /// The first two digits.
        prefix: String,
    },
    /// The suffix contains O, I or Z, which CBP does not allow.
    #[error("suffix {suffix} contains O, I or Z")]
    SuffixLetter {
        /// The suffix, upper-cased.
        suffix: String,
    },
    /// SSN area (first 3 digits) 000, 666 or 900–999, never issued.
    #[error("SSN area {area} is never issued")]
    SsnArea {
        /// The first three digits.
        area: String,
    },
    /// SSN group (middle 2 digits) 00, never issued.
    #[error("SSN group 00 is never issued")]
    SsnGroup,
    /// SSN serial (last 4 digits) 0000, never issued.
    #[error("SSN serial 0000 is never issued")]
    SsnSerial,
}

impl ImporterNumberError {
    /// Values for the message's placeholders.
    pub fn args(&self) -> MessageArgs {
        match self {
            ImporterNumberError::Empty
            | ImporterNumberError::SsnGroup
            | ImporterNumberError::SsnSerial => Vec::new(),
            ImporterNumberError::Format { value }
            | ImporterNumberError::Ambiguous { value }
            | ImporterNumberError::MissingSuffix { value } => vec![("value", value.clone())],
            ImporterNumberError::IrsPrefix { prefix } => vec![("prefix", prefix.clone())],
            ImporterNumberError::SuffixLetter { suffix } => vec![("suffix", suffix.clone())],
            ImporterNumberError::SsnArea { area } => vec![("area", area.clone())],
        }
    }
}

impl ImporterNumber {
    /// Parses any of the three formats, ignoring case and spaces.
    pub fn parse(text: &str) -> Result<Self, ImporterNumberError> {
        let value = text.trim().to_owned();
        let mut body = String::new();
        let mut hyphens = Vec::new();
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            if c == '-' {
                hyphens.push(body.len());
            } else {
                body.extend(c.to_uppercase());
            }
        }
        if body.is_empty() && hyphens.is_empty() {
            return Err(ImporterNumberError::Empty);
        }
        let format_error = || ImporterNumberError::Format {
            value: value.clone(),
        };
        if !body.is_ascii() || body.len() < 9 || !body[..9].bytes().all(|b| b.is_ascii_digit()) {
            return Err(format_error());
        }
        let all_digits = body.bytes().all(|b| b.is_ascii_digit());
        match (body.len(), hyphens.as_slice()) {
            (9, [3, 5]) => ssn(&body),
            (9, [2]) => Err(ImporterNumberError::MissingSuffix { value }),
            (9, []) => Err(ImporterNumberError::Ambiguous { value }),
            (11, [6]) if all_digits => Ok(ImporterNumber::CbpAssigned(format!(
                "{}-{}",
                &body[..6],
                &body[6..]
            ))),
            (11, []) if all_digits => Err(ImporterNumberError::Ambiguous { value }),
            (11, [] | [2] | [9] | [2, 9]) => irs_number(&body, value),
            _ => Err(format_error()),
        }
    }
}

/// Checks an SSN's 9 digits against the ranges the SSA never issues.
fn ssn(digits: &str) -> Result<ImporterNumber, ImporterNumberError> {
    let (area, rest) = digits.split_at(3);
    let (group, serial) = rest.split_at(2);
    if area == "000" || area == "666" || area.starts_with('9') {
        return Err(ImporterNumberError::SsnArea {
            area: area.to_owned(),
        });
    }
    if group == "00" {
        return Err(ImporterNumberError::SsnGroup);
    }
    if serial == "0000" {
        return Err(ImporterNumberError::SsnSerial);
    }
    Ok(ImporterNumber::SocialSecurityNumber(format!(
        "{area}-{group}-{serial}"
    )))
}

/// Checks an IRS number: 9-digit EIN with an IRS prefix, then a suffix without O, I or Z.
/// `value` is the text as entered, for the error.
fn irs_number(body: &str, value: String) -> Result<ImporterNumber, ImporterNumberError> {
    let (digits, suffix) = body.split_at(9);
    let ein = Ein::from_digits(digits).map_err(|error| match error {
        EinError::UnknownPrefix { prefix } => ImporterNumberError::IrsPrefix { prefix },
        EinError::Empty | EinError::Format { .. } => ImporterNumberError::Format {
            value: value.clone(),
        },
    })?;
    if !suffix
        .bytes()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    {
        return Err(ImporterNumberError::Format { value });
    }
    if suffix.contains(['O', 'I', 'Z']) {
        return Err(ImporterNumberError::SuffixLetter {
            suffix: suffix.to_owned(),
        });
    }
    Ok(ImporterNumber::IrsNumber {
        ein,
        suffix: suffix.to_owned(),
    })
}

impl std::fmt::Display for ImporterNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImporterNumber::IrsNumber { ein, suffix } => write!(f, "{ein}{suffix}"),
            ImporterNumber::SocialSecurityNumber(ssn) => f.write_str(ssn),
            ImporterNumber::CbpAssigned(number) => f.write_str(number),
        }
    }
}

impl std::str::FromStr for ImporterNumber {
    type Err = ImporterNumberError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        ImporterNumber::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn irs_numbers_with_a_suffix_are_accepted_in_the_usual_spellings() {
        for (input, canonical) in [
            ("12-345678900", "12-345678900"),
            ("12-3456789-00", "12-345678900"),
            ("12-3456789ab", "12-3456789AB"),
            ("123456789A1", "12-3456789A1"),
            ("95-1234567-01", "95-123456701"),
        ] {
            let number = ImporterNumber::parse(input).unwrap();
            assert!(
                matches!(number, ImporterNumber::IrsNumber { .. }),
                "{input}"
            );
            assert_eq!(number.to_string(), canonical, "{input}");
        }
    }

    #[test]
    fn an_irs_number_suffix_may_not_contain_o_i_or_z() {
        for (input, suffix) in [
            ("12-3456789O0", "O0"),
            ("12-34567890I", "0I"),
            ("12-3456789ZZ", "ZZ"),
        ] {
            assert_eq!(
                ImporterNumber::parse(input),
                Err(ImporterNumberError::SuffixLetter {
                    suffix: suffix.into()
                }),
                "{input}"
            );
        }
    }

    #[test]
    fn an_irs_number_with_a_prefix_the_irs_does_not_assign_is_refused() {
        assert_eq!(
            ImporterNumber::parse("07-345678900"),
            Err(ImporterNumberError::IrsPrefix {
                prefix: "07".into()
            })
        );
    }

    #[test]
    fn an_irs_number_without_its_suffix_asks_for_the_suffix() {
        assert!(matches!(
            ImporterNumber::parse("12-3456789"),
            Err(ImporterNumberError::MissingSuffix { .. })
        ));
    }

    #[test]
    fn social_security_numbers_are_accepted_with_their_hyphens() {
        let number = ImporterNumber::parse(" 536-90-4399 ").unwrap();
        assert_eq!(
            number,
            ImporterNumber::SocialSecurityNumber("536-90-4399".into())
        );
    }

    #[test]
    fn social_security_numbers_in_never_issued_ranges_are_refused() {
        for (input, expected) in [
            (
                "000-12-3456",
                ImporterNumberError::SsnArea { area: "000".into() },
            ),
            (
                "666-12-3456",
                ImporterNumberError::SsnArea { area: "666".into() },
            ),
            (
                "912-12-3456",
                ImporterNumberError::SsnArea { area: "912".into() },
            ),
            ("123-00-4567", ImporterNumberError::SsnGroup),
            ("123-45-0000", ImporterNumberError::SsnSerial),
        ] {
            assert_eq!(ImporterNumber::parse(input), Err(expected), "{input}");
        }
    }

    #[test]
    fn cbp_assigned_numbers_are_accepted_with_their_hyphen() {
        let number = ImporterNumber::parse("983801-12345").unwrap();
        assert_eq!(number, ImporterNumber::CbpAssigned("983801-12345".into()));
    }

    #[test]
    fn bare_digits_that_fit_two_formats_ask_for_the_hyphens() {
        for input in ["123456789", "12345678900"] {
            assert!(
                matches!(
                    ImporterNumber::parse(input),
                    Err(ImporterNumberError::Ambiguous { .. })
                ),
                "{input}"
            );
        }
    }

    #[test]
    fn text_in_no_importer_number_format_is_refused() {
        for input in [
            "12345",
            "12-34-56789",
            "ABCDEFGHIJK",
            "12-345678900X",
            "1234-5678900",
            "12-3456789-0*",
        ] {
            assert!(
                matches!(
                    ImporterNumber::parse(input),
                    Err(ImporterNumberError::Format { .. })
                ),
                "{input}"
            );
        }
    }

    #[test]
    fn a_refused_irs_number_is_reported_as_the_user_typed_it() {
        assert_eq!(
            ImporterNumber::parse(" 12-3456789-0* "),
            Err(ImporterNumberError::Format {
                value: "12-3456789-0*".into()
            })
        );
    }

    #[test]
    fn an_empty_importer_number_asks_for_one() {
        assert_eq!(ImporterNumber::parse("  "), Err(ImporterNumberError::Empty));
    }
}
