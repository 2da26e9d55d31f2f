//! The workspace's entity accounts as the screens that list them show them (the task list, the
//! export list): one projection, so the two lists cannot disagree about what an account is.
//! Only the task list shows how far each account is, so only it pays for working that out.

use leptos::prelude::*;

use crate::domain::BusinessType;
use crate::domain::model::EntityAccount;
use crate::domain::validation::AccountProgress;

use super::Session;

/// One entity account in a list of accounts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ListedAccount {
    /// The account's id, for links and for export.
    pub id: String,
    /// Its name as typed.
    pub name: String,
    /// What kind of business it is.
    pub business_type: BusinessType,
}

impl From<&EntityAccount> for ListedAccount {
    fn from(account: &EntityAccount) -> Self {
        ListedAccount {
            id: account.id.clone(),
            name: account.name.clone(),
            business_type: account.business_type,
        }
    }
}

/// An entity account with how far it is, as the task list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AccountWithProgress {
    /// The account.
    pub account: ListedAccount,
    /// How far it is, from the workspace's findings.
    pub progress: AccountProgress,
}

impl Session {
    /// The entity accounts in the workspace's order, tracked (a page re-renders its list when an
    /// account changes); empty while locked.
    pub fn listed_accounts(&self) -> Vec<ListedAccount> {
        self.with_contents(|contents| {
            contents
                .workspace
                .accounts
                .iter()
                .map(ListedAccount::from)
                .collect()
        })
        .unwrap_or_default()
    }

    /// The entity accounts in the workspace's order with how far each is, tracked (also when a
    /// finding changes); empty while locked.
    pub fn accounts_with_progress(&self) -> Vec<AccountWithProgress> {
        let findings = self.findings();
        findings.with(|findings| {
            self.with_contents(|contents| {
                contents
                    .workspace
                    .accounts
                    .iter()
                    .map(|account| AccountWithProgress {
                        account: ListedAccount::from(account),
                        progress: AccountProgress::of(account, findings),
                    })
                    .collect()
            })
            .unwrap_or_default()
        })
    }
}
