//! What validation reports: a finding names the field it concerns (a path the UI links to), a
//! stable code, whether it blocks export, and the message key and arguments the UI shows.
//!
//! The codes are a table (one macro row per rule) so their message keys and severities live in
//! one place and tests can check every key against the message catalogue.

use crate::domain::field_path::FieldPath;
use crate::domain::identifiers::IdentifierKind;
use crate::i18n::{MessageKey, msg};

/// Whether a finding blocks export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Must be fixed before the profile can be exported.
    Error,
    /// Advice: worth fixing, never blocking.
    Warning,
}

/// One problem found in a workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The field concerned (or the item, for a rule about an item or a list as a whole).
    pub path: FieldPath,
    /// The rule that found it.
    pub code: FindingCode,
    /// Whether it blocks export.
    pub severity: Severity,
    /// The message catalogue key of the text shown to the user.
    pub message_key: MessageKey,
    /// Values for the message's `{placeholders}`, shown as they are.
    pub args: Vec<(&'static str, String)>,
    /// The identifier kinds a finding about a missing identifier names, any one of which will
    /// do: the UI shows their names, in the user's language, as the `{identifier}` placeholder.
    pub identifier_kinds: Vec<IdentifierKind>,
}

impl Finding {
    /// A finding of `code` at `path`, with the code's own message and severity.
    pub fn new(path: FieldPath, code: FindingCode) -> Self {
        Finding {
            path,
            code,
            severity: code.severity(),
            message_key: code.message_key(),
            args: Vec::new(),
            identifier_kinds: Vec::new(),
        }
    }

    /// The same finding with a value for one of its message's placeholders.
    pub fn with_arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// Whether it blocks export.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The finding a field at `path` shows among `found`: its first error, else its first warning.
/// A field shows one message at a time, and the one that blocks comes first.
pub fn shown_at<'a>(
    found: impl IntoIterator<Item = &'a Finding>,
    path: &FieldPath,
) -> Option<&'a Finding> {
    let mut warning = None;
    for finding in found.into_iter().filter(|finding| finding.path == *path) {
        if finding.is_error() {
            return Some(finding);
        }
        warning.get_or_insert(finding);
    }
    warning
}

macro_rules! finding_codes {
    ($( $(#[$doc:meta])* $name:ident => $key:path, $severity:ident; )*) => {
        /// Every rule validation applies, each with its message key and severity.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum FindingCode {
            $( $(#[$doc])* $name, )*
        }

        impl FindingCode {
            /// Every code, for tests and for documentation screens.
            pub const ALL: &'static [FindingCode] = &[$(FindingCode::$name,)*];

            /// The message key of the code's own text (also its stable name).
            pub fn message_key(self) -> MessageKey {
                match self { $(FindingCode::$name => $key,)* }
            }

            /// Whether findings of this code block export.
            pub fn severity(self) -> Severity {
                match self { $(FindingCode::$name => Severity::$severity,)* }
            }
        }
    };
}

finding_codes! {
    /// A date that is not a real `YYYY-MM-DD` date.
    DateInvalid => msg::finding::DATE_INVALID, Error;
    /// A date of something that already happened lies in the future.
    DateInFuture => msg::finding::DATE_IN_FUTURE, Error;
    /// A country that is not a two-letter ISO code.
    CountryInvalid => msg::finding::COUNTRY_INVALID, Error;
    /// A value rejected by an identifier check (the message comes from that check).
    IdentifierInvalid => msg::finding::IDENTIFIER_INVALID, Error;
    /// A value an identifier check doubts but accepts (the message comes from that check).
    IdentifierDoubtful => msg::finding::IDENTIFIER_DOUBTFUL, Warning;

    /// The company's legal name is empty.
    LegalNameMissing => msg::finding::ORGANIZATION_LEGAL_NAME_MISSING, Error;
    /// The company telephone is empty.
    CompanyPhoneMissing => msg::finding::ORGANIZATION_PHONE_MISSING, Error;
    /// The web address does not look like one.
    WebsiteInvalid => msg::finding::ORGANIZATION_WEBSITE_INVALID, Warning;
    /// No number of employees.
    NumberOfEmployeesMissing => msg::finding::ORGANIZATION_EMPLOYEES_MISSING, Warning;
    /// No ownership type.
    OwnershipTypeMissing => msg::finding::ORGANIZATION_OWNERSHIP_TYPE_MISSING, Warning;
    /// No brief history.
    BriefHistoryMissing => msg::finding::ORGANIZATION_BRIEF_HISTORY_MISSING, Warning;

    /// No headquarters address.
    HeadquartersMissing => msg::finding::ADDRESS_HEADQUARTERS_MISSING, Error;
    /// An address without country.
    AddressCountryMissing => msg::finding::ADDRESS_COUNTRY_MISSING, Error;
    /// An address without street.
    AddressStreetMissing => msg::finding::ADDRESS_STREET_MISSING, Error;
    /// An address without city.
    AddressCityMissing => msg::finding::ADDRESS_CITY_MISSING, Error;
    /// A U.S., Canadian or Mexican address without state or province.
    AddressStateMissing => msg::finding::ADDRESS_STATE_MISSING, Error;
    /// An address without postal code.
    AddressPostalCodeMissing => msg::finding::ADDRESS_POSTAL_CODE_MISSING, Error;

    /// Fewer than two contacts.
    ContactsTooFew => msg::finding::CONTACT_TOO_FEW, Error;
    /// Nobody is the primary point of contact.
    PrimaryContactMissing => msg::finding::CONTACT_PRIMARY_MISSING, Error;
    /// More than one primary point of contact.
    PrimaryContactNotUnique => msg::finding::CONTACT_PRIMARY_NOT_UNIQUE, Error;
    /// The primary point of contact is not a company officer.
    PrimaryContactNotOfficer => msg::finding::CONTACT_PRIMARY_NOT_OFFICER, Error;
    /// A contact without first name.
    ContactFirstNameMissing => msg::finding::CONTACT_FIRST_NAME_MISSING, Error;
    /// A contact without last name.
    ContactLastNameMissing => msg::finding::CONTACT_LAST_NAME_MISSING, Error;
    /// A contact without e-mail.
    ContactEmailMissing => msg::finding::CONTACT_EMAIL_MISSING, Error;
    /// Two contacts share an e-mail address.
    ContactEmailDuplicate => msg::finding::CONTACT_EMAIL_DUPLICATE, Error;
    /// A contact without telephone.
    ContactPhoneMissing => msg::finding::CONTACT_PHONE_MISSING, Warning;

    /// A program membership without number.
    ProgramNumberMissing => msg::finding::PROGRAM_NUMBER_MISSING, Error;
    /// Another AEO program without its country.
    ProgramCountryMissing => msg::finding::PROGRAM_COUNTRY_MISSING, Error;

    /// An account without name.
    AccountNameMissing => msg::finding::ACCOUNT_NAME_MISSING, Error;
    /// An identifier the business type requires is missing.
    IdentifierRequired => msg::finding::ACCOUNT_IDENTIFIER_REQUIRED, Error;
    /// An identifier CBP asks for "if applicable" is missing.
    IdentifierAdvised => msg::finding::ACCOUNT_IDENTIFIER_ADVISED, Warning;
    /// An identifier row left empty.
    IdentifierValueMissing => msg::finding::ACCOUNT_IDENTIFIER_VALUE_MISSING, Error;
    /// An identifier the business type does not use.
    IdentifierNotUsed => msg::finding::ACCOUNT_IDENTIFIER_NOT_USED, Warning;
    /// The same identifier entered twice in one account.
    IdentifierRepeated => msg::finding::ACCOUNT_IDENTIFIER_REPEATED, Warning;
    /// A certified account without partner anniversary date.
    AnniversaryDateMissing => msg::finding::ACCOUNT_ANNIVERSARY_MISSING, Warning;
    /// The annual review window is open.
    AnnualReviewWindowOpen => msg::finding::ACCOUNT_ANNUAL_REVIEW_OPEN, Warning;
    /// The annual review is overdue.
    AnnualReviewOverdue => msg::finding::ACCOUNT_ANNUAL_REVIEW_OVERDUE, Warning;

    /// An applicable criterion is not answered.
    AnswerMissing => msg::finding::ANSWER_MISSING, Error;
    /// An answer without narrative.
    NarrativeMissing => msg::finding::ANSWER_NARRATIVE_MISSING, Error;
    /// "Not applicable" without justification.
    JustificationMissing => msg::finding::ANSWER_JUSTIFICATION_MISSING, Error;
    /// A Must criterion not fully implemented without planned date.
    PlannedDateMissing => msg::finding::ANSWER_PLANNED_DATE_MISSING, Error;
    /// A Should criterion not fully implemented without planned date.
    PlannedDateAdvised => msg::finding::ANSWER_PLANNED_DATE_ADVISED, Warning;
    /// The planned date has passed.
    PlannedDatePassed => msg::finding::ANSWER_PLANNED_DATE_PASSED, Warning;
    /// Evidence without title.
    EvidenceTitleMissing => msg::finding::EVIDENCE_TITLE_MISSING, Error;
    /// Evidence without file name.
    EvidenceFileNameMissing => msg::finding::EVIDENCE_FILE_NAME_MISSING, Error;
    /// Evidence whose SHA-256 is not 64 hexadecimal digits.
    EvidenceDigestInvalid => msg::finding::EVIDENCE_DIGEST_INVALID, Error;

    /// A business partner without name.
    PartnerNameMissing => msg::finding::PARTNER_NAME_MISSING, Error;
    /// A business partner without country.
    PartnerCountryMissing => msg::finding::PARTNER_COUNTRY_MISSING, Error;
    /// A partner said to be C-TPAT certified, without its number.
    PartnerCtpatNumberMissing => msg::finding::PARTNER_CTPAT_NUMBER_MISSING, Error;
    /// A partner said to be AEO certified, without the program.
    PartnerAeoProgramMissing => msg::finding::PARTNER_AEO_PROGRAM_MISSING, Error;
    /// A partner said to be AEO certified, without its number.
    PartnerAeoNumberMissing => msg::finding::PARTNER_AEO_NUMBER_MISSING, Error;
    /// A partner never screened.
    PartnerScreeningDateMissing => msg::finding::PARTNER_SCREENING_MISSING, Warning;
    /// A partner without risk level.
    PartnerRiskLevelMissing => msg::finding::PARTNER_RISK_LEVEL_MISSING, Warning;
    /// A high-risk partner without a security assessment in the last year.
    PartnerAssessmentDue => msg::finding::PARTNER_ASSESSMENT_DUE, Warning;

    /// A facility without name.
    FacilityNameMissing => msg::finding::FACILITY_NAME_MISSING, Error;
    /// Video surveillance without retention period.
    VideoRetentionMissing => msg::finding::FACILITY_RETENTION_MISSING, Error;
    /// Video surveillance without number of cameras.
    VideoCamerasMissing => msg::finding::FACILITY_CAMERAS_MISSING, Warning;
    /// An alarm nobody is said to monitor.
    AlarmMonitorMissing => msg::finding::FACILITY_ALARM_MONITOR_MISSING, Warning;
    /// An alarm never said to be tested.
    AlarmTestMissing => msg::finding::FACILITY_ALARM_TEST_MISSING, Warning;

    /// A written screening policy that is not described.
    ScreeningPolicyDescriptionMissing => msg::finding::PERSONNEL_DESCRIPTION_MISSING, Error;

    /// A training record without date.
    TrainingDateMissing => msg::finding::TRAINING_DATE_MISSING, Error;
    /// A training record without topic.
    TrainingTopicMissing => msg::finding::TRAINING_TOPIC_MISSING, Error;
    /// A training record without audience.
    TrainingAudienceMissing => msg::finding::TRAINING_AUDIENCE_MISSING, Warning;

    /// An IT control without name.
    ItControlNameMissing => msg::finding::IT_CONTROL_NAME_MISSING, Error;
    /// An IT control without owner.
    ItControlOwnerMissing => msg::finding::IT_CONTROL_OWNER_MISSING, Warning;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::field_path::Owner;

    #[test]
    fn a_field_shows_its_error_before_its_warning_and_nothing_of_other_fields() {
        let website = Owner::Organization.field("website");
        let email = |contact: &str| Owner::Contact(contact.into()).field("email");
        let found = [
            Finding::new(website.clone(), FindingCode::WebsiteInvalid),
            Finding::new(email("c1"), FindingCode::IdentifierDoubtful),
            Finding::new(email("c1"), FindingCode::DateInvalid),
        ];
        let shown = shown_at(&found, &email("c1")).map(|finding| finding.code);
        assert_eq!(shown, Some(FindingCode::DateInvalid));
        let shown = shown_at(&found, &website).map(|finding| finding.code);
        assert_eq!(
            shown,
            Some(FindingCode::WebsiteInvalid),
            "a lone warning is shown"
        );
        assert_eq!(shown_at(&found, &email("c2")), None);
    }
}
