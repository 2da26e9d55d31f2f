//! Randomness for keys, salts and nonces, from the operating system (or the browser's
//! `crypto.getRandomValues` in wasm, through getrandom's `wasm_js` backend).
//!
//! One function so that every secret in the crate comes from the same audited source and a
//! missing source is a typed error rather than a panic.

use thiserror::Error;

/// The platform could not provide random bytes; nothing secret can be created without them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("this device did not provide secure random numbers")]
pub struct RandomnessUnavailable;

/// Fresh random bytes, e.g. a salt, a nonce or a key.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], RandomnessUnavailable> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|_| RandomnessUnavailable)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_draws_differ() {
        let first: [u8; 32] = random_bytes().unwrap();
        let second: [u8; 32] = random_bytes().unwrap();
        assert_ne!(first, second);
    }
}
