//! The `profile` of a submission file: what one entity account tells the Portal, with the
//! main-account information the Portal asks for beside it (docs/file-formats.md §2).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::BusinessType;
use crate::domain::model::{
    Address, Contact, EntityAccount, ProgramMembership, TradeOrganization, Workspace,
};

/// The shape version of a submission's `profile`; a change to the model shapes it carries
/// needs a new version here.
pub const SUBMISSION_SCHEMA_VERSION: u32 = 1;

/// A submission's `profile`, as signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Submission {
    /// [`SUBMISSION_SCHEMA_VERSION`] when written.
    pub schema_version: u32,
    /// Unique id of this issue of the file, so a recipient can tell two exports apart.
    pub profile_id: String,
    /// When the file was signed, RFC 3339 UTC (`2026-11-27T19:00:00Z`).
    pub issued_at: String,
    /// The editor version that wrote the file.
    pub app_version: String,
    /// The organization's own information, as in the workspace.
    pub main_account: MainAccount,
    /// The entity account submitted: identifiers, answers with evidence digests, registers.
    pub account: EntityAccount,
}

/// The main account's information carried in a submission (everything but the other accounts).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct MainAccount {
    /// Company information.
    pub organization: TradeOrganization,
    /// Typed addresses.
    pub addresses: Vec<Address>,
    /// Contacts.
    pub contacts: Vec<Contact>,
    /// International program memberships.
    pub programs: Vec<ProgramMembership>,
}

/// Why a submission could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SubmissionError {
    /// No entity account has this id.
    #[error("there is no entity account with id {id}")]
    UnknownAccount {
        /// The id asked for.
        id: String,
    },
    /// `issuedAt` must be an RFC 3339 UTC time such as `2026-11-27T19:00:00Z`.
    #[error("the issue time {found:?} is not an RFC 3339 UTC time")]
    InvalidIssuedAt {
        /// What was passed.
        found: String,
    },
}

/// Builds the `profile` object of a submission of account `account_id`.
///
/// Readiness (no blocking finding) is the caller's check, so a reviewer may still build a
/// draft file in tests; the values are copied exactly as typed.
pub fn submission_profile(
    workspace: &Workspace,
    account_id: &str,
    issued_at: &str,
    app_version: &str,
    profile_id: &str,
) -> Result<Value, SubmissionError> {
    let account = workspace
        .account(account_id)
        .ok_or_else(|| SubmissionError::UnknownAccount {
            id: account_id.to_owned(),
        })?;
    if !is_utc_timestamp(issued_at) {
        return Err(SubmissionError::InvalidIssuedAt {
            found: issued_at.to_owned(),
        });
    }
    let submission = Submission {
        schema_version: SUBMISSION_SCHEMA_VERSION,
        profile_id: profile_id.to_owned(),
        issued_at: issued_at.to_owned(),
        app_version: app_version.to_owned(),
        main_account: MainAccount {
            organization: workspace.organization.clone(),
            addresses: workspace.addresses.clone(),
            contacts: workspace.contacts.clone(),
            programs: workspace.programs.clone(),
        },
        account: account.clone(),
    };
    // Model types are strings, whole numbers, lists and maps: serializing cannot fail.
    Ok(serde_json::to_value(submission).unwrap_or(Value::Null))
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, the only form the files carry.
pub(super) fn is_utc_timestamp(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|part| part.iter().all(u8::is_ascii_digit))
    };
    let fixed = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')];
    let Some(rest) = text.get(19..) else {
        return false;
    };
    let fraction_ok = match rest.strip_suffix('Z') {
        Some("") => true,
        Some(fraction) => fraction
            .strip_prefix('.')
            .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())),
        None => false,
    };
    fraction_ok
        && fixed.iter().all(|&(at, byte)| bytes.get(at) == Some(&byte))
        && digits(0..4)
        && digits(5..7)
        && digits(8..10)
        && digits(11..13)
        && digits(14..16)
        && digits(17..19)
}

/// What a recipient reads first: who, which business type, how much is filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubmissionSummary {
    /// The organization's legal name, as typed.
    pub legal_name: String,
    /// The submitted account's business type.
    pub business_type: BusinessType,
    /// Criteria with a status chosen.
    pub criteria_answered: usize,
    /// Business partners listed.
    pub partners: usize,
    /// Facilities listed.
    pub facilities: usize,
}

impl Submission {
    /// The summary the verifier prints and the import preview shows.
    pub fn summary(&self) -> SubmissionSummary {
        let profile = &self.account.profile;
        SubmissionSummary {
            legal_name: self.main_account.organization.legal_name.clone(),
            business_type: self.account.business_type,
            criteria_answered: profile
                .answers
                .values()
                .filter(|answer| answer.status.is_some())
                .count(),
            partners: profile.partners.len(),
            facilities: profile.facilities.len(),
        }
    }
}
