//! The names of everything this app keeps in localStorage. One prefix marks them as ours so that
//! other apps on the same origin are never touched, and each name ends in its format version so
//! that an older or newer format is recognised instead of misread.

/// Every key this app owns starts with this.
pub const PREFIX: &str = "ctpat.";

/// The user's preferences (language), format version 1.
pub const PREFERENCES: &str = "ctpat.preferences.v1";

/// Every fixed key the app writes (used to find what is ours and what is foreign).
pub const ALL: &[&str] = &[PREFERENCES];

/// Whether `key` belongs to this app.
pub fn is_ours(key: &str) -> bool {
    key.starts_with(PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_prefixed_and_versioned() {
        for key in ALL {
            assert!(is_ours(key), "{key} lacks the prefix");
            let version = key.rsplit('.').next().unwrap_or_default();
            assert!(
                version
                    .strip_prefix('v')
                    .is_some_and(|n| n.parse::<u32>().is_ok()),
                "{key} does not end in a format version"
            );
        }
    }
}
