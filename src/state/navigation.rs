//! Which screen of the unlocked workspace is showing. Each screen has its own URL fragment
//! (`screen_fragment`), kept in the browser's history: Back and Forward move between screens,
//! and a reload or a bookmark opens the screen again. A fragment, not a path, so the app needs
//! no server rewrites on any static host.

use leptos::prelude::*;

use crate::domain::validation::Section;
use crate::i18n::MessageKey;

/// A screen of the unlocked workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// The task list.
    Tasks,
    /// The main account information.
    MainAccount,
    /// Adding an entity account.
    NewAccount,
    /// An entity account's own task list (its sections), where it is renamed, duplicated or
    /// deleted.
    Account(String),
    /// The Security Profile of the entity account with this id, at its first unfinished
    /// category.
    SecurityProfile(String),
    /// One section of an entity account: its details, one criteria category or one register.
    AccountSection(String, Section),
    /// "Check your answers" for an entity account, which also prints as its gap report.
    CheckAnswers(String),
    /// The evidence files of the entity account with this id: the manifest, its CSV and
    /// "Check files".
    EvidenceManifest(String),
    /// Portal entry mode of the entity account with this id: its answers in the Portal's order,
    /// to copy into the Portal and tick as entered.
    PortalEntry(String),
    /// The annual review of the entity account with this id: "Compare with last year".
    AnnualReview(String),
    /// Export and import of signed files.
    Transfer,
    /// Settings.
    Settings,
    /// Making or replacing the recovery kit.
    RecoveryKit,
    /// The address names no screen of this workspace (mistyped, or an account since deleted).
    NotFound,
}

/// A success to announce on the next screen ("Northwind (copy) created"). It keeps message keys
/// and the names they quote, not text, so it follows a language switch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Message key of the heading, with a `{name}` placeholder.
    pub title: MessageKey,
    /// Message key of the body, if any, with `{name}` and `{source}` placeholders.
    pub body: Option<MessageKey>,
    /// The name the messages quote (an account's name as typed).
    pub name: String,
    /// A second name the body may quote (the account copied from).
    pub source: String,
}

/// The current screen, shared through context.
#[derive(Debug, Clone, Copy)]
pub struct Navigation {
    screen: RwSignal<Screen>,
    /// Whether the current screen was opened to fix a finding shown elsewhere, so its fields
    /// show their messages at once.
    to_fix: StoredValue<bool>,
    /// The success the screen shown next announces, once: screens are swapped, not routed, so
    /// the screen that acted leaves it here for the next one to take when it is built.
    notice: StoredValue<Option<Notice>>,
    /// The element id of the field the screen shown next puts the focus in, once it is built
    /// (see [`Navigation::go_to_field`]).
    field_to_focus: StoredValue<Option<String>>,
}

impl Navigation {
    /// Starts on the screen the address names (the task list if none) and provides navigation
    /// to every component below; Back and Forward show the screen of their address.
    pub fn provide() -> Navigation {
        let navigation = Navigation {
            screen: RwSignal::new(screen_of_address()),
            to_fix: StoredValue::new(false),
            notice: StoredValue::new(None),
            field_to_focus: StoredValue::new(None),
        };
        provide_context(navigation);
        let back_and_forward = window_event_listener(leptos::ev::popstate, move |_| {
            navigation.to_fix.set_value(false);
            navigation.screen.set(screen_of_address());
            focus_main();
        });
        // Locking drops the open workspace's screens; the next unlock listens afresh.
        on_cleanup(move || back_and_forward.remove());
        navigation
    }

    /// The navigation provided by [`Navigation::provide`].
    pub fn expect() -> Navigation {
        expect_context::<Navigation>()
    }

    /// The current screen (tracked).
    pub fn screen(&self) -> Screen {
        self.screen.get()
    }

    /// Shows `screen` and moves focus to the main area, so keyboard and screen-reader users
    /// start at the top of the new screen.
    pub fn go(&self, screen: Screen) {
        self.to_fix.set_value(false);
        remember_in_history(&screen);
        self.screen.set(screen);
        focus_main();
    }

    /// Shows `screen`, which announces `notice` (see [`Navigation::take_notice`]).
    pub fn go_with_notice(&self, screen: Screen, notice: Notice) {
        self.notice.set_value(Some(notice));
        self.go(screen);
    }

    /// The success the screen being built should announce, if any; it is announced once.
    pub fn take_notice(&self) -> Option<Notice> {
        self.notice.try_update_value(Option::take).flatten()
    }

    /// Shows `screen` to fix a finding listed elsewhere (the export gate, the gap report) and
    /// moves focus to its field, `field_id`, as an error summary link does within a page.
    pub fn go_to_field(&self, screen: Screen, field_id: String) {
        self.to_fix.set_value(true);
        remember_in_history(&screen);
        self.field_to_focus.set_value(Some(field_id));
        self.screen.set(screen);
    }

    /// The field the screen just shown should put the focus in, if it was opened by
    /// [`Navigation::go_to_field`]; given once. The interface focuses it once the screen is
    /// built (a long register may have to build the field's row first).
    pub fn take_field_to_focus(&self) -> Option<String> {
        self.field_to_focus.try_update_value(Option::take).flatten()
    }

    /// Whether the current screen was opened by [`Navigation::go_to_field`]: its form then
    /// shows every message at once, as after "Continue".
    pub fn opened_to_fix() -> bool {
        use_context::<Navigation>().is_some_and(|navigation| navigation.to_fix.get_value())
    }
}

/// The screen the address bar's fragment names; [`Screen::NotFound`] for a fragment that names
/// none.
fn screen_of_address() -> Screen {
    let fragment = window().location().hash().unwrap_or_default();
    Screen::from_fragment(&fragment).unwrap_or(Screen::NotFound)
}

/// Adds `screen` to the browser's history, unless the address already shows it (the screen
/// was opened by Back or Forward, or is shown again). "Page not found" keeps the address the
/// user typed, so it can be corrected.
fn remember_in_history(screen: &Screen) {
    if *screen == Screen::NotFound {
        return;
    }
    let fragment = screen.fragment();
    let location = window().location();
    if location.hash().unwrap_or_default() == fragment {
        return;
    }
    if let Ok(history) = window().history() {
        // A failure (a browser refusing history entries) only costs the Back button.
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&fragment));
    }
}

/// Moves focus to the main area and scrolls to the top, so keyboard and screen-reader users
/// start at the top of the new screen.
fn focus_main() {
    request_animation_frame(|| {
        if let Some(main) = document().get_element_by_id("main-content")
            && let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main)
        {
            let _ = main.focus();
        }
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
}
