//! The gap report as it is shown and printed: dated and named after the account and the
//! company, then what is missing by section, the Must criteria not fully implemented (with who
//! is responsible and by when) and the Should criteria not implemented.

use leptos::prelude::*;

use super::status_key;
use crate::domain::validation::{GapReport, OpenCriterion};
use crate::i18n::msg;
use crate::state::Locale;
use crate::ui::components::field_feedback::finding_text;
use crate::ui::components::task_list::section_name;

/// The report of one account.
#[component]
pub fn GapReportView(
    /// The account's name.
    account: String,
    /// The main account's legal name.
    company: String,
    /// The day it is prepared, ISO `YYYY-MM-DD`.
    prepared_on: String,
    /// What it reports.
    report: GapReport,
) -> impl IntoView {
    let locale = Locale::expect();
    let title = locale.format(
        msg::gap_report::TITLE,
        &[
            ("account", account.trim()),
            ("company", company.trim()),
            ("date", &prepared_on),
        ],
    );
    let missing = if report.missing.is_empty() {
        view! { <p class="app-body">{locale.t(msg::gap_report::NOTHING_MISSING)}</p> }.into_any()
    } else {
        report
            .missing
            .iter()
            .map(|(section, found)| {
                let items = found
                    .iter()
                    .map(|finding| {
                        let criterion = finding
                            .path
                            .criterion()
                            .map(|id| format!("{id}: "))
                            .unwrap_or_default();
                        view! { <li>{criterion}{finding_text(locale, finding)}</li> }
                    })
                    .collect_view();
                view! {
                    <h4 class="app-gap-report__section">{section_name(locale, *section)}</h4>
                    <ul class="app-gap-report__list">{items}</ul>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section class="app-gap-report" id="gap-report" aria-labelledby="gap-report-title">
            <h2 class="app-heading-l app-gap-report__title" id="gap-report-title">{title}</h2>
            <p class="app-body">{locale.t(msg::gap_report::LEAD)}</p>
            <h3 class="app-heading-m">{locale.t(msg::gap_report::MISSING)}</h3>
            {missing}
            <h3 class="app-heading-m" id="gap-report-musts">
                {locale.format(msg::gap_report::MUSTS, &[("count", &report.musts_open.len().to_string())])}
            </h3>
            <CriteriaTable criteria=report.musts_open.clone() labelled_by="gap-report-musts" />
            <h3 class="app-heading-m" id="gap-report-shoulds">
                {locale.format(msg::gap_report::SHOULDS, &[("count", &report.shoulds_open.len().to_string())])}
            </h3>
            <CriteriaTable criteria=report.shoulds_open.clone() labelled_by="gap-report-shoulds" />
        </section>
    }
}

/// Open criteria as a table: ID, status, responsible person, planned date.
#[component]
fn CriteriaTable(criteria: Vec<OpenCriterion>, labelled_by: &'static str) -> impl IntoView {
    let locale = Locale::expect();
    if criteria.is_empty() {
        return view! { <p class="app-body">{locale.t(msg::gap_report::NONE)}</p> }.into_any();
    }
    let given = move |text: &str| {
        if text.trim().is_empty() {
            locale.t(msg::check_answers::NOT_GIVEN).to_owned()
        } else {
            text.trim().to_owned()
        }
    };
    let rows = criteria
        .iter()
        .map(|open| {
            view! {
                <tr class="app-table__row">
                    <th scope="row" class="app-table__header">{open.id.to_string()}</th>
                    <td class="app-table__cell">{locale.t(status_key(open.status))}</td>
                    <td class="app-table__cell">{given(&open.responsible_person)}</td>
                    <td class="app-table__cell">{given(&open.planned_date)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="app-table app-gap-report__table" aria-labelledby=labelled_by>
            <thead>
                <tr class="app-table__row">
                    <th scope="col" class="app-table__header">{locale.t(msg::gap_report::CRITERION)}</th>
                    <th scope="col" class="app-table__header">{locale.t(msg::gap_report::STATUS)}</th>
                    <th scope="col" class="app-table__header">{locale.t(msg::gap_report::RESPONSIBLE)}</th>
                    <th scope="col" class="app-table__header">{locale.t(msg::gap_report::PLANNED_DATE)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}
