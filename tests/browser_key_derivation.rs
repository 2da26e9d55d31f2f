//! Keys derived through the key-derivation worker are exactly the keys derived in place, so a
//! workspace opens whichever derived it; and where no worker can start, keys are still derived
//! (on the page), so nothing becomes impossible. In headless Chromium, with a real worker.
#![cfg(target_arch = "wasm32")]

use ctpat_editor::crypto::kdf::{KdfFailed, KdfParams, derive_key};
use ctpat_editor::crypto::key_derivation::KeyDerivation;
use ctpat_editor::state::key_derivation::BrowserKeyDerivation;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The worker script of these tests (`tests/support/`), which runs [`serve_key_derivation`]
/// from this very build.
const WORKER_IN_TESTS: &str = "/tests/support/kdf_worker_in_test.js";

/// The worker's entry point, exported from this test build for the worker script to call.
#[wasm_bindgen]
pub fn serve_key_derivation() {
    ctpat_editor::key_worker::serve();
}

/// Small settings keep the tests quick; the product's settings go the same way.
const SMALL: KdfParams = KdfParams {
    memory_kib: 1024,
    iterations: 2,
    parallelism: 1,
};
const SECRET: &[u8] = b"tortoise umbrella 1987 harbour";
const SALT: [u8; 16] = [9; 16];

#[wasm_bindgen_test]
async fn the_worker_derives_the_key_derived_in_place() {
    let kdf = BrowserKeyDerivation::with_worker_at(WORKER_IN_TESTS);
    let derived = kdf.derive(&SMALL, SECRET, &SALT).await;
    assert!(kdf.uses_worker(), "the key came from the worker");
    assert_eq!(derived, derive_key(&SMALL, SECRET, &SALT));

    // The product's settings, and a second key from the same worker.
    let product = KdfParams::RECOMMENDED;
    let derived = kdf.derive(&product, b"another secret", &[3; 16]).await;
    assert!(kdf.uses_worker());
    assert_eq!(derived, derive_key(&product, b"another secret", &[3; 16]));
}

#[wasm_bindgen_test]
async fn settings_the_derivation_refuses_are_refused_by_the_worker_too() {
    let kdf = BrowserKeyDerivation::with_worker_at(WORKER_IN_TESTS);
    let unusable = KdfParams {
        iterations: 0,
        ..SMALL
    };
    assert_eq!(kdf.derive(&unusable, SECRET, &SALT).await, Err(KdfFailed));
    assert!(
        kdf.uses_worker(),
        "a refusal is an answer, not a broken worker"
    );
}

#[wasm_bindgen_test]
async fn where_no_worker_starts_the_key_is_derived_on_the_page() {
    let kdf = BrowserKeyDerivation::with_worker_at("/tests/support/no-such-worker.js");
    let derived = kdf.derive(&SMALL, SECRET, &SALT).await;
    assert!(!kdf.uses_worker(), "the page gave up on the worker");
    assert_eq!(derived, derive_key(&SMALL, SECRET, &SALT));
    // And goes on deriving without trying again.
    assert_eq!(
        kdf.derive(&SMALL, b"again", &SALT).await,
        derive_key(&SMALL, b"again", &SALT)
    );
}
