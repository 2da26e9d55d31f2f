//! Where one item of a register stands, read from its findings: what a long register is
//! filtered by ("show me the partners with something to fix").

use super::finding::{Finding, Severity};

/// Where an item stands. Ordered from the most to the least urgent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ItemStatus {
    /// At least one error: the profile cannot be exported until it is fixed.
    ToFix,
    /// No error, but at least one warning worth a look.
    ToCheck,
    /// Nothing found.
    Complete,
}

impl ItemStatus {
    /// The status of an item whose findings are `findings` (those of its own scope).
    pub fn of(findings: &[Finding]) -> ItemStatus {
        let mut status = ItemStatus::Complete;
        for finding in findings {
            match finding.severity {
                Severity::Error => return ItemStatus::ToFix,
                Severity::Warning => status = ItemStatus::ToCheck,
            }
        }
        status
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Owner;
    use crate::domain::validation::FindingCode;

    fn finding(code: FindingCode) -> Finding {
        Finding::new(Owner::Contact("c1".into()).field("email"), code)
    }

    const ERROR: FindingCode = FindingCode::ContactEmailMissing;
    const WARNING: FindingCode = FindingCode::ContactPhoneMissing;

    #[test]
    fn an_error_outweighs_any_number_of_warnings() {
        let findings = [finding(WARNING), finding(ERROR), finding(WARNING)];
        assert_eq!(ItemStatus::of(&findings), ItemStatus::ToFix);
    }

    #[test]
    fn warnings_alone_ask_for_a_check_and_nothing_found_is_complete() {
        assert_eq!(ItemStatus::of(&[finding(WARNING)]), ItemStatus::ToCheck);
        assert_eq!(ItemStatus::of(&[]), ItemStatus::Complete);
    }
}
