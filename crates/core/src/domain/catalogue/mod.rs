//! The Minimum Security Criteria catalogue: every criterion a Security Profile answers, with its
//! category, focus area, Must/Should, the business types it applies to, and its text and help in
//! English, French and Spanish.
//!
//! The criteria are data (`criteria.json`, compiled in and read once on first use), so wording
//! and applicability change without touching code. The browser app compiles in their English
//! only and takes French and Spanish from the language packs (see [`LocalizedText`]). Criterion wording is our own paraphrase of
//! CBP's tables; where applicability is inferred rather than sourced, the data says so.

mod category;
mod criterion;
mod criterion_id;
mod data_file;
mod localized_text;

#[cfg(test)]
mod tests;

use std::sync::OnceLock;

pub use category::{Category, FocusArea, UnknownCategory};
pub use criterion::{Criterion, Requirement};
pub use criterion_id::{CriterionId, CriterionIdError};
pub use data_file::CatalogueError;
pub use localized_text::{LocalizedText, install_translations};

use crate::domain::BusinessType;
use data_file::RequirementNames;

/// The catalogue file shipped with the app, every text in every language.
#[cfg(any(test, feature = "all-languages"))]
const BUILT_IN: &str = include_str!("criteria.json");

/// The catalogue file as the browser app compiles it in: English, and the key of each text's
/// French and Spanish in the language packs (written by the build script from `criteria.json`).
#[cfg(not(any(test, feature = "all-languages")))]
const BUILT_IN: &str = include_str!(concat!(env!("OUT_DIR"), "/criteria.json"));

/// The built-in catalogue, read on first use.
///
/// The file is compiled in and checked by this module's tests, so it cannot fail to read in a
/// released build; if it ever did, stopping loudly beats showing a profile without criteria.
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| match Catalogue::parse(BUILT_IN) {
        Ok(catalogue) => catalogue,
        Err(error) => panic!("the built-in criteria catalogue is invalid: {error}"),
    })
}

/// A category's data: its focus area and name.
#[derive(Debug)]
struct CategoryEntry {
    focus_area: FocusArea,
    name: LocalizedText,
}

/// Every criterion, ordered by ID, with the names of categories, focus areas and Must/Should.
#[derive(Debug)]
pub struct Catalogue {
    requirement_names: RequirementNames,
    /// Indexed by `FocusArea as usize`.
    focus_area_names: Vec<LocalizedText>,
    /// Indexed by category number − 1; always 12 entries.
    categories: Vec<CategoryEntry>,
    /// Ascending by ID, so each category's criteria are contiguous.
    criteria: Vec<Criterion>,
}

impl Catalogue {
    /// Every criterion, ordered by ID.
    pub fn criteria(&self) -> &[Criterion] {
        &self.criteria
    }

    /// The criterion with this ID, if the catalogue has it.
    pub fn get(&self, id: &CriterionId) -> Option<&Criterion> {
        self.criteria
            .binary_search_by_key(id, Criterion::id)
            .ok()
            .map(|index| &self.criteria[index])
    }

    /// The criteria an account of this business type answers, ordered by ID.
    pub fn applicable_to(&self, kind: BusinessType) -> impl Iterator<Item = &Criterion> {
        self.criteria.iter().filter(move |c| c.applies_to(kind))
    }

    /// The criteria of one category (for every business type), ordered by ID.
    pub fn in_category(&self, category: Category) -> &[Criterion] {
        let start = self.criteria.partition_point(|c| c.category() < category);
        let end = self.criteria.partition_point(|c| c.category() <= category);
        &self.criteria[start..end]
    }

    /// The keys under which the language packs must hold this catalogue's French and Spanish
    /// texts (none when the texts are written in the file), so that a pack lacking one can be
    /// refused rather than show that text in English.
    pub fn pack_keys(&self) -> impl Iterator<Item = &str> {
        let criteria = self
            .criteria
            .iter()
            .flat_map(|criterion| [criterion.text(), criterion.help()]);
        let names = self
            .categories
            .iter()
            .map(|category| &category.name)
            .chain(&self.focus_area_names)
            .chain([&self.requirement_names.must, &self.requirement_names.should]);
        criteria.chain(names).filter_map(LocalizedText::pack_key)
    }

    fn category_entry(&self, category: Category) -> &CategoryEntry {
        &self.categories[usize::from(category.number() - 1)]
    }

    fn focus_area_name(&self, area: FocusArea) -> &LocalizedText {
        &self.focus_area_names[area as usize]
    }

    fn requirement_name(&self, requirement: Requirement) -> &LocalizedText {
        match requirement {
            Requirement::Must => &self.requirement_names.must,
            Requirement::Should => &self.requirement_names.should,
        }
    }
}
