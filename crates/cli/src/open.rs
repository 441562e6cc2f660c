//! Opening Callboard for one command, exactly as the app opens it: the same data folder, its
//! lock (so the app and the command line are never two writers), the same settings file and
//! the same keychain entries.

use std::path::PathBuf;
use std::sync::Arc;

use callboard::data_folder::{self, KEYCHAIN_SERVICE};
use callboard::endpoints::Platform;
use callboard::words::{self, Words};
use callboard::{
    AccountStatus, AccountSummary, Callboard, DataLock, Keychain, OpenOptions, SettingsStore,
};

use crate::exit::{Exit, Failure, Outcome};

/// Callboard on the app's data folder, or `None` when it has no saved account (then nothing
/// is opened: without accounts Callboard would start its practice workspace, which is the
/// window's business). `doing` names the command for the "Callboard is open" message.
pub async fn open(doing: &str) -> Outcome<Option<Callboard>> {
    let data_dir = data_dir()?;
    let settings = Arc::new(data_folder::settings(&data_dir));
    let saved = settings.load().map_err(|error| Failure::of(error, doing))?;
    if saved.accounts.is_empty() {
        // The app holding the folder is still the first thing to say.
        DataLock::acquire(&data_dir).map_err(|error| Failure::of(error, doing))?;
        return Ok(None);
    }
    Callboard::open(OpenOptions {
        data_dir,
        settings,
        keychain: Arc::new(Keychain::new(KEYCHAIN_SERVICE)),
        demo: false,
    })
    .await
    .map(Some)
    .map_err(|error| Failure::of(error, doing))
}

/// [`open`] for commands that need an account.
pub async fn open_with_accounts(doing: &str) -> Outcome<Callboard> {
    open(doing)
        .await?
        .ok_or_else(|| Failure::worded(Exit::Refused, Words::new("cli-no-saved-account")))
}

/// Speaks the app's language on this computer before anything is worded, help and argument
/// mistakes included: [`words::resolve`] (the variable, else the one chosen in Settings, else
/// the system's). Settings that cannot be read leave it to the system; opening says why.
pub fn choose_language() {
    let chosen = data_folder::app_data_dir()
        .and_then(|data_dir| data_folder::settings(&data_dir).load().ok())
        .and_then(|settings| settings.preferences.language);
    words::set_current(words::resolve(chosen.as_deref()));
}

fn data_dir() -> Outcome<PathBuf> {
    data_folder::app_data_dir()
        .ok_or_else(|| Failure::worded(Exit::Refused, Words::new("cli-no-data-folder")))
}

/// The Awaz account to send from: the one named (by name or id, any case), else the only one.
pub fn awaz_account(callboard: &Callboard, wanted: Option<&str>) -> Outcome<AccountSummary> {
    let awaz: Vec<AccountSummary> = callboard
        .accounts()
        .into_iter()
        .filter(|account| account.platform == Platform::Awaz)
        .collect();
    let names = || {
        awaz.iter()
            .map(|account| Words::new("cli-quoted").arg("name", &account.name).text())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let chosen = match wanted.map(str::trim) {
        Some(wanted) => awaz
            .iter()
            .find(|account| account.id == wanted || account.name.eq_ignore_ascii_case(wanted))
            .ok_or_else(|| {
                Failure::usage(
                    Words::new("cli-unknown-awaz-account")
                        .arg("wanted", wanted)
                        .text(),
                )
                .next(use_one_of(names()))
            })?,
        None => match awaz.as_slice() {
            [only] => only,
            [] => {
                return Err(Failure::worded(
                    Exit::Refused,
                    Words::new("cli-no-awaz-account"),
                ))
            }
            _ => {
                return Err(Failure::usage(words::word("cli-several-awaz-accounts"))
                    .next(use_one_of(names())))
            }
        },
    };
    if chosen.status == AccountStatus::NeedsSignIn {
        return Err(Failure::worded(
            Exit::Refused,
            Words::new("cli-account-needs-key").arg("account", &chosen.name),
        ));
    }
    Ok(chosen.clone())
}

fn use_one_of(names: String) -> String {
    Words::new("cli-use-one-of").arg("names", names).text()
}

/// The account for lines whose client has none: the one named, else the only Awaz account;
/// `None` when there are several and none was named (lines then need their client's).
pub fn default_awaz_account(
    callboard: &Callboard,
    wanted: Option<&str>,
) -> Outcome<Option<String>> {
    let several = callboard
        .accounts()
        .iter()
        .filter(|account| account.platform == Platform::Awaz)
        .count()
        > 1;
    if wanted.is_none() && several {
        return Ok(None);
    }
    awaz_account(callboard, wanted).map(|account| Some(account.id))
}
