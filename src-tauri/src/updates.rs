//! Settings → "Updates": the updater plugin and its commands. The plugin finds the newer
//! version at the configured address (or a developer's, see
//! `callboard::updates::endpoint_override`), downloads it and checks its signature against
//! the public key in tauri.conf.json; Callboard decides when it may be installed and closes
//! the journal first (`Callboard::install_update`), then the app restarts into it.
//!
//! The window asks `update_status` once, then follows a check or an installation through the
//! `UpdateStatusChanged` event (see `events.rs`).

use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use callboard::bulk::BulkRuns;
use callboard::updates::{endpoint_override, UpdateChoices, UpdateProblem, UpdateSchedule};
use callboard::{Callboard, Explanation};
use serde::Serialize;
use specta::Type;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_updater::{Update, UpdaterExt};

use crate::commands::CommandResult;
use crate::events;
use crate::startup::Startup;

/// How long one request to the update server may take before Callboard calls it offline.
const CHECK_TIMEOUT: Duration = Duration::from_secs(30);
/// The window shows the download in tenths of a megabyte: it is told when that figure moves.
const SHOWN_BYTES: u64 = 100_000;
/// How often the automatic check asks itself whether a check is due (once a day, see
/// `UpdateSchedule::automatic_check_due`).
const AUTOMATIC_CHECK_POLL: Duration = Duration::from_secs(60 * 60);

pub fn plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R, tauri_plugin_updater::Config> {
    tauri_plugin_updater::Builder::new().build()
}

/// What Settings → "Updates" shows.
#[derive(Debug, Clone, Serialize, Type)]
pub struct UpdateStatus {
    /// The version running now.
    pub current_version: String,
    pub phase: UpdatePhase,
    /// The newer version found by the last check, if any.
    pub found: Option<FoundUpdate>,
    /// True once a check found nothing newer.
    pub up_to_date: bool,
    /// Bytes downloaded so far, and how many there are when the server says.
    pub downloaded: u32,
    pub download_size: Option<u32>,
    /// Why the last check or installation did not work, or has to wait.
    pub problem: Option<Explanation>,
    pub choices: UpdateChoices,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum UpdatePhase {
    Idle,
    Checking,
    Downloading,
    Installing,
    Restarting,
}

#[derive(Debug, Clone, Serialize, Type)]
pub struct FoundUpdate {
    pub version: String,
    /// What's new, as the release notes say it.
    pub notes: Option<String>,
    /// When it was published (RFC 3339), when the server says.
    pub published: Option<String>,
}

/// The update state of this run of the app (managed).
pub struct Updates {
    progress: Mutex<Progress>,
    /// The update the last check found, ready to download.
    found: Mutex<Option<Update>>,
    schedule: Option<UpdateSchedule>,
}

#[derive(Clone)]
struct Progress {
    phase: UpdatePhase,
    up_to_date: bool,
    downloaded: u64,
    download_size: Option<u64>,
    problem: Option<Explanation>,
}

impl Updates {
    /// Reads nothing yet: the window's first paint comes first.
    pub fn new<R: Runtime>(app: &AppHandle<R>) -> Updates {
        let data_dir = app.path().app_data_dir().ok();
        Updates {
            progress: Mutex::new(Progress {
                phase: UpdatePhase::Idle,
                up_to_date: false,
                downloaded: 0,
                download_size: None,
                problem: None,
            }),
            found: Mutex::new(None),
            schedule: data_dir.map(|dir| UpdateSchedule::new(&dir)),
        }
    }

    fn schedule(&self) -> callboard::Result<&UpdateSchedule> {
        self.schedule.as_ref().ok_or_else(|| {
            callboard::Error::Storage(
                "this computer's folder for app data could not be found".to_owned(),
            )
        })
    }

    fn progress(&self) -> MutexGuard<'_, Progress> {
        lock(&self.progress)
    }

    /// Moves to `phase` unless a check or an installation is already running.
    fn begin(&self, phase: UpdatePhase) -> bool {
        let mut progress = self.progress();
        if progress.phase != UpdatePhase::Idle {
            return false;
        }
        *progress = Progress {
            phase,
            downloaded: 0,
            download_size: None,
            problem: None,
            ..progress.clone()
        };
        true
    }

    fn end(&self, problem: Option<Explanation>) {
        let mut progress = self.progress();
        progress.phase = UpdatePhase::Idle;
        progress.problem = problem;
    }

    fn status<R: Runtime>(&self, app: &AppHandle<R>) -> callboard::Result<UpdateStatus> {
        let progress = self.progress().clone();
        let found = lock(&self.found).as_ref().map(|update| FoundUpdate {
            version: update.version.clone(),
            notes: update.body.clone().filter(|notes| !notes.trim().is_empty()),
            published: update.raw_json["pub_date"].as_str().map(str::to_owned),
        });
        Ok(UpdateStatus {
            current_version: app.package_info().version.to_string(),
            phase: progress.phase,
            found,
            up_to_date: progress.up_to_date,
            downloaded: bytes(progress.downloaded),
            download_size: progress.download_size.map(bytes),
            problem: progress.problem,
            choices: self.schedule()?.choices()?,
        })
    }
}

/// Where updates stand: the running version, the last check, a download under way.
#[tauri::command]
#[specta::specta]
pub fn update_status(
    app: AppHandle,
    updates: tauri::State<'_, Updates>,
) -> CommandResult<UpdateStatus> {
    Ok(updates.status(&app)?)
}

/// Asks the update server now; the answer is in the status.
#[tauri::command]
#[specta::specta]
pub async fn update_check(app: AppHandle) -> CommandResult<UpdateStatus> {
    check(&app).await;
    Ok(app.state::<Updates>().status(&app)?)
}

/// "Check automatically" on or off.
#[tauri::command]
#[specta::specta]
pub fn update_check_automatically(
    updates: tauri::State<'_, Updates>,
    on: bool,
) -> CommandResult<UpdateChoices> {
    Ok(updates.schedule()?.set_check_automatically(on)?)
}

/// Downloads the version found, checks its signature, waits for nothing to be on its way,
/// installs it and restarts into it. Answers only when it could not (the problem is in the
/// status); the window follows the download through `UpdateStatusChanged`.
#[tauri::command]
#[specta::specta]
pub async fn update_install(app: AppHandle) -> CommandResult<UpdateStatus> {
    let updates = app.state::<Updates>();
    if updates.begin(UpdatePhase::Downloading) {
        push_status(&app);
        let problem = install(&app).await.err().map(|error| error.explain());
        updates.end(problem);
        push_status(&app);
    }
    Ok(updates.status(&app)?)
}

/// Checks for a newer version, unless a check or an installation is already running.
async fn check(app: &AppHandle) {
    let updates = app.state::<Updates>();
    if !updates.begin(UpdatePhase::Checking) {
        return;
    }
    push_status(app);
    let problem = match find_update(app).await {
        Ok(found) => {
            updates.progress().up_to_date = found.is_none();
            *lock(&updates.found) = found;
            updates
                .schedule()
                .and_then(|schedule| schedule.checked(chrono::Utc::now()))
                .err()
        }
        Err(error) => Some(error),
    };
    updates.end(problem.map(|error| error.explain()));
    push_status(app);
}

/// Pushes where updates stand to the window (a status that cannot be read is asked for again
/// by the window when it opens the section).
fn push_status(app: &AppHandle) {
    if let Ok(status) = app.state::<Updates>().status(app) {
        events::push_update_status(app, status);
    }
}

async fn find_update(app: &AppHandle) -> callboard::Result<Option<Update>> {
    let mut builder = app.updater_builder().timeout(CHECK_TIMEOUT);
    if let Some(url) = endpoint_override()? {
        builder = builder.endpoints(vec![url]).map_err(problem)?;
    }
    builder
        .build()
        .map_err(problem)?
        .check()
        .await
        .map_err(problem)
}

async fn install(app: &AppHandle) -> callboard::Result<()> {
    let callboard = app.state::<Callboard>();
    let bulk = app.state::<BulkRuns>();
    // Said before the download, and checked again, under the journal's lock, before installing.
    if let Some(waits) = callboard.update_blocker(&bulk)? {
        return Err(waits.into());
    }
    let Some(update) = lock(&app.state::<Updates>().found).clone() else {
        return Err(
            UpdateProblem::CheckFailed("no update was found yet: check first".to_owned()).into(),
        );
    };
    let updates = app.state::<Updates>();
    let bytes = update
        .download(
            |chunk, size| {
                let shown_before = updates.progress().downloaded / SHOWN_BYTES;
                let shown_now = {
                    let mut progress = updates.progress();
                    progress.downloaded += chunk as u64;
                    progress.download_size = size;
                    progress.downloaded / SHOWN_BYTES
                };
                if shown_now != shown_before {
                    push_status(app);
                }
            },
            || {},
        )
        .await
        .map_err(problem)?;
    updates.progress().phase = UpdatePhase::Installing;
    push_status(app);
    let handle = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let callboard = handle.state::<Callboard>();
        let bulk = handle.state::<BulkRuns>();
        callboard.install_update(&bulk, || {
            update
                .install(&bytes)
                .map_err(|error| match problem(error) {
                    callboard::Error::Update(problem) => problem,
                    other => UpdateProblem::InstallFailed(other.to_string()),
                })
        })
    })
    .await
    .map_err(|error| UpdateProblem::InstallFailed(error.to_string()))??;
    updates.progress().phase = UpdatePhase::Restarting;
    push_status(app);
    // The journal is closed and the data folder free: the new version opens them.
    app.request_restart();
    Ok(())
}

/// Checks once a day by itself when "Check automatically" is on, never during a bulk run.
/// Development builds check only when a developer gives an update address, so they never ask
/// the real server.
pub fn start_automatic_checks(app: &AppHandle) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        if !Startup::opened(&app).await {
            return;
        }
        let updates = app.state::<Updates>();
        let Ok(schedule) = updates.schedule() else {
            return;
        };
        let version = app.package_info().version.to_string();
        if let Err(error) = schedule.note_running_version(&version) {
            tracing::warn!("could not note the running version: {error}");
        }
        if cfg!(debug_assertions) && !matches!(endpoint_override(), Ok(Some(_))) {
            return;
        }
        loop {
            let due = schedule.automatic_check_due(chrono::Utc::now(), &app.state::<BulkRuns>());
            match due {
                Ok(true) => check(&app).await,
                Ok(false) => {}
                Err(error) => tracing::warn!("automatic update check: {error}"),
            }
            tokio::time::sleep(AUTOMATIC_CHECK_POLL).await;
        }
    });
}

/// The updater's errors in Callboard's words: offline, not signed, not installed, or another
/// failure to check.
fn problem(error: tauri_plugin_updater::Error) -> callboard::Error {
    use tauri_plugin_updater::Error as E;
    let detail = error.to_string();
    let problem = match &error {
        E::Reqwest(request) if request.is_connect() || request.is_timeout() => {
            UpdateProblem::Offline(detail)
        }
        E::Network(_) => UpdateProblem::Offline(detail),
        E::Minisign(_)
        | E::Base64(_)
        | E::SignatureUtf8(_)
        | E::SignedVersionMismatch { .. }
        | E::MissingSignedVersion => UpdateProblem::NotSigned(detail),
        E::Io(_)
        | E::TempDirNotFound
        | E::AuthenticationFailed
        | E::DebInstallFailed
        | E::PackageInstallFailed
        | E::InvalidUpdaterFormat => UpdateProblem::InstallFailed(detail),
        _ => UpdateProblem::CheckFailed(detail),
    };
    problem.into()
}

/// A byte count for the window (a download is far below 4 GiB).
fn bytes(count: u64) -> u32 {
    u32::try_from(count).unwrap_or(u32::MAX)
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}
