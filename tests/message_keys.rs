//! What the compiler cannot check about the messages. That a key exists is the compiler's: code
//! names a message by a constant generated from the message files (`msg::session::…`). Left to
//! check here: every message reads the same in the three languages (a text in each, the same
//! placeholders), every message is used somewhere, and none is shown with its placeholders
//! unfilled.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use ctpat_editor::domain::Language;
use ctpat_editor::i18n::{MessageKey, messages, msg};

/// How code names a key: `session.error.wrong_passphrase` is `msg::session::ERROR_WRONG_PASSPHRASE`
/// (the build script's rule).
fn constant_of(key: MessageKey) -> String {
    let (area, rest) = key.as_str().split_once('.').expect("every key has an area");
    format!(
        "msg::{}::{}",
        area.replace('-', "_"),
        rest.replace(['.', '-'], "_").to_ascii_uppercase()
    )
}

/// The key a constant's path names, if any.
fn key_of(constant: &str) -> Option<MessageKey> {
    msg::ALL
        .iter()
        .copied()
        .find(|key| constant_of(*key) == constant)
}

/// Every `msg::area::NAME` path in `source`.
fn constants_in(source: &str) -> Vec<&str> {
    let mut found = Vec::new();
    for (start, _) in source.match_indices("msg::") {
        let rest = &source[start..];
        let end = rest
            .char_indices()
            .skip("msg::".len())
            .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '_' || *c == ':'))
            .map_or(rest.len(), |(index, _)| index);
        let path = rest[..end].trim_end_matches(':');
        if path.matches("::").count() == 2 {
            found.push(path);
        }
    }
    found
}

/// The Rust files under `directory`, leaving out test files when `without_tests`.
fn rust_files(directory: &Path, without_tests: bool, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(directory)
        .expect("source folder readable")
        .flatten()
    {
        let path = entry.path();
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or("");
        let is_test = name == "tests" || name == "tests.rs" || name.ends_with("_tests.rs");
        if without_tests && is_test {
            continue;
        }
        if path.is_dir() {
            rust_files(&path, without_tests, found);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            found.push(path);
        }
    }
}

fn product_sources() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), true, &mut files);
    rust_files(Path::new("crates/core/src"), true, &mut files);
    assert!(files.len() > 50, "the product's sources were not found");
    files
        .into_iter()
        .map(|file| {
            let source = fs::read_to_string(&file).expect("source readable");
            (file, source)
        })
        .collect()
}

#[test]
fn every_message_has_a_text_in_every_language_with_the_same_placeholders() {
    assert_eq!(messages().problems(), vec![]);
    assert_eq!(msg::ALL.len(), messages().keys().count());
}

#[test]
fn every_message_of_the_catalogue_is_used_by_the_product() {
    let used: BTreeSet<String> = product_sources()
        .iter()
        .flat_map(|(_, source)| constants_in(source))
        .map(str::to_owned)
        .collect();
    let unused: Vec<&str> = msg::ALL
        .iter()
        .filter(|key| !used.contains(&constant_of(**key)))
        .map(|key| key.as_str())
        .collect();
    assert!(
        unused.is_empty(),
        "messages no code shows (remove them from the message files):\n{}",
        unused.join("\n")
    );
}

/// Constants shown without filling their values: `.t(msg::…)`, `hint={msg::…}` (unless
/// `hint_args` follow), `label={msg::…}`.
fn keys_shown_without_values(source: &str) -> Vec<&str> {
    let mut found = Vec::new();
    for opener in [".t(msg::", "hint={msg::", "label={msg::"] {
        for (start, _) in source.match_indices(opener) {
            let from = start + opener.len() - "msg::".len();
            let Some(constant) = constants_in(&source[from..]).into_iter().next() else {
                continue;
            };
            // A hint given its values right after (`hint_args=…`) is filled.
            let rest = &source[from..];
            let element_rest = &rest[..rest.find("/>").unwrap_or(rest.len())];
            if opener.starts_with("hint") && element_rest.contains("hint_args=") {
                continue;
            }
            found.push(constant);
        }
    }
    found
}

#[test]
fn no_message_with_placeholders_is_shown_without_its_values() {
    let mut unfilled = Vec::new();
    let mut seen = 0;
    for (file, source) in product_sources() {
        for constant in keys_shown_without_values(&source) {
            seen += 1;
            let key = key_of(constant).unwrap_or_else(|| panic!("{constant} names no message"));
            let text = ctpat_editor::i18n::text(Language::English, key);
            if text.contains('{') {
                unfilled.push(format!("{}: {constant} ({text})", file.display()));
            }
        }
    }
    assert!(seen > 100, "the scanner found only {seen} messages shown");
    assert!(
        unfilled.is_empty(),
        "shown with raw placeholders:\n{}",
        unfilled.join("\n")
    );
}

#[test]
fn the_scanner_reads_constants_as_the_build_script_names_them() {
    let source = "locale.t(msg::session::ERROR_WRONG_PASSPHRASE); x(msg::business_type::AIR_CARRIER)\n\
                  use crate::i18n::msg;";
    assert_eq!(
        constants_in(source),
        vec![
            "msg::session::ERROR_WRONG_PASSPHRASE",
            "msg::business_type::AIR_CARRIER"
        ]
    );
    assert_eq!(
        key_of("msg::business_type::AIR_CARRIER").map(MessageKey::as_str),
        Some("business_type.air-carrier")
    );
    assert_eq!(
        keys_shown_without_values(
            r#"<InputField label={msg::form::OPTIONAL} hint={msg::a::B} hint_args=x />"#
        ),
        vec!["msg::form::OPTIONAL"]
    );
}
