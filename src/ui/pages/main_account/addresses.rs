//! The organization's addresses (Portal "Addresses"): a headquarters first, then any number of
//! further typed addresses added and removed with the GOV.UK "add another" pattern.

use leptos::prelude::*;

use super::form_state::FormState;
use crate::domain::Owner;
use crate::domain::model::{Address, AddressKind, Workspace};
use crate::domain::validation::Scope;
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::state::item_id::new_item_id;
use crate::ui::components::error_summary::focus_field;
use crate::ui::components::field_feedback::FeedbackMessage;
use crate::ui::components::input_field::InputField;
use crate::ui::components::select_field::SelectField;
use crate::ui::field_id::field_id;

/// Address types as the select offers them: value, model value, message key of the name.
const ADDRESS_KINDS: [(&str, AddressKind, MessageKey); 5] = [
    (
        "headquarters",
        AddressKind::Headquarters,
        msg::address_kind::HEADQUARTERS,
    ),
    ("mailing", AddressKind::Mailing, msg::address_kind::MAILING),
    (
        "cargo-handling-facility",
        AddressKind::CargoHandlingFacility,
        msg::address_kind::CARGO_HANDLING_FACILITY,
    ),
    (
        "security-office",
        AddressKind::SecurityOffice,
        msg::address_kind::SECURITY_OFFICE,
    ),
    ("other", AddressKind::Other, msg::address_kind::OTHER),
];

/// The countries offered by name; any other is typed as its ISO code.
const NAMED_COUNTRIES: [(&str, MessageKey); 3] = [
    ("US", msg::country::US),
    ("CA", msg::country::CA),
    ("MX", msg::country::MX),
];

/// The select value that opens the ISO code field.
const OTHER_COUNTRY: &str = "other";

fn address<'a>(workspace: &'a Workspace, id: &str) -> Option<&'a Address> {
    workspace.addresses.iter().find(|address| address.id == id)
}

/// Binds a text field of one address.
macro_rules! address_text {
    ($form:expr, $id:expr, $path:literal, $field:ident) => {{
        let read_id = $id.clone();
        let write_id = $id.clone();
        $form.text(
            vec![Scope::Address($id.clone())],
            Owner::Address($id.clone()).field($path),
            move |workspace| {
                address(workspace, &read_id)
                    .map(|address| address.place.$field.clone())
                    .unwrap_or_default()
            },
            move |workspace, text| {
                if let Some(address) = workspace.address_mut(&write_id) {
                    address.place.$field = text;
                }
            },
        )
    }};
}

/// Every address, and the button to add another.
#[component]
pub fn AddressesSection(
    /// The form this section belongs to.
    form: FormState,
) -> impl IntoView {
    let locale = Locale::expect();
    let ids = form.read(|w| w.addresses.iter().map(|a| a.id.clone()).collect::<Vec<_>>());
    let list_feedback = form.feedback(
        vec![Scope::AddressList],
        &Owner::Addresses.whole(),
        RwSignal::new(false),
    );
    let add = move |_| {
        let id = new_item_id("addr");
        let new_id = id.clone();
        form.edit(&Owner::Address(id.clone()).whole(), |w| {
            let kind = if w.headquarters().is_some() {
                AddressKind::Mailing
            } else {
                AddressKind::Headquarters
            };
            w.add_address(new_id, kind);
        });
        let focus = field_id(&Owner::Address(id.clone()).field("kind"));
        request_animation_frame(move || focus_field(&focus));
    };
    view! {
        <section class="app-form-section" aria-labelledby=field_id(&Owner::Addresses.whole())>
            <h2 class="app-heading-m" id=field_id(&Owner::Addresses.whole()) tabindex="-1">
                {move || locale.t(msg::main_account::ADDRESSES_HEADING)}
            </h2>
            <p class="app-hint">{move || locale.t(msg::main_account::ADDRESSES_LEAD)}</p>
            <FeedbackMessage field_id=field_id(&Owner::Addresses.whole()) feedback=list_feedback />
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <AddressItem form=form id=id ids=ids />
            </For>
            <button type="button" class="app-button app-button--secondary" on:click=add>
                {move || locale.t(msg::main_account::ADDRESSES_ADD)}
            </button>
        </section>
    }
}

/// One address in a fieldset named by its position ("Address 2").
#[component]
fn AddressItem(form: FormState, id: String, ids: Memo<Vec<String>>) -> impl IntoView {
    let locale = Locale::expect();
    let number = {
        let id = id.clone();
        Memo::new(move |_| {
            ids.with(|ids| ids.iter().position(|other| *other == id))
                .map_or(0, |index| index + 1)
        })
    };
    let legend_id = field_id(&Owner::Address(id.clone()).whole());
    let label =
        move |key: MessageKey| move || locale.format(key, &[("number", &number.get().to_string())]);

    let kind_path = Owner::Address(id.clone()).field("kind");
    let kind = {
        let id = id.clone();
        form.read(move |w| {
            address(w, &id)
                .and_then(|a| ADDRESS_KINDS.iter().find(|(_, kind, _)| *kind == a.kind))
                .map(|(value, _, _)| (*value).to_owned())
                .unwrap_or_default()
        })
    };
    let on_kind = {
        let id = id.clone();
        let path = kind_path.clone();
        Callback::new(move |value: String| {
            let Some(chosen) = ADDRESS_KINDS.iter().find(|(option, _, _)| *option == value) else {
                return;
            };
            form.edit(&path, |w| {
                if let Some(address) = w.address_mut(&id) {
                    address.kind = chosen.1;
                }
            });
        })
    };

    let line1 = address_text!(form, id, "line1", line1);
    let line2 = address_text!(form, id, "line2", line2);
    let city = address_text!(form, id, "city", city);
    let state = address_text!(form, id, "stateProvince", state_province);
    let postal = address_text!(form, id, "postalCode", postal_code);
    let country = address_text!(form, id, "country", country);

    // "Other country" stays open while the code typed is not one of the named countries.
    let is_named = |code: &str| {
        NAMED_COUNTRIES
            .iter()
            .any(|(named, _)| named.eq_ignore_ascii_case(code.trim()))
    };
    let initial = country.value.get_untracked();
    let other = RwSignal::new(!initial.trim().is_empty() && !is_named(&initial));
    let country_value = country.value;
    let choice = Signal::derive(move || {
        if other.get() {
            OTHER_COUNTRY.to_owned()
        } else {
            country_value.get().trim().to_ascii_uppercase()
        }
    });
    let on_country_input = country.on_input;
    let on_choice = Callback::new(move |value: String| {
        if value == OTHER_COUNTRY {
            other.set(true);
            on_country_input.run(String::new());
        } else {
            other.set(false);
            on_country_input.run(value);
        }
    });
    let country_feedback = country.feedback;
    let choice_feedback =
        Signal::derive(move || (!other.get()).then(|| country_feedback.get()).flatten());
    let code_feedback =
        Signal::derive(move || other.get().then(|| country_feedback.get()).flatten());
    let country_id = country.id.clone();
    let country_blur = country.on_blur;

    let remove = {
        let id = id.clone();
        move |_| {
            form.edit(&Owner::Address(id.clone()).whole(), |w| {
                w.remove_address(&id);
            });
            focus_field(&field_id(&Owner::Addresses.whole()));
        }
    };

    view! {
        <fieldset class="app-fieldset app-list-item">
            <legend class="app-fieldset__legend" id=legend_id>
                {label(msg::main_account::ADDRESS_LEGEND)}
            </legend>
            <SelectField id=field_id(&kind_path) label={msg::main_account::ADDRESS_KIND}
                options=ADDRESS_KINDS.iter().map(|(value, _, name)| (*value, *name)).collect()
                value=kind on_change=on_kind />
            <SelectField id=country.id label={msg::main_account::ADDRESS_COUNTRY}
                options=NAMED_COUNTRIES.iter().copied()
                    .chain([(OTHER_COUNTRY, msg::country::OTHER)]).collect()
                blank=true value=choice on_change=on_choice on_blur=country_blur
                feedback=choice_feedback />
            <Show when=move || other.get()>
                <InputField id=format!("{country_id}-code") label={msg::main_account::ADDRESS_COUNTRY_CODE}
                    hint={msg::main_account::ADDRESS_COUNTRY_CODE_HINT}
                    value=country_value on_input=on_country_input on_blur=country_blur
                    feedback=code_feedback width="app-input--width-3" />
            </Show>
            <InputField id=line1.id label={msg::main_account::ADDRESS_LINE1} value=line1.value
                on_input=line1.on_input on_blur=line1.on_blur feedback=line1.feedback
                autocomplete="address-line1" />
            <InputField id=line2.id label={msg::main_account::ADDRESS_LINE2} optional=true value=line2.value
                on_input=line2.on_input on_blur=line2.on_blur feedback=line2.feedback
                autocomplete="address-line2" />
            <InputField id=city.id label={msg::main_account::ADDRESS_CITY} value=city.value
                on_input=city.on_input on_blur=city.on_blur feedback=city.feedback
                autocomplete="address-level2" width="app-input--width-20" />
            <InputField id=state.id label={msg::main_account::ADDRESS_STATE_PROVINCE} value=state.value
                on_input=state.on_input on_blur=state.on_blur feedback=state.feedback
                autocomplete="address-level1" width="app-input--width-20" />
            <InputField id=postal.id label={msg::main_account::ADDRESS_POSTAL_CODE} value=postal.value
                on_input=postal.on_input on_blur=postal.on_blur feedback=postal.feedback
                autocomplete="postal-code" width="app-input--width-10" />
            <Show when=move || ids.with(|ids| ids.len() > 1)>
                <button type="button" class="app-button app-button--warning app-list-item__remove"
                    on:click=remove.clone()>
                    {label(msg::main_account::ADDRESS_REMOVE)}
                </button>
            </Show>
        </fieldset>
    }
}
