use callboard::awaz_actions::ExportedFile;
use callboard::bulk::{
    BulkRequest, BulkReview, BulkRowView, BulkRuns, CheckResult, ImportSessions, JobView,
};
use callboard::Callboard;
use tauri::{AppHandle, State};

use super::awaz::export_folder;
use super::CommandResult;

/// Journals the import's valid rows and starts sending them.
#[tauri::command]
#[specta::specta]
pub async fn bulk_start(
    callboard: State<'_, Callboard>,
    imports: State<'_, ImportSessions>,
    bulk: State<'_, BulkRuns>,
    request: BulkRequest,
) -> CommandResult<JobView> {
    Ok(bulk.start(&callboard, &imports, request).await?)
}

/// Every run, newest first (interrupted ones can be resumed).
#[tauri::command]
#[specta::specta]
pub fn bulk_jobs(bulk: State<'_, BulkRuns>) -> CommandResult<Vec<JobView>> {
    Ok(bulk.jobs()?)
}

#[tauri::command]
#[specta::specta]
pub fn bulk_status(bulk: State<'_, BulkRuns>, job_id: i32) -> CommandResult<JobView> {
    Ok(bulk.status(job_id.into())?)
}

#[tauri::command]
#[specta::specta]
pub fn bulk_pause(bulk: State<'_, BulkRuns>, job_id: i32) -> CommandResult<JobView> {
    Ok(bulk.pause(job_id.into())?)
}

#[tauri::command]
#[specta::specta]
pub async fn bulk_resume(
    callboard: State<'_, Callboard>,
    bulk: State<'_, BulkRuns>,
    job_id: i32,
) -> CommandResult<JobView> {
    Ok(bulk.resume(&callboard, job_id.into()).await?)
}

#[tauri::command]
#[specta::specta]
pub fn bulk_cancel(bulk: State<'_, BulkRuns>, job_id: i32) -> CommandResult<JobView> {
    Ok(bulk.cancel(job_id.into())?)
}

/// Rows that failed or need checking, with their reasons.
#[tauri::command]
#[specta::specta]
pub fn bulk_failed_rows(bulk: State<'_, BulkRuns>, job_id: i32) -> CommandResult<Vec<BulkRowView>> {
    Ok(bulk.failed_rows(job_id.into())?)
}

#[tauri::command]
#[specta::specta]
pub async fn bulk_retry_rows(
    callboard: State<'_, Callboard>,
    bulk: State<'_, BulkRuns>,
    job_id: i32,
    lines: Vec<u32>,
) -> CommandResult<JobView> {
    Ok(bulk.retry_rows(&callboard, job_id.into(), &lines).await?)
}

/// What the person found when they checked rows whose outcome was unknown.
#[tauri::command]
#[specta::specta]
pub async fn bulk_resolve_rows(
    callboard: State<'_, Callboard>,
    bulk: State<'_, BulkRuns>,
    job_id: i32,
    lines: Vec<u32>,
    found: CheckResult,
) -> CommandResult<JobView> {
    Ok(bulk
        .resolve_rows(&callboard, job_id.into(), &lines, found)
        .await?)
}

/// Writes the failed rows into the Downloads folder.
#[tauri::command]
#[specta::specta]
pub fn bulk_export_failed(
    app: AppHandle,
    bulk: State<'_, BulkRuns>,
    job_id: i32,
) -> CommandResult<ExportedFile> {
    Ok(bulk.export_failed(job_id.into(), &export_folder(&app)?)?)
}

/// What starting the run would do with each row, for the confirmation.
#[tauri::command]
#[specta::specta]
pub fn bulk_review(
    callboard: State<'_, Callboard>,
    imports: State<'_, ImportSessions>,
    bulk: State<'_, BulkRuns>,
    request: BulkRequest,
) -> CommandResult<BulkReview> {
    Ok(bulk.review(&callboard, &imports, &request)?)
}
