//! The kinds of C-TPAT account a company can hold, as the Portal lists them. Each kind has its own
//! set of Minimum Security Criteria and its own identifiers.

use serde::{Deserialize, Serialize};

/// A C-TPAT business type (the Portal's "Business Type" list, docs/domain.md §2.1).
///
/// The serialized name is stable: it appears in stored drafts, exported files and the criteria
/// catalogue's applicability lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BusinessType {
    /// U.S. importer of record (including non-resident Canadian importers).
    Importer,
    /// U.S. exporter (principal party in interest).
    Exporter,
    /// Foreign manufacturer (Canada, Mexico; others by invitation).
    ForeignManufacturer,
    /// Highway carrier crossing the U.S.–Canada border.
    HighwayCarrierUsCanada,
    /// Highway carrier crossing the U.S.–Mexico border.
    HighwayCarrierUsMexico,
    /// Mexican long-haul highway carrier (does not cross the U.S. border).
    MexicanLongHaulCarrier,
    /// Rail carrier.
    RailCarrier,
    /// Sea carrier.
    SeaCarrier,
    /// Air carrier.
    AirCarrier,
    /// Consolidator: air freight consolidator.
    AirFreightConsolidator,
    /// Consolidator: ocean transportation intermediary.
    OceanTransportationIntermediary,
    /// Consolidator: non-vessel operating common carrier.
    Nvocc,
    /// Licensed U.S. customs broker.
    CustomsBroker,
    /// U.S. marine port authority or terminal operator.
    MarinePortTerminalOperator,
    /// Foreign-based marine port terminal operator (by invitation).
    ForeignMarinePortTerminalOperator,
    /// Third-party logistics provider.
    ThirdPartyLogisticsProvider,
}

impl BusinessType {
    /// Every business type, in the order the Portal lists them.
    pub const ALL: [BusinessType; 16] = [
        BusinessType::Importer,
        BusinessType::Exporter,
        BusinessType::ForeignManufacturer,
        BusinessType::HighwayCarrierUsCanada,
        BusinessType::HighwayCarrierUsMexico,
        BusinessType::MexicanLongHaulCarrier,
        BusinessType::RailCarrier,
        BusinessType::SeaCarrier,
        BusinessType::AirCarrier,
        BusinessType::AirFreightConsolidator,
        BusinessType::OceanTransportationIntermediary,
        BusinessType::Nvocc,
        BusinessType::CustomsBroker,
        BusinessType::MarinePortTerminalOperator,
        BusinessType::ForeignMarinePortTerminalOperator,
        BusinessType::ThirdPartyLogisticsProvider,
    ];

    /// The stable serialized name (`importer`, `highway-carrier-us-canada`, …), also used as the
    /// message-key suffix (`business_type.<key>`) for the name shown to the user.
    pub fn key(self) -> &'static str {
        match self {
            BusinessType::Importer => "importer",
            BusinessType::Exporter => "exporter",
            BusinessType::ForeignManufacturer => "foreign-manufacturer",
            BusinessType::HighwayCarrierUsCanada => "highway-carrier-us-canada",
            BusinessType::HighwayCarrierUsMexico => "highway-carrier-us-mexico",
            BusinessType::MexicanLongHaulCarrier => "mexican-long-haul-carrier",
            BusinessType::RailCarrier => "rail-carrier",
            BusinessType::SeaCarrier => "sea-carrier",
            BusinessType::AirCarrier => "air-carrier",
            BusinessType::AirFreightConsolidator => "air-freight-consolidator",
            BusinessType::OceanTransportationIntermediary => "ocean-transportation-intermediary",
            BusinessType::Nvocc => "nvocc",
            BusinessType::CustomsBroker => "customs-broker",
            BusinessType::MarinePortTerminalOperator => "marine-port-terminal-operator",
            BusinessType::ForeignMarinePortTerminalOperator => {
                "foreign-marine-port-terminal-operator"
            }
            BusinessType::ThirdPartyLogisticsProvider => "third-party-logistics-provider",
        }
    }

    /// Parses a stable serialized name.
    pub fn from_key(key: &str) -> Option<BusinessType> {
        BusinessType::ALL.into_iter().find(|kind| kind.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_match_serde_names_and_round_trip() {
        for kind in BusinessType::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.key()));
            assert_eq!(BusinessType::from_key(kind.key()), Some(kind));
        }
    }
}
