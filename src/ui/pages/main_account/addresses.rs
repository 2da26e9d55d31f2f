//! The organization's addresses (Portal "Addresses"): a headquarters first, then any number of
//! further typed addresses added and removed with the GOV.UK "add another" pattern.

use leptos::prelude::*;

use super::list_item::{ItemFields, add_item, item_ids, list_id, list_message};
use crate::domain::Owner;
use crate::domain::model::{Address, AddressKind, PostalAddress};
use crate::domain::validation::Scope;
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::ui::binding::options::{Options, option_names};
use crate::ui::binding::{FieldSource, Form};
use crate::ui::components::field_feedback::FeedbackMessage;
use crate::ui::components::input_field::InputField;
use crate::ui::components::keyed_for::For;
use crate::ui::components::select_field::SelectField;
use crate::ui::components::show::Show;
use crate::ui::field_id::field_id;

/// Address types as the select offers them: value, model value, message key of the name.
const ADDRESS_KINDS: &Options<AddressKind> = &[
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

/// Every address, and the button to add another.
#[component]
pub fn AddressesSection(
    /// The form this section belongs to.
    form: Form,
) -> impl IntoView {
    let locale = Locale::expect();
    let heading_id = list_id::<Address>();
    let ids = item_ids::<Address>(form);
    let list_feedback = list_message::<Address>(form, Scope::AddressList);
    let add = move |_| {
        add_item::<Address>(form, Address::KIND, |workspace, id| {
            let kind = if workspace.headquarters().is_some() {
                AddressKind::Mailing
            } else {
                AddressKind::Headquarters
            };
            workspace.add_address(id, kind);
        });
    };
    view! {
        <section class="app-form-section" aria-labelledby=heading_id.clone()>
            <h2 class="app-heading-m" id=heading_id.clone() tabindex="-1">
                {move || locale.t(msg::main_account::ADDRESSES_HEADING)}
            </h2>
            <p class="app-hint">{move || locale.t(msg::main_account::ADDRESSES_LEAD)}</p>
            <FeedbackMessage field_id=heading_id.clone() feedback=list_feedback />
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
fn AddressItem(form: Form, id: String, ids: Memo<Vec<String>>) -> impl IntoView {
    let legend_id = field_id(&Owner::Address(id.clone()).whole());
    let item = ItemFields::<Address>::new(form, id);
    let number = item.number(ids);
    let label = move |key| ItemFields::<Address>::numbered(number, key);

    let kind = item
        .bind(
            item.path(Address::KIND),
            |address| Some(address.kind),
            |address, kind| {
                if let Some(kind) = kind {
                    address.kind = kind;
                }
            },
        )
        .chosen_from(ADDRESS_KINDS);
    let line1 = item.text(
        PostalAddress::LINE1,
        |a| &a.place.line1,
        |a| &mut a.place.line1,
    );
    let line2 = item.text(
        PostalAddress::LINE2,
        |a| &a.place.line2,
        |a| &mut a.place.line2,
    );
    let city = item.text(
        PostalAddress::CITY,
        |a| &a.place.city,
        |a| &mut a.place.city,
    );
    let state = item.text(
        PostalAddress::STATE_PROVINCE,
        |a| &a.place.state_province,
        |a| &mut a.place.state_province,
    );
    let postal = item.text(
        PostalAddress::POSTAL_CODE,
        |a| &a.place.postal_code,
        |a| &mut a.place.postal_code,
    );
    let country = item.text(
        PostalAddress::COUNTRY,
        |a| &a.place.country,
        |a| &mut a.place.country,
    );

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
    let on_country_input = country.on_change;
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

    view! {
        <fieldset class="app-fieldset app-list-item">
            <legend class="app-fieldset__legend" id=legend_id>
                {label(msg::main_account::ADDRESS_LEGEND)}
            </legend>
            <SelectField binding=kind label={msg::main_account::ADDRESS_KIND}
                options=option_names(ADDRESS_KINDS) />
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
            <InputField binding=line1 label={msg::main_account::ADDRESS_LINE1}
                autocomplete="address-line1" />
            <InputField binding=line2 label={msg::main_account::ADDRESS_LINE2} optional=true
                autocomplete="address-line2" />
            <InputField binding=city label={msg::main_account::ADDRESS_CITY}
                autocomplete="address-level2" width="app-input--width-20" />
            <InputField binding=state label={msg::main_account::ADDRESS_STATE_PROVINCE}
                autocomplete="address-level1" width="app-input--width-20" />
            <InputField binding=postal label={msg::main_account::ADDRESS_POSTAL_CODE}
                autocomplete="postal-code" width="app-input--width-10" />
            <Show when=move || ids.with(|ids| ids.len() > 1)>
                <button type="button" class="app-button app-button--warning app-list-item__remove"
                    on:click=move |_| item.remove()>
                    {label(msg::main_account::ADDRESS_REMOVE)}
                </button>
            </Show>
        </fieldset>
    }
}
