//! The business partners register (MSC category 3, Business Partners): who the company works
//! with, what each one does, whether it says it is CTPAT or AEO certified (and its number
//! then), when it was last screened and how risky it is.

use leptos::prelude::*;

use super::list_register;
use super::register_state::{Options, RegisterState, option_names, option_of, option_value};
use super::row::{Revealed, Row};
use crate::domain::model::{
    AeoProgram, BusinessPartner, CertificationStatus, PartnerRole, RiskLevel,
};
use crate::i18n::{MessageKey, msg};
use crate::ui::components::input_field::InputField;
use crate::ui::components::register_list::RegisterTexts;
use crate::ui::components::select_field::SelectField;

/// What the partner list says.
pub const TEXTS: RegisterTexts = RegisterTexts {
    empty: msg::partner::EMPTY,
    add: msg::partner::ADD,
    unnamed: msg::partner::UNNAMED,
    remove: msg::partner::REMOVE,
    removed: msg::partner::REMOVED,
};

static ROLES: [(&str, PartnerRole, MessageKey); 7] = [
    (
        "supplier",
        PartnerRole::Supplier,
        msg::partner::ROLE_SUPPLIER,
    ),
    (
        "manufacturer",
        PartnerRole::Manufacturer,
        msg::partner::ROLE_MANUFACTURER,
    ),
    ("carrier", PartnerRole::Carrier, msg::partner::ROLE_CARRIER),
    (
        "customs-broker",
        PartnerRole::CustomsBroker,
        msg::partner::ROLE_CUSTOMS_BROKER,
    ),
    (
        "consolidator",
        PartnerRole::Consolidator,
        msg::partner::ROLE_CONSOLIDATOR,
    ),
    (
        "warehouse",
        PartnerRole::Warehouse,
        msg::partner::ROLE_WAREHOUSE,
    ),
    ("other", PartnerRole::Other, msg::partner::ROLE_OTHER),
];

static CERTIFICATION: [(&str, CertificationStatus, MessageKey); 3] = [
    (
        "unknown",
        CertificationStatus::Unknown,
        msg::partner::CERTIFICATION_UNKNOWN,
    ),
    (
        "not-certified",
        CertificationStatus::NotCertified,
        msg::partner::CERTIFICATION_NOT_CERTIFIED,
    ),
    (
        "certified",
        CertificationStatus::Certified,
        msg::partner::CERTIFICATION_CERTIFIED,
    ),
];

static PROGRAMS: [(&str, AeoProgram, MessageKey); 3] = [
    ("pip", AeoProgram::Pip, msg::partner::AEO_PROGRAM_PIP),
    ("oea", AeoProgram::Oea, msg::partner::AEO_PROGRAM_OEA),
    (
        "other-aeo",
        AeoProgram::OtherAeo,
        msg::partner::AEO_PROGRAM_OTHER_AEO,
    ),
];

static RISKS: [(&str, RiskLevel, MessageKey); 3] = [
    ("low", RiskLevel::Low, msg::partner::RISK_LOW),
    ("medium", RiskLevel::Medium, msg::partner::RISK_MEDIUM),
    ("high", RiskLevel::High, msg::partner::RISK_HIGH),
];

fn status_of(options: &Options<CertificationStatus>, page: &str) -> CertificationStatus {
    option_of(options, page).unwrap_or_default()
}

/// Every partner, the empty state and the add button.
#[component]
pub fn PartnersRegister(
    /// The page's state.
    state: RegisterState,
) -> impl IntoView {
    list_register::<BusinessPartner>(state, TEXTS, "name", |row| {
        view! { <PartnerFields row=row /> }.into_any()
    })
}

/// One partner's fields; the certificate numbers appear only for a certified partner.
#[component]
fn PartnerFields(row: Row<BusinessPartner>) -> impl IntoView {
    let name = row.text("name", |p| &p.name, |p| &mut p.name);
    let country = row.text("country", |p| &p.country, |p| &mut p.country);
    let role = row.choice(
        "role",
        |p| option_value(&ROLES, p.role),
        |p, value| p.role = option_of(&ROLES, value),
    );
    let ctpat_status = row.revealing_choice(
        "ctpatStatus",
        |p| option_value(&CERTIFICATION, Some(p.ctpat_status)),
        |p, value| {
            p.ctpat_status = status_of(&CERTIFICATION, value);
            if p.ctpat_status != CertificationStatus::Certified {
                p.ctpat_number.clear();
            }
        },
        Some(Revealed {
            shown: |p| p.ctpat_status == CertificationStatus::Certified,
            restore: |p, before| p.ctpat_number.clone_from(&before.ctpat_number),
        }),
    );
    let ctpat_number = row.text("ctpatNumber", |p| &p.ctpat_number, |p| &mut p.ctpat_number);
    let aeo_status = row.revealing_choice(
        "aeoStatus",
        |p| option_value(&CERTIFICATION, Some(p.aeo_status)),
        |p, value| {
            p.aeo_status = status_of(&CERTIFICATION, value);
            if p.aeo_status != CertificationStatus::Certified {
                p.aeo_program = None;
                p.aeo_number.clear();
            }
        },
        Some(Revealed {
            shown: |p| p.aeo_status == CertificationStatus::Certified,
            restore: |p, before| {
                p.aeo_program = before.aeo_program;
                p.aeo_number.clone_from(&before.aeo_number);
            },
        }),
    );
    let aeo_program = row.choice(
        "aeoProgram",
        |p| option_value(&PROGRAMS, p.aeo_program),
        |p, value| p.aeo_program = option_of(&PROGRAMS, value),
    );
    let aeo_number = row.text("aeoNumber", |p| &p.aeo_number, |p| &mut p.aeo_number);
    let screened = row.text(
        "screeningDate",
        |p| &p.screening_date,
        |p| &mut p.screening_date,
    );
    let risk = row.choice(
        "riskLevel",
        |p| option_value(&RISKS, p.risk_level),
        |p, value| p.risk_level = option_of(&RISKS, value),
    );
    let assessed = row.text(
        "lastSecurityAssessment",
        |p| &p.last_security_assessment,
        |p| &mut p.last_security_assessment,
    );
    let ctpat_certified = row.read(|p| p.ctpat_status == CertificationStatus::Certified);
    let aeo_certified = row.read(|p| p.aeo_status == CertificationStatus::Certified);

    view! {
        <InputField id=name.id label={msg::partner::NAME} value=name.value on_input=name.on_input
            on_blur=name.on_blur feedback=name.feedback autocomplete="organization" />
        <InputField id=country.id label={msg::partner::COUNTRY} hint={msg::registers::COUNTRY_HINT}
            value=country.value on_input=country.on_input on_blur=country.on_blur
            feedback=country.feedback width="app-input--width-3" />
        <SelectField id=role.id label={msg::partner::ROLE} options=option_names(&ROLES) blank=true
            value=role.value on_change=role.on_change on_blur=role.on_blur feedback=role.feedback />
        <SelectField id=ctpat_status.id label={msg::partner::CTPAT_STATUS}
            options=option_names(&CERTIFICATION) value=ctpat_status.value
            on_change=ctpat_status.on_change on_blur=ctpat_status.on_blur
            feedback=ctpat_status.feedback />
        <Show when=move || ctpat_certified.get()>
            <div class="app-conditional">
                <InputField id=ctpat_number.id.clone() label={msg::partner::CTPAT_NUMBER}
                    hint={msg::partner::CTPAT_NUMBER_HINT} value=ctpat_number.value
                    on_input=ctpat_number.on_input on_blur=ctpat_number.on_blur
                    feedback=ctpat_number.feedback width="app-input--width-20" />
            </div>
        </Show>
        <SelectField id=aeo_status.id label={msg::partner::AEO_STATUS} hint={msg::partner::AEO_STATUS_HINT}
            options=option_names(&CERTIFICATION) value=aeo_status.value
            on_change=aeo_status.on_change on_blur=aeo_status.on_blur
            feedback=aeo_status.feedback />
        <Show when=move || aeo_certified.get()>
            <div class="app-conditional">
                <SelectField id=aeo_program.id.clone() label={msg::partner::AEO_PROGRAM}
                    options=option_names(&PROGRAMS) blank=true value=aeo_program.value
                    on_change=aeo_program.on_change on_blur=aeo_program.on_blur
                    feedback=aeo_program.feedback />
                <InputField id=aeo_number.id.clone() label={msg::partner::AEO_NUMBER}
                    value=aeo_number.value on_input=aeo_number.on_input
                    on_blur=aeo_number.on_blur feedback=aeo_number.feedback
                    width="app-input--width-20" />
            </div>
        </Show>
        <InputField id=screened.id label={msg::partner::SCREENING_DATE} hint={msg::registers::DATE_HINT}
            input_type="date" width="app-input--width-10" value=screened.value
            on_input=screened.on_input on_blur=screened.on_blur feedback=screened.feedback />
        <SelectField id=risk.id label={msg::partner::RISK_LEVEL} hint={msg::partner::RISK_LEVEL_HINT}
            options=option_names(&RISKS) blank=true value=risk.value on_change=risk.on_change
            on_blur=risk.on_blur feedback=risk.feedback />
        <InputField id=assessed.id label={msg::partner::LAST_SECURITY_ASSESSMENT}
            hint={msg::partner::LAST_SECURITY_ASSESSMENT_HINT} input_type="date"
            width="app-input--width-10" value=assessed.value on_input=assessed.on_input
            on_blur=assessed.on_blur feedback=assessed.feedback />
    }
}
