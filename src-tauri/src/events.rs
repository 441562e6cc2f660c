//! What the window is told without asking: typed tauri-specta events (`events` in
//! `ui/src/bindings.ts`). Each forwards a watch channel the domain already keeps, or the end
//! of a task started here, so nothing here polls: a bulk run's progress, an action's recorded outcome (a top-up's answer, a call
//! placed or cancelled, an unknown outcome checked), Awaz asking an account to wait, an
//! update being checked or downloaded, and History's Awaz call logs read again after an answer.

use std::collections::HashSet;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use callboard::awaz_actions::{self, ThrottleView};
use callboard::bulk::{BulkRuns, JobRevisions, JobView};
use callboard::history::{History, HistoryQuery};
use callboard::{ActionRecord, Callboard};
use serde::Serialize;
use specta::Type;
use tauri::{AppHandle, Manager};
use tauri_specta::Event;

use crate::startup::Startup;
use crate::updates::UpdateStatus;

/// Where a bulk run stands, after any of its rows or its state changed.
#[derive(Debug, Clone, Serialize, Type, Event)]
pub struct BulkProgress {
    pub job: JobView,
}

/// An action's outcome was recorded or settled in the journal.
#[derive(Debug, Clone, Serialize, Type, Event)]
pub struct ActionRecorded {
    pub record: ActionRecord,
}

/// Awaz asked an account to wait, or the wait is over.
#[derive(Debug, Clone, Serialize, Type, Event)]
pub struct AwazThrottleChanged {
    pub account_id: String,
    pub throttle: ThrottleView,
}

/// A check for updates or an installation moved on (phase, bytes downloaded, problem).
#[derive(Debug, Clone, Serialize, Type, Event)]
pub struct UpdateStatusChanged {
    pub status: UpdateStatus,
}

/// History's Awaz call logs were read again after an answer, and what History shows changed.
#[derive(Debug, Clone, Serialize, Type, Event)]
pub struct HistoryChanged;

/// At most this often per run: a fast run is shown moving, not redrawn for every row.
const BULK_PUSH_PAUSE: Duration = Duration::from_millis(100);

/// Once Callboard has opened, forwards bulk progress and the journal's outcomes for as long
/// as the app runs.
pub fn start_forwarding(app: &AppHandle) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        if !Startup::opened(&app).await {
            return;
        }
        tauri::async_runtime::spawn(forward_bulk_progress(app.clone()));
        forward_recorded_actions(app).await;
    });
}

async fn forward_bulk_progress(app: AppHandle) {
    let bulk = app.state::<BulkRuns>();
    let mut revisions = bulk.revisions();
    let mut pushed = JobRevisions::new();
    while revisions.changed().await.is_ok() {
        let current = revisions.borrow_and_update().clone();
        for (&job_id, revision) in &current {
            if pushed.get(&job_id) == Some(revision) {
                continue;
            }
            match bulk.status(job_id) {
                Ok(job) => emit(&app, BulkProgress { job }),
                Err(error) => tracing::warn!("bulk run {job_id}: {error}"),
            }
        }
        pushed = current;
        tokio::time::sleep(BULK_PUSH_PAUSE).await;
    }
}

async fn forward_recorded_actions(app: AppHandle) {
    let mut recorded = app.state::<Callboard>().journal().recorded();
    while recorded.changed().await.is_ok() {
        let record = recorded.borrow_and_update().clone();
        if let Some(record) = record {
            emit(&app, ActionRecorded { record });
        }
    }
}

/// The Awaz accounts whose throttle is being forwarded (managed).
#[derive(Default)]
pub struct ThrottleFollowers(Mutex<HashSet<String>>);

impl ThrottleFollowers {
    fn lock(&self) -> MutexGuard<'_, HashSet<String>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Pushes each change of the account's throttle from now on (once per account, until its
/// client goes, e.g. at sign-out; the next call follows the new one).
pub async fn follow_throttle(
    app: &AppHandle,
    callboard: &Callboard,
    account_id: &str,
) -> callboard::Result<()> {
    let followers = app.state::<ThrottleFollowers>();
    if !followers.lock().insert(account_id.to_owned()) {
        return Ok(());
    }
    let mut changes = match awaz_actions::throttle_changes(callboard, account_id).await {
        Ok(changes) => changes,
        Err(error) => {
            followers.lock().remove(account_id);
            return Err(error);
        }
    };
    let (app, account_id) = (app.clone(), account_id.to_owned());
    tauri::async_runtime::spawn(async move {
        while let Some(throttle) = changes.next().await {
            let account_id = account_id.clone();
            emit(
                &app,
                AwazThrottleChanged {
                    account_id,
                    throttle,
                },
            );
        }
        app.state::<ThrottleFollowers>().lock().remove(&account_id);
    });
    Ok(())
}

/// Once History has answered `query`, reads again the Awaz call logs it answered as stored
/// (30 seconds old, or not read since Callboard started), and tells the window when anything
/// it shows changed, so it asks again.
pub fn refresh_history(app: &AppHandle, query: HistoryQuery) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let (history, callboard) = (app.state::<History>(), app.state::<Callboard>());
        if history.refresh_logs(&callboard, &query).await {
            emit(&app, HistoryChanged);
        }
    });
}

/// Tells the window where updates stand now.
pub fn push_update_status(app: &AppHandle, status: UpdateStatus) {
    emit(app, UpdateStatusChanged { status });
}

fn emit<E: Event + Serialize + Clone>(app: &AppHandle, event: E) {
    if let Err(error) = event.emit(app) {
        tracing::warn!("could not tell the window ({}): {error}", E::NAME);
    }
}
