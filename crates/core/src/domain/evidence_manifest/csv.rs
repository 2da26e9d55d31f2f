//! The manifest as a CSV file (RFC 4180: comma-separated, CRLF line ends, a field quoted when it
//! holds a comma, a quote or a line break, quotes doubled inside), for a spreadsheet or an
//! auditor's tools.
//!
//! Titles and file names are typed or chosen by users and may come from someone else's file: a
//! cell starting with `=`, `+`, `-` or `@` (or a tab or carriage return) would be run as a
//! formula by spreadsheets, so it is prefixed with `'`, which they show as text (OWASP, "CSV
//! Injection").

use super::{ManifestEntry, Support};

/// The column headings, in the user's language: title, document date, file name, size in bytes,
/// SHA-256, what the file supports.
pub type Headings<'a> = [&'a str; 6];

/// Characters that make a spreadsheet read a cell as a formula when it starts with them.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One cell: defused against formulas, then quoted if RFC 4180 asks for it.
fn cell(text: &str) -> String {
    let defused = if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if defused.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

/// The CSV text of `entries` under `headings`; `supports` writes one entry's "supports" cell
/// (criterion IDs and training records, in the user's language). Starts with a byte-order mark
/// so spreadsheets read accented text as UTF-8.
pub fn manifest_csv(
    entries: &[ManifestEntry],
    headings: Headings<'_>,
    supports: impl Fn(&[Support]) -> String,
) -> String {
    let mut text = String::from('\u{feff}');
    let mut line = |cells: Vec<String>| {
        text.push_str(&cells.join(","));
        text.push_str("\r\n");
    };
    line(headings.iter().map(|heading| cell(heading)).collect());
    for entry in entries {
        line(vec![
            cell(&entry.title),
            cell(&entry.date),
            cell(&entry.file_name),
            entry.size.to_string(),
            cell(&entry.sha256),
            cell(&supports(&entry.supports)),
        ]);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADINGS: Headings<'static> = ["Title", "Date", "File", "Bytes", "SHA-256", "Supports"];

    fn entry(title: &str, file_name: &str) -> ManifestEntry {
        ManifestEntry {
            title: title.to_owned(),
            date: "2026-01-15".to_owned(),
            file_name: file_name.to_owned(),
            size: 2048,
            sha256: "a".repeat(64),
            supports: vec![
                Support::Criterion("3.1".into()),
                Support::Criterion("3.4".into()),
            ],
        }
    }

    fn ids(supports: &[Support]) -> String {
        supports
            .iter()
            .map(|support| match support {
                Support::Criterion(id) => id.clone(),
                Support::Training { topic, .. } => topic.clone(),
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// A minimal RFC 4180 reader, to check what a spreadsheet would read back.
    fn parse(text: &str) -> Vec<Vec<String>> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut rows = Vec::new();
        let (mut row, mut field) = (Vec::new(), String::new());
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut field)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => field.push(c),
            }
        }
        rows
    }

    #[test]
    fn each_file_is_a_row_under_the_headings_with_crlf_line_ends() {
        let text = manifest_csv(&[entry("Screening", "screening.xlsx")], HEADINGS, ids);
        assert_eq!(
            text,
            "\u{feff}Title,Date,File,Bytes,SHA-256,Supports\r\n\
             Screening,2026-01-15,screening.xlsx,2048,"
                .to_owned()
                + &"a".repeat(64)
                + ",3.1; 3.4\r\n"
        );
    }

    #[test]
    fn commas_quotes_and_line_breaks_are_quoted_and_read_back_unchanged() {
        let title = "Seal log, \"north\" gate\r\nsecond line";
        let rows = parse(&manifest_csv(&[entry(title, "a,b.pdf")], HEADINGS, ids));
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1][0], title);
        assert_eq!(rows[1][2], "a,b.pdf");
        assert_eq!(rows[1][4], "a".repeat(64));
    }

    #[test]
    fn cells_a_spreadsheet_would_run_as_formulas_are_prefixed_to_stay_text() {
        for hostile in [
            "=HYPERLINK(\"http://evil\",\"x\")",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
        ] {
            let rows = parse(&manifest_csv(&[entry(hostile, hostile)], HEADINGS, ids));
            assert_eq!(rows[1][0], format!("'{hostile}"), "{hostile:?}");
            assert_eq!(rows[1][2], format!("'{hostile}"), "{hostile:?}");
        }
        let rows = parse(&manifest_csv(
            &[entry("Plain - title", "x.pdf")],
            HEADINGS,
            ids,
        ));
        assert_eq!(
            rows[1][0], "Plain - title",
            "only the first character counts"
        );
    }
}
