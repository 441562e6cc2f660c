//! The calling rules' settings, the do-not-call list, and what the rules do to a call before
//! it is confirmed.

use callboard::awaz_actions::ExportedFile;
use callboard::calling::{
    self, AccountRules, CallReview, Callee, Calling, CallingSettings, ConsentAcknowledgement,
    ConsentForm, RecordedRefusal, RefusalForm, RuleHours,
};
use callboard::do_not_call::{AddFile, AddNumber, DoNotCall, FileAdded, ListedNumber};
use callboard::getvocal_actions::CallWhen;
use callboard::Callboard;
use tauri::{AppHandle, State};

use super::awaz::export_folder;
use super::CommandResult;

fn rules(callboard: &Callboard) -> Calling {
    Calling::new(callboard.database().clone())
}

fn list(callboard: &Callboard) -> DoNotCall {
    DoNotCall::new(callboard.database().clone())
}

#[tauri::command]
#[specta::specta]
pub fn calling_settings(callboard: State<'_, Callboard>) -> CommandResult<CallingSettings> {
    Ok(rules(&callboard).settings()?)
}

/// The rule for countries without one of their own.
#[tauri::command]
#[specta::specta]
pub fn calling_save_default_rule(
    callboard: State<'_, Callboard>,
    hours: RuleHours,
) -> CommandResult<CallingSettings> {
    Ok(rules(&callboard).save_default_rule(hours)?)
}

/// A client's stricter rules.
#[tauri::command]
#[specta::specta]
pub fn calling_save_account_rules(
    callboard: State<'_, Callboard>,
    account_rules: AccountRules,
) -> CommandResult<CallingSettings> {
    Ok(rules(&callboard).save_account_rules(account_rules)?)
}

/// Journals "I have consent for this list".
#[tauri::command]
#[specta::specta]
pub fn calling_acknowledge_consent(
    callboard: State<'_, Callboard>,
    form: ConsentForm,
) -> CommandResult<ConsentAcknowledgement> {
    let account = callboard
        .accounts()
        .into_iter()
        .find(|account| account.id == form.account_id)
        .ok_or_else(|| callboard::Error::UnknownAccount {
            account_id: form.account_id.clone(),
        })?;
    Ok(rules(&callboard).acknowledge_consent(&form, &account.name)?)
}

/// "They said no", from a call's details: a refusal for the account's next calls.
#[tauri::command]
#[specta::specta]
pub fn calling_record_refusal(
    callboard: State<'_, Callboard>,
    form: RefusalForm,
) -> CommandResult<RecordedRefusal> {
    Ok(calling::record_refusal(&callboard, &form)?)
}

/// Where the rules put a single call, and the callee's local time.
#[tauri::command]
#[specta::specta]
pub fn calling_review_call(
    callboard: State<'_, Callboard>,
    account_id: String,
    phone: Option<String>,
    when: CallWhen,
) -> CommandResult<CallReview> {
    Ok(calling::review_call(
        &callboard,
        &account_id,
        phone.as_deref(),
        &when,
    )?)
}

/// Each number's local time and do-not-call refusal, for the import review.
#[tauri::command]
#[specta::specta]
pub fn calling_callees(
    callboard: State<'_, Callboard>,
    phones: Vec<String>,
) -> CommandResult<Vec<Callee>> {
    Ok(calling::callees(&callboard, &phones)?)
}

#[tauri::command]
#[specta::specta]
pub fn do_not_call_list(
    callboard: State<'_, Callboard>,
    text: Option<String>,
) -> CommandResult<Vec<ListedNumber>> {
    Ok(list(&callboard).list(text.as_deref())?)
}

#[tauri::command]
#[specta::specta]
pub fn do_not_call_add(
    callboard: State<'_, Callboard>,
    form: AddNumber,
) -> CommandResult<ListedNumber> {
    let country = callboard.settings().preferences.default_country;
    Ok(list(&callboard).add(&form, &country)?)
}

/// A spreadsheet or a national opt-out file of numbers.
#[tauri::command]
#[specta::specta]
pub fn do_not_call_add_file(
    callboard: State<'_, Callboard>,
    file: AddFile,
) -> CommandResult<FileAdded> {
    let country = callboard.settings().preferences.default_country;
    Ok(list(&callboard).add_file(&file, &country)?)
}

#[tauri::command]
#[specta::specta]
pub fn do_not_call_remove(
    callboard: State<'_, Callboard>,
    phone: String,
    removed_by: String,
) -> CommandResult<()> {
    Ok(list(&callboard).remove(&phone, &removed_by)?)
}

/// Writes the list into the Downloads folder.
#[tauri::command]
#[specta::specta]
pub fn do_not_call_export(
    app: AppHandle,
    callboard: State<'_, Callboard>,
) -> CommandResult<ExportedFile> {
    Ok(list(&callboard).export(&export_folder(&app)?)?)
}
