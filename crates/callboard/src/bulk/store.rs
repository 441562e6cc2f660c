//! Bulk runs in the journal's SQLite file: one `bulk_jobs` row per run, one `bulk_rows` row per
//! person, whose step and status are written before each request and after its answer, so a
//! run killed at any moment resumes without sending twice what was confirmed.

use std::collections::BTreeMap;
use std::sync::MutexGuard;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use strum::{EnumString, IntoStaticStr};
use tokio::sync::watch;

use super::{JobCalls, JobState};
use crate::endpoints::Platform;
use crate::import::{RowValues, Target};
use crate::store::{now, read_text, storage, timestamp, Database, Text};
use crate::{Error, Result};

/// The step that remembers which rows may have been applied (see `RowRecord::maybe_applied`).
pub const MAYBE_APPLIED: &str =
    "ALTER TABLE bulk_rows ADD COLUMN maybe_applied INTEGER NOT NULL DEFAULT 0;";

/// The step that keeps, with each row, which calling rule moved (or refused) its call, so the
/// row's details say it once the call is sent.
pub const RULE_NOTE: &str = "ALTER TABLE bulk_rows ADD COLUMN rule_note TEXT;";

/// The step that marks rows skipped by the calling rules or the do-not-call list: stored
/// "failed" (History and older readers see a row that was not sent, with its reason), but never
/// offered a plain retry, since the same rule would refuse it again.
pub const SKIPPED: &str = "ALTER TABLE bulk_rows ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;";

/// The store's migration step that adds the bulk tables (see `store::MIGRATIONS`).
pub const SCHEMA: &str = r#"
    CREATE TABLE bulk_jobs (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id   TEXT NOT NULL,
        account_name TEXT NOT NULL,
        platform     TEXT NOT NULL,
        target       TEXT NOT NULL,
        calls        TEXT,
        awaz_marker  TEXT,
        state        TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        finished_at  TEXT
    );
    CREATE TABLE bulk_rows (
        job_id      INTEGER NOT NULL REFERENCES bulk_jobs (id),
        line        INTEGER NOT NULL,
        name        TEXT NOT NULL,
        phone       TEXT NOT NULL,
        fields      TEXT NOT NULL,
        call_at     TEXT,
        step        TEXT NOT NULL,
        status      TEXT NOT NULL,
        attempts    INTEGER NOT NULL DEFAULT 0,
        record_id   TEXT,
        call_id     TEXT,
        call_status TEXT,
        reason      TEXT,
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (job_id, line)
    );
    CREATE INDEX bulk_rows_by_status ON bulk_rows (job_id, status);
    CREATE TABLE awaz_calls_seen (
        account_id TEXT NOT NULL,
        call_id    TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        PRIMARY KEY (account_id, call_id)
    );
"#;

/// What a row waits for: its lead or contact, then its call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, IntoStaticStr, EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum Step {
    Record,
    Call,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, IntoStaticStr, EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum Status {
    Waiting,
    /// Written just before the request leaves; found at start-up, it means "unknown".
    Sending,
    /// Sent, no usable answer: checked before anything is sent again.
    Unknown,
    Done,
    Failed,
    /// An unknown outcome Callboard cannot check (Awaz contacts): the person decides.
    NeedsCheck,
}

pub struct NewJob {
    pub account_id: String,
    pub account_name: String,
    pub platform: Platform,
    pub target: Target,
    pub calls: Option<JobCalls>,
    pub awaz_marker: Option<String>,
}

pub struct NewRow {
    pub line: u32,
    pub name: String,
    pub phone: String,
    pub values: RowValues,
    pub call_at: Option<DateTime<Utc>>,
    /// Which calling rule moved its call, in words.
    pub rule_note: Option<String>,
    /// Refused before anything is sent (do-not-call list, a rule): written as skipped with it.
    pub refused: Option<String>,
}

#[derive(Debug, Clone)]
pub struct JobRecord {
    pub id: i64,
    pub account_id: String,
    pub account_name: String,
    pub platform: Platform,
    pub target: Target,
    pub calls: Option<JobCalls>,
    pub awaz_marker: Option<String>,
    pub state: JobState,
    pub created_at: String,
    pub finished_at: Option<String>,
}

/// Rows of a job by status.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub total: u32,
    pub done: u32,
    pub failed: u32,
    /// Not sent because a calling rule or the do-not-call list refuses them.
    pub skipped: u32,
    pub unknown: u32,
    pub waiting: u32,
}

#[derive(Debug, Clone)]
pub struct RowRecord {
    pub line: u32,
    pub name: String,
    pub phone: String,
    pub values: RowValues,
    pub call_at: Option<DateTime<Utc>>,
    pub step: Step,
    pub status: Status,
    pub attempts: u32,
    pub record_id: Option<String>,
    pub call_id: Option<String>,
    pub reason: Option<String>,
    /// One of its requests may have been applied (its answer was lost): from then on it is
    /// never "failed" (which a person may simply send again), only "to check".
    pub maybe_applied: bool,
    /// Which calling rule moved its call when the run was planned, in words.
    pub rule_note: Option<String>,
    /// Failed because a calling rule or the do-not-call list refuses it (see [`SKIPPED`]).
    pub skipped: bool,
}

/// What to write on some rows of a job; `None` keeps a column as it is (the reason is always
/// written, so a success clears the last error).
#[derive(Debug, Clone)]
pub struct Change {
    pub status: Status,
    pub step: Option<Step>,
    pub record_id: Option<String>,
    pub call_id: Option<String>,
    pub call_status: Option<String>,
    /// The moment the call was asked for, written as it is sent.
    pub call_at: Option<DateTime<Utc>>,
    pub reason: Option<String>,
    /// One more try used.
    pub attempt: bool,
    /// With `Failed`: a calling rule or the do-not-call list refuses it, so no plain retry.
    pub skipped: bool,
}

impl Change {
    pub fn to(status: Status) -> Change {
        Change {
            status,
            step: None,
            record_id: None,
            call_id: None,
            call_status: None,
            call_at: None,
            reason: None,
            attempt: false,
            skipped: false,
        }
    }

    /// Not sent, and not to be retried as it is: a calling rule or the do-not-call list refuses
    /// it for `reason` (which says which, and from when it would be allowed).
    pub fn skipped(reason: impl Into<String>) -> Change {
        Change {
            skipped: true,
            ..Change::to(Status::Failed).because(reason)
        }
    }

    pub fn because(mut self, reason: impl Into<String>) -> Change {
        self.reason = Some(reason.into());
        self
    }

    pub fn tried(mut self) -> Change {
        self.attempt = true;
        self
    }
}

/// How many times each job changed (its state or any of its rows), by job id.
pub type JobRevisions = BTreeMap<i64, u64>;

/// The bulk tables of the store.
pub struct Store {
    database: Database,
    /// Bumped after each write, so a run's progress can be pushed instead of asked for.
    revisions: watch::Sender<JobRevisions>,
}

impl Store {
    pub fn new(database: Database) -> Store {
        Store {
            database,
            revisions: watch::Sender::new(JobRevisions::new()),
        }
    }

    pub fn revisions(&self) -> watch::Receiver<JobRevisions> {
        self.revisions.subscribe()
    }

    /// Tells the followers that job `id` changed.
    pub fn changed(&self, id: i64) {
        self.revisions
            .send_modify(|revisions| *revisions.entry(id).or_default() += 1);
    }

    fn connection(&self) -> MutexGuard<'_, Connection> {
        self.database.connection()
    }

    pub fn database(&self) -> &Database {
        &self.database
    }

    pub fn create_job(&self, job: &NewJob, rows: &[NewRow]) -> Result<i64> {
        let calls = job
            .calls
            .as_ref()
            .map(serde_json::to_string)
            .transpose()
            .map_err(storage)?;
        let mut connection = self.connection();
        let transaction = connection.transaction().map_err(storage)?;
        transaction
            .execute(
                "INSERT INTO bulk_jobs (account_id, account_name, platform, target, calls,
                                        awaz_marker, state, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    job.account_id,
                    job.account_name,
                    job.platform.text(),
                    job.target.text(),
                    calls,
                    job.awaz_marker,
                    JobState::Running.text(),
                    now(),
                ],
            )
            .map_err(storage)?;
        let id = transaction.last_insert_rowid();
        {
            let mut insert = transaction
                .prepare(
                    "INSERT INTO bulk_rows (job_id, line, name, phone, fields, call_at, step,
                                            status, updated_at, rule_note, reason, skipped)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                )
                .map_err(storage)?;
            let created = now();
            for row in rows {
                insert
                    .execute(params![
                        id,
                        row.line,
                        row.name,
                        row.phone,
                        serde_json::to_string(&row.values).map_err(storage)?,
                        row.call_at.map(timestamp),
                        Step::Record.text(),
                        match row.refused {
                            Some(_) => Status::Failed.text(),
                            None => Status::Waiting.text(),
                        },
                        created,
                        row.rule_note,
                        row.refused,
                        row.refused.is_some(),
                    ])
                    .map_err(storage)?;
            }
        }
        transaction.commit().map_err(storage)?;
        Ok(id)
    }

    pub fn job(&self, id: i64) -> Result<JobRecord> {
        self.connection()
            .query_row(
                &format!("SELECT {JOB_COLUMNS} FROM bulk_jobs WHERE id = ?1"),
                [id],
                read_job,
            )
            .optional()
            .map_err(storage)?
            .ok_or(Error::UnknownJob { job_id: id })
    }

    /// Newest first.
    pub fn jobs(&self) -> Result<Vec<JobRecord>> {
        let connection = self.connection();
        let mut statement = connection
            .prepare(&format!(
                "SELECT {JOB_COLUMNS} FROM bulk_jobs ORDER BY id DESC"
            ))
            .map_err(storage)?;
        let jobs = statement
            .query_map([], read_job)
            .map_err(storage)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(storage);
        jobs
    }

    pub fn set_state(&self, id: i64, state: JobState) -> Result<()> {
        let finished = matches!(state, JobState::Finished | JobState::Cancelled).then(now);
        self.connection()
            .execute(
                "UPDATE bulk_jobs SET state = ?1, finished_at = ?2 WHERE id = ?3",
                params![state.text(), finished, id],
            )
            .map_err(storage)?;
        self.changed(id);
        Ok(())
    }

    pub fn counts(&self, id: i64) -> Result<Counts> {
        let connection = self.connection();
        let mut statement = connection
            .prepare(
                "SELECT status, skipped, count(*) FROM bulk_rows WHERE job_id = ?1
                 GROUP BY status, skipped",
            )
            .map_err(storage)?;
        let mut counts = Counts::default();
        let rows = statement
            .query_map([id], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, bool>(1)?,
                    row.get::<_, u32>(2)?,
                ))
            })
            .map_err(storage)?;
        for row in rows {
            let (status, skipped, count) = row.map_err(storage)?;
            counts.total += count;
            match status.parse().ok() {
                Some(Status::Done) => counts.done += count,
                Some(Status::Failed) if skipped => counts.skipped += count,
                Some(Status::Failed) => counts.failed += count,
                Some(Status::Unknown | Status::NeedsCheck) => counts.unknown += count,
                Some(Status::Waiting | Status::Sending) | None => counts.waiting += count,
            }
        }
        Ok(counts)
    }

    /// Rows in these statuses, in file order.
    pub fn rows(&self, id: i64, statuses: &[Status]) -> Result<Vec<RowRecord>> {
        // Statuses are our own fixed words, never user text.
        let wanted = statuses
            .iter()
            .map(|status| format!("'{}'", status.text()))
            .collect::<Vec<_>>()
            .join(", ");
        let connection = self.connection();
        let mut statement = connection
            .prepare(&format!(
                "SELECT {ROW_COLUMNS} FROM bulk_rows WHERE job_id = ?1 AND status IN ({wanted})
                 ORDER BY line"
            ))
            .map_err(storage)?;
        let rows = statement
            .query_map([id], read_row)
            .map_err(storage)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(storage);
        rows
    }

    /// Writes `change` on the rows of `lines`, in one transaction.
    pub fn update(&self, id: i64, lines: &[u32], change: &Change) -> Result<()> {
        self.update_each(id, lines.iter().map(|&line| (line, change)))
    }

    /// Writes each row's own change (by its line), in one transaction.
    pub fn update_each<'c>(
        &self,
        id: i64,
        changes: impl IntoIterator<Item = (u32, &'c Change)>,
    ) -> Result<()> {
        let mut connection = self.connection();
        let transaction = connection.transaction().map_err(storage)?;
        {
            // Cached: preparing it compiles History's triggers on bulk rows again (a tenth of a
            // bulk run's time in a profile).
            let mut statement = transaction
                .prepare_cached(
                    "UPDATE bulk_rows SET
                         maybe_applied = maybe_applied OR ?1 = ?12,
                         status = CASE WHEN ?1 = ?13 AND (maybe_applied OR ?1 = ?12)
                                       THEN ?14 ELSE ?1 END,
                         step = coalesce(?2, step),
                         record_id = coalesce(?3, record_id), call_id = coalesce(?4, call_id),
                         call_status = coalesce(?5, call_status), reason = ?6,
                         attempts = attempts + ?7, updated_at = ?8,
                         call_at = coalesce(?11, call_at),
                         skipped = ?15 AND ?1 = ?13 AND NOT (maybe_applied OR ?1 = ?12)
                     WHERE job_id = ?9 AND line = ?10",
                )
                .map_err(storage)?;
            let updated_at = now();
            for (line, change) in changes {
                statement
                    .execute(params![
                        change.status.text(),
                        change.step.map(Step::text),
                        change.record_id,
                        change.call_id,
                        change.call_status,
                        change.reason,
                        u32::from(change.attempt),
                        updated_at,
                        id,
                        line,
                        change.call_at.map(timestamp),
                        // A row that may have been applied is held for a check, never failed.
                        Status::Unknown.text(),
                        Status::Failed.text(),
                        Status::NeedsCheck.text(),
                        change.skipped,
                    ])
                    .map_err(storage)?;
            }
        }
        transaction.commit().map_err(storage)?;
        self.changed(id);
        Ok(())
    }

    /// Moves the rows of `lines` that are in status `from` to `change` (fresh tries), in one
    /// transaction; returns how many moved. Rows in any other status, and skipped rows, are left
    /// alone, so a stale screen can never re-queue a row that was sent meanwhile or that a
    /// calling rule refuses.
    pub fn requeue(&self, id: i64, lines: &[u32], from: Status, change: &Change) -> Result<usize> {
        let mut connection = self.connection();
        let transaction = connection.transaction().map_err(storage)?;
        let mut moved = 0;
        for line in lines {
            moved += transaction
                .execute(
                    "UPDATE bulk_rows SET status = ?1, step = coalesce(?2, step), attempts = 0,
                         reason = ?3, updated_at = ?4, maybe_applied = 0
                     WHERE job_id = ?5 AND line = ?6 AND status = ?7 AND NOT skipped",
                    params![
                        change.status.text(),
                        change.step.map(Step::text),
                        change.reason,
                        now(),
                        id,
                        line,
                        from.text()
                    ],
                )
                .map_err(storage)?;
        }
        transaction.commit().map_err(storage)?;
        self.changed(id);
        Ok(moved)
    }
}

const JOB_COLUMNS: &str =
    "id, account_id, account_name, platform, target, calls, awaz_marker, state, created_at, finished_at";

const ROW_COLUMNS: &str = "line, name, phone, fields, call_at, step, status, attempts, record_id,
                           call_id, reason, maybe_applied, rule_note, skipped";

fn unreadable(column: usize, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        column,
        rusqlite::types::Type::Text,
        format!("unknown value {value:?}").into(),
    )
}

fn read_job(row: &Row<'_>) -> rusqlite::Result<JobRecord> {
    let calls: Option<String> = row.get(5)?;
    Ok(JobRecord {
        id: row.get(0)?,
        account_id: row.get(1)?,
        account_name: row.get(2)?,
        platform: read_text(row, 3)?,
        target: read_text(row, 4)?,
        calls: calls
            .map(|text| serde_json::from_str(&text).map_err(|_| unreadable(5, &text)))
            .transpose()?,
        awaz_marker: row.get(6)?,
        state: read_text(row, 7)?,
        created_at: row.get(8)?,
        finished_at: row.get(9)?,
    })
}

fn read_row(row: &Row<'_>) -> rusqlite::Result<RowRecord> {
    read_row_from(row, 0)
}

fn read_row_from(row: &Row<'_>, first: usize) -> rusqlite::Result<RowRecord> {
    let column = |n: usize| first + n;
    let fields: String = row.get(column(3))?;
    let call_at: Option<String> = row.get(column(4))?;
    Ok(RowRecord {
        line: row.get(column(0))?,
        name: row.get(column(1))?,
        phone: row.get(column(2))?,
        values: serde_json::from_str(&fields).map_err(|_| unreadable(column(3), &fields))?,
        call_at: call_at
            .map(|text| {
                DateTime::parse_from_rfc3339(&text)
                    .map(|moment| moment.with_timezone(&Utc))
                    .map_err(|_| unreadable(column(4), &text))
            })
            .transpose()?,
        step: read_text(row, column(5))?,
        status: read_text(row, column(6))?,
        attempts: row.get(column(7))?,
        record_id: row.get(column(8))?,
        call_id: row.get(column(9))?,
        reason: row.get(column(10))?,
        maybe_applied: row.get(column(11))?,
        rule_note: row.get(column(12))?,
        skipped: row.get(column(13))?,
    })
}
