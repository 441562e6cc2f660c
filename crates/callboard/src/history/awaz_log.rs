//! `History`, the shell's managed state: answers from the database, with the connected Awaz
//! accounts' call logs read into it. A log never stored is read before the answer (else the
//! answer would lack those calls); a log stored before is answered as stored, and read again
//! after the answer once it is 30 seconds old ([`History::refresh_logs`]), so History never
//! waits on Awaz's network to open.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::{
    export, zone_of, ChartBucket, Entries, HistoryPage, HistoryQuery, Resolved, PAGE_SIZE,
};
use crate::accounts::AccountStatus;
use crate::awaz_actions::ExportedFile;
use crate::endpoints::Platform;
use crate::service::Callboard;
use crate::Result;

/// Pages of each Awaz call log read at most (20 calls a page).
const MAX_AWAZ_PAGES: u32 = 10;
/// How long a read call log is reused.
const CACHE_FOR: Duration = Duration::from_secs(30);

#[derive(Clone, Copy)]
struct ReadLog {
    read_at: Instant,
    pages: u32,
    complete: bool,
}

/// The history's memory of when each Awaz call log was last read, and of those being read.
#[derive(Default)]
pub struct History {
    logs: Mutex<Logs>,
}

#[derive(Default)]
struct Logs {
    read: HashMap<String, ReadLog>,
    reading: HashSet<String>,
}

impl History {
    /// A page of the history: the first (with the exact total) without `after`, else the page
    /// after that cursor.
    pub async fn page(
        &self,
        callboard: &Callboard,
        query: &HistoryQuery,
        after: Option<&str>,
    ) -> Result<HistoryPage> {
        let resolved = Resolved::new(query, zone_of(callboard))?;
        let (awaz_pages_loaded, complete) = self.read_logs(callboard, query).await;
        let entries = Entries::new(callboard.database().clone());
        let total = match after {
            None => Some(entries.count(&resolved)?),
            Some(_) => None,
        };
        let (rows, next) = entries.page(&resolved, after, PAGE_SIZE)?;
        Ok(HistoryPage {
            rows,
            total,
            next,
            awaz_pages_loaded,
            complete,
        })
    }

    /// Calls only, by day (in Settings' zone) and outcome, oldest day first.
    pub async fn chart(
        &self,
        callboard: &Callboard,
        query: &HistoryQuery,
    ) -> Result<Vec<ChartBucket>> {
        let resolved = Resolved::new(query, zone_of(callboard))?;
        self.read_logs(callboard, query).await;
        Entries::new(callboard.database().clone()).chart(&resolved)
    }

    /// Writes every row the query shows to `<folder>/callboard-history-….csv`.
    pub async fn export(
        &self,
        callboard: &Callboard,
        query: &HistoryQuery,
        folder: &Path,
    ) -> Result<ExportedFile> {
        let resolved = Resolved::new(query, zone_of(callboard))?;
        // A file holds what is there now: every log not read in the last 30 s is read first
        // (those never stored among them), not after.
        self.refresh_logs(callboard, query).await;
        export(
            &Entries::new(callboard.database().clone()),
            &resolved,
            folder,
        )
    }

    /// The pages read and whether every log was read whole, for each connected Awaz account
    /// the query shows: a log never read is read now if nothing of it is stored (else as
    /// stored, read again by [`History::refresh_logs`]). A log that cannot be read leaves what
    /// was stored before.
    async fn read_logs(&self, callboard: &Callboard, query: &HistoryQuery) -> (u32, bool) {
        let (mut pages, mut complete) = (0, true);
        for (account_id, name) in awaz_accounts(callboard, query) {
            let known = self.lock().read.get(&account_id).copied();
            let log = match known {
                Some(log) => Some(log),
                None if Entries::new(callboard.database().clone())
                    .has_log(&account_id)
                    .unwrap_or(false) =>
                {
                    continue;
                }
                None => self
                    .read_log(callboard, &account_id, &name)
                    .await
                    .map(|(log, _)| log),
            };
            match log {
                Some(log) => {
                    pages += log.pages;
                    complete &= log.complete;
                }
                None => complete = false,
            }
        }
        (pages, complete)
    }

    /// Reads again each call log the query shows that is 30 seconds old or was never read
    /// (one read at a time per log: a read under way is not started twice). True when
    /// anything History shows changed, so the window asks again.
    pub async fn refresh_logs(&self, callboard: &Callboard, query: &HistoryQuery) -> bool {
        let mut changed = false;
        for (account_id, name) in awaz_accounts(callboard, query) {
            let (started, before) = {
                let mut logs = self.lock();
                let before = logs.read.get(&account_id).copied();
                let fresh = before.is_some_and(|log| log.read_at.elapsed() < CACHE_FOR);
                (!fresh && logs.reading.insert(account_id.clone()), before)
            };
            if !started {
                continue;
            }
            let _reading = Reading {
                history: self,
                account_id: &account_id,
            };
            if let Some((log, stored)) = self.read_log(callboard, &account_id, &name).await {
                let same_pages = before.is_some_and(|before| {
                    (before.pages, before.complete) == (log.pages, log.complete)
                });
                changed |= stored > 0 || !same_pages;
            }
        }
        changed
    }

    /// The account's call log, newest first, until its last page or 10 pages, stored; with
    /// how many stored calls it added or changed.
    async fn read_log(
        &self,
        callboard: &Callboard,
        account_id: &str,
        name: &str,
    ) -> Option<(ReadLog, usize)> {
        let read = async {
            let client = callboard.awaz(account_id).await?.client;
            let mut calls = Vec::new();
            let (mut pages, mut complete) = (0, false);
            while pages < MAX_AWAZ_PAGES {
                let page = client
                    .list_calls(pages)
                    .await
                    .map_err(|error| callboard.check_sign_in(account_id, error.into()))?;
                pages += 1;
                calls.extend(page.items);
                if page.is_last {
                    complete = true;
                    break;
                }
            }
            let stored =
                Entries::new(callboard.database().clone()).store_log(account_id, name, &calls)?;
            let log = ReadLog {
                read_at: Instant::now(),
                pages,
                complete,
            };
            Result::<(ReadLog, usize)>::Ok((log, stored))
        };
        match read.await {
            Ok((log, stored)) => {
                self.lock().read.insert(account_id.to_owned(), log);
                Some((log, stored))
            }
            Err(error) => {
                tracing::warn!(%error, "an Awaz call log could not be read for History");
                None
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Logs> {
        self.logs.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A log being read by [`History::refresh_logs`]: no longer once this is dropped, even if the
/// read was abandoned half way.
struct Reading<'a> {
    history: &'a History,
    account_id: &'a str,
}

impl Drop for Reading<'_> {
    fn drop(&mut self) {
        self.history.lock().reading.remove(self.account_id);
    }
}

/// The connected Awaz accounts (id, name) whose calls the query shows.
fn awaz_accounts(callboard: &Callboard, query: &HistoryQuery) -> Vec<(String, String)> {
    let wants_awaz = query.platforms.is_empty() || query.platforms.contains(&Platform::Awaz);
    callboard
        .accounts()
        .into_iter()
        .filter(|account| {
            wants_awaz
                && account.platform == Platform::Awaz
                && account.status == AccountStatus::Connected
                && query.account_id.as_ref().is_none_or(|id| *id == account.id)
        })
        .map(|account| (account.id, account.name))
        .collect()
}
