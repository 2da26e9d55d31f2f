//! What a user choosing a passphrase sees refused or accepted, and why.

use super::*;
use crate::i18n::msg;

fn problems(passphrase: &str, context: &PassphraseContext) -> Vec<PassphraseProblem> {
    assess_passphrase(passphrase, passphrase, context).problems
}

fn acme() -> PassphraseContext {
    PassphraseContext::new()
        .with_company_name("Acme Logistics Inc.")
        .with_company_name("Roadrunner Freight")
        .with_email("maria.lopez@acme-logistics.example")
        .with_security_answer("Ñandú Rojo")
}

#[test]
fn each_rule_refuses_the_passphrase_it_is_about() {
    let none = PassphraseContext::new();
    let cases: [(&str, &PassphraseContext, PassphraseProblem); 11] = [
        ("", &none, PassphraseProblem::Missing),
        (
            "violet pier",
            &none,
            PassphraseProblem::TooShort {
                min: 12,
                length: 11,
            },
        ),
        (
            "🔒🔑 violet",
            &none,
            PassphraseProblem::TooShort { min: 12, length: 9 },
        ),
        (
            "東京の紫色のトラクター",
            &none,
            PassphraseProblem::TooShort {
                min: 12,
                length: 11,
            },
        ),
        ("PassWord1234", &none, PassphraseProblem::CommonPassword),
        ("aaaaaaaaaaaaaa", &none, PassphraseProblem::Repetitive),
        ("ab ab ab ab ab ab", &none, PassphraseProblem::Repetitive),
        ("abcdefghijklmn", &none, PassphraseProblem::Sequence),
        ("9876543210987", &none, PassphraseProblem::Sequence),
        ("Summer2026!!", &none, PassphraseProblem::Predictable),
        (
            "violet tractor ACME pier",
            &acme(),
            PassphraseProblem::ContainsCompanyName {
                word: "acme".into(),
            },
        ),
    ];
    for (passphrase, context, expected) in cases {
        assert_eq!(
            problems(passphrase, context),
            vec![expected],
            "{passphrase:?}"
        );
    }
}

#[test]
fn exactly_twelve_characters_is_long_enough() {
    let twelve = "violet pier!";
    assert_eq!(twelve.chars().count(), 12);
    assert_eq!(problems(twelve, &PassphraseContext::new()), vec![]);
}

#[test]
fn emoji_and_cjk_count_one_character_each() {
    let twelve = "東京の紫色のトラクター🔒";
    assert_eq!(problems(twelve, &PassphraseContext::new()), vec![]);
}

#[test]
fn more_than_the_maximum_is_refused_without_further_checks() {
    let long = "violet tractor ".repeat(20);
    assert_eq!(
        problems(&long, &PassphraseContext::new()),
        vec![PassphraseProblem::TooLong {
            max: MAX_PASSPHRASE_CHARS
        }]
    );
}

#[test]
fn the_company_name_is_found_whatever_the_case_accents_and_spacing() {
    let context = PassphraseContext::new().with_company_name("Société Générale de Transport");
    assert_eq!(
        problems("my SOCIETE generale de transport", &context),
        vec![PassphraseProblem::ContainsCompanyName {
            word: "societegeneraledetransport".into()
        }]
    );
}

#[test]
fn a_generic_word_of_the_company_name_alone_is_allowed() {
    assert_eq!(problems("global violet tractor pier", &acme()), vec![]);
    assert_eq!(problems("logistics of violet tractors", &acme()), vec![]);
}

#[test]
fn the_dba_counts_as_a_company_name() {
    assert_eq!(
        problems("beep beep roadrunner 4ever", &acme()),
        vec![PassphraseProblem::ContainsCompanyName {
            word: "roadrunner".into()
        }]
    );
}

#[test]
fn part_of_a_contact_email_address_is_refused() {
    assert_eq!(
        problems("violet tractor lopez pier", &acme()),
        vec![PassphraseProblem::ContainsEmail {
            word: "lopez".into()
        }]
    );
}

#[test]
fn a_security_answer_inside_the_passphrase_is_refused_without_naming_it() {
    let found = problems("my nandu rojo is violet", &acme());
    assert_eq!(found, vec![PassphraseProblem::ContainsSecurityAnswer]);
    assert!(found[0].args().is_empty());
}

#[test]
fn a_short_answer_is_refused_as_a_word_but_not_inside_another_word() {
    let context = PassphraseContext::new().with_security_answer("Ana");
    assert_eq!(problems("banana split at havana pier", &context), vec![]);
    assert_eq!(
        problems("violet tractor for ana2026", &context),
        vec![PassphraseProblem::ContainsSecurityAnswer]
    );
}

#[test]
fn a_short_company_name_glued_to_other_letters_is_not_looked_for() {
    assert_eq!(problems("macmeal violet tractor pier", &acme()), vec![]);
}

#[test]
fn a_good_passphrase_is_accepted_with_high_strength() {
    let assessment = assess_passphrase(
        "violet tractor under the pier at dawn",
        "violet tractor under the pier at dawn",
        &acme(),
    );
    assert_eq!(assessment.problems, vec![]);
    assert!(assessment.is_acceptable());
    assert_eq!(assessment.strength, Strength::VeryStrong);
}

#[test]
fn a_confirmation_that_differs_is_refused() {
    let assessment = assess_passphrase(
        "violet tractor under the pier",
        "violet tractor under the peir",
        &PassphraseContext::new(),
    );
    assert_eq!(
        assessment.problems,
        vec![PassphraseProblem::ConfirmationDiffers]
    );
    assert!(assessment.problems[0].is_about_confirmation());
}

#[test]
fn a_missing_confirmation_is_asked_for() {
    let assessment = assess_passphrase(
        "violet tractor under the pier",
        "",
        &PassphraseContext::new(),
    );
    assert_eq!(
        assessment.problems,
        vec![PassphraseProblem::ConfirmationMissing]
    );
}

#[test]
fn too_short_tells_the_minimum_and_the_count_so_far() {
    let problem = PassphraseProblem::TooShort { min: 12, length: 7 };
    assert_eq!(
        crate::i18n::error_messages::passphrase_problem(&problem),
        msg::onboarding::PASSPHRASE_TOO_SHORT
    );
    assert_eq!(
        problem.args(),
        vec![("min", "12".to_owned()), ("length", "7".to_owned())]
    );
}

#[test]
fn every_problem_has_a_message_in_the_catalogue() {
    let all = [
        PassphraseProblem::Missing,
        PassphraseProblem::TooShort { min: 12, length: 1 },
        PassphraseProblem::TooLong { max: 256 },
        PassphraseProblem::CommonPassword,
        PassphraseProblem::Repetitive,
        PassphraseProblem::Sequence,
        PassphraseProblem::ContainsCompanyName {
            word: "acme".into(),
        },
        PassphraseProblem::ContainsEmail {
            word: "maria".into(),
        },
        PassphraseProblem::ContainsSecurityAnswer,
        PassphraseProblem::Predictable,
        PassphraseProblem::ConfirmationMissing,
        PassphraseProblem::ConfirmationDiffers,
    ];
    for problem in all {
        let key = crate::i18n::error_messages::passphrase_problem(&problem);
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
