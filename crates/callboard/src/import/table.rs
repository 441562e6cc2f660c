//! Reading a CSV file into rows of cleaned cells, remembering each row's line in the file so
//! that messages can say "line 12" and the person finds it in their spreadsheet.

use serde::{Deserialize, Serialize};
use specta::Type;

use super::sniff::{Encoding, Sniffed, Text};
use crate::words::Words;

/// How to read the file: what [`super::sniff`] guessed, possibly corrected by the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ReadOptions {
    pub delimiter: u8,
    pub has_header: bool,
    pub encoding: Encoding,
}

impl From<Sniffed> for ReadOptions {
    fn from(sniffed: Sniffed) -> Self {
        Self {
            delimiter: sniffed.delimiter,
            has_header: sniffed.has_header,
            encoding: sniffed.encoding,
        }
    }
}

/// The file as a table: one name per column and the non-blank rows below.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Table {
    /// The header row, or "Column 1", "Column 2"… when the file has none (or a name is blank).
    pub headers: Vec<String>,
    pub rows: Vec<SourceRow>,
}

/// One row of the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct SourceRow {
    /// 1-based line where the row starts in the file (a quoted cell may span several lines).
    pub line: u32,
    /// Exactly one trimmed cell per header; a short row is padded with empty cells.
    pub cells: Vec<String>,
    /// Non-empty cells beyond the last column, usually a separator typed inside an unquoted
    /// value. They are kept apart so that the other columns stay aligned, and reported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_cells: Vec<String>,
}

/// Reads every non-blank row of the file. Cells are trimmed, and the `'` that Callboard's own
/// exports put before `=`, `+`, `-` or `@` (so spreadsheets don't run them) is removed again.
pub fn read_table(bytes: &[u8], options: &ReadOptions) -> Table {
    let text = Text::of(bytes, options.encoding);
    let mut reader = text.reader(options.delimiter);

    // Rows are kept as they are read, and padded or cut in place once the width is known:
    // the file's cells exist once.
    let mut header_cells: Option<Vec<String>> = None;
    let mut rows: Vec<SourceRow> = Vec::new();
    let mut record = csv::ByteRecord::new();
    let mut lines = LineCounter::default();
    // Reading bytes from memory with flexible field counts, csv's only possible error (I/O)
    // cannot happen: the loop ends at the end of the file.
    while let Ok(true) = reader.read_byte_record(&mut record) {
        let cells: Vec<String> = record
            .iter()
            .map(|cell| clean_cell(&text.cell(cell)))
            .collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        let line = record.position().map_or(0, |position| {
            lines.first_line(text.bytes(), position.byte())
        });
        if options.has_header && header_cells.is_none() {
            header_cells = Some(cells);
            continue;
        }
        rows.push(SourceRow {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            cells,
            extra_cells: Vec::new(),
        });
    }

    let header_cells = header_cells.unwrap_or_default();
    let width = if options.has_header {
        header_cells.len()
    } else {
        rows.iter().map(|row| row.cells.len()).max().unwrap_or(0)
    };
    let headers = (0..width)
        .map(|column| match header_cells.get(column) {
            Some(name) if !name.is_empty() => name.clone(),
            _ => Words::new("exports-import-column")
                .arg("number", (column + 1).to_string())
                .text(),
        })
        .collect();
    for row in &mut rows {
        if row.cells.len() > width {
            row.extra_cells = row
                .cells
                .split_off(width)
                .into_iter()
                .filter(|cell| !cell.is_empty())
                .collect();
        } else {
            row.cells.resize(width, String::new());
        }
    }
    Table { headers, rows }
}

/// Line numbers as people see them. csv's own count knows only "\n", so old Mac files (lone
/// "\r") would all read as line 1: lines are counted here, "\r\n", "\n" and "\r" alike,
/// carrying on from the previous record so a file is read once.
#[derive(Default)]
struct LineCounter {
    counted_to: usize,
    /// Line terminators before `counted_to`.
    ends: u64,
}

impl LineCounter {
    /// The line where the record starting at byte `start` has its first cell (csv's position
    /// points at the empty lines it skipped before a record).
    fn first_line(&mut self, text: &[u8], start: u64) -> u64 {
        let start = usize::try_from(start).unwrap_or(usize::MAX).min(text.len());
        if start >= self.counted_to {
            self.ends += count_ends(text, self.counted_to, start);
            self.counted_to = start;
        }
        let skipped_empty = text[start..]
            .iter()
            .take_while(|byte| matches!(byte, b'\n' | b'\r'))
            .count();
        self.ends + count_ends(text, start, start + skipped_empty) + 1
    }
}

/// Line terminators in `text[from..to]`; a "\r" right before "\n" is part of one "\r\n".
fn count_ends(text: &[u8], from: usize, to: usize) -> u64 {
    (from..to)
        .filter(|&index| match text[index] {
            b'\n' => true,
            b'\r' => text.get(index + 1) != Some(&b'\n'),
            _ => false,
        })
        .count() as u64
}

/// Trims a cell (including the non-breaking spaces spreadsheets leave) and removes the
/// formula-guard quote of Callboard's exports.
pub(super) fn clean_cell(cell: &str) -> String {
    let trimmed = cell.trim();
    let unguarded = match trimmed.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => trimmed,
    };
    unguarded.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, has_header: bool) -> Table {
        let options = ReadOptions {
            delimiter: b',',
            has_header,
            encoding: Encoding::Utf8,
        };
        read_table(text.as_bytes(), &options)
    }

    #[test]
    fn cells_are_trimmed_and_export_guards_removed() {
        assert_eq!(clean_cell("  Marie\u{a0}"), "Marie");
        assert_eq!(clean_cell("'+33612345678"), "+33612345678");
        assert_eq!(clean_cell("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(clean_cell("'quoted'"), "'quoted'");
    }

    #[test]
    fn short_rows_are_padded_and_long_rows_keep_their_extra_cells_apart() {
        let table = read("a,b,c\n1\n1,2,3,4,\n1,2,3,,\n", true);
        assert_eq!(table.rows[0].cells, ["1", "", ""]);
        assert_eq!(table.rows[1].cells, ["1", "2", "3"]);
        assert_eq!(table.rows[1].extra_cells, ["4"]);
        assert!(
            table.rows[2].extra_cells.is_empty(),
            "trailing separators are harmless"
        );
    }

    #[test]
    fn blank_header_names_and_headerless_files_get_column_numbers() {
        assert_eq!(read("a,,c\n1,2,3\n", true).headers, ["a", "Column 2", "c"]);
        let table = read("1,2\n1,2,3\n", false);
        assert_eq!(table.headers, ["Column 1", "Column 2", "Column 3"]);
        assert_eq!(table.rows[0].line, 1);
        assert_eq!(table.rows[0].cells, ["1", "2", ""]);
    }

    #[test]
    fn line_numbers_count_blank_lines_and_quoted_newlines() {
        let table = read("a,b\n\n\"x\ny\",1\n,\n2,3\n", true);
        let lines: Vec<u32> = table.rows.iter().map(|row| row.line).collect();
        assert_eq!(lines, [3, 6]);
        assert_eq!(table.rows[0].cells[0], "x\ny");
    }
}
