//! Filling a journal fast, for benchmarks and tools: many finished actions written straight
//! into the `actions` table in one transaction (the history's triggers index each as it
//! goes). Nothing is sent anywhere; real actions go through [`crate::Journal`].

use chrono::{DateTime, Utc};
use rusqlite::params;

use crate::journal::{ActionKind, ActionState};
use crate::store::{storage, timestamp, Database, Text};
use crate::Result;

/// A finished action as the journal would have recorded it.
#[derive(Debug, Clone)]
pub struct SeedAction {
    pub kind: ActionKind,
    pub account_id: String,
    pub account_name: String,
    pub summary: String,
    pub subject: Option<String>,
    pub request: serde_json::Value,
    pub state: ActionState,
    pub response: Option<serde_json::Value>,
    pub error: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// Writes every action in one transaction; answers how many were written.
pub fn journal(
    database: &Database,
    actions: impl IntoIterator<Item = SeedAction>,
) -> Result<usize> {
    let mut connection = database.connection();
    let transaction = connection.transaction().map_err(storage)?;
    let mut written = 0;
    {
        let mut insert = transaction
            .prepare(
                "INSERT INTO actions (action_key, kind, platform, account_id, account_name,
                     summary, subject, request, state, response, error, created_at, finished_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
            )
            .map_err(storage)?;
        for action in actions {
            insert
                .execute(params![
                    uuid::Uuid::new_v4().to_string(),
                    action.kind.text(),
                    action.kind.platform().text(),
                    action.account_id,
                    action.account_name,
                    action.summary,
                    action.subject,
                    action.request.to_string(),
                    action.state.text(),
                    action.response.map(|answer| answer.to_string()),
                    action.error,
                    timestamp(action.created_at),
                ])
                .map_err(storage)?;
            written += 1;
        }
    }
    transaction.commit().map_err(storage)?;
    Ok(written)
}
