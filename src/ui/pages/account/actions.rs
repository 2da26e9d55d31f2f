//! Managing an account from its task list: rename it, duplicate it (answers and registers
//! copied by the domain) or delete it after a confirmation that names it. One action is open at
//! a time, in place of the buttons; focus moves into it when it opens and back to its button
//! when it is cancelled, so keyboard users never lose their place.

use leptos::prelude::*;

use super::name_finding;
use crate::domain::Owner;
use crate::domain::model::EntityAccount;
use crate::domain::validation::Finding;
use crate::i18n::{MessageKey, msg};
use crate::state::item_id::new_item_id;
use crate::state::{Locale, Navigation, Notice, Screen, Session};
use crate::ui::components::field_feedback::{Feedback, finding_text};
use crate::ui::components::input_field::InputField;
use crate::ui::field_focus::focus_field;

/// Which action is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Panel {
    Closed,
    Rename,
    Duplicate,
    Delete,
}

/// The id of the rename form's field.
const RENAME_FIELD: &str = "field-account-rename-name";
/// The id of the duplicate form's field.
const DUPLICATE_FIELD: &str = "field-account-duplicate-name";

/// The "Manage this account" section.
#[component]
pub(super) fn ManageAccount(
    /// The account managed.
    account_id: StoredValue<String>,
    /// The page's error summary (field id and finding).
    summary: RwSignal<Vec<(String, Finding)>>,
    /// The page's success banner.
    notice: RwSignal<Option<Notice>>,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let panel = RwSignal::new(Panel::Closed);
    let current_name = move || {
        session
            .with_contents(|c| {
                account_id.with_value(|id| c.workspace.account(id).map(|a| a.name.clone()))
            })
            .flatten()
            .unwrap_or_default()
    };
    let open = move |which: Panel, focus: &'static str| {
        summary.set(Vec::new());
        notice.set(None);
        panel.set(which);
        request_animation_frame(move || focus_field(focus));
    };
    // Back to the buttons, with focus on the one that opened the action.
    let close = Callback::new(move |button: &'static str| {
        summary.set(Vec::new());
        panel.set(Panel::Closed);
        request_animation_frame(move || focus_field(button));
    });

    view! {
        <section class="app-account-manage" aria-labelledby="account-manage-heading">
            <h2 class="app-heading-m" id="account-manage-heading">{move || locale.t(msg::account::MANAGE_HEADING)}</h2>
            {move || match panel.get() {
                Panel::Closed => view! {
                    <div class="app-button-group">
                        <button type="button" class="app-button app-button--secondary" id="account-rename"
                            on:click=move |_| open(Panel::Rename, RENAME_FIELD)>
                            {move || locale.t(msg::account::RENAME)}
                        </button>
                        <button type="button" class="app-button app-button--secondary" id="account-duplicate"
                            on:click=move |_| open(Panel::Duplicate, DUPLICATE_FIELD)>
                            {move || locale.t(msg::account::DUPLICATE)}
                        </button>
                        <button type="button" class="app-button app-button--warning" id="account-delete"
                            on:click=move |_| open(Panel::Delete, "account-delete-title")>
                            {move || locale.t(msg::account::DELETE)}
                        </button>
                    </div>
                }
                .into_any(),
                Panel::Rename => view! {
                    <NameForm
                        account_id=account_id
                        field=RENAME_FIELD
                        title={msg::account::RENAME_TITLE}
                        label={msg::new_account::NAME}
                        hint=None
                        start=current_name()
                        submit={msg::account::RENAME_SAVE}
                        summary=summary
                        on_cancel=Callback::new(move |()| close.run("account-rename"))
                        on_save=Callback::new(move |name: String| {
                            let id = account_id.get_value();
                            session.edit_at(&Owner::Account(id.clone()).field(EntityAccount::NAME), |c| {
                                c.workspace.rename_account(&id, name.clone());
                            });
                            panel.set(Panel::Closed);
                            notice.set(Some(Notice {
                                title: msg::account::RENAMED,
                                body: None,
                                name,
                                source: String::new(),
                            }));
                        })
                    />
                }
                .into_any(),
                Panel::Duplicate => view! {
                    <NameForm
                        account_id=account_id
                        field=DUPLICATE_FIELD
                        title={msg::account::DUPLICATE_TITLE}
                        label={msg::account::DUPLICATE_NAME}
                        hint=Some(msg::account::DUPLICATE_HINT)
                        start=locale.format(msg::account::DUPLICATE_DEFAULT_NAME, &[("name", &current_name())])
                        submit={msg::account::DUPLICATE_CREATE}
                        summary=summary
                        on_cancel=Callback::new(move |()| close.run("account-duplicate"))
                        on_save=Callback::new(move |name: String| duplicate(account_id.get_value(), name))
                    />
                }
                .into_any(),
                Panel::Delete => view! {
                    <DeleteConfirmation
                        account_id=account_id
                        on_cancel=Callback::new(move |()| close.run("account-delete"))
                    />
                }
                .into_any(),
            }}
        </section>
    }
}

/// Copies account `source` as `name` and opens the copy, announcing it.
fn duplicate(source: String, name: String) {
    let session = Session::expect();
    let navigation = Navigation::expect();
    let new_id = new_item_id("acct");
    let mut source_name = String::new();
    session.edit(|c| {
        source_name = c
            .workspace
            .account(&source)
            .map(|a| a.name.clone())
            .unwrap_or_default();
        c.workspace
            .duplicate_account(&source, new_id.clone(), name.clone());
    });
    navigation.go_with_notice(
        Screen::Account(new_id),
        Notice {
            title: msg::account::DUPLICATED,
            body: Some(msg::account::DUPLICATED_BODY),
            name,
            source: source_name,
        },
    );
}

/// A small form asking for an account name (rename, or the name of a copy): required, checked
/// by the validation engine's rule for account names, inline after the field is left and in
/// the page's error summary on submit.
#[component]
fn NameForm(
    account_id: StoredValue<String>,
    field: &'static str,
    title: MessageKey,
    label: MessageKey,
    hint: Option<MessageKey>,
    start: String,
    submit: MessageKey,
    summary: RwSignal<Vec<(String, Finding)>>,
    on_cancel: Callback<()>,
    on_save: Callback<String>,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let name = RwSignal::new(start);
    let touched = RwSignal::new(false);
    let submitted = RwSignal::new(false);
    let finding = Memo::new(move |_| {
        name.with(|name| account_id.with_value(|id| name_finding(session, id, name)))
    });
    let feedback = Signal::derive(move || {
        if !(touched.get() || submitted.get()) {
            return None;
        }
        finding.get().map(|finding| Feedback {
            message: finding_text(locale, &finding),
            is_warning: !finding.is_error(),
        })
    });
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match finding.get_untracked().filter(Finding::is_error) {
            Some(error) => {
                submitted.set(true);
                summary.set(vec![(field.to_owned(), error)]);
            }
            None => {
                summary.set(Vec::new());
                on_save.run(name.get_untracked());
            }
        }
    };
    let title_id = format!("{field}-title");
    let labelled_by = title_id.clone();
    view! {
        <form class="app-form app-account-manage__panel" novalidate=true aria-labelledby=labelled_by on:submit=save>
            <h3 class="app-heading-s" id=title_id>{move || locale.t(title)}</h3>
            {match hint {
                Some(hint) => view! {
                    <InputField id=field label=label hint=hint value=name
                        on_input=Callback::new(move |text| name.set(text))
                        on_blur=Callback::new(move |()| touched.set(true))
                        feedback=feedback />
                }
                .into_any(),
                None => view! {
                    <InputField id=field label=label value=name
                        on_input=Callback::new(move |text| name.set(text))
                        on_blur=Callback::new(move |()| touched.set(true))
                        feedback=feedback />
                }
                .into_any(),
            }}
            <div class="app-button-group">
                <button type="submit" class="app-button">{move || locale.t(submit)}</button>
                <button type="button" class="app-button app-button--secondary" on:click=move |_| on_cancel.run(())>
                    {move || locale.t(msg::form::CANCEL)}
                </button>
            </div>
        </form>
    }
}

/// "Delete <name>?" with what it means, a warning button and a way back.
#[component]
fn DeleteConfirmation(account_id: StoredValue<String>, on_cancel: Callback<()>) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let navigation = Navigation::expect();
    let name = Memo::new(move |_| {
        session
            .with_contents(|c| {
                account_id.with_value(|id| c.workspace.account(id).map(|a| a.name.clone()))
            })
            .flatten()
            .unwrap_or_default()
    });
    let delete = move |_| {
        let id = account_id.get_value();
        let deleted = name.get_untracked();
        session.edit(|c| {
            c.workspace.remove_account(&id);
        });
        navigation.go_with_notice(
            Screen::Tasks,
            Notice {
                title: msg::account::DELETED,
                body: Some(msg::account::DELETED_BODY),
                name: deleted,
                source: String::new(),
            },
        );
    };
    view! {
        <div class="app-account-manage__panel app-account-manage__panel--warning" role="group"
            aria-labelledby="account-delete-title" aria-describedby="account-delete-body">
            <h3 class="app-heading-s" id="account-delete-title" tabindex="-1">
                {move || locale.format(msg::account::DELETE_TITLE, &[("name", &name.get())])}
            </h3>
            <p class="app-body" id="account-delete-body">{move || locale.t(msg::account::DELETE_BODY)}</p>
            <div class="app-button-group">
                <button type="button" class="app-button app-button--warning" id="account-delete-confirm" on:click=delete>
                    {move || locale.t(msg::account::DELETE)}
                </button>
                <button type="button" class="app-button app-button--secondary" id="account-delete-cancel"
                    on:click=move |_| on_cancel.run(())>
                    {move || locale.t(msg::form::CANCEL)}
                </button>
            </div>
        </div>
    }
}
