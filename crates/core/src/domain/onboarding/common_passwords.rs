//! The list of common passwords a passphrase is checked against (NIST SP 800-63B asks for a
//! blocklist of commonly used and breached values), compiled into the binary.
//!
//! Source: the list Django ships for its `CommonPasswordValidator` (Python package `Django`
//! 5.2.19, BSD-3-Clause; created by Royce Williams from breach corpora, ordered by frequency).
//! We keep every entry of 12 characters or more (only those can pass the length rule) and the
//! 2,800 most common shorter ones of at least 4 characters (which the strength estimate spots
//! inside a longer passphrase): about 3,000 lowercase lines, ~11 KB compressed. Provenance,
//! selection and licence: `common_passwords.NOTICE.txt` beside this file.
//!
//! The zxcvbn crate does all of this and more, but was measured at ~690 KB brotli-compressed in a
//! size-optimised wasm build: more than twice the whole app's budget.

use std::collections::HashMap;
use std::sync::OnceLock;

/// One lowercase entry per line, most common first.
const COMMON_PASSWORDS: &str = include_str!("common_passwords.txt");

/// The longest entry, in bytes: no substring longer than this can be in the list.
pub(crate) const LONGEST_ENTRY: usize = 24;

/// The shortest entry worth recognising inside a longer passphrase.
pub(crate) const SHORTEST_ENTRY: usize = 4;

/// The list, loaded once: each entry with its rank (1 for the most common), and the sorted
/// first four bytes of every entry, which let the strength estimate skip, with one binary
/// search, the positions where no entry can start.
struct CommonPasswords {
    ranks: HashMap<&'static str, u32>,
    prefixes: Vec<[u8; SHORTEST_ENTRY]>,
}

fn entries() -> &'static CommonPasswords {
    static ENTRIES: OnceLock<CommonPasswords> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        let ranks: HashMap<&'static str, u32> = COMMON_PASSWORDS
            .lines()
            .filter(|line| !line.is_empty())
            .zip(1..)
            .collect();
        let mut prefixes: Vec<[u8; SHORTEST_ENTRY]> =
            ranks.keys().filter_map(|entry| prefix(entry)).collect();
        prefixes.sort_unstable();
        prefixes.dedup();
        CommonPasswords { ranks, prefixes }
    })
}

fn prefix(text: &str) -> Option<[u8; SHORTEST_ENTRY]> {
    text.as_bytes().get(..SHORTEST_ENTRY)?.try_into().ok()
}

/// Whether some entry starts with the first four bytes of `text`.
pub(crate) fn may_start(text: &str) -> bool {
    prefix(text).is_some_and(|start| entries().prefixes.binary_search(&start).is_ok())
}

/// The rank of `lowercase` (already lowercased) in the list, 1 for the most common, or `None`
/// when it is not a common password. The strength estimate prices a match by its rank.
pub(crate) fn rank(lowercase: &str) -> Option<u32> {
    if lowercase.len() > LONGEST_ENTRY {
        return None;
    }
    entries().ranks.get(lowercase).copied()
}

/// Whether `lowercase` (already lowercased) is exactly a common password.
pub(crate) fn contains(lowercase: &str) -> bool {
    rank(lowercase).is_some()
}

/// Whether the passphrase, ignoring case and, separately, ignoring spaces, is a common password:
/// `"Password1234"` and `"password 1234"` both are.
pub fn is_common_password(passphrase: &str) -> bool {
    let lowercase = passphrase.trim().to_lowercase();
    let without_spaces: String = lowercase.chars().filter(|c| !c.is_whitespace()).collect();
    contains(&lowercase) || contains(&without_spaces)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_well_known_long_password_is_refused_whatever_its_case() {
        assert!(is_common_password("qwertyuiop123"));
        assert!(is_common_password("QwertyUiop123"));
        assert!(is_common_password("PASSWORD1234"));
    }

    #[test]
    fn spaces_do_not_hide_a_common_password() {
        assert!(is_common_password("password 1234"));
    }

    #[test]
    fn an_uncommon_passphrase_is_not_in_the_list() {
        assert!(!is_common_password("violet tractor under the pier"));
    }

    #[test]
    fn the_most_common_passwords_rank_first() {
        assert!(rank("password").unwrap() < 10);
        assert!(rank("summer").unwrap() > rank("password").unwrap());
    }

    #[test]
    fn the_list_is_lowercase_bounded_and_a_few_thousand_long() {
        let entries = &entries().ranks;
        assert!(
            (2_500..=5_000).contains(&entries.len()),
            "{} entries",
            entries.len()
        );
        for entry in entries.keys() {
            assert_eq!(entry.to_lowercase(), *entry);
            assert!(
                entry.len() >= SHORTEST_ENTRY && entry.len() <= LONGEST_ENTRY,
                "{entry}"
            );
        }
    }
}
