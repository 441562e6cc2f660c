//! Adding, signing in to, signing out of and removing accounts. Secrets arrive here from the
//! forms and go straight to the vault; nothing secret is ever sent back.

use callboard::{
    AccountSummary, AwazAccountForm, Callboard, GetVocalApiKeyForm, GetVocalPasswordForm,
};
use tauri::State;

use super::CommandResult;

#[tauri::command]
#[specta::specta]
pub async fn list_accounts(callboard: State<'_, Callboard>) -> CommandResult<Vec<AccountSummary>> {
    Ok(callboard.accounts())
}

#[tauri::command]
#[specta::specta]
pub async fn add_getvocal_account_with_password(
    callboard: State<'_, Callboard>,
    form: GetVocalPasswordForm,
) -> CommandResult<AccountSummary> {
    Ok(callboard.add_getvocal_with_password(form).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn add_getvocal_account_with_api_key(
    callboard: State<'_, Callboard>,
    form: GetVocalApiKeyForm,
) -> CommandResult<AccountSummary> {
    Ok(callboard.add_getvocal_with_api_key(form).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn add_awaz_account(
    callboard: State<'_, Callboard>,
    form: AwazAccountForm,
) -> CommandResult<AccountSummary> {
    Ok(callboard.add_awaz(form).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn sign_in_again(
    callboard: State<'_, Callboard>,
    account_id: String,
    password: String,
) -> CommandResult<AccountSummary> {
    Ok(callboard.sign_in_again(&account_id, password).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn use_getvocal_api_key(
    callboard: State<'_, Callboard>,
    account_id: String,
    key_id: String,
    secret: String,
) -> CommandResult<AccountSummary> {
    Ok(callboard
        .use_getvocal_api_key(&account_id, key_id, secret)
        .await?)
}

#[tauri::command]
#[specta::specta]
pub async fn use_awaz_api_key(
    callboard: State<'_, Callboard>,
    account_id: String,
    api_key: String,
) -> CommandResult<AccountSummary> {
    Ok(callboard.use_awaz_api_key(&account_id, api_key).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn sign_out(callboard: State<'_, Callboard>, account_id: String) -> CommandResult<()> {
    Ok(callboard.sign_out(&account_id)?)
}

#[tauri::command]
#[specta::specta]
pub async fn remove_account(
    callboard: State<'_, Callboard>,
    account_id: String,
) -> CommandResult<()> {
    Ok(callboard.remove_account(&account_id)?)
}
