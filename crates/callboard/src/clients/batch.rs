//! Batch top-ups: lines picked from clients, a tag or a CSV are reviewed as one table with
//! totals per kind (a draft), confirmed once, then sent one by one through
//! `awaz_actions::top_up` with the action key each line got at review. The journal records
//! each line before it leaves; a line recorded before (sent, refused, or of unknown outcome)
//! is never sent again, so a pause, a crash or a second "resume" cannot double a top-up.
//! A line's outcome is read from the journal, never copied: one record, one truth.

use std::collections::HashSet;
use std::path::Path;
use std::sync::{Arc, Mutex};

use awaz::TopUpKind;
use rusqlite::{params, Connection, OptionalExtension, Row};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;
use strum::{EnumString, IntoStaticStr};

use super::book::{self, Client, ClientQuery};
use super::{amount_text, kind_word, parse_amount, parse_kind, sender};
use crate::awaz_actions::{self, TopUpForm};
use crate::endpoints::Platform;
use crate::journal::ActionState;
use crate::service::Callboard;
use crate::store::{now, read_text, storage, Database, Text};
use crate::words::{self, Words};
use crate::{Error, Result};

/// Where a batch's lines come from.
#[derive(Deserialize, Serialize, Type, Clone, Debug)]
#[serde(tag = "from", rename_all = "camelCase")]
pub enum BatchSource {
    /// The same top-up for each picked client.
    Clients {
        client_ids: Vec<i32>,
        kind: TopUpKind,
        amount: String,
        reference: Option<String>,
    },
    /// The same top-up for every client with the tag (archived ones left out).
    Tag {
        tag: String,
        kind: TopUpKind,
        amount: String,
        reference: Option<String>,
    },
    /// A CSV file with the columns workspace, kind, amount and reference (optional); the
    /// workspace is an email, an id, or a client's name in the book.
    Csv { path: String },
}

/// One line before it is drafted: what to add to which workspace, from which account.
#[derive(Clone, Debug, PartialEq)]
pub struct BatchLineDraft {
    pub client: Option<Client>,
    pub workspace: String,
    pub kind: TopUpKind,
    pub amount: Decimal,
    pub reference: Option<String>,
    pub account_id: Option<String>,
    /// The plan occurrence this line sends, for due top-ups.
    pub occurrence: Option<(i32, String)>,
}

#[derive(
    Serialize, Deserialize, Type, Clone, Copy, Debug, PartialEq, Eq, IntoStaticStr, EnumString,
)]
#[serde(rename_all = "camelCase")]
#[strum(serialize_all = "snake_case")]
pub enum BatchState {
    /// Reviewed, not confirmed: nothing is sent.
    Draft,
    Running,
    /// Paused by the person, or by Callboard closing: "resume" goes on where it stopped.
    Paused,
    /// Every line was tried once this run; blocked lines can be tried again with "resume".
    Finished,
}

#[derive(Serialize, Deserialize, Type, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum BatchLineStage {
    /// Not sent yet.
    Waiting,
    /// Recorded in the journal and on its way.
    Sending,
    Done,
    /// Awaz (or a check before sending) said no; `reason` says why. Nothing was applied.
    Refused,
    /// Sent, but no answer came back: it may have been applied. Held for a check (History),
    /// never sent again.
    Unknown,
    /// Not sent this time, nothing recorded (an earlier top-up to the workspace is not
    /// settled, the account needs to sign in…): tried again on "resume".
    Blocked,
    /// Never sent: its plan occurrence was confirmed in another batch.
    Skipped,
}

#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq)]
pub struct BatchLineView {
    pub id: i32,
    /// 1-based, in the review's order.
    pub position: u32,
    pub client_id: Option<i32>,
    pub client_name: Option<String>,
    pub workspace: String,
    pub kind: TopUpKind,
    #[specta(type = String)]
    pub amount: Decimal,
    pub reference: Option<String>,
    pub account_id: String,
    pub account_name: String,
    pub stage: BatchLineStage,
    pub reason: Option<String>,
    pub action_key: String,
    /// The journal's id once recorded, to settle an unknown outcome.
    #[specta(type = Option<f64>)]
    pub action_id: Option<i64>,
    pub plan_id: Option<i32>,
    /// The plan date this line sends (YYYY-MM-DD).
    pub due_on: Option<String>,
}

/// The total of one kind over a batch's lines (skipped ones left out).
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq)]
pub struct KindTotal {
    pub kind: TopUpKind,
    #[specta(type = String)]
    pub total: Decimal,
    pub lines: u32,
}

#[derive(Serialize, Deserialize, Type, Clone, Debug, Default, PartialEq)]
pub struct BatchCounts {
    pub waiting: u32,
    pub sending: u32,
    pub done: u32,
    pub refused: u32,
    pub unknown: u32,
    pub blocked: u32,
    pub skipped: u32,
}

#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq)]
pub struct BatchView {
    pub id: i32,
    pub state: BatchState,
    pub lines: Vec<BatchLineView>,
    pub totals: Vec<KindTotal>,
    pub counts: BatchCounts,
    /// "Add 1500 minutes and 75 credits to 3 workspaces?" — the confirmation names the total.
    pub question: String,
    /// Lines of the source that could not be used (not in the batch), "Line 4: …".
    pub problems: Vec<String>,
    pub created_at: String,
    pub confirmed_at: Option<String>,
    pub finished_at: Option<String>,
}

/// One line's outcome as it happens, for the batch screen (a Tauri event in the app).
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq)]
pub struct BatchProgress {
    pub batch_id: i32,
    pub state: BatchState,
    pub line: Option<BatchLineView>,
    pub counts: BatchCounts,
}

/// A CSV file read as text cells.
pub(crate) struct CsvTable {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The batches of Callboard's store, and which of them are being sent in this run.
#[derive(Clone)]
pub struct Batches {
    database: Database,
    sending: Arc<Mutex<HashSet<i32>>>,
}

const LINE_COLUMNS: &str = "l.id, l.position, l.client_id, c.name, l.workspace, l.kind, l.amount,
    l.reference, l.account_id, l.action_key, l.plan_id, l.due_on, l.blocked, l.skipped,
    a.id, a.state, a.error, a.account_name";

impl Batches {
    /// The store's batches; one a previous run left sending is paused (resumed by the person).
    pub fn open(database: &Database) -> Result<Batches> {
        database
            .connection()
            .execute(
                "UPDATE client_batches SET state = ?1 WHERE state = ?2",
                params![BatchState::Paused.text(), BatchState::Running.text()],
            )
            .map_err(storage)?;
        Ok(Batches {
            database: database.clone(),
            sending: Arc::default(),
        })
    }

    /// The lines `source` names, ready to draft; lines that cannot be used are listed as
    /// problems. `account_id` is used for workspaces whose client has no account.
    pub fn lines_from(
        &self,
        source: &BatchSource,
        account_id: Option<&str>,
    ) -> Result<(Vec<BatchLineDraft>, Vec<String>)> {
        let same_for = |clients: Vec<Client>, kind, amount: &str, reference: &Option<String>| {
            let amount = parse_amount("amount", amount)?;
            let lines = clients
                .into_iter()
                .filter_map(|client| {
                    Some(BatchLineDraft {
                        workspace: client.workspace()?,
                        account_id: client.account_id.clone().or(account_id.map(str::to_owned)),
                        client: Some(client),
                        kind,
                        amount,
                        reference: tidy(reference.clone()),
                        occurrence: None,
                    })
                })
                .collect();
            Ok((lines, Vec::new()))
        };
        match source {
            BatchSource::Clients {
                client_ids,
                kind,
                amount,
                reference,
            } => {
                let clients = client_ids
                    .iter()
                    .map(|id| book::get(&self.database, *id))
                    .collect::<Result<Vec<_>>>()?;
                same_for(clients, *kind, amount, reference)
            }
            BatchSource::Tag {
                tag,
                kind,
                amount,
                reference,
            } => {
                let clients = book::list(
                    &self.database,
                    &ClientQuery {
                        tag: Some(tag.clone()),
                        ..ClientQuery::default()
                    },
                )?;
                if clients.is_empty() {
                    return Err(Error::InvalidField {
                        field: "tag".to_owned(),
                        message: Words::new("errors-field-clients-no-client-with-tag")
                            .arg("tag", tag)
                            .text(),
                    });
                }
                same_for(clients, *kind, amount, reference)
            }
            BatchSource::Csv { path } => self.lines_from_csv(Path::new(path), account_id),
        }
    }

    fn lines_from_csv(
        &self,
        path: &Path,
        account_id: Option<&str>,
    ) -> Result<(Vec<BatchLineDraft>, Vec<String>)> {
        let table = read_csv_table(path)?;
        let column = |name: &str| {
            table
                .headers
                .iter()
                .position(|header| header.trim().eq_ignore_ascii_case(name))
        };
        let (Some(workspace_column), Some(kind_column), Some(amount_column)) =
            (column("workspace"), column("kind"), column("amount"))
        else {
            return Err(Error::InvalidField {
                field: "file".to_owned(),
                message: words::word("errors-field-clients-batch-columns"),
            });
        };
        let reference_column = column("reference");
        let clients = book::list(&self.database, &ClientQuery::default())?;
        let mut lines = Vec::new();
        let mut problems = Vec::new();
        for (index, row) in table.rows.iter().enumerate() {
            let cell = |column: usize| {
                row.get(column)
                    .map(|cell| crate::csv_export::restore(cell.trim()).to_owned())
                    .unwrap_or_default()
            };
            let line = index + 2;
            let written = cell(workspace_column);
            let client = match book::find_by_workspace(&self.database, &written)? {
                Some(client) => Some(client),
                None => clients
                    .iter()
                    .find(|client| client.name.eq_ignore_ascii_case(&written))
                    .cloned(),
            };
            let Some(kind) = parse_kind(&cell(kind_column)) else {
                problems.push(book::line_problem(
                    line,
                    words::word("errors-field-clients-kind"),
                ));
                continue;
            };
            let amount = match parse_amount("amount", &cell(amount_column)) {
                Ok(amount) => amount,
                Err(error) => {
                    problems.push(book::line_problem(line, error.explain().title));
                    continue;
                }
            };
            let workspace = client
                .as_ref()
                .and_then(Client::workspace)
                .unwrap_or(written);
            lines.push(BatchLineDraft {
                account_id: client
                    .as_ref()
                    .and_then(|client| client.account_id.clone())
                    .or(account_id.map(str::to_owned)),
                client,
                workspace,
                kind,
                amount,
                reference: tidy(reference_column.map(cell)),
                occurrence: None,
            });
        }
        Ok((lines, problems))
    }

    /// Checks every line as the single top-up form does, gives each the action key it will
    /// be sent with, and keeps them as a draft batch. Nothing is sent.
    pub fn draft(
        &self,
        callboard: &Callboard,
        lines: Vec<BatchLineDraft>,
        mut problems: Vec<String>,
    ) -> Result<BatchView> {
        // A client with no account of its own is topped up from the person's only Awaz account;
        // with several, the person must choose (nothing is guessed).
        let awaz_accounts: Vec<String> = callboard
            .accounts()
            .into_iter()
            .filter(|account| account.platform == Platform::Awaz)
            .map(|account| account.id)
            .collect();
        let only_awaz_account = match awaz_accounts.as_slice() {
            [only] => Some(only.clone()),
            _ => None,
        };
        let mut reviewed = Vec::new();
        for (index, line) in lines.into_iter().enumerate() {
            let label = line
                .client
                .as_ref()
                .map_or(line.workspace.clone(), |client| client.name.clone());
            let Some(account_id) = line
                .account_id
                .clone()
                .or_else(|| only_awaz_account.clone())
            else {
                problems.push(book::line_problem(
                    index + 1,
                    Words::new("errors-field-clients-no-account")
                        .arg("client", &label)
                        .text(),
                ));
                continue;
            };
            let form = TopUpForm {
                workspace: line.workspace.clone(),
                kind: line.kind,
                amount: amount_text(line.amount),
            };
            match awaz_actions::review_top_up(callboard, &account_id, &form) {
                Ok(plan) => {
                    let blocked = plan.unsettled.map(|record| {
                        Words::new("errors-field-clients-unsettled")
                            .arg("workspace", &line.workspace)
                            .arg("summary", record.summary)
                            .text()
                    });
                    reviewed.push((line, account_id, plan.action_key, blocked));
                }
                Err(error) => problems.push(book::line_problem(
                    index + 1,
                    Words::new("errors-field-clients-line-client")
                        .arg("client", &label)
                        .arg("problem", error.explain().title)
                        .text(),
                )),
            }
        }
        if reviewed.is_empty() {
            return Err(Error::InvalidField {
                field: "lines".to_owned(),
                message: match problems.first() {
                    Some(problem) => Words::new("errors-field-clients-nothing-sendable")
                        .arg("problem", problem)
                        .text(),
                    None => words::word("errors-field-clients-nothing-to-top-up"),
                },
            });
        }
        let sent_by = sender();
        let id = {
            let mut connection = self.database.connection();
            let transaction = connection.transaction().map_err(storage)?;
            transaction
                .execute(
                    "INSERT INTO client_batches (state, created_at) VALUES (?1, ?2)",
                    params![BatchState::Draft.text(), now()],
                )
                .map_err(storage)?;
            let batch_id = transaction.last_insert_rowid();
            for (position, (line, account_id, action_key, blocked)) in reviewed.iter().enumerate() {
                transaction
                    .execute(
                        "INSERT INTO client_batch_lines (batch_id, position, client_id, workspace,
                             kind, amount, reference, account_id, action_key, sent_by, plan_id,
                             due_on, blocked)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                        params![
                            batch_id,
                            position + 1,
                            line.client.as_ref().map(|client| client.id),
                            line.workspace,
                            kind_word(line.kind),
                            amount_text(line.amount),
                            line.reference,
                            account_id,
                            action_key,
                            sent_by,
                            line.occurrence.as_ref().map(|(plan, _)| plan),
                            line.occurrence.as_ref().map(|(_, due_on)| due_on),
                            blocked,
                        ],
                    )
                    .map_err(storage)?;
            }
            transaction.commit().map_err(storage)?;
            i32::try_from(batch_id).unwrap_or(i32::MAX)
        };
        let mut view = self.view(callboard, id)?;
        view.problems = problems;
        Ok(view)
    }

    /// The person confirmed the draft (its question named the totals): from now on it may be
    /// sent. Plan occurrences are taken here, once: a line whose occurrence another batch
    /// took is skipped. Confirming again changes nothing.
    pub fn confirm(&self, callboard: &Callboard, batch_id: i32) -> Result<BatchView> {
        {
            let mut connection = self.database.connection();
            let transaction = connection.transaction().map_err(storage)?;
            let confirmed = transaction
                .execute(
                    "UPDATE client_batches SET state = ?1, confirmed_at = ?2
                     WHERE id = ?3 AND state = ?4",
                    params![
                        BatchState::Running.text(),
                        now(),
                        batch_id,
                        BatchState::Draft.text()
                    ],
                )
                .map_err(storage)?;
            if confirmed == 1 {
                take_occurrences(&transaction, batch_id)?;
            }
            transaction.commit().map_err(storage)?;
        }
        self.view(callboard, batch_id)
    }

    /// Stops after the line on its way; "resume" goes on.
    pub fn pause(&self, callboard: &Callboard, batch_id: i32) -> Result<BatchView> {
        self.move_state(batch_id, BatchState::Running, BatchState::Paused)?;
        self.view(callboard, batch_id)
    }

    /// A paused (or finished, to try blocked lines again) batch may be sent again: lines
    /// recorded in the journal are not.
    pub fn resume(&self, callboard: &Callboard, batch_id: i32) -> Result<BatchView> {
        self.move_state(batch_id, BatchState::Paused, BatchState::Running)?;
        self.move_state(batch_id, BatchState::Finished, BatchState::Running)?;
        self.view(callboard, batch_id)
    }

    /// Drops a draft the person did not confirm.
    pub fn discard(&self, batch_id: i32) -> Result<()> {
        let connection = self.database.connection();
        let removed = connection
            .execute(
                "DELETE FROM client_batches WHERE id = ?1 AND state = ?2",
                params![batch_id, BatchState::Draft.text()],
            )
            .map_err(storage)?;
        if removed == 1 {
            connection
                .execute(
                    "DELETE FROM client_batch_lines WHERE batch_id = ?1",
                    [batch_id],
                )
                .map_err(storage)?;
        }
        Ok(())
    }

    /// Sends the lines still to send of a running batch, one at a time (each through the
    /// journal; the account's client keeps Awaz's rate budget), telling `progress` each
    /// line's outcome. Returns when every line was tried, or the batch is paused. A second
    /// call while one is sending returns at once.
    pub async fn send(
        &self,
        callboard: &Callboard,
        batch_id: i32,
        progress: impl Fn(BatchProgress),
    ) -> Result<BatchView> {
        if !lock(&self.sending).insert(batch_id) {
            return self.view(callboard, batch_id);
        }
        let sent = self.send_lines(callboard, batch_id, &progress).await;
        lock(&self.sending).remove(&batch_id);
        sent?;
        let view = self.view(callboard, batch_id)?;
        progress(BatchProgress {
            batch_id,
            state: view.state,
            line: None,
            counts: view.counts.clone(),
        });
        Ok(view)
    }

    async fn send_lines(
        &self,
        callboard: &Callboard,
        batch_id: i32,
        progress: &impl Fn(BatchProgress),
    ) -> Result<()> {
        let to_send: Vec<BatchLineView> = self
            .lines(callboard, batch_id)?
            .into_iter()
            .filter(|line| {
                matches!(
                    line.stage,
                    BatchLineStage::Waiting | BatchLineStage::Blocked
                )
            })
            .collect();
        for line in to_send {
            if self.state(batch_id)? != BatchState::Running {
                return Ok(());
            }
            let form = TopUpForm {
                workspace: line.workspace.clone(),
                kind: line.kind,
                amount: amount_text(line.amount),
            };
            let sent =
                awaz_actions::top_up(callboard, &line.account_id, line.action_key.clone(), form)
                    .await;
            // Sent or refused, the journal holds the outcome; anything else left nothing
            // recorded and the line waits for "resume".
            let blocked = match sent {
                Ok(_) | Err(Error::ActionFailed { .. }) => None,
                Err(error) => Some(error.explain().title),
            };
            self.database
                .connection()
                .execute(
                    "UPDATE client_batch_lines SET blocked = ?1 WHERE id = ?2",
                    params![blocked, line.id],
                )
                .map_err(storage)?;
            let line = self.line(callboard, line.id)?;
            progress(BatchProgress {
                batch_id,
                state: BatchState::Running,
                line: Some(line),
                counts: self.counts(batch_id)?,
            });
        }
        self.move_state(batch_id, BatchState::Running, BatchState::Finished)?;
        self.database
            .connection()
            .execute(
                "UPDATE client_batches SET finished_at = ?1 WHERE id = ?2",
                params![now(), batch_id],
            )
            .map_err(storage)?;
        Ok(())
    }

    /// True while a batch is being sent in this run (the app does not restart for an
    /// update meanwhile).
    pub fn any_sending(&self) -> bool {
        !lock(&self.sending).is_empty()
    }

    /// Batches, newest first (at most `limit`).
    pub fn list(&self, callboard: &Callboard, limit: u32) -> Result<Vec<BatchView>> {
        let ids: Vec<i32> = {
            let connection = self.database.connection();
            let mut statement = connection
                .prepare("SELECT id FROM client_batches ORDER BY id DESC LIMIT ?1")
                .map_err(storage)?;
            let ids = statement
                .query_map([limit], |row| row.get(0))
                .map_err(storage)?
                .collect::<rusqlite::Result<Vec<_>>>()
                .map_err(storage)?;
            ids
        };
        ids.into_iter().map(|id| self.view(callboard, id)).collect()
    }

    pub fn view(&self, callboard: &Callboard, batch_id: i32) -> Result<BatchView> {
        let (state, created_at, confirmed_at, finished_at) = self
            .database
            .connection()
            .query_row(
                "SELECT state, created_at, confirmed_at, finished_at FROM client_batches
                 WHERE id = ?1",
                [batch_id],
                |row| {
                    Ok((
                        read_text::<BatchState>(row, 0)?,
                        row.get::<_, String>(1)?,
                        row.get(2)?,
                        row.get(3)?,
                    ))
                },
            )
            .optional()
            .map_err(storage)?
            .ok_or_else(|| unknown_batch(batch_id))?;
        let lines = self.lines(callboard, batch_id)?;
        let totals = totals(&lines);
        Ok(BatchView {
            id: batch_id,
            state,
            counts: count(lines.iter().map(|line| line.stage)),
            question: question(&totals, &lines),
            totals,
            lines,
            problems: Vec::new(),
            created_at,
            confirmed_at,
            finished_at,
        })
    }

    fn lines(&self, callboard: &Callboard, batch_id: i32) -> Result<Vec<BatchLineView>> {
        self.lines_where(callboard, "l.batch_id = ?1", batch_id)
    }

    fn line(&self, callboard: &Callboard, line_id: i32) -> Result<BatchLineView> {
        self.lines_where(callboard, "l.id = ?1", line_id)?
            .pop()
            .ok_or_else(|| Error::Storage(format!("no batch line {line_id}")))
    }

    fn lines_where(
        &self,
        callboard: &Callboard,
        condition: &str,
        value: i32,
    ) -> Result<Vec<BatchLineView>> {
        let accounts = callboard.accounts();
        let connection = self.database.connection();
        let mut statement = connection
            .prepare(&format!(
                "SELECT {LINE_COLUMNS} FROM client_batch_lines l
                 LEFT JOIN clients c ON c.id = l.client_id
                 LEFT JOIN actions a ON a.action_key = l.action_key
                 WHERE {condition} ORDER BY l.position"
            ))
            .map_err(storage)?;
        let lines = statement
            .query_map([value], read_line)
            .map_err(storage)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(storage)?;
        Ok(lines
            .into_iter()
            .map(|mut line| {
                if line.account_name.is_empty() {
                    line.account_name = accounts
                        .iter()
                        .find(|account| account.id == line.account_id)
                        .map(|account| account.name.clone())
                        .unwrap_or_default();
                }
                line
            })
            .collect())
    }

    /// The lines' stages only: read after every line sent, so kept light.
    fn counts(&self, batch_id: i32) -> Result<BatchCounts> {
        let connection = self.database.connection();
        let mut statement = connection
            .prepare(
                "SELECT l.skipped, l.blocked, a.state FROM client_batch_lines l
                 LEFT JOIN actions a ON a.action_key = l.action_key
                 WHERE l.batch_id = ?1",
            )
            .map_err(storage)?;
        let stages = statement
            .query_map([batch_id], |row| {
                Ok(stage(row.get(0)?, row.get(1)?, row.get(2)?, None).0)
            })
            .map_err(storage)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(storage)?;
        Ok(count(stages))
    }

    fn state(&self, batch_id: i32) -> Result<BatchState> {
        self.database
            .connection()
            .query_row(
                "SELECT state FROM client_batches WHERE id = ?1",
                [batch_id],
                |row| read_text(row, 0),
            )
            .optional()
            .map_err(storage)?
            .ok_or_else(|| unknown_batch(batch_id))
    }

    fn move_state(&self, batch_id: i32, from: BatchState, to: BatchState) -> Result<()> {
        self.state(batch_id)?;
        self.database
            .connection()
            .execute(
                "UPDATE client_batches SET state = ?1 WHERE id = ?2 AND state = ?3",
                params![to.text(), batch_id, from.text()],
            )
            .map_err(storage)?;
        Ok(())
    }
}

/// Takes the plan occurrences of a batch's lines; a line whose occurrence is taken already
/// is skipped.
fn take_occurrences(connection: &Connection, batch_id: i32) -> Result<()> {
    let mut statement = connection
        .prepare(
            "SELECT id, plan_id, due_on FROM client_batch_lines
             WHERE batch_id = ?1 AND plan_id IS NOT NULL",
        )
        .map_err(storage)?;
    let occurrences = statement
        .query_map([batch_id], |row| {
            Ok((
                row.get::<_, i32>(0)?,
                row.get::<_, i32>(1)?,
                row.get::<_, String>(2)?,
            ))
        })
        .map_err(storage)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(storage)?;
    for (line_id, plan_id, due_on) in occurrences {
        let taken = connection
            .execute(
                "INSERT INTO client_plan_occurrences (plan_id, due_on, line_id)
                 VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
                params![plan_id, due_on, line_id],
            )
            .map_err(storage)?;
        if taken == 0 {
            connection
                .execute(
                    "UPDATE client_batch_lines SET skipped = ?1 WHERE id = ?2",
                    params![
                        words::word("errors-field-clients-already-confirmed"),
                        line_id
                    ],
                )
                .map_err(storage)?;
        }
    }
    Ok(())
}

fn read_line(row: &Row<'_>) -> rusqlite::Result<BatchLineView> {
    let kind: String = row.get(5)?;
    let amount: String = row.get(6)?;
    let (stage, reason) = stage(row.get(13)?, row.get(12)?, row.get(15)?, row.get(16)?);
    Ok(BatchLineView {
        id: row.get(0)?,
        position: row.get(1)?,
        client_id: row.get(2)?,
        client_name: row.get(3)?,
        workspace: row.get(4)?,
        kind: parse_kind(&kind).unwrap_or(TopUpKind::Credits),
        amount: amount.parse().unwrap_or_default(),
        reference: row.get(7)?,
        account_id: row.get(8)?,
        action_key: row.get(9)?,
        plan_id: row.get(10)?,
        due_on: row.get(11)?,
        action_id: row.get(14)?,
        account_name: row.get::<_, Option<String>>(17)?.unwrap_or_default(),
        stage,
        reason,
    })
}

/// A line's stage, from its own notes and its journal record's state, with the reason shown.
fn stage(
    skipped: Option<String>,
    blocked: Option<String>,
    action_state: Option<String>,
    action_error: Option<String>,
) -> (BatchLineStage, Option<String>) {
    let action_state = action_state.and_then(|state| state.parse::<ActionState>().ok());
    match (skipped, action_state) {
        (Some(skipped), _) => (BatchLineStage::Skipped, Some(skipped)),
        (None, Some(ActionState::Pending)) => (BatchLineStage::Sending, None),
        (None, Some(ActionState::Succeeded)) => (BatchLineStage::Done, None),
        (None, Some(ActionState::Failed)) => (BatchLineStage::Refused, action_error),
        (None, Some(ActionState::Unknown)) => (BatchLineStage::Unknown, action_error),
        (None, None) if blocked.is_some() => (BatchLineStage::Blocked, blocked),
        (None, None) => (BatchLineStage::Waiting, None),
    }
}

fn totals(lines: &[BatchLineView]) -> Vec<KindTotal> {
    [TopUpKind::Credits, TopUpKind::Minutes]
        .into_iter()
        .filter_map(|kind| {
            let of_kind: Vec<_> = lines
                .iter()
                .filter(|line| line.kind == kind && line.stage != BatchLineStage::Skipped)
                .collect();
            (!of_kind.is_empty()).then(|| KindTotal {
                kind,
                total: of_kind.iter().map(|line| line.amount).sum(),
                lines: u32::try_from(of_kind.len()).unwrap_or(u32::MAX),
            })
        })
        .collect()
}

fn count(stages: impl IntoIterator<Item = BatchLineStage>) -> BatchCounts {
    let mut counts = BatchCounts::default();
    for stage in stages {
        *match stage {
            BatchLineStage::Waiting => &mut counts.waiting,
            BatchLineStage::Sending => &mut counts.sending,
            BatchLineStage::Done => &mut counts.done,
            BatchLineStage::Refused => &mut counts.refused,
            BatchLineStage::Unknown => &mut counts.unknown,
            BatchLineStage::Blocked => &mut counts.blocked,
            BatchLineStage::Skipped => &mut counts.skipped,
        } += 1;
    }
    counts
}

/// "Add 1500 minutes and 75.50 credits to 3 workspaces?"
fn question(totals: &[KindTotal], lines: &[BatchLineView]) -> String {
    let amounts = totals
        .iter()
        .map(|total| {
            let typed = total.total.to_string();
            Words::new("journal-batch-amount")
                .arg("count", typed.parse::<f64>().unwrap_or_default())
                .arg("amount", words::typed_number(&typed))
                .arg("kind", kind_word(total.kind))
        })
        .reduce(|first, second| {
            Words::new("journal-batch-amounts")
                .arg("first", first)
                .arg("second", second)
        });
    let workspaces: HashSet<String> = lines
        .iter()
        .filter(|line| line.stage != BatchLineStage::Skipped)
        .map(|line| line.workspace.to_lowercase())
        .collect();
    let count = workspaces.len();
    Words::new("journal-batch-question")
        .arg(
            "amounts",
            amounts.map(|amounts| amounts.text()).unwrap_or_default(),
        )
        .arg("count", count)
        .text()
}

/// Reads a CSV file typed by a person: UTF-8 (with or without the byte order mark) or, failing
/// that, Windows-1252; separated by commas or, as French spreadsheets save, semicolons.
pub(crate) fn read_csv_table(path: &Path) -> Result<CsvTable> {
    let bytes = std::fs::read(path)
        .map_err(|error| Error::Storage(format!("{}: {error}", path.display())))?;
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => text.trim_start_matches('\u{feff}').to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(&bytes).0.into_owned(),
    };
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let unreadable = |error: csv::Error| Error::InvalidField {
        field: "file".to_owned(),
        message: Words::new("errors-field-clients-unreadable-csv")
            .arg("error", error.to_string())
            .text(),
    };
    let headers = reader
        .headers()
        .map_err(unreadable)?
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|record| record.map(|record| record.iter().map(str::to_owned).collect()))
        .collect::<std::result::Result<Vec<Vec<String>>, _>>()
        .map_err(unreadable)?;
    Ok(CsvTable { headers, rows })
}

fn tidy(reference: Option<String>) -> Option<String> {
    reference
        .map(|reference| reference.trim().to_owned())
        .filter(|reference| !reference.is_empty())
}

fn unknown_batch(batch_id: i32) -> Error {
    Error::InvalidField {
        field: "batch".to_owned(),
        message: Words::new("errors-field-clients-unknown-batch")
            .arg("id", batch_id.to_string())
            .text(),
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}
