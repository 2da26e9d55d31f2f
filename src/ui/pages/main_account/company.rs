//! Company information of the main account (Portal "Company Information"): names, telephone,
//! fax, web address, business start date, number of employees, ownership type, brief history.

use leptos::prelude::*;

use super::form_state::FormState;
use crate::domain::Owner;
use crate::domain::model::OwnershipType;
use crate::domain::validation::Scope;
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::ui::components::input_field::InputField;
use crate::ui::components::select_field::SelectField;
use crate::ui::field_id::field_id;

/// Ownership types as the select offers them: value, model value, message key of the name.
const OWNERSHIP_TYPES: [(&str, OwnershipType, MessageKey); 5] = [
    (
        "corporation",
        OwnershipType::Corporation,
        msg::ownership_type::CORPORATION,
    ),
    (
        "limited-liability-company",
        OwnershipType::LimitedLiabilityCompany,
        msg::ownership_type::LIMITED_LIABILITY_COMPANY,
    ),
    (
        "partnership",
        OwnershipType::Partnership,
        msg::ownership_type::PARTNERSHIP,
    ),
    (
        "sole-proprietorship",
        OwnershipType::SoleProprietorship,
        msg::ownership_type::SOLE_PROPRIETORSHIP,
    ),
    ("other", OwnershipType::Other, msg::ownership_type::OTHER),
];

/// Binds a text field of the organization.
macro_rules! organization_text {
    ($form:expr, $path:literal, $field:ident) => {
        $form.text(
            vec![Scope::Organization],
            Owner::Organization.field($path),
            |workspace| workspace.organization.$field.clone(),
            |workspace, text| workspace.organization.$field = text,
        )
    };
}

/// The company information fields.
#[component]
pub fn CompanySection(
    /// The form this section belongs to.
    form: FormState,
) -> impl IntoView {
    let locale = Locale::expect();
    let legal_name = organization_text!(form, "legalName", legal_name);
    let dba = organization_text!(form, "dba", dba);
    let phone = organization_text!(form, "phone", phone);
    let fax = organization_text!(form, "fax", fax);
    let website = organization_text!(form, "website", website);
    let start = organization_text!(form, "businessStartDate", business_start_date);
    let history = organization_text!(form, "briefHistory", brief_history);

    // The number is kept as typed on screen; the model holds it once it is a whole number.
    let employees_path = Owner::Organization.field("numberOfEmployees");
    let employees_text = RwSignal::new(
        form.read(|w| w.organization.number_of_employees)
            .get_untracked()
            .map(|n| n.to_string())
            .unwrap_or_default(),
    );
    let employees_id = field_id(&employees_path);
    let employees_touched = RwSignal::new(false);
    let employees_feedback = form.feedback(
        vec![Scope::Organization],
        &employees_path,
        employees_touched,
    );
    let on_employees = Callback::new(move |text: String| {
        let number = text.trim().parse::<u32>().ok();
        employees_text.set(text);
        form.edit(&employees_path, |w| {
            w.organization.number_of_employees = number
        });
    });

    let ownership_path = Owner::Organization.field("ownershipType");
    let ownership_id = field_id(&ownership_path);
    let ownership_touched = RwSignal::new(false);
    let ownership = form.read(|w| {
        OWNERSHIP_TYPES
            .iter()
            .find(|(_, kind, _)| Some(*kind) == w.organization.ownership_type)
            .map(|(value, _, _)| (*value).to_owned())
            .unwrap_or_default()
    });
    let ownership_feedback = form.feedback(
        vec![Scope::Organization],
        &ownership_path,
        ownership_touched,
    );
    let on_ownership = Callback::new(move |value: String| {
        let chosen = OWNERSHIP_TYPES
            .iter()
            .find(|(option, _, _)| *option == value)
            .map(|(_, kind, _)| *kind);
        ownership_touched.set(true);
        form.edit(&ownership_path, |w| w.organization.ownership_type = chosen);
    });

    view! {
        <section class="app-form-section" aria-labelledby="company-heading">
            <h2 class="app-heading-m" id="company-heading">{move || locale.t(msg::main_account::COMPANY_HEADING)}</h2>
            <InputField id=legal_name.id label={msg::main_account::COMPANY_LEGAL_NAME} value=legal_name.value
                on_input=legal_name.on_input on_blur=legal_name.on_blur feedback=legal_name.feedback
                autocomplete="organization" />
            <InputField id=dba.id label={msg::main_account::COMPANY_DBA} hint={msg::main_account::COMPANY_DBA_HINT} optional=true
                value=dba.value on_input=dba.on_input on_blur=dba.on_blur feedback=dba.feedback />
            <InputField id=phone.id label={msg::main_account::COMPANY_PHONE} hint={msg::main_account::PHONE_HINT}
                value=phone.value on_input=phone.on_input on_blur=phone.on_blur feedback=phone.feedback
                input_type="tel" autocomplete="tel" width="app-input--width-20" />
            <InputField id=fax.id label={msg::main_account::COMPANY_FAX} optional=true
                value=fax.value on_input=fax.on_input on_blur=fax.on_blur feedback=fax.feedback
                input_type="tel" width="app-input--width-20" />
            <InputField id=website.id label={msg::main_account::COMPANY_WEBSITE} optional=true
                hint={msg::main_account::COMPANY_WEBSITE_HINT}
                value=website.value on_input=website.on_input on_blur=website.on_blur feedback=website.feedback
                input_type="url" autocomplete="url" />
            <InputField id=start.id label={msg::main_account::COMPANY_BUSINESS_START_DATE}
                hint={msg::main_account::DATE_HINT} optional=true
                value=start.value on_input=start.on_input on_blur=start.on_blur feedback=start.feedback
                width="app-input--width-10" />
            <InputField id=employees_id label={msg::main_account::COMPANY_EMPLOYEES}
                value=employees_text on_input=on_employees
                on_blur=Callback::new(move |()| employees_touched.set(true))
                feedback=employees_feedback input_mode="numeric" width="app-input--width-5" />
            <SelectField id=ownership_id label={msg::main_account::COMPANY_OWNERSHIP_TYPE}
                options=OWNERSHIP_TYPES.iter().map(|(value, _, name)| (*value, *name)).collect()
                blank=true value=ownership on_change=on_ownership
                on_blur=Callback::new(move |()| ownership_touched.set(true))
                feedback=ownership_feedback />
            <InputField id=history.id label={msg::main_account::COMPANY_BRIEF_HISTORY}
                hint={msg::main_account::COMPANY_BRIEF_HISTORY_HINT} multiline=true
                value=history.value on_input=history.on_input on_blur=history.on_blur feedback=history.feedback />
        </section>
    }
}
