//! One do-not-call list for both platforms and every account, in the journal's SQLite file:
//! each number with who added it, when, why and how (by hand, from a spreadsheet, from a call's
//! details, from a national opt-out file). Imports, bulk runs and single calls look numbers up
//! here and refuse listed ones, saying which entry did it.
//!
//! A number taken off the list is kept with who removed it and when (`removed_at`), so the list
//! can always tell what it said on a given day; adding it again puts it back.

use std::collections::HashMap;
use std::path::Path;
use std::sync::MutexGuard;

use chrono::DateTime;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use specta::Type;
use strum::{EnumString, IntoStaticStr};

use crate::awaz_actions::{write_export, ExportedFile};
use crate::import::{read_table, sniff, ReadOptions};
use crate::store::{read_text, storage, timestamp, Database, Text};
use crate::words::{self, Words};
use crate::{validate, Error, Result};

/// The store's migration step that adds the list (see `store::MIGRATIONS`).
pub const SCHEMA: &str = r#"
    CREATE TABLE do_not_call (
        phone        TEXT PRIMARY KEY,
        added_by     TEXT NOT NULL,
        account_name TEXT,
        reason       TEXT NOT NULL,
        source       TEXT NOT NULL,
        added_at     TEXT NOT NULL,
        removed_by   TEXT,
        removed_at   TEXT
    );
"#;

/// How a number came onto the list.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type, IntoStaticStr, EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ListSource {
    ByHand,
    Spreadsheet,
    /// "Don't call again" in a call's details.
    CallDetails,
    /// A national opt-out file, e.g. a Bloctel result file.
    NationalList,
}

impl ListSource {
    fn words(self) -> String {
        words::word(match self {
            ListSource::ByHand => "rules-source-by-hand",
            ListSource::Spreadsheet => "rules-source-spreadsheet",
            ListSource::CallDetails => "rules-source-call-details",
            ListSource::NationalList => "rules-source-national-list",
        })
    }
}

/// One listed number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct ListedNumber {
    /// E.164.
    pub phone: String,
    /// The person (or team) who added it, as they named themselves.
    pub added_by: String,
    /// The account it was added from, when it came from a call.
    pub account_name: Option<String>,
    pub reason: String,
    pub source: ListSource,
    /// RFC 3339 UTC.
    pub added_at: String,
}

impl ListedNumber {
    /// Why a call to this number is refused, in the words every screen and export uses.
    pub fn refusal(&self) -> String {
        let day = DateTime::parse_from_rfc3339(&self.added_at)
            .map(|moment| words::date(moment.date_naive()))
            .unwrap_or_else(|_| self.added_at.clone());
        Words::new("rules-do-not-call-refusal")
            .arg("phone", &self.phone)
            .arg("source", self.source.words())
            .arg("added_by", &self.added_by)
            .arg("day", day)
            .arg("reason", &self.reason)
            .text()
    }
}

/// "Add a number" as typed, or a number from a call's details.
#[derive(Debug, Clone, Deserialize, Type)]
pub struct AddNumber {
    /// Any usual writing; read with Settings' default country.
    pub phone: String,
    pub added_by: String,
    /// Blank = "Asked not to be called".
    pub reason: String,
    pub source: ListSource,
    /// The account of the call it came from, if any.
    pub account_name: Option<String>,
}

/// A file of numbers to add: a spreadsheet, or a national opt-out file.
#[derive(Debug, Clone, Deserialize, Type)]
pub struct AddFile {
    pub file_name: String,
    /// The file's bytes, base64.
    pub base64: String,
    pub added_by: String,
    pub reason: String,
    /// `Spreadsheet` or `NationalList`.
    pub source: ListSource,
}

/// What a file added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct FileAdded {
    pub added: u32,
    /// Numbers that were on the list already (their first entry is kept).
    pub already_listed: u32,
    /// Lines with no phone number Callboard could read, with the line and its text.
    pub skipped: Vec<SkippedLine>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct SkippedLine {
    pub line: u32,
    pub text: String,
}

/// The list in the store.
#[derive(Clone)]
pub struct DoNotCall {
    database: Database,
}

impl DoNotCall {
    pub fn new(database: Database) -> DoNotCall {
        DoNotCall { database }
    }

    fn connection(&self) -> MutexGuard<'_, Connection> {
        self.database.connection()
    }

    /// Adds one number (or puts a removed one back). A number already listed keeps its first
    /// entry, which is returned.
    pub fn add(&self, form: &AddNumber, default_country: &str) -> Result<ListedNumber> {
        let phone = validate::phone_e164(&form.phone, default_country).map_err(|problem| {
            Error::InvalidField {
                field: "phone".to_owned(),
                message: problem.message,
            }
        })?;
        let entry = ListedEntry {
            added_by: required_name(&form.added_by)?,
            account_name: form
                .account_name
                .as_deref()
                .map(str::trim)
                .filter(|name| !name.is_empty())
                .map(str::to_owned),
            reason: reason_or_default(&form.reason),
            source: form.source,
            phone: phone.clone(),
        };
        self.insert(std::slice::from_ref(&entry))?;
        self.listed(&phone)?
            .ok_or_else(|| Error::Storage(format!("{phone} was not kept on the list")))
    }

    /// Adds every number a file holds: in each line, the first cell that reads as a phone
    /// number (so a one-number-per-line file, a CSV export of a contact list and an opt-out
    /// result file with the number in any column all work). Numbers written without a country
    /// code are read in `default_country`; for a national opt-out file, digits that start with
    /// the country code but no `+` ("33612345678") are read as international too.
    pub fn add_file(&self, file: &AddFile, default_country: &str) -> Result<FileAdded> {
        use base64::Engine;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(file.base64.trim())
            .map_err(|_| invalid("file", &crate::words::word("errors-field-bulk-damaged")))?;
        let options = ReadOptions {
            has_header: false,
            ..ReadOptions::from(sniff(&bytes))
        };
        let table = read_table(&bytes, &options);
        let added_by = required_name(&file.added_by)?;
        let reason = Words::new("rules-reason-from-file")
            .arg("reason", reason_or_default(&file.reason))
            .arg("file", &file.file_name)
            .text();
        let mut entries = Vec::new();
        let mut skipped = Vec::new();
        // One reader for the file: the country's rules are looked up and compiled once.
        let phones = validate::PhoneReader::new(default_country);
        for row in &table.rows {
            let phone = row
                .cells
                .iter()
                .chain(&row.extra_cells)
                .find_map(|cell| read_listed_number(cell, &phones));
            match phone {
                Some(phone) => entries.push(ListedEntry {
                    phone,
                    added_by: added_by.clone(),
                    account_name: None,
                    reason: reason.clone(),
                    source: file.source,
                }),
                None => skipped.push(SkippedLine {
                    line: row.line,
                    text: row.cells.join(" "),
                }),
            }
        }
        // A header line ("Phone", "Numéro") is not a problem worth reporting.
        if skipped.first().is_some_and(|line| line.line == 1) {
            skipped.remove(0);
        }
        let added = self.insert(&entries)?;
        Ok(FileAdded {
            added,
            already_listed: u32::try_from(entries.len()).unwrap_or(u32::MAX) - added,
            skipped,
        })
    }

    /// Takes a number off the list, remembering who did it and when.
    pub fn remove(&self, phone: &str, removed_by: &str) -> Result<()> {
        let removed_by = required_name(removed_by)?;
        let changed = self
            .connection()
            .execute(
                "UPDATE do_not_call SET removed_by = ?1, removed_at = ?2
                 WHERE phone = ?3 AND removed_at IS NULL",
                params![removed_by, timestamp(crate::clock::now()), phone.trim()],
            )
            .map_err(storage)?;
        if changed == 0 {
            return Err(invalid(
                "phone",
                &crate::words::word("errors-field-not-on-list"),
            ));
        }
        Ok(())
    }

    /// The listed numbers, newest first, those containing `text` (digits or words) when given.
    pub fn list(&self, text: Option<&str>) -> Result<Vec<ListedNumber>> {
        let pattern = format!("%{}%", text.unwrap_or("").trim());
        let connection = self.connection();
        let mut statement = connection
            .prepare(&format!(
                "SELECT {COLUMNS} FROM do_not_call WHERE removed_at IS NULL
                 AND (phone LIKE ?1 OR added_by LIKE ?1 OR reason LIKE ?1)
                 ORDER BY added_at DESC, phone"
            ))
            .map_err(storage)?;
        let rows = statement
            .query_map([pattern], read_entry)
            .map_err(storage)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(storage);
        rows
    }

    /// The entry of a listed number (E.164), if it is listed.
    pub fn listed(&self, phone: &str) -> Result<Option<ListedNumber>> {
        self.connection()
            .query_row(
                &format!(
                    "SELECT {COLUMNS} FROM do_not_call WHERE phone = ?1 AND removed_at IS NULL"
                ),
                [phone],
                read_entry,
            )
            .optional()
            .map_err(storage)
    }

    /// The listed ones among `phones` (E.164), by number.
    pub fn listed_among<'a>(
        &self,
        phones: impl IntoIterator<Item = &'a str>,
    ) -> Result<HashMap<String, ListedNumber>> {
        let connection = self.connection();
        let mut statement = connection
            .prepare(&format!(
                "SELECT {COLUMNS} FROM do_not_call WHERE phone = ?1 AND removed_at IS NULL"
            ))
            .map_err(storage)?;
        let mut found = HashMap::new();
        for phone in phones {
            if let Some(entry) = statement
                .query_row([phone], read_entry)
                .optional()
                .map_err(storage)?
            {
                found.insert(entry.phone.clone(), entry);
            }
        }
        Ok(found)
    }

    /// Writes the list to `<folder>/callboard-do-not-call-….csv`.
    pub fn export(&self, folder: &Path) -> Result<ExportedFile> {
        let entries = self.list(None)?;
        let headers = crate::words::each(&[
            "exports-phone",
            "exports-added-by",
            "exports-account",
            "exports-why",
            "exports-how",
            "exports-added-utc",
        ]);
        let count = entries.len();
        let rows = entries.into_iter().map(|entry| {
            vec![
                entry.phone,
                entry.added_by,
                entry.account_name.unwrap_or_default(),
                entry.reason,
                entry.source.words(),
                entry.added_at,
            ]
        });
        write_export(folder, "do-not-call", &headers, rows, count)
    }

    /// Inserts the entries in one transaction; a listed number keeps its entry, a removed one
    /// comes back with the new one. Returns how many were not listed before.
    fn insert(&self, entries: &[ListedEntry]) -> Result<u32> {
        let mut connection = self.connection();
        let transaction = connection.transaction().map_err(storage)?;
        let mut added = 0;
        {
            let mut statement = transaction
                .prepare(
                    "INSERT INTO do_not_call (phone, added_by, account_name, reason, source, added_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                     ON CONFLICT (phone) DO UPDATE SET
                         added_by = excluded.added_by, account_name = excluded.account_name,
                         reason = excluded.reason, source = excluded.source,
                         added_at = excluded.added_at, removed_by = NULL, removed_at = NULL
                     WHERE do_not_call.removed_at IS NOT NULL",
                )
                .map_err(storage)?;
            let now = timestamp(crate::clock::now());
            for entry in entries {
                added += statement
                    .execute(params![
                        entry.phone,
                        entry.added_by,
                        entry.account_name,
                        entry.reason,
                        entry.source.text(),
                        now,
                    ])
                    .map_err(storage)?;
            }
        }
        transaction.commit().map_err(storage)?;
        Ok(u32::try_from(added).unwrap_or(u32::MAX))
    }
}

struct ListedEntry {
    phone: String,
    added_by: String,
    account_name: Option<String>,
    reason: String,
    source: ListSource,
}

/// A cell as a listed number: as written, else (all digits, long enough to carry a country
/// code) with a `+` before it, as opt-out files often write numbers.
fn read_listed_number(cell: &str, phones: &validate::PhoneReader) -> Option<String> {
    let cell = cell.trim();
    if cell.chars().filter(char::is_ascii_digit).count() < 6 {
        return None;
    }
    phones.e164(cell).ok().or_else(|| {
        let digits_only = cell.len() >= 10 && cell.chars().all(|c| c.is_ascii_digit());
        digits_only
            .then(|| phones.e164(&format!("+{cell}")).ok())
            .flatten()
    })
}

fn reason_or_default(reason: &str) -> String {
    let reason = reason.trim();
    if reason.is_empty() {
        // Stored: in the language of the moment it is written, like the reasons people type.
        words::word("rules-default-reason")
    } else {
        reason.to_owned()
    }
}

fn required_name(name: &str) -> Result<String> {
    validate::required("errors-field-label-your-name", name).map_err(|problem| {
        Error::InvalidField {
            field: "added_by".to_owned(),
            message: problem.message,
        }
    })
}

const COLUMNS: &str = "phone, added_by, account_name, reason, source, added_at";

fn read_entry(row: &Row<'_>) -> rusqlite::Result<ListedNumber> {
    Ok(ListedNumber {
        phone: row.get(0)?,
        added_by: row.get(1)?,
        account_name: row.get(2)?,
        reason: row.get(3)?,
        source: read_text(row, 4)?,
        added_at: row.get(5)?,
    })
}

fn invalid(field: &str, message: &str) -> Error {
    Error::InvalidField {
        field: field.to_owned(),
        message: message.to_owned(),
    }
}
