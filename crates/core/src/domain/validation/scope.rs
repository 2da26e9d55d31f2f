//! The unit of incremental validation. Every rule belongs to exactly one scope (one item, or one
//! list-wide rule such as "exactly one primary contact"), so a changed field re-checks only the
//! scopes its path can affect and its findings replace those of the same scopes.

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

/// The scopes a change at `path` may affect.
///
/// Paths are the ones findings carry (`accounts/a1/profile/partners/p7/ctpatNumber`); a path to
/// a list (`accounts/a1/profile/partners`) or an item (`…/partners/p7`) is also understood, for
/// additions and removals.
pub fn affected_by(path: &str) -> Affected {
    let mut parts = path.split('/');
    let owned = |part: &str| part.to_owned();
    match (parts.next(), parts.next(), parts.next()) {
        (Some("organization"), _, _) => Affected::WithAccounts(vec![Scope::Organization]),
        (Some("addresses"), Some(id), _) => {
            Affected::WithAccounts(vec![Scope::Address(owned(id)), Scope::AddressList])
        }
        (Some("contacts"), Some(id), _) => {
            Affected::Only(vec![Scope::Contact(owned(id)), Scope::ContactList])
        }
        (Some("programs"), Some(id), _) => Affected::Only(vec![Scope::Program(owned(id))]),
        (Some("contacts" | "programs"), None, _) => Affected::MainAccount,
        (Some("addresses"), None, _) => Affected::Everything,
        (Some("accounts"), Some(account), next) => account_part(account, next, parts),
        _ => Affected::Everything,
    }
}

/// The scopes a change under `accounts/<account>/<next>/…` may affect.
fn account_part<'a>(
    account: &str,
    next: Option<&str>,
    mut rest: impl Iterator<Item = &'a str>,
) -> Affected {
    let account = account.to_owned();
    match next {
        None | Some("businessType") => Affected::WholeAccount(account),
        Some("profile") => {
            let section = rest.next();
            let item = rest.next().map(str::to_owned);
            match (section, item) {
                (Some("answers"), Some(id)) => Affected::Only(vec![Scope::Answer(account, id)]),
                (Some("answers"), None) => Affected::AllAnswers(account),
                (Some("partners"), Some(id)) => Affected::Only(vec![Scope::Partner(account, id)]),
                // A MID is checked against the address of the plant it names.
                (Some("facilities"), Some(id)) => Affected::Only(vec![
                    Scope::Facility(account.clone(), id),
                    Scope::Account(account),
                ]),
                (Some("training"), Some(id)) => Affected::Only(vec![Scope::Training(account, id)]),
                (Some("itControls"), Some(id)) => {
                    Affected::Only(vec![Scope::ItControl(account, id)])
                }
                (Some("personnelScreening"), _) => {
                    Affected::Only(vec![Scope::PersonnelScreening(account)])
                }
                _ => Affected::WholeAccount(account),
            }
        }
        Some(_) => Affected::Only(vec![Scope::Account(account)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partner_field_affects_only_that_partner() {
        assert_eq!(
            affected_by("accounts/a1/profile/partners/p7/ctpatNumber"),
            Affected::Only(vec![Scope::Partner("a1".into(), "p7".into())])
        );
    }

    #[test]
    fn a_contact_field_also_affects_the_rules_over_all_contacts() {
        assert_eq!(
            affected_by("contacts/c2/email"),
            Affected::Only(vec![Scope::Contact("c2".into()), Scope::ContactList])
        );
    }

    #[test]
    fn a_headquarters_change_also_affects_every_accounts_identifier_rules() {
        assert_eq!(
            affected_by("addresses/hq/country"),
            Affected::WithAccounts(vec![Scope::Address("hq".into()), Scope::AddressList])
        );
    }

    #[test]
    fn changing_the_business_type_affects_the_whole_account() {
        assert_eq!(
            affected_by("accounts/a1/businessType"),
            Affected::WholeAccount("a1".into())
        );
    }

    #[test]
    fn an_answer_path_names_the_criterion() {
        assert_eq!(
            affected_by("accounts/a1/profile/answers/3.4/plannedDate"),
            Affected::Only(vec![Scope::Answer("a1".into(), "3.4".into())])
        );
    }

    #[test]
    fn an_unknown_path_affects_everything() {
        assert_eq!(affected_by(""), Affected::Everything);
        assert_eq!(affected_by("nonsense/x"), Affected::Everything);
    }
}
