//! One history of everything: the local journal (every action sent from a screen), the rows
//! of bulk runs, and the call log of every connected Awaz account, in one list with one
//! vocabulary of outcomes ([`crate::outcome`]), filtered, counted, charted by day and exported.
//!
//! The list lives in the database (see [`schema`]): SQLite triggers keep one `history_entries`
//! row per thing shown, so filtering, sorting, the exact count and the chart's days are SQL on
//! indexed columns (counts and the chart add up per-day buckets, see [`days`]), text search is
//! FTS5, and the screen reads pages by cursor as it scrolls.
//!
//! Awaz's call log gives no time, so a call keeps the time Callboard knows for it: when it was
//! scheduled from Callboard, else when Callboard first saw it in the log. A call that Callboard
//! scheduled shows once, with the log's fresher status. Logs are read (at most 10 pages of 20
//! calls each, reused for 30 seconds) when History asks for a page, and what was read is stored
//! so it pages, filters and counts with the rest.

mod awaz_log;
mod days;
mod entries;
mod matches;
mod schema;
pub mod seed;

use std::path::Path;

use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;
use strum::{EnumString, IntoStaticStr};

use crate::awaz_actions::{write_export, ExportedFile};
use crate::endpoints::Platform;
use crate::journal::ActionKind;
use crate::outcome::OutcomeGroup;
use crate::service::Callboard;
use crate::when;
use crate::{Error, Result};

pub use awaz_log::History;
pub(crate) use days::SCHEMA as DAYS;
pub use entries::Entries;
pub(crate) use matches::{NAMES_OUT_OF_SEARCH, SEARCH_INDEXES};
pub(crate) use schema::{register_functions, SCHEMA, UNCHANGED_ENTRIES_KEPT};

/// Rows in one page of the list.
pub const PAGE_SIZE: u32 = 200;

#[derive(Debug, Clone, Default, Serialize, Deserialize, Type)]
#[serde(default)]
pub struct HistoryQuery {
    /// Empty = both.
    pub platforms: Vec<Platform>,
    pub account_id: Option<String>,
    /// Empty = every outcome.
    pub outcomes: Vec<OutcomeGroup>,
    /// First day shown, `YYYY-MM-DD`, in Settings' time zone.
    pub from: Option<String>,
    /// Last day shown, included.
    pub to: Option<String>,
    /// Every word must start a word of the title (names, phones), the account's name, the
    /// subject (workspace email, lead id), the details, or be the start of a phone number
    /// written any usual way ("06 12 34", "+33 6 12", "612345678"). Any case and accents.
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type, IntoStaticStr, EnumString)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum HistoryKind {
    Call,
    Lead,
    TopUp,
    Contact,
    Webhook,
    ApiKey,
    Cancel,
}

impl HistoryKind {
    pub fn of_action(kind: ActionKind) -> HistoryKind {
        match kind {
            ActionKind::GetVocalLead => HistoryKind::Lead,
            ActionKind::GetVocalCall | ActionKind::AwazCall => HistoryKind::Call,
            ActionKind::GetVocalCancelCalls => HistoryKind::Cancel,
            ActionKind::GetVocalApiKey => HistoryKind::ApiKey,
            ActionKind::AwazContact => HistoryKind::Contact,
            ActionKind::AwazCredits | ActionKind::AwazMinutes => HistoryKind::TopUp,
            ActionKind::AwazWebhook => HistoryKind::Webhook,
        }
    }

    /// The word stored in the database.
    pub fn text(self) -> &'static str {
        self.into()
    }

    fn words(self) -> String {
        crate::words::word(match self {
            HistoryKind::Call => "exports-kind-call",
            HistoryKind::Lead => "exports-kind-lead",
            HistoryKind::TopUp => "exports-kind-top-up",
            HistoryKind::Contact => "exports-kind-contact",
            HistoryKind::Webhook => "exports-kind-webhook",
            HistoryKind::ApiKey => "exports-kind-api-key",
            HistoryKind::Cancel => "exports-kind-cancel",
        })
    }
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
    /// What the person sees: the group of [`HistoryRow::status`].
    pub outcome: OutcomeGroup,
    /// The platform's own word (scheduled, in_queue, pickup, busy, completed, voicemail,
    /// failed, canceled, outcome…) or Callboard's for its request (done, failed, unknown,
    /// pending), shown one click away.
    pub status: String,
    /// Plain words, e.g. "Call to Marie Dupont (+33612345678)".
    pub title: String,
    pub detail: Option<String>,
}

#[derive(Debug, Clone, Serialize, Type)]
pub struct HistoryPage {
    pub rows: Vec<HistoryRow>,
    /// Every entry matching the query, counted exactly; only on the first page (without
    /// `after`), the screen keeps it while it scrolls.
    pub total: Option<u32>,
    /// Pass as `after` for the next page; none after the last.
    pub next: Option<String>,
    pub awaz_pages_loaded: u32,
    /// False when an Awaz call log was cut at 10 pages or could not be read.
    pub complete: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct OutcomeCount {
    pub outcome: OutcomeGroup,
    pub count: u32,
}

/// Calls of one day (in Settings' time zone), by outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct ChartBucket {
    pub day: String,
    pub counts: Vec<OutcomeCount>,
}

/// A query with its days turned into instants, ready for SQL.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub query: HistoryQuery,
    pub zone: Tz,
    /// Milliseconds since 1970: the first day's midnight and the midnight after the last day.
    pub from: Option<i64>,
    pub until: Option<i64>,
}

impl Resolved {
    /// Refuses a day that is not written as `YYYY-MM-DD`, on its field.
    pub fn new(query: &HistoryQuery, zone: Tz) -> Result<Resolved> {
        Ok(Resolved {
            from: day_start(query.from.as_deref(), "from", zone, 0)?,
            until: day_start(query.to.as_deref(), "to", zone, 1)?,
            query: query.clone(),
            zone,
        })
    }

    /// The search index's phrase for each word typed, if any.
    fn words(&self) -> Option<Vec<String>> {
        self.query.text.as_deref().and_then(entries::search_words)
    }
}

/// An outcome group's label in a CSV cell.
fn outcome_words(group: OutcomeGroup) -> String {
    crate::words::word(match group {
        OutcomeGroup::Upcoming => "exports-group-upcoming",
        OutcomeGroup::Reached => "exports-group-reached",
        OutcomeGroup::NotReached => "exports-group-not-reached",
        OutcomeGroup::Failed => "exports-group-failed",
        OutcomeGroup::Cancelled => "exports-group-cancelled",
        OutcomeGroup::NeedsCheck => "exports-group-needs-check",
        OutcomeGroup::Pending => "exports-group-pending",
        OutcomeGroup::Done => "exports-group-done",
        OutcomeGroup::Refused => "exports-group-refused",
    })
}

/// Writes every row the query shows to `<folder>/callboard-history-….csv`, reading them a page
/// at a time so the database stays free for the journal meanwhile.
pub fn export(entries: &Entries, query: &Resolved, folder: &Path) -> Result<ExportedFile> {
    const EXPORT_PAGE: u32 = 5_000;
    let count = entries.count(query)? as usize;
    let headers = crate::words::each(&[
        "exports-when-utc",
        "exports-platform",
        "exports-account",
        "exports-what",
        "exports-outcome",
        "exports-status",
        "exports-title",
        "exports-details",
    ]);
    let mut failure = None;
    let mut buffered = Vec::new().into_iter();
    let mut after: Option<String> = None;
    let mut finished = false;
    let rows = std::iter::from_fn(|| loop {
        if let Some(row) = buffered.next() {
            return Some(row);
        }
        if finished {
            return None;
        }
        match entries.page(query, after.as_deref(), EXPORT_PAGE) {
            Ok((rows, next)) => {
                finished = next.is_none();
                after = next;
                buffered = rows.into_iter();
            }
            Err(error) => {
                failure = Some(error);
                return None;
            }
        }
    })
    .take(count)
    .map(|row: HistoryRow| {
        vec![
            row.when,
            row.platform.display_name().to_owned(),
            row.account_name,
            row.kind.words(),
            outcome_words(row.outcome),
            row.status,
            row.title,
            row.detail.unwrap_or_default(),
        ]
    });
    let exported = write_export(folder, "history", &headers, rows, count)?;
    match failure {
        Some(error) => Err(error),
        None => Ok(exported),
    }
}

/// Settings' time zone (this computer's when unset).
pub fn zone_of(callboard: &Callboard) -> Tz {
    callboard
        .settings()
        .preferences
        .time_zone
        .unwrap_or_else(when::local_zone)
        .parse()
        .unwrap_or(Tz::UTC)
}

/// Midnight (in `zone`) of the day written in `text`, plus `days_after` days, in milliseconds.
fn day_start(text: Option<&str>, field: &str, zone: Tz, days_after: u64) -> Result<Option<i64>> {
    let Some(text) = text.map(str::trim).filter(|text| !text.is_empty()) else {
        return Ok(None);
    };
    let day = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .and_then(|day| day.checked_add_days(Days::new(days_after)))
        .ok_or_else(|| Error::InvalidField {
            field: field.to_owned(),
            message: crate::words::word("errors-field-history-day"),
        })?;
    Ok(Some(midnight(zone, day).timestamp_millis()))
}

/// When `day` begins in `zone`: midnight, or the first hour after it where a clock change
/// skips midnight.
pub(crate) fn midnight(zone: Tz, day: NaiveDate) -> DateTime<Utc> {
    let start = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    (0..=2)
        .find_map(|hours| {
            zone.from_local_datetime(&(start + chrono::Duration::hours(hours)))
                .earliest()
        })
        .map_or_else(
            || Utc.from_utc_datetime(&start),
            |moment| moment.with_timezone(&Utc),
        )
}

fn stamp(millis: i64) -> String {
    DateTime::<Utc>::from_timestamp_millis(millis)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
