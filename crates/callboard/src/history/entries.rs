//! The history's queries over `history_entries` (see [`super::schema`]): pages by cursor, the
//! exact count and the chart's days, each one SQL statement on indexed columns or on the day
//! buckets of [`super::days`].

use std::collections::BTreeMap;

use chrono::{DateTime, Days, NaiveDate, Offset, TimeZone};
use chrono_tz::Tz;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};

use super::days::{date_of, day_number, number_of};
use super::schema::who;
use super::{midnight, stamp, ChartBucket, HistoryKind, HistoryRow, OutcomeCount, Resolved, Sort};
use crate::endpoints::Platform;
use crate::outcome::OutcomeGroup;
use crate::store::{now, read_text, storage, Database, Reader, Text};
use crate::words::{self, Language, Words};
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
        let connection = self.reader_in(query.zone)?;
        let mut filter = match found(&connection, query)? {
            Searched::Nothing => return Ok((Vec::new(), None)),
            Searched::Everything => Filter::of(query),
            Searched::Found(found) => found.filter(query, Reading::First(limit), Part::All),
        };
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
        let mut rows: Vec<HistoryRow> = found.into_iter().map(|(_, _, row)| row).collect();
        word_titles(&connection, &mut rows, words::current())?;
        Ok((rows, next))
    }

    /// The entry of one key (a call's page opens it), if it exists.
    pub fn entry(&self, key: &str) -> Result<Option<HistoryRow>> {
        let connection = self.database.reader();
        let mut statement = connection
            .prepare_cached(
                "SELECT id, key, at, platform, account_name, kind, outcome, status, title, detail
                 FROM history_entries WHERE key = ?",
            )
            .map_err(storage)?;
        let found = statement
            .query_map([key], read_row)
            .map_err(storage)?
            .next()
            .transpose()
            .map_err(storage)?;
        let mut rows: Vec<HistoryRow> = found.into_iter().map(|(_, _, row)| row).collect();
        word_titles(&connection, &mut rows, words::current())?;
        Ok(rows.pop())
    }

    /// Every entry the query matches, counted exactly: the buckets' sum without search words;
    /// else the buckets of the accounts it matches whole, plus the other matches (their number
    /// when nothing else narrows, else those the filters keep).
    pub fn count(&self, query: &Resolved) -> Result<u32> {
        let connection = self.reader_in(query.zone)?;
        let found = match found(&connection, query)? {
            Searched::Nothing => return Ok(0),
            Searched::Everything => {
                let filter = Filter::days(query);
                let sql = format!(
                    "SELECT coalesce(sum(entries), 0) FROM history_days {}",
                    filter.clause()
                );
                return number(&connection, &sql, &filter);
            }
            Searched::Found(found) => found,
        };
        if Filter::of(query).conditions.is_empty() || found.others == 0 {
            return Ok(found.whole + found.others);
        }
        let filter = found.filter(query, Reading::All, Part::Others);
        let sql = format!(
            "SELECT count(*) FROM {} {}",
            found.counted(&filter),
            filter.clause()
        );
        Ok(found.whole + number(&connection, &sql, &filter)?)
    }

    /// Makes the day buckets count days in `zone` (see [`super::days`]): nothing to do when
    /// they already do, else every entry is read once.
    pub fn count_days_in(&self, zone: Tz) -> Result<()> {
        self.reader_in(zone).map(drop)
    }

    /// A reader for one question, once the day buckets count days in `zone`: asked of the
    /// reader itself, and only when they count another zone (Settings changed) does the
    /// writer count them again. Each question starts here.
    fn reader_in(&self, zone: Tz) -> Result<Reader<'_>> {
        let reader = self.database.reader();
        if super::days::counts_days_in(&reader, zone)? {
            return Ok(reader);
        }
        // Given back first: a database in memory reads on its writer.
        drop(reader);
        super::days::count_days_in(&mut self.database.connection(), zone)?;
        Ok(self.database.reader())
    }

    /// Calls by day (in the query's zone, each day as long as the clocks make it, 23 or 25
    /// hours across a change) and outcome, oldest day first; days without calls are left out.
    pub fn chart(&self, query: &Resolved) -> Result<Vec<ChartBucket>> {
        let connection = self.reader_in(query.zone)?;
        let counts = match query.words() {
            None => chart_from_days(&connection, query)?,
            Some(_) => chart_from_entries(&connection, query)?,
        };
        let mut buckets: Vec<ChartBucket> = Vec::new();
        for (day, outcome, count) in counts {
            let day = epoch_day(day);
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

    /// Whether any call of the account's log was stored, in this run or an earlier one.
    pub(crate) fn has_log(&self, account_id: &str) -> Result<bool> {
        self.database
            .reader()
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM awaz_log_calls WHERE account_id = ?)",
                [account_id],
                |row| row.get(0),
            )
            .map_err(storage)
    }

    /// Stores the calls just read from an account's call log (the triggers put them in the
    /// history); a call seen for the first time is timed now. Answers how many calls were
    /// new or changed.
    pub(crate) fn store_log(
        &self,
        account_id: &str,
        account_name: &str,
        calls: &[awaz::Call],
    ) -> Result<usize> {
        let mut connection = self.database.connection();
        let transaction = connection.transaction().map_err(storage)?;
        let mut stored = 0;
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
                stored += upsert
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
        transaction.commit().map_err(storage)?;
        Ok(stored)
    }
}

/// The one number `sql` answers.
fn number(connection: &Connection, sql: &str, filter: &Filter) -> Result<u32> {
    let mut statement = connection.prepare_cached(sql).map_err(storage)?;
    statement
        .query_row(params_from_iter(&filter.values), |row| row.get(0))
        .map_err(storage)
}

/// What the query's search words match (see [`super::matches`]), held to the ids its
/// days and filters can hold.
fn found(connection: &Connection, query: &Resolved) -> Result<Searched> {
    let Some(phrases) = query.words() else {
        return Ok(Searched::Everything);
    };
    let days = Filter::days(query);
    let sql = format!(
        "SELECT sum(entries), min(first_id), max(last_id) FROM history_days {}",
        days.clause()
    );
    let found: (Option<u32>, Option<i64>, Option<i64>) = connection
        .query_row(&sql, params_from_iter(&days.values), |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .map_err(storage)?;
    let (Some(entries), Some(first), Some(last)) = found else {
        return Ok(Searched::Nothing);
    };
    let matches = super::matches::matches(connection, &phrases, first, last)?;
    let whole = if matches.whole_accounts.is_empty() {
        0
    } else {
        let mut filter = Filter::days(query);
        filter.bind_accounts(&matches.whole_accounts);
        let sql = format!(
            "SELECT coalesce(sum(entries), 0) FROM history_days {}",
            filter.clause()
        );
        number(connection, &sql, &filter)?
    };
    if whole == 0 && matches.others == 0 {
        return Ok(Searched::Nothing);
    }
    Ok(Searched::Found(Found {
        entries,
        whole,
        whole_accounts: matches.whole_accounts,
        others: matches.others,
    }))
}

/// The chart's (day, outcome, calls), oldest day first, added up from the buckets.
fn chart_from_days(
    connection: &Connection,
    query: &Resolved,
) -> Result<Vec<(i64, OutcomeGroup, u32)>> {
    let Some(days) = bucket_days(connection, query)?.and_then(drawn) else {
        return Ok(Vec::new());
    };
    bucket_chart(connection, query, days, None)
}

/// The buckets' (day, outcome, calls) from `first` to `last`, of `accounts` only if given.
fn bucket_chart(
    connection: &Connection,
    query: &Resolved,
    (first, last): (NaiveDate, NaiveDate),
    accounts: Option<&[String]>,
) -> Result<Vec<(i64, OutcomeGroup, u32)>> {
    let mut filter = Filter::days(query);
    if let Some(accounts) = accounts {
        filter.bind_accounts(accounts);
    }
    filter.bind(
        "kind = ? AND day >= ? AND day <= ?",
        [
            Value::Text(HistoryKind::Call.text().to_owned()),
            number_of(first).into(),
            number_of(last).into(),
        ],
    );
    let sql = format!(
        "SELECT day, outcome, sum(entries) FROM history_days {}
         GROUP BY day, outcome ORDER BY day",
        filter.clause()
    );
    chart_counts(connection, &sql, &filter)
}

/// The days a chart covers, before [`drawn`] keeps its last ten years: the query's days,
/// else the first and last with calls in the buckets of its filters.
fn bucket_days(
    connection: &Connection,
    query: &Resolved,
) -> Result<Option<(NaiveDate, NaiveDate)>> {
    let mut filter = Filter::days(query);
    filter.bind(
        "kind = ?",
        [Value::Text(HistoryKind::Call.text().to_owned())],
    );
    call_days(query, || {
        let sql = format!(
            "SELECT min(day), max(day) FROM history_days {}",
            filter.clause()
        );
        let (earliest, latest) = two(connection, &sql, &filter.values)?;
        Ok((earliest.map(date_of), latest.map(date_of)))
    })
}

/// The chart's (day, outcome, calls) of a search, oldest day first, from its entries.
fn chart_from_entries(
    connection: &Connection,
    query: &Resolved,
) -> Result<Vec<(i64, OutcomeGroup, u32)>> {
    // The buckets' days hold the search's calls: when they span no more than the chart
    // draws, nothing is cut either way and the chart is the same.
    let Some(around) = bucket_days(connection, query)? else {
        return Ok(Vec::new());
    };
    let Searched::Found(found) = found(connection, query)? else {
        return Ok(Vec::new());
    };
    let call = || Value::Text(HistoryKind::Call.text().to_owned());
    let days = if drawn(around) == Some(around) {
        Some(around)
    } else {
        let day_of = |millis: Option<i64>| {
            millis
                .and_then(DateTime::from_timestamp_millis)
                .map(|moment| moment.with_timezone(&query.zone).date_naive())
        };
        let mut filter = found.filter(query, Reading::All, Part::All);
        filter.bind("kind = ?", [call()]);
        call_days(query, || {
            // Each end on its own, so a walk along the time index stops at the first match.
            let clause = filter.clause();
            let sql = format!(
                "SELECT (SELECT at FROM history_entries {clause} ORDER BY at LIMIT 1),
                        (SELECT at FROM history_entries {clause} ORDER BY at DESC LIMIT 1)"
            );
            let (earliest, latest) = two(
                connection,
                &sql,
                &[filter.values.clone(), filter.values.clone()].concat(),
            )?;
            Ok((day_of(earliest), day_of(latest)))
        })?
        .and_then(drawn)
    };
    let Some((first, last)) = days else {
        return Ok(Vec::new());
    };
    let counts = if found.whole_accounts.is_empty() {
        Vec::new()
    } else {
        bucket_chart(
            connection,
            query,
            (first, last),
            Some(&found.whole_accounts),
        )?
    };
    if found.others == 0 {
        return Ok(counts);
    }
    let start = midnight(query.zone, first).timestamp_millis();
    let end = midnight(query.zone, first_after(last)).timestamp_millis();
    let mut filter = found.filter(query, Reading::All, Part::Others);
    filter.bind(
        "kind = ? AND at >= ? AND at < ?",
        [call(), start.into(), end.into()],
    );
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
        "SELECT {local_day}, outcome, count(*) FROM {} {}
         GROUP BY 1, 2 ORDER BY 1",
        found.counted(&filter),
        filter.clause()
    );
    if counts.is_empty() {
        return chart_counts(connection, &sql, &filter);
    }
    // The same days and outcomes from the buckets and the entries: added up.
    let mut added: BTreeMap<(i64, OutcomeGroup), u32> = BTreeMap::new();
    for (day, outcome, count) in counts
        .into_iter()
        .chain(chart_counts(connection, &sql, &filter)?)
    {
        *added.entry((day, outcome)).or_default() += count;
    }
    Ok(added
        .into_iter()
        .map(|((day, outcome), count)| (day, outcome, count))
        .collect())
}

/// The (day, outcome, calls) rows `sql` answers.
fn chart_counts(
    connection: &Connection,
    sql: &str,
    filter: &Filter,
) -> Result<Vec<(i64, OutcomeGroup, u32)>> {
    let mut statement = connection.prepare(sql).map_err(storage)?;
    let counts = statement
        .query_map(params_from_iter(&filter.values), |row| {
            Ok((
                row.get(0)?,
                read_text::<OutcomeGroup>(row, 1)?,
                row.get::<_, u32>(2)?,
            ))
        })
        .map_err(storage)?;
    counts
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(storage)
}

/// The two numbers (or nothing) `sql` answers.
fn two(connection: &Connection, sql: &str, values: &[Value]) -> Result<(Option<i64>, Option<i64>)> {
    connection
        .query_row(sql, params_from_iter(values), |row| {
            Ok((row.get(0)?, row.get(1)?))
        })
        .map_err(storage)
}

/// How much of what a query matches is read: all of it (a count, the chart), or the first
/// rows in time order (a page).
#[derive(Clone, Copy)]
enum Reading {
    All,
    First(u32),
}

/// What a query's search words match, if it has any.
enum Searched {
    /// No search words.
    Everything,
    Nothing,
    Found(Found),
}

struct Found {
    /// Entries in the query's days and filters, matching or not.
    entries: u32,
    /// Entries of the accounts matched whole, in the query's days and filters.
    whole: u32,
    whole_accounts: Vec<String>,
    /// Entries of the other accounts that match, in the id range of the query's days.
    others: u32,
}

/// Which matches a condition keeps: all, or only those of the accounts not matched whole.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    All,
    Others,
}

impl Found {
    /// The query's conditions on entries, keeping the matches of `part`. The other accounts'
    /// matches are walked along the time index (`+id` keeps SQLite from looking them up)
    /// when that takes fewer steps than looking every match up, which costs about four: a
    /// common word, or a page of one.
    fn filter(&self, query: &Resolved, reading: Reading, part: Part) -> Filter {
        let whole = part == Part::All && !self.whole_accounts.is_empty();
        let matches = if whole {
            self.whole + self.others
        } else {
            self.others
        };
        let walked = match reading {
            Reading::All => self.entries,
            Reading::First(rows) => self
                .entries
                .min(rows.saturating_mul(self.entries / matches.max(1) + 1)),
        };
        let id = if whole || walked < matches.saturating_mul(4) {
            "+id"
        } else {
            "id"
        };
        let mut filter = Filter::of(query);
        let others = format!("{id} {LOOKED_UP}");
        if whole {
            filter.bind_accounts(&self.whole_accounts);
            if let Some(accounts) = filter.conditions.pop() {
                filter.conditions.push(format!("({accounts} OR {others})"));
            }
        } else {
            filter.conditions.push(others);
        }
        filter
    }

    /// Where counts of `filter` read: when it looks the matches up, the narrow index of the
    /// columns filtered and charted (SQLite would read each entry whole).
    fn counted(&self, filter: &Filter) -> &'static str {
        let looked_up = format!("id {LOOKED_UP}");
        if filter.conditions.contains(&looked_up) {
            "history_entries INDEXED BY history_filtered_by_id"
        } else {
            "history_entries"
        }
    }
}

/// The condition that keeps the other accounts' matches.
const LOOKED_UP: &str = "IN temp.history_matches";

/// SQL conditions and the values bound to their `?`s, in the order they appear.
struct Filter {
    conditions: Vec<String>,
    values: Vec<Value>,
}

impl Filter {
    /// The query's conditions on entries, but its search words (see [`Entries::filter`]).
    fn of(query: &Resolved) -> Filter {
        let mut filter = Filter::facets(query);
        if let Some(from) = query.from {
            filter.bind("at >= ?", [from.into()]);
        }
        if let Some(until) = query.until {
            filter.bind("at < ?", [until.into()]);
        }
        filter
    }

    /// The query's conditions on buckets: its days (whole local days) and facets.
    fn days(query: &Resolved) -> Filter {
        let mut filter = Filter::facets(query);
        if let Some(from) = query.from {
            filter.bind("day >= ?", [day_number(query.zone, from).into()]);
        }
        if let Some(until) = query.until {
            filter.bind("day < ?", [day_number(query.zone, until).into()]);
        }
        filter
    }

    /// Platforms, account and outcomes: columns of both entries and buckets.
    fn facets(query: &Resolved) -> Filter {
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
        filter
    }

    fn bind<const N: usize>(&mut self, condition: &str, values: [Value; N]) {
        self.conditions.push(condition.to_owned());
        self.values.extend(values);
    }

    /// `account_id` one of `accounts`.
    fn bind_accounts(&mut self, accounts: &[String]) {
        let marks = vec!["?"; accounts.len()].join(", ");
        self.conditions.push(format!("account_id IN ({marks})"));
        self.values
            .extend(accounts.iter().map(|account| Value::Text(account.clone())));
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
pub(crate) fn search_words(typed: &str) -> Option<Vec<String>> {
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
    (!words.is_empty()).then_some(words)
}

/// Titles in `language`, where the entry's source still says what it was: a journal action's
/// stored message, a bulk row's or a logged call's person. History's triggers write each title
/// once, as it read then, for the search index; an entry whose source is gone keeps it.
fn word_titles(connection: &Connection, rows: &mut [HistoryRow], language: Language) -> Result<()> {
    for row in rows {
        if let Some(title) = title_in(connection, row, language).map_err(storage)? {
            row.title = title;
        }
    }
    Ok(())
}

fn title_in(
    connection: &Connection,
    row: &HistoryRow,
    language: Language,
) -> rusqlite::Result<Option<String>> {
    let Some((source, rest)) = row.key.split_once(':') else {
        return Ok(None);
    };
    let person_words = |id: &str, who: Option<String>| {
        who.map(|who| Words::new(id).arg("who", who).text_in(language))
    };
    match source {
        "journal" => connection
            .prepare_cached("SELECT summary, summary_words FROM actions WHERE id = ?")?
            .query_row([rest], |found| {
                Ok(crate::journal::summary_in(
                    found.get(0)?,
                    found.get(1)?,
                    language,
                ))
            })
            .optional(),
        "bulk" => {
            let mut parts = rest.split(':');
            let (Some(job), Some(line), Some(step)) = (parts.next(), parts.next(), parts.next())
            else {
                return Ok(None);
            };
            let id = match (step, row.kind) {
                ("call", _) => "journal-history-call",
                (_, HistoryKind::Lead) => "journal-history-lead",
                (_, HistoryKind::Contact) => "journal-history-contact",
                _ => return Ok(None),
            };
            let who = who_in(
                connection,
                concat!(
                    "SELECT ",
                    who!("name", "phone"),
                    " FROM bulk_rows WHERE job_id = ? AND line = ?"
                ),
                [job, line],
            )?;
            Ok(person_words(id, who))
        }
        "awaz" => {
            // Account ids are the app's own and hold no colon; the call id is the rest.
            let Some((account_id, call_id)) = rest.split_once(':') else {
                return Ok(None);
            };
            let who = who_in(
                connection,
                concat!(
                    "SELECT ",
                    who!("coalesce(name, '')", "coalesce(phone, '')"),
                    " FROM awaz_log_calls WHERE account_id = ? AND call_id = ?"
                ),
                [account_id, call_id],
            )?;
            Ok(person_words("journal-history-call", who))
        }
        _ => Ok(None),
    }
}

/// The person ("Marie Curie (+33698765432)", as the triggers write it) of the one source row
/// `sql` selects by its two-part key, if it is still there.
fn who_in(connection: &Connection, sql: &str, key: [&str; 2]) -> rusqlite::Result<Option<String>> {
    connection
        .prepare_cached(sql)?
        .query_row(key, |found| found.get(0))
        .optional()
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

/// The first and last day a chart covers: the query's days, else its calls' earliest and
/// latest (asked only when needed).
fn call_days(
    query: &Resolved,
    earliest_latest: impl FnOnce() -> Result<(Option<NaiveDate>, Option<NaiveDate>)>,
) -> Result<Option<(NaiveDate, NaiveDate)>> {
    let day_of = |millis: i64| {
        DateTime::from_timestamp_millis(millis)
            .map(|moment| moment.with_timezone(&query.zone).date_naive())
    };
    let mut first = query.from.and_then(day_of);
    let mut last = query.until.and_then(|until| day_of(until - 1));
    if first.is_none() || last.is_none() {
        let (earliest, latest) = earliest_latest()?;
        first = first.or(earliest);
        last = last.or(latest);
    }
    Ok(first.zip(last))
}

/// The days a chart draws of `(first, last)`: at most [`MAX_CHART_DAYS`], ending on the last.
fn drawn((first, last): (NaiveDate, NaiveDate)) -> Option<(NaiveDate, NaiveDate)> {
    let earliest_drawn = last
        .checked_sub_days(Days::new(MAX_CHART_DAYS - 1))
        .unwrap_or(first);
    (first <= last).then_some((first.max(earliest_drawn), last))
}

fn first_after(day: NaiveDate) -> NaiveDate {
    day.checked_add_days(Days::new(1)).unwrap_or(day)
}

/// "2026-03-29" for the local day numbered from 1970-01-01.
fn epoch_day(number: i64) -> String {
    date_of(number).format("%Y-%m-%d").to_string()
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
