//! `History`, the shell's managed state: reads the connected Awaz accounts' call logs (kept
//! for 30 seconds), stores what it read, then answers from the database.

use std::collections::HashMap;
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

/// The history's memory of when each Awaz call log was last read.
#[derive(Default)]
pub struct History {
    logs: Mutex<HashMap<String, ReadLog>>,
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
        self.read_logs(callboard, query).await;
        export(
            &Entries::new(callboard.database().clone()),
            &resolved,
            folder,
        )
    }

    /// Reads the call log of each connected Awaz account the query shows, unless read in the
    /// last 30 seconds; answers the pages read and whether every log was read whole. A log
    /// that cannot be read leaves what was stored before.
    async fn read_logs(&self, callboard: &Callboard, query: &HistoryQuery) -> (u32, bool) {
        let wants_awaz = query.platforms.is_empty() || query.platforms.contains(&Platform::Awaz);
        let accounts = callboard.accounts().into_iter().filter(|account| {
            wants_awaz
                && account.platform == Platform::Awaz
                && account.status == AccountStatus::Connected
                && query.account_id.as_ref().is_none_or(|id| *id == account.id)
        });
        let (mut pages, mut complete) = (0, true);
        for account in accounts {
            let cached = self.lock().get(&account.id).copied();
            let log = match cached.filter(|log| log.read_at.elapsed() < CACHE_FOR) {
                Some(log) => Some(log),
                None => self.read_log(callboard, &account.id, &account.name).await,
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

    /// The account's call log, newest first, until its last page or 10 pages, stored.
    async fn read_log(
        &self,
        callboard: &Callboard,
        account_id: &str,
        name: &str,
    ) -> Option<ReadLog> {
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
            Entries::new(callboard.database().clone()).store_log(account_id, name, &calls)?;
            Result::<ReadLog>::Ok(ReadLog {
                read_at: Instant::now(),
                pages,
                complete,
            })
        };
        match read.await {
            Ok(log) => {
                self.lock().insert(account_id.to_owned(), log);
                Some(log)
            }
            Err(error) => {
                tracing::warn!(%error, "an Awaz call log could not be read for History");
                None
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, ReadLog>> {
        self.logs.lock().unwrap_or_else(|e| e.into_inner())
    }
}
