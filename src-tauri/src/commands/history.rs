use callboard::awaz_actions::ExportedFile;
use callboard::endpoints::Platform;
use callboard::history::{ChartBucket, History, HistoryPage, HistoryQuery};
use callboard::{ActionQuery, ActionRecord, Callboard};
use tauri::{AppHandle, State};

use super::awaz::export_folder;
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

/// A page of the merged history (journal, bulk rows and the Awaz call logs): the first, with
/// the exact total, without `after`; else the page after that cursor.
#[tauri::command]
#[specta::specta]
pub async fn history(
    callboard: State<'_, Callboard>,
    merged: State<'_, History>,
    query: HistoryQuery,
    after: Option<String>,
) -> CommandResult<HistoryPage> {
    Ok(merged.page(&callboard, &query, after.as_deref()).await?)
}

/// Calls by day and outcome, for the chart.
#[tauri::command]
#[specta::specta]
pub async fn history_chart(
    callboard: State<'_, Callboard>,
    merged: State<'_, History>,
    query: HistoryQuery,
) -> CommandResult<Vec<ChartBucket>> {
    Ok(merged.chart(&callboard, &query).await?)
}

/// Writes every entry the history matches into the Downloads folder.
#[tauri::command]
#[specta::specta]
pub async fn history_export(
    app: AppHandle,
    callboard: State<'_, Callboard>,
    merged: State<'_, History>,
    query: HistoryQuery,
) -> CommandResult<ExportedFile> {
    let folder = export_folder(&app)?;
    Ok(merged.export(&callboard, &query, &folder).await?)
}

/// What the person found when they checked an action whose outcome was unknown.
#[tauri::command]
#[specta::specta]
pub fn settle_action(
    callboard: State<'_, Callboard>,
    action_id: i32,
    applied: bool,
) -> CommandResult<ActionRecord> {
    Ok(callboard.journal().settle(action_id.into(), applied)?)
}
