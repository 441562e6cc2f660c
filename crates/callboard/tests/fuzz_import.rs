//! The CSV import from any bytes: the logic of the fuzz target `import` (in `fuzz/`, which
//! includes this file) and, on stable, a bounded property test of the same function on
//! generated spreadsheets and on raw bytes.
//!
//! Properties of `sniff` → `read_table` → `guess_mapping` → `validate`, whatever the file:
//! nothing panics; every encoding decodes; the separator is one of `DELIMITERS`; each row has
//! one cleaned cell per header, keeps only non-empty extra cells, is not blank, and starts on a
//! later line than the row before; a guessed mapping names each field once and each extra-data
//! key once; every row gets one check, valid rows carry an E.164 phone (and, for Awaz, a name
//! and an email address), only one valid row per phone number (and per GetVocal lead id), a
//! duplicate points at an earlier line and is never valid; the summary adds up. On generated
//! files, whose cells and line breaks are known, the table holds exactly those cells, each on
//! the line where it was written.
#![allow(dead_code)]

use std::collections::HashSet;

use callboard::import::{
    decode, guess_mapping, read_table, sniff, validate, Destination, Encoding, Mapping,
    ReadOptions, RowCheck, Summary, Table, Target, DELIMITERS,
};

const ENCODINGS: [Encoding; 3] = [Encoding::Utf8, Encoding::Utf8Bom, Encoding::Windows1252];
const TARGETS: [Target; 2] = [Target::GetVocalLeads, Target::AwazContacts];

/// The fuzz target `import`: the whole import of `bytes` as a spreadsheet file.
pub fn check_import(bytes: &[u8]) {
    for encoding in ENCODINGS {
        let text = decode(bytes, encoding);
        if encoding != Encoding::Windows1252 {
            if let Ok(utf8) = std::str::from_utf8(bytes) {
                let expected = utf8.strip_prefix('\u{feff}').unwrap_or(utf8);
                assert_eq!(text, expected, "valid UTF-8 is read as it is");
            }
        }
    }

    let sniffed = sniff(bytes);
    assert!(DELIMITERS.contains(&sniffed.delimiter), "{sniffed:?}");
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        assert_eq!(sniffed.encoding, Encoding::Utf8Bom);
    } else if std::str::from_utf8(bytes).is_ok() {
        assert_eq!(sniffed.encoding, Encoding::Utf8);
    }

    // What the person may choose instead of the guess: every separator, with or without header.
    for delimiter in DELIMITERS {
        for has_header in [false, true] {
            let options = ReadOptions {
                delimiter,
                has_header,
                encoding: sniffed.encoding,
            };
            check_table(&read_table(bytes, &options), has_header);
        }
    }

    let table = read_table(bytes, &ReadOptions::from(sniffed));
    check_table(&table, sniffed.has_header);
    for target in TARGETS {
        let guessed = guess_mapping(&table.headers, target);
        check_guessed_mapping(&guessed, &table, target);
        check_rows(&table, &guessed, target, "FR");
        // Every column mapped to some field, so that every cell meets a validator.
        let every_column = Mapping {
            columns: (0..table.headers.len())
                .map(|column| Destination::Field {
                    field: target.fields()[column % target.fields().len()],
                })
                .collect(),
        };
        let _ = every_column.problems(target);
        check_rows(&table, &every_column, target, "US");
    }
    // A country Callboard does not know is a problem on each row, not a failure.
    let unknown_country = validate(
        &table,
        &guess_mapping(&table.headers, Target::GetVocalLeads),
        Target::GetVocalLeads,
        "ZZ",
    );
    assert!(unknown_country.iter().all(|check| !check.is_valid()));
}

fn is_clean(cell: &str) -> bool {
    cell == cell.trim()
}

fn check_table(table: &Table, has_header: bool) {
    let width = table.headers.len();
    assert!(table.headers.iter().all(|name| !name.is_empty()));
    assert!(table.headers.iter().all(|name| is_clean(name)));
    if !has_header {
        let widest = table.rows.iter().map(|row| row.cells.len()).max();
        assert_eq!(widest.unwrap_or(0), width);
    }
    let mut previous_line = 0;
    for row in &table.rows {
        assert_eq!(row.cells.len(), width, "one cell per header: {row:?}");
        assert!(row.cells.iter().all(|cell| is_clean(cell)), "{row:?}");
        assert!(
            row.extra_cells.iter().all(|cell| !cell.is_empty()),
            "{row:?}"
        );
        let blank = row
            .cells
            .iter()
            .chain(&row.extra_cells)
            .all(String::is_empty);
        assert!(!blank, "blank rows are left out: {row:?}");
        assert!(
            row.line > previous_line,
            "line {} comes after line {previous_line}: {table:?}",
            row.line
        );
        previous_line = row.line;
    }
}

fn check_guessed_mapping(mapping: &Mapping, table: &Table, target: Target) {
    assert_eq!(mapping.columns.len(), table.headers.len());
    let mut fields = HashSet::new();
    let mut keys = HashSet::new();
    for destination in &mapping.columns {
        match destination {
            Destination::Field { field } => {
                assert!(target.fields().contains(field), "{field:?} for {target:?}");
                assert!(
                    fields.insert(*field),
                    "{field:?} guessed twice: {mapping:?}"
                );
            }
            Destination::StaticData { key } => {
                assert_eq!(target, Target::GetVocalLeads, "Awaz has no extra data");
                assert!(!key.is_empty());
                assert!(key
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'));
                assert!(keys.insert(key.clone()), "{key} guessed twice: {mapping:?}");
            }
            Destination::Ignored => assert_eq!(target, Target::AwazContacts),
        }
    }
    for problem in mapping.problems(target) {
        assert!(problem.starts_with("Choose the column"), "{problem}");
    }
}

fn check_rows(table: &Table, mapping: &Mapping, target: Target, country: &str) {
    let checks = validate(table, mapping, target, country);
    assert_eq!(checks.len(), table.rows.len());
    let mut valid_phones = HashSet::new();
    let mut valid_lead_ids = HashSet::new();
    for (check, row) in checks.iter().zip(&table.rows) {
        assert_eq!(check.line, row.line);
        if let Some(first) = check.duplicate_of {
            assert!(
                first < check.line,
                "a duplicate points at an earlier line: {check:?}"
            );
            assert!(!check.is_valid());
        }
        if !row.extra_cells.is_empty() {
            assert!(!check.is_valid(), "extra cells are reported: {check:?}");
        }
        for problem in &check.problems {
            assert!(!problem.message.is_empty());
        }
        check_values(check, target);
        if check.is_valid() {
            let phone = check.values.phone.clone().expect("a valid row has a phone");
            assert!(valid_phones.insert(phone), "two valid rows with one phone");
            if let Some(lead_id) = check.values.customer_lead_id.clone() {
                if target == Target::GetVocalLeads {
                    assert!(valid_lead_ids.insert(lead_id), "two valid rows with one id");
                }
            }
        }
        let _ = (check.values.to_lead(), check.values.to_contact());
    }
    let summary = Summary::of(&checks);
    assert_eq!(summary.rows as usize, checks.len());
    assert_eq!(summary.valid + summary.with_problems, summary.rows);
    assert!(summary.duplicates <= summary.with_problems);
}

fn check_values(check: &RowCheck, target: Target) {
    let values = &check.values;
    if let Some(phone) = &values.phone {
        let digits = phone.strip_prefix('+').expect("E.164 starts with +");
        assert!(!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()));
    }
    if let Some(email) = &values.email {
        assert!(
            email.contains('@') && *email == email.to_lowercase(),
            "{email}"
        );
    }
    if let Some(language) = &values.language {
        assert_eq!(*language, language.to_lowercase());
    }
    for value in values.static_data.values() {
        assert!(!value.is_empty());
    }
    if check.is_valid() && target == Target::AwazContacts {
        assert!(values.name.as_deref().is_some_and(|name| !name.is_empty()));
        assert!(values.email.is_some());
    }
}

/// A spreadsheet written from known cells: how it is written, and where each row starts.
#[derive(Debug, Clone)]
pub struct Written {
    pub bytes: Vec<u8>,
    pub options: ReadOptions,
    /// The cells of each written row, as the table must read them (cleaned), with the line
    /// the row starts on; blank rows left out.
    pub rows: Vec<(u32, Vec<String>)>,
}

/// Writes `rows` with `delimiter` and `line_end`, quoting every cell (so separators, quotes and
/// line breaks inside cells are data), in UTF-8 with or without a byte order mark.
pub fn write_csv(rows: &[Vec<String>], delimiter: u8, line_end: &str, bom: bool) -> Written {
    let mut text = String::new();
    let mut line = 1u32;
    let mut read_rows = Vec::new();
    for cells in rows {
        let start = line;
        let quoted: Vec<String> = cells
            .iter()
            .map(|cell| format!("\"{}\"", cell.replace('"', "\"\"")))
            .collect();
        let record = quoted.join(&char::from(delimiter).to_string());
        line += line_breaks(&record);
        text.push_str(&record);
        text.push_str(line_end);
        line += 1;
        let cleaned: Vec<String> = cells.iter().map(|cell| clean(cell)).collect();
        if cleaned.iter().any(|cell| !cell.is_empty()) {
            read_rows.push((start, cleaned));
        }
    }
    let mut bytes = if bom {
        b"\xEF\xBB\xBF".to_vec()
    } else {
        Vec::new()
    };
    bytes.extend_from_slice(text.as_bytes());
    Written {
        bytes,
        options: ReadOptions {
            delimiter,
            has_header: false,
            encoding: if bom {
                Encoding::Utf8Bom
            } else {
                Encoding::Utf8
            },
        },
        rows: read_rows,
    }
}

/// Line breaks as spreadsheets count them: `\r\n`, `\n` or a lone `\r`.
fn line_breaks(text: &str) -> u32 {
    let breaks = text.replace("\r\n", "\n").replace('\r', "\n");
    u32::try_from(breaks.matches('\n').count()).expect("a small file")
}

/// What the import does to a cell: trimmed, and the formula guard of its own exports removed.
fn clean(cell: &str) -> String {
    let trimmed = cell.trim();
    match trimmed.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_owned(),
        _ => trimmed.to_owned(),
    }
}

/// A file written from known cells reads back as exactly those cells, each row on its line.
pub fn check_written(written: &Written) {
    check_import(&written.bytes);
    let table = read_table(&written.bytes, &written.options);
    let width = written.rows.iter().map(|(_, cells)| cells.len()).max();
    assert_eq!(table.headers.len(), width.unwrap_or(0));
    let read: Vec<(u32, Vec<String>)> = table
        .rows
        .iter()
        .map(|row| {
            assert!(row.extra_cells.is_empty());
            let mut cells = row.cells.clone();
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            (row.line, cells)
        })
        .collect();
    let expected: Vec<(u32, Vec<String>)> = written
        .rows
        .iter()
        .map(|(line, cells)| {
            let mut cells = cells.clone();
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            (*line, cells)
        })
        .collect();
    assert_eq!(
        read,
        expected,
        "{:?}",
        String::from_utf8_lossy(&written.bytes)
    );
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn cell() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "Phone",
                "Téléphone",
                "E-mail",
                "Nom",
                "Prénom",
                "Full name",
                "Lead ID",
                "Langue",
                "Société",
                "Date de naissance",
                "fr",
                "French",
                "xx",
                "",
            ])
            .prop_map(str::to_owned),
            "0[67][0-9]{8}",
            "\\+33 [67]( [0-9]{2}){4}",
            "[0-9 +().-]{0,14}",
            "[a-z]{1,5}@[a-z]{1,5}\\.(fr|com)",
            "'[=+@-][a-z0-9]{0,4}",
            "[ -~éèà€\u{a0}\t\r\n\",;|']{0,12}",
        ]
    }

    fn rows() -> impl Strategy<Value = Vec<Vec<String>>> {
        prop::collection::vec(prop::collection::vec(cell(), 0..6), 0..10)
    }

    /// Files written as a spreadsheet would, cells quoted or not: the quoting may be broken,
    /// which is the point.
    fn spreadsheet() -> impl Strategy<Value = Vec<u8>> {
        (
            rows(),
            prop::sample::select(DELIMITERS.to_vec()),
            prop::sample::select(vec!["\n", "\r\n", "\r"]),
            any::<bool>(),
            0..3u8,
        )
            .prop_map(|(rows, delimiter, line_end, quote, encoding)| {
                let separator = char::from(delimiter).to_string();
                let text: String = rows
                    .iter()
                    .map(|cells| {
                        let cells: Vec<String> = cells
                            .iter()
                            .map(|cell| match quote {
                                true => format!("\"{}\"", cell.replace('"', "\"\"")),
                                false => cell.clone(),
                            })
                            .collect();
                        cells.join(&separator) + line_end
                    })
                    .collect();
                match encoding {
                    0 => text.into_bytes(),
                    1 => [&b"\xEF\xBB\xBF"[..], text.as_bytes()].concat(),
                    _ => encoding_rs::WINDOWS_1252.encode(&text).0.into_owned(),
                }
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 128,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn any_spreadsheet_is_imported_or_explained(bytes in spreadsheet()) {
            check_import(&bytes);
        }

        #[test]
        fn any_bytes_are_imported_or_explained(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
            check_import(&bytes);
        }

        #[test]
        fn quoted_cells_read_back_on_their_lines(
            rows in rows(),
            delimiter in prop::sample::select(DELIMITERS.to_vec()),
            line_end in prop::sample::select(vec!["\n", "\r\n", "\r"]),
            bom in any::<bool>(),
        ) {
            check_written(&write_csv(&rows, delimiter, line_end, bom));
        }
    }

    /// Old Mac files end lines with a lone "\r": every row keeps its own line number.
    #[test]
    fn lone_carriage_returns_end_lines() {
        let written = write_csv(
            &[vec!["Phone".into()], vec!["0612345678".into()]],
            b',',
            "\r",
            false,
        );
        let table = read_table(&written.bytes, &written.options);
        let lines: Vec<u32> = table.rows.iter().map(|row| row.line).collect();
        assert_eq!(
            lines,
            [1, 2],
            "{:?}",
            String::from_utf8_lossy(&written.bytes)
        );
    }

    #[test]
    fn known_files() {
        check_import(b"Phone,Name\n0612345678,Ann\n06 12 34 56 78,Ann again\n");
        check_import(b"\xEF\xBB\xBFPr\xC3\xA9nom;T\xC3\xA9l\xC3\xA9phone\r\nAnn;0612345678\r\n");
        check_import(b"Pr\xE9nom\tT\xE9l\xE9phone\rAnn\t0612345678\r");
        check_import(b"\"unterminated,quote\n1,2,3,4\n");
        check_written(&write_csv(
            &[vec!["a\r\nb".into(), "c".into()], vec![], vec!["d".into()]],
            b';',
            "\r",
            false,
        ));
    }
}
