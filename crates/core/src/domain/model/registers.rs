//! The registers a Security Profile relies on: business partners, facilities, personnel
//! screening, training and IT controls. The criteria ask "do you screen partners, light the
//! perimeter, keep footage…"; these registers hold the facts behind those answers.

use serde::{Deserialize, Serialize};

use super::organization::PostalAddress;
use super::profile::EvidenceReference;

/// What a business partner does for the company.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "kebab-case")]
pub enum PartnerRole {
    /// Supplier or vendor of goods.
    Supplier,
    /// Manufacturer.
    Manufacturer,
    /// Carrier (highway, rail, sea, air).
    Carrier,
    /// Customs broker.
    CustomsBroker,
    /// Consolidator, freight forwarder or NVOCC.
    Consolidator,
    /// Warehouse or third-party logistics provider.
    Warehouse,
    /// Any other service provider.
    Other,
}

/// What the company knows of a partner's certification in a security program.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "kebab-case")]
pub enum CertificationStatus {
    /// Not asked or not known yet.
    #[default]
    Unknown,
    /// The partner is not certified.
    NotCertified,
    /// The partner says it is certified (its number should then be recorded and verified).
    Certified,
}

/// Which mutual-recognition program a partner's AEO certification belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "kebab-case")]
pub enum AeoProgram {
    /// Canada's Partners in Protection.
    Pip,
    /// Mexico's Operador Económico Autorizado.
    Oea,
    /// Another country's Authorized Economic Operator program.
    OtherAeo,
}

/// The risk a partner presents, from the company's risk assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "kebab-case")]
pub enum RiskLevel {
    /// Low risk.
    Low,
    /// Medium risk.
    Medium,
    /// High risk: needs a recent security assessment.
    High,
}

/// A business partner and what the company checked about it (MSC category 3).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase", default)]
pub struct BusinessPartner {
    /// Stable id chosen by the caller.
    pub id: String,
    /// The partner's name.
    pub name: String,
    /// The partner's country, ISO-2, as typed.
    pub country: String,
    /// What the partner does.
    pub role: Option<PartnerRole>,
    /// C-TPAT certification as the partner states it.
    pub ctpat_status: CertificationStatus,
    /// The partner's C-TPAT account number, as typed.
    pub ctpat_number: String,
    /// Certification in PIP, OEA or another AEO program.
    pub aeo_status: CertificationStatus,
    /// Which program the AEO certification belongs to.
    pub aeo_program: Option<AeoProgram>,
    /// The AEO certificate number, as typed.
    pub aeo_number: String,
    /// When the partner was last screened, ISO `YYYY-MM-DD`.
    pub screening_date: String,
    /// The partner's risk level.
    pub risk_level: Option<RiskLevel>,
    /// When the partner's security was last assessed, ISO `YYYY-MM-DD`.
    pub last_security_assessment: String,
}

/// Whether an alarm protects a facility, and who answers it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase", default)]
pub struct AlarmSystem {
    /// Whether there is an intrusion alarm.
    pub present: bool,
    /// Who monitors it (company or service).
    pub monitored_by: String,
    /// When it was last tested, ISO `YYYY-MM-DD`.
    pub last_test: String,
}

/// The facility's cameras and what is done with their footage (MSC category 9).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase", default)]
pub struct VideoSurveillance {
    /// Whether there is video surveillance.
    pub present: bool,
    /// Number of cameras.
    pub cameras: Option<u32>,
    /// Whether the cameras cover the cargo handling and storage areas.
    pub cargo_areas_covered: bool,
    /// Whether it records around the clock.
    pub recording_24_7: bool,
    /// How many days footage is kept.
    pub retention_days: Option<u32>,
    /// When footage was last reviewed, ISO `YYYY-MM-DD`.
    pub last_footage_review: String,
}

/// How people and vehicles are let in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase", default)]
pub struct AccessControl {
    /// Employees wear identification badges.
    pub badges: bool,
    /// Visitors are logged.
    pub visitor_log: bool,
    /// Drivers' identification is checked on arrival.
    pub driver_id_checks: bool,
    /// Security guards are posted.
    pub guards: bool,
}

/// A facility and its physical security (MSC categories 9 and 10).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase", default)]
pub struct Facility {
    /// Stable id chosen by the caller.
    pub id: String,
    /// The name the company uses for the facility.
    pub name: String,
    /// Where it is.
    pub address: PostalAddress,
    /// Barriers and fencing around cargo handling and storage areas.
    pub barriers_and_fencing: String,
    /// Lighting of entrances, exits, cargo areas, fences and parking.
    pub lighting: String,
    /// Intrusion alarm.
    pub alarm: AlarmSystem,
    /// Video surveillance.
    pub video: VideoSurveillance,
    /// Access control.
    pub access_control: AccessControl,
}

/// How personnel are screened (MSC category 11).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase", default)]
pub struct PersonnelScreeningPolicy {
    /// Whether a written screening policy exists.
    pub written_policy: bool,
    /// Whether application information (employment history, references) is verified.
    pub verifies_application_information: bool,
    /// Whether background checks are done, where the law allows.
    pub background_checks: bool,
    /// How often employees in sensitive positions are rescreened, in months.
    pub rescreening_interval_months: Option<u32>,
    /// Whether there is a code of conduct employees acknowledge.
    pub code_of_conduct: bool,
    /// The policy in the company's words.
    pub description: String,
    /// When the policy was last reviewed, ISO `YYYY-MM-DD`.
    pub last_reviewed: String,
}

/// A security training session (MSC category 12).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase", default)]
pub struct TrainingRecord {
    /// Stable id chosen by the caller.
    pub id: String,
    /// When it was given, ISO `YYYY-MM-DD`.
    pub date: String,
    /// What it covered.
    pub topic: String,
    /// Who it was for (drivers, warehouse staff, …).
    pub audience: String,
    /// How many attended.
    pub attendees: Option<u32>,
    /// Sign-in sheets, material, certificates.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        proptest(strategy = "super::arbitrary::few()")
    )]
    pub evidence: Vec<EvidenceReference>,
}

/// An IT or cybersecurity control (MSC category 4, Cybersecurity).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase", default)]
pub struct ItControl {
    /// Stable id chosen by the caller.
    pub id: String,
    /// The control's name (password policy, backups, antivirus, …).
    pub name: String,
    /// How it works.
    pub description: String,
    /// Who owns it.
    pub owner: String,
    /// When it was last tested or reviewed, ISO `YYYY-MM-DD`.
    pub last_tested: String,
}
