//! The message shown for each refusal of the pure layers: a signed file that cannot be read or
//! written, a passphrase or a security answer that is not accepted. The errors say what went
//! wrong in their own terms; which words the user reads is decided here, once, for every screen
//! that reports them.

use super::{MessageKey, msg};
use crate::crypto::signed_file::ImportError;
use crate::domain::onboarding::{PassphraseProblem, SecurityAnswerProblem};
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

/// Why a passphrase (or its confirmation) is not accepted.
pub fn passphrase_problem(problem: &PassphraseProblem) -> MessageKey {
    match problem {
        PassphraseProblem::Missing => msg::onboarding::PASSPHRASE_MISSING,
        PassphraseProblem::TooShort { .. } => msg::onboarding::PASSPHRASE_TOO_SHORT,
        PassphraseProblem::TooLong { .. } => msg::onboarding::PASSPHRASE_TOO_LONG,
        PassphraseProblem::CommonPassword => msg::onboarding::PASSPHRASE_COMMON,
        PassphraseProblem::Repetitive => msg::onboarding::PASSPHRASE_REPETITIVE,
        PassphraseProblem::Sequence => msg::onboarding::PASSPHRASE_SEQUENCE,
        PassphraseProblem::ContainsCompanyName { .. } => msg::onboarding::PASSPHRASE_COMPANY_NAME,
        PassphraseProblem::ContainsEmail { .. } => msg::onboarding::PASSPHRASE_EMAIL,
        PassphraseProblem::ContainsSecurityAnswer => msg::onboarding::PASSPHRASE_SECURITY_ANSWER,
        PassphraseProblem::Predictable => msg::onboarding::PASSPHRASE_PREDICTABLE,
        PassphraseProblem::ConfirmationMissing => msg::onboarding::PASSPHRASE_CONFIRMATION_MISSING,
        PassphraseProblem::ConfirmationDiffers => msg::onboarding::PASSPHRASE_CONFIRMATION,
    }
}

/// Why a security question or its answer is not accepted.
pub fn security_answer_problem(problem: &SecurityAnswerProblem) -> MessageKey {
    match problem {
        SecurityAnswerProblem::QuestionNotChosen => msg::onboarding::QUESTIONS_NOT_CHOSEN,
        SecurityAnswerProblem::QuestionRepeated { .. } => msg::onboarding::QUESTIONS_REPEATED,
        SecurityAnswerProblem::AnswerMissing => msg::onboarding::ANSWER_MISSING,
        SecurityAnswerProblem::AnswerTooShort { .. } => msg::onboarding::ANSWER_TOO_SHORT,
        SecurityAnswerProblem::AnswerRepeated { .. } => msg::onboarding::ANSWER_REPEATED,
        SecurityAnswerProblem::AnswerIsPassphrase => msg::onboarding::ANSWER_IS_PASSPHRASE,
    }
}
