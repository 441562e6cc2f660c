//! `callboard accounts`

use callboard::words;
use callboard::{AccountStatus, AccountSummary};

use crate::exit::{Exit, Failure, Outcome};
use crate::open;
use crate::output::{print_listing, Columns, ListFormat};

pub async fn run(format: ListFormat) -> Outcome {
    let accounts = match open::open("cli-doing-list-accounts").await? {
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
                "cli-column-name",
                "cli-column-platform",
                "cli-column-signed-in-as",
                "cli-column-status",
                "cli-column-address",
                "cli-column-id",
            ],
            row: |account: &AccountSummary| {
                vec![
                    account.name.clone(),
                    account.platform.display_name().to_owned(),
                    account.signed_in_as.clone(),
                    words::word(status_words(account.status)),
                    account.base_url.clone(),
                    account.id.clone(),
                ]
            },
        },
    )
    .map_err(Failure::from)?;
    if accounts.is_empty() && format == ListFormat::Table {
        eprintln!("{}", words::word("cli-no-accounts"));
    }
    Ok(Exit::Done)
}

/// The catalogue id of an account's status.
fn status_words(status: AccountStatus) -> &'static str {
    match status {
        AccountStatus::Connected => "cli-account-ready",
        AccountStatus::NeedsSignIn => "cli-account-needs-sign-in",
    }
}
