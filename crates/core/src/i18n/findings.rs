//! How the catalogue words findings: the text of each rule, or the identifier check's own
//! problem when a finding carries one. Validation says what is wrong; which message the user
//! reads beside the field, in an error summary or in the gap report is decided here.

use super::identifiers::identifier_problem;
use super::{MessageKey, msg};
use crate::domain::validation::{Finding, FindingCode};

/// The message a finding shows; its `args` fill the placeholders.
pub fn finding_message(finding: &Finding) -> MessageKey {
    match &finding.problem {
        Some(problem) => identifier_problem(problem),
        None => finding_code(finding.code),
    }
}

/// The text of a rule: what it asks for and how to put it right.
pub fn finding_code(code: FindingCode) -> MessageKey {
    match code {
        FindingCode::DateInvalid => msg::finding::DATE_INVALID,
        FindingCode::DateInFuture => msg::finding::DATE_IN_FUTURE,
        FindingCode::CountryInvalid => msg::finding::COUNTRY_INVALID,
        FindingCode::IdentifierInvalid => msg::finding::IDENTIFIER_INVALID,
        FindingCode::IdentifierDoubtful => msg::finding::IDENTIFIER_DOUBTFUL,
        FindingCode::LegalNameMissing => msg::finding::ORGANIZATION_LEGAL_NAME_MISSING,
        FindingCode::CompanyPhoneMissing => msg::finding::ORGANIZATION_PHONE_MISSING,
        FindingCode::WebsiteInvalid => msg::finding::ORGANIZATION_WEBSITE_INVALID,
        FindingCode::NumberOfEmployeesMissing => msg::finding::ORGANIZATION_EMPLOYEES_MISSING,
        FindingCode::OwnershipTypeMissing => msg::finding::ORGANIZATION_OWNERSHIP_TYPE_MISSING,
        FindingCode::BriefHistoryMissing => msg::finding::ORGANIZATION_BRIEF_HISTORY_MISSING,
        FindingCode::HeadquartersMissing => msg::finding::ADDRESS_HEADQUARTERS_MISSING,
        FindingCode::AddressCountryMissing => msg::finding::ADDRESS_COUNTRY_MISSING,
        FindingCode::AddressStreetMissing => msg::finding::ADDRESS_STREET_MISSING,
        FindingCode::AddressCityMissing => msg::finding::ADDRESS_CITY_MISSING,
        FindingCode::AddressStateMissing => msg::finding::ADDRESS_STATE_MISSING,
        FindingCode::AddressPostalCodeMissing => msg::finding::ADDRESS_POSTAL_CODE_MISSING,
        FindingCode::ContactsTooFew => msg::finding::CONTACT_TOO_FEW,
        FindingCode::PrimaryContactMissing => msg::finding::CONTACT_PRIMARY_MISSING,
        FindingCode::PrimaryContactNotUnique => msg::finding::CONTACT_PRIMARY_NOT_UNIQUE,
        FindingCode::PrimaryContactNotOfficer => msg::finding::CONTACT_PRIMARY_NOT_OFFICER,
        FindingCode::ContactFirstNameMissing => msg::finding::CONTACT_FIRST_NAME_MISSING,
        FindingCode::ContactLastNameMissing => msg::finding::CONTACT_LAST_NAME_MISSING,
        FindingCode::ContactEmailMissing => msg::finding::CONTACT_EMAIL_MISSING,
        FindingCode::ContactEmailDuplicate => msg::finding::CONTACT_EMAIL_DUPLICATE,
        FindingCode::ContactPhoneMissing => msg::finding::CONTACT_PHONE_MISSING,
        FindingCode::ProgramNumberMissing => msg::finding::PROGRAM_NUMBER_MISSING,
        FindingCode::ProgramCountryMissing => msg::finding::PROGRAM_COUNTRY_MISSING,
        FindingCode::AccountNameMissing => msg::finding::ACCOUNT_NAME_MISSING,
        FindingCode::IdentifierRequired => msg::finding::ACCOUNT_IDENTIFIER_REQUIRED,
        FindingCode::IdentifierAdvised => msg::finding::ACCOUNT_IDENTIFIER_ADVISED,
        FindingCode::IdentifierValueMissing => msg::finding::ACCOUNT_IDENTIFIER_VALUE_MISSING,
        FindingCode::IdentifierNotUsed => msg::finding::ACCOUNT_IDENTIFIER_NOT_USED,
        FindingCode::IdentifierRepeated => msg::finding::ACCOUNT_IDENTIFIER_REPEATED,
        FindingCode::AnniversaryDateMissing => msg::finding::ACCOUNT_ANNIVERSARY_MISSING,
        FindingCode::AnnualReviewWindowOpen => msg::finding::ACCOUNT_ANNUAL_REVIEW_OPEN,
        FindingCode::AnnualReviewOverdue => msg::finding::ACCOUNT_ANNUAL_REVIEW_OVERDUE,
        FindingCode::AnswerMissing => msg::finding::ANSWER_MISSING,
        FindingCode::NarrativeMissing => msg::finding::ANSWER_NARRATIVE_MISSING,
        FindingCode::JustificationMissing => msg::finding::ANSWER_JUSTIFICATION_MISSING,
        FindingCode::PlannedDateMissing => msg::finding::ANSWER_PLANNED_DATE_MISSING,
        FindingCode::PlannedDateAdvised => msg::finding::ANSWER_PLANNED_DATE_ADVISED,
        FindingCode::PlannedDatePassed => msg::finding::ANSWER_PLANNED_DATE_PASSED,
        FindingCode::EvidenceTitleMissing => msg::finding::EVIDENCE_TITLE_MISSING,
        FindingCode::EvidenceFileNameMissing => msg::finding::EVIDENCE_FILE_NAME_MISSING,
        FindingCode::EvidenceDigestInvalid => msg::finding::EVIDENCE_DIGEST_INVALID,
        FindingCode::PartnerNameMissing => msg::finding::PARTNER_NAME_MISSING,
        FindingCode::PartnerCountryMissing => msg::finding::PARTNER_COUNTRY_MISSING,
        FindingCode::PartnerCtpatNumberMissing => msg::finding::PARTNER_CTPAT_NUMBER_MISSING,
        FindingCode::PartnerAeoProgramMissing => msg::finding::PARTNER_AEO_PROGRAM_MISSING,
        FindingCode::PartnerAeoNumberMissing => msg::finding::PARTNER_AEO_NUMBER_MISSING,
        FindingCode::PartnerScreeningDateMissing => msg::finding::PARTNER_SCREENING_MISSING,
        FindingCode::PartnerRiskLevelMissing => msg::finding::PARTNER_RISK_LEVEL_MISSING,
        FindingCode::PartnerAssessmentDue => msg::finding::PARTNER_ASSESSMENT_DUE,
        FindingCode::FacilityNameMissing => msg::finding::FACILITY_NAME_MISSING,
        FindingCode::VideoRetentionMissing => msg::finding::FACILITY_RETENTION_MISSING,
        FindingCode::VideoCamerasMissing => msg::finding::FACILITY_CAMERAS_MISSING,
        FindingCode::AlarmMonitorMissing => msg::finding::FACILITY_ALARM_MONITOR_MISSING,
        FindingCode::AlarmTestMissing => msg::finding::FACILITY_ALARM_TEST_MISSING,
        FindingCode::ScreeningPolicyDescriptionMissing => {
            msg::finding::PERSONNEL_DESCRIPTION_MISSING
        }
        FindingCode::TrainingDateMissing => msg::finding::TRAINING_DATE_MISSING,
        FindingCode::TrainingTopicMissing => msg::finding::TRAINING_TOPIC_MISSING,
        FindingCode::TrainingAudienceMissing => msg::finding::TRAINING_AUDIENCE_MISSING,
        FindingCode::ItControlNameMissing => msg::finding::IT_CONTROL_NAME_MISSING,
        FindingCode::ItControlOwnerMissing => msg::finding::IT_CONTROL_OWNER_MISSING,
    }
}
