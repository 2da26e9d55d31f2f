//! The four onboarding steps (docs/architecture.md §4.1, mirroring Portal 2.0's first login),
//! their status on the onboarding task list, and which one the user must do next.
//!
//! The steps are done in order: each needs the ones before it complete. Whether a step is
//! complete is decided elsewhere (the passphrase and question rules here, the main-account
//! validation in `validation/`); this module only combines those answers, so it takes booleans.

/// A step of onboarding, in the order the user does them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OnboardingStep {
    /// Choose the workspace passphrase.
    Passphrase,
    /// Choose and answer three security questions.
    SecurityQuestions,
    /// Complete the main account: company information, addresses, contacts.
    MainAccount,
    /// Add the first entity account (business type and identifiers).
    FirstEntityAccount,
}

impl OnboardingStep {
    /// Every step, in order.
    pub const ALL: [OnboardingStep; 4] = [
        OnboardingStep::Passphrase,
        OnboardingStep::SecurityQuestions,
        OnboardingStep::MainAccount,
        OnboardingStep::FirstEntityAccount,
    ];

    /// Whether the rest of the app stays closed until this step is complete (docs/architecture.md
    /// §4.1: steps 1–3).
    pub fn gates_the_workspace(self) -> bool {
        self != OnboardingStep::FirstEntityAccount
    }
}

/// Where a step stands, as the task list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepStatus {
    /// An earlier step is not complete yet.
    CannotStartYet,
    /// Nothing entered yet.
    NotStarted,
    /// Something entered, not yet complete and valid.
    InProgress,
    /// Complete and valid.
    Completed,
}

/// What the caller knows about one step: whether anything was entered, and whether it is
/// complete and valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StepProgress {
    /// Something has been entered for this step.
    pub started: bool,
    /// The step is complete and passes its rules.
    pub complete: bool,
}

/// The progress of every step, in [`OnboardingStep::ALL`] order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OnboardingProgress {
    /// Progress of the passphrase step.
    pub passphrase: StepProgress,
    /// Progress of the security questions step.
    pub security_questions: StepProgress,
    /// Progress of the main account step.
    pub main_account: StepProgress,
    /// Progress of the first entity account step.
    pub first_entity_account: StepProgress,
}

impl OnboardingProgress {
    /// The progress of one step.
    pub fn of(&self, step: OnboardingStep) -> StepProgress {
        match step {
            OnboardingStep::Passphrase => self.passphrase,
            OnboardingStep::SecurityQuestions => self.security_questions,
            OnboardingStep::MainAccount => self.main_account,
            OnboardingStep::FirstEntityAccount => self.first_entity_account,
        }
    }

    /// Each step with its status, in order. A complete step shows as completed even if an
    /// earlier one was since undone, so the user sees their work kept; a step that is not
    /// complete cannot start until every earlier step is.
    pub fn statuses(&self) -> [(OnboardingStep, StepStatus); 4] {
        let mut earlier_complete = true;
        OnboardingStep::ALL.map(|step| {
            let progress = self.of(step);
            let status = if progress.complete {
                StepStatus::Completed
            } else if !earlier_complete {
                StepStatus::CannotStartYet
            } else if progress.started {
                StepStatus::InProgress
            } else {
                StepStatus::NotStarted
            };
            earlier_complete &= progress.complete;
            (step, status)
        })
    }

    /// The first step that is not complete: where "continue" takes the user. `None` once
    /// onboarding is finished.
    pub fn first_missing(&self) -> Option<OnboardingStep> {
        OnboardingStep::ALL
            .into_iter()
            .find(|step| !self.of(*step).complete)
    }

    /// Whether the workspace may open: every gating step (1–3) is complete.
    pub fn workspace_is_open(&self) -> bool {
        OnboardingStep::ALL
            .into_iter()
            .filter(|step| step.gates_the_workspace())
            .all(|step| self.of(step).complete)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use OnboardingStep::*;
    use StepStatus::*;

    const DONE: StepProgress = StepProgress {
        started: true,
        complete: true,
    };
    const TYPING: StepProgress = StepProgress {
        started: true,
        complete: false,
    };

    #[test]
    fn at_first_start_only_the_passphrase_can_be_started() {
        let progress = OnboardingProgress::default();
        assert_eq!(
            progress.statuses(),
            [
                (Passphrase, NotStarted),
                (SecurityQuestions, CannotStartYet),
                (MainAccount, CannotStartYet),
                (FirstEntityAccount, CannotStartYet),
            ]
        );
        assert_eq!(progress.first_missing(), Some(Passphrase));
        assert!(!progress.workspace_is_open());
    }

    #[test]
    fn a_step_being_typed_is_in_progress_and_the_next_waits() {
        let progress = OnboardingProgress {
            passphrase: DONE,
            security_questions: TYPING,
            ..OnboardingProgress::default()
        };
        assert_eq!(
            progress.statuses().map(|(_, status)| status),
            [Completed, InProgress, CannotStartYet, CannotStartYet]
        );
        assert_eq!(progress.first_missing(), Some(SecurityQuestions));
    }

    #[test]
    fn the_workspace_opens_once_the_main_account_is_complete() {
        let progress = OnboardingProgress {
            passphrase: DONE,
            security_questions: DONE,
            main_account: DONE,
            ..OnboardingProgress::default()
        };
        assert!(progress.workspace_is_open());
        assert_eq!(progress.first_missing(), Some(FirstEntityAccount));
        assert_eq!(progress.statuses()[3], (FirstEntityAccount, NotStarted));
    }

    #[test]
    fn work_done_after_an_undone_step_stays_completed() {
        let progress = OnboardingProgress {
            passphrase: TYPING,
            security_questions: DONE,
            main_account: TYPING,
            ..OnboardingProgress::default()
        };
        assert_eq!(
            progress.statuses().map(|(_, status)| status),
            [InProgress, Completed, CannotStartYet, CannotStartYet]
        );
        assert_eq!(progress.first_missing(), Some(Passphrase));
        assert!(!progress.workspace_is_open());
    }
}
