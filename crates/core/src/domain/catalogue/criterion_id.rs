//! The stable identifier of a Minimum Security Criterion (`3.4`, `9.13`): answers, findings and
//! exported files refer to criteria by it, so it is parsed strictly and ordered numerically.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::Category;

/// A criterion ID: category number and criterion number, written `category.number`.
///
/// Ordered numerically (`9.2` before `9.13`), as CBP lists the criteria.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CriterionId {
    category: Category,
    number: u8,
}

/// Text that is not a criterion ID.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CriterionIdError {
    /// Not two whole numbers separated by a dot, or with a leading zero or a zero criterion.
    #[error("\"{0}\" is not a criterion ID such as 3.4 or 9.13")]
    Malformed(String),
    /// Well formed, but the category is not one of the 12.
    #[error("\"{text}\" names category {category}, but categories run from 1 to 12")]
    UnknownCategory { text: String, category: u8 },
}

impl CriterionId {
    /// The ID of criterion `number` in `category`; `None` for criterion 0.
    pub fn new(category: Category, number: u8) -> Option<CriterionId> {
        (number > 0).then_some(CriterionId { category, number })
    }

    /// The category the ID belongs to (the part before the dot).
    pub fn category(self) -> Category {
        self.category
    }

    /// The criterion's number within its category (the part after the dot).
    pub fn number(self) -> u8 {
        self.number
    }
}

/// A positive whole number written without sign or leading zero, as IDs are printed.
fn canonical_number(text: &str) -> Option<u8> {
    let digits_only = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    if !digits_only || text.starts_with('0') {
        return None;
    }
    text.parse().ok()
}

impl FromStr for CriterionId {
    type Err = CriterionIdError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let malformed = || CriterionIdError::Malformed(text.to_owned());
        let (category, number) = text.split_once('.').ok_or_else(malformed)?;
        let category = canonical_number(category).ok_or_else(malformed)?;
        let number = canonical_number(number).ok_or_else(malformed)?;
        let category =
            Category::new(category).ok_or_else(|| CriterionIdError::UnknownCategory {
                text: text.to_owned(),
                category,
            })?;
        Ok(CriterionId { category, number })
    }
}

impl TryFrom<String> for CriterionId {
    type Error = CriterionIdError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<CriterionId> for String {
    fn from(id: CriterionId) -> String {
        id.to_string()
    }
}

impl fmt::Display for CriterionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.category.number(), self.number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(text: &str) -> CriterionId {
        text.parse().unwrap()
    }

    #[test]
    fn an_id_splits_into_category_and_number() {
        let parsed = id("9.13");
        assert_eq!(parsed.category(), Category::new(9).unwrap());
        assert_eq!(parsed.number(), 13);
    }

    #[test]
    fn ids_are_ordered_as_numbers_not_as_text() {
        assert!(id("9.2") < id("9.13"));
        assert!(id("9.16") < id("10.1"));
        assert!(id("2.4") < id("12.1"));
    }

    #[test]
    fn an_id_is_written_back_as_it_was_read() {
        for text in ["1.1", "4.13", "7.37", "12.10"] {
            assert_eq!(id(text).to_string(), text);
        }
    }

    #[test]
    fn text_that_is_not_category_dot_number_is_refused() {
        for text in [
            "", "3", "3.", ".4", "3.4.1", "3,4", "03.4", "3.04", "+3.4", "3.0", "a.1",
        ] {
            assert_eq!(
                text.parse::<CriterionId>(),
                Err(CriterionIdError::Malformed(text.to_owned())),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_category_beyond_twelve_is_refused() {
        assert_eq!(
            "13.1".parse::<CriterionId>(),
            Err(CriterionIdError::UnknownCategory {
                text: "13.1".to_owned(),
                category: 13
            })
        );
    }

    #[test]
    fn ids_are_stored_as_strings() {
        assert_eq!(serde_json::to_string(&id("6.7")).unwrap(), "\"6.7\"");
        assert_eq!(
            serde_json::from_str::<CriterionId>("\"6.7\"").unwrap(),
            id("6.7")
        );
        assert!(serde_json::from_str::<CriterionId>("\"6.x\"").is_err());
    }
}
