//! The evidence manifest of one entity account: every evidence file its answers and training
//! records point at (title, document date, file name, size, SHA-256, what it supports), as a
//! table that prints, a CSV download, and "Check files" (`check_files`) to compare files the
//! user holds with it. The manifest and the CSV are built in `domain::evidence_manifest`; this
//! page only shows them.

mod check_files;
mod task;

pub use task::EvidenceManifestTask;

use leptos::prelude::*;

use crate::domain::evidence_manifest::csv::manifest_csv;
use crate::domain::evidence_manifest::{ManifestEntry, Support, manifest_of};
use crate::domain::model::date::format_iso_date;
use crate::domain::submission::evidence_manifest_file_name;
use crate::i18n::{MessageKey, msg};
use crate::state::clock::today;
use crate::state::{Locale, Navigation, Screen, Session};
use crate::ui::components::evidence_list::human_size;
use crate::ui::components::show::Show;
use crate::ui::download::download_text;
use check_files::CheckFiles;

/// `text` trimmed, or "Not given" when empty.
fn or_not_given(locale: Locale, text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        locale.t(msg::evidence_manifest::NOT_GIVEN).to_owned()
    } else {
        text.to_owned()
    }
}

/// An entry's title, or "Untitled".
pub(super) fn title_of(locale: Locale, entry: &ManifestEntry) -> String {
    if entry.title.trim().is_empty() {
        locale.t(msg::evidence_manifest::UNTITLED).to_owned()
    } else {
        entry.title.trim().to_owned()
    }
}

/// What a file supports, in words: "Criterion 3.1; Training: Seal inspection (2026-02-01)".
fn supports_text(locale: Locale, supports: &[Support]) -> String {
    supports
        .iter()
        .map(|support| match support {
            Support::Criterion(id) => {
                locale.format(msg::evidence_manifest::CRITERION, &[("id", id)])
            }
            Support::Training { topic, date } => locale.format(
                msg::evidence_manifest::TRAINING,
                &[
                    ("topic", &or_not_given(locale, topic)),
                    ("date", &or_not_given(locale, date)),
                ],
            ),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// What the last download did, for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Downloaded {
    File(String),
    Refused,
}

/// The evidence files of account `account_id`.
#[component]
pub fn EvidenceManifestPage(
    /// The entity account whose evidence is listed.
    #[prop(into)]
    account_id: String,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let navigation = Navigation::expect();
    let id = StoredValue::new(account_id);
    let manifest: Memo<Option<(String, Vec<ManifestEntry>)>> = Memo::new(move |_| {
        session
            .with_contents(|c| {
                id.with_value(|id| c.workspace.account(id))
                    .map(|account| (account.name.clone(), manifest_of(account)))
            })
            .flatten()
    });
    let entries = Memo::new(move |_| {
        manifest.with(|manifest| {
            manifest
                .as_ref()
                .map(|(_, entries)| entries.clone())
                .unwrap_or_default()
        })
    });
    let downloaded = RwSignal::new(None::<Downloaded>);
    let download = move |_| {
        let Some((name, entries)) = manifest.get_untracked() else {
            return;
        };
        let headings = [
            locale.t(msg::evidence_manifest::COLUMN_TITLE),
            locale.t(msg::evidence_manifest::COLUMN_DATE),
            locale.t(msg::evidence_manifest::COLUMN_FILE_NAME),
            locale.t(msg::evidence_manifest::COLUMN_SIZE_BYTES),
            locale.t(msg::evidence_manifest::COLUMN_SHA256),
            locale.t(msg::evidence_manifest::COLUMN_SUPPORTS),
        ];
        let text = manifest_csv(&entries, headings, |supports| {
            supports_text(locale, supports)
        });
        let file_name = evidence_manifest_file_name(&name, &format_iso_date(today()));
        downloaded.set(Some(
            if download_text(&file_name, "text/csv;charset=utf-8", &text) {
                Downloaded::File(file_name)
            } else {
                Downloaded::Refused
            },
        ));
    };
    let print = move |_| {
        let _ = window().print();
    };
    let download_status = move || match downloaded.get() {
        Some(Downloaded::File(file)) => {
            locale.format(msg::evidence_manifest::DOWNLOADED, &[("file", &file)])
        }
        Some(Downloaded::Refused) => locale.t(msg::evidence_manifest::DOWNLOAD_FAILED).to_owned(),
        None => String::new(),
    };
    let account_name = move || manifest.with(|m| m.as_ref().map(|(name, _)| name.clone()));

    view! {
        <div class="app-evidence-manifest">
            <button type="button" class="app-back-link app-evidence-manifest__back"
                on:click=move |_| navigation.go(Screen::Account(id.get_value()))>
                {move || locale.t(msg::form::BACK)}
            </button>
            <Show
                when=move || manifest.with(Option::is_some)
                fallback=move || view! {
                    <p class="app-body" id="evidence-manifest-not-found">{move || locale.t(msg::evidence_manifest::NOT_FOUND)}</p>
                }
            >
                <h1 class="app-heading-xl" id="evidence-manifest-title">
                    <span class="app-caption">{account_name}</span>
                    " "
                    {move || locale.t(msg::evidence_manifest::TITLE)}
                </h1>
                <p class="app-body-lead">{move || locale.t(msg::evidence_manifest::LEAD)}</p>
                <Show
                    when=move || entries.with(|entries| !entries.is_empty())
                    fallback=move || view! {
                        <p class="app-body" id="evidence-manifest-empty">{move || locale.t(msg::evidence_manifest::EMPTY)}</p>
                    }
                >
                    <div class="app-button-group app-evidence-manifest__actions">
                        <button type="button" class="app-button" id="download-manifest" on:click=download>
                            {move || locale.t(msg::evidence_manifest::DOWNLOAD)}
                        </button>
                        <button type="button" class="app-button app-button--secondary" id="print-manifest" on:click=print>
                            {move || locale.t(msg::evidence_manifest::PRINT)}
                        </button>
                    </div>
                    <p class="app-body app-evidence-manifest__status" id="download-manifest-status" role="status" aria-live="polite">
                        {download_status}
                    </p>
                    <ManifestTable account_name=Signal::derive(move || account_name().unwrap_or_default()) entries=entries />
                </Show>
                <CheckFiles entries=entries />
            </Show>
        </div>
    }
}

/// The manifest as a table; below 40em each file becomes a block of labelled lines.
#[component]
fn ManifestTable(account_name: Signal<String>, entries: Memo<Vec<ManifestEntry>>) -> impl IntoView {
    let locale = Locale::expect();
    let caption = move || {
        locale.format(
            msg::evidence_manifest::CAPTION,
            &[
                ("account", &account_name.get()),
                ("date", &format_iso_date(today())),
            ],
        )
    };
    let rows = move || {
        let label = |key: MessageKey| locale.t(key);
        entries
            .get()
            .into_iter()
            .map(|entry| {
                let title = title_of(locale, &entry);
                view! {
                    <tr class="app-table__row">
                        <th scope="row" class="app-table__header" data-label=label(msg::evidence_manifest::COLUMN_TITLE)>{title}</th>
                        <td class="app-table__cell" data-label=label(msg::evidence_manifest::COLUMN_DATE)>{or_not_given(locale, &entry.date)}</td>
                        <td class="app-table__cell" data-label=label(msg::evidence_manifest::COLUMN_FILE_NAME)>{entry.file_name.clone()}</td>
                        <td class="app-table__cell" data-label=label(msg::evidence_manifest::COLUMN_SIZE)>{human_size(locale, entry.size)}</td>
                        <td class="app-table__cell app-evidence-manifest__digest" data-label=label(msg::evidence_manifest::COLUMN_SHA256)>{entry.sha256.clone()}</td>
                        <td class="app-table__cell" data-label=label(msg::evidence_manifest::COLUMN_SUPPORTS)>{supports_text(locale, &entry.supports)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <table class="app-table app-evidence-manifest__table" id="evidence-manifest">
            <caption class="app-evidence-manifest__caption">{caption}</caption>
            <thead>
                <tr class="app-table__row">
                    <th scope="col" class="app-table__header">{move || locale.t(msg::evidence_manifest::COLUMN_TITLE)}</th>
                    <th scope="col" class="app-table__header">{move || locale.t(msg::evidence_manifest::COLUMN_DATE)}</th>
                    <th scope="col" class="app-table__header">{move || locale.t(msg::evidence_manifest::COLUMN_FILE_NAME)}</th>
                    <th scope="col" class="app-table__header">{move || locale.t(msg::evidence_manifest::COLUMN_SIZE)}</th>
                    <th scope="col" class="app-table__header">{move || locale.t(msg::evidence_manifest::COLUMN_SHA256)}</th>
                    <th scope="col" class="app-table__header">{move || locale.t(msg::evidence_manifest::COLUMN_SUPPORTS)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
