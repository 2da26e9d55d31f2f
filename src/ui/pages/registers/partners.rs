//! The business partners register (MSC category 3, Business Partners): who the company works
//! with, what each one does, whether it says it is CTPAT or AEO certified (and its number
//! then), when it was last screened and how risky it is.

use leptos::prelude::*;

use super::list_register;
use super::register_state::RegisterState;
use super::row::{Revealed, Row};
use crate::domain::model::{
    AeoProgram, BusinessPartner, CertificationStatus, PartnerRole, RiskLevel,
};
use crate::i18n::{MessageKey, msg};
use crate::ui::binding::FieldSource;
use crate::ui::binding::options::{Options, option_names, option_of, option_value};
use crate::ui::components::input_field::InputField;
use crate::ui::components::register_list::RegisterTexts;
use crate::ui::components::select_field::SelectField;
use crate::ui::components::show::Show;

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
    list_register::<BusinessPartner>(state, TEXTS, BusinessPartner::NAME, |row| {
        view! { <PartnerFields row=row /> }.into_any()
    })
}

/// One partner's fields; the certificate numbers appear only for a certified partner.
#[component]
fn PartnerFields(row: Row<BusinessPartner>) -> impl IntoView {
    let name = row.text(BusinessPartner::NAME, |p| &p.name, |p| &mut p.name);
    let country = row.text(BusinessPartner::COUNTRY, |p| &p.country, |p| &mut p.country);
    let role = row.choice(
        BusinessPartner::ROLE,
        |p| option_value(&ROLES, p.role),
        |p, value| p.role = option_of(&ROLES, value),
    );
    let ctpat_status = row.revealing_choice(
        BusinessPartner::CTPAT_STATUS,
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
    let ctpat_number = row.text(
        BusinessPartner::CTPAT_NUMBER,
        |p| &p.ctpat_number,
        |p| &mut p.ctpat_number,
    );
    let aeo_status = row.revealing_choice(
        BusinessPartner::AEO_STATUS,
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
        BusinessPartner::AEO_PROGRAM,
        |p| option_value(&PROGRAMS, p.aeo_program),
        |p, value| p.aeo_program = option_of(&PROGRAMS, value),
    );
    let aeo_number = row.text(
        BusinessPartner::AEO_NUMBER,
        |p| &p.aeo_number,
        |p| &mut p.aeo_number,
    );
    let screened = row.text(
        BusinessPartner::SCREENING_DATE,
        |p| &p.screening_date,
        |p| &mut p.screening_date,
    );
    let risk = row.choice(
        BusinessPartner::RISK_LEVEL,
        |p| option_value(&RISKS, p.risk_level),
        |p, value| p.risk_level = option_of(&RISKS, value),
    );
    let assessed = row.text(
        BusinessPartner::LAST_SECURITY_ASSESSMENT,
        |p| &p.last_security_assessment,
        |p| &mut p.last_security_assessment,
    );
    let ctpat_certified = row.read(|p| p.ctpat_status == CertificationStatus::Certified);
    let aeo_certified = row.read(|p| p.aeo_status == CertificationStatus::Certified);

    view! {
        <InputField binding=name label={msg::partner::NAME} autocomplete="organization" />
        <InputField binding=country label={msg::partner::COUNTRY} hint={msg::registers::COUNTRY_HINT} width="app-input--width-3" />
        <SelectField binding=role label={msg::partner::ROLE} options=option_names(&ROLES) blank=true />
        <SelectField binding=ctpat_status label={msg::partner::CTPAT_STATUS}
            options=option_names(&CERTIFICATION) />
        <Show when=move || ctpat_certified.get()>
            <div class="app-conditional">
                <InputField binding=ctpat_number.clone() label={msg::partner::CTPAT_NUMBER}
                    hint={msg::partner::CTPAT_NUMBER_HINT} width="app-input--width-20" />
            </div>
        </Show>
        <SelectField binding=aeo_status label={msg::partner::AEO_STATUS} hint={msg::partner::AEO_STATUS_HINT}
            options=option_names(&CERTIFICATION) />
        <Show when=move || aeo_certified.get()>
            <div class="app-conditional">
                <SelectField binding=aeo_program.clone() label={msg::partner::AEO_PROGRAM}
                    options=option_names(&PROGRAMS) blank=true />
                <InputField binding=aeo_number.clone() label={msg::partner::AEO_NUMBER}
                    width="app-input--width-20" />
            </div>
        </Show>
        <InputField binding=screened label={msg::partner::SCREENING_DATE} hint={msg::registers::DATE_HINT}
            input_type="date" width="app-input--width-10" />
        <SelectField binding=risk label={msg::partner::RISK_LEVEL} hint={msg::partner::RISK_LEVEL_HINT}
            options=option_names(&RISKS) blank=true />
        <InputField binding=assessed label={msg::partner::LAST_SECURITY_ASSESSMENT}
            hint={msg::partner::LAST_SECURITY_ASSESSMENT_HINT} input_type="date"
            width="app-input--width-10" />
    }
}
