//! Onboarding step 4, and later "add an account": choose the business type, name the account,
//! and give the identifiers that type requires and allows. Each identifier is checked as the
//! user types, with the validation engine's specific message; nothing is added to the
//! workspace until "Continue" finds nothing blocking.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::domain::BusinessType;
use crate::domain::Owner;
use crate::domain::identifiers::{IdentifierKind, IdentifierRules};
use crate::domain::model::{AccountIdentifier, EntityAccount, Workspace};
use crate::domain::validation::{Finding, Scope, check_scope};
use crate::i18n::names;
use crate::i18n::{MessageKey, msg};
use crate::state::clock::today;
use crate::state::item_id::new_item_id;
use crate::state::{Locale, Session};
use crate::ui::binding::{DraftFields, FieldBinding, FieldSource};
use crate::ui::components::error_summary::{ErrorSummary, SummaryEntry};
use crate::ui::components::field_feedback::{Feedback, field_message, finding_text};
use crate::ui::components::identifier_fields::IdentifierFields;
use crate::ui::components::input_field::InputField;
use crate::ui::components::select_field::SelectField;
use crate::ui::components::show::Show;
use crate::ui::field_id::field_id;

/// The id the account carries while it is being filled in; its findings' paths use it.
const DRAFT_ID: &str = "new";

/// The id of the business type list (it has no finding path: the model always has a type).
const BUSINESS_TYPE_ID: &str = "field-accounts-new-businessType";

/// What the error summary lists after "Continue".
#[derive(Debug, Clone, PartialEq, Eq)]
enum Listed {
    /// Nothing: the summary is hidden.
    Nothing,
    /// No business type was chosen (the other fields depend on it).
    NoBusinessType,
    /// The blocking findings of the account.
    Findings(Vec<Finding>),
}

/// What the user has typed so far.
#[derive(Clone, Copy)]
struct Draft {
    business_type: RwSignal<Option<BusinessType>>,
    name: RwSignal<String>,
    values: RwSignal<BTreeMap<IdentifierKind, String>>,
}

impl Draft {
    /// The account as it would be added, under [`DRAFT_ID`], with the identifiers the type
    /// allows that hold something.
    fn account(&self, business_type: BusinessType, allowed: &[IdentifierKind]) -> EntityAccount {
        let mut account = EntityAccount::new(DRAFT_ID, business_type, self.name.get());
        self.values.with(|values| {
            for kind in allowed {
                if let Some(value) = values.get(kind).filter(|v| !v.trim().is_empty()) {
                    account.add_identifier(kind.key(), *kind).value = value.clone();
                }
            }
        });
        account
    }
}

/// The identifier rules of `business_type` for this company (its headquarters country).
fn rules_for(workspace: &Workspace, business_type: BusinessType) -> IdentifierRules {
    let home = workspace.headquarters().map(|a| a.place.country.clone());
    IdentifierRules::for_account(business_type, home.as_deref())
}

/// The new-account form. `on_done` receives the id of the account added; `on_cancel`, when
/// given, offers a way back without adding anything.
#[component]
pub fn NewAccountPage(
    /// Called with the new account's id once it is added.
    #[prop(into)]
    on_done: Callback<String>,
    /// Called when the user cancels; no cancel button without it.
    #[prop(default = None)]
    on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let today = today();
    let draft = Draft {
        business_type: RwSignal::new(None),
        name: RwSignal::new(String::new()),
        values: RwSignal::new(BTreeMap::new()),
    };
    let submitted = RwSignal::new(false);
    // What the summary lists, kept as findings so it follows a language switch.
    let listed = RwSignal::new(Listed::Nothing);
    let summary = Memo::new(move |_| match listed.get() {
        Listed::Nothing => Vec::new(),
        Listed::NoBusinessType => vec![SummaryEntry {
            field_id: BUSINESS_TYPE_ID.to_owned(),
            message: locale.t(msg::new_account::BUSINESS_TYPE_MISSING).to_owned(),
        }],
        Listed::Findings(found) => found
            .iter()
            .map(|f| SummaryEntry {
                field_id: field_id(&f.path),
                message: finding_text(locale, f),
            })
            .collect(),
    });

    let allowed = Memo::new(move |_| {
        let Some(business_type) = draft.business_type.get() else {
            return Vec::new();
        };
        session
            .with_contents(|c| rules_for(&c.workspace, business_type).allowed)
            .unwrap_or_default()
    });
    let required = Memo::new(move |_| {
        let Some(business_type) = draft.business_type.get() else {
            return Vec::new();
        };
        session
            .with_contents(|c| {
                rules_for(&c.workspace, business_type)
                    .required
                    .iter()
                    .flat_map(|r| r.kinds().to_vec())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    // The findings of the account as it would be added, checked against the company's name and
    // headquarters (a MID is built from them; a company in Mexico gives its RFC).
    let findings = Memo::new(move |_| {
        let Some(business_type) = draft.business_type.get() else {
            return Vec::new();
        };
        let account = draft.account(business_type, &allowed.get());
        session
            .with_contents(|c| {
                let mut workspace = Workspace::new();
                workspace.organization = c.workspace.organization.clone();
                workspace.addresses = c.workspace.headquarters().cloned().into_iter().collect();
                workspace.accounts.push(account);
                check_scope(&workspace, &Scope::Account(DRAFT_ID.to_owned()), today)
            })
            .unwrap_or_default()
    });
    let name_fields = DraftFields::new(draft.name, findings, submitted);

    let type_feedback = Signal::derive(move || {
        (submitted.get() && draft.business_type.with(Option::is_none)).then(|| Feedback {
            message: locale.t(msg::new_account::BUSINESS_TYPE_MISSING).to_owned(),
            is_warning: false,
        })
    });
    let type_value = Signal::derive(move || {
        draft
            .business_type
            .get()
            .map(|kind| kind.key().to_owned())
            .unwrap_or_default()
    });
    let on_type = Callback::new(move |value: String| {
        draft.business_type.set(BusinessType::from_key(&value));
    });

    let name = name_fields.bind(
        Owner::Account(DRAFT_ID.to_owned()).field(EntityAccount::NAME),
        String::clone,
        |name, text| *name = text,
    );
    let identifiers_path = Owner::Identifiers {
        account: DRAFT_ID.to_owned(),
    }
    .whole();
    let identifiers_feedback = field_message(
        locale,
        name_fields.finding_at(&identifiers_path),
        RwSignal::new(false),
        submitted,
    );
    let identifier_kinds = Signal::derive(move || {
        required.with(|required| {
            allowed
                .get()
                .into_iter()
                .map(|kind| (kind, required.contains(&kind)))
                .collect::<Vec<_>>()
        })
    });
    let identifier_fields = DraftFields::new(draft.values, findings, submitted);
    let bind_identifier =
        Callback::new(move |kind: IdentifierKind| identifier_binding(identifier_fields, kind));

    let continue_ = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        submitted.set(true);
        let Some(business_type) = draft.business_type.get_untracked() else {
            listed.set(Listed::NoBusinessType);
            return;
        };
        let errors: Vec<Finding> = findings
            .with_untracked(|found| found.iter().filter(|f| f.is_error()).cloned().collect());
        if !errors.is_empty() {
            listed.set(Listed::Findings(errors));
            return;
        }
        listed.set(Listed::Nothing);
        let id = new_item_id("acct");
        let mut draft_account = draft.account(business_type, &allowed.get_untracked());
        draft_account.id = id.clone();
        for identifier in &mut draft_account.identifiers {
            identifier.id = new_item_id("id");
        }
        session.edit(|contents| contents.workspace.accounts.push(draft_account));
        on_done.run(id);
    };

    let type_options: Vec<(&'static str, MessageKey)> = BusinessType::ALL
        .iter()
        .map(|kind| (kind.key(), names::business_type(*kind)))
        .collect();

    view! {
        <div class="app-new-account">
            <ErrorSummary entries=summary />
            <h1 class="app-heading-xl">{move || locale.t(msg::new_account::TITLE)}</h1>
            <p class="app-body-lead">{move || locale.t(msg::new_account::LEAD)}</p>
            <form class="app-form" novalidate=true on:submit=continue_>
                <SelectField id=BUSINESS_TYPE_ID label={msg::new_account::BUSINESS_TYPE}
                    hint={msg::new_account::BUSINESS_TYPE_HINT} options=type_options blank=true
                    value=type_value on_change=on_type
                    feedback=type_feedback />
                <InputField binding=name label={msg::new_account::NAME} hint={msg::new_account::NAME_HINT} />
                <Show when=move || draft.business_type.with(Option::is_some)>
                    <IdentifierFields
                        legend_id=field_id(&identifiers_path)
                        kinds=identifier_kinds
                        list_feedback=identifiers_feedback
                        bind=bind_identifier
                    />
                </Show>
                <div class="app-button-group">
                    <button type="submit" class="app-button">{move || locale.t(msg::form::CONTINUE)}</button>
                    {on_cancel.map(|cancel| view! {
                        <button type="button" class="app-button app-button--secondary"
                            on:click=move |_| cancel.run(())>
                            {move || locale.t(msg::form::CANCEL)}
                        </button>
                    })}
                </div>
            </form>
        </div>
    }
}

/// The field of identifier `kind` in the draft, with its finding as the draft stands.
fn identifier_binding(
    identifiers: DraftFields<BTreeMap<IdentifierKind, String>>,
    kind: IdentifierKind,
) -> FieldBinding<String> {
    // The draft's identifiers are known by their kind until the account is created.
    let path = Owner::Identifier {
        account: DRAFT_ID.to_owned(),
        identifier: kind.key().to_owned(),
    }
    .field(AccountIdentifier::VALUE);
    identifiers.bind(
        path,
        move |values| values.get(&kind).cloned().unwrap_or_default(),
        move |values, text| {
            values.insert(kind, text);
        },
    )
}
