//! One bulk run as a task: passes over the rows still to do until none is left, each request
//! preceded by writing the row as "sending" and followed by its outcome. A row whose outcome
//! is unknown is checked before anything is sent for it again.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use futures::stream::{self, StreamExt, TryStreamExt};
use serde::Serialize;
use tokio::sync::watch;

use super::plan::start_at_sending;
use super::store::{Change, RowRecord, Status, Step, Store};
use super::{CallWho, Control, JobCalls, JobState, RunOptions};
use crate::calling::{self, CallPolicy};
use crate::do_not_call::DoNotCall;
use crate::words::{self, Words};
use crate::write_path::{write_each_once, write_once, Written};
use crate::{Error, Result};

/// Pages of the Awaz call log read at most to check unknown calls (20 calls a page).
const MAX_CHECK_PAGES: u32 = 500;

/// A GetVocal call whose outcome is unknown is sent again by itself only when it was asked
/// for at least this far ahead: GetVocal then still holds the first one as waiting and
/// refuses the second.
const GETVOCAL_RESEND_MARGIN_SECS: i64 = 120;

/// When a call starts (`None` = now) and the words saying which rule moved it, if one did.
type CallTime = (Option<DateTime<Utc>>, Option<String>);

/// The account's client, shared with every screen (for Awaz: its one rate budget).
pub enum Provider {
    GetVocal(getvocal::Client),
    Awaz(awaz::Client),
}

pub struct Runner {
    pub id: i64,
    pub store: Arc<Store>,
    /// Whose rules and earlier calls count.
    pub account_id: String,
    pub provider: Provider,
    pub calls: Option<JobCalls>,
    /// The newest Awaz call when the run started: the call log is read back to it.
    pub awaz_marker: Option<String>,
    pub options: RunOptions,
    pub control: watch::Receiver<Control>,
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
            let rows = self.refuse_listed(self.store.rows(self.id, &[Status::Waiting])?)?;
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

    /// Resolves rows whose last request got no usable answer, before anything is re-sent.
    /// An unknown write is sent again only when the platform itself shows it was not applied:
    /// - GetVocal lead: the row's `customer_lead_id` never changes, so a re-send finds the same
    ///   lead (GetVocal answers EXISTING).
    /// - GetVocal call scheduled for later: GetVocal refuses a second waiting call for a lead
    ///   ("already a call in queue"), so a re-send while the first one waits is the check. A
    ///   call for now (or soon) cannot be looked up: the person checks.
    /// - Awaz call: looked for in the call log since the run started.
    /// - Awaz contact: Awaz has no way to look one up, so the person checks.
    async fn settle_unknowns(&self) -> Result<()> {
        let unknown = self.store.rows(self.id, &[Status::Unknown])?;
        if unknown.is_empty() {
            return Ok(());
        }
        let (records, calls): (Vec<_>, Vec<_>) = unknown
            .into_iter()
            .partition(|row| row.step == Step::Record);
        let client = match &self.provider {
            Provider::GetVocal(_) => {
                let safe_until =
                    crate::clock::now() + chrono::Duration::seconds(GETVOCAL_RESEND_MARGIN_SECS);
                let changes: Vec<Change> = records
                    .iter()
                    .map(|row| Change {
                        reason: row.reason.clone(),
                        ..Change::to(Status::Waiting)
                    })
                    .chain(calls.iter().map(|row| {
                        if row.call_at.is_some_and(|at| at > safe_until) {
                            Change {
                                reason: row.reason.clone(),
                                ..Change::to(Status::Waiting)
                            }
                        } else {
                            Change::to(Status::NeedsCheck).because(
                                Words::new("journal-bulk-getvocal-lost")
                                    .arg("name", &row.name)
                                    .arg("phone", &row.phone)
                                    .text(),
                            )
                        }
                    }))
                    .collect();
                let rows: Vec<RowRecord> = records.into_iter().chain(calls).collect();
                return self.write_each(&rows, &changes);
            }
            Provider::Awaz(client) => client,
        };
        let lines: Vec<u32> = records.iter().map(|row| row.line).collect();
        self.store.update(
            self.id,
            &lines,
            &Change::to(Status::NeedsCheck).because(words::word("journal-bulk-awaz-lost")),
        )?;
        if calls.is_empty() {
            return Ok(());
        }
        let changes: Vec<Change> = match self.awaz_calls_since_start(client).await {
            Ok(mut placed) => calls
                .iter()
                .map(|row| match placed.get_mut(&row.phone).and_then(Vec::pop) {
                    Some(call) => Change {
                        call_id: Some(call.id.clone()),
                        call_status: word(&call.status),
                        ..Change::to(Status::Done)
                    },
                    // The call log, read after the request, has no call to this number that
                    // another row already owns: Awaz did not apply it.
                    None => Change {
                        reason: row.reason.clone(),
                        ..Change::to(Status::Waiting)
                    },
                })
                .collect(),
            Err(error) => {
                let reason = Words::new("journal-bulk-call-log-unreadable")
                    .arg("problem", error.explain().title)
                    .text();
                calls
                    .iter()
                    .map(|_| Change::to(Status::Unknown).because(reason.clone()).tried())
                    .collect()
            }
        };
        self.write_each(&calls, &changes)
    }

    /// Each row's own change, in one transaction.
    fn write_each<'r>(
        &self,
        rows: impl IntoIterator<Item = &'r RowRecord>,
        changes: &[Change],
    ) -> Result<()> {
        let lines = rows.into_iter().map(|row| row.line);
        self.store.update_each(self.id, lines.zip(changes))
    }

    /// Rows that used all their tries stop: one that was never maybe-applied fails (nothing
    /// was applied), one that may have been waits for the person to check.
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
                let last = row
                    .reason
                    .clone()
                    .unwrap_or_else(|| words::word("journal-bulk-no-answer"));
                if row.maybe_applied || row.status == Status::Unknown {
                    Change::to(Status::NeedsCheck).because(
                        Words::new("journal-bulk-gave-up-unknown")
                            .arg("tries", tries.to_string())
                            .arg("last", last)
                            .text(),
                    )
                } else {
                    Change::to(Status::Failed).because(
                        Words::new("journal-bulk-gave-up")
                            .arg("tries", tries.to_string())
                            .arg("last", last)
                            .text(),
                    )
                }
            })
            .collect();
        self.write_each(&exhausted, &changes)
    }

    /// Rows whose number went on the do-not-call list since the run was planned are skipped
    /// with the list's reason; the others are returned.
    fn refuse_listed(&self, rows: Vec<RowRecord>) -> Result<Vec<RowRecord>> {
        let listed = DoNotCall::new(self.store.database().clone())
            .listed_among(rows.iter().map(|row| row.phone.as_str()))?;
        let (refused, rows): (Vec<_>, Vec<_>) = rows
            .into_iter()
            .partition(|row| listed.contains_key(&row.phone));
        let changes: Vec<Change> = refused
            .iter()
            .map(|row| Change::skipped(listed[&row.phone].refusal()))
            .collect();
        self.write_each(&refused, &changes)?;
        Ok(rows)
    }

    /// When a call may start, checked at the moment of sending (see [`start_at_sending`]):
    /// `Ok((None, _))` is now, with the words saying which rule moved it (now or when the run
    /// was planned); `Err` is why a rule refuses it now.
    fn call_time(
        &self,
        policy: &CallPolicy,
        row: &RowRecord,
    ) -> Result<std::result::Result<CallTime, String>> {
        let window = self
            .calls
            .as_ref()
            .and_then(|calls| calls.window.as_ref())
            .and_then(|window| window.check().ok());
        let now = crate::clock::now();
        let has_consent = row.values.consent_date.is_some();
        if let Some(reason) = policy.refusal(&row.phone, now, has_consent)? {
            return Ok(Err(calling::refused_note(&reason)));
        }
        let place = |at| policy.place(&row.phone, at);
        Ok(
            match start_at_sending(row.call_at, window.as_ref(), now, place) {
                Ok((at, Some(reason))) => Ok((at, Some(calling::moved_note(&reason)))),
                Ok((at, None)) => Ok((at, row.rule_note.clone())),
                Err(reason) => Err(calling::refused_note(&reason)),
            },
        )
    }

    /// The rules, the list and the earlier calls to the numbers of `rows` as they are now, read
    /// once for a pass (or a batch) of calls.
    fn policy(&self, rows: &[RowRecord]) -> Result<CallPolicy> {
        let list = self.calls.as_ref().and_then(|calls| calls.list.as_deref());
        let phones: Vec<String> = rows.iter().map(|row| row.phone.clone()).collect();
        CallPolicy::for_calls(self.store.database(), &self.account_id, list, &phones)
    }

    /// Skips a row whose call a rule refuses at the moment of sending: the reason says which
    /// rule and from when it allows a call; the row is not offered a plain retry.
    fn refuse_call(&self, row: &RowRecord, reason: String) -> Result<()> {
        self.store
            .update(self.id, &[row.line], &Change::skipped(reason))
    }

    /// Each batch's leads, then their calls. The next batch's leads are sent while this
    /// batch's calls go: over a network the lead request and its two journal writes are hidden
    /// behind the calls' round trips, and a lead cut short by a stop is safe to send again
    /// (GetVocal answers EXISTING), so nothing a kill leaves unknown needs a person.
    async fn getvocal_pass(&self, client: &getvocal::Client, rows: Vec<RowRecord>) -> Result<()> {
        let (leads, calls): (Vec<_>, Vec<_>) =
            rows.into_iter().partition(|row| row.step == Step::Record);
        let mut batches = leads.chunks(self.options.batch_size.max(1));
        let mut ready = match batches.next() {
            Some(batch) => self.confirmed_leads(client, batch).await?,
            None => Some(Vec::new()),
        };
        for batch in batches {
            let Some(calls) = ready else {
                return Ok(());
            };
            let ((), next) = tokio::try_join!(
                self.getvocal_calls(client, calls),
                self.confirmed_leads(client, batch)
            )?;
            ready = next;
        }
        let Some(ready) = ready else {
            return Ok(());
        };
        self.getvocal_calls(client, ready).await?;
        self.getvocal_calls(client, calls).await
    }

    /// The rows of `batch` whose lead GetVocal confirmed, now waiting for their call; `None`
    /// once the run is cancelled.
    async fn confirmed_leads(
        &self,
        client: &getvocal::Client,
        batch: &[RowRecord],
    ) -> Result<Option<Vec<RowRecord>>> {
        if !self.proceed().await {
            return Ok(None);
        }
        if let Some(ready) = self.send_leads(client, batch).await? {
            return Ok(Some(ready));
        }
        // Refused as a whole: one by one, so only the rows at fault fail.
        let mut ready = Vec::new();
        for row in batch {
            if !self.proceed().await {
                return Ok(None);
            }
            ready.extend(
                self.send_leads(client, std::slice::from_ref(row))
                    .await?
                    .unwrap_or_default(),
            );
        }
        Ok(Some(ready))
    }

    /// One `POST /leads` for `batch`. Returns the rows now waiting for their call, or `None`
    /// when GetVocal refused a batch of several rows (nothing was changed on them).
    async fn send_leads(
        &self,
        client: &getvocal::Client,
        batch: &[RowRecord],
    ) -> Result<Option<Vec<RowRecord>>> {
        let lines: Vec<u32> = batch.iter().map(|row| row.line).collect();
        let leads: Vec<getvocal::NewLead> = batch.iter().map(|row| row.values.to_lead()).collect();
        let ready = write_once(
            || self.sending(&lines, None),
            client.create_leads(&leads),
            |(), written| match written {
                Written::Applied(results) => {
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
                Written::Refused(_) if batch.len() > 1 => {
                    self.store
                        .update(self.id, &lines, &Change::to(Status::Waiting))?;
                    Ok(None)
                }
                other => {
                    self.store.update(self.id, &lines, &failure(other))?;
                    Ok(Some(Vec::new()))
                }
            },
        )
        .await?;
        Ok(ready.flatten())
    }

    /// The intent of a row's next request: written "sending" (with the call's start, for a
    /// call) before the request leaves.
    fn sending(&self, lines: &[u32], call_at: Option<DateTime<Utc>>) -> Result<Option<()>> {
        let change = Change {
            call_at,
            ..Change::to(Status::Sending)
        };
        self.store.update(self.id, lines, &change)?;
        Ok(Some(()))
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

    /// The rows' calls, `concurrency` at a time. A group's intents are written in one
    /// transaction before its requests leave together, with the outcomes of the group before
    /// it (and the rows a rule refused): one disk flush between two groups rather than two.
    async fn getvocal_calls(&self, client: &getvocal::Client, rows: Vec<RowRecord>) -> Result<()> {
        let Some(JobCalls {
            who: CallWho::GetVocal { persona_id },
            ..
        }) = &self.calls
        else {
            return Ok(());
        };
        if rows.is_empty() {
            return Ok(());
        }
        let policy = self.policy(&rows)?;
        let mut answered: Vec<(u32, Change)> = Vec::new();
        for group in rows.chunks(self.options.concurrency.max(1)) {
            if *self.control.borrow() != Control::Run {
                // Paused or cancelled: what is known is written before waiting.
                self.write_changes(&std::mem::take(&mut answered))?;
                if !self.proceed().await {
                    return Ok(());
                }
            }
            let placed = match self.placed_calls(&policy, group, &mut answered) {
                Ok(placed) => placed,
                Err(error) => {
                    self.write_changes(&answered)?;
                    return Err(error);
                }
            };
            answered = self
                .getvocal_group(client, persona_id, &placed, answered)
                .await?;
        }
        self.write_changes(&answered)
    }

    /// The calls of `group` the rules let go; the others' refusals join `refused`.
    fn placed_calls<'r>(
        &self,
        policy: &CallPolicy,
        group: &'r [RowRecord],
        refused: &mut Vec<(u32, Change)>,
    ) -> Result<Vec<PlacedCall<'r>>> {
        let mut placed = Vec::new();
        for row in group {
            match self.call_time(policy, row)? {
                Ok((schedule, note)) => placed.push(PlacedCall {
                    row,
                    schedule,
                    note,
                }),
                Err(reason) => refused.push((row.line, Change::skipped(reason))),
            }
        }
        Ok(placed)
    }

    /// One group of calls, each with its start (`None`: now) and the words of the rule that
    /// moved it. Their intents are written with `earlier` (changes not yet written); their
    /// outcomes are returned, to be written with the next group's intents.
    async fn getvocal_group(
        &self,
        client: &getvocal::Client,
        persona_id: &str,
        placed: &[PlacedCall<'_>],
        mut earlier: Vec<(u32, Change)>,
    ) -> Result<Vec<(u32, Change)>> {
        if placed.is_empty() {
            return Ok(earlier);
        }
        let calls: Vec<getvocal::TriggerCall> = placed
            .iter()
            .map(|call| getvocal::TriggerCall {
                persona_id: persona_id.to_owned(),
                lead_id: call.row.record_id.clone().unwrap_or_default(),
                schedule: call.schedule,
            })
            .collect();
        write_each_once(
            || {
                let now = crate::clock::now();
                earlier.extend(placed.iter().map(|call| {
                    let intent = Change {
                        call_at: Some(call.schedule.unwrap_or(now)),
                        ..Change::to(Status::Sending)
                    };
                    (call.row.line, intent)
                }));
                self.write_changes(&earlier)
            },
            calls.iter().map(|call| client.trigger_call(call)),
            |answers| {
                Ok(placed
                    .iter()
                    .zip(answers)
                    .map(|(call, written)| (call.row.line, call_outcome(written, call)))
                    .collect())
            },
        )
        .await
    }

    /// Rows' own changes, by line, in one transaction.
    fn write_changes(&self, changes: &[(u32, Change)]) -> Result<()> {
        if changes.is_empty() {
            return Ok(());
        }
        let changes = changes.iter().map(|(line, change)| (*line, change));
        self.store.update_each(self.id, changes)
    }

    async fn awaz_pass(&self, client: &awaz::Client, rows: Vec<RowRecord>) -> Result<()> {
        let policy = self.policy(&rows)?;
        stream::iter(rows)
            .map(|row| self.awaz_row(client, &policy, row))
            .buffer_unordered(self.options.concurrency.max(1))
            .try_collect()
            .await
    }

    async fn awaz_row(
        &self,
        client: &awaz::Client,
        policy: &CallPolicy,
        mut row: RowRecord,
    ) -> Result<()> {
        if row.step == Step::Record {
            if !self.proceed().await {
                return Ok(());
            }
            let saved = write_once(
                || self.sending(&[row.line], None),
                client.save_contact(&row.values.to_contact()),
                |(), written| match written {
                    Written::Applied(contact) => {
                        let change = Change {
                            record_id: Some(contact.id.clone()),
                            ..self.record_confirmed()
                        };
                        self.store.update(self.id, &[row.line], &change)?;
                        Ok(Some(contact.id))
                    }
                    other => {
                        self.store.update(self.id, &[row.line], &failure(other))?;
                        Ok(None)
                    }
                },
            )
            .await?;
            let Some(contact_id) = saved.flatten() else {
                return Ok(());
            };
            row.step = Step::Call;
            row.record_id = Some(contact_id);
        }
        let Some(JobCalls {
            who:
                CallWho::Awaz {
                    agent_id,
                    from_phone_id,
                },
            zone,
            ..
        }) = &self.calls
        else {
            return Ok(());
        };
        if !self.proceed().await {
            return Ok(());
        }
        let (at, note) = match self.call_time(policy, &row)? {
            Ok((at, note)) => (at.unwrap_or_else(crate::clock::now), note),
            Err(reason) => return self.refuse_call(&row, reason),
        };
        let zone: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::Tz::UTC);
        let call = awaz::ScheduleCall {
            agent: agent_id.clone(),
            name: row.values.name.clone().unwrap_or_else(|| row.name.clone()),
            phone: row.phone.clone(),
            from: from_phone_id.clone(),
            datetime: at.with_timezone(&zone).fixed_offset(),
        };
        write_once(
            || self.sending(&[row.line], Some(at)),
            client.schedule_call(&call),
            |(), written| {
                let change = match written {
                    Written::Applied(placed) => Change {
                        call_id: Some(placed.id),
                        call_status: word(&placed.status),
                        reason: note,
                        ..Change::to(Status::Done)
                    },
                    other => failure(other),
                };
                self.store.update(self.id, &[row.line], &change)
            },
        )
        .await
        .map(drop)
    }

    /// Calls placed since the run started that no row of this run owns yet, by phone
    /// number, oldest last (so `pop` takes the newest).
    async fn awaz_calls_since_start(
        &self,
        client: &awaz::Client,
    ) -> Result<HashMap<String, Vec<awaz::Call>>> {
        let owned: HashSet<String> = self
            .store
            .rows(self.id, &[Status::Done, Status::Waiting, Status::Sending])?
            .into_iter()
            .filter_map(|row| row.call_id)
            .collect();
        let mut placed: HashMap<String, Vec<awaz::Call>> = HashMap::new();
        for page in 0..MAX_CHECK_PAGES {
            let listing = client.list_calls(page).await?;
            for call in listing.items {
                if self.awaz_marker.as_deref() == Some(call.id.as_str()) {
                    return Ok(reversed(placed));
                }
                if !owned.contains(&call.id) {
                    placed
                        .entry(call.contact.phone.clone())
                        .or_default()
                        .push(call);
                }
            }
            if listing.is_last {
                break;
            }
        }
        Ok(reversed(placed))
    }
}

/// A call the rules let go: its row, its start (`None`: now) and the words of the rule that
/// moved it.
struct PlacedCall<'a> {
    row: &'a RowRecord,
    schedule: Option<DateTime<Utc>>,
    note: Option<String>,
}

/// What a GetVocal call's answer means for its row; `note` says which rule moved it.
fn call_outcome(written: Written<getvocal::TriggeredCall>, call: &PlacedCall<'_>) -> Change {
    match written {
        Written::Applied(placed) => Change {
            call_id: Some(placed.id),
            call_status: word(&placed.call_status),
            reason: call.note.clone(),
            ..Change::to(Status::Done)
        },
        // A call is already waiting for this lead: ours, when this is a re-send after an
        // unknown outcome. Either way the lead will be called once.
        Written::Refused(Error::GetVocal(error))
            if error
                .problem()
                .is_some_and(getvocal::Problem::is_already_queued) =>
        {
            Change {
                call_status: Some(
                    if call.schedule.is_some() {
                        "scheduled"
                    } else {
                        "in_queue"
                    }
                    .to_owned(),
                ),
                reason: call.note.clone(),
                ..Change::to(Status::Done)
            }
        }
        other => failure(other),
    }
}

/// Newest-first lists turned oldest-first, so `pop` gives the newest.
fn reversed(mut placed: HashMap<String, Vec<awaz::Call>>) -> HashMap<String, Vec<awaz::Call>> {
    placed.values_mut().for_each(|calls| calls.reverse());
    placed
}

/// What a write that did not apply (or may have) means for its row.
fn failure<T>(written: Written<T>) -> Change {
    match written {
        Written::Applied(_) => Change::to(Status::Done),
        Written::Refused(error) => Change::to(Status::Failed).because(error.explain().title),
        Written::NotApplied(error) => Change::to(Status::Waiting)
            .because(error.explain().title)
            .tried(),
        Written::MaybeApplied(error) => Change::to(Status::Unknown)
            .because(error.explain().title)
            .tried(),
    }
}

/// A provider status as its JSON word ("in_queue", "scheduled"…).
fn word<T: Serialize>(status: &T) -> Option<String> {
    match serde_json::to_value(status) {
        Ok(serde_json::Value::String(word)) => Some(word),
        _ => None,
    }
}
