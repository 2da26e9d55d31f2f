//! What an identifier check can report besides a parsed value: how serious a problem is, the
//! generic "nothing entered / wrong shape" error shared by the simple codes, and the advisory
//! warnings that never block a value from being stored.
//!
//! The validation engine turns these into findings that keep the problem itself
//! ([`IdentifierProblem`]); the message catalogue words it (`i18n::identifiers`).

use serde::{Deserialize, Serialize};

use super::{IdentifierError, IdentifierKind};

/// How serious a problem is: an error blocks export, a warning only advises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// The value is wrong and must be fixed.
    Error,
    /// The value may be right but deserves a second look.
    Warning,
}

/// Placeholder values for a message, by placeholder name.
pub type MessageArgs = Vec<(&'static str, String)>;

/// The error of a code whose only rule is its shape (USDOT, DUNS, FIRMS, postal codes, …).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// Nothing (or only spaces) was entered.
    #[error("no {kind} was entered")]
    Empty {
        /// Which identifier was expected.
        kind: IdentifierKind,
    },
    /// The text does not have the shape of this identifier.
    #[error("{value:?} is not a valid {kind}")]
    Format {
        /// Which identifier was expected.
        kind: IdentifierKind,
        /// What the user entered, trimmed.
        value: String,
    },
}

impl FormatError {
    /// The "nothing entered" or "wrong shape" error for `kind`, depending on `text`.
    pub(crate) fn for_text(kind: IdentifierKind, text: &str) -> FormatError {
        let value = text.trim();
        if value.is_empty() {
            FormatError::Empty { kind }
        } else {
            FormatError::Format {
                kind,
                value: value.to_owned(),
            }
        }
    }

    /// Values for the message's placeholders.
    pub fn args(&self) -> MessageArgs {
        match self {
            FormatError::Empty { .. } => Vec::new(),
            FormatError::Format { value, .. } => vec![("value", value.clone())],
        }
    }
}

/// Something about a well-formed identifier that deserves a second look but must not block it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdentifierWarning {
    /// The MID is not the one CBP's construction rules give for the manufacturer's name and
    /// address (19 CFR Part 102, Appendix).
    #[error("MID {mid} does not match the manufacturer's name and address (expected {expected})")]
    MidConstruction {
        /// The MID as entered (canonical form).
        mid: String,
        /// The MID the construction rules give.
        expected: String,
    },
    /// The RFC's last character is not the check digit SAT's algorithm gives. About 1.5% of live
    /// RFCs fail this check, so it can only advise.
    #[error("RFC {rfc} has check digit {found}, the algorithm gives {expected}")]
    RfcCheckDigit {
        /// The RFC (canonical form).
        rfc: String,
        /// The last character entered.
        found: char,
        /// The check digit the algorithm gives.
        expected: char,
    },
    /// The business number names a CBSA program account other than import/export (RM).
    #[error("business number {number} is a {program} account, not an import/export (RM) account")]
    BusinessNumberNotImportExport {
        /// The business number (canonical form).
        number: String,
        /// The program identifier entered (RT, RP, …).
        program: String,
    },
    /// A SCAC ending in U, X or Z, which NMFTA keeps for containers, private railcars and
    /// chassis; ocean carriers use their container prefix, so it is only checked, not refused.
    #[error("SCAC {scac} ends in {ending}, which is kept for equipment")]
    ScacReservedEnding {
        /// The SCAC (canonical form).
        scac: String,
        /// Its last letter.
        ending: char,
    },
    /// A highway carrier's SCAC shorter than the 4 letters carriers are normally assigned.
    #[error("SCAC {scac} is shorter than the 4 letters highway carriers are assigned")]
    ScacShorterThanFour {
        /// The SCAC (canonical form).
        scac: String,
    },
}

impl IdentifierWarning {
    /// Always [`Severity::Warning`]: warnings advise, they never block.
    pub fn severity(&self) -> Severity {
        Severity::Warning
    }

    /// Values for the message's placeholders.
    pub fn args(&self) -> MessageArgs {
        match self {
            IdentifierWarning::MidConstruction { mid, expected } => {
                vec![("value", mid.clone()), ("expected", expected.clone())]
            }
            IdentifierWarning::RfcCheckDigit {
                rfc,
                found,
                expected,
            } => vec![
                ("value", rfc.clone()),
                ("found", found.to_string()),
                ("expected", expected.to_string()),
            ],
            IdentifierWarning::BusinessNumberNotImportExport { number, program } => {
                vec![("value", number.clone()), ("program", program.clone())]
            }
            IdentifierWarning::ScacReservedEnding { scac, ending } => {
                vec![("value", scac.clone()), ("ending", ending.to_string())]
            }
            IdentifierWarning::ScacShorterThanFour { scac } => vec![("value", scac.clone())],
        }
    }
}

/// Trims, drops spaces and hyphens, and upper-cases: the separators and case people type inside
/// codes that have neither.
pub(crate) fn compact(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

/// Whether `text` is exactly `len` ASCII digits.
pub(crate) fn is_digits(text: &str, len: usize) -> bool {
    text.len() == len && text.bytes().all(|b| b.is_ascii_digit())
}

/// What an identifier check reported about a value, kept whole so a finding carries its
/// meaning and the page can word it in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdentifierProblem {
    /// The value is refused.
    Invalid(IdentifierError),
    /// The value is accepted but deserves a second look.
    Doubtful(IdentifierWarning),
}
