//! The workspace's P-256 signing key (created at onboarding, kept only inside the vault), its
//! public JWK (RFC 7517/7518 §6.2) and its RFC 7638 fingerprint, the name by which a recipient
//! recognises who signed a submission.
//!
//! The JWK is written by hand: it is four string members, and p256's own JWK support would
//! pull in a second serialization path for the same four strings.

use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, VerifyingKey};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::crypto::base64url;
use crate::crypto::random::{RandomnessUnavailable, random_bytes};

/// Why a key could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// The stored secret is not a P-256 private key.
    #[error("the stored signing key is not a valid P-256 key")]
    InvalidSecret,
    /// The JWK is not exactly an EC P-256 public key (`kty`, `crv`, `x`, `y`) on the curve.
    #[error("the signer's key is not a valid P-256 public key")]
    InvalidPublicKey,
    /// The device gave no secure random numbers.
    #[error(transparent)]
    RandomnessUnavailable(#[from] RandomnessUnavailable),
}

/// The private signing key; its secret scalar is wiped when dropped. Serializes as the
/// base64url secret, so it can live inside the vault's plaintext and nowhere else.
#[derive(Clone)]
pub struct SigningKey(p256::ecdsa::SigningKey);

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "SigningKey({})", self.fingerprint())
    }
}

impl SigningKey {
    /// A new random key (onboarding).
    pub fn generate() -> Result<Self, KeyError> {
        // A draw is refused only if zero or above the group order (about 2^-32 of draws), so
        // repeated refusals mean the random source is broken, not unlucky.
        for _ in 0..8 {
            let candidate = Zeroizing::new(random_bytes::<32>()?);
            if let Ok(key) = p256::ecdsa::SigningKey::from_slice(candidate.as_slice()) {
                return Ok(Self(key));
            }
        }
        Err(KeyError::RandomnessUnavailable(RandomnessUnavailable))
    }

    /// Reads the secret written by [`SigningKey::secret_base64url`].
    pub fn from_secret_base64url(secret: &str) -> Result<Self, KeyError> {
        let bytes = Zeroizing::new(base64url::decode(secret).map_err(|_| KeyError::InvalidSecret)?);
        if bytes.len() != 32 {
            return Err(KeyError::InvalidSecret);
        }
        p256::ecdsa::SigningKey::from_slice(&bytes)
            .map(Self)
            .map_err(|_| KeyError::InvalidSecret)
    }

    /// The 32-byte secret scalar as base64url (the JWK `d` form), wiped when dropped.
    pub fn secret_base64url(&self) -> Zeroizing<String> {
        let bytes = Zeroizing::new(self.0.to_bytes());
        Zeroizing::new(base64url::encode(bytes.as_slice()))
    }

    /// The public half, as carried in every signed file.
    pub fn public_jwk(&self) -> PublicJwk {
        PublicJwk(*self.0.verifying_key())
    }

    /// RFC 7638 fingerprint of the public key, shown in settings for recipients to compare.
    pub fn fingerprint(&self) -> Fingerprint {
        self.public_jwk().thumbprint()
    }

    /// ES256 (RFC 7518 §3.4): ECDSA P-256 with SHA-256, deterministic nonce (RFC 6979),
    /// signature as the 64-byte `r || s`.
    pub(crate) fn sign_es256(&self, signing_input: &[u8]) -> [u8; 64] {
        let signature: Signature = self.0.sign(signing_input);
        signature.to_bytes().into()
    }
}

impl Serialize for SigningKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.secret_base64url())
    }
}

impl<'de> Deserialize<'de> for SigningKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let secret = Zeroizing::new(String::deserialize(deserializer)?);
        Self::from_secret_base64url(&secret).map_err(serde::de::Error::custom)
    }
}

/// A P-256 public key as a JWK; only valid curve points can be held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicJwk(VerifyingKey);

impl PublicJwk {
    /// Reads a JWK object, refusing anything but `kty` "EC", `crv` "P-256" and 32-byte `x`
    /// and `y` forming a point on the curve (no private `d`, no other members).
    pub fn from_json(jwk: &Value) -> Result<Self, KeyError> {
        let members = jwk.as_object().ok_or(KeyError::InvalidPublicKey)?;
        let text = |name: &str| members.get(name).and_then(Value::as_str);
        let coordinate = |name: &str| -> Result<Vec<u8>, KeyError> {
            let bytes = base64url::decode(text(name).ok_or(KeyError::InvalidPublicKey)?)
                .map_err(|_| KeyError::InvalidPublicKey)?;
            if bytes.len() == 32 {
                Ok(bytes)
            } else {
                Err(KeyError::InvalidPublicKey)
            }
        };
        if members.len() != 4 || text("kty") != Some("EC") || text("crv") != Some("P-256") {
            return Err(KeyError::InvalidPublicKey);
        }
        let mut point = vec![0x04];
        point.extend(coordinate("x")?);
        point.extend(coordinate("y")?);
        VerifyingKey::from_sec1_bytes(&point)
            .map(Self)
            .map_err(|_| KeyError::InvalidPublicKey)
    }

    /// `{"kty":"EC","crv":"P-256","x":…,"y":…}`.
    pub fn to_json(&self) -> Value {
        Value::Object(self.members())
    }

    /// RFC 7638 thumbprint: the required members (`crv`, `kty`, `x`, `y` for EC) only.
    pub fn thumbprint(&self) -> Fingerprint {
        Fingerprint::of_required_members(&self.members())
    }

    /// The four members; for an EC key they are exactly RFC 7638's required members.
    fn members(&self) -> Map<String, Value> {
        let point = self.0.to_sec1_point(false);
        let coordinate = |bytes: Option<&p256::FieldBytes>| {
            Value::String(
                bytes
                    .map(|b| base64url::encode(b.as_slice()))
                    .unwrap_or_default(),
            )
        };
        let mut members = Map::new();
        members.insert("kty".into(), Value::String("EC".into()));
        members.insert("crv".into(), Value::String("P-256".into()));
        members.insert("x".into(), coordinate(point.x()));
        members.insert("y".into(), coordinate(point.y()));
        members
    }

    pub(crate) fn verifying_key(&self) -> &VerifyingKey {
        &self.0
    }
}

impl Serialize for PublicJwk {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_json().serialize(serializer)
    }
}

/// Why text given as a fingerprint (pasted into the import, passed to `ctpat-verify --expect`)
/// is not one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "not a key fingerprint: expected 16 groups of 4 hex digits (as the editor shows it) or the 43-character base64url key id"
)]
pub struct MalformedFingerprint;

/// An RFC 7638 JWK thumbprint (SHA-256): the signer's identity in a signed file (`kid`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint([u8; 32]);

impl Fingerprint {
    /// RFC 7638 §3: SHA-256 over the JSON object of a key's required members, written with
    /// sorted member names and no whitespace. That is exactly RFC 8785 canonical JSON for an
    /// object of strings, so the canonicalizer writes it.
    pub fn of_required_members(members: &Map<String, Value>) -> Self {
        let canonical = serde_json_canonicalizer::to_vec(members).unwrap_or_default();
        Self(Sha256::digest(&canonical).into())
    }

    /// The base64url form used as `kid` and by JOSE tools.
    pub fn to_base64url(&self) -> String {
        base64url::encode(self.0)
    }

    /// For people comparing by eye or reading aloud: 16 groups of 4 hex digits.
    pub fn for_people(&self) -> String {
        let hex: String = self.0.iter().map(|byte| format!("{byte:02X}")).collect();
        hex.as_bytes()
            .chunks(4)
            .map(|group| String::from_utf8_lossy(group).into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Reads a fingerprint in a form the editor or a JOSE tool shows: [`Self::for_people`]
    /// (64 hex digits, grouped by spaces or run together, either case) or [`Self::to_base64url`]
    /// (the `kid`). Surrounding whitespace is ignored. Recipients type or paste it to say which
    /// signer they expect.
    pub fn parse(text: &str) -> Result<Self, MalformedFingerprint> {
        let text = text.trim();
        Self::from_hex_groups(text)
            .or_else(|| Self::from_kid(text))
            .ok_or(MalformedFingerprint)
    }

    /// 64 hex digits, with single spaces between groups of four or none at all.
    fn from_hex_groups(text: &str) -> Option<Self> {
        let grouped = text.contains(' ');
        if grouped && !text.split(' ').all(|group| group.len() == 4) {
            return None;
        }
        let digits: Vec<u8> = text.bytes().filter(|byte| *byte != b' ').collect();
        if digits.len() != 64 || !digits.iter().all(u8::is_ascii_hexdigit) {
            return None;
        }
        let mut bytes = [0u8; 32];
        for (byte, pair) in bytes.iter_mut().zip(digits.chunks(2)) {
            let pair = std::str::from_utf8(pair).ok()?;
            *byte = u8::from_str_radix(pair, 16).ok()?;
        }
        Some(Self(bytes))
    }

    /// The 43-character base64url `kid`.
    fn from_kid(text: &str) -> Option<Self> {
        let bytes = base64url::decode(text).ok()?;
        bytes.try_into().ok().map(Self)
    }

    /// The raw 32 bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl std::fmt::Display for Fingerprint {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.to_base64url())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// RFC 7515 Appendix A.3.1's P-256 key.
    const RFC7515_D: &str = "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI";
    const RFC7515_X: &str = "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU";
    const RFC7515_Y: &str = "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0";

    /// RFC 7638 §3.1: the RSA key's required members and its published thumbprint.
    #[test]
    fn thumbprint_method_reproduces_rfc_7638_example() {
        let members = json!({
            "e": "AQAB",
            "kty": "RSA",
            "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
        });
        let Value::Object(members) = members else {
            unreachable!()
        };
        assert_eq!(
            Fingerprint::of_required_members(&members).to_base64url(),
            "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
        );
    }

    #[test]
    fn the_rfc_7515_secret_gives_its_published_public_key() {
        let key = SigningKey::from_secret_base64url(RFC7515_D).unwrap();
        assert_eq!(
            key.public_jwk().to_json(),
            json!({"kty": "EC", "crv": "P-256", "x": RFC7515_X, "y": RFC7515_Y})
        );
    }

    #[test]
    fn ec_thumbprint_hashes_the_sorted_required_members() {
        let key = SigningKey::from_secret_base64url(RFC7515_D).unwrap();
        let expected_input =
            format!(r#"{{"crv":"P-256","kty":"EC","x":"{RFC7515_X}","y":"{RFC7515_Y}"}}"#);
        let expected: [u8; 32] = Sha256::digest(expected_input.as_bytes()).into();
        assert_eq!(key.fingerprint().as_bytes(), &expected);
    }

    #[test]
    fn the_secret_survives_a_round_trip_through_the_vault_plaintext() {
        let key = SigningKey::generate().unwrap();
        let stored = serde_json::to_string(&key).unwrap();
        let restored: SigningKey = serde_json::from_str(&stored).unwrap();
        assert_eq!(restored.fingerprint(), key.fingerprint());
    }

    #[test]
    fn two_generated_keys_have_different_fingerprints() {
        let first = SigningKey::generate().unwrap();
        let second = SigningKey::generate().unwrap();
        assert_ne!(first.fingerprint(), second.fingerprint());
    }

    #[test]
    fn debug_output_never_shows_the_secret() {
        let key = SigningKey::from_secret_base64url(RFC7515_D).unwrap();
        assert!(!format!("{key:?}").contains(RFC7515_D));
    }

    #[test]
    fn a_secret_of_the_wrong_length_or_zero_is_refused() {
        for secret in ["AAAA", &base64url::encode([0u8; 32]), "not base64!"] {
            assert_eq!(
                SigningKey::from_secret_base64url(secret).unwrap_err(),
                KeyError::InvalidSecret
            );
        }
    }

    #[test]
    fn fingerprint_for_people_is_sixteen_groups_of_four_hex_digits() {
        let key = SigningKey::from_secret_base64url(RFC7515_D).unwrap();
        let shown = key.fingerprint().for_people();
        let groups: Vec<&str> = shown.split(' ').collect();
        assert_eq!(groups.len(), 16);
        assert!(groups.iter().all(|group| group.len() == 4));
        let hex: String = key
            .fingerprint()
            .as_bytes()
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect();
        assert_eq!(shown.replace(' ', ""), hex);
    }

    #[test]
    fn a_fingerprint_reads_back_from_every_form_it_is_shown_in() {
        let fingerprint = SigningKey::from_secret_base64url(RFC7515_D)
            .unwrap()
            .fingerprint();
        let shown = fingerprint.for_people();
        for text in [
            shown.clone(),
            format!("  {shown}\n"),
            shown.to_lowercase(),
            shown.replace(' ', ""),
            fingerprint.to_base64url(),
            format!("\t{}  ", fingerprint.to_base64url()),
        ] {
            assert_eq!(Fingerprint::parse(&text), Ok(fingerprint), "{text:?}");
        }
    }

    #[test]
    fn text_that_is_not_a_whole_fingerprint_is_refused() {
        let fingerprint = SigningKey::from_secret_base64url(RFC7515_D)
            .unwrap()
            .fingerprint();
        let shown = fingerprint.for_people();
        let kid = fingerprint.to_base64url();
        for text in [
            String::new(),
            shown[..shown.len() - 1].to_owned(),
            format!("{shown} 0000"),
            shown.replacen(' ', "  ", 1),
            format!("G{}", &shown[1..]),
            format!("+{}", &shown[1..]),
            shown.replace(' ', "-"),
            kid[1..].to_owned(),
            format!("{kid}A"),
            "+".repeat(43),
        ] {
            assert_eq!(
                Fingerprint::parse(&text),
                Err(MalformedFingerprint),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_jwk_with_a_private_member_or_off_the_curve_is_refused() {
        let with_d =
            json!({"kty": "EC", "crv": "P-256", "x": RFC7515_X, "y": RFC7515_Y, "d": RFC7515_D});
        let off_curve = json!({"kty": "EC", "crv": "P-256", "x": RFC7515_X, "y": RFC7515_X});
        let other_curve = json!({"kty": "EC", "crv": "P-384", "x": RFC7515_X, "y": RFC7515_Y});
        for jwk in [with_d, off_curve, other_curve] {
            assert_eq!(
                PublicJwk::from_json(&jwk).unwrap_err(),
                KeyError::InvalidPublicKey
            );
        }
        let valid = json!({"kty": "EC", "crv": "P-256", "x": RFC7515_X, "y": RFC7515_Y});
        assert!(PublicJwk::from_json(&valid).is_ok());
    }
}
