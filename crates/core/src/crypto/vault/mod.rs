//! The vault: keeps the workspace encrypted at rest and opens it with the passphrase, or with
//! the recovery kit (the recovery key together with the three security answers) when the
//! passphrase is forgotten.
//!
//! Pure: it turns bytes into bytes. The caller serializes the workspace, hands over the bytes
//! and the clear context it stores beside them (question IDs, answer rules), and stores the
//! [`SealedWorkspace`] it gets back; where and how is the storage layer's job.
//!
//! Scheme (format version 2): a random 256-bit data key encrypts the deflated workspace with
//! AES-256-GCM (fresh 96-bit nonce per save, associated data = format version + revision).
//! Argon2id of the NFKC passphrase gives a key-encryption key that wraps the data key; the
//! recovery wrap is made for a public key derived from the recovery key and the answers
//! (`recovery_wrap`), so the answers alone open nothing. An HMAC tag keyed from the data key
//! covers every clear field and the caller's context, so altering any of them is detected even
//! on the path that does not use it. Every change of secret (passphrase, recovery kit) puts the
//! workspace under a new data key, so no copy saved afterwards opens with an old secret.
//!
//! Format 1 (the answers alone wrapped the data key, the passphrase was used as typed) is still
//! read: unlocking such a copy re-wraps it as format 2 and keeps its answers wrap only until the
//! user makes a recovery kit.
//!
//! Every operation that derives a key (create, unlock, recover, checking or changing a secret)
//! is asynchronous and asks the caller's [`KeyDerivation`] for it, so the browser can run
//! Argon2id in a worker while the page stays responsive; the rest of the vault is synchronous.

mod cipher;
mod envelope;
mod recovery_wrap;
#[cfg(test)]
mod tests;

pub use envelope::{KeyWrap, SealedWorkspace};
pub use recovery_wrap::{RecoverySecret, RecoveryWrap};

use cipher::{DataKey, NONCE_LEN, WrapKind};
use recovery_wrap::RecoveryLock;
use zeroize::Zeroizing;

use crate::crypto::kdf::{KdfParams, KdfPolicy, Passphrase, SecretKey, encode_answers};
use crate::crypto::key_derivation::KeyDerivation;
use crate::crypto::random::{RandomnessUnavailable, random_bytes};

/// The vault format this app writes.
pub const FORMAT_VERSION: u32 = 2;
/// The earlier format this app still reads (answers-only recovery, passphrase as typed).
pub const LEGACY_FORMAT_VERSION: u32 = 1;
/// Whether a copy in `format` was written by a newer version of the app than this one: such a
/// copy is left alone (never quarantined or overwritten), unlike a damaged one.
pub fn is_newer_format(format: u32) -> bool {
    format > FORMAT_VERSION
}

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
    /// The recovery key and answers (or, for a workspace without a kit, the answers) do not
    /// open this workspace (or its recovery wrap was altered).
    #[error("the recovery key or the answers to the security questions are not right")]
    WrongRecovery,
    /// The workspace has a recovery kit: the answers alone do not open it.
    #[error("this workspace is recovered with its recovery kit and the answers")]
    RecoveryKitRequired,
    /// The workspace has no recovery kit yet: make one before changing the passphrase.
    #[error("this workspace has no recovery kit yet")]
    RecoveryKitMissing,
    /// Stored key-derivation settings are below what this app accepts (a weakened copy).
    #[error("the stored key derivation settings are weaker than this app accepts")]
    KdfBelowFloor,
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

/// How a forgotten passphrase is proven.
#[derive(Debug, Clone, Copy)]
pub enum RecoveryProof<'a> {
    /// The recovery kit's key with the answers: the only way into a workspace that has a kit.
    Kit(RecoverySecret<'a>),
    /// The answers alone (normalised), for a workspace made before recovery kits existed and
    /// not yet given one; the user is then asked to make a kit.
    AnswersOnly([&'a str; 3]),
}

/// What unlocking gives: the open vault, the workspace bytes, and whether the copy must be
/// saved again at once (it was re-wrapped from an older format or weaker settings).
pub struct Opened {
    /// The open vault.
    pub vault: Vault,
    /// The decrypted workspace.
    pub plaintext: Plaintext,
    /// The stored copy is outdated (format 1 or settings below the current ones); a save of
    /// the vault writes the upgraded form.
    pub needs_saving: bool,
}

/// The passphrase side of an open vault: the derived key is kept (wiped on drop) so that a new
/// data key can be wrapped without asking for the passphrase again.
#[derive(Clone)]
struct PassphraseLock {
    kdf: KdfParams,
    salt: Vec<u8>,
    key: SecretKey,
}

/// How the open vault's data key can be recovered.
#[derive(Clone)]
enum Recovery {
    /// A recovery kit: each new data key is wrapped for it.
    Kit(RecoveryLock),
    /// A format-1 answers-only wrap of the current data key, kept until a kit is made.
    AnswersOnly(KeyWrap),
}

/// An open vault: holds the data key and the passphrase key (both wiped on drop) and the
/// current wraps, so every save writes a complete sealed copy. Dropping it is how the app
/// locks. A clone lets a change of keys be prepared and written before it replaces the vault
/// in use.
#[derive(Clone)]
pub struct Vault {
    data_key: DataKey,
    passphrase: PassphraseLock,
    passphrase_wrap: KeyWrap,
    recovery: Recovery,
    recovery_wrap: Option<RecoveryWrap>,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("Vault { .. }")
    }
}

impl Vault {
    /// Onboarding: a new data key, wrapped by the passphrase and for the recovery kit, and the
    /// first sealed copy of `plaintext`.
    pub async fn create(
        passphrase: &Passphrase,
        recovery: &RecoverySecret<'_>,
        context: &[u8],
        plaintext: &[u8],
        policy: KdfPolicy,
        kdf: &impl KeyDerivation,
    ) -> Result<(Vault, SealedWorkspace), VaultError> {
        if !policy.accepts(&policy.current) {
            return Err(VaultError::UnsupportedKdfParams);
        }
        let passphrase = PassphraseLock::new(passphrase, policy.current, kdf).await?;
        let lock = RecoveryLock::new(recovery, policy.current, kdf).await?;
        let vault = Vault::under_new_data_key(passphrase, Recovery::Kit(lock))?;
        let sealed = vault.seal(plaintext, FIRST_REVISION, context)?;
        Ok((vault, sealed))
    }

    /// Opens a stored copy with the passphrase. A copy in format 1 or with settings below
    /// `policy.current` is re-wrapped (one more derivation) and reported as needing a save.
    pub async fn unlock(
        sealed: &SealedWorkspace,
        context: &[u8],
        passphrase: &Passphrase,
        policy: KdfPolicy,
        kdf: &impl KeyDerivation,
    ) -> Result<Opened, VaultError> {
        sealed.check_shape()?;
        check_floor(sealed, policy)?;
        let secret = if sealed.format == LEGACY_FORMAT_VERSION {
            passphrase.legacy_secret()
        } else {
            passphrase.secret()
        };
        let wrap = &sealed.passphrase_wrap;
        let key = kdf
            .derive(&wrap.kdf, secret, &wrap.salt)
            .await
            .map_err(|_| VaultError::UnsupportedKdfParams)?;
        let data_key =
            unwrap(wrap, WrapKind::Passphrase, &key).ok_or(VaultError::WrongPassphrase)?;
        let plaintext = open_content(&data_key, sealed, context)?;
        let needs_saving =
            sealed.format == LEGACY_FORMAT_VERSION || policy.is_below_current(&wrap.kdf);
        let passphrase_lock = if needs_saving {
            PassphraseLock::new(passphrase, policy.current, kdf).await?
        } else {
            PassphraseLock {
                kdf: wrap.kdf,
                salt: wrap.salt.clone(),
                key,
            }
        };
        let vault = Vault::with_data_key(data_key, passphrase_lock, recovery_of(sealed)?)?;
        Ok(Opened {
            vault,
            plaintext,
            needs_saving,
        })
    }

    /// Forgotten passphrase: opens with the recovery kit and answers (or, for a workspace that
    /// has no kit yet, the answers alone) and sets `new_passphrase`. A workspace with a kit is
    /// put under a new data key at once; one without keeps its key until the kit is made,
    /// which the caller must then ask for.
    pub async fn recover(
        sealed: &SealedWorkspace,
        context: &[u8],
        proof: RecoveryProof<'_>,
        new_passphrase: &Passphrase,
        policy: KdfPolicy,
        kdf: &impl KeyDerivation,
    ) -> Result<(Vault, Plaintext), VaultError> {
        sealed.check_shape()?;
        check_floor(sealed, policy)?;
        let data_key = match (proof, &sealed.recovery_wrap, &sealed.answers_wrap) {
            (RecoveryProof::Kit(secret), Some(wrap), _) => wrap.open(&secret, kdf).await,
            (RecoveryProof::AnswersOnly(answers), None, Some(wrap)) => kdf
                .derive(&wrap.kdf, &encode_answers(&answers), &wrap.salt)
                .await
                .ok()
                .and_then(|key| unwrap(wrap, WrapKind::Answers, &key)),
            (RecoveryProof::AnswersOnly(_), Some(_), _) => {
                return Err(VaultError::RecoveryKitRequired);
            }
            (RecoveryProof::Kit(_), None, _) => return Err(VaultError::RecoveryKitMissing),
            (_, None, None) => return Err(VaultError::Malformed),
        }
        .ok_or(VaultError::WrongRecovery)?;
        let plaintext = open_content(&data_key, sealed, context)?;
        let passphrase = PassphraseLock::new(new_passphrase, policy.current, kdf).await?;
        let recovery = recovery_of(sealed)?;
        let vault = match recovery {
            Recovery::Kit(_) => Vault::under_new_data_key(passphrase, recovery)?,
            Recovery::AnswersOnly(_) => Vault::with_data_key(data_key, passphrase, recovery)?,
        };
        Ok((vault, plaintext))
    }

    /// Checks a passphrase against this vault (Settings asks for it before changing secrets).
    pub async fn verify_passphrase(
        &self,
        passphrase: &Passphrase,
        kdf: &impl KeyDerivation,
    ) -> Result<(), VaultError> {
        let key = kdf
            .derive(
                &self.passphrase.kdf,
                passphrase.secret(),
                &self.passphrase.salt,
            )
            .await
            .map_err(|_| VaultError::UnsupportedKdfParams)?;
        let difference = key
            .iter()
            .zip(self.passphrase.key.iter())
            .fold(0u8, |difference, (a, b)| difference | (a ^ b));
        if difference == 0 {
            Ok(())
        } else {
            Err(VaultError::WrongPassphrase)
        }
    }

    /// Settings: checks `current_passphrase`, then sets `new_passphrase` under a new data key.
    /// The next sealed copy opens with the new passphrase and the recovery kit only.
    pub async fn change_passphrase(
        &mut self,
        current_passphrase: &Passphrase,
        new_passphrase: &Passphrase,
        policy: KdfPolicy,
        kdf: &impl KeyDerivation,
    ) -> Result<(), VaultError> {
        if !self.has_recovery_kit() {
            return Err(VaultError::RecoveryKitMissing);
        }
        self.verify_passphrase(current_passphrase, kdf).await?;
        let passphrase = PassphraseLock::new(new_passphrase, policy.current, kdf).await?;
        let recovery = self.recovery.clone();
        *self = Vault::under_new_data_key(passphrase, recovery)?;
        Ok(())
    }

    /// Makes (or replaces) the recovery kit: the workspace goes under a new data key wrapped
    /// by the passphrase and for the new kit only, so an older kit, and the answers alone of
    /// a format-1 workspace, open no copy sealed afterwards.
    pub async fn replace_recovery_kit(
        &mut self,
        recovery: &RecoverySecret<'_>,
        policy: KdfPolicy,
        kdf: &impl KeyDerivation,
    ) -> Result<(), VaultError> {
        let lock = RecoveryLock::new(recovery, policy.current, kdf).await?;
        let passphrase = PassphraseLock {
            kdf: self.passphrase.kdf,
            salt: self.passphrase.salt.clone(),
            key: self.passphrase.key.clone(),
        };
        *self = Vault::under_new_data_key(passphrase, Recovery::Kit(lock))?;
        Ok(())
    }

    /// Whether the workspace is recovered with a recovery kit (and not the answers alone).
    pub fn has_recovery_kit(&self) -> bool {
        matches!(self.recovery, Recovery::Kit(_))
    }

    /// Every save: compresses and encrypts `plaintext` under a fresh nonce as `revision`, in
    /// the current format, with `context` under the header tag.
    pub fn seal(
        &self,
        plaintext: &[u8],
        revision: u64,
        context: &[u8],
    ) -> Result<SealedWorkspace, VaultError> {
        if plaintext.len() > MAX_PLAINTEXT_BYTES {
            return Err(VaultError::TooLarge);
        }
        let nonce: [u8; NONCE_LEN] = random_bytes()?;
        let compressed = Zeroizing::new(cipher::compress(plaintext));
        let ciphertext = cipher::encrypt_content(
            &self.data_key,
            &nonce,
            FORMAT_VERSION,
            revision,
            &compressed,
        )
        .ok_or(VaultError::EncryptionFailed)?;
        let mut sealed = SealedWorkspace {
            format: FORMAT_VERSION,
            revision,
            passphrase_wrap: self.passphrase_wrap.clone(),
            recovery_wrap: self.recovery_wrap.clone(),
            answers_wrap: match &self.recovery {
                Recovery::AnswersOnly(wrap) => Some(wrap.clone()),
                Recovery::Kit(_) => None,
            },
            nonce: nonce.to_vec(),
            ciphertext,
            header_tag: Vec::new(),
        };
        sealed.header_tag =
            cipher::header_tag(&self.data_key, &sealed.authenticated_header(context))
                .ok_or(VaultError::EncryptionFailed)?;
        Ok(sealed)
    }

    /// Opens a copy this open vault sealed, with its data key and no secret asked again: the
    /// copy of the workspace kept before an import is read back this way to undo the import.
    /// A copy sealed under another data key (the passphrase or the recovery kit changed since)
    /// fails its header tag like an altered one: without that other key the two cannot be told
    /// apart, so the caller keeps the copy and says it cannot be opened with the current keys.
    pub fn open_own(
        &self,
        sealed: &SealedWorkspace,
        context: &[u8],
    ) -> Result<Plaintext, VaultError> {
        sealed.check_shape()?;
        open_content(&self.data_key, sealed, context)
    }

    /// The Argon2id settings of the passphrase wrap, e.g. to tell the user how long an unlock
    /// takes.
    pub fn passphrase_kdf(&self) -> KdfParams {
        self.passphrase.kdf
    }

    /// A vault whose data key is new: the passphrase key and the recovery kit wrap it afresh.
    fn under_new_data_key(
        passphrase: PassphraseLock,
        recovery: Recovery,
    ) -> Result<Vault, VaultError> {
        if let Recovery::AnswersOnly(_) = recovery {
            // An answers-only wrap cannot be remade without the answers.
            return Err(VaultError::RecoveryKitMissing);
        }
        Vault::with_data_key(DataKey::generate()?, passphrase, recovery)
    }

    /// A vault over `data_key`, with a passphrase wrap made afresh and the recovery wrap made
    /// for the kit (or the answers-only wrap kept, which must wrap this same key).
    fn with_data_key(
        data_key: DataKey,
        passphrase: PassphraseLock,
        recovery: Recovery,
    ) -> Result<Vault, VaultError> {
        let passphrase_wrap = passphrase.wrap(&data_key)?;
        let recovery_wrap = match &recovery {
            Recovery::Kit(lock) => Some(lock.wrap(&data_key)?),
            Recovery::AnswersOnly(_) => None,
        };
        Ok(Vault {
            data_key,
            passphrase,
            passphrase_wrap,
            recovery,
            recovery_wrap,
        })
    }

    /// The data key, for tests that prove a change of secret changed it.
    #[cfg(test)]
    fn data_key(&self) -> &DataKey {
        &self.data_key
    }
}

impl PassphraseLock {
    /// Derives the key of `passphrase` (NFKC) under a fresh salt.
    async fn new(
        passphrase: &Passphrase,
        params: KdfParams,
        kdf: &impl KeyDerivation,
    ) -> Result<Self, VaultError> {
        let salt: [u8; SALT_LEN] = random_bytes()?;
        let key = kdf
            .derive(&params, passphrase.secret(), &salt)
            .await
            .map_err(|_| VaultError::UnsupportedKdfParams)?;
        Ok(Self {
            kdf: params,
            salt: salt.to_vec(),
            key,
        })
    }

    fn wrap(&self, data_key: &DataKey) -> Result<KeyWrap, VaultError> {
        let nonce: [u8; NONCE_LEN] = random_bytes()?;
        let wrapped_key = cipher::wrap_key(&self.key, WrapKind::Passphrase, &nonce, data_key)
            .ok_or(VaultError::EncryptionFailed)?;
        Ok(KeyWrap {
            kdf: self.kdf,
            salt: self.salt.clone(),
            nonce: nonce.to_vec(),
            wrapped_key,
        })
    }
}

/// Refuses a copy whose stored settings are below the policy's floor, before deriving.
fn check_floor(sealed: &SealedWorkspace, policy: KdfPolicy) -> Result<(), VaultError> {
    let mut settings = vec![sealed.passphrase_wrap.kdf];
    settings.extend(sealed.recovery_wrap.as_ref().map(|wrap| wrap.kdf));
    settings.extend(sealed.answers_wrap.as_ref().map(|wrap| wrap.kdf));
    if settings.iter().all(|params| policy.accepts(params)) {
        Ok(())
    } else {
        Err(VaultError::KdfBelowFloor)
    }
}

fn recovery_of(sealed: &SealedWorkspace) -> Result<Recovery, VaultError> {
    match (&sealed.recovery_wrap, &sealed.answers_wrap) {
        (Some(wrap), _) => Ok(Recovery::Kit(RecoveryLock::of(wrap)?)),
        (None, Some(wrap)) => Ok(Recovery::AnswersOnly(wrap.clone())),
        (None, None) => Err(VaultError::Malformed),
    }
}

/// `None` when the key is wrong or the wrap altered; the shape was checked by the caller.
fn unwrap(wrap: &KeyWrap, kind: WrapKind, key: &SecretKey) -> Option<DataKey> {
    let nonce: [u8; NONCE_LEN] = wrap.nonce.as_slice().try_into().ok()?;
    cipher::unwrap_key(key, kind, &nonce, &wrap.wrapped_key)
}

/// Checks the header tag first, then decrypts and inflates the content.
fn open_content(
    data_key: &DataKey,
    sealed: &SealedWorkspace,
    context: &[u8],
) -> Result<Plaintext, VaultError> {
    if !cipher::header_tag_matches(
        data_key,
        &sealed.authenticated_header(context),
        &sealed.header_tag,
    ) {
        return Err(VaultError::Tampered);
    }
    let nonce = sealed.content_nonce()?;
    let compressed = cipher::decrypt_content(
        data_key,
        &nonce,
        sealed.format,
        sealed.revision,
        &sealed.ciphertext,
    )
    .ok_or(VaultError::Tampered)?;
    cipher::decompress(&compressed).ok_or(VaultError::Tampered)
}
