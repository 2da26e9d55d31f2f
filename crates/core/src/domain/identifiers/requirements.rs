//! Which identifiers each business type must and may give (docs/domain.md §2.2): importers their
//! importer of record number and bond, exporters an EIN or a DUNS, foreign manufacturers a MID,
//! carriers their SCAC, USDOT, IATA or FMC numbers, brokers a license or filer code, and so on.
//! A requirement is a single kind or a one-of group ("EIN or DUNS"); companies based in Mexico
//! also give their RFC where CBP's eligibility pages ask for it.
//!
//! Inferred rather than sourced: the 3PL group (CBP's 3PL page says only "per license": FMC,
//! DOT, …), the foreign marine terminal operator (no identifier found), the bond for
//! consolidators ("and/or" bonds in the source), and the optional identifiers each type is
//! allowed beyond its required ones.

use super::IdentifierKind;
use super::IdentifierKind as K;
use crate::domain::BusinessType;

/// One identifier requirement of a business type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentifierRequirement {
    /// This identifier must be given.
    One(IdentifierKind),
    /// At least one of these identifiers must be given.
    AnyOf(&'static [IdentifierKind]),
}

impl IdentifierRequirement {
    /// The kinds that can satisfy the requirement.
    pub fn kinds(&self) -> &[IdentifierKind] {
        match self {
            IdentifierRequirement::One(kind) => std::slice::from_ref(kind),
            IdentifierRequirement::AnyOf(kinds) => kinds,
        }
    }

    /// Whether the identifiers given satisfy the requirement.
    pub fn is_met_by(&self, given: &[IdentifierKind]) -> bool {
        self.kinds().iter().any(|kind| given.contains(kind))
    }
}

use IdentifierRequirement::{AnyOf, One};

/// The requirements and further allowed identifiers of one business type.
struct TypeRules {
    business_type: BusinessType,
    required: &'static [IdentifierRequirement],
    /// Asked for "if applicable": missing is worth a warning, never a blocking error.
    advised: &'static [IdentifierRequirement],
    /// Allowed besides those named in `required`.
    optional: &'static [IdentifierKind],
}

const CONSOLIDATOR_REQUIRED: &[IdentifierRequirement] = &[One(K::CbpBondNumber)];
/// CBP asks consolidators for their FMC or IATA organization number "if applicable" (CBP,
/// "Air Freight Consolidators, Ocean Transportation Intermediaries, and NVOCC" eligibility,
/// https://www.cbp.gov/border-security/ports-entry/cargo-security/ctpat/security-guidelines/air-freight-ocean-transport-nvocc).
const CONSOLIDATOR_ADVISED: &[IdentifierRequirement] = &[AnyOf(&[
    K::FmcOrganizationNumber,
    K::IataOrganizationNumber,
])];
const CONSOLIDATOR_OPTIONAL: &[IdentifierKind] = &[K::Scac, K::FirmsCode, K::DunsNumber];
const BORDER_CARRIER_REQUIRED: &[IdentifierRequirement] = &[One(K::Scac), One(K::UsdotNumber)];
const BORDER_CARRIER_OPTIONAL: &[IdentifierKind] = &[
    K::MotorCarrierDocket,
    K::CbpBondNumber,
    K::BusinessNumber,
    K::Rfc,
    K::DunsNumber,
];

/// The rules of docs/domain.md §2.2, one row per business type.
const RULES: [TypeRules; 16] = [
    TypeRules {
        business_type: BusinessType::Importer,
        required: &[One(K::ImporterOfRecordNumber), One(K::CbpBondNumber)],
        advised: &[],
        optional: &[K::BusinessNumber, K::DunsNumber],
    },
    TypeRules {
        business_type: BusinessType::Exporter,
        required: &[AnyOf(&[K::Ein, K::DunsNumber])],
        advised: &[],
        optional: &[],
    },
    TypeRules {
        business_type: BusinessType::ForeignManufacturer,
        required: &[One(K::Mid)],
        advised: &[],
        optional: &[K::Rfc, K::BusinessNumber, K::DunsNumber],
    },
    TypeRules {
        business_type: BusinessType::HighwayCarrierUsCanada,
        required: BORDER_CARRIER_REQUIRED,
        advised: &[],
        optional: BORDER_CARRIER_OPTIONAL,
    },
    TypeRules {
        business_type: BusinessType::HighwayCarrierUsMexico,
        required: BORDER_CARRIER_REQUIRED,
        advised: &[],
        optional: BORDER_CARRIER_OPTIONAL,
    },
    TypeRules {
        business_type: BusinessType::MexicanLongHaulCarrier,
        required: &[One(K::SctPermit), One(K::Rfc)],
        advised: &[],
        optional: &[K::Scac, K::UsdotNumber, K::DunsNumber],
    },
    TypeRules {
        business_type: BusinessType::RailCarrier,
        required: &[One(K::Scac), One(K::CbpBondNumber)],
        advised: &[],
        optional: &[K::BusinessNumber, K::Rfc, K::DunsNumber],
    },
    TypeRules {
        business_type: BusinessType::SeaCarrier,
        required: &[One(K::CbpBondNumber), One(K::FmcOrganizationNumber)],
        advised: &[],
        // Ocean carriers often file under their container prefix as SCAC (`MAEU`).
        optional: &[K::Scac, K::DunsNumber],
    },
    TypeRules {
        business_type: BusinessType::AirCarrier,
        required: &[One(K::IataAirlineDesignator), One(K::CbpBondNumber)],
        advised: &[],
        optional: &[K::IataAirlinePrefix, K::DunsNumber],
    },
    TypeRules {
        business_type: BusinessType::AirFreightConsolidator,
        required: CONSOLIDATOR_REQUIRED,
        advised: CONSOLIDATOR_ADVISED,
        optional: CONSOLIDATOR_OPTIONAL,
    },
    TypeRules {
        business_type: BusinessType::OceanTransportationIntermediary,
        required: CONSOLIDATOR_REQUIRED,
        advised: CONSOLIDATOR_ADVISED,
        optional: CONSOLIDATOR_OPTIONAL,
    },
    TypeRules {
        business_type: BusinessType::Nvocc,
        required: CONSOLIDATOR_REQUIRED,
        advised: CONSOLIDATOR_ADVISED,
        optional: CONSOLIDATOR_OPTIONAL,
    },
    TypeRules {
        business_type: BusinessType::CustomsBroker,
        required: &[AnyOf(&[K::CustomsBrokerLicense, K::FilerCode])],
        advised: &[],
        optional: &[K::CbpBondNumber, K::DunsNumber],
    },
    TypeRules {
        business_type: BusinessType::MarinePortTerminalOperator,
        required: &[One(K::FmcMtoNumber)],
        advised: &[],
        optional: &[K::FirmsCode, K::CbpBondNumber, K::DunsNumber],
    },
    TypeRules {
        business_type: BusinessType::ForeignMarinePortTerminalOperator,
        required: &[],
        advised: &[],
        optional: &[K::FmcMtoNumber, K::DunsNumber],
    },
    TypeRules {
        business_type: BusinessType::ThirdPartyLogisticsProvider,
        required: &[AnyOf(&[
            K::FmcOrganizationNumber,
            K::UsdotNumber,
            K::MotorCarrierDocket,
            K::CbpBondNumber,
        ])],
        advised: &[],
        optional: &[
            K::FilerCode,
            K::FirmsCode,
            K::Scac,
            K::IataOrganizationNumber,
            K::DunsNumber,
        ],
    },
];

/// Business types that must also give an RFC when the company is based in Mexico
/// (docs/domain.md §2.2).
const RFC_IN_MEXICO: [BusinessType; 3] = [
    BusinessType::ForeignManufacturer,
    BusinessType::HighwayCarrierUsCanada,
    BusinessType::HighwayCarrierUsMexico,
];

/// What identifiers an account must and may give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentifierRules {
    /// Each requirement must be met by at least one identifier given.
    pub required: Vec<IdentifierRequirement>,
    /// Requirements CBP words "if applicable": worth meeting, never blocking.
    pub advised: Vec<IdentifierRequirement>,
    /// Every kind the account may give, required ones included.
    pub allowed: Vec<IdentifierKind>,
}

impl IdentifierRules {
    /// The rules for an account of `business_type` whose company is based in `home_country`
    /// (ISO 3166-1 alpha-2, when known).
    pub fn for_account(business_type: BusinessType, home_country: Option<&str>) -> IdentifierRules {
        let row = RULES.iter().find(|row| row.business_type == business_type);
        let mut required: Vec<IdentifierRequirement> =
            row.map(|row| row.required.to_vec()).unwrap_or_default();
        let in_mexico = home_country.is_some_and(|code| code.trim().eq_ignore_ascii_case("MX"));
        if in_mexico && RFC_IN_MEXICO.contains(&business_type) {
            required.push(One(K::Rfc));
        }
        let advised: Vec<IdentifierRequirement> =
            row.map(|row| row.advised.to_vec()).unwrap_or_default();
        let mut allowed: Vec<IdentifierKind> = Vec::new();
        let named = required
            .iter()
            .chain(&advised)
            .flat_map(|requirement| requirement.kinds().iter().copied());
        let optional = row.into_iter().flat_map(|row| row.optional.iter().copied());
        for kind in named.chain(optional) {
            if !allowed.contains(&kind) {
                allowed.push(kind);
            }
        }
        IdentifierRules {
            required,
            advised,
            allowed,
        }
    }

    /// The requirements the identifiers given do not meet yet.
    pub fn missing(&self, given: &[IdentifierKind]) -> Vec<IdentifierRequirement> {
        self.required
            .iter()
            .filter(|requirement| !requirement.is_met_by(given))
            .copied()
            .collect()
    }

    /// The "if applicable" requirements the identifiers given do not meet.
    pub fn missing_advised(&self, given: &[IdentifierKind]) -> Vec<IdentifierRequirement> {
        self.advised
            .iter()
            .filter(|requirement| !requirement.is_met_by(given))
            .copied()
            .collect()
    }

    /// Whether an account of this type may give `kind`.
    pub fn allows(&self, kind: IdentifierKind) -> bool {
        self.allowed.contains(&kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_business_type_has_a_row_of_rules() {
        for business_type in BusinessType::ALL {
            let rows = RULES
                .iter()
                .filter(|row| row.business_type == business_type)
                .count();
            assert_eq!(rows, 1, "{business_type:?}");
        }
    }

    #[test]
    fn every_business_type_but_the_foreign_terminal_operator_requires_an_identifier() {
        for business_type in BusinessType::ALL {
            let rules = IdentifierRules::for_account(business_type, None);
            let expected_empty = business_type == BusinessType::ForeignMarinePortTerminalOperator;
            assert_eq!(
                rules.required.is_empty(),
                expected_empty,
                "{business_type:?}"
            );
        }
    }

    #[test]
    fn required_identifiers_are_always_allowed() {
        for business_type in BusinessType::ALL {
            let rules = IdentifierRules::for_account(business_type, Some("MX"));
            for requirement in &rules.required {
                assert!(
                    requirement.kinds().iter().all(|kind| rules.allows(*kind)),
                    "{business_type:?}"
                );
            }
        }
    }

    #[test]
    fn an_importer_needs_its_importer_number_and_bond() {
        let rules = IdentifierRules::for_account(BusinessType::Importer, Some("US"));
        assert_eq!(
            rules.missing(&[K::ImporterOfRecordNumber]),
            vec![One(K::CbpBondNumber)]
        );
        assert!(
            rules
                .missing(&[K::ImporterOfRecordNumber, K::CbpBondNumber])
                .is_empty()
        );
    }

    #[test]
    fn an_exporter_needs_an_ein_or_a_duns_number() {
        let rules = IdentifierRules::for_account(BusinessType::Exporter, None);
        assert_eq!(rules.missing(&[]), vec![AnyOf(&[K::Ein, K::DunsNumber])]);
        assert!(rules.missing(&[K::DunsNumber]).is_empty());
        assert!(rules.missing(&[K::Ein]).is_empty());
    }

    #[test]
    fn a_customs_broker_needs_a_license_or_a_filer_code() {
        let rules = IdentifierRules::for_account(BusinessType::CustomsBroker, None);
        assert!(rules.missing(&[K::FilerCode]).is_empty());
        assert!(rules.missing(&[K::CustomsBrokerLicense]).is_empty());
        assert_eq!(rules.missing(&[K::DunsNumber]).len(), 1);
    }

    #[test]
    fn a_consolidator_is_advised_not_required_to_give_an_fmc_or_iata_organization_number() {
        for business_type in [
            BusinessType::AirFreightConsolidator,
            BusinessType::OceanTransportationIntermediary,
            BusinessType::Nvocc,
        ] {
            let rules = IdentifierRules::for_account(business_type, None);
            assert!(rules.missing(&[K::CbpBondNumber]).is_empty());
            assert_eq!(
                rules.missing_advised(&[K::CbpBondNumber]),
                vec![AnyOf(&[
                    K::FmcOrganizationNumber,
                    K::IataOrganizationNumber
                ])]
            );
            for number in [K::IataOrganizationNumber, K::FmcOrganizationNumber] {
                assert!(rules.missing_advised(&[number]).is_empty());
                assert!(rules.allows(number));
            }
        }
    }

    #[test]
    fn a_sea_carrier_may_give_a_scac() {
        let rules = IdentifierRules::for_account(BusinessType::SeaCarrier, None);
        assert!(rules.allows(K::Scac));
        assert!(
            rules
                .missing(&[K::CbpBondNumber, K::FmcOrganizationNumber])
                .is_empty()
        );
    }

    #[test]
    fn a_mexican_foreign_manufacturer_also_needs_its_rfc() {
        let in_mexico = IdentifierRules::for_account(BusinessType::ForeignManufacturer, Some("mx"));
        assert_eq!(in_mexico.missing(&[K::Mid]), vec![One(K::Rfc)]);
        let in_canada = IdentifierRules::for_account(BusinessType::ForeignManufacturer, Some("CA"));
        assert!(in_canada.missing(&[K::Mid]).is_empty());
    }

    #[test]
    fn a_highway_carrier_needs_scac_and_usdot_and_may_give_a_docket() {
        let rules = IdentifierRules::for_account(BusinessType::HighwayCarrierUsCanada, Some("US"));
        assert_eq!(rules.missing(&[K::Scac]), vec![One(K::UsdotNumber)]);
        assert!(rules.allows(K::MotorCarrierDocket));
        assert!(!rules.allows(K::Mid));
    }

    #[test]
    fn contact_details_are_not_account_identifiers() {
        for business_type in BusinessType::ALL {
            let rules = IdentifierRules::for_account(business_type, Some("US"));
            for kind in [K::EmailAddress, K::TelephoneNumber, K::UsZipCode] {
                assert!(!rules.allows(kind), "{business_type:?} {kind}");
            }
        }
    }
}
