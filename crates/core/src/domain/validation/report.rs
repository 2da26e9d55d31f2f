//! Where rules write their findings: a report for one item knows the item's path, so a rule
//! names only the field it checks, and the checks every section shares (required text, dates,
//! countries) are written once.

use super::finding::{Finding, FindingCode};
use crate::domain::model::date::{Date, parse_iso_date};

/// Findings of one item, under the item's path.
pub(super) struct Report<'a> {
    base: String,
    out: &'a mut Vec<Finding>,
}

impl<'a> Report<'a> {
    /// A report for the item at `base` (no trailing slash), writing into `out`.
    pub(super) fn new(base: String, out: &'a mut Vec<Finding>) -> Self {
        Report { base, out }
    }

    /// The path of `field` inside this item; an empty field names the item itself.
    pub(super) fn path(&self, field: &str) -> String {
        if field.is_empty() {
            self.base.clone()
        } else if self.base.is_empty() {
            field.to_owned()
        } else {
            format!("{}/{field}", self.base)
        }
    }

    /// A report for a part of this item (a nested object such as `address` or `video`).
    pub(super) fn nested(&mut self, part: &str) -> Report<'_> {
        Report {
            base: self.path(part),
            out: self.out,
        }
    }

    /// Records `code` at `field` and hands the finding back for arguments.
    pub(super) fn add(&mut self, field: &str, code: FindingCode) -> &mut Finding {
        self.out.push(Finding::new(self.path(field), code));
        let last = self.out.len() - 1;
        &mut self.out[last]
    }

    /// Records `code` at `field` when `value` is blank; `true` when it was filled in.
    pub(super) fn require(&mut self, field: &str, value: &str, code: FindingCode) -> bool {
        let filled = !value.trim().is_empty();
        if !filled {
            self.add(field, code);
        }
        filled
    }

    /// Reads the optional date at `field`: blank is `None`, a malformed date is reported.
    pub(super) fn date(&mut self, field: &str, value: &str) -> Option<Date> {
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
    pub(super) fn past_date(&mut self, field: &str, value: &str, today: Date) -> Option<Date> {
        let date = self.date(field, value)?;
        if date > today {
            self.add(field, FindingCode::DateInFuture);
        }
        Some(date)
    }

    /// Checks a country typed at `field` is two ISO letters; `true` when it is.
    pub(super) fn country(&mut self, field: &str, value: &str) -> bool {
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
