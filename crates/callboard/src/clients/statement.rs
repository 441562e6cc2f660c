//! A client's top-ups as the journal recorded them, with the reference and sender their batch
//! line kept: the client's history and its statement (rendered by the `statements` crate).

use std::path::Path;

use awaz::TopUpKind;
use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use rusqlite::OptionalExtension;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;
use statements::{Language, LineOutcome, Period, Statement, StatementError, StatementLine};

use super::book::{self, Client};
use super::{recorded_amount, sender};
use crate::awaz_actions::{self, ExportedFile};
use crate::journal::{ActionKind, ActionRecord, ActionState};
use crate::service::Callboard;
use crate::store::storage;
use crate::words::Words;
use crate::{Error, Result};

/// One top-up to a client's workspace.
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq)]
pub struct StatementTopUp {
    /// When it was recorded, just before it was sent (RFC 3339, UTC).
    pub at: String,
    pub workspace: String,
    pub kind: TopUpKind,
    #[specta(type = String)]
    pub amount: Decimal,
    pub reference: Option<String>,
    /// The computer login that sent it.
    pub sent_by: String,
    pub account_id: String,
    pub account_name: String,
    pub state: ActionState,
    /// Why it was refused, or why its outcome is unknown.
    pub reason: Option<String>,
    pub action_key: String,
    /// The journal's id, to settle an unknown outcome.
    #[specta(type = f64)]
    pub action_id: i64,
}

/// The person's zone (Settings, else this computer's).
pub fn time_zone(callboard: &Callboard) -> Tz {
    awaz_actions::time_zone(callboard)
}

/// The client's top-ups, newest first; only those recorded in `[from, to)` when a period is
/// given. Both the workspace email and id count (a top-up names one of them).
pub fn top_ups(
    callboard: &Callboard,
    client: &Client,
    period: Option<(DateTime<Utc>, DateTime<Utc>)>,
) -> Result<Vec<StatementTopUp>> {
    let mut records: Vec<ActionRecord> = Vec::new();
    for workspace in [&client.workspace_email, &client.workspace_id]
        .into_iter()
        .flatten()
    {
        records.extend(awaz_actions::top_ups(callboard, Some(workspace))?);
    }
    records.sort_by_key(|record| std::cmp::Reverse(record.id));
    records.dedup_by_key(|record| record.id);
    let within = |record: &ActionRecord| {
        period.is_none_or(|(from, to)| {
            DateTime::parse_from_rfc3339(&record.created_at).is_ok_and(|at| at >= from && at < to)
        })
    };
    records
        .into_iter()
        .filter(within)
        .map(|record| statement_top_up(callboard, record))
        .collect()
}

fn statement_top_up(callboard: &Callboard, record: ActionRecord) -> Result<StatementTopUp> {
    let line: Option<(Option<String>, String)> = callboard
        .database()
        .connection()
        .query_row(
            "SELECT reference, sent_by FROM client_batch_lines WHERE action_key = ?1",
            [&record.action_key],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()
        .map_err(storage)?;
    let (reference, sent_by) = line.unwrap_or_else(|| (None, sender()));
    Ok(StatementTopUp {
        at: record.created_at,
        workspace: record.subject.unwrap_or_default(),
        kind: if record.kind == ActionKind::AwazMinutes {
            TopUpKind::Minutes
        } else {
            TopUpKind::Credits
        },
        amount: recorded_amount(&record.request).unwrap_or_default(),
        reference,
        sent_by,
        account_id: record.account_id,
        account_name: record.account_name,
        state: record.state,
        reason: record.error,
        action_key: record.action_key,
        action_id: record.id,
    })
}

/// The file a statement is written as.
#[derive(Serialize, Deserialize, Type, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum StatementFormat {
    Pdf,
    Csv,
}

/// A month written "2026-11" as the statement period of its whole days.
pub fn month_period(month: &str) -> Result<Period> {
    month
        .trim()
        .split_once('-')
        .and_then(|(year, month)| Period::month(year.parse().ok()?, month.parse().ok()?))
        .ok_or_else(|| Error::InvalidField {
            field: "month".to_owned(),
            message: crate::words::word("errors-field-clients-month"),
        })
}

/// The statement of a client's top-ups over `period` (days in the person's zone), with the
/// agency's name and logo from Settings, in Callboard's current language.
pub fn statement(callboard: &Callboard, client_id: i32, period: Period) -> Result<Statement> {
    let client = book::get(callboard.database(), client_id)?;
    let zone = time_zone(callboard);
    let settings = callboard.settings();
    let agency_logo = settings
        .agency_logo_path
        .as_deref()
        .map(|path| {
            std::fs::read(path).map_err(|error| Error::InvalidField {
                field: "agency_logo_path".to_owned(),
                message: Words::new("errors-field-clients-logo-unreadable")
                    .arg("path", path)
                    .arg("error", error.to_string())
                    .text(),
            })
        })
        .transpose()?;
    let lines = top_ups(callboard, &client, Some(utc_range(period, zone)))?
        .into_iter()
        .map(statement_line)
        .collect();
    Ok(Statement {
        agency_name: settings.agency_name,
        agency_logo,
        workspaces: [client.workspace_email, client.workspace_id]
            .into_iter()
            .flatten()
            .collect(),
        client_name: client.name,
        period,
        language: Language::from_code(crate::words::current().code()),
        time_zone: zone,
        lines,
    })
}

/// A client's top-ups in a month ("2026-11") of the person's calendar, newest first.
pub fn month_top_ups(
    callboard: &Callboard,
    client_id: i32,
    month: &str,
) -> Result<Vec<StatementTopUp>> {
    let client = book::get(callboard.database(), client_id)?;
    let range = utc_range(month_period(month)?, time_zone(callboard));
    top_ups(callboard, &client, Some(range))
}

/// The period's days in `zone`, as UTC instants: from its first midnight to the midnight
/// after its last day.
fn utc_range(period: Period, zone: Tz) -> (DateTime<Utc>, DateTime<Utc>) {
    let start_of = |date: NaiveDate| {
        zone.from_local_datetime(&date.and_time(NaiveTime::MIN))
            .earliest()
            .map_or_else(
                || date.and_time(NaiveTime::MIN).and_utc(),
                |at| at.with_timezone(&Utc),
            )
    };
    let after = period.to.succ_opt().unwrap_or(period.to);
    (start_of(period.from), start_of(after))
}

/// Writes the statement of a client's month to `destination`: a file path, or a folder
/// where it gets the statement's own name ("statement-north-clinic-2026-11.pdf").
pub fn export(
    callboard: &Callboard,
    client_id: i32,
    month: &str,
    format: StatementFormat,
    destination: &Path,
) -> Result<ExportedFile> {
    let statement = statement(callboard, client_id, month_period(month)?)?;
    let (bytes, extension) = match format {
        StatementFormat::Pdf => (statements::to_pdf(&statement), "pdf"),
        StatementFormat::Csv => (statements::to_csv(&statement), "csv"),
    };
    let bytes = bytes.map_err(|error| match error {
        StatementError::Logo(problem) => Error::InvalidField {
            field: "agency_logo_path".to_owned(),
            message: Words::new("errors-field-clients-logo-unusable")
                .arg("problem", problem)
                .text(),
        },
        other => Error::Storage(other.to_string()),
    })?;
    let path = if destination.is_dir() {
        destination.join(statements::file_name(&statement, extension))
    } else {
        destination.to_owned()
    };
    std::fs::write(&path, bytes)
        .map_err(|error| Error::Storage(format!("{}: {error}", path.display())))?;
    Ok(ExportedFile {
        path: path.display().to_string(),
        rows: u32::try_from(statement.lines.len()).unwrap_or(u32::MAX),
    })
}

fn statement_line(top_up: StatementTopUp) -> StatementLine {
    StatementLine {
        at: DateTime::parse_from_rfc3339(&top_up.at)
            .map(|at| at.with_timezone(&Utc))
            .unwrap_or_default(),
        workspace: top_up.workspace,
        kind: match top_up.kind {
            TopUpKind::Credits => statements::TopUpKind::Credits,
            TopUpKind::Minutes => statements::TopUpKind::Minutes,
        },
        amount: top_up.amount,
        reference: top_up.reference,
        sent_by: top_up.sent_by,
        from_account: top_up.account_name,
        outcome: match top_up.state {
            ActionState::Succeeded => LineOutcome::Done,
            ActionState::Failed => LineOutcome::Refused {
                reason: top_up.reason.unwrap_or_default(),
            },
            ActionState::Pending | ActionState::Unknown => LineOutcome::Unknown,
        },
        action_key: top_up.action_key,
    }
}
