//! CSV export of what a screen shows (call log, top-ups, history), safe to open in Excel.
//!
//! Two choices, both for people who double-click the file:
//! - The file starts with a UTF-8 byte order mark. Without it Excel on Windows reads the file
//!   as Windows-1252 and "Hélène" becomes "HÃ©lÃ¨ne". Other spreadsheet programs and the `csv`
//!   crate skip the mark.
//! - Cells a spreadsheet would run as a formula are neutralised, following OWASP's CSV
//!   injection guidance: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return
//!   gets a leading single quote. A contact named `=HYPERLINK(...)` therefore exports as
//!   `'=HYPERLINK(...)`, shown as text instead of being run. The price is that phone numbers
//!   in E.164 export as `'+33612345678` and negative numbers as `'-5`: the quote is visible in
//!   a text editor, and a re-import must strip it. Safety wins over looks here because these
//!   files carry names and notes typed by strangers.

use std::borrow::Cow;
use std::io::Write;

/// The characters that make a spreadsheet treat a cell as a formula (OWASP).
const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// UTF-8 byte order mark, so that Excel recognises the encoding.
const UTF8_BOM: &[u8] = "\u{feff}".as_bytes();

/// Writes `headers` then `rows` as CSV to `out`, with a byte order mark first and every
/// formula-like cell neutralised (see the module documentation).
///
/// Every row must have as many cells as there are headers; a row that does not is an error
/// rather than a silently shifted column.
pub fn write_csv<W: Write>(
    mut out: W,
    headers: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> std::io::Result<()> {
    out.write_all(UTF8_BOM)?;
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(headers.iter().map(|header| neutralise(header)))?;
    for row in rows {
        writer.write_record(row.iter().map(|cell| neutralise(cell)))?;
    }
    writer.flush()
}

fn neutralise(cell: &str) -> Cow<'_, [u8]> {
    if cell.starts_with(FORMULA_TRIGGERS) {
        Cow::Owned(format!("'{cell}").into_bytes())
    } else {
        Cow::Borrowed(cell.as_bytes())
    }
}

/// A cell as it was before [`write_csv`] neutralised it: a re-import of Callboard's own file
/// gets back `+33…` and `=…`, not `'+33…`.
pub(crate) fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_TRIGGERS) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn export(headers: &[&str], rows: Vec<Vec<&str>>) -> String {
        let mut out = Vec::new();
        let rows = rows
            .into_iter()
            .map(|row| row.into_iter().map(String::from).collect());
        write_csv(&mut out, headers, rows).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_file_starts_with_a_bom_and_keeps_accents() {
        let text = export(&["name"], vec![vec!["Hélène Dupré"]]);
        assert!(text.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
        assert_eq!(text, "\u{feff}name\nHélène Dupré\n");
    }

    #[test]
    fn every_formula_trigger_is_neutralised() {
        let text = export(
            &["cell"],
            vec![
                vec!["=HYPERLINK(\"http://evil.example\",\"click\")"],
                vec!["+33612345678"],
                vec!["-5"],
                vec!["@SUM(A1:A2)"],
                vec!["\tindent"],
                vec!["\rreturn"],
            ],
        );
        let expected = "\u{feff}cell\n\
            \"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"\n\
            '+33612345678\n\
            '-5\n\
            '@SUM(A1:A2)\n\
            '\tindent\n\
            \"'\rreturn\"\n";
        assert_eq!(text, expected);
    }

    #[test]
    fn ordinary_cells_are_untouched_even_with_triggers_inside() {
        let text = export(
            &["name", "note"],
            vec![vec!["Marie", "1+1=2, see @bob"], vec!["", "5-3"]],
        );
        assert_eq!(text, "\u{feff}name,note\nMarie,\"1+1=2, see @bob\"\n,5-3\n");
    }

    #[test]
    fn headers_are_neutralised_too() {
        let text = export(&["=cmd"], vec![]);
        assert_eq!(text, "\u{feff}'=cmd\n");
    }

    #[test]
    fn the_export_reads_back_with_the_csv_crate() {
        let text = export(
            &["name", "phone"],
            vec![vec!["Dupont, \"Jo\"\nline two", "+33612345678"]],
        );
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        assert_eq!(reader.headers().unwrap(), vec!["name", "phone"]);
        let row = reader.records().next().unwrap().unwrap();
        assert_eq!(row, vec!["Dupont, \"Jo\"\nline two", "'+33612345678"]);
    }

    #[test]
    fn a_row_with_a_missing_cell_is_an_error() {
        let mut out = Vec::new();
        let rows = vec![vec!["only one".to_owned()]];
        assert!(write_csv(&mut out, &["a", "b"], rows).is_err());
    }
}
