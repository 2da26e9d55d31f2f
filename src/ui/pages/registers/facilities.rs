//! The facilities register (MSC categories 9, Physical Security, and 10, Physical Access
//! Controls): each site, where it is, its barriers and lighting, its alarm and cameras (with
//! the details that matter only when they exist) and how people and vehicles are let in.

use leptos::prelude::*;

use super::list_register;
use super::register_state::RegisterState;
use super::row::{Revealed, Row};
use crate::domain::model::Facility;
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::ui::binding::FieldBinding;
use crate::ui::components::choice_field::ChoiceField;
use crate::ui::components::field_feedback::hint_id;
use crate::ui::components::input_field::InputField;
use crate::ui::components::register_list::RegisterTexts;
use crate::ui::components::show::Show;

/// What the facility list says.
pub const TEXTS: RegisterTexts = RegisterTexts {
    empty: msg::facility::EMPTY,
    add: msg::facility::ADD,
    unnamed: msg::facility::UNNAMED,
    remove: msg::facility::REMOVE,
    removed: msg::facility::REMOVED,
};

/// Every facility, the empty state and the add button.
#[component]
pub fn FacilitiesRegister(
    /// The page's state.
    state: RegisterState,
) -> impl IntoView {
    list_register::<Facility>(state, TEXTS, Facility::NAME, |row| {
        view! { <FacilityFields row=row /> }.into_any()
    })
}

/// A checkbox of a facility.
fn checkbox(binding: FieldBinding<bool>, label: MessageKey) -> impl IntoView {
    view! {
        <ChoiceField binding=binding label=label />
    }
}

/// One facility's fields.
#[component]
fn FacilityFields(row: Row<Facility>) -> impl IntoView {
    let locale = Locale::expect();
    let name = row.text(Facility::NAME, |f| &f.name, |f| &mut f.name);
    let barriers = row.text(
        Facility::BARRIERS_AND_FENCING,
        |f| &f.barriers_and_fencing,
        |f| &mut f.barriers_and_fencing,
    );
    let lighting = row.text(Facility::LIGHTING, |f| &f.lighting, |f| &mut f.lighting);
    let badges = row.flag(
        Facility::ACCESS_BADGES,
        |f| f.access_control.badges,
        |f, on| f.access_control.badges = on,
    );
    let visitors = row.flag(
        Facility::ACCESS_VISITOR_LOG,
        |f| f.access_control.visitor_log,
        |f, on| f.access_control.visitor_log = on,
    );
    let drivers = row.flag(
        Facility::ACCESS_DRIVER_ID_CHECKS,
        |f| f.access_control.driver_id_checks,
        |f, on| f.access_control.driver_id_checks = on,
    );
    let guards = row.flag(
        Facility::ACCESS_GUARDS,
        |f| f.access_control.guards,
        |f, on| f.access_control.guards = on,
    );

    let access_hint = hint_id(&row.field_id("accessControl"));
    let access_hint_ref = access_hint.clone();
    view! {
        <InputField binding=name label={msg::facility::NAME} hint={msg::facility::NAME_HINT} />
        <FacilityAddress row=row />
        <InputField binding=barriers label={msg::facility::BARRIERS} hint={msg::facility::BARRIERS_HINT}
            multiline=true />
        <InputField binding=lighting label={msg::facility::LIGHTING} hint={msg::facility::LIGHTING_HINT}
            multiline=true />
        <FacilityAlarm row=row />
        <FacilityVideo row=row />
        <fieldset class="app-fieldset app-register__group" aria-describedby=access_hint_ref>
            <legend class="app-fieldset__legend app-fieldset__legend--s">
                {move || locale.t(msg::facility::ACCESS_CONTROL)}
            </legend>
            <p class="app-hint" id=access_hint>{move || locale.t(msg::registers::SELECT_ALL)}</p>
            {checkbox(badges, msg::facility::ACCESS_BADGES)}
            {checkbox(visitors, msg::facility::ACCESS_VISITOR_LOG)}
            {checkbox(drivers, msg::facility::ACCESS_DRIVER_ID_CHECKS)}
            {checkbox(guards, msg::facility::ACCESS_GUARDS)}
        </fieldset>
    }
}

/// Where the facility is: the same parts as a main-account address.
#[component]
fn FacilityAddress(row: Row<Facility>) -> impl IntoView {
    let locale = Locale::expect();
    let country = row.text(
        Facility::ADDRESS_COUNTRY,
        |f| &f.address.country,
        |f| &mut f.address.country,
    );
    let line1 = row.text(
        Facility::ADDRESS_LINE1,
        |f| &f.address.line1,
        |f| &mut f.address.line1,
    );
    let line2 = row.text(
        Facility::ADDRESS_LINE2,
        |f| &f.address.line2,
        |f| &mut f.address.line2,
    );
    let city = row.text(
        Facility::ADDRESS_CITY,
        |f| &f.address.city,
        |f| &mut f.address.city,
    );
    let state = row.text(
        Facility::ADDRESS_STATE_PROVINCE,
        |f| &f.address.state_province,
        |f| &mut f.address.state_province,
    );
    let postal = row.text(
        Facility::ADDRESS_POSTAL_CODE,
        |f| &f.address.postal_code,
        |f| &mut f.address.postal_code,
    );
    view! {
        <fieldset class="app-fieldset app-register__group">
            <legend class="app-fieldset__legend app-fieldset__legend--s">
                {move || locale.t(msg::facility::ADDRESS)}
            </legend>
            <InputField binding=country label={msg::facility::COUNTRY} hint={msg::registers::COUNTRY_HINT} width="app-input--width-3" />
            <InputField binding=line1 label={msg::main_account::ADDRESS_LINE1} />
            <InputField binding=line2 label={msg::main_account::ADDRESS_LINE2} optional=true />
            <InputField binding=city label={msg::main_account::ADDRESS_CITY}
                width="app-input--width-20" />
            <InputField binding=state label={msg::main_account::ADDRESS_STATE_PROVINCE} width="app-input--width-20" />
            <InputField binding=postal label={msg::main_account::ADDRESS_POSTAL_CODE} width="app-input--width-10" />
        </fieldset>
    }
}

/// The alarm: who monitors it and when it was tested are asked only when there is one.
#[component]
fn FacilityAlarm(row: Row<Facility>) -> impl IntoView {
    let present = row.revealing_flag(
        Facility::ALARM_PRESENT,
        |f| f.alarm.present,
        |f, on| {
            f.alarm.present = on;
            if !on {
                f.alarm.monitored_by.clear();
                f.alarm.last_test.clear();
            }
        },
        Some(Revealed {
            shown: |f| f.alarm.present,
            restore: |f, before| f.alarm.clone_from(&before.alarm),
        }),
    );
    let shown = present.value;
    let monitored = row.text(
        Facility::ALARM_MONITORED_BY,
        |f| &f.alarm.monitored_by,
        |f| &mut f.alarm.monitored_by,
    );
    let tested = row.text(
        Facility::ALARM_LAST_TEST,
        |f| &f.alarm.last_test,
        |f| &mut f.alarm.last_test,
    );
    view! {
        {checkbox(present, msg::facility::ALARM_PRESENT)}
        <Show when=move || shown.get()>
            <div class="app-conditional">
                <InputField binding=monitored.clone() label={msg::facility::ALARM_MONITORED_BY}
                    hint={msg::facility::ALARM_MONITORED_BY_HINT} />
                <InputField binding=tested.clone() label={msg::facility::ALARM_LAST_TEST}
                    hint={msg::registers::DATE_HINT} input_type="date" width="app-input--width-10" />
            </div>
        </Show>
    }
}

/// The cameras: their details are asked only when there are cameras.
#[component]
fn FacilityVideo(row: Row<Facility>) -> impl IntoView {
    let present = row.revealing_flag(
        Facility::VIDEO_PRESENT,
        |f| f.video.present,
        |f, on| {
            f.video.present = on;
            if !on {
                f.video = Default::default();
            }
        },
        Some(Revealed {
            shown: |f| f.video.present,
            restore: |f, before| f.video.clone_from(&before.video),
        }),
    );
    let shown = present.value;
    let cameras = row.number(
        Facility::VIDEO_CAMERAS,
        |f| f.video.cameras,
        |f| &mut f.video.cameras,
    );
    let covered = row.flag(
        Facility::VIDEO_CARGO_AREAS_COVERED,
        |f| f.video.cargo_areas_covered,
        |f, on| f.video.cargo_areas_covered = on,
    );
    let around_the_clock = row.flag(
        Facility::VIDEO_RECORDING_24_7,
        |f| f.video.recording_24_7,
        |f, on| f.video.recording_24_7 = on,
    );
    let retention = row.number(
        Facility::VIDEO_RETENTION_DAYS,
        |f| f.video.retention_days,
        |f| &mut f.video.retention_days,
    );
    let reviewed = row.text(
        Facility::VIDEO_LAST_FOOTAGE_REVIEW,
        |f| &f.video.last_footage_review,
        |f| &mut f.video.last_footage_review,
    );
    view! {
        {checkbox(present, msg::facility::VIDEO_PRESENT)}
        <Show when=move || shown.get()>
            <div class="app-conditional">
                <InputField binding=cameras.clone() label={msg::facility::VIDEO_CAMERAS}
                    input_mode="numeric" width="app-input--width-5" />
                <ChoiceField binding=covered.clone() label={msg::facility::VIDEO_CARGO_AREAS_COVERED} />
                <ChoiceField binding=around_the_clock.clone() label={msg::facility::VIDEO_RECORDING_24_7} />
                <InputField binding=retention.clone() label={msg::facility::VIDEO_RETENTION_DAYS}
                    hint={msg::facility::VIDEO_RETENTION_DAYS_HINT} input_mode="numeric"
                    width="app-input--width-5" />
                <InputField binding=reviewed.clone() label={msg::facility::VIDEO_LAST_FOOTAGE_REVIEW}
                    hint={msg::registers::DATE_HINT} input_type="date" width="app-input--width-10" />
            </div>
        </Show>
    }
}
