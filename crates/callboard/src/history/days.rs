//! `history_days`: how many entries each local day holds, by platform, account, kind and
//! outcome, kept by triggers on `history_entries` in the same transaction as every write. The
//! exact count and the chart of a query without search words add up these buckets (a few
//! thousand rows a year) instead of reading every entry; a search reads each bucket's id range
//! to look only at the part of the search index its days can hold.
//!
//! Days are local to one zone, `history_day_zone` (the computer's when the table is made);
//! a query in another zone (Settings' changed) counts the buckets again in it first.

use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;
use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, OptionalExtension};

use crate::store::storage;
use crate::Result;

/// The bucket of an entry's columns (`e`) in the zone `z`, with the entry counted once.
macro_rules! bucket_of {
    ($entry:literal) => {
        concat!(
            "history_day(",
            $entry,
            ".at, z.zone), ",
            $entry,
            ".platform, ",
            $entry,
            ".account_id, ",
            $entry,
            ".kind, ",
            $entry,
            ".outcome"
        )
    };
}

/// The key columns of a bucket equal to the entry `$entry`'s.
macro_rules! same_bucket {
    ($entry:literal) => {
        concat!(
            "day = (SELECT history_day(",
            $entry,
            ".at, zone) FROM history_day_zone) AND platform = ",
            $entry,
            ".platform AND account_id = ",
            $entry,
            ".account_id AND kind = ",
            $entry,
            ".kind AND outcome = ",
            $entry,
            ".outcome"
        )
    };
}

/// Counts `NEW` in its bucket.
macro_rules! add_new {
    () => {
        concat!(
            "INSERT INTO history_days (day, platform, account_id, kind, outcome, entries,
                                       first_id, last_id)
             SELECT ",
            bucket_of!("NEW"),
            ", 1, NEW.id, NEW.id FROM history_day_zone z WHERE true
             ON CONFLICT DO UPDATE SET entries = entries + 1,
                 first_id = min(first_id, excluded.first_id),
                 last_id = max(last_id, excluded.last_id);"
        )
    };
}

/// Takes `OLD` out of its bucket, and the bucket away once empty (the chart's first and last
/// days come from the buckets there are). Its id range is kept: it still holds every id.
macro_rules! remove_old {
    () => {
        concat!(
            "DELETE FROM history_days WHERE ",
            same_bucket!("OLD"),
            " AND entries = 1;
             UPDATE history_days SET entries = entries - 1 WHERE ",
            same_bucket!("OLD"),
            ";"
        )
    };
}

/// Every bucket counted again from the entries, in the zone of `history_day_zone`.
macro_rules! fill_days {
    () => {
        concat!(
            "INSERT INTO history_days (day, platform, account_id, kind, outcome, entries,
                                       first_id, last_id)
             SELECT ",
            bucket_of!("e"),
            ", count(*), min(e.id), max(e.id)
             FROM history_entries e, history_day_zone z GROUP BY 1, 2, 3, 4, 5;"
        )
    };
}

/// The store's migration step that adds the buckets (see `store::MIGRATIONS`), filled from
/// the entries already there.
pub const SCHEMA: &str = concat!(
    "CREATE TABLE history_day_zone (zone TEXT NOT NULL);
     INSERT INTO history_day_zone (zone) VALUES (history_local_zone());
     CREATE TABLE history_days (
         day        INTEGER NOT NULL,
         platform   TEXT NOT NULL,
         account_id TEXT NOT NULL,
         kind       TEXT NOT NULL,
         outcome    TEXT NOT NULL,
         entries    INTEGER NOT NULL,
         first_id   INTEGER NOT NULL,
         last_id    INTEGER NOT NULL,
         PRIMARY KEY (day, platform, account_id, kind, outcome)
     ) WITHOUT ROWID;
     CREATE TRIGGER history_days_insert AFTER INSERT ON history_entries BEGIN ",
    add_new!(),
    " END;
     CREATE TRIGGER history_days_delete AFTER DELETE ON history_entries BEGIN ",
    remove_old!(),
    " END;
     CREATE TRIGGER history_days_update AFTER UPDATE OF at, platform, account_id, kind, outcome
     ON history_entries
     WHEN OLD.at IS NOT NEW.at OR OLD.platform IS NOT NEW.platform
       OR OLD.account_id IS NOT NEW.account_id OR OLD.kind IS NOT NEW.kind
       OR OLD.outcome IS NOT NEW.outcome
     BEGIN ",
    remove_old!(),
    add_new!(),
    " END;
     ",
    fill_days!()
);

/// Whether the buckets count days in `zone` already.
pub(crate) fn counts_days_in(connection: &Connection, zone: Tz) -> Result<bool> {
    let kept: Option<String> = connection
        .query_row("SELECT zone FROM history_day_zone", [], |row| row.get(0))
        .optional()
        .map_err(storage)?;
    Ok(kept.as_deref() == Some(zone.name()))
}

/// Makes the buckets count days in `zone`, counting them again if they were in another.
pub(crate) fn count_days_in(connection: &mut Connection, zone: Tz) -> Result<()> {
    if counts_days_in(connection, zone)? {
        return Ok(());
    }
    let transaction = connection.transaction().map_err(storage)?;
    transaction
        .execute_batch("DELETE FROM history_days; DELETE FROM history_day_zone;")
        .map_err(storage)?;
    transaction
        .execute(
            "INSERT INTO history_day_zone (zone) VALUES (?1)",
            [zone.name()],
        )
        .map_err(storage)?;
    transaction.execute_batch(fill_days!()).map_err(storage)?;
    transaction.commit().map_err(storage)
}

/// The local day (in `zone`) of an instant in milliseconds, numbered from 1970-01-01.
pub(crate) fn day_number(zone: Tz, millis: i64) -> i64 {
    let date = DateTime::from_timestamp_millis(millis)
        .unwrap_or_default()
        .with_timezone(&zone)
        .date_naive();
    number_of(date)
}

/// 1970-01-01 is day 0.
pub(crate) fn number_of(date: NaiveDate) -> i64 {
    (date - NaiveDate::default()).num_days()
}

/// The day numbered `number` from 1970-01-01.
pub(crate) fn date_of(number: i64) -> NaiveDate {
    NaiveDate::default()
        .checked_add_signed(chrono::Duration::days(number))
        .unwrap_or_default()
}

/// `history_day(at, zone)`, the buckets' day of an entry, and `history_local_zone()`, the
/// zone the buckets are first counted in.
pub(crate) fn register_functions(connection: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    connection.create_scalar_function("history_day", 2, flags, |context| {
        let millis: i64 = context.get::<Option<i64>>(0)?.unwrap_or(0);
        let zone: Option<String> = context.get(1).unwrap_or(None);
        let zone = zone.and_then(|zone| zone.parse().ok()).unwrap_or(Tz::UTC);
        Ok(day_number(zone, millis))
    })?;
    connection.create_scalar_function("history_local_zone", 0, FunctionFlags::SQLITE_UTF8, |_| {
        Ok(crate::when::local_zone())
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use chrono::{Duration, TimeZone, Utc};
    use serde_json::json;

    use super::*;
    use crate::history::seed::{self, SeedAction};
    use crate::journal::{ActionKind, ActionState};
    use crate::store::Database;

    type Key = (i64, String, String, String, String);

    /// The buckets as stored: each key's count and id range.
    fn stored(connection: &Connection) -> BTreeMap<Key, (i64, i64, i64)> {
        let mut statement = connection
            .prepare(
                "SELECT day, platform, account_id, kind, outcome, entries, first_id, last_id
                 FROM history_days",
            )
            .unwrap();
        let rows = statement
            .query_map([], |row| {
                Ok((
                    (
                        row.get(0)?,
                        row.get(1)?,
                        row.get(2)?,
                        row.get(3)?,
                        row.get(4)?,
                    ),
                    (row.get(5)?, row.get(6)?, row.get(7)?),
                ))
            })
            .unwrap();
        rows.map(Result::unwrap).collect()
    }

    /// The buckets counted again in Rust from every entry: each key's count and ids.
    fn recounted(connection: &Connection, zone: Tz) -> BTreeMap<Key, Vec<i64>> {
        let mut statement = connection
            .prepare("SELECT id, at, platform, account_id, kind, outcome FROM history_entries")
            .unwrap();
        let mut buckets: BTreeMap<Key, Vec<i64>> = BTreeMap::new();
        let rows = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    (
                        day_number(zone, row.get(1)?),
                        row.get(2)?,
                        row.get(3)?,
                        row.get(4)?,
                        row.get(5)?,
                    ),
                ))
            })
            .unwrap();
        for (id, key) in rows.map(Result::unwrap) {
            buckets.entry(key).or_default().push(id);
        }
        buckets
    }

    #[test]
    fn a_write_that_changes_nothing_shown_leaves_the_entries_untouched() {
        let database = Database::in_memory().unwrap();
        let start = Utc.with_ymd_and_hms(2026, 3, 28, 9, 0, 0).unwrap();
        seed::journal(
            &database,
            (0..6).map(|hour| call(start + Duration::hours(hour), "north", "busy")),
        )
        .unwrap();
        let mut connection = database.connection();
        count_days_in(&mut connection, Tz::UTC).unwrap();
        connection
            .execute_batch(
                "CREATE TEMP TABLE rewritten (entries INTEGER NOT NULL);
                 INSERT INTO rewritten VALUES (0);
                 CREATE TEMP TRIGGER count_rewrites AFTER UPDATE ON history_entries BEGIN
                     UPDATE rewritten SET entries = entries + 1;
                 END;",
            )
            .unwrap();
        let rewritten = || -> i64 {
            connection
                .query_row("SELECT entries FROM rewritten", [], |row| row.get(0))
                .unwrap()
        };
        connection
            .execute_batch("UPDATE actions SET finished_at = finished_at || ''")
            .unwrap();
        assert_eq!(rewritten(), 0);
        connection
            .execute_batch("UPDATE actions SET state = 'failed' WHERE id % 2 = 0")
            .unwrap();
        assert_eq!(rewritten(), 3);
        assert_buckets_match(&connection, Tz::UTC);
    }

    /// Same keys, same counts, and each bucket's id range holds all its ids.
    fn assert_buckets_match(connection: &Connection, zone: Tz) {
        let stored = stored(connection);
        let recounted = recounted(connection, zone);
        assert_eq!(
            stored.keys().collect::<Vec<_>>(),
            recounted.keys().collect::<Vec<_>>()
        );
        for (key, ids) in &recounted {
            let (entries, first, last) = stored[key];
            assert_eq!(entries, ids.len() as i64, "{key:?}");
            assert!(ids.iter().all(|id| (first..=last).contains(id)), "{key:?}");
        }
    }

    fn call(when: chrono::DateTime<Utc>, account: &str, status: &str) -> SeedAction {
        SeedAction {
            kind: ActionKind::AwazCall,
            account_id: account.to_owned(),
            account_name: format!("{account} – Awaz"),
            summary: "Call Ana (+33612345678)".to_owned(),
            subject: Some("+33612345678".to_owned()),
            request: json!({ "phone": "+33612345678", "datetime": when.to_rfc3339() }),
            state: ActionState::Succeeded,
            response: Some(json!({ "id": format!("call-{status}"), "status": status })),
            error: None,
            created_at: when - Duration::hours(1),
        }
    }

    #[test]
    fn buckets_equal_a_recount_after_inserts_updates_deletes_and_a_zone_change() {
        let database = Database::in_memory().unwrap();
        let paris: Tz = "Europe/Paris".parse().unwrap();
        let start = Utc.with_ymd_and_hms(2026, 3, 28, 21, 0, 0).unwrap();
        // Around midnight in Paris and across its clock change, on two accounts.
        let actions = (0..60).map(|hour| {
            let account = if hour % 3 == 0 { "north" } else { "south" };
            let status = ["completed", "busy", "scheduled"][hour % 3];
            call(start + Duration::minutes(37 * hour as i64), account, status)
        });
        seed::journal(&database, actions).unwrap();
        let mut connection = database.connection();
        count_days_in(&mut connection, Tz::UTC).unwrap();
        assert_buckets_match(&connection, Tz::UTC);

        // Answers change outcomes, times move calls to other days, entries go away.
        connection
            .execute_batch(
                "UPDATE actions SET state = 'failed' WHERE id % 4 = 0;
                 UPDATE actions SET request = json_set(request, '$.datetime',
                     '2026-04-02T23:30:00Z') WHERE id % 5 = 0;
                 UPDATE actions SET account_id = 'east' WHERE id % 7 = 0;
                 DELETE FROM history_entries WHERE id % 6 = 0;",
            )
            .unwrap();
        assert_buckets_match(&connection, Tz::UTC);

        count_days_in(&mut connection, paris).unwrap();
        assert_buckets_match(&connection, paris);
        // Days are Paris's now: 23:30 UTC on 2 April is 3 April there.
        let paris_day: i64 = connection
            .query_row(
                "SELECT max(day) FROM history_days WHERE kind = 'call'",
                [],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(
            date_of(paris_day),
            NaiveDate::from_ymd_opt(2026, 4, 3).unwrap()
        );

        // Every entry gone: no bucket left.
        connection
            .execute_batch("DELETE FROM history_entries")
            .unwrap();
        assert!(stored(&connection).is_empty());
    }
}
