//! The SHA-256 fingerprint of an evidence file, computed piece by piece so the browser can read
//! a large file in slices and never hold it whole in memory. Only the digest is kept: the
//! file's contents never reach the workspace.
//!
//! Pure Rust (no browser types): the UI feeds it the slices it reads.

use sha2::{Digest, Sha256};

/// A SHA-256 digest being computed over a file's bytes, slice after slice.
#[derive(Debug, Clone, Default)]
pub struct FileDigest {
    hasher: Sha256,
    length: u64,
}

impl FileDigest {
    /// A digest over no bytes yet.
    pub fn new() -> Self {
        FileDigest::default()
    }

    /// Adds the next slice of the file.
    pub fn update(&mut self, chunk: &[u8]) {
        self.hasher.update(chunk);
        self.length = self.length.saturating_add(chunk.len() as u64);
    }

    /// How many bytes were fed so far: the size recorded with the digest, so it is the size of
    /// what was actually read.
    pub fn length(&self) -> u64 {
        self.length
    }

    /// The digest as 64 lowercase hexadecimal digits, the form evidence references keep.
    pub fn finish(self) -> String {
        self.hasher
            .finalize()
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect()
    }
}

/// The digest of `bytes` in one call (tests and small inputs).
pub fn sha256_hex(bytes: &[u8]) -> String {
    let mut digest = FileDigest::new();
    digest.update(bytes);
    digest.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_file_has_the_standard_empty_digest() {
        assert_eq!(
            FileDigest::new().finish(),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn abc_has_the_fips_180_digest() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn the_two_block_fips_message_has_its_published_digest() {
        assert_eq!(
            sha256_hex(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
    }

    #[test]
    fn a_file_read_in_slices_has_the_digest_of_the_whole() {
        let file: Vec<u8> = (0..1_000_003u32).map(|i| (i % 251) as u8).collect();
        let mut sliced = FileDigest::new();
        for chunk in file.chunks(4093) {
            sliced.update(chunk);
        }
        sliced.update(&[]);
        assert_eq!(sliced.length(), file.len() as u64);
        assert_eq!(sliced.finish(), sha256_hex(&file));
    }

    #[test]
    fn a_million_a_read_in_slices_has_the_published_digest() {
        let mut digest = FileDigest::new();
        for _ in 0..1000 {
            digest.update(&[b'a'; 1000]);
        }
        assert_eq!(
            digest.finish(),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        );
    }
}
