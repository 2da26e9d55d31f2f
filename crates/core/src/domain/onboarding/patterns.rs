//! The keyboard and alphabet patterns people type instead of choosing (`aaaa`, `abab`, `abcd`,
//! `9876`, `qwerty`, `azerty`), shared by the passphrase rules (which refuse a passphrase made
//! only of them) and the strength estimate (which prices them as cheap pieces).

/// Keyboard rows (QWERTY and the French AZERTY), in which neighbouring keys make a sequence.
const KEYBOARD_ROWS: [&str; 7] = [
    "`1234567890-=",
    "qwertyuiop[]\\",
    "asdfghjkl;'",
    "zxcvbnm,./",
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn,;:!",
];

/// The shortest run that counts as a sequence: two neighbouring characters are too common by
/// chance.
pub(crate) const SHORTEST_SEQUENCE: usize = 3;

/// The longest unit whose repetition is refused outright (`abab…`, `1234 1234 …`).
const LONGEST_REPEATED_UNIT: usize = 4;

/// How many leading characters of `chars` form a sequence: each steps by +1 or by −1 through the
/// alphabet or the digits (`abcd`, `9012`), or through neighbouring keys of one keyboard row.
/// 1 for a lone character, 0 for none.
pub(crate) fn sequence_length(chars: &[char]) -> usize {
    KEYBOARD_ROWS
        .iter()
        .map(|row| keyboard_run(chars, row))
        .fold(step_run(chars), usize::max)
}

/// Whether `chars` are all sequences of at least [`SHORTEST_SEQUENCE`] characters, one after the
/// other (`abcdefghijkl`, `abcdef123456`, `qwertyuiop12`… but not `abc` plus anything else).
pub(crate) fn is_only_sequences(chars: &[char]) -> bool {
    let mut rest = chars;
    while !rest.is_empty() {
        let length = sequence_length(rest);
        if length < SHORTEST_SEQUENCE {
            return false;
        }
        rest = &rest[length..];
    }
    !chars.is_empty()
}

/// Whether `chars` are one unit of at most four characters, repeated (`aaaa`, `abab`, `ab12ab12`).
pub(crate) fn is_repetition(chars: &[char]) -> bool {
    let n = chars.len();
    (1..=LONGEST_REPEATED_UNIT.min(n / 2))
        .filter(|unit| n.is_multiple_of(*unit))
        .any(|unit| chars.chunks(unit).all(|chunk| chunk == &chars[..unit]))
}

/// The step from `a` to `b` if it is +1 or −1: digits wrap (`9`→`0`), letters do not.
fn step(a: char, b: char) -> Option<i64> {
    if a.is_ascii_digit() && b.is_ascii_digit() {
        let difference = (i64::from(u32::from(b)) - i64::from(u32::from(a))).rem_euclid(10);
        return match difference {
            1 => Some(1),
            9 => Some(-1),
            _ => None,
        };
    }
    if !a.is_alphanumeric() || !b.is_alphanumeric() {
        return None;
    }
    let difference = i64::from(u32::from(b)) - i64::from(u32::from(a));
    (difference.abs() == 1).then_some(difference)
}

/// How many leading characters of `chars` step by the same +1 or −1.
fn step_run(chars: &[char]) -> usize {
    let Some(first_step) = chars.get(..2).and_then(|pair| step(pair[0], pair[1])) else {
        return chars.len().min(1);
    };
    1 + chars
        .windows(2)
        .take_while(|pair| step(pair[0], pair[1]) == Some(first_step))
        .count()
}

/// How many leading characters of `chars` are neighbouring keys of `row`, in one direction.
/// Works on bytes: the rows are ASCII, and this runs for every position of every keystroke.
fn keyboard_run(chars: &[char], row: &str) -> usize {
    let keys = row.as_bytes();
    let position = |c: &char| {
        u8::try_from(*c)
            .ok()
            .and_then(|byte| keys.iter().position(|key| *key == byte))
    };
    let mut positions = chars.iter().map(position);
    let (Some(Some(first)), Some(Some(second))) = (positions.next(), positions.next()) else {
        return chars.len().min(1);
    };
    let forward = second == first + 1;
    if !forward && first != second + 1 {
        return 1;
    }
    let mut previous = second;
    let mut length = 2;
    for position in positions {
        let expected = if forward {
            Some(previous + 1)
        } else {
            previous.checked_sub(1)
        };
        match position {
            Some(position) if Some(position) == expected => {
                previous = position;
                length += 1;
            }
            _ => break,
        }
    }
    length
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn alphabet_digit_and_keyboard_runs_are_sequences() {
        for text in [
            "abcdefghijkl",
            "987654321098",
            "qwertyuiop[]",
            "azertyuiop",
            "lkjhgfdsa",
        ] {
            assert!(is_only_sequences(&chars(text)), "{text}");
        }
    }

    #[test]
    fn sequences_one_after_the_other_are_still_sequences() {
        assert!(is_only_sequences(&chars("abcdef123456")));
    }

    #[test]
    fn a_sequence_followed_by_anything_else_is_not_only_sequences() {
        assert!(!is_only_sequences(&chars("abcdefghijkx")));
        assert!(!is_only_sequences(&chars("violettractor")));
    }

    #[test]
    fn short_units_repeated_are_repetitions() {
        assert!(is_repetition(&chars("aaaaaaaaaaaa")));
        assert!(is_repetition(&chars("abababababab")));
        assert!(is_repetition(&chars("ab12ab12ab12")));
        assert!(!is_repetition(&chars("abababababax")));
    }

    #[test]
    fn a_long_unit_repeated_is_left_to_the_strength_estimate() {
        assert!(!is_repetition(&chars("violetviolet")));
    }
}
