//! Names of the downloaded files: `<legal-name>-<business-type>-<date>.ctpat.json`, safe on
//! every file system whatever the user typed as the company name.

use crate::domain::BusinessType;
use crate::domain::language::without_accent;

/// The submission file's name, e.g. `northwind-imports-inc-importer-2026-11-27.ctpat.json`.
pub fn submission_file_name(legal_name: &str, business_type: BusinessType, date: &str) -> String {
    let name = slug(legal_name);
    let name = if name.is_empty() {
        "profile".to_owned()
    } else {
        name
    };
    format!("{name}-{}-{}.ctpat.json", business_type.key(), slug(date))
}

/// The backup file's name, e.g. `northwind-imports-inc-backup-2026-11-27.json`.
pub fn backup_file_name(legal_name: &str, date: &str) -> String {
    let name = slug(legal_name);
    let name = if name.is_empty() {
        "workspace".to_owned()
    } else {
        name
    };
    format!("{name}-backup-{}.json", slug(date))
}

/// The evidence manifest's CSV file name, e.g. `us-imports-evidence-2026-12-03.csv`.
pub fn evidence_manifest_file_name(account_name: &str, date: &str) -> String {
    let name = slug(account_name);
    let name = if name.is_empty() {
        "account".to_owned()
    } else {
        name
    };
    format!("{name}-evidence-{}.csv", slug(date))
}

/// The calendar reminder's file name, e.g. `us-imports-annual-review-2027-03-15.ics`.
pub fn reminder_file_name(account_name: &str, due: &str) -> String {
    let name = slug(account_name);
    let name = if name.is_empty() {
        "account".to_owned()
    } else {
        name
    };
    format!("{name}-annual-review-{}.ics", slug(due))
}

/// Lower-case ASCII letters and digits, runs of anything else as one hyphen; accented Latin
/// letters lose their accent rather than vanish.
fn slug(text: &str) -> String {
    let mut slug = String::new();
    for character in text.chars().flat_map(char::to_lowercase) {
        let plain = without_accent(character);
        if plain.is_ascii_alphanumeric() {
            slug.push(plain);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-')
        .chars()
        .take(80)
        .collect::<String>()
        .trim_end_matches('-')
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_submission_file_is_named_after_company_business_type_and_date() {
        assert_eq!(
            submission_file_name(
                "Northwind Imports, Inc.",
                BusinessType::Importer,
                "2026-11-27"
            ),
            "northwind-imports-inc-importer-2026-11-27.ctpat.json"
        );
    }

    #[test]
    fn accents_are_dropped_and_path_characters_never_reach_the_name() {
        assert_eq!(
            submission_file_name(
                "../Logística Peña/..\\",
                BusinessType::Exporter,
                "2026-11-27"
            ),
            "logistica-pena-exporter-2026-11-27.ctpat.json"
        );
    }

    #[test]
    fn the_reminder_is_named_after_the_account_and_its_due_date() {
        assert_eq!(
            reminder_file_name("Importations du Québec", "2027-03-15"),
            "importations-du-quebec-annual-review-2027-03-15.ics"
        );
    }

    #[test]
    fn a_company_without_a_usable_name_still_gets_a_file_name() {
        assert_eq!(
            backup_file_name("株式会社", "2026-11-27"),
            "workspace-backup-2026-11-27.json"
        );
    }

    #[test]
    fn the_evidence_manifest_is_named_after_the_account_and_the_day() {
        assert_eq!(
            evidence_manifest_file_name("Usine de Montréal", "2026-12-03"),
            "usine-de-montreal-evidence-2026-12-03.csv"
        );
        assert_eq!(
            evidence_manifest_file_name("  ", "2026-12-03"),
            "account-evidence-2026-12-03.csv"
        );
    }
}
