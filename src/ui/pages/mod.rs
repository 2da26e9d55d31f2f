//! The app's screens, one per file.

mod home;

pub use home::HomePage;
