//! Rules of an entity account's own fields: its name, the identifiers its business type requires
//! and allows (reference §2.2), and its annual review (reference §3.5).

use super::finding::FindingCode;
use super::identifier_checks;
use super::report::Report;
use crate::domain::model::date::{Date, format_iso_date};
use crate::domain::model::{AccountStatus, AnnualReview, EntityAccount};

/// An account's name, identifiers, status and annual review.
pub(super) fn check_account(account: &EntityAccount, today: Date, report: &mut Report) {
    report.require("name", &account.name, FindingCode::AccountNameMissing);
    for identifier in &account.identifiers {
        let mut item = report.nested(&format!("identifiers/{}", identifier.id));
        if item.require(
            "value",
            &identifier.value,
            FindingCode::IdentifierValueMissing,
        ) {
            identifier_checks::account_identifier(&mut item, "value", identifier);
        }
        if !identifier_checks::is_used_by(account.business_type, identifier) {
            item.add("kind", FindingCode::IdentifierNotUsed);
        }
    }
    identifier_checks::required_identifiers(account, report);

    report.past_date("anniversaryDate", &account.anniversary_date, today);
    report.past_date("lastAnnualReview", &account.last_annual_review, today);
    if account.status == AccountStatus::Certified && account.anniversary_date.trim().is_empty() {
        report.add("anniversaryDate", FindingCode::AnniversaryDateMissing);
    }
    match account.annual_review(today) {
        AnnualReview::NotDue => {}
        AnnualReview::WindowOpen { due } => {
            report
                .add("lastAnnualReview", FindingCode::AnnualReviewWindowOpen)
                .args
                .push(("due", format_iso_date(due)));
        }
        AnnualReview::Overdue { due } => {
            report
                .add("lastAnnualReview", FindingCode::AnnualReviewOverdue)
                .args
                .push(("due", format_iso_date(due)));
        }
    }
}
