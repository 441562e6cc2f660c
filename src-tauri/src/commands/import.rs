use callboard::bulk::{ImportChange, ImportPreview, ImportSessions, ImportSource};
use callboard::Callboard;
use tauri::{AppHandle, Manager};

use super::CommandResult;

/// Reads a dropped, typed (path) or picked (bytes) CSV file and answers its preview; nothing
/// is sent.
#[tauri::command]
#[specta::specta]
pub async fn import_open(app: AppHandle, source: ImportSource) -> CommandResult<ImportPreview> {
    off_the_window_thread(app, move |app| {
        let country = app
            .state::<Callboard>()
            .settings()
            .preferences
            .default_country;
        app.state::<ImportSessions>().open(source, &country)
    })
    .await
}

/// Changes how the file is read, where it goes or which column is which.
#[tauri::command]
#[specta::specta]
pub async fn import_update(
    app: AppHandle,
    import_id: String,
    change: ImportChange,
) -> CommandResult<ImportPreview> {
    off_the_window_thread(app, move |app| {
        app.state::<ImportSessions>().update(&import_id, change)
    })
    .await
}

/// Corrects one cell (column 0-based) and checks the rows again.
#[tauri::command]
#[specta::specta]
pub async fn import_fix_cell(
    app: AppHandle,
    import_id: String,
    line: u32,
    column: u32,
    value: String,
) -> CommandResult<ImportPreview> {
    off_the_window_thread(app, move |app| {
        app.state::<ImportSessions>()
            .fix_cell(&import_id, line, column, value)
    })
    .await
}

/// Reading and checking a large spreadsheet takes a while: it runs on a worker thread, so the
/// window keeps answering meanwhile.
async fn off_the_window_thread<T: Send + 'static>(
    app: AppHandle,
    work: impl FnOnce(&AppHandle) -> callboard::Result<T> + Send + 'static,
) -> CommandResult<T> {
    tauri::async_runtime::spawn_blocking(move || work(&app))
        .await
        .map_err(|error| callboard::Error::Storage(format!("the import stopped: {error}")))?
        .map_err(Into::into)
}
