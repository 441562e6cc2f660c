use callboard::awaz_actions::ExportedFile;
use callboard::endpoints::Platform;
use callboard::history::{ChartBucket, History, HistoryPage, HistoryQuery};
use callboard::{ActionQuery, ActionRecord, Callboard};
use tauri::{AppHandle, State};

use super::awaz::export_folder;
use super::CommandResult;
use crate::events::refresh_history;

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
/// the exact total, without `after`; else the page after that cursor. After a first page, the
/// logs it answered as stored are read again (`HistoryChanged` when that changed anything); a
/// later page leaves them, so the list does not change under the person scrolling it.
#[tauri::command]
#[specta::specta]
pub async fn history(
    app: AppHandle,
    callboard: State<'_, Callboard>,
    merged: State<'_, History>,
    query: HistoryQuery,
    after: Option<String>,
) -> CommandResult<HistoryPage> {
    let page = merged.page(&callboard, &query, after.as_deref()).await?;
    if after.is_none() {
        refresh_history(&app, query);
    }
    Ok(page)
}

/// Calls by day and outcome, for the chart (its logs read again afterwards, as a page's).
#[tauri::command]
#[specta::specta]
pub async fn history_chart(
    app: AppHandle,
    callboard: State<'_, Callboard>,
    merged: State<'_, History>,
    query: HistoryQuery,
) -> CommandResult<Vec<ChartBucket>> {
    let chart = merged.chart(&callboard, &query).await?;
    refresh_history(&app, query);
    Ok(chart)
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
