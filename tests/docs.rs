//! The documentation under `docs/` stays true of the code: the worked example of
//! `docs/file-formats.md` is a real signed file that the product's own verifier accepts, its
//! decoded header, canonical payload and fingerprint are those of that file, and every comment
//! that cites a docs file, section or heading anchor points at one that exists.
//!
//! `UPDATE_DOCS=1 cargo test --test docs` signs the example again (a fixed example key, so the
//! same input gives the same file) and rewrites its blocks in `docs/file-formats.md`.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use ctpat_editor::APP_VERSION;
use ctpat_editor::crypto::base64url;
use ctpat_editor::crypto::signed_file::{read_signed_file, sign_submission};
use ctpat_editor::crypto::signing_key::SigningKey;
use ctpat_editor::crypto::strict_json::canonical_json;
use ctpat_editor::domain::model::sample::complete_workspace;
use ctpat_editor::domain::submission::{SignedContent, submission_profile};
use serde_json::Value;

const FILE_FORMATS: &str = "docs/file-formats.md";

/// The example signer's secret scalar: published on purpose, it signs nothing but the example.
const EXAMPLE_KEY: &str = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA";

/// The blocks of the worked example, each the fenced block after its marker comment.
const FILE_MARKER: &str = "<!-- worked-example: file -->";
const HEADER_MARKER: &str = "<!-- worked-example: protected header -->";
const PAYLOAD_MARKER: &str = "<!-- worked-example: canonical profile -->";
const FINGERPRINT_MARKER: &str = "<!-- worked-example: fingerprint -->";

/// The example: the sample workspace's importer account cut down to one answer and no
/// registers, so the file stays short enough to read.
fn example_file() -> (String, String) {
    let mut workspace = complete_workspace();
    if let Some(account) = workspace.account_mut("importer") {
        account.profile.answers.retain(|id, _| id == "1.1");
        account.profile.partners.clear();
        account.profile.facilities.clear();
        account.profile.training.clear();
        account.profile.it_controls.clear();
    }
    let profile = submission_profile(
        &workspace,
        "importer",
        "2026-12-01T15:30:00Z",
        APP_VERSION,
        "4f1c2a9e-7b3d-4e5f-8a6b-0c1d2e3f4a5b",
    )
    .expect("the sample workspace has an importer account");
    let key = SigningKey::from_secret_base64url(EXAMPLE_KEY).expect("the example key is valid");
    let signed = sign_submission(&profile, &key).expect("the example profile signs");
    (signed.to_json_pretty(), key.fingerprint().for_people())
}

/// Where the lines of the fenced block that follows `marker` lie in `doc` (from the line after
/// the opening fence to the closing fence; empty for an empty block).
fn block_range(doc: &str, marker: &str) -> std::ops::Range<usize> {
    let start = doc
        .find(marker)
        .unwrap_or_else(|| panic!("{FILE_FORMATS} has no {marker}"))
        + marker.len();
    let open = start
        + doc[start..]
            .find("```")
            .expect("a fenced block follows the marker");
    let body_start = open + doc[open..].find('\n').expect("the fence line ends") + 1;
    let body_end = if doc[body_start..].starts_with("```") {
        body_start
    } else {
        body_start
            + doc[body_start..]
                .find("\n```")
                .expect("the fenced block is closed")
            + 1
    };
    body_start..body_end
}

/// The text of the fenced block that follows `marker` in `doc`, without its last line break.
fn block_after<'d>(doc: &'d str, marker: &str) -> &'d str {
    let text = &doc[block_range(doc, marker)];
    text.strip_suffix('\n').unwrap_or(text)
}

/// `doc` with the fenced block after `marker` holding `body`.
fn replace_block(doc: &str, marker: &str, body: &str) -> String {
    let range = block_range(doc, marker);
    format!("{}{body}\n{}", &doc[..range.start], &doc[range.end..])
}

fn update_the_example() {
    let (file, fingerprint) = example_file();
    let signed: Value = serde_json::from_str(&file).expect("the example is JSON");
    let protected = signed["signature"]["protected"]
        .as_str()
        .expect("a protected header");
    let header = base64url::decode(protected).expect("base64url");
    let header: Value = serde_json::from_slice(&header).expect("a JSON header");
    let payload = canonical_json(&signed["profile"]).expect("a canonical form");
    let mut doc = fs::read_to_string(FILE_FORMATS).expect("the doc is readable");
    doc = replace_block(&doc, FILE_MARKER, &file);
    doc = replace_block(
        &doc,
        HEADER_MARKER,
        &serde_json::to_string_pretty(&header).expect("a header serializes"),
    );
    doc = replace_block(
        &doc,
        PAYLOAD_MARKER,
        &String::from_utf8(payload).expect("UTF-8"),
    );
    doc = replace_block(&doc, FINGERPRINT_MARKER, &fingerprint);
    fs::write(FILE_FORMATS, doc).expect("the doc is writable");
}

#[test]
fn the_worked_example_is_a_signed_file_the_verifier_accepts_as_the_doc_describes_it() {
    if std::env::var_os("UPDATE_DOCS").is_some() {
        update_the_example();
    }
    let doc = fs::read_to_string(FILE_FORMATS).expect("the doc is readable");
    let file = block_after(&doc, FILE_MARKER);

    let imported = read_signed_file(file).unwrap_or_else(|error| {
        panic!(
            "the worked example does not verify ({error}); run UPDATE_DOCS=1 cargo test --test docs"
        )
    });

    assert_eq!(
        imported.signer.for_people(),
        block_after(&doc, FINGERPRINT_MARKER).trim(),
        "the fingerprint the doc prints is not the example's signer"
    );
    let SignedContent::Submission(submission) = imported.content else {
        panic!("the worked example is not a submission");
    };
    assert_eq!(submission.account.profile.answers.len(), 1);

    let signed: Value = serde_json::from_str(file).expect("the example is JSON");
    let protected = signed["signature"]["protected"]
        .as_str()
        .expect("a protected header");
    let header: Value =
        serde_json::from_slice(&base64url::decode(protected).expect("base64url")).expect("JSON");
    let shown_header: Value =
        serde_json::from_str(block_after(&doc, HEADER_MARKER)).expect("the shown header is JSON");
    assert_eq!(
        shown_header, header,
        "the decoded header the doc shows is not the example's"
    );
    let payload = canonical_json(&signed["profile"]).expect("a canonical form");
    assert_eq!(
        block_after(&doc, PAYLOAD_MARKER).as_bytes(),
        payload.as_slice(),
        "the canonical profile the doc shows is not the example's"
    );
}

#[test]
fn the_worked_example_is_refused_once_one_character_of_its_profile_changes() {
    let doc = fs::read_to_string(FILE_FORMATS).expect("the doc is readable");
    let file = block_after(&doc, FILE_MARKER);
    let changed = file.replacen("Northwind Imports Inc.", "Northwind Imports Inc,", 1);
    assert_ne!(changed, file, "the example names Northwind Imports Inc.");

    let error = read_signed_file(&changed).expect_err("a changed profile must not verify");

    assert!(error.is_altered_or_forged(), "{error:?}");
}

/// Every file under `directory`, recursively (binary ones are skipped when read).
fn files(directory: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(directory) else {
        return;
    };
    for path in entries.flatten().map(|entry| entry.path()) {
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or("");
        if path.is_dir() {
            if !matches!(name, "node_modules" | "artifacts" | "target") {
                files(&path, found);
            }
        } else {
            found.push(path);
        }
    }
}

/// GitHub's anchor for a heading: lower case, punctuation but `-` and `_` dropped, spaces
/// turned into `-`.
fn anchor_of(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The section numbers (`4`, `2.1`) and heading anchors of a markdown document.
fn sections_and_anchors(doc: &str) -> (Vec<String>, Vec<String>) {
    let mut numbers = Vec::new();
    let mut anchors = Vec::new();
    let mut in_fence = false;
    for line in doc.lines() {
        if line.starts_with("```") {
            in_fence = !in_fence;
        }
        if in_fence || !line.starts_with('#') {
            continue;
        }
        let heading = line.trim_start_matches('#').trim();
        anchors.push(anchor_of(heading));
        if let Some(first) = heading.split_whitespace().next() {
            let number = first.trim_end_matches('.');
            if !number.is_empty() && number.chars().all(|c| c.is_ascii_digit() || c == '.') {
                numbers.push(number.to_owned());
            }
        }
    }
    (numbers, anchors)
}

/// The `§N` numbers cited right after a docs path: up to the end of the parenthesis or clause
/// (`)`, `(`, `:`, `;`), the end of the sentence or a blank line, across comment line prefixes.
fn cited_sections(after: &str) -> Vec<String> {
    let mut span = String::new();
    let mut characters = after.chars().take(120).peekable();
    while let Some(c) = characters.next() {
        let sentence_ends = c == '.' && !characters.peek().is_some_and(char::is_ascii_digit);
        let blank_line = c == '\n' && span.ends_with('\n');
        if matches!(c, ')' | '(' | ':' | ';') || sentence_ends || blank_line {
            break;
        }
        span.push(c);
    }
    span.split('§')
        .skip(1)
        .filter_map(|rest| {
            let number: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            let number = number.trim_end_matches('.').to_owned();
            (!number.is_empty()).then_some(number)
        })
        .collect()
}

#[test]
fn every_citation_of_a_docs_file_names_a_file_and_section_that_exist() {
    let mut sources = Vec::new();
    for directory in [
        "src", "crates", "benches", "tests", "scripts", ".cargo", "docs", "assets",
    ] {
        files(Path::new(directory), &mut sources);
    }
    sources.extend(["README.md", "Cargo.toml", "index.html", "Trunk.toml"].map(PathBuf::from));

    let mut problems = Vec::new();
    let mut citations = 0;
    for source in &sources {
        let Ok(text) = fs::read_to_string(source) else {
            continue;
        };
        for (at, _) in text.match_indices("docs/") {
            let rest = &text[at..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.'))
                .collect();
            let name = name.trim_end_matches('.');
            if !name.ends_with(".md") {
                continue;
            }
            citations += 1;
            let Ok(doc) = fs::read_to_string(name) else {
                problems.push(format!(
                    "{}: cites {name}, which does not exist",
                    source.display()
                ));
                continue;
            };
            let (numbers, anchors) = sections_and_anchors(&doc);
            let after = &rest[name.len()..];
            if let Some(anchor) = after.strip_prefix('#') {
                let anchor: String = anchor
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_'))
                    .collect();
                if !anchors.contains(&anchor) {
                    problems.push(format!(
                        "{}: cites {name}#{anchor}, no such heading",
                        source.display()
                    ));
                }
            }
            for section in cited_sections(after) {
                if !numbers.contains(&section) {
                    problems.push(format!(
                        "{}: cites {name} §{section}, no such section",
                        source.display()
                    ));
                }
            }
        }
    }
    // Links between the docs themselves are relative (`](domain.md#4-identifier-formats)`).
    for doc_path in sources.iter().filter(|path| path.starts_with("docs")) {
        let Ok(text) = fs::read_to_string(doc_path) else {
            continue;
        };
        for (at, _) in text.match_indices("](") {
            let target: String = text[at + 2..]
                .chars()
                .take_while(|c| !matches!(c, ')' | ' '))
                .collect();
            let (file, anchor) = target.split_once('#').unwrap_or((target.as_str(), ""));
            if file.contains(':') || !(file.ends_with(".md") || file.is_empty()) {
                continue;
            }
            citations += 1;
            let linked = if file.is_empty() {
                doc_path.clone()
            } else {
                doc_path.with_file_name(file)
            };
            let Ok(doc) = fs::read_to_string(&linked) else {
                problems.push(format!(
                    "{}: links to {target}, which does not exist",
                    doc_path.display()
                ));
                continue;
            };
            if !anchor.is_empty()
                && !sections_and_anchors(&doc)
                    .1
                    .iter()
                    .any(|known| known == anchor)
            {
                problems.push(format!(
                    "{}: links to {target}, no such heading",
                    doc_path.display()
                ));
            }
        }
    }
    assert!(
        citations > 20,
        "only {citations} citations found: is the scan looking in the right place?"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_citation_check_finds_sections_and_anchors_as_written() {
    let doc = "# Title\n\n## 4. Identifier formats\n\n### 2.1 Business types\n\n```\n## 9. not a heading\n```\n";
    let (numbers, anchors) = sections_and_anchors(doc);
    assert_eq!(numbers, ["4", "2.1"]);
    assert!(anchors.contains(&"4-identifier-formats".to_owned()));
    assert_eq!(cited_sections(" §2.2, §4). Then §7."), ["2.2", "4"]);
    assert_eq!(cited_sections("\n//! §2.2)."), ["2.2"]);
    assert_eq!(cited_sections(" §1: a file (RFC 7515 §7.2.2)"), ["1"]);
    assert_eq!(cited_sections(" §1–§5](x.md#y)"), ["1", "5"]);
}

/// The paths the README and `docs/` name in backquotes, such as `src/state/session.rs` or
/// `crates/core/src/domain/`, with the top-level folders of the tree they could start with.
fn cited_paths(text: &str) -> Vec<String> {
    const TOP_LEVEL: [&str; 8] = [
        "src/", "crates/", "tests/", "scripts/", "benches/", "assets/", "style/", "docs/",
    ];
    text.split('`')
        .skip(1)
        .step_by(2)
        .filter(|quoted| TOP_LEVEL.iter().any(|top| quoted.starts_with(top)))
        .filter(|quoted| !quoted.contains(['*', '…', ' ', '<', '{']))
        .map(|quoted| quoted.trim_end_matches([':', ',', '.']).to_owned())
        .collect()
}

/// The top-level entries of the README's layout section: one per line of its code block, the
/// first word of each line that is not indented.
fn layout_entries(readme: &str) -> Vec<String> {
    let section = readme
        .split("## How the code is laid out")
        .nth(1)
        .expect("the README has a layout section");
    let block = section.split("```").nth(1).expect("a code block");
    block
        .lines()
        .filter(|line| !line.starts_with(' ') && !line.is_empty())
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_path_the_readme_and_docs_name_exists_in_the_tree() {
    let mut documents = vec![PathBuf::from("README.md")];
    files(Path::new("docs"), &mut documents);

    let mut missing = Vec::new();
    let mut checked = 0;
    for document in &documents {
        let text = fs::read_to_string(document).expect("a readable document");
        for path in cited_paths(&text) {
            checked += 1;
            if !Path::new(&path).exists() {
                missing.push(format!("{}: {path}", document.display()));
            }
        }
    }
    let readme = fs::read_to_string("README.md").expect("the README");
    for entry in layout_entries(&readme) {
        checked += 1;
        if !Path::new(&entry).exists() {
            missing.push(format!("README.md, layout: {entry}"));
        }
    }

    assert!(
        checked > 40,
        "only {checked} paths found: is the scan broken?"
    );
    assert!(
        missing.is_empty(),
        "named but not in the tree:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_path_scan_reads_paths_in_backquotes_and_the_layout_block() {
    let text = "see `src/state/session.rs`, `crates/core/` and `messages/*.json`, not src/x";
    assert_eq!(cited_paths(text), ["src/state/session.rs", "crates/core/"]);
    let readme =
        "## How the code is laid out\n\n```\nsrc/ui/   pages\n  src/domain/  nested\n```\n";
    assert_eq!(layout_entries(readme), ["src/ui/"]);
}
