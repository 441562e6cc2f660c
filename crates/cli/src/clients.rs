//! `callboard clients list|export`, and finding a client of the book by name.

use std::path::Path;

use callboard::clients::{book, Client, ClientQuery};
use callboard::words::{self, Words};
use callboard::Callboard;

use crate::exit::{Exit, Failure, Outcome};
use crate::open;
use crate::output::{print_listing, Columns, ListFormat};

pub async fn list(query: ClientQuery, format: ListFormat) -> Outcome {
    const DOING: &str = "cli-doing-list-clients";
    let clients = match open::open(DOING).await? {
        Some(callboard) => {
            book::list(callboard.database(), &query).map_err(|error| Failure::of(error, DOING))?
        }
        None => Vec::new(),
    };
    print_listing(
        &mut std::io::stdout().lock(),
        format,
        &clients,
        Columns {
            headers: &[
                "cli-column-name",
                "cli-column-workspace-email",
                "cli-column-workspace-id",
                "cli-column-tags",
                "cli-column-next-due",
                "cli-column-archived",
            ],
            row: |client: &Client| {
                vec![
                    client.name.clone(),
                    client.workspace_email.clone().unwrap_or_default(),
                    client.workspace_id.clone().unwrap_or_default(),
                    client.tags.join(", "),
                    client.next_due_on.clone().unwrap_or_default(),
                    if client.archived {
                        words::word("cli-archived")
                    } else {
                        String::new()
                    },
                ]
            },
        },
    )?;
    Ok(Exit::Done)
}

/// The whole book (archived clients too) as the app's CSV export, which the app imports back.
pub async fn export(out: &Path) -> Outcome {
    const DOING: &str = "cli-doing-export-clients";
    let callboard = open::open_with_accounts(DOING).await?;
    let exported = book::export_csv(&callboard, out).map_err(|error| Failure::of(error, DOING))?;
    let wrote = Words::new("cli-clients-exported")
        .arg("rows", exported.rows)
        .arg("path", &exported.path);
    eprintln!("{}", wrote.text());
    Ok(Exit::Done)
}

/// The client of the book called `name` (any case), or whose workspace email or id it is.
pub fn find_client(callboard: &Callboard, name: &str) -> Outcome<Client> {
    let failed = |error| Failure::of(error, "cli-doing-find-client");
    let wanted = name.trim();
    let everyone = ClientQuery {
        include_archived: true,
        ..ClientQuery::default()
    };
    let named: Vec<Client> = book::list(callboard.database(), &everyone)
        .map_err(failed)?
        .into_iter()
        .filter(|client| client.name.eq_ignore_ascii_case(wanted))
        .collect();
    match named.as_slice() {
        [client] => Ok(client.clone()),
        [] => book::find_by_workspace(callboard.database(), wanted)
            .map_err(failed)?
            .ok_or_else(|| {
                Failure::worded(
                    Exit::Refused,
                    Words::new("cli-no-such-client").arg("name", wanted),
                )
            }),
        _ => Err(Failure::worded(
            Exit::Refused,
            Words::new("cli-several-clients").arg("name", wanted),
        )),
    }
}
