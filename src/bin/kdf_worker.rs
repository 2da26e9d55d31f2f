//! The key-derivation worker: a second WebAssembly program, started by the page the first time
//! it needs a key, that runs Argon2id so the page never freezes (see `ctpat_editor::key_worker`).
//! Trunk builds it beside the app (index.html, `data-type="worker"`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    ctpat_editor::key_worker::serve();
}
