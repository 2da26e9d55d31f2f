//! What a user choosing and answering security questions sees refused or accepted.

use super::*;
use SecurityQuestion::{FirstCarModel, FirstConcert, ParentsMeetingCity};

const PASSPHRASE: &str = "violet tractor under the pier";

fn slot(question: SecurityQuestion, answer: &str) -> QuestionSlot<'_> {
    QuestionSlot {
        question: Some(question),
        answer,
    }
}

fn good_slots() -> [QuestionSlot<'static>; QUESTION_COUNT] {
    [
        slot(FirstConcert, "Les Colocs, 1996"),
        slot(FirstCarModel, "Volkswagen Caribe"),
        slot(ParentsMeetingCity, "Trois-Rivières"),
    ]
}

#[test]
fn three_different_questions_with_different_answers_are_accepted() {
    let problems = check_security_questions(&good_slots(), PASSPHRASE);
    assert_eq!(problems, <SlotProblems>::default());
    assert!(questions_are_acceptable(&problems));
}

#[test]
fn the_same_question_twice_is_refused_on_the_later_slot() {
    let mut slots = good_slots();
    slots[2].question = Some(FirstConcert);
    let problems = check_security_questions(&slots, PASSPHRASE);
    assert_eq!(problems[0], vec![]);
    assert_eq!(
        problems[2],
        vec![SecurityAnswerProblem::QuestionRepeated { other: 1 }]
    );
    assert!(!questions_are_acceptable(&problems));
}

#[test]
fn answers_that_differ_only_in_case_accents_or_spacing_are_the_same_answer() {
    let slots = [
        slot(FirstConcert, "  Ñandú  Rojo "),
        slot(FirstCarModel, "nandu rojo"),
        slot(ParentsMeetingCity, "Trois-Rivières"),
    ];
    let problems = check_security_questions(&slots, PASSPHRASE);
    assert_eq!(
        problems[1],
        vec![SecurityAnswerProblem::AnswerRepeated { other: 1 }]
    );
}

#[test]
fn an_answer_shorter_than_three_characters_once_normalised_is_refused() {
    let cases = [
        ("Oz", vec![SecurityAnswerProblem::AnswerTooShort { min: 3 }]),
        (
            " O.z. ",
            vec![SecurityAnswerProblem::AnswerTooShort { min: 3 }],
        ),
        ("", vec![SecurityAnswerProblem::AnswerMissing]),
        ("?!…", vec![SecurityAnswerProblem::AnswerMissing]),
        ("Ana", vec![]),
    ];
    for (answer, expected) in cases {
        let mut slots = good_slots();
        slots[0].answer = answer;
        assert_eq!(
            check_security_questions(&slots, PASSPHRASE)[0],
            expected,
            "{answer:?}"
        );
    }
}

#[test]
fn an_answer_equal_to_the_passphrase_is_refused() {
    let mut slots = good_slots();
    slots[1].answer = "Violet Tractor, under the pier!";
    let problems = check_security_questions(&slots, PASSPHRASE);
    assert_eq!(problems[1], vec![SecurityAnswerProblem::AnswerIsPassphrase]);
}

#[test]
fn an_empty_slot_asks_for_a_question_and_an_answer() {
    let mut slots = good_slots();
    slots[2] = QuestionSlot::default();
    let problems = check_security_questions(&slots, PASSPHRASE);
    assert_eq!(
        problems[2],
        vec![
            SecurityAnswerProblem::QuestionNotChosen,
            SecurityAnswerProblem::AnswerMissing
        ]
    );
}

#[test]
fn question_ids_are_unique_and_round_trip() {
    for question in SecurityQuestion::ALL {
        assert_eq!(SecurityQuestion::from_id(question.id()), Some(question));
        let json = serde_json::to_string(&question).unwrap();
        assert_eq!(json, format!("\"{}\"", question.id()));
    }
    assert_eq!(SecurityQuestion::from_id("mothers_maiden_name"), None);
}

#[test]
fn every_question_has_its_text_in_the_catalogue() {
    for question in SecurityQuestion::ALL {
        let key = crate::i18n::names::security_question(question);
        assert!(
            crate::i18n::messages().contains(key.as_str()),
            "missing question text {key}"
        );
    }
}

#[test]
fn every_problem_has_a_message_showing_its_values() {
    let all = [
        SecurityAnswerProblem::QuestionNotChosen,
        SecurityAnswerProblem::QuestionRepeated { other: 1 },
        SecurityAnswerProblem::AnswerMissing,
        SecurityAnswerProblem::AnswerTooShort { min: 3 },
        SecurityAnswerProblem::AnswerRepeated { other: 2 },
        SecurityAnswerProblem::AnswerIsPassphrase,
    ];
    for problem in all {
        let key = crate::i18n::error_messages::security_answer_problem(&problem);
        assert!(
            crate::i18n::messages().contains(key.as_str()),
            "missing message {key}"
        );
        let text = crate::i18n::text(crate::domain::Language::English, key);
        for (name, _) in problem.args() {
            assert!(
                text.contains(&format!("{{{name}}}")),
                "{key} does not show {{{name}}}"
            );
        }
    }
}
