//! Settings' "Annual review reminders": for each account with an annual review, a calendar
//! file (.ics) of its next review window, written by `domain::annual_review::review_reminder`
//! with texts in the user's language.

use leptos::prelude::*;

use crate::domain::annual_review::{ReviewReminder, review_reminder};
use crate::domain::model::date::format_iso_date;
use crate::domain::submission::reminder_file_name;
use crate::i18n::names;
use crate::i18n::{MessageKey, msg};
use crate::state::clock::now_utc;
use crate::state::clock::today;
use crate::state::{Locale, Session};
use crate::ui::components::keyed_for::For;
use crate::ui::components::show::Show;
use crate::ui::download::download_text;

/// The reminders section of Settings.
#[component]
pub fn ReviewReminders() -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let status = RwSignal::new(None::<Result<String, MessageKey>>);
    let accounts = Memo::new(move |_| {
        let day = today();
        session
            .with_contents(|contents| {
                contents
                    .workspace
                    .accounts
                    .iter()
                    .filter(|account| account.next_review_window(day).is_some())
                    .map(|account| (account.id.clone(), account.name.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    view! {
        <h2 class="app-heading-m" id="review-reminders-heading">{move || locale.t(msg::annual_review::REMINDERS_HEADING)}</h2>
        <p class="app-body">{move || locale.t(msg::annual_review::REMINDERS_INTRO)}</p>
        <Show
            when=move || accounts.with(|accounts| !accounts.is_empty())
            fallback=move || view! { <p class="app-body" id="review-reminders-none">{move || locale.t(msg::annual_review::REMINDERS_NONE)}</p> }
        >
            <div class="app-button-group">
                <For each=move || accounts.get() key=|account| account.clone() let:account>
                    <button class="app-button app-button--secondary" type="button" data-reminder-account=account.0.clone()
                        on:click={
                            let id = account.0.clone();
                            move |_| status.set(Some(download_reminder(session, locale, &id)))
                        }>
                        {
                            let name = account.1.clone();
                            move || locale.format(msg::annual_review::REMINDERS_DOWNLOAD, &[("account", &name)])
                        }
                    </button>
                </For>
            </div>
        </Show>
        <p class="app-body" id="review-reminders-status" role="status">
            {move || match status.get() {
                Some(Ok(file)) => locale.format(msg::annual_review::REMINDERS_DONE, &[("file", &file)]),
                Some(Err(key)) => locale.t(key).to_owned(),
                None => String::new(),
            }}
        </p>
    }
}

/// Writes and downloads account `account_id`'s reminder; the file name, or the message key of
/// what went wrong.
fn download_reminder(
    session: Session,
    locale: Locale,
    account_id: &str,
) -> Result<String, MessageKey> {
    let failed = msg::annual_review::REMINDERS_FAILED;
    let now = now_utc();
    let day = today();
    let (name, text) = session
        .with_contents(|contents| {
            let account = contents.workspace.account(account_id)?;
            let window = account.next_review_window(day)?;
            let (opens, closes) = (
                format_iso_date(window.opens),
                format_iso_date(window.closes),
            );
            let summary = locale.format(
                msg::annual_review::ICS_SUMMARY,
                &[("account", &account.name)],
            );
            let business_type = locale.text(names::business_type(account.business_type));
            let description = locale.format(
                msg::annual_review::ICS_DESCRIPTION,
                &[
                    ("account", &account.name),
                    ("business_type", &business_type),
                    ("opens", &opens),
                    ("closes", &closes),
                ],
            );
            let reminder = ReviewReminder {
                account_id: &account.id,
                window,
                summary: &summary,
                description: &description,
            };
            let text = review_reminder(&reminder, &now).ok()?;
            Some((reminder_file_name(&account.name, &closes), text))
        })
        .flatten()
        .ok_or(failed)?;
    if download_text(&name, "text/calendar", &text) {
        Ok(name)
    } else {
        Err(failed)
    }
}
