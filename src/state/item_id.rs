//! Ids for what the user adds (addresses, contacts, program memberships, accounts,
//! identifiers, register rows, evidence) and for each issue of a submission: the one place
//! new ids come from.
//!
//! An item's id only has to be unique within its workspace and stable once made; it is never
//! shown. The time in milliseconds and a random part, in base 36, keep it short.

use super::clock::now_ms;
use crate::crypto::random::{RandomnessUnavailable, random_bytes};

/// A fresh id for a new item, starting with `prefix` (`bp` for a business partner).
pub fn new_item_id(prefix: &str) -> String {
    let time = now_ms();
    let random = (js_sys::Math::random() * 1_679_616.0) as u64;
    format!("{prefix}{}{}", base36(time), base36(random))
}

fn base36(mut value: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(value % 36) as usize]);
        value /= 36;
        if value == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A random (version 4) UUID naming one issue of a submission, so a recipient can tell two
/// exports of the same profile apart. Written by hand: twelve lines over the same random
/// source as the signing keys, where a UUID crate would add code to the download for no gain.
pub fn new_submission_id() -> Result<String, RandomnessUnavailable> {
    let mut bytes = random_bytes::<16>()?;
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|byte| format!("{byte:02x}")).collect();
    Ok(format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    ))
}
