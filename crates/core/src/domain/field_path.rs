//! The address of one field of the workspace: what it belongs to (its [`Owner`]) and its name.
//!
//! Every edit names the field it changes, so that only the validation scopes that field can
//! affect are checked again (a keystroke must not re-check 500 business partners), and every
//! finding names the field it is about, so that the page can put the message beside it. Pages
//! build these addresses from typed parts rather than strings, so a misspelt list name or a
//! missing segment does not compile; [`FieldPath::affected`] reads the scopes from the parts,
//! and [`Display`](std::fmt::Display) writes the form findings carry
//! (`accounts/a1/profile/partners/p7/ctpatNumber`).

use std::fmt;

use crate::domain::validation::{Affected, Scope};

/// One of an account's registers: lists of rows the Security Profile keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Register {
    /// Business partners.
    Partners,
    /// Facilities, with their alarms, video surveillance and access control.
    Facilities,
    /// Training records.
    Training,
    /// IT controls.
    ItControls,
}

impl Register {
    /// The list's name in the stored workspace (and in findings).
    pub fn list_name(self) -> &'static str {
        match self {
            Register::Partners => "partners",
            Register::Facilities => "facilities",
            Register::Training => "training",
            Register::ItControls => "itControls",
        }
    }

    /// The validation scope of row `item` of this register in account `account`.
    fn row_scope(self, account: String, item: String) -> Scope {
        match self {
            Register::Partners => Scope::Partner(account, item),
            Register::Facilities => Scope::Facility(account, item),
            Register::Training => Scope::Training(account, item),
            Register::ItControls => Scope::ItControl(account, item),
        }
    }
}

/// What a field belongs to: a part of the main account, an entity account, or something inside
/// an account's Security Profile. A list is an owner too, for additions and removals.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Owner {
    /// The company information.
    Organization,
    /// The list of addresses.
    Addresses,
    /// One address, by id.
    Address(String),
    /// The list of contacts.
    Contacts,
    /// One contact, by id.
    Contact(String),
    /// The list of program memberships.
    Programs,
    /// One program membership, by id.
    Program(String),
    /// An entity account's own fields (name, business type, status, anniversary).
    Account(String),
    /// An account's list of identifiers.
    Identifiers { account: String },
    /// One identifier of an account, by id.
    Identifier { account: String, identifier: String },
    /// Every criterion answer of an account.
    Answers { account: String },
    /// The answer to one criterion, by criterion ID (`3.4`).
    Answer { account: String, criterion: String },
    /// One register of an account, as a whole.
    Register { account: String, register: Register },
    /// One row of a register, by id.
    Row {
        account: String,
        register: Register,
        row: String,
    },
    /// An account's personnel screening policy.
    PersonnelScreening { account: String },
    /// One evidence document of an answer or a register row.
    Evidence {
        holder: Box<Owner>,
        evidence: String,
    },
}

impl Owner {
    /// The address of this owner's field `field`.
    pub fn field(self, field: &'static str) -> FieldPath {
        FieldPath {
            owner: self,
            field: Some(field),
        }
    }

    /// The address of this owner as a whole (an item added or removed, a list reordered).
    pub fn whole(self) -> FieldPath {
        FieldPath {
            owner: self,
            field: None,
        }
    }

    /// The evidence document `evidence` of this answer or register row.
    pub fn evidence(self, evidence: impl Into<String>) -> Owner {
        Owner::Evidence {
            holder: Box::new(self),
            evidence: evidence.into(),
        }
    }

    /// The scopes a change to this owner (to `field` of it, if given) may affect.
    fn affected(&self, field: Option<&str>) -> Affected {
        match self {
            Owner::Organization => Affected::WithAccounts(vec![Scope::Organization]),
            Owner::Addresses => Affected::Everything,
            Owner::Address(id) => {
                Affected::WithAccounts(vec![Scope::Address(id.clone()), Scope::AddressList])
            }
            Owner::Contacts | Owner::Programs => Affected::MainAccount,
            Owner::Contact(id) => {
                Affected::Only(vec![Scope::Contact(id.clone()), Scope::ContactList])
            }
            Owner::Program(id) => Affected::Only(vec![Scope::Program(id.clone())]),
            Owner::Account(account) => match field {
                None | Some("businessType") => Affected::WholeAccount(account.clone()),
                Some(_) => Affected::Only(vec![Scope::Account(account.clone())]),
            },
            Owner::Identifiers { account } | Owner::Identifier { account, .. } => {
                Affected::Only(vec![Scope::Account(account.clone())])
            }
            Owner::Answers { account } => Affected::AllAnswers(account.clone()),
            Owner::Answer { account, criterion } => {
                Affected::Only(vec![Scope::Answer(account.clone(), criterion.clone())])
            }
            Owner::Register { account, .. } => Affected::WholeAccount(account.clone()),
            // A MID is checked against the address of the plant it names.
            Owner::Row {
                account,
                register: Register::Facilities,
                row,
            } => Affected::Only(vec![
                Scope::Facility(account.clone(), row.clone()),
                Scope::Account(account.clone()),
            ]),
            Owner::Row {
                account,
                register,
                row,
            } => Affected::Only(vec![register.row_scope(account.clone(), row.clone())]),
            Owner::PersonnelScreening { account } => {
                Affected::Only(vec![Scope::PersonnelScreening(account.clone())])
            }
            // Evidence is checked with the answer or row that holds it.
            Owner::Evidence { holder, .. } => holder.affected(Some("evidence")),
        }
    }
}

impl fmt::Display for Owner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Owner::Organization => f.write_str("organization"),
            Owner::Addresses => f.write_str("addresses"),
            Owner::Address(id) => write!(f, "addresses/{id}"),
            Owner::Contacts => f.write_str("contacts"),
            Owner::Contact(id) => write!(f, "contacts/{id}"),
            Owner::Programs => f.write_str("programs"),
            Owner::Program(id) => write!(f, "programs/{id}"),
            Owner::Account(account) => write!(f, "accounts/{account}"),
            Owner::Identifiers { account } => write!(f, "accounts/{account}/identifiers"),
            Owner::Identifier {
                account,
                identifier,
            } => write!(f, "accounts/{account}/identifiers/{identifier}"),
            Owner::Answers { account } => write!(f, "accounts/{account}/profile/answers"),
            Owner::Answer { account, criterion } => {
                write!(f, "accounts/{account}/profile/answers/{criterion}")
            }
            Owner::Register { account, register } => {
                write!(f, "accounts/{account}/profile/{}", register.list_name())
            }
            Owner::Row {
                account,
                register,
                row,
            } => write!(
                f,
                "accounts/{account}/profile/{}/{row}",
                register.list_name()
            ),
            Owner::PersonnelScreening { account } => {
                write!(f, "accounts/{account}/profile/personnelScreening")
            }
            Owner::Evidence { holder, evidence } => write!(f, "{holder}/evidence/{evidence}"),
        }
    }
}

/// The address of one field (or, with no field name, of a whole item or list).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FieldPath {
    /// What the field belongs to.
    pub owner: Owner,
    /// The field's name in the stored workspace (`legalName`, `narrative`); `None` for the
    /// owner as a whole.
    pub field: Option<&'static str>,
}

impl FieldPath {
    /// The validation scopes a change at this address may affect.
    pub fn affected(&self) -> Affected {
        self.owner.affected(self.field)
    }

    /// Whether a finding at `path` (the form [`Display`](std::fmt::Display) writes) is about
    /// this field.
    pub fn is(&self, path: &str) -> bool {
        // Compared piecewise, so a keystroke's lookups allocate nothing.
        match self.field {
            Some(field) => path
                .strip_suffix(field)
                .and_then(|owner| owner.strip_suffix('/'))
                .is_some_and(|owner| self.owner.to_string() == owner),
            None => self.owner.to_string() == path,
        }
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.field {
            Some(field) => write!(f, "{}/{field}", self.owner),
            None => write!(f, "{}", self.owner),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validation::affected_by;

    fn every_owner(id: &str) -> Vec<Owner> {
        let account = || id.to_owned();
        let mut owners = vec![
            Owner::Organization,
            Owner::Addresses,
            Owner::Address(account()),
            Owner::Contacts,
            Owner::Contact(account()),
            Owner::Programs,
            Owner::Program(account()),
            Owner::Account(account()),
            Owner::Identifiers { account: account() },
            Owner::Identifier {
                account: account(),
                identifier: "s1".into(),
            },
            Owner::Answers { account: account() },
            Owner::Answer {
                account: account(),
                criterion: "3.4".into(),
            },
            Owner::PersonnelScreening { account: account() },
        ];
        for register in [
            Register::Partners,
            Register::Facilities,
            Register::Training,
            Register::ItControls,
        ] {
            owners.push(Owner::Register {
                account: account(),
                register,
            });
            owners.push(Owner::Row {
                account: account(),
                register,
                row: "r1".into(),
            });
            owners.push(
                Owner::Row {
                    account: account(),
                    register,
                    row: "r1".into(),
                }
                .evidence("e1"),
            );
        }
        owners.push(
            Owner::Answer {
                account: account(),
                criterion: "1.1".into(),
            }
            .evidence("e2"),
        );
        owners
    }

    #[test]
    fn the_scopes_read_from_the_parts_are_those_of_the_written_path() {
        for owner in every_owner("a1") {
            // A list has no fields of its own: only its items do.
            let is_list = matches!(
                owner,
                Owner::Addresses
                    | Owner::Contacts
                    | Owner::Programs
                    | Owner::Identifiers { .. }
                    | Owner::Answers { .. }
                    | Owner::Register { .. }
            );
            let mut paths = vec![owner.clone().whole()];
            if !is_list {
                paths.push(owner.clone().field("name"));
                paths.push(owner.clone().field("businessType"));
            }
            for path in paths {
                assert_eq!(path.affected(), affected_by(&path.to_string()), "{path}");
            }
        }
    }

    #[test]
    fn paths_are_written_as_findings_name_them() {
        let partner = Owner::Row {
            account: "a1".into(),
            register: Register::Partners,
            row: "p7".into(),
        };
        assert_eq!(
            partner.clone().field("ctpatNumber").to_string(),
            "accounts/a1/profile/partners/p7/ctpatNumber"
        );
        assert_eq!(
            partner.evidence("e1").field("fileName").to_string(),
            "accounts/a1/profile/partners/p7/evidence/e1/fileName"
        );
        assert_eq!(
            Owner::Organization.field("legalName").to_string(),
            "organization/legalName"
        );
        assert_eq!(
            Owner::Answers {
                account: "a1".into()
            }
            .whole()
            .to_string(),
            "accounts/a1/profile/answers"
        );
    }

    #[test]
    fn a_path_matches_only_its_own_findings() {
        let narrative = Owner::Answer {
            account: "a1".into(),
            criterion: "3.4".into(),
        }
        .field("narrative");
        assert!(narrative.is("accounts/a1/profile/answers/3.4/narrative"));
        assert!(!narrative.is("accounts/a1/profile/answers/3.4"));
        assert!(!narrative.is("accounts/a1/profile/answers/3.40/narrative"));
        assert!(!narrative.is("accounts/a1/profile/answers/3.4/plannedDate"));
        let whole = Owner::Contact("c1".into()).whole();
        assert!(whole.is("contacts/c1"));
        assert!(!whole.is("contacts/c1/email"));
    }
}
