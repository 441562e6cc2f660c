use callboard::{Callboard, DemoServers};
use serde::Serialize;
use specta::Type;
use tauri::State;

use crate::Places;

/// What the window needs to know about this run of the app.
#[derive(Debug, Serialize, Type)]
pub struct AppInfo {
    pub version: String,
    /// True when the practice platforms run on this computer (demo mode).
    pub demo: bool,
    /// Their addresses, in demo mode (to type into an account's "Server address").
    pub demo_servers: Option<DemoServers>,
    /// Where Callboard keeps things on this computer, in plain words.
    pub places: Places,
}

#[tauri::command]
#[specta::specta]
pub fn app_info(callboard: State<'_, Callboard>, places: State<'_, Places>) -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        demo: callboard.is_demo(),
        demo_servers: callboard.demo_servers(),
        places: places.inner().clone(),
    }
}
