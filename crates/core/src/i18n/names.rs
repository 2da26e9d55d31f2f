//! The message that names each value of a domain enumeration (a business type, a Portal section,
//! a group of the annual review, a security question). Each is a `match` over every value, so a
//! value added to the domain without its message does not compile.

use super::{MessageKey, msg};
use crate::domain::BusinessType;
use crate::domain::annual_review::Group;
use crate::domain::onboarding::SecurityQuestion;
use crate::domain::portal_entry::PortalSection;

/// The name of a business type, as the account's type is shown everywhere.
pub fn business_type(kind: BusinessType) -> MessageKey {
    match kind {
        BusinessType::Importer => msg::business_type::IMPORTER,
        BusinessType::Exporter => msg::business_type::EXPORTER,
        BusinessType::ForeignManufacturer => msg::business_type::FOREIGN_MANUFACTURER,
        BusinessType::HighwayCarrierUsCanada => msg::business_type::HIGHWAY_CARRIER_US_CANADA,
        BusinessType::HighwayCarrierUsMexico => msg::business_type::HIGHWAY_CARRIER_US_MEXICO,
        BusinessType::MexicanLongHaulCarrier => msg::business_type::MEXICAN_LONG_HAUL_CARRIER,
        BusinessType::RailCarrier => msg::business_type::RAIL_CARRIER,
        BusinessType::SeaCarrier => msg::business_type::SEA_CARRIER,
        BusinessType::AirCarrier => msg::business_type::AIR_CARRIER,
        BusinessType::AirFreightConsolidator => msg::business_type::AIR_FREIGHT_CONSOLIDATOR,
        BusinessType::OceanTransportationIntermediary => {
            msg::business_type::OCEAN_TRANSPORTATION_INTERMEDIARY
        }
        BusinessType::Nvocc => msg::business_type::NVOCC,
        BusinessType::CustomsBroker => msg::business_type::CUSTOMS_BROKER,
        BusinessType::MarinePortTerminalOperator => {
            msg::business_type::MARINE_PORT_TERMINAL_OPERATOR
        }
        BusinessType::ForeignMarinePortTerminalOperator => {
            msg::business_type::FOREIGN_MARINE_PORT_TERMINAL_OPERATOR
        }
        BusinessType::ThirdPartyLogisticsProvider => {
            msg::business_type::THIRD_PARTY_LOGISTICS_PROVIDER
        }
    }
}

/// The title of a section of the Portal's Security Profile.
pub fn portal_section(section: PortalSection) -> MessageKey {
    match section {
        PortalSection::UpperManagement => msg::portal_entry::SECTION_UPPER_MANAGEMENT,
        PortalSection::RiskAssessment => msg::portal_entry::SECTION_RISK_ASSESSMENT,
        PortalSection::BusinessPartners => msg::portal_entry::SECTION_BUSINESS_PARTNERS,
        PortalSection::ProceduralSecurity => msg::portal_entry::SECTION_PROCEDURAL_SECURITY,
        PortalSection::ConveyanceAndIit => msg::portal_entry::SECTION_CONVEYANCE_AND_IIT,
        PortalSection::AgriculturalProcedures => msg::portal_entry::SECTION_AGRICULTURAL_PROCEDURES,
        PortalSection::PhysicalSecurity => msg::portal_entry::SECTION_PHYSICAL_SECURITY,
        PortalSection::AccessControls => msg::portal_entry::SECTION_ACCESS_CONTROLS,
        PortalSection::PersonnelSecurity => msg::portal_entry::SECTION_PERSONNEL_SECURITY,
        PortalSection::EducationAndTraining => msg::portal_entry::SECTION_EDUCATION_AND_TRAINING,
        PortalSection::Cybersecurity => msg::portal_entry::SECTION_CYBERSECURITY,
    }
}

/// The heading of a group of differences in the annual review.
pub fn review_group(group: Group) -> MessageKey {
    match group {
        Group::Criteria => msg::annual_review::GROUP_CRITERIA,
        Group::Partners => msg::annual_review::GROUP_PARTNERS,
        Group::Facilities => msg::annual_review::GROUP_FACILITIES,
        Group::PersonnelScreening => msg::annual_review::GROUP_PERSONNEL,
        Group::Training => msg::annual_review::GROUP_TRAINING,
        Group::ItControls => msg::annual_review::GROUP_IT_CONTROLS,
    }
}

/// The text of a security question.
pub fn security_question(question: SecurityQuestion) -> MessageKey {
    match question {
        SecurityQuestion::FirstConcert => msg::onboarding::QUESTION_FIRST_CONCERT,
        SecurityQuestion::ChildhoodBestFriend => msg::onboarding::QUESTION_CHILDHOOD_BEST_FRIEND,
        SecurityQuestion::FirstCarModel => msg::onboarding::QUESTION_FIRST_CAR_MODEL,
        SecurityQuestion::GrandparentsStreet => msg::onboarding::QUESTION_GRANDPARENTS_STREET,
        SecurityQuestion::FirstJobTown => msg::onboarding::QUESTION_FIRST_JOB_TOWN,
        SecurityQuestion::FirstTeacherSurname => msg::onboarding::QUESTION_FIRST_TEACHER_SURNAME,
        SecurityQuestion::ParentsMeetingCity => msg::onboarding::QUESTION_PARENTS_MEETING_CITY,
        SecurityQuestion::OldestCousinFirstName => {
            msg::onboarding::QUESTION_OLDEST_COUSIN_FIRST_NAME
        }
        SecurityQuestion::FirstStuffedToy => msg::onboarding::QUESTION_FIRST_STUFFED_TOY,
        SecurityQuestion::ChildhoodNickname => msg::onboarding::QUESTION_CHILDHOOD_NICKNAME,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names follow the stable names of the values, as the message files were written.
    #[test]
    fn each_name_is_the_message_of_the_value_s_stable_name() {
        for kind in BusinessType::ALL {
            assert_eq!(
                business_type(kind).as_str(),
                format!("business_type.{}", kind.key())
            );
        }
        for section in PortalSection::ALL {
            let expected = format!("portal_entry.section.{}", section.key());
            assert_eq!(portal_section(section).as_str(), expected);
        }
        for group in Group::ALL {
            let expected = format!("annual_review.group.{}", group.key());
            assert_eq!(review_group(group).as_str(), expected);
        }
        for question in SecurityQuestion::ALL {
            let expected = format!("onboarding.question.{}", question.id());
            assert_eq!(security_question(question).as_str(), expected);
        }
    }
}
