//! Where the installed Callboard keeps its things on this computer, known without Tauri: the
//! window (`src-tauri`) and the command line (`crates/cli`) open the same data folder, the
//! same settings file and the same keychain entries through these.

use std::path::{Path, PathBuf};

use crate::settings::JsonFileSettings;

/// The app's identifier (`identifier` in src-tauri/tauri.conf.json, checked by a test there):
/// the data folder's name, as Tauri's `app_data_dir` makes it.
pub const APP_IDENTIFIER: &str = "app.callboard.desktop";

/// The keychain's service name: development builds never share secrets with released ones.
pub const KEYCHAIN_SERVICE: &str = if cfg!(debug_assertions) {
    "app.callboard.desktop.dev"
} else {
    "app.callboard.desktop"
};

/// The settings file. It keeps the layout tauri-plugin-store wrote for earlier versions, so
/// their settings load unchanged; the plugin itself is no longer used (it read a damaged file
/// as empty settings and wrote in place), [`JsonFileSettings`] reports a damaged file and
/// replaces it atomically.
const SETTINGS_FILE: &str = "settings.json";
/// Everything lives under one key, so the file is read and written as one value (the layout
/// tauri-plugin-store wrote for earlier versions).
const SETTINGS_KEY: &str = "callboard";

/// The folder Tauri's `app_data_dir` gives (no override is configured in tauri.conf.json):
/// the system's data folder (`$XDG_DATA_HOME`, `~/Library/Application Support`, `%APPDATA%`)
/// joined with [`APP_IDENTIFIER`]. `None` when the system has none.
pub fn app_data_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|dir| dir.join(APP_IDENTIFIER))
}

/// Where the settings file is in `data_dir`, to tell the person.
pub fn settings_path(data_dir: &Path) -> PathBuf {
    data_dir.join(SETTINGS_FILE)
}

/// The settings of `data_dir` (accounts without their secrets, preferences, recent workspaces).
pub fn settings(data_dir: &Path) -> JsonFileSettings {
    JsonFileSettings::under_key(settings_path(data_dir), SETTINGS_KEY)
}
