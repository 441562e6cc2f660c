//! The local journal of every action Callboard sends on someone's behalf (leads, calls,
//! top-ups…), in SQLite. Each action is written before its request leaves and completed after
//! its answer, so a crash or a lost answer is never mistaken for "nothing happened", and an
//! action key makes a repeated click a no-op.

use std::future::Future;
use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use specta::Type;
use strum::{EnumString, IntoStaticStr};
use tokio::sync::watch;

use crate::endpoints::Platform;
use crate::store::{now, read_text, storage, timestamp, Database, Text};
use crate::words;
use crate::words::{Language, Words};
use crate::write_path::{write_once, Written};
use crate::{Error, Result};

/// The `actions` table: the store's first migration step (see `store::MIGRATIONS`).
pub const SCHEMA: &str = r#"
    CREATE TABLE actions (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        action_key   TEXT NOT NULL UNIQUE,
        kind         TEXT NOT NULL,
        platform     TEXT NOT NULL,
        account_id   TEXT NOT NULL,
        account_name TEXT NOT NULL,
        summary      TEXT NOT NULL,
        subject      TEXT,
        request      TEXT NOT NULL,
        state        TEXT NOT NULL,
        response     TEXT,
        error        TEXT,
        created_at   TEXT NOT NULL,
        finished_at  TEXT
    );
    CREATE INDEX actions_by_account ON actions (account_id, id);
    CREATE INDEX actions_by_time ON actions (created_at);
"#;

/// A migration step: each summary also kept as its catalogue message and values (JSON of
/// [`Words`]), so it is worded in the language of the moment it is read. The `summary` column
/// keeps the words of the moment it was written: what searches match, and all there is for
/// the rows written before this step.
pub const SUMMARY_WORDS: &str = "ALTER TABLE actions ADD COLUMN summary_words TEXT;";

#[derive(
    Serialize, Deserialize, Type, Clone, Copy, Debug, PartialEq, Eq, IntoStaticStr, EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ActionKind {
    GetVocalLead,
    GetVocalCall,
    GetVocalCancelCalls,
    GetVocalApiKey,
    AwazContact,
    AwazCall,
    AwazCredits,
    AwazMinutes,
    AwazWebhook,
}

impl ActionKind {
    pub fn platform(self) -> Platform {
        match self {
            ActionKind::GetVocalLead
            | ActionKind::GetVocalCall
            | ActionKind::GetVocalCancelCalls
            | ActionKind::GetVocalApiKey => Platform::GetVocal,
            ActionKind::AwazContact
            | ActionKind::AwazCall
            | ActionKind::AwazCredits
            | ActionKind::AwazMinutes
            | ActionKind::AwazWebhook => Platform::Awaz,
        }
    }
}

#[derive(
    Serialize, Deserialize, Type, Clone, Copy, Debug, PartialEq, Eq, IntoStaticStr, EnumString,
)]
#[strum(serialize_all = "snake_case")]
pub enum ActionState {
    /// Sent (or about to be), no answer yet.
    Pending,
    Succeeded,
    Failed,
    /// The request may or may not have been applied: check before retrying.
    Unknown,
}

/// An action about to be sent.
#[derive(Clone, Debug)]
pub struct NewAction {
    /// Made by the window once per confirmed intent; the same key is never sent twice.
    pub action_key: String,
    pub kind: ActionKind,
    pub account_id: String,
    pub account_name: String,
    /// The catalogue's words for it, e.g. "Add 10 credits to north-clinic@callboard.test".
    pub summary: Words,
    /// What people search by: a lead id, a workspace email, a phone number…
    pub subject: Option<String>,
    /// What is sent, without secrets.
    pub request: serde_json::Value,
}

pub enum Begin {
    /// Recorded now with this id: send the request.
    Fresh(i64),
    /// This action key was recorded before: do not send again.
    AlreadyRecorded(Box<ActionRecord>),
    /// An earlier action of the same family on the same subject is still on its way or its
    /// outcome is unknown: nothing was recorded; the person settles that one first.
    Unsettled(Box<ActionRecord>),
}

pub enum Outcome {
    Succeeded(serde_json::Value),
    /// Refused: nothing was applied. A plain-language reason.
    Failed(String),
    /// Sent, but no usable answer came back.
    Unknown(String),
}

#[derive(Serialize, Type, Clone, Debug, PartialEq)]
pub struct ActionRecord {
    #[specta(type = f64)]
    pub id: i64,
    pub action_key: String,
    pub kind: ActionKind,
    pub platform: Platform,
    pub account_id: String,
    pub account_name: String,
    pub summary: String,
    pub subject: Option<String>,
    /// JSON text of what was sent.
    pub request: String,
    pub state: ActionState,
    /// JSON text of the answer, when it succeeded.
    pub response: Option<String>,
    /// Plain-language reason, when it failed or its outcome is unknown.
    pub error: Option<String>,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub finished_at: Option<String>,
}

/// Filters of [`Journal::list`]; every field is optional.
#[derive(Deserialize, Type, Clone, Debug, Default)]
#[serde(default)]
pub struct ActionQuery {
    pub platform: Option<Platform>,
    /// Empty = every kind.
    pub kinds: Vec<ActionKind>,
    pub account_id: Option<String>,
    /// Found in the summary, the subject or the account name (any case).
    pub text: Option<String>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
    pub limit: Option<u32>,
}

/// The `actions` table of the store.
pub struct Journal {
    database: Database,
    /// The last action whose outcome was recorded or settled, for the window to follow.
    recorded: watch::Sender<Option<ActionRecord>>,
}

impl Journal {
    pub fn new(database: Database) -> Journal {
        Journal {
            database,
            recorded: watch::Sender::new(None),
        }
    }

    /// Changes each time an action's outcome is recorded or settled (a top-up's answer, a call
    /// placed, an unknown outcome checked), so the window can show it without asking again.
    pub fn recorded(&self) -> watch::Receiver<Option<ActionRecord>> {
        self.recorded.subscribe()
    }

    /// The journal of the store at `path` (tests and tools; the app shares the one `Database`).
    pub fn open(path: &Path) -> Result<Journal> {
        Database::open(path).map(Journal::new)
    }

    pub fn in_memory() -> Result<Journal> {
        Database::in_memory().map(Journal::new)
    }

    fn connection(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.database.connection()
    }

    /// Records the action as pending, before its request is sent.
    pub fn begin(&self, action: NewAction) -> Result<Begin> {
        self.begin_settled_first(action, &[])
    }

    /// [`Journal::begin`], unless an action of one of `family`'s kinds on the same subject
    /// (any case) is pending or unknown under another key. Checked and recorded under one lock,
    /// so two sends at once cannot both pass.
    pub fn begin_settled_first(&self, action: NewAction, family: &[ActionKind]) -> Result<Begin> {
        let request = serde_json::to_string(&action.request).map_err(storage)?;
        let connection = self.connection();
        if let (false, Some(subject)) = (family.is_empty(), &action.subject) {
            let kinds = family
                .iter()
                .map(|kind| format!("'{}'", kind.text()))
                .collect::<Vec<_>>()
                .join(", ");
            let unsettled = connection
                .query_row(
                    &format!(
                        "SELECT {COLUMNS} FROM actions
                         WHERE kind IN ({kinds}) AND lower(subject) = lower(?1)
                           AND state IN (?2, ?3) AND action_key <> ?4
                         ORDER BY id LIMIT 1"
                    ),
                    params![
                        subject,
                        ActionState::Pending.text(),
                        ActionState::Unknown.text(),
                        action.action_key
                    ],
                    read_record,
                )
                .optional()
                .map_err(storage)?;
            if let Some(record) = unsettled {
                return Ok(Begin::Unsettled(Box::new(record)));
            }
        }
        let inserted = connection
            .execute(
                "INSERT INTO actions (action_key, kind, platform, account_id, account_name, summary,
                                      subject, request, state, created_at, summary_words)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                 ON CONFLICT (action_key) DO NOTHING",
                params![
                    action.action_key,
                    action.kind.text(),
                    action.kind.platform().text(),
                    action.account_id,
                    action.account_name,
                    action.summary.text(),
                    action.subject,
                    request,
                    ActionState::Pending.text(),
                    now(),
                    serde_json::to_string(&action.summary).map_err(|error| Error::Storage(error.to_string()))?,
                ],
            )
            .map_err(storage)?;
        if inserted == 1 {
            return Ok(Begin::Fresh(connection.last_insert_rowid()));
        }
        let existing = connection
            .query_row(
                &format!("SELECT {COLUMNS} FROM actions WHERE action_key = ?1"),
                [&action.action_key],
                read_record,
            )
            .map_err(storage)?;
        Ok(Begin::AlreadyRecorded(Box::new(existing)))
    }

    /// Records the answer (or its absence) of a begun action.
    pub fn finish(&self, id: i64, outcome: Outcome) -> Result<ActionRecord> {
        let (state, response, error) = match outcome {
            Outcome::Succeeded(answer) => (
                ActionState::Succeeded,
                Some(serde_json::to_string(&answer).map_err(storage)?),
                None,
            ),
            Outcome::Failed(reason) => (ActionState::Failed, None, Some(reason)),
            Outcome::Unknown(reason) => (ActionState::Unknown, None, Some(reason)),
        };
        let updated = self
            .connection()
            .execute(
                "UPDATE actions SET state = ?1, response = ?2, error = ?3, finished_at = ?4
                 WHERE id = ?5",
                params![state.text(), response, error, now(), id],
            )
            .map_err(storage)?;
        if updated == 0 {
            return Err(Error::Storage(format!("no action {id} in the journal")));
        }
        let record = self
            .get(id)?
            .ok_or_else(|| Error::Storage(format!("no action {id} in the journal")))?;
        self.recorded.send_replace(Some(record.clone()));
        Ok(record)
    }

    /// What the person found when they checked an action whose outcome was unknown: it is
    /// settled as done or as not applied, in their words. Only unknown actions can be settled.
    pub fn settle(&self, id: i64, applied: bool) -> Result<ActionRecord> {
        let (state, note) = if applied {
            (
                ActionState::Succeeded,
                words::word("journal-settled-applied"),
            )
        } else {
            (
                ActionState::Failed,
                words::word("journal-settled-not-applied"),
            )
        };
        let updated = self
            .connection()
            .execute(
                "UPDATE actions SET state = ?1, error = ?2, finished_at = ?3
                 WHERE id = ?4 AND state = ?5",
                params![state.text(), note, now(), id, ActionState::Unknown.text()],
            )
            .map_err(storage)?;
        let record = self
            .get(id)?
            .ok_or_else(|| Error::Storage(format!("no action {id} in the journal")))?;
        if updated == 0 && record.state != state {
            return Err(Error::AlreadySettled {
                record: Box::new(record),
            });
        }
        self.recorded.send_replace(Some(record.clone()));
        Ok(record)
    }

    pub fn get(&self, id: i64) -> Result<Option<ActionRecord>> {
        self.connection()
            .query_row(
                &format!("SELECT {COLUMNS} FROM actions WHERE id = ?1"),
                [id],
                read_record,
            )
            .optional()
            .map_err(storage)
    }

    /// Newest first.
    pub fn list(&self, query: &ActionQuery) -> Result<Vec<ActionRecord>> {
        let mut filter = Filter::default();
        if let Some(platform) = query.platform {
            filter.bind("platform = ?", platform.text().to_owned());
        }
        if !query.kinds.is_empty() {
            // Kinds are our own fixed identifiers, never user text.
            let kinds = query
                .kinds
                .iter()
                .map(|kind| format!("'{}'", kind.text()))
                .collect::<Vec<_>>()
                .join(", ");
            filter.conditions.push(format!("kind IN ({kinds})"));
        }
        if let Some(account_id) = &query.account_id {
            filter.bind("account_id = ?", account_id.clone());
        }
        if let Some(text) = query
            .text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            filter.bind(
                "(instr(lower(summary), ?) > 0 OR instr(lower(coalesce(subject, '')), ?) > 0
                  OR instr(lower(account_name), ?) > 0)",
                text.to_lowercase(),
            );
        }
        if let Some(since) = query.since {
            filter.bind("created_at >= ?", timestamp(since));
        }
        if let Some(until) = query.until {
            filter.bind("created_at < ?", timestamp(until));
        }
        let Filter { conditions, values } = filter;
        let filter = if conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conditions.join(" AND "))
        };
        let limit = query.limit.map(i64::from).unwrap_or(-1);
        let sql = format!("SELECT {COLUMNS} FROM actions {filter} ORDER BY id DESC LIMIT {limit}");
        // On a reader: a list over a year's journal (a client's top-ups, every workspace ever
        // topped up) never holds up an intent.
        let connection = self.database.reader();
        let mut statement = connection.prepare(&sql).map_err(storage)?;
        let records = statement
            .query_map(rusqlite::params_from_iter(values), read_record)
            .map_err(storage)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(storage);
        records
    }

    /// Begin → send → finish in one place; a second call with the same action key never sends
    /// again and returns the record as it stands (whatever its state, pending included: a
    /// double click is the same key).
    ///
    /// Returns `Ok(record)` when the action succeeded now or was recorded before, and
    /// `Err(Error::ActionFailed { record, source })` when this call sent it and it failed
    /// (state `Failed`) or its outcome is unknown (state `Unknown`): `source` is the original
    /// error, so its explanation still points at the right form field. Whether a failure may
    /// have been applied is the provider client's word (`Error::may_have_applied`).
    pub async fn run<T, F>(&self, action: NewAction, send: F) -> Result<ActionRecord>
    where
        F: Future<Output = Result<T>>,
        T: Serialize,
    {
        self.complete(action, &[], send).await
    }

    /// The journal's side of [`write_once`]: the intent is an `actions` row.
    async fn complete<T, F>(
        &self,
        action: NewAction,
        family: &[ActionKind],
        send: F,
    ) -> Result<ActionRecord>
    where
        F: Future<Output = Result<T>>,
        T: Serialize,
    {
        let mut recorded_before = None;
        let intend = || match self.begin_settled_first(action, family)? {
            Begin::Fresh(id) => Ok(Some(id)),
            Begin::AlreadyRecorded(record) => {
                recorded_before = Some(*record);
                Ok(None)
            }
            Begin::Unsettled(record) => Err(Error::UnsettledEarlier { record }),
        };
        let record = |id, written: Written<T>| {
            let failed = |outcome, error: Error| {
                let record = self.finish(id, outcome)?;
                Err(Error::ActionFailed {
                    record: Box::new(record),
                    source: Box::new(error),
                })
            };
            match written {
                Written::Applied(answer) => {
                    let answer = serde_json::to_value(&answer).map_err(storage)?;
                    self.finish(id, Outcome::Succeeded(answer))
                }
                Written::MaybeApplied(error) => {
                    failed(Outcome::Unknown(error.explain().title), error)
                }
                Written::Refused(error) | Written::NotApplied(error) => {
                    failed(Outcome::Failed(error.explain().title), error)
                }
            }
        };
        match write_once(intend, send, record).await? {
            Some(record) => Ok(record),
            None => recorded_before
                .ok_or_else(|| Error::Storage("an action recorded before vanished".to_owned())),
        }
    }

    /// [`Journal::run`] as the screens want it: a repeat of a recorded key returns that record
    /// (with its answer when it succeeded) without sending, and an unknown outcome is an answer,
    /// not an error — only refusals and failures are errors.
    pub async fn send<T, F>(&self, action: NewAction, send: F) -> Result<Sent<T>>
    where
        F: Future<Output = Result<T>>,
        T: Serialize + DeserializeOwned,
    {
        self.send_settled_first(action, &[], send).await
    }

    /// [`Journal::send`], refused while an earlier action of `family` on the same subject is
    /// unsettled (see [`Journal::begin_settled_first`]).
    pub async fn send_settled_first<T, F>(
        &self,
        action: NewAction,
        family: &[ActionKind],
        send: F,
    ) -> Result<Sent<T>>
    where
        F: Future<Output = Result<T>>,
        T: Serialize + DeserializeOwned,
    {
        match self.complete(action, family, send).await {
            Ok(record) => Ok(Sent::from_record(record)),
            Err(Error::ActionFailed { record, .. }) if record.state == ActionState::Unknown => {
                Ok(Sent {
                    record: *record,
                    answer: None,
                })
            }
            Err(error) => Err(error),
        }
    }
}

/// The outcome of a journaled action: the journal record, and the provider's answer when the
/// action succeeded. `answer` is `None` when the outcome is unknown (`record.state`).
#[derive(Debug, Clone, Serialize, Type)]
pub struct Sent<T> {
    pub record: ActionRecord,
    pub answer: Option<T>,
}

impl<T: DeserializeOwned> Sent<T> {
    /// The record with the answer it recorded, when it succeeded.
    pub fn from_record(record: ActionRecord) -> Sent<T> {
        let answer = match record.state {
            ActionState::Succeeded => record
                .response
                .as_deref()
                .and_then(|response| serde_json::from_str(response).ok()),
            _ => None,
        };
        Sent { record, answer }
    }
}

/// SQL conditions and the values bound to their `?`s, numbered as they are added.
#[derive(Default)]
struct Filter {
    conditions: Vec<String>,
    values: Vec<String>,
}

impl Filter {
    fn bind(&mut self, condition: &str, value: String) {
        self.values.push(value);
        let number = format!("?{}", self.values.len());
        self.conditions.push(condition.replace('?', &number));
    }
}

const COLUMNS: &str = "id, action_key, kind, platform, account_id, account_name, summary, subject,
                       request, state, response, error, created_at, finished_at, summary_words";

fn read_record(row: &Row<'_>) -> rusqlite::Result<ActionRecord> {
    let kind: ActionKind = read_text(row, 2)?;
    Ok(ActionRecord {
        id: row.get(0)?,
        action_key: row.get(1)?,
        kind,
        platform: kind.platform(),
        account_id: row.get(4)?,
        account_name: row.get(5)?,
        summary: summary_now(row.get(6)?, row.get(14)?),
        subject: row.get(7)?,
        request: row.get(8)?,
        state: read_text(row, 9)?,
        response: row.get(10)?,
        error: row.get(11)?,
        created_at: row.get(12)?,
        finished_at: row.get(13)?,
    })
}

/// The summary in the current language, from its stored message and values; a row written
/// before they were stored (or whose message no longer parses) keeps its stored words.
fn summary_now(stored: String, words: Option<String>) -> String {
    summary_in(stored, words, words::current())
}

/// [`summary_now`] in `language`.
pub(crate) fn summary_in(stored: String, words: Option<String>, language: Language) -> String {
    words
        .and_then(|json| serde_json::from_str::<Words>(&json).ok())
        .map_or(stored, |words| words.text_in(language))
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use serde_json::json;

    use super::*;

    fn action(key: &str, kind: ActionKind, summary: &str) -> NewAction {
        NewAction {
            action_key: key.to_owned(),
            kind,
            account_id: "acc-1".to_owned(),
            account_name: "Acme – Awaz".to_owned(),
            // Any message will do: what matters here is the text it makes.
            summary: Words::new("journal-getvocal-create-lead").arg("lead", summary),
            subject: Some("north-clinic@callboard.test".to_owned()),
            request: json!({ "credits": 10 }),
        }
    }

    #[test]
    fn begin_then_finish_records_both_halves() {
        let journal = Journal::in_memory().unwrap();
        let Begin::Fresh(id) = journal
            .begin(action("k1", ActionKind::AwazCredits, "Add 10 credits"))
            .unwrap()
        else {
            panic!("a new key must be fresh");
        };
        let pending = journal.get(id).unwrap().unwrap();
        assert_eq!(pending.state, ActionState::Pending);
        assert_eq!(pending.platform, Platform::Awaz);
        assert_eq!(pending.request, r#"{"credits":10}"#);
        assert!(pending.finished_at.is_none());

        let done = journal
            .finish(id, Outcome::Succeeded(json!({ "credits": 130 })))
            .unwrap();
        assert_eq!(done.state, ActionState::Succeeded);
        assert_eq!(done.response.as_deref(), Some(r#"{"credits":130}"#));
        assert!(done.finished_at.is_some());
        assert!(DateTime::parse_from_rfc3339(&done.created_at).is_ok());
    }

    #[test]
    fn followers_hear_of_each_outcome_recorded_or_settled_not_of_a_pending_action() {
        let journal = Journal::in_memory().unwrap();
        let mut recorded = journal.recorded();
        let Begin::Fresh(id) = journal
            .begin(action(
                "k-follow",
                ActionKind::AwazCredits,
                "Add 10 credits",
            ))
            .unwrap()
        else {
            panic!("a new key must be fresh");
        };
        assert!(!recorded.has_changed().unwrap());

        journal
            .finish(id, Outcome::Unknown("no answer".to_owned()))
            .unwrap();
        assert!(recorded.has_changed().unwrap());
        let heard = recorded.borrow_and_update().clone().unwrap();
        assert_eq!((heard.id, heard.state), (id, ActionState::Unknown));

        journal.settle(id, true).unwrap();
        let heard = recorded.borrow_and_update().clone().unwrap();
        assert_eq!((heard.id, heard.state), (id, ActionState::Succeeded));
    }

    #[test]
    fn the_same_key_is_recorded_once() {
        let journal = Journal::in_memory().unwrap();
        journal
            .begin(action("k1", ActionKind::AwazCredits, "first"))
            .unwrap();
        match journal
            .begin(action("k1", ActionKind::AwazCredits, "again"))
            .unwrap()
        {
            Begin::AlreadyRecorded(record) => assert_eq!(record.summary, "Create the lead first"),
            Begin::Fresh(_) | Begin::Unsettled(_) => {
                panic!("a repeated key must not be recorded twice")
            }
        }
        assert_eq!(journal.list(&ActionQuery::default()).unwrap().len(), 1);
    }

    #[tokio::test]
    async fn run_never_sends_a_key_twice_and_keeps_the_original_error() {
        let journal = Journal::in_memory().unwrap();
        let sent = AtomicUsize::new(0);
        let send = || async {
            sent.fetch_add(1, Ordering::SeqCst);
            Ok::<_, Error>(json!({ "ok": true }))
        };
        let first = journal
            .run(action("k1", ActionKind::AwazCall, "Call"), send())
            .await
            .unwrap();
        let second = journal
            .run(action("k1", ActionKind::AwazCall, "Call"), send())
            .await
            .unwrap();
        assert_eq!(sent.load(Ordering::SeqCst), 1);
        assert_eq!(first, second);
        assert_eq!(first.state, ActionState::Succeeded);

        let refused = journal
            .run(action("k2", ActionKind::AwazCall, "Call"), async {
                Err::<(), _>(Error::InvalidField {
                    field: "phone".to_owned(),
                    message: "Not a phone number".to_owned(),
                })
            })
            .await
            .unwrap_err();
        let Error::ActionFailed { record, .. } = &refused else {
            panic!("expected ActionFailed, got {refused:?}");
        };
        assert_eq!(record.state, ActionState::Failed);
        assert_eq!(record.error.as_deref(), Some("Not a phone number"));
        assert_eq!(refused.explain().field.as_deref(), Some("phone"));

        let lost = journal
            .run(action("k3", ActionKind::AwazCredits, "Top up"), async {
                Err::<(), _>(Error::Awaz(awaz::Error::OutcomeUnknown {
                    status: None,
                    message: "timed out".to_owned(),
                    raw: String::new(),
                }))
            })
            .await
            .unwrap_err();
        let Error::ActionFailed { record, .. } = lost else {
            panic!("expected ActionFailed");
        };
        assert_eq!(record.state, ActionState::Unknown);
    }

    #[test]
    fn list_filters_and_orders_newest_first() {
        let journal = Journal::in_memory().unwrap();
        journal
            .begin(action("a", ActionKind::AwazCredits, "Add 10 credits"))
            .unwrap();
        journal
            .begin(action("b", ActionKind::AwazMinutes, "Add 5 minutes"))
            .unwrap();
        let mut lead = action("c", ActionKind::GetVocalLead, "Create lead Ana");
        lead.account_id = "acc-2".to_owned();
        lead.subject = Some("+33612345678".to_owned());
        journal.begin(lead).unwrap();

        let all = journal.list(&ActionQuery::default()).unwrap();
        let keys: Vec<_> = all.iter().map(|r| r.action_key.as_str()).collect();
        assert_eq!(keys, ["c", "b", "a"]);

        let query = |query: ActionQuery| -> Vec<String> {
            journal
                .list(&query)
                .unwrap()
                .into_iter()
                .map(|record| record.action_key)
                .collect()
        };
        assert_eq!(
            query(ActionQuery {
                platform: Some(Platform::GetVocal),
                ..Default::default()
            }),
            ["c"]
        );
        assert_eq!(
            query(ActionQuery {
                kinds: vec![ActionKind::AwazCredits, ActionKind::AwazMinutes],
                ..Default::default()
            }),
            ["b", "a"]
        );
        assert_eq!(
            query(ActionQuery {
                account_id: Some("acc-2".to_owned()),
                ..Default::default()
            }),
            ["c"]
        );
        assert_eq!(
            query(ActionQuery {
                text: Some("MINUTES".to_owned()),
                ..Default::default()
            }),
            ["b"]
        );
        assert_eq!(
            query(ActionQuery {
                text: Some("+3361".to_owned()),
                ..Default::default()
            }),
            ["c"]
        );
        assert_eq!(
            query(ActionQuery {
                limit: Some(1),
                ..Default::default()
            }),
            ["c"]
        );
        let later = Utc::now() + chrono::Duration::hours(1);
        assert!(query(ActionQuery {
            since: Some(later),
            ..Default::default()
        })
        .is_empty());
        assert_eq!(
            query(ActionQuery {
                until: Some(later),
                ..Default::default()
            })
            .len(),
            3
        );
    }

    #[test]
    fn a_pending_action_left_by_a_previous_run_reads_as_unknown() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("callboard.sqlite3");
        let id = {
            let journal = Journal::open(&path).unwrap();
            journal
                .begin(action("k1", ActionKind::AwazCredits, "Top up"))
                .unwrap();
            let Begin::Fresh(done) = journal
                .begin(action("k2", ActionKind::AwazCall, "Call"))
                .unwrap()
            else {
                panic!("fresh");
            };
            journal.finish(done, Outcome::Succeeded(json!({}))).unwrap();
            done
        };
        let reopened = Journal::open(&path).unwrap();
        let records = reopened.list(&ActionQuery::default()).unwrap();
        assert_eq!(records[1].state, ActionState::Unknown);
        assert!(records[1]
            .error
            .as_deref()
            .unwrap()
            .contains("Check before retrying"));
        assert_eq!(
            reopened.get(id).unwrap().unwrap().state,
            ActionState::Succeeded
        );
    }
}
