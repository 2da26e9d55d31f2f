//! Signing the two files of `domain::submission` (the submission of one account, the backup of
//! the workspace) and reading a signed file back: the signature check of [`crate::crypto::jws`]
//! followed by the domain's strict reading of the content. The app's import and the
//! command-line verifier both call [`read_signed_file`], so they accept exactly the same files.

use serde_json::Value;

use crate::crypto::jws::{
    SUBMISSION_TYPE, SignError, SignedDocument, VerifyError, sign_document, verify_document,
};
use crate::crypto::signing_key::{Fingerprint, SigningKey};
use crate::domain::submission::{
    BACKUP_TYPE, ContentError, SignedContent, read_backup, read_submission,
};

/// A signed file whose signature and content both checked out.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedFile {
    /// Who signed it (compare with the workspace key's fingerprint).
    pub signer: Fingerprint,
    /// What it holds.
    pub content: SignedContent,
}

/// Why an imported file was refused; nothing is changed when this is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Larger than the limit.
    #[error("the file is larger than {limit} bytes")]
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// Not JSON (or a member named twice).
    #[error("the file is not valid JSON: {reason}")]
    NotJson {
        /// The parser's explanation.
        reason: String,
    },
    /// JSON, but not a signed file this editor can check.
    #[error("the file is not a signed file: {reason}")]
    NotASignedFile {
        /// What is missing or not accepted.
        reason: String,
    },
    /// The signature asks for a feature this editor does not accept (a protected header member
    /// other than `alg`, `typ`, `kid`, `jwk`, or a key member other than a public EC key's).
    #[error("the file uses signature features this editor does not accept: {reason}")]
    UnsupportedSignatureFeature {
        /// Which member was refused.
        reason: String,
    },
    /// The signature does not match: changed after signing, or a forged signer.
    #[error("the signature does not match: {reason}")]
    AlteredOrForged {
        /// Which check failed.
        reason: String,
    },
    /// Correctly signed, but not content this build reads.
    #[error(transparent)]
    Content(#[from] ContentError),
}

impl ImportError {
    /// True when the file was changed after signing or claims a signer that did not sign it
    /// (the verifier's exit code 1); false when it is not a file that can be checked (2).
    pub fn is_altered_or_forged(&self) -> bool {
        matches!(self, Self::AlteredOrForged { .. })
    }
}

impl From<VerifyError> for ImportError {
    fn from(error: VerifyError) -> Self {
        let reason = error.to_string();
        match error {
            VerifyError::TooLarge { limit } => ImportError::TooLarge { limit },
            VerifyError::NotJson(reason) => ImportError::NotJson { reason },
            error if error.is_altered_or_forged() => ImportError::AlteredOrForged { reason },
            error if error.is_unsupported_feature() => {
                ImportError::UnsupportedSignatureFeature { reason }
            }
            _ => ImportError::NotASignedFile { reason },
        }
    }
}

/// Signs a submission `profile` (from [`crate::domain::submission::submission_profile`]) with the workspace key.
pub fn sign_submission(profile: &Value, key: &SigningKey) -> Result<SignedDocument, SignError> {
    sign_document(profile, key, SUBMISSION_TYPE)
}

/// Signs a backup object (from [`crate::domain::submission::workspace_backup`]) with the workspace key.
pub fn sign_backup(backup: &Value, key: &SigningKey) -> Result<SignedDocument, SignError> {
    sign_document(backup, key, BACKUP_TYPE)
}

/// Checks a signed file's text and reads what it holds; the `typ` in the signed header says
/// whether it is a submission or a backup.
pub fn read_signed_file(text: &str) -> Result<ImportedFile, ImportError> {
    let verified = verify_document(text)?;
    let content = match verified.typ.as_deref() {
        Some(SUBMISSION_TYPE) => {
            SignedContent::Submission(Box::new(read_submission(&verified.profile)?))
        }
        Some(BACKUP_TYPE) => SignedContent::Backup(Box::new(read_backup(&verified.profile)?)),
        other => {
            return Err(ContentError::WrongFormat {
                reason: format!("the signed document type {other:?} is not one of this editor's"),
            }
            .into());
        }
    };
    Ok(ImportedFile {
        signer: verified.signer_fingerprint,
        content,
    })
}

#[cfg(test)]
mod fuzz;
#[cfg(test)]
mod tests;
