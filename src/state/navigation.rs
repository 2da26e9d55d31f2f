//! Which screen of the unlocked workspace is showing. Kept as state (not in the URL path) so the
//! app needs no server rewrites on any static host.

use leptos::prelude::*;

use crate::domain::validation::Section;

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
    /// Export and import of signed files.
    Transfer,
    /// Settings.
    Settings,
}

/// The current screen, shared through context.
#[derive(Debug, Clone, Copy)]
pub struct Navigation {
    screen: RwSignal<Screen>,
}

impl Navigation {
    /// Starts on the task list and provides navigation to every component below.
    pub fn provide() -> Navigation {
        let navigation = Navigation {
            screen: RwSignal::new(Screen::Tasks),
        };
        provide_context(navigation);
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
        self.screen.set(screen);
        request_animation_frame(|| {
            if let Some(main) = document().get_element_by_id("main-content")
                && let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main)
            {
                let _ = main.focus();
            }
            window().scroll_to_with_x_and_y(0.0, 0.0);
        });
    }
}
