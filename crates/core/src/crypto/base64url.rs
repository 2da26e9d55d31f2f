//! Base64url without padding (RFC 4648 §5), the text form of every binary value we write:
//! JOSE requires it, and the vault's envelope uses it so that it stays plain JSON.
//!
//! Decoding is strict: padding, whitespace or non-zero trailing bits are refused, so one value
//! has exactly one text form and a changed character is never silently ignored.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The text was not canonical unpadded base64url.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not valid base64url")]
pub struct InvalidBase64Url;

/// Encodes bytes as unpadded base64url.
pub fn encode(bytes: impl AsRef<[u8]>) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Decodes unpadded base64url, refusing any other spelling.
pub fn decode(text: &str) -> Result<Vec<u8>, InvalidBase64Url> {
    URL_SAFE_NO_PAD.decode(text).map_err(|_| InvalidBase64Url)
}

/// Serde adapter: `#[serde(with = "crate::crypto::base64url::serde_bytes")]` on a `Vec<u8>`.
pub mod serde_bytes {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    /// Writes the bytes as a base64url string.
    pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::encode(bytes))
    }

    /// Reads a base64url string back into bytes.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::decode(&text).map_err(D::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_without_padding_using_the_url_alphabet() {
        let bytes = [0xfb, 0xff, 0xbf];
        assert_eq!(encode(bytes), "-_-_");
        assert_eq!(decode("-_-_").unwrap(), bytes);
    }

    #[test]
    fn padded_text_is_refused() {
        assert_eq!(decode("AQ=="), Err(InvalidBase64Url));
    }

    #[test]
    fn standard_alphabet_is_refused() {
        assert_eq!(decode("+/+/"), Err(InvalidBase64Url));
    }

    #[test]
    fn non_zero_trailing_bits_are_refused() {
        // "AQ" is the only spelling of [0x01]; "AR" differs only in unused bits.
        assert_eq!(decode("AQ").unwrap(), [0x01]);
        assert_eq!(decode("AR"), Err(InvalidBase64Url));
    }
}
