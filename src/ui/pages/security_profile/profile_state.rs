//! What the Security Profile editor shares between its parts: the account it edits, the
//! session's findings (kept up to date edit by edit: only the answer's scope is re-checked),
//! whether the user pressed "Save and continue", and the bindings from one answer field to a
//! value, an edit and a message.
//!
//! It mirrors the main-account form's state, but over one account's answers: every read goes
//! through a memo of one answer, so a keystroke re-renders only the field it changed.

use leptos::prelude::*;

use crate::domain::model::{CriterionAnswer, Workspace};
use crate::domain::validation::{Findings, Scope, shown_at};
use crate::domain::{FieldPath, Owner};
use crate::state::{Locale, Navigation, Session};
use crate::ui::components::field_feedback::{Feedback, field_message};

/// The editor's shared state (all reactive handles, so `Copy`).
#[derive(Clone, Copy)]
pub struct ProfileState {
    session: Session,
    locale: Locale,
    account_id: StoredValue<String>,
    findings: RwSignal<Findings>,
    /// Set by "Save and continue": from then on every field shows its message.
    pub submitted: RwSignal<bool>,
}

impl ProfileState {
    /// The state of the editor of account `account_id`.
    pub fn new(account_id: String) -> Self {
        let session = Session::expect();
        ProfileState {
            session,
            locale: Locale::expect(),
            account_id: StoredValue::new(account_id),
            findings: session.findings(),
            submitted: RwSignal::new(Navigation::opened_to_fix()),
        }
    }

    /// The account's id.
    pub fn account_id(&self) -> String {
        self.account_id.get_value()
    }

    /// What criterion `criterion`'s answer is, as the owner of its fields and evidence.
    pub fn owner(&self, criterion: &str) -> Owner {
        Owner::Answer {
            account: self.account_id(),
            criterion: criterion.to_owned(),
        }
    }

    /// The address of criterion `criterion`'s answer field `field`.
    pub fn path(&self, criterion: &str, field: &'static str) -> FieldPath {
        self.owner(criterion).field(field)
    }

    /// The validation scope of criterion `criterion`'s answer.
    pub fn scope(&self, criterion: &str) -> Scope {
        Scope::Answer(self.account_id(), criterion.to_owned())
    }

    /// Reads the workspace (tracked); dependants are notified only when the value changes.
    pub fn read<T>(&self, read: impl Fn(&Workspace, &str) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: Default + PartialEq + Send + Sync + 'static,
    {
        let contents = self.session.contents();
        let account_id = self.account_id;
        Memo::new(move |_| {
            contents.with(|contents| {
                contents
                    .as_ref()
                    .map(|c| account_id.with_value(|id| read(&c.workspace, id)))
                    .unwrap_or_default()
            })
        })
    }

    /// The answer to `criterion` as it stands (empty while unanswered).
    pub fn answer(&self, criterion: String) -> Memo<CriterionAnswer> {
        self.read(move |workspace, account| {
            workspace
                .account(account)
                .and_then(|account| account.profile.answers.get(&criterion))
                .cloned()
                .unwrap_or_default()
        })
    }

    /// Changes the answer to `criterion` (one autosave-scheduling edit); the session re-checks
    /// only that answer.
    pub fn edit(
        &self,
        criterion: &str,
        field: &'static str,
        change: impl FnOnce(&mut CriterionAnswer),
    ) {
        self.edit_at(criterion, &self.path(criterion, field), change);
    }

    /// Changes the answer to `criterion` at `path`, an address inside it (one of its evidence
    /// documents).
    pub fn edit_at(
        &self,
        criterion: &str,
        path: &FieldPath,
        change: impl FnOnce(&mut CriterionAnswer),
    ) {
        let account_id = self.account_id();
        self.session.edit_at(path, |contents| {
            if let Some(account) = contents.workspace.account_mut(&account_id) {
                change(account.profile.answer_mut(criterion));
            }
        });
    }

    /// The findings (tracked), for the category index and the summary.
    pub fn findings(&self) -> RwSignal<Findings> {
        self.findings
    }

    /// The message of the field at `path` in `criterion`'s answer (an error before a warning),
    /// shown once the field was left (`touched`) or the user pressed "Save and continue".
    pub fn feedback(
        &self,
        criterion: &str,
        path: &FieldPath,
        touched: RwSignal<bool>,
    ) -> Signal<Option<Feedback>> {
        let scope = self.scope(criterion);
        let path = path.to_string();
        let findings = self.findings;
        let finding = Memo::new(move |_| {
            findings.with(|findings| shown_at(findings.in_scope(&scope), &path).cloned())
        });
        field_message(self.locale, finding, touched, self.submitted)
    }
}
