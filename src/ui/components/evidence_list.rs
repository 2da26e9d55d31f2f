//! The evidence of implementation attached to a criterion answer or a training record: each
//! reference with its title (editable), file name, size and SHA-256 fingerprint, a button to
//! remove it, and a file picker to add one.
//!
//! A chosen file stays on the user's computer: it is read in slices (so a large file never sits
//! whole in memory), each slice feeds the SHA-256, and only the name, size and digest are
//! recorded. The component does not know where the list lives: it hands each change to its
//! owner as an [`EvidenceEdit`], which the owner applies through the session.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use crate::crypto::file_digest::FileDigest;
use crate::domain::model::EvidenceReference;
use crate::domain::validation::{Finding, Findings, shown_at};
use crate::domain::{FieldPath, Language, Owner};
use crate::i18n::{MessageKey, msg};
use crate::state::item_id::new_item_id;
use crate::state::{Locale, WorkspaceFindings};
use crate::ui::binding::FieldSource;
use crate::ui::components::field_feedback::finding_text;
use crate::ui::components::input_field::InputField;
use crate::ui::components::keyed_for::For;
use crate::ui::components::show::Show;
use crate::ui::field_id::field_id;

/// How much of a file is read at once: big enough to hash quickly, small enough that a large
/// scan or video never has to fit in memory.
pub const SLICE_BYTES: u64 = 4 * 1024 * 1024;

/// What was learnt from a file: all that an evidence reference keeps of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileFacts {
    /// Bytes read.
    pub size: u64,
    /// SHA-256 of those bytes, lowercase hexadecimal.
    pub sha256: String,
}

/// Why a chosen file could not be fingerprinted. Nothing is recorded then.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EvidenceReadError {
    /// The browser could not read the file (moved, deleted, locked or no permission).
    #[error("the file could not be read")]
    Unreadable,
    /// The file changed size while it was being read.
    #[error("the file changed while it was being read")]
    Changed,
}

impl EvidenceReadError {
    /// The message shown to the user.
    pub fn message_key(self) -> MessageKey {
        match self {
            EvidenceReadError::Unreadable => msg::evidence::ERROR_UNREADABLE,
            EvidenceReadError::Changed => msg::evidence::ERROR_CHANGED,
        }
    }
}

/// Reads `blob` slice by slice (`slice_bytes` at a time) into a SHA-256: its size and digest.
pub async fn digest_blob(
    blob: &web_sys::Blob,
    slice_bytes: u64,
) -> Result<FileFacts, EvidenceReadError> {
    let slice_bytes = slice_bytes.max(1);
    let total = blob.size() as u64;
    let mut digest = FileDigest::new();
    let mut buffer = Vec::new();
    let mut start = 0;
    while start < total {
        let end = total.min(start.saturating_add(slice_bytes));
        let slice = blob
            .slice_with_f64_and_f64(start as f64, end as f64)
            .map_err(|_| EvidenceReadError::Unreadable)?;
        let read = JsFuture::from(slice.array_buffer())
            .await
            .map_err(|_| EvidenceReadError::Unreadable)?;
        let bytes = js_sys::Uint8Array::new(&read);
        let length = u64::from(bytes.length());
        if length != end - start {
            return Err(EvidenceReadError::Changed);
        }
        buffer.resize(bytes.length() as usize, 0);
        bytes.copy_to(&mut buffer);
        digest.update(&buffer);
        start = end;
    }
    Ok(FileFacts {
        size: digest.length(),
        sha256: digest.finish(),
    })
}

/// Fingerprints a chosen file, [`SLICE_BYTES`] at a time.
pub async fn digest_file(file: &web_sys::File) -> Result<FileFacts, EvidenceReadError> {
    digest_blob(file, SLICE_BYTES).await
}

/// One change to a list of evidence references, for its owner to apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EvidenceEdit {
    /// A new reference, at the end.
    Add(EvidenceReference),
    /// A new title for reference `id`.
    Retitle {
        /// The reference's id.
        id: String,
        /// Its new title, as typed.
        title: String,
    },
    /// A new document date for reference `id`.
    Redate {
        /// The reference's id.
        id: String,
        /// Its date, ISO `YYYY-MM-DD` as the date input gives it, or empty.
        date: String,
    },
    /// Removes reference `id`.
    Remove(String),
}

impl EvidenceEdit {
    /// The address of what changes in the list of `holder` (an answer or a register row), so
    /// the holder's edit re-checks only that.
    pub fn path(&self, holder: Owner) -> FieldPath {
        match self {
            EvidenceEdit::Add(reference) => holder.evidence(&reference.id).whole(),
            EvidenceEdit::Retitle { id, .. } => holder.evidence(id).field(EvidenceReference::TITLE),
            EvidenceEdit::Redate { id, .. } => holder.evidence(id).field(EvidenceReference::DATE),
            EvidenceEdit::Remove(id) => holder.evidence(id).whole(),
        }
    }

    /// Applies the change to the owner's list.
    pub fn apply(self, list: &mut Vec<EvidenceReference>) {
        match self {
            EvidenceEdit::Add(reference) => list.push(reference),
            EvidenceEdit::Retitle { id, title } => {
                if let Some(reference) = list.iter_mut().find(|r| r.id == id) {
                    reference.title = title;
                }
            }
            EvidenceEdit::Redate { id, date } => {
                if let Some(reference) = list.iter_mut().find(|r| r.id == id) {
                    reference.date = date;
                }
            }
            EvidenceEdit::Remove(id) => list.retain(|reference| reference.id != id),
        }
    }
}

/// A file size as people read it: bytes below 1 KB, else KB, MB or GB with one decimal (in the
/// user's decimal separator).
pub fn human_size(locale: Locale, bytes: u64) -> String {
    const UNITS: [MessageKey; 3] = [
        msg::evidence::SIZE_KB,
        msg::evidence::SIZE_MB,
        msg::evidence::SIZE_GB,
    ];
    if bytes < 1024 {
        return locale.format(msg::evidence::SIZE_BYTES, &[("size", &bytes.to_string())]);
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    let mut number = format!("{value:.1}");
    if locale.language() == Language::French {
        number = number.replace('.', ",");
    }
    locale.format(UNITS[unit], &[("size", &number)])
}

/// What the picker is doing, for its status line.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Progress {
    Idle,
    Hashing(String),
    Added(String),
    Failed(String, EvidenceReadError),
}

/// The evidence references of one answer or record, and the picker that adds one.
#[component]
pub fn EvidenceList(
    /// What holds the list: an answer or a register row.
    owner: Owner,
    /// The references as they stand.
    #[prop(into)]
    references: Signal<Vec<EvidenceReference>>,
    /// Applies a change to the list (through the session, at the change's path).
    #[prop(into)]
    on_edit: Callback<EvidenceEdit>,
    /// Shows every message at once (after "Save and continue"), not only of fields left.
    #[prop(optional, into)]
    show_messages: Signal<bool>,
) -> impl IntoView {
    let locale = Locale::expect();
    let list_id = field_id(&owner.clone().field("evidence"));
    let input_id = format!("{list_id}-file");
    let hint_id = format!("{input_id}-hint");
    let error_id = format!("{input_id}-message");
    let heading_id = format!("{list_id}-heading");
    let labelled_by = heading_id.clone();
    let progress = RwSignal::new(Progress::Idle);
    let input = NodeRef::<leptos::html::Input>::new();

    let on_change = move |_| {
        let Some(element) = input.get_untracked() else {
            return;
        };
        let Some(files) = element.files() else {
            return;
        };
        let chosen: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        if chosen.is_empty() {
            return;
        }
        spawn_local(async move {
            for file in chosen {
                let name = file.name();
                progress.set(Progress::Hashing(name.clone()));
                match digest_file(&file).await {
                    Ok(facts) => {
                        on_edit.run(EvidenceEdit::Add(EvidenceReference {
                            id: new_item_id("ev"),
                            title: name.clone(),
                            file_name: name.clone(),
                            size: facts.size,
                            sha256: facts.sha256,
                            date: String::new(),
                        }));
                        progress.set(Progress::Added(name));
                    }
                    Err(error) => {
                        progress.set(Progress::Failed(name, error));
                        break;
                    }
                }
            }
            element.set_value("");
        });
    };
    let status = move || match progress.get() {
        Progress::Hashing(name) => locale.format(msg::evidence::HASHING, &[("file", &name)]),
        Progress::Added(name) => locale.format(msg::evidence::ADDED, &[("file", &name)]),
        Progress::Idle | Progress::Failed(..) => String::new(),
    };
    let failure = move || match progress.get() {
        Progress::Failed(name, error) => Some(format!(
            "{} {}",
            locale.format(msg::evidence::ERROR_FILE, &[("file", &name)]),
            locale.t(error.message_key())
        )),
        _ => None,
    };
    let busy = move || matches!(progress.get(), Progress::Hashing(_));
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            if failure().is_some() {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    let ids = Memo::new(move |_| {
        references.with(|list| list.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
    });

    view! {
        <div class="app-evidence" role="group" aria-labelledby=labelled_by aria-busy=move || busy().then_some("true")>
            <h4 class="app-evidence__heading" id=heading_id>{move || locale.t(msg::evidence::HEADING)}</h4>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="app-evidence__empty">{move || locale.t(msg::evidence::NONE)}</p>
            </Show>
            <ul class="app-evidence__list">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <EvidenceItem owner=owner.clone() id=id references=references on_edit=on_edit
                        show_messages=show_messages />
                </For>
            </ul>
            <div class="app-form-group" class:app-form-group--error=move || failure().is_some()>
                <label class="app-label" for=input_id.clone()>{move || locale.t(msg::evidence::ADD)}</label>
                <div class="app-hint" id=hint_id>{move || locale.t(msg::evidence::ADD_HINT)}</div>
                {move || failure().map(|message| view! {
                    <p class="app-error-message" id=error_id.clone() role="alert">
                        <span class="app-visually-hidden">{move || locale.t(msg::form::ERROR_PREFIX)}</span>
                        " "
                        {message}
                    </p>
                })}
                <input class="app-file-input" type="file" id=input_id.clone() name=input_id multiple=true
                    aria-describedby=described
                    aria-invalid=move || failure().is_some().then_some("true")
                    node_ref=input on:change=on_change />
            </div>
            <p class="app-evidence__status" role="status" aria-live="polite">{status}</p>
        </div>
    }
}

/// One reference: its title field, what the file is, and its remove button.
#[component]
fn EvidenceItem(
    owner: Owner,
    id: String,
    references: Signal<Vec<EvidenceReference>>,
    on_edit: Callback<EvidenceEdit>,
    show_messages: Signal<bool>,
) -> impl IntoView {
    let locale = Locale::expect();
    let findings = WorkspaceFindings::expect().signal();
    let document = owner.evidence(id.clone());
    let fields = ReferenceFields {
        id: StoredValue::new(id.clone()),
        reference: Memo::new({
            let id = id.clone();
            move |_| {
                references.with(|list| {
                    list.iter()
                        .find(|r| r.id == id)
                        .cloned()
                        .unwrap_or_default()
                })
            }
        }),
        on_edit,
        findings,
        locale,
        show_messages,
    };
    let reference = fields.reference;
    // The fields the user types into: the title, and the document's date.
    let title = fields.bind(
        document.clone().field(EvidenceReference::TITLE),
        |r| r.title.clone(),
        |r, title| r.title = title,
    );
    let date = fields.bind(
        document.clone().field(EvidenceReference::DATE),
        |r| r.date.clone(),
        |r, date| r.date = date,
    );
    // Problems of the file itself (a file name or digest damaged in a file made elsewhere):
    // only removing the reference fixes them, so they show at once.
    let file_problems = {
        let document = document.clone();
        Memo::new(move |_| {
            findings.with(|findings| {
                findings
                    .within(&document)
                    .filter(|f| !matches!(f.path.field, Some("title" | "date")))
                    .cloned()
                    .collect::<Vec<Finding>>()
            })
        })
    };
    let digest_id = field_id(&document.clone().field(EvidenceReference::SHA256));
    let file_name_id = field_id(&document.field(EvidenceReference::FILE_NAME));
    let remove = move |_| on_edit.run(EvidenceEdit::Remove(id.clone()));
    let file_name = move || reference.with(|r| r.file_name.clone());
    view! {
        <li class="app-evidence__item">
            <InputField binding=title label={msg::evidence::TITLE} />
            <InputField binding=date label={msg::evidence::DATE} hint={msg::evidence::DATE_HINT} optional=true
                input_type="date" width="app-input--width-10" />
            <dl class="app-evidence__facts">
                <div class="app-evidence__fact">
                    <dt>{move || locale.t(msg::evidence::FILE_NAME)}</dt>
                    <dd class="app-evidence__file-name" id=file_name_id tabindex="-1">{file_name}</dd>
                </div>
                <div class="app-evidence__fact">
                    <dt>{move || locale.t(msg::evidence::SIZE)}</dt>
                    <dd class="app-evidence__size">{move || human_size(locale, reference.with(|r| r.size))}</dd>
                </div>
                <div class="app-evidence__fact">
                    <dt>{move || locale.t(msg::evidence::SHA256)}</dt>
                    <dd><code class="app-evidence__digest" id=digest_id tabindex="-1">{move || reference.with(|r| r.sha256.clone())}</code></dd>
                </div>
            </dl>
            <For each=move || file_problems.get() key=|f| (f.path.clone(), f.code) let:finding>
                <p class="app-error-message">
                    <span class="app-visually-hidden">{move || locale.t(msg::form::ERROR_PREFIX)}</span>
                    " "
                    {move || finding_text(locale, &finding)}
                </p>
            </For>
            <button type="button" class="app-button app-button--secondary app-evidence__remove" on:click=remove>
                {move || locale.t(msg::evidence::REMOVE)}
                <span class="app-visually-hidden">" " {file_name}</span>
            </button>
        </li>
    }
}

/// One reference's typed fields (its title and date), as a source of field bindings. The list
/// lives with the reference's holder, so an edit goes to the holder as an [`EvidenceEdit`].
#[derive(Clone, Copy)]
struct ReferenceFields {
    id: StoredValue<String>,
    reference: Memo<EvidenceReference>,
    on_edit: Callback<EvidenceEdit>,
    findings: ReadSignal<Findings>,
    locale: Locale,
    show_messages: Signal<bool>,
}

impl FieldSource for ReferenceFields {
    type Part = EvidenceReference;

    fn read<V>(&self, read: impl Fn(&EvidenceReference) -> V + Send + Sync + 'static) -> Memo<V>
    where
        V: Default + PartialEq + Send + Sync + 'static,
    {
        let reference = self.reference;
        Memo::new(move |_| reference.with(&read))
    }

    fn edit_at(&self, path: &FieldPath, change: impl FnOnce(&mut EvidenceReference)) {
        let mut reference = self.reference.get_untracked();
        change(&mut reference);
        let id = self.id.get_value();
        let edit = match path.field {
            Some(EvidenceReference::DATE) => EvidenceEdit::Redate {
                id,
                date: reference.date,
            },
            _ => EvidenceEdit::Retitle {
                id,
                title: reference.title,
            },
        };
        self.on_edit.run(edit);
    }

    fn finding_at(&self, path: &FieldPath) -> Memo<Option<Finding>> {
        let findings = self.findings;
        let path = path.clone();
        Memo::new(move |_| findings.with(|findings| shown_at(findings.at(&path), &path).cloned()))
    }

    fn locale(&self) -> Locale {
        self.locale
    }

    fn submitted(&self) -> Signal<bool> {
        self.show_messages
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(id: &str) -> EvidenceReference {
        EvidenceReference {
            id: id.to_owned(),
            title: format!("{id} title"),
            ..EvidenceReference::default()
        }
    }

    fn holder() -> Owner {
        Owner::Answer {
            account: "a1".into(),
            criterion: "3.4".into(),
        }
    }

    #[test]
    fn edits_name_the_path_they_change_and_change_only_their_reference() {
        let mut list = vec![reference("e1"), reference("e2")];
        let retitle = EvidenceEdit::Retitle {
            id: "e2".to_owned(),
            title: "Seal log".to_owned(),
        };
        assert_eq!(
            retitle.path(holder()).to_string(),
            "accounts/a1/profile/answers/3.4/evidence/e2/title"
        );
        retitle.apply(&mut list);
        assert_eq!(list[0].title, "e1 title");
        assert_eq!(list[1].title, "Seal log");

        let redate = EvidenceEdit::Redate {
            id: "e1".to_owned(),
            date: "2025-05-01".to_owned(),
        };
        assert_eq!(
            redate.path(holder()).to_string(),
            "accounts/a1/profile/answers/3.4/evidence/e1/date"
        );
        redate.apply(&mut list);
        assert_eq!(list[0].date, "2025-05-01");
        assert_eq!(list[1].date, "");

        let remove = EvidenceEdit::Remove("e1".to_owned());
        assert_eq!(
            remove.path(holder()).to_string(),
            "accounts/a1/profile/answers/3.4/evidence/e1"
        );
        remove.apply(&mut list);
        assert_eq!(list.len(), 1);

        let add = EvidenceEdit::Add(reference("e3"));
        assert_eq!(
            add.path(holder()).to_string(),
            "accounts/a1/profile/answers/3.4/evidence/e3"
        );
        add.apply(&mut list);
        assert_eq!(list.last().map(|r| r.id.as_str()), Some("e3"));
    }
}
