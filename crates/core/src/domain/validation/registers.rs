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
    report.require(
        BusinessPartner::NAME,
        &partner.name,
        FindingCode::PartnerNameMissing,
    );
    if report.require(
        BusinessPartner::COUNTRY,
        &partner.country,
        FindingCode::PartnerCountryMissing,
    ) {
        report.country(BusinessPartner::COUNTRY, &partner.country);
    }
    if partner.ctpat_status == CertificationStatus::Certified {
        report.require(
            BusinessPartner::CTPAT_NUMBER,
            &partner.ctpat_number,
            FindingCode::PartnerCtpatNumberMissing,
        );
    }
    if partner.aeo_status == CertificationStatus::Certified {
        if partner.aeo_program.is_none() {
            report.add(
                BusinessPartner::AEO_PROGRAM,
                FindingCode::PartnerAeoProgramMissing,
            );
        }
        report.require(
            BusinessPartner::AEO_NUMBER,
            &partner.aeo_number,
            FindingCode::PartnerAeoNumberMissing,
        );
    }
    if partner.screening_date.trim().is_empty() {
        report.add(
            BusinessPartner::SCREENING_DATE,
            FindingCode::PartnerScreeningDateMissing,
        );
    } else {
        report.past_date(
            BusinessPartner::SCREENING_DATE,
            &partner.screening_date,
            today,
        );
    }
    if partner.risk_level.is_none() {
        report.add(
            BusinessPartner::RISK_LEVEL,
            FindingCode::PartnerRiskLevelMissing,
        );
    }
    let assessed = report.past_date(
        BusinessPartner::LAST_SECURITY_ASSESSMENT,
        &partner.last_security_assessment,
        today,
    );
    let recent = assessed.is_some_and(|date| date >= add_days(today, -HIGH_RISK_ASSESSMENT_DAYS));
    if partner.risk_level == Some(RiskLevel::High) && !recent {
        report.add(
            BusinessPartner::LAST_SECURITY_ASSESSMENT,
            FindingCode::PartnerAssessmentDue,
        );
    }
}

/// A facility: where it is and what its alarm and cameras are said to do.
pub(super) fn check_facility(facility: &Facility, today: Date, report: &mut Report) {
    report.require(
        Facility::NAME,
        &facility.name,
        FindingCode::FacilityNameMissing,
    );
    check_place(&facility.address, &PlaceFields::FACILITY, report);

    if facility.alarm.present {
        report.require(
            Facility::ALARM_MONITORED_BY,
            &facility.alarm.monitored_by,
            FindingCode::AlarmMonitorMissing,
        );
        if facility.alarm.last_test.trim().is_empty() {
            report.add(Facility::ALARM_LAST_TEST, FindingCode::AlarmTestMissing);
        }
    }
    report.past_date(Facility::ALARM_LAST_TEST, &facility.alarm.last_test, today);

    if facility.video.present {
        if facility.video.retention_days.is_none() {
            report.add(
                Facility::VIDEO_RETENTION_DAYS,
                FindingCode::VideoRetentionMissing,
            );
        }
        if facility.video.cameras.is_none() {
            report.add(Facility::VIDEO_CAMERAS, FindingCode::VideoCamerasMissing);
        }
    }
    report.past_date(
        Facility::VIDEO_LAST_FOOTAGE_REVIEW,
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
            PersonnelScreeningPolicy::DESCRIPTION,
            &policy.description,
            FindingCode::ScreeningPolicyDescriptionMissing,
        );
    }
    report.past_date(
        PersonnelScreeningPolicy::LAST_REVIEWED,
        &policy.last_reviewed,
        today,
    );
}

/// A training record: when, what, for whom, and its evidence.
pub(super) fn check_training(record: &TrainingRecord, today: Date, report: &mut Report) {
    if report.require(
        TrainingRecord::DATE,
        &record.date,
        FindingCode::TrainingDateMissing,
    ) {
        report.past_date(TrainingRecord::DATE, &record.date, today);
    }
    report.require(
        TrainingRecord::TOPIC,
        &record.topic,
        FindingCode::TrainingTopicMissing,
    );
    report.require(
        TrainingRecord::AUDIENCE,
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
    report.require(
        ItControl::NAME,
        &control.name,
        FindingCode::ItControlNameMissing,
    );
    report.require(
        ItControl::OWNER,
        &control.owner,
        FindingCode::ItControlOwnerMissing,
    );
    report.past_date(ItControl::LAST_TESTED, &control.last_tested, today);
}
