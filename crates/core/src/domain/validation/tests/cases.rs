//! The table of rules: each case breaks one thing on the complete sample and names the finding
//! (code and path) a user must then see.

use super::{add_identifier, complete, criterion_key, importer};
use crate::domain::catalogue::Requirement;
use crate::domain::identifiers::IdentifierKind;
use crate::domain::model::{AnswerStatus, RiskLevel, Workspace};
use crate::domain::validation::FindingCode as C;

/// One rule broken once.
pub(super) struct Case {
    /// What the user did.
    pub name: &'static str,
    /// The path the finding must name.
    pub path: String,
    /// The rule that must fire.
    pub code: C,
    /// The broken workspace.
    pub workspace: Workspace,
}

pub(super) fn case(
    name: &'static str,
    path: &str,
    code: C,
    breaks: impl FnOnce(&mut Workspace),
) -> Case {
    let mut workspace = complete();
    breaks(&mut workspace);
    Case {
        name,
        path: path.to_owned(),
        code,
        workspace,
    }
}

const ACCOUNT: &str = "accounts/importer";
const PARTNER: &str = "accounts/importer/profile/partners/partner-0";
const FACILITY: &str = "accounts/importer/profile/facilities/facility-0";
const TRAINING: &str = "accounts/importer/profile/training/training-0";

/// Every case, main account first.
pub(super) fn all() -> Vec<Case> {
    let mut cases = super::main_account_cases::main_account();
    cases.extend(account());
    cases.extend(answers());
    cases.extend(registers());
    cases
}

fn account() -> Vec<Case> {
    vec![
        case(
            "account without name",
            &format!("{ACCOUNT}/name"),
            C::AccountNameMissing,
            |w| importer(w).name.clear(),
        ),
        case(
            "identifier line left empty",
            &format!("{ACCOUNT}/identifiers/ior/value"),
            C::IdentifierValueMissing,
            |w| importer(w).identifiers[0].value.clear(),
        ),
        case(
            "importer of record number too short",
            &format!("{ACCOUNT}/identifiers/ior/value"),
            C::IdentifierInvalid,
            |w| importer(w).identifiers[0].value = "12345".into(),
        ),
        case(
            "importer given a carrier's SCAC",
            &format!("{ACCOUNT}/identifiers/scac/kind"),
            C::IdentifierNotUsed,
            |w| add_identifier(w, "scac", IdentifierKind::Scac, "ABCD"),
        ),
        case(
            "the same importer of record number entered twice",
            &format!("{ACCOUNT}/identifiers/ior2/value"),
            C::IdentifierRepeated,
            |w| {
                let first = importer(w).identifiers[0].value.to_lowercase();
                add_identifier(w, "ior2", IdentifierKind::ImporterOfRecordNumber, &first);
            },
        ),
        case(
            "importer without bond number",
            &format!("{ACCOUNT}/identifiers"),
            C::IdentifierRequired,
            |w| {
                importer(w).remove_identifier("bond");
            },
        ),
        case(
            "certified without anniversary date",
            &format!("{ACCOUNT}/anniversaryDate"),
            C::AnniversaryDateMissing,
            |w| importer(w).anniversary_date.clear(),
        ),
        case(
            "annual review window open",
            &format!("{ACCOUNT}/lastAnnualReview"),
            C::AnnualReviewWindowOpen,
            |w| importer(w).anniversary_date = "2024-12-15".into(),
        ),
        case(
            "annual review overdue",
            &format!("{ACCOUNT}/lastAnnualReview"),
            C::AnnualReviewOverdue,
            |w| importer(w).last_annual_review = "2025-01-20".into(),
        ),
    ]
}

fn answers() -> Vec<Case> {
    let must = criterion_key(Requirement::Must);
    let should = criterion_key(Requirement::Should);
    let at = |key: &str, field: &str| format!("{ACCOUNT}/profile/answers/{key}/{field}");
    let evidence = |key: &str, field: &str| {
        format!("{ACCOUNT}/profile/answers/{key}/evidence/{key}-procedure/{field}")
    };
    vec![
        case(
            "criterion never answered",
            &at(&must, "status"),
            C::AnswerMissing,
            |w| {
                importer(w).profile.answers.remove(&must);
            },
        ),
        case(
            "answer status cleared",
            &at(&must, "status"),
            C::AnswerMissing,
            |w| importer(w).profile.answer_mut(&must).status = None,
        ),
        case(
            "implemented without narrative",
            &at(&must, "narrative"),
            C::NarrativeMissing,
            |w| importer(w).profile.answer_mut(&must).narrative.clear(),
        ),
        case(
            "not applicable without justification",
            &at(&must, "notApplicableJustification"),
            C::JustificationMissing,
            |w| importer(w).profile.answer_mut(&must).status = Some(AnswerStatus::NotApplicable),
        ),
        case(
            "Must partially implemented without planned date",
            &at(&must, "plannedDate"),
            C::PlannedDateMissing,
            |w| {
                importer(w).profile.answer_mut(&must).status =
                    Some(AnswerStatus::PartiallyImplemented)
            },
        ),
        case(
            "Should not implemented without planned date",
            &at(&should, "plannedDate"),
            C::PlannedDateAdvised,
            |w| importer(w).profile.answer_mut(&should).status = Some(AnswerStatus::NotImplemented),
        ),
        case(
            "planned date already passed",
            &at(&must, "plannedDate"),
            C::PlannedDatePassed,
            |w| {
                let a = importer(w).profile.answer_mut(&must);
                a.status = Some(AnswerStatus::NotImplemented);
                a.planned_date = "2026-01-31".into();
            },
        ),
        case(
            "evidence without title",
            &evidence(&must, "title"),
            C::EvidenceTitleMissing,
            |w| {
                importer(w).profile.answer_mut(&must).evidence[0]
                    .title
                    .clear()
            },
        ),
        case(
            "evidence without file name",
            &evidence(&must, "fileName"),
            C::EvidenceFileNameMissing,
            |w| {
                importer(w).profile.answer_mut(&must).evidence[0]
                    .file_name
                    .clear()
            },
        ),
        case(
            "evidence with a truncated digest",
            &evidence(&must, "sha256"),
            C::EvidenceDigestInvalid,
            |w| {
                importer(w).profile.answer_mut(&must).evidence[0]
                    .sha256
                    .truncate(63)
            },
        ),
    ]
}

fn registers() -> Vec<Case> {
    vec![
        case(
            "partner without name",
            &format!("{PARTNER}/name"),
            C::PartnerNameMissing,
            |w| importer(w).profile.partners[0].name.clear(),
        ),
        case(
            "partner without country",
            &format!("{PARTNER}/country"),
            C::PartnerCountryMissing,
            |w| importer(w).profile.partners[0].country.clear(),
        ),
        case(
            "partner country typed in full",
            &format!("{PARTNER}/country"),
            C::CountryInvalid,
            |w| importer(w).profile.partners[0].country = "Mexico".into(),
        ),
        case(
            "partner said CTPAT-certified without number",
            &format!("{PARTNER}/ctpatNumber"),
            C::PartnerCtpatNumberMissing,
            |w| importer(w).profile.partners[0].ctpat_number.clear(),
        ),
        case(
            "partner said AEO-certified without program",
            &format!("{PARTNER}/aeoProgram"),
            C::PartnerAeoProgramMissing,
            |w| importer(w).profile.partners[0].aeo_program = None,
        ),
        case(
            "partner said AEO-certified without number",
            &format!("{PARTNER}/aeoNumber"),
            C::PartnerAeoNumberMissing,
            |w| importer(w).profile.partners[0].aeo_number.clear(),
        ),
        case(
            "partner never screened",
            &format!("{PARTNER}/screeningDate"),
            C::PartnerScreeningDateMissing,
            |w| importer(w).profile.partners[0].screening_date.clear(),
        ),
        case(
            "partner screened in the future",
            &format!("{PARTNER}/screeningDate"),
            C::DateInFuture,
            |w| importer(w).profile.partners[0].screening_date = "2027-01-01".into(),
        ),
        case(
            "partner without risk level",
            &format!("{PARTNER}/riskLevel"),
            C::PartnerRiskLevelMissing,
            |w| importer(w).profile.partners[0].risk_level = None,
        ),
        case(
            "high-risk partner assessed two years ago",
            &format!("{PARTNER}/lastSecurityAssessment"),
            C::PartnerAssessmentDue,
            |w| {
                let p = &mut importer(w).profile.partners[0];
                p.risk_level = Some(RiskLevel::High);
                p.last_security_assessment = "2024-11-01".into();
            },
        ),
        case(
            "facility without name",
            &format!("{FACILITY}/name"),
            C::FacilityNameMissing,
            |w| importer(w).profile.facilities[0].name.clear(),
        ),
        case(
            "facility address without city",
            &format!("{FACILITY}/address/city"),
            C::AddressCityMissing,
            |w| importer(w).profile.facilities[0].address.city.clear(),
        ),
        case(
            "cameras without retention period",
            &format!("{FACILITY}/video/retentionDays"),
            C::VideoRetentionMissing,
            |w| importer(w).profile.facilities[0].video.retention_days = None,
        ),
        case(
            "cameras without count",
            &format!("{FACILITY}/video/cameras"),
            C::VideoCamerasMissing,
            |w| importer(w).profile.facilities[0].video.cameras = None,
        ),
        case(
            "alarm nobody monitors",
            &format!("{FACILITY}/alarm/monitoredBy"),
            C::AlarmMonitorMissing,
            |w| importer(w).profile.facilities[0].alarm.monitored_by.clear(),
        ),
        case(
            "alarm never tested",
            &format!("{FACILITY}/alarm/lastTest"),
            C::AlarmTestMissing,
            |w| importer(w).profile.facilities[0].alarm.last_test.clear(),
        ),
        case(
            "written screening policy not described",
            "accounts/importer/profile/personnelScreening/description",
            C::ScreeningPolicyDescriptionMissing,
            |w| importer(w).profile.personnel_screening.description.clear(),
        ),
        case(
            "training without date",
            &format!("{TRAINING}/date"),
            C::TrainingDateMissing,
            |w| importer(w).profile.training[0].date.clear(),
        ),
        case(
            "training without topic",
            &format!("{TRAINING}/topic"),
            C::TrainingTopicMissing,
            |w| importer(w).profile.training[0].topic.clear(),
        ),
        case(
            "training without audience",
            &format!("{TRAINING}/audience"),
            C::TrainingAudienceMissing,
            |w| importer(w).profile.training[0].audience.clear(),
        ),
        case(
            "training sign-in sheet without digest",
            &format!("{TRAINING}/evidence/training-0-sign-in/sha256"),
            C::EvidenceDigestInvalid,
            |w| importer(w).profile.training[0].evidence[0].sha256.clear(),
        ),
        case(
            "IT control without name",
            "accounts/importer/profile/itControls/it-0/name",
            C::ItControlNameMissing,
            |w| importer(w).profile.it_controls[0].name.clear(),
        ),
        case(
            "IT control without owner",
            "accounts/importer/profile/itControls/it-0/owner",
            C::ItControlOwnerMissing,
            |w| importer(w).profile.it_controls[0].owner.clear(),
        ),
    ]
}
