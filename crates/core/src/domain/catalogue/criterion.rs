//! One Minimum Security Criterion as the catalogue describes it: what it asks, how binding it is,
//! and which business types must answer it.

use serde::{Deserialize, Serialize};

use super::{Category, CriterionId, FocusArea, LocalizedText, catalogue};
use crate::domain::{BusinessType, Language};

/// How binding a criterion is: CBP's "Must" and "Should" ("Debe" / "Debería").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Requirement {
    /// Required of every member to which the criterion applies.
    Must,
    /// Recommended; a member may explain why it does otherwise.
    Should,
}

impl Requirement {
    /// The word shown beside a criterion ("Must", "Doit", "Debe", …).
    pub fn name(self, language: Language) -> &'static str {
        catalogue().requirement_name(self).get(language)
    }
}

/// A set of business types, small enough to copy and test in one instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct BusinessTypeSet(u16);

impl BusinessTypeSet {
    pub(super) fn insert(&mut self, kind: BusinessType) {
        self.0 |= Self::bit(kind);
    }

    pub(super) fn contains(self, kind: BusinessType) -> bool {
        self.0 & Self::bit(kind) != 0
    }

    pub(super) fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The members in the order the Portal lists business types.
    pub(super) fn iter(self) -> impl Iterator<Item = BusinessType> {
        BusinessType::ALL
            .into_iter()
            .filter(move |kind| self.contains(*kind))
    }

    fn bit(kind: BusinessType) -> u16 {
        1 << (kind as u16)
    }
}

/// A criterion of the Security Profile, as the catalogue file defines it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criterion {
    pub(super) id: CriterionId,
    pub(super) category: Category,
    pub(super) requirement: Requirement,
    pub(super) applies_to: BusinessTypeSet,
    pub(super) sourced_for: BusinessTypeSet,
    pub(super) portal_questions: Vec<u16>,
    pub(super) text: LocalizedText,
    pub(super) help: LocalizedText,
}

impl Criterion {
    /// The stable ID (`3.4`) that answers and findings refer to.
    pub fn id(&self) -> CriterionId {
        self.id
    }

    /// The category the criterion is listed under.
    pub fn category(&self) -> Category {
        self.category
    }

    /// The focus area of the criterion's category.
    pub fn focus_area(&self) -> FocusArea {
        self.category.focus_area()
    }

    /// Must or Should.
    pub fn requirement(&self) -> Requirement {
        self.requirement
    }

    /// Whether an account of this business type must answer the criterion.
    pub fn applies_to(&self, kind: BusinessType) -> bool {
        self.applies_to.contains(kind)
    }

    /// The business types that must answer the criterion, in Portal order.
    pub fn business_types(&self) -> impl Iterator<Item = BusinessType> + use<> {
        self.applies_to.iter()
    }

    /// Whether the catalogue's yes-or-no for this business type is our inference rather than
    /// taken from a CBP source; the editor says so, and the user may answer "not applicable".
    pub fn applicability_inferred_for(&self, kind: BusinessType) -> bool {
        !self.sourced_for.contains(kind)
    }

    /// Whether the applicability of any business type is inferred rather than sourced.
    pub fn applicability_inferred(&self) -> bool {
        BusinessType::ALL
            .into_iter()
            .any(|kind| self.applicability_inferred_for(kind))
    }

    /// The Portal's security-profile question numbers that ask about this criterion, where
    /// known (one criterion can span several questions; empty when unknown).
    pub fn portal_questions(&self) -> &[u16] {
        &self.portal_questions
    }

    /// What the criterion asks, in our own words.
    pub fn text(&self) -> &LocalizedText {
        &self.text
    }

    /// How to answer it: what to describe and what to attach as evidence.
    pub fn help(&self) -> &LocalizedText {
        &self.help
    }
}
