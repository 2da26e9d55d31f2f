//! Country codes a MID may start with: the ISO 3166-1 alpha-2 codes (kept as data in
//! `iso3166_alpha2.txt`), except Canada, whose MIDs use a province code instead (19 CFR Part 102,
//! Appendix; docs/domain.md §4).

/// The ISO 3166-1 alpha-2 list compiled in: lines of codes separated by spaces, `#` comments.
const ISO_ALPHA2: &str = include_str!("iso3166_alpha2.txt");

/// The codes CBP uses for Canadian provinces and territories in a MID: Alberta, British
/// Columbia, Manitoba, New Brunswick, Newfoundland and Labrador, Northwest Territories, Nova
/// Scotia, Nunavut, Ontario, Prince Edward Island, Quebec, Saskatchewan, Yukon.
pub const CANADIAN_PROVINCE_CODES: [&str; 13] = [
    "XA", "XC", "XM", "XB", "XW", "XT", "XN", "XV", "XO", "XP", "XQ", "XS", "XY",
];

/// Whether `code` is an officially assigned ISO 3166-1 alpha-2 country code (upper case).
pub fn is_iso_country(code: &str) -> bool {
    ISO_ALPHA2
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(str::split_whitespace)
        .any(|known| known == code)
}

/// Whether `code` is one of CBP's MID codes for a Canadian province or territory.
pub fn is_canadian_province_code(code: &str) -> bool {
    CANADIAN_PROVINCE_CODES.contains(&code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_list_holds_every_officially_assigned_country() {
        let count = ISO_ALPHA2
            .lines()
            .filter(|line| !line.starts_with('#'))
            .flat_map(str::split_whitespace)
            .count();
        assert_eq!(count, 249);
    }

    #[test]
    fn trading_partners_are_known_countries() {
        for code in ["US", "MX", "CN", "DE", "CA"] {
            assert!(is_iso_country(code), "{code}");
        }
    }

    #[test]
    fn unassigned_codes_are_not_countries() {
        for code in ["XX", "UK", "ZZ", "us"] {
            assert!(!is_iso_country(code), "{code}");
        }
    }

    #[test]
    fn quebec_and_ontario_have_province_codes() {
        assert!(is_canadian_province_code("XQ"));
        assert!(is_canadian_province_code("XO"));
        assert!(!is_canadian_province_code("CA"));
    }
}
