//! Callboard's settings (accounts without secrets, preferences, recent workspaces): the file
//! `settings.json` in the app's data folder, everything under the key `callboard`, the layout
//! tauri-plugin-store wrote for earlier versions, so their settings load unchanged.
//!
//! The plugin itself is no longer used: it read a damaged file as empty settings (the app then
//! opened with no account, in demo mode, and saved the empty settings over the file when it
//! closed), and it wrote the file in place, so a crash mid-write left half a file.
//! [`JsonFileSettings`] reports a damaged file and replaces it atomically.

use std::path::{Path, PathBuf};

use callboard::JsonFileSettings;

const FILE: &str = "settings.json";
/// Everything lives under one key, so the file is read and written as one value.
const KEY: &str = "callboard";

/// Where the settings file is in `data_dir`, to tell the person.
pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE)
}

pub fn open(data_dir: &Path) -> JsonFileSettings {
    JsonFileSettings::under_key(path(data_dir), KEY)
}
