//! The client book: each client workspace with a display name, its Awaz workspace email and/or
//! id, the Awaz account it is topped up from, tags, notes, an archived flag; filled from the
//! recent workspaces and past top-ups; imported from and exported to CSV.

use std::collections::BTreeMap;
use std::path::Path;

use awaz::TopUpKind;
use chrono::DateTime;
use chrono_tz::Tz;
use rusqlite::{params, Connection, OptionalExtension, Row};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::statement::{self, StatementTopUp};
use super::{plans, unknown_client};
use crate::awaz_actions::{self, ExportedFile};
use crate::csv_export;
use crate::endpoints::Platform;
use crate::journal::ActionState;
use crate::service::Callboard;
use crate::store::{now, storage, Database};
use crate::validate;
use crate::words::{self, Language, Words};
use crate::{Error, Result};

/// One client of the agency, as the book shows it.
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq)]
pub struct Client {
    pub id: i32,
    pub name: String,
    pub workspace_email: Option<String>,
    pub workspace_id: Option<String>,
    /// The Awaz account (Callboard's account id) its top-ups are sent from.
    pub account_id: Option<String>,
    pub tags: Vec<String>,
    pub notes: String,
    pub archived: bool,
    /// The earliest date one of its plans comes due (YYYY-MM-DD), if it has plans.
    pub next_due_on: Option<String>,
}

impl Client {
    /// What a top-up names: the email when known (what people recognise), else the id.
    pub fn workspace(&self) -> Option<String> {
        self.workspace_email
            .clone()
            .or_else(|| self.workspace_id.clone())
    }
}

/// The add/edit form. `id` is `None` for a new client.
#[derive(Serialize, Deserialize, Type, Clone, Debug, Default, PartialEq)]
pub struct ClientForm {
    pub id: Option<i32>,
    pub name: String,
    pub workspace_email: Option<String>,
    pub workspace_id: Option<String>,
    pub account_id: Option<String>,
    pub tags: Vec<String>,
    pub notes: String,
}

/// The book's search; every field optional.
#[derive(Deserialize, Type, Clone, Debug, Default)]
#[serde(default)]
pub struct ClientQuery {
    /// Found in the name, the workspace, the tags or the notes (any case).
    pub text: Option<String>,
    pub tag: Option<String>,
    /// Archived clients too (they are hidden otherwise).
    pub include_archived: bool,
}

/// What a CSV import of the book did.
#[derive(Serialize, Type, Clone, Debug, Default, PartialEq)]
pub struct BookImport {
    pub added: u32,
    pub updated: u32,
    /// "Line 4: …" for each line left out.
    pub problems: Vec<String>,
}

/// Total of a kind's done top-ups in one month of the person's calendar.
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq)]
pub struct MonthTotal {
    /// "2026-11".
    pub month: String,
    pub kind: TopUpKind,
    #[specta(type = String)]
    pub total: Decimal,
    pub count: u32,
}

/// A client's top-ups (newest first) and the totals of the done ones per month and kind
/// (newest month first).
#[derive(Serialize, Type, Clone, Debug)]
pub struct ClientHistory {
    pub client: Client,
    pub top_ups: Vec<StatementTopUp>,
    pub months: Vec<MonthTotal>,
}

const COLUMNS: &str = "id, name, workspace_email, workspace_id, account_id, tags, notes, archived";

/// The book's CSV columns, in order.
/// The catalogue ids of the book file's columns, in order.
const CSV_HEADERS: [&str; 8] = [
    "exports-name",
    "exports-clients-workspace-email",
    "exports-clients-workspace-id",
    "exports-account",
    "exports-clients-account-id",
    "exports-clients-tags",
    "exports-clients-notes",
    "exports-clients-archived",
];

pub fn list(database: &Database, query: &ClientQuery) -> Result<Vec<Client>> {
    let connection = database.connection();
    let mut statement = connection
        .prepare(&format!(
            "SELECT {COLUMNS} FROM clients ORDER BY archived, lower(name), id"
        ))
        .map_err(storage)?;
    let clients = statement
        .query_map([], read_client)
        .map_err(storage)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(storage)?;
    drop(statement);
    let text = query
        .text
        .as_deref()
        .map(|t| t.trim().to_lowercase())
        .filter(|t| !t.is_empty());
    let tag = query
        .tag
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    clients
        .into_iter()
        .filter(|client| query.include_archived || !client.archived)
        .filter(|client| tag.is_none_or(|tag| has_tag(client, tag)))
        .filter(|client| {
            text.as_deref()
                .is_none_or(|text| matches_text(client, text))
        })
        .map(|client| with_next_due(&connection, client))
        .collect()
}

pub fn get(database: &Database, id: i32) -> Result<Client> {
    let connection = database.connection();
    let client = connection
        .query_row(
            &format!("SELECT {COLUMNS} FROM clients WHERE id = ?1"),
            [id],
            read_client,
        )
        .optional()
        .map_err(storage)?
        .ok_or_else(|| unknown_client(id))?;
    with_next_due(&connection, client)
}

/// The client whose workspace email or id is `workspace` (any case for emails).
pub fn find_by_workspace(database: &Database, workspace: &str) -> Result<Option<Client>> {
    let workspace = workspace.trim();
    database
        .connection()
        .query_row(
            &format!(
                "SELECT {COLUMNS} FROM clients
                 WHERE lower(workspace_email) = lower(?1) OR workspace_id = ?1
                 ORDER BY archived LIMIT 1"
            ),
            [workspace],
            read_client,
        )
        .optional()
        .map_err(storage)
}

/// Adds (no id) or edits a client, after checking the form.
pub fn save(database: &Database, form: ClientForm) -> Result<Client> {
    let form = checked(form)?;
    let tags = serde_json::to_string(&form.tags).map_err(storage)?;
    let id = {
        let connection = database.connection();
        let written = match form.id {
            None => connection
                .execute(
                    "INSERT INTO clients (name, workspace_email, workspace_id, account_id, tags,
                                          notes, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                    params![
                        form.name,
                        form.workspace_email,
                        form.workspace_id,
                        form.account_id,
                        tags,
                        form.notes,
                        now()
                    ],
                )
                .map(|_| i32::try_from(connection.last_insert_rowid()).unwrap_or(i32::MAX)),
            Some(id) => connection
                .execute(
                    "UPDATE clients SET name = ?1, workspace_email = ?2, workspace_id = ?3,
                            account_id = ?4, tags = ?5, notes = ?6, updated_at = ?7
                     WHERE id = ?8",
                    params![
                        form.name,
                        form.workspace_email,
                        form.workspace_id,
                        form.account_id,
                        tags,
                        form.notes,
                        now(),
                        id
                    ],
                )
                .map(|changed| if changed == 0 { -1 } else { id }),
        };
        match written {
            Ok(-1) => return Err(unknown_client(form.id.unwrap_or_default())),
            Ok(id) => id,
            Err(error) if is_unique_violation(&error) => {
                return Err(Error::InvalidField {
                    field: "workspace_email".to_owned(),
                    message: words::word("errors-field-clients-workspace-taken"),
                })
            }
            Err(error) => return Err(storage(error)),
        }
    };
    get(database, id)
}

/// Archived clients leave the book's list and batches, and keep their history.
pub fn set_archived(database: &Database, id: i32, archived: bool) -> Result<Client> {
    let changed = database
        .connection()
        .execute(
            "UPDATE clients SET archived = ?1, updated_at = ?2 WHERE id = ?3",
            params![archived, now(), id],
        )
        .map_err(storage)?;
    if changed == 0 {
        return Err(unknown_client(id));
    }
    get(database, id)
}

/// Adds a client for each recent workspace and each workspace topped up before that the book
/// does not have yet, named after its email, with the account of its latest top-up. Returns
/// the clients added.
pub fn fill_from_history(callboard: &Callboard) -> Result<Vec<Client>> {
    // Newest first: the first account seen for a workspace is its latest top-up's.
    let mut known: Vec<(String, Option<String>)> = Vec::new();
    let mut remember = |workspace: &str, account: Option<String>| {
        if let Some(entry) = known
            .iter_mut()
            .find(|(seen, _)| seen.eq_ignore_ascii_case(workspace))
        {
            if entry.1.is_none() {
                entry.1 = account;
            }
        } else if !workspace.trim().is_empty() {
            known.push((workspace.trim().to_owned(), account));
        }
    };
    for workspace in callboard.settings().recent_workspaces {
        remember(&workspace, None);
    }
    for record in awaz_actions::top_ups(callboard, None)? {
        if let Some(subject) = &record.subject {
            remember(subject, Some(record.account_id.clone()));
        }
    }
    let database = callboard.database();
    let mut added = Vec::new();
    for (workspace, account_id) in known {
        if find_by_workspace(database, &workspace)?.is_some() {
            continue;
        }
        let (workspace_email, workspace_id) = if workspace.contains('@') {
            (Some(workspace.clone()), None)
        } else {
            (None, Some(workspace.clone()))
        };
        added.push(save(
            database,
            ClientForm {
                name: name_from_workspace(&workspace),
                workspace_email,
                workspace_id,
                account_id,
                ..ClientForm::default()
            },
        )?);
    }
    Ok(added)
}

/// A client's top-ups and their monthly totals, months in the person's time zone.
pub fn history(callboard: &Callboard, id: i32) -> Result<ClientHistory> {
    let client = get(callboard.database(), id)?;
    let top_ups = statement::top_ups(callboard, &client, None)?;
    let zone = statement::time_zone(callboard);
    Ok(ClientHistory {
        months: month_totals(&top_ups, zone),
        top_ups,
        client,
    })
}

fn month_totals(top_ups: &[StatementTopUp], zone: Tz) -> Vec<MonthTotal> {
    let mut totals: BTreeMap<(String, &'static str), MonthTotal> = BTreeMap::new();
    for top_up in top_ups
        .iter()
        .filter(|top_up| top_up.state == ActionState::Succeeded)
    {
        let Ok(at) = DateTime::parse_from_rfc3339(&top_up.at) else {
            continue;
        };
        let month = at.with_timezone(&zone).format("%Y-%m").to_string();
        let total = totals
            .entry((month.clone(), top_up.kind.field()))
            .or_insert(MonthTotal {
                month,
                kind: top_up.kind,
                total: Decimal::ZERO,
                count: 0,
            });
        total.total += top_up.amount;
        total.count += 1;
    }
    totals.into_values().rev().collect()
}

/// Writes the book (archived clients included) to `path`.
pub fn export_csv(callboard: &Callboard, path: &Path) -> Result<ExportedFile> {
    let clients = list(
        callboard.database(),
        &ClientQuery {
            include_archived: true,
            ..ClientQuery::default()
        },
    )?;
    let accounts = callboard.accounts();
    let account_name = |id: &Option<String>| {
        accounts
            .iter()
            .find(|account| Some(&account.id) == id.as_ref())
            .map(|account| account.name.clone())
            .unwrap_or_default()
    };
    let rows = clients.iter().map(|client| {
        vec![
            client.name.clone(),
            client.workspace_email.clone().unwrap_or_default(),
            client.workspace_id.clone().unwrap_or_default(),
            account_name(&client.account_id),
            client.account_id.clone().unwrap_or_default(),
            client.tags.join("; "),
            client.notes.clone(),
            words::word(if client.archived {
                "exports-yes"
            } else {
                "exports-no"
            }),
        ]
    });
    let io = |error: std::io::Error| Error::Storage(format!("{}: {error}", path.display()));
    let file = std::fs::File::create(path).map_err(io)?;
    let headers = words::each(&CSV_HEADERS);
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    csv_export::write_csv(std::io::BufWriter::new(file), &headers, rows).map_err(io)?;
    Ok(ExportedFile {
        path: path.display().to_string(),
        rows: u32::try_from(clients.len()).unwrap_or(u32::MAX),
    })
}

/// Reads a book CSV (Callboard's own export, or any file with at least a "Name" column and a
/// workspace email or id column): a line whose workspace is in the book updates that client,
/// any other is added. Lines that cannot be used are listed, never half-saved.
pub fn import_csv(callboard: &Callboard, path: &Path) -> Result<BookImport> {
    let table = super::batch::read_csv_table(path)?;
    // A column is found by its header in English or French (a file exported in one language
    // is read back in the other), or by a short name people write.
    let column = |id: &str, other_names: &[&str]| {
        let names: Vec<String> = [Language::English, Language::French]
            .into_iter()
            .map(|language| words::word_in(language, id, &Default::default()))
            .chain(other_names.iter().map(|name| (*name).to_owned()))
            .collect();
        table.headers.iter().position(|header| {
            names
                .iter()
                .any(|name| header.trim().eq_ignore_ascii_case(name))
        })
    };
    let [name, email, workspace_id, account, account_id, tags, notes, archived] = CSV_HEADERS;
    let name_column = column(name, &["Client"]);
    let email_column = column(email, &["Email", "E-mail"]);
    let id_column = column(workspace_id, &["Id"]);
    let account_column = column(account, &[]);
    let account_id_column = column(account_id, &[]);
    let tags_column = column(tags, &[]);
    let notes_column = column(notes, &[]);
    let archived_column = column(archived, &[]);
    if name_column.is_none() || (email_column.is_none() && id_column.is_none()) {
        return Err(Error::InvalidField {
            field: "file".to_owned(),
            message: words::word("errors-field-clients-book-columns"),
        });
    }
    let awaz_accounts: Vec<_> = callboard
        .accounts()
        .into_iter()
        .filter(|account| account.platform == Platform::Awaz)
        .collect();
    let database = callboard.database();
    let mut report = BookImport::default();
    for (index, row) in table.rows.iter().enumerate() {
        let cell = |column: Option<usize>| {
            column
                .and_then(|column| row.get(column))
                .map(|cell| csv_export::restore(cell.trim()).to_owned())
                .filter(|cell| !cell.is_empty())
        };
        let account_id = cell(account_id_column)
            .filter(|id| awaz_accounts.iter().any(|account| &account.id == id))
            .or_else(|| {
                let name = cell(account_column)?;
                awaz_accounts
                    .iter()
                    .find(|account| account.name.eq_ignore_ascii_case(&name))
                    .map(|account| account.id.clone())
            });
        let workspace_email = cell(email_column);
        let workspace_id = cell(id_column);
        let existing = [&workspace_email, &workspace_id]
            .into_iter()
            .flatten()
            .find_map(|workspace| find_by_workspace(database, workspace).transpose())
            .transpose()?;
        let form = ClientForm {
            id: existing.as_ref().map(|client| client.id),
            name: cell(name_column).unwrap_or_default(),
            workspace_email,
            workspace_id,
            account_id,
            tags: cell(tags_column)
                .map(|tags| tags.split([';', ',']).map(str::to_owned).collect())
                .unwrap_or_default(),
            notes: cell(notes_column).unwrap_or_default(),
        };
        let archived = cell(archived_column).is_some_and(|value| {
            matches!(value.to_lowercase().as_str(), "yes" | "oui" | "true" | "1")
        });
        match save(database, form) {
            Ok(client) => {
                if client.archived != archived {
                    set_archived(database, client.id, archived)?;
                }
                if existing.is_some() {
                    report.updated += 1;
                } else {
                    report.added += 1;
                }
            }
            Err(Error::InvalidField { message, .. }) => {
                report.problems.push(line_problem(index + 2, message))
            }
            Err(error) => return Err(error),
        }
    }
    Ok(report)
}

/// "Line 3: <problem>", for a file's report.
pub(crate) fn line_problem(line: usize, problem: impl Into<String>) -> String {
    Words::new("errors-field-clients-line")
        .arg("line", line.to_string())
        .arg("problem", problem.into())
        .text()
}

/// "north-clinic@callboard.test" → "North Clinic".
fn name_from_workspace(workspace: &str) -> String {
    let local = workspace.split('@').next().unwrap_or(workspace);
    local
        .split(['-', '_', '.', '+'])
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut letters = word.chars();
            letters.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(letters).collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn checked(form: ClientForm) -> Result<ClientForm> {
    let invalid = |field: &str, message: &str| Error::InvalidField {
        field: field.to_owned(),
        message: message.to_owned(),
    };
    let name =
        validate::required("errors-field-label-client-name", &form.name).map_err(|problem| {
            Error::InvalidField {
                field: "name".to_owned(),
                message: problem.message,
            }
        })?;
    let blank_to_none = |value: Option<String>| {
        value
            .map(|value| value.trim().to_owned())
            .filter(|value| !value.is_empty())
    };
    let workspace_email = blank_to_none(form.workspace_email)
        .map(|email| {
            validate::email(&email).map_err(|problem| Error::InvalidField {
                field: "workspace_email".to_owned(),
                message: problem.message,
            })
        })
        .transpose()?;
    let workspace_id = blank_to_none(form.workspace_id);
    if workspace_id
        .as_deref()
        .is_some_and(|id| id.chars().any(char::is_whitespace) || id.contains('@'))
    {
        return Err(invalid(
            "workspace_id",
            &words::word("errors-field-clients-workspace-id"),
        ));
    }
    if workspace_email.is_none() && workspace_id.is_none() {
        return Err(invalid(
            "workspace_email",
            &words::word("errors-field-clients-workspace-missing"),
        ));
    }
    let mut tags: Vec<String> = Vec::new();
    for tag in form.tags.iter().map(|tag| tag.trim()) {
        if !tag.is_empty() && !tags.iter().any(|known| known.eq_ignore_ascii_case(tag)) {
            tags.push(tag.to_owned());
        }
    }
    Ok(ClientForm {
        id: form.id,
        name,
        workspace_email,
        workspace_id,
        account_id: blank_to_none(form.account_id),
        tags,
        notes: form.notes.trim().to_owned(),
    })
}

fn has_tag(client: &Client, tag: &str) -> bool {
    client
        .tags
        .iter()
        .any(|known| known.eq_ignore_ascii_case(tag))
}

fn matches_text(client: &Client, text: &str) -> bool {
    [
        Some(&client.name),
        client.workspace_email.as_ref(),
        client.workspace_id.as_ref(),
        Some(&client.notes),
    ]
    .into_iter()
    .flatten()
    .chain(&client.tags)
    .any(|field| field.to_lowercase().contains(text))
}

fn with_next_due(connection: &Connection, mut client: Client) -> Result<Client> {
    client.next_due_on = plans::next_due_of_client(connection, client.id)?;
    Ok(client)
}

fn read_client(row: &Row<'_>) -> rusqlite::Result<Client> {
    let tags: String = row.get(5)?;
    Ok(Client {
        id: row.get(0)?,
        name: row.get(1)?,
        workspace_email: row.get(2)?,
        workspace_id: row.get(3)?,
        account_id: row.get(4)?,
        tags: serde_json::from_str(&tags).unwrap_or_default(),
        notes: row.get(6)?,
        archived: row.get(7)?,
        next_due_on: None,
    })
}

fn is_unique_violation(error: &rusqlite::Error) -> bool {
    matches!(
        error,
        rusqlite::Error::SqliteFailure(failure, _)
            if failure.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_the_workspace_email() {
        assert_eq!(
            name_from_workspace("north-clinic@callboard.test"),
            "North Clinic"
        );
        assert_eq!(name_from_workspace("67a0c1d2"), "67a0c1d2");
    }

    #[test]
    fn the_form_needs_a_name_and_a_workspace_and_tidies_tags() {
        let database = Database::in_memory().unwrap();
        let missing = save(
            &database,
            ClientForm {
                name: "North".to_owned(),
                ..ClientForm::default()
            },
        );
        assert!(
            matches!(missing, Err(Error::InvalidField { field, .. }) if field == "workspace_email")
        );
        let client = save(
            &database,
            ClientForm {
                name: " North Clinic ".to_owned(),
                workspace_email: Some("north@clinic.test".to_owned()),
                tags: vec![
                    "monthly".into(),
                    " Monthly".into(),
                    "".into(),
                    "trial".into(),
                ],
                ..ClientForm::default()
            },
        )
        .unwrap();
        assert_eq!(client.name, "North Clinic");
        assert_eq!(client.tags, vec!["monthly", "trial"]);
        let twice = save(
            &database,
            ClientForm {
                name: "Copy".to_owned(),
                workspace_email: Some("NORTH@clinic.test".to_owned()),
                ..ClientForm::default()
            },
        );
        assert!(matches!(twice, Err(Error::InvalidField { .. })));
        let archived = set_archived(&database, client.id, true).unwrap();
        assert!(archived.archived);
        assert!(list(&database, &ClientQuery::default()).unwrap().is_empty());
        let found = list(
            &database,
            &ClientQuery {
                text: Some("clinic".into()),
                tag: Some("TRIAL".into()),
                include_archived: true,
            },
        )
        .unwrap();
        assert_eq!(found.len(), 1);
    }
}
