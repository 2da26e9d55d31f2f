//! Fields of something not yet in the workspace (a new account before it is added): held by
//! the page, checked as it would be added, and bound like any other field.

use leptos::prelude::*;

use super::field_source::FieldSource;
use crate::domain::FieldPath;
use crate::domain::validation::{Finding, shown_at};
use crate::state::Locale;

/// A draft held in `draft`, with the findings it would have once added.
pub struct DraftFields<T: Send + Sync + 'static> {
    draft: RwSignal<T>,
    findings: Memo<Vec<Finding>>,
    locale: Locale,
    submitted: RwSignal<bool>,
}

impl<T: Send + Sync + 'static> Clone for DraftFields<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for DraftFields<T> {}

impl<T: Send + Sync + 'static> DraftFields<T> {
    /// The fields of `draft`, whose messages come from `findings` and show once a field was
    /// left or `submitted` is set.
    pub fn new(
        draft: RwSignal<T>,
        findings: Memo<Vec<Finding>>,
        submitted: RwSignal<bool>,
    ) -> Self {
        DraftFields {
            draft,
            findings,
            locale: Locale::expect(),
            submitted,
        }
    }
}

impl<T: Send + Sync + 'static> FieldSource for DraftFields<T> {
    type Part = T;

    fn read<V>(&self, read: impl Fn(&T) -> V + Send + Sync + 'static) -> Memo<V>
    where
        V: Default + PartialEq + Send + Sync + 'static,
    {
        let draft = self.draft;
        Memo::new(move |_| draft.with(&read))
    }

    fn edit_at(&self, _path: &FieldPath, change: impl FnOnce(&mut T)) {
        self.draft.update(change);
    }

    fn finding_at(&self, path: &FieldPath) -> Memo<Option<Finding>> {
        let findings = self.findings;
        let path = path.clone();
        Memo::new(move |_| findings.with(|found| shown_at(found, &path).cloned()))
    }

    fn locale(&self) -> Locale {
        self.locale
    }

    fn submitted(&self) -> Signal<bool> {
        self.submitted.into()
    }
}
