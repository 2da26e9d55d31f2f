//! The Security Profile of one entity account: one answer per applicable Minimum Security
//! Criterion, keyed by criterion ID, plus the registers the criteria rely on (docs/domain.md §5.3).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::registers::{
    BusinessPartner, Facility, ItControl, PersonnelScreeningPolicy, TrainingRecord,
};

/// Everything one account says about its supply-chain security.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase", default)]
pub struct SecurityProfile {
    /// Answers by criterion ID (`"3.4"`). Kept as text keys so an answer to a criterion a later
    /// catalogue drops is kept, not lost on load.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        proptest(strategy = "super::arbitrary::answers()")
    )]
    pub answers: BTreeMap<String, CriterionAnswer>,
    /// Business partners: suppliers, carriers, service providers and their screening.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        proptest(strategy = "super::arbitrary::few()")
    )]
    pub partners: Vec<BusinessPartner>,
    /// Facilities and their physical security.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        proptest(strategy = "super::arbitrary::few()")
    )]
    pub facilities: Vec<Facility>,
    /// How personnel are screened before and during employment.
    pub personnel_screening: PersonnelScreeningPolicy,
    /// Security training given.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        proptest(strategy = "super::arbitrary::few()")
    )]
    pub training: Vec<TrainingRecord>,
    /// IT and cybersecurity controls.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        proptest(strategy = "super::arbitrary::few()")
    )]
    pub it_controls: Vec<ItControl>,
}

/// How far a criterion is implemented.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerStatus {
    /// Fully in place.
    Implemented,
    /// Partly in place.
    PartiallyImplemented,
    /// Not in place yet.
    NotImplemented,
    /// Does not apply to this company; needs a justification.
    NotApplicable,
}

/// The answer to one criterion.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase", default)]
pub struct CriterionAnswer {
    /// How far it is implemented; `None` while unanswered.
    pub status: Option<AnswerStatus>,
    /// How the company meets the criterion, in its own words.
    pub narrative: String,
    /// Why the criterion does not apply (required when not applicable).
    pub not_applicable_justification: String,
    /// Who is responsible for it.
    pub responsible_person: String,
    /// When it will be fully implemented, ISO `YYYY-MM-DD` (required for a Must not yet fully
    /// implemented).
    pub planned_date: String,
    /// Documents that show it is implemented.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        proptest(strategy = "super::arbitrary::few()")
    )]
    pub evidence: Vec<EvidenceReference>,
    /// When the answer was last reviewed, ISO `YYYY-MM-DD`.
    pub last_reviewed: String,
}

/// A reference to a document kept outside the editor, identified by its digest so a reviewer
/// can check they hold the same file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase", default)]
pub struct EvidenceReference {
    /// Stable id chosen by the caller.
    pub id: String,
    /// What the document is.
    pub title: String,
    /// The file's name.
    pub file_name: String,
    /// The file's size in bytes.
    pub size: u64,
    /// SHA-256 of the file, 64 lowercase hexadecimal digits.
    pub sha256: String,
    /// The document's date, ISO `YYYY-MM-DD`.
    pub date: String,
}

impl SecurityProfile {
    /// The answer to criterion `id`, created empty if there is none yet, for editing.
    pub fn answer_mut(&mut self, id: &str) -> &mut CriterionAnswer {
        self.answers.entry(id.to_owned()).or_default()
    }

    /// Adds an empty business partner and returns it for editing.
    pub fn add_partner(&mut self, id: impl Into<String>) -> &mut BusinessPartner {
        push_last(
            &mut self.partners,
            BusinessPartner {
                id: id.into(),
                ..BusinessPartner::default()
            },
        )
    }

    /// Removes the business partner `id`; `true` when there was one.
    pub fn remove_partner(&mut self, id: &str) -> bool {
        remove_by(&mut self.partners, |partner| partner.id == id)
    }

    /// The business partner `id`, for editing.
    pub fn partner_mut(&mut self, id: &str) -> Option<&mut BusinessPartner> {
        self.partners.iter_mut().find(|partner| partner.id == id)
    }

    /// Adds an empty facility and returns it for editing.
    pub fn add_facility(&mut self, id: impl Into<String>) -> &mut Facility {
        push_last(
            &mut self.facilities,
            Facility {
                id: id.into(),
                ..Facility::default()
            },
        )
    }

    /// Removes the facility `id`; `true` when there was one.
    pub fn remove_facility(&mut self, id: &str) -> bool {
        remove_by(&mut self.facilities, |facility| facility.id == id)
    }

    /// The facility `id`, for editing.
    pub fn facility_mut(&mut self, id: &str) -> Option<&mut Facility> {
        self.facilities
            .iter_mut()
            .find(|facility| facility.id == id)
    }

    /// Adds an empty training record and returns it for editing.
    pub fn add_training(&mut self, id: impl Into<String>) -> &mut TrainingRecord {
        push_last(
            &mut self.training,
            TrainingRecord {
                id: id.into(),
                ..TrainingRecord::default()
            },
        )
    }

    /// Removes the training record `id`; `true` when there was one.
    pub fn remove_training(&mut self, id: &str) -> bool {
        remove_by(&mut self.training, |record| record.id == id)
    }

    /// The training record `id`, for editing.
    pub fn training_mut(&mut self, id: &str) -> Option<&mut TrainingRecord> {
        self.training.iter_mut().find(|record| record.id == id)
    }

    /// Adds an empty IT control and returns it for editing.
    pub fn add_it_control(&mut self, id: impl Into<String>) -> &mut ItControl {
        push_last(
            &mut self.it_controls,
            ItControl {
                id: id.into(),
                ..ItControl::default()
            },
        )
    }

    /// Removes the IT control `id`; `true` when there was one.
    pub fn remove_it_control(&mut self, id: &str) -> bool {
        remove_by(&mut self.it_controls, |control| control.id == id)
    }

    /// The IT control `id`, for editing.
    pub fn it_control_mut(&mut self, id: &str) -> Option<&mut ItControl> {
        self.it_controls.iter_mut().find(|control| control.id == id)
    }
}

/// Appends `item` and hands it back for editing.
pub(super) fn push_last<T>(list: &mut Vec<T>, item: T) -> &mut T {
    list.push(item);
    let last = list.len() - 1;
    &mut list[last]
}

/// Removes every item matching `matches`; `true` when one was removed.
pub(super) fn remove_by<T>(list: &mut Vec<T>, matches: impl Fn(&T) -> bool) -> bool {
    let before = list.len();
    list.retain(|item| !matches(item));
    list.len() != before
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_answers_field_names_are_those_it_is_stored_under() {
        let stored = serde_json::to_value(CriterionAnswer::default()).expect("serializable");
        let names = [
            CriterionAnswer::STATUS,
            CriterionAnswer::NARRATIVE,
            CriterionAnswer::NOT_APPLICABLE_JUSTIFICATION,
            CriterionAnswer::RESPONSIBLE_PERSON,
            CriterionAnswer::PLANNED_DATE,
            CriterionAnswer::LAST_REVIEWED,
        ];
        for name in names {
            assert!(stored.get(name).is_some(), "{name} is not a stored field");
        }
    }
}
