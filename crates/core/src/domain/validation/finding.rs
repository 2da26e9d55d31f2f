//! What validation reports: a finding names the field it concerns (a path the UI links to), a
//! stable code, whether it blocks export, and the message key and arguments the UI shows.
//!
//! The codes are a table (one macro row per rule) so their message keys and severities live in
//! one place and tests can check every key against the message catalogue.

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
    /// The field concerned, as a `/`-separated path through the JSON model, with list items
    /// named by id: `accounts/<id>/profile/partners/<id>/ctpatNumber`.
    pub path: String,
    /// The rule that found it.
    pub code: FindingCode,
    /// Whether it blocks export.
    pub severity: Severity,
    /// The message catalogue key of the text shown to the user.
    pub message_key: &'static str,
    /// Values for the message's `{placeholders}`, shown as they are, except `identifier`: it
    /// holds the label message key of an identifier kind (`identifier.scac.label`), or several
    /// joined by ` / ` when any one of them will do, for the UI to show translated.
    pub args: Vec<(&'static str, String)>,
}

impl Finding {
    /// A finding of `code` at `path`, with the code's own message and severity.
    pub fn new(path: String, code: FindingCode) -> Self {
        Finding {
            path,
            code,
            severity: code.severity(),
            message_key: code.message_key(),
            args: Vec::new(),
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
    path: &str,
) -> Option<&'a Finding> {
    let mut warning = None;
    for finding in found.into_iter().filter(|finding| finding.path == path) {
        if finding.is_error() {
            return Some(finding);
        }
        warning.get_or_insert(finding);
    }
    warning
}

macro_rules! finding_codes {
    ($( $(#[$doc:meta])* $name:ident => $key:literal, $severity:ident; )*) => {
        /// Every rule validation applies, each with its message key and severity.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum FindingCode {
            $( $(#[$doc])* $name, )*
        }

        impl FindingCode {
            /// Every code, for tests and for documentation screens.
            pub const ALL: &'static [FindingCode] = &[$(FindingCode::$name,)*];

            /// The message key of the code's own text (also its stable name).
            pub fn message_key(self) -> &'static str {
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
    DateInvalid => "finding.date.invalid", Error;
    /// A date of something that already happened lies in the future.
    DateInFuture => "finding.date.in_future", Error;
    /// A country that is not a two-letter ISO code.
    CountryInvalid => "finding.country.invalid", Error;
    /// A value rejected by an identifier check (the message comes from that check).
    IdentifierInvalid => "finding.identifier.invalid", Error;
    /// A value an identifier check doubts but accepts (the message comes from that check).
    IdentifierDoubtful => "finding.identifier.doubtful", Warning;

    /// The company's legal name is empty.
    LegalNameMissing => "finding.organization.legal_name_missing", Error;
    /// The company telephone is empty.
    CompanyPhoneMissing => "finding.organization.phone_missing", Error;
    /// The web address does not look like one.
    WebsiteInvalid => "finding.organization.website_invalid", Warning;
    /// No number of employees.
    NumberOfEmployeesMissing => "finding.organization.employees_missing", Warning;
    /// No ownership type.
    OwnershipTypeMissing => "finding.organization.ownership_type_missing", Warning;
    /// No brief history.
    BriefHistoryMissing => "finding.organization.brief_history_missing", Warning;

    /// No headquarters address.
    HeadquartersMissing => "finding.address.headquarters_missing", Error;
    /// An address without country.
    AddressCountryMissing => "finding.address.country_missing", Error;
    /// An address without street.
    AddressStreetMissing => "finding.address.street_missing", Error;
    /// An address without city.
    AddressCityMissing => "finding.address.city_missing", Error;
    /// A U.S., Canadian or Mexican address without state or province.
    AddressStateMissing => "finding.address.state_missing", Error;
    /// An address without postal code.
    AddressPostalCodeMissing => "finding.address.postal_code_missing", Error;

    /// Fewer than two contacts.
    ContactsTooFew => "finding.contact.too_few", Error;
    /// Nobody is the primary point of contact.
    PrimaryContactMissing => "finding.contact.primary_missing", Error;
    /// More than one primary point of contact.
    PrimaryContactNotUnique => "finding.contact.primary_not_unique", Error;
    /// The primary point of contact is not a company officer.
    PrimaryContactNotOfficer => "finding.contact.primary_not_officer", Error;
    /// A contact without first name.
    ContactFirstNameMissing => "finding.contact.first_name_missing", Error;
    /// A contact without last name.
    ContactLastNameMissing => "finding.contact.last_name_missing", Error;
    /// A contact without e-mail.
    ContactEmailMissing => "finding.contact.email_missing", Error;
    /// Two contacts share an e-mail address.
    ContactEmailDuplicate => "finding.contact.email_duplicate", Error;
    /// A contact without telephone.
    ContactPhoneMissing => "finding.contact.phone_missing", Warning;

    /// A program membership without number.
    ProgramNumberMissing => "finding.program.number_missing", Error;
    /// Another AEO program without its country.
    ProgramCountryMissing => "finding.program.country_missing", Error;

    /// An account without name.
    AccountNameMissing => "finding.account.name_missing", Error;
    /// An identifier the business type requires is missing.
    IdentifierRequired => "finding.account.identifier_required", Error;
    /// An identifier CBP asks for "if applicable" is missing.
    IdentifierAdvised => "finding.account.identifier_advised", Warning;
    /// An identifier row left empty.
    IdentifierValueMissing => "finding.account.identifier_value_missing", Error;
    /// An identifier the business type does not use.
    IdentifierNotUsed => "finding.account.identifier_not_used", Warning;
    /// The same identifier entered twice in one account.
    IdentifierRepeated => "finding.account.identifier_repeated", Warning;
    /// A certified account without partner anniversary date.
    AnniversaryDateMissing => "finding.account.anniversary_missing", Warning;
    /// The annual review window is open.
    AnnualReviewWindowOpen => "finding.account.annual_review_open", Warning;
    /// The annual review is overdue.
    AnnualReviewOverdue => "finding.account.annual_review_overdue", Warning;

    /// An applicable criterion is not answered.
    AnswerMissing => "finding.answer.missing", Error;
    /// An answer without narrative.
    NarrativeMissing => "finding.answer.narrative_missing", Error;
    /// "Not applicable" without justification.
    JustificationMissing => "finding.answer.justification_missing", Error;
    /// A Must criterion not fully implemented without planned date.
    PlannedDateMissing => "finding.answer.planned_date_missing", Error;
    /// A Should criterion not fully implemented without planned date.
    PlannedDateAdvised => "finding.answer.planned_date_advised", Warning;
    /// The planned date has passed.
    PlannedDatePassed => "finding.answer.planned_date_passed", Warning;
    /// Evidence without title.
    EvidenceTitleMissing => "finding.evidence.title_missing", Error;
    /// Evidence without file name.
    EvidenceFileNameMissing => "finding.evidence.file_name_missing", Error;
    /// Evidence whose SHA-256 is not 64 hexadecimal digits.
    EvidenceDigestInvalid => "finding.evidence.digest_invalid", Error;

    /// A business partner without name.
    PartnerNameMissing => "finding.partner.name_missing", Error;
    /// A business partner without country.
    PartnerCountryMissing => "finding.partner.country_missing", Error;
    /// A partner said to be C-TPAT certified, without its number.
    PartnerCtpatNumberMissing => "finding.partner.ctpat_number_missing", Error;
    /// A partner said to be AEO certified, without the program.
    PartnerAeoProgramMissing => "finding.partner.aeo_program_missing", Error;
    /// A partner said to be AEO certified, without its number.
    PartnerAeoNumberMissing => "finding.partner.aeo_number_missing", Error;
    /// A partner never screened.
    PartnerScreeningDateMissing => "finding.partner.screening_missing", Warning;
    /// A partner without risk level.
    PartnerRiskLevelMissing => "finding.partner.risk_level_missing", Warning;
    /// A high-risk partner without a security assessment in the last year.
    PartnerAssessmentDue => "finding.partner.assessment_due", Warning;

    /// A facility without name.
    FacilityNameMissing => "finding.facility.name_missing", Error;
    /// Video surveillance without retention period.
    VideoRetentionMissing => "finding.facility.retention_missing", Error;
    /// Video surveillance without number of cameras.
    VideoCamerasMissing => "finding.facility.cameras_missing", Warning;
    /// An alarm nobody is said to monitor.
    AlarmMonitorMissing => "finding.facility.alarm_monitor_missing", Warning;
    /// An alarm never said to be tested.
    AlarmTestMissing => "finding.facility.alarm_test_missing", Warning;

    /// A written screening policy that is not described.
    ScreeningPolicyDescriptionMissing => "finding.personnel.description_missing", Error;

    /// A training record without date.
    TrainingDateMissing => "finding.training.date_missing", Error;
    /// A training record without topic.
    TrainingTopicMissing => "finding.training.topic_missing", Error;
    /// A training record without audience.
    TrainingAudienceMissing => "finding.training.audience_missing", Warning;

    /// An IT control without name.
    ItControlNameMissing => "finding.it_control.name_missing", Error;
    /// An IT control without owner.
    ItControlOwnerMissing => "finding.it_control.owner_missing", Warning;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_shows_its_error_before_its_warning_and_nothing_of_other_fields() {
        let found = [
            Finding::new("organization/website".into(), FindingCode::WebsiteInvalid),
            Finding::new("contacts/c1/email".into(), FindingCode::IdentifierDoubtful),
            Finding::new("contacts/c1/email".into(), FindingCode::DateInvalid),
        ];
        let shown = shown_at(&found, "contacts/c1/email").map(|finding| finding.code);
        assert_eq!(shown, Some(FindingCode::DateInvalid));
        let shown = shown_at(&found, "organization/website").map(|finding| finding.code);
        assert_eq!(
            shown,
            Some(FindingCode::WebsiteInvalid),
            "a lone warning is shown"
        );
        assert_eq!(shown_at(&found, "contacts/c2/email"), None);
    }
}
