use std::path::PathBuf;

use callboard::awaz_actions::{
    self, AwazCallForm, AwazDirectory, ContactForm, ExportedFile, HookForm, ThrottleView,
    TopUpForm, TopUpPlan,
};
use callboard::journal::Sent;
use callboard::{ActionRecord, Callboard};
use tauri::{AppHandle, Manager, State};

use super::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn awaz_agents(
    callboard: State<'_, Callboard>,
    account_id: String,
) -> CommandResult<Vec<awaz::Agent>> {
    Ok(callboard.agents(&account_id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn awaz_phones(
    callboard: State<'_, Callboard>,
    account_id: String,
) -> CommandResult<Vec<awaz::Phone>> {
    Ok(callboard.phones(&account_id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn awaz_directory(
    callboard: State<'_, Callboard>,
    account_id: String,
) -> CommandResult<AwazDirectory> {
    Ok(awaz_actions::directory(&callboard, &account_id).await?)
}

/// Contacts the schedule form offers to pick: saved from Callboard, then from recent calls.
#[tauri::command]
#[specta::specta]
pub async fn awaz_known_contacts(
    callboard: State<'_, Callboard>,
    account_id: String,
) -> CommandResult<Vec<awaz::Contact>> {
    Ok(awaz_actions::known_contacts(&callboard, &account_id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn awaz_save_contact(
    callboard: State<'_, Callboard>,
    account_id: String,
    action_key: String,
    form: ContactForm,
) -> CommandResult<Sent<awaz::Contact>> {
    Ok(awaz_actions::save_contact(&callboard, &account_id, action_key, form).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn awaz_schedule_call(
    callboard: State<'_, Callboard>,
    account_id: String,
    action_key: String,
    form: AwazCallForm,
) -> CommandResult<Sent<awaz::Call>> {
    Ok(awaz_actions::schedule_call(&callboard, &account_id, action_key, form).await?)
}

/// One page of the call log: 0-based, 20 calls, newest first.
#[tauri::command]
#[specta::specta]
pub async fn awaz_calls(
    callboard: State<'_, Callboard>,
    account_id: String,
    page: u32,
) -> CommandResult<awaz::CallPage> {
    Ok(awaz_actions::calls(&callboard, &account_id, page).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn awaz_call(
    callboard: State<'_, Callboard>,
    account_id: String,
    call_id: String,
) -> CommandResult<awaz::Call> {
    Ok(awaz_actions::call(&callboard, &account_id, &call_id).await?)
}

/// Writes the calls the log shows into the Downloads folder.
#[tauri::command]
#[specta::specta]
pub fn awaz_export_calls(app: AppHandle, calls: Vec<awaz::Call>) -> CommandResult<ExportedFile> {
    Ok(awaz_actions::export_calls(&calls, &export_folder(&app)?)?)
}

#[tauri::command]
#[specta::specta]
pub async fn awaz_hooks(
    callboard: State<'_, Callboard>,
    account_id: String,
) -> CommandResult<Vec<awaz::HookSubscription>> {
    Ok(awaz_actions::hooks(&callboard, &account_id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn awaz_subscribe_hook(
    callboard: State<'_, Callboard>,
    account_id: String,
    action_key: String,
    form: HookForm,
) -> CommandResult<Sent<awaz::HookSubscription>> {
    Ok(awaz_actions::subscribe_hook(&callboard, &account_id, action_key, form).await?)
}

/// Deletes the subscriptions of `hook_url`; the answer is how many were deleted.
#[tauri::command]
#[specta::specta]
pub async fn awaz_delete_hook(
    callboard: State<'_, Callboard>,
    account_id: String,
    action_key: String,
    hook_url: String,
) -> CommandResult<Sent<u32>> {
    Ok(awaz_actions::delete_hook(&callboard, &account_id, action_key, &hook_url).await?)
}

/// Checks a top-up form, words the confirmation question and makes the key bound to this
/// exact top-up; says when an earlier one to the workspace is unsettled. Nothing is sent.
#[tauri::command]
#[specta::specta]
pub fn awaz_plan_top_up(
    callboard: State<'_, Callboard>,
    account_id: String,
    form: TopUpForm,
) -> CommandResult<TopUpPlan> {
    Ok(awaz_actions::review_top_up(&callboard, &account_id, &form)?)
}

#[tauri::command]
#[specta::specta]
pub async fn awaz_top_up(
    callboard: State<'_, Callboard>,
    account_id: String,
    action_key: String,
    form: TopUpForm,
) -> CommandResult<Sent<awaz::WorkspaceBalance>> {
    Ok(awaz_actions::top_up(&callboard, &account_id, action_key, form).await?)
}

/// Top-ups from the journal, newest first; `workspace` keeps only that workspace's.
#[tauri::command]
#[specta::specta]
pub fn awaz_top_ups(
    callboard: State<'_, Callboard>,
    workspace: Option<String>,
) -> CommandResult<Vec<ActionRecord>> {
    Ok(awaz_actions::top_ups(&callboard, workspace.as_deref())?)
}

/// Writes the top-ups list into the Downloads folder.
#[tauri::command]
#[specta::specta]
pub fn awaz_export_top_ups(
    app: AppHandle,
    callboard: State<'_, Callboard>,
    workspace: Option<String>,
) -> CommandResult<ExportedFile> {
    let records = awaz_actions::top_ups(&callboard, workspace.as_deref())?;
    Ok(awaz_actions::export_top_ups(
        &records,
        &export_folder(&app)?,
    )?)
}

/// Whether Awaz asked this account to wait, and until when; each change after this answer is
/// pushed as `AwazThrottleChanged`.
#[tauri::command]
#[specta::specta]
pub async fn awaz_throttle(
    app: AppHandle,
    callboard: State<'_, Callboard>,
    account_id: String,
) -> CommandResult<ThrottleView> {
    // Followed first, so no change between the answer and the following is missed.
    crate::events::follow_throttle(&app, &callboard, &account_id).await?;
    Ok(awaz_actions::throttle(&callboard, &account_id).await?)
}

/// The person's Downloads folder; where the system names none, `Downloads` in their home
/// folder (created when missing).
pub(super) fn export_folder(app: &AppHandle) -> Result<PathBuf, callboard::Error> {
    let paths = app.path();
    let folder = paths
        .download_dir()
        .or_else(|_| paths.home_dir().map(|home| home.join("Downloads")))
        .map_err(|error| {
            callboard::Error::Storage(format!("no folder to save the file in: {error}"))
        })?;
    std::fs::create_dir_all(&folder).map_err(|error| {
        callboard::Error::Storage(format!("could not create {}: {error}", folder.display()))
    })?;
    Ok(folder)
}
