//! One C-TPAT entity account of the main account (importer, highway carrier, …): its business
//! type, identifiers, status, partner anniversary date and Security Profile (docs/domain.md §3.2).

use serde::{Deserialize, Serialize};

use super::date::{Date, add_days, anniversary_in, parse_iso_date};
use super::profile::SecurityProfile;
use crate::domain::BusinessType;
use crate::domain::identifiers::IdentifierKind;

/// How many days before the partner anniversary date the annual review window opens.
pub const ANNUAL_REVIEW_WINDOW_DAYS: i64 = 90;

/// An entity account: one business type with its own identifiers and Security Profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase")]
pub struct EntityAccount {
    /// Stable id chosen by the caller; never shown, never changed by a rename.
    pub id: String,
    /// The name the user gives this account in the editor.
    pub name: String,
    /// The Portal business type; decides the applicable criteria and required identifiers.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        proptest(strategy = "proptest::sample::select(BusinessType::ALL.to_vec())")
    )]
    pub business_type: BusinessType,
    /// Identifiers of this account (IOR, MID, SCAC, …), as typed.
    #[serde(default)]
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        proptest(strategy = "super::arbitrary::few()")
    )]
    pub identifiers: Vec<AccountIdentifier>,
    /// Where the account stands in the C-TPAT lifecycle.
    #[serde(default)]
    pub status: AccountStatus,
    /// The partner anniversary date, ISO `YYYY-MM-DD`; the annual review falls due on it.
    #[serde(default)]
    pub anniversary_date: String,
    /// When the last annual review was submitted, ISO `YYYY-MM-DD`.
    #[serde(default)]
    pub last_annual_review: String,
    /// The Security Profile of this account.
    #[serde(default)]
    pub profile: SecurityProfile,
}

/// One identifier of an account, kept as typed so the user's input is never lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase")]
pub struct AccountIdentifier {
    /// Stable id chosen by the caller (an account may hold two SCACs).
    pub id: String,
    /// Which identifier this is.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        proptest(strategy = "proptest::sample::select(IdentifierKind::ALL)")
    )]
    pub kind: IdentifierKind,
    /// The identifier as the user typed it.
    #[serde(default)]
    pub value: String,
    /// The facility (from the account's facilities register) this identifier belongs to: a
    /// manufacturer holds one MID per plant, each built from that plant's address. Absent in
    /// data written before plants could be named, and left out of the JSON while absent so
    /// those documents read and write back unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facility_id: Option<String>,
}

/// Account status values seen in the Portal (docs/domain.md §3.2).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "kebab-case")]
pub enum AccountStatus {
    /// Profile started, not yet submitted.
    #[default]
    PreApplicant,
    /// Application submitted.
    Applicant,
    /// Security Profile approved, vetting pending.
    Approved,
    /// Certified partner: annual reviews fall due.
    Certified,
    /// Application rejected.
    Rejected,
    /// Certification suspended.
    Suspended,
    /// Removed from the program.
    Removed,
    /// Withdrawn by the company.
    Withdrawn,
}

/// The days one annual review may be submitted in: from 90 days before an anniversary until the
/// anniversary itself, when the review falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewWindow {
    /// The first day a review counts for this anniversary.
    pub opens: Date,
    /// The anniversary: the last day of the window, by which the review must be submitted.
    pub closes: Date,
}

impl ReviewWindow {
    /// The window of the review due on the anniversary `due`.
    pub fn due_on(due: Date) -> Self {
        ReviewWindow {
            opens: add_days(due, -ANNUAL_REVIEW_WINDOW_DAYS),
            closes: due,
        }
    }
}

/// Where an account stands against its annual review on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnnualReview {
    /// No review to do now (no anniversary, not certified, done, or window not yet open).
    NotDue,
    /// The review window is open; the review is due on `due`.
    WindowOpen {
        /// The anniversary the review must be submitted by.
        due: Date,
    },
    /// The anniversary `due` passed without a review submitted in its window.
    Overdue {
        /// The anniversary that was missed.
        due: Date,
    },
}

impl EntityAccount {
    /// A new, empty account of `business_type`.
    pub fn new(
        id: impl Into<String>,
        business_type: BusinessType,
        name: impl Into<String>,
    ) -> Self {
        EntityAccount {
            id: id.into(),
            name: name.into(),
            business_type,
            identifiers: Vec::new(),
            status: AccountStatus::default(),
            anniversary_date: String::new(),
            last_annual_review: String::new(),
            profile: SecurityProfile::default(),
        }
    }

    /// Adds an empty identifier of `kind` and returns it for editing.
    pub fn add_identifier(
        &mut self,
        id: impl Into<String>,
        kind: IdentifierKind,
    ) -> &mut AccountIdentifier {
        self.identifiers.push(AccountIdentifier {
            id: id.into(),
            kind,
            value: String::new(),
            facility_id: None,
        });
        let last = self.identifiers.len() - 1;
        &mut self.identifiers[last]
    }

    /// Removes the identifier `id`; `true` when there was one.
    pub fn remove_identifier(&mut self, id: &str) -> bool {
        let before = self.identifiers.len();
        self.identifiers.retain(|identifier| identifier.id != id);
        self.identifiers.len() != before
    }

    /// The identifier `id`, for editing.
    pub fn identifier_mut(&mut self, id: &str) -> Option<&mut AccountIdentifier> {
        self.identifiers
            .iter_mut()
            .find(|identifier| identifier.id == id)
    }

    /// Where this account stands against its annual review on `today`.
    ///
    /// Only certified partners review annually. The window opens 90 days before each
    /// anniversary; a review submitted inside a window counts for that anniversary. The stored
    /// date may be the certification date (its own day needs no review) or the next anniversary.
    pub fn annual_review(&self, today: Date) -> AnnualReview {
        if self.status != AccountStatus::Certified {
            return AnnualReview::NotDue;
        }
        let Some(anniversary) = parse_iso_date(&self.anniversary_date) else {
            return AnnualReview::NotDue;
        };
        let Some(this_year) = anniversary_in(anniversary, today.year()) else {
            return AnnualReview::NotDue;
        };
        let (previous, next) = if this_year >= today {
            (anniversary_in(anniversary, today.year() - 1), this_year)
        } else {
            let next = anniversary_in(anniversary, today.year() + 1).unwrap_or(this_year);
            (Some(this_year), next)
        };
        if let Some(previous) = previous
            && previous > anniversary
            && !self.reviewed_for(previous)
        {
            return AnnualReview::Overdue { due: previous };
        }
        if next >= anniversary
            && today >= add_days(next, -ANNUAL_REVIEW_WINDOW_DAYS)
            && !self.reviewed_for(next)
        {
            return AnnualReview::WindowOpen { due: next };
        }
        AnnualReview::NotDue
    }

    /// The window of the next annual review still to submit on `today`: the one missed or open
    /// now, otherwise the next one to open. `None` when the account has no annual review
    /// (not certified, or no valid anniversary date).
    ///
    /// The task lists show it and the calendar reminder is made from it, so both follow the
    /// same rule as [`EntityAccount::annual_review`].
    pub fn next_review_window(&self, today: Date) -> Option<ReviewWindow> {
        match self.annual_review(today) {
            AnnualReview::WindowOpen { due } | AnnualReview::Overdue { due } => {
                return Some(ReviewWindow::due_on(due));
            }
            AnnualReview::NotDue => {}
        }
        if self.status != AccountStatus::Certified {
            return None;
        }
        let anniversary = parse_iso_date(&self.anniversary_date)?;
        let first_year = today.year().max(anniversary.year());
        (first_year..=first_year.saturating_add(2))
            .filter_map(|year| anniversary_in(anniversary, year))
            .find(|&due| due >= today && due >= anniversary && !self.reviewed_for(due))
            .map(ReviewWindow::due_on)
    }

    /// Whether the last annual review was submitted in the window of the anniversary `due` (or
    /// later).
    fn reviewed_for(&self, due: Date) -> bool {
        parse_iso_date(&self.last_annual_review)
            .is_some_and(|review| review >= add_days(due, -ANNUAL_REVIEW_WINDOW_DAYS))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn certified_since(anniversary: &str, last_review: &str) -> EntityAccount {
        let mut account = EntityAccount::new("a", BusinessType::Importer, "Imports");
        account.status = AccountStatus::Certified;
        account.anniversary_date = anniversary.to_owned();
        account.last_annual_review = last_review.to_owned();
        account
    }

    fn day(text: &str) -> Date {
        parse_iso_date(text).unwrap()
    }

    #[test]
    fn the_review_window_opens_ninety_days_before_the_anniversary() {
        let account = certified_since("2024-06-30", "2025-05-01");
        assert_eq!(
            account.annual_review(day("2026-03-31")),
            AnnualReview::NotDue
        );
        assert_eq!(
            account.annual_review(day("2026-04-01")),
            AnnualReview::WindowOpen {
                due: day("2026-06-30")
            }
        );
    }

    #[test]
    fn a_review_submitted_in_the_window_closes_it() {
        let account = certified_since("2024-06-30", "2026-04-15");
        assert_eq!(
            account.annual_review(day("2026-05-01")),
            AnnualReview::NotDue
        );
    }

    #[test]
    fn an_anniversary_passed_without_review_is_overdue() {
        let account = certified_since("2024-06-30", "2025-05-01");
        assert_eq!(
            account.annual_review(day("2026-07-01")),
            AnnualReview::Overdue {
                due: day("2026-06-30")
            }
        );
    }

    #[test]
    fn the_certification_date_itself_needs_no_review() {
        let account = certified_since("2026-06-30", "");
        assert_eq!(
            account.annual_review(day("2026-07-15")),
            AnnualReview::NotDue
        );
    }

    #[test]
    fn an_upcoming_anniversary_typed_as_such_opens_its_window() {
        let account = certified_since("2026-06-30", "");
        assert_eq!(
            account.annual_review(day("2026-05-01")),
            AnnualReview::WindowOpen {
                due: day("2026-06-30")
            }
        );
    }

    fn window(opens: &str, closes: &str) -> Option<ReviewWindow> {
        Some(ReviewWindow {
            opens: day(opens),
            closes: day(closes),
        })
    }

    #[test]
    fn the_next_window_opens_ninety_days_before_the_coming_anniversary_and_closes_on_it() {
        let account = certified_since("2024-06-30", "2025-05-01");
        assert_eq!(
            account.next_review_window(day("2026-01-10")),
            window("2026-04-01", "2026-06-30")
        );
        assert_eq!(
            account.next_review_window(day("2026-05-01")),
            window("2026-04-01", "2026-06-30")
        );
    }

    #[test]
    fn once_reviewed_the_next_window_is_next_years() {
        let account = certified_since("2024-06-30", "2026-04-15");
        assert_eq!(
            account.next_review_window(day("2026-05-01")),
            window("2027-04-01", "2027-06-30")
        );
    }

    #[test]
    fn a_missed_window_stays_the_next_one_until_the_review_is_submitted() {
        let account = certified_since("2024-06-30", "2025-05-01");
        assert_eq!(
            account.next_review_window(day("2026-08-01")),
            window("2026-04-01", "2026-06-30")
        );
    }

    #[test]
    fn after_the_certification_date_the_first_window_is_a_year_later() {
        let account = certified_since("2026-06-30", "");
        assert_eq!(
            account.next_review_window(day("2026-07-15")),
            window("2027-04-01", "2027-06-30")
        );
    }

    #[test]
    fn no_window_without_certification_or_a_valid_anniversary() {
        let mut account = certified_since("2024-06-30", "");
        account.status = AccountStatus::Applicant;
        assert_eq!(account.next_review_window(day("2026-05-01")), None);
        let account = certified_since("2024-06-3", "");
        assert_eq!(account.next_review_window(day("2026-05-01")), None);
    }

    #[test]
    fn accounts_not_certified_have_no_annual_review() {
        let mut account = certified_since("2024-06-30", "");
        account.status = AccountStatus::Applicant;
        assert_eq!(
            account.annual_review(day("2026-07-01")),
            AnnualReview::NotDue
        );
    }
}
