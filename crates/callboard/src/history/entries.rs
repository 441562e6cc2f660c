//! The history's queries over `history_entries` (see [`super::schema`]): pages by cursor, the
//! exact count and the chart's days, each one SQL statement on indexed columns.

use chrono::{DateTime, Days, NaiveDate, Offset, TimeZone};
use chrono_tz::Tz;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Row};

use super::{midnight, stamp, ChartBucket, HistoryRow, OutcomeCount, Resolved, Sort};
use crate::endpoints::Platform;
use crate::outcome::OutcomeGroup;
use crate::store::{now, read_text, storage, Database, Text};
use crate::{Error, Result};

/// The most days one chart draws (ten years): an unbounded query charts its last ten years.
const MAX_CHART_DAYS: u64 = 3_660;

/// History's tables in the store.
#[derive(Clone)]
pub struct Entries {
    database: Database,
}

impl Entries {
    pub fn new(database: Database) -> Entries {
        Entries { database }
    }

    /// Up to `limit` rows after the cursor `after` (from a previous page's `next`), and the
    /// cursor of the page that follows, if any. Keyset on `(at, id)`: rows added meanwhile
    /// never shift or repeat what was already shown.
    pub fn page(
        &self,
        query: &Resolved,
        after: Option<&str>,
        limit: u32,
    ) -> Result<(Vec<HistoryRow>, Option<String>)> {
        let mut filter = Filter::of(query);
        let newest = query.query.sort == Sort::Newest;
        if let Some(after) = after {
            let (at, id) = parse_cursor(after)?;
            let direction = if newest { "<" } else { ">" };
            filter.bind(
                &format!("(at, id) {direction} (?, ?)"),
                [at.into(), id.into()],
            );
        }
        let order = if newest { "at DESC, id DESC" } else { "at, id" };
        let sql = format!(
            "SELECT id, key, at, platform, account_name, kind, outcome, status, title, detail
             FROM history_entries {} ORDER BY {order} LIMIT {}",
            filter.clause(),
            u64::from(limit) + 1
        );
        let connection = self.database.connection();
        let mut statement = connection.prepare_cached(&sql).map_err(storage)?;
        let mut found = statement
            .query_map(params_from_iter(&filter.values), read_row)
            .map_err(storage)?
            .collect::<rusqlite::Result<Vec<(i64, i64, HistoryRow)>>>()
            .map_err(storage)?;
        let next = (found.len() > limit as usize).then(|| {
            found.truncate(limit as usize);
            found
                .last()
                .map(|(at, id, _)| format!("{at}.{id}"))
                .unwrap_or_default()
        });
        Ok((found.into_iter().map(|(_, _, row)| row).collect(), next))
    }

    /// The entry of one key (a call's page opens it), if it exists.
    pub fn entry(&self, key: &str) -> Result<Option<HistoryRow>> {
        let connection = self.database.connection();
        let mut statement = connection
            .prepare_cached(
                "SELECT id, key, at, platform, account_name, kind, outcome, status, title, detail
                 FROM history_entries WHERE key = ?",
            )
            .map_err(storage)?;
        let mut found = statement.query_map([key], read_row).map_err(storage)?;
        found
            .next()
            .transpose()
            .map(|row| row.map(|(_, _, row)| row))
            .map_err(storage)
    }

    /// Every entry the query matches, counted exactly.
    pub fn count(&self, query: &Resolved) -> Result<u32> {
        let filter = Filter::of(query);
        let sql = format!("SELECT count(*) FROM history_entries {}", filter.clause());
        let connection = self.database.connection();
        let mut statement = connection.prepare_cached(&sql).map_err(storage)?;
        statement
            .query_row(params_from_iter(&filter.values), |row| row.get(0))
            .map_err(storage)
    }

    /// Calls by day (in the query's zone, each day as long as the clocks make it, 23 or 25
    /// hours across a change) and outcome, oldest day first; days without calls are left out.
    pub fn chart(&self, query: &Resolved) -> Result<Vec<ChartBucket>> {
        let mut filter = Filter::of(query);
        filter.bind(
            "kind = ?",
            [Value::Text(
                crate::history::HistoryKind::Call.text().to_owned(),
            )],
        );
        let Some((first, last)) = self.call_days(query, &filter)? else {
            return Ok(Vec::new());
        };
        let start = midnight(query.zone, first).timestamp_millis();
        let end = midnight(query.zone, first_after(last)).timestamp_millis();
        filter.bind("at >= ? AND at < ?", [start.into(), end.into()]);
        // Each entry's local day, from its instant and the zone's offset at that instant: one
        // pass over the time index, grouped in SQL. The numbers are ours, never user text.
        let segments = offset_segments(query.zone, start, end);
        let day_of = |offset: i64| format!("(at + {offset}) / {DAY_MS}");
        let local_day = match segments.split_last() {
            Some((last, earlier)) if !earlier.is_empty() => {
                let cases: String = earlier
                    .iter()
                    .map(|(until, offset)| format!(" WHEN at < {until} THEN {}", day_of(*offset)))
                    .collect();
                format!("CASE{cases} ELSE {} END", day_of(last.1))
            }
            only => day_of(only.map_or(0, |(last, _)| last.1)),
        };
        let sql = format!(
            "SELECT {local_day}, outcome, count(*) FROM history_entries {}
             GROUP BY 1, 2 ORDER BY 1",
            filter.clause()
        );
        let connection = self.database.connection();
        let mut statement = connection.prepare(&sql).map_err(storage)?;
        let counts = statement
            .query_map(params_from_iter(&filter.values), |row| {
                Ok((
                    epoch_day(row.get(0)?),
                    read_text::<OutcomeGroup>(row, 1)?,
                    row.get::<_, u32>(2)?,
                ))
            })
            .map_err(storage)?;
        let mut buckets: Vec<ChartBucket> = Vec::new();
        for found in counts {
            let (day, outcome, count) = found.map_err(storage)?;
            if buckets.last().is_none_or(|bucket| bucket.day != day) {
                buckets.push(ChartBucket {
                    day,
                    counts: Vec::new(),
                });
            }
            if let Some(bucket) = buckets.last_mut() {
                bucket.counts.push(OutcomeCount { outcome, count });
            }
        }
        for bucket in &mut buckets {
            bucket.counts.sort_by_key(|count| count.outcome);
        }
        Ok(buckets)
    }

    /// The first and last day the chart covers: the query's days, else its calls' days.
    fn call_days(
        &self,
        query: &Resolved,
        filter: &Filter,
    ) -> Result<Option<(NaiveDate, NaiveDate)>> {
        let day_of = |millis: i64| {
            chrono::DateTime::from_timestamp_millis(millis)
                .map(|moment| moment.with_timezone(&query.zone).date_naive())
        };
        let (mut first, mut last) = (query.from.and_then(day_of), None);
        if let Some(until) = query.until {
            last = day_of(until - 1);
        }
        if first.is_none() || last.is_none() {
            let sql = format!(
                "SELECT min(at), max(at) FROM history_entries {}",
                filter.clause()
            );
            let connection = self.database.connection();
            let (earliest, latest): (Option<i64>, Option<i64>) = connection
                .query_row(&sql, params_from_iter(&filter.values), |row| {
                    Ok((row.get(0)?, row.get(1)?))
                })
                .map_err(storage)?;
            first = first.or(earliest.and_then(day_of));
            last = last.or(latest.and_then(day_of));
        }
        let (Some(first), Some(last)) = (first, last) else {
            return Ok(None);
        };
        let earliest_drawn = last
            .checked_sub_days(Days::new(MAX_CHART_DAYS - 1))
            .unwrap_or(first);
        Ok((first <= last).then_some((first.max(earliest_drawn), last)))
    }

    /// Stores the calls just read from an account's call log (the triggers put them in the
    /// history); a call seen for the first time is timed now.
    pub(crate) fn store_log(
        &self,
        account_id: &str,
        account_name: &str,
        calls: &[awaz::Call],
    ) -> Result<()> {
        let mut connection = self.database.connection();
        let transaction = connection.transaction().map_err(storage)?;
        {
            let mut upsert = transaction
                .prepare_cached(
                    "INSERT INTO awaz_log_calls (account_id, call_id, account_name, status, name,
                                                 phone, variables, first_seen)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                     ON CONFLICT (account_id, call_id) DO UPDATE SET
                         account_name = excluded.account_name, status = excluded.status,
                         name = excluded.name, phone = excluded.phone, variables = excluded.variables
                     WHERE account_name IS NOT excluded.account_name
                        OR status IS NOT excluded.status OR name IS NOT excluded.name
                        OR phone IS NOT excluded.phone OR variables IS NOT excluded.variables",
                )
                .map_err(storage)?;
            let seen_now = now();
            for call in calls {
                upsert
                    .execute(params![
                        account_id,
                        call.id,
                        account_name,
                        status_word(&call.status),
                        call.contact.name,
                        call.contact.phone,
                        variables(call),
                        seen_now,
                    ])
                    .map_err(storage)?;
            }
        }
        transaction.commit().map_err(storage)
    }
}

/// SQL conditions and the values bound to their `?`s, in the order they appear.
struct Filter {
    conditions: Vec<String>,
    values: Vec<Value>,
}

impl Filter {
    fn of(query: &Resolved) -> Filter {
        let mut filter = Filter {
            conditions: Vec::new(),
            values: Vec::new(),
        };
        let wanted = &query.query;
        if !wanted.platforms.is_empty() {
            // Platforms and outcomes are our own fixed words, never user text.
            filter.conditions.push(format!(
                "platform IN ({})",
                quoted(wanted.platforms.iter().map(|platform| platform.text()))
            ));
        }
        if let Some(account_id) = &wanted.account_id {
            filter.bind("account_id = ?", [account_id.clone().into()]);
        }
        if !wanted.outcomes.is_empty() {
            filter.conditions.push(format!(
                "outcome IN ({})",
                quoted(wanted.outcomes.iter().map(|outcome| outcome.text()))
            ));
        }
        if let Some(from) = query.from {
            filter.bind("at >= ?", [from.into()]);
        }
        if let Some(until) = query.until {
            filter.bind("at < ?", [until.into()]);
        }
        if let Some(words) = wanted.text.as_deref().and_then(search_words) {
            // Within days, walk the time index and test each entry against the matches (`+id`
            // keeps SQLite from looking every match up instead, which is slower when a common
            // word matches across years); without days, look the matches up.
            let id = if query.from.is_some() || query.until.is_some() {
                "+id"
            } else {
                "id"
            };
            filter.bind(
                &format!("{id} IN (SELECT rowid FROM history_search WHERE history_search MATCH ?)"),
                [words.into()],
            );
        }
        filter
    }

    fn bind<const N: usize>(&mut self, condition: &str, values: [Value; N]) {
        self.conditions.push(condition.to_owned());
        self.values.extend(values);
    }

    fn clause(&self) -> String {
        if self.conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.conditions.join(" AND "))
        }
    }
}

fn quoted<'a>(words: impl Iterator<Item = &'a str>) -> String {
    words
        .map(|word| format!("'{word}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The FTS5 query for what the person typed: every word as the start of a word, or, when it
/// reads as a phone number, its digits as the start of one of the number's spellings.
pub(crate) fn search_words(typed: &str) -> Option<String> {
    let typed = typed.trim();
    let phone_like = typed
        .chars()
        .all(|c| c.is_ascii_digit() || " +-.()/".contains(c));
    let words: Vec<String> = if phone_like {
        let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
        vec![digits]
    } else {
        typed
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_owned)
            .collect()
    };
    let words: Vec<String> = words
        .into_iter()
        .filter(|word| !word.is_empty())
        .map(|word| format!("\"{word}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

fn parse_cursor(text: &str) -> Result<(i64, i64)> {
    text.split_once('.')
        .and_then(|(at, id)| Some((at.parse().ok()?, id.parse().ok()?)))
        .ok_or_else(|| Error::InvalidField {
            field: "after".to_owned(),
            message: crate::words::word("errors-field-history-page-stale"),
        })
}

fn read_row(row: &Row<'_>) -> rusqlite::Result<(i64, i64, HistoryRow)> {
    let id: i64 = row.get(0)?;
    let at: i64 = row.get(2)?;
    let platform: Platform = read_text(row, 3)?;
    Ok((
        at,
        id,
        HistoryRow {
            key: row.get(1)?,
            when: stamp(at),
            platform,
            account_name: row.get(4)?,
            kind: read_text(row, 5)?,
            outcome: read_text(row, 6)?,
            status: row.get(7)?,
            title: row.get(8)?,
            detail: row.get(9)?,
        },
    ))
}

/// Awaz's word for the call's status, as the API spells it.
fn status_word(status: &awaz::CallStatus) -> String {
    match serde_json::to_value(status) {
        Ok(serde_json::Value::String(word)) => word,
        _ => "unknown".to_owned(),
    }
}

/// "appointment_date: 2026-11-03, interested: true"
fn variables(call: &awaz::Call) -> Option<String> {
    let words: Vec<String> = call
        .extracted_variables
        .iter()
        .map(|(name, value)| match value {
            serde_json::Value::String(text) => format!("{name}: {text}"),
            other => format!("{name}: {other}"),
        })
        .collect();
    (!words.is_empty()).then(|| words.join(", "))
}

const DAY_MS: i64 = 86_400_000;

fn first_after(day: NaiveDate) -> NaiveDate {
    day.checked_add_days(Days::new(1)).unwrap_or(day)
}

/// "2026-03-29" for the local day numbered from 1970-01-01.
fn epoch_day(number: i64) -> String {
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_signed(chrono::Duration::days(number)))
        .map_or_else(String::new, |day| day.format("%Y-%m-%d").to_string())
}

/// The zone's offset (milliseconds to add to UTC) at an instant.
fn offset_at(zone: Tz, millis: i64) -> i64 {
    let instant = DateTime::from_timestamp_millis(millis).unwrap_or_default();
    i64::from(
        zone.offset_from_utc_datetime(&instant.naive_utc())
            .fix()
            .local_minus_utc(),
    ) * 1_000
}

/// `[start, end)` cut where the zone's clocks change: each piece as (its end, its offset), the
/// last ending at `end`. A change is found to the millisecond by halving within its day.
fn offset_segments(zone: Tz, start: i64, end: i64) -> Vec<(i64, i64)> {
    let mut segments = Vec::new();
    let mut offset = offset_at(zone, start);
    let mut day_start = start;
    while day_start < end {
        let day_end = (day_start + DAY_MS).min(end);
        let next = offset_at(zone, day_end);
        if next != offset {
            // The first instant of the day with the new offset.
            let (mut before, mut after) = (day_start, day_end);
            while after - before > 1 {
                let middle = before + (after - before) / 2;
                if offset_at(zone, middle) == offset {
                    before = middle;
                } else {
                    after = middle;
                }
            }
            segments.push((after, offset));
            offset = next;
        }
        day_start = day_end;
    }
    segments.push((end, offset));
    segments
}
