//! What validation reports: a finding names the field it concerns (the address the UI links
//! to), the rule that found it, whether it blocks export, and the values its message shows.
//! It says what is wrong, not how to say it: the message catalogue words each code
//! (`i18n::findings`).
//!
//! The codes are a table (one macro row per rule) so their severities live in one place.

use crate::domain::field_path::FieldPath;
use crate::domain::identifiers::{IdentifierKind, IdentifierProblem};

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
    /// What an identifier check reported, for a finding of
    /// [`FindingCode::IdentifierInvalid`] or [`FindingCode::IdentifierDoubtful`]: the page words
    /// the check's own problem rather than the code's general one.
    pub problem: Option<IdentifierProblem>,
    /// Values for the message's `{placeholders}`, shown as they are.
    pub args: Vec<(&'static str, String)>,
    /// The identifier kinds a finding about a missing identifier names, any one of which will
    /// do: the UI shows their names, in the user's language, as the `{identifier}` placeholder.
    pub identifier_kinds: Vec<IdentifierKind>,
}

impl Finding {
    /// A finding of `code` at `path`, with the code's severity.
    pub fn new(path: FieldPath, code: FindingCode) -> Self {
        Finding {
            path,
            code,
            severity: code.severity(),
            problem: None,
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
    ($( $(#[$doc:meta])* $name:ident => $severity:ident; )*) => {
        /// Every rule validation applies, each with its severity.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum FindingCode {
            $( $(#[$doc])* $name, )*
        }

        impl FindingCode {
            /// Every code, for tests and for documentation screens.
            pub const ALL: &'static [FindingCode] = &[$(FindingCode::$name,)*];

            /// Whether findings of this code block export.
            pub fn severity(self) -> Severity {
                match self { $(FindingCode::$name => Severity::$severity,)* }
            }
        }
    };
}

finding_codes! {
    /// A date that is not a real `YYYY-MM-DD` date.
    DateInvalid => Error;
    /// A date of something that already happened lies in the future.
    DateInFuture => Error;
    /// A country that is not a two-letter ISO code.
    CountryInvalid => Error;
    /// A value rejected by an identifier check (the message comes from that check).
    IdentifierInvalid => Error;
    /// A value an identifier check doubts but accepts (the message comes from that check).
    IdentifierDoubtful => Warning;

    /// The company's legal name is empty.
    LegalNameMissing => Error;
    /// The company telephone is empty.
    CompanyPhoneMissing => Error;
    /// The web address does not look like one.
    WebsiteInvalid => Warning;
    /// No number of employees.
    NumberOfEmployeesMissing => Warning;
    /// No ownership type.
    OwnershipTypeMissing => Warning;
    /// No brief history.
    BriefHistoryMissing => Warning;

    /// No headquarters address.
    HeadquartersMissing => Error;
    /// An address without country.
    AddressCountryMissing => Error;
    /// An address without street.
    AddressStreetMissing => Error;
    /// An address without city.
    AddressCityMissing => Error;
    /// A U.S., Canadian or Mexican address without state or province.
    AddressStateMissing => Error;
    /// An address without postal code.
    AddressPostalCodeMissing => Error;

    /// Fewer than two contacts.
    ContactsTooFew => Error;
    /// Nobody is the primary point of contact.
    PrimaryContactMissing => Error;
    /// More than one primary point of contact.
    PrimaryContactNotUnique => Error;
    /// The primary point of contact is not a company officer.
    PrimaryContactNotOfficer => Error;
    /// A contact without first name.
    ContactFirstNameMissing => Error;
    /// A contact without last name.
    ContactLastNameMissing => Error;
    /// A contact without e-mail.
    ContactEmailMissing => Error;
    /// Two contacts share an e-mail address.
    ContactEmailDuplicate => Error;
    /// A contact without telephone.
    ContactPhoneMissing => Warning;

    /// A program membership without number.
    ProgramNumberMissing => Error;
    /// Another AEO program without its country.
    ProgramCountryMissing => Error;

    /// An account without name.
    AccountNameMissing => Error;
    /// An identifier the business type requires is missing.
    IdentifierRequired => Error;
    /// An identifier CBP asks for "if applicable" is missing.
    IdentifierAdvised => Warning;
    /// An identifier row left empty.
    IdentifierValueMissing => Error;
    /// An identifier the business type does not use.
    IdentifierNotUsed => Warning;
    /// The same identifier entered twice in one account.
    IdentifierRepeated => Warning;
    /// A certified account without partner anniversary date.
    AnniversaryDateMissing => Warning;
    /// The annual review window is open.
    AnnualReviewWindowOpen => Warning;
    /// The annual review is overdue.
    AnnualReviewOverdue => Warning;

    /// An applicable criterion is not answered.
    AnswerMissing => Error;
    /// An answer without narrative.
    NarrativeMissing => Error;
    /// "Not applicable" without justification.
    JustificationMissing => Error;
    /// A Must criterion not fully implemented without planned date.
    PlannedDateMissing => Error;
    /// A Should criterion not fully implemented without planned date.
    PlannedDateAdvised => Warning;
    /// The planned date has passed.
    PlannedDatePassed => Warning;
    /// Evidence without title.
    EvidenceTitleMissing => Error;
    /// Evidence without file name.
    EvidenceFileNameMissing => Error;
    /// Evidence whose SHA-256 is not 64 hexadecimal digits.
    EvidenceDigestInvalid => Error;

    /// A business partner without name.
    PartnerNameMissing => Error;
    /// A business partner without country.
    PartnerCountryMissing => Error;
    /// A partner said to be C-TPAT certified, without its number.
    PartnerCtpatNumberMissing => Error;
    /// A partner said to be AEO certified, without the program.
    PartnerAeoProgramMissing => Error;
    /// A partner said to be AEO certified, without its number.
    PartnerAeoNumberMissing => Error;
    /// A partner never screened.
    PartnerScreeningDateMissing => Warning;
    /// A partner without risk level.
    PartnerRiskLevelMissing => Warning;
    /// A high-risk partner without a security assessment in the last year.
    PartnerAssessmentDue => Warning;

    /// A facility without name.
    FacilityNameMissing => Error;
    /// Video surveillance without retention period.
    VideoRetentionMissing => Error;
    /// Video surveillance without number of cameras.
    VideoCamerasMissing => Warning;
    /// An alarm nobody is said to monitor.
    AlarmMonitorMissing => Warning;
    /// An alarm never said to be tested.
    AlarmTestMissing => Warning;

    /// A written screening policy that is not described.
    ScreeningPolicyDescriptionMissing => Error;

    /// A training record without date.
    TrainingDateMissing => Error;
    /// A training record without topic.
    TrainingTopicMissing => Error;
    /// A training record without audience.
    TrainingAudienceMissing => Warning;

    /// An IT control without name.
    ItControlNameMissing => Error;
    /// An IT control without owner.
    ItControlOwnerMissing => Warning;
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
