//! What the main-account form shares between its sections: the session it edits and its
//! findings (kept up to date edit by edit by the session), whether the user has pressed
//! "Continue", and the bindings that turn one field of the workspace into a value signal, an
//! edit and a message.
//!
//! Each field reads the workspace through its own memo, so a keystroke re-renders only the
//! fields whose value or message changed; each edit re-checks only the scopes its path affects.

use leptos::prelude::*;

use crate::domain::FieldPath;
use crate::domain::model::Workspace;
use crate::domain::validation::{Finding, Findings, Scope, shown_at};
use crate::state::{Locale, Navigation, Session};
use crate::ui::components::field_feedback::{Feedback, field_message};
use crate::ui::field_id::field_id;

/// The form's shared state (all reactive handles, so `Copy`).
#[derive(Clone, Copy)]
pub struct FormState {
    session: Session,
    locale: Locale,
    findings: RwSignal<Findings>,
    /// Set by "Continue": from then on every field shows its message, touched or not.
    pub submitted: RwSignal<bool>,
}

impl FormState {
    /// The state of a form over the session's workspace and its findings.
    pub fn new() -> Self {
        let session = Session::expect();
        FormState {
            session,
            locale: Locale::expect(),
            findings: session.findings(),
            submitted: RwSignal::new(Navigation::opened_to_fix()),
        }
    }

    /// Changes the workspace (one autosave-scheduling edit); the session re-checks what `path`
    /// affects.
    pub fn edit(&self, path: &FieldPath, change: impl FnOnce(&mut Workspace)) {
        self.session
            .edit_at(path, |contents| change(&mut contents.workspace));
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

    /// Reads the workspace once, without tracking (for event handlers).
    pub fn read_now<T>(&self, read: impl FnOnce(&Workspace) -> T) -> Option<T> {
        self.session
            .contents()
            .with_untracked(|contents| contents.as_ref().map(|c| read(&c.workspace)))
    }

    /// The finding shown at `path` (an error before a warning), among those of `scopes`: a
    /// field can carry findings of its item and of a list-wide rule (a duplicate e-mail).
    pub fn finding_at(&self, scopes: Vec<Scope>, path: &FieldPath) -> Memo<Option<Finding>> {
        let findings = self.findings;
        let path = path.to_string();
        Memo::new(move |_| {
            findings.with(|findings| {
                let found = scopes.iter().flat_map(|scope| findings.in_scope(scope));
                shown_at(found, &path).cloned()
            })
        })
    }

    /// The message of the field at `path`, shown once the field was left (`touched`) or the
    /// user pressed "Continue", and following every input after that.
    pub fn feedback(
        &self,
        scopes: Vec<Scope>,
        path: &FieldPath,
        touched: RwSignal<bool>,
    ) -> Signal<Option<Feedback>> {
        let finding = self.finding_at(scopes, path);
        field_message(self.locale, finding, touched, self.submitted)
    }

    /// The blocking findings of `scopes`, in that order (the page's order).
    pub fn errors_in(&self, scopes: &[Scope]) -> Vec<Finding> {
        self.findings
            .with_untracked(|findings| findings.errors_in(scopes).cloned().collect())
    }
}

/// One text field of the workspace bound for an [`InputField`](crate::ui::components::input_field::InputField):
/// its id, value, edit and message.
pub struct TextBinding {
    /// The input's id, derived from the finding path.
    pub id: String,
    /// The current text.
    pub value: Signal<String>,
    /// Writes the new text into the workspace.
    pub on_input: Callback<String>,
    /// Marks the field as touched.
    pub on_blur: Callback<()>,
    /// The message to show.
    pub feedback: Signal<Option<Feedback>>,
}

impl FormState {
    /// Binds the text at `path` (read with `read`, written with `write`), showing findings of
    /// `scopes`.
    pub fn text(
        &self,
        scopes: Vec<Scope>,
        path: FieldPath,
        read: impl Fn(&Workspace) -> String + Send + Sync + 'static,
        write: impl Fn(&mut Workspace, String) + Send + Sync + 'static,
    ) -> TextBinding {
        let touched = RwSignal::new(false);
        let form = *self;
        let edit_path = path.clone();
        TextBinding {
            id: field_id(&path),
            value: self.read(read).into(),
            on_input: Callback::new(move |text: String| {
                form.edit(&edit_path, |workspace| write(workspace, text));
            }),
            on_blur: Callback::new(move |()| touched.set(true)),
            feedback: self.feedback(scopes, &path, touched),
        }
    }
}
