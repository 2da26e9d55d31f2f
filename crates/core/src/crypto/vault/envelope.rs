//! The sealed workspace as stored: the only fields kept in clear (format version, revision,
//! the key wraps with their salts and Argon2id settings, the content nonce and ciphertext, and
//! the tag that binds them to each other and to the caller's clear context), its JSON form,
//! and the exact bytes the header tag covers.
//!
//! Format 1 wrapped the data key by the passphrase and by the answers alone; format 2 wraps it
//! by the passphrase and by the recovery kit (recovery key with answers), and also authenticates
//! the clear context the caller keeps beside the copy (the question IDs, the answer rules). A
//! format-2 copy of a workspace that has no recovery kit yet still carries its format-1 answers
//! wrap, until the user makes the kit.
//!
//! Reading is careful about order: the format version is looked at first, so that a workspace
//! written by a newer app is reported as such rather than as damaged.

use serde::{Deserialize, Serialize};

use super::cipher::{HEADER_TAG_LEN, NONCE_LEN, TAG_LEN, WrapKind};
use super::recovery_wrap::RecoveryWrap;
use super::{FORMAT_VERSION, LEGACY_FORMAT_VERSION, SALT_LEN, VaultError, WRAPPED_KEY_LEN};
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
    /// The data key wrapped for the recovery kit (recovery key with answers); format 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_wrap: Option<RecoveryWrap>,
    /// The data key wrapped by the security answers alone: written by format 1, and kept in a
    /// format-2 copy only until the user makes a recovery kit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answers_wrap: Option<KeyWrap>,
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
        if !is_readable_format(probe.format) {
            return Err(VaultError::UnsupportedVersion {
                found: probe.format,
            });
        }
        serde_json::from_str(text).map_err(|_| VaultError::Malformed)
    }

    /// Refuses what this format version never writes, before any expensive work: another
    /// version, fields of the wrong size, or key-derivation settings beyond the bounds.
    pub(super) fn check_shape(&self) -> Result<(), VaultError> {
        if !is_readable_format(self.format) {
            return Err(VaultError::UnsupportedVersion { found: self.format });
        }
        let recovery_ok = match (&self.recovery_wrap, &self.answers_wrap) {
            (Some(recovery), None) => self.format == FORMAT_VERSION && recovery.has_valid_shape(),
            (None, Some(_)) => true,
            _ => false,
        };
        let wraps_ok = std::iter::once(&self.passphrase_wrap)
            .chain(self.answers_wrap.as_ref())
            .all(|wrap| {
                wrap.kdf.is_supported()
                    && wrap.salt.len() == SALT_LEN
                    && wrap.nonce.len() == NONCE_LEN
                    && wrap.wrapped_key.len() == WRAPPED_KEY_LEN
            });
        if recovery_ok
            && wraps_ok
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
    /// different headers give the same bytes, and (from format 2) the caller's clear
    /// `context`. The content is represented by its GCM tag, which already authenticates every
    /// ciphertext byte. Format 1's bytes are kept exactly, so its copies keep opening.
    pub(super) fn authenticated_header(&self, context: &[u8]) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(512);
        put(&mut bytes, b"ctpat-vault/header");
        bytes.extend_from_slice(&self.format.to_be_bytes());
        bytes.extend_from_slice(&self.revision.to_be_bytes());
        put_key_wrap(&mut bytes, WrapKind::Passphrase, &self.passphrase_wrap);
        if let Some(recovery) = &self.recovery_wrap {
            put(&mut bytes, WrapKind::RecoveryKit.label());
            put_settings(&mut bytes, &recovery.kdf);
            for field in [
                &recovery.salt,
                &recovery.public_key,
                &recovery.ephemeral_key,
                &recovery.nonce,
                &recovery.wrapped_key,
            ] {
                put(&mut bytes, field);
            }
        }
        if let Some(answers) = &self.answers_wrap {
            put_key_wrap(&mut bytes, WrapKind::Answers, answers);
        }
        put(&mut bytes, &self.nonce);
        let content_tag = &self.ciphertext[self.ciphertext.len().saturating_sub(TAG_LEN)..];
        put(&mut bytes, content_tag);
        if self.format != LEGACY_FORMAT_VERSION {
            put(&mut bytes, b"ctpat-vault/context");
            put(&mut bytes, context);
        }
        bytes
    }
}

/// Whether this build reads copies of `format`.
fn is_readable_format(format: u32) -> bool {
    format == FORMAT_VERSION || format == LEGACY_FORMAT_VERSION
}

fn put_key_wrap(bytes: &mut Vec<u8>, kind: WrapKind, wrap: &KeyWrap) {
    put(bytes, kind.label());
    put_settings(bytes, &wrap.kdf);
    put(bytes, &wrap.salt);
    put(bytes, &wrap.nonce);
    put(bytes, &wrap.wrapped_key);
}

fn put_settings(bytes: &mut Vec<u8>, kdf: &KdfParams) {
    for setting in [kdf.memory_kib, kdf.iterations, kdf.parallelism] {
        bytes.extend_from_slice(&setting.to_be_bytes());
    }
}

fn put(bytes: &mut Vec<u8>, field: &[u8]) {
    let length = u32::try_from(field.len()).unwrap_or(u32::MAX);
    bytes.extend_from_slice(&length.to_be_bytes());
    bytes.extend_from_slice(field);
}
