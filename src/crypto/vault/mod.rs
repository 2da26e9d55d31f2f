//! The vault: keeps the workspace encrypted at rest and opens it with the passphrase, or with
//! the three security answers when the passphrase is forgotten (DESIGN.md §4.2).
//!
//! Pure: it turns bytes into bytes. The caller serializes the workspace, hands over the bytes,
//! and stores the [`SealedWorkspace`] it gets back; where and how is the storage layer's job.
//!
//! Scheme (format version 1): a random 256-bit data key encrypts the deflated workspace with
//! AES-256-GCM (fresh 96-bit nonce per save, associated data = format version + revision).
//! Argon2id turns the passphrase, and separately the length-prefixed answers, into two
//! key-encryption keys (own random salt each) that wrap the data key with AES-256-GCM. An
//! HMAC tag keyed from the data key covers every clear field, so altering any of them is
//! detected even on the path that does not use it.

mod cipher;
mod envelope;
#[cfg(test)]
mod tests;

pub use envelope::{KeyWrap, SealedWorkspace};

use cipher::{DataKey, NONCE_LEN, WrapKind};
use zeroize::Zeroizing;

use crate::crypto::kdf::{KdfParams, derive_key, encode_answers};
use crate::crypto::random::{RandomnessUnavailable, random_bytes};

/// The vault format this app writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// Revision of the copy written by [`Vault::create`].
pub const FIRST_REVISION: u64 = 1;
/// Largest workspace accepted (uncompressed); far above any real profile, and what keeps a
/// damaged copy from inflating without bound.
pub const MAX_PLAINTEXT_BYTES: usize = 64 * 1024 * 1024;

const SALT_LEN: usize = 16;
const WRAPPED_KEY_LEN: usize = 32 + cipher::TAG_LEN;

/// Decrypted workspace bytes, wiped from memory when dropped (lock, auto-lock).
pub type Plaintext = Zeroizing<Vec<u8>>;

/// Why the vault refused; worded to say what the user can do and nothing more.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VaultError {
    /// The passphrase does not open this workspace (or its passphrase wrap was altered: the
    /// two cannot be told apart without the right passphrase).
    #[error("the passphrase is not right for this workspace")]
    WrongPassphrase,
    /// The answers do not open this workspace (or its answers wrap was altered).
    #[error("the answers to the security questions are not right for this workspace")]
    WrongAnswers,
    /// The stored copy was changed or damaged after it was written; nothing was decrypted.
    #[error("the stored workspace was altered or damaged")]
    Tampered,
    /// Written in another format version, probably by a newer version of the app.
    #[error(
        "the stored workspace uses format version {found}, which this version of the app cannot read"
    )]
    UnsupportedVersion {
        /// The version found in the stored copy.
        found: u32,
    },
    /// The stored text is not a sealed workspace at all.
    #[error("the stored data is not an encrypted workspace")]
    Malformed,
    /// Key-derivation settings given to `create` that this app could not read back.
    #[error("the key derivation settings are outside the supported range")]
    UnsupportedKdfParams,
    /// The workspace is larger than [`MAX_PLAINTEXT_BYTES`].
    #[error("the workspace is too large to be saved")]
    TooLarge,
    /// The device gave no secure random numbers.
    #[error(transparent)]
    RandomnessUnavailable(#[from] RandomnessUnavailable),
    /// Encryption failed for a reason that should never occur; nothing was written.
    #[error("the workspace could not be encrypted")]
    EncryptionFailed,
}

/// An open vault: holds the data key (wiped on drop) and the current key wraps, so every save
/// writes a complete sealed copy. Dropping it is how the app locks.
pub struct Vault {
    data_key: DataKey,
    passphrase_wrap: KeyWrap,
    answers_wrap: KeyWrap,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("Vault { .. }")
    }
}

impl Vault {
    /// Onboarding: a new data key, wrapped by the passphrase and by the three answers (already
    /// normalised by the caller), and the first sealed copy of `plaintext`.
    pub fn create(
        passphrase: &str,
        answers: &[&str; 3],
        plaintext: &[u8],
        params: KdfParams,
    ) -> Result<(Vault, SealedWorkspace), VaultError> {
        if !params.is_supported() {
            return Err(VaultError::UnsupportedKdfParams);
        }
        let data_key = DataKey::generate()?;
        let passphrase_wrap = wrap(
            &data_key,
            WrapKind::Passphrase,
            passphrase.as_bytes(),
            params,
        )?;
        let answers_wrap = wrap(
            &data_key,
            WrapKind::Answers,
            &encode_answers(answers),
            params,
        )?;
        let vault = Vault {
            data_key,
            passphrase_wrap,
            answers_wrap,
        };
        let sealed = vault.seal(plaintext, FIRST_REVISION)?;
        Ok((vault, sealed))
    }

    /// Opens a stored copy with the passphrase and returns the vault and the workspace bytes.
    pub fn unlock(
        sealed: &SealedWorkspace,
        passphrase: &str,
    ) -> Result<(Vault, Plaintext), VaultError> {
        sealed.check_shape()?;
        let data_key = unwrap(
            &sealed.passphrase_wrap,
            WrapKind::Passphrase,
            passphrase.as_bytes(),
        )
        .ok_or(VaultError::WrongPassphrase)?;
        let plaintext = open_content(&data_key, sealed)?;
        let vault = Vault {
            data_key,
            passphrase_wrap: sealed.passphrase_wrap.clone(),
            answers_wrap: sealed.answers_wrap.clone(),
        };
        Ok((vault, plaintext))
    }

    /// Forgotten passphrase: opens with the answers, then wraps the data key under
    /// `new_passphrase`. Returns the vault, the re-wrapped copy to store (same revision, same
    /// ciphertext) and the workspace bytes.
    pub fn recover(
        sealed: &SealedWorkspace,
        answers: &[&str; 3],
        new_passphrase: &str,
    ) -> Result<(Vault, SealedWorkspace, Plaintext), VaultError> {
        sealed.check_shape()?;
        let data_key = unwrap(
            &sealed.answers_wrap,
            WrapKind::Answers,
            &encode_answers(answers),
        )
        .ok_or(VaultError::WrongAnswers)?;
        let plaintext = open_content(&data_key, sealed)?;
        let mut vault = Vault {
            data_key,
            passphrase_wrap: sealed.passphrase_wrap.clone(),
            answers_wrap: sealed.answers_wrap.clone(),
        };
        let rewrapped = vault.rewrap_passphrase(sealed, new_passphrase)?;
        Ok((vault, rewrapped, plaintext))
    }

    /// Settings: checks `current_passphrase`, then wraps the data key under `new_passphrase`
    /// without re-encrypting the content. Returns the copy to store in place of `sealed`
    /// (same revision). `sealed` must be this vault's latest stored copy.
    pub fn change_passphrase(
        &mut self,
        sealed: &SealedWorkspace,
        current_passphrase: &str,
        new_passphrase: &str,
    ) -> Result<SealedWorkspace, VaultError> {
        sealed.check_shape()?;
        unwrap(
            &sealed.passphrase_wrap,
            WrapKind::Passphrase,
            current_passphrase.as_bytes(),
        )
        .ok_or(VaultError::WrongPassphrase)?;
        self.rewrap_passphrase(sealed, new_passphrase)
    }

    /// Every save: compresses and encrypts `plaintext` under a fresh nonce as `revision`.
    pub fn seal(&self, plaintext: &[u8], revision: u64) -> Result<SealedWorkspace, VaultError> {
        if plaintext.len() > MAX_PLAINTEXT_BYTES {
            return Err(VaultError::TooLarge);
        }
        let nonce: [u8; NONCE_LEN] = random_bytes()?;
        let compressed = Zeroizing::new(cipher::compress(plaintext));
        let ciphertext = cipher::encrypt_content(&self.data_key, &nonce, revision, &compressed)
            .ok_or(VaultError::EncryptionFailed)?;
        self.tagged(SealedWorkspace {
            format: FORMAT_VERSION,
            revision,
            passphrase_wrap: self.passphrase_wrap.clone(),
            answers_wrap: self.answers_wrap.clone(),
            nonce: nonce.to_vec(),
            ciphertext,
            header_tag: Vec::new(),
        })
    }

    /// The Argon2id settings of the passphrase wrap, e.g. to tell the user how long an unlock
    /// takes or to decide to strengthen them.
    pub fn passphrase_kdf(&self) -> KdfParams {
        self.passphrase_wrap.kdf
    }

    /// Replaces the passphrase wrap in a copy that belongs to this vault, keeping its content.
    fn rewrap_passphrase(
        &mut self,
        sealed: &SealedWorkspace,
        new_passphrase: &str,
    ) -> Result<SealedWorkspace, VaultError> {
        if !cipher::header_tag_matches(
            &self.data_key,
            &sealed.authenticated_header(),
            &sealed.header_tag,
        ) {
            return Err(VaultError::Tampered);
        }
        let params = self.passphrase_wrap.kdf;
        self.passphrase_wrap = wrap(
            &self.data_key,
            WrapKind::Passphrase,
            new_passphrase.as_bytes(),
            params,
        )?;
        self.tagged(SealedWorkspace {
            passphrase_wrap: self.passphrase_wrap.clone(),
            ..sealed.clone()
        })
    }

    fn tagged(&self, mut sealed: SealedWorkspace) -> Result<SealedWorkspace, VaultError> {
        sealed.header_tag = cipher::header_tag(&self.data_key, &sealed.authenticated_header())
            .ok_or(VaultError::EncryptionFailed)?;
        Ok(sealed)
    }
}

fn wrap(
    data_key: &DataKey,
    kind: WrapKind,
    secret: &[u8],
    params: KdfParams,
) -> Result<KeyWrap, VaultError> {
    let salt: [u8; SALT_LEN] = random_bytes()?;
    let nonce: [u8; NONCE_LEN] = random_bytes()?;
    let key_encryption_key =
        derive_key(&params, secret, &salt).map_err(|_| VaultError::UnsupportedKdfParams)?;
    let wrapped_key = cipher::wrap_key(&key_encryption_key, kind, &nonce, data_key)
        .ok_or(VaultError::EncryptionFailed)?;
    Ok(KeyWrap {
        kdf: params,
        salt: salt.to_vec(),
        nonce: nonce.to_vec(),
        wrapped_key,
    })
}

/// `None` when the secret is wrong or the wrap altered; the shape was checked by the caller.
fn unwrap(wrap: &KeyWrap, kind: WrapKind, secret: &[u8]) -> Option<DataKey> {
    let key_encryption_key = derive_key(&wrap.kdf, secret, &wrap.salt).ok()?;
    let nonce: [u8; NONCE_LEN] = wrap.nonce.as_slice().try_into().ok()?;
    cipher::unwrap_key(&key_encryption_key, kind, &nonce, &wrap.wrapped_key)
}

/// Checks the header tag first, then decrypts and inflates the content.
fn open_content(data_key: &DataKey, sealed: &SealedWorkspace) -> Result<Plaintext, VaultError> {
    if !cipher::header_tag_matches(data_key, &sealed.authenticated_header(), &sealed.header_tag) {
        return Err(VaultError::Tampered);
    }
    let nonce = sealed.content_nonce()?;
    let compressed = cipher::decrypt_content(data_key, &nonce, sealed.revision, &sealed.ciphertext)
        .ok_or(VaultError::Tampered)?;
    cipher::decompress(&compressed).ok_or(VaultError::Tampered)
}
