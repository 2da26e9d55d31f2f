//! The list of identifier kinds the editor knows, with their stable names.
//!
//! The kebab-case name of each kind is stored in drafts and exported files, so it must never
//! change. Their labels and messages are the message catalogue's business (`i18n::identifiers`).

use serde::{Deserialize, Serialize};

/// Declares the kinds once, so the enum and its stable names cannot drift apart.
macro_rules! identifier_kinds {
    ($( $(#[$doc:meta])* $variant:ident => $kebab:literal; )+) => {
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
        }
    };
}

identifier_kinds! {
    /// U.S. importer of record number: IRS number with suffix, SSN, or CBP-assigned number.
    ImporterOfRecordNumber => "importer-of-record-number";
    /// U.S. employer identification number (IRS), without an importer suffix.
    Ein => "ein";
    /// CBP bond number (importer, carrier or custodial bond).
    CbpBondNumber => "cbp-bond-number";
    /// Manufacturer identification code.
    Mid => "mid";
    /// Mexican taxpayer registry number (Registro Federal de Contribuyentes).
    Rfc => "rfc";
    /// CBSA business number with program account (BN15).
    BusinessNumber => "business-number";
    /// Standard Carrier Alpha Code.
    Scac => "scac";
    /// U.S. Department of Transportation number.
    UsdotNumber => "usdot-number";
    /// FMCSA operating authority docket (MC, MX or FF number).
    MotorCarrierDocket => "motor-carrier-docket";
    /// Federal Maritime Commission organization number.
    FmcOrganizationNumber => "fmc-organization-number";
    /// Federal Maritime Commission marine terminal operator number.
    FmcMtoNumber => "fmc-mto-number";
    /// IATA organization number of a consolidator.
    IataOrganizationNumber => "iata-organization-number";
    /// IATA two-character airline designator.
    IataAirlineDesignator => "iata-airline-designator";
    /// IATA three-digit airline prefix (accounting code).
    IataAirlinePrefix => "iata-airline-prefix";
    /// U.S. customs broker license number.
    CustomsBrokerLicense => "customs-broker-license";
    /// CBP entry filer code.
    FilerCode => "filer-code";
    /// FIRMS code of a CBP bonded facility.
    FirmsCode => "firms-code";
    /// Dun & Bradstreet D-U-N-S number.
    DunsNumber => "duns-number";
    /// Mexican federal motor transport permit (SCT / SICT).
    SctPermit => "sct-permit";
    /// U.S. ZIP code.
    UsZipCode => "us-zip-code";
    /// Canadian postal code.
    CanadianPostalCode => "canadian-postal-code";
    /// Mexican postal code (código postal).
    MexicanPostalCode => "mexican-postal-code";
    /// E-mail address.
    EmailAddress => "email-address";
    /// Telephone or fax number.
    TelephoneNumber => "telephone-number";
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
}
