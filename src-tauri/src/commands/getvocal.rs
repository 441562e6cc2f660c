use callboard::Workspace;
use tauri::State;

use super::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn getvocal_personas(
    workspace: State<'_, Workspace>,
) -> CommandResult<Vec<getvocal::Persona>> {
    Ok(workspace.personas().await?)
}
