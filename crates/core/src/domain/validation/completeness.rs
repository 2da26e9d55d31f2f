//! The task list and the export gate: how far each section of the main account and of an entity
//! account is (Not started / In progress / Completed), and whether an account can be exported.
//!
//! A section is completed when it holds what the user had to give and none of its findings is
//! an error; warnings never hold a section back.

use super::finding::{Finding, Severity};
use super::finding_counts::FindingCounts;
use super::findings::Findings;
use super::scope::Scope;
use crate::domain::catalogue::{Category, catalogue};
use crate::domain::field_path::{Owner, Register};
use crate::domain::model::{EntityAccount, PersonnelScreeningPolicy, TradeOrganization, Workspace};

/// A section of the task list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    /// Main account: company information.
    CompanyInformation,
    /// Main account: addresses.
    Addresses,
    /// Main account: contacts.
    Contacts,
    /// Main account: international program memberships (optional).
    ProgramMemberships,
    /// Account: name, identifiers, status and anniversary.
    AccountDetails,
    /// Account: the applicable criteria of one category.
    Criteria(Category),
    /// Account: business partners register.
    BusinessPartners,
    /// Account: facilities register.
    Facilities,
    /// Account: personnel screening policy.
    PersonnelScreening,
    /// Account: training records.
    Training,
    /// Account: IT and cybersecurity controls.
    ItControls,
}

impl Section {
    /// The main account's sections, in page order.
    pub const MAIN_ACCOUNT: [Section; 4] = [
        Section::CompanyInformation,
        Section::Addresses,
        Section::Contacts,
        Section::ProgramMemberships,
    ];

    /// An entity account's sections other than its criteria categories.
    pub const ENTITY_ACCOUNT: [Section; 6] = [
        Section::AccountDetails,
        Section::BusinessPartners,
        Section::Facilities,
        Section::PersonnelScreening,
        Section::Training,
        Section::ItControls,
    ];

    /// Whether the section belongs to the main account rather than to an entity account.
    pub fn is_main_account(self) -> bool {
        Section::MAIN_ACCOUNT.contains(&self)
    }

    /// The section's name in ids and URLs ("business-partners", "criteria-4"): one spelling,
    /// read back by [`Section::from_key`], so the task list's ids and the address of a screen
    /// never disagree.
    pub fn key(self) -> String {
        let key = match self {
            Section::CompanyInformation => "company-information",
            Section::Addresses => "addresses",
            Section::Contacts => "contacts",
            Section::ProgramMemberships => "program-memberships",
            Section::AccountDetails => "account-details",
            Section::Criteria(category) => return format!("criteria-{}", category.number()),
            Section::BusinessPartners => "business-partners",
            Section::Facilities => "facilities",
            Section::PersonnelScreening => "personnel-screening",
            Section::Training => "training",
            Section::ItControls => "it-controls",
        };
        key.to_owned()
    }

    /// The section named `key` as [`Section::key`] spells it; any other spelling (such as
    /// "criteria-04") names none.
    pub fn from_key(key: &str) -> Option<Section> {
        let section = match key {
            "company-information" => Section::CompanyInformation,
            "addresses" => Section::Addresses,
            "contacts" => Section::Contacts,
            "program-memberships" => Section::ProgramMemberships,
            "account-details" => Section::AccountDetails,
            "business-partners" => Section::BusinessPartners,
            "facilities" => Section::Facilities,
            "personnel-screening" => Section::PersonnelScreening,
            "training" => Section::Training,
            "it-controls" => Section::ItControls,
            other => {
                let number = other.strip_prefix("criteria-")?;
                if number.starts_with('0') {
                    return None;
                }
                Section::Criteria(Category::new(number.parse().ok()?)?)
            }
        };
        Some(section)
    }
}

/// How far a section is, as the task list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionStatus {
    /// Nothing entered yet.
    NotStarted,
    /// Something entered, something still missing or wrong.
    InProgress,
    /// Everything needed is there and nothing blocks.
    Completed,
}

/// Status from whether the user started the section and whether errors remain.
fn status(started: bool, has_errors: bool) -> SectionStatus {
    match (started, has_errors) {
        (false, _) => SectionStatus::NotStarted,
        (true, true) => SectionStatus::InProgress,
        (true, false) => SectionStatus::Completed,
    }
}

/// Whether any finding within `owner` is an error.
fn errors_within(findings: &Findings, owner: &Owner) -> bool {
    findings.within(owner).any(Finding::is_error)
}

/// What holds a section of the profile kept outside the criteria: a register, or the personnel
/// screening policy; `None` for the other sections.
fn profile_part(account: &str, section: Section) -> Option<Owner> {
    let register = |register| {
        Some(Owner::Register {
            account: account.to_owned(),
            register,
        })
    };
    match section {
        Section::BusinessPartners => register(Register::Partners),
        Section::Facilities => register(Register::Facilities),
        Section::Training => register(Register::Training),
        Section::ItControls => register(Register::ItControls),
        Section::PersonnelScreening => Some(Owner::PersonnelScreening {
            account: account.to_owned(),
        }),
        _ => None,
    }
}

/// The main account's sections, in page order, with their status.
pub fn main_account_sections(
    workspace: &Workspace,
    findings: &Findings,
) -> Vec<(Section, SectionStatus)> {
    let organization_started = workspace.organization != TradeOrganization::default();
    vec![
        (
            Section::CompanyInformation,
            status(
                organization_started,
                errors_within(findings, &Owner::Organization),
            ),
        ),
        (
            Section::Addresses,
            status(
                !workspace.addresses.is_empty(),
                errors_within(findings, &Owner::Addresses),
            ),
        ),
        (
            Section::Contacts,
            status(
                !workspace.contacts.is_empty(),
                errors_within(findings, &Owner::Contacts),
            ),
        ),
        (
            Section::ProgramMemberships,
            status(
                !workspace.programs.is_empty(),
                errors_within(findings, &Owner::Programs),
            ),
        ),
    ]
}

/// One account's sections, in page order (only the criteria categories that apply to it).
pub fn account_sections(
    account: &EntityAccount,
    findings: &Findings,
) -> Vec<(Section, SectionStatus)> {
    let profile = &account.profile;
    let errors_in = |section| {
        profile_part(&account.id, section).is_some_and(|part| errors_within(findings, &part))
    };
    let account_errors = findings
        .in_scope(&Scope::Account(account.id.clone()))
        .iter()
        .any(Finding::is_error);
    let mut sections = vec![(
        Section::AccountDetails,
        status(!account.identifiers.is_empty(), account_errors),
    )];
    for category in Category::ALL {
        let mut applicable = catalogue()
            .in_category(category)
            .iter()
            .filter(|criterion| criterion.applies_to(account.business_type))
            .peekable();
        if applicable.peek().is_none() {
            continue;
        }
        let (mut answered, mut blocked) = (false, false);
        for criterion in applicable {
            let key = criterion.id().to_string();
            answered |= profile
                .answers
                .get(&key)
                .is_some_and(|a| a.status.is_some());
            let scope = Scope::Answer(account.id.clone(), key);
            blocked |= findings.in_scope(&scope).iter().any(Finding::is_error);
        }
        sections.push((Section::Criteria(category), status(answered, blocked)));
    }
    let screening_started = profile.personnel_screening != PersonnelScreeningPolicy::default();
    sections.extend([
        (
            Section::BusinessPartners,
            status(
                !profile.partners.is_empty(),
                errors_in(Section::BusinessPartners),
            ),
        ),
        (
            Section::Facilities,
            status(
                !profile.facilities.is_empty(),
                errors_in(Section::Facilities),
            ),
        ),
        (
            Section::PersonnelScreening,
            status(screening_started, errors_in(Section::PersonnelScreening)),
        ),
        (
            Section::Training,
            status(!profile.training.is_empty(), errors_in(Section::Training)),
        ),
        (
            Section::ItControls,
            status(
                !profile.it_controls.is_empty(),
                errors_in(Section::ItControls),
            ),
        ),
    ]);
    sections
}

/// How far one entity account is, as its line on the task list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AccountProgress {
    /// The account as a whole.
    pub status: SectionStatus,
    /// The account's errors (which block export) and warnings.
    pub counts: FindingCounts,
    /// Sections completed.
    pub completed: usize,
    /// Sections the account has (criteria categories that apply to it, and the registers).
    pub sections: usize,
    /// The first section not completed, where "continue" leads.
    pub next: Option<Section>,
}

impl AccountProgress {
    /// The progress of `account` with the workspace's `findings`.
    pub fn of(account: &EntityAccount, findings: &Findings) -> AccountProgress {
        let sections = account_sections(account, findings);
        AccountProgress {
            status: account_status(account, findings),
            counts: FindingCounts::of(findings.of_account(&account.id)),
            completed: completed_count(&sections),
            sections: sections.len(),
            next: next_section(&sections),
        }
    }
}

/// The main account as a whole: completed when company information, addresses and contacts are.
pub fn main_account_status(workspace: &Workspace, findings: &Findings) -> SectionStatus {
    overall(&main_account_sections(workspace, findings), |section| {
        section != Section::ProgramMemberships
    })
}

/// An account as a whole: completed when its details and every criteria category are
/// (registers may rightly stay empty, e.g. a broker without facilities).
pub fn account_status(account: &EntityAccount, findings: &Findings) -> SectionStatus {
    overall(&account_sections(account, findings), |section| {
        matches!(section, Section::AccountDetails | Section::Criteria(_))
    })
}

/// The findings of one section of account `account`, for the counts of errors and warnings
/// beside it on the task list. Main-account sections have none here: they belong to no account.
pub fn section_findings<'a>(
    account: &EntityAccount,
    section: Section,
    findings: &'a Findings,
) -> Vec<&'a Finding> {
    match section {
        Section::AccountDetails => findings
            .in_scope(&Scope::Account(account.id.clone()))
            .iter()
            .collect(),
        Section::Criteria(category) => catalogue()
            .in_category(category)
            .iter()
            .filter(|criterion| criterion.applies_to(account.business_type))
            .flat_map(|criterion| {
                let scope = Scope::Answer(account.id.clone(), criterion.id().to_string());
                findings.in_scope(&scope).iter()
            })
            .collect(),
        Section::BusinessPartners
        | Section::Facilities
        | Section::PersonnelScreening
        | Section::Training
        | Section::ItControls => profile_part(&account.id, section)
            .map(|part| findings.within(&part).collect())
            .unwrap_or_default(),
        Section::CompanyInformation
        | Section::Addresses
        | Section::Contacts
        | Section::ProgramMemberships => Vec::new(),
    }
}

/// Where an account's "Check your answers" task stands on its task list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CheckAnswersStatus {
    /// A required section is not completed yet (or a section holds errors): reviewing now
    /// would only list gaps.
    CannotStartYet,
    /// Every required section is completed: the answers can be reviewed before export.
    Ready,
}

/// Whether account `account` can go on to "Check your answers": only once the account as a
/// whole is completed (its details and every criteria category, no section in error).
pub fn check_answers_status(account: &EntityAccount, findings: &Findings) -> CheckAnswersStatus {
    if account_status(account, findings) == SectionStatus::Completed {
        CheckAnswersStatus::Ready
    } else {
        CheckAnswersStatus::CannotStartYet
    }
}

/// The section to do next, so the task list can say "Continue": the first required section
/// (details, criteria) not completed; then a section in progress (a register with errors);
/// then the first register not started. `None` when nothing is left but checking the answers.
pub fn next_section(sections: &[(Section, SectionStatus)]) -> Option<Section> {
    let required =
        |section: Section| matches!(section, Section::AccountDetails | Section::Criteria(_));
    let first = |wanted: &dyn Fn(Section, SectionStatus) -> bool| {
        sections
            .iter()
            .find(|(section, status)| wanted(*section, *status))
            .map(|(section, _)| *section)
    };
    first(&|section, status| required(section) && status != SectionStatus::Completed)
        .or_else(|| first(&|_, status| status == SectionStatus::InProgress))
        .or_else(|| first(&|_, status| status == SectionStatus::NotStarted))
}

/// How many of `sections` are completed, for "5 of 19 sections completed".
pub fn completed_count(sections: &[(Section, SectionStatus)]) -> usize {
    sections
        .iter()
        .filter(|(_, status)| *status == SectionStatus::Completed)
        .count()
}

/// Not started when nothing is; completed when every required section is and no section
/// holds errors; in progress otherwise.
fn overall(
    sections: &[(Section, SectionStatus)],
    required: impl Fn(Section) -> bool,
) -> SectionStatus {
    if sections
        .iter()
        .all(|(_, s)| *s == SectionStatus::NotStarted)
    {
        return SectionStatus::NotStarted;
    }
    let complete = sections.iter().all(|(section, s)| match s {
        SectionStatus::Completed => true,
        SectionStatus::NotStarted => !required(*section),
        SectionStatus::InProgress => false,
    });
    if complete {
        SectionStatus::Completed
    } else {
        SectionStatus::InProgress
    }
}

/// Whether an account can be exported, and what stands in the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readiness<'a> {
    /// Errors of the main account and of the account, in page order.
    pub blocking: Vec<&'a Finding>,
    /// How many warnings remain (shown, never blocking).
    pub warnings: usize,
}

impl Readiness<'_> {
    /// Whether nothing blocks export.
    pub fn is_ready(&self) -> bool {
        self.blocking.is_empty()
    }
}

/// What stands between account `account` and its export: the errors of the main account and of
/// that account. The caller checks the account exists.
pub fn export_readiness<'a>(findings: &'a Findings, account: &'a str) -> Readiness<'a> {
    let relevant = || {
        findings
            .of_main_account()
            .chain(findings.of_account(account))
    };
    Readiness {
        blocking: relevant().filter(|f| f.is_error()).collect(),
        warnings: relevant()
            .filter(|f| f.severity == Severity::Warning)
            .count(),
    }
}
