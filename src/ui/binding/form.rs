//! A form over the workspace: the session it edits, the findings the session keeps up to date
//! edit by edit, its language, and whether the user asked to go on ("Continue", "Save and
//! continue"). Pages read and edit the workspace through it, or through one of its accounts.

use leptos::prelude::*;

use super::field_source::FieldSource;
use crate::domain::FieldPath;
use crate::domain::model::{EntityAccount, Workspace};
use crate::domain::validation::{Finding, Findings, Scope, shown_at};
use crate::state::{Locale, Navigation, Session};

/// A form's shared state (all reactive handles, so `Copy`).
#[derive(Clone, Copy)]
pub struct Form {
    session: Session,
    locale: Locale,
    findings: RwSignal<Findings>,
    /// Set when the user asks to go on: from then on every field shows its message, left or
    /// not. A page opened to fix a finding starts with it set.
    pub submitted: RwSignal<bool>,
}

impl Form {
    /// A form over the session's workspace.
    pub fn new() -> Self {
        let session = Session::expect();
        Form {
            session,
            locale: Locale::expect(),
            findings: session.findings(),
            submitted: RwSignal::new(Navigation::opened_to_fix()),
        }
    }

    /// The language the form is shown in.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The session's findings (tracked where read in a reactive context).
    pub fn findings(&self) -> RwSignal<Findings> {
        self.findings
    }

    /// Reads one value of the workspace; dependants are notified only when it changes.
    pub fn read<T>(&self, read: impl Fn(&Workspace) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: Default + PartialEq + Send + Sync + 'static,
    {
        let contents = self.session.contents();
        Memo::new(move |_| {
            contents.with(|contents| {
                contents
                    .as_ref()
                    .map(|c| read(&c.workspace))
                    .unwrap_or_default()
            })
        })
    }

    /// Reads the workspace, tracked but with no memo of its own: for an effect that copies
    /// out only what changed (the rows of a long register).
    pub fn with<T>(&self, read: impl FnOnce(&Workspace) -> T) -> Option<T> {
        self.session
            .contents()
            .with(|contents| contents.as_ref().map(|c| read(&c.workspace)))
    }

    /// Reads the workspace once, without tracking (for event handlers).
    pub fn read_now<T>(&self, read: impl FnOnce(&Workspace) -> T) -> Option<T> {
        self.session
            .contents()
            .with_untracked(|contents| contents.as_ref().map(|c| read(&c.workspace)))
    }

    /// Changes one field of the workspace, at `path`: only the scopes it affects are re-checked.
    pub fn edit_at(&self, path: &FieldPath, change: impl FnOnce(&mut Workspace)) {
        self.session
            .edit_at(path, |contents| change(&mut contents.workspace));
    }

    /// Changes the workspace's shape (a row added or removed): everything is re-checked.
    pub fn edit(&self, change: impl FnOnce(&mut Workspace)) {
        self.session
            .edit(|contents| change(&mut contents.workspace));
    }

    /// The finding shown at `path` (an error before a warning), among those of `scopes`: a
    /// field can carry findings of its item and of a list-wide rule (a duplicate e-mail).
    pub fn finding_at(&self, scopes: Vec<Scope>, path: &FieldPath) -> Memo<Option<Finding>> {
        let findings = self.findings;
        let path = path.clone();
        Memo::new(move |_| {
            findings.with(|findings| {
                let found = scopes.iter().flat_map(|scope| findings.in_scope(scope));
                shown_at(found, &path).cloned()
            })
        })
    }

    /// The blocking findings of `scopes`, in that order (the page's order).
    pub fn errors_in(&self, scopes: &[Scope]) -> Vec<Finding> {
        self.findings
            .with_untracked(|findings| findings.errors_in(scopes).cloned().collect())
    }

    /// The fields of the workspace whose messages are among the findings of `scopes`.
    pub fn in_scopes(&self, scopes: Vec<Scope>) -> WorkspaceFields {
        WorkspaceFields {
            form: *self,
            scopes,
        }
    }

    /// The same form over account `account_id`.
    pub fn account(&self, account_id: String) -> AccountForm {
        AccountForm {
            form: *self,
            account_id: StoredValue::new(account_id),
        }
    }
}

impl Default for Form {
    fn default() -> Self {
        Form::new()
    }
}

/// Fields of the workspace, with the validation scopes their messages come from.
#[derive(Clone)]
pub struct WorkspaceFields {
    form: Form,
    scopes: Vec<Scope>,
}

impl FieldSource for WorkspaceFields {
    type Part = Workspace;

    fn read<V>(&self, read: impl Fn(&Workspace) -> V + Send + Sync + 'static) -> Memo<V>
    where
        V: Default + PartialEq + Send + Sync + 'static,
    {
        self.form.read(read)
    }

    fn edit_at(&self, path: &FieldPath, change: impl FnOnce(&mut Workspace)) {
        self.form.edit_at(path, change);
    }

    fn finding_at(&self, path: &FieldPath) -> Memo<Option<Finding>> {
        self.form.finding_at(self.scopes.clone(), path)
    }

    fn locale(&self) -> Locale {
        self.form.locale()
    }

    fn submitted(&self) -> Signal<bool> {
        self.form.submitted.into()
    }
}

/// A form over one entity account (its profile's answers and registers).
#[derive(Clone, Copy)]
pub struct AccountForm {
    form: Form,
    account_id: StoredValue<String>,
}

impl AccountForm {
    /// The form over the whole workspace.
    pub fn form(&self) -> Form {
        self.form
    }

    /// The account's id.
    pub fn account_id(&self) -> String {
        self.account_id.get_value()
    }

    /// Reads one value of the account (tracked); dependants are notified only when it changes.
    pub fn read<T>(&self, read: impl Fn(&EntityAccount) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: Default + PartialEq + Send + Sync + 'static,
    {
        let account_id = self.account_id;
        self.form.read(move |workspace| {
            account_id
                .with_value(|id| workspace.account(id))
                .map(&read)
                .unwrap_or_default()
        })
    }

    /// Reads the account, tracked but with no memo of its own (see [`Form::with`]).
    pub fn with<T>(&self, read: impl FnOnce(&EntityAccount) -> T) -> Option<T> {
        let account_id = self.account_id;
        self.form
            .with(|workspace| account_id.with_value(|id| workspace.account(id)).map(read))
            .flatten()
    }

    /// Reads the account once, without tracking (for event handlers).
    pub fn read_now<T>(&self, read: impl FnOnce(&EntityAccount) -> T) -> Option<T> {
        let account_id = self.account_id;
        self.form
            .read_now(|workspace| account_id.with_value(|id| workspace.account(id)).map(read))
            .flatten()
    }

    /// Changes one field of the account, at `path`: only the scopes it affects are re-checked.
    pub fn edit_at(&self, path: &FieldPath, change: impl FnOnce(&mut EntityAccount)) {
        let account_id = self.account_id();
        self.form.edit_at(path, |workspace| {
            if let Some(account) = workspace.account_mut(&account_id) {
                change(account);
            }
        });
    }

    /// Changes the account's shape (a row added or removed): everything is re-checked.
    pub fn edit(&self, change: impl FnOnce(&mut EntityAccount)) {
        let account_id = self.account_id();
        self.form.edit(|workspace| {
            if let Some(account) = workspace.account_mut(&account_id) {
                change(account);
            }
        });
    }
}

/// The account's own fields (its name, status and dates), with the findings of its scope.
impl FieldSource for AccountForm {
    type Part = EntityAccount;

    fn read<V>(&self, read: impl Fn(&EntityAccount) -> V + Send + Sync + 'static) -> Memo<V>
    where
        V: Default + PartialEq + Send + Sync + 'static,
    {
        AccountForm::read(self, read)
    }

    fn edit_at(&self, path: &FieldPath, change: impl FnOnce(&mut EntityAccount)) {
        AccountForm::edit_at(self, path, change);
    }

    fn finding_at(&self, path: &FieldPath) -> Memo<Option<Finding>> {
        self.form
            .finding_at(vec![Scope::Account(self.account_id())], path)
    }

    fn locale(&self) -> Locale {
        self.form.locale()
    }

    fn submitted(&self) -> Signal<bool> {
        self.form.submitted.into()
    }
}
