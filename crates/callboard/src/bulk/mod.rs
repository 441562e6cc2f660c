//! Bulk runs: the valid rows of an imported file sent as GetVocal leads (50 per request) or
//! Awaz contacts, then, optionally, one call each, spread inside a daily calling window.
//!
//! Every row is journaled in SQLite (`bulk_jobs`, `bulk_rows`, in the journal's file) as it
//! goes: written "sending" before each request and with its outcome after. A run killed at
//! any moment reopens as "interrupted" and, when resumed, checks every row whose outcome is
//! unknown before sending anything for it again, so nobody is called twice and no row is lost:
//! at the end each row is done or failed with its reason.

mod imports;
mod plan;
mod runner;
mod store;

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use strum::{EnumString, IntoStaticStr};
use tokio::sync::watch;

pub use imports::{
    ImportChange, ImportPreview, ImportSessions, ImportSource, PreviewRow, PreviewSummary,
    ReadyRows, MAX_FILE_BYTES,
};
pub use plan::{spread_by_rules, CallingWindow, Planned, Weekday, Window};
use store::Change;
pub use store::JobRevisions;
pub(crate) use store::{Status, Step, Store};
pub use store::{MAYBE_APPLIED, RULE_NOTE, SCHEMA, SKIPPED};

use crate::awaz_actions::{write_export, ExportedFile};
use crate::calling::{self, CallPolicy, Calling, ConsentAcknowledgement};
use crate::do_not_call::{DoNotCall, ListedNumber};
use crate::endpoints::Platform;
use crate::import::{RowCheck, Target};
use crate::service::Callboard;
use crate::when::{self, ScheduleAt};
use crate::words::{self, Words};
use crate::{validate, Error, Result};
use runner::{Provider, Runner};
use store::{Counts, JobRecord, NewJob, NewRow};

/// Start a bulk run of the import's valid rows on an account.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
pub struct BulkRequest {
    pub import_id: String,
    pub account_id: String,
    /// Also call each person, once their lead or contact is confirmed.
    pub calls: Option<BulkCalls>,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
pub struct BulkCalls {
    pub who: CallWho,
    pub start: CallStart,
    /// Only call inside these hours; none = any time.
    pub window: Option<CallingWindow>,
    /// Seconds between two calls' start times.
    #[serde(default = "default_spacing")]
    pub spacing_seconds: u32,
}

fn default_spacing() -> u32 {
    60
}

/// Who places the calls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(tag = "platform")]
pub enum CallWho {
    #[serde(rename = "getvocal")]
    GetVocal { persona_id: String },
    #[serde(rename = "awaz")]
    Awaz {
        agent_id: String,
        from_phone_id: String,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CallStart {
    Now,
    At { at: ScheduleAt },
}

/// What a run remembers about its calls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobCalls {
    pub who: CallWho,
    /// The zone Awaz calls are sent in.
    pub zone: String,
    /// Checked again just before each call is sent, after a pause or a restart too.
    #[serde(default)]
    pub window: Option<CallingWindow>,
    /// The import the rows came from: an "I have consent for this list" given for it holds for
    /// every row.
    #[serde(default)]
    pub list: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type, IntoStaticStr, EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum JobState {
    Running,
    Paused,
    /// Callboard closed while it ran; it continues only when asked.
    Interrupted,
    Cancelled,
    Finished,
}

/// A run as the progress screen shows it.
#[derive(Debug, Clone, Serialize, Type)]
pub struct JobView {
    pub id: i32,
    pub account_id: String,
    pub account_name: String,
    pub platform: Platform,
    pub target: Target,
    pub state: JobState,
    pub total: u32,
    pub done: u32,
    pub failed: u32,
    /// Not sent: a calling rule or the do-not-call list refuses them (no plain retry).
    pub skipped: u32,
    /// Sent without a usable answer: being checked, or waiting for the person to check.
    pub unknown: u32,
    pub waiting: u32,
    /// RFC 3339: Awaz asked to wait until then (the account's rate budget).
    pub waiting_for_budget_until: Option<String>,
    pub created_at: String,
    pub finished_at: Option<String>,
}

/// What starting a run would do, for its confirmation.
#[derive(Debug, Clone, Default, Serialize, Type)]
pub struct BulkReview {
    /// Every row that would be sent, in file order.
    pub rows: Vec<ReviewRow>,
    /// Calls a rule (or the run's hours) moved later than their turn.
    pub moved: u32,
    /// Rows not sent at all: on the do-not-call list, or refused by a rule.
    pub refused: u32,
    /// "12 moved to Mon 7 Dec 10:00, Europe/Paris: French weekend", one per day and rule.
    pub moved_groups: Vec<String>,
    /// Calls a rule moves or refuses that "I have consent for this list" would let go as asked
    /// (the French days and hours, the US federal hours, the French consent requirement);
    /// 0 once it is acknowledged.
    pub consent_would_allow: u32,
    /// The acknowledgement journaled for this account and list, if one was given.
    pub consent: Option<ConsentAcknowledgement>,
}

/// One row as the confirmation shows it.
#[derive(Debug, Clone, Serialize, Type)]
pub struct ReviewRow {
    pub line: u32,
    pub name: String,
    pub phone: String,
    /// The callee's wall clock now: "14:05, Europe/Paris".
    pub local_time: Option<String>,
    /// When the call would start, on the callee's clock: "Mon 7 Dec 10:00, Europe/Paris".
    pub call_at: Option<String>,
    /// Which rule moved the call, in words.
    pub note: Option<String>,
    /// Why the row is not sent, in words.
    pub refused: Option<String>,
}

/// What the person found when they looked in the platform for a row whose outcome was unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum CheckResult {
    /// It is there: it went through.
    Applied,
    /// It is not there: send it again.
    NotApplied,
}

/// Which request of a row it stopped at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum RowStage {
    Lead,
    Contact,
    Call,
}

/// A row that failed or needs checking, with why.
#[derive(Debug, Clone, Serialize, Type)]
pub struct BulkRowView {
    pub line: u32,
    pub name: String,
    pub phone: String,
    pub stage: RowStage,
    pub reason: Option<String>,
    /// Its outcome is unknown: the person checks in the platform before it is sent again.
    pub needs_check: bool,
    /// Not sent because a calling rule or the do-not-call list refuses it; the reason says
    /// which, and from when a call would be allowed. Never offered a plain retry.
    pub skipped: bool,
}

/// How runs work; the defaults suit the platforms, tests shorten the pause.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Rows in flight at once (calls, Awaz contacts).
    pub concurrency: usize,
    /// GetVocal leads per `POST /leads`.
    pub batch_size: usize,
    /// Tries per request before a row fails.
    pub max_attempts: u32,
    /// Pause before a pass that retries rows.
    pub retry_pause: Duration,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            concurrency: 8,
            batch_size: 50,
            max_attempts: 5,
            retry_pause: Duration::from_secs(2),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Control {
    Run,
    Pause,
    Cancel,
}

struct Running {
    control: watch::Sender<Control>,
    throttle: Option<watch::Receiver<awaz::Throttle>>,
}

/// Every bulk run of this computer (managed state of the shell).
pub struct BulkRuns {
    store: Arc<Store>,
    running: Arc<Mutex<HashMap<i64, Running>>>,
    /// The run started from each opened file: a second "start" for the same file (a double
    /// click, an Enter repeat) answers the first run instead of sending everything again.
    /// Held by every start, resume and retry, so no two launches race for one job.
    started: tokio::sync::Mutex<HashMap<String, i64>>,
    options: RunOptions,
}

impl BulkRuns {
    /// The runs kept in Callboard's store (runs a previous process left running were marked
    /// interrupted when it opened).
    pub fn open(callboard: &Callboard, options: RunOptions) -> Result<BulkRuns> {
        Ok(BulkRuns {
            store: Arc::new(Store::new(callboard.database().clone())),
            running: Arc::default(),
            started: tokio::sync::Mutex::default(),
            options,
        })
    }

    /// Changes after every write to a run (its state, any row) and whenever Awaz tells a
    /// running one to wait: the window follows progress with it instead of asking.
    pub fn revisions(&self) -> watch::Receiver<JobRevisions> {
        self.store.revisions()
    }

    /// True while a run is sending, or paused mid-way (its task still holds its rows):
    /// Callboard is not restarted for an update meanwhile.
    pub fn any_running(&self) -> bool {
        !self.lock().is_empty()
    }

    /// Checks the request, plans the calls, journals every valid row, and starts sending.
    pub async fn start(
        &self,
        callboard: &Callboard,
        imports: &ImportSessions,
        request: BulkRequest,
    ) -> Result<JobView> {
        // Held until the job is journaled, so two starts at once still make one job.
        let mut started = self.started.lock().await;
        if let Some(&job_id) = started.get(&request.import_id) {
            return self.status(job_id);
        }
        let ready = imports.ready_rows(&request.import_id)?;
        let (provider, account_name) =
            connect(callboard, &request.account_id, ready.target).await?;
        let platform = platform_of(ready.target);
        let (calls, plans) = plan_rows(callboard, &request, platform, &ready.rows, false)?;
        let awaz_marker = match (&provider, &calls) {
            (Provider::Awaz(client), Some(_)) => client
                .list_calls(0)
                .await
                .map_err(|error| callboard.check_sign_in(&request.account_id, error.into()))?
                .items
                .first()
                .map(|call| call.id.clone()),
            _ => None,
        };
        let rows: Vec<NewRow> = ready
            .rows
            .into_iter()
            .zip(plans)
            .map(|(check, plan)| {
                let mut values = check.values;
                if platform == Platform::GetVocal && values.customer_lead_id.is_none() {
                    // Stored with the row, so a re-send after a lost answer finds the same lead.
                    values.customer_lead_id = Some(format!("callboard-{}", uuid::Uuid::new_v4()));
                }
                NewRow {
                    line: check.line,
                    name: person_name(&values),
                    phone: values.phone.clone().unwrap_or_default(),
                    call_at: plan.call_at,
                    rule_note: plan.note,
                    refused: plan.refused,
                    values,
                }
            })
            .collect();
        let id = self.store.create_job(
            &NewJob {
                account_id: request.account_id.clone(),
                account_name,
                platform,
                target: ready.target,
                calls,
                awaz_marker,
            },
            &rows,
        )?;
        started.insert(request.import_id, id);
        self.launch(self.store.job(id)?, provider);
        self.status(id)
    }

    /// What starting this run would do with each row, for the confirmation: each person's local
    /// time, where each call goes and which rule moved it there, which rows are refused and
    /// why. Nothing is sent or journaled.
    pub fn review(
        &self,
        callboard: &Callboard,
        imports: &ImportSessions,
        request: &BulkRequest,
    ) -> Result<BulkReview> {
        let ready = imports.ready_rows(&request.import_id)?;
        let platform = platform_of(ready.target);
        let (_, plans) = plan_rows(callboard, request, platform, &ready.rows, false)?;
        let consent = Calling::new(callboard.database().clone())
            .consent_for(&request.account_id, &request.import_id)?;
        let consent_would_allow = match (&consent, &request.calls) {
            (None, Some(_)) => {
                let (_, with_consent) = plan_rows(callboard, request, platform, &ready.rows, true)?;
                plans
                    .iter()
                    .zip(&with_consent)
                    .filter(|(plan, consented)| {
                        let held_back = plan.refused.is_some() || plan.moved_by.is_some();
                        let let_go = consented.refused.is_none() && consented.moved_by.is_none();
                        held_back && let_go
                    })
                    .count()
            }
            _ => 0,
        };
        let now = crate::clock::now();
        let mut review = BulkReview {
            consent_would_allow: u32::try_from(consent_would_allow).unwrap_or(u32::MAX),
            consent,
            ..BulkReview::default()
        };
        let mut groups: Vec<(String, u32, DateTime<Utc>, String)> = Vec::new();
        for (check, plan) in ready.rows.iter().zip(plans) {
            let phone = check.values.phone.clone().unwrap_or_default();
            if plan.refused.is_some() {
                review.refused += 1;
            }
            if let (Some(at), Some(rule)) = (plan.call_at, &plan.moved_by) {
                review.moved += 1;
                let day = calling::callee_clock(&phone, at, |clock| words::day(clock.date()));
                let key = format!("{day}|{rule}");
                match groups.iter_mut().find(|group| group.0 == key) {
                    Some(group) => {
                        group.1 += 1;
                        group.2 = group.2.min(at);
                    }
                    None => groups.push((key, 1, at, phone.clone())),
                }
            }
            review.rows.push(ReviewRow {
                line: check.line,
                name: person_name(&check.values),
                local_time: calling::local_time(&phone, now).map(|local| local.words),
                call_at: plan
                    .call_at
                    .map(|at| calling::callee_clock(&phone, at, words::short_day_time)),
                note: plan.note,
                refused: plan.refused,
                phone,
            });
        }
        review.moved_groups = groups
            .into_iter()
            .map(|(key, count, first, phone)| {
                let rule = key.split_once('|').map_or("", |(_, rule)| rule);
                Words::new("rules-moved-group")
                    .arg("count", count)
                    .arg(
                        "moment",
                        calling::callee_clock(&phone, first, words::day_time),
                    )
                    .arg("rule", rule)
                    .text()
            })
            .collect();
        Ok(review)
    }

    /// Newest first, interrupted ones included.
    pub fn jobs(&self) -> Result<Vec<JobView>> {
        self.store
            .jobs()?
            .into_iter()
            .map(|job| self.view(job))
            .collect()
    }

    pub fn status(&self, job_id: i64) -> Result<JobView> {
        self.view(self.store.job(job_id)?)
    }

    /// Stops before the next request; requests on their way finish and are recorded.
    pub fn pause(&self, job_id: i64) -> Result<JobView> {
        if let Some(running) = self.lock().get(&job_id) {
            running.control.send_replace(Control::Pause);
            self.store.set_state(job_id, JobState::Paused)?;
        }
        self.status(job_id)
    }

    /// Continues a paused run, or restarts an interrupted or cancelled one where it stopped
    /// (checking unknown rows first). Never starts a second runner for a job.
    pub async fn resume(&self, callboard: &Callboard, job_id: i64) -> Result<JobView> {
        let _one_launch_at_a_time = self.started.lock().await;
        let job = self.store.job(job_id)?;
        // A statement of its own: the lock is released before `status` takes it again.
        let was_running = self
            .lock()
            .get(&job_id)
            .map(|running| running.control.send_replace(Control::Run))
            .is_some();
        if was_running {
            self.store.set_state(job_id, JobState::Running)?;
            return self.status(job_id);
        }
        if job.state != JobState::Finished {
            self.relaunch(callboard, job).await?;
        }
        self.status(job_id)
    }

    /// Stops for good: rows not sent yet stay waiting (a resume can still send them).
    pub fn cancel(&self, job_id: i64) -> Result<JobView> {
        if let Some(running) = self.lock().get(&job_id) {
            running.control.send_replace(Control::Cancel);
        }
        let job = self.store.job(job_id)?;
        if job.state != JobState::Finished {
            self.store.set_state(job_id, JobState::Cancelled)?;
        }
        self.status(job_id)
    }

    /// Rows that failed, and contacts whose outcome the person has to check.
    pub fn failed_rows(&self, job_id: i64) -> Result<Vec<BulkRowView>> {
        let job = self.store.job(job_id)?;
        Ok(self
            .store
            .rows(job_id, &[Status::Failed, Status::NeedsCheck])?
            .into_iter()
            .map(|row| BulkRowView {
                line: row.line,
                name: row.name,
                phone: row.phone,
                stage: stage(job.platform, row.step),
                reason: row.reason,
                needs_check: row.status == Status::NeedsCheck,
                skipped: row.skipped,
            })
            .collect())
    }

    /// Sends these refused rows again (with fresh tries), restarting the run if it ended.
    /// Rows whose outcome is unknown are not among them (see [`BulkRuns::resolve_rows`]), nor
    /// rows a calling rule or the do-not-call list skipped.
    pub async fn retry_rows(
        &self,
        callboard: &Callboard,
        job_id: i64,
        lines: &[u32],
    ) -> Result<JobView> {
        let requeue = Change::to(Status::Waiting);
        self.requeue(callboard, job_id, lines, Status::Failed, &requeue)
            .await
    }

    /// What the person found when they checked rows whose outcome was unknown: sent again
    /// only when they say it did not go through.
    pub async fn resolve_rows(
        &self,
        callboard: &Callboard,
        job_id: i64,
        lines: &[u32],
        found: CheckResult,
    ) -> Result<JobView> {
        let job = self.store.job(job_id)?;
        let change = match found {
            CheckResult::NotApplied => Change::to(Status::Waiting),
            CheckResult::Applied => {
                let rows = self.store.rows(job_id, &[Status::NeedsCheck])?;
                // A contact that is there goes on to its call; a call that is there is done.
                let (records, calls): (Vec<_>, Vec<_>) = rows
                    .into_iter()
                    .filter(|row| lines.contains(&row.line))
                    .partition(|row| row.step == Step::Record && job.calls.is_some());
                let checked = Change::to(Status::Done).because(words::word("journal-bulk-checked"));
                let calls: Vec<u32> = calls.iter().map(|row| row.line).collect();
                self.store
                    .requeue(job_id, &calls, Status::NeedsCheck, &checked)?;
                let records: Vec<u32> = records.iter().map(|row| row.line).collect();
                let next = Change {
                    step: Some(Step::Call),
                    ..Change::to(Status::Waiting)
                };
                return self
                    .requeue(callboard, job_id, &records, Status::NeedsCheck, &next)
                    .await;
            }
        };
        self.requeue(callboard, job_id, lines, Status::NeedsCheck, &change)
            .await
    }

    async fn requeue(
        &self,
        callboard: &Callboard,
        job_id: i64,
        lines: &[u32],
        from: Status,
        change: &Change,
    ) -> Result<JobView> {
        let _one_launch_at_a_time = self.started.lock().await;
        let job = self.store.job(job_id)?;
        let moved = self.store.requeue(job_id, lines, from, change)?;
        if moved > 0 && change.status == Status::Waiting && !self.lock().contains_key(&job_id) {
            self.relaunch(callboard, job).await?;
        }
        self.status(job_id)
    }

    /// Writes the failed rows with their reasons to `<folder>/callboard-bulk-failed-….csv`.
    pub fn export_failed(&self, job_id: i64, folder: &Path) -> Result<ExportedFile> {
        let rows = self.failed_rows(job_id)?;
        let headers = words::each(&[
            "exports-line",
            "exports-name",
            "exports-phone",
            "exports-status",
            "exports-stopped-at",
            "exports-reason",
        ]);
        let count = rows.len();
        let cells = rows.into_iter().map(|row| {
            let status = if row.skipped {
                "exports-bulk-skipped"
            } else if row.needs_check {
                "exports-bulk-to-check"
            } else {
                "exports-bulk-failed"
            };
            vec![
                row.line.to_string(),
                row.name,
                row.phone,
                words::word(status),
                words::word(match row.stage {
                    RowStage::Lead => "exports-stage-lead",
                    RowStage::Contact => "exports-stage-contact",
                    RowStage::Call => "exports-stage-call",
                }),
                row.reason.unwrap_or_default(),
            ]
        });
        write_export(folder, "bulk-failed", &headers, cells, count)
    }

    async fn relaunch(&self, callboard: &Callboard, job: JobRecord) -> Result<()> {
        let (provider, _) = connect(callboard, &job.account_id, job.target).await?;
        // No runner of this job is alive: a row still "sending" was left by one that stopped
        // between its request and the answer, so it may have been applied.
        let lines: Vec<u32> = self
            .store
            .rows(job.id, &[Status::Sending])?
            .iter()
            .map(|row| row.line)
            .collect();
        let unknown = Change::to(Status::Unknown).because(words::word("journal-interrupted-row"));
        self.store.update(job.id, &lines, &unknown)?;
        self.store.set_state(job.id, JobState::Running)?;
        self.launch(job, provider);
        Ok(())
    }

    fn launch(&self, job: JobRecord, provider: Provider) {
        let (control, receiver) = watch::channel(Control::Run);
        let throttle = match &provider {
            Provider::Awaz(client) => Some(client.throttle_watch()),
            Provider::GetVocal(_) => None,
        };
        let runner = Runner {
            id: job.id,
            store: self.store.clone(),
            account_id: job.account_id.clone(),
            provider,
            calls: job.calls,
            awaz_marker: job.awaz_marker,
            options: self.options.clone(),
            control: receiver,
        };
        if let Some(mut throttle) = throttle.clone() {
            // "Awaz asked us to wait" is part of the run's view: its followers hear of it too,
            // until the run ends (its control sender goes).
            let (store, id, mut run) = (self.store.clone(), job.id, control.subscribe());
            tokio::spawn(async move {
                loop {
                    tokio::select! {
                        changed = throttle.changed() => match changed {
                            Ok(()) => store.changed(id),
                            Err(_) => break,
                        },
                        running = run.changed() => if running.is_err() { break },
                    }
                }
            });
        }
        self.lock().insert(job.id, Running { control, throttle });
        let (store, running, id) = (self.store.clone(), self.running.clone(), job.id);
        tokio::spawn(async move {
            let end = runner.run().await;
            if let Err(error) = store.set_state(id, end) {
                tracing::error!("bulk run {id}: {error}");
            }
            lock(&running).remove(&id);
        });
    }

    fn view(&self, job: JobRecord) -> Result<JobView> {
        let Counts {
            total,
            done,
            failed,
            skipped,
            unknown,
            waiting,
        } = self.store.counts(job.id)?;
        let waiting_for_budget_until = self
            .lock()
            .get(&job.id)
            .and_then(|running| running.throttle.as_ref())
            .and_then(|throttle| match &*throttle.borrow() {
                awaz::Throttle::Waiting { until, .. } if *until > Utc::now() => {
                    Some(until.to_rfc3339())
                }
                _ => None,
            });
        Ok(JobView {
            id: i32::try_from(job.id).unwrap_or(i32::MAX),
            account_id: job.account_id,
            account_name: job.account_name,
            platform: job.platform,
            target: job.target,
            state: job.state,
            total,
            done,
            failed,
            skipped,
            unknown,
            waiting,
            waiting_for_budget_until,
            created_at: job.created_at,
            finished_at: job.finished_at,
        })
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<i64, Running>> {
        lock(&self.running)
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

fn platform_of(target: Target) -> Platform {
    match target {
        Target::GetVocalLeads => Platform::GetVocal,
        Target::AwazContacts => Platform::Awaz,
    }
}

fn stage(platform: Platform, step: Step) -> RowStage {
    match (step, platform) {
        (Step::Call, _) => RowStage::Call,
        (Step::Record, Platform::GetVocal) => RowStage::Lead,
        (Step::Record, Platform::Awaz) => RowStage::Contact,
    }
}

/// The account's shared client for the import's platform, and the account's name.
async fn connect(
    callboard: &Callboard,
    account_id: &str,
    target: Target,
) -> Result<(Provider, String)> {
    Ok(match target {
        Target::GetVocalLeads => {
            let session = callboard.getvocal(account_id).await?;
            (Provider::GetVocal(session.client), session.account.name)
        }
        Target::AwazContacts => {
            let session = callboard.awaz(account_id).await?;
            (Provider::Awaz(session.client), session.account.name)
        }
    })
}

/// "Marie Dupont", from the name column or first and last names.
fn person_name(values: &crate::import::RowValues) -> String {
    values.name.clone().unwrap_or_else(|| {
        [values.first_name.as_deref(), values.last_name.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// What the planner decided for one row.
struct RowPlan {
    call_at: Option<DateTime<Utc>>,
    /// "Moved to Mon 7 Dec 10:00, Europe/Paris: …", kept with the row for its details.
    note: Option<String>,
    /// The rule's plain words when one moved the call, to group the moves.
    moved_by: Option<String>,
    /// Why the row is not sent at all.
    refused: Option<String>,
}

/// Checks the call settings and plans every row: rows whose number is on the do-not-call list
/// (or, for calls, that a rule refuses) are refused with the reason; each call is placed at the
/// first moment the run's hours and the callee's rules allow, `spacing_seconds` apart.
/// `assuming_consent` plans as if "I have consent for this list" had been acknowledged.
fn plan_rows(
    callboard: &Callboard,
    request: &BulkRequest,
    platform: Platform,
    rows: &[RowCheck],
    assuming_consent: bool,
) -> Result<(Option<JobCalls>, Vec<RowPlan>)> {
    let phone = |check: &RowCheck| check.values.phone.clone().unwrap_or_default();
    let Some(calls) = &request.calls else {
        let listed = DoNotCall::new(callboard.database().clone()).listed_among(
            rows.iter()
                .filter_map(|check| check.values.phone.as_deref()),
        )?;
        let plans = rows
            .iter()
            .map(|check| RowPlan {
                call_at: None,
                note: None,
                moved_by: None,
                refused: listed.get(&phone(check)).map(ListedNumber::refusal),
            })
            .collect();
        return Ok((None, plans));
    };
    let (mut job_calls, start, window) = check_calls(callboard, calls, platform)?;
    job_calls.list = Some(request.import_id.clone());
    let phones: Vec<String> = rows.iter().map(phone).collect();
    let policy = CallPolicy::for_calls(
        callboard.database(),
        &request.account_id,
        Some(&request.import_id),
        &phones,
    )?;
    let policy = if assuming_consent {
        policy.assuming_consent()
    } else {
        policy
    };
    let mut refused = Vec::with_capacity(rows.len());
    for check in rows {
        let has_consent = check.values.consent_date.is_some();
        refused.push(policy.refusal(&phone(check), start, has_consent)?);
    }
    let callable: Vec<String> = rows
        .iter()
        .zip(&refused)
        .filter(|(_, refusal)| refusal.is_none())
        .map(|(check, _)| phone(check))
        .collect();
    let callable: Vec<&str> = callable.iter().map(String::as_str).collect();
    let mut planned = spread_by_rules(
        start,
        window.as_ref(),
        chrono::Duration::seconds(i64::from(calls.spacing_seconds)),
        &callable,
        |phone, at| policy.place(phone, at),
    )
    .into_iter();
    let plans = rows
        .iter()
        .zip(refused)
        .map(|(_, refusal)| match refusal.map(Planned::Refused) {
            Some(refused) => plan_of(refused),
            None => plan_of(planned.next().unwrap_or(Planned::At {
                at: start,
                moved: None,
            })),
        })
        .collect();
    Ok((Some(job_calls), plans))
}

fn plan_of(planned: Planned) -> RowPlan {
    match planned {
        Planned::At { at, moved } => RowPlan {
            call_at: Some(at),
            note: moved.as_ref().map(calling::moved_note),
            moved_by: moved.as_ref().map(crate::rule_words::name),
            refused: None,
        },
        Planned::Refused(reason) => RowPlan {
            call_at: None,
            note: None,
            moved_by: None,
            refused: Some(calling::refused_note(&reason)),
        },
    }
}

/// Checks the call settings: who calls, from when, inside which hours.
fn check_calls(
    callboard: &Callboard,
    calls: &BulkCalls,
    platform: Platform,
) -> Result<(JobCalls, DateTime<Utc>, Option<Window>)> {
    let who = match &calls.who {
        CallWho::GetVocal { persona_id } if platform == Platform::GetVocal => CallWho::GetVocal {
            persona_id: required("persona_id", "errors-field-label-persona", persona_id)?,
        },
        CallWho::Awaz {
            agent_id,
            from_phone_id,
        } if platform == Platform::Awaz => CallWho::Awaz {
            agent_id: required("agent_id", "errors-field-label-agent", agent_id)?,
            from_phone_id: required(
                "from_phone_id",
                "errors-field-label-from-phone",
                from_phone_id,
            )?,
        },
        _ => {
            return Err(Error::InvalidField {
                field: "who".to_owned(),
                message: Words::new("errors-field-bulk-who")
                    .arg("platform", platform.display_name())
                    .text(),
            })
        }
    };
    let now = crate::clock::now();
    let (start, start_zone) = match &calls.start {
        CallStart::Now => (now, None),
        CallStart::At { at } => {
            let resolved = when::resolve(at, now).map_err(|problem| Error::InvalidField {
                field: problem.field,
                message: problem.message,
            })?;
            (resolved.utc, Some(at.zone.trim().to_owned()))
        }
    };
    let window = calls
        .window
        .as_ref()
        .map(CallingWindow::check)
        .transpose()?;
    let zone = window
        .as_ref()
        .map(|window| window.zone().name().to_owned())
        .or(start_zone)
        .or(callboard.settings().preferences.time_zone)
        .unwrap_or_else(when::local_zone);
    Ok((
        JobCalls {
            who,
            zone,
            window: calls.window.clone(),
            list: None,
        },
        start,
        window,
    ))
}

fn required(field: &str, what: &str, value: &str) -> Result<String> {
    validate::required(what, value).map_err(|problem| Error::InvalidField {
        field: field.to_owned(),
        message: problem.message,
    })
}
