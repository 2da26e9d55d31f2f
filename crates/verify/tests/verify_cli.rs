//! The recipients' verifier run as a recipient runs it: the built `ctpat-verify` binary on files
//! written by the editor's own export code, checking what it prints and its exit code.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::process::{Command, Output};

use ctpat_core::crypto::signed_file::{sign_backup, sign_submission};
use ctpat_core::crypto::signing_key::SigningKey;
use ctpat_core::domain::model::sample::complete_workspace;
use ctpat_core::domain::submission::{submission_profile, workspace_backup};

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
    verify_with(&[], path)
}

/// Runs the verifier with `options` before the file.
fn verify_with(options: &[&str], path: &PathBuf) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ctpat-verify"))
        .args(options)
        .arg(path)
        .output()
        .unwrap()
}

fn other_key() -> SigningKey {
    SigningKey::from_secret_base64url("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE").unwrap()
}

/// A valid submission signed by [`key`], written to a file of its own.
fn signed_file(name: &str) -> PathBuf {
    file(
        name,
        exported_submission(&key(), "Northwind Imports Inc.").as_bytes(),
    )
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
    let other = other_key();
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
fn without_expect_the_output_says_the_signer_is_not_checked() {
    let output = verify(&signed_file("unchecked.ctpat.json"));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let printed = stdout(&output).replace('\n', " ");
    for words in [
        "Signer: NOT CHECKED",
        "only proves the file is unchanged since this key signed it",
        "compare the fingerprint with the one the sender gave you",
    ] {
        assert!(printed.contains(words), "missing {words:?} in:\n{printed}");
    }
}

#[test]
fn the_signers_fingerprint_as_the_app_shows_it_is_expected_and_exits_0() {
    let path = signed_file("expected.ctpat.json");
    let shown = key().fingerprint().for_people();
    let kid = key().fingerprint().to_base64url();
    let other = other_key().fingerprint().for_people();
    for options in [
        vec!["--expect", shown.as_str()],
        vec!["--expect", &format!("  {}  ", shown.to_lowercase())],
        vec!["--expect", kid.as_str()],
        vec!["--expect", other.as_str(), "--expect", shown.as_str()],
    ] {
        let output = verify_with(&options, &path);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{options:?}: {}",
            stderr(&output)
        );
        let printed = stdout(&output);
        assert!(
            printed.contains("the signer is one of the expected keys"),
            "{printed}"
        );
        assert!(!printed.contains("NOT CHECKED"), "{printed}");
        assert!(printed.contains("Legal name: Northwind Imports Inc."));
    }
}

#[test]
fn a_valid_file_signed_by_a_key_not_expected_exits_3_and_shows_no_content() {
    let path = signed_file("unexpected.ctpat.json");
    let other = other_key().fingerprint().for_people();
    let output = verify_with(&["--expect", &other], &path);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let said = stderr(&output);
    assert!(said.contains("UNEXPECTED SIGNER"), "{said}");
    assert!(said.contains(&key().fingerprint().for_people()), "{said}");
    assert!(
        stdout(&output).is_empty(),
        "the content of an unexpected signer's file was shown"
    );
}

#[test]
fn an_expect_file_lists_trusted_fingerprints_with_comments_and_blank_lines() {
    let path = signed_file("expect-file.ctpat.json");
    let listed = |entries: &[String]| {
        let text = format!("# Trusted senders\n\n{}\n   \n# end\n", entries.join("\n"));
        file("expect-list.txt", text.as_bytes())
    };
    let ours = format!("  {}  # Northwind", key().fingerprint().for_people());
    let theirs = other_key().fingerprint().to_base64url();
    let expect_file = listed(&[theirs.clone(), ours]);
    let output = verify_with(&["--expect-file", expect_file.to_str().unwrap()], &path);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("the signer is one of the expected keys"));

    let expect_file = listed(&[theirs]);
    let output = verify_with(&["--expect-file", expect_file.to_str().unwrap()], &path);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
}

#[test]
fn an_invalid_or_unusable_file_keeps_its_code_when_a_signer_is_expected() {
    let expected = key().fingerprint().for_people();
    let tampered = exported_submission(&key(), "Northwind Imports Inc.")
        .replace("Northwind Imports Inc.", "Northwind Imports LLC");
    let output = verify_with(
        &["--expect", &expected],
        &file("tampered-expected.ctpat.json", tampered.as_bytes()),
    );
    assert_eq!(output.status.code(), Some(1));
    let output = verify_with(
        &["--expect", &expected],
        &file("not-json-expected.json", b"not json"),
    );
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_malformed_expected_fingerprint_is_a_usage_error_exiting_64() {
    let path = signed_file("malformed-expect.ctpat.json");
    let shown = key().fingerprint().for_people();
    for value in [
        "",
        "ABCD",
        &shown[..shown.len() - 1],
        &format!("{shown} 00"),
    ] {
        let output = verify_with(&["--expect", value], &path);
        assert_eq!(output.status.code(), Some(64), "{value:?}");
        let said = stderr(&output);
        assert!(said.contains("USAGE ERROR: --expect"), "{said}");
        assert!(said.contains("not a key fingerprint"), "{said}");
        assert!(stdout(&output).is_empty());
    }
    let output = verify_with(&["--expect"], &path);
    assert_eq!(output.status.code(), Some(64));
}

#[test]
fn an_unreadable_empty_or_malformed_expect_file_is_a_usage_error_exiting_64() {
    let path = signed_file("bad-expect-file.ctpat.json");
    let missing = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("no-such-expect-list.txt");
    let only_comments = file("expect-comments.txt", b"# nobody yet\n\n");
    let malformed = file(
        "expect-malformed.txt",
        format!("{}\nnot a fingerprint\n", key().fingerprint().for_people()).as_bytes(),
    );
    for (expect_file, words) in [
        (&missing, "cannot read the expect file"),
        (&only_comments, "lists no fingerprint"),
        (&malformed, "line 2: not a key fingerprint"),
    ] {
        let output = verify_with(&["--expect-file", expect_file.to_str().unwrap()], &path);
        assert_eq!(output.status.code(), Some(64), "{}", stderr(&output));
        assert!(stderr(&output).contains(words), "{}", stderr(&output));
    }
}

#[test]
fn bidirectional_controls_in_a_signed_name_are_escaped() {
    let hostile = "Acme\u{202E}gnp.exe\u{202C} \u{2066}x\u{2069}\u{200E}\u{200F}\u{061C}\u{202A}\u{202B}\u{202D}\u{2067}\u{2068} Ltd";
    let output = verify(&file(
        "bidi.ctpat.json",
        exported_submission(&key(), hostile).as_bytes(),
    ));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let printed = stdout(&output);
    let bidi = [
        '\u{061C}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}',
        '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
    ];
    assert!(!printed.contains(bidi), "{printed:?}");
    assert!(
        printed.contains("Legal name: Acme\\u{202e}gnp.exe\\u{202c} \\u{2066}x\\u{2069}"),
        "{printed}"
    );
}

#[test]
fn help_lists_the_exit_codes() {
    let output = Command::new(env!("CARGO_BIN_EXE_ctpat-verify"))
        .arg("--help")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let printed = stdout(&output);
    for code in [
        "0   valid",
        "1   invalid",
        "2   unusable",
        "3   unexpected signer",
        "64  usage error",
        "--expect FINGERPRINT",
        "--expect-file PATH",
    ] {
        assert!(printed.contains(code), "missing {code:?} in:\n{printed}");
    }
}

#[test]
fn no_file_given_is_a_usage_error() {
    let output = Command::new(env!("CARGO_BIN_EXE_ctpat-verify"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(64));
    assert!(stderr(&output).contains("Usage"));
}

#[test]
fn a_file_exported_from_the_example_workspace_is_unusable_and_says_so() {
    let mut profile = submission_profile(
        &complete_workspace(),
        "importer",
        "2026-11-27T19:00:00Z",
        "0.1.0",
        "example-profile",
    )
    .unwrap();
    ctpat_core::domain::submission::mark_as_example(&mut profile);
    let text = sign_submission(&profile, &key()).unwrap().to_json_pretty();

    let output = verify(&file("example.ctpat.json", text.as_bytes()));

    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("exported from the example workspace"),
        "{}",
        stderr(&output)
    );
}
