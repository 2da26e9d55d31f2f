//! Where rules write their findings: a report for one item knows the item's owner, so a rule
//! names only the field it checks, and the checks every section shares (required text, dates,
//! countries) are written once.

use super::finding::{Finding, FindingCode};
use crate::domain::field_path::{FieldPath, Owner};
use crate::domain::model::date::{Date, parse_iso_date};

/// Findings of one item, at fields of the item's owner.
pub(super) struct Report<'a> {
    owner: Owner,
    out: &'a mut Vec<Finding>,
}

impl<'a> Report<'a> {
    /// A report for the item `owner`, writing into `out`.
    pub(super) fn new(owner: Owner, out: &'a mut Vec<Finding>) -> Self {
        Report { owner, out }
    }

    /// The item this report is about.
    pub(super) fn owner(&self) -> &Owner {
        &self.owner
    }

    /// A report for something inside this item with an owner of its own (an identifier of an
    /// account, an evidence document of an answer or row), writing into the same findings.
    pub(super) fn within(&mut self, owner: Owner) -> Report<'_> {
        Report {
            owner,
            out: self.out,
        }
    }

    /// Records `code` at `field` and hands the finding back for arguments.
    pub(super) fn add(&mut self, field: &'static str, code: FindingCode) -> &mut Finding {
        self.push(self.owner.clone().field(field), code)
    }

    /// Records `code` about the item as a whole (a list-wide rule, such as "no headquarters").
    pub(super) fn add_to_item(&mut self, code: FindingCode) -> &mut Finding {
        self.push(self.owner.clone().whole(), code)
    }

    fn push(&mut self, path: FieldPath, code: FindingCode) -> &mut Finding {
        self.out.push(Finding::new(path, code));
        let last = self.out.len() - 1;
        &mut self.out[last]
    }

    /// Records `code` at `field` when `value` is blank; `true` when it was filled in.
    pub(super) fn require(&mut self, field: &'static str, value: &str, code: FindingCode) -> bool {
        let filled = !value.trim().is_empty();
        if !filled {
            self.add(field, code);
        }
        filled
    }

    /// Reads the optional date at `field`: blank is `None`, a malformed date is reported.
    pub(super) fn date(&mut self, field: &'static str, value: &str) -> Option<Date> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        let date = parse_iso_date(value);
        if date.is_none() {
            self.add(field, FindingCode::DateInvalid)
                .args
                .push(("value", value.to_owned()));
        }
        date
    }

    /// Reads the optional date of something that already happened; one after `today` is
    /// reported.
    pub(super) fn past_date(
        &mut self,
        field: &'static str,
        value: &str,
        today: Date,
    ) -> Option<Date> {
        let date = self.date(field, value)?;
        if date > today {
            self.add(field, FindingCode::DateInFuture);
        }
        Some(date)
    }

    /// Checks a country typed at `field` is two ISO letters; `true` when it is.
    pub(super) fn country(&mut self, field: &'static str, value: &str) -> bool {
        let value = value.trim();
        let valid = value.len() == 2 && value.bytes().all(|byte| byte.is_ascii_alphabetic());
        if !valid && !value.is_empty() {
            self.add(field, FindingCode::CountryInvalid)
                .args
                .push(("value", value.to_owned()));
        }
        valid
    }
}
