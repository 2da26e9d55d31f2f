//! What marking a difference reviewed writes into the account: the date the user reviewed it,
//! in the "last reviewed" fields the account already has, so the review shows in the profile
//! and in next year's submission without any field of its own.

use std::collections::BTreeSet;

use super::comparison::{Comparison, DifferenceId, Group};
use crate::domain::model::EntityAccount;
use crate::domain::model::date::{Date, format_iso_date};

/// Records that difference `id` of `comparison` was reviewed on `today`, `reviewed` holding
/// every difference marked so far (`id` included): a criterion's answer and the personnel
/// screening policy get `today` as their last review; once every difference is reviewed, so
/// does the account's annual review. Register rows have no review date of their own.
///
/// Returns whether the whole comparison is now reviewed.
pub fn record_reviewed(
    account: &mut EntityAccount,
    comparison: &Comparison,
    reviewed: &BTreeSet<DifferenceId>,
    id: &DifferenceId,
    today: Date,
) -> bool {
    let date = format_iso_date(today);
    match id.group {
        Group::Criteria => {
            // An answer removed since last year is not created again just to carry a date.
            if let Some(answer) = account.profile.answers.get_mut(&id.item) {
                answer.last_reviewed = date.clone();
            }
        }
        Group::PersonnelScreening => {
            account.profile.personnel_screening.last_reviewed = date.clone()
        }
        Group::Partners | Group::Facilities | Group::Training | Group::ItControls => {}
    }
    let done = comparison.all_reviewed(reviewed);
    if done {
        account.last_annual_review = date;
    }
    done
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::BusinessType;
    use crate::domain::annual_review::compare;
    use crate::domain::model::date::parse_iso_date;

    #[test]
    fn the_reviewed_answer_gets_todays_date_and_the_account_once_everything_is_reviewed() {
        let mut account = EntityAccount::new("a1", BusinessType::Importer, "Imports");
        account.last_annual_review = "2025-12-01".into();
        account.profile.answer_mut("3.1").narrative = "Yearly screening.".into();
        account.profile.answer_mut("3.1").last_reviewed = "2025-12-01".into();
        let last_year = account.profile.clone();
        account.profile.answer_mut("3.1").narrative = "Screening every six months.".into();
        account.profile.add_partner("p2").name = "Broker".into();
        let comparison = compare(&last_year, &account.profile);
        let today = parse_iso_date("2026-12-03").unwrap();

        let answer = comparison.differences[0].id.clone();
        let mut reviewed = BTreeSet::from([answer.clone()]);
        assert!(!record_reviewed(
            &mut account,
            &comparison,
            &reviewed,
            &answer,
            today
        ));
        assert_eq!(account.profile.answers["3.1"].last_reviewed, "2026-12-03");
        assert_eq!(
            account.last_annual_review, "2025-12-01",
            "not yet: a partner is left"
        );

        let partner = comparison.differences[1].id.clone();
        reviewed.insert(partner.clone());
        assert!(record_reviewed(
            &mut account,
            &comparison,
            &reviewed,
            &partner,
            today
        ));
        assert_eq!(account.last_annual_review, "2026-12-03");
    }

    #[test]
    fn a_removed_answer_is_not_brought_back_by_its_review() {
        let mut account = EntityAccount::new("a1", BusinessType::Importer, "Imports");
        account.profile.answer_mut("3.1").narrative = "Yearly screening.".into();
        let last_year = account.profile.clone();
        account.profile.answers.clear();
        let comparison = compare(&last_year, &account.profile);
        let id = comparison.differences[0].id.clone();
        let today = parse_iso_date("2026-12-03").unwrap();
        let reviewed = BTreeSet::from([id.clone()]);
        assert!(record_reviewed(
            &mut account,
            &comparison,
            &reviewed,
            &id,
            today
        ));
        assert!(account.profile.answers.is_empty());
        assert_eq!(account.last_annual_review, "2026-12-03");
    }
}
