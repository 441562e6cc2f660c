//! One history of everything: the local journal (every action sent from a screen), the rows
//! of bulk runs, and the call log of every connected Awaz account, merged into one list with
//! plain statuses, filtered, charted by day and exported to CSV.
//!
//! Awaz's call log gives no time, so a call keeps the time Callboard knows for it: when it was
//! scheduled from Callboard, else when Callboard first saw it in the log (remembered in the
//! journal's file). A call that Callboard scheduled shows once, with the log's fresher status.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use specta::Type;

use crate::accounts::AccountStatus;
use crate::awaz_actions::{write_export, ExportedFile};
use crate::bulk::{BulkRuns, JobRow, Status, Step};
use crate::endpoints::Platform;
use crate::journal::{ActionKind, ActionQuery, ActionRecord, ActionState};
use crate::service::Callboard;
use crate::when;
use crate::{Error, Result};

/// Pages of each Awaz call log read at most (20 calls a page).
const MAX_AWAZ_PAGES: u32 = 10;
/// How long a read call log is reused.
const CACHE_FOR: Duration = Duration::from_secs(30);
/// Rows answered at most, newest (or oldest) first.
const MAX_ROWS: usize = 10_000;

#[derive(Debug, Clone, Default, Serialize, Deserialize, Type)]
#[serde(default)]
pub struct HistoryQuery {
    /// Empty = both.
    pub platforms: Vec<Platform>,
    pub account_id: Option<String>,
    /// Plain statuses (see [`HistoryRow::status`]); empty = all.
    pub statuses: Vec<String>,
    /// First day shown, `YYYY-MM-DD`, in Settings' time zone.
    pub from: Option<String>,
    /// Last day shown, included.
    pub to: Option<String>,
    /// Found in the title, the details, the account's name or the status (any case).
    pub text: Option<String>,
    pub sort: Sort,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    #[default]
    Newest,
    Oldest,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum HistoryKind {
    Call,
    Lead,
    TopUp,
    Contact,
    Webhook,
    ApiKey,
    Cancel,
}

#[derive(Debug, Clone, Serialize, Type)]
pub struct HistoryRow {
    /// Stable and unique: "journal:12", "bulk:3:14:call", "awaz:<account>:<call id>".
    pub key: String,
    /// RFC 3339 UTC: when a call is (or was) placed; when anything else was sent.
    pub when: String,
    pub platform: Platform,
    pub account_name: String,
    pub kind: HistoryKind,
    /// scheduled, in_queue, pickup, busy, completed, voicemail, failed, canceled, outcome,
    /// done, unknown or pending.
    pub status: String,
    /// Plain words, e.g. "Call to Marie Dupont (+33612345678)".
    pub title: String,
    pub detail: Option<String>,
}

#[derive(Debug, Clone, Serialize, Type)]
pub struct HistoryPage {
    pub rows: Vec<HistoryRow>,
    pub awaz_pages_loaded: u32,
    /// False when an Awaz call log was cut at 10 pages or could not be read, or rows were
    /// left out past 10,000.
    pub complete: bool,
}

#[derive(Debug, Clone, Serialize, Type)]
pub struct StatusCount {
    pub status: String,
    pub count: u32,
}

/// Calls of one day, by status.
#[derive(Debug, Clone, Serialize, Type)]
pub struct ChartBucket {
    pub day: String,
    pub counts: Vec<StatusCount>,
}

#[derive(Clone)]
struct CachedLog {
    read_at: Instant,
    calls: Vec<awaz::Call>,
    pages: u32,
    complete: bool,
}

/// The history's memory of recently read Awaz call logs (managed state of the shell).
#[derive(Default)]
pub struct History {
    logs: Mutex<HashMap<String, CachedLog>>,
}

/// A merged row before filtering, with its time as an instant.
struct Entry {
    when: DateTime<Utc>,
    account_id: String,
    row: HistoryRow,
}

impl History {
    pub async fn page(
        &self,
        callboard: &Callboard,
        bulk: &BulkRuns,
        query: &HistoryQuery,
    ) -> Result<HistoryPage> {
        let (mut entries, pages, complete) = self.merged(callboard, bulk, query).await?;
        let cut = entries.len() > MAX_ROWS;
        entries.truncate(MAX_ROWS);
        Ok(HistoryPage {
            rows: entries.into_iter().map(|entry| entry.row).collect(),
            awaz_pages_loaded: pages,
            complete: complete && !cut,
        })
    }

    /// Calls only, by day (in Settings' zone) and status, oldest day first.
    pub async fn chart(
        &self,
        callboard: &Callboard,
        bulk: &BulkRuns,
        query: &HistoryQuery,
    ) -> Result<Vec<ChartBucket>> {
        let zone = zone_of(callboard);
        let (entries, _, _) = self.merged(callboard, bulk, query).await?;
        let mut days: BTreeMap<String, BTreeMap<String, u32>> = BTreeMap::new();
        for entry in entries.iter().filter(|e| e.row.kind == HistoryKind::Call) {
            let day = entry
                .when
                .with_timezone(&zone)
                .format("%Y-%m-%d")
                .to_string();
            *days
                .entry(day)
                .or_default()
                .entry(entry.row.status.clone())
                .or_default() += 1;
        }
        Ok(days
            .into_iter()
            .map(|(day, counts)| ChartBucket {
                day,
                counts: counts
                    .into_iter()
                    .map(|(status, count)| StatusCount { status, count })
                    .collect(),
            })
            .collect())
    }

    /// Writes the rows the query shows to `<folder>/callboard-history-….csv`.
    pub async fn export(
        &self,
        callboard: &Callboard,
        bulk: &BulkRuns,
        query: &HistoryQuery,
        folder: &Path,
    ) -> Result<ExportedFile> {
        let page = self.page(callboard, bulk, query).await?;
        let headers = [
            "When (UTC)",
            "Platform",
            "Account",
            "What",
            "Status",
            "Title",
            "Details",
        ];
        let count = page.rows.len();
        let rows = page.rows.into_iter().map(|row| {
            vec![
                row.when,
                row.platform.display_name().to_owned(),
                row.account_name,
                kind_word(row.kind).to_owned(),
                row.status,
                row.title,
                row.detail.unwrap_or_default(),
            ]
        });
        write_export(folder, "history", &headers, rows, count)
    }

    /// Every source merged, filtered and sorted; with the Awaz pages read and whether every
    /// log was read whole.
    async fn merged(
        &self,
        callboard: &Callboard,
        bulk: &BulkRuns,
        query: &HistoryQuery,
    ) -> Result<(Vec<Entry>, u32, bool)> {
        let zone = zone_of(callboard);
        let from = day_start(query.from.as_deref(), "from", zone, 0)?;
        let until = day_start(query.to.as_deref(), "to", zone, 1)?;

        let mut entries: Vec<Entry> = Vec::new();
        // Awaz calls Callboard scheduled, by (account, call id) → index in `entries`.
        let mut awaz_calls: HashMap<(String, String), usize> = HashMap::new();
        for record in callboard.journal().list(&ActionQuery::default())? {
            let call_id = awaz_call_id(&record);
            let account_id = record.account_id.clone();
            entries.push(journal_entry(record));
            if let Some(call_id) = call_id {
                awaz_calls.insert((account_id, call_id), entries.len() - 1);
            }
        }
        for job_row in bulk.store().all_rows()? {
            for entry in bulk_entries(&job_row) {
                let call_id = job_row.row.call_id.clone();
                let is_awaz_call =
                    entry.row.kind == HistoryKind::Call && entry.row.platform == Platform::Awaz;
                entries.push(entry);
                if let (true, Some(call_id)) = (is_awaz_call, call_id) {
                    awaz_calls.insert((job_row.job.account_id.clone(), call_id), entries.len() - 1);
                }
            }
        }

        let mut pages = 0;
        let mut complete = true;
        let wants_awaz = query.platforms.is_empty() || query.platforms.contains(&Platform::Awaz);
        let accounts = callboard.accounts().into_iter().filter(|account| {
            wants_awaz
                && account.platform == Platform::Awaz
                && account.status == AccountStatus::Connected
                && query.account_id.as_ref().is_none_or(|id| *id == account.id)
        });
        for account in accounts {
            let Ok(log) = self.call_log(callboard, &account.id).await else {
                complete = false;
                continue;
            };
            pages += log.pages;
            complete &= log.complete;
            let ids: Vec<String> = log.calls.iter().map(|call| call.id.clone()).collect();
            let seen = bulk.store().first_seen(&account.id, &ids)?;
            for call in log.calls {
                let status = status_word(&call.status);
                let detail = variables(&call);
                match awaz_calls.get(&(account.id.clone(), call.id.clone())) {
                    Some(&index) => {
                        entries[index].row.status = status;
                        if detail.is_some() {
                            entries[index].row.detail = detail;
                        }
                    }
                    None => {
                        let when = seen
                            .get(&call.id)
                            .and_then(|text| parse_time(text))
                            .unwrap_or_else(Utc::now);
                        entries.push(Entry {
                            when,
                            account_id: account.id.clone(),
                            row: HistoryRow {
                                key: format!("awaz:{}:{}", account.id, call.id),
                                when: stamp(when),
                                platform: Platform::Awaz,
                                account_name: account.name.clone(),
                                kind: HistoryKind::Call,
                                status,
                                title: call_title(&call.contact.name, &call.contact.phone),
                                detail,
                            },
                        });
                    }
                }
            }
        }

        let text = query
            .text
            .as_deref()
            .map(str::trim)
            .filter(|text| !text.is_empty())
            .map(str::to_lowercase);
        entries.retain(|entry| {
            let row = &entry.row;
            (query.platforms.is_empty() || query.platforms.contains(&row.platform))
                && query
                    .account_id
                    .as_ref()
                    .is_none_or(|id| *id == entry.account_id)
                && (query.statuses.is_empty() || query.statuses.contains(&row.status))
                && from.is_none_or(|from| entry.when >= from)
                && until.is_none_or(|until| entry.when < until)
                && text.as_ref().is_none_or(|text| {
                    [
                        row.title.as_str(),
                        row.detail.as_deref().unwrap_or(""),
                        row.account_name.as_str(),
                        row.status.as_str(),
                    ]
                    .iter()
                    .any(|field| field.to_lowercase().contains(text))
                })
        });
        entries.sort_by(|a, b| match query.sort {
            Sort::Newest => b.when.cmp(&a.when).then_with(|| b.row.key.cmp(&a.row.key)),
            Sort::Oldest => a.when.cmp(&b.when).then_with(|| a.row.key.cmp(&b.row.key)),
        });
        Ok((entries, pages, complete))
    }

    /// The account's call log, newest first: until its last page or 10 pages, read again
    /// after 30 seconds.
    async fn call_log(&self, callboard: &Callboard, account_id: &str) -> Result<CachedLog> {
        let cached = self.lock().get(account_id).cloned();
        if let Some(log) = cached.filter(|log| log.read_at.elapsed() < CACHE_FOR) {
            return Ok(log);
        }
        let client = callboard.awaz(account_id).await?.client;
        let mut calls = Vec::new();
        let mut complete = false;
        let mut pages = 0;
        while pages < MAX_AWAZ_PAGES {
            let page = client
                .list_calls(pages)
                .await
                .map_err(|error| callboard.check_sign_in(account_id, error.into()))?;
            pages += 1;
            calls.extend(page.items);
            if page.is_last {
                complete = true;
                break;
            }
        }
        let log = CachedLog {
            read_at: Instant::now(),
            calls,
            pages,
            complete,
        };
        self.lock().insert(account_id.to_owned(), log.clone());
        Ok(log)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, CachedLog>> {
        self.logs.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn journal_entry(record: ActionRecord) -> Entry {
    let kind = match record.kind {
        ActionKind::GetVocalLead => HistoryKind::Lead,
        ActionKind::GetVocalCall | ActionKind::AwazCall => HistoryKind::Call,
        ActionKind::GetVocalCancelCalls => HistoryKind::Cancel,
        ActionKind::GetVocalApiKey => HistoryKind::ApiKey,
        ActionKind::AwazContact => HistoryKind::Contact,
        ActionKind::AwazCredits | ActionKind::AwazMinutes => HistoryKind::TopUp,
        ActionKind::AwazWebhook => HistoryKind::Webhook,
    };
    let request: Value = serde_json::from_str(&record.request).unwrap_or(Value::Null);
    let response: Value = record
        .response
        .as_deref()
        .and_then(|text| serde_json::from_str(text).ok())
        .unwrap_or(Value::Null);
    let status = match record.state {
        ActionState::Succeeded if kind == HistoryKind::Call => {
            // GetVocal keeps `{call: {call_status}}`, Awaz the call itself.
            let word = response["call"]["call_status"]
                .as_str()
                .or(response["status"].as_str());
            word.unwrap_or("scheduled").to_owned()
        }
        ActionState::Succeeded => "done".to_owned(),
        ActionState::Failed => "failed".to_owned(),
        ActionState::Unknown => "unknown".to_owned(),
        ActionState::Pending => "pending".to_owned(),
    };
    let created = parse_time(&record.created_at).unwrap_or_else(Utc::now);
    // A call's time is when it is placed: GetVocal's `schedule`, Awaz's `datetime`.
    let when = match kind {
        HistoryKind::Call => request["schedule"]
            .as_str()
            .or(request["datetime"].as_str())
            .and_then(parse_time)
            .unwrap_or(created),
        _ => created,
    };
    Entry {
        when,
        account_id: record.account_id,
        row: HistoryRow {
            key: format!("journal:{}", record.id),
            when: stamp(when),
            platform: record.platform,
            account_name: record.account_name,
            kind,
            status,
            title: record.summary,
            detail: record.error,
        },
    }
}

/// The Awaz call id a succeeded call action got back.
fn awaz_call_id(record: &ActionRecord) -> Option<String> {
    if record.kind != ActionKind::AwazCall || record.state != ActionState::Succeeded {
        return None;
    }
    let response: Value = serde_json::from_str(record.response.as_deref()?).ok()?;
    response["id"].as_str().map(str::to_owned)
}

/// A bulk row's lead or contact, and its call when the run places calls.
fn bulk_entries(job_row: &JobRow) -> Vec<Entry> {
    let JobRow { job, row } = job_row;
    let started = parse_time(&job.created_at).unwrap_or_else(Utc::now);
    let who = if row.name.trim().is_empty() {
        row.phone.clone()
    } else {
        format!("{} ({})", row.name.trim(), row.phone)
    };
    let state_word = |status: Status| match status {
        Status::Done => "done",
        Status::Failed => "failed",
        Status::Unknown | Status::NeedsCheck => "unknown",
        Status::Waiting | Status::Sending => "pending",
    };
    let (record_kind, record_title) = match job.platform {
        Platform::GetVocal => (HistoryKind::Lead, format!("Create the lead {who}")),
        Platform::Awaz => (HistoryKind::Contact, format!("Save contact {who}")),
    };
    let record_done = row.step == Step::Call || row.status == Status::Done;
    let mut entries = vec![Entry {
        when: started,
        account_id: job.account_id.clone(),
        row: HistoryRow {
            key: format!("bulk:{}:{}:record", job.id, row.line),
            when: stamp(started),
            platform: job.platform,
            account_name: job.account_name.clone(),
            kind: record_kind,
            status: if record_done {
                "done"
            } else {
                state_word(row.status)
            }
            .to_owned(),
            title: record_title,
            detail: if record_done {
                None
            } else {
                row.reason.clone()
            },
        },
    }];
    if job.calls.is_some() && row.step == Step::Call {
        let when = row.call_at.unwrap_or(started);
        let status = match (row.status, &row.call_status) {
            (Status::Done, Some(word)) => word.clone(),
            (Status::Done, None) => "scheduled".to_owned(),
            (status, _) => state_word(status).to_owned(),
        };
        entries.push(Entry {
            when,
            account_id: job.account_id.clone(),
            row: HistoryRow {
                key: format!("bulk:{}:{}:call", job.id, row.line),
                when: stamp(when),
                platform: job.platform,
                account_name: job.account_name.clone(),
                kind: HistoryKind::Call,
                status,
                title: call_title(&row.name, &row.phone),
                detail: row.reason.clone(),
            },
        });
    }
    entries
}

fn call_title(name: &str, phone: &str) -> String {
    if name.trim().is_empty() {
        format!("Call to {phone}")
    } else {
        format!("Call to {} ({phone})", name.trim())
    }
}

/// "appointment_date: 2026-11-03, interested: true"
fn variables(call: &awaz::Call) -> Option<String> {
    let words: Vec<String> = call
        .extracted_variables
        .iter()
        .map(|(name, value)| match value {
            Value::String(text) => format!("{name}: {text}"),
            other => format!("{name}: {other}"),
        })
        .collect();
    (!words.is_empty()).then(|| words.join(", "))
}

fn status_word(status: &awaz::CallStatus) -> String {
    match serde_json::to_value(status) {
        Ok(Value::String(word)) => word,
        _ => "unknown".to_owned(),
    }
}

fn kind_word(kind: HistoryKind) -> &'static str {
    match kind {
        HistoryKind::Call => "Call",
        HistoryKind::Lead => "Lead",
        HistoryKind::TopUp => "Top-up",
        HistoryKind::Contact => "Contact",
        HistoryKind::Webhook => "Webhook",
        HistoryKind::ApiKey => "API key",
        HistoryKind::Cancel => "Cancelled calls",
    }
}

fn zone_of(callboard: &Callboard) -> Tz {
    callboard
        .settings()
        .preferences
        .time_zone
        .unwrap_or_else(when::local_zone)
        .parse()
        .unwrap_or(Tz::UTC)
}

/// Midnight (in `zone`) of the day written in `text`, plus `days_after` days.
fn day_start(
    text: Option<&str>,
    field: &str,
    zone: Tz,
    days_after: u64,
) -> Result<Option<DateTime<Utc>>> {
    let Some(text) = text.map(str::trim).filter(|text| !text.is_empty()) else {
        return Ok(None);
    };
    let day = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .and_then(|day| day.checked_add_days(Days::new(days_after)))
        .ok_or_else(|| Error::InvalidField {
            field: field.to_owned(),
            message: "Write the day as year-month-day, for example 2026-11-24.".to_owned(),
        })?;
    let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    Ok(Some(
        zone.from_local_datetime(&midnight).earliest().map_or_else(
            || Utc.from_utc_datetime(&midnight),
            |start| start.with_timezone(&Utc),
        ),
    ))
}

fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|moment| moment.with_timezone(&Utc))
}

fn stamp(moment: DateTime<Utc>) -> String {
    moment.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
