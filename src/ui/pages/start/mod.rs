//! The first visit, in a browser that holds no workspace: a start page (GOV.UK "start page"
//! pattern) saying what the editor is for, what to have at hand and what happens to the data,
//! then one of three ways in: onboarding, onboarding that ends by restoring a backup made on
//! another computer, or the example workspace to explore.
//!
//! The start page is also the whole of the start program (`crate::ui::start_program`), which a first
//! visit downloads instead of the editor: it shows this page and hands the way chosen to the
//! editor, which [`FirstVisit`] then opens at that way.

mod example_banner;
mod restore;

use leptos::prelude::*;

use crate::i18n::{MessageKey, msg};
use crate::state::{Locale, Navigation, Screen, Session};
use crate::ui::components::show::Show;
use crate::ui::pages::CreateWorkspacePage;
pub use example_banner::ExampleBanner;
pub(super) use restore::BackupChoice;

/// A way in chosen on the start page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartChoice {
    /// Onboarding for a new workspace.
    Create,
    /// Onboarding that ends with a backup instead of the main-account step.
    Restore,
    /// The example workspace.
    Example,
}

impl StartChoice {
    /// The name the start program hands the editor.
    pub fn tag(self) -> &'static str {
        match self {
            StartChoice::Create => "create",
            StartChoice::Restore => "restore",
            StartChoice::Example => "example",
        }
    }

    /// The choice a [`StartChoice::tag`] names.
    pub fn from_tag(tag: &str) -> Option<StartChoice> {
        [
            StartChoice::Create,
            StartChoice::Restore,
            StartChoice::Example,
        ]
        .into_iter()
        .find(|choice| choice.tag() == tag)
    }
}

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
/// `chosen` is a way already chosen on the start program's page, opened at once.
#[component]
pub fn FirstVisit(#[prop(optional_no_strip)] chosen: Option<StartChoice>) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let navigation = Navigation::expect();
    let way = RwSignal::new(match chosen {
        Some(StartChoice::Create) => Way::Create,
        Some(StartChoice::Restore) => Way::Restore,
        Some(StartChoice::Example) | None => Way::Start,
    });
    let failure = RwSignal::new(None::<MessageKey>);
    let back = Callback::new(move |()| {
        way.set(Way::Start);
        focus_main();
    });
    // Onboarding moves the focus to the top of its form; the example's task list, opened by
    // navigation, moves it itself.
    let choose = Callback::new(move |chosen: StartChoice| match chosen {
        StartChoice::Create => {
            way.set(Way::Create);
            focus_main();
        }
        StartChoice::Restore => {
            way.set(Way::Restore);
            focus_main();
        }
        StartChoice::Example => match session.open_example(locale.language()) {
            Ok(()) => navigation.go(Screen::Tasks),
            Err(error) => failure.set(Some(error.message_key())),
        },
    });
    // A way chosen in the start program: onboarding is built at once, at that way; the
    // example, which changes the session's phase this screen depends on, is opened once this
    // screen is built, before the page is painted.
    match chosen {
        Some(StartChoice::Example) => queue_microtask(move || choose.run(StartChoice::Example)),
        Some(_) => focus_main(),
        None => {}
    }
    move || match way.get() {
        Way::Start => view! { <StartPage on_choose=choose failure=failure /> }.into_any(),
        Way::Create => view! { <CreateWorkspacePage restoring=false on_back=back /> }.into_any(),
        Way::Restore => view! { <CreateWorkspacePage restoring=true on_back=back /> }.into_any(),
    }
}

/// Moves focus to the top of the main area, as a change of screen does elsewhere.
fn focus_main() {
    request_animation_frame(|| crate::ui::field_focus::focus_field("main-content"));
}

/// The start page. It only reports the way chosen (`on_choose`), so the editor and the start
/// program each follow it their own way; `failure` is why the last choice could not be
/// followed, and `opening` the choice being opened (while the start program waits for the
/// editor), whose button then says so.
#[component]
pub fn StartPage(
    on_choose: Callback<StartChoice>,
    #[prop(into)] failure: Signal<Option<MessageKey>>,
    #[prop(optional, into)] opening: Signal<Option<StartChoice>>,
) -> impl IntoView {
    let locale = Locale::expect();
    let choose = move |chosen: StartChoice| on_choose.run(chosen);
    let label = move |choice: StartChoice, key: MessageKey| {
        move || {
            locale.t(if opening.get() == Some(choice) {
                msg::start::OPENING
            } else {
                key
            })
        }
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
            <p class="app-visually-hidden" aria-live="polite" id="start-opening">
                {move || opening.get().map(|_| locale.t(msg::start::OPENING))}
            </p>
            <Show when=move || failure.get().is_some()>
                <div class="app-notification app-notification--warning" role="alert" id="start-failure">
                    <p class="app-body">{move || failure.get().map(|key| locale.t(key))}</p>
                </div>
            </Show>
            <p class="app-body-lead">{move || locale.t(msg::start::LEAD)}</p>
            <p class="app-body">{move || locale.t(msg::start::FOR_WHOM)}</p>
            <p class="app-body">{move || locale.t(msg::start::USE_TO)}</p>
            {list(&[msg::start::DOES_MAIN_ACCOUNT, msg::start::DOES_ACCOUNTS, msg::start::DOES_CRITERIA, msg::start::DOES_EXPORT])}
            <p class="app-body">{move || locale.t(msg::start::TIME)}</p>
            <button class="app-button app-button--start" type="button" id="start-now" on:click=move |_| choose(StartChoice::Create)>
                {label(StartChoice::Create, msg::start::START_BUTTON)}
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
            <button class="app-button app-button--secondary" type="button" id="start-restore" on:click=move |_| choose(StartChoice::Restore)>
                {label(StartChoice::Restore, msg::start::RESTORE_BUTTON)}
            </button>

            <h2 class="app-heading-m">{move || locale.t(msg::start::VERIFY_HEADING)}</h2>
            <p class="app-body">{move || locale.t(msg::start::VERIFY_BODY)}</p>

            <h2 class="app-heading-m">{move || locale.t(msg::start::EXAMPLE_HEADING)}</h2>
            <p class="app-body">{move || locale.t(msg::start::EXAMPLE_BODY)}</p>
            <button class="app-button app-button--secondary" type="button" id="start-example" on:click=move |_| choose(StartChoice::Example)>
                {label(StartChoice::Example, msg::start::EXAMPLE_BUTTON)}
            </button>
        </div>
    }
}
