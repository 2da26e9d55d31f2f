//! Mexican taxpayer registry numbers (RFC, Registro Federal de Contribuyentes): 12 characters
//! for a company (persona moral: 3 letters from the name) or 13 for a person (persona física:
//! 4 letters), then the date of incorporation or birth as YYMMDD, then a 3-character
//! "homoclave" whose last character is a mod-11 check digit (docs/domain.md §4).
//!
//! About 1.5% of RFCs in use fail the check digit, so a wrong check digit is a warning,
//! never an error; the shape and the date are errors.

use super::problem::{IdentifierWarning, MessageArgs};

/// The characters of the check-digit computation, in the order that gives their values.
const CHECK_ALPHABET: &str = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

/// Whether an RFC belongs to a company or a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RfcHolder {
    /// Persona moral: 12 characters.
    Company,
    /// Persona física: 13 characters.
    Person,
}

/// A Mexican RFC.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Rfc(String);

/// Why text is not an RFC.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RfcError {
    /// Nothing was entered.
    #[error("no RFC was entered")]
    Empty,
    /// Not 3–4 letters, 6 digits and 3 letters or digits.
    #[error("{value:?} is not shaped like an RFC")]
    Format {
        /// What was entered, trimmed.
        value: String,
    },
    /// The six digits are not a real date YYMMDD.
    #[error("{date} is not a date in YYMMDD form")]
    Date {
        /// The six digits entered.
        date: String,
    },
}

impl RfcError {
    /// Values for the message's placeholders.
    pub fn args(&self) -> MessageArgs {
        match self {
            RfcError::Empty => Vec::new(),
            RfcError::Format { value } => vec![("value", value.clone())],
            RfcError::Date { date } => vec![("date", date.clone())],
        }
    }
}

/// Whether six ASCII digits are a calendar date YYMMDD. The century is unknown, so 29 February
/// is accepted in every year divisible by four (00 counting as 2000).
fn is_date(digits: &[char]) -> bool {
    let number = |range: std::ops::Range<usize>| {
        digits[range]
            .iter()
            .fold(0u32, |acc, c| acc * 10 + c.to_digit(10).unwrap_or(0))
    };
    let (year, month, day) = (number(0..2), number(2..4), number(4..6));
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days_in_month).contains(&day)
}

/// The check digit SAT's algorithm gives for the characters before it.
fn check_digit(body: &[char]) -> char {
    let alphabet: Vec<char> = CHECK_ALPHABET.chars().collect();
    let value = |c: &char| alphabet.iter().position(|a| a == c).unwrap_or(0);
    // The algorithm works on 12 characters: a company's 11 are preceded by a space, which has
    // a value of its own.
    let padding = 12usize.saturating_sub(body.len());
    let padded = std::iter::repeat_n(&' ', padding).chain(body.iter());
    let sum: usize = padded
        .enumerate()
        .map(|(index, c)| value(c) * (13 - index))
        .sum();
    let position = (11 - sum % 11) % 11;
    alphabet[position]
}

impl Rfc {
    /// Parses an RFC, ignoring case, spaces and hyphens (`MAB-930714-8T4`).
    pub fn parse(text: &str) -> Result<Self, RfcError> {
        let chars: Vec<char> = text
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '_'))
            .flat_map(char::to_uppercase)
            .collect();
        if chars.is_empty() {
            return Err(RfcError::Empty);
        }
        let format_error = || RfcError::Format {
            value: text.trim().to_owned(),
        };
        let letters = match chars.len() {
            12 => 3,
            13 => 4,
            _ => return Err(format_error()),
        };
        let (name, rest) = chars.split_at(letters);
        let (date, homoclave) = rest.split_at(6);
        let well_formed = name
            .iter()
            .all(|c| c.is_ascii_uppercase() || matches!(c, '&' | 'Ñ'))
            && date.iter().all(char::is_ascii_digit)
            && homoclave
                .iter()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if !well_formed {
            return Err(format_error());
        }
        if !is_date(date) {
            return Err(RfcError::Date {
                date: date.iter().collect(),
            });
        }
        Ok(Rfc(chars.into_iter().collect()))
    }

    /// Whether the RFC is a company's or a person's.
    pub fn holder(&self) -> RfcHolder {
        if self.0.chars().count() == 12 {
            RfcHolder::Company
        } else {
            RfcHolder::Person
        }
    }

    /// The canonical RFC.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Advises when the last character is not the check digit SAT's algorithm gives.
    pub fn check_digit_warning(&self) -> Option<IdentifierWarning> {
        let chars: Vec<char> = self.0.chars().collect();
        let (&found, body) = chars.split_last()?;
        let expected = check_digit(body);
        (found != expected).then(|| IdentifierWarning::RfcCheckDigit {
            rfc: self.0.clone(),
            found,
            expected,
        })
    }
}

impl std::fmt::Display for Rfc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for Rfc {
    type Err = RfcError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Rfc::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn company_and_person_rfcs_are_accepted_in_the_usual_spellings() {
        for (input, canonical, holder) in [
            ("MAB-930714-8T4", "MAB9307148T4", RfcHolder::Company),
            ("sat970701nn3", "SAT970701NN3", RfcHolder::Company),
            ("GODE 561231 GR8", "GODE561231GR8", RfcHolder::Person),
            ("ñ&ab000229AB1", "Ñ&AB000229AB1", RfcHolder::Person),
        ] {
            let rfc = Rfc::parse(input).unwrap();
            assert_eq!((rfc.as_str(), rfc.holder()), (canonical, holder), "{input}");
        }
    }

    #[test]
    fn rfcs_with_a_correct_check_digit_get_no_warning() {
        for input in ["MAB9307148T4", "SAT970701NN3", "GODE561231GR8"] {
            assert_eq!(
                Rfc::parse(input).unwrap().check_digit_warning(),
                None,
                "{input}"
            );
        }
    }

    #[test]
    fn a_wrong_check_digit_is_only_a_warning() {
        let rfc = Rfc::parse("VACE460910SX6").unwrap();
        assert_eq!(
            rfc.check_digit_warning(),
            Some(IdentifierWarning::RfcCheckDigit {
                rfc: "VACE460910SX6".into(),
                found: '6',
                expected: '5'
            })
        );
    }

    #[test]
    fn an_impossible_date_is_an_error() {
        for (input, date) in [
            ("MAB931314AB1", "931314"),
            ("MAB930230AB1", "930230"),
            ("GODE010229GR8", "010229"),
            ("MAB930700AB1", "930700"),
        ] {
            assert_eq!(
                Rfc::parse(input),
                Err(RfcError::Date { date: date.into() }),
                "{input}"
            );
        }
    }

    #[test]
    fn text_not_shaped_like_an_rfc_is_refused() {
        for input in [
            "MA9307148T4",    // 11 characters
            "GODE5612311GR8", // 14 characters
            "M1B9307148T4",   // digit among the name letters
            "MAB93O7148T4",   // letter in the date
            "MAB930714*T4",   // symbol in the homoclave
            "GOD1561231GR8",  // person RFC with 3 letters
        ] {
            assert!(
                matches!(Rfc::parse(input), Err(RfcError::Format { .. })),
                "{input}"
            );
        }
    }

    #[test]
    fn an_empty_rfc_asks_for_one() {
        assert_eq!(Rfc::parse(" - "), Err(RfcError::Empty));
    }
}
