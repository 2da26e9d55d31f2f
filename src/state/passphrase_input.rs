//! A passphrase typed in a form, handed to the vault with its Unicode NFKC form made by the
//! browser (`String.prototype.normalize`), so that the same passphrase typed with composed or
//! decomposed accents, or full-width characters, opens the workspace. The browser's Unicode
//! tables are already on the user's machine; shipping a Rust copy would add about 50 KB.

use crate::crypto::kdf::Passphrase;

/// The passphrase `typed`, ready for key derivation.
pub fn typed_passphrase(typed: &str) -> Passphrase {
    Passphrase::new(typed, nfkc)
}

/// NFKC by the browser. Outside a browser (native builds, which never open a session) the text
/// is kept as typed.
fn nfkc(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::JsString::from(text).normalize("NFKC"))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        text.to_owned()
    }
}
