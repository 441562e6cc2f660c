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

use chrono::Utc;
use serde::{Deserialize, Serialize};
use specta::Type;
use strum::{EnumString, IntoStaticStr};
use tokio::sync::watch;

pub use imports::{
    ImportChange, ImportPreview, ImportSessions, ImportSource, PreviewRow, PreviewSummary,
    ReadyRows, MAX_FILE_BYTES,
};
pub use plan::{spread, CallingWindow, Weekday, Window};
use store::Change;
pub(crate) use store::{JobRow, Status, Step, Store};
pub use store::{MAYBE_APPLIED, SCHEMA};

use crate::awaz_actions::{write_export, ExportedFile};
use crate::endpoints::Platform;
use crate::import::Target;
use crate::service::Callboard;
use crate::when::{self, ScheduleAt};
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
    /// Sent without a usable answer: being checked, or waiting for the person to check.
    pub unknown: u32,
    pub waiting: u32,
    /// RFC 3339: Awaz asked to wait until then (the account's rate budget).
    pub waiting_for_budget_until: Option<String>,
    pub created_at: String,
    pub finished_at: Option<String>,
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

    pub(crate) fn store(&self) -> &Store {
        &self.store
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
        let (calls, times) = match &request.calls {
            Some(calls) => {
                let (job_calls, times) = plan_calls(callboard, calls, platform, ready.rows.len())?;
                (Some(job_calls), times)
            }
            None => (None, Vec::new()),
        };
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
            .enumerate()
            .map(|(index, check)| {
                let mut values = check.values;
                if platform == Platform::GetVocal && values.customer_lead_id.is_none() {
                    // Stored with the row, so a re-send after a lost answer finds the same lead.
                    values.customer_lead_id = Some(format!("callboard-{}", uuid::Uuid::new_v4()));
                }
                NewRow {
                    line: check.line,
                    name: person_name(&values),
                    phone: values.phone.clone().unwrap_or_default(),
                    call_at: times.get(index).copied(),
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
            })
            .collect())
    }

    /// Sends these refused rows again (with fresh tries), restarting the run if it ended.
    /// Rows whose outcome is unknown are not among them: see [`BulkRuns::resolve_rows`].
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
                let checked = Change::to(Status::Done).because("Checked by you: it went through.");
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
        let headers = ["Line", "Name", "Phone", "Stopped at", "Reason"];
        let count = rows.len();
        let cells = rows.into_iter().map(|row| {
            vec![
                row.line.to_string(),
                row.name,
                row.phone,
                match row.stage {
                    RowStage::Lead => "lead",
                    RowStage::Contact => "contact",
                    RowStage::Call => "call",
                }
                .to_owned(),
                row.reason.unwrap_or_default(),
            ]
        });
        write_export(folder, "bulk-failed", &headers, cells, count)
    }

    async fn relaunch(&self, callboard: &Callboard, job: JobRecord) -> Result<()> {
        let (provider, _) = connect(callboard, &job.account_id, job.target).await?;
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
            provider,
            calls: job.calls,
            awaz_marker: job.awaz_marker,
            options: self.options.clone(),
            control: receiver,
        };
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

/// Checks the call settings and plans each row's start time.
fn plan_calls(
    callboard: &Callboard,
    calls: &BulkCalls,
    platform: Platform,
    count: usize,
) -> Result<(JobCalls, Vec<chrono::DateTime<Utc>>)> {
    let who = match &calls.who {
        CallWho::GetVocal { persona_id } if platform == Platform::GetVocal => CallWho::GetVocal {
            persona_id: required("persona_id", "The persona", persona_id)?,
        },
        CallWho::Awaz {
            agent_id,
            from_phone_id,
        } if platform == Platform::Awaz => CallWho::Awaz {
            agent_id: required("agent_id", "The AI agent", agent_id)?,
            from_phone_id: required("from_phone_id", "The number to call from", from_phone_id)?,
        },
        _ => {
            return Err(Error::InvalidField {
                field: "who".to_owned(),
                message: format!(
                    "These rows go to {}: choose who calls them there.",
                    platform.display_name()
                ),
            })
        }
    };
    let (start, start_zone) = match &calls.start {
        CallStart::Now => (Utc::now(), None),
        CallStart::At { at } => {
            let resolved =
                when::resolve(at, Utc::now()).map_err(|problem| Error::InvalidField {
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
    let times = spread(
        start,
        window.as_ref(),
        chrono::Duration::seconds(i64::from(calls.spacing_seconds)),
        count,
    );
    Ok((
        JobCalls {
            who,
            zone,
            window: calls.window.clone(),
        },
        times,
    ))
}

fn required(field: &str, what: &str, value: &str) -> Result<String> {
    validate::required(what, value).map_err(|problem| Error::InvalidField {
        field: field.to_owned(),
        message: problem.message,
    })
}
