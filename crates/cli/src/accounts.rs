//! `callboard accounts`

use callboard::{AccountStatus, AccountSummary};

use crate::exit::{Exit, Failure, Outcome};
use crate::open;
use crate::output::{print_listing, Columns, ListFormat};

pub async fn run(format: ListFormat) -> Outcome {
    let accounts = match open::open("list the accounts").await? {
        Some(callboard) => callboard.accounts(),
        None => Vec::new(),
    };
    let mut out = std::io::stdout().lock();
    print_listing(
        &mut out,
        format,
        &accounts,
        Columns {
            headers: &[
                "Name",
                "Platform",
                "Signed in as",
                "Status",
                "Address",
                "Id",
            ],
            row: |account: &AccountSummary| {
                vec![
                    account.name.clone(),
                    account.platform.display_name().to_owned(),
                    account.signed_in_as.clone(),
                    status_words(account.status).to_owned(),
                    account.base_url.clone(),
                    account.id.clone(),
                ]
            },
        },
    )
    .map_err(Failure::from)?;
    if accounts.is_empty() && format == ListFormat::Table {
        eprintln!("No accounts yet: add them in the Callboard app (Accounts).");
    }
    Ok(Exit::Done)
}

fn status_words(status: AccountStatus) -> &'static str {
    match status {
        AccountStatus::Connected => "ready",
        AccountStatus::NeedsSignIn => "sign in again in the app",
    }
}
