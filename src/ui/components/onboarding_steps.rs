//! The four onboarding steps and where the user is with each, shown while onboarding is not
//! finished, so the app says exactly what is still missing before anything else opens.

use leptos::prelude::*;

use crate::domain::onboarding::{OnboardingProgress, StepProgress, StepStatus};
use crate::domain::validation::{SectionStatus, main_account_status};
use crate::i18n::msg;
use crate::i18n::names::{onboarding_step, step_status};
use crate::state::{Locale, Session, WorkspaceFindings};

/// The step list, for an open workspace (steps 1 and 2 are then done).
#[component]
pub fn OnboardingSteps() -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let findings = WorkspaceFindings::expect();
    let progress = move || {
        let done = StepProgress {
            started: true,
            complete: true,
        };
        let main = findings.with(|findings| {
            session.with_contents(|contents| main_account_status(&contents.workspace, findings))
        });
        let accounts = session
            .with_contents(|contents| !contents.workspace.accounts.is_empty())
            .unwrap_or(false);
        OnboardingProgress {
            passphrase: done,
            security_questions: done,
            main_account: StepProgress {
                started: main.is_some_and(|status| status != SectionStatus::NotStarted),
                complete: main == Some(SectionStatus::Completed),
            },
            first_entity_account: StepProgress {
                started: accounts,
                complete: accounts,
            },
        }
    };
    view! {
        <nav class="app-onboarding-steps" aria-labelledby="onboarding-steps-heading">
            <h2 class="app-onboarding-steps__title" id="onboarding-steps-heading">
                {move || locale.t(msg::onboarding::STEPS_HEADING)}
            </h2>
            <ol class="app-onboarding-steps__list">
                {move || {
                    progress()
                        .statuses()
                        .into_iter()
                        .map(|(step, status)| {
                            let modifier = match status {
                                StepStatus::Completed => "app-tag app-tag--completed",
                                StepStatus::InProgress => "app-tag app-tag--in-progress",
                                _ => "app-tag app-tag--not-started",
                            };
                            view! {
                                <li class="app-onboarding-steps__item">
                                    <span>{locale.t(onboarding_step(step))}</span>
                                    " "
                                    <strong class=modifier>{locale.t(step_status(status))}</strong>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </nav>
    }
}
