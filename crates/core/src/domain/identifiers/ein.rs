//! U.S. employer identification numbers (EIN, "IRS number"): 9 digits written `NN-NNNNNNN`,
//! whose first two digits must be a prefix the IRS assigns (IRS "How EINs are assigned and
//! valid EIN prefixes"; docs/domain.md §4). Exporters give a bare EIN; importers give it with a
//! 2-character suffix (see `importer_number`).

use super::problem::{MessageArgs, compact, is_digits};

/// The two-digit prefixes the IRS assigns to EINs, by campus (docs/domain.md §4).
const IRS_PREFIXES: &[u8] = &[
    1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14, 15, 16, 20, 21, 22, 23, 24, 25, 26, 27, 30, 31, 32, 33,
    34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 50, 51, 52, 53, 54, 55, 56, 57, 58,
    59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 71, 72, 73, 74, 75, 76, 77, 80, 81, 82, 83, 84, 85, 86,
    87, 88, 90, 91, 92, 93, 94, 95, 98, 99,
];

/// A U.S. employer identification number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ein {
    prefix: u8,
    serial: u32,
}

/// Why text is not an EIN.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EinError {
    /// Nothing was entered.
    #[error("no EIN was entered")]
    Empty,
    /// Not 9 digits.
    #[error("{value:?} is not 9 digits")]
    Format {
        /// What was entered, trimmed.
        value: String,
    },
    /// The first two digits are not a prefix the IRS assigns.
    #[error("{prefix} is not a prefix the IRS assigns to EINs")]
    UnknownPrefix {
        /// The two digits, as entered.
        prefix: String,
    },
}

impl EinError {
    /// Values for the message's placeholders.
    pub fn args(&self) -> MessageArgs {
        match self {
            EinError::Empty => Vec::new(),
            EinError::Format { value } => vec![("value", value.clone())],
            EinError::UnknownPrefix { prefix } => vec![("prefix", prefix.clone())],
        }
    }
}

impl Ein {
    /// Parses `NN-NNNNNNN` (the hyphen is optional).
    pub fn parse(text: &str) -> Result<Self, EinError> {
        let code = compact(text);
        if code.is_empty() {
            return Err(EinError::Empty);
        }
        if !is_digits(&code, 9) {
            return Err(EinError::Format {
                value: text.trim().to_owned(),
            });
        }
        Ein::from_digits(&code)
    }

    /// Builds an EIN from exactly 9 ASCII digits, checking the IRS prefix.
    pub(crate) fn from_digits(digits: &str) -> Result<Self, EinError> {
        let (prefix_text, serial_text) = digits.split_at(2);
        let prefix: u8 = prefix_text.parse().map_err(|_| EinError::Format {
            value: digits.to_owned(),
        })?;
        let serial: u32 = serial_text.parse().map_err(|_| EinError::Format {
            value: digits.to_owned(),
        })?;
        if IRS_PREFIXES.contains(&prefix) {
            Ok(Ein { prefix, serial })
        } else {
            Err(EinError::UnknownPrefix {
                prefix: prefix_text.to_owned(),
            })
        }
    }
}

impl std::fmt::Display for Ein {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}-{:07}", self.prefix, self.serial)
    }
}

impl std::str::FromStr for Ein {
    type Err = EinError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ein::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eins_with_an_irs_prefix_are_accepted_with_or_without_the_hyphen() {
        for (input, canonical) in [
            ("12-3456789", "12-3456789"),
            ("123456789", "12-3456789"),
            (" 01-0000001 ", "01-0000001"),
            ("99-9999999", "99-9999999"),
        ] {
            assert_eq!(Ein::parse(input).unwrap().to_string(), canonical, "{input}");
        }
    }

    #[test]
    fn eins_with_a_prefix_the_irs_does_not_assign_are_refused() {
        for prefix in [
            "00", "07", "08", "09", "17", "18", "19", "28", "29", "49", "69", "70", "78", "79",
            "89", "96", "97",
        ] {
            let input = format!("{prefix}-1234567");
            assert_eq!(
                Ein::parse(&input),
                Err(EinError::UnknownPrefix {
                    prefix: prefix.into()
                }),
                "{input}"
            );
        }
    }

    #[test]
    fn eins_that_are_not_nine_digits_are_refused() {
        for input in ["12-345678", "12-34567890", "12-345678A"] {
            assert!(
                matches!(Ein::parse(input), Err(EinError::Format { .. })),
                "{input}"
            );
        }
    }

    #[test]
    fn an_empty_ein_asks_for_one() {
        assert_eq!(Ein::parse(""), Err(EinError::Empty));
    }
}
