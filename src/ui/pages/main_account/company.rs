//! Company information of the main account (Portal "Company Information"): names, telephone,
//! fax, web address, business start date, number of employees, ownership type, brief history.

use leptos::prelude::*;

use crate::domain::Owner;
use crate::domain::model::{OwnershipType, TradeOrganization, Workspace};
use crate::domain::validation::Scope;
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
        "ownership_type.corporation",
    ),
    (
        "limited-liability-company",
        OwnershipType::LimitedLiabilityCompany,
        "ownership_type.limited_liability_company",
    ),
    (
        "partnership",
        OwnershipType::Partnership,
        "ownership_type.partnership",
    ),
    (
        "sole-proprietorship",
        OwnershipType::SoleProprietorship,
        "ownership_type.sole_proprietorship",
    ),
    ("other", OwnershipType::Other, "ownership_type.other"),
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
        "legalName",
        |o| &o.legal_name,
        |o| &mut o.legal_name,
    );
    let dba = organization_text(&fields, "dba", |o| &o.dba, |o| &mut o.dba);
    let phone = organization_text(&fields, "phone", |o| &o.phone, |o| &mut o.phone);
    let fax = organization_text(&fields, "fax", |o| &o.fax, |o| &mut o.fax);
    let website = organization_text(&fields, "website", |o| &o.website, |o| &mut o.website);
    let start = organization_text(
        &fields,
        "businessStartDate",
        |o| &o.business_start_date,
        |o| &mut o.business_start_date,
    );
    let history = organization_text(
        &fields,
        "briefHistory",
        |o| &o.brief_history,
        |o| &mut o.brief_history,
    );
    let employees = fields
        .bind(
            Owner::Organization.field("numberOfEmployees"),
            |workspace| workspace.organization.number_of_employees,
            |workspace, number| workspace.organization.number_of_employees = number,
        )
        .as_typed();
    let ownership = fields
        .bind(
            Owner::Organization.field("ownershipType"),
            |workspace| workspace.organization.ownership_type,
            |workspace, kind| workspace.organization.ownership_type = kind,
        )
        .chosen_from(OWNERSHIP_TYPES)
        .shown_on_change();

    view! {
        <section class="app-form-section" aria-labelledby="company-heading">
            <h2 class="app-heading-m" id="company-heading">{move || locale.t("main_account.company.heading")}</h2>
            <InputField binding=legal_name label="main_account.company.legal_name"
                autocomplete="organization" />
            <InputField binding=dba label="main_account.company.dba" hint="main_account.company.dba_hint" optional=true />
            <InputField binding=phone label="main_account.company.phone" hint="main_account.phone_hint"
                input_type="tel" autocomplete="tel" width="app-input--width-20" />
            <InputField binding=fax label="main_account.company.fax" optional=true
                input_type="tel" width="app-input--width-20" />
            <InputField binding=website label="main_account.company.website" optional=true
                hint="main_account.company.website_hint"
                input_type="url" autocomplete="url" />
            <InputField binding=start label="main_account.company.business_start_date"
                hint="main_account.date_hint" optional=true
                width="app-input--width-10" />
            <InputField binding=employees label="main_account.company.employees"
                input_mode="numeric" width="app-input--width-5" />
            <SelectField binding=ownership label="main_account.company.ownership_type"
                options=option_names(OWNERSHIP_TYPES) blank=true />
            <InputField binding=history label="main_account.company.brief_history"
                hint="main_account.company.brief_history_hint" multiline=true />
        </section>
    }
}
