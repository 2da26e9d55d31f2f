//! How the catalogue words identifiers: each kind's name, and each problem an identifier check
//! can report. The checks (`domain::identifiers`) say what is wrong in their own terms; which
//! message the user reads is decided here, once, for the field messages, the error summaries
//! and the lists of missing identifiers alike.

use super::{MessageKey, msg};
use crate::domain::identifiers::{
    BusinessNumberError, EinError, EmailError, FormatError, IdentifierError, IdentifierKind,
    IdentifierProblem, IdentifierWarning, ImporterNumberError, MidError, RfcError, ScacError,
    TelephoneError,
};

/// The message of a problem an identifier check reported.
pub fn identifier_problem(problem: &IdentifierProblem) -> MessageKey {
    match problem {
        IdentifierProblem::Invalid(error) => identifier_error(error),
        IdentifierProblem::Doubtful(warning) => identifier_warning(warning),
    }
}

/// Why a code of fixed shape is refused.
fn format_error(error: &FormatError) -> MessageKey {
    match error {
        FormatError::Empty { kind } => nothing_entered(*kind),
        FormatError::Format { kind, .. } => wrong_shape(*kind),
    }
}

/// What to check about an accepted identifier.
pub fn identifier_warning(warning: &IdentifierWarning) -> MessageKey {
    match warning {
        IdentifierWarning::MidConstruction { .. } => msg::identifier::MID_CONSTRUCTION_MISMATCH,
        IdentifierWarning::RfcCheckDigit { .. } => msg::identifier::RFC_CHECK_DIGIT,
        IdentifierWarning::BusinessNumberNotImportExport { .. } => {
            msg::identifier::BUSINESS_NUMBER_NOT_IMPORT_EXPORT
        }
        IdentifierWarning::ScacReservedEnding { .. } => msg::identifier::SCAC_RESERVED_ENDING,
        IdentifierWarning::ScacShorterThanFour { .. } => msg::identifier::SCAC_SHORTER_THAN_FOUR,
    }
}

/// Why an identifier is refused, whatever its kind.
pub fn identifier_error(error: &IdentifierError) -> MessageKey {
    match error {
        IdentifierError::ImporterNumber(error) => importer_number_error(error),
        IdentifierError::Ein(error) => ein_error(error),
        IdentifierError::Mid(error) => mid_error(error),
        IdentifierError::Rfc(error) => rfc_error(error),
        IdentifierError::BusinessNumber(error) => business_number_error(error),
        IdentifierError::Scac(error) => scac_error(error),
        IdentifierError::Email(error) => email_error(error),
        IdentifierError::Telephone(error) => telephone_error(error),
        IdentifierError::Format(error) => format_error(error),
    }
}

/// Why a MID is refused.
fn mid_error(error: &MidError) -> MessageKey {
    match error {
        MidError::Empty => msg::identifier::MID_EMPTY,
        MidError::Format { .. } => msg::identifier::MID_FORMAT,
        MidError::TooLong { .. } => msg::identifier::MID_TOO_LONG,
        MidError::Canada => msg::identifier::MID_CANADA,
        MidError::UnknownCountry { .. } => msg::identifier::MID_UNKNOWN_COUNTRY,
    }
}

/// Why an RFC is refused.
fn rfc_error(error: &RfcError) -> MessageKey {
    match error {
        RfcError::Empty => msg::identifier::RFC_EMPTY,
        RfcError::Format { .. } => msg::identifier::RFC_FORMAT,
        RfcError::Date { .. } => msg::identifier::RFC_DATE,
    }
}

/// Why a SCAC is refused.
fn scac_error(error: &ScacError) -> MessageKey {
    match error {
        ScacError::Empty => msg::identifier::SCAC_EMPTY,
        ScacError::Format { .. } => msg::identifier::SCAC_FORMAT,
    }
}

/// Why a telephone number is refused.
fn telephone_error(error: &TelephoneError) -> MessageKey {
    match error {
        TelephoneError::Empty => msg::identifier::TELEPHONE_NUMBER_EMPTY,
        TelephoneError::Format { .. } => msg::identifier::TELEPHONE_NUMBER_FORMAT,
        TelephoneError::DigitCount { .. } => msg::identifier::TELEPHONE_NUMBER_DIGIT_COUNT,
    }
}

/// Why a business number is refused.
fn business_number_error(error: &BusinessNumberError) -> MessageKey {
    match error {
        BusinessNumberError::Empty => msg::identifier::BUSINESS_NUMBER_EMPTY,
        BusinessNumberError::Format { .. } => msg::identifier::BUSINESS_NUMBER_FORMAT,
        BusinessNumberError::MissingProgram { .. } => {
            msg::identifier::BUSINESS_NUMBER_MISSING_PROGRAM
        }
        BusinessNumberError::CheckDigit { .. } => msg::identifier::BUSINESS_NUMBER_CHECK_DIGIT,
        BusinessNumberError::UnknownProgram { .. } => {
            msg::identifier::BUSINESS_NUMBER_UNKNOWN_PROGRAM
        }
    }
}

/// Why an importer of record number is refused.
fn importer_number_error(error: &ImporterNumberError) -> MessageKey {
    match error {
        ImporterNumberError::Empty => msg::identifier::IMPORTER_OF_RECORD_NUMBER_EMPTY,
        ImporterNumberError::Format { .. } => msg::identifier::IMPORTER_OF_RECORD_NUMBER_FORMAT,
        ImporterNumberError::Ambiguous { .. } => {
            msg::identifier::IMPORTER_OF_RECORD_NUMBER_AMBIGUOUS
        }
        ImporterNumberError::MissingSuffix { .. } => {
            msg::identifier::IMPORTER_OF_RECORD_NUMBER_MISSING_SUFFIX
        }
        ImporterNumberError::IrsPrefix { .. } => msg::identifier::EIN_UNKNOWN_PREFIX,
        ImporterNumberError::SuffixLetter { .. } => {
            msg::identifier::IMPORTER_OF_RECORD_NUMBER_SUFFIX_LETTER
        }
        ImporterNumberError::SsnArea { .. } => msg::identifier::IMPORTER_OF_RECORD_NUMBER_SSN_AREA,
        ImporterNumberError::SsnGroup => msg::identifier::IMPORTER_OF_RECORD_NUMBER_SSN_GROUP,
        ImporterNumberError::SsnSerial => msg::identifier::IMPORTER_OF_RECORD_NUMBER_SSN_SERIAL,
    }
}

/// Why an e-mail address is refused.
fn email_error(error: &EmailError) -> MessageKey {
    match error {
        EmailError::Empty => msg::identifier::EMAIL_ADDRESS_EMPTY,
        EmailError::MissingAt { .. } => msg::identifier::EMAIL_ADDRESS_MISSING_AT,
        EmailError::Spaces { .. } => msg::identifier::EMAIL_ADDRESS_SPACES,
        EmailError::DomainWithoutDot { .. } => msg::identifier::EMAIL_ADDRESS_DOMAIN_WITHOUT_DOT,
        EmailError::TooLong { .. } => msg::identifier::EMAIL_ADDRESS_TOO_LONG,
        EmailError::Format { .. } => msg::identifier::EMAIL_ADDRESS_FORMAT,
    }
}

/// Why an EIN is refused.
fn ein_error(error: &EinError) -> MessageKey {
    match error {
        EinError::Empty => msg::identifier::EIN_EMPTY,
        EinError::Format { .. } => msg::identifier::EIN_FORMAT,
        EinError::UnknownPrefix { .. } => msg::identifier::EIN_UNKNOWN_PREFIX,
    }
}

macro_rules! kind_messages {
    ($( $variant:ident => $label:path, $empty:path, $format:path; )+) => {
        /// The identifier's name as shown to the user (a field label, a list of missing identifiers).
        pub fn identifier_label(kind: IdentifierKind) -> MessageKey {
            match kind { $(IdentifierKind::$variant => $label,)+ }
        }

        /// "Nothing was entered" for a code of this kind.
        fn nothing_entered(kind: IdentifierKind) -> MessageKey {
            match kind { $(IdentifierKind::$variant => $empty,)+ }
        }

        /// "This does not have the expected shape" for a code of this kind.
        fn wrong_shape(kind: IdentifierKind) -> MessageKey {
            match kind { $(IdentifierKind::$variant => $format,)+ }
        }
    };
}

kind_messages! {
    ImporterOfRecordNumber =>
        msg::identifier::IMPORTER_OF_RECORD_NUMBER_LABEL, msg::identifier::IMPORTER_OF_RECORD_NUMBER_EMPTY, msg::identifier::IMPORTER_OF_RECORD_NUMBER_FORMAT;
    Ein =>
        msg::identifier::EIN_LABEL, msg::identifier::EIN_EMPTY, msg::identifier::EIN_FORMAT;
    CbpBondNumber =>
        msg::identifier::CBP_BOND_NUMBER_LABEL, msg::identifier::CBP_BOND_NUMBER_EMPTY, msg::identifier::CBP_BOND_NUMBER_FORMAT;
    Mid =>
        msg::identifier::MID_LABEL, msg::identifier::MID_EMPTY, msg::identifier::MID_FORMAT;
    Rfc =>
        msg::identifier::RFC_LABEL, msg::identifier::RFC_EMPTY, msg::identifier::RFC_FORMAT;
    BusinessNumber =>
        msg::identifier::BUSINESS_NUMBER_LABEL, msg::identifier::BUSINESS_NUMBER_EMPTY, msg::identifier::BUSINESS_NUMBER_FORMAT;
    Scac =>
        msg::identifier::SCAC_LABEL, msg::identifier::SCAC_EMPTY, msg::identifier::SCAC_FORMAT;
    UsdotNumber =>
        msg::identifier::USDOT_NUMBER_LABEL, msg::identifier::USDOT_NUMBER_EMPTY, msg::identifier::USDOT_NUMBER_FORMAT;
    MotorCarrierDocket =>
        msg::identifier::MOTOR_CARRIER_DOCKET_LABEL, msg::identifier::MOTOR_CARRIER_DOCKET_EMPTY, msg::identifier::MOTOR_CARRIER_DOCKET_FORMAT;
    FmcOrganizationNumber =>
        msg::identifier::FMC_ORGANIZATION_NUMBER_LABEL, msg::identifier::FMC_ORGANIZATION_NUMBER_EMPTY, msg::identifier::FMC_ORGANIZATION_NUMBER_FORMAT;
    FmcMtoNumber =>
        msg::identifier::FMC_MTO_NUMBER_LABEL, msg::identifier::FMC_MTO_NUMBER_EMPTY, msg::identifier::FMC_MTO_NUMBER_FORMAT;
    IataOrganizationNumber =>
        msg::identifier::IATA_ORGANIZATION_NUMBER_LABEL, msg::identifier::IATA_ORGANIZATION_NUMBER_EMPTY, msg::identifier::IATA_ORGANIZATION_NUMBER_FORMAT;
    IataAirlineDesignator =>
        msg::identifier::IATA_AIRLINE_DESIGNATOR_LABEL, msg::identifier::IATA_AIRLINE_DESIGNATOR_EMPTY, msg::identifier::IATA_AIRLINE_DESIGNATOR_FORMAT;
    IataAirlinePrefix =>
        msg::identifier::IATA_AIRLINE_PREFIX_LABEL, msg::identifier::IATA_AIRLINE_PREFIX_EMPTY, msg::identifier::IATA_AIRLINE_PREFIX_FORMAT;
    CustomsBrokerLicense =>
        msg::identifier::CUSTOMS_BROKER_LICENSE_LABEL, msg::identifier::CUSTOMS_BROKER_LICENSE_EMPTY, msg::identifier::CUSTOMS_BROKER_LICENSE_FORMAT;
    FilerCode =>
        msg::identifier::FILER_CODE_LABEL, msg::identifier::FILER_CODE_EMPTY, msg::identifier::FILER_CODE_FORMAT;
    FirmsCode =>
        msg::identifier::FIRMS_CODE_LABEL, msg::identifier::FIRMS_CODE_EMPTY, msg::identifier::FIRMS_CODE_FORMAT;
    DunsNumber =>
        msg::identifier::DUNS_NUMBER_LABEL, msg::identifier::DUNS_NUMBER_EMPTY, msg::identifier::DUNS_NUMBER_FORMAT;
    SctPermit =>
        msg::identifier::SCT_PERMIT_LABEL, msg::identifier::SCT_PERMIT_EMPTY, msg::identifier::SCT_PERMIT_FORMAT;
    UsZipCode =>
        msg::identifier::US_ZIP_CODE_LABEL, msg::identifier::US_ZIP_CODE_EMPTY, msg::identifier::US_ZIP_CODE_FORMAT;
    CanadianPostalCode =>
        msg::identifier::CANADIAN_POSTAL_CODE_LABEL, msg::identifier::CANADIAN_POSTAL_CODE_EMPTY, msg::identifier::CANADIAN_POSTAL_CODE_FORMAT;
    MexicanPostalCode =>
        msg::identifier::MEXICAN_POSTAL_CODE_LABEL, msg::identifier::MEXICAN_POSTAL_CODE_EMPTY, msg::identifier::MEXICAN_POSTAL_CODE_FORMAT;
    EmailAddress =>
        msg::identifier::EMAIL_ADDRESS_LABEL, msg::identifier::EMAIL_ADDRESS_EMPTY, msg::identifier::EMAIL_ADDRESS_FORMAT;
    TelephoneNumber =>
        msg::identifier::TELEPHONE_NUMBER_LABEL, msg::identifier::TELEPHONE_NUMBER_EMPTY, msg::identifier::TELEPHONE_NUMBER_FORMAT;
}
