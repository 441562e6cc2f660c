//! The statement as CSV, for spreadsheets and accounting imports.
//!
//! Choices (the same as Callboard's other CSV exports, `callboard::csv_export`):
//! - UTF-8 with a byte order mark: Excel on Windows otherwise reads the file as Windows-1252
//!   and "Référence" becomes "RÃ©fÃ©rence"; the `csv` crate, LibreOffice and Numbers skip it.
//! - Comma separator and a decimal point with no grouping (`1234.50`) in both languages: the
//!   file is for machines (formulas, imports, scripts), which parse one fixed number format; a
//!   French `1 234,50` would be text to most of them. People read the PDF.
//! - Dates and times in ISO 8601 with the zone's offset (`2026-11-30T23:45:00+01:00`): sortable
//!   and unambiguous, in the person's zone like the PDF.
//! - One row per top-up, oldest first, with a "counted in totals" column instead of total
//!   rows, so summing a column never counts a total twice.
//! - Cells a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or
//!   carriage return: OWASP's CSV injection list) get a leading `'`: references and names are
//!   typed by people.

use crate::format::{kind, machine_amount, machine_date_time};
use crate::words::Words;
use crate::{LineOutcome, Statement, StatementError};

const BYTE_ORDER_MARK: &str = "\u{feff}";

const COLUMNS: [&str; 11] = [
    "statements-column-date",
    "statements-column-workspace",
    "statements-column-kind",
    "statements-column-amount",
    "statements-column-reference",
    "statements-column-sent-by",
    "statements-column-from-account",
    "statements-column-outcome",
    "statements-column-refusal-reason",
    "statements-column-counted",
    "statements-column-action-key",
];

pub(crate) fn render(statement: &Statement) -> Result<Vec<u8>, StatementError> {
    let words = Words::new(statement.language);
    let mut writer = csv::Writer::from_writer(BYTE_ORDER_MARK.as_bytes().to_vec());
    let header: Vec<String> = COLUMNS.iter().map(|id| words.get(id)).collect();
    write_row(&mut writer, header)?;

    let mut lines: Vec<_> = statement.lines.iter().collect();
    lines.sort_by_key(|line| (line.at, line.action_key.as_str()));
    for line in lines {
        let (outcome, reason) = match &line.outcome {
            LineOutcome::Done => ("statements-outcome-done", ""),
            LineOutcome::Refused { reason } => ("statements-outcome-refused", reason.as_str()),
            LineOutcome::Unknown => ("statements-outcome-unknown", ""),
        };
        let counted = if line.outcome.is_counted() {
            "statements-yes"
        } else {
            "statements-no"
        };
        write_row(
            &mut writer,
            vec![
                machine_date_time(line.at, statement),
                line.workspace.clone(),
                kind(line.kind, &words),
                machine_amount(line.amount),
                line.reference.clone().unwrap_or_default(),
                line.sent_by.clone(),
                line.from_account.clone(),
                words.get(outcome),
                reason.to_owned(),
                words.get(counted),
                line.action_key.clone(),
            ],
        )?;
    }
    writer
        .into_inner()
        .map_err(|error| StatementError::Csv(error.to_string()))
}

fn write_row(writer: &mut csv::Writer<Vec<u8>>, cells: Vec<String>) -> Result<(), StatementError> {
    writer
        .write_record(cells.into_iter().map(inert))
        .map_err(|error| StatementError::Csv(error.to_string()))
}

/// The cell, made inert for spreadsheets when it would start a formula.
fn inert(cell: String) -> String {
    let runs_as_formula = cell
        .chars()
        .next()
        .is_some_and(|first| "=+-@\t\r".contains(first));
    if runs_as_formula {
        format!("'{cell}")
    } else {
        cell
    }
}
