//! `ctpat-verify [--expect FINGERPRINT]... [--expect-file PATH] FILE`: checks a signed C-TPAT
//! profile or workspace backup the way the editor's import does (the same `read_signed_file`),
//! for recipients who do not run the editor.
//!
//! A valid signature proves only that the file is unchanged since some key signed it; anyone
//! can make a key. So the verifier prints the signer's fingerprint and says so in words, and a
//! recipient who knows the sender's fingerprint passes it with `--expect` (or a file of them
//! with `--expect-file`) to have the signer checked too.
//!
//! Exit codes: 0 valid (and, with `--expect`, signed by an expected key), 1 invalid (the file
//! was changed after signing, or its signature is forged), 2 unusable input (cannot be read,
//! not JSON, not a signed file of this editor, a version, field or signature feature it does
//! not know), 3 valid but signed by a key that is not expected, 64 usage error (a malformed
//! argument or `--expect` value, an unreadable or empty expect file). Text from the file is
//! printed with control and bidirectional-control characters escaped.

use std::io::Read;
use std::process::ExitCode;

use ctpat_core::crypto::jws::MAX_SIGNED_DOCUMENT_BYTES;
use ctpat_core::crypto::signed_file::{ImportedFile, read_signed_file};
use ctpat_core::crypto::signing_key::{Fingerprint, MalformedFingerprint};
use ctpat_core::domain::submission::SignedContent;

/// The signature and content checked out (and the signer is expected, when asked).
const VALID: u8 = 0;
/// The file was changed after signing, or claims a signer that did not sign it.
const INVALID: u8 = 1;
/// The input cannot be checked at all.
const UNUSABLE: u8 = 2;
/// The signature is valid, but made by a key that is not among the expected ones.
const UNEXPECTED_SIGNER: u8 = 3;
/// The command line is wrong (sysexits' `EX_USAGE`): nothing was checked.
const USAGE: u8 = 64;

/// Largest expect file read; a list of fingerprints is a few kilobytes at most.
const MAX_EXPECT_FILE_BYTES: u64 = 1024 * 1024;

const HELP: &str = "\
ctpat-verify: check a signed C-TPAT profile (.ctpat.json) or workspace backup

Usage: ctpat-verify [--expect FINGERPRINT]... [--expect-file PATH] FILE
       ctpat-verify --help | --version

Verifies the ES256 signature over the profile's RFC 8785 canonical form, then prints the
signer's key fingerprint, the schema version, profile id, issue time, legal name, business
type and how much the profile holds.

A valid signature proves only that the file is unchanged since the key shown signed it;
anyone can make a key. Compare the fingerprint with the one the sender gave you (by phone,
in person, not in the same message as the file), or let the verifier compare it:

  --expect FINGERPRINT  a fingerprint you trust (repeatable): 16 groups of 4 hex digits
                        as the editor shows it (quote it), the same without spaces, or the
                        43-character base64url key id
  --expect-file PATH    a file of trusted fingerprints, one a line; blank lines and text
                        after # are ignored

Exit codes:
  0   valid: the signature matches and the content is a profile this version reads; the
      file is unchanged since the key shown signed it. With --expect or --expect-file, that
      key is one of the expected ones. Without them, who holds the key is NOT checked.
  1   invalid: the file was changed after it was signed, or its signature is forged;
      nothing in it can be relied on
  2   unusable: the file cannot be read, is not JSON, is not a signed C-TPAT file, or uses
      a version, field or signature feature this verifier does not accept; nothing checked
  3   unexpected signer: the signature matches, but the key that made it is not one of the
      expected ones; the file may be intact, but it is not from whom you expected
  64  usage error: a malformed argument or --expect value, or an expect file that cannot
      be read or lists no fingerprint; nothing was checked
";

/// What the command line asks for.
enum Request {
    Help,
    Version,
    Verify(Options),
}

/// What to check, and against which signers.
struct Options {
    /// The signed file.
    path: String,
    /// The fingerprints given with `--expect` and `--expect-file`; `None` when neither was.
    expected: Option<Vec<Fingerprint>>,
}

/// Why the command line cannot be followed (exit code [`USAGE`]).
#[derive(Debug, thiserror::Error)]
enum UsageError {
    #[error("no file to check was given")]
    NoFile,
    #[error("only one file can be checked at a time; also given: {0}")]
    SecondFile(String),
    #[error("unknown option {0}")]
    UnknownOption(String),
    #[error("{0} needs a value")]
    MissingValue(&'static str),
    #[error("--expect {value}: {source}")]
    MalformedExpect {
        value: String,
        source: MalformedFingerprint,
    },
    #[error("cannot read the expect file {path}: {reason}")]
    UnreadableExpectFile { path: String, reason: String },
    #[error("the expect file {path}, line {line}: {source}")]
    MalformedExpectLine {
        path: String,
        line: usize,
        source: MalformedFingerprint,
    },
    #[error("the expect file {path} lists no fingerprint")]
    EmptyExpectFile { path: String },
}

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    match parse_arguments(&arguments) {
        Ok(Request::Help) => {
            print!("{HELP}");
            ExitCode::from(VALID)
        }
        Ok(Request::Version) => {
            println!("ctpat-verify {}", env!("CARGO_PKG_VERSION"));
            ExitCode::from(VALID)
        }
        Ok(Request::Verify(options)) => ExitCode::from(check(&options)),
        Err(UsageError::NoFile) if arguments.is_empty() => {
            eprint!("{HELP}");
            ExitCode::from(USAGE)
        }
        Err(error) => {
            eprintln!("USAGE ERROR: {}", printable(&error.to_string()));
            eprintln!("Run ctpat-verify --help for the usage.");
            ExitCode::from(USAGE)
        }
    }
}

/// Reads the command line: `--help`, `--version`, or options and exactly one file.
fn parse_arguments(arguments: &[String]) -> Result<Request, UsageError> {
    if let [flag] = arguments {
        match flag.as_str() {
            "--help" | "-h" => return Ok(Request::Help),
            "--version" | "-V" => return Ok(Request::Version),
            _ => {}
        }
    }
    let mut path = None;
    let mut expected: Option<Vec<Fingerprint>> = None;
    let mut rest = arguments.iter();
    while let Some(argument) = rest.next() {
        let (flag, inline) = match argument.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_owned())),
            _ => (argument.as_str(), None),
        };
        let mut value = |name: &'static str| {
            inline
                .clone()
                .or_else(|| rest.next().cloned())
                .ok_or(UsageError::MissingValue(name))
        };
        match flag {
            "--expect" => {
                let text = value("--expect")?;
                let fingerprint =
                    Fingerprint::parse(&text).map_err(|source| UsageError::MalformedExpect {
                        value: text,
                        source,
                    })?;
                expected.get_or_insert_with(Vec::new).push(fingerprint);
            }
            "--expect-file" => {
                let file = value("--expect-file")?;
                expected
                    .get_or_insert_with(Vec::new)
                    .extend(read_expect_file(&file)?);
            }
            option if option.starts_with('-') => {
                return Err(UsageError::UnknownOption(argument.clone()));
            }
            file => match path {
                None => path = Some(file.to_owned()),
                Some(_) => return Err(UsageError::SecondFile(file.to_owned())),
            },
        }
    }
    let path = path.ok_or(UsageError::NoFile)?;
    Ok(Request::Verify(Options { path, expected }))
}

/// The fingerprints listed in an expect file: one a line, blank lines and `#` comments ignored.
fn read_expect_file(path: &str) -> Result<Vec<Fingerprint>, UsageError> {
    let unreadable = |reason: String| UsageError::UnreadableExpectFile {
        path: path.to_owned(),
        reason,
    };
    let file = std::fs::File::open(path).map_err(|error| unreadable(error.to_string()))?;
    let mut text = String::new();
    file.take(MAX_EXPECT_FILE_BYTES)
        .read_to_string(&mut text)
        .map_err(|error| unreadable(error.to_string()))?;
    let fingerprints =
        parse_expect_list(&text).map_err(|(line, source)| UsageError::MalformedExpectLine {
            path: path.to_owned(),
            line,
            source,
        })?;
    if fingerprints.is_empty() {
        return Err(UsageError::EmptyExpectFile {
            path: path.to_owned(),
        });
    }
    Ok(fingerprints)
}

/// Each line's text before any `#`, trimmed; empty ones skipped. The error names the line
/// (counted from 1).
fn parse_expect_list(text: &str) -> Result<Vec<Fingerprint>, (usize, MalformedFingerprint)> {
    text.lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line.split('#').next().unwrap_or_default().trim()))
        .filter(|(_, entry)| !entry.is_empty())
        .map(|(line, entry)| Fingerprint::parse(entry).map_err(|error| (line, error)))
        .collect()
}

/// Checks the file and prints the verdict; returns the exit code.
fn check(options: &Options) -> u8 {
    let text = match read_text(&options.path) {
        Ok(text) => text,
        Err(reason) => {
            eprintln!(
                "UNUSABLE: cannot read {}: {reason}",
                printable(&options.path)
            );
            return UNUSABLE;
        }
    };
    let file = match read_signed_file(&text) {
        Ok(file) => file,
        Err(error) if error.is_altered_or_forged() => {
            eprintln!("INVALID: {}", printable(&error.to_string()));
            return INVALID;
        }
        Err(error) => {
            eprintln!("UNUSABLE: {}", printable(&error.to_string()));
            return UNUSABLE;
        }
    };
    match &options.expected {
        Some(expected) if !expected.contains(&file.signer) => {
            eprint!("{}", unexpected_signer(&file.signer, expected.len()));
            UNEXPECTED_SIGNER
        }
        expected => {
            print!("{}", report(&file, expected.is_some()));
            VALID
        }
    }
}

/// Reads at most one byte past the limit, so a huge file is refused without filling memory.
fn read_text(path: &str) -> Result<String, String> {
    let file = std::fs::File::open(path).map_err(|error| error.to_string())?;
    let mut bytes = Vec::new();
    file.take(MAX_SIGNED_DOCUMENT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| error.to_string())?;
    if bytes.len() > MAX_SIGNED_DOCUMENT_BYTES {
        return Err(format!(
            "the file is larger than {MAX_SIGNED_DOCUMENT_BYTES} bytes"
        ));
    }
    String::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text".to_owned())
}

/// What exit code 3 prints (to standard error; nothing of the file's content is shown).
fn unexpected_signer(signer: &Fingerprint, expected: usize) -> String {
    [
        "UNEXPECTED SIGNER: the signature matches, but the key that made it is not one of the"
            .to_owned(),
        format!("{expected} expected key(s)."),
        format!("Signer fingerprint: {}", signer.for_people()),
        "The file is unchanged since this key signed it, but nothing says whose key it is:"
            .to_owned(),
        "do not rely on it unless the sender confirms this fingerprint.".to_owned(),
    ]
    .iter()
    .map(|line| format!("{line}\n"))
    .collect()
}

/// What the signature proves about the signer, in words.
fn signer_lines(checked_against_expected: bool) -> [&'static str; 2] {
    if checked_against_expected {
        [
            "Signer: EXPECTED, the signer is one of the expected keys, and the file is",
            "unchanged since that key signed it.",
        ]
    } else {
        [
            "Signer: NOT CHECKED. The signature only proves the file is unchanged since this key signed it;",
            "compare the fingerprint with the one the sender gave you (or pass it with --expect).",
        ]
    }
}

/// The lines printed for a valid file.
fn report(file: &ImportedFile, checked_against_expected: bool) -> String {
    let mut lines = vec![
        "VALID: the signature matches".to_owned(),
        format!("Signer fingerprint: {}", file.signer.for_people()),
    ];
    lines.extend(signer_lines(checked_against_expected).map(str::to_owned));
    lines.extend(content_lines(&file.content));
    lines.iter().map(|line| format!("{line}\n")).collect()
}

/// The summary of what the file holds.
fn content_lines(content: &SignedContent) -> Vec<String> {
    match content {
        SignedContent::Submission(submission) => {
            let summary = submission.summary();
            vec![
                "Document: C-TPAT profile submission".to_owned(),
                format!("Schema version: {}", submission.schema_version),
                format!("Profile id: {}", printable(&submission.profile_id)),
                format!("Issued at: {}", printable(&submission.issued_at)),
                format!("Written by: editor {}", printable(&submission.app_version)),
                format!("Legal name: {}", printable(&summary.legal_name)),
                format!("Business type: {}", summary.business_type.key()),
                format!("Criteria answered: {}", summary.criteria_answered),
                format!("Business partners: {}", summary.partners),
                format!("Facilities: {}", summary.facilities),
            ]
        }
        SignedContent::Backup(backup) => vec![
            "Document: workspace backup".to_owned(),
            format!("Backup version: {}", backup.version),
            format!("Schema version: {}", backup.workspace.schema_version),
            format!("Exported at: {}", printable(&backup.exported_at)),
            format!(
                "Legal name: {}",
                printable(&backup.workspace.organization.legal_name)
            ),
            format!("Entity accounts: {}", backup.workspace.accounts.len()),
        ],
    }
}

/// Text from a file or the command line, with control characters escaped so it cannot drive
/// the terminal, and bidirectional controls escaped so it cannot reorder what is shown
/// (a name that displays as another, "Trojan Source").
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || is_bidi_control(c) {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// The Unicode bidirectional formatting characters: the Arabic letter mark, the left-to-right
/// and right-to-left marks, the embeddings and overrides, and the isolates.
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}
