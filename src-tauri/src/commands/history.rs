use callboard::endpoints::Platform;
use callboard::{ActionQuery, ActionRecord, Callboard};
use tauri::State;

use super::CommandResult;

/// How many actions the history shows at once.
const SHOWN: u32 = 500;

/// What Callboard sent for the person, newest first, optionally of one platform and matching
/// a text (found in the summary, the subject or the account's name).
#[tauri::command]
#[specta::specta]
pub fn action_history(
    callboard: State<'_, Callboard>,
    platform: Option<Platform>,
    text: String,
) -> CommandResult<Vec<ActionRecord>> {
    Ok(callboard.journal().list(&ActionQuery {
        platform,
        text: Some(text),
        limit: Some(SHOWN),
        ..ActionQuery::default()
    })?)
}
