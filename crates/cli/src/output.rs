//! How listings are printed: an aligned table for people, JSON or CSV for scripts.

use std::fmt::Display;
use std::io::Write;

use awaz::TopUpKind;
use callboard::words::{self, Words};
use clap::ValueEnum;
use serde::Serialize;

/// `--format` of every listing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    // What each is, for `--help`: `cli-help-format-…` (help.rs).
    #[default]
    Table,
    Json,
    Csv,
}

/// `--format` of commands that send: a sentence, or the journal's record as JSON.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ResultFormat {
    #[default]
    Text,
    Json,
}

/// A listing's columns for the table and the CSV; JSON is the items themselves.
pub struct Columns<'a, T> {
    /// The catalogue ids of the column headers (`cli-column-…`).
    pub headers: &'a [&'a str],
    pub row: fn(&T) -> Vec<String>,
}

pub fn print_listing<T: Serialize>(
    out: &mut impl Write,
    format: ListFormat,
    items: &[T],
    columns: Columns<'_, T>,
) -> std::io::Result<()> {
    let headers = words::each(columns.headers);
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    match format {
        ListFormat::Json => print_json(out, &items),
        ListFormat::Csv => {
            callboard::csv_export::write_csv(&mut *out, &headers, items.iter().map(columns.row))
        }
        ListFormat::Table => {
            let rows: Vec<Vec<String>> = items.iter().map(columns.row).collect();
            print_table(out, &headers, &rows)
        }
    }
}

pub fn print_json<T: Serialize + ?Sized>(out: &mut impl Write, value: &T) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

fn print_table(
    out: &mut impl Write,
    headers: &[&str],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    let width = |column: usize| {
        rows.iter()
            .map(|row| row[column].chars().count())
            .chain([headers[column].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..headers.len()).map(width).collect();
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        padded.join("  ").trim_end().to_owned()
    };
    writeln!(out, "{}", line(headers.to_vec()))?;
    for row in rows {
        writeln!(out, "{}", line(row.iter().map(String::as_str).collect()))?;
    }
    Ok(())
}

/// An amount as typed (`25`, `10.5`), with the language's decimal separator (`10,5`).
pub fn amount_text(amount: impl Display) -> String {
    words::typed_number(&amount.to_string())
}

/// `words` given an amount and its kind: `$amount` as typed, `$kind` ("credits", "minutes")
/// and `$count`, the amount as a number for the words that agree with it (`cli-kind`).
pub fn with_amount(words: Words, kind: TopUpKind, amount: impl Display) -> Words {
    let typed = amount.to_string();
    words
        .arg("count", typed.parse::<f64>().unwrap_or_default())
        .arg("amount", amount_text(typed))
        .arg("kind", kind.field())
}

/// A kind of top-up in a cell of a listing, agreeing with its amount.
pub fn kind_text(kind: TopUpKind, amount: impl Display) -> String {
    with_amount(Words::new("cli-kind"), kind, amount).text()
}
