//! One field bound to its control: the control's id, the value it shows, the edit it makes, the
//! leaving of it, and the message it shows.

use leptos::prelude::*;

use super::options::{Options, option_of, option_value};
use crate::ui::components::field_feedback::Feedback;

/// One field of the workspace as its control uses it.
pub struct FieldBinding<T: Send + Sync + 'static> {
    /// The control's id, derived from the field's address (the error summary links to it).
    pub id: String,
    /// The value shown.
    pub value: Signal<T>,
    /// Writes a new value into the workspace.
    pub on_change: Callback<T>,
    /// Marks the field as left: from then on its message shows.
    pub on_blur: Callback<()>,
    /// The message to show.
    pub feedback: Signal<Option<Feedback>>,
    /// Whether the field was left (or changed, for a control that is left by choosing).
    touched: RwSignal<bool>,
}

impl<T: Send + Sync + 'static> Clone for FieldBinding<T> {
    fn clone(&self) -> Self {
        FieldBinding {
            id: self.id.clone(),
            ..*self
        }
    }
}

impl<T: Send + Sync + 'static> FieldBinding<T> {
    /// A binding whose message shows once `touched` is set.
    pub(super) fn new(
        id: String,
        value: Signal<T>,
        on_change: Callback<T>,
        touched: RwSignal<bool>,
        feedback: Signal<Option<Feedback>>,
    ) -> Self {
        FieldBinding {
            id,
            value,
            on_change,
            on_blur: Callback::new(move |()| touched.set(true)),
            feedback,
            touched,
        }
    }

    /// A field whose place in the workspace is not one fixed address, such as the first
    /// identifier of a kind (typing into the empty field adds one, emptying it removes it): its
    /// id, value, edit and message are given; the message shows as any field's does, once the
    /// field was left or the user asked to go on.
    pub fn given(
        id: String,
        value: Signal<T>,
        on_change: Callback<T>,
        message: Signal<Option<Feedback>>,
        submitted: Signal<bool>,
    ) -> Self {
        let touched = RwSignal::new(false);
        let feedback = Signal::derive(move || {
            if touched.get() || submitted.get() {
                message.get()
            } else {
                None
            }
        });
        FieldBinding::new(id, value, on_change, touched, feedback)
    }

    /// The same field, whose message shows from its first change: a checkbox, radio or list
    /// is answered in one act, unlike text, which would be reproached while still being typed.
    pub fn shown_on_change(self) -> Self {
        let touched = self.touched;
        let change = self.on_change;
        FieldBinding {
            on_change: Callback::new(move |value: T| {
                touched.set(true);
                change.run(value);
            }),
            ..self
        }
    }

    /// The same field through another kind of value: `to` turns the field's value into the
    /// control's, `from` the control's into the field's.
    pub fn through<U: Send + Sync + 'static>(
        self,
        to: impl Fn(&T) -> U + Send + Sync + 'static,
        from: impl Fn(U) -> T + Send + Sync + 'static,
    ) -> FieldBinding<U> {
        let value = self.value;
        let change = self.on_change;
        FieldBinding {
            id: self.id,
            value: Signal::derive(move || value.with(&to)),
            on_change: Callback::new(move |shown: U| change.run(from(shown))),
            on_blur: self.on_blur,
            feedback: self.feedback,
            touched: self.touched,
        }
    }
}

impl<V: Copy + PartialEq + Send + Sync + 'static> FieldBinding<Option<V>> {
    /// The field chosen from `options`, as a list shows it: the option's page value (empty for
    /// none).
    pub fn chosen_from(self, options: &'static Options<V>) -> FieldBinding<String> {
        self.through(
            move |chosen| option_value(options, *chosen).to_owned(),
            move |page: String| option_of(options, &page),
        )
    }
}

impl FieldBinding<Option<u32>> {
    /// The whole number as typed. The text stays as typed while it still says what the field
    /// holds; the field holds the number it reads as, or nothing while it is blank or not a
    /// whole number. Once the field changes otherwise (cleared with the answer that made it
    /// relevant), the field's number shows.
    pub fn as_typed(self) -> FieldBinding<String> {
        let stored = self.value;
        let change = self.on_change;
        let draft = RwSignal::new(
            stored
                .get_untracked()
                .map(|n| n.to_string())
                .unwrap_or_default(),
        );
        let value = Signal::derive(move || {
            let held = stored.get();
            draft.with(|draft| {
                if draft.trim().parse::<u32>().ok() == held {
                    draft.clone()
                } else {
                    held.map(|n| n.to_string()).unwrap_or_default()
                }
            })
        });
        FieldBinding {
            id: self.id,
            value,
            on_change: Callback::new(move |text: String| {
                let number = text.trim().parse::<u32>().ok();
                draft.set(text);
                change.run(number);
            }),
            on_blur: self.on_blur,
            feedback: self.feedback,
            touched: self.touched,
        }
    }
}
