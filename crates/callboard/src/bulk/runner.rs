//! One bulk run as a task: passes over the rows still to do until none is left, each request
//! preceded by writing the row as "sending" and followed by its outcome. A row whose outcome
//! is unknown is checked before anything is sent for it again.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::Utc;
use futures::stream::{self, StreamExt, TryStreamExt};
use serde::Serialize;
use tokio::sync::watch;

use super::store::{Change, RowRecord, Status, Step, Store};
use super::{CallWho, Control, JobCalls, JobState, RunOptions};
use crate::journal::outcome_is_unknown;
use crate::{Error, Result};

/// Pages of the Awaz call log read at most to check unknown calls (20 calls a page).
const MAX_CHECK_PAGES: u32 = 500;

/// The account's client, shared with every screen (for Awaz: its one rate budget).
pub enum Provider {
    GetVocal(getvocal::Client),
    Awaz(awaz::Client),
}

pub struct Runner {
    pub id: i64,
    pub store: Arc<Store>,
    pub provider: Provider,
    pub calls: Option<JobCalls>,
    /// The newest Awaz call when the run started: the call log is read back to it.
    pub awaz_marker: Option<String>,
    pub options: RunOptions,
    pub control: watch::Receiver<Control>,
}

/// What a failed request means for its row.
enum Verdict {
    /// The platform said no: trying again would get the same answer.
    Refused(String),
    /// Not applied (server error, no connection): safe to send again.
    NotApplied(String),
    /// Maybe applied: check first.
    Unknown(String),
}

impl Verdict {
    fn change(self) -> Change {
        match self {
            Verdict::Refused(reason) => Change::to(Status::Failed).because(reason),
            Verdict::NotApplied(reason) => Change::to(Status::Waiting).because(reason).tried(),
            Verdict::Unknown(reason) => Change::to(Status::Unknown).because(reason).tried(),
        }
    }
}

impl Runner {
    /// Works until every row is done or failed, or the run is cancelled; returns the state
    /// the run ends in.
    pub async fn run(self) -> JobState {
        match self.work().await {
            Ok(state) => state,
            Err(error) => {
                tracing::error!("bulk run {} stopped: {error}", self.id);
                JobState::Interrupted
            }
        }
    }

    async fn work(&self) -> Result<JobState> {
        loop {
            if !self.proceed().await {
                return Ok(JobState::Cancelled);
            }
            self.settle_unknowns().await?;
            self.give_up_on_exhausted()?;
            let rows = self.store.rows(self.id, &[Status::Waiting])?;
            if rows.is_empty() {
                if self.store.rows(self.id, &[Status::Unknown])?.is_empty() {
                    return Ok(JobState::Finished);
                }
                tokio::time::sleep(self.options.retry_pause).await;
                continue;
            }
            if rows.iter().any(|row| row.attempts > 0) {
                tokio::time::sleep(self.options.retry_pause).await;
            }
            match &self.provider {
                Provider::GetVocal(client) => self.getvocal_pass(client, rows).await?,
                Provider::Awaz(client) => self.awaz_pass(client, rows).await?,
            }
        }
    }

    /// Waits while paused; false once cancelled.
    async fn proceed(&self) -> bool {
        let mut control = self.control.clone();
        let decided = match control.wait_for(|control| *control != Control::Pause).await {
            Ok(control) => *control == Control::Run,
            Err(_) => false,
        };
        decided
    }

    /// Resolves rows whose last request got no usable answer, before anything is re-sent:
    /// - GetVocal lead: re-sending is the check (GetVocal answers EXISTING), and so is a call
    ///   (GetVocal refuses a second waiting call for the lead: "already a call in queue").
    /// - Awaz call: looked for in the call log since the run started.
    /// - Awaz contact: Awaz has no way to look one up, so the person decides.
    async fn settle_unknowns(&self) -> Result<()> {
        let unknown = self.store.rows(self.id, &[Status::Unknown])?;
        if unknown.is_empty() {
            return Ok(());
        }
        let client = match &self.provider {
            Provider::GetVocal(_) => {
                let changes: Vec<_> = unknown
                    .iter()
                    .map(|row| Change {
                        reason: row.reason.clone(),
                        ..Change::to(Status::Waiting)
                    })
                    .collect();
                return self.write_each(&unknown, &changes);
            }
            Provider::Awaz(client) => client,
        };
        let (contacts, calls): (Vec<_>, Vec<_>) = unknown
            .into_iter()
            .partition(|row| row.step == Step::Record);
        let lines: Vec<u32> = contacts.iter().map(|row| row.line).collect();
        self.store.update(
            self.id,
            &lines,
            &Change::to(Status::NeedsCheck).because(
                "No answer came back from Awaz, so this contact may or may not have been saved, and Awaz has no way to look it up. Check the contacts in Awaz; retry this row only if it is not there.",
            ),
        )?;
        if calls.is_empty() {
            return Ok(());
        }
        let changes: Vec<Change> = match self.awaz_calls_since_start(client).await {
            Ok(placed) => calls
                .iter()
                .map(|row| match placed.get(&row.phone) {
                    Some(call) => Change {
                        call_id: Some(call.id.clone()),
                        call_status: word(&call.status),
                        ..Change::to(Status::Done)
                    },
                    None => Change {
                        reason: row.reason.clone(),
                        ..Change::to(Status::Waiting)
                    },
                })
                .collect(),
            Err(error) => {
                let reason = format!(
                    "Callboard could not check the Awaz call log: {}",
                    Error::from(error).explain().title
                );
                calls
                    .iter()
                    .map(|_| Change::to(Status::Unknown).because(reason.clone()).tried())
                    .collect()
            }
        };
        self.write_each(&calls, &changes)
    }

    fn write_each(&self, rows: &[RowRecord], changes: &[Change]) -> Result<()> {
        let pairs: Vec<(u32, &Change)> = rows.iter().map(|row| row.line).zip(changes).collect();
        self.store.update_each(self.id, &pairs)
    }

    /// Rows that used all their tries fail, keeping the last reason.
    fn give_up_on_exhausted(&self) -> Result<()> {
        let tries = self.options.max_attempts;
        let exhausted: Vec<RowRecord> = self
            .store
            .rows(self.id, &[Status::Waiting, Status::Unknown])?
            .into_iter()
            .filter(|row| row.attempts >= tries)
            .collect();
        let changes: Vec<Change> = exhausted
            .iter()
            .map(|row| {
                Change::to(Status::Failed).because(format!(
                    "Stopped after {tries} tries. Last problem: {}",
                    row.reason.as_deref().unwrap_or("no answer")
                ))
            })
            .collect();
        self.write_each(&exhausted, &changes)
    }

    async fn getvocal_pass(&self, client: &getvocal::Client, rows: Vec<RowRecord>) -> Result<()> {
        let (leads, calls): (Vec<_>, Vec<_>) =
            rows.into_iter().partition(|row| row.step == Step::Record);
        for batch in leads.chunks(self.options.batch_size.max(1)) {
            if !self.proceed().await {
                return Ok(());
            }
            let ready = match self.send_leads(client, batch).await? {
                Some(ready) => ready,
                // Refused as a whole: one by one, so only the rows at fault fail.
                None => {
                    let mut ready = Vec::new();
                    for row in batch {
                        if !self.proceed().await {
                            return Ok(());
                        }
                        ready.extend(
                            self.send_leads(client, std::slice::from_ref(row))
                                .await?
                                .unwrap_or_default(),
                        );
                    }
                    ready
                }
            };
            self.getvocal_calls(client, ready).await?;
        }
        self.getvocal_calls(client, calls).await
    }

    /// One `POST /leads` for `batch`. Returns the rows now waiting for their call, or `None`
    /// when GetVocal refused a batch of several rows (nothing was changed on them).
    async fn send_leads(
        &self,
        client: &getvocal::Client,
        batch: &[RowRecord],
    ) -> Result<Option<Vec<RowRecord>>> {
        let lines: Vec<u32> = batch.iter().map(|row| row.line).collect();
        self.store
            .update(self.id, &lines, &Change::to(Status::Sending))?;
        let leads: Vec<getvocal::NewLead> = batch.iter().map(|row| row.values.to_lead()).collect();
        match client.create_leads(&leads).await {
            Ok(results) => {
                let changes: Vec<Change> = results
                    .iter()
                    .map(|lead| Change {
                        record_id: Some(lead.id.clone()),
                        ..self.record_confirmed()
                    })
                    .collect();
                self.write_each(batch, &changes)?;
                if self.calls.is_none() {
                    return Ok(Some(Vec::new()));
                }
                Ok(Some(
                    batch
                        .iter()
                        .zip(results)
                        .map(|(row, lead)| RowRecord {
                            step: Step::Call,
                            record_id: Some(lead.id),
                            ..row.clone()
                        })
                        .collect(),
                ))
            }
            Err(error) => match getvocal_verdict(error) {
                Verdict::Refused(_) if batch.len() > 1 => {
                    self.store
                        .update(self.id, &lines, &Change::to(Status::Waiting))?;
                    Ok(None)
                }
                verdict => {
                    self.store.update(self.id, &lines, &verdict.change())?;
                    Ok(Some(Vec::new()))
                }
            },
        }
    }

    /// What a confirmed lead or contact leads to: its call, or the end of the row.
    fn record_confirmed(&self) -> Change {
        match self.calls {
            Some(_) => Change {
                step: Some(Step::Call),
                ..Change::to(Status::Waiting)
            },
            None => Change::to(Status::Done),
        }
    }

    async fn getvocal_calls(&self, client: &getvocal::Client, rows: Vec<RowRecord>) -> Result<()> {
        let Some(JobCalls {
            who: CallWho::GetVocal { persona_id },
            ..
        }) = &self.calls
        else {
            return Ok(());
        };
        stream::iter(rows)
            .map(|row| self.getvocal_call(client, persona_id, row))
            .buffer_unordered(self.options.concurrency.max(1))
            .try_collect()
            .await
    }

    async fn getvocal_call(
        &self,
        client: &getvocal::Client,
        persona_id: &str,
        row: RowRecord,
    ) -> Result<()> {
        if !self.proceed().await {
            return Ok(());
        }
        let lead_id = row.record_id.clone().unwrap_or_default();
        self.store
            .update(self.id, &[row.line], &Change::to(Status::Sending))?;
        let schedule = row.call_at.filter(|at| *at > Utc::now());
        let call = getvocal::TriggerCall {
            persona_id: persona_id.to_owned(),
            lead_id,
            schedule,
        };
        let change = match client.trigger_call(&call).await {
            Ok(placed) => Change {
                call_id: Some(placed.id),
                call_status: word(&placed.call_status),
                ..Change::to(Status::Done)
            },
            // A call is already waiting for this lead: ours, when this is a re-send after an
            // unknown outcome. Either way the lead will be called once.
            Err(getvocal::Error::Api { problem, .. }) if problem.is_already_queued() => Change {
                call_status: Some(
                    if schedule.is_some() {
                        "scheduled"
                    } else {
                        "in_queue"
                    }
                    .to_owned(),
                ),
                ..Change::to(Status::Done)
            },
            Err(error) => getvocal_verdict(error).change(),
        };
        self.store.update(self.id, &[row.line], &change)
    }

    async fn awaz_pass(&self, client: &awaz::Client, rows: Vec<RowRecord>) -> Result<()> {
        stream::iter(rows)
            .map(|row| self.awaz_row(client, row))
            .buffer_unordered(self.options.concurrency.max(1))
            .try_collect()
            .await
    }

    async fn awaz_row(&self, client: &awaz::Client, mut row: RowRecord) -> Result<()> {
        if row.step == Step::Record {
            if !self.proceed().await {
                return Ok(());
            }
            self.store
                .update(self.id, &[row.line], &Change::to(Status::Sending))?;
            match client.save_contact(&row.values.to_contact()).await {
                Ok(contact) => {
                    let change = Change {
                        record_id: Some(contact.id.clone()),
                        ..self.record_confirmed()
                    };
                    self.store.update(self.id, &[row.line], &change)?;
                    row.step = Step::Call;
                    row.record_id = Some(contact.id);
                }
                Err(error) => {
                    return self
                        .store
                        .update(self.id, &[row.line], &awaz_verdict(error).change())
                }
            }
        }
        let Some(JobCalls {
            who:
                CallWho::Awaz {
                    agent_id,
                    from_phone_id,
                },
            zone,
        }) = &self.calls
        else {
            return Ok(());
        };
        if !self.proceed().await {
            return Ok(());
        }
        self.store
            .update(self.id, &[row.line], &Change::to(Status::Sending))?;
        let zone: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::Tz::UTC);
        let at = row
            .call_at
            .filter(|at| *at > Utc::now())
            .unwrap_or_else(Utc::now);
        let call = awaz::ScheduleCall {
            agent: agent_id.clone(),
            name: row.values.name.clone().unwrap_or_else(|| row.name.clone()),
            phone: row.phone.clone(),
            from: from_phone_id.clone(),
            datetime: at.with_timezone(&zone).fixed_offset(),
        };
        let change = match client.schedule_call(&call).await {
            Ok(placed) => Change {
                call_id: Some(placed.id),
                call_status: word(&placed.status),
                ..Change::to(Status::Done)
            },
            Err(error) => awaz_verdict(error).change(),
        };
        self.store.update(self.id, &[row.line], &change)
    }

    /// Calls placed since the run started, by phone number (newest first wins).
    async fn awaz_calls_since_start(
        &self,
        client: &awaz::Client,
    ) -> awaz::Result<HashMap<String, awaz::Call>> {
        let mut placed = HashMap::new();
        for page in 0..MAX_CHECK_PAGES {
            let listing = client.list_calls(page).await?;
            for call in listing.items {
                if self.awaz_marker.as_deref() == Some(call.id.as_str()) {
                    return Ok(placed);
                }
                placed.entry(call.contact.phone.clone()).or_insert(call);
            }
            if listing.is_last {
                break;
            }
        }
        Ok(placed)
    }
}

fn getvocal_verdict(error: getvocal::Error) -> Verdict {
    let transient = matches!(
        &error,
        getvocal::Error::Api {
            status: 408 | 429 | 500..=599,
            ..
        } | getvocal::Error::Network { .. }
    );
    let error = Error::from(error);
    let title = error.explain().title;
    if outcome_is_unknown(&error) {
        Verdict::Unknown(format!(
            "No answer came back from GetVocal, so it may have been applied. {title}"
        ))
    } else if transient {
        Verdict::NotApplied(title)
    } else {
        Verdict::Refused(title)
    }
}

fn awaz_verdict(error: awaz::Error) -> Verdict {
    let transient = matches!(
        &error,
        awaz::Error::Api {
            status: 500..=599,
            ..
        } | awaz::Error::RateLimited { .. }
            | awaz::Error::Unavailable { .. }
            | awaz::Error::Network { .. }
    );
    let error = Error::from(error);
    let title = error.explain().title;
    if outcome_is_unknown(&error) {
        Verdict::Unknown(format!(
            "No answer came back from Awaz, so it may have been applied. {title}"
        ))
    } else if transient {
        Verdict::NotApplied(title)
    } else {
        Verdict::Refused(title)
    }
}

/// A provider status as its JSON word ("in_queue", "scheduled"…).
fn word<T: Serialize>(status: &T) -> Option<String> {
    match serde_json::to_value(status) {
        Ok(serde_json::Value::String(word)) => Some(word),
        _ => None,
    }
}
