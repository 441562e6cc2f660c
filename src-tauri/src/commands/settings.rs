use callboard::{Callboard, Preferences, Settings};
use tauri::State;

use super::CommandResult;

#[tauri::command]
#[specta::specta]
pub fn get_settings(callboard: State<'_, Callboard>) -> Settings {
    callboard.settings()
}

#[tauri::command]
#[specta::specta]
pub fn save_preferences(
    callboard: State<'_, Callboard>,
    preferences: Preferences,
) -> CommandResult<Settings> {
    Ok(callboard.save_preferences(preferences)?)
}

/// Saves the language chosen in Settings (`en` or `fr`) and speaks it at once.
#[tauri::command]
#[specta::specta]
pub fn set_language(callboard: State<'_, Callboard>, language: String) -> CommandResult<Settings> {
    Ok(callboard.set_language(&language)?)
}
