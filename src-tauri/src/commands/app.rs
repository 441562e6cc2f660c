use callboard::{Callboard, DemoServers, Explanation};
use serde::Serialize;
use specta::Type;
use tauri::{AppHandle, Manager};

use crate::startup::Startup;
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
    /// The language Callboard speaks now: "en", "fr" or "en-XA" (the pseudo-locale).
    pub language: String,
}

/// Why Callboard could not open its files, for the "Callboard could not start" screen.
#[derive(Debug, Clone, Serialize, Type)]
pub struct StartupProblem {
    /// What happened and what to do next, in plain words (with the technical details).
    pub explanation: Explanation,
    /// The folder where Callboard keeps its files (settings, history), when it is known.
    pub data_folder: Option<String>,
}

/// Answers once Callboard has opened (or failed to).
#[tauri::command]
#[specta::specta]
pub async fn app_info(app: AppHandle) -> AppInfo {
    app.state::<Startup>().inner().clone().problem().await;
    // Without a Callboard (it could not start) there is no demo either.
    let callboard = app.try_state::<Callboard>();
    // Unknown only without a data folder, when the window shows the startup problem instead.
    let places = app.try_state::<Places>();
    AppInfo {
        // The bundled version (tauri.conf.json may set it; the workspace version otherwise).
        version: app.package_info().version.to_string(),
        demo: callboard
            .as_ref()
            .is_some_and(|callboard| callboard.is_demo()),
        demo_servers: callboard.and_then(|callboard| callboard.demo_servers()),
        places: places
            .map(|places| Places {
                keychain: crate::keychain_words(),
                ..places.inner().clone()
            })
            .unwrap_or_default(),
        language: callboard::words::current().code().to_owned(),
    }
}

/// Why Callboard could not start, or nothing when it did; answers once the opening (begun after
/// the window appeared) is over, and other commands work only after it answered nothing. When
/// there is a problem no other command works, and the window shows only what happened and where
/// the files are.
#[tauri::command]
#[specta::specta]
pub async fn startup_problem(app: AppHandle) -> Option<StartupProblem> {
    app.state::<Startup>().inner().clone().problem().await
}
