//! Keeping drafts secret and submissions verifiable: the vault (key derivation, AES-256-GCM,
//! key wrapping) and signing (RFC 8785 canonical JSON, JWS ES256, RFC 7638 fingerprints).
//!
//! Pure Rust on RustCrypto crates. Must not import leptos, web-sys, js-sys, wasm-bindgen or
//! gloo: it is tested natively and reused by the command-line verifier.

pub mod base64url;
pub mod file_digest;
pub mod jws;
pub mod kdf;
pub mod key_derivation;
pub mod random;
pub mod recovery_key;
pub mod signed_file;
pub mod signing_key;
pub mod strict_json;
pub mod vault;
