//! Callboard's settings (accounts without secrets, preferences, recent workspaces) kept by
//! tauri-plugin-store in `settings.json` in the app's data folder.

use std::path::PathBuf;
use std::sync::Arc;

use callboard::{Error, Result, Settings, SettingsStore};
use tauri::{Manager, Runtime};
use tauri_plugin_store::{Store, StoreExt};

const FILE: &str = "settings.json";
/// Everything lives under one key, so the file is read and written as one value.
const KEY: &str = "callboard";

pub struct PluginSettings<R: Runtime> {
    store: Arc<Store<R>>,
}

impl<R: Runtime> PluginSettings<R> {
    pub fn open(app: &impl Manager<R>) -> Result<Self> {
        let store = app.store(FILE).map_err(storage)?;
        Ok(Self { store })
    }

    /// Where the file is, to tell the person.
    pub fn path(app: &impl Manager<R>) -> Result<PathBuf> {
        tauri_plugin_store::resolve_store_path(app.app_handle(), FILE).map_err(storage)
    }
}

impl<R: Runtime> SettingsStore for PluginSettings<R> {
    fn load(&self) -> Result<Settings> {
        match self.store.get(KEY) {
            Some(saved) => serde_json::from_value(saved).map_err(storage),
            None => Ok(Settings::default()),
        }
    }

    fn save(&self, settings: &Settings) -> Result<()> {
        self.store
            .set(KEY, serde_json::to_value(settings).map_err(storage)?);
        self.store.save().map_err(storage)
    }
}

fn storage(error: impl std::fmt::Display) -> Error {
    Error::Storage(format!("{FILE}: {error}"))
}
