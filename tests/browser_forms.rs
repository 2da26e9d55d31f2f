//! Browser tests of the main-account and new-account forms (wasm-bindgen-test in headless
//! Chromium): each page mounted over an open workspace, typed into like a user would, its
//! messages, error summary and result checked.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

// The modules live in `browser_forms/`; this file stays the crate root so the test command
// finds it with the other `tests/browser*.rs`.
#[path = "browser_forms/main_account.rs"]
mod main_account;
#[path = "browser_forms/new_account.rs"]
mod new_account;
#[allow(dead_code)]
#[path = "browser_forms/support.rs"]
mod support;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
