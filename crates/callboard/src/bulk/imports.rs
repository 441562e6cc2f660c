//! Files being imported, kept in memory between the preview's edits so the window never sends
//! the file again: each edit (how to read it, where it goes, which column is which, one cell
//! fixed) re-reads or re-checks the kept bytes and answers a fresh preview.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use base64::Engine;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::import::{
    guess_mapping, read_table, sniff, validate, Mapping, ReadOptions, RowCheck, RowProblem,
    RowValues, Sniffed, Summary, Table, Target,
};
use crate::words::{self, Words};
use crate::{Error, Result};

/// Files kept open at once; opening another forgets the oldest (big files weigh megabytes).
const KEPT_IMPORTS: usize = 4;

/// Valid rows shown in the preview besides every row with a problem.
const VALID_ROWS_SHOWN: usize = 200;

/// Where the file comes from: a dropped file's path, or the picked file's bytes.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ImportSource {
    Path { path: String },
    Bytes { name: String, base64: String },
}

/// One edit of the preview; absent fields stay as they are.
#[derive(Debug, Clone, Default, Serialize, Deserialize, Type)]
#[serde(default)]
pub struct ImportChange {
    pub options: Option<ReadOptions>,
    pub target: Option<Target>,
    pub mapping: Option<Mapping>,
    /// ISO 3166-1 alpha-2, for numbers written without a country code.
    pub default_country: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
pub struct PreviewSummary {
    pub total: u32,
    pub valid: u32,
    pub with_problems: u32,
    pub duplicates: u32,
}

#[derive(Debug, Clone, Serialize, Type)]
pub struct PreviewRow {
    pub line: u32,
    /// The row's cells, with the person's fixes.
    pub cells: Vec<String>,
    pub values: RowValues,
    pub problems: Vec<RowProblem>,
    pub duplicate_of: Option<u32>,
}

#[derive(Debug, Clone, Serialize, Type)]
pub struct ImportPreview {
    pub import_id: String,
    pub file_name: String,
    /// What Callboard guessed about the file.
    pub sniffed: Sniffed,
    /// How it is read now.
    pub options: ReadOptions,
    pub target: Target,
    pub headers: Vec<String>,
    pub mapping: Mapping,
    /// What keeps the mapping from being used; empty when it can be.
    pub mapping_problems: Vec<String>,
    pub summary: PreviewSummary,
    /// Every row with a problem, and the first 200 valid rows, in file order.
    pub rows: Vec<PreviewRow>,
}

/// The checked rows of an import that a bulk run sends.
pub struct ReadyRows {
    pub target: Target,
    pub rows: Vec<RowCheck>,
}

struct Session {
    id: String,
    file_name: String,
    bytes: Vec<u8>,
    sniffed: Sniffed,
    options: ReadOptions,
    target: Target,
    mapping: Mapping,
    default_country: String,
    /// Cells the person corrected, by (line, column); kept when the file is re-read.
    fixes: BTreeMap<(u32, u32), String>,
    table: Table,
    checks: Vec<RowCheck>,
}

/// The imports open in the window (managed state of the shell).
#[derive(Default)]
pub struct ImportSessions {
    sessions: Mutex<Vec<Session>>,
}

impl ImportSessions {
    /// Reads the file, guesses how it is written and where its columns go (GetVocal leads
    /// first), and checks every row. Nothing is sent.
    pub fn open(&self, source: ImportSource, default_country: &str) -> Result<ImportPreview> {
        let (file_name, bytes) = match source {
            ImportSource::Path { path } => read_spreadsheet(Path::new(&path))?,
            ImportSource::Bytes { name, base64 } => {
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(base64.trim())
                    .map_err(|_| invalid("file", words::word("errors-field-bulk-damaged")))?;
                if bytes.len() as u64 > MAX_FILE_BYTES {
                    return Err(too_large());
                }
                (name, bytes)
            }
        };
        let sniffed = sniff(&bytes);
        let options = ReadOptions::from(sniffed);
        let table = read_table(&bytes, &options);
        let target = Target::GetVocalLeads;
        let mut session = Session {
            id: uuid::Uuid::new_v4().to_string(),
            file_name,
            mapping: guess_mapping(&table.headers, target),
            bytes,
            sniffed,
            options,
            target,
            default_country: default_country.to_owned(),
            fixes: BTreeMap::new(),
            table,
            checks: Vec::new(),
        };
        session.check();
        let preview = session.preview();
        let mut sessions = self.lock();
        sessions.push(session);
        if sessions.len() > KEPT_IMPORTS {
            sessions.remove(0);
        }
        Ok(preview)
    }

    pub fn update(&self, import_id: &str, change: ImportChange) -> Result<ImportPreview> {
        self.with(import_id, |session| {
            if let Some(country) = change.default_country {
                session.default_country = country.trim().to_ascii_uppercase();
            }
            let reread = change
                .options
                .is_some_and(|options| options != session.options);
            if let Some(options) = change.options {
                session.options = options;
            }
            if reread {
                session.read();
            }
            let retarget = change.target.is_some_and(|target| target != session.target);
            if let Some(target) = change.target {
                session.target = target;
            }
            match change.mapping {
                Some(mapping) if mapping.columns.len() == session.table.headers.len() => {
                    session.mapping = mapping;
                }
                Some(_) => {
                    return Err(invalid(
                        "mapping",
                        words::word("errors-field-bulk-columns-changed"),
                    ))
                }
                None if reread || retarget => {
                    session.mapping = guess_mapping(&session.table.headers, session.target);
                }
                None => {}
            }
            session.check();
            Ok(session.preview())
        })
    }

    /// Replaces one cell (column 0-based, line as in the preview) and checks again.
    pub fn fix_cell(
        &self,
        import_id: &str,
        line: u32,
        column: u32,
        value: String,
    ) -> Result<ImportPreview> {
        self.with(import_id, |session| {
            let columns = session.table.headers.len();
            let row = session
                .table
                .rows
                .iter_mut()
                .find(|row| row.line == line)
                .filter(|_| (column as usize) < columns)
                .ok_or_else(|| {
                    invalid(
                        "cell",
                        Words::new("errors-field-bulk-no-such-cell")
                            .arg("line", line.to_string())
                            .text(),
                    )
                })?;
            let value = value.trim().to_owned();
            row.cells[column as usize] = value.clone();
            session.fixes.insert((line, column), value);
            session.check();
            Ok(session.preview())
        })
    }

    /// The rows a bulk run sends: the valid ones. Refused while the mapping has problems or
    /// no row is valid.
    pub fn ready_rows(&self, import_id: &str) -> Result<ReadyRows> {
        self.with(import_id, |session| {
            if let Some(problem) = session.mapping.problems(session.target).first() {
                return Err(invalid("mapping", problem.clone()));
            }
            let rows: Vec<RowCheck> = session
                .checks
                .iter()
                .filter(|check| check.is_valid())
                .cloned()
                .collect();
            if rows.is_empty() {
                return Err(invalid(
                    "rows",
                    words::word("errors-field-bulk-nothing-ready"),
                ));
            }
            Ok(ReadyRows {
                target: session.target,
                rows,
            })
        })
    }

    fn lock(&self) -> MutexGuard<'_, Vec<Session>> {
        self.sessions.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn with<T>(&self, import_id: &str, work: impl FnOnce(&mut Session) -> Result<T>) -> Result<T> {
        let mut sessions = self.lock();
        let session = sessions
            .iter_mut()
            .find(|session| session.id == import_id)
            .ok_or_else(|| Error::UnknownImport {
                import_id: import_id.to_owned(),
            })?;
        work(session)
    }
}

impl Session {
    /// Reads the kept bytes again and puts the person's fixes back.
    fn read(&mut self) {
        self.table = read_table(&self.bytes, &self.options);
        let columns = self.table.headers.len();
        for row in &mut self.table.rows {
            for (&(_, column), value) in self.fixes.range((row.line, 0)..=(row.line, u32::MAX)) {
                if (column as usize) < columns {
                    row.cells[column as usize] = value.clone();
                }
            }
        }
    }

    fn check(&mut self) {
        self.checks = validate(
            &self.table,
            &self.mapping,
            self.target,
            &self.default_country,
        );
    }

    fn preview(&self) -> ImportPreview {
        let summary = Summary::of(&self.checks);
        let mut valid_shown = 0;
        let rows = self
            .table
            .rows
            .iter()
            .zip(&self.checks)
            .filter(|(_, check)| {
                if check.is_valid() {
                    valid_shown += 1;
                    valid_shown <= VALID_ROWS_SHOWN
                } else {
                    true
                }
            })
            .map(|(row, check)| PreviewRow {
                line: check.line,
                cells: row.cells.clone(),
                values: check.values.clone(),
                problems: check.problems.clone(),
                duplicate_of: check.duplicate_of,
            })
            .collect();
        ImportPreview {
            import_id: self.id.clone(),
            file_name: self.file_name.clone(),
            sniffed: self.sniffed,
            options: self.options,
            target: self.target,
            headers: self.table.headers.clone(),
            mapping: self.mapping.clone(),
            mapping_problems: self.mapping.problems(self.target),
            summary: PreviewSummary {
                total: summary.rows,
                valid: summary.valid,
                with_problems: summary.with_problems,
                duplicates: summary.duplicates,
            },
            rows,
        }
    }
}

/// The largest spreadsheet opened: an agency's million rows with a few columns besides the
/// name, phone and email (about 90 MB), held once in memory (cells are decoded one by one).
pub const MAX_FILE_BYTES: u64 = 128 * 1024 * 1024;

/// The kinds of file a location (dropped or typed) may name: spreadsheets saved as text. The
/// window cannot use this command to read any other file of the computer.
const SPREADSHEET_EXTENSIONS: [&str; 3] = ["csv", "tsv", "txt"];

/// Reads a spreadsheet named by its location: a regular file, of a spreadsheet kind, not too
/// large. Returns its name and its bytes.
fn read_spreadsheet(path: &Path) -> Result<(String, Vec<u8>)> {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    let spreadsheet = path
        .extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| {
            SPREADSHEET_EXTENSIONS
                .iter()
                .any(|known| extension.eq_ignore_ascii_case(known))
        });
    if !spreadsheet {
        return Err(invalid(
            "file",
            Words::new("errors-field-not-csv").arg("name", &name).text(),
        ));
    }
    let unreadable = |error: std::io::Error| {
        invalid(
            "file",
            Words::new("errors-field-bulk-unreadable")
                .arg("error", error.to_string())
                .text(),
        )
    };
    let metadata = std::fs::metadata(path).map_err(unreadable)?;
    if !metadata.is_file() {
        return Err(invalid(
            "file",
            Words::new("errors-field-bulk-folder")
                .arg("name", &name)
                .text(),
        ));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    Ok((name, std::fs::read(path).map_err(unreadable)?))
}

fn too_large() -> Error {
    invalid(
        "file",
        Words::new("errors-field-bulk-too-large")
            .arg("megabytes", (MAX_FILE_BYTES / (1024 * 1024)).to_string())
            .text(),
    )
}

fn invalid(field: &str, message: impl Into<String>) -> Error {
    Error::InvalidField {
        field: field.to_owned(),
        message: message.into(),
    }
}
