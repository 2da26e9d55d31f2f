//! The list of identifier kinds the editor knows, with their stable names and message keys.
//!
//! The kebab-case name of each kind is stored in drafts and exported files, so it must never
//! change; the message keys tie each kind to its label and its two generic messages (nothing
//! entered, wrong format) in `i18n/messages/identifiers.json`.

use serde::{Deserialize, Serialize};

/// Declares the kinds once, so the enum, its stable name and its message keys cannot drift apart.
macro_rules! identifier_kinds {
    ($( $(#[$doc:meta])* $variant:ident => $kebab:literal, $snake:literal; )+) => {
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
            pub fn label_key(self) -> &'static str {
                match self { $(IdentifierKind::$variant => concat!("identifier.", $snake, ".label"),)+ }
            }

            /// Message key for "nothing was entered" (`identifier.scac.empty`).
            pub fn empty_key(self) -> &'static str {
                match self { $(IdentifierKind::$variant => concat!("identifier.", $snake, ".empty"),)+ }
            }

            /// Message key for "this does not have the expected shape" (`identifier.scac.format`).
            pub fn format_key(self) -> &'static str {
                match self { $(IdentifierKind::$variant => concat!("identifier.", $snake, ".format"),)+ }
            }
        }
    };
}

identifier_kinds! {
    /// U.S. importer of record number: IRS number with suffix, SSN, or CBP-assigned number.
    ImporterOfRecordNumber => "importer-of-record-number", "importer_of_record_number";
    /// U.S. employer identification number (IRS), without an importer suffix.
    Ein => "ein", "ein";
    /// CBP bond number (importer, carrier or custodial bond).
    CbpBondNumber => "cbp-bond-number", "cbp_bond_number";
    /// Manufacturer identification code.
    Mid => "mid", "mid";
    /// Mexican taxpayer registry number (Registro Federal de Contribuyentes).
    Rfc => "rfc", "rfc";
    /// CBSA business number with program account (BN15).
    BusinessNumber => "business-number", "business_number";
    /// Standard Carrier Alpha Code.
    Scac => "scac", "scac";
    /// U.S. Department of Transportation number.
    UsdotNumber => "usdot-number", "usdot_number";
    /// FMCSA operating authority docket (MC, MX or FF number).
    MotorCarrierDocket => "motor-carrier-docket", "motor_carrier_docket";
    /// Federal Maritime Commission organization number.
    FmcOrganizationNumber => "fmc-organization-number", "fmc_organization_number";
    /// Federal Maritime Commission marine terminal operator number.
    FmcMtoNumber => "fmc-mto-number", "fmc_mto_number";
    /// IATA organization number of a consolidator.
    IataOrganizationNumber => "iata-organization-number", "iata_organization_number";
    /// IATA two-character airline designator.
    IataAirlineDesignator => "iata-airline-designator", "iata_airline_designator";
    /// IATA three-digit airline prefix (accounting code).
    IataAirlinePrefix => "iata-airline-prefix", "iata_airline_prefix";
    /// U.S. customs broker license number.
    CustomsBrokerLicense => "customs-broker-license", "customs_broker_license";
    /// CBP entry filer code.
    FilerCode => "filer-code", "filer_code";
    /// FIRMS code of a CBP bonded facility.
    FirmsCode => "firms-code", "firms_code";
    /// Dun & Bradstreet D-U-N-S number.
    DunsNumber => "duns-number", "duns_number";
    /// Mexican federal motor transport permit (SCT / SICT).
    SctPermit => "sct-permit", "sct_permit";
    /// U.S. ZIP code.
    UsZipCode => "us-zip-code", "us_zip_code";
    /// Canadian postal code.
    CanadianPostalCode => "canadian-postal-code", "canadian_postal_code";
    /// Mexican postal code (código postal).
    MexicanPostalCode => "mexican-postal-code", "mexican_postal_code";
    /// E-mail address.
    EmailAddress => "email-address", "email_address";
    /// Telephone or fax number.
    TelephoneNumber => "telephone-number", "telephone_number";
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
                assert!(catalogue.contains(key), "missing message {key}");
            }
        }
    }
}
