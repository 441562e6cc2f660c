//! How listings are printed: an aligned table for people, JSON or CSV for scripts.

use std::io::Write;

use clap::ValueEnum;
use serde::Serialize;

/// `--format` of every listing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// Aligned columns, for reading.
    #[default]
    Table,
    /// One JSON array, every field.
    Json,
    /// The table's columns as CSV (UTF-8 with a byte order mark, like the app's exports).
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
    pub headers: &'a [&'a str],
    pub row: fn(&T) -> Vec<String>,
}

pub fn print_listing<T: Serialize>(
    out: &mut impl Write,
    format: ListFormat,
    items: &[T],
    columns: Columns<'_, T>,
) -> std::io::Result<()> {
    match format {
        ListFormat::Json => print_json(out, &items),
        ListFormat::Csv => callboard::csv_export::write_csv(
            &mut *out,
            columns.headers,
            items.iter().map(columns.row),
        ),
        ListFormat::Table => {
            let rows: Vec<Vec<String>> = items.iter().map(columns.row).collect();
            print_table(out, columns.headers, &rows)
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
