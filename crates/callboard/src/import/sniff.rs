//! Guessing how a spreadsheet export was written: its encoding, its separator and whether its
//! first line names the columns.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use specta::Type;

use super::mapping::known_field_name;
use super::table::clean_cell;

/// How the bytes of a file become text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    Utf8,
    /// UTF-8 starting with a byte order mark, as Excel's "CSV UTF-8" writes it.
    Utf8Bom,
    /// What Excel on Windows writes for "CSV": é is the single byte 0xE9.
    Windows1252,
}

/// What [`sniff`] found; the person can correct any of it before reading the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Sniffed {
    pub encoding: Encoding,
    /// One of `,` `;` tab `|`.
    pub delimiter: u8,
    pub has_header: bool,
}

/// The separators people's spreadsheets use, in order of preference when the evidence ties.
pub const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// How many records are looked at to choose the separator and the header.
const SAMPLE_RECORDS: usize = 50;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Guesses the encoding, the separator and the header row of a CSV file. Only the first
/// records are read, and nothing is decoded but their cells.
pub fn sniff(bytes: &[u8]) -> Sniffed {
    let encoding = detect_encoding(bytes);
    let text = Text::of(bytes, encoding);
    let delimiter = detect_delimiter(&text);
    let sample = sample_records(&text, delimiter);
    Sniffed {
        encoding,
        delimiter,
        has_header: looks_like_header(&sample),
    }
}

/// Turns the file's bytes into text. Bytes that are not valid UTF-8 are read as Windows-1252,
/// which maps every byte to a character, so nothing is ever refused or lost.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Cow<'_, str> {
    match Text::of(bytes, encoding) {
        Text::Utf8(text) => Cow::Borrowed(text),
        Text::Windows1252(bytes) => decode_windows_1252(bytes),
    }
}

/// The file's bytes as [`decode`] reads them, left undecoded: CSV is read from the bytes and
/// only cells are decoded, so a file is never held twice. The separators, quotes and line
/// ends are ASCII, which both encodings keep as the same single bytes, so the records, their
/// cells and their lines are those of the decoded text.
pub(super) enum Text<'a> {
    /// Without the byte order mark.
    Utf8(&'a str),
    Windows1252(&'a [u8]),
}

impl<'a> Text<'a> {
    pub(super) fn of(bytes: &'a [u8], encoding: Encoding) -> Self {
        let without_bom = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
        match encoding {
            Encoding::Utf8 | Encoding::Utf8Bom => match std::str::from_utf8(without_bom) {
                Ok(text) => Self::Utf8(text),
                Err(_) => Self::Windows1252(bytes),
            },
            Encoding::Windows1252 => Self::Windows1252(bytes),
        }
    }

    pub(super) fn bytes(&self) -> &'a [u8] {
        match self {
            Self::Utf8(text) => text.as_bytes(),
            Self::Windows1252(bytes) => bytes,
        }
    }

    /// A cell of a record read from [`Self::bytes`], as text.
    pub(super) fn cell<'c>(&self, cell: &'c [u8]) -> Cow<'c, str> {
        match self {
            // A cell of valid UTF-8 ends at an ASCII separator: it is valid UTF-8 itself.
            Self::Utf8(_) => String::from_utf8_lossy(cell),
            Self::Windows1252(_) => decode_windows_1252(cell),
        }
    }

    /// A CSV reader of the bytes, as Callboard reads every file.
    pub(super) fn reader(&self, delimiter: u8) -> csv::Reader<&'a [u8]> {
        self.reader_of(delimiter, 0..self.bytes().len())
    }

    /// [`Self::reader`] of the bytes in `range`, which starts where a record starts.
    pub(super) fn reader_of(
        &self,
        delimiter: u8,
        range: std::ops::Range<usize>,
    ) -> csv::Reader<&'a [u8]> {
        csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(&self.bytes()[range])
    }
}

fn decode_windows_1252(bytes: &[u8]) -> Cow<'_, str> {
    encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(bytes)
        .0
}

fn detect_encoding(bytes: &[u8]) -> Encoding {
    if bytes.starts_with(UTF8_BOM) {
        Encoding::Utf8Bom
    } else if std::str::from_utf8(bytes).is_ok() {
        Encoding::Utf8
    } else {
        Encoding::Windows1252
    }
}

/// The separator whose field counts agree best over the first records (quotes respected, so
/// a `;` inside a quoted note does not count). Ties go to more columns, then to the order of
/// [`DELIMITERS`]; a file with a single column is read with `,`.
fn detect_delimiter(text: &Text<'_>) -> u8 {
    let mut best = (b',', 0.0, 1);
    for delimiter in DELIMITERS {
        let counts: Vec<usize> = sample_records(text, delimiter)
            .iter()
            .map(Vec::len)
            .collect();
        let Some(columns) = most_common(&counts) else {
            continue;
        };
        if columns < 2 {
            continue;
        }
        let agreeing = counts.iter().filter(|&&count| count == columns).count();
        let consistency = agreeing as f64 / counts.len() as f64;
        let (_, best_consistency, best_columns) = best;
        if consistency > best_consistency
            || (consistency == best_consistency && columns > best_columns)
        {
            best = (delimiter, consistency, columns);
        }
    }
    best.0
}

/// The most frequent value; the larger one when two are as frequent.
fn most_common(counts: &[usize]) -> Option<usize> {
    let mut sorted = counts.to_vec();
    sorted.sort_unstable();
    sorted
        .chunk_by(|a, b| a == b)
        .max_by_key(|run| (run.len(), run[0]))
        .map(|run| run[0])
}

/// The first non-blank records, cleaned as the table will clean them.
fn sample_records(text: &Text<'_>, delimiter: u8) -> Vec<Vec<String>> {
    text.reader(delimiter)
        .into_byte_records()
        .map_while(Result::ok)
        .map(|record| {
            record
                .iter()
                .map(|cell| clean_cell(&text.cell(cell)))
                .collect::<Vec<_>>()
        })
        .filter(|cells| cells.iter().any(|cell| !cell.is_empty()))
        .take(SAMPLE_RECORDS)
        .collect()
}

/// A first row is a header when its cells read like names (no phone number, no email, no
/// repeated name) and either one of them is a name Callboard knows ("Téléphone", "Email") or
/// some column holds numbers or addresses below a name that holds none.
fn looks_like_header(records: &[Vec<String>]) -> bool {
    let Some((first, data)) = records.split_first() else {
        return false;
    };
    let names: Vec<&str> = first
        .iter()
        .map(String::as_str)
        .filter(|cell| !cell.is_empty())
        .collect();
    let mut distinct: Vec<String> = names.iter().map(|name| name.to_lowercase()).collect();
    distinct.sort_unstable();
    distinct.dedup();
    let reads_like_names = !names.is_empty()
        && distinct.len() == names.len()
        && !names.iter().any(|name| looks_like_data(name));
    if !reads_like_names {
        return false;
    }
    if names.iter().any(|name| known_field_name(name)) {
        return true;
    }
    (0..first.len()).any(|column| {
        let below: Vec<&str> = data
            .iter()
            .filter_map(|row| row.get(column).map(String::as_str))
            .filter(|cell| !cell.is_empty())
            .collect();
        let data_like = below.iter().filter(|cell| looks_like_data(cell)).count();
        !below.is_empty() && data_like * 2 > below.len()
    })
}

/// A phone number, an amount, an id or an email address: something a column name never is.
fn looks_like_data(cell: &str) -> bool {
    let digits = cell.chars().filter(char::is_ascii_digit).count();
    cell.contains('@') || digits >= 5 || (digits > 0 && cell.parse::<f64>().is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_order_mark_or_invalid_utf8_decides_the_encoding() {
        assert_eq!(detect_encoding(b"\xEF\xBB\xBFa,b"), Encoding::Utf8Bom);
        assert_eq!(detect_encoding("Prénom".as_bytes()), Encoding::Utf8);
        assert_eq!(detect_encoding(b"Pr\xE9nom"), Encoding::Windows1252);
    }

    #[test]
    fn decoding_drops_the_bom_and_falls_back_to_windows_1252() {
        assert_eq!(decode(b"\xEF\xBB\xBFa", Encoding::Utf8Bom), "a");
        assert_eq!(decode(b"Pr\xE9nom \x80", Encoding::Windows1252), "Prénom €");
        assert_eq!(decode(b"Pr\xE9nom", Encoding::Utf8), "Prénom");
    }

    fn delimiter_of(text: &str) -> u8 {
        detect_delimiter(&Text::Utf8(text))
    }

    #[test]
    fn separators_inside_quotes_do_not_count() {
        let text = "name;note\n\"Marie\";\"a, b, c\"\n\"Jean\";\"d, e\"\n";
        assert_eq!(delimiter_of(text), b';');
    }

    #[test]
    fn a_decimal_comma_loses_to_a_consistent_semicolon() {
        let text = "a;b;c\n1,5;2;3\n2,5;3;4\n";
        assert_eq!(delimiter_of(text), b';');
    }

    #[test]
    fn a_single_column_is_read_with_a_comma() {
        assert_eq!(delimiter_of("phone\n0612345678\n"), b',');
    }

    #[test]
    fn windows_1252_cells_are_decoded_one_by_one() {
        let text = Text::of(
            b"Pr\xE9nom;T\xE9l\n\x80 5;0612345678\n",
            Encoding::Windows1252,
        );
        assert_eq!(detect_delimiter(&text), b';');
        assert_eq!(
            sample_records(&text, b';'),
            [["Prénom", "Tél"], ["€ 5", "0612345678"]]
        );
    }

    #[test]
    fn a_header_is_told_from_data() {
        let rows = |text: &str| sample_records(&Text::Utf8(text), b',');
        assert!(looks_like_header(&rows("Who,Where\nMarie,0612345678\n")));
        assert!(looks_like_header(&rows("Name,City\nMarie,Paris\n")));
        assert!(!looks_like_header(&rows(
            "Marie,0612345678\nJean,0698765432\n"
        )));
        assert!(!looks_like_header(&rows("Marie,Paris\nJean,Lyon\n")));
        assert!(!looks_like_header(&rows("Name,Name\nMarie,Jean\n")));
        assert!(!looks_like_header(&rows("")));
    }
}
