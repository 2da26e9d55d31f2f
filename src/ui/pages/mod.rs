//! The app's screens, one per file.

pub mod account;
pub mod annual_review;
pub mod check_answers;
mod create_workspace;
pub mod evidence_manifest;
mod home;
pub mod main_account;
pub mod new_account;
pub mod not_found;
pub mod portal_entry;
mod recover;
mod recovery_kit;
pub mod registers;
pub mod security_profile;
mod settings;
mod start;
mod transfer;
mod unlock;

pub use create_workspace::CreateWorkspacePage;
pub use home::HomePage;
pub use recover::RecoverPage;
pub use recovery_kit::{RecoveryKitPage, WeakRecoveryBanner};
pub use settings::SettingsPage;
pub use start::{ExampleBanner, FirstVisit, StartChoice, StartPage};
pub use transfer::TransferPage;
pub use unlock::UnlockPage;
