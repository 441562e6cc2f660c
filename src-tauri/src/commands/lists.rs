//! Lists to work from (leads, upcoming calls, calls to look at), a call's page, and "Open folder".

use std::path::PathBuf;

use callboard::call_book::{self, LeadEntry, UpcomingCall};
use callboard::call_page::{self, CallView};
use callboard::{ActionRecord, Callboard};
use serde::Deserialize;
use specta::Type;
use tauri::{AppHandle, State};

use super::awaz::export_folder;
use super::CommandResult;
use crate::Places;

/// The leads Callboard created, newest first, with where their calls stand.
#[tauri::command]
#[specta::specta]
pub fn leads_book(callboard: State<'_, Callboard>) -> CommandResult<Vec<LeadEntry>> {
    Ok(call_book::leads(&callboard)?)
}

/// Calls still to come on both platforms, soonest first.
#[tauri::command]
#[specta::specta]
pub fn upcoming_calls(callboard: State<'_, Callboard>) -> CommandResult<Vec<UpcomingCall>> {
    Ok(call_book::upcoming(&callboard)?)
}

/// Calls of the last two weeks that failed or whose outcome is unknown, newest first.
#[tauri::command]
#[specta::specta]
pub fn calls_to_check(callboard: State<'_, Callboard>) -> CommandResult<Vec<ActionRecord>> {
    Ok(call_book::calls_to_check(&callboard, 14)?)
}

/// A call's page, by its History key ("journal:12", "bulk:3:14:call", "awaz:<account>:<call>").
#[tauri::command]
#[specta::specta]
pub async fn call_page(callboard: State<'_, Callboard>, key: String) -> CommandResult<CallView> {
    Ok(call_page::call_page(&callboard, &key).await?)
}

/// A folder the window may open: only these, never a path it sends.
#[derive(Debug, Clone, Copy, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Folder {
    /// Where the settings and the history are kept.
    Data,
    /// Where exports are saved.
    Downloads,
}

/// Shows the folder in the system's file manager.
#[tauri::command]
#[specta::specta]
pub fn open_folder(app: AppHandle, places: State<'_, Places>, folder: Folder) -> CommandResult<()> {
    let path = match folder {
        Folder::Data => PathBuf::from(&places.settings_file)
            .parent()
            .map(PathBuf::from)
            .unwrap_or_default(),
        Folder::Downloads => export_folder(&app)?,
    };
    Ok(callboard::open_folder::open_folder(&path)?)
}
