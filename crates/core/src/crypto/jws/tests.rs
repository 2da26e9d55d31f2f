//! What a recipient relies on: our files verify, any change to them does not, a key swapped in
//! does not, and files signed by other ES256 keys in this format do.

use p256::ecdsa::Signature;
use serde_json::{Value, json};

use super::verify::verify_es256;
use super::*;
use crate::crypto::signing_key::PublicJwk;

fn company_profile() -> Value {
    json!({
        "schemaVersion": 1,
        "profileId": "0f8e5c2a-8d3b-4c61-9a57-2b1e0d4c7f10",
        "issuedAt": "2026-11-27T19:00:00Z",
        "company": {"legalName": "Acme Logística S.A.", "employees": 250},
        "partners": [{"name": "Northwind Freight", "vetted": true, "sites": 3}],
        "notes": null
    })
}

fn signed_by(key: &SigningKey) -> SignedDocument {
    sign_document(&company_profile(), key, SUBMISSION_TYPE).unwrap()
}

fn file_with_profile_text(document: &SignedDocument, profile_text: &str) -> String {
    format!(
        r#"{{"profile":{profile_text},"signature":{}}}"#,
        serde_json::to_string(&document.signature).unwrap()
    )
}

fn with_header(document: &SignedDocument, header: &Value) -> SignedDocument {
    let mut altered = document.clone();
    altered.signature.protected = base64url::encode(serde_json::to_vec(header).unwrap());
    altered
}

fn header_of(document: &SignedDocument) -> Value {
    serde_json::from_slice(&base64url::decode(&document.signature.protected).unwrap()).unwrap()
}

/// RFC 7515 Appendix A.3: ES256 example, key and compact serialization from the RFC.
#[test]
fn verifies_the_rfc_7515_es256_example() {
    let jwk = PublicJwk::from_json(&json!({
        "kty": "EC",
        "crv": "P-256",
        "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
        "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"
    }))
    .unwrap();
    let signing_input = concat!(
        "eyJhbGciOiJFUzI1NiJ9",
        ".",
        "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
    );
    let signature =
        "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";
    assert_eq!(
        verify_es256(signing_input.as_bytes(), signature, &jwk),
        Ok(())
    );
    let other_input = signing_input.replace("eyJpc3Mi", "eyJpc3Ni");
    assert_eq!(
        verify_es256(other_input.as_bytes(), signature, &jwk),
        Err(VerifyError::BadSignature)
    );
}

#[test]
fn a_signed_profile_verifies_after_writing_and_reading_the_file() {
    let key = SigningKey::generate().unwrap();
    let text = signed_by(&key).to_json_pretty();
    let verified = verify_document(&text).unwrap();
    assert_eq!(verified.profile, company_profile());
    assert_eq!(verified.signer_fingerprint, key.fingerprint());
    assert_eq!(verified.jwk, key.public_jwk());
    assert_eq!(verified.typ.as_deref(), Some(SUBMISSION_TYPE));
}

#[test]
fn the_header_names_es256_the_key_and_its_fingerprint() {
    let key = SigningKey::generate().unwrap();
    let header = header_of(&signed_by(&key));
    assert_eq!(
        header,
        json!({
            "alg": "ES256",
            "typ": SUBMISSION_TYPE,
            "kid": key.fingerprint().to_base64url(),
            "jwk": key.public_jwk().to_json()
        })
    );
}

#[test]
fn every_changed_byte_of_the_canonical_profile_is_detected() {
    let key = SigningKey::generate().unwrap();
    let document = signed_by(&key);
    let canonical = crate::crypto::strict_json::canonical_json(&company_profile()).unwrap();
    let mut reached_the_signature_check = 0;
    for index in 0..canonical.len() {
        let mut altered = canonical.clone();
        altered[index] ^= 0x01;
        let Ok(profile_text) = String::from_utf8(altered) else {
            continue; // not text: no reader could take it for the profile
        };
        let refused = verify_document(&file_with_profile_text(&document, &profile_text))
            .expect_err(&format!("byte {index} changed: {profile_text}"));
        if refused == VerifyError::BadSignature {
            reached_the_signature_check += 1;
        }
    }
    // Most single-byte changes still parse (letters, digits): those must fail the signature.
    assert!(reached_the_signature_check > canonical.len() / 2);
    let untouched = String::from_utf8(canonical).unwrap();
    assert!(verify_document(&file_with_profile_text(&document, &untouched)).is_ok());
}

#[test]
fn every_changed_byte_of_the_signature_is_detected() {
    let key = SigningKey::generate().unwrap();
    let document = signed_by(&key);
    let bytes = base64url::decode(&document.signature.signature).unwrap();
    for index in 0..bytes.len() {
        let mut altered_bytes = bytes.clone();
        altered_bytes[index] ^= 0x01;
        let mut altered = document.clone();
        altered.signature.signature = base64url::encode(&altered_bytes);
        let refused = verify_signed_document(&altered).unwrap_err();
        assert_eq!(refused, VerifyError::BadSignature, "byte {index}");
        assert!(refused.is_altered_or_forged());
    }
}

#[test]
fn a_changed_protected_header_is_detected() {
    let key = SigningKey::generate().unwrap();
    let document = signed_by(&key);
    let mut header = header_of(&document);
    header["typ"] = json!("something-else");
    assert_eq!(
        verify_signed_document(&with_header(&document, &header)).unwrap_err(),
        VerifyError::BadSignature
    );
}

#[test]
fn substituting_another_key_and_its_fingerprint_is_detected() {
    let signer = SigningKey::generate().unwrap();
    let impostor = SigningKey::generate().unwrap();
    let document = signed_by(&signer);
    let mut header = header_of(&document);
    header["jwk"] = impostor.public_jwk().to_json();
    header["kid"] = json!(impostor.fingerprint().to_base64url());
    assert_eq!(
        verify_signed_document(&with_header(&document, &header)).unwrap_err(),
        VerifyError::BadSignature
    );
}

#[test]
fn a_key_id_that_is_not_the_carried_keys_fingerprint_is_refused() {
    let signer = SigningKey::generate().unwrap();
    let impostor = SigningKey::generate().unwrap();
    let document = signed_by(&signer);
    let mut header = header_of(&document);
    header["jwk"] = impostor.public_jwk().to_json();
    assert_eq!(
        verify_signed_document(&with_header(&document, &header)).unwrap_err(),
        VerifyError::KeyIdMismatch
    );
}

#[test]
fn a_file_signed_by_another_es256_key_in_this_format_verifies() {
    let someone_else = SigningKey::generate().unwrap();
    let verified = verify_signed_document(&signed_by(&someone_else)).unwrap();
    assert_eq!(verified.signer_fingerprint, someone_else.fingerprint());
}

/// Other JOSE signers do not normalise `s`; both halves of the curve order are valid ES256.
#[test]
fn a_signature_with_high_s_from_another_signer_verifies() {
    let key = SigningKey::generate().unwrap();
    let mut document = signed_by(&key);
    let bytes = base64url::decode(&document.signature.signature).unwrap();
    let (r, s) = Signature::from_slice(&bytes).unwrap().split_scalars();
    let flipped = Signature::from_scalars(r.to_bytes(), (-*s).to_bytes()).unwrap();
    document.signature.signature = base64url::encode(flipped.to_bytes());
    assert!(verify_signed_document(&document).is_ok());
}

#[test]
fn algorithms_other_than_es256_are_refused() {
    let key = SigningKey::generate().unwrap();
    let document = signed_by(&key);
    for alg in ["none", "HS256", "ES384", "es256"] {
        let mut header = header_of(&document);
        header["alg"] = json!(alg);
        assert_eq!(
            verify_signed_document(&with_header(&document, &header)).unwrap_err(),
            VerifyError::UnsupportedAlgorithm { found: alg.into() }
        );
    }
}

/// Each header member that would make another tool fetch a key, trust a certificate or read the
/// payload differently, and one this editor has never heard of.
#[test]
fn header_members_other_than_alg_typ_kid_jwk_are_refused() {
    let key = SigningKey::generate().unwrap();
    let document = signed_by(&key);
    for (name, value) in [
        ("crit", json!(["exp"])),
        ("b64", json!(false)),
        ("jku", json!("https://keys.example/jwks.json")),
        ("x5u", json!("https://keys.example/cert.pem")),
        ("x5c", json!(["MIIBszCCAVmgAwIBAgIUY29tcGFueQ"])),
        ("x5t", json!("dGh1bWJwcmludA")),
        ("x5t#S256", json!("dGh1bWJwcmludA")),
        ("cty", json!("json")),
        ("zip", json!("DEF")),
        ("exp", json!(1_800_000_000)),
    ] {
        let mut header = header_of(&document);
        header[name] = value;
        let refused = verify_signed_document(&with_header(&document, &header)).unwrap_err();
        assert_eq!(
            refused,
            VerifyError::UnsupportedHeader { name: name.into() },
            "{name}"
        );
        assert!(refused.is_unsupported_feature(), "{name}");
        assert!(!refused.is_altered_or_forged(), "{name}");
    }
}

/// A `jwk` may hold a public EC key's members only: a private `d` (the signer's secret, which
/// must never travel) or a certificate is refused by name, before the key is used.
#[test]
fn key_members_other_than_kty_crv_x_y_are_refused() {
    let key = SigningKey::generate().unwrap();
    let document = signed_by(&key);
    for (name, value) in [
        ("d", json!(key.secret_base64url().as_str())),
        ("kid", json!(key.fingerprint().to_base64url())),
        ("x5c", json!(["MIIBszCCAVmgAwIBAgIUY29tcGFueQ"])),
        ("use", json!("sig")),
        ("alg", json!("ES256")),
    ] {
        let mut header = header_of(&document);
        header["jwk"][name] = value;
        let refused = verify_signed_document(&with_header(&document, &header)).unwrap_err();
        assert_eq!(
            refused,
            VerifyError::UnsupportedKeyMember { name: name.into() },
            "{name}"
        );
        assert!(refused.is_unsupported_feature(), "{name}");
    }
}

#[test]
fn the_header_this_editor_writes_holds_only_the_accepted_members() {
    let key = SigningKey::generate().unwrap();
    let header = header_of(&signed_by(&key));
    let mut names: Vec<&str> = header
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    names.sort_unstable();
    let mut allowed = ALLOWED_HEADER_MEMBERS.to_vec();
    allowed.sort_unstable();
    assert_eq!(names, allowed);
    let mut key_names: Vec<&str> = header["jwk"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    key_names.sort_unstable();
    let mut allowed_key = ALLOWED_KEY_MEMBERS.to_vec();
    allowed_key.sort_unstable();
    assert_eq!(key_names, allowed_key);
}

#[test]
fn a_signature_of_other_than_64_bytes_is_refused() {
    let key = SigningKey::generate().unwrap();
    let document = signed_by(&key);
    let bytes = base64url::decode(&document.signature.signature).unwrap();
    for altered_bytes in [bytes[..63].to_vec(), [bytes.clone(), vec![0]].concat()] {
        let mut altered = document.clone();
        altered.signature.signature = base64url::encode(&altered_bytes);
        assert_eq!(
            verify_signed_document(&altered).unwrap_err(),
            VerifyError::MalformedSignature
        );
    }
}

#[test]
fn fractional_numbers_are_neither_signed_nor_accepted() {
    let key = SigningKey::generate().unwrap();
    let profile = json!({"company": {"employees": 2.5}});
    assert_eq!(
        sign_document(&profile, &key, SUBMISSION_TYPE).unwrap_err(),
        SignError::NonIntegerNumber {
            path: "/company/employees".into()
        }
    );
    let document = signed_by(&key);
    let text = file_with_profile_text(&document, r#"{"company":{"employees":2.5}}"#);
    assert_eq!(
        verify_document(&text).unwrap_err(),
        VerifyError::NonIntegerNumber {
            path: "/company/employees".into()
        }
    );
}

#[test]
fn a_profile_with_a_member_named_twice_is_refused() {
    let key = SigningKey::generate().unwrap();
    let document = signed_by(&key);
    let text = file_with_profile_text(&document, r#"{"schemaVersion":1,"schemaVersion":2}"#);
    assert!(matches!(
        verify_document(&text),
        Err(VerifyError::NotJson(_))
    ));
}

#[test]
fn files_not_shaped_as_a_signed_profile_are_refused_as_unusable() {
    let key = SigningKey::generate().unwrap();
    let document = signed_by(&key);
    let signature = serde_json::to_string(&document.signature).unwrap();
    let with_payload = signature.replacen('{', r#"{"payload":"e30","#, 1);
    let with_header = signature.replacen('{', r#"{"header":{"kid":"x"},"#, 1);
    let candidates = [
        "[]".to_string(),
        r#"{"profile":{}}"#.to_string(),
        format!(r#"{{"profile":[],"signature":{signature}}}"#),
        format!(r#"{{"profile":{{}},"signature":{signature},"extra":1}}"#),
        format!(r#"{{"profile":{{}},"signature":{with_payload}}}"#),
        format!(r#"{{"profile":{{}},"signature":{with_header}}}"#),
    ];
    for text in candidates {
        let refused = verify_document(&text).unwrap_err();
        assert!(
            matches!(refused, VerifyError::NotASignedProfile(_)),
            "{text}"
        );
        assert!(!refused.is_altered_or_forged());
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let text = " ".repeat(MAX_SIGNED_DOCUMENT_BYTES + 1);
    assert_eq!(
        verify_document(&text).unwrap_err(),
        VerifyError::TooLarge {
            limit: MAX_SIGNED_DOCUMENT_BYTES
        }
    );
}

/// Signing is deterministic (RFC 6979), so a fixed key and profile give a fixed file.
#[test]
fn the_same_key_and_profile_always_give_the_same_file() {
    let key = SigningKey::generate().unwrap();
    assert_eq!(signed_by(&key), signed_by(&key));
}

#[cfg(not(target_arch = "wasm32"))]
mod arbitrary_input {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn verifying_arbitrary_text_never_panics(text in "\\PC{0,300}") {
            let _ = verify_document(&text);
        }

        /// Whatever single character is changed, an accepted file shows exactly the signed
        /// profile (only layout or an equivalent spelling can change).
        #[test]
        fn an_edited_file_is_refused_or_shows_exactly_what_was_signed(
            position in any::<prop::sample::Index>(),
            replacement in any::<char>(),
        ) {
            let key = SigningKey::from_secret_base64url(
                "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI",
            )
            .unwrap();
            let text = signed_by(&key).to_json_pretty();
            let mut characters: Vec<char> = text.chars().collect();
            let index = position.index(characters.len());
            characters[index] = replacement;
            let edited: String = characters.into_iter().collect();
            if let Ok(verified) = verify_document(&edited) {
                prop_assert_eq!(verified.profile, company_profile());
                prop_assert_eq!(verified.signer_fingerprint, key.fingerprint());
            }
        }
    }
}
