//! Fetching the texts of a language other than English when the user chooses it (or arrives
//! with it chosen), so that a first visit downloads one language instead of three. Packs are
//! files of the app's own folder, precached by the service worker with the rest of the build,
//! so a language once offered keeps working offline.

use wasm_bindgen::JsCast;
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

/// Makes the texts of `language` available: at once when they already are, else fetched and
/// installed into the message catalogue.
pub async fn load(language: Language) -> Result<(), LanguagePackError> {
    let Some(file) = i18n::pack_file(language) else {
        return Ok(());
    };
    if i18n::messages().has(language) {
        return Ok(());
    }
    let unreachable = |error: wasm_bindgen::JsValue| LanguagePackError::Unreachable {
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
