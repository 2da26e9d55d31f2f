//! The profile model: what the user keeps in a workspace, named as the Portal and the Minimum
//! Security Criteria name it. The workspace is the main account (trade organization information,
//! addresses, contacts, program memberships) holding any number of entity accounts, each with its
//! own Security Profile.
//!
//! Serialized as camelCase JSON with `schemaVersion` first; stored drafts, backups and the signed
//! export all carry this shape, so a change here needs a migration step in
//! `domain::migration`. Text stays exactly as typed; validity is decided by
//! `domain::validation`. Ids of list items are chosen by the caller: the domain has no randomness.
//! Ids must not contain `/`, since findings name items by id inside `/`-separated paths.

pub mod account;
pub mod date;
mod field_names;
pub mod organization;
pub mod portal_entry;
pub mod profile;
pub mod registers;
#[doc(hidden)]
pub mod sample;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod arbitrary;

pub use account::{
    ANNUAL_REVIEW_WINDOW_DAYS, AccountIdentifier, AccountStatus, AnnualReview, EntityAccount,
    ReviewWindow,
};
pub use organization::{
    Address, AddressKind, Contact, OwnershipType, PostalAddress, Program, ProgramMembership,
    TradeOrganization,
};
pub use portal_entry::PortalQuestionRef;
pub use profile::{AnswerStatus, CriterionAnswer, EvidenceReference, SecurityProfile};
pub use registers::{
    AccessControl, AeoProgram, AlarmSystem, BusinessPartner, CertificationStatus, Facility,
    ItControl, PartnerRole, PersonnelScreeningPolicy, RiskLevel, TrainingRecord, VideoSurveillance,
};

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::domain::BusinessType;
use crate::domain::migration::CURRENT_SCHEMA_VERSION;
use profile::{push_last, remove_by};

/// The main account: the organization's own information and every entity account it manages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase")]
pub struct Workspace {
    /// The shape version of this document; see `domain::migration`. A workspace in memory is
    /// always of the current version (older documents are migrated on load).
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        proptest(value = "CURRENT_SCHEMA_VERSION")
    )]
    pub schema_version: u32,
    /// Company information.
    #[serde(default)]
    pub organization: TradeOrganization,
    /// Typed addresses (headquarters, mailing, …).
    #[serde(default)]
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        proptest(strategy = "arbitrary::few()")
    )]
    pub addresses: Vec<Address>,
    /// Contacts: at least two, exactly one primary point of contact who is a company officer.
    #[serde(default)]
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        proptest(strategy = "arbitrary::few()")
    )]
    pub contacts: Vec<Contact>,
    /// International program memberships (PIP, OEA, other AEO).
    #[serde(default)]
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        proptest(strategy = "arbitrary::few()")
    )]
    pub programs: Vec<ProgramMembership>,
    /// The entity accounts managed from this main account.
    #[serde(default)]
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        proptest(strategy = "arbitrary::few()")
    )]
    pub accounts: Vec<EntityAccount>,
    /// The Portal questions the user has ticked as entered in CBP's Portal, by entity account
    /// id (schema 2). Kept here rather than in the account so that a submission, which carries
    /// the account as it is, never holds them (see `portal_entry`).
    #[serde(default)]
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        proptest(strategy = "arbitrary::portal_entered()")
    )]
    pub portal_entered: BTreeMap<String, BTreeSet<PortalQuestionRef>>,
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace::new()
    }
}

impl Workspace {
    /// An empty workspace of the current schema version.
    pub fn new() -> Self {
        Workspace {
            schema_version: CURRENT_SCHEMA_VERSION,
            organization: TradeOrganization::default(),
            addresses: Vec::new(),
            contacts: Vec::new(),
            programs: Vec::new(),
            accounts: Vec::new(),
            portal_entered: BTreeMap::new(),
        }
    }

    /// The headquarters address (the first one, if the user typed several).
    pub fn headquarters(&self) -> Option<&Address> {
        self.addresses
            .iter()
            .find(|address| address.kind == AddressKind::Headquarters)
    }

    /// Adds an empty address of `kind` and returns it for editing.
    pub fn add_address(&mut self, id: impl Into<String>, kind: AddressKind) -> &mut Address {
        push_last(
            &mut self.addresses,
            Address {
                id: id.into(),
                kind,
                place: PostalAddress::default(),
            },
        )
    }

    /// Removes the address `id`; `true` when there was one.
    pub fn remove_address(&mut self, id: &str) -> bool {
        remove_by(&mut self.addresses, |address| address.id == id)
    }

    /// The address `id`, for editing.
    pub fn address_mut(&mut self, id: &str) -> Option<&mut Address> {
        self.addresses.iter_mut().find(|address| address.id == id)
    }

    /// Adds an empty contact and returns it for editing.
    pub fn add_contact(&mut self, id: impl Into<String>) -> &mut Contact {
        push_last(
            &mut self.contacts,
            Contact {
                id: id.into(),
                ..Contact::default()
            },
        )
    }

    /// Removes the contact `id`; `true` when there was one.
    pub fn remove_contact(&mut self, id: &str) -> bool {
        remove_by(&mut self.contacts, |contact| contact.id == id)
    }

    /// The contact `id`, for editing.
    pub fn contact_mut(&mut self, id: &str) -> Option<&mut Contact> {
        self.contacts.iter_mut().find(|contact| contact.id == id)
    }

    /// Makes `id` the one primary point of contact (clearing the flag on everyone else);
    /// `false` when there is no such contact.
    pub fn set_primary_contact(&mut self, id: &str) -> bool {
        if !self.contacts.iter().any(|contact| contact.id == id) {
            return false;
        }
        for contact in &mut self.contacts {
            contact.primary_contact = contact.id == id;
        }
        true
    }

    /// Adds a program membership and returns it for editing.
    pub fn add_program(
        &mut self,
        id: impl Into<String>,
        program: Program,
    ) -> &mut ProgramMembership {
        push_last(
            &mut self.programs,
            ProgramMembership {
                id: id.into(),
                program,
                country: String::new(),
                number: String::new(),
            },
        )
    }

    /// Removes the program membership `id`; `true` when there was one.
    pub fn remove_program(&mut self, id: &str) -> bool {
        remove_by(&mut self.programs, |membership| membership.id == id)
    }

    /// The program membership `id`, for editing.
    pub fn program_mut(&mut self, id: &str) -> Option<&mut ProgramMembership> {
        self.programs
            .iter_mut()
            .find(|membership| membership.id == id)
    }

    /// Adds an empty entity account and returns it for editing.
    pub fn add_account(
        &mut self,
        id: impl Into<String>,
        business_type: BusinessType,
        name: impl Into<String>,
    ) -> &mut EntityAccount {
        push_last(
            &mut self.accounts,
            EntityAccount::new(id, business_type, name),
        )
    }

    /// Copies account `source` (identifiers, answers, registers) under `new_id` and `new_name`,
    /// placed right after it; `None` when there is no such account.
    ///
    /// The copy starts as a pre-applicant with no anniversary: certification is not copied.
    pub fn duplicate_account(
        &mut self,
        source: &str,
        new_id: impl Into<String>,
        new_name: impl Into<String>,
    ) -> Option<&mut EntityAccount> {
        let position = self
            .accounts
            .iter()
            .position(|account| account.id == source)?;
        let mut copy = self.accounts[position].clone();
        copy.id = new_id.into();
        copy.name = new_name.into();
        copy.status = AccountStatus::default();
        copy.anniversary_date.clear();
        copy.last_annual_review.clear();
        self.accounts.insert(position + 1, copy);
        self.accounts.get_mut(position + 1)
    }

    /// Renames account `id`; `false` when there is no such account.
    pub fn rename_account(&mut self, id: &str, name: impl Into<String>) -> bool {
        match self.account_mut(id) {
            Some(account) => {
                account.name = name.into();
                true
            }
            None => false,
        }
    }

    /// Removes account `id`, with its Portal ticks; `true` when there was one.
    pub fn remove_account(&mut self, id: &str) -> bool {
        self.portal_entered.remove(id);
        remove_by(&mut self.accounts, |account| account.id == id)
    }

    /// Whether the user has ticked `question` of account `account_id` as entered in the Portal.
    pub fn is_entered_in_portal(&self, account_id: &str, question: &PortalQuestionRef) -> bool {
        self.portal_entered
            .get(account_id)
            .is_some_and(|entered| entered.contains(question))
    }

    /// Ticks or unticks `question` of account `account_id` as entered in the Portal; an account
    /// left with no tick keeps no entry, so the stored workspace does not grow with untouched
    /// accounts.
    pub fn set_entered_in_portal(
        &mut self,
        account_id: &str,
        question: PortalQuestionRef,
        entered: bool,
    ) {
        if entered {
            self.portal_entered
                .entry(account_id.to_owned())
                .or_default()
                .insert(question);
        } else if let Some(ticks) = self.portal_entered.get_mut(account_id) {
            ticks.remove(&question);
            if ticks.is_empty() {
                self.portal_entered.remove(account_id);
            }
        }
    }

    /// The account `id`.
    pub fn account(&self, id: &str) -> Option<&EntityAccount> {
        self.accounts.iter().find(|account| account.id == id)
    }

    /// The account `id`, for editing.
    pub fn account_mut(&mut self, id: &str) -> Option<&mut EntityAccount> {
        self.accounts.iter_mut().find(|account| account.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_version_comes_first_in_the_stored_json() {
        let json = serde_json::to_string(&Workspace::new()).unwrap();
        assert!(json.starts_with(r#"{"schemaVersion":"#), "{json}");
    }

    #[test]
    fn field_names_are_camel_case_as_other_tools_read_them() {
        let mut workspace = Workspace::new();
        workspace.organization.legal_name = "Acme".into();
        workspace
            .add_account("a1", BusinessType::Importer, "Imports")
            .profile
            .add_facility("f1")
            .video
            .retention_days = Some(30);
        let json = serde_json::to_value(&workspace).unwrap();
        assert_eq!(json["organization"]["legalName"], "Acme");
        assert_eq!(
            json["accounts"][0]["profile"]["facilities"][0]["video"]["retentionDays"],
            30
        );
        assert_eq!(json["accounts"][0]["businessType"], "importer");
    }

    #[test]
    fn duplicating_an_account_copies_its_answers_but_not_its_certification() {
        let mut workspace = Workspace::new();
        let account = workspace.add_account("a1", BusinessType::Importer, "Imports");
        account.status = AccountStatus::Certified;
        account.anniversary_date = "2024-06-30".into();
        account.profile.answer_mut("3.1").narrative = "We screen partners.".into();
        workspace.add_account("a2", BusinessType::Exporter, "Exports");

        let copy = workspace
            .duplicate_account("a1", "a3", "Imports (copy)")
            .unwrap();
        assert_eq!(copy.profile.answers["3.1"].narrative, "We screen partners.");
        assert_eq!(copy.status, AccountStatus::PreApplicant);
        assert_eq!(copy.anniversary_date, "");
        let order: Vec<&str> = workspace.accounts.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(order, ["a1", "a3", "a2"]);
    }

    #[test]
    fn there_is_only_ever_one_primary_contact_when_set_through_the_workspace() {
        let mut workspace = Workspace::new();
        workspace.add_contact("c1").primary_contact = true;
        workspace.add_contact("c2");
        assert!(workspace.set_primary_contact("c2"));
        let primaries: Vec<&str> = workspace
            .contacts
            .iter()
            .filter(|c| c.primary_contact)
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(primaries, ["c2"]);
        assert!(!workspace.set_primary_contact("nobody"));
    }

    #[test]
    fn portal_ticks_stay_with_their_account_and_go_when_it_is_deleted() {
        let mut workspace = Workspace::new();
        workspace.add_account("a1", BusinessType::Importer, "Imports");
        workspace.add_account("a2", BusinessType::Exporter, "Exports");
        workspace.set_entered_in_portal("a1", PortalQuestionRef::Question(58), true);
        workspace.set_entered_in_portal("a2", PortalQuestionRef::Criterion("6.3".into()), true);
        assert!(workspace.is_entered_in_portal("a1", &PortalQuestionRef::Question(58)));
        assert!(!workspace.is_entered_in_portal("a2", &PortalQuestionRef::Question(58)));

        let copy = workspace.duplicate_account("a1", "a3", "Imports (copy)");
        assert!(copy.is_some());
        assert!(
            !workspace.is_entered_in_portal("a3", &PortalQuestionRef::Question(58)),
            "a copy is a new Portal account: nothing of it is entered yet"
        );

        workspace.set_entered_in_portal("a1", PortalQuestionRef::Question(58), false);
        assert!(
            !workspace.portal_entered.contains_key("a1"),
            "no empty entry left"
        );
        assert!(workspace.remove_account("a2"));
        assert!(
            workspace.portal_entered.is_empty(),
            "a deleted account's ticks go with it"
        );
    }

    #[test]
    fn portal_ticks_are_stored_as_question_numbers_or_criterion_ids() {
        let mut workspace = Workspace::new();
        workspace.set_entered_in_portal("a1", PortalQuestionRef::Question(58), true);
        workspace.set_entered_in_portal("a1", PortalQuestionRef::Criterion("6.3".into()), true);
        let json = serde_json::to_value(&workspace).unwrap();
        assert_eq!(
            json["portalEntered"]["a1"],
            serde_json::json!([{ "question": 58 }, { "criterion": "6.3" }])
        );
    }

    #[test]
    fn removing_a_partner_removes_only_that_partner() {
        let mut profile = SecurityProfile::default();
        profile.add_partner("p1").name = "Carrier".into();
        profile.add_partner("p2").name = "Supplier".into();
        assert!(profile.remove_partner("p1"));
        assert!(!profile.remove_partner("p1"));
        assert_eq!(profile.partners.len(), 1);
        assert_eq!(profile.partners[0].name, "Supplier");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 128,
            ..ProptestConfig::default()
        })]

        #[test]
        fn any_workspace_survives_a_json_round_trip(workspace in any::<Workspace>()) {
            let json = serde_json::to_string(&workspace).unwrap();
            let back: Workspace = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(back, workspace);
        }
    }
}
