//! The 12 categories of the Minimum Security Criteria and the 3 focus areas that group them.
//! Their names and the category → focus area mapping are data (`criteria.json`); this file only
//! gives them types.

use serde::{Deserialize, Serialize};

use super::catalogue;
use crate::domain::Language;

/// One of the 12 criteria categories, numbered 1 to 12 as CBP numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Category(u8);

/// A number that is not a category (categories run from 1 to 12).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0} is not a criteria category; categories run from 1 to 12")]
pub struct UnknownCategory(pub u8);

impl Category {
    /// Every category, in CBP's order.
    pub const ALL: [Category; 12] = [
        Category(1),
        Category(2),
        Category(3),
        Category(4),
        Category(5),
        Category(6),
        Category(7),
        Category(8),
        Category(9),
        Category(10),
        Category(11),
        Category(12),
    ];

    /// The category with this number, if there is one.
    pub fn new(number: u8) -> Option<Category> {
        (1..=12).contains(&number).then_some(Category(number))
    }

    /// The category's number (1–12), as shown before its name and in criterion IDs.
    pub fn number(self) -> u8 {
        self.0
    }

    /// The focus area the category belongs to.
    pub fn focus_area(self) -> FocusArea {
        catalogue().category_entry(self).focus_area
    }

    /// The category's name in `language`.
    pub fn name(self, language: Language) -> &'static str {
        catalogue().category_entry(self).name.get(language)
    }
}

impl TryFrom<u8> for Category {
    type Error = UnknownCategory;

    fn try_from(number: u8) -> Result<Self, Self::Error> {
        Category::new(number).ok_or(UnknownCategory(number))
    }
}

impl From<Category> for u8 {
    fn from(category: Category) -> u8 {
        category.0
    }
}

/// One of the three focus areas under which CBP groups the categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FocusArea {
    /// Corporate security: vision, risk assessment, business partners, cybersecurity.
    CorporateSecurity,
    /// Transportation security: conveyances, seals, procedures, agriculture.
    TransportationSecurity,
    /// People and physical security: premises, access, personnel, training.
    PeopleAndPhysicalSecurity,
}

impl FocusArea {
    /// Every focus area, in CBP's order.
    pub const ALL: [FocusArea; 3] = [
        FocusArea::CorporateSecurity,
        FocusArea::TransportationSecurity,
        FocusArea::PeopleAndPhysicalSecurity,
    ];

    /// The focus area's name in `language`.
    pub fn name(self, language: Language) -> &'static str {
        catalogue().focus_area_name(self).get(language)
    }

    /// The categories in this focus area, in order.
    pub fn categories(self) -> impl Iterator<Item = Category> {
        Category::ALL
            .into_iter()
            .filter(move |category| category.focus_area() == self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn category(number: u8) -> Category {
        Category::new(number).unwrap()
    }

    #[test]
    fn categories_run_from_one_to_twelve_in_order() {
        let numbers: Vec<u8> = Category::ALL.iter().map(|c| c.number()).collect();
        assert_eq!(numbers, (1..=12).collect::<Vec<u8>>());
        assert_eq!(Category::new(0), None);
        assert_eq!(Category::new(13), None);
    }

    #[test]
    fn focus_areas_group_the_categories_as_cbp_does() {
        let numbers = |area: FocusArea| area.categories().map(|c| c.number()).collect::<Vec<_>>();
        assert_eq!(numbers(FocusArea::CorporateSecurity), [1, 2, 3, 4]);
        assert_eq!(numbers(FocusArea::TransportationSecurity), [5, 6, 7, 8]);
        assert_eq!(
            numbers(FocusArea::PeopleAndPhysicalSecurity),
            [9, 10, 11, 12]
        );
    }

    #[test]
    fn physical_security_is_category_nine_and_access_controls_ten() {
        assert_eq!(category(9).name(Language::English), "Physical Security");
        assert_eq!(
            category(10).name(Language::English),
            "Physical Access Controls"
        );
    }

    #[test]
    fn names_are_given_in_the_users_language() {
        assert_eq!(category(6).name(Language::English), "Seal Security");
        assert_eq!(category(6).name(Language::French), "Sécurité des scellés");
        assert_eq!(
            category(6).name(Language::Spanish),
            "Seguridad de los sellos"
        );
        assert_eq!(
            FocusArea::CorporateSecurity.name(Language::Spanish),
            "La seguridad empresarial"
        );
    }

    #[test]
    fn a_category_is_stored_as_its_number() {
        assert_eq!(serde_json::to_string(&category(12)).unwrap(), "12");
        assert!(serde_json::from_str::<Category>("13").is_err());
    }
}
