//! The onboarding rules (docs/architecture.md §4): the passphrase policy and its strength
//! meter, the security questions and the normalisation of their answers, and the status of each
//! onboarding step.
//!
//! Pure rules over plain values: the pages, the vault and the main-account validation call in
//! here; nothing here knows about them.

mod common_passwords;
mod folding;
mod passphrase;
mod patterns;
mod security_questions;
mod steps;
mod strength;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties;

pub use common_passwords::is_common_password;
pub use folding::{
    ANSWER_NORMALIZATION_VERSION, character_count, normalize_answer, normalize_answer_under,
};
pub use passphrase::{
    MAX_PASSPHRASE_CHARS, MIN_PASSPHRASE_CHARS, PassphraseAssessment, PassphraseContext,
    PassphraseProblem, assess_passphrase,
};
pub use security_questions::{
    MIN_ANSWER_CHARS, QUESTION_COUNT, QuestionSlot, SecurityAnswerProblem, SecurityQuestion,
    SlotProblems, check_security_questions, questions_are_acceptable,
};
pub use steps::{OnboardingProgress, OnboardingStep, StepProgress, StepStatus};
pub use strength::Strength;
