//! The one owner of Callboard's SQLite file (`callboard.sqlite3`): one connection that writes,
//! shared by the journal of actions, the bulk runs and the Awaz calls seen, and two that only
//! read (History's searches, the journal's lists); one migration list; WAL with
//! `synchronous = FULL`; and the recovery, at opening, of what a previous run left half-done.
//! Each table's queries live with their module (`journal`: `actions`; `bulk::store`:
//! `bulk_jobs`, `bulk_rows`, `awaz_calls_seen`); none of them opens the file.

use std::path::Path;
use std::str::FromStr;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{params, Connection, OpenFlags, Row};

use crate::bulk::{JobState, Status};
use crate::journal::ActionState;
use crate::{Error, Result};

/// The schema, one step per version (`PRAGMA user_version` counts the steps applied).
/// Steps are only ever appended.
const MIGRATIONS: &[&str] = &[
    crate::journal::SCHEMA,
    crate::bulk::SCHEMA,
    crate::bulk::MAYBE_APPLIED,
    crate::do_not_call::SCHEMA,
    crate::calling::SCHEMA,
    crate::bulk::RULE_NOTE,
    crate::history::SCHEMA,
    crate::calling::REFUSALS,
    crate::bulk::SKIPPED,
    crate::clients::SCHEMA,
    crate::journal::SUMMARY_WORDS,
    crate::history::DAYS,
    crate::history::SEARCH_INDEXES,
    crate::history::UNCHANGED_ENTRIES_KEPT,
    crate::calling::CALLS_BY_PHONE,
    crate::history::NAMES_OUT_OF_SEARCH,
];

/// Connections that only read, for History's searches and the journal's lists (see
/// [`Database::reader`]).
const READERS: usize = 2;

/// The opened file. Clones share its connections: the one that writes, and the readers.
#[derive(Clone)]
pub struct Database {
    connection: Arc<Mutex<Connection>>,
    /// With WAL, a reader sees the last commit and never waits for a write: a History search
    /// at a million entries does not hold up a bulk run's intents, nor they the search, and
    /// the window's list and chart are read side by side. None for a database in memory.
    readers: Arc<Readers>,
}

/// The readers not in use, and a signal for a question waiting for one.
#[derive(Default)]
pub(crate) struct Readers {
    /// How many there are, in use or not (none for a database in memory).
    count: usize,
    free: Mutex<Vec<Connection>>,
    returned: Condvar,
}

impl Readers {
    fn free(&self) -> MutexGuard<'_, Vec<Connection>> {
        self.free.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A connection for reading only, held for one question (see [`Database::reader`]).
pub(crate) enum Reader<'d> {
    /// Taken from the free readers; given back when dropped.
    Pooled {
        connection: Option<Connection>,
        readers: &'d Readers,
    },
    /// A database in memory has no readers: its one connection.
    Writer(MutexGuard<'d, Connection>),
}

impl std::ops::Deref for Reader<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        match self {
            Reader::Pooled { connection, .. } => {
                connection.as_ref().expect("a reader is held until dropped")
            }
            Reader::Writer(connection) => connection,
        }
    }
}

impl Drop for Reader<'_> {
    fn drop(&mut self) {
        if let Reader::Pooled {
            connection,
            readers,
        } = self
        {
            if let Some(connection) = connection.take() {
                readers.free().push(connection);
                readers.returned.notify_one();
            }
        }
    }
}

impl Database {
    /// Opens (or creates) the file, brings its schema up to date, and turns what a previous
    /// run left on its way into "unknown" (actions, bulk rows) or "interrupted" (bulk runs).
    /// Only one program may have it open: `Callboard::open` takes the data folder's lock first.
    pub fn open(path: &Path) -> Result<Database> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|error| Error::Storage(format!("{}: {error}", parent.display())))?;
        }
        let writer = Database::prepare(Connection::open(path).map_err(storage)?)?;
        let free = (0..READERS)
            .map(|_| reader(path))
            .collect::<Result<Vec<_>>>()?;
        Ok(Database {
            readers: Arc::new(Readers {
                count: free.len(),
                free: Mutex::new(free),
                returned: Condvar::new(),
            }),
            ..writer
        })
    }

    pub fn in_memory() -> Result<Database> {
        Database::prepare(Connection::open_in_memory().map_err(storage)?)
    }

    fn prepare(mut connection: Connection) -> Result<Database> {
        durable(&connection)?;
        // History's triggers call these; they must exist before the migrations run.
        crate::history::register_functions(&connection).map_err(storage)?;
        migrate(&mut connection)?;
        recover(&connection)?;
        Ok(Database {
            connection: Arc::new(Mutex::new(connection)),
            readers: Arc::default(),
        })
    }

    /// The connection that writes (and reads what must see its own writes at once).
    pub(crate) fn connection(&self) -> MutexGuard<'_, Connection> {
        self.connection.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A connection for reading only: any free reader, else the first one given back (the
    /// writer for a database in memory). Held for one whole question: History keeps a
    /// search's matches in the connection's temp tables.
    pub(crate) fn reader(&self) -> Reader<'_> {
        if self.readers.count == 0 {
            return Reader::Writer(self.connection());
        }
        let mut free = self.readers.free();
        loop {
            if let Some(connection) = free.pop() {
                return Reader::Pooled {
                    connection: Some(connection),
                    readers: &self.readers,
                };
            }
            free = self
                .readers
                .returned
                .wait(free)
                .unwrap_or_else(|e| e.into_inner());
        }
    }

    /// Closes the readers for good (see [`close`]), once every question on them has ended:
    /// a late read finds no tables.
    pub(crate) fn close_readers(&self) -> Result<()> {
        let mut readers: Vec<Reader<'_>> = (0..self.readers.count).map(|_| self.reader()).collect();
        for reader in &mut readers {
            if let Reader::Pooled { connection, .. } = reader {
                let closed = connection.replace(Connection::open_in_memory().map_err(storage)?);
                if let Some(closed) = closed {
                    closed.close().map_err(|(_, error)| storage(error))?;
                }
            }
        }
        Ok(())
    }
}

/// A connection to the file that only reads, opened after the writer brought the schema up to
/// date; it knows History's functions, which its queries call.
fn reader(path: &Path) -> Result<Connection> {
    let connection = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(storage)?;
    connection
        .busy_timeout(std::time::Duration::from_secs(5))
        .map_err(storage)?;
    crate::history::register_functions(&connection).map_err(storage)?;
    Ok(connection)
}

/// Readers never wait for the writer (WAL), and a recorded intent is on disk before its request
/// leaves (`synchronous = FULL`, and on macOS `fullfsync`, since its plain fsync stops at the
/// drive's cache).
fn durable(connection: &Connection) -> Result<()> {
    connection
        .busy_timeout(std::time::Duration::from_secs(5))
        .map_err(storage)?;
    connection
        .pragma_update(None, "journal_mode", "WAL")
        .map_err(storage)?;
    connection
        .pragma_update(None, "synchronous", "FULL")
        .map_err(storage)?;
    if cfg!(target_os = "macos") {
        connection
            .pragma_update(None, "fullfsync", true)
            .map_err(storage)?;
    }
    Ok(())
}

fn migrate(connection: &mut Connection) -> Result<()> {
    let applied: usize = connection
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(storage)?;
    if applied > MIGRATIONS.len() {
        return Err(Error::Storage(format!(
            "the journal was written by a newer Callboard (schema {applied}, this one knows {})",
            MIGRATIONS.len()
        )));
    }
    for (version, step) in MIGRATIONS.iter().enumerate().skip(applied) {
        let transaction = connection.transaction().map_err(storage)?;
        transaction.execute_batch(step).map_err(storage)?;
        transaction
            .pragma_update(None, "user_version", version + 1)
            .map_err(storage)?;
        transaction.commit().map_err(storage)?;
    }
    Ok(())
}

/// Stored reasons are worded in the language of the moment they are written, like the
/// provider's answers next to them.
fn recover(connection: &Connection) -> Result<()> {
    connection
        .execute(
            "UPDATE actions SET state = ?1, error = ?2 WHERE state = ?3",
            params![
                ActionState::Unknown.text(),
                // What an action left pending by a previous run (closed or crashed
                // mid-request) says.
                crate::words::word("journal-interrupted-action"),
                ActionState::Pending.text()
            ],
        )
        .map_err(storage)?;
    connection
        .execute(
            "UPDATE bulk_jobs SET state = ?1 WHERE state = ?2",
            params![JobState::Interrupted.text(), JobState::Running.text()],
        )
        .map_err(storage)?;
    connection
        .execute(
            "UPDATE bulk_rows SET status = ?1, reason = ?2 WHERE status = ?3",
            params![
                Status::Unknown.text(),
                // What a bulk row caught mid-request by a previous run says.
                crate::words::word("journal-interrupted-row"),
                Status::Sending.text()
            ],
        )
        .map_err(storage)?;
    Ok(())
}

/// Writes on their way in this run: actions waiting for their answer and bulk rows being
/// sent (what a previous run left on its way was turned "unknown" at opening).
pub(crate) fn writes_in_flight(connection: &Connection) -> Result<u64> {
    connection
        .query_row(
            "SELECT (SELECT COUNT(*) FROM actions WHERE state = ?1)
                  + (SELECT COUNT(*) FROM bulk_rows WHERE status = ?2)",
            params![ActionState::Pending.text(), Status::Sending.text()],
            |row| row.get(0),
        )
        .map_err(storage)
}

/// Closes the file for good (before the app restarts into a new version): the write-ahead
/// log is folded into the file, and the connection is replaced by an empty in-memory one, so
/// a late write fails before anything is sent.
pub(crate) fn close(connection: &mut Connection) -> Result<()> {
    connection
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .map_err(storage)?;
    let closed = std::mem::replace(connection, Connection::open_in_memory().map_err(storage)?);
    closed.close().map_err(|(_, error)| storage(error))
}

/// An enum stored as text: the words come from its `strum` derive (`IntoStaticStr`,
/// `EnumString`), never from a hand-written table.
pub(crate) trait Text: Copy + Into<&'static str> + FromStr {
    fn text(self) -> &'static str {
        self.into()
    }
}

impl<T: Copy + Into<&'static str> + FromStr> Text for T {}

/// Reads column `index` as one of `T`'s words; another word is a storage error naming it.
pub(crate) fn read_text<T: Text>(row: &Row<'_>, index: usize) -> rusqlite::Result<T> {
    let text: String = row.get(index)?;
    text.parse().map_err(|_| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            format!("unknown value {text:?}").into(),
        )
    })
}

/// Fixed-width UTC timestamps, so text order is time order.
pub(crate) fn timestamp(moment: DateTime<Utc>) -> String {
    moment.to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub(crate) fn now() -> String {
    timestamp(Utc::now())
}

pub(crate) fn storage(error: impl std::fmt::Display) -> Error {
    Error::Storage(error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_run_once_and_a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.sqlite3");
        drop(Database::open(&path).unwrap());
        drop(Database::open(&path).unwrap());
        let connection = Connection::open(&path).unwrap();
        let version: usize = connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .unwrap();
        assert_eq!(version, MIGRATIONS.len());
        let mode: String = connection
            .query_row("PRAGMA journal_mode", [], |row| row.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        connection
            .pragma_update(None, "user_version", MIGRATIONS.len() + 1)
            .unwrap();
        drop(connection);
        assert!(matches!(Database::open(&path), Err(Error::Storage(_))));
    }

    #[test]
    fn history_reads_while_a_write_is_under_way_and_sees_what_was_committed() {
        use crate::history::{Entries, HistoryQuery, Resolved};
        let dir = tempfile::tempdir().unwrap();
        let database = Database::open(&dir.path().join("journal.sqlite3")).unwrap();
        let insert = |connection: &Connection, summary: &str| {
            connection
                .execute(
                    "INSERT INTO actions (action_key, kind, platform, account_id, account_name,
                         summary, subject, request, state, response, created_at, finished_at)
                     VALUES (?1, 'awaz_credits', 'awaz', 'lake', 'Lakeside Gym – Awaz', ?2,
                             'gym@callboard.test', '{}', 'succeeded', '{}',
                             '2026-03-01T10:00:00.000Z', '2026-03-01T10:00:01.000Z')",
                    params![summary, summary],
                )
                .unwrap();
        };
        insert(&database.connection(), "Add 10 credits to Lakeside");
        let entries = Entries::new(database.clone());
        let zone = chrono_tz::Tz::UTC;
        entries.count_days_in(zone).unwrap();
        let query = HistoryQuery {
            text: Some("credits".to_owned()),
            ..HistoryQuery::default()
        };
        let query = Resolved::new(&query, zone).unwrap();
        assert_eq!(entries.count(&query).unwrap(), 1);

        // A bulk run's transaction holds the writer: History answers meanwhile, from the last
        // commit, instead of waiting for it.
        let mut writer = database.connection();
        let transaction = writer.transaction().unwrap();
        insert(&transaction, "Add 20 credits to Lakeside");
        let (answer, answered) = std::sync::mpsc::channel();
        let reading = entries.clone();
        let counted = query.clone();
        std::thread::spawn(move || answer.send(reading.count(&counted).unwrap()));
        let during = answered
            .recv_timeout(std::time::Duration::from_secs(30))
            .expect("History waited for the write to end");
        assert_eq!(during, 1, "a write not yet committed is not shown");
        transaction.commit().unwrap();
        drop(writer);
        assert_eq!(entries.count(&query).unwrap(), 2, "once committed, it is");
    }

    #[test]
    fn a_question_waiting_for_a_reader_gets_whichever_is_given_back_first() {
        use std::sync::mpsc::channel;
        use std::time::Duration;
        let dir = tempfile::tempdir().unwrap();
        let database = Database::open(&dir.path().join("journal.sqlite3")).unwrap();
        let held = database.reader();
        let (taken, was_taken) = channel();
        let (release, released) = channel::<()>();
        let other = database.clone();
        let holder = std::thread::spawn(move || {
            let reader = other.reader();
            taken.send(()).unwrap();
            released.recv().unwrap();
            drop(reader);
        });
        was_taken.recv().unwrap();
        // Both readers are in use; the first stays held here while a question waits.
        let (answer, answered) = channel();
        let waiting = database.clone();
        std::thread::spawn(move || {
            let reader = waiting.reader();
            let one: i64 = reader.query_row("SELECT 1", [], |row| row.get(0)).unwrap();
            answer.send(one).unwrap();
        });
        release.send(()).unwrap();
        let one = answered
            .recv_timeout(Duration::from_secs(30))
            .expect("the reader given back went to the waiting question");
        assert_eq!(one, 1);
        holder.join().unwrap();
        drop(held);
        database.close_readers().unwrap();
    }

    #[test]
    fn a_journal_indexed_with_account_names_is_found_alike_once_they_leave_the_index() {
        use crate::history::{Entries, HistoryQuery, Resolved, NAMES_OUT_OF_SEARCH};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.sqlite3");
        let step = MIGRATIONS
            .iter()
            .position(|step| *step == NAMES_OUT_OF_SEARCH)
            .unwrap();
        {
            let connection = Connection::open(&path).unwrap();
            crate::history::register_functions(&connection).unwrap();
            for (version, migration) in MIGRATIONS[..step].iter().enumerate() {
                connection.execute_batch(migration).unwrap();
                connection
                    .pragma_update(None, "user_version", version + 1)
                    .unwrap();
            }
            connection
                .execute(
                    "INSERT INTO actions (action_key, kind, platform, account_id, account_name,
                         summary, subject, request, state, response, created_at, finished_at)
                     VALUES ('top-up', 'awaz_credits', 'awaz', 'north', 'North Clinics – Awaz',
                         'Add 10 credits', 'desk@agency.test', '{\"credits\": 10}', 'succeeded',
                         '{}', '2026-04-01T07:00:00.000Z', '2026-04-01T07:00:00.000Z')",
                    [],
                )
                .unwrap();
            assert_eq!(
                indexed(&connection, "north"),
                1,
                "the name is in the index before the step"
            );
        }
        let database = Database::open(&path).unwrap();
        let entries = Entries::new(database.clone());
        let found = |text: &str| {
            let query = HistoryQuery {
                text: Some(text.to_owned()),
                ..HistoryQuery::default()
            };
            entries
                .count(&Resolved::new(&query, chrono_tz::UTC).unwrap())
                .unwrap()
        };
        // By its account's name, its other columns, both at once, and not by a stranger's.
        assert_eq!(found("North Clinics"), 1);
        assert_eq!(found("credits"), 1);
        assert_eq!(found("clinics credits desk"), 1);
        assert_eq!(found("Zorro"), 0);
        let connection = database.connection();
        assert_eq!(
            indexed(&connection, "credits"),
            1,
            "the index is made again from the entries"
        );
        assert_eq!(
            indexed(&connection, "north"),
            0,
            "names are matched on their own"
        );
    }

    /// Entries the search index holds for a word.
    fn indexed(connection: &Connection, word: &str) -> i64 {
        connection
            .query_row(
                "SELECT count(*) FROM history_search WHERE history_search MATCH ?1",
                [word],
                |row| row.get(0),
            )
            .unwrap()
    }

    #[test]
    fn every_stored_word_reads_back_as_its_value() {
        use crate::bulk::Step;
        use crate::journal::ActionKind;
        for state in [
            ActionState::Pending,
            ActionState::Unknown,
            ActionState::Failed,
        ] {
            assert_eq!(state.text().parse::<ActionState>().ok(), Some(state));
        }
        assert_eq!(ActionKind::GetVocalLead.text(), "get_vocal_lead");
        assert_eq!(Status::NeedsCheck.text(), "needs_check");
        assert_eq!(Step::Record.text(), "record");
        assert_eq!(crate::endpoints::Platform::GetVocal.text(), "getvocal");
        assert_eq!(
            crate::import::Target::GetVocalLeads.text(),
            "get_vocal_leads"
        );
    }
}
