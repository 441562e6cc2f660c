//! Top-up statements: what was added to a client's Awaz workspaces over a period, as the PDF an
//! account manager attaches to an invoice and as a CSV for spreadsheets and accounting tools.
//!
//! Data in, bytes out: the caller gathers the lines from the journal; nothing here reads a
//! database, the clock or the network, so the same statement always renders the same bytes.
//! Totals count only done top-ups; refused ones and ones held for a check are listed apart.

mod csv_out;
mod format;
mod pdf;
mod words;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rust_decimal::Decimal;

/// Everything one statement shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// The agency's name, from Settings.
    pub agency_name: String,
    /// The agency's logo as PNG or JPEG bytes, from Settings.
    pub agency_logo: Option<Vec<u8>>,
    /// The client's display name in the book.
    pub client_name: String,
    /// The client's Awaz workspaces (email and/or id), as the person knows them.
    pub workspaces: Vec<String>,
    pub period: Period,
    pub language: Language,
    /// The person's zone: every date and time is shown in it.
    pub time_zone: chrono_tz::Tz,
    /// The top-ups of the period, in any order (shown oldest first).
    pub lines: Vec<StatementLine>,
}

/// Inclusive dates, in the person's zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// A whole calendar month; `None` for a month that does not exist.
    pub fn month(year: i32, month: u32) -> Option<Period> {
        let from = NaiveDate::from_ymd_opt(year, month, 1)?;
        let to = from
            .checked_add_months(chrono::Months::new(1))?
            .pred_opt()?;
        Some(Period { from, to })
    }

    /// Whether the period is exactly one calendar month (then it is named "November 2026").
    fn is_whole_month(&self) -> bool {
        Period::month(self.from.year(), self.from.month()) == Some(*self)
    }
}

/// The language of the document's words, dates and numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    En,
    Fr,
}

impl Language {
    /// French for any French code ("fr", "fr-CA"), English for anything else (including the
    /// pseudo-locale "en-XA": a document sent to a client is never pseudo-localised).
    pub fn from_code(code: &str) -> Language {
        if code.to_ascii_lowercase().starts_with("fr") {
            Language::Fr
        } else {
            Language::En
        }
    }

    /// The BCP 47 code written into the PDF.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
        }
    }
}

/// One top-up.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementLine {
    /// When it was sent.
    pub at: DateTime<Utc>,
    /// The workspace it went to (a column of its own when the client has several).
    pub workspace: String,
    pub kind: TopUpKind,
    /// Exact; shown with at least two decimals.
    pub amount: Decimal,
    pub reference: Option<String>,
    /// The person who sent it.
    pub sent_by: String,
    /// The Awaz account it was topped up from.
    pub from_account: String,
    pub outcome: LineOutcome,
    /// The journal's key for the action, to trace a line back to it.
    pub action_key: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TopUpKind {
    Credits,
    Minutes,
}

impl TopUpKind {
    /// The order kinds are listed in totals.
    const ALL: [TopUpKind; 2] = [TopUpKind::Credits, TopUpKind::Minutes];
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineOutcome {
    Done,
    Refused {
        reason: String,
    },
    /// The platform's answer was lost: held for a check, never counted.
    Unknown,
}

impl LineOutcome {
    pub fn is_counted(&self) -> bool {
        matches!(self, LineOutcome::Done)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StatementError {
    #[error("the agency logo is not a PNG or JPEG image this document can show: {0}")]
    Logo(String),
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
    #[error("the CSV could not be written: {0}")]
    Csv(String),
}

/// The total of done top-ups per kind, in the order of [`TopUpKind::ALL`]; kinds with no done
/// top-up are totalled as zero so the document always shows both.
pub fn totals(statement: &Statement) -> Vec<(TopUpKind, Decimal)> {
    TopUpKind::ALL
        .into_iter()
        .map(|kind| {
            let total = statement
                .lines
                .iter()
                .filter(|line| line.kind == kind && line.outcome.is_counted())
                .map(|line| line.amount)
                .sum();
            (kind, total)
        })
        .collect()
}

/// The statement as a PDF: A4, as many pages as the lines need, numbered.
pub fn to_pdf(statement: &Statement) -> Result<Vec<u8>, StatementError> {
    pdf::render(statement)
}

/// The statement as CSV: one row per top-up, header in the statement's language (see
/// `csv_out` for the encoding and number choices).
pub fn to_csv(statement: &Statement) -> Result<Vec<u8>, StatementError> {
    csv_out::render(statement)
}

/// A file name for the statement, e.g. `statement-north-clinic-2026-11.pdf` or
/// `releve-north-clinic-2026-11-01-2026-11-15.csv`: letters and digits of the client's name only,
/// so it is safe on every system.
pub fn file_name(statement: &Statement, extension: &str) -> String {
    let stem = words::Words::new(statement.language).get("statements-file-stem");
    let mut client = String::new();
    for c in statement.client_name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            client.push(c);
        } else if !client.ends_with('-') {
            client.push('-');
        }
    }
    let client = client.trim_matches('-');
    let period = if statement.period.is_whole_month() {
        statement.period.from.format("%Y-%m").to_string()
    } else {
        format!("{}-{}", statement.period.from, statement.period.to)
    };
    [stem.as_str(), client, period.as_str()]
        .iter()
        .filter(|part| !part.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("-")
        + "."
        + extension
}

/// The lines in the order the document lists them: counted ones first, then the others, each
/// group oldest first.
fn lines_in_order(statement: &Statement) -> (Vec<&StatementLine>, Vec<&StatementLine>) {
    let mut lines: Vec<&StatementLine> = statement.lines.iter().collect();
    lines.sort_by_key(|line| (line.at, line.action_key.as_str()));
    lines
        .into_iter()
        .partition(|line| line.outcome.is_counted())
}

/// Whether the workspace gets a column: only when the lines went to more than one.
fn shows_workspace_column(statement: &Statement) -> bool {
    statement
        .lines
        .iter()
        .any(|line| line.workspace != statement.lines[0].workspace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_period_runs_from_the_first_to_the_last_day() {
        let november = Period::month(2026, 11).unwrap();
        assert_eq!(november.from, NaiveDate::from_ymd_opt(2026, 11, 1).unwrap());
        assert_eq!(november.to, NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
        assert!(november.is_whole_month());
        let february = Period::month(2028, 2).unwrap();
        assert_eq!(february.to.day(), 29);
        assert!(Period::month(2026, 13).is_none());
    }

    #[test]
    fn language_codes_fall_back_to_english() {
        assert_eq!(Language::from_code("fr-CA"), Language::Fr);
        assert_eq!(Language::from_code("FR"), Language::Fr);
        assert_eq!(Language::from_code("en-XA"), Language::En);
        assert_eq!(Language::from_code("de"), Language::En);
    }
}
