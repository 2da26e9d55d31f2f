//! Portal entry mode: CBP's Portal has no file import, so every answer prepared here is typed
//! (or pasted) into Portal 2.0 by hand. This lays an account's criteria out the way the Portal
//! asks for them — its sections in its order, its questions by number — and counts, per
//! section, the questions the user has ticked as entered.
//!
//! One criterion may be asked in several Portal questions (1.3 in questions 2 and 3) and one
//! question may cover several criteria (167: 12.1 and 12.2), so the layout is by question, each
//! naming the criteria whose answers it takes.

mod section;

#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

pub use section::PortalSection;

use crate::domain::BusinessType;
use crate::domain::catalogue::{CriterionId, catalogue};
use crate::domain::model::{AnswerStatus, CriterionAnswer, PortalQuestionRef};

/// One question of the Portal, with the criteria whose answers go into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortalQuestion {
    /// What the user's tick refers to.
    pub key: PortalQuestionRef,
    /// The Portal's question number; `None` for a criterion whose number the catalogue does not
    /// know, listed at the end of its section.
    pub number: Option<u16>,
    /// The criteria this question asks about, by ID.
    pub criteria: Vec<CriterionId>,
}

/// One section of the Portal with the questions an account of a business type answers in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortalSectionQuestions {
    /// Which section.
    pub section: PortalSection,
    /// Its questions, by number, then those without a known number by criterion ID.
    pub questions: Vec<PortalQuestion>,
}

/// How many of a set of questions are ticked as entered in the Portal ("14 of 31 entered").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EntryProgress {
    /// Questions ticked.
    pub entered: usize,
    /// Questions in the set.
    pub total: usize,
}

impl EntryProgress {
    /// Whether every question is ticked (and there is at least one).
    pub fn is_complete(self) -> bool {
        self.total > 0 && self.entered == self.total
    }
}

impl PortalSectionQuestions {
    /// How many of this section's questions are among `entered` (an account's ticks); ticks of
    /// questions the section does not hold are not counted.
    pub fn progress(&self, entered: Option<&BTreeSet<PortalQuestionRef>>) -> EntryProgress {
        EntryProgress {
            entered: self
                .questions
                .iter()
                .filter(|question| entered.is_some_and(|ticks| ticks.contains(&question.key)))
                .count(),
            total: self.questions.len(),
        }
    }
}

/// The progress over every section of a layout.
pub fn overall_progress(
    layout: &[PortalSectionQuestions],
    entered: Option<&BTreeSet<PortalQuestionRef>>,
) -> EntryProgress {
    layout.iter().map(|section| section.progress(entered)).fold(
        EntryProgress::default(),
        |sum, part| EntryProgress {
            entered: sum.entered + part.entered,
            total: sum.total + part.total,
        },
    )
}

/// The Portal's sections, in its order, with the questions an account of `business_type`
/// answers; sections with none are left out.
pub fn portal_layout(business_type: BusinessType) -> Vec<PortalSectionQuestions> {
    let mut numbered: BTreeMap<(PortalSection, u16), Vec<CriterionId>> = BTreeMap::new();
    let mut unnumbered: BTreeMap<PortalSection, Vec<CriterionId>> = BTreeMap::new();
    for criterion in catalogue().applicable_to(business_type) {
        let id = criterion.id();
        if criterion.portal_questions().is_empty() {
            unnumbered
                .entry(PortalSection::of_category(id.category()))
                .or_default()
                .push(id);
        }
        for &number in criterion.portal_questions() {
            let section = PortalSection::of_question(number, id.category());
            numbered.entry((section, number)).or_default().push(id);
        }
    }
    PortalSection::ALL
        .into_iter()
        .filter_map(|section| {
            let mut questions: Vec<PortalQuestion> = numbered
                .range((section, 0)..=(section, u16::MAX))
                .map(|(&(_, number), criteria)| PortalQuestion {
                    key: PortalQuestionRef::Question(number),
                    number: Some(number),
                    criteria: criteria.clone(),
                })
                .collect();
            questions.extend(unnumbered.get(&section).into_iter().flatten().map(|&id| {
                PortalQuestion {
                    key: PortalQuestionRef::Criterion(id.to_string()),
                    number: None,
                    criteria: vec![id],
                }
            }));
            (!questions.is_empty()).then_some(PortalSectionQuestions { section, questions })
        })
        .collect()
}

/// The text to type into the Portal for an answer: the narrative, or for a criterion that does
/// not apply, the reason why; trimmed, empty when nothing is written yet.
pub fn text_to_enter(answer: &CriterionAnswer) -> &str {
    match answer.status {
        Some(AnswerStatus::NotApplicable) => answer.not_applicable_justification.trim(),
        _ => answer.narrative.trim(),
    }
}
