//! Verification of signed files: what a recipient's check and our import both rely on.
//!
//! Strict on purpose: ES256 only (no `none`, no HMAC with the public key as secret), the key
//! must be a P-256 point and the `kid` its RFC 7638 thumbprint, exactly 64 signature bytes, a
//! size limit, no duplicate member names, and whole numbers only in the profile.
//!
//! The protected header may hold only the members this editor writes ([`ALLOWED_HEADER_MEMBERS`])
//! and its `jwk` only a public EC key's ([`ALLOWED_KEY_MEMBERS`]). Anything else (`crit`, `b64`,
//! `jku`, `x5u`, `x5c`, `x5t`, a private `d`, …) asks the verifier to fetch a key, trust a
//! certificate or change how the payload is read, which other JOSE tools may honour and ours
//! would not: the same file would then mean different things to different recipients, so it is
//! refused as [`VerifyError::UnsupportedHeader`] or [`VerifyError::UnsupportedKeyMember`].

use p256::ecdsa::Signature;
use p256::ecdsa::signature::Verifier;
use serde_json::{Map, Value};

use super::{ALGORITHM, DetachedSignature, SignedDocument, signing_input};
use crate::crypto::base64url;
use crate::crypto::signing_key::{Fingerprint, PublicJwk};
use crate::crypto::strict_json::{first_non_integer, parse_strict};

/// The protected header members accepted: exactly those [`super::sign_document`] writes.
pub const ALLOWED_HEADER_MEMBERS: [&str; 4] = ["alg", "typ", "kid", "jwk"];

/// The members accepted in the header's `jwk`: a public EC key's, nothing private or extra.
pub const ALLOWED_KEY_MEMBERS: [&str; 4] = ["kty", "crv", "x", "y"];

/// Largest signed file read (8 MiB), several times the largest realistic profile.
pub const MAX_SIGNED_DOCUMENT_BYTES: usize = 8 * 1024 * 1024;

/// A file whose signature checked out: its profile and who signed it.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedDocument {
    /// The profile exactly as signed.
    pub profile: Value,
    /// RFC 7638 fingerprint of the signing key (equal to the header's `kid`).
    pub signer_fingerprint: Fingerprint,
    /// The signing key as carried in the file.
    pub jwk: PublicJwk,
    /// The header's `typ`, if any (ours write [`super::SUBMISSION_TYPE`]).
    pub typ: Option<String>,
}

/// Why a file was not accepted. [`VerifyError::is_altered_or_forged`] separates "this file
/// was changed or signed by someone else" from "this is not a file we can check".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    /// Larger than [`MAX_SIGNED_DOCUMENT_BYTES`].
    #[error("the file is larger than {limit} bytes")]
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// Not JSON, or a member name repeated within an object.
    #[error("the file is not valid JSON: {0}")]
    NotJson(String),
    /// JSON, but not shaped as a signed profile.
    #[error("the file is not a signed profile: {0}")]
    NotASignedProfile(&'static str),
    /// A number in the profile that is not a whole number (docs/file-formats.md §1.2).
    #[error("the profile holds a number that is not a whole number, at {path}")]
    NonIntegerNumber {
        /// JSON Pointer to the number.
        path: String,
    },
    /// Any algorithm but ES256.
    #[error("the signature algorithm \"{found}\" is not accepted; only ES256 is")]
    UnsupportedAlgorithm {
        /// The `alg` found.
        found: String,
    },
    /// A protected header member other than [`ALLOWED_HEADER_MEMBERS`] (`crit`, `b64`, `jku`,
    /// `x5u`, `x5c`, `x5t`, …): a signature feature this editor does not accept.
    #[error(
        "the signature uses the header member \"{name}\", a signature feature this editor does not accept"
    )]
    UnsupportedHeader {
        /// The member's name, as found in the file.
        name: String,
    },
    /// A member of the header's `jwk` other than [`ALLOWED_KEY_MEMBERS`] (a private `d`, a
    /// certificate chain, …): a signature feature this editor does not accept.
    #[error(
        "the signer's key carries the member \"{name}\", a signature feature this editor does not accept"
    )]
    UnsupportedKeyMember {
        /// The member's name, as found in the file.
        name: String,
    },
    /// The carried key is not a P-256 public key.
    #[error("the signer's key is not a valid P-256 public key")]
    InvalidKey,
    /// `kid` is not the fingerprint of the carried key.
    #[error("the key id does not match the signer's key")]
    KeyIdMismatch,
    /// The signature is not 64 bytes of base64url.
    #[error("the signature is not a 64-byte ES256 signature")]
    MalformedSignature,
    /// The signature does not match: the file was changed after signing.
    #[error("the signature does not match: the file was changed after it was signed")]
    BadSignature,
}

impl VerifyError {
    /// True when the file is a signed profile whose signature fails (altered, or claims a key
    /// that did not sign it); false when the input cannot be checked at all.
    pub fn is_altered_or_forged(&self) -> bool {
        matches!(
            self,
            Self::InvalidKey | Self::KeyIdMismatch | Self::MalformedSignature | Self::BadSignature
        )
    }

    /// True when the file asks for a signature feature this editor does not accept (a header
    /// or key member it does not know), so the import and the verifier can say so in words.
    pub fn is_unsupported_feature(&self) -> bool {
        matches!(
            self,
            Self::UnsupportedHeader { .. } | Self::UnsupportedKeyMember { .. }
        )
    }
}

/// Verifies a signed file's text.
pub fn verify_document(text: &str) -> Result<VerifiedDocument, VerifyError> {
    if text.len() > MAX_SIGNED_DOCUMENT_BYTES {
        return Err(VerifyError::TooLarge {
            limit: MAX_SIGNED_DOCUMENT_BYTES,
        });
    }
    let value = parse_strict(text).map_err(|error| VerifyError::NotJson(error.0))?;
    verify_signed_document(&document_from_value(value)?)
}

/// Verifies an already parsed signed file.
pub fn verify_signed_document(document: &SignedDocument) -> Result<VerifiedDocument, VerifyError> {
    if !document.profile.is_object() {
        return Err(VerifyError::NotASignedProfile(
            "the profile is not a JSON object",
        ));
    }
    if let Some(path) = first_non_integer(&document.profile) {
        return Err(VerifyError::NonIntegerNumber { path });
    }
    let header = protected_header(&document.signature.protected)?;
    let text = |name: &str| header.get(name).and_then(Value::as_str);
    refuse_unknown_members(&header)?;
    match header.get("alg") {
        Some(Value::String(alg)) if alg == ALGORITHM => {}
        Some(Value::String(alg)) => {
            return Err(VerifyError::UnsupportedAlgorithm { found: alg.clone() });
        }
        _ => return Err(VerifyError::NotASignedProfile("the header has no \"alg\"")),
    }
    let jwk = PublicJwk::from_json(header.get("jwk").ok_or(VerifyError::InvalidKey)?)
        .map_err(|_| VerifyError::InvalidKey)?;
    let signer = jwk.thumbprint();
    if text("kid") != Some(signer.to_base64url().as_str()) {
        return Err(VerifyError::KeyIdMismatch);
    }
    let typ = match header.get("typ") {
        None => None,
        Some(Value::String(typ)) => Some(typ.clone()),
        Some(_) => return Err(VerifyError::NotASignedProfile("\"typ\" is not a string")),
    };
    let signing_input = signing_input(&document.signature.protected, &document.profile)
        .map_err(|_| VerifyError::NotASignedProfile("the profile has no canonical form"))?;
    verify_es256(
        signing_input.as_bytes(),
        &document.signature.signature,
        &jwk,
    )?;
    Ok(VerifiedDocument {
        profile: document.profile.clone(),
        signer_fingerprint: signer,
        jwk,
        typ,
    })
}

/// The ES256 check itself (RFC 7515 §5.2 step 8 with RFC 7518 §3.4), on any signing input.
pub(crate) fn verify_es256(
    signing_input: &[u8],
    signature: &str,
    key: &PublicJwk,
) -> Result<(), VerifyError> {
    let bytes = base64url::decode(signature).map_err(|_| VerifyError::MalformedSignature)?;
    if bytes.len() != 64 {
        return Err(VerifyError::MalformedSignature);
    }
    let signature = Signature::from_slice(&bytes).map_err(|_| VerifyError::BadSignature)?;
    key.verifying_key()
        .verify(signing_input, &signature)
        .map_err(|_| VerifyError::BadSignature)
}

/// Refuses any header member but [`ALLOWED_HEADER_MEMBERS`] and any `jwk` member but
/// [`ALLOWED_KEY_MEMBERS`], before anything in the header is acted on.
fn refuse_unknown_members(header: &Map<String, Value>) -> Result<(), VerifyError> {
    if let Some(name) = first_unknown(header, &ALLOWED_HEADER_MEMBERS) {
        return Err(VerifyError::UnsupportedHeader { name });
    }
    if let Some(Value::Object(jwk)) = header.get("jwk")
        && let Some(name) = first_unknown(jwk, &ALLOWED_KEY_MEMBERS)
    {
        return Err(VerifyError::UnsupportedKeyMember { name });
    }
    Ok(())
}

/// The first member of `object` not in `allowed`.
fn first_unknown(object: &Map<String, Value>, allowed: &[&str]) -> Option<String> {
    object
        .keys()
        .find(|name| !allowed.contains(&name.as_str()))
        .cloned()
}

fn protected_header(protected: &str) -> Result<Map<String, Value>, VerifyError> {
    let bytes = base64url::decode(protected)
        .map_err(|_| VerifyError::NotASignedProfile("the protected header is not base64url"))?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| VerifyError::NotASignedProfile("the protected header is not UTF-8"))?;
    match parse_strict(text) {
        Ok(Value::Object(header)) => Ok(header),
        _ => Err(VerifyError::NotASignedProfile(
            "the protected header is not a JSON object",
        )),
    }
}

/// Exactly `{"profile": {…}, "signature": {"protected": "…", "signature": "…"}}`: an
/// unprotected `header` or an attached `payload` would be read differently by other tools.
fn document_from_value(value: Value) -> Result<SignedDocument, VerifyError> {
    let Value::Object(mut top) = value else {
        return Err(VerifyError::NotASignedProfile(
            "the file is not a JSON object",
        ));
    };
    let (Some(profile), Some(Value::Object(mut signature)), true) = (
        top.remove("profile"),
        top.remove("signature"),
        top.is_empty(),
    ) else {
        return Err(VerifyError::NotASignedProfile(
            "expected exactly the members \"profile\" and \"signature\"",
        ));
    };
    let (Some(Value::String(protected)), Some(Value::String(signature_text)), true) = (
        signature.remove("protected"),
        signature.remove("signature"),
        signature.is_empty(),
    ) else {
        return Err(VerifyError::NotASignedProfile(
            "the signature must hold exactly \"protected\" and \"signature\" strings",
        ));
    };
    Ok(SignedDocument {
        profile,
        signature: DetachedSignature {
            protected,
            signature: signature_text,
        },
    })
}
