//! Case and accent folding of what the user types: security answers (normalised before the
//! vault derives a recovery key from them) and the words compared with a passphrase.
//!
//! Written by hand, on purpose. The usual crate approach (NFD decomposition, then drop combining
//! marks) was measured in a size-optimised wasm build: `unicode-normalization` adds about 50 KB
//! and `icu_normalizer` about 19 KB brotli-compressed, a large share of the app's 300 KB budget,
//! for what here is a lookup in a ~1 KB table. The table, `accent_folds.txt`, was generated from
//! the Unicode 14 decompositions (every lowercase Latin, Greek and Cyrillic letter whose canonical
//! decomposition is one letter plus combining diacritics, mapped to that letter) plus the letters
//! Unicode does not decompose but a reader treats as accented (`ø`→`o`, `ł`→`l`, `ß`→`ss`,
//! `æ`→`ae`, …). Only diacritics are removed: marks that carry meaning in other scripts (such as
//! Devanagari vowel signs) are kept, unlike a blanket "drop every mark".
//!
//! Stability matters more than coverage: a recovery key is derived from [`normalize_answer`], so
//! a change to its output locks users out. Any change must bump
//! [`ANSWER_NORMALIZATION_VERSION`] and keep the old behaviour available for stored vaults.

use std::sync::OnceLock;

/// The version of [`normalize_answer`]'s rules, for the vault to store beside the key it derives
/// from normalised answers, so that a future change of rules can still open old vaults.
pub const ANSWER_NORMALIZATION_VERSION: u32 = 1;

/// [`normalize_answer`] under the rules of `version`, as a workspace records them: a vault's
/// recovery key was derived under the rules of its day, so answers must be normalised the same
/// way to open it. `None` for a version this build does not know (a newer one).
pub fn normalize_answer_under(version: u32, answer: &str) -> Option<String> {
    match version {
        1 => Some(normalize_answer(answer)),
        _ => None,
    }
}

/// Accented letter → plain letters, one line per plain form: `<plain> <accented letters>`.
const ACCENT_FOLDS: &str = include_str!("accent_folds.txt");

/// The accented letters and their plain forms, sorted by letter for binary search.
fn accent_folds() -> &'static [(char, &'static str)] {
    static FOLDS: OnceLock<Vec<(char, &'static str)>> = OnceLock::new();
    FOLDS.get_or_init(|| {
        let mut folds: Vec<(char, &'static str)> = ACCENT_FOLDS
            .lines()
            .filter_map(|line| line.split_once(' '))
            .flat_map(|(plain, accented)| accented.chars().map(move |letter| (letter, plain)))
            .collect();
        folds.sort_unstable_by_key(|(letter, _)| *letter);
        folds
    })
}

/// Whether `c` is a combining diacritic (an accent typed or pasted as a separate code point).
pub(crate) fn is_combining_diacritic(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Punctuation that joins words (`Saint-Jean`, `jean_luc`, `a/b`): it becomes a space, so that
/// the answer typed with a space instead still matches.
fn is_word_joiner(c: char) -> bool {
    matches!(
        c,
        '-' | '_' | '/' | '\\' | '\u{2010}'..='\u{2015}' | '\u{2212}'
    )
}

/// Appends the folded form of one lowercase character: plain letters for an accented one,
/// ASCII for a full-width one, nothing for a combining accent.
fn push_folded(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c);
    } else if is_combining_diacritic(c) {
        // An accent typed separately from its letter: dropped, like the precomposed one's.
    } else if let Some(plain) = fold_letter(c) {
        out.push_str(plain);
    } else if let Some(ascii) = full_width_to_ascii(c) {
        out.push(ascii);
    } else {
        out.push(c);
    }
}

fn fold_letter(c: char) -> Option<&'static str> {
    let folds = accent_folds();
    folds
        .binary_search_by_key(&c, |(letter, _)| *letter)
        .ok()
        .map(|index| folds[index].1)
}

/// Full-width Latin letters and digits, which some East Asian keyboards type, as ASCII.
fn full_width_to_ascii(c: char) -> Option<char> {
    match c {
        '\u{FF10}'..='\u{FF19}' | '\u{FF41}'..='\u{FF5A}' => char::from_u32(u32::from(c) - 0xFEE0),
        _ => None,
    }
}

/// A security answer as the vault and the comparisons see it. Deterministic, and documented
/// because a recovery key is derived from it:
///
/// 1. every character is lowercased (Unicode lowercase mapping);
/// 2. accents are removed (`é`→`e`, `ñ`→`n`, `ç`→`c`, `ø`→`o`, `ß`→`ss`, `æ`→`ae`), whether the
///    letter was typed precomposed or as a letter plus a combining accent; full-width letters and
///    digits become ASCII;
/// 3. hyphens, underscores and slashes count as spaces; every other character that is neither a
///    letter, a digit nor a space (punctuation, symbols, emoji) is dropped;
/// 4. runs of whitespace become one space, and leading and trailing spaces are trimmed.
///
/// So `"  Ñandú  Rojo "` and `"nandu rojo"` normalise alike, and so do `"O'Brien"` and
/// `"obrien"`, or `"Saint-Jean"` and `"saint jean"`.
pub fn normalize_answer(answer: &str) -> String {
    let mut folded = String::with_capacity(answer.len());
    for c in answer.chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() || is_word_joiner(c) {
            folded.push(' ');
        } else {
            push_folded(&mut folded, c);
        }
    }
    let mut normalized = String::with_capacity(folded.len());
    for word in folded
        .split(' ')
        .map(|word| {
            word.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .filter(|word| !word.is_empty())
    {
        if !normalized.is_empty() {
            normalized.push(' ');
        }
        normalized.push_str(&word);
    }
    normalized
}

/// Letters and digits only, folded like [`normalize_answer`] but with no spaces at all: the form
/// in which a company name or an answer is looked for inside a passphrase, so that
/// `"ACME-logistics"` is found in `"i love acmelogistics"`.
pub(crate) fn compact(text: &str) -> String {
    normalize_answer(text).replace(' ', "")
}

/// Lowercased and accent-folded, but every character kept (spaces, punctuation, digits): the form
/// the strength estimate reads, where a symbol still adds to the search space.
pub(crate) fn fold_case_and_accents(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        push_folded(&mut folded, c);
    }
    folded
}

/// The length of a passphrase as a person counts it: Unicode scalar values, not bytes, with a
/// combining accent counted as part of its letter, so `é` counts once whether typed precomposed
/// or as `e` plus an accent (the effect NIST SP 800-63B asks of normalisation).
pub fn character_count(text: &str) -> usize {
    text.chars().filter(|c| !is_combining_diacritic(*c)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_normalised_under_the_rules_a_workspace_records_and_only_known_ones() {
        assert_eq!(
            normalize_answer_under(ANSWER_NORMALIZATION_VERSION, " Ford  Pintó "),
            Some("ford pinto".to_owned())
        );
        assert_eq!(
            normalize_answer_under(1, "Saint-Jean"),
            Some("saint jean".to_owned())
        );
        assert_eq!(normalize_answer_under(0, "Saint-Jean"), None);
        assert_eq!(normalize_answer_under(2, "Saint-Jean"), None);
    }

    #[test]
    fn case_accents_and_spacing_do_not_change_an_answer() {
        assert_eq!(normalize_answer("  Ñandú  Rojo "), "nandu rojo");
        assert_eq!(
            normalize_answer("  Ñandú  Rojo "),
            normalize_answer("nandu rojo")
        );
    }

    #[test]
    fn accents_typed_as_separate_marks_fold_like_precomposed_letters() {
        assert_eq!(
            normalize_answer("Montre\u{0301}al"),
            normalize_answer("Montréal")
        );
        assert_eq!(normalize_answer("Montréal"), "montreal");
    }

    #[test]
    fn french_and_spanish_letters_lose_their_accents() {
        let cases = [
            ("Québec", "quebec"),
            ("Garçon", "garcon"),
            ("Hôtel-Dieu", "hotel dieu"),
            ("Œuvre", "oeuvre"),
            ("Pingüino", "pinguino"),
            ("Straße", "strasse"),
            ("Łódź", "lodz"),
        ];
        for (typed, expected) in cases {
            assert_eq!(normalize_answer(typed), expected, "{typed}");
        }
    }

    #[test]
    fn punctuation_is_dropped_and_joiners_become_spaces() {
        assert_eq!(normalize_answer("O'Brien!"), "obrien");
        assert_eq!(
            normalize_answer("Saint-Jean"),
            normalize_answer("saint jean")
        );
        assert_eq!(normalize_answer("¡Sí, señor!"), "si senor");
    }

    #[test]
    fn meaningful_marks_of_other_scripts_are_kept() {
        // Devanagari vowel signs are combining marks but not accents: dropping them changes words.
        assert_eq!(normalize_answer("किताब"), "किताब");
    }

    #[test]
    fn full_width_letters_match_their_ascii_form() {
        assert_eq!(normalize_answer("ＴＯＫＹＯ２０"), "tokyo20");
    }

    #[test]
    fn compact_form_drops_every_space() {
        assert_eq!(compact(" ACME - Logistics, Inc. "), "acmelogisticsinc");
    }

    #[test]
    fn a_decomposed_accent_does_not_count_as_a_character() {
        assert_eq!(character_count("e\u{0301}"), 1);
        assert_eq!(character_count("é"), 1);
    }

    #[test]
    fn emoji_and_cjk_count_one_per_character() {
        assert_eq!(character_count("🔒🔑"), 2);
        assert_eq!(character_count("東京"), 2);
    }

    #[test]
    fn every_folded_letter_is_listed_once_and_lowercase() {
        let folds = accent_folds();
        assert!(folds.len() > 400, "the table lost entries: {}", folds.len());
        for pair in folds.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} is listed twice", pair[1].0);
        }
        for (letter, _) in folds {
            assert!(
                letter.to_lowercase().eq([*letter]),
                "{letter} is not lowercase"
            );
        }
    }
}
