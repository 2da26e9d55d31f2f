//! Rules of the Security Profile's registers: business partners, facilities, personnel
//! screening, training records and IT controls.

use super::answers::check_evidence;
use super::finding::FindingCode;
use super::main_account::{PlaceFields, check_place};
use super::report::Report;
use crate::domain::model::date::{Date, add_days};
use crate::domain::model::{
    BusinessPartner, CertificationStatus, Facility, ItControl, PersonnelScreeningPolicy, RiskLevel,
    TrainingRecord,
};

/// How recent a high-risk partner's security assessment must be.
pub const HIGH_RISK_ASSESSMENT_DAYS: i64 = 365;

/// A business partner: identity, the numbers behind any certification it claims, screening.
pub(super) fn check_partner(partner: &BusinessPartner, today: Date, report: &mut Report) {
    report.require("name", &partner.name, FindingCode::PartnerNameMissing);
    if report.require(
        "country",
        &partner.country,
        FindingCode::PartnerCountryMissing,
    ) {
        report.country("country", &partner.country);
    }
    if partner.ctpat_status == CertificationStatus::Certified {
        report.require(
            "ctpatNumber",
            &partner.ctpat_number,
            FindingCode::PartnerCtpatNumberMissing,
        );
    }
    if partner.aeo_status == CertificationStatus::Certified {
        if partner.aeo_program.is_none() {
            report.add("aeoProgram", FindingCode::PartnerAeoProgramMissing);
        }
        report.require(
            "aeoNumber",
            &partner.aeo_number,
            FindingCode::PartnerAeoNumberMissing,
        );
    }
    if partner.screening_date.trim().is_empty() {
        report.add("screeningDate", FindingCode::PartnerScreeningDateMissing);
    } else {
        report.past_date("screeningDate", &partner.screening_date, today);
    }
    if partner.risk_level.is_none() {
        report.add("riskLevel", FindingCode::PartnerRiskLevelMissing);
    }
    let assessed = report.past_date(
        "lastSecurityAssessment",
        &partner.last_security_assessment,
        today,
    );
    let recent = assessed.is_some_and(|date| date >= add_days(today, -HIGH_RISK_ASSESSMENT_DAYS));
    if partner.risk_level == Some(RiskLevel::High) && !recent {
        report.add("lastSecurityAssessment", FindingCode::PartnerAssessmentDue);
    }
}

/// A facility: where it is and what its alarm and cameras are said to do.
pub(super) fn check_facility(facility: &Facility, today: Date, report: &mut Report) {
    report.require("name", &facility.name, FindingCode::FacilityNameMissing);
    check_place(&facility.address, &PlaceFields::FACILITY, report);

    if facility.alarm.present {
        report.require(
            "alarm/monitoredBy",
            &facility.alarm.monitored_by,
            FindingCode::AlarmMonitorMissing,
        );
        if facility.alarm.last_test.trim().is_empty() {
            report.add("alarm/lastTest", FindingCode::AlarmTestMissing);
        }
    }
    report.past_date("alarm/lastTest", &facility.alarm.last_test, today);

    if facility.video.present {
        if facility.video.retention_days.is_none() {
            report.add("video/retentionDays", FindingCode::VideoRetentionMissing);
        }
        if facility.video.cameras.is_none() {
            report.add("video/cameras", FindingCode::VideoCamerasMissing);
        }
    }
    report.past_date(
        "video/lastFootageReview",
        &facility.video.last_footage_review,
        today,
    );
}

/// The personnel screening policy: a written policy must say what it does.
pub(super) fn check_personnel_screening(
    policy: &PersonnelScreeningPolicy,
    today: Date,
    report: &mut Report,
) {
    if policy.written_policy {
        report.require(
            "description",
            &policy.description,
            FindingCode::ScreeningPolicyDescriptionMissing,
        );
    }
    report.past_date("lastReviewed", &policy.last_reviewed, today);
}

/// A training record: when, what, for whom, and its evidence.
pub(super) fn check_training(record: &TrainingRecord, today: Date, report: &mut Report) {
    if report.require("date", &record.date, FindingCode::TrainingDateMissing) {
        report.past_date("date", &record.date, today);
    }
    report.require("topic", &record.topic, FindingCode::TrainingTopicMissing);
    report.require(
        "audience",
        &record.audience,
        FindingCode::TrainingAudienceMissing,
    );
    for evidence in &record.evidence {
        let document = report.owner().clone().evidence(&evidence.id);
        check_evidence(evidence, today, &mut report.within(document));
    }
}

/// An IT control: named and owned.
pub(super) fn check_it_control(control: &ItControl, today: Date, report: &mut Report) {
    report.require("name", &control.name, FindingCode::ItControlNameMissing);
    report.require("owner", &control.owner, FindingCode::ItControlOwnerMissing);
    report.past_date("lastTested", &control.last_tested, today);
}
