//! How many errors and warnings a set of findings holds: what a task list shows beside each
//! task ("2 errors, 1 warning"), counted in one place for every task list.

use super::finding::{Finding, Severity};

/// The errors and warnings among some findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct FindingCounts {
    /// Findings that block export.
    pub errors: usize,
    /// Findings that only advise.
    pub warnings: usize,
}

impl FindingCounts {
    /// The counts of `findings`.
    pub fn of<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> FindingCounts {
        findings
            .into_iter()
            .fold(FindingCounts::default(), |mut counts, finding| {
                match finding.severity {
                    Severity::Error => counts.errors += 1,
                    Severity::Warning => counts.warnings += 1,
                }
                counts
            })
    }

    /// Whether there is nothing to count.
    pub fn is_empty(&self) -> bool {
        self.errors == 0 && self.warnings == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Owner;
    use crate::domain::validation::FindingCode;

    #[test]
    fn errors_and_warnings_are_counted_apart() {
        let at = || Owner::Contact("c1".into()).field("email");
        let findings = [
            Finding::new(at(), FindingCode::ContactEmailMissing),
            Finding::new(at(), FindingCode::ContactPhoneMissing),
            Finding::new(at(), FindingCode::ContactFirstNameMissing),
        ];
        let counts = FindingCounts::of(&findings);
        assert_eq!(
            counts,
            FindingCounts {
                errors: 2,
                warnings: 1
            }
        );
        assert!(!counts.is_empty());
        assert!(FindingCounts::of(&[]).is_empty());
    }
}
