//! The strength meter: an estimate of how many guesses a passphrase would take, shown as five
//! levels while the user types.
//!
//! Written by hand because the well-known estimator, zxcvbn, costs ~690 KB compressed in our wasm
//! build (measured), more than twice the app's budget. This keeps zxcvbn's central idea at a
//! fraction of the size: the passphrase is split, at the lowest total cost, into pieces an
//! attacker would try as units — a common password from our list, a word from the company's own
//! context, a run of one repeated character, a repetition of the piece just before, an alphabetic
//! or keyboard sequence (`abcd`, `4321`, `qwerty`, `azerty`), a year — and single characters
//! guessed one by one. The estimate is the sum of the pieces' costs in bits. It is guidance for
//! the meter and catches only the most predictable passphrases: the hard refusals are the list,
//! context and pattern rules in `passphrase.rs`.
//!
//! Cost is linear in the length (capped at [`MAX_ESTIMATED_CHARS`]) times a small constant, so
//! it is cheap enough to run on every keystroke.

use super::common_passwords;
use super::folding::fold_case_and_accents;
use super::patterns;

/// Characters beyond this are not estimated: the passphrase rules refuse them anyway, and the
/// bound keeps a pasted novel from stalling the page.
pub(crate) const MAX_ESTIMATED_CHARS: usize = 256;

/// The longest repeated piece looked for; longer repeats are rare and cost quadratic time.
const LONGEST_REPEATED_PIECE: usize = 16;

/// How hard a passphrase is to guess, for the strength meter: five levels, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    /// Under 2^28 guesses: a pattern or common password, found in seconds.
    VeryWeak,
    /// Under 2^40 guesses.
    Weak,
    /// Under 2^52 guesses.
    Fair,
    /// Under 2^64 guesses.
    Strong,
    /// 2^64 guesses or more.
    VeryStrong,
}

impl Strength {
    /// The level as the meter draws it, 0 (very weak) to 4 (very strong).
    pub fn score(self) -> u8 {
        self as u8
    }

    fn from_bits(bits: f64) -> Strength {
        match bits {
            b if b < 28.0 => Strength::VeryWeak,
            b if b < 40.0 => Strength::Weak,
            b if b < 52.0 => Strength::Fair,
            b if b < 64.0 => Strength::Strong,
            _ => Strength::VeryStrong,
        }
    }
}

/// The estimated strength of `passphrase`, given the words an attacker who knows the company
/// would try first (`context_words`, already in [`super::folding::compact`] form).
pub(crate) fn estimate_strength(passphrase: &str, context_words: &[String]) -> Strength {
    Strength::from_bits(estimate_bits(passphrase, context_words))
}

/// log2 of the estimated number of guesses.
pub(crate) fn estimate_bits(passphrase: &str, context_words: &[String]) -> f64 {
    let bounded: String = passphrase.chars().take(MAX_ESTIMATED_CHARS).collect();
    let folded = fold_case_and_accents(&bounded);
    let chars: Vec<char> = folded.chars().collect();
    let offsets: Vec<usize> = folded
        .char_indices()
        .map(|(offset, _)| offset)
        .chain([folded.len()])
        .collect();
    let context: Vec<Vec<char>> = context_words
        .iter()
        .filter(|word| word.chars().count() >= 3)
        .map(|word| word.chars().collect())
        .collect();
    let pieces = Pieces {
        folded: &folded,
        chars: &chars,
        offsets: &offsets,
        context: &context,
    };
    pieces.cheapest_split() + capitals_bits(&bounded)
}

/// The passphrase being split into pieces, in folded form.
struct Pieces<'a> {
    folded: &'a str,
    chars: &'a [char],
    offsets: &'a [usize],
    context: &'a [Vec<char>],
}

impl Pieces<'_> {
    /// Dynamic programming over prefixes: the cheapest way to write the first `end` characters is
    /// the cheapest way to write a shorter prefix plus one piece.
    fn cheapest_split(&self) -> f64 {
        let n = self.chars.len();
        let mut best = vec![f64::INFINITY; n + 1];
        best[0] = 0.0;
        for start in 0..n {
            let before = best[start];
            let mut offer = |end: usize, cost: f64| {
                if before + cost < best[end] {
                    best[end] = before + cost;
                }
            };
            offer(start + 1, single_character_bits(self.chars[start]));
            self.dictionary_pieces(start, &mut offer);
            self.context_pieces(start, &mut offer);
            self.repeated_pieces(start, &mut offer);
            self.sequence_pieces(start, &mut offer);
            self.year_piece(start, &mut offer);
        }
        best[n]
    }

    fn dictionary_pieces(&self, start: usize, offer: &mut impl FnMut(usize, f64)) {
        if !common_passwords::may_start(&self.folded[self.offsets[start]..]) {
            return;
        }
        let last = self
            .chars
            .len()
            .min(start + common_passwords::LONGEST_ENTRY);
        for end in start + common_passwords::SHORTEST_ENTRY..=last {
            let piece = &self.folded[self.offsets[start]..self.offsets[end]];
            if let Some(rank) = common_passwords::rank(piece) {
                offer(end, f64::from(rank).log2() + 1.0);
            }
        }
    }

    fn context_pieces(&self, start: usize, offer: &mut impl FnMut(usize, f64)) {
        let bits = ((self.context.len() + 1) as f64).log2() + 1.0;
        for word in self.context {
            if self.chars[start..].starts_with(word) {
                offer(start + word.len(), bits);
            }
        }
    }

    /// A run of one character (`aaaa`), or a repeat of the piece just before (`abcabc`).
    fn repeated_pieces(&self, start: usize, offer: &mut impl FnMut(usize, f64)) {
        let first = self.chars[start];
        let run = self.chars[start..]
            .iter()
            .take_while(|c| **c == first)
            .count();
        for length in 3..=run {
            offer(
                start + length,
                single_character_bits(first) + (length as f64).log2(),
            );
        }
        let longest = start.min(LONGEST_REPEATED_PIECE);
        for length in 1..=longest {
            let end = start + length;
            if end <= self.chars.len()
                && self.chars[start..end] == self.chars[start - length..start]
            {
                offer(end, 2.0);
            }
        }
    }

    /// Characters that step through the alphabet or digits by one (`abcd`, `9876`), or through
    /// neighbouring keys of a keyboard row (`qwerty`, `asdf`).
    fn sequence_pieces(&self, start: usize, offer: &mut impl FnMut(usize, f64)) {
        let longest = patterns::sequence_length(&self.chars[start..]);
        let first = single_character_bits(self.chars[start]);
        for length in patterns::SHORTEST_SEQUENCE..=longest {
            offer(start + length, first + (length as f64).log2() + 1.0);
        }
    }

    /// Four digits from 1900 to 2099: a year, tried early by anyone guessing.
    fn year_piece(&self, start: usize, offer: &mut impl FnMut(usize, f64)) {
        let Some(digits) = self.chars.get(start..start + 4) else {
            return;
        };
        let is_year = digits.iter().all(char::is_ascii_digit)
            && matches!((digits[0], digits[1]), ('1', '9') | ('2', '0'));
        if is_year {
            offer(start + 4, 200_f64.log2());
        }
    }
}

/// The cost of guessing one character on its own, by what kind of character it is.
fn single_character_bits(c: char) -> f64 {
    let alphabet: f64 = if c.is_ascii_digit() {
        10.0
    } else if c.is_ascii_lowercase() {
        26.0
    } else if c.is_ascii() {
        33.0
    } else {
        // Letters of other scripts, emoji: many possibilities, but people pick common ones.
        100.0
    };
    alphabet.log2()
}

/// Capital letters add little if only the first letter or all letters are capitals (everyone
/// tries that); otherwise each capital doubles the guesses.
fn capitals_bits(passphrase: &str) -> f64 {
    let letters = passphrase.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = passphrase.chars().filter(|c| c.is_uppercase()).count();
    let first_only = capitals == 1 && passphrase.chars().next().is_some_and(char::is_uppercase);
    match capitals {
        0 => 0.0,
        _ if first_only || capitals == letters => 1.0,
        _ => capitals as f64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strength(passphrase: &str) -> Strength {
        estimate_strength(passphrase, &[])
    }

    #[test]
    fn patterns_and_common_passwords_are_very_weak() {
        for passphrase in [
            "aaaaaaaaaaaa",
            "abcdefghijkl",
            "123456789012",
            "qwertyuiop[]",
            "azertyuiop12",
            "password1234",
            "Summer2026!!",
            "abcabcabcabc",
            "dragondragon",
        ] {
            assert_eq!(strength(passphrase), Strength::VeryWeak, "{passphrase}");
        }
    }

    #[test]
    fn a_long_passphrase_of_uncommon_words_is_very_strong() {
        assert_eq!(
            strength("violet tractor under the pier at dawn"),
            Strength::VeryStrong
        );
    }

    #[test]
    fn random_looking_twelve_characters_are_strong() {
        assert_eq!(strength("xk7Qm#vB2r$w"), Strength::Strong);
    }

    #[test]
    fn the_company_name_counts_for_little() {
        let context = ["acmelogistics".to_owned()];
        let alone = estimate_bits("acmelogistics", &[]);
        let known = estimate_bits("acmelogistics", &context);
        assert!(known < 10.0 && known < alone, "{known} vs {alone}");
    }

    #[test]
    fn more_characters_never_make_the_estimate_weaker() {
        let short = estimate_bits("violet tractor", &[]);
        let long = estimate_bits("violet tractor under", &[]);
        assert!(long > short);
    }

    #[test]
    fn the_meter_levels_go_from_0_to_4() {
        assert_eq!(Strength::VeryWeak.score(), 0);
        assert_eq!(Strength::VeryStrong.score(), 4);
    }
}
