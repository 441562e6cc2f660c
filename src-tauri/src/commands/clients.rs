//! The client book, batch top-ups, recurring plans and statements (`callboard::clients`).
//! A confirmed or resumed batch is sent by a task of its own; each line's outcome reaches the
//! window as a [`ClientBatchProgress`].

use std::path::PathBuf;

use callboard::awaz_actions::ExportedFile;
use callboard::clients::plans::{self, Occurrence};
use callboard::clients::statement::{self, StatementFormat};
use callboard::clients::{
    book, BatchProgress, BatchSource, BatchView, Batches, BookImport, Client, ClientForm,
    ClientHistory, ClientQuery, DueTopUp, Plan, PlanForm, StatementTopUp,
};
use callboard::{Callboard, Settings};
use serde::Serialize;
use specta::Type;
use tauri::{AppHandle, Manager, State};
use tauri_specta::Event;

use super::awaz::export_folder;
use super::CommandResult;

/// A batch line's outcome, as it happens (and once more when the batch stops or ends,
/// with `line` empty).
#[derive(Serialize, Debug, Clone, Type, Event)]
pub struct ClientBatchProgress {
    pub progress: BatchProgress,
}

#[tauri::command]
#[specta::specta]
pub fn clients_list(
    callboard: State<'_, Callboard>,
    query: ClientQuery,
) -> CommandResult<Vec<Client>> {
    Ok(book::list(callboard.database(), &query)?)
}

/// Adds (no id) or edits a client.
#[tauri::command]
#[specta::specta]
pub fn clients_save(callboard: State<'_, Callboard>, form: ClientForm) -> CommandResult<Client> {
    Ok(book::save(callboard.database(), form)?)
}

#[tauri::command]
#[specta::specta]
pub fn clients_set_archived(
    callboard: State<'_, Callboard>,
    client_id: i32,
    archived: bool,
) -> CommandResult<Client> {
    Ok(book::set_archived(
        callboard.database(),
        client_id,
        archived,
    )?)
}

/// Adds the recent and past top-up workspaces the book lacks; returns the clients added.
#[tauri::command]
#[specta::specta]
pub fn clients_fill_from_history(callboard: State<'_, Callboard>) -> CommandResult<Vec<Client>> {
    Ok(book::fill_from_history(&callboard)?)
}

#[tauri::command]
#[specta::specta]
pub fn clients_history(
    callboard: State<'_, Callboard>,
    client_id: i32,
) -> CommandResult<ClientHistory> {
    Ok(book::history(&callboard, client_id)?)
}

/// Writes the book as CSV to `path`, or to the Downloads folder when `path` is empty.
#[tauri::command]
#[specta::specta]
pub fn clients_export(
    app: AppHandle,
    callboard: State<'_, Callboard>,
    path: Option<String>,
) -> CommandResult<ExportedFile> {
    let path = match path {
        Some(path) => PathBuf::from(path),
        None => export_folder(&app)?.join(format!(
            "callboard-clients-{}.csv",
            chrono::Local::now().format("%Y-%m-%d-%H%M")
        )),
    };
    Ok(book::export_csv(&callboard, &path)?)
}

#[tauri::command]
#[specta::specta]
pub fn clients_import(callboard: State<'_, Callboard>, path: String) -> CommandResult<BookImport> {
    Ok(book::import_csv(&callboard, std::path::Path::new(&path))?)
}

/// Reviews the lines of `source` as a draft batch (nothing is sent). `account_id` is the
/// Awaz account for clients and workspaces the book gives none.
#[tauri::command]
#[specta::specta]
pub fn batch_draft(
    callboard: State<'_, Callboard>,
    batches: State<'_, Batches>,
    source: BatchSource,
    account_id: Option<String>,
) -> CommandResult<BatchView> {
    let (lines, problems) = batches.lines_from(&source, account_id.as_deref())?;
    Ok(batches.draft(&callboard, lines, problems)?)
}

/// Reviews the chosen due top-ups as a draft batch.
#[tauri::command]
#[specta::specta]
pub fn batch_draft_due(
    callboard: State<'_, Callboard>,
    batches: State<'_, Batches>,
    occurrences: Vec<Occurrence>,
) -> CommandResult<BatchView> {
    let today = plans::today(&callboard);
    let lines = plans::due_lines(callboard.database(), today, &occurrences)?;
    Ok(batches.draft(&callboard, lines, Vec::new())?)
}

/// The person confirmed the draft: sending starts; progress comes as events.
#[tauri::command]
#[specta::specta]
pub fn batch_confirm(
    app: AppHandle,
    callboard: State<'_, Callboard>,
    batches: State<'_, Batches>,
    batch_id: i32,
) -> CommandResult<BatchView> {
    let view = batches.confirm(&callboard, batch_id)?;
    send_in_background(app, batch_id);
    Ok(view)
}

#[tauri::command]
#[specta::specta]
pub fn batch_pause(
    callboard: State<'_, Callboard>,
    batches: State<'_, Batches>,
    batch_id: i32,
) -> CommandResult<BatchView> {
    Ok(batches.pause(&callboard, batch_id)?)
}

/// Goes on with a paused batch (or tries a finished one's blocked lines again).
#[tauri::command]
#[specta::specta]
pub fn batch_resume(
    app: AppHandle,
    callboard: State<'_, Callboard>,
    batches: State<'_, Batches>,
    batch_id: i32,
) -> CommandResult<BatchView> {
    let view = batches.resume(&callboard, batch_id)?;
    send_in_background(app, batch_id);
    Ok(view)
}

/// Drops a draft that was not confirmed.
#[tauri::command]
#[specta::specta]
pub fn batch_discard(batches: State<'_, Batches>, batch_id: i32) -> CommandResult<()> {
    Ok(batches.discard(batch_id)?)
}

#[tauri::command]
#[specta::specta]
pub fn batch_view(
    callboard: State<'_, Callboard>,
    batches: State<'_, Batches>,
    batch_id: i32,
) -> CommandResult<BatchView> {
    Ok(batches.view(&callboard, batch_id)?)
}

/// The newest batches first (paused ones can be resumed).
#[tauri::command]
#[specta::specta]
pub fn batches_list(
    callboard: State<'_, Callboard>,
    batches: State<'_, Batches>,
) -> CommandResult<Vec<BatchView>> {
    Ok(batches.list(&callboard, 50)?)
}

/// A client's plans, or every plan.
#[tauri::command]
#[specta::specta]
pub fn plans_list(
    callboard: State<'_, Callboard>,
    client_id: Option<i32>,
) -> CommandResult<Vec<Plan>> {
    Ok(plans::list(callboard.database(), client_id)?)
}

#[tauri::command]
#[specta::specta]
pub fn plan_save(callboard: State<'_, Callboard>, form: PlanForm) -> CommandResult<Plan> {
    let today = plans::today(&callboard);
    Ok(plans::save(callboard.database(), form, today)?)
}

#[tauri::command]
#[specta::specta]
pub fn plan_set_active(
    callboard: State<'_, Callboard>,
    plan_id: i32,
    active: bool,
) -> CommandResult<Plan> {
    Ok(plans::set_active(callboard.database(), plan_id, active)?)
}

/// Plan occurrences whose date has come (missed ones included), not confirmed yet: the
/// "Due top-ups" review, shown on start.
#[tauri::command]
#[specta::specta]
pub fn due_top_ups(callboard: State<'_, Callboard>) -> CommandResult<Vec<DueTopUp>> {
    let today = plans::today(&callboard);
    Ok(plans::due_top_ups(callboard.database(), today)?)
}

/// The person chose not to send a due occurrence: it is not due again.
#[tauri::command]
#[specta::specta]
pub fn due_top_up_pass_over(
    callboard: State<'_, Callboard>,
    occurrence: Occurrence,
) -> CommandResult<()> {
    Ok(plans::pass_over(callboard.database(), &occurrence)?)
}

/// A client's top-ups in a month ("2026-11"), as its statement lists them.
#[tauri::command]
#[specta::specta]
pub fn statement_top_ups(
    callboard: State<'_, Callboard>,
    client_id: i32,
    month: String,
) -> CommandResult<Vec<StatementTopUp>> {
    Ok(statement::month_top_ups(&callboard, client_id, &month)?)
}

/// Writes a client's statement for a month as PDF or CSV to `path` (a file, or a folder),
/// or to the Downloads folder when `path` is empty.
#[tauri::command]
#[specta::specta]
pub fn export_statement(
    app: AppHandle,
    callboard: State<'_, Callboard>,
    client_id: i32,
    month: String,
    format: StatementFormat,
    path: Option<String>,
) -> CommandResult<ExportedFile> {
    let destination = match path {
        Some(path) => PathBuf::from(path),
        None => export_folder(&app)?,
    };
    Ok(statement::export(
        &callboard,
        client_id,
        &month,
        format,
        &destination,
    )?)
}

/// The agency's name and logo file, shown on statements.
#[tauri::command]
#[specta::specta]
pub fn save_agency(
    callboard: State<'_, Callboard>,
    name: String,
    logo_path: Option<String>,
) -> CommandResult<Settings> {
    Ok(callboard.save_agency(&name, logo_path)?)
}

/// Sends a running batch's lines in a task of its own, each outcome emitted as an event.
fn send_in_background(app: AppHandle, batch_id: i32) {
    tauri::async_runtime::spawn(async move {
        let callboard = app.state::<Callboard>();
        let batches = app.state::<Batches>();
        let emit = |progress: BatchProgress| {
            let event = ClientBatchProgress { progress };
            if let Err(error) = event.emit(&app) {
                tracing::warn!("batch {batch_id}: the window missed a progress event: {error}");
            }
        };
        if let Err(error) = batches.send(&callboard, batch_id, emit).await {
            tracing::error!("batch {batch_id} stopped: {error}");
        }
    });
}
