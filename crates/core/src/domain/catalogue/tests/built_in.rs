//! Keeps the shipped `criteria.json` complete and sensible: every criterion of the reference,
//! every language, and an applicable set a compliance manager would recognise for each business
//! type.

use super::super::*;
use crate::domain::{BusinessType, Language};

fn id(text: &str) -> CriterionId {
    text.parse().unwrap()
}

fn ids_for(kind: BusinessType) -> Vec<String> {
    catalogue()
        .applicable_to(kind)
        .map(|c| c.id().to_string())
        .collect()
}

/// The importer-centred criteria list of docs/domain.md §5.2, category by category.
const REFERENCE_IDS: [&str; 95] = [
    "1.1", "1.2", "1.3", "1.4", //
    "2.1", "2.2", "2.3", "2.4", //
    "3.1", "3.4", "3.5", "3.6", "3.7", "3.9", //
    "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10", "4.11", "4.12", "4.13",
    "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.8", "5.14", "5.16", "5.29", //
    "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7", //
    "7.1", "7.2", "7.4", "7.5", "7.6", "7.7", "7.8", "7.10", "7.23", "7.24", "7.25", "7.27",
    "7.28", "7.29", "7.30", "7.37", //
    "8.1",  //
    "9.1", "9.2", "9.4", "9.5", "9.6", "9.7", "9.8", "9.9", "9.10", "9.11", "9.12", "9.13", "9.14",
    "9.15", "9.16", //
    "10.1", "10.2", "10.3", "10.4", "10.7", "10.8", "10.9", "10.10", //
    "11.1", "11.2", "11.5", //
    "12.1", "12.2", "12.4", "12.6", "12.7", "12.8", "12.9", "12.10",
];

#[test]
fn the_built_in_catalogue_reads_without_error() {
    if let Err(error) = Catalogue::parse(BUILT_IN) {
        panic!("{error}");
    }
}

#[test]
fn the_catalogue_lists_exactly_the_criteria_of_the_reference_in_id_order() {
    let listed: Vec<String> = catalogue()
        .criteria()
        .iter()
        .map(|c| c.id().to_string())
        .collect();
    assert_eq!(listed, REFERENCE_IDS);
}

#[test]
fn each_criterion_is_listed_under_the_category_its_id_names() {
    for criterion in catalogue().criteria() {
        assert_eq!(
            criterion.category(),
            criterion.id().category(),
            "{}",
            criterion.id()
        );
    }
}

#[test]
fn every_category_from_one_to_twelve_has_criteria() {
    for category in Category::ALL {
        let criteria = catalogue().in_category(category);
        assert!(!criteria.is_empty(), "category {}", category.number());
        assert!(criteria.iter().all(|c| c.category() == category));
    }
}

#[test]
fn seal_security_holds_criteria_six_one_to_six_seven() {
    let seals = catalogue().in_category(Category::new(6).unwrap());
    let ids: Vec<String> = seals.iter().map(|c| c.id().to_string()).collect();
    assert_eq!(ids, ["6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7"]);
}

#[test]
fn a_criterion_is_found_by_its_id() {
    let criterion = catalogue().get(&id("9.13")).unwrap();
    assert_eq!(criterion.requirement(), Requirement::Must);
    assert_eq!(criterion.focus_area(), FocusArea::PeopleAndPhysicalSecurity);
    assert_eq!(catalogue().get(&id("3.2")), None);
}

#[test]
fn every_text_and_help_is_written_in_every_language() {
    for criterion in catalogue().criteria() {
        for language in Language::ALL {
            assert!(
                !criterion.text().get(language).trim().is_empty(),
                "{}",
                criterion.id()
            );
            assert!(
                !criterion.help().get(language).trim().is_empty(),
                "{}",
                criterion.id()
            );
        }
    }
}

#[test]
fn the_browser_apps_copy_with_the_language_packs_reads_exactly_as_the_file() {
    // English and pack keys, as the app compiles it in. Tests compile the packs in; the
    // message catalogue installs them (criterion texts included) when first used.
    crate::i18n::messages();
    let split = Catalogue::parse(include_str!(concat!(env!("OUT_DIR"), "/criteria.json")))
        .expect("the split copy reads");
    let full = catalogue();
    assert_eq!(split.criteria().len(), full.criteria().len());
    for language in Language::ALL {
        for (split, full) in split.criteria().iter().zip(full.criteria()) {
            assert_eq!(split.id(), full.id());
            assert_eq!(split.text().get(language), full.text().get(language));
            assert_eq!(split.help().get(language), full.help().get(language));
        }
        for category in Category::ALL {
            assert_eq!(
                split.category_entry(category).name.get(language),
                full.category_entry(category).name.get(language)
            );
        }
        for area in FocusArea::ALL {
            assert_eq!(
                split.focus_area_name(area).get(language),
                full.focus_area_name(area).get(language)
            );
        }
        for requirement in [Requirement::Must, Requirement::Should] {
            assert_eq!(
                split.requirement_name(requirement).get(language),
                full.requirement_name(requirement).get(language)
            );
        }
    }
    // And it does read from the packs: without them its French would be English.
    let criterion = &split.criteria()[0];
    assert_ne!(
        criterion.text().get(Language::French),
        criterion.text().get(Language::English)
    );
}

#[test]
fn no_text_is_left_in_another_language() {
    for criterion in catalogue().criteria() {
        for text in [criterion.text(), criterion.help()] {
            let [en, fr, es] = Language::ALL.map(|language| text.get(language));
            assert!(en != fr && en != es && fr != es, "{}: {en}", criterion.id());
        }
    }
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect()
}

/// The modal verbs a criterion's text uses for Must and for Should, in each language.
fn modals(language: Language) -> (&'static [&'static str], &'static [&'static str]) {
    match language {
        Language::English => (&["must"], &["should"]),
        Language::French => (&["doit", "doivent"], &["devrait", "devraient"]),
        Language::Spanish => (&["debe", "deben"], &["debería", "deberían"]),
    }
}

#[test]
fn the_wording_of_each_criterion_says_must_or_should_as_its_requirement_does() {
    for criterion in catalogue().criteria() {
        for language in Language::ALL {
            let words = words(criterion.text().get(language));
            let (must, should) = modals(language);
            let (expected, other) = match criterion.requirement() {
                Requirement::Must => (must, should),
                Requirement::Should => (should, must),
            };
            let says = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
            assert!(
                says(expected) && !says(other),
                "{} ({})",
                criterion.id(),
                language.tag()
            );
        }
    }
}

#[test]
fn requirements_use_cbps_spanish_terms() {
    assert_eq!(Requirement::Must.name(Language::Spanish), "Debe");
    assert_eq!(Requirement::Should.name(Language::Spanish), "Debería");
    assert_eq!(Requirement::Should.name(Language::English), "Should");
}

#[test]
fn help_tells_the_user_what_to_do_in_at_most_three_sentences() {
    const INSTRUCTIONS: [&str; 9] = [
        "Describe", "Attach", "Name", "List", "Say", "State", "Give", "Record", "Enter",
    ];
    for criterion in catalogue().criteria() {
        let help = criterion.help().get(Language::English);
        let first_word = help.split_whitespace().next().unwrap_or_default();
        assert!(
            INSTRUCTIONS.contains(&first_word),
            "{}: {help}",
            criterion.id()
        );
        assert!(help.matches(". ").count() < 3, "{}: {help}", criterion.id());
    }
}

#[test]
fn portal_question_numbers_are_within_the_portals_questions() {
    for criterion in catalogue().criteria() {
        for question in criterion.portal_questions() {
            assert!((1..=211).contains(question), "{}", criterion.id());
        }
    }
    assert_eq!(
        catalogue().get(&id("3.4")).unwrap().portal_questions(),
        [17]
    );
}

#[test]
fn every_business_type_has_criteria_to_answer() {
    for kind in BusinessType::ALL {
        assert!(
            catalogue().applicable_to(kind).next().is_some(),
            "{}",
            kind.key()
        );
    }
}

#[test]
fn an_importer_answers_every_criterion_except_the_carriers_seal_rules() {
    let expected: Vec<&str> = REFERENCE_IDS
        .into_iter()
        .filter(|id| !["6.3", "6.4"].contains(id))
        .collect();
    assert_eq!(ids_for(BusinessType::Importer), expected);
}

#[test]
fn a_customs_broker_is_not_asked_about_conveyances_or_drivers() {
    let broker = ids_for(BusinessType::CustomsBroker);
    for handling in ["5.3", "5.4", "6.7", "7.4", "9.13", "10.3", "10.4"] {
        assert!(!broker.iter().any(|id| id == handling), "{handling}");
    }
    for office in ["1.3", "4.8", "7.23", "11.1", "12.10"] {
        assert!(broker.iter().any(|id| id == office), "{office}");
    }
}

#[test]
fn highway_carriers_answer_the_seal_and_conveyance_criteria() {
    for kind in [
        BusinessType::HighwayCarrierUsCanada,
        BusinessType::HighwayCarrierUsMexico,
        BusinessType::MexicanLongHaulCarrier,
    ] {
        let carrier = ids_for(kind);
        for expected in ["5.3", "5.16", "6.2", "6.3", "6.7", "10.3"] {
            assert!(
                carrier.iter().any(|id| id == expected),
                "{} {expected}",
                kind.key()
            );
        }
    }
}

#[test]
fn the_air_cargo_seal_rule_applies_to_air_carriers_alone() {
    let air_rule = catalogue().get(&id("6.4")).unwrap();
    let kinds: Vec<BusinessType> = air_rule.business_types().collect();
    assert_eq!(kinds, [BusinessType::AirCarrier]);
    assert!(
        !catalogue()
            .get(&id("6.3"))
            .unwrap()
            .applies_to(BusinessType::AirCarrier)
    );
}

#[test]
fn applicability_is_marked_inferred_unless_a_source_gives_it() {
    let core_seal = catalogue().get(&id("6.1")).unwrap();
    assert!(!core_seal.applicability_inferred());
    let screening = catalogue().get(&id("3.4")).unwrap();
    assert!(screening.applicability_inferred());
    assert!(!screening.applicability_inferred_for(BusinessType::Importer));
    assert!(screening.applicability_inferred_for(BusinessType::RailCarrier));
}
