//! The main account's own information, as the Portal's organization profile asks for it: company
//! information, addresses, contacts and international program memberships (docs/domain.md §3.1).
//!
//! Every text field holds exactly what the user typed, valid or not; rules live in
//! `domain::validation`, never here.

use serde::{Deserialize, Serialize};

/// Company information of the trade organization (Portal "Company Information").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase", default)]
pub struct TradeOrganization {
    /// The registered legal name of the company.
    pub legal_name: String,
    /// "Doing business as" name, if the company trades under another name.
    pub dba: String,
    /// Main company telephone number.
    pub phone: String,
    /// Company fax number (optional in the Portal).
    pub fax: String,
    /// Company web address.
    pub website: String,
    /// The date the business started, ISO `YYYY-MM-DD`.
    pub business_start_date: String,
    /// Current number of employees; `None` until the user gives one.
    pub number_of_employees: Option<u32>,
    /// The company's ownership structure.
    pub ownership_type: Option<OwnershipType>,
    /// A brief history of the company, as the Portal asks for it.
    pub brief_history: String,
}

/// The ownership structure of a company (Portal "Owner Type").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "kebab-case")]
pub enum OwnershipType {
    /// Corporation (publicly or privately held).
    Corporation,
    /// Limited liability company.
    LimitedLiabilityCompany,
    /// Partnership.
    Partnership,
    /// Sole proprietorship.
    SoleProprietorship,
    /// Government-owned or other structure.
    Other,
}

/// A place, as the Portal's address form asks for it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase", default)]
pub struct PostalAddress {
    /// ISO 3166-1 alpha-2 country code (`US`, `CA`, `MX`), as typed.
    pub country: String,
    /// Street address, first line.
    pub line1: String,
    /// Street address, second line (optional).
    pub line2: String,
    /// City.
    pub city: String,
    /// State, province or Mexican state.
    pub state_province: String,
    /// ZIP code, Canadian postal code or Mexican código postal.
    pub postal_code: String,
}

/// What an address of the organization is used for (Portal "Address Type").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "kebab-case")]
pub enum AddressKind {
    /// Headquarters (the Portal requires one).
    Headquarters,
    /// Mailing address.
    Mailing,
    /// Import or export cargo-handling facility.
    CargoHandlingFacility,
    /// Trade or security point-of-contact office.
    SecurityOffice,
    /// Any other address (policy or training location, …).
    Other,
}

/// One typed address of the organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    /// Stable id chosen by the caller; findings and links refer to the address by it.
    pub id: String,
    /// What the address is used for.
    pub kind: AddressKind,
    /// Where it is.
    #[serde(flatten)]
    pub place: PostalAddress,
}

/// A person the Portal lists as a contact of the organization.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase", default)]
pub struct Contact {
    /// Stable id chosen by the caller.
    pub id: String,
    /// Given name.
    pub first_name: String,
    /// Family name.
    pub last_name: String,
    /// Job title.
    pub title: String,
    /// E-mail address; the Portal uses it as the user name, so it must be unique.
    pub email: String,
    /// Telephone number.
    pub phone: String,
    /// Whether this person is a company officer (only officers may sign agreements and submit).
    pub company_officer: bool,
    /// Whether this person is the primary point of contact (exactly one, and an officer).
    pub primary_contact: bool,
}

/// A supply-chain security program the organization belongs to besides C-TPAT.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "kebab-case")]
pub enum Program {
    /// Canada's Partners in Protection.
    Pip,
    /// Mexico's Operador Económico Autorizado.
    Oea,
    /// Another country's Authorized Economic Operator program.
    OtherAeo,
}

/// Membership of an international program (Portal "International Program Participation").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase")]
pub struct ProgramMembership {
    /// Stable id chosen by the caller.
    pub id: String,
    /// Which program.
    pub program: Program,
    /// For another AEO program: the country that runs it (ISO-2), as typed.
    #[serde(default)]
    pub country: String,
    /// The membership or certificate number, as typed.
    #[serde(default)]
    pub number: String,
}
