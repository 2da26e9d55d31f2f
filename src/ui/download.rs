//! Handing the user a file: a download of text made in the page (backups, quarantined data),
//! through a temporary object URL, with nothing sent anywhere.

use wasm_bindgen::JsCast;

use crate::i18n::MessageKey;
use crate::state::Session;
use crate::state::transfer::{ExportedFile, TransferError, export_backup};

/// Offers `text` as a file named `file_name`. Returns `false` if the browser refused.
pub fn download_text(file_name: &str, mime_type: &str, text: &str) -> bool {
    try_download(file_name, mime_type, text).is_some()
}

fn try_download(file_name: &str, mime_type: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_class_name("app-visually-hidden");
    document.body()?.append_child(&link).ok()?;
    link.click();
    link.remove();
    web_sys::Url::revoke_object_url(&url).ok()?;
    Some(())
}

/// Hands a signed file (a submission or a backup) to the user as a download; its name, or
/// why the browser would not take it.
pub fn download_exported(file: ExportedFile) -> Result<String, TransferError> {
    if download_text(&file.name, "application/json", &file.text) {
        Ok(file.name)
    } else {
        Err(TransferError::DownloadRefused)
    }
}

/// Signs and downloads a backup of the open workspace — the file the Transfer screen's backup
/// writes and Import takes back — so work that cannot be saved can still be kept. Returns the
/// file name, or the message key of what went wrong.
pub fn download_backup(session: Session) -> Result<String, MessageKey> {
    export_backup(session)
        .and_then(download_exported)
        .map_err(|error| error.message_key())
}
