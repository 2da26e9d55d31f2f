//! Property-based fuzzing of the import parser (which is also the verifier's): no panic and no
//! unbounded work on any input, and no edit of a real exported file is ever accepted as
//! something other than what was signed.
//!
//! A short run is part of `cargo test`; a long run takes the case count from the environment:
//! `PROPTEST_CASES=20000 cargo test --release --lib fuzz_`.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::Value;

use super::*;
use crate::crypto::signing_key::SigningKey;
use crate::domain::model::Workspace;
use crate::domain::model::sample::complete_workspace;
use crate::domain::submission::*;
use crate::i18n::error_messages::import_error;
use crate::i18n::msg;

/// Cases for a run: the environment's `PROPTEST_CASES` for a long run, else `short`.
fn cases(short: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(short)
}

fn key() -> SigningKey {
    SigningKey::from_secret_base64url("jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI").unwrap()
}

fn exported_submission() -> String {
    let profile = submission_profile(
        &complete_workspace(),
        "importer",
        "2026-11-27T19:00:00Z",
        "0.1.0",
        "profile-1",
    )
    .unwrap();
    sign_submission(&profile, &key()).unwrap().to_json_pretty()
}

fn exported_backup() -> String {
    let backup = workspace_backup(&complete_workspace(), "2026-11-27T19:00:00Z").unwrap();
    sign_backup(&backup, &key()).unwrap().to_json_pretty()
}

/// An edited file is either refused or, parsed, is the very same JSON as the original (an
/// edit of layout only), and then reads as the same content.
fn assert_refused_or_unchanged(original: &str, edited: &str) -> Result<(), TestCaseError> {
    if let Ok(read) = read_signed_file(edited) {
        let before: Value = serde_json::from_str(original).unwrap();
        let after: Value = serde_json::from_str(edited).unwrap();
        prop_assert_eq!(&after, &before, "an edited file was accepted");
        prop_assert_eq!(read, read_signed_file(original).unwrap());
    }
    Ok(())
}

/// Replaces, inserts or deletes one character of `text`.
fn edit(text: &str, position: prop::sample::Index, replacement: char, kind: u8) -> String {
    let mut characters: Vec<char> = text.chars().collect();
    let index = position.index(characters.len());
    match kind % 3 {
        0 => characters[index] = replacement,
        1 => characters.insert(index, replacement),
        _ => {
            characters.remove(index);
        }
    }
    characters.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(256), ..ProptestConfig::default() })]

    #[test]
    fn fuzz_arbitrary_bytes_are_refused_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        prop_assert!(read_signed_file(&String::from_utf8_lossy(&bytes)).is_err());
    }

    #[test]
    fn fuzz_arbitrary_json_shaped_text_is_refused_without_panic(
        text in r#"[\{\}\[\]":,0-9a-zA-Z \-\.eE\\]{0,400}"#
    ) {
        prop_assert!(read_signed_file(&text).is_err());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(48), ..ProptestConfig::default() })]

    #[test]
    fn fuzz_one_character_edit_of_a_submission_is_never_accepted_as_other_content(
        position in any::<prop::sample::Index>(),
        replacement in any::<char>(),
        kind in any::<u8>(),
    ) {
        let original = exported_submission();
        assert_refused_or_unchanged(&original, &edit(&original, position, replacement, kind))?;
    }

    #[test]
    fn fuzz_one_character_edit_of_a_backup_is_never_accepted_as_other_content(
        position in any::<prop::sample::Index>(),
        replacement in any::<char>(),
        kind in any::<u8>(),
    ) {
        let original = exported_backup();
        assert_refused_or_unchanged(&original, &edit(&original, position, replacement, kind))?;
    }

    /// The strict reading never refuses what the editor itself writes, whatever the workspace
    /// holds (the signature is checked above; here only the content reading is exercised).
    #[test]
    fn fuzz_any_workspace_survives_backup_and_restore(workspace in any::<Workspace>()) {
        let backup = workspace_backup(&workspace, "2026-11-27T19:00:00Z").unwrap();
        prop_assert_eq!(read_backup(&backup).unwrap().workspace, workspace);
    }
}

#[test]
fn fuzz_deeply_nested_input_is_refused_without_exhausting_the_stack() {
    let depth = 100_000;
    let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert_eq!(
        import_error(&read_signed_file(&text).unwrap_err()),
        msg::transfer::ERROR_NOT_JSON
    );
    let objects = format!(
        r#"{{"profile":{}{}}}"#,
        r#"{"a":"#.repeat(depth),
        "}".repeat(depth)
    );
    assert!(read_signed_file(&objects).is_err());
}
