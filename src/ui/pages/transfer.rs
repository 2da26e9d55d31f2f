//! Export and import of signed files: per entity account a submission (only when nothing blocks
//! it, otherwise the blocking findings are listed), a backup of the whole workspace, and the
//! import of either, checked by the same `read_signed_file` as the command-line verifier.
//!
//! Nothing is changed by an import until the user has seen who signed the file and what it
//! holds, has confirmed a signer other than this workspace's own key ([`signer_check`]), and
//! has confirmed any replacement. Text from a file is only ever shown as text. Before an
//! account is replaced or a backup restored, the workspace as it is is kept so the import can
//! be undone ([`undo_notice`], and Settings), and the import does not happen if it cannot be.

mod kept_copy;
pub(super) mod signer_check;
mod undo_notice;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::crypto::signed_file::ImportedFile;
use crate::crypto::signing_key::Fingerprint;
use crate::domain::submission::SignedContent;
use crate::domain::validation::{Finding, export_readiness};
use crate::i18n::names;
use crate::i18n::{MessageKey, msg};
use crate::state::account_list::ListedAccount;
use crate::state::findings::WorkspaceFindings;
use crate::state::transfer::{self, ChosenFile, export_submission, read_chosen_file};
use crate::state::{Locale, Session};
use crate::storage::quarantine::QuarantinedValue;
use crate::ui::chosen_file::chosen_file_text;
use crate::ui::components::finding_link::FindingLink;
use crate::ui::components::keyed_for::For;
use crate::ui::components::show::Show;
use crate::ui::download::download_exported;
use crate::ui::field_focus::focus_field;
use kept_copy::KeptCopyImport;
use signer_check::{SignerCheck, SignerCheckSummary, SignerConfirmation};
use undo_notice::UndoNotice;

/// This workspace's key fingerprint, once unlocked.
pub(super) fn workspace_fingerprint(session: Session) -> Option<Fingerprint> {
    session
        .with_contents(|contents| contents.signing_key().ok().map(|key| key.fingerprint()))
        .flatten()
}

/// A replacement waiting for the user's confirmation.
#[derive(Debug, Clone, PartialEq)]
enum Pending {
    /// Replace the account with this id (its name shown in the question).
    Replace { id: String, name: String },
    /// Replace the whole workspace with the backup.
    Restore,
}

/// The export and import screen.
#[component]
pub fn TransferPage(
    /// Called to go back to the task list.
    #[prop(into)]
    on_back: Callback<()>,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let export_status = RwSignal::new(None::<Result<String, MessageKey>>);
    let fingerprint = move || workspace_fingerprint(session);
    let accounts = Memo::new(move |_| session.listed_accounts());
    let backup = move |_| {
        export_status.set(Some(crate::ui::download::download_backup(session)));
    };
    view! {
        <button class="app-back-link" type="button" on:click=move |_| on_back.run(())>
            {move || locale.t(msg::transfer::BACK)}
        </button>
        <h1 class="app-heading-xl">{move || locale.t(msg::transfer::TITLE)}</h1>

        <h2 class="app-heading-m">{move || locale.t(msg::transfer::EXPORT_HEADING)}</h2>
        <p class="app-body">{move || locale.t(msg::transfer::EXPORT_INTRO)}</p>
        <p class="app-body">
            {move || locale.t(msg::transfer::EXPORT_FINGERPRINT)} " "
            <span class="app-fingerprint" id="transfer-fingerprint">
                {move || fingerprint().map(|f| f.for_people()).unwrap_or_default()}
            </span>
        </p>
        <Show
            when=move || accounts.with(|accounts| !accounts.is_empty())
            fallback=move || view! { <p class="app-body">{move || locale.t(msg::transfer::EXPORT_NO_ACCOUNTS)}</p> }
        >
            <ul class="app-task-list" id="export-accounts">
                <For each=move || accounts.get() key=|account| (account.id.clone(), account.name.clone(), account.business_type) let:account>
                    <AccountExport account=account status=export_status />
                </For>
            </ul>
        </Show>
        <div class="app-form-group">
            <button class="app-button app-button--secondary" type="button" id="export-backup" on:click=backup>
                {move || locale.t(msg::transfer::EXPORT_BACKUP)}
            </button>
            <p class="app-hint">{move || locale.t(msg::transfer::EXPORT_BACKUP_HINT)}</p>
        </div>
        <p class="app-body" id="export-status" role="status" aria-live="polite">
            {move || match export_status.get() {
                Some(Ok(file)) => locale.format(msg::transfer::EXPORT_DONE, &[("file", &file)]),
                Some(Err(key)) => locale.t(key).to_owned(),
                None => String::new(),
            }}
        </p>

        // Importing in the example would keep its undo copy in this browser's storage.
        <Show
            when=move || !session.is_example()
            fallback=move || view! { <p class="app-body" id="import-example">{move || locale.t(msg::example_mode::IMPORT_UNAVAILABLE)}</p> }
        >
            <ImportSection />
        </Show>
    }
}

/// One account's export button, or why it cannot be exported yet.
#[component]
fn AccountExport(
    account: ListedAccount,
    status: RwSignal<Option<Result<String, MessageKey>>>,
) -> impl IntoView {
    let ListedAccount {
        id,
        name,
        business_type,
        ..
    } = account;
    let locale = Locale::expect();
    let session = Session::expect();
    let findings = WorkspaceFindings::expect();
    let readiness_id = id.clone();
    let blocking = Memo::new(move |_| {
        findings.with(|findings| {
            export_readiness(findings, &readiness_id)
                .blocking
                .into_iter()
                .cloned()
                .collect::<Vec<Finding>>()
        })
    });
    let export_id = id.clone();
    let export = move |_| {
        if blocking.with_untracked(Vec::is_empty) {
            let written = export_submission(session, &export_id)
                .and_then(download_exported)
                .map_err(|error| error.message_key());
            status.set(Some(written));
        }
    };
    let type_key = names::business_type(business_type);
    let blocked_id = id.clone();
    view! {
        <li class="app-task-list__item" data-account=id.clone()>
            <span class="app-task-list__name">{name} " — " {move || locale.text(type_key)}</span>
            <button
                class="app-button"
                type="button"
                data-export-account=id.clone()
                disabled=move || blocking.with(|blocking| !blocking.is_empty())
                on:click=export
            >
                {move || locale.t(msg::transfer::EXPORT_SUBMISSION)}
            </button>
            <Show when=move || blocking.with(|blocking| !blocking.is_empty())>
                <div class="app-warning-message" data-blocked-account=blocked_id.clone()>
                    <p class="app-body">
                        {move || {
                            let count = blocking.with(Vec::len).to_string();
                            locale.format(msg::transfer::EXPORT_BLOCKED, &[("count", &count)])
                        }}
                    </p>
                    <ul class="app-body">
                        <For each=move || blocking.get() key=|finding| (finding.path.clone(), finding.code) let:finding>
                            <li><FindingLink finding=finding /></li>
                        </For>
                    </ul>
                </div>
            </Show>
        </li>
    }
}

/// The file picker and drop zone, the preview of a valid file and the confirmation.
#[component]
fn ImportSection() -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let loaded = RwSignal::new(None::<ImportedFile>);
    // A copy kept aside that Settings downloaded, chosen instead of a signed file.
    let kept_copy = RwSignal::new(None::<QuarantinedValue>);
    let error = RwSignal::new(None::<MessageKey>);
    let done = RwSignal::new(None::<String>);
    let pending = RwSignal::new(None::<Pending>);
    // The chosen file's name, and the same once its import can be undone.
    let file_name = RwSignal::new(String::new());
    let undo_offer = RwSignal::new(None::<String>);
    let check = SignerCheck::new();
    let input = NodeRef::<leptos::html::Input>::new();

    let take_file = move |file: web_sys::File| {
        loaded.set(None);
        kept_copy.set(None);
        pending.set(None);
        check.reset();
        done.set(None);
        error.set(None);
        undo_offer.set(None);
        file_name.set(file.name());
        spawn_local(async move {
            match read_file(file).await {
                Ok(ChosenFile::Signed(file)) => loaded.set(Some(file)),
                Ok(ChosenFile::KeptCopy(record)) => kept_copy.set(Some(record)),
                Err(key) => error.set(Some(key)),
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
    let on_drop = move |event: web_sys::DragEvent| {
        event.prevent_default();
        if let Some(file) = event
            .data_transfer()
            .and_then(|transfer| transfer.files())
            .and_then(|files| files.get(0))
        {
            take_file(file);
        }
    };
    let finish = move |message: String| {
        loaded.set(None);
        pending.set(None);
        done.set(Some(message));
        if let Some(input) = input.get_untracked() {
            input.set_value("");
        }
        // The button just pressed is gone with the preview: focus goes to what happened, so a
        // keyboard user is not sent back to the top of the page.
        request_animation_frame(|| focus_field("import-status"));
    };
    let confirm = move |_| {
        let Some(file) = loaded.get_untracked() else {
            return;
        };
        let file_name = file_name.get_untracked();
        let (imported, message) = match (pending.get_untracked(), &file.content) {
            (Some(Pending::Replace { id, name }), SignedContent::Submission(submission)) => (
                transfer::replace_account(session, &id, submission, &file_name),
                locale.format(msg::transfer::IMPORT_REPLACED, &[("account", &name)]),
            ),
            (Some(Pending::Restore), SignedContent::Backup(backup)) => (
                transfer::restore_backup(session, backup, &file_name),
                locale.t(msg::transfer::IMPORT_RESTORED).to_owned(),
            ),
            _ => {
                pending.set(None);
                return;
            }
        };
        match imported {
            Ok(()) => {
                undo_offer.set(Some(file_name));
                finish(message);
            }
            // Nothing was replaced: the workspace as it is could not be kept for undo.
            Err(problem) => {
                pending.set(None);
                error.set(Some(problem.message_key()));
            }
        }
    };
    // The confirmation goes with the choice: focus returns to the preview the choice was made in.
    let cancel = move |_| {
        pending.set(None);
        request_animation_frame(|| focus_field("import-preview"));
    };
    let import_as_new = move |_| {
        let Some(ImportedFile {
            content: SignedContent::Submission(submission),
            signer,
        }) = loaded.get_untracked()
        else {
            return;
        };
        if !check.allows(signer, workspace_fingerprint(session)) {
            return;
        }
        transfer::add_as_new_account(session, &submission);
        finish(locale.t(msg::transfer::IMPORT_IMPORTED).to_owned());
    };

    view! {
        <h2 class="app-heading-m">{move || locale.t(msg::transfer::IMPORT_HEADING)}</h2>
        <div
            class="app-form-group app-drop-zone"
            id="import-drop"
            on:dragover=|event: web_sys::DragEvent| event.prevent_default()
            on:drop=on_drop
        >
            <label class="app-label" for="import-file">{move || locale.t(msg::transfer::IMPORT_CHOOSE)}</label>
            <input class="app-file-input" type="file" id="import-file" accept=".json" node_ref=input on:change=on_change />
            <p class="app-hint">{move || locale.t(msg::transfer::IMPORT_DROP)}</p>
        </div>
        <Show when=move || error.get().is_some()>
            <p class="app-error-message" id="import-error" role="alert">
                {move || error.get().map(|key| locale.t(key)).unwrap_or_default()}
            </p>
        </Show>
        <p class="app-body" id="import-status" role="status" aria-live="polite" tabindex="-1">
            {move || done.get().unwrap_or_default()}
        </p>
        <UndoNotice offer=undo_offer done=done />
        {move || loaded.get().map(|file| view! {
            <Preview file=file pending=pending check=check />
        })}
        {move || kept_copy.get().map(|record| {
            let name = file_name.get_untracked();
            let on_done = Callback::new(move |()| {
                kept_copy.set(None);
                let name = file_name.get_untracked();
                undo_offer.set(Some(name.clone()));
                finish(locale.format(msg::kept_aside::IMPORT_DONE, &[("file", &name)]));
            });
            view! { <KeptCopyImport record=record file_name=name on_done=on_done /> }
        })}
        <Show when=move || pending.get().is_some()>
            <div class="app-warning-message" id="import-confirmation" role="alertdialog" tabindex="-1">
                <p class="app-body">
                    {move || match pending.get() {
                        Some(Pending::Replace { name, .. }) => {
                            locale.format(msg::transfer::IMPORT_CONFIRM_REPLACE, &[("account", &name)])
                        }
                        Some(Pending::Restore) => locale.t(msg::transfer::IMPORT_CONFIRM_RESTORE).to_owned(),
                        None => String::new(),
                    }}
                </p>
                <div class="app-button-group">
                    <button class="app-button app-button--warning" type="button" id="import-confirm" on:click=confirm>
                        {move || locale.t(msg::transfer::IMPORT_CONFIRM)}
                    </button>
                    <button class="app-button app-button--secondary" type="button" id="import-cancel" on:click=cancel>
                        {move || locale.t(msg::transfer::IMPORT_CANCEL)}
                    </button>
                </div>
            </div>
        </Show>
        <Show when=move || {
            loaded.with(|file| matches!(file, Some(ImportedFile { content: SignedContent::Submission(_), .. })))
                && pending.get().is_none()
        }>
            <button class="app-button" type="button" id="import-as-new" on:click=import_as_new>
                {move || locale.t(msg::transfer::IMPORT_AS_NEW)}
            </button>
        </Show>
    }
}

/// Asks to confirm `choice` (replace an account, restore a backup); focus moves to the question,
/// so keyboard and screen-reader users meet it next. A file from a signer not yet confirmed
/// only gets the error summary.
fn ask(pending: RwSignal<Option<Pending>>, allowed: impl Fn() -> bool, choice: Pending) {
    if !allowed() {
        return;
    }
    pending.set(Some(choice));
    request_animation_frame(|| focus_field("import-confirmation"));
}

/// Who signed a valid file and what it holds, with the replacement choices.
#[component]
fn Preview(
    file: ImportedFile,
    pending: RwSignal<Option<Pending>>,
    check: SignerCheck,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let signer = file.signer;
    let ours = move || workspace_fingerprint(session) == Some(signer);
    let allowed = move || check.allows(signer, workspace_fingerprint(session));
    let details = match &file.content {
        SignedContent::Submission(submission) => {
            let summary = submission.summary();
            let type_key = names::business_type(summary.business_type);
            let business_type = summary.business_type;
            let replaceable = move || {
                session
                    .with_contents(|contents| {
                        contents
                            .workspace
                            .accounts
                            .iter()
                            .filter(|account| account.business_type == business_type)
                            .map(|account| (account.id.clone(), account.name.clone()))
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            };
            view! {
                <dl class="app-summary-list">
                    <dt>{move || locale.t(msg::transfer::IMPORT_LEGAL_NAME)}</dt>
                    <dd id="preview-legal-name">{summary.legal_name.clone()}</dd>
                    <dt>{move || locale.t(msg::transfer::IMPORT_BUSINESS_TYPE)}</dt>
                    <dd id="preview-business-type">{move || locale.text(type_key)}</dd>
                    <dt>{move || locale.t(msg::transfer::IMPORT_CRITERIA)}</dt>
                    <dd id="preview-criteria">{summary.criteria_answered}</dd>
                    <dt>{move || locale.t(msg::transfer::IMPORT_PARTNERS)}</dt>
                    <dd id="preview-partners">{summary.partners}</dd>
                    <dt>{move || locale.t(msg::transfer::IMPORT_FACILITIES)}</dt>
                    <dd id="preview-facilities">{summary.facilities}</dd>
                </dl>
                <Show when=move || pending.get().is_none()>
                    <div class="app-button-group">
                        <For each=replaceable key=|account| account.clone() let:account>
                            <button
                                class="app-button app-button--secondary"
                                type="button"
                                data-replace-account=account.0.clone()
                                on:click={
                                    let account = account.clone();
                                    move |_| ask(pending, allowed, Pending::Replace { id: account.0.clone(), name: account.1.clone() })
                                }
                            >
                                {
                                    let name = account.1.clone();
                                    move || locale.format(msg::transfer::IMPORT_REPLACE, &[("account", &name)])
                                }
                            </button>
                        </For>
                    </div>
                </Show>
            }
            .into_any()
        }
        SignedContent::Backup(backup) => view! {
            <dl class="app-summary-list">
                <dt>{move || locale.t(msg::transfer::IMPORT_LEGAL_NAME)}</dt>
                <dd id="preview-legal-name">{backup.workspace.organization.legal_name.clone()}</dd>
                <dt>{move || locale.t(msg::transfer::IMPORT_ACCOUNTS)}</dt>
                <dd id="preview-accounts">{backup.workspace.accounts.len()}</dd>
                <dt>{move || locale.t(msg::transfer::IMPORT_EXPORTED_AT)}</dt>
                <dd id="preview-exported-at">{backup.exported_at.clone()}</dd>
            </dl>
            <Show when=move || pending.get().is_none()>
                <button class="app-button app-button--warning" type="button" id="import-restore" on:click=move |_| ask(pending, allowed, Pending::Restore)>
                    {move || locale.t(msg::transfer::IMPORT_RESTORE)}
                </button>
            </Show>
        }
        .into_any(),
    };
    view! {
        <section class="app-form-section" id="import-preview" tabindex="-1">
            <SignerCheckSummary check=check />
            <p class="app-body">
                {move || locale.t(msg::transfer::IMPORT_SIGNER)} " "
                <span class="app-fingerprint" id="preview-signer">{signer.for_people()}</span>
            </p>
            <p class="app-body" id="preview-signed-by">
                {move || if ours() {
                    locale.t(msg::transfer::IMPORT_SIGNED_BY_THIS_WORKSPACE)
                } else {
                    locale.t(msg::transfer::IMPORT_SIGNED_BY_ANOTHER_KEY)
                }}
            </p>
            <Show when=move || !ours()>
                <SignerConfirmation signer=signer own=workspace_fingerprint(session) check=check />
            </Show>
            {details}
        </section>
    }
}

/// Reads a chosen or dropped file's text (refusing an oversized one unread) and checks it.
async fn read_file(file: web_sys::File) -> Result<ChosenFile, MessageKey> {
    let text = chosen_file_text(file).await?;
    read_chosen_file(&text).map_err(|error| error.message_key())
}
