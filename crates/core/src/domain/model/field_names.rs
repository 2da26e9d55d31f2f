//! The name under which each field of the model is stored, written once: validation reports a
//! finding at a field by this name and the page binds the field's control by it, so the message
//! lands beside the right field and a renamed field does not compile on one side only. A field
//! inside a nested part (a facility's alarm, its address) is named by its path within the
//! item (`alarm/lastTest`). A test checks every name against the stored JSON.

use super::{
    AccountIdentifier, Address, BusinessPartner, Contact, CriterionAnswer, EntityAccount,
    EvidenceReference, Facility, ItControl, PersonnelScreeningPolicy, PostalAddress,
    ProgramMembership, TradeOrganization, TrainingRecord,
};

macro_rules! field_names {
    ($( $type:ident { $( $name:ident = $stored:literal ),* $(,)? } )*) => {
        $(
            impl $type {
                $(
                    #[doc = concat!("The stored name of the field `", $stored, "`.")]
                    pub const $name: &'static str = $stored;
                )*
            }
        )*

        /// Every type's declared names, for the test that each is a stored field.
        #[cfg(test)]
        const DECLARED: &[(&str, &[&str])] = &[
            $( (stringify!($type), &[$($stored),*]), )*
        ];
    };
}

field_names! {
    CriterionAnswer {
        STATUS = "status",
        NARRATIVE = "narrative",
        NOT_APPLICABLE_JUSTIFICATION = "notApplicableJustification",
        RESPONSIBLE_PERSON = "responsiblePerson",
        PLANNED_DATE = "plannedDate",
        LAST_REVIEWED = "lastReviewed",
    }
    TradeOrganization {
        LEGAL_NAME = "legalName",
        DBA = "dba",
        PHONE = "phone",
        FAX = "fax",
        WEBSITE = "website",
        BUSINESS_START_DATE = "businessStartDate",
        NUMBER_OF_EMPLOYEES = "numberOfEmployees",
        OWNERSHIP_TYPE = "ownershipType",
        BRIEF_HISTORY = "briefHistory",
    }
    Address {
        KIND = "kind",
    }
    PostalAddress {
        COUNTRY = "country",
        LINE1 = "line1",
        LINE2 = "line2",
        CITY = "city",
        STATE_PROVINCE = "stateProvince",
        POSTAL_CODE = "postalCode",
    }
    Contact {
        FIRST_NAME = "firstName",
        LAST_NAME = "lastName",
        TITLE = "title",
        EMAIL = "email",
        PHONE = "phone",
        COMPANY_OFFICER = "companyOfficer",
        PRIMARY_CONTACT = "primaryContact",
    }
    ProgramMembership {
        PROGRAM = "program",
        COUNTRY = "country",
        NUMBER = "number",
    }
    EntityAccount {
        NAME = "name",
        BUSINESS_TYPE = "businessType",
        STATUS = "status",
        ANNIVERSARY_DATE = "anniversaryDate",
        LAST_ANNUAL_REVIEW = "lastAnnualReview",
    }
    AccountIdentifier {
        KIND = "kind",
        VALUE = "value",
        FACILITY_ID = "facilityId",
    }
    BusinessPartner {
        NAME = "name",
        COUNTRY = "country",
        ROLE = "role",
        CTPAT_STATUS = "ctpatStatus",
        CTPAT_NUMBER = "ctpatNumber",
        AEO_STATUS = "aeoStatus",
        AEO_PROGRAM = "aeoProgram",
        AEO_NUMBER = "aeoNumber",
        SCREENING_DATE = "screeningDate",
        RISK_LEVEL = "riskLevel",
        LAST_SECURITY_ASSESSMENT = "lastSecurityAssessment",
    }
    Facility {
        NAME = "name",
        ADDRESS_COUNTRY = "address/country",
        ADDRESS_LINE1 = "address/line1",
        ADDRESS_LINE2 = "address/line2",
        ADDRESS_CITY = "address/city",
        ADDRESS_STATE_PROVINCE = "address/stateProvince",
        ADDRESS_POSTAL_CODE = "address/postalCode",
        BARRIERS_AND_FENCING = "barriersAndFencing",
        LIGHTING = "lighting",
        ALARM_PRESENT = "alarm/present",
        ALARM_MONITORED_BY = "alarm/monitoredBy",
        ALARM_LAST_TEST = "alarm/lastTest",
        VIDEO_PRESENT = "video/present",
        VIDEO_CAMERAS = "video/cameras",
        VIDEO_CARGO_AREAS_COVERED = "video/cargoAreasCovered",
        VIDEO_RECORDING_24_7 = "video/recording247",
        VIDEO_RETENTION_DAYS = "video/retentionDays",
        VIDEO_LAST_FOOTAGE_REVIEW = "video/lastFootageReview",
        ACCESS_BADGES = "accessControl/badges",
        ACCESS_VISITOR_LOG = "accessControl/visitorLog",
        ACCESS_DRIVER_ID_CHECKS = "accessControl/driverIdChecks",
        ACCESS_GUARDS = "accessControl/guards",
    }
    PersonnelScreeningPolicy {
        WRITTEN_POLICY = "writtenPolicy",
        VERIFIES_APPLICATION_INFORMATION = "verifiesApplicationInformation",
        BACKGROUND_CHECKS = "backgroundChecks",
        RESCREENING_INTERVAL_MONTHS = "rescreeningIntervalMonths",
        CODE_OF_CONDUCT = "codeOfConduct",
        DESCRIPTION = "description",
        LAST_REVIEWED = "lastReviewed",
    }
    TrainingRecord {
        DATE = "date",
        TOPIC = "topic",
        AUDIENCE = "audience",
        ATTENDEES = "attendees",
    }
    ItControl {
        NAME = "name",
        DESCRIPTION = "description",
        OWNER = "owner",
        LAST_TESTED = "lastTested",
    }
    EvidenceReference {
        TITLE = "title",
        FILE_NAME = "fileName",
        SHA256 = "sha256",
        DATE = "date",
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::domain::BusinessType;
    use crate::domain::identifiers::IdentifierKind;
    use crate::domain::model::{AddressKind, Program, Workspace};

    /// One stored value of each type, every field present.
    fn stored(type_name: &str) -> Value {
        let value = match type_name {
            "CriterionAnswer" => serde_json::to_value(CriterionAnswer::default()),
            "TradeOrganization" => serde_json::to_value(TradeOrganization::default()),
            "Address" | "PostalAddress" => serde_json::to_value(Address {
                id: "hq".into(),
                kind: AddressKind::Headquarters,
                place: PostalAddress::default(),
            }),
            "Contact" => serde_json::to_value(Contact::default()),
            "ProgramMembership" => serde_json::to_value(ProgramMembership {
                id: "p1".into(),
                program: Program::OtherAeo,
                country: String::new(),
                number: String::new(),
            }),
            "EntityAccount" => {
                let mut workspace = Workspace::default();
                serde_json::to_value(workspace.add_account("a1", BusinessType::Importer, "Imports"))
            }
            "AccountIdentifier" => serde_json::to_value(AccountIdentifier {
                id: "mid".into(),
                kind: IdentifierKind::Mid,
                value: String::new(),
                facility_id: Some("plant".into()),
            }),
            "BusinessPartner" => serde_json::to_value(BusinessPartner::default()),
            "Facility" => serde_json::to_value(Facility::default()),
            "PersonnelScreeningPolicy" => serde_json::to_value(PersonnelScreeningPolicy::default()),
            "TrainingRecord" => serde_json::to_value(TrainingRecord::default()),
            "ItControl" => serde_json::to_value(ItControl::default()),
            "EvidenceReference" => serde_json::to_value(EvidenceReference::default()),
            other => panic!("no stored value of {other}"),
        };
        value.expect("a model value serializes")
    }

    #[test]
    fn every_declared_name_is_a_stored_field() {
        for (type_name, names) in DECLARED {
            let value = stored(type_name);
            for name in *names {
                assert!(
                    value.pointer(&format!("/{name}")).is_some(),
                    "{type_name} stores no field {name}: {value}"
                );
            }
        }
    }
}
