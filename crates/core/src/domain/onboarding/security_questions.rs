//! The security questions of onboarding and recovery (docs/architecture.md §4.3): a fixed list,
//! three different ones chosen, each answered with at least three characters after
//! normalisation, the three answers different from each other and from the passphrase.
//!
//! The questions ask for facts that do not change over a life and are not found on a company
//! website or a social-media profile (no mother's maiden name, no city of birth, no pet's name).
//! Their IDs are stored with the vault and must never change; `i18n::names` gives each its text.

use serde::{Deserialize, Serialize};

use super::folding::normalize_answer;

/// How many questions the user answers.
pub const QUESTION_COUNT: usize = 3;

/// The fewest characters an answer may have, counted after [`normalize_answer`].
pub const MIN_ANSWER_CHARS: usize = 3;

/// A question the user may choose. The serialised form is the stable ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SecurityQuestion {
    /// The first concert the user went to.
    FirstConcert,
    /// The first name of their best friend in primary school.
    ChildhoodBestFriend,
    /// The make and model of their first car.
    FirstCarModel,
    /// The street their grandparents lived on when the user was a child.
    GrandparentsStreet,
    /// The town of their first job.
    FirstJobTown,
    /// The last name of their first schoolteacher.
    FirstTeacherSurname,
    /// The city where their parents met.
    ParentsMeetingCity,
    /// The first name of their oldest cousin.
    OldestCousinFirstName,
    /// The name of their first stuffed toy.
    FirstStuffedToy,
    /// The childhood nickname only their family used.
    ChildhoodNickname,
}

impl SecurityQuestion {
    /// Every question, in the order the drop-down lists them.
    pub const ALL: [SecurityQuestion; 10] = [
        SecurityQuestion::FirstConcert,
        SecurityQuestion::ChildhoodBestFriend,
        SecurityQuestion::FirstCarModel,
        SecurityQuestion::GrandparentsStreet,
        SecurityQuestion::FirstJobTown,
        SecurityQuestion::FirstTeacherSurname,
        SecurityQuestion::ParentsMeetingCity,
        SecurityQuestion::OldestCousinFirstName,
        SecurityQuestion::FirstStuffedToy,
        SecurityQuestion::ChildhoodNickname,
    ];

    /// The stable ID, stored with the vault.
    pub fn id(self) -> &'static str {
        match self {
            SecurityQuestion::FirstConcert => "first_concert",
            SecurityQuestion::ChildhoodBestFriend => "childhood_best_friend",
            SecurityQuestion::FirstCarModel => "first_car_model",
            SecurityQuestion::GrandparentsStreet => "grandparents_street",
            SecurityQuestion::FirstJobTown => "first_job_town",
            SecurityQuestion::FirstTeacherSurname => "first_teacher_surname",
            SecurityQuestion::ParentsMeetingCity => "parents_meeting_city",
            SecurityQuestion::OldestCousinFirstName => "oldest_cousin_first_name",
            SecurityQuestion::FirstStuffedToy => "first_stuffed_toy",
            SecurityQuestion::ChildhoodNickname => "childhood_nickname",
        }
    }

    /// The question for a stored ID, or `None` for an ID this build does not know.
    pub fn from_id(id: &str) -> Option<SecurityQuestion> {
        Self::ALL.into_iter().find(|question| question.id() == id)
    }
}

/// One of the three question slots on the page, as filled in so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QuestionSlot<'a> {
    /// The chosen question, if any.
    pub question: Option<SecurityQuestion>,
    /// The answer as typed.
    pub answer: &'a str,
}

/// One reason a question slot is not acceptable. Slot numbers in messages count from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecurityAnswerProblem {
    /// No question chosen in this slot.
    QuestionNotChosen,
    /// The same question as slot `other` (1-based).
    QuestionRepeated { other: usize },
    /// No answer typed (or only punctuation).
    AnswerMissing,
    /// Fewer than `min` characters once normalised.
    AnswerTooShort { min: usize },
    /// The same answer, once normalised, as slot `other` (1-based).
    AnswerRepeated { other: usize },
    /// The answer is the passphrase.
    AnswerIsPassphrase,
}

impl SecurityAnswerProblem {
    /// The values of the message's `{placeholders}`.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            SecurityAnswerProblem::QuestionRepeated { other }
            | SecurityAnswerProblem::AnswerRepeated { other } => {
                vec![("other", other.to_string())]
            }
            SecurityAnswerProblem::AnswerTooShort { min } => vec![("min", min.to_string())],
            _ => Vec::new(),
        }
    }
}

/// The problems of each slot, in slot order; all empty when the three questions are acceptable.
pub type SlotProblems = [Vec<SecurityAnswerProblem>; QUESTION_COUNT];

/// Checks the three question slots against each other and against the passphrase. A repeated
/// question or answer is reported on the later slot, pointing at the earlier one.
pub fn check_security_questions(
    slots: &[QuestionSlot<'_>; QUESTION_COUNT],
    passphrase: &str,
) -> SlotProblems {
    let answers: Vec<String> = slots
        .iter()
        .map(|slot| normalize_answer(slot.answer))
        .collect();
    let passphrase = normalize_answer(passphrase);
    let mut problems: SlotProblems = Default::default();
    for (index, slot) in slots.iter().enumerate() {
        let found = &mut problems[index];
        let earlier = &slots[..index];
        match slot.question {
            None => found.push(SecurityAnswerProblem::QuestionNotChosen),
            Some(question) => {
                if let Some(other) = earlier.iter().position(|s| s.question == Some(question)) {
                    found.push(SecurityAnswerProblem::QuestionRepeated { other: other + 1 });
                }
            }
        }
        let answer = &answers[index];
        let length = answer.chars().count();
        if length == 0 {
            found.push(SecurityAnswerProblem::AnswerMissing);
        } else if length < MIN_ANSWER_CHARS {
            found.push(SecurityAnswerProblem::AnswerTooShort {
                min: MIN_ANSWER_CHARS,
            });
        } else if let Some(other) = answers[..index].iter().position(|a| a == answer) {
            found.push(SecurityAnswerProblem::AnswerRepeated { other: other + 1 });
        } else if *answer == passphrase {
            found.push(SecurityAnswerProblem::AnswerIsPassphrase);
        }
    }
    problems
}

/// Whether every slot is acceptable, so the step is complete.
pub fn questions_are_acceptable(problems: &SlotProblems) -> bool {
    problems.iter().all(Vec::is_empty)
}

#[cfg(test)]
#[path = "security_questions_tests.rs"]
mod tests;
