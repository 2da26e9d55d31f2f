//! All findings of a workspace, kept by scope so one edit replaces only the findings of the
//! scopes it affects (`revalidate`) instead of re-running every rule.

use std::collections::BTreeMap;

use super::engine::{check_account_scopes, check_scope, main_account_scopes};
use super::finding::{Finding, Severity};
use super::scope::{Affected, Scope};
use crate::domain::field_path::{FieldPath, Owner};
use crate::domain::model::Workspace;
use crate::domain::model::date::Date;

/// The findings of a workspace, by scope. Scopes without findings are not stored, so two
/// collections describing the same findings are equal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Findings {
    by_scope: BTreeMap<Scope, Vec<Finding>>,
}

impl Findings {
    /// Every finding of `workspace` on `today`.
    pub fn of(workspace: &Workspace, today: Date) -> Findings {
        let mut findings = Findings::default();
        findings.check_main_account(workspace, today);
        for account in &workspace.accounts {
            check_account_scopes(account, workspace, today, |scope, found| {
                findings.append(scope, found)
            });
        }
        findings
    }

    /// Adds findings to `scope`: a repeated id (from a file made elsewhere) gathers the
    /// findings of every item carrying it, as `check_scope` does.
    fn append(&mut self, scope: Scope, mut findings: Vec<Finding>) {
        if !findings.is_empty() {
            self.by_scope
                .entry(scope)
                .or_default()
                .append(&mut findings);
        }
    }

    /// Replaces the findings of `scope` (none removes it).
    pub fn replace(&mut self, scope: Scope, findings: Vec<Finding>) {
        if findings.is_empty() {
            self.by_scope.remove(&scope);
        } else {
            self.by_scope.insert(scope, findings);
        }
    }

    /// Brings the findings up to date after a change at `path` (a field, an item or a list),
    /// re-checking only the scopes that change can affect.
    pub fn revalidate(&mut self, workspace: &Workspace, path: &FieldPath, today: Date) {
        self.revalidate_scopes(workspace, path.affected(), today);
    }

    /// Brings the findings up to date after a change that may affect `affected`, re-checking
    /// those scopes only.
    pub fn revalidate_scopes(&mut self, workspace: &Workspace, affected: Affected, today: Date) {
        match affected {
            Affected::Everything => *self = Findings::of(workspace, today),
            Affected::MainAccount => {
                self.by_scope.retain(|scope, _| scope.account().is_some());
                self.check_main_account(workspace, today);
            }
            Affected::WholeAccount(id) => {
                self.by_scope
                    .retain(|scope, _| scope.account() != Some(id.as_str()));
                for account in workspace.accounts.iter().filter(|a| a.id == id) {
                    check_account_scopes(account, workspace, today, |scope, found| {
                        self.append(scope, found)
                    });
                }
            }
            Affected::AllAnswers(id) => {
                self.by_scope.retain(
                    |scope, _| !matches!(scope, Scope::Answer(account, _) if *account == id),
                );
                for account in workspace.accounts.iter().filter(|a| a.id == id) {
                    check_account_scopes(account, workspace, today, |scope, found| {
                        if matches!(scope, Scope::Answer(..)) {
                            self.append(scope, found);
                        }
                    });
                }
            }
            Affected::Only(scopes) => self.recheck(workspace, scopes, today),
            Affected::WithAccounts(mut scopes) => {
                let accounts = workspace.accounts.iter();
                scopes.extend(accounts.map(|account| Scope::Account(account.id.clone())));
                self.recheck(workspace, scopes, today);
            }
        }
    }

    /// The errors of `scopes`, in that order (a page's order), for its error summary.
    pub fn errors_in<'a>(&'a self, scopes: &'a [Scope]) -> impl Iterator<Item = &'a Finding> + 'a {
        scopes
            .iter()
            .flat_map(|scope| self.in_scope(scope))
            .filter(|finding| finding.is_error())
    }

    /// Every finding, scope by scope.
    pub fn iter(&self) -> impl Iterator<Item = &Finding> {
        self.by_scope.values().flatten()
    }

    /// The findings of one scope.
    pub fn in_scope(&self, scope: &Scope) -> &[Finding] {
        self.by_scope.get(scope).map_or(&[], Vec::as_slice)
    }

    /// The findings of fields within `owner` (an item, a list, an account).
    pub fn within<'a, 'o>(
        &'a self,
        owner: &'o Owner,
    ) -> impl Iterator<Item = &'a Finding> + use<'a, 'o> {
        self.iter()
            .filter(move |finding| finding.path.lies_within(owner))
    }

    /// The findings of the field at `path`.
    pub fn at<'a>(&'a self, path: &'a FieldPath) -> impl Iterator<Item = &'a Finding> + 'a {
        self.iter().filter(move |finding| finding.path == *path)
    }

    /// The findings of the main account's own information.
    pub fn of_main_account(&self) -> impl Iterator<Item = &Finding> {
        self.by_scope
            .iter()
            .filter(|(scope, _)| scope.account().is_none())
            .flat_map(|(_, found)| found)
    }

    /// The findings of one entity account.
    pub fn of_account<'a>(&'a self, account: &'a str) -> impl Iterator<Item = &'a Finding> + 'a {
        self.by_scope
            .iter()
            .filter(move |(scope, _)| scope.account() == Some(account))
            .flat_map(|(_, found)| found)
    }

    /// How many findings of `severity` there are.
    pub fn count(&self, severity: Severity) -> usize {
        self.iter().filter(|f| f.severity == severity).count()
    }

    /// How many findings there are.
    pub fn len(&self) -> usize {
        self.by_scope.values().map(Vec::len).sum()
    }

    /// Whether there is nothing to report.
    pub fn is_empty(&self) -> bool {
        self.by_scope.is_empty()
    }

    fn recheck(&mut self, workspace: &Workspace, scopes: Vec<Scope>, today: Date) {
        for scope in scopes {
            let found = check_scope(workspace, &scope, today);
            self.replace(scope, found);
        }
    }

    fn check_main_account(&mut self, workspace: &Workspace, today: Date) {
        for scope in main_account_scopes(workspace) {
            let found = check_scope(workspace, &scope, today);
            self.replace(scope, found);
        }
    }
}
