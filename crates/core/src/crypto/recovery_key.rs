//! The recovery key: 140 random bits the app generates at onboarding and prints in the recovery
//! kit. Together with the security answers it is the only way into a workspace whose passphrase
//! is forgotten, so a copy of the storage costs an attacker at least a 140-bit search.
//!
//! Written for people: seven groups of five characters from Crockford's base 32 alphabet (no
//! I, L, O or U, so nothing reads as another character; typing O for 0 or I/L for 1 is
//! forgiven). Each group is four characters of key and one check character, so a mistyped
//! group is named before any key derivation runs. The check is a weighted sum over GF(32)
//! (x⁵ + x² + 1) with distinct non-zero weights, plus the group's number: it catches every
//! single wrong character and every swap of two neighbours inside a group, and a group typed
//! in another group's place. No maintained crate offers a grouped check code of this kind
//! (Crockford's own check symbol needs five extra symbols and covers the whole key at once),
//! which is why these forty lines are written here.

use thiserror::Error;
use zeroize::Zeroizing;

use crate::crypto::random::{RandomnessUnavailable, random_bytes};

/// Crockford's base 32 alphabet.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Groups in a recovery key.
pub const GROUPS: usize = 7;
/// Key characters per group (each carries 5 random bits).
const DATA_PER_GROUP: usize = 4;
/// Random bits in a recovery key: 7 × 4 × 5.
pub const KEY_BITS: usize = GROUPS * DATA_PER_GROUP * 5;

/// A recovery key, wiped from memory when dropped. Holds the key characters only (no checks).
#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryKey(Zeroizing<[u8; GROUPS * DATA_PER_GROUP]>);

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("RecoveryKey(…)")
    }
}

/// Why typed text is not a recovery key; says what to look at, never what the key is.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RecoveryKeyError {
    /// Too few or too many characters (spaces and hyphens are ignored).
    #[error("a recovery key has {expected} characters; {found} were entered")]
    WrongLength {
        /// Characters expected (without spaces and hyphens).
        expected: usize,
        /// Characters found.
        found: usize,
    },
    /// A character that recovery keys never contain.
    #[error("the character {character:?} never appears in a recovery key")]
    UnknownCharacter {
        /// The character as typed.
        character: char,
    },
    /// These groups (counted from 1) do not match their check character: a typing mistake.
    #[error("group {} of the recovery key is mistyped", groups.first().copied().unwrap_or(1))]
    Mistyped {
        /// Every mistyped group, counted from 1.
        groups: Vec<usize>,
    },
}

impl RecoveryKey {
    /// A new random key.
    pub fn generate() -> Result<Self, RandomnessUnavailable> {
        let random = Zeroizing::new(random_bytes::<{ GROUPS * DATA_PER_GROUP }>()?);
        let mut symbols = Zeroizing::new([0u8; GROUPS * DATA_PER_GROUP]);
        for (symbol, byte) in symbols.iter_mut().zip(random.iter()) {
            // 256 is a multiple of 32, so the low five bits are uniform.
            *symbol = byte & 31;
        }
        Ok(Self(symbols))
    }

    /// Reads a key as a person types it: any case, with or without spaces and hyphens, O for 0
    /// and I or L for 1.
    pub fn parse(typed: &str) -> Result<Self, RecoveryKeyError> {
        let mut values = Zeroizing::new(Vec::with_capacity(GROUPS * (DATA_PER_GROUP + 1)));
        for character in typed.chars() {
            if character.is_whitespace() || matches!(character, '-' | '‐' | '–') {
                continue;
            }
            values.push(
                symbol_value(character).ok_or(RecoveryKeyError::UnknownCharacter { character })?,
            );
        }
        let expected = GROUPS * (DATA_PER_GROUP + 1);
        if values.len() != expected {
            return Err(RecoveryKeyError::WrongLength {
                expected,
                found: values.len(),
            });
        }
        let mut symbols = Zeroizing::new([0u8; GROUPS * DATA_PER_GROUP]);
        let mut mistyped = Vec::new();
        for (group, chunk) in values.chunks(DATA_PER_GROUP + 1).enumerate() {
            let (data, check) = chunk.split_at(DATA_PER_GROUP);
            if check_symbol(group, data) != check[0] {
                mistyped.push(group + 1);
            }
            symbols[group * DATA_PER_GROUP..(group + 1) * DATA_PER_GROUP].copy_from_slice(data);
        }
        if mistyped.is_empty() {
            Ok(Self(symbols))
        } else {
            Err(RecoveryKeyError::Mistyped { groups: mistyped })
        }
    }

    /// The key as printed in the kit: `XXXXX-XXXXX-…`, seven groups with their checks.
    pub fn for_people(&self) -> Zeroizing<String> {
        let mut text = Zeroizing::new(String::with_capacity(GROUPS * 6));
        for (group, data) in self.0.chunks(DATA_PER_GROUP).enumerate() {
            if group > 0 {
                text.push('-');
            }
            for &value in data.iter().chain([check_symbol(group, data)].iter()) {
                text.push(char::from(ALPHABET[usize::from(value)]));
            }
        }
        text
    }

    /// The groups as printed, e.g. to ask the user to type one of them back.
    pub fn group(&self, index: usize) -> Option<String> {
        self.for_people().split('-').nth(index).map(str::to_owned)
    }

    /// The bytes key derivation uses: the key characters, without checks, under a label.
    pub fn secret_bytes(&self) -> Zeroizing<Vec<u8>> {
        let mut bytes = Zeroizing::new(b"ctpat-recovery-key/v1:".to_vec());
        bytes.extend(self.0.iter().map(|&value| ALPHABET[usize::from(value)]));
        bytes
    }
}

fn symbol_value(character: char) -> Option<u8> {
    let upper = match character.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    ALPHABET
        .iter()
        .position(|&symbol| char::from(symbol) == upper)
        .and_then(|index| u8::try_from(index).ok())
}

/// The check character of group `group` (from 0) over its four key characters.
fn check_symbol(group: usize, data: &[u8]) -> u8 {
    // Group numbers 0..7 give the distinct non-zero constants 1..8.
    let mut sum = u8::try_from(group + 1).unwrap_or(1) & 31;
    let mut weight = 2; // α, then α², α³, α⁴: distinct and non-zero
    for &value in data {
        sum ^= gf32_multiply(weight, value);
        weight = gf32_multiply(weight, 2);
    }
    sum
}

/// Multiplication in GF(2⁵) modulo x⁵ + x² + 1.
fn gf32_multiply(mut left: u8, mut right: u8) -> u8 {
    let mut product = 0;
    while right != 0 {
        if right & 1 != 0 {
            product ^= left;
        }
        right >>= 1;
        left <<= 1;
        if left & 0b10_0000 != 0 {
            left ^= 0b10_0101;
        }
    }
    product & 31
}

#[cfg(test)]
mod tests {
    use super::*;

    fn printed() -> String {
        RecoveryKey::generate().unwrap().for_people().to_string()
    }

    const _: () = assert!(
        KEY_BITS >= 128,
        "a recovery key carries at least 128 random bits"
    );

    #[test]
    fn a_key_has_140_random_bits_in_35_printed_characters() {
        assert_eq!(KEY_BITS, 140);
        let printed = RecoveryKey::generate().unwrap().for_people();
        assert_eq!(printed.chars().filter(|c| *c != '-').count(), 35);
    }

    #[test]
    fn the_printed_key_reads_back_as_the_same_key() {
        let key = RecoveryKey::generate().unwrap();
        let printed = key.for_people();
        assert_eq!(printed.len(), GROUPS * 6 - 1);
        assert_eq!(RecoveryKey::parse(&printed).unwrap(), key);
    }

    #[test]
    fn two_keys_differ() {
        assert_ne!(printed(), printed());
    }

    #[test]
    fn case_spaces_and_look_alike_letters_are_forgiven() {
        let key = RecoveryKey::generate().unwrap();
        let printed = key.for_people().to_string();
        let sloppy = printed
            .to_lowercase()
            .replace('-', "  ")
            .replace('0', "o")
            .replace('1', "l");
        assert_eq!(RecoveryKey::parse(&sloppy).unwrap(), key);
    }

    #[test]
    fn every_single_wrong_character_is_caught_and_its_group_named() {
        let printed = printed();
        for (position, original) in printed.char_indices().filter(|(_, c)| *c != '-') {
            for replacement in ALPHABET.iter().map(|&b| char::from(b)) {
                if replacement == original {
                    continue;
                }
                let mut typed = printed.clone();
                typed.replace_range(position..position + 1, &replacement.to_string());
                assert_eq!(
                    RecoveryKey::parse(&typed).unwrap_err(),
                    RecoveryKeyError::Mistyped {
                        groups: vec![position / 6 + 1]
                    },
                    "{typed}"
                );
            }
        }
    }

    #[test]
    fn swapping_two_different_neighbours_in_a_group_is_caught() {
        let printed = printed();
        let characters: Vec<char> = printed.chars().collect();
        for index in 0..characters.len() - 1 {
            let (first, second) = (characters[index], characters[index + 1]);
            if first == second || first == '-' || second == '-' {
                continue;
            }
            let mut swapped = characters.clone();
            swapped.swap(index, index + 1);
            let typed: String = swapped.into_iter().collect();
            assert!(
                matches!(
                    RecoveryKey::parse(&typed),
                    Err(RecoveryKeyError::Mistyped { .. })
                ),
                "{typed}"
            );
        }
    }

    #[test]
    fn a_group_typed_in_another_groups_place_is_caught() {
        let printed = printed();
        let groups: Vec<&str> = printed.split('-').collect();
        let mut moved = groups.clone();
        moved.swap(0, 1);
        if groups[0] != groups[1] {
            assert!(RecoveryKey::parse(&moved.join("-")).is_err());
        }
    }

    #[test]
    fn a_short_key_or_a_foreign_character_is_refused_before_anything_else() {
        let printed = printed();
        assert!(matches!(
            RecoveryKey::parse(&printed[..printed.len() - 6]),
            Err(RecoveryKeyError::WrongLength {
                expected: 35,
                found: 30
            })
        ));
        assert_eq!(
            RecoveryKey::parse(&printed.replacen(|c: char| c != '-', "U", 1)).unwrap_err(),
            RecoveryKeyError::UnknownCharacter { character: 'U' }
        );
    }

    #[test]
    fn the_secret_holds_the_key_characters_only() {
        let key = RecoveryKey::generate().unwrap();
        let secret = key.secret_bytes();
        let printed = key.for_people();
        let without_checks: String = printed
            .split('-')
            .map(|group| &group[..DATA_PER_GROUP])
            .collect();
        assert!(secret.ends_with(without_checks.as_bytes()));
    }

    #[test]
    fn multiplication_in_gf32_has_inverses() {
        for value in 1..32u8 {
            assert!((1..32u8).any(|other| gf32_multiply(value, other) == 1));
        }
    }
}
