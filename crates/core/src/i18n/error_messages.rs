//! The message shown for each refusal of the pure layers when a signed file is read or
//! written. The errors say what went wrong in their own terms; which words the user reads is
//! decided here, once, for every screen that reports them.

use super::{MessageKey, msg};
use crate::crypto::signed_file::ImportError;
use crate::domain::submission::{ContentError, SubmissionError};

/// Why a chosen file cannot be imported (or compared, or restored from).
pub fn import_error(error: &ImportError) -> MessageKey {
    match error {
        ImportError::TooLarge { .. } => msg::transfer::ERROR_TOO_LARGE,
        ImportError::NotJson { .. } => msg::transfer::ERROR_NOT_JSON,
        ImportError::NotASignedFile { .. } => msg::transfer::ERROR_NOT_SIGNED,
        ImportError::UnsupportedSignatureFeature { .. } => {
            msg::transfer::ERROR_UNSUPPORTED_SIGNATURE
        }
        ImportError::AlteredOrForged { .. } => msg::transfer::ERROR_BAD_SIGNATURE,
        ImportError::Content(error) => content_error(error),
    }
}

/// Why a correctly signed document is not content this build reads.
pub fn content_error(error: &ContentError) -> MessageKey {
    match error {
        ContentError::WrongFormat { .. } => msg::transfer::ERROR_WRONG_FORMAT,
        ContentError::UnsupportedVersion { .. } => msg::transfer::ERROR_UNSUPPORTED_VERSION,
        ContentError::UnknownField { .. } => msg::transfer::ERROR_UNKNOWN_FIELD,
        ContentError::Shape { .. } => msg::transfer::ERROR_SHAPE,
        ContentError::Example => msg::example_mode::IMPORT_REFUSED,
    }
}

/// Why a submission could not be built for export.
pub fn submission_error(error: &SubmissionError) -> MessageKey {
    match error {
        SubmissionError::UnknownAccount { .. } => msg::transfer::ERROR_UNKNOWN_ACCOUNT,
        SubmissionError::InvalidIssuedAt { .. } => msg::transfer::ERROR_EXPORT_FAILED,
    }
}
