//! The list of identifier kinds the editor knows, with their stable names and message keys.
//!
//! The kebab-case name of each kind is stored in drafts and exported files, so it must never
//! change; the message keys tie each kind to its label and its two generic messages (nothing
//! entered, wrong format) in `i18n/messages/identifiers.json`.

use serde::{Deserialize, Serialize};

use crate::i18n::{MessageKey, msg};

/// Declares the kinds once, so the enum, its stable name and its message keys cannot drift apart.
macro_rules! identifier_kinds {
    ($( $(#[$doc:meta])* $variant:ident => $kebab:literal, $label:path, $empty:path, $format:path; )+) => {
        /// A kind of identifier a C-TPAT account, address or contact can carry (docs/domain.md §4).
        ///
        /// The serialized (kebab-case) name is stable: drafts and exported files store it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum IdentifierKind {
            $( $(#[$doc])* $variant, )+
        }

        impl IdentifierKind {
            /// Every kind, in the order the editor lists them.
            pub const ALL: &'static [IdentifierKind] = &[$(IdentifierKind::$variant),+];

            /// The stable serialized name (`scac`, `usdot-number`, …).
            pub fn key(self) -> &'static str {
                match self { $(IdentifierKind::$variant => $kebab,)+ }
            }

            /// Message key of the identifier's name as shown to the user (`identifier.scac.label`).
            pub fn label_key(self) -> MessageKey {
                match self { $(IdentifierKind::$variant => $label,)+ }
            }

            /// Message key for "nothing was entered" (`identifier.scac.empty`).
            pub fn empty_key(self) -> MessageKey {
                match self { $(IdentifierKind::$variant => $empty,)+ }
            }

            /// Message key for "this does not have the expected shape" (`identifier.scac.format`).
            pub fn format_key(self) -> MessageKey {
                match self { $(IdentifierKind::$variant => $format,)+ }
            }
        }
    };
}

identifier_kinds! {
    /// U.S. importer of record number: IRS number with suffix, SSN, or CBP-assigned number.
    ImporterOfRecordNumber => "importer-of-record-number",
        msg::identifier::IMPORTER_OF_RECORD_NUMBER_LABEL, msg::identifier::IMPORTER_OF_RECORD_NUMBER_EMPTY, msg::identifier::IMPORTER_OF_RECORD_NUMBER_FORMAT;
    /// U.S. employer identification number (IRS), without an importer suffix.
    Ein => "ein",
        msg::identifier::EIN_LABEL, msg::identifier::EIN_EMPTY, msg::identifier::EIN_FORMAT;
    /// CBP bond number (importer, carrier or custodial bond).
    CbpBondNumber => "cbp-bond-number",
        msg::identifier::CBP_BOND_NUMBER_LABEL, msg::identifier::CBP_BOND_NUMBER_EMPTY, msg::identifier::CBP_BOND_NUMBER_FORMAT;
    /// Manufacturer identification code.
    Mid => "mid",
        msg::identifier::MID_LABEL, msg::identifier::MID_EMPTY, msg::identifier::MID_FORMAT;
    /// Mexican taxpayer registry number (Registro Federal de Contribuyentes).
    Rfc => "rfc",
        msg::identifier::RFC_LABEL, msg::identifier::RFC_EMPTY, msg::identifier::RFC_FORMAT;
    /// CBSA business number with program account (BN15).
    BusinessNumber => "business-number",
        msg::identifier::BUSINESS_NUMBER_LABEL, msg::identifier::BUSINESS_NUMBER_EMPTY, msg::identifier::BUSINESS_NUMBER_FORMAT;
    /// Standard Carrier Alpha Code.
    Scac => "scac",
        msg::identifier::SCAC_LABEL, msg::identifier::SCAC_EMPTY, msg::identifier::SCAC_FORMAT;
    /// U.S. Department of Transportation number.
    UsdotNumber => "usdot-number",
        msg::identifier::USDOT_NUMBER_LABEL, msg::identifier::USDOT_NUMBER_EMPTY, msg::identifier::USDOT_NUMBER_FORMAT;
    /// FMCSA operating authority docket (MC, MX or FF number).
    MotorCarrierDocket => "motor-carrier-docket",
        msg::identifier::MOTOR_CARRIER_DOCKET_LABEL, msg::identifier::MOTOR_CARRIER_DOCKET_EMPTY, msg::identifier::MOTOR_CARRIER_DOCKET_FORMAT;
    /// Federal Maritime Commission organization number.
    FmcOrganizationNumber => "fmc-organization-number",
        msg::identifier::FMC_ORGANIZATION_NUMBER_LABEL, msg::identifier::FMC_ORGANIZATION_NUMBER_EMPTY, msg::identifier::FMC_ORGANIZATION_NUMBER_FORMAT;
    /// Federal Maritime Commission marine terminal operator number.
    FmcMtoNumber => "fmc-mto-number",
        msg::identifier::FMC_MTO_NUMBER_LABEL, msg::identifier::FMC_MTO_NUMBER_EMPTY, msg::identifier::FMC_MTO_NUMBER_FORMAT;
    /// IATA organization number of a consolidator.
    IataOrganizationNumber => "iata-organization-number",
        msg::identifier::IATA_ORGANIZATION_NUMBER_LABEL, msg::identifier::IATA_ORGANIZATION_NUMBER_EMPTY, msg::identifier::IATA_ORGANIZATION_NUMBER_FORMAT;
    /// IATA two-character airline designator.
    IataAirlineDesignator => "iata-airline-designator",
        msg::identifier::IATA_AIRLINE_DESIGNATOR_LABEL, msg::identifier::IATA_AIRLINE_DESIGNATOR_EMPTY, msg::identifier::IATA_AIRLINE_DESIGNATOR_FORMAT;
    /// IATA three-digit airline prefix (accounting code).
    IataAirlinePrefix => "iata-airline-prefix",
        msg::identifier::IATA_AIRLINE_PREFIX_LABEL, msg::identifier::IATA_AIRLINE_PREFIX_EMPTY, msg::identifier::IATA_AIRLINE_PREFIX_FORMAT;
    /// U.S. customs broker license number.
    CustomsBrokerLicense => "customs-broker-license",
        msg::identifier::CUSTOMS_BROKER_LICENSE_LABEL, msg::identifier::CUSTOMS_BROKER_LICENSE_EMPTY, msg::identifier::CUSTOMS_BROKER_LICENSE_FORMAT;
    /// CBP entry filer code.
    FilerCode => "filer-code",
        msg::identifier::FILER_CODE_LABEL, msg::identifier::FILER_CODE_EMPTY, msg::identifier::FILER_CODE_FORMAT;
    /// FIRMS code of a CBP bonded facility.
    FirmsCode => "firms-code",
        msg::identifier::FIRMS_CODE_LABEL, msg::identifier::FIRMS_CODE_EMPTY, msg::identifier::FIRMS_CODE_FORMAT;
    /// Dun & Bradstreet D-U-N-S number.
    DunsNumber => "duns-number",
        msg::identifier::DUNS_NUMBER_LABEL, msg::identifier::DUNS_NUMBER_EMPTY, msg::identifier::DUNS_NUMBER_FORMAT;
    /// Mexican federal motor transport permit (SCT / SICT).
    SctPermit => "sct-permit",
        msg::identifier::SCT_PERMIT_LABEL, msg::identifier::SCT_PERMIT_EMPTY, msg::identifier::SCT_PERMIT_FORMAT;
    /// U.S. ZIP code.
    UsZipCode => "us-zip-code",
        msg::identifier::US_ZIP_CODE_LABEL, msg::identifier::US_ZIP_CODE_EMPTY, msg::identifier::US_ZIP_CODE_FORMAT;
    /// Canadian postal code.
    CanadianPostalCode => "canadian-postal-code",
        msg::identifier::CANADIAN_POSTAL_CODE_LABEL, msg::identifier::CANADIAN_POSTAL_CODE_EMPTY, msg::identifier::CANADIAN_POSTAL_CODE_FORMAT;
    /// Mexican postal code (código postal).
    MexicanPostalCode => "mexican-postal-code",
        msg::identifier::MEXICAN_POSTAL_CODE_LABEL, msg::identifier::MEXICAN_POSTAL_CODE_EMPTY, msg::identifier::MEXICAN_POSTAL_CODE_FORMAT;
    /// E-mail address.
    EmailAddress => "email-address",
        msg::identifier::EMAIL_ADDRESS_LABEL, msg::identifier::EMAIL_ADDRESS_EMPTY, msg::identifier::EMAIL_ADDRESS_FORMAT;
    /// Telephone or fax number.
    TelephoneNumber => "telephone-number",
        msg::identifier::TELEPHONE_NUMBER_LABEL, msg::identifier::TELEPHONE_NUMBER_EMPTY, msg::identifier::TELEPHONE_NUMBER_FORMAT;
}

impl IdentifierKind {
    /// Parses a stable serialized name.
    pub fn from_key(key: &str) -> Option<IdentifierKind> {
        IdentifierKind::ALL
            .iter()
            .copied()
            .find(|kind| kind.key() == key)
    }
}

impl std::fmt::Display for IdentifierKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_match_serde_names_and_round_trip() {
        for &kind in IdentifierKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.key()));
            assert_eq!(IdentifierKind::from_key(kind.key()), Some(kind));
        }
    }

    #[test]
    fn every_kind_has_a_label_and_both_generic_messages() {
        let catalogue = crate::i18n::messages();
        for &kind in IdentifierKind::ALL {
            for key in [kind.label_key(), kind.empty_key(), kind.format_key()] {
                assert!(catalogue.contains(key.as_str()), "missing message {key}");
            }
        }
    }
}
