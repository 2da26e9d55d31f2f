//! One entry point for every identifier: [`parse_identifier`] turns the text of a field of a
//! given [`IdentifierKind`] into a typed [`Identifier`] or an [`IdentifierError`], so the
//! validation engine and the UI need not know each family's parser.

use super::problem::{FormatError, IdentifierWarning, MessageArgs, Severity};
use super::*;

/// A parsed, well-formed identifier of any kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Identifier {
    /// Importer of record number.
    ImporterOfRecordNumber(ImporterNumber),
    /// Employer identification number.
    Ein(Ein),
    /// CBP bond number.
    CbpBondNumber(CbpBondNumber),
    /// Manufacturer identification code.
    Mid(Mid),
    /// Mexican RFC.
    Rfc(Rfc),
    /// CBSA business number (BN15).
    BusinessNumber(BusinessNumber),
    /// Standard Carrier Alpha Code.
    Scac(Scac),
    /// USDOT number.
    UsdotNumber(UsdotNumber),
    /// MC, MX or FF docket.
    MotorCarrierDocket(MotorCarrierDocket),
    /// FMC organization number.
    FmcOrganizationNumber(FmcOrganizationNumber),
    /// FMC marine terminal operator number.
    FmcMtoNumber(FmcMtoNumber),
    /// IATA organization number.
    IataOrganizationNumber(IataOrganizationNumber),
    /// IATA airline designator.
    IataAirlineDesignator(IataAirlineDesignator),
    /// IATA airline prefix.
    IataAirlinePrefix(IataAirlinePrefix),
    /// Customs broker license number.
    CustomsBrokerLicense(CustomsBrokerLicense),
    /// Entry filer code.
    FilerCode(FilerCode),
    /// FIRMS code.
    FirmsCode(FirmsCode),
    /// D-U-N-S number.
    DunsNumber(DunsNumber),
    /// Mexican federal motor transport permit.
    SctPermit(SctPermit),
    /// U.S., Canadian or Mexican postal code.
    PostalCode(PostalCode),
    /// E-mail address.
    EmailAddress(EmailAddress),
    /// Telephone or fax number.
    TelephoneNumber(TelephoneNumber),
}

/// Why the text of an identifier field is wrong. Every variant is an error (it blocks export);
/// advice on well-formed values comes as [`IdentifierWarning`]s.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdentifierError {
    /// Importer of record number.
    #[error(transparent)]
    ImporterNumber(#[from] ImporterNumberError),
    /// Employer identification number.
    #[error(transparent)]
    Ein(#[from] EinError),
    /// MID.
    #[error(transparent)]
    Mid(#[from] MidError),
    /// RFC.
    #[error(transparent)]
    Rfc(#[from] RfcError),
    /// BN15.
    #[error(transparent)]
    BusinessNumber(#[from] BusinessNumberError),
    /// SCAC.
    #[error(transparent)]
    Scac(#[from] ScacError),
    /// E-mail address.
    #[error(transparent)]
    Email(#[from] EmailError),
    /// Telephone number.
    #[error(transparent)]
    Telephone(#[from] TelephoneError),
    /// Any code whose only rule is its shape.
    #[error(transparent)]
    Format(#[from] FormatError),
}

impl IdentifierError {
    /// Always [`Severity::Error`].
    pub fn severity(&self) -> Severity {
        Severity::Error
    }

    /// Values for the message's placeholders.
    pub fn args(&self) -> MessageArgs {
        match self {
            IdentifierError::ImporterNumber(error) => error.args(),
            IdentifierError::Ein(error) => error.args(),
            IdentifierError::Mid(error) => error.args(),
            IdentifierError::Rfc(error) => error.args(),
            IdentifierError::BusinessNumber(error) => error.args(),
            IdentifierError::Scac(error) => error.args(),
            IdentifierError::Email(error) => error.args(),
            IdentifierError::Telephone(error) => error.args(),
            IdentifierError::Format(error) => error.args(),
        }
    }
}

/// Parses the text of a field holding an identifier of `kind`.
pub fn parse_identifier(kind: IdentifierKind, text: &str) -> Result<Identifier, IdentifierError> {
    use IdentifierKind as K;
    let postal = |country| PostalCode::parse(country, text).map(Identifier::PostalCode);
    Ok(match kind {
        K::ImporterOfRecordNumber => {
            Identifier::ImporterOfRecordNumber(ImporterNumber::parse(text)?)
        }
        K::Ein => Identifier::Ein(Ein::parse(text)?),
        K::CbpBondNumber => Identifier::CbpBondNumber(CbpBondNumber::parse(text)?),
        K::Mid => Identifier::Mid(Mid::parse(text)?),
        K::Rfc => Identifier::Rfc(Rfc::parse(text)?),
        K::BusinessNumber => Identifier::BusinessNumber(BusinessNumber::parse(text)?),
        K::Scac => Identifier::Scac(Scac::parse(text)?),
        K::UsdotNumber => Identifier::UsdotNumber(UsdotNumber::parse(text)?),
        K::MotorCarrierDocket => Identifier::MotorCarrierDocket(MotorCarrierDocket::parse(text)?),
        K::FmcOrganizationNumber => {
            Identifier::FmcOrganizationNumber(FmcOrganizationNumber::parse(text)?)
        }
        K::FmcMtoNumber => Identifier::FmcMtoNumber(FmcMtoNumber::parse(text)?),
        K::IataOrganizationNumber => {
            Identifier::IataOrganizationNumber(IataOrganizationNumber::parse(text)?)
        }
        K::IataAirlineDesignator => {
            Identifier::IataAirlineDesignator(IataAirlineDesignator::parse(text)?)
        }
        K::IataAirlinePrefix => Identifier::IataAirlinePrefix(IataAirlinePrefix::parse(text)?),
        K::CustomsBrokerLicense => {
            Identifier::CustomsBrokerLicense(CustomsBrokerLicense::parse(text)?)
        }
        K::FilerCode => Identifier::FilerCode(FilerCode::parse(text)?),
        K::FirmsCode => Identifier::FirmsCode(FirmsCode::parse(text)?),
        K::DunsNumber => Identifier::DunsNumber(DunsNumber::parse(text)?),
        K::SctPermit => Identifier::SctPermit(SctPermit::parse(text)?),
        K::UsZipCode => postal(PostalCountry::UnitedStates)?,
        K::CanadianPostalCode => postal(PostalCountry::Canada)?,
        K::MexicanPostalCode => postal(PostalCountry::Mexico)?,
        K::EmailAddress => Identifier::EmailAddress(EmailAddress::parse(text)?),
        K::TelephoneNumber => Identifier::TelephoneNumber(TelephoneNumber::parse(text)?),
    })
}

impl Identifier {
    /// The kind of identifier this is.
    pub fn kind(&self) -> IdentifierKind {
        use IdentifierKind as K;
        match self {
            Identifier::ImporterOfRecordNumber(_) => K::ImporterOfRecordNumber,
            Identifier::Ein(_) => K::Ein,
            Identifier::CbpBondNumber(_) => K::CbpBondNumber,
            Identifier::Mid(_) => K::Mid,
            Identifier::Rfc(_) => K::Rfc,
            Identifier::BusinessNumber(_) => K::BusinessNumber,
            Identifier::Scac(_) => K::Scac,
            Identifier::UsdotNumber(_) => K::UsdotNumber,
            Identifier::MotorCarrierDocket(_) => K::MotorCarrierDocket,
            Identifier::FmcOrganizationNumber(_) => K::FmcOrganizationNumber,
            Identifier::FmcMtoNumber(_) => K::FmcMtoNumber,
            Identifier::IataOrganizationNumber(_) => K::IataOrganizationNumber,
            Identifier::IataAirlineDesignator(_) => K::IataAirlineDesignator,
            Identifier::IataAirlinePrefix(_) => K::IataAirlinePrefix,
            Identifier::CustomsBrokerLicense(_) => K::CustomsBrokerLicense,
            Identifier::FilerCode(_) => K::FilerCode,
            Identifier::FirmsCode(_) => K::FirmsCode,
            Identifier::DunsNumber(_) => K::DunsNumber,
            Identifier::SctPermit(_) => K::SctPermit,
            Identifier::PostalCode(code) => code.country().kind(),
            Identifier::EmailAddress(_) => K::EmailAddress,
            Identifier::TelephoneNumber(_) => K::TelephoneNumber,
        }
    }

    /// Advice on the value itself, independent of the rest of the profile: an RFC check digit
    /// that does not match, a business number that is not the import/export account, a SCAC
    /// ending in a letter kept for equipment. Checks
    /// that need other fields (MID against the manufacturer's address, SCAC length against the
    /// business type) are [`Mid::construction_warning`] and [`Scac::length_warning`].
    pub fn warnings(&self) -> Vec<IdentifierWarning> {
        let warning = match self {
            Identifier::Rfc(rfc) => rfc.check_digit_warning(),
            Identifier::BusinessNumber(number) => number.program_warning(),
            Identifier::Scac(scac) => scac.reserved_ending_warning(),
            _ => None,
        };
        warning.into_iter().collect()
    }
}

impl std::fmt::Display for Identifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Identifier::ImporterOfRecordNumber(value) => value.fmt(f),
            Identifier::Ein(value) => value.fmt(f),
            Identifier::CbpBondNumber(value) => value.fmt(f),
            Identifier::Mid(value) => value.fmt(f),
            Identifier::Rfc(value) => value.fmt(f),
            Identifier::BusinessNumber(value) => value.fmt(f),
            Identifier::Scac(value) => value.fmt(f),
            Identifier::UsdotNumber(value) => value.fmt(f),
            Identifier::MotorCarrierDocket(value) => value.fmt(f),
            Identifier::FmcOrganizationNumber(value) => value.fmt(f),
            Identifier::FmcMtoNumber(value) => value.fmt(f),
            Identifier::IataOrganizationNumber(value) => value.fmt(f),
            Identifier::IataAirlineDesignator(value) => value.fmt(f),
            Identifier::IataAirlinePrefix(value) => value.fmt(f),
            Identifier::CustomsBrokerLicense(value) => value.fmt(f),
            Identifier::FilerCode(value) => value.fmt(f),
            Identifier::FirmsCode(value) => value.fmt(f),
            Identifier::DunsNumber(value) => value.fmt(f),
            Identifier::SctPermit(value) => value.fmt(f),
            Identifier::PostalCode(value) => value.fmt(f),
            Identifier::EmailAddress(value) => value.fmt(f),
            Identifier::TelephoneNumber(value) => value.fmt(f),
        }
    }
}
