//! `ctpat-verify FILE`: checks a signed C-TPAT profile or workspace backup the way the editor's
//! import does (the same `read_signed_file`), for recipients who do not run the editor.
//!
//! Prints the signer's fingerprint and a short summary. Exit codes: 0 valid, 1 invalid (the
//! file was changed after signing, or its signature is forged), 2 unusable input (cannot be
//! read, not JSON, not a signed file of this editor, a version or field it does not know).

use std::io::Read;
use std::process::ExitCode;

use ctpat_editor::APP_VERSION;
use ctpat_editor::crypto::jws::MAX_SIGNED_DOCUMENT_BYTES;
use ctpat_editor::crypto::signed_file::{ImportedFile, read_signed_file};
use ctpat_editor::domain::submission::SignedContent;

/// The signature and content checked out.
const VALID: u8 = 0;
/// The file was changed after signing, or claims a signer that did not sign it.
const INVALID: u8 = 1;
/// The input cannot be checked at all.
const UNUSABLE: u8 = 2;

const HELP: &str = "\
ctpat-verify: check a signed C-TPAT profile (.ctpat.json) or workspace backup

Usage: ctpat-verify FILE
       ctpat-verify --help | --version

Verifies the ES256 signature over the profile's RFC 8785 canonical form, then prints the
signer's key fingerprint (compare it with the one the sender gave you), the schema version,
profile id, issue time, legal name, business type and how much the profile holds.

Exit codes:
  0  valid: the signature matches and the content is a profile this version reads
  1  invalid: the file was changed after it was signed, or its signature is forged
  2  unusable: the file cannot be read, is not JSON, is not a signed C-TPAT file,
     or uses a version or field this verifier does not know
";

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let path = match arguments.as_slice() {
        [flag] if flag == "--help" || flag == "-h" => {
            print!("{HELP}");
            return ExitCode::from(VALID);
        }
        [flag] if flag == "--version" || flag == "-V" => {
            println!("ctpat-verify {APP_VERSION}");
            return ExitCode::from(VALID);
        }
        [path] if !path.starts_with('-') => path,
        _ => {
            eprint!("{HELP}");
            return ExitCode::from(UNUSABLE);
        }
    };
    let text = match read_text(path) {
        Ok(text) => text,
        Err(reason) => {
            eprintln!("UNUSABLE: cannot read {}: {reason}", printable(path));
            return ExitCode::from(UNUSABLE);
        }
    };
    match read_signed_file(&text) {
        Ok(file) => {
            print!("{}", report(&file));
            ExitCode::from(VALID)
        }
        Err(error) if error.is_altered_or_forged() => {
            eprintln!("INVALID: {}", printable(&error.to_string()));
            ExitCode::from(INVALID)
        }
        Err(error) => {
            eprintln!("UNUSABLE: {}", printable(&error.to_string()));
            ExitCode::from(UNUSABLE)
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

/// The lines printed for a valid file.
fn report(file: &ImportedFile) -> String {
    let mut lines = vec![
        "VALID: the signature matches".to_owned(),
        format!("Signer fingerprint: {}", file.signer.for_people()),
    ];
    match &file.content {
        SignedContent::Submission(submission) => {
            let summary = submission.summary();
            lines.extend([
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
            ]);
        }
        SignedContent::Backup(backup) => {
            lines.extend([
                "Document: workspace backup".to_owned(),
                format!("Backup version: {}", backup.version),
                format!("Schema version: {}", backup.workspace.schema_version),
                format!("Exported at: {}", printable(&backup.exported_at)),
                format!(
                    "Legal name: {}",
                    printable(&backup.workspace.organization.legal_name)
                ),
                format!("Entity accounts: {}", backup.workspace.accounts.len()),
            ]);
        }
    }
    lines.iter().map(|line| format!("{line}\n")).collect()
}

/// Text from a file, with control characters escaped so it cannot drive the terminal.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}
