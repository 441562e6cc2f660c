use callboard::Workspace;
use tauri::State;

use super::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn awaz_agents(workspace: State<'_, Workspace>) -> CommandResult<Vec<awaz::Agent>> {
    Ok(workspace.agents().await?)
}

#[tauri::command]
#[specta::specta]
pub async fn awaz_phones(workspace: State<'_, Workspace>) -> CommandResult<Vec<awaz::Phone>> {
    Ok(workspace.phones().await?)
}
