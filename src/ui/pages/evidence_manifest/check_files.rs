//! "Check files": the user chooses files (or drops files or a folder), the browser fingerprints
//! each one, and the page says which evidence each file is, which files changed, which evidence
//! has no file and which files match nothing. The comparison is `domain::evidence_manifest::
//! file_check`; nothing of the files is uploaded or kept once the page is left.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::title_of;
use crate::domain::evidence_manifest::ManifestEntry;
use crate::domain::evidence_manifest::file_check::{ChosenFile, FileVerdict, check_files};
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::state::dropped_files::{dropped_files, take_dropped};
use crate::ui::components::evidence_list::digest_file;

/// The files of the last check, fingerprinted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Checked {
    files: Vec<ChosenFile>,
    /// Files or folders the browser would not read.
    unreadable: usize,
}

/// The "Check files" section of the manifest page.
#[component]
pub fn CheckFiles(
    /// The manifest the files are checked against.
    entries: Memo<Vec<ManifestEntry>>,
) -> impl IntoView {
    let locale = Locale::expect();
    let input = NodeRef::<leptos::html::Input>::new();
    let checked = RwSignal::new(None::<Checked>);
    let reading = RwSignal::new(None::<(usize, usize)>);
    // A newer choice supersedes a check still running: only the latest one reports.
    let generation = StoredValue::new(0u32);

    let run = move |files: Vec<web_sys::File>, unreadable: usize| {
        generation.update_value(|g| *g = g.wrapping_add(1));
        let mine = generation.get_value();
        let current = move || generation.get_value() == mine;
        checked.set(None);
        spawn_local(async move {
            let total = files.len();
            let mut result = Checked {
                files: Vec::new(),
                unreadable,
            };
            for (index, file) in files.iter().enumerate() {
                if !current() {
                    return;
                }
                reading.set(Some((index + 1, total)));
                match digest_file(file).await {
                    Ok(facts) => result.files.push(ChosenFile {
                        name: file.name(),
                        size: facts.size,
                        sha256: facts.sha256,
                    }),
                    Err(_) => result.unreadable += 1,
                }
            }
            if current() {
                reading.set(None);
                checked.set(Some(result));
            }
        });
    };
    let on_change = move |_| {
        let Some(element) = input.get_untracked() else {
            return;
        };
        let files: Vec<web_sys::File> = element
            .files()
            .map(|files| (0..files.length()).filter_map(|i| files.get(i)).collect())
            .unwrap_or_default();
        if !files.is_empty() {
            run(files, 0);
        }
    };
    let on_drop = move |event: web_sys::DragEvent| {
        event.prevent_default();
        let Some(transfer) = event.data_transfer() else {
            return;
        };
        let dropped = take_dropped(&transfer);
        spawn_local(async move {
            let found = dropped_files(dropped).await;
            run(found.files, found.unreadable);
        });
    };

    let status = move || {
        if let Some((done, total)) = reading.get() {
            return locale.format(
                msg::evidence_manifest::CHECK_READING,
                &[("done", &done.to_string()), ("total", &total.to_string())],
            );
        }
        checked
            .with(|checked| {
                checked.as_ref().map(|checked| {
                    locale.format(
                        msg::evidence_manifest::CHECK_DONE,
                        &[("count", &checked.files.len().to_string())],
                    )
                })
            })
            .unwrap_or_default()
    };

    view! {
        <section class="app-evidence-manifest__check" aria-labelledby="check-files-heading">
            <h2 class="app-heading-m" id="check-files-heading">{move || locale.t(msg::evidence_manifest::CHECK_HEADING)}</h2>
            <p class="app-body">{move || locale.t(msg::evidence_manifest::CHECK_LEAD)}</p>
            <div class="app-form-group app-drop-zone" id="check-files-drop"
                on:dragover=|event: web_sys::DragEvent| event.prevent_default()
                on:drop=on_drop>
                <label class="app-label" for="check-files-input">{move || locale.t(msg::evidence_manifest::CHECK_CHOOSE)}</label>
                <p class="app-hint" id="check-files-hint">{move || locale.t(msg::evidence_manifest::CHECK_DROP)}</p>
                <input class="app-file-input" type="file" id="check-files-input" multiple=true
                    aria-describedby="check-files-hint" node_ref=input on:change=on_change />
            </div>
            <p class="app-body" id="check-files-status" role="status" aria-live="polite">{status}</p>
            {move || checked.get().map(|checked| view! { <CheckResults checked=checked entries=entries /> })}
        </section>
    }
}

/// What the check found, in four lists.
#[component]
fn CheckResults(checked: Checked, entries: Memo<Vec<ManifestEntry>>) -> impl IntoView {
    let locale = Locale::expect();
    move || {
        let entries = entries.get();
        let check = check_files(&entries, &checked.files);
        let titles = |indexes: &[usize]| {
            indexes
                .iter()
                .filter_map(|index| entries.get(*index))
                .map(|entry| title_of(locale, entry))
                .collect::<Vec<_>>()
                .join("”, “")
        };
        let mut matched = Vec::new();
        let mut changed = Vec::new();
        let mut unknown = Vec::new();
        for (file, verdict) in checked.files.iter().zip(&check.files) {
            match verdict {
                FileVerdict::Matches(indexes) => {
                    let mut line = locale.format(
                        msg::evidence_manifest::CHECK_MATCHES,
                        &[("file", &file.name), ("title", &titles(indexes))],
                    );
                    let recorded: Vec<String> = indexes
                        .iter()
                        .filter_map(|index| entries.get(*index))
                        .map(|entry| entry.file_name.clone())
                        .filter(|name| name != &file.name)
                        .collect();
                    if let Some(name) = recorded.first() {
                        line.push_str(" (");
                        line.push_str(
                            &locale
                                .format(msg::evidence_manifest::CHECK_RENAMED, &[("name", name)]),
                        );
                        line.push(')');
                    }
                    matched.push(line);
                }
                FileVerdict::Changed(indexes) => changed.push(locale.format(
                    msg::evidence_manifest::CHECK_CHANGED,
                    &[("file", &file.name), ("title", &titles(indexes))],
                )),
                FileVerdict::Unknown => unknown.push(file.name.clone()),
            }
        }
        let missing: Vec<String> = check
            .missing
            .iter()
            .filter_map(|index| entries.get(*index))
            .map(|entry| {
                locale.format(
                    msg::evidence_manifest::CHECK_MISSING,
                    &[
                        ("title", &title_of(locale, entry)),
                        ("file", &entry.file_name),
                    ],
                )
            })
            .collect();
        let unreadable = (checked.unreadable > 0).then(|| {
            view! {
                <p class="app-error-message" id="check-files-unreadable">
                    {locale.format(msg::evidence_manifest::CHECK_UNREADABLE, &[("count", &checked.unreadable.to_string())])}
                </p>
            }
        });
        view! {
            {unreadable}
            {result_list(locale, "check-files-matched", msg::evidence_manifest::CHECK_MATCHED_HEADING, matched)}
            {result_list(locale, "check-files-changed", msg::evidence_manifest::CHECK_CHANGED_HEADING, changed)}
            {result_list(locale, "check-files-missing", msg::evidence_manifest::CHECK_MISSING_HEADING, missing)}
            {result_list(locale, "check-files-unknown", msg::evidence_manifest::CHECK_UNKNOWN_HEADING, unknown)}
        }
    }
}

/// One list of results under its heading, or "None.".
fn result_list(
    locale: Locale,
    id: &'static str,
    heading: MessageKey,
    lines: Vec<String>,
) -> impl IntoView + use<> {
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    let body = if lines.is_empty() {
        view! { <p class="app-body">{locale.t(msg::evidence_manifest::CHECK_NONE)}</p> }.into_any()
    } else {
        view! {
            <ul class="app-list app-evidence-manifest__results">
                {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <div class="app-evidence-manifest__result" id=id aria-labelledby=labelled_by role="group">
            <h3 class="app-heading-s" id=heading_id>{locale.t(heading)}</h3>
            {body}
        </div>
    }
}
