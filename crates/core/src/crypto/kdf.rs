//! Turning what the user knows (the passphrase; the recovery key with the three security
//! answers) into a 256-bit key with Argon2id (RFC 9106), the cost settings stored beside each
//! wrap, and the policy that says which settings are acceptable.
//!
//! The settings travel in clear in the stored envelope, so they are bounded here: a tampered
//! envelope must not be able to make unlocking allocate gigabytes or run for minutes.

use argon2::{Algorithm, Argon2, AssociatedData, ParamsBuilder, Version};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// Length of every key this crate derives or generates: AES-256.
pub const KEY_LEN: usize = 32;

/// A 256-bit secret key, wiped from memory when dropped.
pub type SecretKey = Zeroizing<[u8; KEY_LEN]>;

/// Argon2id cost settings, stored in clear next to the salt they were used with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KdfParams {
    /// Memory in KiB (Argon2 `m`).
    pub memory_kib: u32,
    /// Passes over the memory (Argon2 `t`).
    pub iterations: u32,
    /// Lanes (Argon2 `p`); wasm runs them one after the other.
    pub parallelism: u32,
}

impl KdfParams {
    /// RFC 9106 §4's second recommended setting (64 MiB, t = 3, p = 1): the product default,
    /// about 0.4–0.7 s per derivation in the browser (docs/budgets.md §1 allows 1 s to unlock).
    pub const RECOMMENDED: Self = Self {
        memory_kib: 64 * 1024,
        iterations: 3,
        parallelism: 1,
    };

    /// Largest memory accepted from a stored envelope (256 MiB): above this a browser tab may
    /// be killed, so such a value can only come from tampering.
    pub const MAX_MEMORY_KIB: u32 = 256 * 1024;
    /// Largest number of passes accepted from a stored envelope.
    pub const MAX_ITERATIONS: u32 = 16;
    /// Largest number of lanes accepted from a stored envelope.
    pub const MAX_PARALLELISM: u32 = 8;

    /// Whether these settings are within what this app writes and can afford to run.
    pub fn is_supported(&self) -> bool {
        (1..=Self::MAX_PARALLELISM).contains(&self.parallelism)
            && (1..=Self::MAX_ITERATIONS).contains(&self.iterations)
            // Argon2 needs at least 8 KiB per lane.
            && (8 * self.parallelism..=Self::MAX_MEMORY_KIB).contains(&self.memory_kib)
    }
}

/// Which stored key-derivation settings the app accepts, and which it writes.
///
/// A stored copy carries its settings in clear. Settings below the floor are refused before
/// any derivation (a copy that cheap was not written by this app, or was weakened), and a copy
/// stored with settings below the current ones is re-wrapped with the current ones when it is
/// next unlocked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfPolicy {
    /// The cheapest settings accepted from storage.
    pub floor: KdfParams,
    /// The settings every new wrap is made with.
    pub current: KdfParams,
}

impl KdfPolicy {
    /// The product's policy: OWASP's minimum for Argon2id (19 MiB, t = 2) as the floor, RFC
    /// 9106's second recommendation as what is written.
    pub const PRODUCT: Self = Self {
        floor: KdfParams {
            memory_kib: 19 * 1024,
            iterations: 2,
            parallelism: 1,
        },
        current: KdfParams::RECOMMENDED,
    };

    /// Whether settings read from storage may be used at all.
    pub fn accepts(&self, params: &KdfParams) -> bool {
        params.is_supported()
            && params.memory_kib >= self.floor.memory_kib
            && params.iterations >= self.floor.iterations
    }

    /// Whether settings read from storage cost less than what this app writes now.
    pub fn is_below_current(&self, params: &KdfParams) -> bool {
        params.memory_kib < self.current.memory_kib || params.iterations < self.current.iterations
    }
}

/// A passphrase as the user typed it and in Unicode NFKC form, both wiped when dropped.
///
/// Key derivation uses the NFKC form, so the same passphrase typed on another keyboard or
/// pasted from another program (composed or decomposed accents, full-width forms) opens the
/// workspace; workspaces of vault format 1 were derived from the text as typed. The caller
/// normalises: in the app, the browser's own `String.prototype.normalize`, whose Unicode
/// tables are already on the user's machine (a Rust copy of them would add about 50 KB to the
/// download).
pub struct Passphrase {
    typed: Zeroizing<String>,
    nfkc: Zeroizing<String>,
}

impl Passphrase {
    /// The passphrase `typed`, with `nfkc` its NFKC form.
    pub fn new(typed: &str, nfkc: impl FnOnce(&str) -> String) -> Self {
        Self {
            typed: Zeroizing::new(typed.to_owned()),
            nfkc: Zeroizing::new(nfkc(typed)),
        }
    }

    /// The bytes key derivation uses for a new wrap (vault format 2 and later).
    pub fn secret(&self) -> &[u8] {
        self.nfkc.as_bytes()
    }

    /// The bytes format 1 derived its wrap from: the text as typed.
    pub fn legacy_secret(&self) -> &[u8] {
        self.typed.as_bytes()
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        Self::RECOMMENDED
    }
}

/// Key derivation could not run: the settings are outside the supported range, or memory ran
/// out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the key derivation settings cannot be used")]
pub struct KdfFailed;

/// Derives a key-encryption key from a secret (passphrase or encoded answers) and a salt.
pub fn derive_key(params: &KdfParams, secret: &[u8], salt: &[u8]) -> Result<SecretKey, KdfFailed> {
    let mut key = Zeroizing::new([0u8; KEY_LEN]);
    argon2id(params, secret, salt, &[], &[], key.as_mut_slice())?;
    Ok(key)
}

/// Argon2id version 0x13 with optional key (`K`) and associated data (`X`) as in RFC 9106, so
/// that the mapping of [`KdfParams`] onto the algorithm can be checked against the RFC's test
/// vector, which uses both.
fn argon2id(
    params: &KdfParams,
    password: &[u8],
    salt: &[u8],
    secret: &[u8],
    associated: &[u8],
    out: &mut [u8],
) -> Result<(), KdfFailed> {
    if !params.is_supported() {
        return Err(KdfFailed);
    }
    let argon_params = ParamsBuilder::new()
        .m_cost(params.memory_kib)
        .t_cost(params.iterations)
        .p_cost(params.parallelism)
        .data(AssociatedData::new(associated).map_err(|_| KdfFailed)?)
        .output_len(out.len())
        .build()
        .map_err(|_| KdfFailed)?;
    let context =
        Argon2::new_with_secret(secret, Algorithm::Argon2id, Version::V0x13, argon_params)
            .map_err(|_| KdfFailed)?;
    context
        .hash_password_into(password, salt, out)
        .map_err(|_| KdfFailed)
}

/// Joins the three (already normalised) security answers into one secret. Each answer is
/// preceded by its length, so that moving characters between answers ("ab","c" versus
/// "a","bc") never gives the same secret.
pub fn encode_answers(answers: &[&str; 3]) -> Zeroizing<Vec<u8>> {
    let mut joined = Zeroizing::new(Vec::with_capacity(
        answers.iter().map(|answer| 4 + answer.len()).sum(),
    ));
    for answer in answers {
        // An answer longer than 4 GiB cannot be typed; saturating keeps the encoding total.
        let length = u32::try_from(answer.len()).unwrap_or(u32::MAX);
        joined.extend_from_slice(&length.to_be_bytes());
        joined.extend_from_slice(answer.as_bytes());
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: KdfParams = KdfParams {
        memory_kib: 64,
        iterations: 1,
        parallelism: 1,
    };

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|byte| format!("{byte:02x}")).collect()
    }

    /// RFC 9106 §5.3, the Argon2id test vector.
    #[test]
    fn argon2id_matches_the_rfc_9106_test_vector() {
        let params = KdfParams {
            memory_kib: 32,
            iterations: 3,
            parallelism: 4,
        };
        let mut tag = [0u8; 32];
        argon2id(&params, &[1; 32], &[2; 16], &[3; 8], &[4; 12], &mut tag).unwrap();
        assert_eq!(
            hex(&tag),
            "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"
        );
    }

    #[test]
    fn same_passphrase_and_salt_give_the_same_key() {
        let first = derive_key(&SMALL, b"correct horse battery", &[7; 16]).unwrap();
        let second = derive_key(&SMALL, b"correct horse battery", &[7; 16]).unwrap();
        assert_eq!(first, second);
    }

    #[test]
    fn another_salt_gives_another_key() {
        let first = derive_key(&SMALL, b"correct horse battery", &[7; 16]).unwrap();
        let second = derive_key(&SMALL, b"correct horse battery", &[8; 16]).unwrap();
        assert_ne!(first, second);
    }

    #[test]
    fn other_cost_settings_give_another_key() {
        let heavier = KdfParams {
            iterations: 2,
            ..SMALL
        };
        let first = derive_key(&SMALL, b"correct horse battery", &[7; 16]).unwrap();
        let second = derive_key(&heavier, b"correct horse battery", &[7; 16]).unwrap();
        assert_ne!(first, second);
    }

    #[test]
    fn recommended_settings_are_rfc_9106_second_choice() {
        assert_eq!(KdfParams::default().memory_kib, 65_536);
        assert_eq!(KdfParams::default().iterations, 3);
        assert_eq!(KdfParams::default().parallelism, 1);
        assert!(KdfParams::RECOMMENDED.is_supported());
    }

    #[test]
    fn memory_beyond_what_a_browser_tab_affords_is_refused_before_allocating() {
        let huge = KdfParams {
            memory_kib: 4 * 1024 * 1024,
            ..SMALL
        };
        assert_eq!(derive_key(&huge, b"pw", &[7; 16]), Err(KdfFailed));
    }

    #[test]
    fn zero_passes_or_lanes_are_refused() {
        for params in [
            KdfParams {
                iterations: 0,
                ..SMALL
            },
            KdfParams {
                parallelism: 0,
                ..SMALL
            },
        ] {
            assert!(!params.is_supported());
        }
    }

    #[test]
    fn a_new_wrap_uses_the_nfkc_form_and_a_format_1_wrap_the_typed_text() {
        let passphrase = Passphrase::new("cafe\u{301}", |_| "caf\u{e9}".to_owned());
        assert_eq!(passphrase.secret(), "caf\u{e9}".as_bytes());
        assert_eq!(passphrase.legacy_secret(), "cafe\u{301}".as_bytes());
    }

    #[test]
    fn the_floor_refuses_cheap_settings_and_accepts_the_product_ones() {
        let policy = KdfPolicy::PRODUCT;
        assert!(!policy.accepts(&SMALL));
        assert!(!policy.accepts(&KdfParams {
            iterations: 1,
            ..KdfParams::RECOMMENDED
        }));
        assert!(policy.accepts(&KdfParams::RECOMMENDED));
        assert!(policy.accepts(&policy.floor));
        assert!(policy.is_below_current(&policy.floor));
        assert!(!policy.is_below_current(&KdfParams::RECOMMENDED));
    }

    #[test]
    fn moving_characters_between_answers_changes_the_secret() {
        assert_ne!(
            *encode_answers(&["ab", "c", "d"]),
            *encode_answers(&["a", "bc", "d"])
        );
    }

    #[test]
    fn answers_are_encoded_with_their_lengths() {
        assert_eq!(
            *encode_answers(&["ab", "", "é"]),
            [0, 0, 0, 2, b'a', b'b', 0, 0, 0, 0, 0, 0, 0, 2, 0xc3, 0xa9]
        );
    }
}
