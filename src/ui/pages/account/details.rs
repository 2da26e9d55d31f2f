//! An account's details: its name, the identifiers its business type requires and allows, its
//! status in the C-TPAT lifecycle, its partner anniversary date and last annual review. Every
//! field is saved as the user types and checked by the validation engine (its findings are the
//! workspace's, read from `WorkspaceFindings`); "Save and continue" goes back to the account's
//! task list when nothing blocks, and otherwise shows the error summary linking each problem to
//! its field. The business type is shown, not edited: it decides which criteria were answered.

use leptos::prelude::*;

use super::account_memo;
use super::identifier_places::{field_of_finding, identifier_finding, kind_field_id};
use super::mid_plants::MidPlants;
use super::more_identifiers::MoreIdentifiers;
use crate::domain::Owner;
use crate::domain::identifiers::{IdentifierKind, IdentifierRules};
use crate::domain::model::{AccountIdentifier, AccountStatus, EntityAccount, Workspace};
use crate::domain::validation::{Finding, Scope};
use crate::i18n::msg;
use crate::i18n::names;
use crate::state::item_id::new_item_id;
use crate::state::{Locale, Session, WorkspaceFindings};
use crate::ui::binding::options::{Options, option_names};
use crate::ui::binding::{FieldBinding, FieldSource, Form};
use crate::ui::components::error_summary::{ErrorSummary, SummaryEntry};
use crate::ui::components::field_feedback::{feedback_of, field_message, finding_text};
use crate::ui::components::identifier_fields::IdentifierFields;
use crate::ui::components::input_field::InputField;
use crate::ui::components::select_field::SelectField;
use crate::ui::field_id::field_id;

/// The statuses offered, with their message keys, in lifecycle order.
const STATUSES: &Options<AccountStatus> = &[
    (
        "pre-applicant",
        AccountStatus::PreApplicant,
        msg::account_status::PRE_APPLICANT,
    ),
    (
        "applicant",
        AccountStatus::Applicant,
        msg::account_status::APPLICANT,
    ),
    (
        "approved",
        AccountStatus::Approved,
        msg::account_status::APPROVED,
    ),
    (
        "certified",
        AccountStatus::Certified,
        msg::account_status::CERTIFIED,
    ),
    (
        "rejected",
        AccountStatus::Rejected,
        msg::account_status::REJECTED,
    ),
    (
        "suspended",
        AccountStatus::Suspended,
        msg::account_status::SUSPENDED,
    ),
    (
        "removed",
        AccountStatus::Removed,
        msg::account_status::REMOVED,
    ),
    (
        "withdrawn",
        AccountStatus::Withdrawn,
        msg::account_status::WITHDRAWN,
    ),
];

/// The identifier kinds an account's details offer: those its type allows for this company,
/// then any other kind it holds (from an import, or after the company moved), so nothing it
/// holds is hidden; each with whether it is required.
fn offered_kinds(workspace: &Workspace, account: &EntityAccount) -> Vec<(IdentifierKind, bool)> {
    let home = workspace.headquarters().map(|a| a.place.country.clone());
    let rules = IdentifierRules::for_account(account.business_type, home.as_deref());
    let required = |kind: IdentifierKind| rules.required.iter().any(|r| r.kinds().contains(&kind));
    let mut kinds: Vec<(IdentifierKind, bool)> = rules
        .allowed
        .iter()
        .map(|kind| (*kind, required(*kind)))
        .collect();
    for identifier in &account.identifiers {
        if !kinds.iter().any(|(kind, _)| *kind == identifier.kind) {
            kinds.push((identifier.kind, false));
        }
    }
    kinds
}

/// The details of account `account_id`: name, identifiers, status and anniversary.
#[component]
pub fn AccountDetailsPage(
    /// The entity account edited.
    #[prop(into)]
    account_id: String,
    /// Called to leave the page (back to the account's task list).
    #[prop(into)]
    on_back: Callback<()>,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let findings = WorkspaceFindings::expect();
    let id = StoredValue::new(account_id);
    // Opened from a finding elsewhere (the export screen): every message shows at once.
    let account = Form::new().account(id.get_value());
    let submitted = account.form().submitted;
    let scope = Scope::Account(id.get_value());
    let account_findings = {
        let scope = scope.clone();
        Memo::new(move |_| findings.with(|f| f.in_scope(&scope).to_vec()))
    };
    let header = account.read(|a| Some((a.name.clone(), a.business_type)));
    let path = move |field: &'static str| Owner::Account(id.get_value()).field(field);
    let name = account.bind(
        path(EntityAccount::NAME),
        |a| a.name.clone(),
        |a, text| a.name = text,
    );
    let anniversary = account.bind(
        path(EntityAccount::ANNIVERSARY_DATE),
        |a| a.anniversary_date.clone(),
        |a, text| a.anniversary_date = text,
    );
    let review = account.bind(
        path(EntityAccount::LAST_ANNUAL_REVIEW),
        |a| a.last_annual_review.clone(),
        |a, text| a.last_annual_review = text,
    );
    let status = account
        .bind(
            path(EntityAccount::STATUS),
            |a| Some(a.status),
            |a, status| {
                if let Some(status) = status {
                    a.status = status;
                }
            },
        )
        .chosen_from(STATUSES);

    let identifiers_path = Owner::Identifiers {
        account: id.get_value(),
    }
    .whole();
    let list_feedback = field_message(
        locale,
        account.finding_at(&identifiers_path),
        RwSignal::new(false),
        submitted,
    );
    let kinds = Memo::new(move |_| {
        session
            .with_contents(|c| {
                id.with_value(|id| c.workspace.account(id))
                    .map(|account| offered_kinds(&c.workspace, account))
            })
            .flatten()
            .unwrap_or_default()
    });
    let bind_identifier = Callback::new(move |kind: IdentifierKind| {
        identifier_binding(id, kind, account_findings, locale, submitted.into())
    });
    let more_identifiers = Callback::new(move |kind: IdentifierKind| {
        view! {
            <MoreIdentifiers account_id=id kind=kind account_findings=account_findings
                submitted=submitted />
            {(kind == IdentifierKind::Mid).then(|| view! { <MidPlants account_id=id /> })}
        }
        .into_any()
    });

    let summary_findings = RwSignal::new(Vec::<Finding>::new());
    let summary = Memo::new(move |_| {
        let entries = summary_findings.with(|found| {
            session
                .with_contents(|c| {
                    id.with_value(|id| c.workspace.account(id))?;
                    Some(
                        found
                            .iter()
                            .map(|finding| SummaryEntry {
                                field_id: field_of_finding(&c.workspace, &finding.path),
                                message: finding_text(locale, finding),
                            })
                            .collect::<Vec<_>>(),
                    )
                })
                .flatten()
        });
        entries.unwrap_or_default()
    });
    let save_and_continue = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let errors: Vec<Finding> = account_findings
            .with_untracked(|found| found.iter().filter(|f| f.is_error()).cloned().collect());
        if errors.is_empty() {
            summary_findings.set(Vec::new());
            on_back.run(());
        } else {
            submitted.set(true);
            summary_findings.set(errors);
        }
    };

    view! {
        <div class="app-account-details">
            <ErrorSummary entries=summary />
            <button type="button" class="app-back-link" on:click=move |_| on_back.run(())>
                {move || locale.t(msg::form::BACK)}
            </button>
            <h1 class="app-heading-xl">
                <span class="app-caption">{move || header.get().map(|(name, _)| name)}</span>
                " "
                {move || locale.t(msg::account::SECTION_DETAILS)}
            </h1>
            <p class="app-body-lead">{move || locale.t(msg::account_details::LEAD)}</p>
            <p class="app-body" id="account-details-business-type">
                <strong>{move || locale.t(msg::new_account::BUSINESS_TYPE)}</strong>
                ": "
                {move || header.get().map(|(_, kind)| locale.text(names::business_type(kind)))}
            </p>
            <form class="app-form" novalidate=true on:submit=save_and_continue>
                <InputField binding=name label={msg::new_account::NAME} hint={msg::new_account::NAME_HINT} />
                <IdentifierFields
                    legend_id=field_id(&identifiers_path)
                    kinds=kinds
                    list_feedback=list_feedback
                    bind=bind_identifier
                    more=more_identifiers
                />
                <SelectField binding=status label={msg::account_details::STATUS}
                    hint={msg::account_details::STATUS_HINT} options=option_names(STATUSES) />
                <InputField binding=anniversary label={msg::account_details::ANNIVERSARY}
                    hint={msg::account_details::ANNIVERSARY_HINT} optional=true input_type="date"
                    width="app-input--width-10" />
                <InputField binding=review label={msg::account_details::LAST_REVIEW}
                    hint={msg::account_details::LAST_REVIEW_HINT} optional=true input_type="date"
                    width="app-input--width-10" />
                <div class="app-button-group">
                    <button type="submit" class="app-button">{move || locale.t(msg::account_details::SAVE_AND_CONTINUE)}</button>
                </div>
            </form>
        </div>
    }
}

/// The field of identifiers of `kind`, bound to the first identifier of that kind: typing
/// into an empty field adds one, emptying it removes it (so an optional identifier can be
/// taken back, and a required one is reported missing rather than blank).
fn identifier_binding(
    account_id: StoredValue<String>,
    kind: IdentifierKind,
    account_findings: Memo<Vec<Finding>>,
    locale: Locale,
    submitted: Signal<bool>,
) -> FieldBinding<String> {
    let session = Session::expect();
    let shown = account_memo(account_id, move |account| {
        account
            .identifiers
            .iter()
            .find(|i| i.kind == kind)
            .map(|i| (i.id.clone(), i.value.clone()))
    });
    let on_input = Callback::new(move |text: String| {
        let account = account_id.get_value();
        let existing = shown.get_untracked().map(|(identifier, _)| identifier);
        let identifier = existing.clone().unwrap_or_else(|| new_item_id("id"));
        let path = Owner::Identifier {
            account: account.clone(),
            identifier: identifier.clone(),
        }
        .field(AccountIdentifier::VALUE);
        session.edit_at(&path, |c| {
            let Some(entity) = c.workspace.account_mut(&account) else {
                return;
            };
            if text.trim().is_empty() {
                entity.identifiers.retain(|i| i.id != identifier);
            } else if existing.is_some() {
                if let Some(found) = entity.identifiers.iter_mut().find(|i| i.id == identifier) {
                    found.value = text;
                }
            } else {
                entity.identifiers.push(AccountIdentifier {
                    id: identifier.clone(),
                    kind,
                    value: text,
                    facility_id: None,
                });
            }
        });
    });
    let finding = Signal::derive(move || {
        let identifier = shown.with(|shown| shown.as_ref().map(|(id, _)| id.clone()))?;
        account_findings.with(|found| {
            identifier_finding(found, &account_id.get_value(), &identifier)
                .map(|finding| feedback_of(locale, finding))
        })
    });
    FieldBinding::given(
        kind_field_id(&account_id.get_value(), kind),
        Signal::derive(move || shown.get().map(|(_, value)| value).unwrap_or_default()),
        on_input,
        finding,
        submitted,
    )
}
