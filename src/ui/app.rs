//! The page shell (header with the product name, language switch and save status; the main
//! area; the footer) and which screen the main area shows: the start page and onboarding (or
//! the example) until the workspace exists, the unlock screen while it is locked, and, once
//! open, the main account information until it is complete (nothing else is reachable before),
//! then the chosen screen.

use leptos::prelude::*;

use crate::domain::validation::{Section, SectionStatus, main_account_status};
use crate::i18n::msg;
use crate::state::{Locale, Navigation, Phase, Screen, Session, WorkspaceFindings};
use crate::ui::components::onboarding_steps::OnboardingSteps;
use crate::ui::components::page_frame::{PageFooter, PageHeader};
use crate::ui::components::save_indicator::{SaveIndicator, UnsavedWorkNotice};
use crate::ui::components::show::Show;
use crate::ui::field_focus::focus_field_or;
use crate::ui::pages::account::{AccountDetailsPage, AccountPage};
use crate::ui::pages::annual_review::AnnualReviewPage;
use crate::ui::pages::check_answers::CheckAnswersPage;
use crate::ui::pages::evidence_manifest::EvidenceManifestPage;
use crate::ui::pages::main_account::MainAccountPage;
use crate::ui::pages::new_account::NewAccountPage;
use crate::ui::pages::not_found::PageNotFound;
use crate::ui::pages::portal_entry::PortalEntryPage;
use crate::ui::pages::registers::RegisterPage;
use crate::ui::pages::security_profile::SecurityProfilePage;
use crate::ui::pages::{
    ExampleBanner, FirstVisit, HomePage, RecoverPage, RecoveryKitPage, SettingsPage, StartChoice,
    TransferPage, UnlockPage, WeakRecoveryBanner,
};

/// The whole app, as mounted on the page. `chosen` is the way a first visit chose on the start
/// program's page, which the first screen then opens at.
#[component]
pub fn App(#[prop(optional_no_strip)] chosen: Option<StartChoice>) -> impl IntoView {
    // Before anything reads storage: keys from before namespaces become this deployment's.
    let adopted_aside = crate::state::persistence::adopt_storage_of_earlier_versions();
    let locale = Locale::provide();
    let session = crate::state::provide_session();
    session.note_kept_aside(adopted_aside);
    let navigation = Navigation::provide();
    let findings = WorkspaceFindings::provide(session);
    let unlocked = move || session.phase() == Phase::Unlocked;
    // The example has no settings, no lock and no save status: its banner says why.
    let own_workspace = move || unlocked() && !session.is_example();
    let chosen = StoredValue::new(chosen);
    view! {
        <PageHeader>
            <Show when=own_workspace>
                <SaveIndicator />
                <button class="app-header__link" type="button" id="open-settings" on:click=move |_| navigation.go(Screen::Settings)>
                    {move || locale.t(msg::shell::SETTINGS)}
                </button>
                <button class="app-header__link" type="button" id="lock-now" on:click=move |_| session.lock()>
                    {move || locale.t(msg::shell::LOCK)}
                </button>
            </Show>
        </PageHeader>
        <main class="app-main" id="main-content" tabindex="-1">
            <crate::ui::components::update_prompt::UpdatePrompt />
            <crate::ui::components::newer_version_notice::NewerVersionNotice />
            <StorageNotice />
            <crate::ui::components::storage_room::LowStorageNotice />
            <Show when=unlocked>
                <UnsavedWorkNotice />
            </Show>
            <ExampleBanner />
            {move || match session.phase() {
                // Taken once: coming back to the start later (the example closed) starts there.
                Phase::NoWorkspace => view! { <FirstVisit chosen=chosen.try_update_value(Option::take).flatten() /> }.into_any(),
                Phase::Locked => view! { <LockedScreen /> }.into_any(),
                Phase::Unlocked => view! { <OpenWorkspace findings=findings /> }.into_any(),
            }}
        </main>
        <PageFooter />
    }
}

/// Unlock, or recovery when the passphrase is forgotten.
#[component]
fn LockedScreen() -> impl IntoView {
    let recovering = RwSignal::new(false);
    move || {
        if recovering.get() {
            view! { <RecoverPage on_back=move |()| recovering.set(false) /> }.into_any()
        } else {
            view! { <UnlockPage on_forgot=move |()| recovering.set(true) /> }.into_any()
        }
    }
}

/// The open workspace: the main account information until it is complete, then the screens.
#[component]
fn OpenWorkspace(findings: WorkspaceFindings) -> impl IntoView {
    let session = Session::expect();
    let navigation = Navigation::expect();
    // A screen opened for one of its fields (a finding listed elsewhere) puts the focus there
    // once it is built, or in the main area if it no longer shows that field.
    Effect::new(move |_| {
        navigation.screen();
        if let Some(field) = navigation.take_field_to_focus() {
            request_animation_frame(move || focus_field_or(&field, "main-content"));
        }
    });
    // Whether onboarding's main-account step is done: true when the workspace opens with it
    // complete, or once the user presses Continue on a complete form. Not a live reading of the
    // findings, so the form never disappears while the user is still on it.
    let main_account_done = RwSignal::new(findings.with_untracked(|findings| {
        session.contents().with_untracked(|contents| {
            contents
                .as_ref()
                .map(|contents| main_account_status(&contents.workspace, findings))
        }) == Some(SectionStatus::Completed)
    }));
    let has_accounts = move || {
        session
            .with_contents(|contents| !contents.workspace.accounts.is_empty())
            .unwrap_or(false)
    };
    let after_main_account = move |()| {
        main_account_done.set(true);
        navigation.go(if has_accounts() {
            Screen::Tasks
        } else {
            Screen::NewAccount
        });
    };
    // A workspace made before recovery kits is walked through making one as soon as it opens.
    if !untrack(|| session.has_recovery_kit()) {
        navigation.go(Screen::RecoveryKit);
    }
    let screen_view = move || {
        let screen = navigation.screen();
        if !main_account_done.get() && !matches!(screen, Screen::Settings | Screen::RecoveryKit) {
            return view! {
                <OnboardingSteps />
                <MainAccountPage on_done=Callback::new(after_main_account) />
            }
            .into_any();
        }
        // A fragment may name an account that is not (or no longer) in this workspace. Read
        // untracked: an edit must not rebuild the screen.
        let account_missing = screen.account_id().is_some_and(|id| {
            session.contents().with_untracked(|contents| {
                contents
                    .as_ref()
                    .is_none_or(|contents| contents.workspace.account(id).is_none())
            })
        });
        if account_missing {
            return view! { <PageNotFound /> }.into_any();
        }
        match screen {
            Screen::Tasks => view! { <HomePage /> }.into_any(),
            Screen::MainAccount => view! { <MainAccountPage on_done=Callback::new(move |()| navigation.go(Screen::Tasks)) /> }.into_any(),
            Screen::NewAccount => view! {
                <NewAccountPage
                    on_done=Callback::new(move |_id: String| navigation.go(Screen::Tasks))
                    on_cancel=Some(Callback::new(move |()| navigation.go(Screen::Tasks)))
                />
            }
            .into_any(),
            Screen::Account(account_id) => view! { <AccountPage account_id=account_id /> }.into_any(),
            Screen::SecurityProfile(account_id) => {
                let back = Screen::Account(account_id.clone());
                view! {
                    <SecurityProfilePage account_id=account_id on_back=Callback::new(move |()| navigation.go(back.clone())) />
                }
                .into_any()
            }
            Screen::AccountSection(account_id, section) => account_section(account_id, section),
            Screen::CheckAnswers(account_id) => view! { <CheckAnswersPage account_id=account_id /> }.into_any(),
            Screen::AnnualReview(account_id) => view! { <AnnualReviewPage account_id=account_id /> }.into_any(),
            Screen::EvidenceManifest(account_id) => view! { <EvidenceManifestPage account_id=account_id /> }.into_any(),
            Screen::PortalEntry(account_id) => view! { <PortalEntryPage account_id=account_id /> }.into_any(),
            Screen::Transfer => {
                view! { <TransferPage on_back=move |()| navigation.go(Screen::Tasks) /> }.into_any()
            }
            Screen::Settings => view! { <SettingsPage on_back=move |()| navigation.go(Screen::Tasks) /> }.into_any(),
            Screen::RecoveryKit => view! { <RecoveryKitPage /> }.into_any(),
            Screen::NotFound => view! { <PageNotFound /> }.into_any(),
        }
    };
    view! {
        <WeakRecoveryBanner />
        {screen_view}
    }
}

/// The page of one section of an entity account; each returns to the account's task list.
fn account_section(account_id: String, section: Section) -> AnyView {
    let navigation = Navigation::expect();
    let back = Screen::Account(account_id.clone());
    let on_back = Callback::new(move |()| navigation.go(back.clone()));
    match section {
        Section::AccountDetails => {
            view! { <AccountDetailsPage account_id=account_id on_back=on_back /> }.into_any()
        }
        Section::Criteria(category) => view! {
            <SecurityProfilePage account_id=account_id category=category on_back=on_back />
        }
        .into_any(),
        register => {
            view! { <RegisterPage account_id=account_id register=register on_back=on_back /> }
                .into_any()
        }
    }
}

/// Tells the user when stored data could not be read and was kept aside.
#[component]
fn StorageNotice() -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    view! {
        <Show when=move || !session.quarantined().is_empty()>
            <div class="app-notification app-notification--warning" role="alert" id="storage-notice">
                <h2 class="app-notification__title">{move || locale.t(msg::storage::QUARANTINED_TITLE)}</h2>
                <p class="app-body">{move || locale.t(msg::storage::QUARANTINED_BODY)}</p>
            </div>
        </Show>
    }
}
