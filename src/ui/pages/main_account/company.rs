//! Company information of the main account (Portal "Company Information"): names, telephone,
//! fax, web address, business start date, number of employees, ownership type, brief history.

use leptos::prelude::*;

use crate::domain::Owner;
use crate::domain::model::{OwnershipType, TradeOrganization, Workspace};
use crate::domain::validation::Scope;
use crate::i18n::msg;
use crate::state::Locale;
use crate::ui::binding::options::{Options, option_names};
use crate::ui::binding::{FieldBinding, FieldSource, Form, WorkspaceFields};
use crate::ui::components::input_field::InputField;
use crate::ui::components::select_field::SelectField;

/// Ownership types as the select offers them: value, model value, message key of the name.
const OWNERSHIP_TYPES: &Options<OwnershipType> = &[
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

/// Binds the organization's text field `name`, read with `get` and written through `set`.
fn organization_text(
    fields: &WorkspaceFields,
    name: &'static str,
    get: fn(&TradeOrganization) -> &String,
    set: fn(&mut TradeOrganization) -> &mut String,
) -> FieldBinding<String> {
    fields.bind(
        Owner::Organization.field(name),
        move |workspace: &Workspace| get(&workspace.organization).clone(),
        move |workspace, text| *set(&mut workspace.organization) = text,
    )
}

/// The company information fields.
#[component]
pub fn CompanySection(
    /// The form this section belongs to.
    form: Form,
) -> impl IntoView {
    let locale = Locale::expect();
    let fields = form.in_scopes(vec![Scope::Organization]);
    let legal_name = organization_text(
        &fields,
        TradeOrganization::LEGAL_NAME,
        |o| &o.legal_name,
        |o| &mut o.legal_name,
    );
    let dba = organization_text(&fields, TradeOrganization::DBA, |o| &o.dba, |o| &mut o.dba);
    let phone = organization_text(
        &fields,
        TradeOrganization::PHONE,
        |o| &o.phone,
        |o| &mut o.phone,
    );
    let fax = organization_text(&fields, TradeOrganization::FAX, |o| &o.fax, |o| &mut o.fax);
    let website = organization_text(
        &fields,
        TradeOrganization::WEBSITE,
        |o| &o.website,
        |o| &mut o.website,
    );
    let start = organization_text(
        &fields,
        TradeOrganization::BUSINESS_START_DATE,
        |o| &o.business_start_date,
        |o| &mut o.business_start_date,
    );
    let history = organization_text(
        &fields,
        TradeOrganization::BRIEF_HISTORY,
        |o| &o.brief_history,
        |o| &mut o.brief_history,
    );
    let employees = fields
        .bind(
            Owner::Organization.field(TradeOrganization::NUMBER_OF_EMPLOYEES),
            |workspace| workspace.organization.number_of_employees,
            |workspace, number| workspace.organization.number_of_employees = number,
        )
        .as_typed();
    let ownership = fields
        .bind(
            Owner::Organization.field(TradeOrganization::OWNERSHIP_TYPE),
            |workspace| workspace.organization.ownership_type,
            |workspace, kind| workspace.organization.ownership_type = kind,
        )
        .chosen_from(OWNERSHIP_TYPES)
        .shown_on_change();

    view! {
        <section class="app-form-section" aria-labelledby="company-heading">
            <h2 class="app-heading-m" id="company-heading">{move || locale.t(msg::main_account::COMPANY_HEADING)}</h2>
            <InputField binding=legal_name label={msg::main_account::COMPANY_LEGAL_NAME}
                autocomplete="organization" />
            <InputField binding=dba label={msg::main_account::COMPANY_DBA} hint={msg::main_account::COMPANY_DBA_HINT} optional=true />
            <InputField binding=phone label={msg::main_account::COMPANY_PHONE} hint={msg::main_account::PHONE_HINT}
                input_type="tel" autocomplete="tel" width="app-input--width-20" />
            <InputField binding=fax label={msg::main_account::COMPANY_FAX} optional=true
                input_type="tel" width="app-input--width-20" />
            <InputField binding=website label={msg::main_account::COMPANY_WEBSITE} optional=true
                hint={msg::main_account::COMPANY_WEBSITE_HINT}
                input_type="url" autocomplete="url" />
            <InputField binding=start label={msg::main_account::COMPANY_BUSINESS_START_DATE}
                hint={msg::main_account::DATE_HINT} optional=true
                width="app-input--width-10" />
            <InputField binding=employees label={msg::main_account::COMPANY_EMPLOYEES}
                input_mode="numeric" width="app-input--width-5" />
            <SelectField binding=ownership label={msg::main_account::COMPANY_OWNERSHIP_TYPE}
                options=option_names(OWNERSHIP_TYPES) blank=true />
            <InputField binding=history label={msg::main_account::COMPANY_BRIEF_HISTORY}
                hint={msg::main_account::COMPANY_BRIEF_HISTORY_HINT} multiline=true />
        </section>
    }
}
