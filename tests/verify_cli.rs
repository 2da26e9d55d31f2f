//! The recipients' verifier run as a recipient runs it: the built `ctpat-verify` binary on files
//! written by the editor's own export code, checking what it prints and its exit code.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::process::{Command, Output};

use ctpat_editor::crypto::signed_file::{sign_backup, sign_submission};
use ctpat_editor::crypto::signing_key::SigningKey;
use ctpat_editor::domain::model::sample::complete_workspace;
use ctpat_editor::domain::submission::{submission_profile, workspace_backup};

fn key() -> SigningKey {
    SigningKey::from_secret_base64url("jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI").unwrap()
}

fn exported_submission(key: &SigningKey, legal_name: &str) -> String {
    let mut workspace = complete_workspace();
    workspace.organization.legal_name = legal_name.into();
    let profile = submission_profile(
        &workspace,
        "importer",
        "2026-11-27T19:00:00Z",
        "0.1.0",
        "b1d3c6a0-profile",
    )
    .unwrap();
    sign_submission(&profile, key).unwrap().to_json_pretty()
}

/// Writes `contents` to a file of its own under the test scratch folder.
fn file(name: &str, contents: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("verify-cli-{name}"));
    std::fs::write(&path, contents).unwrap();
    path
}

fn verify(path: &PathBuf) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ctpat-verify"))
        .arg(path)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_valid_submission_exits_0_and_shows_signer_and_summary() {
    let path = file(
        "valid.ctpat.json",
        exported_submission(&key(), "Northwind Imports Inc.").as_bytes(),
    );
    let output = verify(&path);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let printed = stdout(&output);
    for line in [
        "VALID".to_owned(),
        format!("Signer fingerprint: {}", key().fingerprint().for_people()),
        "Schema version: 1".to_owned(),
        "Profile id: b1d3c6a0-profile".to_owned(),
        "Issued at: 2026-11-27T19:00:00Z".to_owned(),
        "Legal name: Northwind Imports Inc.".to_owned(),
        "Business type: importer".to_owned(),
        "Business partners: ".to_owned(),
        "Facilities: ".to_owned(),
    ] {
        assert!(printed.contains(&line), "missing {line:?} in:\n{printed}");
    }
    let answered = complete_workspace().accounts[0]
        .profile
        .answers
        .values()
        .filter(|answer| answer.status.is_some())
        .count();
    assert!(
        printed.contains(&format!("Criteria answered: {answered}\n")),
        "{printed}"
    );
}

#[test]
fn a_file_changed_after_signing_exits_1() {
    let tampered = exported_submission(&key(), "Northwind Imports Inc.")
        .replace("Northwind Imports Inc.", "Northwind Imports LLC");
    let output = verify(&file("tampered.ctpat.json", tampered.as_bytes()));
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("INVALID"), "{}", stderr(&output));
    assert!(
        stdout(&output).is_empty(),
        "an invalid file's content was shown"
    );
}

#[test]
fn a_file_that_is_not_json_exits_2() {
    let output = verify(&file("not-json.ctpat.json", b"%PDF-1.7 a scanned form"));
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("not valid JSON"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_missing_file_exits_2() {
    let output = verify(&PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("no-such-file.json"));
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("cannot read"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_file_signed_by_another_key_verifies_and_shows_that_key() {
    let other =
        SigningKey::from_secret_base64url("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE").unwrap();
    let output = verify(&file(
        "other-key.ctpat.json",
        exported_submission(&other, "Northwind Imports Inc.").as_bytes(),
    ));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains(&other.fingerprint().for_people()));
}

#[test]
fn a_workspace_backup_verifies_and_says_what_it_is() {
    let backup = workspace_backup(&complete_workspace(), "2026-11-27T19:00:00Z").unwrap();
    let text = sign_backup(&backup, &key()).unwrap().to_json_pretty();
    let output = verify(&file("backup.json", text.as_bytes()));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let printed = stdout(&output);
    assert!(printed.contains("Document: workspace backup"), "{printed}");
    assert!(printed.contains("Entity accounts: 1"), "{printed}");
}

#[test]
fn control_characters_in_a_signed_name_cannot_drive_the_terminal() {
    let hostile = "Evil\u{1b}[2J\u{1b}]0;pwned\u{7}Corp";
    let output = verify(&file(
        "hostile.ctpat.json",
        exported_submission(&key(), hostile).as_bytes(),
    ));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let printed = stdout(&output);
    assert!(
        !printed.contains('\u{1b}') && !printed.contains('\u{7}'),
        "{printed:?}"
    );
    assert!(printed.contains("Legal name: Evil\\u{1b}[2J"), "{printed}");
}

#[test]
fn help_lists_the_exit_codes() {
    let output = Command::new(env!("CARGO_BIN_EXE_ctpat-verify"))
        .arg("--help")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let printed = stdout(&output);
    for code in ["0  valid", "1  invalid", "2  unusable"] {
        assert!(printed.contains(code), "missing {code:?} in:\n{printed}");
    }
}

#[test]
fn no_file_given_is_unusable_input() {
    let output = Command::new(env!("CARGO_BIN_EXE_ctpat-verify"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("Usage"));
}
