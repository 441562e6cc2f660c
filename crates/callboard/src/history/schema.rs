//! History's tables, kept in step with their sources by SQLite triggers, so no write path has
//! to remember the history and every row written before this step is carried over.
//!
//! - `history_entries`: one row per thing History lists (a journal action; a bulk row's lead or
//!   contact, and its call; an Awaz call read from a call log), with its time in milliseconds
//!   (UTC), its plain kind, the platform's own status word and its [`OutcomeGroup`]. Indexed by
//!   time (pages, keyset by `(at, id)`) and by time with every filtered column (exact counts and
//!   the chart read the index alone).
//! - `history_search`: FTS5 over titles (names and phones), subjects (workspace emails, lead
//!   ids, phones), details, and each phone's other spellings (`phones`); account names were in
//!   it too until [`super::NAMES_OUT_OF_SEARCH`] (they are matched on their own).
//! - `awaz_log_calls`: the Awaz calls read from call logs, with when Callboard first saw each
//!   (the log carries no time). It replaces `awaz_calls_seen`, whose times it keeps.
//!
//! A call Callboard scheduled shows once: its journal or bulk entry carries `awaz_call`
//! (`<account id>:<call id>`) and takes the log's fresher status and variables, whichever is
//! written first. The words (kinds, outcomes, times, phones) come from Rust functions
//! registered on the connection ([`register_functions`]) so they are written once.

use chrono::DateTime;
use rusqlite::functions::FunctionFlags;
use rusqlite::Connection;

use crate::journal::ActionKind;
use crate::outcome::OutcomeGroup;

use super::HistoryKind;

/// Columns written by every upsert into `history_entries`, in this order.
macro_rules! entry_columns {
    () => {
        "(key, at, platform, account_id, account_name, kind, status, outcome, title, detail,
          subject, phones, awaz_call)"
    };
}

/// What an upsert changes on an entry that exists (its id, hence its place, is kept), when
/// anything changed.
macro_rules! entry_update {
    () => {
        " ON CONFLICT (key) DO UPDATE SET at = excluded.at, platform = excluded.platform,
            account_id = excluded.account_id, account_name = excluded.account_name,
            kind = excluded.kind, status = excluded.status, outcome = excluded.outcome,
            title = excluded.title, detail = excluded.detail, subject = excluded.subject,
            phones = excluded.phones, awaz_call = excluded.awaz_call
         WHERE at IS NOT excluded.at OR platform IS NOT excluded.platform
            OR account_id IS NOT excluded.account_id OR account_name IS NOT excluded.account_name
            OR kind IS NOT excluded.kind OR status IS NOT excluded.status
            OR outcome IS NOT excluded.outcome OR title IS NOT excluded.title
            OR detail IS NOT excluded.detail OR subject IS NOT excluded.subject
            OR phones IS NOT excluded.phones OR awaz_call IS NOT excluded.awaz_call;"
    };
}

/// "Marie Curie (+33698765432)", or the phone alone when there is no name.
macro_rules! who {
    ($name:literal, $phone:literal) => {
        concat!(
            "CASE WHEN trim(",
            $name,
            ") = '' THEN ",
            $phone,
            " ELSE trim(",
            $name,
            ") || ' (' || ",
            $phone,
            " || ')' END"
        )
    };
}

pub(super) use who;

/// A bulk row status as History says it of a request.
macro_rules! bulk_word {
    () => {
        "CASE NEW.status WHEN 'done' THEN 'done' WHEN 'failed' THEN 'failed'
              WHEN 'unknown' THEN 'unknown' WHEN 'needs_check' THEN 'unknown' ELSE 'pending' END"
    };
}

/// The journal action `NEW` as an entry. A call's time is when it is placed (GetVocal's
/// `schedule`, Awaz's `datetime`), anything else's when it was sent.
macro_rules! journal_entry {
    () => {
        concat!(
            "INSERT INTO history_entries ",
            entry_columns!(),
            " SELECT 'journal:' || NEW.id,
                 CASE WHEN e.kind = 'call'
                      THEN coalesce(history_ms(e.request ->> '$.schedule'),
                                    history_ms(e.request ->> '$.datetime'), e.created)
                      ELSE e.created END,
                 NEW.platform, NEW.account_id, NEW.account_name, e.kind,
                 coalesce(seen.status, e.status), history_outcome(e.kind, coalesce(seen.status, e.status)),
                 NEW.summary, coalesce(seen.variables, NEW.error), NEW.subject,
                 history_phones(NEW.summary || ' ' || coalesce(NEW.subject, '')),
                 NEW.account_id || ':' || e.call_id
             FROM (SELECT kind, request, coalesce(history_ms(NEW.created_at), 0) AS created,
                          CASE NEW.state
                              WHEN 'succeeded' THEN CASE WHEN kind = 'call'
                                  THEN coalesce(response ->> '$.call.call_status',
                                                response ->> '$.status', 'scheduled')
                                  ELSE 'done' END
                              WHEN 'failed' THEN 'failed' WHEN 'unknown' THEN 'unknown'
                              ELSE 'pending' END AS status,
                          CASE WHEN NEW.kind = 'awaz_call' AND NEW.state = 'succeeded'
                               THEN response ->> '$.id' END AS call_id
                   FROM (SELECT history_kind(NEW.kind) AS kind,
                                CASE WHEN json_valid(NEW.request) THEN NEW.request END AS request,
                                CASE WHEN json_valid(NEW.response) THEN NEW.response END AS response)) e
             LEFT JOIN awaz_log_calls seen
                 ON seen.account_id = NEW.account_id AND seen.call_id = e.call_id
                    AND seen.status IS NOT NULL
             WHERE true",
            entry_update!(),
            // The log's own entry for this call, if it was read before the answer was written.
            "DELETE FROM history_entries WHERE key = 'awaz:' || NEW.account_id || ':' ||
                 (SELECT call_id FROM awaz_log_calls
                  WHERE account_id = NEW.account_id AND NEW.kind = 'awaz_call'
                    AND NEW.state = 'succeeded' AND json_valid(NEW.response)
                    AND call_id = NEW.response ->> '$.id');"
        )
    };
}

/// The bulk row `NEW` as its lead or contact entry, and its call's entry once it has reached
/// the call step of a run that places calls.
macro_rules! bulk_entries {
    () => {
        concat!(
            "INSERT INTO history_entries ",
            entry_columns!(),
            " SELECT 'bulk:' || NEW.job_id || ':' || NEW.line || ':record',
                 coalesce(history_ms(job.created_at), 0), job.platform, job.account_id,
                 job.account_name, CASE job.platform WHEN 'getvocal' THEN 'lead' ELSE 'contact' END,
                 record.status, history_outcome('record', record.status),
                 CASE job.platform WHEN 'getvocal' THEN 'Create the lead ' ELSE 'Save contact ' END
                     || ",
            who!("NEW.name", "NEW.phone"),
            ",
                 CASE WHEN record.status = 'done' THEN NULL ELSE NEW.reason END,
                 NEW.phone, history_phones(NEW.phone), NULL
             FROM bulk_jobs job,
                  (SELECT CASE WHEN NEW.step = 'call' OR NEW.status = 'done' THEN 'done'
                               ELSE ",
            bulk_word!(),
            " END AS status) record
             WHERE job.id = NEW.job_id",
            entry_update!(),
            "INSERT INTO history_entries ",
            entry_columns!(),
            " SELECT 'bulk:' || NEW.job_id || ':' || NEW.line || ':call',
                 coalesce(history_ms(NEW.call_at), history_ms(job.created_at), 0), job.platform,
                 job.account_id, job.account_name, 'call',
                 coalesce(seen.status, placed.status), history_outcome('call', coalesce(seen.status, placed.status)),
                 'Call to ' || ",
            who!("NEW.name", "NEW.phone"),
            ",
                 coalesce(seen.variables, NEW.reason), NEW.phone, history_phones(NEW.phone),
                 CASE WHEN job.platform = 'awaz' AND NEW.call_id IS NOT NULL
                      THEN job.account_id || ':' || NEW.call_id END
             FROM bulk_jobs job
             JOIN (SELECT CASE WHEN NEW.status = 'done' THEN coalesce(NEW.call_status, 'scheduled')
                               ELSE ",
            bulk_word!(),
            " END AS status) placed
             LEFT JOIN awaz_log_calls seen
                 ON job.platform = 'awaz' AND seen.account_id = job.account_id
                    AND seen.call_id = NEW.call_id AND seen.status IS NOT NULL
             WHERE job.id = NEW.job_id AND job.calls IS NOT NULL AND NEW.step = 'call'",
            entry_update!(),
            "DELETE FROM history_entries
             WHERE key = 'bulk:' || NEW.job_id || ':' || NEW.line || ':call' AND NEW.step <> 'call';
             DELETE FROM history_entries WHERE key =
                 (SELECT 'awaz:' || job.account_id || ':' || NEW.call_id FROM bulk_jobs job
                  WHERE job.id = NEW.job_id AND job.platform = 'awaz' AND NEW.step = 'call');"
        )
    };
}

/// The Awaz call `NEW` read from a log: its status goes to the entry of the journal or bulk
/// row that scheduled it, else it is an entry of its own, timed when Callboard first saw it.
macro_rules! log_entry {
    () => {
        concat!(
            "UPDATE history_entries
                 SET status = NEW.status, outcome = history_outcome('call', NEW.status),
                     detail = coalesce(NEW.variables, detail)
             WHERE awaz_call = NEW.account_id || ':' || NEW.call_id
               AND key <> 'awaz:' || NEW.account_id || ':' || NEW.call_id;
             INSERT INTO history_entries ",
            entry_columns!(),
            " SELECT 'awaz:' || NEW.account_id || ':' || NEW.call_id,
                 coalesce(history_ms(NEW.first_seen), 0), 'awaz', NEW.account_id,
                 coalesce(NEW.account_name, ''), 'call', NEW.status,
                 history_outcome('call', NEW.status), 'Call to ' || ",
            who!("coalesce(NEW.name, '')", "coalesce(NEW.phone, '')"),
            ",
                 NEW.variables, NEW.phone, history_phones(NEW.phone),
                 NEW.account_id || ':' || NEW.call_id
             WHERE NOT EXISTS (SELECT 1 FROM history_entries
                               WHERE awaz_call = NEW.account_id || ':' || NEW.call_id
                                 AND key <> 'awaz:' || NEW.account_id || ':' || NEW.call_id)",
            entry_update!()
        )
    };
}

/// The triggers that keep History's entries in step with the journal, the bulk rows and the
/// Awaz call logs.
macro_rules! source_triggers {
    () => {
        concat!(
            "CREATE TRIGGER history_from_new_action AFTER INSERT ON actions BEGIN ",
            journal_entry!(),
            " END;
             CREATE TRIGGER history_from_changed_action AFTER UPDATE ON actions BEGIN ",
            journal_entry!(),
            " END;
             CREATE TRIGGER history_from_new_bulk_row AFTER INSERT ON bulk_rows BEGIN ",
            bulk_entries!(),
            " END;
             CREATE TRIGGER history_from_changed_bulk_row AFTER UPDATE ON bulk_rows BEGIN ",
            bulk_entries!(),
            " END;
             CREATE TRIGGER history_from_new_log_call AFTER INSERT ON awaz_log_calls
             WHEN NEW.status IS NOT NULL BEGIN ",
            log_entry!(),
            " END;
             CREATE TRIGGER history_from_changed_log_call AFTER UPDATE ON awaz_log_calls
             WHEN NEW.status IS NOT NULL BEGIN ",
            log_entry!(),
            " END;"
        )
    };
}

/// The store's migration step that adds History's tables (see `store::MIGRATIONS`). It ends by
/// touching every journal and bulk row once, so the triggers fill the history from them.
pub const SCHEMA: &str = concat!(
    "CREATE TABLE history_entries (
         id           INTEGER PRIMARY KEY,
         key          TEXT NOT NULL UNIQUE,
         at           INTEGER NOT NULL,
         platform     TEXT NOT NULL,
         account_id   TEXT NOT NULL,
         account_name TEXT NOT NULL,
         kind         TEXT NOT NULL,
         status       TEXT NOT NULL,
         outcome      TEXT NOT NULL,
         title        TEXT NOT NULL,
         detail       TEXT,
         subject      TEXT,
         phones       TEXT,
         awaz_call    TEXT
     );
     CREATE INDEX history_by_time ON history_entries (at);
     CREATE INDEX history_filtered ON history_entries (at, platform, account_id, kind, outcome);
     CREATE INDEX history_by_awaz_call ON history_entries (awaz_call) WHERE awaz_call IS NOT NULL;

     CREATE VIRTUAL TABLE history_search USING fts5 (
         title, account_name, subject, detail, phones,
         content = 'history_entries', content_rowid = 'id',
         tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
     );
     CREATE TRIGGER history_search_insert AFTER INSERT ON history_entries BEGIN
         INSERT INTO history_search (rowid, title, account_name, subject, detail, phones)
         VALUES (NEW.id, NEW.title, NEW.account_name, NEW.subject, NEW.detail, NEW.phones);
     END;
     CREATE TRIGGER history_search_delete AFTER DELETE ON history_entries BEGIN
         INSERT INTO history_search (history_search, rowid, title, account_name, subject, detail, phones)
         VALUES ('delete', OLD.id, OLD.title, OLD.account_name, OLD.subject, OLD.detail, OLD.phones);
     END;
     CREATE TRIGGER history_search_update AFTER UPDATE ON history_entries
     WHEN OLD.title IS NOT NEW.title OR OLD.account_name IS NOT NEW.account_name
       OR OLD.subject IS NOT NEW.subject OR OLD.detail IS NOT NEW.detail
       OR OLD.phones IS NOT NEW.phones
     BEGIN
         INSERT INTO history_search (history_search, rowid, title, account_name, subject, detail, phones)
         VALUES ('delete', OLD.id, OLD.title, OLD.account_name, OLD.subject, OLD.detail, OLD.phones);
         INSERT INTO history_search (rowid, title, account_name, subject, detail, phones)
         VALUES (NEW.id, NEW.title, NEW.account_name, NEW.subject, NEW.detail, NEW.phones);
     END;

     CREATE TABLE awaz_log_calls (
         account_id   TEXT NOT NULL,
         call_id      TEXT NOT NULL,
         account_name TEXT,
         status       TEXT,
         name         TEXT,
         phone        TEXT,
         variables    TEXT,
         first_seen   TEXT NOT NULL,
         PRIMARY KEY (account_id, call_id)
     );
     INSERT INTO awaz_log_calls (account_id, call_id, first_seen)
         SELECT account_id, call_id, first_seen FROM awaz_calls_seen;
     DROP TABLE awaz_calls_seen;

    ",
    source_triggers!(),
    "

     UPDATE actions SET state = state;
     UPDATE bulk_rows SET status = status;"
);

/// The store's migration step that makes the source triggers leave an entry untouched when a
/// write changes nothing History shows (a bulk row's call step re-writes its lead's entry as it
/// was): its indexes, search words and day bucket are not rewritten for nothing.
pub const UNCHANGED_ENTRIES_KEPT: &str = concat!(
    "DROP TRIGGER history_from_new_action;
     DROP TRIGGER history_from_changed_action;
     DROP TRIGGER history_from_new_bulk_row;
     DROP TRIGGER history_from_changed_bulk_row;
     DROP TRIGGER history_from_new_log_call;
     DROP TRIGGER history_from_changed_log_call;
     ",
    source_triggers!()
);

/// The Rust functions History's triggers call; registered on every connection before the
/// migrations run. Each answers NULL (never an error) for text it cannot read, so a history
/// word can never stop a journal write.
pub(crate) fn register_functions(connection: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    // history_ms(text): milliseconds since 1970 of an RFC 3339 time.
    connection.create_scalar_function("history_ms", 1, flags, |context| {
        let text: Option<String> = context.get(0).unwrap_or(None);
        Ok(text
            .and_then(|text| DateTime::parse_from_rfc3339(&text).ok())
            .map(|moment| moment.timestamp_millis()))
    })?;
    // history_kind(action kind): the entry's kind ("call", "lead", …).
    connection.create_scalar_function("history_kind", 1, flags, |context| {
        let kind: Option<String> = context.get(0).unwrap_or(None);
        Ok(kind.map(|kind| match kind.parse::<ActionKind>() {
            Ok(kind) => HistoryKind::of_action(kind).text().to_owned(),
            Err(_) => kind,
        }))
    })?;
    // history_outcome(entry kind, status): the outcome group's word.
    connection.create_scalar_function("history_outcome", 2, flags, |context| {
        let kind: Option<String> = context.get(0).unwrap_or(None);
        let status: Option<String> = context.get(1).unwrap_or(None);
        let status = status.unwrap_or_default();
        Ok(if kind.as_deref() == Some(HistoryKind::Call.text()) {
            OutcomeGroup::of_call(&status)
        } else {
            OutcomeGroup::of_request(&status)
        }
        .text())
    })?;
    // history_phones(text): the other spellings of each international number in the text.
    connection.create_scalar_function("history_phones", 1, flags, |context| {
        let text: Option<String> = context.get(0).unwrap_or(None);
        Ok(text.and_then(|text| phone_spellings(&text)))
    })?;
    super::days::register_functions(connection)
}

/// For each `+<digits>` in `text`: the digits, the national number, and the national number
/// with its trunk prefix ("+33612345678" → "33612345678 612345678 0612345678"), so a search
/// typed the way people write numbers at home finds it.
pub(crate) fn phone_spellings(text: &str) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    for candidate in text.split('+').skip(1) {
        let digits: String = candidate
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ' ')
            .filter(char::is_ascii_digit)
            .collect();
        if digits.len() < 6 {
            continue;
        }
        words.push(digits.clone());
        // Country calling codes are prefix-free: at most one of the first 1–3 digits is one.
        let national = (1..=3).find_map(|length| {
            let code: u16 = digits.get(..length)?.parse().ok()?;
            let regions = phonenumber::metadata::DATABASE.by_code(&code)?;
            let trunk = regions
                .first()
                .and_then(|region| region.national_prefix())
                .unwrap_or("")
                .to_owned();
            Some((digits[length..].to_owned(), trunk))
        });
        if let Some((number, trunk)) = national {
            words.push(format!("{trunk}{number}"));
            words.push(number);
        }
    }
    words.dedup();
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn international_numbers_are_also_written_the_national_way() {
        assert_eq!(
            phone_spellings("Call to Marie (+33612345678)").as_deref(),
            Some("33612345678 0612345678 612345678")
        );
        assert_eq!(
            phone_spellings("+1 415 555 0100 and +44 20 7946 0958").as_deref(),
            Some("14155550100 4155550100 442079460958 02079460958 2079460958")
        );
        assert_eq!(phone_spellings("north-clinic@callboard.test"), None);
    }
}
