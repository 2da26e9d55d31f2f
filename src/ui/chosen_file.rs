//! Reading a file the user chose or dropped to import (a signed submission or backup, a copy
//! kept aside): one size limit and one way of reading it for every screen that takes such a
//! file (Import, restore on a new machine, the annual review's comparison).

use crate::crypto::jws::MAX_SIGNED_DOCUMENT_BYTES;
use crate::i18n::{MessageKey, msg};

/// The text of `file`, refusing an oversized one unread; the message key of what went wrong.
pub async fn chosen_file_text(file: web_sys::File) -> Result<String, MessageKey> {
    if file.size() > MAX_SIGNED_DOCUMENT_BYTES as f64 {
        return Err(msg::transfer::ERROR_TOO_LARGE);
    }
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or(msg::transfer::ERROR_READ_FAILED)
}
