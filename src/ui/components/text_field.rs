//! A labelled text input with optional hint and error message, tied together for assistive
//! technology (GOV.UK pattern): the hint and error are announced with the field through
//! `aria-describedby`, and an invalid field says so with `aria-invalid`.

use leptos::prelude::*;

use super::leaving_field::is_leaving_for_submit;
use crate::state::Locale;

/// One text input. `error` is the already-translated message to show, or `None`.
#[component]
pub fn TextField(
    /// The input's id; the error summary links to `#<id>`.
    #[prop(into)]
    id: String,
    /// Message key of the label.
    label: &'static str,
    /// Message key of the hint, if any.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Values for the hint's `{placeholders}`.
    #[prop(optional)]
    hint_args: Vec<(&'static str, String)>,
    /// The current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new value on every input.
    #[prop(into)]
    on_input: Callback<String>,
    /// Called when the field loses focus (to start showing its errors).
    #[prop(optional, into)]
    on_blur: Option<Callback<()>>,
    /// The error message to show under the label.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// The input type (`text`, `password`, `email`, `tel`, `date`, `url`, `number`).
    #[prop(default = "text")]
    input_type: &'static str,
    /// The `autocomplete` token.
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// Extra class for the input (e.g. a width modifier).
    #[prop(default = "")]
    width: &'static str,
) -> impl IntoView {
    let locale = Locale::expect();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let hint_id = hint_id.clone();
        let error_id = error_id.clone();
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let has_error = move || error.with(Option::is_some);
    view! {
        <div class="app-form-group" class:app-form-group--error=has_error>
            <label class="app-label" for=id.clone()>{move || locale.t(label)}</label>
            {hint
                .map(|hint| {
                    let text = move || {
                        let args: Vec<(&str, &str)> =
                            hint_args.iter().map(|(name, value)| (*name, value.as_str())).collect();
                        locale.format(hint, &args)
                    };
                    view! { <div class="app-hint" id=hint_id.clone()>{text}</div> }
                })}
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="app-error-message" id=error_id.clone()>
                                <span class="app-visually-hidden">{move || locale.t("form.error_prefix")}</span>
                                {message}
                            </p>
                        }
                    })
            }}
            <input
                class=format!("app-input {width}")
                class:app-input--error=has_error
                id=id.clone()
                name=id.clone()
                type=input_type
                autocomplete=autocomplete
                spellcheck="false"
                aria-describedby=described_by
                aria-invalid=move || has_error().then_some("true")
                prop:value=move || value.get()
                on:input=move |event| on_input.run(event_target_value(&event))
                on:blur=move |event| {
                    if let Some(on_blur) = on_blur.filter(|_| !is_leaving_for_submit(&event)) {
                        on_blur.run(());
                    }
                }
            />
        </div>
    }
}
