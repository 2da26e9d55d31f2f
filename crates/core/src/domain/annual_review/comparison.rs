//! What changed in an account's Security Profile since last year's signed submission: per
//! criterion and per register row, what was added, removed or changed (with both values), and
//! how many stayed the same. Register rows are matched by their stable ids, so a renamed
//! partner is a change, not one removal and one addition.

use std::collections::BTreeSet;

use super::fields::{self, Field};
use crate::domain::catalogue::CriterionId;
use crate::domain::model::{
    AeoProgram, AnswerStatus, CertificationStatus, PartnerRole, RiskLevel, SecurityProfile,
};

/// The parts of a profile compared, in the order the account's task list shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    /// The answers to the Minimum Security Criteria.
    Criteria,
    /// The business partner register.
    Partners,
    /// The facilities register.
    Facilities,
    /// The personnel screening policy.
    PersonnelScreening,
    /// The training register.
    Training,
    /// The IT controls register.
    ItControls,
}

impl Group {
    /// Every group, in display order.
    pub const ALL: [Group; 6] = [
        Group::Criteria,
        Group::Partners,
        Group::Facilities,
        Group::PersonnelScreening,
        Group::Training,
        Group::ItControls,
    ];

    /// A stable name for element ids.
    pub fn key(self) -> &'static str {
        match self {
            Group::Criteria => "criteria",
            Group::Partners => "partners",
            Group::Facilities => "facilities",
            Group::PersonnelScreening => "personnel",
            Group::Training => "training",
            Group::ItControls => "it_controls",
        }
    }
}

/// Names one difference across recomputations, so a reviewed mark stays on it while the user
/// keeps editing: its group and the criterion id or row id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DifferenceId {
    /// Where the difference is.
    pub group: Group,
    /// The criterion id (`"3.1"`) or the register row's id; the group's key for the one
    /// personnel screening policy.
    pub item: String,
}

/// What happened to an answer or a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Change {
    /// There this year, not last year.
    Added,
    /// There last year, gone this year.
    Removed,
    /// There both years, with at least one field different.
    Changed,
}

/// A field's value as a reviewer reads it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldValue {
    /// Nothing entered.
    Empty,
    /// Text as typed (trimmed), a date or a number.
    Text(String),
    /// A value chosen from a fixed list.
    Choice(Choice),
}

/// A field a reviewer compares, in the order the editor's pages show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewedField {
    /// An answer: status.
    AnswerStatus,
    /// An answer: narrative.
    AnswerNarrative,
    /// An answer: justification.
    AnswerJustification,
    /// An answer: responsible person.
    AnswerResponsiblePerson,
    /// An answer: planned date.
    AnswerPlannedDate,
    /// The evidence documents of an answer or a training record.
    Evidence,
    /// A business partner: name.
    PartnerName,
    /// A business partner: country.
    PartnerCountry,
    /// A business partner: role.
    PartnerRole,
    /// A business partner: ctpat status.
    PartnerCtpatStatus,
    /// A business partner: ctpat number.
    PartnerCtpatNumber,
    /// A business partner: aeo status.
    PartnerAeoStatus,
    /// A business partner: aeo program.
    PartnerAeoProgram,
    /// A business partner: aeo number.
    PartnerAeoNumber,
    /// A business partner: screening date.
    PartnerScreeningDate,
    /// A business partner: risk level.
    PartnerRiskLevel,
    /// A business partner: last security assessment.
    PartnerLastSecurityAssessment,
    /// A facility: name.
    FacilityName,
    /// A facility: address.
    FacilityAddress,
    /// A facility: barriers.
    FacilityBarriers,
    /// A facility: lighting.
    FacilityLighting,
    /// A facility: alarm present.
    FacilityAlarmPresent,
    /// A facility: alarm monitored by.
    FacilityAlarmMonitoredBy,
    /// A facility: alarm last test.
    FacilityAlarmLastTest,
    /// A facility: video present.
    FacilityVideoPresent,
    /// A facility: video cameras.
    FacilityVideoCameras,
    /// A facility: video cargo areas covered.
    FacilityVideoCargoAreasCovered,
    /// A facility: video recording 24 7.
    FacilityVideoRecording24x7,
    /// A facility: video retention days.
    FacilityVideoRetentionDays,
    /// A facility: video last footage review.
    FacilityVideoLastFootageReview,
    /// A facility: access badges.
    FacilityAccessBadges,
    /// A facility: access visitor log.
    FacilityAccessVisitorLog,
    /// A facility: access driver id checks.
    FacilityAccessDriverIdChecks,
    /// A facility: access guards.
    FacilityAccessGuards,
    /// The personnel screening policy: written policy.
    PersonnelWrittenPolicy,
    /// The personnel screening policy: verifies application.
    PersonnelVerifiesApplication,
    /// The personnel screening policy: background checks.
    PersonnelBackgroundChecks,
    /// The personnel screening policy: rescreening months.
    PersonnelRescreeningMonths,
    /// The personnel screening policy: code of conduct.
    PersonnelCodeOfConduct,
    /// The personnel screening policy: description.
    PersonnelDescription,
    /// A training record: date.
    TrainingDate,
    /// A training record: topic.
    TrainingTopic,
    /// A training record: audience.
    TrainingAudience,
    /// A training record: attendees.
    TrainingAttendees,
    /// An IT control: name.
    ItControlName,
    /// An IT control: description.
    ItControlDescription,
    /// An IT control: owner.
    ItControlOwner,
    /// An IT control: last tested.
    ItControlLastTested,
}

/// A value chosen from a fixed list, kept as the value itself so the page names it in the
/// user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Choice {
    /// How far a criterion is implemented.
    Status(AnswerStatus),
    /// A business partner's role.
    Role(PartnerRole),
    /// A C-TPAT or AEO certification status.
    Certification(CertificationStatus),
    /// The AEO program of a partner.
    AeoProgram(AeoProgram),
    /// A partner's risk level.
    Risk(RiskLevel),
    /// Yes (`true`) or no, for a checkbox.
    YesNo(bool),
}

/// One field that differs, with last year's value beside this year's.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FieldChange {
    /// Which field.
    pub field: ReviewedField,
    /// The value in last year's submission.
    pub last_year: FieldValue,
    /// The value now.
    pub this_year: FieldValue,
}

/// One answer or row that is not the same as last year.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Difference {
    /// Which answer or row.
    pub id: DifferenceId,
    /// The row's name as typed (this year's, or last year's when removed); the criterion id
    /// for an answer; empty for the personnel screening policy or a row without a name.
    pub name: String,
    /// Added, removed or changed.
    pub change: Change,
    /// The fields that differ; for an added or removed item, every field it has.
    pub fields: Vec<FieldChange>,
}

/// Everything that differs, and how much did not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Comparison {
    /// The differences, by group in display order.
    pub differences: Vec<Difference>,
    /// Per group, the answers or rows identical in both years.
    pub unchanged: Vec<(Group, usize)>,
}

impl Comparison {
    /// The differences in `group`.
    pub fn in_group(&self, group: Group) -> impl Iterator<Item = &Difference> {
        self.differences
            .iter()
            .filter(move |difference| difference.id.group == group)
    }

    /// How many answers or rows of `group` are identical in both years.
    pub fn unchanged_in(&self, group: Group) -> usize {
        self.unchanged
            .iter()
            .find(|(of, _)| *of == group)
            .map_or(0, |(_, count)| *count)
    }

    /// Whether every difference is in `reviewed`: then the annual review is done.
    pub fn all_reviewed(&self, reviewed: &BTreeSet<DifferenceId>) -> bool {
        self.differences
            .iter()
            .all(|difference| reviewed.contains(&difference.id))
    }
}

/// Compares `this_year`'s profile with `last_year`'s (from the signed submission).
pub fn compare(last_year: &SecurityProfile, this_year: &SecurityProfile) -> Comparison {
    let mut comparison = Comparison::default();
    compare_answers(last_year, this_year, &mut comparison);
    compare_rows(
        Group::Partners,
        &last_year.partners,
        &this_year.partners,
        |partner| (&partner.id, &partner.name, fields::partner(partner)),
        &mut comparison,
    );
    compare_rows(
        Group::Facilities,
        &last_year.facilities,
        &this_year.facilities,
        |facility| (&facility.id, &facility.name, fields::facility(facility)),
        &mut comparison,
    );
    let policy =
        |profile: &SecurityProfile| fields::personnel_screening(&profile.personnel_screening);
    let group = Group::PersonnelScreening;
    record(
        &mut comparison,
        group,
        group.key(),
        "",
        policy(last_year),
        policy(this_year),
    );
    compare_rows(
        Group::Training,
        &last_year.training,
        &this_year.training,
        |record| (&record.id, &record.topic, fields::training(record)),
        &mut comparison,
    );
    compare_rows(
        Group::ItControls,
        &last_year.it_controls,
        &this_year.it_controls,
        |control| (&control.id, &control.name, fields::it_control(control)),
        &mut comparison,
    );
    comparison
}

/// Answers by criterion, in the catalogue's numeric order (`2.1` before `10.1`); an answer with
/// nothing entered counts as no answer.
fn compare_answers(
    last_year: &SecurityProfile,
    this_year: &SecurityProfile,
    comparison: &mut Comparison,
) {
    let mut ids: Vec<&String> = last_year
        .answers
        .keys()
        .chain(this_year.answers.keys())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    ids.sort_by_key(|id| {
        let parsed = id.parse::<CriterionId>().ok();
        (parsed.is_none(), parsed, id.as_str())
    });
    let answer_fields = |profile: &SecurityProfile, id: &str| {
        profile
            .answers
            .get(id)
            .map(fields::answer)
            .unwrap_or_else(|| fields::answer(&Default::default()))
    };
    for id in ids {
        record(
            comparison,
            Group::Criteria,
            id,
            id,
            answer_fields(last_year, id),
            answer_fields(this_year, id),
        );
    }
}

/// Register rows matched by id: this year's in their order, then those removed.
fn compare_rows<'a, Row>(
    group: Group,
    last_year: &'a [Row],
    this_year: &'a [Row],
    read: impl Fn(&'a Row) -> (&'a String, &'a String, Vec<Field>),
    comparison: &mut Comparison,
) {
    let last: Vec<_> = last_year.iter().map(&read).collect();
    let now: Vec<_> = this_year.iter().map(&read).collect();
    let empty = |fields: &[Field]| {
        fields
            .iter()
            .map(|(field, _)| (*field, FieldValue::Empty))
            .collect::<Vec<_>>()
    };
    for (id, name, fields) in &now {
        let before = last
            .iter()
            .find(|(last_id, _, _)| last_id == id)
            .map_or_else(|| empty(fields), |(_, _, fields)| fields.clone());
        record(comparison, group, id, name, before, fields.clone());
    }
    for (id, name, fields) in &last {
        if !now.iter().any(|(now_id, _, _)| now_id == id) {
            record(comparison, group, id, name, fields.clone(), empty(fields));
        }
    }
}

/// Adds the difference between `before` and `after` (the same fields in the same order), or
/// counts the item as unchanged. All-empty on one side means added or removed.
fn record(
    comparison: &mut Comparison,
    group: Group,
    item: &str,
    name: &str,
    before: Vec<Field>,
    after: Vec<Field>,
) {
    let blank = |fields: &[Field]| fields.iter().all(|(_, value)| *value == FieldValue::Empty);
    let change = match (blank(&before), blank(&after)) {
        (true, true) => return,
        (true, false) => Change::Added,
        (false, true) => Change::Removed,
        (false, false) => Change::Changed,
    };
    let fields: Vec<FieldChange> = before
        .into_iter()
        .zip(after)
        .filter(|((_, last_year), (_, this_year))| last_year != this_year)
        .map(|((field, last_year), (_, this_year))| FieldChange {
            field,
            last_year,
            this_year,
        })
        .collect();
    if fields.is_empty() {
        match comparison.unchanged.iter_mut().find(|(of, _)| *of == group) {
            Some((_, count)) => *count += 1,
            None => comparison.unchanged.push((group, 1)),
        }
        return;
    }
    comparison.differences.push(Difference {
        id: DifferenceId {
            group,
            item: item.to_owned(),
        },
        name: name.trim().to_owned(),
        change,
        fields,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{AnswerStatus, CriterionAnswer};

    fn last_year() -> SecurityProfile {
        let mut profile = SecurityProfile::default();
        let answer = profile.answer_mut("3.1");
        answer.status = Some(AnswerStatus::Implemented);
        answer.narrative = "We screen partners yearly.".into();
        answer.last_reviewed = "2025-11-02".into();
        profile.answer_mut("10.2").narrative = "Badges for all.".into();
        profile.answer_mut("2.1").narrative = "Risk assessment done.".into();
        profile.add_partner("p1").name = "Carrier One".into();
        profile.add_facility("f1").name = "Laredo warehouse".into();
        profile.add_facility("f2").name = "El Paso yard".into();
        profile.add_training("t1").topic = "Seal checks".into();
        profile.add_it_control("c1").name = "Backups".into();
        profile.personnel_screening.written_policy = true;
        profile
    }

    fn kinds(comparison: &Comparison) -> Vec<(Group, &str, Change)> {
        comparison
            .differences
            .iter()
            .map(|difference| {
                (
                    difference.id.group,
                    difference.id.item.as_str(),
                    difference.change,
                )
            })
            .collect()
    }

    #[test]
    fn the_same_profile_has_no_difference_and_everything_is_counted_unchanged() {
        let profile = last_year();
        let comparison = compare(&profile, &profile);
        assert!(comparison.differences.is_empty());
        assert_eq!(comparison.unchanged_in(Group::Criteria), 3);
        assert_eq!(comparison.unchanged_in(Group::Facilities), 2);
        assert_eq!(comparison.unchanged_in(Group::PersonnelScreening), 1);
        assert_eq!(comparison.unchanged_in(Group::ItControls), 1);
    }

    #[test]
    fn an_added_partner_a_removed_facility_and_a_changed_narrative_are_exactly_the_differences() {
        let before = last_year();
        let mut now = before.clone();
        now.add_partner("p2").name = "Broker Two".into();
        assert!(now.remove_facility("f1"));
        now.answer_mut("3.1").narrative = "We screen partners every six months.".into();

        let comparison = compare(&before, &now);
        assert_eq!(
            kinds(&comparison),
            [
                (Group::Criteria, "3.1", Change::Changed),
                (Group::Partners, "p2", Change::Added),
                (Group::Facilities, "f1", Change::Removed),
            ]
        );
        let narrative = &comparison.differences[0];
        assert_eq!(
            narrative.fields,
            [FieldChange {
                field: ReviewedField::AnswerNarrative,
                last_year: FieldValue::Text("We screen partners yearly.".into()),
                this_year: FieldValue::Text("We screen partners every six months.".into()),
            }]
        );
        let added = &comparison.differences[1];
        assert_eq!(added.name, "Broker Two");
        assert!(
            added
                .fields
                .iter()
                .any(|field| field.field == ReviewedField::PartnerName
                    && field.last_year == FieldValue::Empty
                    && field.this_year == FieldValue::Text("Broker Two".into()))
        );
        let removed = &comparison.differences[2];
        assert_eq!(removed.name, "Laredo warehouse");
        assert_eq!(comparison.unchanged_in(Group::Facilities), 1);
        assert_eq!(comparison.unchanged_in(Group::Criteria), 2);
        assert_eq!(comparison.unchanged_in(Group::Partners), 1);
    }

    #[test]
    fn rows_are_matched_by_id_so_a_rename_is_one_change() {
        let before = last_year();
        let mut now = before.clone();
        now.partner_mut("p1").unwrap().name = "Carrier One Inc.".into();
        let comparison = compare(&before, &now);
        assert_eq!(
            kinds(&comparison),
            [(Group::Partners, "p1", Change::Changed)]
        );
        assert_eq!(comparison.differences[0].name, "Carrier One Inc.");
    }

    #[test]
    fn marking_an_answer_reviewed_is_not_a_difference() {
        let before = last_year();
        let mut now = before.clone();
        now.answer_mut("3.1").last_reviewed = "2026-12-03".into();
        now.personnel_screening.last_reviewed = "2026-12-03".into();
        assert!(compare(&before, &now).differences.is_empty());
    }

    #[test]
    fn an_answer_emptied_is_removed_and_criteria_come_in_numeric_order() {
        let before = last_year();
        let mut now = before.clone();
        now.answers
            .insert("10.2".into(), CriterionAnswer::default());
        now.answer_mut("1.1").narrative = "Management commits.".into();
        now.answer_mut("2.1").narrative = "Risk assessment updated.".into();
        let comparison = compare(&before, &now);
        assert_eq!(
            kinds(&comparison),
            [
                (Group::Criteria, "1.1", Change::Added),
                (Group::Criteria, "2.1", Change::Changed),
                (Group::Criteria, "10.2", Change::Removed),
            ]
        );
    }

    #[test]
    fn a_changed_choice_or_flag_shows_both_names() {
        let before = last_year();
        let mut now = before.clone();
        now.answer_mut("3.1").status = Some(AnswerStatus::PartiallyImplemented);
        now.personnel_screening.written_policy = false;
        let comparison = compare(&before, &now);
        assert_eq!(
            comparison.differences[0].fields[0],
            FieldChange {
                field: ReviewedField::AnswerStatus,
                last_year: FieldValue::Choice(Choice::Status(AnswerStatus::Implemented)),
                this_year: FieldValue::Choice(Choice::Status(AnswerStatus::PartiallyImplemented)),
            }
        );
        assert_eq!(
            comparison.differences[1].fields[0].this_year,
            FieldValue::Choice(Choice::YesNo(false))
        );
    }

    #[test]
    fn the_review_is_done_once_every_difference_is_marked() {
        let before = last_year();
        let mut now = before.clone();
        now.add_training("t2").topic = "Cyber awareness".into();
        now.remove_it_control("c1");
        let comparison = compare(&before, &now);
        let mut reviewed = BTreeSet::new();
        reviewed.insert(comparison.differences[0].id.clone());
        assert!(!comparison.all_reviewed(&reviewed));
        reviewed.insert(comparison.differences[1].id.clone());
        assert!(comparison.all_reviewed(&reviewed));
    }
}
