//! Which plant each of a manufacturer's MIDs belongs to: a MID is built from the address of the
//! plant that makes the goods, so validation compares it with that plant's address (a facility
//! of the account) and with nothing when no plant is chosen. One drop-down per MID, under the
//! MID fields of the details page.

use leptos::prelude::*;

use super::account_memo;
use crate::domain::Owner;
use crate::domain::identifiers::IdentifierKind;
use crate::domain::model::AccountIdentifier;
use crate::i18n::msg;
use crate::state::{Locale, Session};
use crate::ui::components::keyed_for::For;
use crate::ui::components::show::Show;
use crate::ui::field_id::field_id;

/// The plant drop-downs of account `account_id`'s MIDs.
#[component]
pub fn MidPlants(
    /// The account shown.
    account_id: StoredValue<String>,
) -> impl IntoView {
    let locale = Locale::expect();
    // Keyed by id only, so choosing a plant or typing the MID keeps its drop-down (and focus).
    let mids = account_memo(account_id, |account| {
        account
            .identifiers
            .iter()
            .filter(|identifier| identifier.kind == IdentifierKind::Mid)
            .filter(|identifier| !identifier.value.trim().is_empty())
            .map(|identifier| identifier.id.clone())
            .collect::<Vec<String>>()
    });
    let plants = account_memo(account_id, |account| {
        account
            .profile
            .facilities
            .iter()
            .map(|facility| {
                let name = facility.name.trim();
                let city = facility.address.city.trim();
                let label = match (name.is_empty(), city.is_empty()) {
                    (false, false) => format!("{name} ({city})"),
                    (false, true) => name.to_owned(),
                    (true, false) => city.to_owned(),
                    (true, true) => String::new(),
                };
                (facility.id.clone(), label)
            })
            .collect::<Vec<(String, String)>>()
    });
    view! {
        <Show when=move || mids.with(|mids| !mids.is_empty())>
            <Show
                when=move || plants.with(|plants| !plants.is_empty())
                fallback=move || view! {
                    <p class="app-hint" id="mid-plants-none">{move || locale.t(msg::account_details::MID_NO_PLANTS)}</p>
                }
            >
                <For each=move || mids.get() key=|identifier| identifier.clone() let:identifier>
                    <MidPlant account_id=account_id identifier=identifier plants=plants />
                </For>
            </Show>
        </Show>
    }
}

/// The drop-down of MID `identifier`.
#[component]
fn MidPlant(
    account_id: StoredValue<String>,
    identifier: String,
    plants: Memo<Vec<(String, String)>>,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let shown = {
        let identifier = identifier.clone();
        account_memo(account_id, move |account| {
            account
                .identifiers
                .iter()
                .find(|found| found.id == identifier)
                .map(|found| {
                    (
                        found.value.trim().to_owned(),
                        found.facility_id.clone().unwrap_or_default(),
                    )
                })
                .unwrap_or_default()
        })
    };
    let path = Owner::Identifier {
        account: account_id.get_value(),
        identifier: identifier.clone(),
    }
    .field(AccountIdentifier::FACILITY_ID);
    let id = field_id(&path);
    let hint = format!("{id}-hint");
    let on_change = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        let identifier = identifier.clone();
        session.edit_at(&path, |c| {
            let account = account_id.with_value(|id| c.workspace.account_mut(id));
            if let Some(found) = account.and_then(|account| account.identifier_mut(&identifier)) {
                found.facility_id = (!value.is_empty()).then_some(value);
            }
        });
    };
    let chosen = move |value: &str| shown.with(|(_, chosen)| chosen == value);
    let label = move || {
        shown.with(|(mid, _)| locale.format(msg::account_details::MID_PLANT, &[("mid", mid)]))
    };
    view! {
        <div class="app-form-group">
            <label class="app-label" for=id.clone()>{label}</label>
            <div class="app-hint" id=hint.clone()>{move || locale.t(msg::account_details::MID_PLANT_HINT)}</div>
            <select class="app-select" id=id.clone() name=id aria-describedby=hint on:change=on_change>
                <option value="" selected=move || chosen("")>
                    {move || locale.t(msg::account_details::MID_PLANT_NONE)}
                </option>
                <For each=move || plants.get() key=|plant| plant.clone() let:plant>
                    {
                        let (value, name) = plant;
                        let option_value = value.clone();
                        let shown = move || {
                            if name.is_empty() {
                                locale.t(msg::account_details::UNNAMED_PLANT).to_owned()
                            } else {
                                name.clone()
                            }
                        };
                        view! {
                            <option value=option_value selected=move || chosen(&value)>{shown}</option>
                        }
                    }
                </For>
            </select>
        </div>
    }
}
