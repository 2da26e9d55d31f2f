//! The evidence manifest of one entity account: every evidence file its answers and training
//! records point at, once per file (by SHA-256), with what it supports. A compliance manager
//! hands it to an auditor with the files, prints it, downloads it as CSV (`csv`), or checks a
//! folder of files against it (`file_check`).
//!
//! Only what the workspace records is listed: the files themselves never reach the editor.

pub mod csv;
pub mod file_check;

use crate::domain::catalogue::CriterionId;
use crate::domain::model::{EntityAccount, EvidenceReference};

/// What an evidence file is offered as proof of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Support {
    /// The answer to a criterion, by its ID as answers are keyed (`3.4`).
    Criterion(String),
    /// A training record: its topic and date as typed (sign-in sheets, certificates).
    Training {
        /// What the training covered.
        topic: String,
        /// When it was given, ISO `YYYY-MM-DD` as typed.
        date: String,
    },
}

/// One evidence file of the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestEntry {
    /// What the document is (the title of its first reference).
    pub title: String,
    /// The document's date, ISO `YYYY-MM-DD`, or empty.
    pub date: String,
    /// The file's name when it was fingerprinted.
    pub file_name: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its SHA-256, as recorded (64 lowercase hexadecimal digits when valid).
    pub sha256: String,
    /// Everything it supports, criteria in catalogue order, then training records.
    pub supports: Vec<Support>,
}

/// The key two references to the same file share: the digest, when it is one. A reference
/// with a damaged digest cannot be told to be the same file as another, so it stands alone.
fn same_file_key(reference: &EvidenceReference) -> Option<String> {
    let digest = reference.sha256.trim().to_ascii_lowercase();
    (digest.len() == 64 && digest.bytes().all(|b| b.is_ascii_hexdigit())).then_some(digest)
}

/// Orders answer keys as the catalogue does (`2.1` before `10.1`); keys that are not criterion
/// IDs (kept from an older catalogue) come last, in text order.
fn catalogue_order(key: &str) -> (Option<CriterionId>, String) {
    (key.parse().ok(), key.to_owned())
}

/// Every evidence file of `account`, once per file, in the order first met: answers by
/// criterion, then training records.
pub fn manifest_of(account: &EntityAccount) -> Vec<ManifestEntry> {
    let mut answers: Vec<(&String, _)> = account.profile.answers.iter().collect();
    answers.sort_by_key(|(key, _)| {
        let (id, text) = catalogue_order(key);
        (id.is_none(), id, text)
    });
    let from_answers = answers.into_iter().flat_map(|(key, answer)| {
        answer
            .evidence
            .iter()
            .map(move |reference| (reference, Support::Criterion(key.clone())))
    });
    let from_training = account.profile.training.iter().flat_map(|record| {
        record.evidence.iter().map(move |reference| {
            let support = Support::Training {
                topic: record.topic.trim().to_owned(),
                date: record.date.trim().to_owned(),
            };
            (reference, support)
        })
    });
    let mut entries: Vec<(Option<String>, ManifestEntry)> = Vec::new();
    for (reference, support) in from_answers.chain(from_training) {
        let key = same_file_key(reference);
        let known = key
            .as_ref()
            .and_then(|key| entries.iter_mut().find(|(k, _)| k.as_ref() == Some(key)));
        match known {
            Some((_, entry)) => {
                if !entry.supports.contains(&support) {
                    entry.supports.push(support);
                }
            }
            None => entries.push((
                key,
                ManifestEntry {
                    title: reference.title.trim().to_owned(),
                    date: reference.date.trim().to_owned(),
                    file_name: reference.file_name.clone(),
                    size: reference.size,
                    sha256: reference.sha256.trim().to_ascii_lowercase(),
                    supports: vec![support],
                },
            )),
        }
    }
    entries.into_iter().map(|(_, entry)| entry).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::BusinessType;

    fn reference(title: &str, file_name: &str, digest_byte: char) -> EvidenceReference {
        EvidenceReference {
            id: format!("ev-{title}"),
            title: title.to_owned(),
            file_name: file_name.to_owned(),
            size: 1024,
            sha256: digest_byte.to_string().repeat(64),
            date: "2026-01-15".to_owned(),
        }
    }

    fn account() -> EntityAccount {
        let mut account = EntityAccount::new("a1", BusinessType::Importer, "Imports");
        let profile = &mut account.profile;
        profile
            .answer_mut("10.1")
            .evidence
            .push(reference("Badge policy", "badges.pdf", 'b'));
        profile.answer_mut("3.1").evidence.push(reference(
            "Partner screening",
            "screening.xlsx",
            'a',
        ));
        profile.answer_mut("3.4").evidence.push(reference(
            "Screening again",
            "screening-copy.xlsx",
            'A',
        ));
        let training = profile.add_training("t1");
        training.topic = "Seal inspection".into();
        training.date = "2026-02-01".into();
        training
            .evidence
            .push(reference("Sign-in sheet", "sign-in.pdf", 'c'));
        account
    }

    #[test]
    fn every_file_is_listed_once_with_every_criterion_it_supports_in_catalogue_order() {
        let entries = manifest_of(&account());
        let listed: Vec<(&str, &[Support])> = entries
            .iter()
            .map(|entry| (entry.file_name.as_str(), entry.supports.as_slice()))
            .collect();
        assert_eq!(
            listed,
            vec![
                (
                    "screening.xlsx",
                    &[
                        Support::Criterion("3.1".into()),
                        Support::Criterion("3.4".into())
                    ][..]
                ),
                ("badges.pdf", &[Support::Criterion("10.1".into())][..]),
                (
                    "sign-in.pdf",
                    &[Support::Training {
                        topic: "Seal inspection".into(),
                        date: "2026-02-01".into()
                    }][..]
                ),
            ]
        );
        assert_eq!(entries[0].sha256, "a".repeat(64));
        assert_eq!(entries[0].title, "Partner screening");
    }

    #[test]
    fn references_with_damaged_digests_are_each_listed_not_merged() {
        let mut account = EntityAccount::new("a1", BusinessType::Importer, "Imports");
        for id in ["1.1", "1.2"] {
            let mut damaged = reference(id, "scan.pdf", 'z');
            damaged.sha256 = "not a digest".into();
            account.profile.answer_mut(id).evidence.push(damaged);
        }
        assert_eq!(manifest_of(&account).len(), 2);
    }

    #[test]
    fn an_account_without_evidence_has_an_empty_manifest() {
        let account = EntityAccount::new("a1", BusinessType::Importer, "Imports");
        assert_eq!(manifest_of(&account), vec![]);
    }
}
