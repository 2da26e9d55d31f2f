//! The fields of one criterion's answer in an account's Security Profile: every read goes
//! through one memo of the answer, so a keystroke re-renders only the field it changed, and an
//! edit re-checks only that answer.

use leptos::prelude::*;

use crate::state::Locale;

use crate::domain::model::CriterionAnswer;
use crate::domain::validation::{Finding, Scope};
use crate::domain::{FieldPath, Owner};
use crate::ui::binding::{AccountForm, FieldBinding, FieldSource};

/// The fields of criterion `criterion`'s answer (all reactive handles, so `Copy`).
#[derive(Clone, Copy)]
pub struct AnswerFields {
    account: AccountForm,
    criterion: StoredValue<String>,
    /// The answer as it stands (empty while unanswered).
    answer: Memo<CriterionAnswer>,
}

impl AnswerFields {
    /// The fields of the answer to `criterion` in the account `account` edits.
    pub fn new(account: AccountForm, criterion: String) -> Self {
        let answer = {
            let criterion = criterion.clone();
            account.read(move |account| {
                account
                    .profile
                    .answers
                    .get(&criterion)
                    .cloned()
                    .unwrap_or_default()
            })
        };
        AnswerFields {
            account,
            criterion: StoredValue::new(criterion),
            answer,
        }
    }

    /// The answer, as the owner of its fields and evidence.
    pub fn owner(&self) -> Owner {
        Owner::Answer {
            account: self.account.account_id(),
            criterion: self.criterion.get_value(),
        }
    }

    /// The address of the answer's field `name`.
    pub fn path(&self, name: &'static str) -> FieldPath {
        self.owner().field(name)
    }

    /// Binds the answer's text field `name`, read with `get` and written through `set`.
    pub fn text(
        &self,
        name: &'static str,
        get: fn(&CriterionAnswer) -> &String,
        set: fn(&mut CriterionAnswer) -> &mut String,
    ) -> FieldBinding<String> {
        self.bind(
            self.path(name),
            move |answer| get(answer).clone(),
            move |answer, text| *set(answer) = text,
        )
    }
}

/// The validation scope of criterion `criterion`'s answer in account `account`.
pub fn answer_scope(account: &AccountForm, criterion: &str) -> Scope {
    Scope::Answer(account.account_id(), criterion.to_owned())
}

impl FieldSource for AnswerFields {
    type Part = CriterionAnswer;

    fn read<V>(&self, read: impl Fn(&CriterionAnswer) -> V + Send + Sync + 'static) -> Memo<V>
    where
        V: Default + PartialEq + Send + Sync + 'static,
    {
        let answer = self.answer;
        Memo::new(move |_| answer.with(&read))
    }

    fn edit_at(&self, path: &FieldPath, change: impl FnOnce(&mut CriterionAnswer)) {
        let criterion = self.criterion.get_value();
        self.account.edit_at(path, |account| {
            change(account.profile.answer_mut(&criterion));
        });
    }

    fn finding_at(&self, path: &FieldPath) -> Memo<Option<Finding>> {
        let scope = self
            .criterion
            .with_value(|criterion| answer_scope(&self.account, criterion));
        self.account.form().finding_at(vec![scope], path)
    }

    fn locale(&self) -> Locale {
        self.account.form().locale()
    }

    fn submitted(&self) -> Signal<bool> {
        self.account.form().submitted.into()
    }
}
