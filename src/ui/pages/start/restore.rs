//! The last step of restoring on a new computer: the backup file, checked by the same
//! `read_signed_file` as Import and the verifier, its signer shown and confirmed as on Import
//! (this browser's key is always a new one, so the signer is always "another key"). Nothing is
//! stored before the user restores a file that passed every check.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::crypto::signed_file::{ImportedFile, read_signed_file};
use crate::crypto::signing_key::Fingerprint;
use crate::domain::model::Workspace;
use crate::domain::submission::{SignedContent, WorkspaceBackup};
use crate::i18n::{MessageKey, error_messages, msg};
use crate::state::Locale;
use crate::ui::chosen_file::chosen_file_text;
use crate::ui::components::show::Show;
use crate::ui::pages::transfer::signer_check::{
    SignerCheck, SignerCheckSummary, SignerConfirmation,
};

/// A backup that passed every check, with who signed it.
#[derive(Debug, Clone, PartialEq)]
struct CheckedBackup {
    signer: Fingerprint,
    backup: WorkspaceBackup,
}

/// Choosing the backup, its preview and "Restore this workspace".
#[component]
pub fn BackupChoice(
    /// The key of the workspace being made in this browser, shown beside the signer's.
    own: Fingerprint,
    /// True while the workspace is being written.
    busy: RwSignal<bool>,
    /// Called with the backup's workspace once the user has confirmed its signer.
    on_restore: Callback<Workspace>,
) -> impl IntoView {
    let locale = Locale::expect();
    let checked = RwSignal::new(None::<CheckedBackup>);
    let error = RwSignal::new(None::<MessageKey>);
    let check = SignerCheck::new();
    let input = NodeRef::<leptos::html::Input>::new();
    let on_change = move |_| {
        let Some(file) = input
            .get_untracked()
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        checked.set(None);
        error.set(None);
        check.reset();
        spawn_local(async move {
            match read_backup_file(file).await {
                Ok(backup) => checked.set(Some(backup)),
                Err(key) => error.set(Some(key)),
            }
        });
    };
    let restore = move |_| {
        let Some(CheckedBackup { signer, backup }) = checked.get_untracked() else {
            return;
        };
        if check.allows(signer, Some(own)) {
            on_restore.run(backup.workspace);
        }
    };
    view! {
        <h1 class="app-heading-xl">{move || locale.t(msg::restore::TITLE)}</h1>
        <p class="app-body">{move || locale.t(msg::restore::INTRO)}</p>
        <div class="app-form-group">
            <label class="app-label" for="restore-file">{move || locale.t(msg::restore::CHOOSE)}</label>
            <p class="app-hint" id="restore-file-hint">{move || locale.t(msg::restore::CHOOSE_HINT)}</p>
            <input
                class="app-file-input"
                type="file"
                id="restore-file"
                accept=".json"
                aria-describedby="restore-file-hint"
                node_ref=input
                on:change=on_change
            />
        </div>
        <Show when=move || error.get().is_some()>
            <p class="app-error-message" id="restore-error" role="alert">
                {move || error.get().map(|key| locale.t(key)).unwrap_or_default()}
            </p>
        </Show>
        {move || checked.get().map(|CheckedBackup { signer, backup }| view! {
            <section class="app-form-section" id="restore-preview" tabindex="-1">
                <SignerCheckSummary check=check />
                <dl class="app-summary-list">
                    <dt>{move || locale.t(msg::transfer::IMPORT_LEGAL_NAME)}</dt>
                    <dd id="preview-legal-name">{backup.workspace.organization.legal_name.clone()}</dd>
                    <dt>{move || locale.t(msg::transfer::IMPORT_ACCOUNTS)}</dt>
                    <dd id="preview-accounts">{backup.workspace.accounts.len()}</dd>
                    <dt>{move || locale.t(msg::transfer::IMPORT_EXPORTED_AT)}</dt>
                    <dd id="preview-exported-at">{backup.exported_at.clone()}</dd>
                </dl>
                <p class="app-body">
                    {move || locale.t(msg::transfer::IMPORT_SIGNER)} " "
                    <span class="app-fingerprint" id="preview-signer">{signer.for_people()}</span>
                </p>
                <p class="app-body" id="preview-signed-by">{move || locale.t(msg::restore::NEW_KEY)}</p>
                <SignerConfirmation signer=signer own=Some(own) check=check />
                <button class="app-button" type="button" id="restore-confirm" disabled=move || busy.get() on:click=restore>
                    {move || locale.t(msg::restore::RESTORE_BUTTON)}
                </button>
                <p class="app-body" role="status" aria-live="polite">
                    {move || busy.get().then(|| locale.t(msg::restore::RESTORING))}
                </p>
            </section>
        })}
    }
}

/// Reads the chosen file (refusing an oversized one unread), checks its signature and content
/// as Import does, and keeps it only if it is a backup.
async fn read_backup_file(file: web_sys::File) -> Result<CheckedBackup, MessageKey> {
    let text = chosen_file_text(file).await?;
    match read_signed_file(&text).map_err(|error| error_messages::import_error(&error))? {
        ImportedFile {
            signer,
            content: SignedContent::Backup(backup),
        } => Ok(CheckedBackup {
            signer,
            backup: *backup,
        }),
        ImportedFile {
            content: SignedContent::Submission(_),
            ..
        } => Err(msg::restore::NOT_A_BACKUP),
    }
}
