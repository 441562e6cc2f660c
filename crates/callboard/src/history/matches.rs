//! What a search matches, worked out once per query and kept on the connection (temp tables)
//! until anything is written, so the count, the first page and the chart of one search share
//! it instead of each asking the search index again.
//!
//! A word of an account's name is in every entry of that account: the search index holds the
//! name on each, so a client's name has a list of matches as long as the client's history, and
//! reading it is most of a search's time. The names are matched on their own instead (a
//! handful, in a small search table with the index's tokenizer, so a word matches a name
//! exactly when the index would say so): an account each of whose names holds every word
//! matches whole, and is counted and charted from the day buckets; the other accounts' entries
//! are searched for the words their names lack, in the other columns only.

use std::collections::BTreeMap;

use rusqlite::{params, Connection, OptionalExtension};

use crate::store::storage;
use crate::Result;

/// What one search matches within an id range.
pub(super) struct Matches {
    /// Accounts every entry of which matches: each of their names holds every word.
    pub whole_accounts: Vec<String>,
    /// How many entries of the other accounts match; their ids are `temp.history_matches`.
    pub others: u32,
}

const TEMP_TABLES: &str = "
    CREATE TEMP TABLE IF NOT EXISTS history_matches (id INTEGER PRIMARY KEY);
    CREATE TEMP TABLE IF NOT EXISTS history_matched (
        words TEXT NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL,
        whole_accounts TEXT NOT NULL, others INTEGER NOT NULL,
        changes INTEGER NOT NULL, data_version INTEGER NOT NULL);
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.history_names USING fts5 (
        account_name, tokenize = 'unicode61 remove_diacritics 2');";

/// The entries with ids in `first..=last` that hold every phrase (`"word"*`, see
/// [`super::entries::search_words`]), from the kept answer when nothing was written since.
pub(super) fn matches(
    connection: &Connection,
    phrases: &[String],
    first: i64,
    last: i64,
) -> Result<Matches> {
    connection.execute_batch(TEMP_TABLES).map_err(storage)?;
    let words = phrases.join(" ");
    let data_version: i64 = connection
        .query_row("PRAGMA data_version", [], |row| row.get(0))
        .map_err(storage)?;
    let kept: Option<(String, u32)> = connection
        .query_row(
            "SELECT whole_accounts, others FROM history_matched
             WHERE words = ? AND first = ? AND last = ? AND changes = ? AND data_version = ?",
            params![words, first, last, changes(connection), data_version],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()
        .map_err(storage)?;
    if let Some((whole_accounts, others)) = kept {
        return Ok(Matches {
            whole_accounts: serde_json::from_str(&whole_accounts).unwrap_or_default(),
            others,
        });
    }
    connection
        .execute_batch("DELETE FROM history_matched; DELETE FROM history_matches;")
        .map_err(storage)?;
    let mut whole_accounts = Vec::new();
    let mut searches: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (account_id, lacking) in words_lacking_per_account(connection, phrases)? {
        match lacking {
            Some(lacking) if lacking.is_empty() => whole_accounts.push(account_id),
            // Its names hold the other words: the lacking ones must be in the other columns.
            Some(lacking) => searches
                .entry(format!("- {{account_name}} : ({})", lacking.join(" ")))
                .or_default()
                .push(account_id),
            // Its names differ in the words they hold: the whole search, on every column.
            None => searches.entry(words.clone()).or_default().push(account_id),
        }
    }
    let plain = whole_accounts.is_empty()
        && searches.len() == 1
        && searches
            .keys()
            .all(|search| *search == words || *search == format!("- {{account_name}} : ({words})"));
    if plain {
        // No name holds any word: the index's matches are the entries, no account to check.
        connection
            .execute(
                "INSERT INTO history_matches SELECT rowid FROM history_search
                 WHERE history_search MATCH ? AND rowid BETWEEN ? AND ?",
                params![words, first, last],
            )
            .map_err(storage)?;
    } else {
        for (search, accounts) in &searches {
            // Each match looked up in the narrow index, never the accounts' entries walked.
            connection
                .execute(
                    "INSERT INTO history_matches
                     SELECT id FROM history_entries INDEXED BY history_filtered_by_id
                     WHERE account_id IN (SELECT value FROM json_each(?))
                       AND id IN (SELECT rowid FROM history_search
                                  WHERE history_search MATCH ? AND rowid BETWEEN ? AND ?)",
                    params![
                        serde_json::to_string(accounts).unwrap_or_default(),
                        search,
                        first,
                        last
                    ],
                )
                .map_err(storage)?;
        }
    }
    let others: u32 = connection
        .query_row("SELECT count(*) FROM history_matches", [], |row| row.get(0))
        .map_err(storage)?;
    // The insert below is one change: kept until the connection's next one.
    connection
        .execute(
            "INSERT INTO history_matched VALUES (?, ?, ?, ?, ?, ?, ?)",
            params![
                words,
                first,
                last,
                serde_json::to_string(&whole_accounts).unwrap_or_default(),
                others,
                changes(connection) + 1,
                data_version
            ],
        )
        .map_err(storage)?;
    Ok(Matches {
        whole_accounts,
        others,
    })
}

/// Rows this connection has written (and those its triggers wrote) since it opened.
fn changes(connection: &Connection) -> i64 {
    i64::try_from(connection.total_changes()).unwrap_or(i64::MAX)
}

/// Each account with the phrases its names lack (empty: it matches whole), or none when its
/// names differ in the phrases they hold.
fn words_lacking_per_account(
    connection: &Connection,
    phrases: &[String],
) -> Result<Vec<(String, Option<Vec<String>>)>> {
    let names = account_names(connection)?;
    connection
        .execute("DELETE FROM history_names", [])
        .map_err(storage)?;
    {
        let mut insert = connection
            .prepare_cached("INSERT INTO history_names (rowid, account_name) VALUES (?, ?)")
            .map_err(storage)?;
        for (index, (_, name)) in names.iter().enumerate() {
            insert.execute(params![index, name]).map_err(storage)?;
        }
    }
    let mut held = vec![vec![false; phrases.len()]; names.len()];
    {
        let mut matching = connection
            .prepare_cached("SELECT rowid FROM history_names WHERE history_names MATCH ?")
            .map_err(storage)?;
        for (word, phrase) in phrases.iter().enumerate() {
            let rows = matching
                .query_map([phrase], |row| row.get::<_, usize>(0))
                .map_err(storage)?;
            for index in rows {
                if let Some(name) = held.get_mut(index.map_err(storage)?) {
                    name[word] = true;
                }
            }
        }
    }
    let mut accounts: Vec<(String, Option<Vec<bool>>)> = Vec::new();
    for ((account_id, _), held) in names.into_iter().zip(held) {
        match accounts.last_mut() {
            Some((last, words)) if *last == account_id => {
                if words.as_ref() != Some(&held) {
                    *words = None;
                }
            }
            _ => accounts.push((account_id, Some(held))),
        }
    }
    Ok(accounts
        .into_iter()
        .map(|(account_id, held)| {
            let lacking = held.map(|held| {
                phrases
                    .iter()
                    .zip(held)
                    .filter(|(_, held)| !held)
                    .map(|(phrase, _)| phrase.clone())
                    .collect()
            });
            (account_id, lacking)
        })
        .collect())
}

/// Every (account, name) the entries carry, ordered by account: a step or two along their
/// index each (the name's next account, else the next name's first).
fn account_names(connection: &Connection) -> Result<Vec<(String, String)>> {
    let mut next_account = connection
        .prepare_cached(
            "SELECT account_id FROM history_entries
             WHERE account_name = ? AND account_id > ? ORDER BY account_id LIMIT 1",
        )
        .map_err(storage)?;
    let mut next_name = connection
        .prepare_cached(
            "SELECT account_name, account_id FROM history_entries
             WHERE account_name > ? ORDER BY account_name, account_id LIMIT 1",
        )
        .map_err(storage)?;
    let mut names: Vec<(String, String)> = Vec::new();
    let mut found: Option<(String, String)> = connection
        .query_row(
            "SELECT account_name, account_id FROM history_entries
             ORDER BY account_name, account_id LIMIT 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()
        .map_err(storage)?;
    while let Some((name, account_id)) = found {
        let same_name: Option<String> = next_account
            .query_row(params![name, account_id], |row| row.get(0))
            .optional()
            .map_err(storage)?;
        found = match same_name {
            Some(other) => Some((name.clone(), other)),
            None => next_name
                .query_row([&name], |row| Ok((row.get(0)?, row.get(1)?)))
                .optional()
                .map_err(storage)?,
        };
        names.push((account_id, name));
    }
    names.sort();
    Ok(names)
}

/// The store's migration step for searches: the entries' account names (with their
/// accounts), so a search finds every name in a step or two each (names first: the list's
/// queries by account keep walking the time index); and each entry's filtered columns by id,
/// so counting and charting a search's matches reads a narrow index, not the entries.
pub const SEARCH_INDEXES: &str =
    "CREATE INDEX history_by_account_name ON history_entries (account_name, account_id);
     CREATE INDEX history_filtered_by_id
         ON history_entries (id, kind, at, outcome, platform, account_id);";
