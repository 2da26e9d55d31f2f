//! Finding rows in a long register: words typed in the find box, matched against what a row
//! is known by (its name, its country, …), and the status of its findings. Pure matching, so
//! it is tested without a browser.

use crate::domain::language::without_accent;
use crate::domain::validation::ItemStatus;

/// Which rows the status choice keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    /// Every row.
    #[default]
    Any,
    /// Only rows with the given status.
    Only(ItemStatus),
}

/// What the user asked to find.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RowQuery {
    /// The words typed, as typed.
    pub words: String,
    /// The status chosen.
    pub status: StatusFilter,
}

impl RowQuery {
    /// Whether this query keeps every row (nothing typed, any status).
    pub fn is_everything(&self) -> bool {
        self.words.trim().is_empty() && self.status == StatusFilter::Any
    }

    /// Whether a row known by `details` (name, country, …) with status `status` matches: every
    /// word typed must appear in one of its details, ignoring case and accents, so "monterrey
    /// mx" finds Aceros Monterrey in MX and "mexico" finds "México".
    pub fn matches(&self, details: &[&str], status: ItemStatus) -> bool {
        if let StatusFilter::Only(wanted) = self.status
            && wanted != status
        {
            return false;
        }
        let details: Vec<String> = details.iter().map(|detail| folded(detail)).collect();
        folded(&self.words)
            .split_whitespace()
            .all(|word| details.iter().any(|detail| detail.contains(word)))
    }
}

/// `text` in lower case without the accents of French and Spanish, so a search need not
/// match them exactly.
fn folded(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(without_accent)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(words: &str) -> RowQuery {
        RowQuery {
            words: words.to_owned(),
            status: StatusFilter::Any,
        }
    }

    #[test]
    fn nothing_asked_keeps_every_row() {
        let query = RowQuery::default();
        assert!(query.is_everything());
        assert!(query.matches(&["", ""], ItemStatus::ToFix));
        assert!(!words("acme").is_everything());
    }

    #[test]
    fn every_word_must_be_found_in_the_name_or_the_country() {
        let partner = ["Aceros Monterrey", "MX"];
        assert!(words("monterrey").matches(&partner, ItemStatus::Complete));
        assert!(words("  ACEROS   mx ").matches(&partner, ItemStatus::Complete));
        assert!(!words("monterrey us").matches(&partner, ItemStatus::Complete));
        assert!(!words("acme").matches(&partner, ItemStatus::Complete));
    }

    #[test]
    fn accents_and_case_do_not_hide_a_row() {
        let partner = ["Logística Querétaro", "MX"];
        assert!(words("logistica queretaro").matches(&partner, ItemStatus::Complete));
        assert!(words("LOGÍSTICA").matches(&partner, ItemStatus::Complete));
        assert!(words("québec").matches(&["Transports Quebec", "CA"], ItemStatus::Complete));
    }

    #[test]
    fn the_status_keeps_only_rows_in_that_state() {
        let to_fix = RowQuery {
            words: String::new(),
            status: StatusFilter::Only(ItemStatus::ToFix),
        };
        assert!(!to_fix.is_everything());
        assert!(to_fix.matches(&["ACME"], ItemStatus::ToFix));
        assert!(!to_fix.matches(&["ACME"], ItemStatus::ToCheck));
        let acme_to_fix = RowQuery {
            words: "acme".to_owned(),
            ..to_fix
        };
        assert!(acme_to_fix.matches(&["ACME"], ItemStatus::ToFix));
        assert!(!acme_to_fix.matches(&["Blue Line"], ItemStatus::ToFix));
    }
}
