//! The name of a message of the catalogue, as a value the compiler checks.

/// A key of the message catalogue. Only the constants of [`crate::i18n::msg`] make one, each
/// generated from the message files, so a key that the catalogue lacks cannot be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MessageKey(&'static str);

impl MessageKey {
    /// Used by the generated constants only.
    pub(super) const fn new(key: &'static str) -> Self {
        MessageKey(key)
    }

    /// The key as the message files spell it (`session.error.wrong_passphrase`).
    pub const fn as_str(self) -> &'static str {
        self.0
    }
}

impl std::fmt::Display for MessageKey {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.0)
    }
}
