use callboard::bulk::{ImportChange, ImportPreview, ImportSessions, ImportSource};
use callboard::Callboard;
use tauri::State;

use super::CommandResult;

/// Reads a dropped (path) or picked (bytes) CSV file and answers its preview; nothing is sent.
#[tauri::command]
#[specta::specta]
pub fn import_open(
    callboard: State<'_, Callboard>,
    imports: State<'_, ImportSessions>,
    source: ImportSource,
) -> CommandResult<ImportPreview> {
    let country = callboard.settings().preferences.default_country;
    Ok(imports.open(source, &country)?)
}

/// Changes how the file is read, where it goes or which column is which.
#[tauri::command]
#[specta::specta]
pub fn import_update(
    imports: State<'_, ImportSessions>,
    import_id: String,
    change: ImportChange,
) -> CommandResult<ImportPreview> {
    Ok(imports.update(&import_id, change)?)
}

/// Corrects one cell (column 0-based) and checks the rows again.
#[tauri::command]
#[specta::specta]
pub fn import_fix_cell(
    imports: State<'_, ImportSessions>,
    import_id: String,
    line: u32,
    column: u32,
    value: String,
) -> CommandResult<ImportPreview> {
    Ok(imports.fix_cell(&import_id, line, column, value)?)
}
