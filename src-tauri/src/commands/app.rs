use callboard::{Callboard, DemoServers, Explanation};
use serde::Serialize;
use specta::Type;
use tauri::{AppHandle, Manager, State};

use crate::Places;

/// What the window needs to know about this run of the app.
#[derive(Debug, Serialize, Type)]
pub struct AppInfo {
    pub version: String,
    /// True while the practice platforms are the ones in use (demo mode). Turns false for good
    /// when a real account is added: ask again after adding one.
    pub demo: bool,
    /// Their addresses, in demo mode (to type into an account's "Server address").
    pub demo_servers: Option<DemoServers>,
    /// Where Callboard keeps things on this computer, in plain words.
    pub places: Places,
}

/// Why Callboard could not open its files, for the "Callboard could not start" screen.
#[derive(Debug, Clone, Serialize, Type)]
pub struct StartupProblem {
    /// What happened and what to do next, in plain words (with the technical details).
    pub explanation: Explanation,
    /// The folder where Callboard keeps its files (settings, history), when it is known.
    pub data_folder: Option<String>,
}

/// The outcome of opening Callboard at start-up; always managed.
pub struct Startup(pub Option<StartupProblem>);

#[tauri::command]
#[specta::specta]
pub fn app_info(app: AppHandle, places: State<'_, Places>) -> AppInfo {
    // Without a Callboard (it could not start) there is no demo either.
    let callboard = app.try_state::<Callboard>();
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        demo: callboard
            .as_ref()
            .is_some_and(|callboard| callboard.is_demo()),
        demo_servers: callboard.and_then(|callboard| callboard.demo_servers()),
        places: places.inner().clone(),
    }
}

/// Why Callboard could not start, or nothing when it did. When there is a problem no other
/// command works, and the window shows only what happened and where the files are.
#[tauri::command]
#[specta::specta]
pub fn startup_problem(startup: State<'_, Startup>) -> Option<StartupProblem> {
    startup.0.clone()
}
