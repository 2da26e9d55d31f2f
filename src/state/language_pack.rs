//! Fetching the texts of a language other than English when the user chooses it (or arrives
//! with it chosen), so that a first visit downloads one language instead of three. Packs are
//! files of the app's own folder, precached by the service worker with the rest of the build,
//! so a language once offered keeps working offline.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Promise;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::Language;
use crate::i18n::{self, CatalogueError};

/// Why the texts of a language could not be installed; the app stays in the language it was.
#[derive(Debug, thiserror::Error)]
pub enum LanguagePackError {
    /// No answer: offline before the app was ever cached, or the host is down.
    #[error("the {language:?} texts could not be fetched: {reason}")]
    Unreachable { language: Language, reason: String },
    /// The host answered with an error (a partial deployment, a wrong folder).
    #[error("the {language:?} texts are not on the server (HTTP {status})")]
    NotServed { language: Language, status: u16 },
    /// What came back is not this release's pack.
    #[error(transparent)]
    Refused(#[from] CatalogueError),
}

thread_local! {
    /// The fetches under way, by language, each settled once its pack is installed or refused:
    /// the entry point and the locale may both ask for the same language at start.
    static UNDER_WAY: RefCell<Vec<(Language, Promise)>> = const { RefCell::new(Vec::new()) };
}

/// Makes the texts of `language` available: at once when they already are, else fetched and
/// installed into the message catalogue. A second call while one is under way waits for it
/// rather than fetching the pack again.
pub async fn load(language: Language) -> Result<(), LanguagePackError> {
    let Some(file) = i18n::pack_file(language) else {
        return Ok(());
    };
    if i18n::messages().has(language) {
        return Ok(());
    }
    let earlier = UNDER_WAY.with(|under_way| {
        under_way
            .borrow()
            .iter()
            .find(|(fetching, _)| *fetching == language)
            .map(|(_, settled)| settled.clone())
    });
    if let Some(settled) = earlier {
        let _ = JsFuture::from(settled).await;
        return if i18n::messages().has(language) {
            Ok(())
        } else {
            Err(LanguagePackError::Unreachable {
                language,
                reason: "the fetch under way failed".to_owned(),
            })
        };
    }
    let mut settle = None;
    let settled = Promise::new(&mut |resolve, _| settle = Some(resolve));
    UNDER_WAY.with(|under_way| under_way.borrow_mut().push((language, settled)));
    let fetched = fetch_and_install(language, file).await;
    UNDER_WAY.with(|under_way| {
        under_way
            .borrow_mut()
            .retain(|(other, _)| *other != language)
    });
    if let Some(settle) = settle {
        let _ = settle.call0(&JsValue::NULL);
    }
    fetched
}

async fn fetch_and_install(language: Language, file: &str) -> Result<(), LanguagePackError> {
    let unreachable = |error: JsValue| LanguagePackError::Unreachable {
        language,
        reason: error
            .as_string()
            .or_else(|| js_sys::Error::from(error).message().as_string())
            .unwrap_or_default(),
    };
    let window = web_sys::window().ok_or_else(|| LanguagePackError::Unreachable {
        language,
        reason: "no window".to_owned(),
    })?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(file))
        .await
        .map_err(unreachable)?
        .unchecked_into();
    if !response.ok() {
        return Err(LanguagePackError::NotServed {
            language,
            status: response.status(),
        });
    }
    let text = JsFuture::from(response.text().map_err(unreachable)?)
        .await
        .map_err(unreachable)?
        .as_string()
        .unwrap_or_default();
    i18n::install_pack(language, &text)?;
    Ok(())
}

/// How long a program's first screen waits for the texts of the user's language. On a line slow
/// enough to take longer, it opens in English and switches once they arrive (the locale fetches
/// them again if this attempt fails).
const FIRST_SCREEN_PATIENCE_MS: i32 = 2_000;

/// What shows a program's first screen, run once.
type FirstScreen = Box<dyn FnOnce()>;

/// Runs `show_first_screen` once the texts of `language` are installed, or after
/// [`FIRST_SCREEN_PATIENCE_MS`] if they are not by then, so the first screen is in the user's
/// language from its first frame whenever the line allows.
pub fn before_first_screen(language: Language, show_first_screen: impl FnOnce() + 'static) {
    let pending: Rc<RefCell<Option<FirstScreen>>> =
        Rc::new(RefCell::new(Some(Box::new(show_first_screen))));
    let show_once = |pending: &RefCell<Option<FirstScreen>>| {
        let show_first_screen = pending.borrow_mut().take();
        if let Some(show_first_screen) = show_first_screen {
            show_first_screen();
        }
    };
    {
        let pending = pending.clone();
        wasm_bindgen_futures::spawn_local(async move {
            // A failure is shown by the language switch once the screen is up (in English).
            let _ = load(language).await;
            show_once(&pending);
        });
    }
    wasm_bindgen_futures::spawn_local(async move {
        super::clock::wait(FIRST_SCREEN_PATIENCE_MS).await;
        show_once(&pending);
    });
}
