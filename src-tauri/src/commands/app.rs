use callboard::Workspace;
use serde::Serialize;
use specta::Type;
use tauri::State;

/// What the window needs to know about this run of the app.
#[derive(Debug, Serialize, Type)]
pub struct AppInfo {
    pub version: String,
    /// True when the app talks to its built-in practice platforms instead of real accounts.
    pub demo: bool,
    pub getvocal_url: String,
    pub awaz_url: String,
}

#[tauri::command]
#[specta::specta]
pub fn app_info(workspace: State<'_, Workspace>) -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        demo: workspace.is_demo(),
        getvocal_url: workspace.getvocal_url(),
        awaz_url: workspace.awaz_url(),
    }
}
