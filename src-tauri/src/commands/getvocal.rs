use callboard::getvocal_actions::{
    self, CallForm, CancelledCalls, CreatedApiKey, CreatedLead, KnownLead, LeadForm, PlacedCall,
    Sent, ZoneChoices,
};
use callboard::validate::{self, LanguageOption};
use callboard::when::ScheduleAt;
use callboard::Callboard;
use tauri::State;

use super::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn getvocal_personas(
    callboard: State<'_, Callboard>,
    account_id: String,
) -> CommandResult<Vec<getvocal::Persona>> {
    Ok(callboard.personas(&account_id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn getvocal_api_keys(
    callboard: State<'_, Callboard>,
    account_id: String,
) -> CommandResult<Vec<getvocal::ApiKey>> {
    Ok(getvocal_actions::api_keys(&callboard, &account_id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn getvocal_create_api_key(
    callboard: State<'_, Callboard>,
    account_id: String,
    action_key: String,
    name: String,
) -> CommandResult<Sent<CreatedApiKey>> {
    Ok(getvocal_actions::create_api_key(&callboard, &account_id, action_key, &name).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn getvocal_revoke_api_key(
    callboard: State<'_, Callboard>,
    account_id: String,
    action_key: String,
    key_id: String,
    key_name: String,
) -> CommandResult<Sent<getvocal::ApiKey>> {
    Ok(
        getvocal_actions::revoke_api_key(&callboard, &account_id, action_key, &key_id, &key_name)
            .await?,
    )
}

#[tauri::command]
#[specta::specta]
pub async fn getvocal_create_lead(
    callboard: State<'_, Callboard>,
    account_id: String,
    action_key: String,
    form: LeadForm,
) -> CommandResult<Sent<CreatedLead>> {
    Ok(getvocal_actions::create_lead(&callboard, &account_id, action_key, &form).await?)
}

#[tauri::command]
#[specta::specta]
pub fn getvocal_known_leads(
    callboard: State<'_, Callboard>,
    account_id: String,
) -> CommandResult<Vec<KnownLead>> {
    Ok(getvocal_actions::known_leads(&callboard, &account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn getvocal_place_call(
    callboard: State<'_, Callboard>,
    account_id: String,
    action_key: String,
    form: CallForm,
) -> CommandResult<Sent<PlacedCall>> {
    Ok(getvocal_actions::place_call(&callboard, &account_id, action_key, &form).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn getvocal_cancel_calls(
    callboard: State<'_, Callboard>,
    account_id: String,
    action_key: String,
    lead_id: String,
) -> CommandResult<Sent<CancelledCalls>> {
    Ok(getvocal_actions::cancel_calls(&callboard, &account_id, action_key, &lead_id).await?)
}

/// The languages a lead can be called in, sorted by name.
#[tauri::command]
#[specta::specta]
pub fn lead_languages() -> Vec<LanguageOption> {
    validate::languages()
}

/// Time zones for a schedule form (GetVocal and Awaz), starting with Settings' zone.
#[tauri::command]
#[specta::specta]
pub fn schedule_time_zones(callboard: State<'_, Callboard>) -> ZoneChoices {
    getvocal_actions::zone_choices(&callboard)
}

/// The start time being typed, described in its zone and in UTC, or why it can't be used.
#[tauri::command]
#[specta::specta]
pub fn preview_schedule_time(at: ScheduleAt) -> CommandResult<String> {
    Ok(getvocal_actions::describe_schedule(&at)?)
}
