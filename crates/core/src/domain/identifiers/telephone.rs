//! Telephone and fax numbers as people write them: digits with an optional leading `+`, grouped
//! by spaces, hyphens, dots or parentheses, optionally followed by an extension (`ext. 12`,
//! `x12`, `#12`, French `poste 12`). The number must have 7 to 15 digits: 15 is the E.164
//! maximum, 7 the shortest local number that still reaches someone. No crate is used: the crates
//! that know every country's numbering plan weigh far more than the rest of the checks together,
//! and a Security Profile only needs a number a person can dial.

use super::problem::MessageArgs;

/// The fewest digits a number may have.
const MIN_DIGITS: usize = 7;
/// The most digits E.164 allows.
const MAX_DIGITS: usize = 15;
/// The most digits an extension may have.
const MAX_EXTENSION_DIGITS: usize = 6;
/// Words that introduce an extension, lower-case, longest first where one contains another.
const EXTENSION_MARKERS: [&str; 6] = ["extension", "poste", "ext.", "ext", "x", "#"];

/// A telephone or fax number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TelephoneNumber {
    international: bool,
    digits: String,
    extension: Option<String>,
}

/// Why text is not a telephone number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TelephoneError {
    /// Nothing was entered.
    #[error("no telephone number was entered")]
    Empty,
    /// Characters other than digits, `+`, spaces, `-`, `.`, parentheses and an extension.
    #[error("{value:?} contains characters a telephone number does not have")]
    Format {
        /// What was entered, trimmed.
        value: String,
    },
    /// Fewer than 7 or more than 15 digits.
    #[error("{value:?} has {count} digits; a telephone number has 7 to 15")]
    DigitCount {
        /// What was entered, trimmed.
        value: String,
        /// How many digits it has, extension excluded.
        count: usize,
    },
}

impl TelephoneError {
    /// Values for the message's placeholders.
    pub fn args(&self) -> MessageArgs {
        match self {
            TelephoneError::Empty => Vec::new(),
            TelephoneError::Format { value } => vec![("value", value.clone())],
            TelephoneError::DigitCount { value, count } => {
                vec![("value", value.clone()), ("count", count.to_string())]
            }
        }
    }
}

/// Splits off an extension: the earliest marker wins, the longest marker at that position.
fn split_extension(lower: &str) -> (&str, Option<&str>) {
    let found = EXTENSION_MARKERS
        .iter()
        .filter_map(|marker| lower.find(marker).map(|position| (position, marker.len())))
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    match found {
        Some((position, len)) => (&lower[..position], Some(&lower[position + len..])),
        None => (lower, None),
    }
}

impl TelephoneNumber {
    /// Parses a number as people write it.
    pub fn parse(text: &str) -> Result<Self, TelephoneError> {
        let value = text.trim();
        if value.is_empty() {
            return Err(TelephoneError::Empty);
        }
        let format_error = || TelephoneError::Format {
            value: value.to_owned(),
        };
        let lower = value.to_lowercase();
        let (number, extension) = split_extension(&lower);
        let number = number.trim();
        let (international, rest) = match number.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, number),
        };
        if !rest
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')'))
        {
            return Err(format_error());
        }
        let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
        let extension = match extension {
            None => None,
            Some(text) => {
                let text = text.trim_start_matches([' ', '.', ':']).trim();
                let well_formed = (1..=MAX_EXTENSION_DIGITS).contains(&text.len())
                    && text.bytes().all(|b| b.is_ascii_digit());
                if !well_formed {
                    return Err(format_error());
                }
                Some(text.to_owned())
            }
        };
        if !(MIN_DIGITS..=MAX_DIGITS).contains(&digits.len()) {
            return Err(TelephoneError::DigitCount {
                value: value.to_owned(),
                count: digits.len(),
            });
        }
        Ok(TelephoneNumber {
            international,
            digits,
            extension,
        })
    }

    /// Whether the number was given in international form (`+` and country code).
    pub fn is_international(&self) -> bool {
        self.international
    }

    /// The digits of the number, without the extension.
    pub fn digits(&self) -> &str {
        &self.digits
    }

    /// The extension, if any.
    pub fn extension(&self) -> Option<&str> {
        self.extension.as_deref()
    }
}

impl std::fmt::Display for TelephoneNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.international {
            f.write_str("+")?;
        }
        f.write_str(&self.digits)?;
        if let Some(extension) = &self.extension {
            write!(f, " ext. {extension}")?;
        }
        Ok(())
    }
}

impl std::str::FromStr for TelephoneNumber {
    type Err = TelephoneError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        TelephoneNumber::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_accepted_in_the_usual_spellings() {
        for (input, canonical) in [
            ("+1 (859) 555-0142", "+18595550142"),
            ("859.555.0142", "8595550142"),
            ("+52 81 5555 0142", "+528155550142"),
            ("555-0142", "5550142"),
            ("+1 514 555 0142 ext. 204", "+15145550142 ext. 204"),
            ("514-555-0142 x12", "5145550142 ext. 12"),
            ("514 555 0142 poste 3", "5145550142 ext. 3"),
            ("514 555 0142 #99", "5145550142 ext. 99"),
        ] {
            assert_eq!(
                TelephoneNumber::parse(input).unwrap().to_string(),
                canonical,
                "{input}"
            );
        }
    }

    #[test]
    fn numbers_with_fewer_than_seven_or_more_than_fifteen_digits_are_refused() {
        for (input, count) in [("555-014", 6), ("+1 234 567 890 123 456", 16)] {
            assert!(
                matches!(TelephoneNumber::parse(input), Err(TelephoneError::DigitCount { count: c, .. }) if c == count),
                "{input}"
            );
        }
    }

    #[test]
    fn numbers_with_letters_or_a_misplaced_plus_are_refused() {
        for input in [
            "1-800-FLOWERS",
            "859 555 0142 +1",
            "859/555/0142",
            "859 555 0142 ext. twelve",
            "859 555 0142 ext. 1234567",
        ] {
            assert!(
                matches!(
                    TelephoneNumber::parse(input),
                    Err(TelephoneError::Format { .. })
                ),
                "{input}"
            );
        }
    }

    #[test]
    fn an_empty_number_asks_for_one() {
        assert_eq!(TelephoneNumber::parse(""), Err(TelephoneError::Empty));
    }
}
