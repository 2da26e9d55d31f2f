//! The task list and the export gate, as the user sees them.

use super::{complete, criterion_key, importer, today};
use crate::domain::BusinessType;
use crate::domain::catalogue::Requirement;
use crate::domain::model::{AnswerStatus, Workspace};
use crate::domain::validation::{
    AccountProgress, CheckAnswersStatus, Section, SectionStatus, account_sections, account_status,
    check_answers_status, completed_count, export_readiness, main_account_sections,
    main_account_status, next_section, section_findings, validate,
};

#[test]
fn an_empty_workspace_has_not_started_anything() {
    let workspace = Workspace::new();
    let findings = validate(&workspace, today());
    for (section, status) in main_account_sections(&workspace, &findings) {
        assert_eq!(status, SectionStatus::NotStarted, "{section:?}");
    }
    assert_eq!(
        main_account_status(&workspace, &findings),
        SectionStatus::NotStarted
    );
}

#[test]
fn the_complete_sample_is_completed_everywhere() {
    let workspace = complete();
    let findings = validate(&workspace, today());
    assert_eq!(
        main_account_status(&workspace, &findings),
        SectionStatus::Completed
    );
    let account = workspace.account("importer").unwrap();
    for (section, status) in account_sections(account, &findings) {
        assert_eq!(status, SectionStatus::Completed, "{section:?}");
    }
    assert_eq!(account_status(account, &findings), SectionStatus::Completed);
    assert!(export_readiness(&findings, "importer").is_ready());
}

#[test]
fn a_new_account_has_not_started_its_profile() {
    let mut workspace = complete();
    workspace.add_account("new", BusinessType::Exporter, "Exports");
    let findings = validate(&workspace, today());
    let account = workspace.account("new").unwrap();
    assert_eq!(
        account_status(account, &findings),
        SectionStatus::NotStarted
    );
    assert!(!export_readiness(&findings, "new").is_ready());
}

#[test]
fn one_unanswered_criterion_leaves_its_category_in_progress() {
    let mut workspace = complete();
    let key = criterion_key(Requirement::Must);
    importer(&mut workspace).profile.answers.remove(&key);
    let findings = validate(&workspace, today());
    let account = workspace.account("importer").unwrap();
    let category = key
        .parse::<crate::domain::catalogue::CriterionId>()
        .unwrap()
        .category();
    let sections = account_sections(account, &findings);
    assert!(sections.contains(&(Section::Criteria(category), SectionStatus::InProgress)));
    assert_eq!(
        account_status(account, &findings),
        SectionStatus::InProgress
    );
    let readiness = export_readiness(&findings, "importer");
    assert!(!readiness.is_ready());
    assert_eq!(readiness.blocking.len(), 1);
}

#[test]
fn warnings_never_hold_back_a_section_or_the_export() {
    let mut workspace = complete();
    workspace.organization.brief_history.clear();
    let findings = validate(&workspace, today());
    assert_eq!(findings.len(), 1);
    assert!(
        main_account_sections(&workspace, &findings)
            .contains(&(Section::CompanyInformation, SectionStatus::Completed))
    );
    let readiness = export_readiness(&findings, "importer");
    assert!(readiness.is_ready());
    assert_eq!(readiness.warnings, 1);
}

#[test]
fn an_error_in_the_main_account_blocks_every_account() {
    let mut workspace = complete();
    workspace.contacts[0].company_officer = false;
    let findings = validate(&workspace, today());
    assert!(!export_readiness(&findings, "importer").is_ready());
    assert_eq!(
        main_account_status(&workspace, &findings),
        SectionStatus::InProgress
    );
}

#[test]
fn an_error_in_another_account_does_not_block_this_one() {
    let mut workspace = complete();
    workspace.add_account("other", BusinessType::Exporter, "");
    let findings = validate(&workspace, today());
    assert!(!export_readiness(&findings, "other").is_ready());
    assert!(export_readiness(&findings, "importer").is_ready());
}

#[test]
fn a_must_not_implemented_without_planned_date_blocks_export() {
    let mut workspace = complete();
    let key = criterion_key(Requirement::Must);
    importer(&mut workspace).profile.answer_mut(&key).status = Some(AnswerStatus::NotImplemented);
    let findings = validate(&workspace, today());
    assert!(!export_readiness(&findings, "importer").is_ready());
}

#[test]
fn check_your_answers_cannot_start_until_every_required_section_is_completed() {
    let mut workspace = complete();
    let findings = validate(&workspace, today());
    let account = workspace.account("importer").unwrap();
    assert_eq!(
        check_answers_status(account, &findings),
        CheckAnswersStatus::Ready
    );

    let key = criterion_key(Requirement::Must);
    importer(&mut workspace).profile.answers.remove(&key);
    let findings = validate(&workspace, today());
    let account = workspace.account("importer").unwrap();
    assert_eq!(
        check_answers_status(account, &findings),
        CheckAnswersStatus::CannotStartYet
    );
}

#[test]
fn a_new_account_cannot_check_its_answers_yet_and_starts_with_its_details() {
    let mut workspace = complete();
    workspace.add_account("new", BusinessType::Exporter, "Exports");
    let findings = validate(&workspace, today());
    let account = workspace.account("new").unwrap();
    let sections = account_sections(account, &findings);
    assert_eq!(
        check_answers_status(account, &findings),
        CheckAnswersStatus::CannotStartYet
    );
    assert_eq!(next_section(&sections), Some(Section::AccountDetails));
    assert_eq!(completed_count(&sections), 0);
}

#[test]
fn the_next_section_is_the_first_unfinished_category_before_any_register() {
    let mut workspace = complete();
    let key = criterion_key(Requirement::Must);
    let category = key
        .parse::<crate::domain::catalogue::CriterionId>()
        .unwrap()
        .category();
    let account = importer(&mut workspace);
    account.profile.answers.remove(&key);
    account.profile.training.clear();
    let findings = validate(&workspace, today());
    let sections = account_sections(workspace.account("importer").unwrap(), &findings);

    assert_eq!(next_section(&sections), Some(Section::Criteria(category)));
    assert_eq!(completed_count(&sections), sections.len() - 2);
}

#[test]
fn once_the_required_sections_are_done_the_next_is_an_empty_register() {
    let mut workspace = complete();
    importer(&mut workspace).profile.training.clear();
    let findings = validate(&workspace, today());
    let account = workspace.account("importer").unwrap();
    let sections = account_sections(account, &findings);

    assert_eq!(next_section(&sections), Some(Section::Training));
    assert_eq!(
        check_answers_status(account, &findings),
        CheckAnswersStatus::Ready,
        "registers may rightly stay empty"
    );
}

#[test]
fn nothing_is_next_on_a_completed_account() {
    let workspace = complete();
    let findings = validate(&workspace, today());
    let sections = account_sections(workspace.account("importer").unwrap(), &findings);
    assert_eq!(next_section(&sections), None);
    assert_eq!(completed_count(&sections), sections.len());
}

#[test]
fn a_partner_error_counts_beside_the_business_partners_section_only() {
    let mut workspace = complete();
    importer(&mut workspace).profile.partners[0].name.clear();
    let findings = validate(&workspace, today());
    let account = workspace.account("importer").unwrap();

    for (section, _) in account_sections(account, &findings) {
        let count = section_findings(account, section, &findings).len();
        let expected = usize::from(section == Section::BusinessPartners);
        assert_eq!(count, expected, "{section:?}");
    }
}

#[test]
fn an_unanswered_must_criterion_counts_beside_its_category() {
    let mut workspace = complete();
    let key = criterion_key(Requirement::Must);
    importer(&mut workspace).profile.answers.remove(&key);
    let category = key
        .parse::<crate::domain::catalogue::CriterionId>()
        .unwrap()
        .category();
    let findings = validate(&workspace, today());
    let account = workspace.account("importer").unwrap();

    let found = section_findings(account, Section::Criteria(category), &findings);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].path.criterion(),
        Some(key.as_str()),
        "{}",
        found[0].path
    );
    assert!(section_findings(account, Section::AccountDetails, &findings).is_empty());
}

#[test]
fn every_section_key_reads_back_as_its_section_and_only_one_spelling_does() {
    let sections = Section::MAIN_ACCOUNT
        .into_iter()
        .chain(Section::ENTITY_ACCOUNT)
        .chain(crate::domain::catalogue::Category::ALL.map(Section::Criteria));
    let mut keys = std::collections::BTreeSet::new();
    for section in sections {
        let key = section.key();
        assert_eq!(Section::from_key(&key), Some(section), "{key}");
        assert!(keys.insert(key), "two sections share a key");
    }
    assert_eq!(Section::from_key("criteria-04"), None);
    assert_eq!(Section::from_key("criteria-99"), None);
    assert_eq!(Section::from_key("partners"), None);
}

#[test]
fn an_accounts_line_counts_its_findings_and_leads_to_its_first_unfinished_section() {
    let mut workspace = complete();
    let findings = validate(&workspace, today());
    let done = AccountProgress::of(workspace.account("importer").unwrap(), &findings);
    assert_eq!(done.status, SectionStatus::Completed);
    assert!(done.counts.is_empty());
    assert_eq!(done.completed, done.sections);
    assert_eq!(done.next, None);

    importer(&mut workspace).name.clear();
    importer(&mut workspace).profile.partners[0]
        .screening_date
        .clear();
    let findings = validate(&workspace, today());
    let started = AccountProgress::of(workspace.account("importer").unwrap(), &findings);
    assert_eq!(started.status, SectionStatus::InProgress);
    assert_eq!((started.counts.errors, started.counts.warnings), (1, 1));
    assert_eq!(started.completed, done.sections - 1);
    assert_eq!(started.next, Some(Section::AccountDetails));
}
