//! When an account's next annual review window opens and closes, as the task lists show it.
//! The dates come from `EntityAccount::next_review_window`; these views only word them.

use leptos::prelude::*;

use crate::domain::model::date::format_iso_date;
use crate::domain::model::{AnnualReview, EntityAccount};
use crate::i18n::{MessageKey, msg};
use crate::state::clock::today;
use crate::state::{Locale, Navigation, Screen, Session};

/// The message key and dates of account `account_id`'s next review window; `None` when it has
/// no annual review (or is gone).
fn window_text(session: Session, account_id: &str) -> Option<(MessageKey, String, String)> {
    let day = today();
    session
        .with_contents(|contents| {
            let account: &EntityAccount = contents.workspace.account(account_id)?;
            let window = account.next_review_window(day)?;
            let key = match account.annual_review(day) {
                AnnualReview::WindowOpen { .. } => msg::annual_review::WINDOW_OPEN,
                AnnualReview::Overdue { .. } => msg::annual_review::WINDOW_OVERDUE,
                AnnualReview::NotDue => msg::annual_review::WINDOW_UPCOMING,
            };
            Some((
                key,
                format_iso_date(window.opens),
                format_iso_date(window.closes),
            ))
        })
        .flatten()
}

/// One sentence: when the next review window opens and closes, whether it is open or missed,
/// or that the account has no annual review.
#[component]
pub fn ReviewWindowText(
    /// The entity account.
    #[prop(into)]
    account_id: String,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let text = move || match window_text(session, &account_id) {
        Some((key, opens, closes)) => locale.format(key, &[("opens", &opens), ("closes", &closes)]),
        None => locale.t(msg::annual_review::WINDOW_NONE).to_owned(),
    };
    view! { <p class="app-body app-annual-review__window" id="annual-review-window">{text}</p> }
}

/// The account task list's "Annual review" section: the window, and "Compare with last year".
#[component]
pub fn AnnualReviewTask(
    /// The entity account.
    account_id: StoredValue<String>,
) -> impl IntoView {
    let locale = Locale::expect();
    let navigation = Navigation::expect();
    view! {
        <section class="app-task-list" aria-labelledby="account-review-heading">
            <h2 class="app-heading-m" id="account-review-heading">{move || locale.t(msg::annual_review::TASK_HEADING)}</h2>
            <ReviewWindowText account_id=account_id.get_value() />
            <ul class="app-task-list__items">
                <li class="app-task-list__item">
                    <span class="app-task-list__name">
                        <button class="app-task-list__link" type="button" id="task-annual-review"
                            on:click=move |_| navigation.go(Screen::AnnualReview(account_id.get_value()))>
                            {move || locale.t(msg::annual_review::OPEN)}
                        </button>
                    </span>
                </li>
            </ul>
        </section>
    }
}

/// The home task list's short line under an account: its next review window, if it has one.
#[component]
pub fn ReviewWindowHint(
    /// The entity account.
    #[prop(into)]
    account_id: String,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let text = move || {
        window_text(session, &account_id).map(|(_, opens, closes)| {
            locale.format(
                msg::annual_review::HOME_WINDOW,
                &[("opens", &opens), ("closes", &closes)],
            )
        })
    };
    view! {
        {move || text().map(|text| view! { <span class="app-task-list__hint app-annual-review__home-window">{text}</span> })}
    }
}
