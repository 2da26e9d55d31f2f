//! Rules of an entity account's own fields: its name, the identifiers its business type requires
//! and allows (docs/domain.md §2.2), and its annual review (docs/domain.md §3.2).

use super::finding::FindingCode;
use super::identifier_checks;
use super::report::Report;
use crate::domain::field_path::Owner;
use crate::domain::model::date::{Date, format_iso_date};
use crate::domain::model::{
    AccountIdentifier, AccountStatus, AnnualReview, EntityAccount, Workspace,
};

/// An account's name, identifiers, status and annual review.
///
/// Identifier rules read the main account too: a company based in Mexico gives its RFC, and a
/// MID is compared with the company's name and the address of the plant it names.
pub(super) fn check_account(
    account: &EntityAccount,
    workspace: &Workspace,
    today: Date,
    report: &mut Report,
) {
    report.require(
        EntityAccount::NAME,
        &account.name,
        FindingCode::AccountNameMissing,
    );
    for identifier in &account.identifiers {
        let mut item = report.within(Owner::Identifier {
            account: account.id.clone(),
            identifier: identifier.id.clone(),
        });
        let value = &identifier.value;
        if item.require(
            AccountIdentifier::VALUE,
            value,
            FindingCode::IdentifierValueMissing,
        ) {
            identifier_checks::account_identifier(
                &mut item,
                AccountIdentifier::VALUE,
                identifier,
                account,
                workspace,
            );
        }
    }
    identifier_checks::identifier_rules(account, workspace, report);

    report.past_date(
        EntityAccount::ANNIVERSARY_DATE,
        &account.anniversary_date,
        today,
    );
    report.past_date(
        EntityAccount::LAST_ANNUAL_REVIEW,
        &account.last_annual_review,
        today,
    );
    if account.status == AccountStatus::Certified && account.anniversary_date.trim().is_empty() {
        report.add(
            EntityAccount::ANNIVERSARY_DATE,
            FindingCode::AnniversaryDateMissing,
        );
    }
    match account.annual_review(today) {
        AnnualReview::NotDue => {}
        AnnualReview::WindowOpen { due } => {
            report
                .add(
                    EntityAccount::LAST_ANNUAL_REVIEW,
                    FindingCode::AnnualReviewWindowOpen,
                )
                .args
                .push(("due", format_iso_date(due)));
        }
        AnnualReview::Overdue { due } => {
            report
                .add(
                    EntityAccount::LAST_ANNUAL_REVIEW,
                    FindingCode::AnnualReviewOverdue,
                )
                .args
                .push(("due", format_iso_date(due)));
        }
    }
}
