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

    /// The entity account this owner belongs to; `None` for the main account's information.
    pub fn account(&self) -> Option<&str> {
        match self {
            Owner::Organization
            | Owner::Addresses
            | Owner::Address(_)
            | Owner::Contacts
            | Owner::Contact(_)
            | Owner::Programs
            | Owner::Program(_) => None,
            Owner::Account(account)
            | Owner::Identifiers { account }
            | Owner::Identifier { account, .. }
            | Owner::Answers { account }
            | Owner::Answer { account, .. }
            | Owner::Register { account, .. }
            | Owner::Row { account, .. }
            | Owner::PersonnelScreening { account } => Some(account),
            Owner::Evidence { holder, .. } => holder.account(),
        }
    }

    /// Whether this owner is `outer` or lies inside it (an item of a list, anything of an
    /// account, an evidence document of an answer or row), as its written path would lie under
    /// `outer`'s.
    pub fn lies_within(&self, outer: &Owner) -> bool {
        if self == outer {
            return true;
        }
        match (self, outer) {
            (Owner::Evidence { holder, .. }, _) => holder.lies_within(outer),
            (Owner::Address(_), Owner::Addresses)
            | (Owner::Contact(_), Owner::Contacts)
            | (Owner::Program(_), Owner::Programs) => true,
            (_, Owner::Account(account)) => self.account() == Some(account),
            (Owner::Identifier { account, .. }, Owner::Identifiers { account: outer }) => {
                account == outer
            }
            (Owner::Answer { account, .. }, Owner::Answers { account: outer }) => account == outer,
            (
                Owner::Row {
                    account, register, ..
                },
                Owner::Register {
                    account: outer_account,
                    register: outer_register,
                },
            ) => account == outer_account && register == outer_register,
            _ => false,
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

    /// Whether this field lies within `outer`: is one of its fields, or of an item of it, or of
    /// an evidence document of such an item. A task-list section counts its findings this way.
    pub fn lies_within(&self, outer: &Owner) -> bool {
        self.owner.lies_within(outer)
    }

    /// The criterion ID (`3.4`) of the answer this field belongs to, directly or through one of
    /// its evidence documents; `None` for a field of no answer. A list of findings shown away
    /// from their fields says with it which criterion each concerns.
    pub fn criterion(&self) -> Option<&str> {
        match &self.owner {
            Owner::Answer { criterion, .. } => Some(criterion),
            Owner::Evidence { holder, .. } => match holder.as_ref() {
                Owner::Answer { criterion, .. } => Some(criterion),
                _ => None,
            },
            _ => None,
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

    fn partner(row: &str) -> Owner {
        Owner::Row {
            account: "a1".into(),
            register: Register::Partners,
            row: row.into(),
        }
    }

    #[test]
    fn a_partner_field_affects_only_that_partner() {
        assert_eq!(
            partner("p7").field("ctpatNumber").affected(),
            Affected::Only(vec![Scope::Partner("a1".into(), "p7".into())])
        );
        assert_eq!(
            partner("p7").evidence("e1").field("title").affected(),
            Affected::Only(vec![Scope::Partner("a1".into(), "p7".into())]),
            "evidence is checked with the row that holds it"
        );
    }

    #[test]
    fn a_contact_field_also_affects_the_rules_over_all_contacts() {
        assert_eq!(
            Owner::Contact("c2".into()).field("email").affected(),
            Affected::Only(vec![Scope::Contact("c2".into()), Scope::ContactList])
        );
    }

    #[test]
    fn a_headquarters_change_also_affects_every_accounts_identifier_rules() {
        assert_eq!(
            Owner::Address("hq".into()).field("country").affected(),
            Affected::WithAccounts(vec![Scope::Address("hq".into()), Scope::AddressList])
        );
    }

    #[test]
    fn changing_the_business_type_affects_the_whole_account() {
        let account = || Owner::Account("a1".into());
        assert_eq!(
            account().field("businessType").affected(),
            Affected::WholeAccount("a1".into())
        );
        assert_eq!(
            account().whole().affected(),
            Affected::WholeAccount("a1".into())
        );
        assert_eq!(
            account().field("name").affected(),
            Affected::Only(vec![Scope::Account("a1".into())])
        );
    }

    #[test]
    fn a_facility_field_also_affects_the_account_whose_mid_names_the_plant() {
        let facility = Owner::Row {
            account: "a1".into(),
            register: Register::Facilities,
            row: "f1".into(),
        };
        assert_eq!(
            facility.field("address/line1").affected(),
            Affected::Only(vec![
                Scope::Facility("a1".into(), "f1".into()),
                Scope::Account("a1".into())
            ])
        );
    }

    #[test]
    fn adding_or_removing_items_affects_their_lists() {
        assert_eq!(Owner::Addresses.whole().affected(), Affected::Everything);
        assert_eq!(Owner::Contacts.whole().affected(), Affected::MainAccount);
        assert_eq!(
            Owner::Answers {
                account: "a1".into()
            }
            .whole()
            .affected(),
            Affected::AllAnswers("a1".into())
        );
        assert_eq!(
            Owner::Register {
                account: "a1".into(),
                register: Register::Training
            }
            .whole()
            .affected(),
            Affected::WholeAccount("a1".into())
        );
    }

    #[test]
    fn every_owner_lies_within_its_account_and_no_other() {
        for owner in every_owner("a1") {
            let main_account = matches!(
                owner,
                Owner::Organization
                    | Owner::Addresses
                    | Owner::Address(_)
                    | Owner::Contacts
                    | Owner::Contact(_)
                    | Owner::Programs
                    | Owner::Program(_)
            );
            let field = owner.clone().field("name");
            assert_eq!(
                field.lies_within(&Owner::Account("a1".into())),
                !main_account,
                "{field}"
            );
            assert!(!field.lies_within(&Owner::Account("a2".into())), "{field}");
            assert!(field.lies_within(&owner), "{field}");
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
    fn items_lie_within_their_lists_and_evidence_within_its_holder() {
        let row = partner("p7");
        let partners = Owner::Register {
            account: "a1".into(),
            register: Register::Partners,
        };
        let training = Owner::Register {
            account: "a1".into(),
            register: Register::Training,
        };
        assert!(row.clone().field("name").lies_within(&partners));
        assert!(
            row.clone()
                .evidence("e1")
                .field("title")
                .lies_within(&partners)
        );
        assert!(row.clone().evidence("e1").field("title").lies_within(&row));
        assert!(!row.clone().field("name").lies_within(&training));
        assert!(!row.field("name").lies_within(&partner("p70")));
        assert!(
            Owner::Address("hq".into())
                .field("city")
                .lies_within(&Owner::Addresses)
        );
        assert!(
            !Owner::Address("hq".into())
                .field("city")
                .lies_within(&Owner::Contacts)
        );
        let answers = Owner::Answers {
            account: "a1".into(),
        };
        let answer = Owner::Answer {
            account: "a1".into(),
            criterion: "3.4".into(),
        };
        assert!(answer.clone().field("narrative").lies_within(&answers));
        assert!(!answers.clone().whole().lies_within(&answer));
    }

    #[test]
    fn a_field_of_an_answer_or_of_its_evidence_names_the_criterion() {
        let answer = Owner::Answer {
            account: "a1".into(),
            criterion: "12.10".into(),
        };
        assert_eq!(answer.clone().field("narrative").criterion(), Some("12.10"));
        assert_eq!(answer.clone().whole().criterion(), Some("12.10"));
        assert_eq!(
            answer.evidence("e1").field("title").criterion(),
            Some("12.10")
        );
        assert_eq!(partner("p1").field("name").criterion(), None);
        assert_eq!(
            partner("p1").evidence("e1").field("title").criterion(),
            None
        );
        assert_eq!(Owner::Organization.field("legalName").criterion(), None);
    }
}
