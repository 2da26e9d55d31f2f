//! The unit of incremental validation. Every rule belongs to exactly one scope (one item, or one
//! list-wide rule such as "exactly one primary contact"), so a changed field re-checks only the
//! scopes its path can affect and its findings replace those of the same scopes.

use crate::domain::field_path::{Owner, Register};

/// A part of the workspace whose findings are computed together.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    /// Company information.
    Organization,
    /// Rules over all addresses (a headquarters exists).
    AddressList,
    /// One address, by id.
    Address(String),
    /// Rules over all contacts (count, one primary officer, unique e-mails).
    ContactList,
    /// One contact, by id.
    Contact(String),
    /// One program membership, by id.
    Program(String),
    /// An account's own fields: name, identifiers, status, anniversary.
    Account(String),
    /// One criterion answer: account id, criterion ID.
    Answer(String, String),
    /// One business partner: account id, partner id.
    Partner(String, String),
    /// One facility: account id, facility id.
    Facility(String, String),
    /// An account's personnel screening policy.
    PersonnelScreening(String),
    /// One training record: account id, record id.
    Training(String, String),
    /// One IT control: account id, control id.
    ItControl(String, String),
}

impl Scope {
    /// What the scope's findings are about: the item, or the list for a list-wide rule.
    pub fn owner(&self) -> Owner {
        let row = |account: &String, register, row: &String| Owner::Row {
            account: account.clone(),
            register,
            row: row.clone(),
        };
        match self {
            Scope::Organization => Owner::Organization,
            Scope::AddressList => Owner::Addresses,
            Scope::Address(id) => Owner::Address(id.clone()),
            Scope::ContactList => Owner::Contacts,
            Scope::Contact(id) => Owner::Contact(id.clone()),
            Scope::Program(id) => Owner::Program(id.clone()),
            Scope::Account(account) => Owner::Account(account.clone()),
            Scope::Answer(account, criterion) => Owner::Answer {
                account: account.clone(),
                criterion: criterion.clone(),
            },
            Scope::Partner(account, id) => row(account, Register::Partners, id),
            Scope::Facility(account, id) => row(account, Register::Facilities, id),
            Scope::PersonnelScreening(account) => Owner::PersonnelScreening {
                account: account.clone(),
            },
            Scope::Training(account, id) => row(account, Register::Training, id),
            Scope::ItControl(account, id) => row(account, Register::ItControls, id),
        }
    }

    /// The account this scope belongs to; `None` for the main account's own information.
    pub fn account(&self) -> Option<&str> {
        match self {
            Scope::Organization
            | Scope::AddressList
            | Scope::Address(_)
            | Scope::ContactList
            | Scope::Contact(_)
            | Scope::Program(_) => None,
            Scope::Account(account)
            | Scope::Answer(account, _)
            | Scope::Partner(account, _)
            | Scope::Facility(account, _)
            | Scope::PersonnelScreening(account)
            | Scope::Training(account, _)
            | Scope::ItControl(account, _) => Some(account),
        }
    }
}

/// Which scopes a change at some path may affect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Affected {
    /// Anything: the path is empty or unknown.
    Everything,
    /// Every scope of the main account's own information.
    MainAccount,
    /// Every scope of one account (its business type changed, it was added or removed).
    WholeAccount(String),
    /// Every answer of one account.
    AllAnswers(String),
    /// These scopes only.
    Only(Vec<Scope>),
    /// These scopes and every account's own fields, whose identifier rules read the company's
    /// name and headquarters (RFC for a company in Mexico, MID built from name and address).
    WithAccounts(Vec<Scope>),
}
