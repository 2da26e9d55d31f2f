//! Every message key written literally in the interface code exists in the catalogue, in every
//! language: a typo or a forgotten message would otherwise show the user a raw key.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use ctpat_editor::i18n::messages;

/// String literals that look like message keys (`area.name`, lower case, dots, underscores).
fn literal_keys(source: &str) -> Vec<String> {
    source
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|text| {
            let mut parts = text.split('.');
            let first = parts.next().unwrap_or_default();
            text.contains('.')
                && !first.is_empty()
                && first.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                && text
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.')
                && !text.ends_with('.')
                && !text.ends_with(".rs")
                && !text.ends_with(".json")
        })
        .map(str::to_owned)
        .collect()
}

fn rust_files(directory: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(directory)
        .expect("source folder readable")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn every_message_key_used_by_the_interface_exists() {
    let mut files = Vec::new();
    rust_files(Path::new("src/ui"), &mut files);
    rust_files(Path::new("src/state"), &mut files);
    assert!(files.len() > 5, "the interface sources were not found");
    let mut missing = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).expect("source readable");
        for key in literal_keys(&source) {
            if !messages().contains(&key) {
                missing.push(format!("{}: {key}", file.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "message keys missing from the catalogue:\n{}",
        missing.join("\n")
    );
}

/// Keys shown without filling their values: `t("…")`, `hint="…"` (unless `hint_args` follow),
/// `label="…"`.
fn keys_shown_without_values(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for opener in [".t(\"", "hint=\"", "label=\""] {
        for (start, _) in source.match_indices(opener) {
            let rest = &source[start + opener.len()..];
            let Some(end) = rest.find('"') else { continue };
            // A hint given its values right after (`hint_args=…`) is filled.
            let element_rest = &rest[..rest.find("/>").unwrap_or(rest.len())];
            if opener.starts_with("hint") && element_rest.contains("hint_args=") {
                continue;
            }
            found.push(rest[..end].to_owned());
        }
    }
    found
}

#[test]
fn no_message_with_placeholders_is_shown_without_its_values() {
    let mut files = Vec::new();
    rust_files(Path::new("src/ui"), &mut files);
    let mut unfilled = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).expect("source readable");
        for key in keys_shown_without_values(&source) {
            let text = messages().text(ctpat_editor::domain::Language::English, &key);
            if text.contains('{') {
                unfilled.push(format!("{}: {key} ({text})", file.display()));
            }
        }
    }
    assert!(
        unfilled.is_empty(),
        "shown with raw placeholders:\n{}",
        unfilled.join("\n")
    );
}

#[test]
fn the_scanner_finds_keys_and_ignores_other_strings() {
    let source =
        r#"locale.t("home.title"); download("backup.json"); id="main-content"; x("a.b_c.d2")"#;
    assert_eq!(literal_keys(source), vec!["home.title", "a.b_c.d2"]);
}
