//! `callboard clients list|export`, and finding a client of the book by name.

use std::path::Path;

use callboard::clients::{book, Client, ClientQuery};
use callboard::Callboard;

use crate::exit::{Exit, Failure, Outcome};
use crate::open;
use crate::output::{print_listing, Columns, ListFormat};

pub async fn list(query: ClientQuery, format: ListFormat) -> Outcome {
    let clients = match open::open("list the clients").await? {
        Some(callboard) => book::list(callboard.database(), &query)
            .map_err(|error| Failure::of(error, "list the clients"))?,
        None => Vec::new(),
    };
    print_listing(
        &mut std::io::stdout().lock(),
        format,
        &clients,
        Columns {
            headers: &[
                "Name",
                "Workspace email",
                "Workspace id",
                "Tags",
                "Next due",
                "Archived",
            ],
            row: |client: &Client| {
                vec![
                    client.name.clone(),
                    client.workspace_email.clone().unwrap_or_default(),
                    client.workspace_id.clone().unwrap_or_default(),
                    client.tags.join(", "),
                    client.next_due_on.clone().unwrap_or_default(),
                    if client.archived { "yes" } else { "" }.to_owned(),
                ]
            },
        },
    )?;
    Ok(Exit::Done)
}

/// The whole book (archived clients too) as the app's CSV export, which the app imports back.
pub async fn export(out: &Path) -> Outcome {
    const DOING: &str = "export the clients";
    let callboard = open::open_with_accounts(DOING).await?;
    let exported = book::export_csv(&callboard, out).map_err(|error| Failure::of(error, DOING))?;
    eprintln!("Wrote {} clients to {}.", exported.rows, exported.path);
    Ok(Exit::Done)
}

/// The client of the book called `name` (any case), or whose workspace email or id it is.
pub fn find_client(callboard: &Callboard, name: &str) -> Outcome<Client> {
    let failed = |error| Failure::of(error, "find the client");
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
                Failure::refused(format!("The client book has no client “{wanted}”."))
                    .next("`callboard clients list` shows the book; add clients in the Callboard app (Clients).")
            }),
        _ => Err(Failure::refused(format!(
            "Several clients in the book are called “{wanted}”."
        ))
        .next("Name the client by its workspace email or id instead.")),
    }
}
