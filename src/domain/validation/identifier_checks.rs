//! The bridge to `domain::identifiers`: turns an identifier check's error or warning into a
//! finding at the field concerned. The formats themselves live in `domain::identifiers`.

use super::report::Report;
use crate::domain::BusinessType;
use crate::domain::model::{AccountIdentifier, EntityAccount};

/// Checks a telephone or fax number typed at `field`.
pub(super) fn phone(_report: &mut Report, _field: &str, _value: &str) {}

/// Checks an e-mail address typed at `field`.
pub(super) fn email(_report: &mut Report, _field: &str, _value: &str) {}

/// Checks a postal code typed at `field` against its country's format (U.S., Canada, Mexico).
pub(super) fn postal_code(_report: &mut Report, _field: &str, _country: &str, _value: &str) {}

/// Checks an account identifier's value against its kind's format.
pub(super) fn account_identifier(
    _report: &mut Report,
    _field: &str,
    _identifier: &AccountIdentifier,
) {
}

/// Whether `business_type` uses identifiers of this kind.
pub(super) fn is_used_by(_business_type: BusinessType, _identifier: &AccountIdentifier) -> bool {
    true
}

/// Reports the identifiers the account's business type requires but the account lacks.
pub(super) fn required_identifiers(_account: &EntityAccount, _report: &mut Report) {}
