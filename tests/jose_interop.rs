//! Interoperability of signed submission files with a JOSE implementation that is not ours
//! (Python's jwcrypto with the rfc8785 canonicalizer, see `tests/jose_interop/`): a recipient
//! must be able to verify our files with stock tools, and files signed by other tools in the
//! same format must verify with ours.
//!
//! The checker must be installed (`pip install -r tests/jose_interop/requirements.txt`); when
//! it is not, these tests fail and say so, because a skipped interoperability check would
//! look like a passing one. `CTPAT_JOSE_PYTHON` selects the Python interpreter (default
//! `python3`).

#![cfg(not(target_arch = "wasm32"))]
// Test helpers may unwrap: a failure there is a failed test.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ctpat_editor::crypto::jws::{SUBMISSION_TYPE, sign_document, verify_document};
use ctpat_editor::crypto::signing_key::SigningKey;
use serde_json::{Value, json};

const INSTALL: &str = "pip install -r tests/jose_interop/requirements.txt";

fn python() -> String {
    std::env::var("CTPAT_JOSE_PYTHON").unwrap_or_else(|_| "python3".into())
}

fn checker() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jose_interop/jose_check.py")
}

/// Runs the independent checker; fails the test with install instructions when it is missing.
fn run_checker(arguments: &[&str]) -> Output {
    let output = Command::new(python())
        .arg(checker())
        .args(arguments)
        .output()
        .unwrap_or_else(|error| {
            panic!(
                "cannot run `{}` ({error}). Install Python 3, then the checker: {INSTALL}",
                python()
            )
        });
    if output.status.code() == Some(3) {
        panic!(
            "the independent JOSE checker is not installed ({}). Install it with: {INSTALL}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    output
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("ctpat-jose-interop-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn submission_profile() -> Value {
    json!({
        "schemaVersion": 1,
        "profileId": "5d1c7a2e-0b9f-4e3a-8c21-7f6e5d4c3b2a",
        "issuedAt": "2026-11-27T19:00:00Z",
        "appVersion": "0.1.0",
        "company": {"legalName": "Acme Logística S.A. de C.V. – “Sur”", "employees": 250},
        "partners": [
            {"name": "Northwind Freight", "sites": 3, "vetted": true},
            {"name": "多式联运", "sites": 1, "vetted": false, "notes": null}
        ],
        "evidence": [{"file": "seal-log.pdf", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}],
        "symbols": "🚚 \u{1F600} \u{FB33} \r\n\t\"quoted\" back\\slash"
    })
}

fn write_signed(dir: &Path, name: &str, profile: &Value, key: &SigningKey) -> PathBuf {
    let document = sign_document(profile, key, SUBMISSION_TYPE).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, document.to_json_pretty()).unwrap();
    path
}

#[test]
fn a_file_we_sign_verifies_with_an_independent_jose_library() {
    let dir = scratch_dir("ours");
    let key = SigningKey::generate().unwrap();
    let path = write_signed(&dir, "ours.ctpat.json", &submission_profile(), &key);
    let output = run_checker(&["verify", path.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "refused by jwcrypto: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    // The independent RFC 7638 thumbprint is the fingerprint we show to users.
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        key.fingerprint().to_base64url()
    );
}

#[test]
fn a_file_we_sign_then_alter_is_refused_by_the_independent_library() {
    let dir = scratch_dir("altered");
    let key = SigningKey::generate().unwrap();
    let path = write_signed(&dir, "altered.ctpat.json", &submission_profile(), &key);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("\"employees\": 250", "\"employees\": 251"),
    )
    .unwrap();
    let output = run_checker(&["verify", path.to_str().unwrap()]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn files_signed_by_an_independent_jose_library_verify_with_ours() {
    let dir = scratch_dir("theirs");
    // Several keys and signatures, so that both halves of ECDSA's `s` range occur.
    let output = run_checker(&["sign", dir.to_str().unwrap(), "12"]);
    assert!(
        output.status.success(),
        "jwcrypto could not sign: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let listing = String::from_utf8(output.stdout).unwrap();
    let files: Vec<(&str, &str)> = listing
        .lines()
        .map(|line| line.split_once('\t').unwrap())
        .collect();
    assert_eq!(files.len(), 12);
    for (path, thumbprint) in files {
        let verified = verify_document(&std::fs::read_to_string(path).unwrap())
            .unwrap_or_else(|error| panic!("{path}: {error}"));
        assert_eq!(verified.signer_fingerprint.to_base64url(), thumbprint);
        assert_eq!(verified.typ.as_deref(), Some(SUBMISSION_TYPE));
    }
}
