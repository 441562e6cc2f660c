//! The agency's clients: the book of client workspaces (`book`), batch top-ups sent line by
//! line through the journal (`batch`), recurring plans that come due and are confirmed as a
//! batch (`plans`), and the top-ups a statement lists (`statement`).
//!
//! Every top-up here goes through `awaz_actions::top_up`, the journaled write path: each
//! batch line carries the action key made when it was reviewed, so the journal records it
//! before it leaves and never sends it twice, whatever happens to the batch or the app.

pub mod batch;
pub mod book;
pub mod plans;
pub mod statement;

use std::str::FromStr;

use awaz::TopUpKind;
use rust_decimal::Decimal;

use crate::validate;
use crate::{Error, Result};

pub use batch::{
    BatchLineDraft, BatchLineStage, BatchLineView, BatchProgress, BatchSource, BatchState,
    BatchView, Batches, KindTotal,
};
pub use book::{BookImport, Client, ClientForm, ClientHistory, ClientQuery, MonthTotal};
pub use plans::{DueTopUp, Plan, PlanForm};
pub use statement::StatementTopUp;

/// The clients' tables: one migration step (see `store::MIGRATIONS`).
pub const SCHEMA: &str = r#"
    CREATE TABLE clients (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        name            TEXT NOT NULL,
        workspace_email TEXT,
        workspace_id    TEXT,
        account_id      TEXT,
        tags            TEXT NOT NULL DEFAULT '[]',
        notes           TEXT NOT NULL DEFAULT '',
        archived        INTEGER NOT NULL DEFAULT 0,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
    );
    CREATE UNIQUE INDEX clients_by_email ON clients (lower(workspace_email))
        WHERE workspace_email IS NOT NULL;
    CREATE UNIQUE INDEX clients_by_workspace_id ON clients (workspace_id)
        WHERE workspace_id IS NOT NULL;

    CREATE TABLE client_batches (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        state        TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        confirmed_at TEXT,
        finished_at  TEXT
    );
    -- One top-up each. `action_key` is the journal's: the line is sent at most once under it.
    CREATE TABLE client_batch_lines (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        batch_id   INTEGER NOT NULL,
        position   INTEGER NOT NULL,
        client_id  INTEGER,
        workspace  TEXT NOT NULL,
        kind       TEXT NOT NULL,
        amount     TEXT NOT NULL,
        reference  TEXT,
        account_id TEXT NOT NULL,
        action_key TEXT NOT NULL UNIQUE,
        sent_by    TEXT NOT NULL,
        plan_id    INTEGER,
        due_on     TEXT,
        blocked    TEXT,
        skipped    TEXT
    );
    CREATE INDEX client_batch_lines_by_batch ON client_batch_lines (batch_id, position);

    CREATE TABLE client_plans (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        client_id    INTEGER NOT NULL,
        kind         TEXT NOT NULL,
        amount       TEXT NOT NULL,
        day_of_month INTEGER NOT NULL,
        every_months INTEGER NOT NULL,
        first_due    TEXT NOT NULL,
        reference    TEXT,
        active       INTEGER NOT NULL DEFAULT 1,
        created_at   TEXT NOT NULL
    );
    -- An occurrence (plan, due date) taken by a confirmed batch line, or passed over by the
    -- person (`line_id` NULL): it is never due again.
    CREATE TABLE client_plan_occurrences (
        plan_id INTEGER NOT NULL,
        due_on  TEXT NOT NULL,
        line_id INTEGER,
        PRIMARY KEY (plan_id, due_on)
    );
"#;

/// Awaz's unit words: "credits", "minutes".
pub(crate) fn kind_word(kind: TopUpKind) -> &'static str {
    kind.field()
}

pub(crate) fn parse_kind(text: &str) -> Option<TopUpKind> {
    match text.trim().to_ascii_lowercase().as_str() {
        "credits" | "credit" => Some(TopUpKind::Credits),
        "minutes" | "minute" => Some(TopUpKind::Minutes),
        _ => None,
    }
}

/// An amount as a person types it ("25", "10,50"), exact: checked as the single top-up form
/// checks it (positive, at most two decimals, the precision Callboard sends to Awaz).
pub fn parse_amount(field: &str, typed: &str) -> Result<Decimal> {
    validate::positive_amount(typed).map_err(|problem| Error::InvalidField {
        field: field.to_owned(),
        message: problem.message,
    })?;
    Decimal::from_str(&typed.trim().replace(',', "."))
        .map(|amount| amount.normalize())
        .map_err(|error| Error::InvalidField {
            field: field.to_owned(),
            message: error.to_string(),
        })
}

/// The decimal text the top-up form carries: "25", "10.5".
pub(crate) fn amount_text(amount: Decimal) -> String {
    amount.normalize().to_string()
}

/// The amount the journal recorded in a top-up's request (`TopUp.amount`, a JSON number
/// written from at most two decimals, so its shortest form is the exact decimal).
pub(crate) fn recorded_amount(request: &str) -> Option<Decimal> {
    let value: serde_json::Value = serde_json::from_str(request).ok()?;
    let number = value.get("amount")?;
    Decimal::from_str(&number.to_string())
        .ok()
        .map(|amount| amount.normalize())
}

/// Who sends from this computer: the data folder belongs to one computer account, so its
/// login name is who sent what the journal holds.
pub(crate) fn sender() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|value| !value.is_empty()))
        .unwrap_or_else(|| crate::words::word("exports-sender-this-computer"))
}

pub(crate) fn unknown_client(id: i32) -> Error {
    Error::InvalidField {
        field: "client".to_owned(),
        message: crate::words::Words::new("errors-field-clients-unknown-client")
            .arg("id", id.to_string())
            .text(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_exact_and_recorded_amounts_read_back_exactly() {
        assert_eq!(parse_amount("amount", "10,50").unwrap().to_string(), "10.5");
        assert_eq!(
            parse_amount("amount", "0.1").unwrap() + parse_amount("amount", "0.2").unwrap(),
            parse_amount("amount", "0.3").unwrap()
        );
        assert!(parse_amount("amount", "1.005").is_err());
        assert_eq!(
            recorded_amount(r#"{"amount": 19.99, "kind": "credits"}"#).map(|a| a.to_string()),
            Some("19.99".to_owned())
        );
        assert_eq!(
            recorded_amount(r#"{"amount": 500.0}"#).map(|a| a.to_string()),
            Some("500".to_owned())
        );
    }
}
