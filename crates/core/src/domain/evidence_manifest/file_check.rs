//! "Check files": which evidence files of the manifest a set of files the user holds (a folder
//! for an audit, say) contains, which evidence has no matching file, and which files match
//! nothing. Files are told apart by SHA-256, never by name: a file renamed since is still found,
//! and a file of the same name whose content changed is reported as changed.

use super::ManifestEntry;

/// A file the user chose, fingerprinted in the browser (nothing of it is kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChosenFile {
    /// Its name (without folders).
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its SHA-256, lowercase hexadecimal.
    pub sha256: String,
}

/// What one chosen file is to the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileVerdict {
    /// Its content is that of these entries (indexes into the manifest).
    Matches(Vec<usize>),
    /// Its name is that of these entries, but its content differs: the file changed since it
    /// was fingerprinted, or it is another version.
    Changed(Vec<usize>),
    /// Neither its content nor its name is in the manifest.
    Unknown,
}

/// The outcome of checking files against a manifest.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FileCheck {
    /// One verdict per chosen file, in the order chosen.
    pub files: Vec<FileVerdict>,
    /// Entries no chosen file matches nor is a changed copy of (indexes into the manifest).
    pub missing: Vec<usize>,
}

/// Whether two file names are the same, as file systems that ignore case see them.
fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Checks `files` against `entries`.
pub fn check_files(entries: &[ManifestEntry], files: &[ChosenFile]) -> FileCheck {
    let mut accounted = vec![false; entries.len()];
    let verdicts = files
        .iter()
        .map(|file| {
            let indexes = |matches: &dyn Fn(&ManifestEntry) -> bool| -> Vec<usize> {
                entries
                    .iter()
                    .enumerate()
                    .filter(|(_, entry)| matches(entry))
                    .map(|(index, _)| index)
                    .collect()
            };
            let digest = file.sha256.to_ascii_lowercase();
            let matching = indexes(&|entry| entry.sha256.eq_ignore_ascii_case(&digest));
            let verdict = if !matching.is_empty() {
                FileVerdict::Matches(matching)
            } else {
                let named = indexes(&|entry| same_name(&entry.file_name, &file.name));
                if named.is_empty() {
                    FileVerdict::Unknown
                } else {
                    FileVerdict::Changed(named)
                }
            };
            if let FileVerdict::Matches(found) | FileVerdict::Changed(found) = &verdict {
                for index in found {
                    accounted[*index] = true;
                }
            }
            verdict
        })
        .collect();
    FileCheck {
        files: verdicts,
        missing: (0..entries.len()).filter(|i| !accounted[*i]).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(file_name: &str, digest_byte: char) -> ManifestEntry {
        ManifestEntry {
            title: file_name.to_owned(),
            date: String::new(),
            file_name: file_name.to_owned(),
            size: 10,
            sha256: digest_byte.to_string().repeat(64),
            supports: Vec::new(),
        }
    }

    fn chosen(name: &str, digest_byte: char) -> ChosenFile {
        ChosenFile {
            name: name.to_owned(),
            size: 10,
            sha256: digest_byte.to_string().repeat(64),
        }
    }

    #[test]
    fn files_are_matched_by_content_even_when_renamed() {
        let entries = [entry("policy.pdf", 'a'), entry("log.xlsx", 'b')];
        let check = check_files(&entries, &[chosen("policy (final).pdf", 'a')]);
        assert_eq!(check.files, vec![FileVerdict::Matches(vec![0])]);
        assert_eq!(check.missing, vec![1]);
    }

    #[test]
    fn a_file_of_the_same_name_with_other_content_is_reported_as_changed() {
        let entries = [entry("Policy.pdf", 'a')];
        let check = check_files(&entries, &[chosen("policy.pdf", 'c')]);
        assert_eq!(check.files, vec![FileVerdict::Changed(vec![0])]);
        assert_eq!(check.missing, Vec::<usize>::new());
    }

    #[test]
    fn files_matching_nothing_are_unknown_and_evidence_without_a_file_is_missing() {
        let entries = [entry("policy.pdf", 'a'), entry("log.xlsx", 'b')];
        let check = check_files(
            &entries,
            &[chosen("holiday.jpg", 'd'), chosen("log.xlsx", 'b')],
        );
        assert_eq!(
            check.files,
            vec![FileVerdict::Unknown, FileVerdict::Matches(vec![1])]
        );
        assert_eq!(check.missing, vec![0]);
    }

    #[test]
    fn digests_are_compared_without_regard_to_case() {
        let entries = [entry("policy.pdf", 'A')];
        let check = check_files(&entries, &[chosen("x", 'a')]);
        assert_eq!(check.files, vec![FileVerdict::Matches(vec![0])]);
    }

    #[test]
    fn checking_no_files_leaves_every_entry_missing() {
        let entries = [entry("policy.pdf", 'a'), entry("log.xlsx", 'b')];
        assert_eq!(
            check_files(&entries, &[]),
            FileCheck {
                files: Vec::new(),
                missing: vec![0, 1]
            }
        );
    }
}
