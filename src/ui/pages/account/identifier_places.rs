//! Which field shows an identifier, so that messages, the error summary and links from other
//! screens land on it. The details page shows the first identifier of each kind in the kind's
//! own field (its id stays the same while the identifier behind it comes and goes as the user
//! types); any further identifier of that kind has a field of its own under it.

use crate::domain::FieldPath;
use crate::domain::Owner;
use crate::domain::identifiers::IdentifierKind;
use crate::domain::model::{AccountIdentifier, EntityAccount, Workspace};
use crate::domain::validation::Finding;
use crate::ui::field_id::field_id;

/// The id of the field of the first identifier of `kind`.
pub fn kind_field_id(account_id: &str, kind: IdentifierKind) -> String {
    field_id(
        &Owner::Identifier {
            account: account_id.to_owned(),
            identifier: kind.key().to_owned(),
        }
        .field(AccountIdentifier::VALUE),
    )
}

/// The id of the field of identifier `identifier_id` shown after the first of its kind.
pub fn further_field_id(account_id: &str, identifier_id: &str) -> String {
    field_id(
        &Owner::Identifier {
            account: account_id.to_owned(),
            identifier: identifier_id.to_owned(),
        }
        .field(AccountIdentifier::VALUE),
    )
}

/// The ids of the identifiers of `kind` after the first, in the account's order.
pub fn further_of_kind(account: &EntityAccount, kind: IdentifierKind) -> Vec<String> {
    account
        .identifiers
        .iter()
        .filter(|identifier| identifier.kind == kind)
        .skip(1)
        .map(|identifier| identifier.id.clone())
        .collect()
}

/// The finding the field of identifier `identifier_id` shows: one about its value or about the
/// identifier as a whole (a kind this business type does not use), an error before a warning.
pub fn identifier_finding<'a>(
    found: &'a [Finding],
    account_id: &str,
    identifier_id: &str,
) -> Option<&'a Finding> {
    let identifier = Owner::Identifier {
        account: account_id.to_owned(),
        identifier: identifier_id.to_owned(),
    };
    let here = || found.iter().filter(|f| f.path.lies_within(&identifier));
    here().find(|f| f.is_error()).or_else(|| here().next())
}

/// The id of the field a finding at `path` is about: an identifier's finding goes to the field
/// showing that identifier, any other to the field of its path.
pub fn field_of_finding(workspace: &Workspace, path: &FieldPath) -> String {
    identifier_field(workspace, path).unwrap_or_else(|| field_id(path))
}

fn identifier_field(workspace: &Workspace, path: &FieldPath) -> Option<String> {
    let Owner::Identifier {
        account: account_id,
        identifier: identifier_id,
    } = &path.owner
    else {
        return None;
    };
    let account = workspace.account(account_id)?;
    let identifier = account
        .identifiers
        .iter()
        .find(|i| &i.id == identifier_id)?;
    let first = account
        .identifiers
        .iter()
        .find(|i| i.kind == identifier.kind)?;
    Some(if first.id == identifier.id {
        kind_field_id(account_id, identifier.kind)
    } else {
        further_field_id(account_id, identifier_id)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::BusinessType;
    use crate::domain::model::AccountIdentifier;

    fn identifier(id: &str) -> Owner {
        Owner::Identifier {
            account: "a1".into(),
            identifier: id.into(),
        }
    }

    fn carrier_with_two_scacs() -> Workspace {
        let mut workspace = Workspace::default();
        workspace.add_account("a1", BusinessType::HighwayCarrierUsMexico, "Road");
        let account = workspace.account_mut("a1").expect("added");
        for (id, value) in [("s1", "ABCD"), ("s2", "EFGH")] {
            account.identifiers.push(AccountIdentifier {
                id: id.to_owned(),
                kind: IdentifierKind::Scac,
                value: value.to_owned(),
                facility_id: None,
            });
        }
        workspace
    }

    #[test]
    fn the_first_identifier_of_a_kind_is_in_the_kind_field_and_the_next_in_its_own() {
        let workspace = carrier_with_two_scacs();
        assert_eq!(
            field_of_finding(
                &workspace,
                &identifier("s1").field(AccountIdentifier::VALUE)
            ),
            kind_field_id("a1", IdentifierKind::Scac)
        );
        assert_eq!(
            field_of_finding(&workspace, &identifier("s2").field(AccountIdentifier::KIND)),
            "field-accounts-a1-identifiers-s2-value"
        );
        assert_eq!(
            further_of_kind(
                workspace.account("a1").expect("there"),
                IdentifierKind::Scac
            ),
            vec!["s2".to_owned()]
        );
    }

    #[test]
    fn an_identifier_shows_its_own_error_before_its_warning() {
        use crate::domain::validation::FindingCode;
        let found = [
            Finding::new(
                identifier("s1").field(AccountIdentifier::VALUE),
                FindingCode::IdentifierInvalid,
            ),
            Finding::new(
                identifier("s2").field(AccountIdentifier::KIND),
                FindingCode::IdentifierNotUsed,
            ),
            Finding::new(
                identifier("s2").field(AccountIdentifier::VALUE),
                FindingCode::IdentifierValueMissing,
            ),
        ];
        let shown = |id| identifier_finding(&found, "a1", id).map(|f| f.code);
        assert_eq!(shown("s2"), Some(FindingCode::IdentifierValueMissing));
        assert_eq!(shown("s1"), Some(FindingCode::IdentifierInvalid));
        assert_eq!(shown("s3"), None);
    }

    #[test]
    fn other_findings_go_to_the_field_of_their_path() {
        let workspace = carrier_with_two_scacs();
        assert_eq!(
            field_of_finding(
                &workspace,
                &Owner::Account("a1".into()).field(EntityAccount::NAME)
            ),
            "field-accounts-a1-name"
        );
        assert_eq!(
            field_of_finding(
                &workspace,
                &identifier("gone").field(AccountIdentifier::VALUE)
            ),
            "field-accounts-a1-identifiers-gone-value"
        );
    }
}
