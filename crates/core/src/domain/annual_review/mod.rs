//! The yearly review of a certified account's Security Profile: what changed since last year's
//! signed submission ([`compare`]), what marking a difference reviewed writes
//! ([`record_reviewed`]), and the calendar reminder of the next review window
//! ([`review_reminder`]).
//!
//! CBP asks certified partners to review and resubmit their Security Profile every year, in the
//! 90 days before the partner anniversary date (docs/domain.md §3.2). The window itself is
//! `EntityAccount::next_review_window`.

mod calendar;
mod comparison;
mod fields;
mod record;

pub use calendar::{CalendarError, ReviewReminder, review_reminder};
pub use comparison::{
    Change, Choice, Comparison, Difference, DifferenceId, FieldChange, FieldValue, Group,
    ReviewedField, compare,
};
pub use record::record_reviewed;
