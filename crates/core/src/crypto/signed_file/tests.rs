//! The two signed files end to end, as the app and the verifier use them: build, sign, write,
//! read back. Byte-level tampering of the JWS itself is covered in `crypto::jws`.

use serde_json::{Value, json};

use super::*;
use crate::crypto::base64url;
use crate::crypto::jws::{
    MAX_SIGNED_DOCUMENT_BYTES, SUBMISSION_TYPE, SignedDocument, sign_document,
};
use crate::crypto::signing_key::SigningKey;
use crate::domain::model::Workspace;
use crate::domain::model::sample::complete_workspace;
use crate::domain::submission::*;
use crate::i18n::error_messages::import_error;
use crate::i18n::msg;

const ISSUED_AT: &str = "2026-11-27T19:00:00Z";

fn key() -> SigningKey {
    SigningKey::from_secret_base64url("jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI").unwrap()
}

fn other_key() -> SigningKey {
    SigningKey::from_secret_base64url("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE").unwrap()
}

fn importer_profile(workspace: &Workspace) -> Value {
    submission_profile(workspace, "importer", ISSUED_AT, "1.2.3", "profile-7").unwrap()
}

fn submission_file(key: &SigningKey) -> String {
    sign_submission(&importer_profile(&complete_workspace()), key)
        .unwrap()
        .to_json_pretty()
}

fn read_submission_file(text: &str) -> Submission {
    match read_signed_file(text).unwrap().content {
        SignedContent::Submission(submission) => *submission,
        other => panic!("expected a submission, read {other:?}"),
    }
}

fn file_with(profile: &Value, typ: &str) -> String {
    sign_document(profile, &key(), typ)
        .unwrap()
        .to_json_pretty()
}

#[test]
fn an_exported_submission_reads_back_exactly_as_the_account_was() {
    let workspace = complete_workspace();
    let submission = read_submission_file(&submission_file(&key()));
    assert_eq!(&submission.account, workspace.account("importer").unwrap());
    assert_eq!(submission.main_account.organization, workspace.organization);
    assert_eq!(submission.main_account.contacts, workspace.contacts);
    assert_eq!(submission.profile_id, "profile-7");
    assert_eq!(submission.issued_at, ISSUED_AT);
    assert_eq!(submission.app_version, "1.2.3");
    assert_eq!(submission.schema_version, SUBMISSION_SCHEMA_VERSION);
}

#[test]
fn the_submission_carries_the_evidence_digests() {
    let workspace = complete_workspace();
    let digests: Vec<&str> = workspace.accounts[0]
        .profile
        .answers
        .values()
        .flat_map(|answer| answer.evidence.iter().map(|e| e.sha256.as_str()))
        .collect();
    assert!(!digests.is_empty(), "the sample holds evidence");
    let file = submission_file(&key());
    for digest in digests {
        assert!(file.contains(digest), "{digest} missing from the file");
    }
}

#[test]
fn the_other_accounts_of_the_workspace_stay_out_of_a_submission() {
    let mut workspace = complete_workspace();
    workspace.add_account(
        "secret",
        crate::domain::BusinessType::Exporter,
        "Hidden exports",
    );
    let profile = importer_profile(&workspace);
    assert!(!profile.to_string().contains("Hidden exports"));
}

#[test]
fn the_signer_is_the_workspace_key_and_another_key_is_told_apart() {
    let ours = read_signed_file(&submission_file(&key())).unwrap();
    assert_eq!(ours.signer, key().fingerprint());
    let theirs = read_signed_file(&submission_file(&other_key())).unwrap();
    assert_ne!(theirs.signer, key().fingerprint());
}

#[test]
fn the_summary_counts_answered_criteria_partners_and_facilities() {
    let mut workspace = complete_workspace();
    let profile = &mut workspace.accounts[0].profile;
    let answered = profile
        .answers
        .values()
        .filter(|a| a.status.is_some())
        .count();
    profile.answer_mut("99.9").narrative = "draft, no status yet".into();
    let summary = read_submission_file(
        &sign_submission(&importer_profile(&workspace), &key())
            .unwrap()
            .to_json_pretty(),
    )
    .summary();
    assert_eq!(summary.legal_name, "Northwind Imports Inc.");
    assert_eq!(summary.business_type, crate::domain::BusinessType::Importer);
    assert_eq!(summary.criteria_answered, answered);
    assert_eq!(
        summary.partners,
        workspace.accounts[0].profile.partners.len()
    );
    assert_eq!(
        summary.facilities,
        workspace.accounts[0].profile.facilities.len()
    );
}

#[test]
fn a_changed_legal_name_in_the_file_is_detected_as_altered() {
    let file = submission_file(&key()).replace("Northwind Imports Inc.", "Northwind Imports Inc,");
    let error = read_signed_file(&file).unwrap_err();
    assert!(error.is_altered_or_forged(), "{error:?}");
    assert_eq!(import_error(&error), msg::transfer::ERROR_BAD_SIGNATURE);
}

#[test]
fn substituting_another_key_in_a_submission_is_detected() {
    let mut document: SignedDocument = serde_json::from_str(&submission_file(&key())).unwrap();
    let header_bytes = base64url::decode(&document.signature.protected).unwrap();
    let mut header: Value = serde_json::from_slice(&header_bytes).unwrap();
    let intruder = other_key().public_jwk();
    header["jwk"] = intruder.to_json();
    header["kid"] = json!(intruder.thumbprint().to_base64url());
    document.signature.protected = base64url::encode(serde_json::to_vec(&header).unwrap());
    let error = read_signed_file(&document.to_json_pretty()).unwrap_err();
    assert!(error.is_altered_or_forged(), "{error:?}");
}

#[test]
fn a_member_the_editor_does_not_know_is_refused_even_when_signed() {
    let mut profile = importer_profile(&complete_workspace());
    profile["account"]["profile"]["facilities"][0]["moat"] = json!("deep");
    let error = read_signed_file(&file_with(&profile, SUBMISSION_TYPE)).unwrap_err();
    assert_eq!(
        error,
        ImportError::Content(ContentError::UnknownField {
            path: "/account/profile/facilities/0/moat".into()
        })
    );
    assert_eq!(import_error(&error), msg::transfer::ERROR_UNKNOWN_FIELD);
}

#[test]
fn a_submission_of_a_newer_schema_is_refused_by_version() {
    let mut profile = importer_profile(&complete_workspace());
    profile["schemaVersion"] = json!(2);
    let error = read_signed_file(&file_with(&profile, SUBMISSION_TYPE)).unwrap_err();
    assert_eq!(
        error,
        ImportError::Content(ContentError::UnsupportedVersion { found: "2".into() })
    );
}

#[test]
fn a_submission_with_a_wrongly_typed_member_is_refused_by_shape() {
    let mut profile = importer_profile(&complete_workspace());
    profile["account"]["businessType"] = json!("pirate");
    let error = read_signed_file(&file_with(&profile, SUBMISSION_TYPE)).unwrap_err();
    assert_eq!(import_error(&error), msg::transfer::ERROR_SHAPE);
}

#[test]
fn a_signed_document_of_another_type_is_refused_as_wrong_format() {
    let profile = importer_profile(&complete_workspace());
    let error = read_signed_file(&file_with(&profile, "invoice+jws")).unwrap_err();
    assert_eq!(import_error(&error), msg::transfer::ERROR_WRONG_FORMAT);
    assert!(!error.is_altered_or_forged());
}

#[test]
fn text_that_is_not_json_or_too_large_is_refused_as_unusable() {
    let not_json = read_signed_file("%PDF-1.7 not a profile").unwrap_err();
    assert_eq!(import_error(&not_json), msg::transfer::ERROR_NOT_JSON);
    let large = " ".repeat(MAX_SIGNED_DOCUMENT_BYTES + 1);
    assert_eq!(
        read_signed_file(&large).unwrap_err(),
        ImportError::TooLarge {
            limit: MAX_SIGNED_DOCUMENT_BYTES
        }
    );
    let unsigned = read_signed_file(r#"{"profile": {}}"#).unwrap_err();
    assert_eq!(import_error(&unsigned), msg::transfer::ERROR_NOT_SIGNED);
}

#[test]
fn an_unknown_account_or_a_local_time_is_not_exported() {
    let workspace = complete_workspace();
    assert_eq!(
        submission_profile(&workspace, "nobody", ISSUED_AT, "1", "p"),
        Err(SubmissionError::UnknownAccount {
            id: "nobody".into()
        })
    );
    for time in [
        "2026-11-27 19:00:00",
        "2026-11-27T19:00:00+01:00",
        "2026-11-27T19:00Z",
    ] {
        assert!(
            submission_profile(&workspace, "importer", time, "1", "p").is_err(),
            "{time} accepted"
        );
    }
    assert!(
        submission_profile(&workspace, "importer", "2026-11-27T19:00:00.123Z", "1", "p").is_ok()
    );
}

#[test]
fn a_backup_restores_the_whole_workspace() {
    let mut workspace = complete_workspace();
    workspace.add_account("exports", crate::domain::BusinessType::Exporter, "Exports");
    let backup = workspace_backup(&workspace, ISSUED_AT).unwrap();
    let file = sign_backup(&backup, &key()).unwrap().to_json_pretty();
    let SignedContent::Backup(read) = read_signed_file(&file).unwrap().content else {
        panic!("a backup read as a submission");
    };
    assert_eq!(read.workspace, workspace);
    assert_eq!(read.exported_at, ISSUED_AT);
    assert_eq!(read.format, BACKUP_FORMAT);
}

#[test]
fn a_backup_never_holds_the_signing_key() {
    let backup = workspace_backup(&complete_workspace(), ISSUED_AT).unwrap();
    let file = sign_backup(&backup, &key()).unwrap().to_json_pretty();
    assert!(!file.contains(key().secret_base64url().as_str()));
}

#[test]
fn a_backup_of_an_older_workspace_schema_is_upgraded_on_import() {
    let draft: Value = serde_json::from_str(include_str!(
        "../../domain/migration/fixtures/v0-draft.json"
    ))
    .unwrap();
    let backup = json!({
        "format": BACKUP_FORMAT, "version": 1, "exportedAt": ISSUED_AT, "workspace": draft
    });
    let SignedContent::Backup(read) = read_signed_file(&file_with(&backup, BACKUP_TYPE))
        .unwrap()
        .content
    else {
        panic!("not read as a backup");
    };
    assert_eq!(
        read.workspace.organization.legal_name,
        "Frontera Logistics S.A. de C.V."
    );
}

#[test]
fn a_backup_of_another_format_or_version_is_refused() {
    let good = workspace_backup(&complete_workspace(), ISSUED_AT).unwrap();
    let mut renamed = good.clone();
    renamed["format"] = json!("someone-elses-backup");
    let error = read_signed_file(&file_with(&renamed, BACKUP_TYPE)).unwrap_err();
    assert_eq!(import_error(&error), msg::transfer::ERROR_WRONG_FORMAT);
    let mut newer = good.clone();
    newer["version"] = json!(2);
    let error = read_signed_file(&file_with(&newer, BACKUP_TYPE)).unwrap_err();
    assert_eq!(
        import_error(&error),
        msg::transfer::ERROR_UNSUPPORTED_VERSION
    );
    let mut extra = good;
    extra["comment"] = json!("hello");
    let error = read_signed_file(&file_with(&extra, BACKUP_TYPE)).unwrap_err();
    assert_eq!(
        error,
        ImportError::Content(ContentError::UnknownField {
            path: "/comment".into()
        })
    );
}

#[test]
fn a_submission_is_not_accepted_as_a_backup() {
    let profile = importer_profile(&complete_workspace());
    let error = read_signed_file(&file_with(&profile, BACKUP_TYPE)).unwrap_err();
    assert_eq!(import_error(&error), msg::transfer::ERROR_WRONG_FORMAT);
}

/// The import says in words that the file uses signature features this editor does not accept,
/// for a header member and for a private key member alike.
#[test]
fn a_file_with_header_or_key_members_the_editor_does_not_accept_is_refused_as_such() {
    let signed = sign_submission(&importer_profile(&complete_workspace()), &key()).unwrap();
    let header: Value =
        serde_json::from_slice(&base64url::decode(&signed.signature.protected).unwrap()).unwrap();
    let mut with_jku = header.clone();
    with_jku["jku"] = json!("https://keys.example/jwks.json");
    let mut with_private_key = header;
    with_private_key["jwk"]["d"] = json!(key().secret_base64url().as_str());
    for altered_header in [with_jku, with_private_key] {
        let mut altered = signed.clone();
        altered.signature.protected =
            base64url::encode(serde_json::to_vec(&altered_header).unwrap());
        let error = read_signed_file(&altered.to_json_pretty()).unwrap_err();
        assert!(
            matches!(error, ImportError::UnsupportedSignatureFeature { .. }),
            "{error:?}"
        );
        assert_eq!(
            import_error(&error),
            msg::transfer::ERROR_UNSUPPORTED_SIGNATURE
        );
        assert!(!error.is_altered_or_forged());
    }
}

#[test]
fn a_submission_exported_from_the_example_is_refused_as_a_real_one_with_its_own_message() {
    let mut profile = importer_profile(&complete_workspace());
    mark_as_example(&mut profile);
    let text = sign_submission(&profile, &key()).unwrap().to_json_pretty();

    let error = read_signed_file(&text).unwrap_err();

    assert_eq!(error, ImportError::Content(ContentError::Example));
    assert_eq!(import_error(&error), msg::example_mode::IMPORT_REFUSED);
    assert!(!error.is_altered_or_forged());
}

#[test]
fn a_backup_exported_from_the_example_is_refused_and_the_mark_cannot_be_removed_unseen() {
    let mut backup = workspace_backup(&complete_workspace(), ISSUED_AT).unwrap();
    mark_as_example(&mut backup);
    let text = sign_backup(&backup, &key()).unwrap().to_json_pretty();

    assert_eq!(
        read_signed_file(&text).unwrap_err(),
        ImportError::Content(ContentError::Example)
    );
    let mut file: Value = serde_json::from_str(&text).unwrap();
    file["profile"]
        .as_object_mut()
        .unwrap()
        .remove(EXAMPLE_MEMBER);
    let stripped = read_signed_file(&file.to_string()).unwrap_err();
    assert!(stripped.is_altered_or_forged(), "{stripped:?}");
}

#[test]
fn files_not_from_the_example_carry_no_mark() {
    let profile = importer_profile(&complete_workspace());
    let backup = workspace_backup(&complete_workspace(), ISSUED_AT).unwrap();
    assert!(profile.get(EXAMPLE_MEMBER).is_none());
    assert!(backup.get(EXAMPLE_MEMBER).is_none());
}
