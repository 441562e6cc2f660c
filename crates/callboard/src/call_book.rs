//! Lists to work from, read from the journal: the leads Callboard created with where their calls
//! stand, the calls still to come on both platforms, and the calls that need a look.
//!
//! Neither platform lists what is waiting (GetVocal has no route that lists leads or calls; an
//! Awaz call in the log carries no time), so these lists are what Callboard itself sent, from a
//! form (the journal) or an import (the bulk runs' rows), and what the platforms answered. Cancelling goes through the journaled write path like any
//! other write; these functions only read.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::bulk::{self, Status, Step, Store};
use crate::endpoints::Platform;
use crate::getvocal_actions::{CancelledCalls, CreatedLead, PlacedCall};
use crate::journal::{ActionKind, ActionQuery, ActionRecord, ActionState, Sent};
use crate::service::Callboard;
use crate::Result;

/// Every status a bulk row can be in, to read all of a run's rows.
pub(crate) const EVERY_STATUS: [Status; 6] = [
    Status::Waiting,
    Status::Sending,
    Status::Unknown,
    Status::Done,
    Status::Failed,
    Status::NeedsCheck,
];

/// A call sent to be placed "now" still counts as coming for this long: it waits in the
/// platform's queue for a moment before the phone rings.
const QUEUED_FOR: Duration = Duration::minutes(10);

/// Where a lead's calls stand.
#[derive(Serialize, Deserialize, Type, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum LeadCalls {
    /// No call was placed from Callboard yet.
    NoCall,
    /// A call is scheduled or waiting in the queue.
    Waiting,
    /// The last call has been placed.
    Called,
    /// The waiting calls were cancelled after the last call was placed.
    Cancelled,
}

/// A lead Callboard created, with its last call.
#[derive(Serialize, Type, Clone, Debug, PartialEq)]
pub struct LeadEntry {
    pub account_id: String,
    pub account_name: String,
    /// GetVocal's lead id (to call it or cancel its calls).
    pub lead_id: String,
    pub name: String,
    /// E.164, as GetVocal answered it.
    pub phone_number: String,
    pub customer_lead_id: Option<String>,
    /// When Callboard created it, RFC 3339 UTC.
    pub created_at: String,
    /// When the last call is (or was) placed, RFC 3339 UTC.
    pub last_call: Option<String>,
    /// The last call's History key, to open its page.
    pub last_call_key: Option<String>,
    pub calls: LeadCalls,
    /// Added by an import (a bulk run) rather than the form.
    pub imported: bool,
    /// The time zones the number may ring in (see [`callee_zones`]).
    pub callee_zones: Vec<String>,
}

/// A call still to come, on either platform.
#[derive(Serialize, Type, Clone, Debug, PartialEq)]
pub struct UpcomingCall {
    /// Its History key ("journal:12" when sent from a form, "bulk:3:14:call" from an import),
    /// to open its page.
    pub key: String,
    pub platform: Platform,
    pub account_id: String,
    pub account_name: String,
    /// The person called, as Callboard knows them ("Marie Dupont"), or their number.
    pub who: String,
    /// E.164.
    pub phone_number: String,
    /// When it is placed, RFC 3339 (UTC for GetVocal; with the chosen zone's offset for Awaz).
    pub at: String,
    /// The GetVocal persona or Awaz agent that calls.
    pub agent_id: String,
    /// GetVocal's lead, whose waiting calls can be cancelled; `None` on Awaz, whose API has
    /// no way to cancel a call.
    pub lead_id: Option<String>,
    /// The time zones the number may ring in (see [`callee_zones`]).
    pub callee_zones: Vec<String>,
}

/// A person an import sent (a bulk run's row), as the lists need them.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedRow {
    pub job_id: i64,
    pub line: u32,
    pub platform: Platform,
    pub account_id: String,
    pub account_name: String,
    /// When the run started, RFC 3339 UTC.
    pub created_at: String,
    pub name: String,
    /// E.164.
    pub phone_number: String,
    /// GetVocal's lead, once created.
    pub lead_id: Option<String>,
    pub customer_lead_id: Option<String>,
    /// The persona or agent of the run's calls.
    pub agent_id: Option<String>,
    /// When its call is placed, once the platform took it.
    pub call_at: Option<DateTime<Utc>>,
}

impl ImportedRow {
    /// The History key of its call.
    pub fn call_key(&self) -> String {
        format!("bulk:{}:{}:call", self.job_id, self.line)
    }
}

/// The zones a number may ring in, by IANA name ("Europe/Paris"): one for most numbers, several
/// where its prefix spans zones, none when unknown.
pub fn callee_zones(e164: &str) -> Vec<String> {
    calling_rules::zones_of(e164)
        .into_iter()
        .map(|zone| zone.name().to_owned())
        .collect()
}

/// Every lead created from Callboard (by the form or an import), newest first, each once, with
/// where its calls stand.
pub fn leads(callboard: &Callboard) -> Result<Vec<LeadEntry>> {
    let records = callboard.journal().list(&ActionQuery {
        kinds: vec![
            ActionKind::GetVocalLead,
            ActionKind::GetVocalCall,
            ActionKind::GetVocalCancelCalls,
        ],
        ..ActionQuery::default()
    })?;
    Ok(leads_from(&records, &imported_rows(callboard)?, Utc::now()))
}

/// Every row an import sent, newest run first: GetVocal leads created and calls either
/// platform took.
pub fn imported_rows(callboard: &Callboard) -> Result<Vec<ImportedRow>> {
    let store = Store::new(callboard.database().clone());
    let mut imported = Vec::new();
    for job in store.jobs()? {
        let agent_id = job.calls.as_ref().map(|calls| match &calls.who {
            bulk::CallWho::GetVocal { persona_id } => persona_id.clone(),
            bulk::CallWho::Awaz { agent_id, .. } => agent_id.clone(),
        });
        let rows = store.rows(job.id, &EVERY_STATUS)?;
        for row in rows {
            let call_sent = row.step == Step::Call && row.status == Status::Done;
            let recorded = row.step == Step::Call || row.status == Status::Done;
            let lead_id = (job.platform == Platform::GetVocal && recorded)
                .then(|| row.record_id.clone())
                .flatten();
            if lead_id.is_none() && !call_sent {
                continue;
            }
            imported.push(ImportedRow {
                job_id: job.id,
                line: row.line,
                platform: job.platform,
                account_id: job.account_id.clone(),
                account_name: job.account_name.clone(),
                created_at: job.created_at.clone(),
                name: row.name,
                phone_number: row.phone,
                lead_id,
                customer_lead_id: row.values.customer_lead_id,
                agent_id: agent_id.clone(),
                call_at: call_sent
                    .then(|| row.call_at.or_else(|| parse_utc(&job.created_at)))
                    .flatten(),
            });
        }
    }
    Ok(imported)
}

/// Calls still to come on both platforms, soonest first.
pub fn upcoming(callboard: &Callboard) -> Result<Vec<UpcomingCall>> {
    let records = callboard.journal().list(&ActionQuery {
        kinds: vec![
            ActionKind::GetVocalLead,
            ActionKind::GetVocalCall,
            ActionKind::GetVocalCancelCalls,
            ActionKind::AwazCall,
        ],
        ..ActionQuery::default()
    })?;
    Ok(upcoming_from(
        &records,
        &imported_rows(callboard)?,
        Utc::now(),
    ))
}

/// Calls of the last `days` days whose sending failed or whose outcome is unknown, newest
/// first: what the person should look at.
pub fn calls_to_check(callboard: &Callboard, days: u32) -> Result<Vec<ActionRecord>> {
    let records = callboard.journal().list(&ActionQuery {
        kinds: vec![ActionKind::GetVocalCall, ActionKind::AwazCall],
        since: Some(Utc::now() - Duration::days(i64::from(days))),
        ..ActionQuery::default()
    })?;
    Ok(records
        .into_iter()
        .filter(|record| matches!(record.state, ActionState::Failed | ActionState::Unknown))
        .collect())
}

/// A GetVocal call that went through, with when it is placed.
struct GetVocalCall<'a> {
    record: &'a ActionRecord,
    placed: PlacedCall,
    at: DateTime<Utc>,
}

/// A lead's call, from a form or an import: when it is placed, when it was sent, its key.
struct LeadCall {
    at: DateTime<Utc>,
    sent: Option<DateTime<Utc>>,
    key: String,
}

/// The pure part of [`leads`]: `records` newest first, as the journal lists them; `imported`
/// as [`imported_rows`] reads them.
pub fn leads_from(
    records: &[ActionRecord],
    imported: &[ImportedRow],
    now: DateTime<Utc>,
) -> Vec<LeadEntry> {
    let calls = getvocal_calls(records);
    let cancels = last_cancels(records);
    let from_form = records
        .iter()
        .filter(|record| record.kind == ActionKind::GetVocalLead)
        .filter_map(|record| {
            let lead = Sent::<CreatedLead>::from_record(record.clone()).answer?;
            Some(LeadEntry {
                account_id: record.account_id.clone(),
                account_name: record.account_name.clone(),
                callee_zones: callee_zones(&lead.phone_number),
                lead_id: lead.id,
                name: lead.name,
                phone_number: lead.phone_number,
                customer_lead_id: lead.customer_lead_id,
                created_at: record.created_at.clone(),
                last_call: None,
                last_call_key: None,
                calls: LeadCalls::NoCall,
                imported: false,
            })
        });
    let from_imports = imported.iter().filter_map(|row| {
        Some(LeadEntry {
            account_id: row.account_id.clone(),
            account_name: row.account_name.clone(),
            lead_id: row.lead_id.clone()?,
            name: row.name.clone(),
            phone_number: row.phone_number.clone(),
            customer_lead_id: row.customer_lead_id.clone(),
            created_at: row.created_at.clone(),
            last_call: None,
            last_call_key: None,
            calls: LeadCalls::NoCall,
            imported: true,
            callee_zones: callee_zones(&row.phone_number),
        })
    });
    let mut seen = std::collections::HashSet::new();
    let mut leads: Vec<LeadEntry> = from_form
        .chain(from_imports)
        .filter(|lead| seen.insert((lead.account_id.clone(), lead.lead_id.clone())))
        .map(|mut lead| {
            let from_form = calls
                .iter()
                .filter(|call| {
                    call.record.account_id == lead.account_id
                        && call.placed.call.lead_id == lead.lead_id
                })
                .map(|call| LeadCall {
                    at: call.at,
                    sent: parse_utc(&call.record.created_at),
                    key: format!("journal:{}", call.record.id),
                });
            let from_imports = imported
                .iter()
                .filter(|row| {
                    row.account_id == lead.account_id
                        && row.lead_id.as_deref() == Some(lead.lead_id.as_str())
                })
                .filter_map(|row| {
                    Some(LeadCall {
                        at: row.call_at?,
                        sent: parse_utc(&row.created_at),
                        key: row.call_key(),
                    })
                });
            let last = from_form
                .chain(from_imports)
                .max_by_key(|call| (call.sent, call.at));
            if let Some(call) = last {
                let cancelled = cancels
                    .get(&(lead.account_id.clone(), lead.lead_id.clone()))
                    .is_some_and(|cancelled| call.sent.is_some_and(|sent| *cancelled > sent));
                lead.calls = if cancelled {
                    LeadCalls::Cancelled
                } else if still_to_come(call.at, now) {
                    LeadCalls::Waiting
                } else {
                    LeadCalls::Called
                };
                lead.last_call = Some(call.at.to_rfc3339());
                lead.last_call_key = Some(call.key);
            }
            lead
        })
        .collect();
    leads.sort_by_key(|lead| std::cmp::Reverse(parse_utc(&lead.created_at)));
    leads
}

/// The pure part of [`upcoming`]: `records` newest first, as the journal lists them; `imported`
/// as [`imported_rows`] reads them.
pub fn upcoming_from(
    records: &[ActionRecord],
    imported: &[ImportedRow],
    now: DateTime<Utc>,
) -> Vec<UpcomingCall> {
    let names: HashMap<(&str, String), String> = records
        .iter()
        .filter(|record| record.kind == ActionKind::GetVocalLead)
        .filter_map(|record| {
            let lead = Sent::<CreatedLead>::from_record(record.clone()).answer?;
            Some(((record.account_id.as_str(), lead.id), lead.name))
        })
        .collect();
    let cancels = last_cancels(records);
    let getvocal = getvocal_calls(records)
        .into_iter()
        .filter(|call| still_to_come(call.at, now) && !cancelled_after(&cancels, call))
        .map(|call| {
            let lead_id = call.placed.call.lead_id.clone();
            let phone_number = call.placed.call.to_phone_number.clone().unwrap_or_default();
            let known = names
                .get(&(call.record.account_id.as_str(), lead_id.clone()))
                .filter(|name| !name.trim().is_empty());
            UpcomingCall {
                key: format!("journal:{}", call.record.id),
                platform: Platform::GetVocal,
                account_id: call.record.account_id.clone(),
                account_name: call.record.account_name.clone(),
                who: known.cloned().unwrap_or_else(|| phone_number.clone()),
                callee_zones: callee_zones(&phone_number),
                phone_number,
                at: call.at.to_rfc3339(),
                agent_id: request_text(call.record, "persona_id"),
                lead_id: Some(lead_id),
            }
        });
    let awaz = records
        .iter()
        .filter(|record| {
            record.kind == ActionKind::AwazCall && record.state == ActionState::Succeeded
        })
        .filter_map(|record| {
            let request: serde_json::Value = serde_json::from_str(&record.request).ok()?;
            let at = DateTime::parse_from_rfc3339(request.get("datetime")?.as_str()?).ok()?;
            still_to_come(at.with_timezone(&Utc), now).then(|| UpcomingCall {
                key: format!("journal:{}", record.id),
                platform: Platform::Awaz,
                account_id: record.account_id.clone(),
                account_name: record.account_name.clone(),
                who: request_text(record, "name"),
                phone_number: request_text(record, "phone"),
                callee_zones: callee_zones(&request_text(record, "phone")),
                at: at.to_rfc3339(),
                agent_id: request_text(record, "agent"),
                lead_id: None,
            })
        });
    let from_imports = imported.iter().filter_map(|row| {
        let at = row.call_at?;
        let lead_id = row.lead_id.clone();
        let cancelled = lead_id.as_ref().is_some_and(|lead_id| {
            cancels
                .get(&(row.account_id.clone(), lead_id.clone()))
                .is_some_and(|cancelled| {
                    parse_utc(&row.created_at).is_some_and(|sent| *cancelled > sent)
                })
        });
        (still_to_come(at, now) && !cancelled).then(|| UpcomingCall {
            key: row.call_key(),
            platform: row.platform,
            account_id: row.account_id.clone(),
            account_name: row.account_name.clone(),
            who: if row.name.trim().is_empty() {
                row.phone_number.clone()
            } else {
                row.name.clone()
            },
            phone_number: row.phone_number.clone(),
            callee_zones: callee_zones(&row.phone_number),
            at: at.to_rfc3339(),
            agent_id: row.agent_id.clone().unwrap_or_default(),
            lead_id,
        })
    });
    let mut upcoming: Vec<UpcomingCall> = getvocal.chain(awaz).chain(from_imports).collect();
    upcoming.sort_by_key(|call| DateTime::parse_from_rfc3339(&call.at).ok());
    upcoming
}

/// GetVocal calls that went through, newest first.
fn getvocal_calls(records: &[ActionRecord]) -> Vec<GetVocalCall<'_>> {
    records
        .iter()
        .filter(|record| record.kind == ActionKind::GetVocalCall)
        .filter_map(|record| {
            let placed = Sent::<PlacedCall>::from_record(record.clone()).answer?;
            let created = parse_utc(&record.created_at)?;
            let at = placed
                .call
                .start_time
                .as_deref()
                .and_then(parse_utc)
                .unwrap_or(created);
            Some(GetVocalCall { record, placed, at })
        })
        .collect()
}

/// When each lead's waiting calls were last cancelled, by (account, lead).
fn last_cancels(records: &[ActionRecord]) -> HashMap<(String, String), DateTime<Utc>> {
    let mut cancels = HashMap::new();
    for record in records
        .iter()
        .filter(|record| record.kind == ActionKind::GetVocalCancelCalls)
    {
        let Some(cancelled) = Sent::<CancelledCalls>::from_record(record.clone()).answer else {
            continue;
        };
        let Some(at) = parse_utc(&record.created_at) else {
            continue;
        };
        cancels
            .entry((record.account_id.clone(), cancelled.lead_id))
            .and_modify(|last: &mut DateTime<Utc>| *last = (*last).max(at))
            .or_insert(at);
    }
    cancels
}

fn cancelled_after(
    cancels: &HashMap<(String, String), DateTime<Utc>>,
    call: &GetVocalCall,
) -> bool {
    let key = (
        call.record.account_id.clone(),
        call.placed.call.lead_id.clone(),
    );
    let placed = parse_utc(&call.record.created_at);
    cancels
        .get(&key)
        .is_some_and(|cancelled| placed.is_some_and(|placed| *cancelled > placed))
}

fn still_to_come(at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    at > now - QUEUED_FOR
}

fn request_text(record: &ActionRecord, key: &str) -> String {
    serde_json::from_str::<serde_json::Value>(&record.request)
        .ok()
        .and_then(|request| request.get(key)?.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn parse_utc(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|moment| moment.with_timezone(&Utc))
}
