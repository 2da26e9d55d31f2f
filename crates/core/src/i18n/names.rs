//! The message that names each value of a domain enumeration: business types, Portal sections,
//! security questions, onboarding steps and their status, passphrase strength, answer statuses,
//! the partner choices, and the groups, fields and choices the annual review compares. Each is a
//! `match` over every value, so a value added to the domain without its message does not compile.

use super::{MessageKey, msg};
use crate::domain::BusinessType;
use crate::domain::annual_review::{Choice, Group, ReviewedField};
use crate::domain::model::{AeoProgram, AnswerStatus, CertificationStatus, PartnerRole, RiskLevel};
use crate::domain::onboarding::{OnboardingStep, SecurityQuestion, StepStatus, Strength};
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

/// The name of an onboarding step, as the start page's task list shows it.
pub fn onboarding_step(value: OnboardingStep) -> MessageKey {
    match value {
        OnboardingStep::Passphrase => msg::onboarding::STEP_PASSPHRASE,
        OnboardingStep::SecurityQuestions => msg::onboarding::STEP_SECURITY_QUESTIONS,
        OnboardingStep::MainAccount => msg::onboarding::STEP_MAIN_ACCOUNT,
        OnboardingStep::FirstEntityAccount => msg::onboarding::STEP_FIRST_ENTITY_ACCOUNT,
    }
}

/// Where an onboarding step stands, as the start page's task list shows it.
pub fn step_status(value: StepStatus) -> MessageKey {
    match value {
        StepStatus::CannotStartYet => msg::onboarding::STATUS_CANNOT_START_YET,
        StepStatus::NotStarted => msg::onboarding::STATUS_NOT_STARTED,
        StepStatus::InProgress => msg::onboarding::STATUS_IN_PROGRESS,
        StepStatus::Completed => msg::onboarding::STATUS_COMPLETED,
    }
}

/// How strong a new passphrase is, as the meter under the field says it.
pub fn passphrase_strength(value: Strength) -> MessageKey {
    match value {
        Strength::VeryWeak => msg::onboarding::STRENGTH_VERY_WEAK,
        Strength::Weak => msg::onboarding::STRENGTH_WEAK,
        Strength::Fair => msg::onboarding::STRENGTH_FAIR,
        Strength::Strong => msg::onboarding::STRENGTH_STRONG,
        Strength::VeryStrong => msg::onboarding::STRENGTH_VERY_STRONG,
    }
}

/// The label of a field the annual review compares: the one the editor's page gives it.
pub fn reviewed_field(field: ReviewedField) -> MessageKey {
    match field {
        ReviewedField::AnswerStatus => msg::profile::ANSWER_STATUS,
        ReviewedField::AnswerNarrative => msg::profile::ANSWER_NARRATIVE,
        ReviewedField::AnswerJustification => msg::profile::ANSWER_JUSTIFICATION,
        ReviewedField::AnswerResponsiblePerson => msg::profile::ANSWER_RESPONSIBLE_PERSON,
        ReviewedField::AnswerPlannedDate => msg::profile::ANSWER_PLANNED_DATE,
        ReviewedField::Evidence => msg::evidence::HEADING,
        ReviewedField::PartnerName => msg::partner::NAME,
        ReviewedField::PartnerCountry => msg::partner::COUNTRY,
        ReviewedField::PartnerRole => msg::partner::ROLE,
        ReviewedField::PartnerCtpatStatus => msg::partner::CTPAT_STATUS,
        ReviewedField::PartnerCtpatNumber => msg::partner::CTPAT_NUMBER,
        ReviewedField::PartnerAeoStatus => msg::partner::AEO_STATUS,
        ReviewedField::PartnerAeoProgram => msg::partner::AEO_PROGRAM,
        ReviewedField::PartnerAeoNumber => msg::partner::AEO_NUMBER,
        ReviewedField::PartnerScreeningDate => msg::partner::SCREENING_DATE,
        ReviewedField::PartnerRiskLevel => msg::partner::RISK_LEVEL,
        ReviewedField::PartnerLastSecurityAssessment => msg::partner::LAST_SECURITY_ASSESSMENT,
        ReviewedField::FacilityName => msg::facility::NAME,
        ReviewedField::FacilityAddress => msg::facility::ADDRESS,
        ReviewedField::FacilityBarriers => msg::facility::BARRIERS,
        ReviewedField::FacilityLighting => msg::facility::LIGHTING,
        ReviewedField::FacilityAlarmPresent => msg::facility::ALARM_PRESENT,
        ReviewedField::FacilityAlarmMonitoredBy => msg::facility::ALARM_MONITORED_BY,
        ReviewedField::FacilityAlarmLastTest => msg::facility::ALARM_LAST_TEST,
        ReviewedField::FacilityVideoPresent => msg::facility::VIDEO_PRESENT,
        ReviewedField::FacilityVideoCameras => msg::facility::VIDEO_CAMERAS,
        ReviewedField::FacilityVideoCargoAreasCovered => msg::facility::VIDEO_CARGO_AREAS_COVERED,
        ReviewedField::FacilityVideoRecording24x7 => msg::facility::VIDEO_RECORDING_24_7,
        ReviewedField::FacilityVideoRetentionDays => msg::facility::VIDEO_RETENTION_DAYS,
        ReviewedField::FacilityVideoLastFootageReview => msg::facility::VIDEO_LAST_FOOTAGE_REVIEW,
        ReviewedField::FacilityAccessBadges => msg::facility::ACCESS_BADGES,
        ReviewedField::FacilityAccessVisitorLog => msg::facility::ACCESS_VISITOR_LOG,
        ReviewedField::FacilityAccessDriverIdChecks => msg::facility::ACCESS_DRIVER_ID_CHECKS,
        ReviewedField::FacilityAccessGuards => msg::facility::ACCESS_GUARDS,
        ReviewedField::PersonnelWrittenPolicy => msg::personnel::WRITTEN_POLICY,
        ReviewedField::PersonnelVerifiesApplication => msg::personnel::VERIFIES_APPLICATION,
        ReviewedField::PersonnelBackgroundChecks => msg::personnel::BACKGROUND_CHECKS,
        ReviewedField::PersonnelRescreeningMonths => msg::personnel::RESCREENING_MONTHS,
        ReviewedField::PersonnelCodeOfConduct => msg::personnel::CODE_OF_CONDUCT,
        ReviewedField::PersonnelDescription => msg::personnel::DESCRIPTION,
        ReviewedField::TrainingDate => msg::training::DATE,
        ReviewedField::TrainingTopic => msg::training::TOPIC,
        ReviewedField::TrainingAudience => msg::training::AUDIENCE,
        ReviewedField::TrainingAttendees => msg::training::ATTENDEES,
        ReviewedField::ItControlName => msg::it_control::NAME,
        ReviewedField::ItControlDescription => msg::it_control::DESCRIPTION,
        ReviewedField::ItControlOwner => msg::it_control::OWNER,
        ReviewedField::ItControlLastTested => msg::it_control::LAST_TESTED,
    }
}

/// The name of a value chosen from a fixed list.
pub fn choice(value: Choice) -> MessageKey {
    match value {
        Choice::Status(status) => answer_status(status),
        Choice::Role(role) => partner_role(role),
        Choice::Certification(status) => certification_status(status),
        Choice::AeoProgram(program) => aeo_program(program),
        Choice::Risk(level) => risk_level(level),
        Choice::YesNo(true) => msg::check_answers::YES,
        Choice::YesNo(false) => msg::check_answers::NO,
    }
}

/// The name of an answer status, as the criterion editor offers it.
pub fn answer_status(status: AnswerStatus) -> MessageKey {
    match status {
        AnswerStatus::Implemented => msg::profile::STATUS_IMPLEMENTED,
        AnswerStatus::PartiallyImplemented => msg::profile::STATUS_PARTIALLY_IMPLEMENTED,
        AnswerStatus::NotImplemented => msg::profile::STATUS_NOT_IMPLEMENTED,
        AnswerStatus::NotApplicable => msg::profile::STATUS_NOT_APPLICABLE,
    }
}

/// The name of a business partner's role.
pub fn partner_role(role: PartnerRole) -> MessageKey {
    match role {
        PartnerRole::Supplier => msg::partner::ROLE_SUPPLIER,
        PartnerRole::Manufacturer => msg::partner::ROLE_MANUFACTURER,
        PartnerRole::Carrier => msg::partner::ROLE_CARRIER,
        PartnerRole::CustomsBroker => msg::partner::ROLE_CUSTOMS_BROKER,
        PartnerRole::Consolidator => msg::partner::ROLE_CONSOLIDATOR,
        PartnerRole::Warehouse => msg::partner::ROLE_WAREHOUSE,
        PartnerRole::Other => msg::partner::ROLE_OTHER,
    }
}

/// The name of a certification status.
pub fn certification_status(status: CertificationStatus) -> MessageKey {
    match status {
        CertificationStatus::Unknown => msg::partner::CERTIFICATION_UNKNOWN,
        CertificationStatus::NotCertified => msg::partner::CERTIFICATION_NOT_CERTIFIED,
        CertificationStatus::Certified => msg::partner::CERTIFICATION_CERTIFIED,
    }
}

/// The name of an AEO program.
pub fn aeo_program(program: AeoProgram) -> MessageKey {
    match program {
        AeoProgram::Pip => msg::partner::AEO_PROGRAM_PIP,
        AeoProgram::Oea => msg::partner::AEO_PROGRAM_OEA,
        AeoProgram::OtherAeo => msg::partner::AEO_PROGRAM_OTHER_AEO,
    }
}

/// The name of a risk level.
pub fn risk_level(level: RiskLevel) -> MessageKey {
    match level {
        RiskLevel::Low => msg::partner::RISK_LOW,
        RiskLevel::Medium => msg::partner::RISK_MEDIUM,
        RiskLevel::High => msg::partner::RISK_HIGH,
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
