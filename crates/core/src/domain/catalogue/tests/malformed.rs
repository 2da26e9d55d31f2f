//! A catalogue file with a mistake in it is refused, and the error names the mistake. Each test
//! breaks one thing in an otherwise valid small sample.

use serde_json::{Value, json};

use super::super::*;

fn text(en: &str) -> Value {
    json!({"en": en, "fr": format!("{en} (fr)"), "es": format!("{en} (es)")})
}

fn criterion(id: &str, applies_to: &[&str]) -> Value {
    json!({
        "id": id, "requirement": "must", "appliesTo": applies_to, "sourcedFor": ["importer"],
        "portalQuestions": [17], "text": text("Check partners."), "help": text("Describe it.")
    })
}

/// A valid catalogue: 12 categories, criteria 3.1 and 3.4 in category 3.
fn sample() -> Value {
    let categories: Vec<Value> = (1..=12)
        .map(|number| {
            let area = match number {
                1..=4 => "corporate-security",
                5..=8 => "transportation-security",
                _ => "people-and-physical-security",
            };
            let criteria = if number == 3 {
                vec![
                    criterion("3.1", &["carriers"]),
                    criterion("3.4", &["importer"]),
                ]
            } else {
                vec![]
            };
            json!({"number": number, "focusArea": area, "name": text("Name"), "criteria": criteria})
        })
        .collect();
    json!({
        "about": ["A sample."],
        "requirements": {"must": text("Must"), "should": text("Should")},
        "focusAreas": [
            {"id": "corporate-security", "name": text("Corporate")},
            {"id": "transportation-security", "name": text("Transportation")},
            {"id": "people-and-physical-security", "name": text("People")}
        ],
        "groups": {"carriers": ["rail-carrier", "sea-carrier"]},
        "categories": categories
    })
}

fn parse(file: &Value) -> Result<Catalogue, CatalogueError> {
    Catalogue::parse(&file.to_string())
}

fn criteria_of_category_three(file: &mut Value) -> &mut Value {
    &mut file["categories"][2]["criteria"]
}

#[test]
fn the_sample_itself_is_accepted() {
    let catalogue = parse(&sample()).unwrap();
    let first = &catalogue.criteria()[0];
    assert_eq!(first.id().to_string(), "3.1");
    assert!(first.applies_to(crate::domain::BusinessType::SeaCarrier));
    assert!(!first.applies_to(crate::domain::BusinessType::Importer));
}

#[test]
fn text_that_is_not_json_is_refused() {
    let error = Catalogue::parse("{\"about\": [").unwrap_err();
    assert!(matches!(error, CatalogueError::Shape(_)), "{error}");
}

#[test]
fn a_misspelt_field_is_refused_rather_than_ignored() {
    let mut file = sample();
    criteria_of_category_three(&mut file)[0]["requirment"] = json!("should");
    let error = parse(&file).unwrap_err();
    assert!(error.to_string().contains("requirment"), "{error}");
}

#[test]
fn a_text_without_its_french_and_spanish_or_their_key_is_refused() {
    let mut file = sample();
    criteria_of_category_three(&mut file)[0]["text"] = json!({"en": "Seals are kept locked."});
    let error = parse(&file).unwrap_err();
    assert!(error.to_string().contains("`key`"), "{error}");

    criteria_of_category_three(&mut file)[0]["text"] =
        json!({"en": "Seals are kept locked.", "key": "criteria.seals"});
    let catalogue = parse(&file).unwrap();
    assert_eq!(
        catalogue.criteria()[0]
            .text()
            .get(crate::domain::Language::French),
        "Seals are kept locked.",
        "a text whose pack lacks it shows in English"
    );
}

#[test]
fn a_malformed_criterion_id_is_refused_with_the_id_in_the_message() {
    let mut file = sample();
    criteria_of_category_three(&mut file)[0]["id"] = json!("3.x");
    let error = parse(&file).unwrap_err();
    assert!(error.to_string().contains("3.x"), "{error}");
}

#[test]
fn a_missing_category_is_refused() {
    let mut file = sample();
    file["categories"].as_array_mut().unwrap().remove(11);
    let error = parse(&file).unwrap_err();
    assert!(
        matches!(error, CatalogueError::Categories { .. }),
        "{error}"
    );
}

#[test]
fn a_criterion_under_the_wrong_category_is_refused() {
    let mut file = sample();
    criteria_of_category_three(&mut file)[1]["id"] = json!("4.4");
    let error = parse(&file).unwrap_err();
    assert_eq!(
        error.to_string(),
        "criterion 4.4 is listed under category 3"
    );
}

#[test]
fn a_criterion_listed_twice_is_refused() {
    let mut file = sample();
    criteria_of_category_three(&mut file)[1]["id"] = json!("3.1");
    let error = parse(&file).unwrap_err();
    assert_eq!(error.to_string(), "criterion 3.1 is listed twice");
}

#[test]
fn criteria_out_of_order_are_refused() {
    let mut file = sample();
    criteria_of_category_three(&mut file)[1]["id"] = json!("3.0");
    assert!(parse(&file).is_err());
    criteria_of_category_three(&mut file)[0]["id"] = json!("3.10");
    criteria_of_category_three(&mut file)[1]["id"] = json!("3.9");
    let error = parse(&file).unwrap_err();
    assert!(
        matches!(error, CatalogueError::OutOfOrder { .. }),
        "{error}"
    );
}

#[test]
fn a_misspelt_business_type_is_refused() {
    let mut file = sample();
    criteria_of_category_three(&mut file)[1]["appliesTo"] = json!(["importers"]);
    let error = parse(&file).unwrap_err();
    assert!(error.to_string().contains("\"importers\""), "{error}");
}

#[test]
fn a_criterion_that_applies_to_nobody_is_refused() {
    let mut file = sample();
    criteria_of_category_three(&mut file)[1]["appliesTo"] = json!([]);
    let error = parse(&file).unwrap_err();
    assert!(
        matches!(error, CatalogueError::AppliesToNobody(_)),
        "{error}"
    );
}

#[test]
fn a_blank_translation_is_refused_naming_the_criterion_and_language() {
    let mut file = sample();
    criteria_of_category_three(&mut file)[1]["help"]["fr"] = json!("  ");
    let error = parse(&file).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the help of criterion 3.4 has no fr-CA text"
    );
}

#[test]
fn a_missing_language_is_refused() {
    let mut file = sample();
    let text = criteria_of_category_three(&mut file)[0]["text"]
        .as_object_mut()
        .unwrap();
    text.remove("es");
    let error = parse(&file).unwrap_err();
    assert!(error.to_string().contains("`es`"), "{error}");
}

#[test]
fn a_group_may_not_take_the_name_of_a_business_type() {
    let mut file = sample();
    file["groups"]["importer"] = json!(["exporter"]);
    let error = parse(&file).unwrap_err();
    assert!(
        matches!(error, CatalogueError::GroupNamedLikeBusinessType(_)),
        "{error}"
    );
}

#[test]
fn a_focus_area_named_twice_is_refused() {
    let mut file = sample();
    file["focusAreas"][2]["id"] = json!("corporate-security");
    let error = parse(&file).unwrap_err();
    assert!(matches!(error, CatalogueError::FocusAreas), "{error}");
}
