//! The signed file of docs/file-formats.md §1: a readable `profile` and a detached,
//! flattened JWS (RFC 7515 §7.2.2 with the payload omitted, Appendix F) over the profile's
//! RFC 8785 canonical form, signed ES256 with the key carried in the protected header.
//!
//! Any JOSE library verifies it by using `base64url(JCS(profile))` as the payload of
//! `protected..signature`; [`verify_document`] is ours, strict about everything a recipient
//! relies on.

#[cfg(test)]
mod tests;
mod verify;

pub use verify::{
    ALLOWED_HEADER_MEMBERS, ALLOWED_KEY_MEMBERS, MAX_SIGNED_DOCUMENT_BYTES, VerifiedDocument,
    VerifyError, verify_document, verify_signed_document,
};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::crypto::base64url;
use crate::crypto::signing_key::SigningKey;
use crate::crypto::strict_json::{canonical_json, first_non_integer};

/// The only signature algorithm written and accepted (RFC 7518 §3.4).
pub const ALGORITHM: &str = "ES256";
/// `typ` of a C-TPAT profile submission, so a recipient's tool can tell it from other JOSE
/// objects signed by the same key.
pub const SUBMISSION_TYPE: &str = "ctpat-profile+jws";

/// A signed file as written to disk: the profile in clear beside its detached signature.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedDocument {
    /// The signed profile, readable as it is.
    pub profile: Value,
    /// The detached JWS over the profile's canonical form.
    pub signature: DetachedSignature,
}

/// The flattened JWS members that remain when the payload is detached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetachedSignature {
    /// base64url of the protected header `{"alg","typ","kid","jwk"}`.
    pub protected: String,
    /// base64url of the 64-byte ECDSA `r || s`.
    pub signature: String,
}

impl SignedDocument {
    /// Indented JSON for the downloaded file; the signature does not depend on layout.
    pub fn to_json_pretty(&self) -> String {
        // A tree of JSON values and strings always serializes.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// Why a profile could not be signed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignError {
    /// The profile must be a JSON object.
    #[error("the profile to sign is not a JSON object")]
    ProfileNotAnObject,
    /// A number that is not a whole number within ±(2^53 − 1) (docs/file-formats.md §1.2).
    #[error("the profile holds a number that is not a whole number, at {path}")]
    NonIntegerNumber {
        /// JSON Pointer to the number.
        path: String,
    },
    /// Canonicalization failed (cannot happen for values built from JSON).
    #[error("the profile could not be put in canonical form")]
    NotCanonicalizable,
}

/// Signs `profile` with the workspace key; `typ` names the kind of document (normally
/// [`SUBMISSION_TYPE`]).
pub fn sign_document(
    profile: &Value,
    key: &SigningKey,
    typ: &str,
) -> Result<SignedDocument, SignError> {
    if !profile.is_object() {
        return Err(SignError::ProfileNotAnObject);
    }
    if let Some(path) = first_non_integer(profile) {
        return Err(SignError::NonIntegerNumber { path });
    }
    let jwk = key.public_jwk();
    let mut header = Map::new();
    header.insert("alg".into(), Value::String(ALGORITHM.into()));
    header.insert("typ".into(), Value::String(typ.into()));
    header.insert("kid".into(), Value::String(jwk.thumbprint().to_base64url()));
    header.insert("jwk".into(), jwk.to_json());
    let header_bytes =
        canonical_json(&Value::Object(header)).map_err(|_| SignError::NotCanonicalizable)?;
    let protected = base64url::encode(header_bytes);
    let signing_input =
        signing_input(&protected, profile).map_err(|_| SignError::NotCanonicalizable)?;
    let signature = base64url::encode(key.sign_es256(signing_input.as_bytes()));
    Ok(SignedDocument {
        profile: profile.clone(),
        signature: DetachedSignature {
            protected,
            signature,
        },
    })
}

/// RFC 7515 §5.1 signing input with the detached payload put back:
/// `protected + "." + base64url(JCS(profile))`.
fn signing_input(
    protected: &str,
    profile: &Value,
) -> Result<String, crate::crypto::strict_json::InvalidJson> {
    let payload = base64url::encode(canonical_json(profile)?);
    Ok(format!("{protected}.{payload}"))
}
