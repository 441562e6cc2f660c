//! Opening Callboard after the window's first paint. The setup hook only starts the opening
//! (the data folder's lock, the settings, the journal, demo mode's practice platforms), so the
//! window shows its frame at once; the window asks `startup_problem`, which answers once the
//! opening is over, and only then shows the screens, whose commands need what it managed.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use callboard::bulk::{BulkRuns, ImportSessions, RunOptions};
use callboard::clients::{plans, Batches};
use callboard::history::History;
use callboard::words::Words;
use callboard::{Callboard, Keychain, OpenOptions, SecretStore};
use tauri::{AppHandle, Manager};
use tauri_plugin_notification::NotificationExt;
use tokio::sync::watch;

use crate::commands::app::StartupProblem;
use crate::{places, KEYCHAIN_SERVICE};
use callboard::data_folder;

/// How the opening went: nothing while it runs, then `Ok` (everything is managed) or the
/// problem the window shows instead of the screens. Always managed.
#[derive(Clone)]
pub struct Startup(watch::Receiver<Option<Result<(), StartupProblem>>>);

impl Startup {
    /// Waits for the opening to end; `None` when Callboard opened.
    pub async fn problem(mut self) -> Option<StartupProblem> {
        match self.0.wait_for(Option::is_some).await {
            Ok(outcome) => outcome.clone()?.err(),
            // The opening task ended without a word: it panicked.
            Err(_) => Some(StartupProblem {
                explanation: callboard::Error::Storage(
                    "Callboard stopped while opening its files".to_owned(),
                )
                .explain(),
                data_folder: None,
            }),
        }
    }

    /// Waits for the opening to end; true when Callboard opened (the journal and the bulk runs
    /// are managed), for work that starts with the app.
    pub async fn opened(app: &AppHandle) -> bool {
        let startup = app.state::<Startup>().inner().clone();
        startup.problem().await.is_none()
    }
}

/// Starts opening Callboard in the background and returns how to wait for it.
pub fn begin(app: &tauri::App) -> Startup {
    let (report, outcome) = watch::channel(None);
    let app = app.handle().clone();
    tauri::async_runtime::spawn(async move {
        let opened = open(&app).await.map_err(|problem| *problem);
        if let Err(problem) = &opened {
            // A failure here must not end the app without a word: the window shows what
            // happened and where the files are.
            tracing::error!(
                "Callboard could not start: {} ({:?})",
                problem.explanation.title,
                problem.explanation.detail
            );
        }
        report.send_replace(Some(opened));
    });
    Startup(outcome)
}

/// Opens Callboard on the app's data folder and hands everything to the commands.
async fn open(app: &AppHandle) -> Result<(), Box<StartupProblem>> {
    // Until the settings are read (they may be damaged), the system's language words what goes
    // wrong; `Callboard::open` then applies the one chosen in Settings.
    callboard::words::set_current(callboard::words::resolve(None));
    let data_dir = app.path().app_data_dir().map_err(|error| StartupProblem {
        explanation: callboard::Error::Storage(format!(
            "this computer's folder for app data could not be found: {error}"
        ))
        .explain(),
        data_folder: None,
    })?;
    app.manage(places(&data_dir));
    // Without saved accounts Callboard opens in demo mode anyway.
    let demo = std::env::args().any(|argument| argument == "--demo");
    let (callboard, bulk) = open_data(
        data_dir.clone(),
        Arc::new(Keychain::new(KEYCHAIN_SERVICE)),
        demo,
    )
    .await
    .map_err(|error| startup_problem(&error, &data_dir))?;
    let batches =
        Batches::open(callboard.database()).map_err(|error| startup_problem(&error, &data_dir))?;
    app.manage(callboard);
    app.manage(batches);
    app.manage(bulk);
    app.manage(ImportSessions::default());
    app.manage(History::default());
    notify_due_top_ups(app);
    Ok(())
}

/// Says on the desktop when recurring top-ups have come due (missed dates included); nothing is
/// sent until the person reviews them in the window's "Due top-ups".
fn notify_due_top_ups(app: &AppHandle) {
    let callboard = app.state::<Callboard>();
    let today = plans::today(&callboard);
    let due = match plans::due_top_ups(callboard.database(), today) {
        Ok(due) if !due.is_empty() => due.len(),
        // Nothing due, or the book could not be read: the window says so on its own.
        _ => return,
    };
    let title = Words::new("shell-due-notification-title").text();
    let body = Words::new("shell-due-notification-body")
        .arg("count", due)
        .text();
    let app = app.clone();
    // Off the opening's path: a desktop without a notification service may take a while to
    // say so, and then simply shows none (the window's banner stays).
    tauri::async_runtime::spawn_blocking(move || {
        let _ = app.notification().builder().title(title).body(body).show();
    });
}

/// Callboard and its bulk runs on `data_dir`: the data folder's lock first (one Callboard per
/// folder), then the settings, the journal and the runs.
async fn open_data(
    data_dir: PathBuf,
    keychain: Arc<dyn SecretStore>,
    demo: bool,
) -> callboard::Result<(Callboard, BulkRuns)> {
    let options = OpenOptions {
        settings: Arc::new(data_folder::settings(&data_dir)),
        data_dir,
        keychain,
        demo,
    };
    let callboard = Callboard::open(options).await?;
    let bulk = BulkRuns::open(&callboard, RunOptions::default())?;
    Ok((callboard, bulk))
}

fn startup_problem(error: &callboard::Error, data_dir: &Path) -> Box<StartupProblem> {
    Box::new(StartupProblem {
        explanation: error.explain(),
        data_folder: Some(data_dir.display().to_string()),
    })
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use callboard::{DataLock, MemorySecrets};

    use super::*;

    fn open_in(dir: &Path) -> callboard::Result<(Callboard, BulkRuns)> {
        tauri::async_runtime::block_on(open_data(
            dir.to_owned(),
            Arc::new(MemorySecrets::new()),
            false,
        ))
    }

    #[test]
    fn a_damaged_settings_file_is_a_startup_problem_naming_the_folder_not_an_empty_app() {
        let dir = tempfile::tempdir().unwrap();
        let settings = data_folder::settings_path(dir.path());
        std::fs::write(&settings, "{\"callboard\": {\"accounts\": [{\"id\": ").unwrap();
        let Err(error) = open_in(dir.path()) else {
            panic!("a damaged settings file opened as an app without accounts");
        };
        let problem = startup_problem(&error, dir.path());
        assert_eq!(problem.explanation.code, "storage.settings_damaged");
        assert_eq!(
            problem.data_folder.as_deref(),
            Some(dir.path().display().to_string().as_str())
        );
        assert!(problem
            .explanation
            .next_step
            .contains(&settings.display().to_string()));
        // Left as it was, for the person to restore.
        assert!(std::fs::read_to_string(&settings)
            .unwrap()
            .ends_with("\"id\": "));
    }

    #[test]
    fn a_data_folder_already_in_use_is_a_startup_problem() {
        let dir = tempfile::tempdir().unwrap();
        let _other = DataLock::acquire(dir.path()).unwrap();
        let Err(error) = open_in(dir.path()) else {
            panic!("opened a data folder another program holds");
        };
        let problem = startup_problem(&error, dir.path());
        assert_eq!(problem.explanation.code, "storage.folder_in_use");
        assert!(problem.explanation.title.contains("already open"));
    }

    #[test]
    fn settings_saved_by_the_earlier_store_plugin_still_load() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            data_folder::settings_path(dir.path()),
            r#"{"callboard": {"accounts": [], "preferences": {"default_country": "FR", "time_zone": "Europe/Paris"}, "recent_workspaces": []}}"#,
        )
        .unwrap();
        let (callboard, _bulk) = open_in(dir.path()).unwrap();
        assert_eq!(callboard.settings().preferences.default_country, "FR");
    }

    #[test]
    fn the_window_learns_of_a_problem_once_the_opening_reports_it() {
        let (report, outcome) = watch::channel(None);
        let waiting =
            std::thread::spawn(move || tauri::async_runtime::block_on(Startup(outcome).problem()));
        let dir = tempfile::tempdir().unwrap();
        let _other = DataLock::acquire(dir.path()).unwrap();
        let error = open_in(dir.path()).err().unwrap();
        report.send_replace(Some(Err(*startup_problem(&error, dir.path()))));
        let problem = waiting
            .join()
            .unwrap()
            .expect("the problem reached the window");
        assert_eq!(problem.explanation.code, "storage.folder_in_use");
    }

    #[test]
    fn an_opening_that_ended_without_a_word_is_a_problem_not_a_wait_for_ever() {
        let (report, outcome) = watch::channel(None);
        drop(report);
        let problem = tauri::async_runtime::block_on(Startup(outcome).problem());
        assert!(problem.is_some());
    }
}
