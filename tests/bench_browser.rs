//! Browser measurements for the bench command (not part of the test suite): unlock and autosave
//! of the largest workspace, in headless Chromium, in a release build. Prints `BENCH` lines that
//! `scripts/bench` turns into rows of its table. Run by `scripts/bench` only.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use std::convert::Infallible;

use ctpat_editor::crypto::kdf::KdfParams;
use ctpat_editor::crypto::signed_file::{read_signed_file, sign_submission};
use ctpat_editor::crypto::vault::Vault;
use ctpat_editor::domain::model::sample::largest_workspace;
use ctpat_editor::domain::submission::submission_profile;
use ctpat_editor::state::vault_contents::VaultContents;
use ctpat_editor::storage::backend::BrowserStorage;
use ctpat_editor::storage::draft_slots::DraftSlots;
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

/// Median and 95th percentile of `samples` (milliseconds).
fn summary(mut samples: Vec<f64>) -> (f64, f64) {
    samples.sort_by(f64::total_cmp);
    let at = |fraction: f64| samples[((samples.len() - 1) as f64 * fraction).round() as usize];
    (at(0.5), at(0.95))
}

#[wasm_bindgen_test]
fn unlock_and_autosave_of_the_largest_workspace() {
    LocalStorage::clear();
    let mut contents = VaultContents::new().unwrap();
    contents.workspace = largest_workspace();
    // DESIGN.md's autosave budget is for a 1 MB workspace: add copies of the largest account.
    let template = contents.workspace.account("importer").cloned().unwrap();
    let mut copy = 0;
    while contents.to_bytes().len() < 1_000_000 {
        copy += 1;
        let mut account = template.clone();
        account.id = format!("{}-copy-{copy}", template.id);
        contents.workspace.accounts.push(account);
    }
    let size = contents.to_bytes().len();
    let passphrase = "tangerine ferry lantern 42";
    let answers = ["rolling stones", "ford pinto", "bibou"];
    let (vault, sealed) = Vault::create(
        passphrase,
        &answers,
        &contents.to_bytes(),
        KdfParams::RECOMMENDED,
    )
    .unwrap();

    let mut unlocks = Vec::new();
    for _ in 0..3 {
        let start = now();
        let (_vault, plaintext) = Vault::unlock(&sealed, passphrase).unwrap();
        let _contents = VaultContents::from_bytes(&plaintext).unwrap();
        unlocks.push(now() - start);
    }

    let slots = DraftSlots::new(&BrowserStorage);
    let mut revision = 0;
    let mut saves = Vec::new();
    for _ in 0..15 {
        let start = now();
        let bytes = contents.to_bytes();
        revision = slots
            .save(revision, |next| {
                Ok::<_, Infallible>(vault.seal(&bytes, next).unwrap())
            })
            .unwrap();
        saves.push(now() - start);
    }
    let stored: usize = (0..2)
        .filter_map(|index| LocalStorage::raw().key(index).ok().flatten())
        .filter_map(|key| LocalStorage::raw().get_item(&key).ok().flatten())
        .map(|value| value.len())
        .max()
        .unwrap_or(0);
    LocalStorage::clear();

    let (unlock_median, _) = summary(unlocks);
    let (save_median, save_p95) = summary(saves);
    console_log!(
        "BENCH | unlock (Argon2id 64 MiB, t = 3, + decrypt, {:.0} KB workspace) | {unlock_median:.0} ms median | ≤ 1000 ms | {} |",
        size as f64 / 1000.0,
        if unlock_median <= 1000.0 {
            "yes"
        } else {
            "**NO**"
        }
    );
    console_log!(
        "BENCH | autosave (serialize + compress + encrypt + write + read back, {:.0} KB workspace, {:.0} KB stored) | {save_median:.1} ms median, {save_p95:.1} ms p95 | ≤ 30 ms | {} |",
        size as f64 / 1000.0,
        stored as f64 / 1000.0,
        if save_median <= 30.0 { "yes" } else { "**NO**" }
    );
}

#[wasm_bindgen_test]
fn export_and_verify_of_the_largest_profile() {
    let workspace = largest_workspace();
    let key = VaultContents::new().unwrap().signing_key().unwrap();
    let mut exports = Vec::new();
    let mut verifies = Vec::new();
    let mut size = 0;
    for run in 0..7 {
        let start = now();
        let profile = submission_profile(
            &workspace,
            "importer",
            "2026-11-27T19:00:00Z",
            "bench",
            &format!("p{run}"),
        )
        .unwrap();
        let text = sign_submission(&profile, &key).unwrap().to_json_pretty();
        exports.push(now() - start);
        size = text.len();
        let start = now();
        read_signed_file(&text).unwrap();
        verifies.push(now() - start);
    }
    let (export_median, _) = summary(exports);
    let (verify_median, _) = summary(verifies);
    let within = |ms: f64| if ms <= 50.0 { "yes" } else { "**NO**" };
    console_log!(
        "BENCH | export for submission (build profile + RFC 8785 + ES256), largest profile, {:.0} KB file | {export_median:.0} ms median | ≤ 50 ms | {} |",
        size as f64 / 1000.0,
        within(export_median)
    );
    console_log!(
        "BENCH | verify a submission (strict parse + RFC 8785 + ES256 + content), largest profile | {verify_median:.0} ms median | ≤ 50 ms | {} |",
        within(verify_median)
    );
}
