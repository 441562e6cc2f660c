//! What a search matches, worked out once per query and kept on the connection (temp tables)
//! until anything is written, so the count, the first page and the chart of one search share
//! it instead of each asking the search index again.
//!
//! An entry matches when each word starts a word of its account's name or of its indexed
//! columns. A client's name is on every entry of that client, so it is not in the search index
//! (its posting lists would be as long as the client's history, and reading them was most of a
//! search's time): the names are matched on their own, a handful, in a small search table with
//! the index's tokenizer, so a word matches a name exactly when the index would say so. An
//! account each of whose names holds every word matches whole, and is counted and charted from
//! the day buckets; the other accounts' entries are searched for the words their names lack.

use std::collections::BTreeMap;

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};

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
    // For each set of words names lack, the accounts whose entries must hold them in the
    // index; and each name, with the words it lacks, of the accounts whose names differ.
    let mut searches: BTreeMap<Vec<String>, Vec<String>> = BTreeMap::new();
    let mut named: Vec<(String, String, Vec<String>)> = Vec::new();
    for (account_id, lacking) in words_lacking_per_account(connection, phrases)? {
        match lacking {
            Lacking::Same(lacking) if lacking.is_empty() => whole_accounts.push(account_id),
            Lacking::Same(lacking) => searches.entry(lacking).or_default().push(account_id),
            Lacking::PerName(names) => named.extend(
                names
                    .into_iter()
                    .map(|(name, lacking)| (account_id.clone(), name, lacking)),
            ),
        }
    }
    let plain = whole_accounts.is_empty()
        && named.is_empty()
        && searches.len() == 1
        && searches.keys().all(|lacking| lacking.as_slice() == phrases);
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
        for (lacking, accounts) in &searches {
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
                        lacking.join(" "),
                        first,
                        last
                    ],
                )
                .map_err(storage)?;
        }
        // A renamed account (rare): its entries name by name, along the names' index.
        for (account_id, name, lacking) in &named {
            let mut values: Vec<Value> = vec![
                name.clone().into(),
                account_id.clone().into(),
                first.into(),
                last.into(),
            ];
            let mut sql = String::from(
                "INSERT INTO history_matches
                 SELECT id FROM history_entries INDEXED BY history_by_account_name
                 WHERE account_name = ?1 AND account_id = ?2 AND id BETWEEN ?3 AND ?4",
            );
            if !lacking.is_empty() {
                sql.push_str(
                    " AND id IN (SELECT rowid FROM history_search
                                 WHERE history_search MATCH ?5 AND rowid BETWEEN ?3 AND ?4)",
                );
                values.push(lacking.join(" ").into());
            }
            connection
                .execute(&sql, params_from_iter(values))
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

/// The phrases an account's names lack.
enum Lacking {
    /// Each of its names lacks these (none: it matches whole).
    Same(Vec<String>),
    /// Its names differ in the phrases they hold: each name with those it lacks.
    PerName(Vec<NameLacking>),
}

/// An account's name and the phrases it lacks.
type NameLacking = (String, Vec<String>);

/// Each account with the phrases its names lack.
fn words_lacking_per_account(
    connection: &Connection,
    phrases: &[String],
) -> Result<Vec<(String, Lacking)>> {
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
    let lacking = |held: Vec<bool>| -> Vec<String> {
        phrases
            .iter()
            .zip(held)
            .filter(|(_, held)| !held)
            .map(|(phrase, _)| phrase.clone())
            .collect()
    };
    let mut accounts: Vec<(String, Vec<NameLacking>)> = Vec::new();
    for ((account_id, name), held) in names.into_iter().zip(held) {
        let name = (name, lacking(held));
        match accounts.last_mut() {
            Some((last, names)) if *last == account_id => names.push(name),
            _ => accounts.push((account_id, vec![name])),
        }
    }
    Ok(accounts
        .into_iter()
        .map(|(account_id, names)| {
            let lacking = if names.windows(2).all(|pair| pair[0].1 == pair[1].1) {
                Lacking::Same(
                    names
                        .into_iter()
                        .next()
                        .map(|(_, lacking)| lacking)
                        .unwrap_or_default(),
                )
            } else {
                Lacking::PerName(names)
            };
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

/// The store's migration step that takes account names out of the search index (see the
/// module's comment): the index made again without them, from the entries. Once, when a
/// journal written before is opened: about a minute at a million entries.
pub const NAMES_OUT_OF_SEARCH: &str = "
    DROP TRIGGER history_search_insert;
    DROP TRIGGER history_search_delete;
    DROP TRIGGER history_search_update;
    DROP TABLE history_search;
    CREATE VIRTUAL TABLE history_search USING fts5 (
        title, subject, detail, phones,
        content = 'history_entries', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    );
    CREATE TRIGGER history_search_insert AFTER INSERT ON history_entries BEGIN
        INSERT INTO history_search (rowid, title, subject, detail, phones)
        VALUES (NEW.id, NEW.title, NEW.subject, NEW.detail, NEW.phones);
    END;
    CREATE TRIGGER history_search_delete AFTER DELETE ON history_entries BEGIN
        INSERT INTO history_search (history_search, rowid, title, subject, detail, phones)
        VALUES ('delete', OLD.id, OLD.title, OLD.subject, OLD.detail, OLD.phones);
    END;
    CREATE TRIGGER history_search_update AFTER UPDATE ON history_entries
    WHEN OLD.title IS NOT NEW.title OR OLD.subject IS NOT NEW.subject
      OR OLD.detail IS NOT NEW.detail OR OLD.phones IS NOT NEW.phones
    BEGIN
        INSERT INTO history_search (history_search, rowid, title, subject, detail, phones)
        VALUES ('delete', OLD.id, OLD.title, OLD.subject, OLD.detail, OLD.phones);
        INSERT INTO history_search (rowid, title, subject, detail, phones)
        VALUES (NEW.id, NEW.title, NEW.subject, NEW.detail, NEW.phones);
    END;
    INSERT INTO history_search (history_search) VALUES ('rebuild');";

/// The store's migration step for searches: the entries' account names (with their
/// accounts), so a search finds every name in a step or two each (names first: the list's
/// queries by account keep walking the time index); and each entry's filtered columns by id,
/// so counting and charting a search's matches reads a narrow index, not the entries.
pub const SEARCH_INDEXES: &str =
    "CREATE INDEX history_by_account_name ON history_entries (account_name, account_id);
     CREATE INDEX history_filtered_by_id
         ON history_entries (id, kind, at, outcome, platform, account_id);";
