//! Runs the rules: every scope of a workspace for a full pass, or one scope for an incremental
//! one. Both report under the scope's own owner, so an incremental result is
//! by construction the full result for that scope.

use super::account::check_account;
use super::answers::check_answer;
use super::finding::Finding;
use super::main_account::{
    check_address, check_address_list, check_contact, check_contact_list, check_organization,
    check_program,
};
use super::registers::{
    check_facility, check_it_control, check_partner, check_personnel_screening, check_training,
};
use super::report::Report;
use super::scope::Scope;
use crate::domain::catalogue::{CriterionId, catalogue};
use crate::domain::model::date::Date;
use crate::domain::model::{EntityAccount, Workspace};

/// The findings of one scope as the workspace stands; empty when the item no longer exists.
///
/// Ids are meant to be unique, but a file from elsewhere may repeat one: every item with the
/// id is checked, in order, exactly as the full pass does.
pub fn check_scope(workspace: &Workspace, scope: &Scope, today: Date) -> Vec<Finding> {
    let mut found = Vec::new();
    let mut report = Report::new(scope.owner(), &mut found);
    let accounts = |id: &str| {
        let id = id.to_owned();
        workspace.accounts.iter().filter(move |a| a.id == id)
    };
    let profiles = |id: &str| accounts(id).map(|a| &a.profile);
    match scope {
        Scope::Organization => check_organization(&workspace.organization, today, &mut report),
        Scope::AddressList => check_address_list(&workspace.addresses, &mut report),
        Scope::Address(id) => {
            for address in workspace.addresses.iter().filter(|a| &a.id == id) {
                check_address(address, &mut report);
            }
        }
        Scope::ContactList => check_contact_list(&workspace.contacts, &mut report),
        Scope::Contact(id) => {
            for contact in workspace.contacts.iter().filter(|c| &c.id == id) {
                check_contact(contact, &mut report);
            }
        }
        Scope::Program(id) => {
            for membership in workspace.programs.iter().filter(|p| &p.id == id) {
                check_program(membership, &mut report);
            }
        }
        Scope::Account(id) => {
            for account in accounts(id) {
                check_account(account, workspace, today, &mut report);
            }
        }
        Scope::Answer(id, criterion) => {
            for account in accounts(id) {
                check_answer_of(account, criterion, today, &mut report);
            }
        }
        Scope::Partner(id, item) => {
            let partners = profiles(id).flat_map(|p| p.partners.iter().filter(|p| &p.id == item));
            for partner in partners {
                check_partner(partner, today, &mut report);
            }
        }
        Scope::Facility(id, item) => {
            let facilities =
                profiles(id).flat_map(|p| p.facilities.iter().filter(|f| &f.id == item));
            for facility in facilities {
                check_facility(facility, today, &mut report);
            }
        }
        Scope::PersonnelScreening(id) => {
            for profile in profiles(id) {
                check_personnel_screening(&profile.personnel_screening, today, &mut report);
            }
        }
        Scope::Training(id, item) => {
            let records = profiles(id).flat_map(|p| p.training.iter().filter(|t| &t.id == item));
            for record in records {
                check_training(record, today, &mut report);
            }
        }
        Scope::ItControl(id, item) => {
            let controls =
                profiles(id).flat_map(|p| p.it_controls.iter().filter(|c| &c.id == item));
            for control in controls {
                check_it_control(control, today, &mut report);
            }
        }
    }
    found
}

/// The answer to `criterion` in `account`, when the criterion exists and applies to the
/// account's business type (answers kept from another business type are not judged).
fn check_answer_of(account: &EntityAccount, criterion: &str, today: Date, report: &mut Report) {
    let Ok(id) = criterion.parse::<CriterionId>() else {
        return;
    };
    let Some(criterion_data) = catalogue().get(&id) else {
        return;
    };
    if criterion_data.applies_to(account.business_type) {
        check_answer(
            criterion_data,
            account.profile.answers.get(criterion),
            today,
            report,
        );
    }
}

/// Every scope of the main account's own information, in page order.
pub fn main_account_scopes(workspace: &Workspace) -> Vec<Scope> {
    let mut scopes = vec![Scope::Organization, Scope::AddressList];
    scopes.extend(
        workspace
            .addresses
            .iter()
            .map(|a| Scope::Address(a.id.clone())),
    );
    scopes.push(Scope::ContactList);
    scopes.extend(
        workspace
            .contacts
            .iter()
            .map(|c| Scope::Contact(c.id.clone())),
    );
    scopes.extend(
        workspace
            .programs
            .iter()
            .map(|p| Scope::Program(p.id.clone())),
    );
    scopes
}

/// Every finding of one account, scope by scope, without looking items up again.
pub fn check_account_scopes(
    account: &EntityAccount,
    workspace: &Workspace,
    today: Date,
    mut sink: impl FnMut(Scope, Vec<Finding>),
) {
    let id = || account.id.clone();
    let mut run = |scope: Scope, check: &mut dyn FnMut(&mut Report)| {
        let mut found = Vec::new();
        check(&mut Report::new(scope.owner(), &mut found));
        sink(scope, found);
    };
    let profile = &account.profile;
    run(Scope::Account(id()), &mut |r| {
        check_account(account, workspace, today, r)
    });
    for criterion in catalogue().applicable_to(account.business_type) {
        let key = criterion.id().to_string();
        let answer = profile.answers.get(&key);
        run(Scope::Answer(id(), key), &mut |r| {
            check_answer(criterion, answer, today, r)
        });
    }
    for partner in &profile.partners {
        run(Scope::Partner(id(), partner.id.clone()), &mut |r| {
            check_partner(partner, today, r)
        });
    }
    for facility in &profile.facilities {
        run(Scope::Facility(id(), facility.id.clone()), &mut |r| {
            check_facility(facility, today, r)
        });
    }
    run(Scope::PersonnelScreening(id()), &mut |r| {
        check_personnel_screening(&profile.personnel_screening, today, r)
    });
    for record in &profile.training {
        run(Scope::Training(id(), record.id.clone()), &mut |r| {
            check_training(record, today, r)
        });
    }
    for control in &profile.it_controls {
        run(Scope::ItControl(id(), control.id.clone()), &mut |r| {
            check_it_control(control, today, r)
        });
    }
}
