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
use crate::ui::binding::FieldSource;
use crate::ui::binding::options::{Options, option_names, option_of, option_value};
use crate::ui::components::input_field::InputField;
use crate::ui::components::register_list::RegisterTexts;
use crate::ui::components::select_field::SelectField;

/// What the partner list says.
pub const TEXTS: RegisterTexts = RegisterTexts {
    empty: "partner.empty",
    add: "partner.add",
    unnamed: "partner.unnamed",
    remove: "partner.remove",
    removed: "partner.removed",
};

static ROLES: [(&str, PartnerRole, &str); 7] = [
    ("supplier", PartnerRole::Supplier, "partner.role.supplier"),
    (
        "manufacturer",
        PartnerRole::Manufacturer,
        "partner.role.manufacturer",
    ),
    ("carrier", PartnerRole::Carrier, "partner.role.carrier"),
    (
        "customs-broker",
        PartnerRole::CustomsBroker,
        "partner.role.customs_broker",
    ),
    (
        "consolidator",
        PartnerRole::Consolidator,
        "partner.role.consolidator",
    ),
    (
        "warehouse",
        PartnerRole::Warehouse,
        "partner.role.warehouse",
    ),
    ("other", PartnerRole::Other, "partner.role.other"),
];

static CERTIFICATION: [(&str, CertificationStatus, &str); 3] = [
    (
        "unknown",
        CertificationStatus::Unknown,
        "partner.certification.unknown",
    ),
    (
        "not-certified",
        CertificationStatus::NotCertified,
        "partner.certification.not_certified",
    ),
    (
        "certified",
        CertificationStatus::Certified,
        "partner.certification.certified",
    ),
];

static PROGRAMS: [(&str, AeoProgram, &str); 3] = [
    ("pip", AeoProgram::Pip, "partner.aeo_program.pip"),
    ("oea", AeoProgram::Oea, "partner.aeo_program.oea"),
    (
        "other-aeo",
        AeoProgram::OtherAeo,
        "partner.aeo_program.other_aeo",
    ),
];

static RISKS: [(&str, RiskLevel, &str); 3] = [
    ("low", RiskLevel::Low, "partner.risk.low"),
    ("medium", RiskLevel::Medium, "partner.risk.medium"),
    ("high", RiskLevel::High, "partner.risk.high"),
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
        <InputField binding=name label="partner.name" autocomplete="organization" />
        <InputField binding=country label="partner.country" hint="registers.country_hint" width="app-input--width-3" />
        <SelectField binding=role label="partner.role" options=option_names(&ROLES) blank=true />
        <SelectField binding=ctpat_status label="partner.ctpat_status"
            options=option_names(&CERTIFICATION) />
        <Show when=move || ctpat_certified.get()>
            <div class="app-conditional">
                <InputField binding=ctpat_number.clone() label="partner.ctpat_number"
                    hint="partner.ctpat_number_hint" width="app-input--width-20" />
            </div>
        </Show>
        <SelectField binding=aeo_status label="partner.aeo_status" hint="partner.aeo_status_hint"
            options=option_names(&CERTIFICATION) />
        <Show when=move || aeo_certified.get()>
            <div class="app-conditional">
                <SelectField binding=aeo_program.clone() label="partner.aeo_program"
                    options=option_names(&PROGRAMS) blank=true />
                <InputField binding=aeo_number.clone() label="partner.aeo_number"
                    width="app-input--width-20" />
            </div>
        </Show>
        <InputField binding=screened label="partner.screening_date" hint="registers.date_hint"
            input_type="date" width="app-input--width-10" />
        <SelectField binding=risk label="partner.risk_level" hint="partner.risk_level_hint"
            options=option_names(&RISKS) blank=true />
        <InputField binding=assessed label="partner.last_security_assessment"
            hint="partner.last_security_assessment_hint" input_type="date"
            width="app-input--width-10" />
    }
}
