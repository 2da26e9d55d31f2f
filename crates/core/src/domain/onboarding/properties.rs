//! Properties that must hold for anything a user could type or paste: the checks never panic,
//! and normalising an answer twice changes nothing (the vault derives a key from it).

use proptest::prelude::*;

use super::*;

proptest! {
    #[test]
    fn answer_normalisation_is_idempotent(answer in any::<String>()) {
        let once = normalize_answer(&answer);
        prop_assert_eq!(normalize_answer(&once), once);
    }

    #[test]
    fn a_normalised_answer_has_no_outer_or_double_spaces(answer in any::<String>()) {
        let normalized = normalize_answer(&answer);
        prop_assert_eq!(normalized.trim(), normalized.as_str());
        prop_assert!(!normalized.contains("  "));
    }

    #[test]
    fn assessing_any_passphrase_never_panics(
        passphrase in any::<String>(),
        confirmation in any::<String>(),
        company in any::<String>(),
        email in any::<String>(),
        answer in any::<String>(),
    ) {
        let context = PassphraseContext::new()
            .with_company_name(&company)
            .with_email(&email)
            .with_security_answer(&answer);
        let assessment = assess_passphrase(&passphrase, &confirmation, &context);
        for problem in &assessment.problems {
            prop_assert!(crate::i18n::messages().contains(crate::i18n::error_messages::passphrase_problem(problem).as_str()));
        }
    }

    #[test]
    fn checking_any_answers_never_panics(
        answers in proptest::array::uniform3(any::<String>()),
        passphrase in any::<String>(),
        picks in proptest::array::uniform3(proptest::option::of(0..SecurityQuestion::ALL.len())),
    ) {
        let slots: [QuestionSlot<'_>; QUESTION_COUNT] = std::array::from_fn(|i| QuestionSlot {
            question: picks[i].map(|index| SecurityQuestion::ALL[index]),
            answer: &answers[i],
        });
        let problems = check_security_questions(&slots, &passphrase);
        for problem in problems.iter().flatten() {
            prop_assert!(crate::i18n::messages().contains(crate::i18n::error_messages::security_answer_problem(problem).as_str()));
        }
    }

    #[test]
    fn one_character_repeated_is_always_refused(
        character in any::<char>().prop_filter("visible", |c| !c.is_whitespace()),
        times in 12_usize..60,
    ) {
        let passphrase = character.to_string().repeat(times);
        let assessment = assess_passphrase(&passphrase, &passphrase, &PassphraseContext::new());
        prop_assert!(!assessment.is_acceptable(), "{:?} was accepted", passphrase);
    }
}
