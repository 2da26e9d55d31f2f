//! The sections of the Security Profile as CBP's Portal 2.0 presents them, and which section a
//! Portal question belongs to.
//!
//! Source of the order and the question numbers: the Security Profile of an importer account
//! in CBP's CTPAT Portal 2.0 (<https://ctpat.cbp.dhs.gov/trade-web/index>), whose sections do
//! not follow the numbering of the Minimum Security Criteria (CBP, "CTPAT Minimum Security
//! Criteria – U.S. Importers", 2019): seals are asked under conveyances, 7.10 under business
//! partners, cybersecurity comes last. CBP publishes no list of the Portal's questions; the
//! question numbers are those recorded per criterion in `catalogue/criteria.json`. Re-check both
//! against the Portal when it changes (docs/domain.md §5.5).

use crate::domain::catalogue::Category;

/// A section of the Portal's Security Profile, in the order the Portal shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PortalSection {
    /// Upper management's support (criteria 1.x).
    UpperManagement,
    /// Risk assessment (2.x).
    RiskAssessment,
    /// Business partners (3.x, and 7.10's review of trade documents).
    BusinessPartners,
    /// Procedural security (7.x).
    ProceduralSecurity,
    /// Conveyance and instruments of international traffic security, seals included (5.x, 6.x).
    ConveyanceAndIit,
    /// Agricultural procedures (8.x, and 7.2's pest inspections).
    AgriculturalProcedures,
    /// Physical security (9.x).
    PhysicalSecurity,
    /// Physical access controls (10.x).
    AccessControls,
    /// Personnel security (11.x).
    PersonnelSecurity,
    /// Education, training and awareness (12.x).
    EducationAndTraining,
    /// Cybersecurity (4.x), last in the Portal though first in CBP's criteria.
    Cybersecurity,
}

/// The highest question number of the Portal's consecutive numbering. Questions numbered above
/// it (204, 206, 207, 211) were added after the numbering was laid out and are asked in the
/// section of their criterion's category.
const LAST_CONSECUTIVE_QUESTION: u16 = 200;

impl PortalSection {
    /// Every section, in the Portal's order.
    pub const ALL: [PortalSection; 11] = [
        PortalSection::UpperManagement,
        PortalSection::RiskAssessment,
        PortalSection::BusinessPartners,
        PortalSection::ProceduralSecurity,
        PortalSection::ConveyanceAndIit,
        PortalSection::AgriculturalProcedures,
        PortalSection::PhysicalSecurity,
        PortalSection::AccessControls,
        PortalSection::PersonnelSecurity,
        PortalSection::EducationAndTraining,
        PortalSection::Cybersecurity,
    ];

    /// A stable name for element ids.
    pub fn key(self) -> &'static str {
        match self {
            PortalSection::UpperManagement => "upper_management",
            PortalSection::RiskAssessment => "risk_assessment",
            PortalSection::BusinessPartners => "business_partners",
            PortalSection::ProceduralSecurity => "procedural_security",
            PortalSection::ConveyanceAndIit => "conveyance_and_iit",
            PortalSection::AgriculturalProcedures => "agricultural_procedures",
            PortalSection::PhysicalSecurity => "physical_security",
            PortalSection::AccessControls => "access_controls",
            PortalSection::PersonnelSecurity => "personnel_security",
            PortalSection::EducationAndTraining => "education_and_training",
            PortalSection::Cybersecurity => "cybersecurity",
        }
    }

    /// The section's number in the Portal (1 to 11).
    pub fn number(self) -> usize {
        self as usize + 1
    }

    /// The first question number of the section: the Portal numbers its questions
    /// consecutively through the sections, so a number says which section asks it.
    fn first_question(self) -> u16 {
        match self {
            PortalSection::UpperManagement => 1,
            PortalSection::RiskAssessment => 8,
            PortalSection::BusinessPartners => 12,
            PortalSection::ProceduralSecurity => 25,
            PortalSection::ConveyanceAndIit => 56,
            PortalSection::AgriculturalProcedures => 111,
            PortalSection::PhysicalSecurity => 115,
            PortalSection::AccessControls => 136,
            PortalSection::PersonnelSecurity => 157,
            PortalSection::EducationAndTraining => 164,
            PortalSection::Cybersecurity => 180,
        }
    }

    /// The section that asks about a criterion of `category` when its question number does not
    /// place it (unknown, or added after the consecutive numbering).
    pub fn of_category(category: Category) -> PortalSection {
        match category.number() {
            1 => PortalSection::UpperManagement,
            2 => PortalSection::RiskAssessment,
            3 => PortalSection::BusinessPartners,
            4 => PortalSection::Cybersecurity,
            5 | 6 => PortalSection::ConveyanceAndIit,
            7 => PortalSection::ProceduralSecurity,
            8 => PortalSection::AgriculturalProcedures,
            9 => PortalSection::PhysicalSecurity,
            10 => PortalSection::AccessControls,
            11 => PortalSection::PersonnelSecurity,
            _ => PortalSection::EducationAndTraining,
        }
    }

    /// The section that asks question `number`, about a criterion of `category`.
    pub fn of_question(number: u16, category: Category) -> PortalSection {
        if number > LAST_CONSECUTIVE_QUESTION {
            return PortalSection::of_category(category);
        }
        PortalSection::ALL
            .into_iter()
            .rev()
            .find(|section| number >= section.first_question())
            .unwrap_or(PortalSection::UpperManagement)
    }
}
