//! Reading `criteria.json` into a checked [`Catalogue`]: the file's shape, and the checks that
//! keep a data mistake (a criterion under the wrong category, a typo in a business type, a
//! missing translation) from ever reaching a user.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::criterion::BusinessTypeSet;
use super::{
    Catalogue, Category, CategoryEntry, Criterion, CriterionId, FocusArea, LocalizedText,
    Requirement,
};
use crate::domain::BusinessType;

/// Why a criteria catalogue file was refused.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    /// Not JSON, or a field missing, unknown or of the wrong kind (serde says which and where).
    #[error("the criteria catalogue does not have the expected shape: {0}")]
    Shape(#[from] serde_json::Error),
    /// The categories are not exactly 1 to 12 in order.
    #[error("the criteria catalogue must list categories 1 to 12 in order; found {found:?}")]
    Categories { found: Vec<u8> },
    /// A focus area is named twice or not at all.
    #[error("the criteria catalogue must name each of the 3 focus areas exactly once")]
    FocusAreas,
    /// A text is blank in one language.
    #[error("{what} has no {language} text")]
    MissingTranslation {
        what: String,
        language: &'static str,
    },
    /// A group of business types has the name of a business type, so names would be ambiguous.
    #[error("group \"{0}\" has the name of a business type")]
    GroupNamedLikeBusinessType(String),
    /// A criterion sits in a category its ID does not belong to.
    #[error("criterion {id} is listed under category {listed_under}")]
    WrongCategory { id: CriterionId, listed_under: u8 },
    /// The same ID appears twice.
    #[error("criterion {0} is listed twice")]
    Duplicate(CriterionId),
    /// IDs within a category must ascend, so the file reads as CBP's tables do.
    #[error("criterion {id} is listed after {previous}; list criteria in ascending order")]
    OutOfOrder {
        id: CriterionId,
        previous: CriterionId,
    },
    /// An applicability entry is neither a business type nor a group.
    #[error("criterion {id} names \"{name}\", which is neither a business type nor a group")]
    UnknownBusinessType { id: CriterionId, name: String },
    /// No business type would ever see the criterion.
    #[error("criterion {0} applies to no business type")]
    AppliesToNobody(CriterionId),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct File {
    /// Where the data comes from and what is inferred; for readers of the file only.
    #[serde(rename = "about")]
    _about: Vec<String>,
    requirements: RequirementNames,
    focus_areas: Vec<FocusAreaRecord>,
    groups: BTreeMap<String, Vec<BusinessType>>,
    categories: Vec<CategoryRecord>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RequirementNames {
    pub(super) must: LocalizedText,
    pub(super) should: LocalizedText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FocusAreaRecord {
    id: FocusArea,
    name: LocalizedText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct CategoryRecord {
    number: u8,
    focus_area: FocusArea,
    name: LocalizedText,
    criteria: Vec<CriterionRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct CriterionRecord {
    id: CriterionId,
    requirement: Requirement,
    /// Business types and group names.
    applies_to: Vec<String>,
    /// Business types and group names whose applicability (yes or no) a source confirms.
    sourced_for: Vec<String>,
    #[serde(default)]
    portal_questions: Vec<u16>,
    text: LocalizedText,
    help: LocalizedText,
}

/// Refuses a text that is blank in some language, naming what it belongs to.
fn require_every_language(
    text: &LocalizedText,
    what: impl FnOnce() -> String,
) -> Result<(), CatalogueError> {
    match text.first_blank_language() {
        None => Ok(()),
        Some(language) => Err(CatalogueError::MissingTranslation {
            what: what(),
            language: language.tag(),
        }),
    }
}

/// Business types and groups, by the names the file uses for them.
struct Names(BTreeMap<String, BusinessTypeSet>);

impl Names {
    fn new(groups: BTreeMap<String, Vec<BusinessType>>) -> Result<Names, CatalogueError> {
        let mut names = BTreeMap::new();
        for kind in BusinessType::ALL {
            let mut single = BusinessTypeSet::default();
            single.insert(kind);
            names.insert(kind.key().to_owned(), single);
        }
        for (group, members) in groups {
            if names.contains_key(&group) {
                return Err(CatalogueError::GroupNamedLikeBusinessType(group));
            }
            let mut set = BusinessTypeSet::default();
            members.into_iter().for_each(|kind| set.insert(kind));
            names.insert(group, set);
        }
        Ok(Names(names))
    }

    fn resolve(&self, id: CriterionId, list: &[String]) -> Result<BusinessTypeSet, CatalogueError> {
        let mut set = BusinessTypeSet::default();
        for name in list {
            let members = self
                .0
                .get(name)
                .ok_or_else(|| CatalogueError::UnknownBusinessType {
                    id,
                    name: name.clone(),
                })?;
            members.iter().for_each(|kind| set.insert(kind));
        }
        Ok(set)
    }
}

fn check_focus_areas(records: Vec<FocusAreaRecord>) -> Result<Vec<LocalizedText>, CatalogueError> {
    let mut names: Vec<Option<LocalizedText>> = vec![None; FocusArea::ALL.len()];
    for record in records {
        require_every_language(&record.name, || format!("focus area {:?}", record.id))?;
        let slot = &mut names[record.id as usize];
        if slot.replace(record.name).is_some() {
            return Err(CatalogueError::FocusAreas);
        }
    }
    names
        .into_iter()
        .collect::<Option<Vec<_>>>()
        .ok_or(CatalogueError::FocusAreas)
}

fn check_criterion(
    record: CriterionRecord,
    category: Category,
    previous: Option<CriterionId>,
    names: &Names,
) -> Result<Criterion, CatalogueError> {
    let id = record.id;
    if id.category() != category {
        return Err(CatalogueError::WrongCategory {
            id,
            listed_under: category.number(),
        });
    }
    match previous {
        Some(previous) if previous == id => return Err(CatalogueError::Duplicate(id)),
        Some(previous) if previous > id => return Err(CatalogueError::OutOfOrder { id, previous }),
        _ => {}
    }
    require_every_language(&record.text, || format!("the text of criterion {id}"))?;
    require_every_language(&record.help, || format!("the help of criterion {id}"))?;
    let applies_to = names.resolve(id, &record.applies_to)?;
    if applies_to.is_empty() {
        return Err(CatalogueError::AppliesToNobody(id));
    }
    Ok(Criterion {
        id,
        category,
        requirement: record.requirement,
        applies_to,
        sourced_for: names.resolve(id, &record.sourced_for)?,
        portal_questions: record.portal_questions,
        text: record.text,
        help: record.help,
    })
}

impl Catalogue {
    /// Reads and checks a catalogue file. The built-in one is read by [`super::catalogue`];
    /// this is public so tools can check an edited file before it is compiled in.
    pub fn parse(json: &str) -> Result<Catalogue, CatalogueError> {
        let file: File = serde_json::from_str(json)?;
        let numbers: Vec<u8> = file.categories.iter().map(|c| c.number).collect();
        if numbers != Category::ALL.map(Category::number) {
            return Err(CatalogueError::Categories { found: numbers });
        }
        require_every_language(&file.requirements.must, || "the word for Must".to_owned())?;
        require_every_language(&file.requirements.should, || {
            "the word for Should".to_owned()
        })?;
        let focus_area_names = check_focus_areas(file.focus_areas)?;
        let names = Names::new(file.groups)?;

        let mut categories = Vec::with_capacity(Category::ALL.len());
        let mut criteria = Vec::new();
        for (record, category) in file.categories.into_iter().zip(Category::ALL) {
            require_every_language(&record.name, || format!("category {}", record.number))?;
            let mut previous = None;
            for criterion in record.criteria {
                let criterion = check_criterion(criterion, category, previous, &names)?;
                previous = Some(criterion.id);
                criteria.push(criterion);
            }
            categories.push(CategoryEntry {
                focus_area: record.focus_area,
                name: record.name,
            });
        }
        Ok(Catalogue {
            requirement_names: file.requirements,
            focus_area_names,
            categories,
            criteria,
        })
    }
}
