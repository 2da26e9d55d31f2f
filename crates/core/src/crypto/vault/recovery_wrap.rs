//! The recovery wrap: the data key encrypted so that only the recovery key *together with* the
//! security answers can open it, while the open vault can wrap each new data key for them
//! without anyone typing the recovery key again.
//!
//! Argon2id of the recovery key and the answers gives a P-256 private key; only its public key
//! is kept (in clear, covered by the header tag). Each wrap is ECIES: a fresh ephemeral key,
//! ECDH with the recovery public key, HKDF-SHA-256 over the shared secret and both public keys,
//! and AES-256-GCM around the data key. So a new data key (after a passphrase change) is still
//! recoverable with the printed kit, and someone who once read the workspace learns nothing
//! that opens a copy saved after a change. Built from RustCrypto's `p256`, `hkdf` and `aes-gcm`
//! rather than an HPKE crate, none of which yet follows `p256` 0.14.

use hkdf::Hkdf;
use p256::{PublicKey, SecretKey};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use zeroize::Zeroizing;

use super::cipher::{self, DataKey, NONCE_LEN, WrapKind};
use super::{SALT_LEN, VaultError, WRAPPED_KEY_LEN};
use crate::crypto::kdf::{KEY_LEN, KdfParams, SecretKey as SymmetricKey, encode_answers};
use crate::crypto::key_derivation::KeyDerivation;
use crate::crypto::random::{RandomnessUnavailable, random_bytes};
use crate::crypto::recovery_key::RecoveryKey;

/// What the user keeps to recover: the printed recovery key and the three answers (already
/// normalised by the caller).
#[derive(Debug, Clone, Copy)]
pub struct RecoverySecret<'a> {
    /// The key printed in the recovery kit.
    pub key: &'a RecoveryKey,
    /// The normalised answers, in the order of the questions.
    pub answers: [&'a str; 3],
}

/// The stored recovery wrap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RecoveryWrap {
    /// Argon2id settings that turn the recovery key and answers into the private key.
    pub kdf: KdfParams,
    /// Salt of that derivation.
    #[serde(with = "crate::crypto::base64url::serde_bytes")]
    pub salt: Vec<u8>,
    /// The recovery public key (SEC1).
    #[serde(with = "crate::crypto::base64url::serde_bytes")]
    pub public_key: Vec<u8>,
    /// The ephemeral public key of this wrap (SEC1).
    #[serde(with = "crate::crypto::base64url::serde_bytes")]
    pub ephemeral_key: Vec<u8>,
    /// AES-GCM nonce of the wrap.
    #[serde(with = "crate::crypto::base64url::serde_bytes")]
    pub nonce: Vec<u8>,
    /// The encrypted data key with its GCM tag.
    #[serde(with = "crate::crypto::base64url::serde_bytes")]
    pub wrapped_key: Vec<u8>,
}

impl RecoveryWrap {
    /// Whether the fields have the sizes this app writes (checked before any derivation).
    pub(super) fn has_valid_shape(&self) -> bool {
        self.kdf.is_supported()
            && self.salt.len() == SALT_LEN
            && self.nonce.len() == NONCE_LEN
            && self.wrapped_key.len() == WRAPPED_KEY_LEN
            && PublicKey::from_sec1_bytes(&self.public_key).is_ok()
            && PublicKey::from_sec1_bytes(&self.ephemeral_key).is_ok()
    }

    /// Opens the wrap; `None` when the recovery key or the answers are wrong, or the wrap was
    /// altered (the two cannot be told apart).
    pub(super) async fn open(
        &self,
        secret: &RecoverySecret<'_>,
        kdf: &impl KeyDerivation,
    ) -> Option<DataKey> {
        let seed = kdf
            .derive(&self.kdf, &secret_bytes(secret), &self.salt)
            .await
            .ok()?;
        let private = private_key_from(&seed)?;
        if private.public_key().to_sec1_bytes().as_ref() != self.public_key.as_slice() {
            return None;
        }
        let ephemeral = PublicKey::from_sec1_bytes(&self.ephemeral_key).ok()?;
        let key = wrap_key_for(&private, &ephemeral, &self.ephemeral_key, &self.public_key);
        let nonce: [u8; NONCE_LEN] = self.nonce.as_slice().try_into().ok()?;
        cipher::unwrap_key(&key, WrapKind::RecoveryKit, &nonce, &self.wrapped_key)
    }
}

/// The public half of a recovery kit, kept by the open vault so that every new data key can be
/// wrapped for the kit.
#[derive(Clone)]
pub(super) struct RecoveryLock {
    kdf: KdfParams,
    salt: Vec<u8>,
    public_key: PublicKey,
}

impl RecoveryLock {
    /// A new lock for a recovery key and answers: derives the private key once, keeps the
    /// public key only.
    pub(super) async fn new(
        secret: &RecoverySecret<'_>,
        params: KdfParams,
        kdf: &impl KeyDerivation,
    ) -> Result<Self, VaultError> {
        let salt: [u8; SALT_LEN] = random_bytes()?;
        let seed = kdf
            .derive(&params, &secret_bytes(secret), &salt)
            .await
            .map_err(|_| VaultError::UnsupportedKdfParams)?;
        let private = private_key_from(&seed).ok_or(VaultError::EncryptionFailed)?;
        Ok(Self {
            kdf: params,
            salt: salt.to_vec(),
            public_key: private.public_key(),
        })
    }

    /// The lock of a stored wrap.
    pub(super) fn of(wrap: &RecoveryWrap) -> Result<Self, VaultError> {
        Ok(Self {
            kdf: wrap.kdf,
            salt: wrap.salt.clone(),
            public_key: PublicKey::from_sec1_bytes(&wrap.public_key)
                .map_err(|_| VaultError::Tampered)?,
        })
    }

    /// Wraps `data_key` for this kit, with a fresh ephemeral key.
    pub(super) fn wrap(&self, data_key: &DataKey) -> Result<RecoveryWrap, VaultError> {
        let ephemeral = random_private_key()?;
        let ephemeral_public = ephemeral.public_key().to_sec1_bytes();
        let recipient = self.public_key.to_sec1_bytes();
        let key = wrap_key_for(&ephemeral, &self.public_key, &ephemeral_public, &recipient);
        let nonce: [u8; NONCE_LEN] = random_bytes()?;
        let wrapped_key = cipher::wrap_key(&key, WrapKind::RecoveryKit, &nonce, data_key)
            .ok_or(VaultError::EncryptionFailed)?;
        Ok(RecoveryWrap {
            kdf: self.kdf,
            salt: self.salt.clone(),
            public_key: recipient.to_vec(),
            ephemeral_key: ephemeral_public.to_vec(),
            nonce: nonce.to_vec(),
            wrapped_key,
        })
    }
}

/// The bytes Argon2id derives from: the recovery key, then the length-prefixed answers.
fn secret_bytes(secret: &RecoverySecret<'_>) -> Zeroizing<Vec<u8>> {
    let mut bytes = secret.key.secret_bytes();
    bytes.extend_from_slice(&encode_answers(&secret.answers));
    bytes
}

/// Turns a derived seed into a private key (HKDF with a counter, for the rare seed that is not
/// a valid scalar).
fn private_key_from(seed: &SymmetricKey) -> Option<SecretKey> {
    let hkdf = Hkdf::<Sha256>::from_prk(seed.as_slice()).ok()?;
    (0u8..16).find_map(|counter| {
        let mut candidate = Zeroizing::new([0u8; KEY_LEN]);
        hkdf.expand(
            &[b"ctpat-vault/recovery-private-key/".as_slice(), &[counter]].concat(),
            candidate.as_mut_slice(),
        )
        .ok()?;
        SecretKey::from_slice(candidate.as_slice()).ok()
    })
}

fn random_private_key() -> Result<SecretKey, VaultError> {
    for _ in 0..8 {
        let candidate = Zeroizing::new(random_bytes::<KEY_LEN>()?);
        if let Ok(key) = SecretKey::from_slice(candidate.as_slice()) {
            return Ok(key);
        }
    }
    Err(VaultError::RandomnessUnavailable(RandomnessUnavailable))
}

/// The AES key of one wrap: HKDF over the ECDH secret, bound to both public keys.
fn wrap_key_for(
    private: &SecretKey,
    public: &PublicKey,
    ephemeral_sec1: &[u8],
    recipient_sec1: &[u8],
) -> SymmetricKey {
    let shared = p256::ecdh::diffie_hellman(private.to_nonzero_scalar(), public.as_affine());
    let hkdf = shared.extract::<Sha256>(Some(b"ctpat-vault/wrap/recovery-kit"));
    let info = [ephemeral_sec1, recipient_sec1].concat();
    let mut key = Zeroizing::new([0u8; KEY_LEN]);
    // Infallible: 32 bytes is far below HKDF's limit.
    let _ = hkdf.expand(&info, key.as_mut_slice());
    key
}
