//! The start program: what a browser loads first, small enough to show a first visit its start
//! page within moments. It is the start page inside the page frame and nothing else; the editor
//! (every other screen) is downloaded once that page is painted and takes the page over when a
//! way in is chosen (`state::editor_program`). A browser that holds anything of this app (a
//! workspace, a copy kept aside, storage that cannot be read) is handed to the editor at once.

use std::any::Any;
use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::i18n::{MessageKey, msg};
use crate::state::editor_program::{self, EditorUnavailable};
use crate::state::{Locale, language_pack, locale};
use crate::storage::backend::{BrowserStorage, RawLocalStorage};
use crate::storage::first_visit::is_first_visit;
use crate::ui::components::page_frame::{PageFooter, PageHeader};
use crate::ui::components::update_prompt::UpdatePrompt;
use crate::ui::pages::{StartChoice, StartPage};

thread_local! {
    /// The start program's page while it is shown; dropping it removes the page.
    static MOUNTED: RefCell<Option<Box<dyn Any>>> = const { RefCell::new(None) };
    /// Whether the page is being handed to the editor (a second hand-over must not start).
    static HANDING_OVER: Cell<bool> = const { Cell::new(false) };
}

/// The start program's entry point: the start page for a first visit, the editor otherwise.
pub fn run() {
    console_error_panic_hook::set_once();
    if !first_visit() {
        wasm_bindgen_futures::spawn_local(async {
            if let Err(error) = hand_over("").await {
                leptos::logging::warn!("{error}");
                show(|| view! { <EditorMissing /> });
            }
        });
        return;
    }
    language_pack::before_first_screen(locale::preferred_language(), || {
        show(|| view! { <StartProgramPage /> });
        editor_program::download_after_first_paint();
    });
}

fn first_visit() -> bool {
    is_first_visit(&RawLocalStorage, BrowserStorage::namespace())
}

/// Mounts `page` as the start program's page, in place of the one shown before.
fn show<V: IntoView + 'static>(page: impl FnOnce() -> V + 'static) {
    MOUNTED.take();
    let Some(body) = document().body() else {
        leptos::logging::error!("the page has no body to show the start page in");
        return;
    };
    MOUNTED.set(Some(Box::new(leptos::mount::mount_to(body, page))));
}

/// Opens the editor at `chosen` (a [`StartChoice::tag`], or empty); it removes the start
/// program's page just before it mounts its own. On failure, the page stays as it was.
async fn hand_over(chosen: &str) -> Result<(), EditorUnavailable> {
    HANDING_OVER.set(true);
    let step_aside = Closure::once_into_js(|| drop(MOUNTED.take()));
    let opened = editor_program::open(chosen, step_aside.unchecked_ref()).await;
    if opened.is_err() {
        HANDING_OVER.set(false);
    }
    opened
}

/// The frame around the start page, whose choices hand over to the editor.
#[component]
fn StartProgramPage() -> impl IntoView {
    Locale::provide();
    let opening = RwSignal::new(None::<StartChoice>);
    let failure = RwSignal::new(None::<MessageKey>);
    let open = move |chosen: Option<StartChoice>| {
        if HANDING_OVER.get() {
            return;
        }
        opening.set(chosen);
        failure.set(None);
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(error) = hand_over(chosen.map_or("", StartChoice::tag)).await {
                leptos::logging::warn!("{error}");
                opening.set(None);
                failure.set(Some(msg::start::EDITOR_UNAVAILABLE));
            }
        });
    };
    // Another tab made a workspace (or restored one): the editor opens it, locked.
    let storage_listener = window_event_listener(leptos::ev::storage, move |_| {
        if !first_visit() {
            open(None);
        }
    });
    on_cleanup(move || storage_listener.remove());
    view! {
        <PageHeader />
        <main class="app-main" id="main-content" tabindex="-1">
            // A first visit left open over a new release is offered it like any other page.
            <UpdatePrompt />
            <StartPage on_choose=Callback::new(move |chosen| open(Some(chosen))) failure=failure opening=opening />
        </main>
        <PageFooter />
    }
}

/// What a browser holding a workspace shows when the editor cannot be downloaded: the work is
/// still there, and the download can be tried again.
#[component]
fn EditorMissing() -> impl IntoView {
    let locale = Locale::provide();
    let trying = RwSignal::new(false);
    let try_again = move |_| {
        if HANDING_OVER.get() {
            return;
        }
        trying.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(error) = hand_over("").await {
                leptos::logging::warn!("{error}");
                trying.set(false);
            }
        });
    };
    view! {
        <PageHeader />
        <main class="app-main" id="main-content" tabindex="-1">
            <UpdatePrompt />
            <div class="app-notification app-notification--warning" role="alert" id="editor-missing">
                <h1 class="app-notification__title">{move || locale.t(msg::start::EDITOR_MISSING_TITLE)}</h1>
                <p class="app-body">{move || locale.t(msg::start::EDITOR_MISSING_BODY)}</p>
            </div>
            <button class="app-button" type="button" id="editor-try-again" on:click=try_again disabled=move || trying.get()>
                {move || locale.t(if trying.get() { msg::start::OPENING } else { msg::start::TRY_AGAIN })}
            </button>
        </main>
        <PageFooter />
    }
}
