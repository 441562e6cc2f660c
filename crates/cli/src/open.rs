//! Opening Callboard for one command, exactly as the app opens it: the same data folder, its
//! lock (so the app and the command line are never two writers), the same settings file and
//! the same keychain entries.

use std::path::PathBuf;
use std::sync::Arc;

use callboard::data_folder::{self, KEYCHAIN_SERVICE};
use callboard::endpoints::Platform;
use callboard::{
    AccountStatus, AccountSummary, Callboard, DataLock, Keychain, OpenOptions, SettingsStore,
};

use crate::exit::{Failure, Outcome};

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
    open(doing).await?.ok_or_else(|| {
        Failure::refused("Callboard has no saved account on this computer yet.").next(
            "Open the Callboard app and add your Awaz account in Accounts (with “Remember on this computer”); the command line uses the app's accounts.",
        )
    })
}

fn data_dir() -> Outcome<PathBuf> {
    data_folder::app_data_dir().ok_or_else(|| {
        Failure::refused("This computer's folder for app data could not be found.")
            .next("Check that your user account has a home folder.")
    })
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
            .map(|account| format!("“{}”", account.name))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let chosen = match wanted.map(str::trim) {
        Some(wanted) => awaz
            .iter()
            .find(|account| account.id == wanted || account.name.eq_ignore_ascii_case(wanted))
            .ok_or_else(|| {
                Failure::usage(format!("Callboard has no Awaz account “{wanted}”."))
                    .next(format!("Use one of: {}.", names()))
            })?,
        None => match awaz.as_slice() {
            [only] => only,
            [] => {
                return Err(Failure::refused("Callboard has no Awaz account yet.")
                    .next("Add one in the Callboard app (Accounts)."))
            }
            _ => {
                return Err(Failure::usage(
                    "Callboard has several Awaz accounts: say which one with --account.",
                )
                .next(format!("Use one of: {}.", names())))
            }
        },
    };
    if chosen.status == AccountStatus::NeedsSignIn {
        return Err(Failure::refused(format!(
            "“{}” has no usable API key on this computer.",
            chosen.name
        ))
        .next("Open the Callboard app and give this account its key again (Accounts)."));
    }
    Ok(chosen.clone())
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
