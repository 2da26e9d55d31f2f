//! "Compare with last year": the annual review of one entity account. The user chooses the
//! submission file signed for it last year; it is checked as on import (`read_signed_file`)
//! and its signer shown and, if it is not this workspace's key, confirmed with the Transfer
//! screen's own `SignerConfirmation`. The page then lists what `domain::annual_review`
//! found changed, and each difference can be marked reviewed, which writes the review dates
//! into the account. The marks themselves last only while the page is open. The page prints
//! as a dated review record.
//!
//! Also here: the review window shown on the task lists ([`window`](mod@window)) and the calendar
//! reminders offered in Settings ([`reminders`]).

mod differences;
pub mod reminders;
pub mod window;

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::crypto::signed_file::{ImportedFile, read_signed_file};
use crate::domain::BusinessType;
use crate::domain::annual_review::{Comparison, DifferenceId, compare, record_reviewed};
use crate::domain::model::date::format_iso_date;
use crate::domain::submission::{SignedContent, Submission};
use crate::i18n::names;
use crate::i18n::{MessageKey, error_messages, msg};
use crate::state::clock::today;
use crate::state::{Locale, Navigation, Screen, Session};
use crate::ui::chosen_file::chosen_file_text;
use crate::ui::components::show::Show;
use crate::ui::pages::transfer::signer_check::{
    SignerCheck, SignerCheckSummary, SignerConfirmation,
};
use crate::ui::pages::transfer::workspace_fingerprint;
use differences::DifferenceList;
use window::ReviewWindowText;

/// Why the chosen file cannot be compared; kept as keys and names so it follows a language
/// switch.
#[derive(Debug, Clone, PartialEq, Eq)]
enum FileProblem {
    /// The file was refused as on import (message key of the reason).
    Refused(MessageKey),
    /// A backup, not a submission.
    Backup,
    /// The submission of another business type.
    OtherType(BusinessType),
}

/// The annual review page of account `account_id`.
#[component]
pub fn AnnualReviewPage(
    /// The entity account reviewed.
    #[prop(into)]
    account_id: String,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let navigation = Navigation::expect();
    let id = StoredValue::new(account_id);
    let header = Memo::new(move |_| {
        session
            .with_contents(|contents| {
                id.with_value(|id| contents.workspace.account(id))
                    .map(|account| (account.name.clone(), account.business_type))
            })
            .flatten()
    });
    let last_review = Memo::new(move |_| {
        session
            .with_contents(|contents| {
                id.with_value(|id| contents.workspace.account(id))
                    .map(|account| account.last_annual_review.trim().to_owned())
            })
            .flatten()
            .unwrap_or_default()
    });
    let loaded = RwSignal::new(None::<ImportedFile>);
    let problem = RwSignal::new(None::<FileProblem>);
    let shown = RwSignal::new(false);
    let reviewed = RwSignal::new(BTreeSet::<DifferenceId>::new());
    let check = SignerCheck::new();
    let input = NodeRef::<leptos::html::Input>::new();
    let compared_on = format_iso_date(today());

    let take_file = move |file: web_sys::File| {
        loaded.set(None);
        problem.set(None);
        shown.set(false);
        reviewed.set(BTreeSet::new());
        check.reset();
        spawn_local(async move {
            let own_type = header.get_untracked().map(|(_, kind)| kind);
            match read_chosen_file(file).await {
                Err(key) => problem.set(Some(FileProblem::Refused(key))),
                Ok(ImportedFile {
                    content: SignedContent::Backup(_),
                    ..
                }) => problem.set(Some(FileProblem::Backup)),
                Ok(file) => {
                    let file_type = submission_of(&file).map(|s| s.account.business_type);
                    if let Some(file_type) = file_type.filter(|kind| Some(*kind) != own_type) {
                        problem.set(Some(FileProblem::OtherType(file_type)));
                        return;
                    }
                    shown.set(workspace_fingerprint(session) == Some(file.signer));
                    loaded.set(Some(file));
                }
            }
        });
    };
    let on_change = move |_| {
        if let Some(file) = input
            .get_untracked()
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        {
            take_file(file);
        }
    };
    let show = move |_| {
        if let Some(file) = loaded.get_untracked()
            && check.allows(file.signer, workspace_fingerprint(session))
        {
            shown.set(true);
        }
    };
    let comparison: Memo<Option<Comparison>> = Memo::new(move |_| {
        if !shown.get() {
            return None;
        }
        loaded.with(|file| {
            let last_year = submission_of(file.as_ref()?)?;
            session
                .with_contents(|contents| {
                    id.with_value(|id| contents.workspace.account(id))
                        .map(|account| compare(&last_year.account.profile, &account.profile))
                })
                .flatten()
        })
    });
    let mark = Callback::new(move |(difference, ticked): (DifferenceId, bool)| {
        reviewed.update(|marks| {
            if ticked {
                marks.insert(difference.clone());
            } else {
                marks.remove(&difference);
            }
        });
        if !ticked {
            return;
        }
        let Some(comparison) = comparison.get_untracked() else {
            return;
        };
        let marks = reviewed.get_untracked();
        let day = today();
        session.edit(|contents| {
            if let Some(account) = id.with_value(|id| contents.workspace.account_mut(id)) {
                record_reviewed(account, &comparison, &marks, &difference, day);
            }
        });
    });
    let back = move |_| navigation.go(Screen::Account(id.get_value()));
    let print = move |_| {
        let _ = window().print();
    };
    let account_name = move || header.get().map(|(name, _)| name).unwrap_or_default();

    view! {
        <div class="app-annual-review">
            <button class="app-back-link" type="button" on:click=back>
                {move || locale.t(msg::annual_review::BACK)}
            </button>
            <h1 class="app-heading-xl" id="annual-review-title">
                <span class="app-caption">{account_name}</span>
                " "
                {move || locale.t(msg::annual_review::TITLE)}
            </h1>
            <p class="app-body-lead">{move || locale.t(msg::annual_review::LEAD)}</p>
            <ReviewWindowText account_id=id.get_value() />
            <p class="app-body" id="annual-review-last">
                {move || {
                    let date = last_review.get();
                    if date.is_empty() {
                        locale.t(msg::annual_review::LAST_REVIEW_NONE).to_owned()
                    } else {
                        locale.format(msg::annual_review::LAST_REVIEW, &[("date", &date)])
                    }
                }}
            </p>

            <div class="app-form-group app-annual-review__file">
                <label class="app-label" for="annual-review-file">{move || locale.t(msg::annual_review::FILE_LABEL)}</label>
                <div class="app-hint" id="annual-review-file-hint">{move || locale.t(msg::annual_review::FILE_HINT)}</div>
                <input class="app-file-input" type="file" id="annual-review-file" accept=".json"
                    aria-describedby="annual-review-file-hint" node_ref=input on:change=on_change />
            </div>
            <Show when=move || problem.with(Option::is_some)>
                <p class="app-error-message" id="annual-review-error" role="alert">
                    {move || match problem.get() {
                        Some(FileProblem::Refused(key)) => locale.t(key).to_owned(),
                        Some(FileProblem::Backup) => locale.t(msg::annual_review::ERROR_BACKUP).to_owned(),
                        Some(FileProblem::OtherType(file_type)) => {
                            let account_type = header.get().map(|(_, kind)| kind).unwrap_or(file_type);
                            locale.format(msg::annual_review::ERROR_OTHER_TYPE, &[
                                ("file_type", &locale.text(names::business_type(file_type))),
                                ("account_type", &locale.text(names::business_type(account_type))),
                            ])
                        }
                        None => String::new(),
                    }}
                </p>
            </Show>

            {move || loaded.get().filter(|_| !shown.get()).map(|file| {
                let signer = file.signer;
                view! {
                    <section class="app-form-section" id="annual-review-signer" tabindex="-1">
                        <SignerCheckSummary check=check />
                        <p class="app-body">
                            {move || locale.t(msg::transfer::IMPORT_SIGNER)} " "
                            <span class="app-fingerprint" id="annual-review-signer-key">{signer.for_people()}</span>
                        </p>
                        <p class="app-body">{move || locale.t(msg::transfer::IMPORT_SIGNED_BY_ANOTHER_KEY)}</p>
                        <SignerConfirmation signer=signer own=workspace_fingerprint(session) check=check />
                        <button class="app-button" type="button" id="annual-review-show" on:click=show>
                            {move || locale.t(msg::annual_review::COMPARE)}
                        </button>
                    </section>
                }
            })}

            {move || comparison.with(Option::is_some).then(|| {
                let file = loaded.get_untracked();
                let issued = file.as_ref().and_then(submission_of).map(|s| s.issued_at.clone()).unwrap_or_default();
                let profile_id = file.as_ref().and_then(submission_of).map(|s| s.profile_id.clone()).unwrap_or_default();
                let signer = file.map(|file| file.signer.for_people()).unwrap_or_default();
                let compared_on = compared_on.clone();
                view! {
                    <section class="app-annual-review__record" id="annual-review-record" aria-labelledby="annual-review-record-title">
                        <h2 class="app-heading-m" id="annual-review-record-title">
                            {move || locale.format(msg::annual_review::RECORD_TITLE, &[("account", &account_name())])}
                        </h2>
                        <dl class="app-summary-list">
                            <div class="app-summary-list__row">
                                <dt class="app-summary-list__key">{move || locale.t(msg::annual_review::RECORD_COMPARED_ON)}</dt>
                                <dd class="app-summary-list__value" id="annual-review-compared-on">{compared_on}</dd>
                            </div>
                            <div class="app-summary-list__row">
                                <dt class="app-summary-list__key">{move || locale.t(msg::annual_review::RECORD_SIGNED_ON)}</dt>
                                <dd class="app-summary-list__value" id="annual-review-issued">{issued}</dd>
                            </div>
                            <div class="app-summary-list__row">
                                <dt class="app-summary-list__key">{move || locale.t(msg::annual_review::RECORD_PROFILE_ID)}</dt>
                                <dd class="app-summary-list__value">{profile_id}</dd>
                            </div>
                            <div class="app-summary-list__row">
                                <dt class="app-summary-list__key">{move || locale.t(msg::annual_review::RECORD_SIGNER)}</dt>
                                <dd class="app-summary-list__value app-fingerprint">{signer}</dd>
                            </div>
                        </dl>
                        <DifferenceList account_id=id comparison=comparison reviewed=reviewed on_mark=mark />
                        <div class="app-button-group">
                            <button class="app-button app-button--secondary" type="button" id="annual-review-print" on:click=print>
                                {move || locale.t(msg::annual_review::PRINT)}
                            </button>
                        </div>
                    </section>
                }
            })}
        </div>
    }
}

/// The submission a verified file holds, if it is one.
fn submission_of(file: &ImportedFile) -> Option<&Submission> {
    match &file.content {
        SignedContent::Submission(submission) => Some(submission),
        SignedContent::Backup(_) => None,
    }
}

/// Reads the chosen file's text (an oversized file is refused unread) and checks it with the
/// import's own `read_signed_file`; the message key of what is wrong otherwise.
async fn read_chosen_file(file: web_sys::File) -> Result<ImportedFile, MessageKey> {
    let text = chosen_file_text(file).await?;
    read_signed_file(&text).map_err(|error| error_messages::import_error(&error))
}
