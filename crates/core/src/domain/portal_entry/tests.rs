use std::collections::BTreeSet;

use super::*;
use crate::domain::catalogue::Category;

fn numbers(section: &PortalSectionQuestions) -> Vec<Option<u16>> {
    section.questions.iter().map(|q| q.number).collect()
}

fn section(layout: &[PortalSectionQuestions], which: PortalSection) -> &PortalSectionQuestions {
    layout
        .iter()
        .find(|s| s.section == which)
        .unwrap_or_else(|| panic!("no section {which:?}"))
}

fn id(text: &str) -> CriterionId {
    text.parse().unwrap()
}

#[test]
fn an_importer_sees_the_portal_sections_in_the_portals_order_from_upper_management_to_cybersecurity()
 {
    let layout = portal_layout(BusinessType::Importer);
    let order: Vec<PortalSection> = layout.iter().map(|s| s.section).collect();
    assert_eq!(order, PortalSection::ALL.to_vec());
    assert_eq!(order[0], PortalSection::UpperManagement);
    assert_eq!(order[10], PortalSection::Cybersecurity);
    let sizes: Vec<usize> = layout.iter().map(|s| s.questions.len()).collect();
    assert_eq!(sizes, [6, 4, 8, 14, 25, 3, 22, 19, 5, 14, 21]);
}

#[test]
fn questions_follow_the_portals_numbers_not_the_criteria_ids() {
    let layout = portal_layout(BusinessType::Importer);
    let upper = section(&layout, PortalSection::UpperManagement);
    assert_eq!(
        numbers(upper),
        [Some(1), Some(2), Some(3), Some(4), Some(5), Some(7)]
    );
    let criteria: Vec<String> = upper
        .questions
        .iter()
        .map(|q| q.criteria[0].to_string())
        .collect();
    assert_eq!(criteria, ["1.2", "1.3", "1.3", "1.4", "1.4", "1.1"]);
}

#[test]
fn the_portal_asks_some_criteria_outside_their_category() {
    let layout = portal_layout(BusinessType::Importer);
    let partners = section(&layout, PortalSection::BusinessPartners);
    let q16 = partners
        .questions
        .iter()
        .find(|q| q.number == Some(16))
        .expect("question 16 is asked with the business partners");
    assert_eq!(q16.criteria, [id("7.10")]);
    let conveyance = section(&layout, PortalSection::ConveyanceAndIit);
    assert!(
        conveyance
            .questions
            .iter()
            .any(|q| q.criteria.contains(&id("6.7"))),
        "seals are asked under conveyances"
    );
    let agriculture = section(&layout, PortalSection::AgriculturalProcedures);
    assert_eq!(numbers(agriculture), [Some(111), Some(112), Some(113)]);
}

#[test]
fn questions_added_after_the_numbering_go_to_their_criterions_section_in_number_order() {
    let layout = portal_layout(BusinessType::Importer);
    let procedural = section(&layout, PortalSection::ProceduralSecurity);
    assert_eq!(procedural.questions.last().unwrap().number, Some(204));
    let physical = section(&layout, PortalSection::PhysicalSecurity);
    let tail: Vec<Option<u16>> = numbers(physical).into_iter().rev().take(2).collect();
    assert_eq!(tail, [Some(207), Some(206)]);
    let personnel = section(&layout, PortalSection::PersonnelSecurity);
    assert_eq!(
        numbers(personnel),
        [Some(157), Some(158), Some(159), Some(160), Some(211)]
    );
}

#[test]
fn one_question_can_take_the_answers_of_two_criteria() {
    let layout = portal_layout(BusinessType::Importer);
    let training = section(&layout, PortalSection::EducationAndTraining);
    let q167 = training
        .questions
        .iter()
        .find(|q| q.number == Some(167))
        .unwrap();
    assert_eq!(q167.criteria, [id("12.1"), id("12.2")]);
}

#[test]
fn a_criterion_without_a_known_question_number_is_listed_last_in_its_section() {
    let carrier = portal_layout(BusinessType::HighwayCarrierUsMexico);
    let conveyance = section(&carrier, PortalSection::ConveyanceAndIit);
    let last = conveyance.questions.last().unwrap();
    assert_eq!(last.number, None);
    assert_eq!(last.key, PortalQuestionRef::Criterion("6.3".into()));
    let importer = portal_layout(BusinessType::Importer);
    assert!(
        importer
            .iter()
            .flat_map(|s| &s.questions)
            .all(|q| q.number.is_some())
    );
}

#[test]
fn every_applicable_criterion_is_asked_somewhere_and_no_question_twice_for_every_business_type() {
    for kind in BusinessType::ALL {
        let layout = portal_layout(kind);
        let asked: BTreeSet<CriterionId> = layout
            .iter()
            .flat_map(|s| &s.questions)
            .flat_map(|q| q.criteria.iter().copied())
            .collect();
        let applicable: BTreeSet<CriterionId> = catalogue()
            .applicable_to(kind)
            .map(|criterion| criterion.id())
            .collect();
        assert_eq!(asked, applicable, "{kind:?}");
        let keys: Vec<&PortalQuestionRef> = layout
            .iter()
            .flat_map(|s| &s.questions)
            .map(|q| &q.key)
            .collect();
        let distinct: BTreeSet<&PortalQuestionRef> = keys.iter().copied().collect();
        assert_eq!(keys.len(), distinct.len(), "{kind:?}");
        for part in &layout {
            let numbered: Vec<u16> = part.questions.iter().filter_map(|q| q.number).collect();
            assert!(
                numbered.windows(2).all(|w| w[0] < w[1]),
                "{kind:?} {part:?}"
            );
        }
    }
}

#[test]
fn a_question_number_places_it_in_the_section_that_asks_it() {
    let any = Category::new(1).unwrap();
    assert_eq!(
        PortalSection::of_question(141, any),
        PortalSection::AccessControls
    );
    assert_eq!(
        PortalSection::of_question(200, any),
        PortalSection::Cybersecurity
    );
    assert_eq!(
        PortalSection::of_question(211, Category::new(11).unwrap()),
        PortalSection::PersonnelSecurity
    );
}

#[test]
fn progress_counts_the_ticked_questions_of_each_section_and_nothing_else() {
    let layout = portal_layout(BusinessType::Importer);
    let mut ticks = BTreeSet::new();
    ticks.insert(PortalQuestionRef::Question(1));
    ticks.insert(PortalQuestionRef::Question(7));
    ticks.insert(PortalQuestionRef::Question(180));
    // A tick this layout has no question for (another business type's) is not counted.
    ticks.insert(PortalQuestionRef::Criterion("6.3".into()));
    ticks.insert(PortalQuestionRef::Question(999));

    let upper = section(&layout, PortalSection::UpperManagement).progress(Some(&ticks));
    assert_eq!(
        upper,
        EntryProgress {
            entered: 2,
            total: 6
        }
    );
    assert!(!upper.is_complete());
    let risk = section(&layout, PortalSection::RiskAssessment).progress(Some(&ticks));
    assert_eq!(
        risk,
        EntryProgress {
            entered: 0,
            total: 4
        }
    );
    assert_eq!(
        overall_progress(&layout, Some(&ticks)),
        EntryProgress {
            entered: 3,
            total: 141
        }
    );
    assert_eq!(overall_progress(&layout, None).entered, 0);

    let all: BTreeSet<PortalQuestionRef> = section(&layout, PortalSection::RiskAssessment)
        .questions
        .iter()
        .map(|q| q.key.clone())
        .collect();
    assert!(
        section(&layout, PortalSection::RiskAssessment)
            .progress(Some(&all))
            .is_complete()
    );
}

#[test]
fn the_text_to_enter_is_the_narrative_or_the_reason_a_criterion_does_not_apply() {
    let mut answer = CriterionAnswer {
        status: Some(AnswerStatus::Implemented),
        narrative: "  Seals are ISO 17712.\n".into(),
        not_applicable_justification: "ignored".into(),
        ..CriterionAnswer::default()
    };
    assert_eq!(text_to_enter(&answer), "Seals are ISO 17712.");
    answer.status = Some(AnswerStatus::NotApplicable);
    answer.not_applicable_justification = "We do not handle cargo.".into();
    assert_eq!(text_to_enter(&answer), "We do not handle cargo.");
    assert_eq!(text_to_enter(&CriterionAnswer::default()), "");
}
