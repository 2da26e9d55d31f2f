//! "Check your answers" for one entity account (GOV.UK pattern): every section of the account
//! as a summary list with a "Change" button back to that section, the errors still to fix in
//! each section linked to their fields, and the account's dated gap report, which is what the
//! page prints ("Print gap report": the print stylesheet drops the navigation and buttons).
//!
//! Everything shown comes from the workspace and the validation engine's findings; what the
//! user typed is only ever rendered as text.

mod gap_report;

use leptos::prelude::*;

use crate::domain::catalogue::catalogue;
use crate::domain::model::date::format_iso_date;
use crate::domain::model::{AnswerStatus, EntityAccount};
use crate::domain::validation::{Finding, GapReport, Section, account_sections};
use crate::i18n::identifiers::identifier_label;
use crate::i18n::names;
use crate::i18n::{MessageKey, msg};
use crate::state::clock::today;
use crate::state::{Locale, Navigation, Screen, Session, WorkspaceFindings};
use crate::ui::components::finding_link::FindingLink;
use crate::ui::components::task_list::section_name;
use gap_report::GapReportView;

/// What the page shows, read once per change of the workspace or its findings.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Review {
    account: EntityAccount,
    /// The main account's legal name, which the printed report carries.
    company: String,
    /// The account's sections in task-list order.
    sections: Vec<Section>,
    report: GapReport,
    /// The day the report is prepared, ISO `YYYY-MM-DD`.
    prepared_on: String,
}

/// The message key of an answer's status, in words ("Not answered" for none).
fn status_key(status: Option<AnswerStatus>) -> MessageKey {
    status.map_or(msg::check_answers::NOT_ANSWERED, names::answer_status)
}

/// `text` trimmed, or "Not given" when empty.
fn or_not_given(locale: Locale, text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        locale.t(msg::check_answers::NOT_GIVEN).to_owned()
    } else {
        text.to_owned()
    }
}

/// Check your answers of account `account_id`.
#[component]
pub fn CheckAnswersPage(
    /// The entity account reviewed.
    #[prop(into)]
    account_id: String,
) -> impl IntoView {
    let locale = Locale::expect();
    let navigation = Navigation::expect();
    let session = Session::expect();
    let findings = WorkspaceFindings::expect();
    let id = StoredValue::new(account_id);
    let review = Memo::new(move |_| {
        let account_id = id.get_value();
        findings.with(|findings| {
            session
                .with_contents(|contents| {
                    let workspace = &contents.workspace;
                    let account = workspace.account(&account_id)?;
                    Some(Review {
                        account: account.clone(),
                        company: workspace.organization.legal_name.trim().to_owned(),
                        sections: account_sections(account, findings)
                            .into_iter()
                            .map(|(section, _)| section)
                            .collect(),
                        report: GapReport::of(workspace, findings, &account_id)?,
                        prepared_on: format_iso_date(today()),
                    })
                })
                .flatten()
        })
    });
    let back = move |_| navigation.go(Screen::Account(id.get_value()));
    let body = move || {
        match review.get() {
        None => view! {
            <p class="app-body" id="check-answers-not-found">{locale.t(msg::check_answers::NOT_FOUND)}</p>
        }
        .into_any(),
        Some(review) => review_view(locale, review).into_any(),
    }
    };
    view! {
        <div class="app-check-answers">
            <button type="button" class="app-back-link app-check-answers__back" on:click=back>
                {move || locale.t(msg::form::BACK)}
            </button>
            {body}
        </div>
    }
}

/// The page for one account, in the current language (re-rendered when it changes).
fn review_view(locale: Locale, review: Review) -> impl IntoView {
    let errors = review.report.error_count();
    let main_errors: Vec<Finding> = review
        .report
        .missing
        .iter()
        .filter(|(section, _)| section.is_main_account())
        .flat_map(|(_, found)| found.iter().cloned())
        .collect();
    let sections = review
        .sections
        .iter()
        .map(|section| {
            let found: Vec<Finding> = review
                .report
                .missing
                .iter()
                .filter(|(s, _)| s == section)
                .flat_map(|(_, found)| found.iter().cloned())
                .collect();
            section_view(locale, &review.account, *section, found)
        })
        .collect_view();
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <h1 class="app-heading-xl" id="check-answers-title">
            <span class="app-caption">
                {locale.text(names::business_type(review.account.business_type))}
            </span>
            " "
            {locale.format(msg::check_answers::TITLE, &[("account", &review.account.name)])}
        </h1>
        <p class="app-body-lead">{locale.t(msg::check_answers::LEAD)}</p>
        {if errors > 0 {
            view! {
                <div class="app-notification app-notification--warning" id="check-answers-blocking">
                    <p class="app-body">
                        {locale.format(msg::check_answers::BLOCKING, &[("count", &errors.to_string())])}
                    </p>
                </div>
            }
            .into_any()
        } else {
            view! { <p class="app-body" id="check-answers-ready">{locale.t(msg::check_answers::READY)}</p> }
                .into_any()
        }}
        <div class="app-button-group app-check-answers__actions">
            <button type="button" class="app-button app-button--secondary" id="print-gap-report" on:click=print>
                {locale.t(msg::check_answers::PRINT)}
            </button>
        </div>
        {(!main_errors.is_empty()).then(|| view! {
            <section class="app-check-answers__section" aria-labelledby="check-main-account-heading">
                <h2 class="app-heading-m" id="check-main-account-heading">{locale.t(msg::check_answers::MAIN_ACCOUNT_ERRORS)}</h2>
                <ErrorList findings=main_errors />
            </section>
        })}
        {sections}
        <GapReportView
            account=review.account.name.clone()
            company=review.company.clone()
            prepared_on=review.prepared_on.clone()
            report=review.report.clone()
        />
    }
}

/// The errors of one section, each linked to its field.
#[component]
fn ErrorList(findings: Vec<Finding>) -> impl IntoView {
    view! {
        <ul class="app-check-answers__errors">
            {findings
                .into_iter()
                .map(|finding| view! { <li><FindingLink finding=finding /></li> })
                .collect_view()}
        </ul>
    }
}

/// One section: its heading, its "Change" button, its errors and its summary list.
fn section_view(
    locale: Locale,
    account: &EntityAccount,
    section: Section,
    errors: Vec<Finding>,
) -> impl IntoView + use<> {
    let navigation = Navigation::expect();
    let name = section_name(locale, section);
    let key = section.key();
    let heading_id = format!("check-{key}-heading");
    let labelled_by = heading_id.clone();
    let target = Screen::AccountSection(account.id.clone(), section);
    let rows = summary_rows(locale, account, section);
    let has_errors = !errors.is_empty();
    view! {
        <section class="app-check-answers__section" id=format!("check-{key}") aria-labelledby=labelled_by>
            <div class="app-check-answers__header">
                <h2 class="app-heading-m app-check-answers__title" id=heading_id>{name.clone()}</h2>
                <button type="button" class="app-link-button app-check-answers__change"
                    on:click=move |_| navigation.go(target.clone())>
                    {locale.t(msg::check_answers::CHANGE)}
                    <span class="app-visually-hidden">" " {name}</span>
                </button>
            </div>
            {has_errors.then(|| view! {
                <div class="app-check-answers__problems">
                    <h3 class="app-heading-s">{locale.t(msg::check_answers::SECTION_ERRORS)}</h3>
                    <ErrorList findings=errors />
                </div>
            })}
            <dl class="app-summary-list">
                {rows
                    .into_iter()
                    .map(|(key, value)| view! {
                        <div class="app-summary-list__row">
                            <dt class="app-summary-list__key">{key}</dt>
                            <dd class="app-summary-list__value">{value}</dd>
                        </div>
                    })
                    .collect_view()}
            </dl>
        </section>
    }
}

/// A row's value: one or more lines, each shown as text.
type Lines = Vec<String>;

/// The rows of a section's summary list: a key and the lines of its value.
fn summary_rows(
    locale: Locale,
    account: &EntityAccount,
    section: Section,
) -> Vec<(String, AnyView)> {
    // A value of one line is its text alone: the registers' rows are all one line, and
    // thousands of them make this page, so an element less per row is felt when it opens.
    let lines = |mut lines: Lines| -> AnyView {
        if lines.len() == 1 {
            return lines.remove(0).into_any();
        }
        lines
            .into_iter()
            .map(|line| view! { <span class="app-summary-list__line">{line}</span> })
            .collect_view()
            .into_any()
    };
    let row = |key: &str, value: Lines| (key.to_owned(), lines(value));
    let profile = &account.profile;
    let none = || vec![row(locale.t(msg::check_answers::NONE_RECORDED), Vec::new())];
    let name_or_unnamed = |name: &str| {
        if name.trim().is_empty() {
            locale.t(msg::check_answers::UNNAMED).to_owned()
        } else {
            name.trim().to_owned()
        }
    };
    let yes_no = |value: bool| {
        locale
            .t(if value {
                msg::check_answers::YES
            } else {
                msg::check_answers::NO
            })
            .to_owned()
    };
    match section {
        Section::AccountDetails => {
            let mut rows = vec![
                row(
                    locale.t(msg::check_answers::ACCOUNT_NAME),
                    vec![or_not_given(locale, &account.name)],
                ),
                row(
                    locale.t(msg::check_answers::BUSINESS_TYPE),
                    vec![locale.text(names::business_type(account.business_type))],
                ),
            ];
            if account.identifiers.is_empty() {
                rows.push(row(
                    locale.t(msg::check_answers::IDENTIFIERS),
                    vec![locale.t(msg::check_answers::NOT_GIVEN).to_owned()],
                ));
            }
            rows.extend(account.identifiers.iter().map(|identifier| {
                row(
                    &locale.text(identifier_label(identifier.kind)),
                    vec![or_not_given(locale, &identifier.value)],
                )
            }));
            rows
        }
        Section::Criteria(category) => catalogue()
            .in_category(category)
            .iter()
            .filter(|criterion| criterion.applies_to(account.business_type))
            .map(|criterion| {
                let id = criterion.id().to_string();
                let answer = profile.answers.get(&id).cloned().unwrap_or_default();
                let mark = criterion.requirement().name(locale.language());
                let mut value = vec![locale.t(status_key(answer.status)).to_owned()];
                if criterion.applicability_inferred_for(account.business_type) {
                    value.push(locale.t(msg::check_answers::INFERRED).to_owned());
                }
                match answer.status {
                    Some(AnswerStatus::NotApplicable) => {
                        value.push(or_not_given(locale, &answer.not_applicable_justification));
                    }
                    _ => value.push(or_not_given(locale, &answer.narrative)),
                }
                let open = matches!(
                    answer.status,
                    Some(AnswerStatus::PartiallyImplemented | AnswerStatus::NotImplemented)
                );
                if open || !answer.planned_date.trim().is_empty() {
                    value.push(locale.format(
                        msg::check_answers::PLANNED,
                        &[("date", &or_not_given(locale, &answer.planned_date))],
                    ));
                }
                value.push(locale.format(
                    msg::check_answers::RESPONSIBLE,
                    &[("person", &or_not_given(locale, &answer.responsible_person))],
                ));
                value.push(locale.format(
                    msg::check_answers::EVIDENCE_COUNT,
                    &[("count", &answer.evidence.len().to_string())],
                ));
                (format!("{id} ({mark})"), lines(value))
            })
            .collect(),
        Section::BusinessPartners if profile.partners.is_empty() => none(),
        Section::BusinessPartners => profile
            .partners
            .iter()
            .map(|partner| {
                let details = locale.format(
                    msg::check_answers::ROW_SCREENED,
                    &[
                        ("country", &or_not_given(locale, &partner.country)),
                        ("date", &or_not_given(locale, &partner.screening_date)),
                    ],
                );
                row(&name_or_unnamed(&partner.name), vec![details])
            })
            .collect(),
        Section::Facilities if profile.facilities.is_empty() => none(),
        Section::Facilities => profile
            .facilities
            .iter()
            .map(|facility| {
                let place = locale.format(
                    msg::check_answers::ROW_PLACE,
                    &[
                        ("city", &or_not_given(locale, &facility.address.city)),
                        ("country", facility.address.country.trim()),
                    ],
                );
                row(&name_or_unnamed(&facility.name), vec![place])
            })
            .collect(),
        Section::PersonnelScreening => {
            let policy = &profile.personnel_screening;
            let interval = policy.rescreening_interval_months.map_or_else(
                || locale.t(msg::check_answers::NOT_GIVEN).to_owned(),
                |months| {
                    locale.format(
                        msg::check_answers::SCREENING_MONTHS,
                        &[("months", &months.to_string())],
                    )
                },
            );
            vec![
                row(
                    locale.t(msg::check_answers::SCREENING_WRITTEN_POLICY),
                    vec![yes_no(policy.written_policy)],
                ),
                row(
                    locale.t(msg::check_answers::SCREENING_BACKGROUND_CHECKS),
                    vec![yes_no(policy.background_checks)],
                ),
                row(
                    locale.t(msg::check_answers::SCREENING_RESCREENING),
                    vec![interval],
                ),
                row(
                    locale.t(msg::check_answers::SCREENING_DESCRIPTION),
                    vec![or_not_given(locale, &policy.description)],
                ),
            ]
        }
        Section::Training if profile.training.is_empty() => none(),
        Section::Training => profile
            .training
            .iter()
            .map(|record| {
                let details = locale.format(
                    msg::check_answers::ROW_TRAINING,
                    &[
                        ("topic", &or_not_given(locale, &record.topic)),
                        ("audience", &or_not_given(locale, &record.audience)),
                        ("count", &record.evidence.len().to_string()),
                    ],
                );
                row(&or_not_given(locale, &record.date), vec![details])
            })
            .collect(),
        Section::ItControls if profile.it_controls.is_empty() => none(),
        Section::ItControls => profile
            .it_controls
            .iter()
            .map(|control| {
                let details = locale.format(
                    msg::check_answers::ROW_IT_CONTROL,
                    &[
                        ("owner", &or_not_given(locale, &control.owner)),
                        ("date", &or_not_given(locale, &control.last_tested)),
                    ],
                );
                row(&name_or_unnamed(&control.name), vec![details])
            })
            .collect(),
        Section::CompanyInformation
        | Section::Addresses
        | Section::Contacts
        | Section::ProgramMemberships => Vec::new(),
    }
}
