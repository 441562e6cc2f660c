//! Reading a CSV file into rows of cleaned cells, remembering each row's line in the file so
//! that messages can say "line 12" and the person finds it in their spreadsheet.

use std::ops::Range;

use rayon::prelude::*;
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
///
/// A large file is read in pieces on every core, each starting where a record starts (see
/// [`pieces`]); rows keep the file's order and lines.
pub fn read_table(bytes: &[u8], options: &ReadOptions) -> Table {
    let text = Text::of(bytes, options.encoding);
    let pieces = pieces(text.bytes(), rayon::current_num_threads(), PIECE_BYTES);
    read_pieces(&text, options, &pieces)
}

fn read_pieces(text: &Text, options: &ReadOptions, pieces: &[Range<usize>]) -> Table {
    let read: Vec<Piece> = pieces
        .par_iter()
        .map(|range| read_piece(text, options.delimiter, range.clone()))
        .collect();
    let read = if read.iter().rev().skip(1).all(|piece| piece.ends_cleanly) {
        read
    } else {
        // A piece began inside a quoted cell (a newline in quotes right at the cut, or a stray
        // quote before it): the file is read again in one piece, as it is written.
        vec![read_piece(text, options.delimiter, 0..text.bytes().len())]
    };

    // Lines are counted in each piece; those of the pieces before are added here.
    let mut header_cells: Option<Vec<String>> = None;
    let mut rows: Vec<SourceRow> =
        Vec::with_capacity(read.iter().map(|piece| piece.rows.len()).sum());
    let mut lines_before = 0;
    for piece in read {
        let mut piece_rows = piece.rows.into_iter();
        if options.has_header && header_cells.is_none() {
            header_cells = piece_rows.next().map(|row| row.cells);
        }
        rows.extend(piece_rows.map(|mut row| {
            row.line = u32::try_from(u64::from(row.line) + lines_before).unwrap_or(u32::MAX);
            row
        }));
        lines_before += piece.line_ends;
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
    rows.par_iter_mut().for_each(|row| {
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
    });
    Table { headers, rows }
}

/// Files smaller than this are read in one piece: splitting them gains nothing.
const PIECE_BYTES: usize = 1 << 20;

/// Cuts `text` into about `count` ranges of at least `smallest` bytes that each start right
/// after a line feed, so that a record starts there unless the line feed was inside a quoted
/// cell, which [`read_piece`] notices.
fn pieces(text: &[u8], count: usize, smallest: usize) -> Vec<Range<usize>> {
    let count = count.min(text.len() / smallest.max(1)).max(1);
    let mut starts = vec![0];
    for piece in 1..count {
        let target = text.len() / count * piece;
        let Some(offset) = text[target..].iter().position(|&byte| byte == b'\n') else {
            break;
        };
        let start = target + offset + 1;
        if start < text.len() && start > *starts.last().unwrap_or(&0) {
            starts.push(start);
        }
    }
    let ends = starts.iter().skip(1).copied().chain([text.len()]);
    starts
        .iter()
        .copied()
        .zip(ends)
        .map(|(start, end)| start..end)
        .collect()
}

/// The rows of one piece of the file, with lines counted from the piece's start.
struct Piece {
    rows: Vec<SourceRow>,
    /// Line terminators in the piece, for the lines of the pieces after it.
    line_ends: u64,
    /// Whether the piece's last record ended before its end, outside quotes. When it didn't,
    /// its last cell runs to the cut, line feed included: the cut was inside a quoted cell.
    ends_cleanly: bool,
}

fn read_piece(text: &Text, delimiter: u8, range: Range<usize>) -> Piece {
    let (start, end) = (range.start, range.end);
    let mut reader = text.reader_of(delimiter, range);
    let mut rows: Vec<SourceRow> = Vec::new();
    let mut record = csv::ByteRecord::new();
    let mut lines = LineCounter::from(start);
    let mut ends_cleanly = true;
    // Reading bytes from memory with flexible field counts, csv's only possible error (I/O)
    // cannot happen: the loop ends at the end of the piece.
    while let Ok(true) = reader.read_byte_record(&mut record) {
        ends_cleanly = !record
            .iter()
            .next_back()
            .is_some_and(|cell| cell.ends_with(b"\n") || cell.ends_with(b"\r"));
        let cells: Vec<String> = record
            .iter()
            .map(|cell| clean_cell(&text.cell(cell)))
            .collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        let line = record.position().map_or(0, |position| {
            lines.first_line(text.bytes(), start + position.byte() as usize)
        });
        rows.push(SourceRow {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            cells,
            extra_cells: Vec::new(),
        });
    }
    Piece {
        rows,
        line_ends: lines.ends_before(text.bytes(), end),
        ends_cleanly,
    }
}

/// Line numbers as people see them. csv's own count knows only "\n", so old Mac files (lone
/// "\r") would all read as line 1: lines are counted here, "\r\n", "\n" and "\r" alike,
/// carrying on from the previous record so a file is read once.
struct LineCounter {
    counted_to: usize,
    /// Line terminators between the piece's start and `counted_to`.
    ends: u64,
}

impl LineCounter {
    /// Counting from byte `start` of the file, the start of a piece.
    fn from(start: usize) -> Self {
        Self {
            counted_to: start,
            ends: 0,
        }
    }

    /// The line, counted from the piece's first, where the record starting at byte `start`
    /// has its first cell (csv's position points at the empty lines it skipped before a
    /// record).
    fn first_line(&mut self, text: &[u8], start: usize) -> u64 {
        let start = start.min(text.len());
        self.ends_before(text, start);
        let skipped_empty = text[start..]
            .iter()
            .take_while(|byte| matches!(byte, b'\n' | b'\r'))
            .count();
        self.ends + count_ends(text, start, start + skipped_empty) + 1
    }

    /// Line terminators between the piece's start and byte `end`.
    fn ends_before(&mut self, text: &[u8], end: usize) -> u64 {
        if end >= self.counted_to {
            self.ends += count_ends(text, self.counted_to, end);
            self.counted_to = end;
        }
        self.ends
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

    proptest::proptest! {
        /// Any text, cut anywhere a line feed allows, reads as it does in one piece: a cut
        /// inside quotes (a newline in a quoted cell, a stray quote before it) is noticed.
        #[test]
        fn a_file_read_in_pieces_reads_as_in_one(
            text in "[a;\"\n\r ]{0,80}",
            count in 2usize..12,
            has_header in proptest::bool::ANY,
        ) {
            let options = ReadOptions {
                delimiter: b';',
                has_header,
                encoding: Encoding::Utf8,
            };
            let text = Text::of(text.as_bytes(), Encoding::Utf8);
            let whole = read_pieces(&text, &options, &pieces(text.bytes(), 1, 1));
            let cut = pieces(text.bytes(), count, 1);
            proptest::prop_assert_eq!(read_pieces(&text, &options, &cut), whole);
        }
    }

    #[test]
    fn a_large_file_is_cut_after_line_feeds_into_one_piece_per_core() {
        let text = "a;b\n".repeat(1000);
        let cut = pieces(text.as_bytes(), 4, 1000);
        assert_eq!(cut.len(), 4);
        assert_eq!(cut[0].start, 0);
        assert_eq!(cut[3].end, text.len());
        for range in &cut[1..] {
            assert_eq!(&text[range.start - 1..range.start], "\n");
        }
        assert_eq!(pieces(text.as_bytes(), 4, 1_000_000), vec![0..text.len()]);
    }

    #[test]
    fn line_numbers_count_blank_lines_and_quoted_newlines() {
        let table = read("a,b\n\n\"x\ny\",1\n,\n2,3\n", true);
        let lines: Vec<u32> = table.rows.iter().map(|row| row.line).collect();
        assert_eq!(lines, [3, 6]);
        assert_eq!(table.rows[0].cells[0], "x\ny");
    }
}
