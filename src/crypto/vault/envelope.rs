//! The sealed workspace as stored: the only fields kept in clear (format version, revision,
//! the two key wraps with their salts and Argon2id settings, the content nonce and ciphertext,
//! and the tag that binds them), its JSON form, and the exact bytes the header tag covers.
//!
//! Reading is careful about order: the format version is looked at first, so that a workspace
//! written by a newer app is reported as such rather than as damaged.

use serde::{Deserialize, Serialize};

use super::cipher::{HEADER_TAG_LEN, NONCE_LEN, TAG_LEN, WrapKind};
use super::{FORMAT_VERSION, SALT_LEN, VaultError, WRAPPED_KEY_LEN};
use crate::crypto::kdf::KdfParams;

/// One copy of the data key, encrypted under a key derived from a passphrase or the answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KeyWrap {
    /// Argon2id settings used to derive the key-encryption key.
    pub kdf: KdfParams,
    /// Random salt for that derivation, one per wrap.
    #[serde(with = "crate::crypto::base64url::serde_bytes")]
    pub salt: Vec<u8>,
    /// AES-GCM nonce of the wrap.
    #[serde(with = "crate::crypto::base64url::serde_bytes")]
    pub nonce: Vec<u8>,
    /// The encrypted data key with its GCM tag.
    #[serde(with = "crate::crypto::base64url::serde_bytes")]
    pub wrapped_key: Vec<u8>,
}

/// The encrypted workspace as the storage layer keeps it: nothing in it reveals the content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SealedWorkspace {
    /// Vault format version ([`FORMAT_VERSION`] when written by this app).
    pub format: u32,
    /// Save counter chosen by the caller, bound into the encryption so it cannot be rolled
    /// back by editing the clear field.
    pub revision: u64,
    /// The data key wrapped by the passphrase.
    pub passphrase_wrap: KeyWrap,
    /// The data key wrapped by the security answers.
    pub answers_wrap: KeyWrap,
    /// AES-GCM nonce of the content, fresh at every save.
    #[serde(with = "crate::crypto::base64url::serde_bytes")]
    pub nonce: Vec<u8>,
    /// The compressed, encrypted workspace with its GCM tag.
    #[serde(with = "crate::crypto::base64url::serde_bytes")]
    pub ciphertext: Vec<u8>,
    /// HMAC-SHA-256 over every other field, keyed from the data key.
    #[serde(with = "crate::crypto::base64url::serde_bytes")]
    pub header_tag: Vec<u8>,
}

#[derive(Deserialize)]
struct FormatOnly {
    format: u32,
}

impl SealedWorkspace {
    /// The JSON text to store.
    pub fn to_json(&self) -> String {
        // A struct of strings and integers always serializes.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads stored JSON: `UnsupportedVersion` for another format version, `Malformed` when
    /// it is not a sealed workspace at all.
    pub fn from_json(text: &str) -> Result<Self, VaultError> {
        let probe: FormatOnly = serde_json::from_str(text).map_err(|_| VaultError::Malformed)?;
        if probe.format != FORMAT_VERSION {
            return Err(VaultError::UnsupportedVersion {
                found: probe.format,
            });
        }
        serde_json::from_str(text).map_err(|_| VaultError::Malformed)
    }

    /// Refuses what this format version never writes, before any expensive work: another
    /// version, fields of the wrong size, or key-derivation settings beyond the bounds.
    pub(super) fn check_shape(&self) -> Result<(), VaultError> {
        if self.format != FORMAT_VERSION {
            return Err(VaultError::UnsupportedVersion { found: self.format });
        }
        let wraps_ok = [&self.passphrase_wrap, &self.answers_wrap]
            .iter()
            .all(|wrap| {
                wrap.kdf.is_supported()
                    && wrap.salt.len() == SALT_LEN
                    && wrap.nonce.len() == NONCE_LEN
                    && wrap.wrapped_key.len() == WRAPPED_KEY_LEN
            });
        if wraps_ok
            && self.nonce.len() == NONCE_LEN
            && self.ciphertext.len() >= TAG_LEN
            && self.header_tag.len() == HEADER_TAG_LEN
        {
            Ok(())
        } else {
            Err(VaultError::Tampered)
        }
    }

    /// The content nonce as an array (the shape was checked first).
    pub(super) fn content_nonce(&self) -> Result<[u8; NONCE_LEN], VaultError> {
        self.nonce
            .as_slice()
            .try_into()
            .map_err(|_| VaultError::Tampered)
    }

    /// The bytes the header tag covers: every clear field, each length-prefixed so no two
    /// different headers give the same bytes. The content is represented by its GCM tag,
    /// which already authenticates every ciphertext byte.
    pub(super) fn authenticated_header(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(256);
        put(&mut bytes, b"ctpat-vault/header");
        bytes.extend_from_slice(&self.format.to_be_bytes());
        bytes.extend_from_slice(&self.revision.to_be_bytes());
        for (kind, wrap) in [
            (WrapKind::Passphrase, &self.passphrase_wrap),
            (WrapKind::Answers, &self.answers_wrap),
        ] {
            put(&mut bytes, kind.label());
            for setting in [
                wrap.kdf.memory_kib,
                wrap.kdf.iterations,
                wrap.kdf.parallelism,
            ] {
                bytes.extend_from_slice(&setting.to_be_bytes());
            }
            put(&mut bytes, &wrap.salt);
            put(&mut bytes, &wrap.nonce);
            put(&mut bytes, &wrap.wrapped_key);
        }
        put(&mut bytes, &self.nonce);
        let content_tag = &self.ciphertext[self.ciphertext.len().saturating_sub(TAG_LEN)..];
        put(&mut bytes, content_tag);
        bytes
    }
}

fn put(bytes: &mut Vec<u8>, field: &[u8]) {
    let length = u32::try_from(field.len()).unwrap_or(u32::MAX);
    bytes.extend_from_slice(&length.to_be_bytes());
    bytes.extend_from_slice(field);
}
