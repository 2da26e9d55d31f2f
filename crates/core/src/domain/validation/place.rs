//! Where a finding is fixed: which section of the main account or of which entity account holds
//! the field a finding is about. It lets a list of findings shown away from their fields
//! (the export gate, the gap report) link each one to the page where it is fixed.

use super::completeness::Section;
use crate::domain::catalogue::CriterionId;
use crate::domain::field_path::{FieldPath, Owner, Register};

/// The section a finding belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FindingPlace {
    /// A section of the main account information.
    MainAccount(Section),
    /// A section of the entity account with this id.
    Account(String, Section),
}

/// The section holding the field at `path`; `None` for an answer whose criterion ID cannot be
/// read (no page shows it).
pub fn finding_place(path: &FieldPath) -> Option<FindingPlace> {
    let main = |section| Some(FindingPlace::MainAccount(section));
    let owner = match &path.owner {
        Owner::Evidence { holder, .. } => holder.as_ref(),
        owner => owner,
    };
    let section = match owner {
        Owner::Organization => return main(Section::CompanyInformation),
        Owner::Addresses | Owner::Address(_) => return main(Section::Addresses),
        Owner::Contacts | Owner::Contact(_) => return main(Section::Contacts),
        Owner::Programs | Owner::Program(_) => return main(Section::ProgramMemberships),
        Owner::Account(_) | Owner::Identifiers { .. } | Owner::Identifier { .. } => {
            Section::AccountDetails
        }
        Owner::Answers { .. } => return None,
        Owner::Answer { criterion, .. } => {
            Section::Criteria(criterion.parse::<CriterionId>().ok()?.category())
        }
        Owner::Register { register, .. } | Owner::Row { register, .. } => match register {
            Register::Partners => Section::BusinessPartners,
            Register::Facilities => Section::Facilities,
            Register::Training => Section::Training,
            Register::ItControls => Section::ItControls,
        },
        Owner::PersonnelScreening { .. } => Section::PersonnelScreening,
        // An evidence document's holder is an answer or a row, never another document.
        Owner::Evidence { .. } => return None,
    };
    let account = owner.account()?.to_owned();
    Some(FindingPlace::Account(account, section))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::Category;

    fn account(section: Section) -> Option<FindingPlace> {
        Some(FindingPlace::Account("a1".to_owned(), section))
    }

    fn row(register: Register) -> Owner {
        Owner::Row {
            account: "a1".into(),
            register,
            row: "r1".into(),
        }
    }

    fn answer(criterion: &str) -> Owner {
        Owner::Answer {
            account: "a1".into(),
            criterion: criterion.into(),
        }
    }

    #[test]
    fn main_account_paths_lead_to_their_section() {
        let cases = [
            (
                Owner::Organization.field("legalName"),
                Section::CompanyInformation,
            ),
            (
                Owner::Address("hq".into()).field("postalCode"),
                Section::Addresses,
            ),
            (Owner::Addresses.whole(), Section::Addresses),
            (
                Owner::Contact("c1".into()).field("email"),
                Section::Contacts,
            ),
            (
                Owner::Program("p1".into()).field("number"),
                Section::ProgramMemberships,
            ),
        ];
        for (path, section) in cases {
            assert_eq!(
                finding_place(&path),
                Some(FindingPlace::MainAccount(section)),
                "{path}"
            );
        }
    }

    #[test]
    fn an_answer_and_its_evidence_lead_to_the_criterion_category() {
        let category = |number| Category::new(number).unwrap();
        assert_eq!(
            finding_place(&answer("3.4").field("plannedDate")),
            account(Section::Criteria(category(3)))
        );
        assert_eq!(
            finding_place(&answer("12.10").evidence("e1").field("title")),
            account(Section::Criteria(category(12)))
        );
    }

    #[test]
    fn register_and_account_paths_lead_to_their_section() {
        let cases = [
            (
                row(Register::Partners).field("name"),
                Section::BusinessPartners,
            ),
            (
                row(Register::Facilities).field("alarm/lastTest"),
                Section::Facilities,
            ),
            (
                row(Register::Training).evidence("e1").field("title"),
                Section::Training,
            ),
            (
                row(Register::ItControls).field("owner"),
                Section::ItControls,
            ),
            (
                Owner::PersonnelScreening {
                    account: "a1".into(),
                }
                .field("lastReviewed"),
                Section::PersonnelScreening,
            ),
            (
                Owner::Account("a1".into()).field("name"),
                Section::AccountDetails,
            ),
            (
                Owner::Identifier {
                    account: "a1".into(),
                    identifier: "i1".into(),
                }
                .field("value"),
                Section::AccountDetails,
            ),
            (
                Owner::Identifiers {
                    account: "a1".into(),
                }
                .whole(),
                Section::AccountDetails,
            ),
        ];
        for (path, section) in cases {
            assert_eq!(finding_place(&path), account(section), "{path}");
        }
    }

    #[test]
    fn an_answer_to_a_criterion_no_page_shows_has_no_place() {
        for criterion in ["99.1", "not-an-id"] {
            assert_eq!(finding_place(&answer(criterion).field("narrative")), None);
        }
    }
}
