use super::*;
use crate::domain::model::date::parse_iso_date;
use crate::domain::validation::{Severity, validate};

fn today() -> Date {
    parse_iso_date("2026-12-03").unwrap_or(Date::MIN)
}

#[test]
fn the_example_is_an_importer_and_a_highway_carrier_under_a_complete_main_account() {
    let workspace = example_workspace(Language::English, today());
    let findings = validate(&workspace, today());

    assert_eq!(workspace.organization.legal_name, EXAMPLE_LEGAL_NAME);
    let types: Vec<_> = workspace.accounts.iter().map(|a| a.business_type).collect();
    assert_eq!(
        types,
        [BusinessType::Importer, BusinessType::HighwayCarrierUsCanada]
    );
    let main: Vec<_> = findings.of_main_account().collect();
    assert!(main.is_empty(), "the main account is complete: {main:?}");
}

#[test]
fn each_account_has_answers_registers_evidence_and_a_few_findings_left_to_fix_one_blocking() {
    let workspace = example_workspace(Language::English, today());
    let findings = validate(&workspace, today());

    for account in &workspace.accounts {
        let profile = &account.profile;
        let answered = profile
            .answers
            .values()
            .filter(|a| a.status.is_some())
            .count();
        let applicable = catalogue().applicable_to(account.business_type).count();
        assert!(
            answered + 2 >= applicable,
            "{}: {answered} of {applicable}",
            account.id
        );
        assert!(!profile.partners.is_empty() && !profile.facilities.is_empty());
        assert!(!profile.training.is_empty() && !profile.it_controls.is_empty());
        let digests: Vec<_> = profile
            .answers
            .values()
            .flat_map(|answer| &answer.evidence)
            .map(|evidence| evidence.sha256.as_str())
            .collect();
        assert!(!digests.is_empty());
        assert!(digests.iter().all(|digest| {
            digest.len() == 64
                && digest
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        }));
        let found: Vec<_> = findings.of_account(&account.id).collect();
        assert!((2..=4).contains(&found.len()), "{}: {found:?}", account.id);
    }
    let errors = |id: &str| {
        findings
            .of_account(id)
            .filter(|finding| finding.severity == Severity::Error)
            .count()
    };
    assert_eq!(errors(EXAMPLE_IMPORTER), 0, "the importer can be exported");
    assert!(
        errors(EXAMPLE_CARRIER) > 0,
        "the carrier shows what blocks an export"
    );
}

#[test]
fn the_example_speaks_the_users_language_but_keeps_its_names_and_numbers() {
    let english = example_workspace(Language::English, today());
    let french = example_workspace(Language::French, today());
    let spanish = example_workspace(Language::Spanish, today());

    assert_ne!(
        english.organization.brief_history,
        french.organization.brief_history
    );
    assert_ne!(
        english.organization.brief_history,
        spanish.organization.brief_history
    );
    assert!(french.organization.brief_history.contains("Importateur"));
    assert!(
        spanish.accounts[0].profile.facilities[0]
            .name
            .contains("Centro de distribución")
    );
    assert_eq!(
        english.organization.legal_name,
        french.organization.legal_name
    );
    assert_eq!(
        english.accounts[0].identifiers,
        spanish.accounts[0].identifiers
    );
    let narrative = |workspace: &Workspace| {
        workspace.accounts[0]
            .profile
            .answers
            .values()
            .find(|answer| !answer.narrative.is_empty())
            .map(|answer| answer.narrative.clone())
            .unwrap_or_default()
    };
    assert_ne!(narrative(&english), narrative(&french));
    assert_ne!(narrative(&english), narrative(&spanish));
}

#[test]
fn its_dates_follow_the_day_it_is_opened() {
    let later = add_days(today(), 400);
    let workspace = example_workspace(Language::English, later);
    let findings = validate(&workspace, later);

    let errors = findings.count(Severity::Error);
    let earlier = validate(&example_workspace(Language::English, today()), today());
    assert_eq!(errors, earlier.count(Severity::Error));
}

#[test]
fn fictional_digests_are_stable_and_differ_by_document() {
    assert_eq!(fictional_digest("a"), fictional_digest("a"));
    assert_ne!(fictional_digest("a"), fictional_digest("b"));
}
