//! The first visit, in a browser that holds no workspace: a start page (GOV.UK "start page"
//! pattern) saying what the editor is for, what to have at hand and what happens to the data,
//! then one of three ways in: onboarding, onboarding that ends by restoring a backup made on
//! another computer, or the example workspace to explore.

mod example_banner;
mod restore;

use leptos::prelude::*;

use crate::i18n::{MessageKey, msg};
use crate::state::{Locale, Navigation, Screen, Session};
use crate::ui::components::show::Show;
use crate::ui::pages::CreateWorkspacePage;
pub use example_banner::ExampleBanner;
pub(super) use restore::BackupChoice;

/// Where the first visit stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Way {
    /// The start page.
    Start,
    /// Onboarding for a new workspace.
    Create,
    /// Onboarding that ends with a backup instead of the main-account step.
    Restore,
}

/// What a browser without a workspace shows: the start page, then the way chosen there.
#[component]
pub fn FirstVisit() -> impl IntoView {
    let way = RwSignal::new(Way::Start);
    let back = Callback::new(move |()| {
        way.set(Way::Start);
        focus_main();
    });
    move || match way.get() {
        Way::Start => view! { <StartPage way=way /> }.into_any(),
        Way::Create => view! { <CreateWorkspacePage restoring=false on_back=back /> }.into_any(),
        Way::Restore => view! { <CreateWorkspacePage restoring=true on_back=back /> }.into_any(),
    }
}

/// Moves focus to the top of the main area, as a change of screen does elsewhere.
fn focus_main() {
    request_animation_frame(|| crate::ui::field_focus::focus_field("main-content"));
}

/// The start page.
#[component]
fn StartPage(way: RwSignal<Way>) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let navigation = Navigation::expect();
    let failure = RwSignal::new(None::<MessageKey>);
    let choose = move |chosen: Way| {
        way.set(chosen);
        focus_main();
    };
    let try_example = move |_| match session.open_example(locale.language()) {
        Ok(()) => navigation.go(Screen::Tasks),
        Err(error) => failure.set(Some(error.message_key())),
    };
    let list = |keys: &'static [MessageKey]| {
        view! {
            <ul class="app-list app-list--bullet">
                {keys.iter().map(|key| view! { <li>{move || locale.t(*key)}</li> }).collect_view()}
            </ul>
        }
    };
    view! {
        <div class="app-start" id="start-page">
            <h1 class="app-heading-xl">{move || locale.t(msg::start::TITLE)}</h1>
            <p class="app-body-lead">{move || locale.t(msg::start::LEAD)}</p>
            <p class="app-body">{move || locale.t(msg::start::FOR_WHOM)}</p>
            <p class="app-body">{move || locale.t(msg::start::USE_TO)}</p>
            {list(&[msg::start::DOES_MAIN_ACCOUNT, msg::start::DOES_ACCOUNTS, msg::start::DOES_CRITERIA, msg::start::DOES_EXPORT])}
            <p class="app-body">{move || locale.t(msg::start::TIME)}</p>
            <button class="app-button app-button--start" type="button" id="start-now" on:click=move |_| choose(Way::Create)>
                {move || locale.t(msg::start::START_BUTTON)}
                <svg class="app-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                    <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
                </svg>
            </button>

            <h2 class="app-heading-m">{move || locale.t(msg::start::BEFORE_HEADING)}</h2>
            <p class="app-body">{move || locale.t(msg::start::BEFORE_INTRO)}</p>
            {list(&[msg::start::BEFORE_COMPANY, msg::start::BEFORE_CONTACTS, msg::start::BEFORE_IDENTIFIERS, msg::start::BEFORE_EVIDENCE])}

            <h2 class="app-heading-m">{move || locale.t(msg::start::DATA_HEADING)}</h2>
            <p class="app-body">{move || locale.t(msg::start::DATA_BODY)}</p>
            <p class="app-body">{move || locale.t(msg::start::DATA_RECOVERY)}</p>

            <h2 class="app-heading-m">{move || locale.t(msg::start::MOVE_HEADING)}</h2>
            <p class="app-body">{move || locale.t(msg::start::MOVE_BODY)}</p>
            <button class="app-button app-button--secondary" type="button" id="start-restore" on:click=move |_| choose(Way::Restore)>
                {move || locale.t(msg::start::RESTORE_BUTTON)}
            </button>

            <h2 class="app-heading-m">{move || locale.t(msg::start::VERIFY_HEADING)}</h2>
            <p class="app-body">{move || locale.t(msg::start::VERIFY_BODY)}</p>

            <h2 class="app-heading-m">{move || locale.t(msg::start::EXAMPLE_HEADING)}</h2>
            <p class="app-body">{move || locale.t(msg::start::EXAMPLE_BODY)}</p>
            <button class="app-button app-button--secondary" type="button" id="start-example" on:click=try_example>
                {move || locale.t(msg::start::EXAMPLE_BUTTON)}
            </button>
            <Show when=move || failure.get().is_some()>
                <p class="app-error-message" role="alert">
                    {move || failure.get().map(|key| locale.t(key))}
                </p>
            </Show>
        </div>
    }
}
