//! Where each register's items live in a Security Profile and which validation scope checks
//! them, so the pages and their bindings are written once for every register.

use crate::domain::model::{
    BusinessPartner, Facility, ItControl, PersonnelScreeningPolicy, SecurityProfile, TrainingRecord,
};
use crate::domain::validation::Scope;

/// One item of a register: where it lives in the profile and which scope checks it.
pub trait RegisterItem: Clone + Default + PartialEq + Send + Sync + 'static {
    /// The validation scope of item `id` of account `account`.
    fn scope(account: &str, id: &str) -> Scope;
    /// The item `id` of `profile`.
    fn find<'a>(profile: &'a SecurityProfile, id: &str) -> Option<&'a Self>;
    /// The item `id` of `profile`, for editing.
    fn find_mut<'a>(profile: &'a mut SecurityProfile, id: &str) -> Option<&'a mut Self>;
}

/// An item of a register that is a list of rows.
pub trait ListItem: RegisterItem {
    /// The list's name in findings paths (`partners`).
    const LIST: &'static str;
    /// The start of new rows' ids.
    const ID_PREFIX: &'static str;
    /// Every item, in order.
    fn all(profile: &SecurityProfile) -> &[Self];
    /// The item's id.
    fn id(&self) -> &str;
    /// The name the item is known by, as typed (may be blank).
    fn name(&self) -> &str;
    /// Adds an empty item with id `id`.
    fn add(profile: &mut SecurityProfile, id: String);
    /// Removes the item `id`.
    fn remove(profile: &mut SecurityProfile, id: &str);
}

impl RegisterItem for BusinessPartner {
    fn scope(account: &str, id: &str) -> Scope {
        Scope::Partner(account.to_owned(), id.to_owned())
    }
    fn find<'a>(profile: &'a SecurityProfile, id: &str) -> Option<&'a Self> {
        profile.partners.iter().find(|item| item.id == id)
    }
    fn find_mut<'a>(profile: &'a mut SecurityProfile, id: &str) -> Option<&'a mut Self> {
        profile.partner_mut(id)
    }
}

impl ListItem for BusinessPartner {
    const LIST: &'static str = "partners";
    const ID_PREFIX: &'static str = "bp";
    fn all(profile: &SecurityProfile) -> &[Self] {
        &profile.partners
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
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
    fn find<'a>(profile: &'a SecurityProfile, id: &str) -> Option<&'a Self> {
        profile.facilities.iter().find(|item| item.id == id)
    }
    fn find_mut<'a>(profile: &'a mut SecurityProfile, id: &str) -> Option<&'a mut Self> {
        profile.facility_mut(id)
    }
}

impl ListItem for Facility {
    const LIST: &'static str = "facilities";
    const ID_PREFIX: &'static str = "fac";
    fn all(profile: &SecurityProfile) -> &[Self] {
        &profile.facilities
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
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
    fn find<'a>(profile: &'a SecurityProfile, id: &str) -> Option<&'a Self> {
        profile.training.iter().find(|item| item.id == id)
    }
    fn find_mut<'a>(profile: &'a mut SecurityProfile, id: &str) -> Option<&'a mut Self> {
        profile.training_mut(id)
    }
}

impl ListItem for TrainingRecord {
    const LIST: &'static str = "training";
    const ID_PREFIX: &'static str = "tr";
    fn all(profile: &SecurityProfile) -> &[Self] {
        &profile.training
    }
    fn id(&self) -> &str {
        &self.id
    }
    /// A training session is known by its topic.
    fn name(&self) -> &str {
        &self.topic
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
    fn find<'a>(profile: &'a SecurityProfile, id: &str) -> Option<&'a Self> {
        profile.it_controls.iter().find(|item| item.id == id)
    }
    fn find_mut<'a>(profile: &'a mut SecurityProfile, id: &str) -> Option<&'a mut Self> {
        profile.it_control_mut(id)
    }
}

impl ListItem for ItControl {
    const LIST: &'static str = "itControls";
    const ID_PREFIX: &'static str = "it";
    fn all(profile: &SecurityProfile) -> &[Self] {
        &profile.it_controls
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
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
    fn find<'a>(profile: &'a SecurityProfile, _id: &str) -> Option<&'a Self> {
        Some(&profile.personnel_screening)
    }
    fn find_mut<'a>(profile: &'a mut SecurityProfile, _id: &str) -> Option<&'a mut Self> {
        Some(&mut profile.personnel_screening)
    }
}
