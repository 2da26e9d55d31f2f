//! The differences found by `domain::annual_review::compare`, group by group: each with what
//! happened to it, last year's value beside this year's for every field that differs, and a
//! checkbox to mark it reviewed; what did not change is only counted.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::domain::annual_review::{
    Change, Comparison, Difference, DifferenceId, FieldValue, Group,
};
use crate::domain::catalogue::{CriterionId, catalogue};
use crate::i18n::msg;
use crate::i18n::names;
use crate::state::{Locale, Session};
use crate::ui::components::keyed_for::For;
use crate::ui::components::show::Show;

/// Every group's differences and unchanged count, the progress and the marks.
#[component]
pub(super) fn DifferenceList(
    /// The account compared.
    account_id: StoredValue<String>,
    /// What differs (present while this list is shown).
    comparison: Memo<Option<Comparison>>,
    /// The differences marked reviewed so far.
    reviewed: RwSignal<BTreeSet<DifferenceId>>,
    /// Called when a mark is ticked or unticked.
    on_mark: Callback<(DifferenceId, bool)>,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let total = move || comparison.with(|c| c.as_ref().map_or(0, |c| c.differences.len()));
    let done = move || {
        comparison.with(|c| {
            c.as_ref()
                .is_some_and(|c| reviewed.with(|marks| c.all_reviewed(marks)))
        })
    };
    let finished = move || total() != 0 && done();
    let last_review = move || {
        session
            .with_contents(|contents| {
                account_id
                    .with_value(|id| contents.workspace.account(id))
                    .map(|account| account.last_annual_review.clone())
            })
            .flatten()
            .unwrap_or_default()
    };
    view! {
        <p class="app-body" id="annual-review-progress" role="status">
            {move || {
                if total() == 0 {
                    return locale.t(msg::annual_review::NO_DIFFERENCES).to_owned();
                }
                let marked = comparison.with(|c| {
                    c.as_ref().map_or(0, |c| {
                        reviewed.with(|marks| c.differences.iter().filter(|d| marks.contains(&d.id)).count())
                    })
                });
                locale.format(msg::annual_review::PROGRESS, &[
                    ("count", &total().to_string()),
                    ("reviewed", &marked.to_string()),
                ])
            }}
        </p>
        <Show when=finished>
            <div class="app-notification" id="annual-review-done">
                <p class="app-body">
                    {move || locale.format(msg::annual_review::ALL_REVIEWED, &[("date", &last_review())])}
                </p>
            </div>
        </Show>
        {Group::ALL.into_iter().map(|group| {
            let differences = move || {
                comparison.with(|c| {
                    c.as_ref()
                        .map(|c| c.in_group(group).cloned().collect::<Vec<_>>())
                        .unwrap_or_default()
                })
            };
            let unchanged = move || comparison.with(|c| c.as_ref().map_or(0, |c| c.unchanged_in(group)));
            let heading_id = format!("annual-review-{}", group.key());
            let labelled_by = heading_id.clone();
            let heading_key = names::review_group(group);
            view! {
                <section class="app-annual-review__group" aria-labelledby=labelled_by data-group=group.key()>
                    <h3 class="app-heading-m" id=heading_id>{move || locale.text(heading_key)}</h3>
                    <p class="app-hint app-annual-review__unchanged" data-unchanged=group.key()>
                        {move || locale.format(msg::annual_review::UNCHANGED, &[("count", &unchanged().to_string())])}
                    </p>
                    <For each=differences key=|difference| difference.clone() let:difference>
                        <DifferenceItem account_id=account_id difference=difference reviewed=reviewed on_mark=on_mark />
                    </For>
                </section>
            }
        }).collect_view()}
    }
}

/// One difference: what happened, both values of each field, and its reviewed mark.
#[component]
fn DifferenceItem(
    account_id: StoredValue<String>,
    difference: Difference,
    reviewed: RwSignal<BTreeSet<DifferenceId>>,
    on_mark: Callback<(DifferenceId, bool)>,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let group = difference.id.group;
    let item = difference.id.item.clone();
    let dom_id = format!("{}-{}", group.key(), item);
    let mark_id = format!("review-{dom_id}");
    let change_key = match difference.change {
        Change::Added => msg::annual_review::CHANGE_ADDED,
        Change::Removed => msg::annual_review::CHANGE_REMOVED,
        Change::Changed => msg::annual_review::CHANGE_CHANGED,
    };
    let change_class = match difference.change {
        Change::Added => "app-tag app-tag--completed",
        Change::Removed => "app-tag app-tag--not-started",
        Change::Changed => "app-tag app-tag--in-progress",
    };
    let name = difference.name.clone();
    let group_key = names::review_group(group);
    let title = move || match group {
        Group::PersonnelScreening => locale.text(group_key),
        _ if name.is_empty() => locale.t(msg::annual_review::UNNAMED).to_owned(),
        _ => name.clone(),
    };
    let criterion_text = (group == Group::Criteria)
        .then(|| item.parse::<CriterionId>().ok())
        .flatten()
        .and_then(|id| catalogue().get(&id));
    let criterion_id = item.clone();
    let answer_reviewed = move || {
        session
            .with_contents(|contents| {
                account_id
                    .with_value(|id| contents.workspace.account(id))
                    .and_then(|account| account.profile.answers.get(&criterion_id))
                    .map(|answer| answer.last_reviewed.trim().to_owned())
            })
            .flatten()
            .unwrap_or_default()
    };
    let id = difference.id.clone();
    let marked_id = difference.id.clone();
    let checked = move || reviewed.with(|marks| marks.contains(&marked_id));
    let mark_label = {
        let title = title.clone();
        move || locale.format(msg::annual_review::MARK, &[("item", &title())])
    };
    let rows = difference
        .fields
        .iter()
        .map(|field| {
            let label = names::reviewed_field(field.field);
            let last_year = field.last_year.clone();
            let this_year = field.this_year.clone();
            view! {
                <tr class="app-table__row">
                    <th class="app-table__header" scope="row">{move || locale.t(label)}</th>
                    <td class="app-table__cell app-annual-review__value" data-side="last-year">{move || value_text(locale, &last_year)}</td>
                    <td class="app-table__cell app-annual-review__value" data-side="this-year">{move || value_text(locale, &this_year)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <article class="app-annual-review__difference" data-difference=dom_id.clone() data-change=change_key.as_str()>
            <h4 class="app-annual-review__title">
                <strong class=change_class>{move || locale.t(change_key)}</strong>
                " "
                <span class="app-annual-review__name">{title}</span>
            </h4>
            {criterion_text.map(|criterion| {
                let text = criterion.text().clone();
                view! { <p class="app-hint">{move || text.get(locale.language()).to_owned()}</p> }
            })}
            <table class="app-table">
                <thead>
                    <tr>
                        <th class="app-table__header" scope="col">{move || locale.t(msg::annual_review::FIELD)}</th>
                        <th class="app-table__header" scope="col">{move || locale.t(msg::annual_review::LAST_YEAR)}</th>
                        <th class="app-table__header" scope="col">{move || locale.t(msg::annual_review::THIS_YEAR)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            {(group == Group::Criteria && difference.change != Change::Removed).then(|| view! {
                <p class="app-body app-annual-review__reviewed-on" data-reviewed-on=dom_id.clone()>
                    {move || {
                        let date = answer_reviewed();
                        if date.is_empty() {
                            locale.t(msg::annual_review::CRITERION_NEVER_REVIEWED).to_owned()
                        } else {
                            locale.format(msg::annual_review::CRITERION_REVIEWED, &[("date", &date)])
                        }
                    }}
                </p>
            })}
            <div class="app-choice__item app-annual-review__mark">
                <input class="app-choice__input" type="checkbox" id=mark_id.clone()
                    prop:checked=checked
                    on:change=move |event| on_mark.run((id.clone(), event_target_checked(&event)))
                />
                <label class="app-label app-choice__label" for=mark_id>{mark_label}</label>
            </div>
        </article>
    }
}

/// A field's value in the user's language; "Not given" when empty.
fn value_text(locale: Locale, value: &FieldValue) -> String {
    match value {
        FieldValue::Empty => locale.t(msg::check_answers::NOT_GIVEN).to_owned(),
        FieldValue::Text(text) => text.clone(),
        FieldValue::Choice(choice) => locale.t(names::choice(*choice)).to_owned(),
    }
}
