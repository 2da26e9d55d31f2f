//! Where a finding is fixed: which section of the main account or of which entity account holds
//! the field a finding's path names. It lets a list of findings shown away from their fields
//! (the export gate, the gap report) link each one to the page where it is fixed.

use super::completeness::Section;
use crate::domain::catalogue::CriterionId;

/// The section a finding belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FindingPlace {
    /// A section of the main account information.
    MainAccount(Section),
    /// A section of the entity account with this id.
    Account(String, Section),
}

/// The section holding the field at finding path `path`; `None` for a path no section shows
/// (a criterion ID that is not in the catalogue, or a path of another shape).
pub fn finding_place(path: &str) -> Option<FindingPlace> {
    let mut parts = path.split('/');
    let main = |section| Some(FindingPlace::MainAccount(section));
    match parts.next()? {
        "organization" => main(Section::CompanyInformation),
        "addresses" => main(Section::Addresses),
        "contacts" => main(Section::Contacts),
        "programs" => main(Section::ProgramMemberships),
        "accounts" => {
            let account = parts.next().filter(|id| !id.is_empty())?.to_owned();
            let section = match (parts.next(), parts.next(), parts.next()) {
                (Some("profile"), Some("answers"), Some(criterion)) => {
                    Section::Criteria(criterion.parse::<CriterionId>().ok()?.category())
                }
                (Some("profile"), Some("partners"), _) => Section::BusinessPartners,
                (Some("profile"), Some("facilities"), _) => Section::Facilities,
                (Some("profile"), Some("personnelScreening"), _) => Section::PersonnelScreening,
                (Some("profile"), Some("training"), _) => Section::Training,
                (Some("profile"), Some("itControls"), _) => Section::ItControls,
                (Some("profile"), _, _) => return None,
                _ => Section::AccountDetails,
            };
            Some(FindingPlace::Account(account, section))
        }
        _ => None,
    }
}

/// The criterion ID an answer's finding path is about (`accounts/a1/profile/answers/3.4/…` is
/// about `3.4`), so a list of findings away from the form can say which criterion each concerns.
pub fn criterion_in(path: &str) -> Option<&str> {
    let mut parts = path.split('/');
    match (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) {
        (Some("accounts"), Some(_), Some("profile"), Some("answers"), Some(id))
            if !id.is_empty() =>
        {
            Some(id)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::Category;

    fn account(section: Section) -> Option<FindingPlace> {
        Some(FindingPlace::Account("a1".to_owned(), section))
    }

    #[test]
    fn main_account_paths_lead_to_their_section() {
        let cases = [
            ("organization/legalName", Section::CompanyInformation),
            ("addresses/hq/postalCode", Section::Addresses),
            ("addresses", Section::Addresses),
            ("contacts/c1/email", Section::Contacts),
            ("programs/p1/number", Section::ProgramMemberships),
        ];
        for (path, section) in cases {
            assert_eq!(
                finding_place(path),
                Some(FindingPlace::MainAccount(section)),
                "{path}"
            );
        }
    }

    #[test]
    fn an_answer_leads_to_its_criterion_category() {
        let category = |number| Category::new(number).unwrap();
        assert_eq!(
            finding_place("accounts/a1/profile/answers/3.4/plannedDate"),
            account(Section::Criteria(category(3)))
        );
        assert_eq!(
            finding_place("accounts/a1/profile/answers/12.10/narrative"),
            account(Section::Criteria(category(12)))
        );
    }

    #[test]
    fn register_and_account_paths_lead_to_their_section() {
        let cases = [
            (
                "accounts/a1/profile/partners/p1/name",
                Section::BusinessPartners,
            ),
            (
                "accounts/a1/profile/facilities/f1/alarm/lastTest",
                Section::Facilities,
            ),
            (
                "accounts/a1/profile/personnelScreening/lastReviewed",
                Section::PersonnelScreening,
            ),
            ("accounts/a1/profile/training/t1/date", Section::Training),
            (
                "accounts/a1/profile/itControls/i1/owner",
                Section::ItControls,
            ),
            ("accounts/a1/name", Section::AccountDetails),
            ("accounts/a1/identifiers/i1/value", Section::AccountDetails),
            ("accounts/a1", Section::AccountDetails),
        ];
        for (path, section) in cases {
            assert_eq!(finding_place(path), account(section), "{path}");
        }
    }

    #[test]
    fn answer_paths_name_their_criterion() {
        assert_eq!(
            criterion_in("accounts/a1/profile/answers/3.4/narrative"),
            Some("3.4")
        );
        assert_eq!(
            criterion_in("accounts/a1/profile/answers/12.10"),
            Some("12.10")
        );
        for path in [
            "accounts/a1/profile/partners/p1/name",
            "accounts/a1/name",
            "organization/legalName",
            "accounts/a1/profile/answers/",
        ] {
            assert_eq!(criterion_in(path), None, "{path}");
        }
    }

    #[test]
    fn paths_no_section_shows_have_no_place() {
        for path in [
            "",
            "accounts",
            "accounts//name",
            "accounts/a1/profile/answers/99.1/narrative",
            "accounts/a1/profile/answers/not-an-id/narrative",
            "accounts/a1/profile/unknown/x",
            "settings/autoLock",
        ] {
            assert_eq!(finding_place(path), None, "{path}");
        }
    }
}
