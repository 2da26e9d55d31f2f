//! Where each register's items live in a Security Profile and which validation scope checks
//! them, so the pages and their bindings are written once for every register.

use crate::domain::model::{
    BusinessPartner, Facility, ItControl, PersonnelScreeningPolicy, SecurityProfile, TrainingRecord,
};
use crate::domain::validation::Scope;
use crate::domain::{Owner, Register};

/// One item of a register: where it lives in the profile and which scope checks it.
pub trait RegisterItem: Clone + Default + PartialEq + Send + Sync + 'static {
    /// The validation scope of item `id` of account `account`.
    fn scope(account: &str, id: &str) -> Scope;
    /// What item `id` of account `account` is, as the owner of its fields.
    fn owner(account: &str, id: &str) -> Owner;
    /// Every item of this register in `profile` (the one item of a single-item register).
    fn items(profile: &SecurityProfile) -> &[Self];
    /// Whether this is item `id` (always, in a single-item register).
    fn is(&self, id: &str) -> bool;
    /// The item `id` of `profile`, for editing.
    fn find_mut<'a>(profile: &'a mut SecurityProfile, id: &str) -> Option<&'a mut Self>;

    /// The item `id` of `profile` and its position, looked for first at `hint` (where it was
    /// last time). Every row looks itself up on every keystroke; with the hint that costs one
    /// comparison, not a walk through hundreds of rows.
    fn find_near<'a>(
        profile: &'a SecurityProfile,
        id: &str,
        hint: usize,
    ) -> Option<(usize, &'a Self)> {
        let items = Self::items(profile);
        match items.get(hint) {
            Some(item) if item.is(id) => Some((hint, item)),
            _ => items.iter().enumerate().find(|(_, item)| item.is(id)),
        }
    }
}

/// An item of a register that is a list of rows.
pub trait ListItem: RegisterItem {
    /// The register this item is a row of.
    const REGISTER: Register;
    /// The start of new rows' ids.
    const ID_PREFIX: &'static str;
    /// The item's id.
    fn id(&self) -> &str;
    /// The name the item is known by, as typed (may be blank).
    fn name(&self) -> &str;
    /// What the register's find box looks in: the name and the details a user searches by.
    fn details(&self) -> Vec<&str>;
    /// Adds an empty item with id `id`.
    fn add(profile: &mut SecurityProfile, id: String);
    /// Removes the item `id`.
    fn remove(profile: &mut SecurityProfile, id: &str);
}

impl RegisterItem for BusinessPartner {
    fn scope(account: &str, id: &str) -> Scope {
        Scope::Partner(account.to_owned(), id.to_owned())
    }
    fn owner(account: &str, id: &str) -> Owner {
        Owner::Row {
            account: account.to_owned(),
            register: Register::Partners,
            row: id.to_owned(),
        }
    }
    fn items(profile: &SecurityProfile) -> &[Self] {
        &profile.partners
    }
    fn is(&self, id: &str) -> bool {
        self.id == id
    }
    fn find_mut<'a>(profile: &'a mut SecurityProfile, id: &str) -> Option<&'a mut Self> {
        profile.partner_mut(id)
    }
}

impl ListItem for BusinessPartner {
    const REGISTER: Register = Register::Partners;
    const ID_PREFIX: &'static str = "bp";
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn details(&self) -> Vec<&str> {
        vec![&self.name, &self.country]
    }
    fn add(profile: &mut SecurityProfile, id: String) {
        profile.add_partner(id);
    }
    fn remove(profile: &mut SecurityProfile, id: &str) {
        profile.remove_partner(id);
    }
}

impl RegisterItem for Facility {
    fn scope(account: &str, id: &str) -> Scope {
        Scope::Facility(account.to_owned(), id.to_owned())
    }
    fn owner(account: &str, id: &str) -> Owner {
        Owner::Row {
            account: account.to_owned(),
            register: Register::Facilities,
            row: id.to_owned(),
        }
    }
    fn items(profile: &SecurityProfile) -> &[Self] {
        &profile.facilities
    }
    fn is(&self, id: &str) -> bool {
        self.id == id
    }
    fn find_mut<'a>(profile: &'a mut SecurityProfile, id: &str) -> Option<&'a mut Self> {
        profile.facility_mut(id)
    }
}

impl ListItem for Facility {
    const REGISTER: Register = Register::Facilities;
    const ID_PREFIX: &'static str = "fac";
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn details(&self) -> Vec<&str> {
        vec![
            &self.name,
            &self.address.city,
            &self.address.state_province,
            &self.address.country,
        ]
    }
    fn add(profile: &mut SecurityProfile, id: String) {
        profile.add_facility(id);
    }
    fn remove(profile: &mut SecurityProfile, id: &str) {
        profile.remove_facility(id);
    }
}

impl RegisterItem for TrainingRecord {
    fn scope(account: &str, id: &str) -> Scope {
        Scope::Training(account.to_owned(), id.to_owned())
    }
    fn owner(account: &str, id: &str) -> Owner {
        Owner::Row {
            account: account.to_owned(),
            register: Register::Training,
            row: id.to_owned(),
        }
    }
    fn items(profile: &SecurityProfile) -> &[Self] {
        &profile.training
    }
    fn is(&self, id: &str) -> bool {
        self.id == id
    }
    fn find_mut<'a>(profile: &'a mut SecurityProfile, id: &str) -> Option<&'a mut Self> {
        profile.training_mut(id)
    }
}

impl ListItem for TrainingRecord {
    const REGISTER: Register = Register::Training;
    const ID_PREFIX: &'static str = "tr";
    fn id(&self) -> &str {
        &self.id
    }
    /// A training session is known by its topic.
    fn name(&self) -> &str {
        &self.topic
    }
    fn details(&self) -> Vec<&str> {
        vec![&self.topic, &self.audience, &self.date]
    }
    fn add(profile: &mut SecurityProfile, id: String) {
        profile.add_training(id);
    }
    fn remove(profile: &mut SecurityProfile, id: &str) {
        profile.remove_training(id);
    }
}

impl RegisterItem for ItControl {
    fn scope(account: &str, id: &str) -> Scope {
        Scope::ItControl(account.to_owned(), id.to_owned())
    }
    fn owner(account: &str, id: &str) -> Owner {
        Owner::Row {
            account: account.to_owned(),
            register: Register::ItControls,
            row: id.to_owned(),
        }
    }
    fn items(profile: &SecurityProfile) -> &[Self] {
        &profile.it_controls
    }
    fn is(&self, id: &str) -> bool {
        self.id == id
    }
    fn find_mut<'a>(profile: &'a mut SecurityProfile, id: &str) -> Option<&'a mut Self> {
        profile.it_control_mut(id)
    }
}

impl ListItem for ItControl {
    const REGISTER: Register = Register::ItControls;
    const ID_PREFIX: &'static str = "it";
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn details(&self) -> Vec<&str> {
        vec![&self.name, &self.owner]
    }
    fn add(profile: &mut SecurityProfile, id: String) {
        profile.add_it_control(id);
    }
    fn remove(profile: &mut SecurityProfile, id: &str) {
        profile.remove_it_control(id);
    }
}

/// The single policy of an account: the id is ignored.
impl RegisterItem for PersonnelScreeningPolicy {
    fn scope(account: &str, _id: &str) -> Scope {
        Scope::PersonnelScreening(account.to_owned())
    }
    fn owner(account: &str, _id: &str) -> Owner {
        Owner::PersonnelScreening {
            account: account.to_owned(),
        }
    }
    fn items(profile: &SecurityProfile) -> &[Self] {
        std::slice::from_ref(&profile.personnel_screening)
    }
    fn is(&self, _id: &str) -> bool {
        true
    }
    fn find_mut<'a>(profile: &'a mut SecurityProfile, _id: &str) -> Option<&'a mut Self> {
        Some(&mut profile.personnel_screening)
    }
}
