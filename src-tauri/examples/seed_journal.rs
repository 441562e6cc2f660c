//! Fills an app data folder's journal with `ROWS` finished actions spread over the last year,
//! through the history's seeding API (`callboard::history::seed`, the schema and indexes the
//! app itself uses), for the startup and memory benchmark (scripts/bench-startup.sh).
//!
//! Usage: seed_journal DATA_FOLDER ROWS

use std::path::PathBuf;

use callboard::history::seed::{self, SeedAction};
use callboard::journal::{ActionKind, ActionState};
use callboard::Database;
use chrono::{Duration, Utc};
use serde_json::json;

const ACCOUNTS: [(&str, &str); 4] = [
    ("seed-getvocal-1", "North clinics – GetVocal"),
    ("seed-getvocal-2", "South clinics – GetVocal"),
    ("seed-awaz-1", "North clinics – Awaz"),
    ("seed-awaz-2", "Retail – Awaz"),
];
const NAMES: [&str; 8] = [
    "Ana Lima",
    "Bruno Costa",
    "Chloé Martin",
    "Dmitri Ivanov",
    "Emma Schulz",
    "Farid Haddad",
    "Grace Okafor",
    "Hugo Moreau",
];
const YEAR_IN_SECONDS: i64 = 365 * 24 * 3600;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut arguments = std::env::args().skip(1);
    let (Some(folder), Some(rows)) = (arguments.next(), arguments.next()) else {
        return Err("usage: seed_journal DATA_FOLDER ROWS".into());
    };
    let folder = PathBuf::from(folder);
    let rows: i64 = rows.parse()?;
    std::fs::create_dir_all(&folder)?;
    let database = Database::open(&folder.join(callboard::service::JOURNAL_FILE))?;
    seed::journal(&database, (0..rows).map(|row| action(row, rows)))?;
    Ok(())
}

/// Calls most of all, then leads and contacts, spread over the accounts, people and the year;
/// mostly done, some refused, a few never answered.
fn action(row: i64, rows: i64) -> SeedAction {
    let name = NAMES[(row % 8) as usize];
    let phone = format!("+336{:08}", row % 100_000_000);
    let account = |platform_offset: usize| ACCOUNTS[platform_offset + (row / 10 % 2) as usize];
    let (kind, account) = match row % 10 {
        0..=3 => (ActionKind::GetVocalCall, account(0)),
        4..=6 => (ActionKind::AwazCall, account(2)),
        7 | 8 => (ActionKind::GetVocalLead, account(0)),
        _ => (ActionKind::AwazContact, account(2)),
    };
    let summary = match kind {
        ActionKind::GetVocalLead | ActionKind::AwazContact => format!("Add {name} ({phone})"),
        _ => format!("Call {name} on {phone}"),
    };
    let (state, response, error) = match row % 50 {
        0..=44 => (ActionState::Succeeded, Some(json!({ "id": row })), None),
        45..=48 => (
            ActionState::Failed,
            None,
            Some("The number is not reachable.".to_owned()),
        ),
        _ => (
            ActionState::Unknown,
            None,
            Some("No answer came back in time.".to_owned()),
        ),
    };
    SeedAction {
        kind,
        account_id: account.0.to_owned(),
        account_name: account.1.to_owned(),
        summary,
        subject: Some(phone.clone()),
        request: json!({ "name": name, "phone": phone }),
        state,
        response,
        error,
        created_at: Utc::now() - Duration::seconds(YEAR_IN_SECONDS * (rows - row) / rows),
    }
}
