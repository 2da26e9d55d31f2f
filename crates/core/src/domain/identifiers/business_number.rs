//! CBSA/CRA business numbers with their program account (BN15), like `123456782RM0001`: the
//! 9-digit business number, whose last digit is a Luhn check digit; a 2-letter program
//! identifier; a 4-digit reference. The import/export account CBSA uses is program RM; the other
//! programs (RT GST/HST, RP payroll, RC corporate tax, RR charities, RZ information returns) are
//! real accounts but the wrong one to give here, so they only warn (docs/domain.md §4).

use super::problem::{IdentifierWarning, MessageArgs, compact, is_digits};

/// The CRA program identifiers a BN15 may carry.
const PROGRAMS: [&str; 6] = ["RM", "RT", "RP", "RC", "RR", "RZ"];

/// The program identifier of CBSA's import/export account.
const IMPORT_EXPORT_PROGRAM: &str = "RM";

/// A Canadian business number with its program account.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BusinessNumber(String);

/// Why text is not a BN15.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BusinessNumberError {
    /// Nothing was entered.
    #[error("no business number was entered")]
    Empty,
    /// Not 9 digits, 2 letters and 4 digits.
    #[error("{value:?} is not 9 digits, 2 letters and 4 digits")]
    Format {
        /// What was entered, trimmed.
        value: String,
    },
    /// Only the 9-digit business number, without a program account.
    #[error("{value} has no program account (like RM0001)")]
    MissingProgram {
        /// The 9 digits entered.
        value: String,
    },
    /// The 9th digit is not the Luhn check digit of the first eight.
    #[error("{value} fails the business number check digit")]
    CheckDigit {
        /// The 9 digits entered.
        value: String,
    },
    /// The two letters are not a CRA program identifier.
    #[error("{program} is not a CRA program identifier")]
    UnknownProgram {
        /// The two letters entered.
        program: String,
    },
}

impl BusinessNumberError {
    /// Values for the message's placeholders.
    pub fn args(&self) -> MessageArgs {
        match self {
            BusinessNumberError::Empty => Vec::new(),
            BusinessNumberError::Format { value }
            | BusinessNumberError::MissingProgram { value }
            | BusinessNumberError::CheckDigit { value } => vec![("value", value.clone())],
            BusinessNumberError::UnknownProgram { program } => {
                vec![("program", program.clone())]
            }
        }
    }
}

/// Whether the digits pass the Luhn check (the last digit being the check digit).
pub(crate) fn luhn_valid(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(position, byte)| {
            let digit = u32::from(byte - b'0');
            if position % 2 == 1 {
                let doubled = digit * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                digit
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

impl BusinessNumber {
    /// Parses a BN15, ignoring case, spaces and hyphens (`123456782 RM 0001`).
    pub fn parse(text: &str) -> Result<Self, BusinessNumberError> {
        let code = compact(text);
        if code.is_empty() {
            return Err(BusinessNumberError::Empty);
        }
        if is_digits(&code, 9) {
            return Err(BusinessNumberError::MissingProgram { value: code });
        }
        let well_formed = code.is_ascii()
            && code.len() == 15
            && is_digits(&code[..9], 9)
            && code[9..11].bytes().all(|b| b.is_ascii_uppercase())
            && is_digits(&code[11..], 4);
        if !well_formed {
            return Err(BusinessNumberError::Format {
                value: text.trim().to_owned(),
            });
        }
        if !luhn_valid(&code[..9]) {
            return Err(BusinessNumberError::CheckDigit {
                value: code[..9].to_owned(),
            });
        }
        if !PROGRAMS.contains(&&code[9..11]) {
            return Err(BusinessNumberError::UnknownProgram {
                program: code[9..11].to_owned(),
            });
        }
        Ok(BusinessNumber(code))
    }

    /// The 9-digit business number.
    pub fn business_number(&self) -> &str {
        &self.0[..9]
    }

    /// The program identifier (`RM`, `RT`, …).
    pub fn program(&self) -> &str {
        &self.0[9..11]
    }

    /// The 4-digit account reference.
    pub fn reference(&self) -> &str {
        &self.0[11..]
    }

    /// Advises when the account is not CBSA's import/export (RM) account.
    pub fn program_warning(&self) -> Option<IdentifierWarning> {
        (self.program() != IMPORT_EXPORT_PROGRAM).then(|| {
            IdentifierWarning::BusinessNumberNotImportExport {
                number: self.0.clone(),
                program: self.program().to_owned(),
            }
        })
    }
}

impl std::fmt::Display for BusinessNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for BusinessNumber {
    type Err = BusinessNumberError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        BusinessNumber::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 12345678 followed by its Luhn check digit: 8→7, 7, 6→3, 5, 4→8, 3, 2→4, 1 sum to 38, so 2.
    const VALID_BN: &str = "123456782";

    #[test]
    fn the_luhn_check_digit_of_the_example_business_number_is_two() {
        assert!(luhn_valid(VALID_BN));
        assert!(!luhn_valid("123456789"));
    }

    #[test]
    fn import_export_accounts_are_accepted_in_the_usual_spellings() {
        for input in ["123456782RM0001", "123456782 rm 0001", "123456782-RM-0001"] {
            let number = BusinessNumber::parse(input).unwrap();
            assert_eq!(number.to_string(), "123456782RM0001", "{input}");
            assert_eq!(number.program_warning(), None);
        }
    }

    #[test]
    fn the_parts_of_a_business_number_are_readable() {
        let number = BusinessNumber::parse("123456782RM0002").unwrap();
        assert_eq!(
            (
                number.business_number(),
                number.program(),
                number.reference()
            ),
            ("123456782", "RM", "0002")
        );
    }

    #[test]
    fn a_wrong_check_digit_is_an_error() {
        assert_eq!(
            BusinessNumber::parse("123456789RM0001"),
            Err(BusinessNumberError::CheckDigit {
                value: "123456789".into()
            })
        );
    }

    #[test]
    fn a_gst_account_is_accepted_with_a_warning_to_give_the_rm_account() {
        let number = BusinessNumber::parse("123456782RT0001").unwrap();
        assert_eq!(
            number.program_warning(),
            Some(IdentifierWarning::BusinessNumberNotImportExport {
                number: "123456782RT0001".into(),
                program: "RT".into()
            })
        );
    }

    #[test]
    fn an_unknown_program_identifier_is_an_error() {
        assert_eq!(
            BusinessNumber::parse("123456782XX0001"),
            Err(BusinessNumberError::UnknownProgram {
                program: "XX".into()
            })
        );
    }

    #[test]
    fn nine_digits_alone_ask_for_the_program_account() {
        assert_eq!(
            BusinessNumber::parse("123456782"),
            Err(BusinessNumberError::MissingProgram {
                value: "123456782".into()
            })
        );
    }

    #[test]
    fn text_not_shaped_like_a_bn15_is_refused() {
        for input in [
            "12345678RM0001",
            "123456782RM001",
            "123456782R10001",
            "ÀBCDEFGHIRM0001",
        ] {
            assert!(
                matches!(
                    BusinessNumber::parse(input),
                    Err(BusinessNumberError::Format { .. })
                ),
                "{input}"
            );
        }
    }

    #[test]
    fn an_empty_business_number_asks_for_one() {
        assert_eq!(BusinessNumber::parse(""), Err(BusinessNumberError::Empty));
    }
}
