//! Identifier checks: every number, code and address part a C-TPAT account or its contacts
//! carry (docs/domain.md §4), each a parser from text to a typed value or a typed error, never
//! a bare yes/no, plus which identifiers each business type must and may give (docs/domain.md
//! §2.2).
//!
//! - Errors ([`IdentifierError`] and the per-family errors it wraps) block export; warnings
//!   ([`IdentifierWarning`]) advise on well-formed values (MID construction, RFC check digit,
//!   a non-import/export business number, a short highway-carrier SCAC).
//! - Each problem says what is wrong in its own variants and gives the values its message
//!   shows (`args()`); the message catalogue words it (`i18n::identifiers`).
//! - Parsers trim, upper-case codes that are upper-case, accept the hyphens and spaces people
//!   type, and `Display` the canonical form, which parses back to the same value.
//!
//! Pure Rust: no browser crate. Hand-written because no maintained crate covers these U.S.,
//! Canadian and Mexican trade identifiers; the crates for e-mail and telephone numbers either
//! check far more than a profile needs or weigh too much for the app's size budget.

mod business_number;
mod country_codes;
mod customs_broker;
mod duns;
mod ein;
mod email;
mod firms;
pub(crate) mod fixed_code;
mod fmc;
mod iata;
mod identifier;
mod importer_number;
mod kind;
mod mid;
mod mid_construction;
mod motor_carrier;
mod postal_code;
mod problem;
mod requirements;
mod rfc;
mod scac;
mod telephone;
mod unpublished_format;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties;

pub use business_number::{BusinessNumber, BusinessNumberError};
pub use country_codes::{CANADIAN_PROVINCE_CODES, is_canadian_province_code, is_iso_country};
pub use customs_broker::{CustomsBrokerLicense, FilerCode};
pub use duns::DunsNumber;
pub use ein::{Ein, EinError};
pub use email::{EmailAddress, EmailError};
pub use firms::FirmsCode;
pub use fmc::{FmcMtoNumber, FmcOrganizationNumber};
pub use iata::{IataAirlineDesignator, IataAirlinePrefix, IataOrganizationNumber};
pub use identifier::{Identifier, IdentifierError, parse_identifier};
pub use importer_number::{ImporterNumber, ImporterNumberError};
pub use kind::IdentifierKind;
pub use mid::{MID_MAX_LEN, Mid, MidError};
pub use mid_construction::{ManufacturerAddress, construct_mid_body};
pub use motor_carrier::{DocketPrefix, MotorCarrierDocket, UsdotNumber};
pub use postal_code::{PostalCode, PostalCountry};
pub use problem::{FormatError, IdentifierProblem, IdentifierWarning, MessageArgs, Severity};
pub use requirements::{IdentifierRequirement, IdentifierRules};
pub use rfc::{Rfc, RfcError, RfcHolder};
pub use scac::{Scac, ScacError};
pub use telephone::{TelephoneError, TelephoneNumber};
pub use unpublished_format::{CbpBondNumber, SctPermit};
