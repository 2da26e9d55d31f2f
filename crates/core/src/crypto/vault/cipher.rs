//! The vault's cryptographic steps on bytes: the data key and the keys derived from it,
//! AES-256-GCM for the content and for the key wraps, the header tag, and compression.
//!
//! The random data key is never used directly: HKDF-SHA-256 (RFC 5869, expand step; the data
//! key is already uniform) derives one key for the content and one for the header tag, so no
//! key serves two algorithms.

use aes_gcm::aead::{Aead, Payload};
use aes_gcm::{Aes256Gcm, KeyInit, Nonce};
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec_with_limit;
use sha2::Sha256;
use zeroize::Zeroizing;

use super::{MAX_PLAINTEXT_BYTES, Plaintext};

/// Version of the key-wrap scheme, bound into every wrap.
const WRAP_SCHEME: u32 = 1;
use crate::crypto::kdf::{KEY_LEN, SecretKey};
use crate::crypto::random::{RandomnessUnavailable, random_bytes};

/// AES-GCM nonce length (96 bits, the size GCM is designed for).
pub(super) const NONCE_LEN: usize = 12;
/// AES-GCM tag length, appended to every ciphertext.
pub(super) const TAG_LEN: usize = 16;
/// Length of the header tag (HMAC-SHA-256).
pub(super) const HEADER_TAG_LEN: usize = 32;

/// Deflate level: 6 shrinks profile JSON well while keeping a 1 MB autosave within budget.
const COMPRESSION_LEVEL: u8 = 6;

/// The random key that encrypts the workspace; the passphrase and the answers only wrap it.
#[derive(Clone)]
pub(super) struct DataKey(SecretKey);

/// Tests compare keys to prove that a change of key happened.
#[cfg(test)]
impl PartialEq for DataKey {
    fn eq(&self, other: &Self) -> bool {
        self.0
            .iter()
            .zip(other.0.iter())
            .fold(0u8, |difference, (a, b)| difference | (a ^ b))
            == 0
    }
}

impl DataKey {
    pub(super) fn generate() -> Result<Self, RandomnessUnavailable> {
        Ok(Self(Zeroizing::new(random_bytes::<KEY_LEN>()?)))
    }

    #[cfg(test)]
    pub(super) fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        Self(Zeroizing::new(bytes))
    }

    fn subkey(&self, purpose: &[u8]) -> SecretKey {
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        // Infallible: the data key has the hash length and 32 bytes is far below 255 blocks.
        if let Ok(hkdf) = Hkdf::<Sha256>::from_prk(&*self.0) {
            let _ = hkdf.expand(purpose, key.as_mut_slice());
        }
        key
    }
}

/// Which secret a wrap is opened by; part of the wrap's associated data, so a passphrase wrap
/// cannot be passed off as an answers wrap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WrapKind {
    Passphrase,
    /// The answers alone: written by format 1 only, read until the user makes a recovery kit.
    Answers,
    /// The recovery key together with the answers.
    RecoveryKit,
}

impl WrapKind {
    pub(super) fn label(self) -> &'static [u8] {
        match self {
            Self::Passphrase => b"ctpat-vault/wrap/passphrase",
            Self::Answers => b"ctpat-vault/wrap/answers",
            Self::RecoveryKit => b"ctpat-vault/wrap/recovery-kit",
        }
    }
}

fn cipher(key: &SecretKey) -> Option<Aes256Gcm> {
    // Infallible: the key has exactly AES-256's length.
    Aes256Gcm::new_from_slice(key.as_slice()).ok()
}

/// Wraps are bound to their kind and to the wrap scheme, which has not changed since format
/// 1 (the header tag binds each copy's format).
fn wrap_associated_data(kind: WrapKind) -> Vec<u8> {
    let mut aad = kind.label().to_vec();
    aad.extend_from_slice(&WRAP_SCHEME.to_be_bytes());
    aad
}

/// Encrypts the data key under a key-encryption key.
pub(super) fn wrap_key(
    key_encryption_key: &SecretKey,
    kind: WrapKind,
    nonce: &[u8; NONCE_LEN],
    data_key: &DataKey,
) -> Option<Vec<u8>> {
    let aad = wrap_associated_data(kind);
    let payload = Payload {
        msg: &*data_key.0,
        aad: &aad,
    };
    cipher(key_encryption_key)?
        .encrypt(&Nonce::from(*nonce), payload)
        .ok()
}

/// Opens a wrap; `None` when the key is wrong or the wrap was altered (indistinguishable).
pub(super) fn unwrap_key(
    key_encryption_key: &SecretKey,
    kind: WrapKind,
    nonce: &[u8; NONCE_LEN],
    wrapped: &[u8],
) -> Option<DataKey> {
    let aad = wrap_associated_data(kind);
    let opened = Zeroizing::new(
        cipher(key_encryption_key)?
            .decrypt(
                &Nonce::from(*nonce),
                Payload {
                    msg: wrapped,
                    aad: &aad,
                },
            )
            .ok()?,
    );
    let bytes: [u8; KEY_LEN] = opened.as_slice().try_into().ok()?;
    Some(DataKey(Zeroizing::new(bytes)))
}

fn content_associated_data(format: u32, revision: u64) -> Vec<u8> {
    let mut aad = b"ctpat-vault/content".to_vec();
    aad.extend_from_slice(&format.to_be_bytes());
    aad.extend_from_slice(&revision.to_be_bytes());
    aad
}

/// Encrypts the (compressed) workspace; the revision and format version are bound to it.
pub(super) fn encrypt_content(
    data_key: &DataKey,
    nonce: &[u8; NONCE_LEN],
    format: u32,
    revision: u64,
    compressed: &[u8],
) -> Option<Vec<u8>> {
    let aad = content_associated_data(format, revision);
    cipher(&data_key.subkey(b"ctpat-vault/v1/content"))?
        .encrypt(
            &Nonce::from(*nonce),
            Payload {
                msg: compressed,
                aad: &aad,
            },
        )
        .ok()
}

/// Decrypts the workspace; `None` if anything was altered.
pub(super) fn decrypt_content(
    data_key: &DataKey,
    nonce: &[u8; NONCE_LEN],
    format: u32,
    revision: u64,
    ciphertext: &[u8],
) -> Option<Plaintext> {
    let aad = content_associated_data(format, revision);
    cipher(&data_key.subkey(b"ctpat-vault/v1/content"))?
        .decrypt(
            &Nonce::from(*nonce),
            Payload {
                msg: ciphertext,
                aad: &aad,
            },
        )
        .ok()
        .map(Zeroizing::new)
}

fn header_mac(data_key: &DataKey, header: &[u8]) -> Option<Hmac<Sha256>> {
    let mut mac =
        <Hmac<Sha256> as KeyInit>::new_from_slice(&*data_key.subkey(b"ctpat-vault/v1/header"))
            .ok()?;
    mac.update(header);
    Some(mac)
}

/// Tag over the clear header, so that no clear field (either wrap, salt, settings, revision)
/// can be changed without the data key, even one the current unlock path does not use.
pub(super) fn header_tag(data_key: &DataKey, header: &[u8]) -> Option<Vec<u8>> {
    header_mac(data_key, header).map(|mac| mac.finalize().into_bytes().to_vec())
}

/// Checks a header tag in constant time.
pub(super) fn header_tag_matches(data_key: &DataKey, header: &[u8], tag: &[u8]) -> bool {
    header_mac(data_key, header).is_some_and(|mac| mac.verify_slice(tag).is_ok())
}

/// Raw deflate (RFC 1951) of the serialized workspace.
pub(super) fn compress(plaintext: &[u8]) -> Vec<u8> {
    compress_to_vec(plaintext, COMPRESSION_LEVEL)
}

/// Inflates, refusing to grow past [`MAX_PLAINTEXT_BYTES`].
pub(super) fn decompress(compressed: &[u8]) -> Option<Plaintext> {
    decompress_to_vec_with_limit(compressed, MAX_PLAINTEXT_BYTES)
        .ok()
        .map(Zeroizing::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|byte| format!("{byte:02x}")).collect()
    }

    fn fixed_key() -> DataKey {
        DataKey::from_bytes(core::array::from_fn(|index| index as u8))
    }

    /// Pinned once: a change here means stored workspaces would no longer open.
    #[test]
    fn content_encryption_is_stable_for_a_fixed_key_nonce_and_revision() {
        let ciphertext =
            encrypt_content(&fixed_key(), &[9; NONCE_LEN], 1, 7, b"workspace").unwrap();
        assert_eq!(hex(&ciphertext), PINNED_CONTENT);
    }

    /// Pinned once: a change here means stored wraps would no longer open.
    #[test]
    fn key_wrap_is_stable_for_a_fixed_key_and_nonce() {
        let key_encryption_key = Zeroizing::new([0x42; KEY_LEN]);
        let wrapped = wrap_key(
            &key_encryption_key,
            WrapKind::Passphrase,
            &[5; NONCE_LEN],
            &fixed_key(),
        )
        .unwrap();
        assert_eq!(hex(&wrapped), PINNED_WRAP);
    }

    #[test]
    fn content_sealed_for_one_revision_does_not_open_as_another() {
        let ciphertext =
            encrypt_content(&fixed_key(), &[9; NONCE_LEN], 1, 7, b"workspace").unwrap();
        assert!(decrypt_content(&fixed_key(), &[9; NONCE_LEN], 1, 8, &ciphertext).is_none());
        assert!(decrypt_content(&fixed_key(), &[9; NONCE_LEN], 1, 7, &ciphertext).is_some());
    }

    #[test]
    fn a_passphrase_wrap_does_not_open_as_an_answers_wrap() {
        let key_encryption_key = Zeroizing::new([0x42; KEY_LEN]);
        let nonce = [5; NONCE_LEN];
        let wrapped = wrap_key(
            &key_encryption_key,
            WrapKind::Passphrase,
            &nonce,
            &fixed_key(),
        )
        .unwrap();
        assert!(unwrap_key(&key_encryption_key, WrapKind::Answers, &nonce, &wrapped).is_none());
        let opened =
            unwrap_key(&key_encryption_key, WrapKind::Passphrase, &nonce, &wrapped).unwrap();
        assert_eq!(*opened.0, *fixed_key().0);
    }

    #[test]
    fn profile_json_shrinks_several_times() {
        let json =
            r#"{"partner":{"name":"Acme Logistics","country":"MX","vetted":true}}"#.repeat(200);
        let compressed = compress(json.as_bytes());
        assert!(
            compressed.len() * 5 < json.len(),
            "{} bytes",
            compressed.len()
        );
        assert_eq!(*decompress(&compressed).unwrap(), json.as_bytes());
    }

    #[test]
    fn inflating_past_the_size_limit_is_refused() {
        let bomb = compress(&vec![0u8; MAX_PLAINTEXT_BYTES + 1]);
        assert!(decompress(&bomb).is_none());
    }

    // Both values were also reproduced with an independent AES-GCM and HKDF implementation
    // (Python's `cryptography`) from the scheme described in the module doc.
    const PINNED_CONTENT: &str = "9e3b9e42cc9a95c7852dc7f97c67e2180351df110775e586d0";
    const PINNED_WRAP: &str = "dded361d993f7e4dd3af7097f8863490981ae85216371e1f004ae6fb44fbf29d383811ea3a02cee4dd91f1a2a047a5ea";
}
