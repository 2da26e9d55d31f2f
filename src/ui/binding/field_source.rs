//! Where a page's fields are read, edited and find their messages, and the one way a field is
//! bound from there.

use leptos::prelude::*;

use super::field_binding::FieldBinding;
use crate::domain::FieldPath;
use crate::domain::validation::Finding;
use crate::state::Locale;
use crate::ui::components::field_feedback::field_message;
use crate::ui::field_id::field_id;

/// What a page's fields are parts of: the whole workspace, one account's answer, one register
/// row. Each kind reads in its own way (a register row reads its own copy of the item, so a
/// keystroke in one of hundreds of rows does not wake the others).
pub trait FieldSource: Clone + Send + Sync + 'static {
    /// What the fields are read from and written into.
    type Part: 'static;

    /// One value of the part (tracked); dependants are notified only when it changes.
    fn read<V>(&self, read: impl Fn(&Self::Part) -> V + Send + Sync + 'static) -> Memo<V>
    where
        V: Default + PartialEq + Send + Sync + 'static;

    /// Changes the part (one autosave-scheduling edit); only what `path` affects is re-checked.
    fn edit_at(&self, path: &FieldPath, change: impl FnOnce(&mut Self::Part));

    /// The finding shown at `path`, an error before a warning.
    fn finding_at(&self, path: &FieldPath) -> Memo<Option<Finding>>;

    /// The language messages are shown in.
    fn locale(&self) -> Locale;

    /// Whether the user asked to go on: from then on every field shows its message.
    fn submitted(&self) -> Signal<bool>;

    /// Binds the field at `path`, read with `read` and written with `write`. Its message shows
    /// once the field was left or the user asked to go on, and follows every change after.
    fn bind<V>(
        &self,
        path: FieldPath,
        read: impl Fn(&Self::Part) -> V + Send + Sync + 'static,
        write: impl Fn(&mut Self::Part, V) + Send + Sync + 'static,
    ) -> FieldBinding<V>
    where
        V: Default + PartialEq + Send + Sync + 'static,
    {
        let touched = RwSignal::new(false);
        let feedback = field_message(
            self.locale(),
            self.finding_at(&path),
            touched,
            self.submitted(),
        );
        let id = field_id(&path);
        let value = self.read(read).into();
        let source = self.clone();
        let on_change = Callback::new(move |value: V| {
            source.edit_at(&path, |part| write(part, value));
        });
        FieldBinding::new(id, value, on_change, touched, feedback)
    }
}
