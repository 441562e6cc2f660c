//! Everything an account manager does on Awaz, in the words of the screens: the directory
//! (agents, phones, contact lists), contacts, scheduling a call, the call log, webhooks and
//! credit/minute top-ups, plus the "Awaz asked us to wait" notice.
//!
//! Every write goes through the journal with the `action_key` the window made once per
//! confirmed intent, so a double click, an Enter repeat or a retry of the same intent never
//! sends twice. Input is checked here (validate.rs, when.rs) before anything is sent, and a
//! refusal names the form field it concerns.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use awaz::{
    Agent, Call, CallPage, CallStatus, Contact, ContactList, HookSubscription, NewContact, Phone,
    ScheduleCall, Throttle, TopUp, TopUpKind, WaitReason, WorkspaceBalance, WorkspaceRef,
};
use chrono::{DateTime, Local, Utc};
use chrono_tz::Tz;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use specta::Type;

use crate::calling;
use crate::csv_export::write_csv;
use crate::getvocal_actions::CallWhen;
use crate::journal::{ActionKind, ActionQuery, ActionRecord, ActionState, NewAction, Sent};
use crate::service::Callboard;
use crate::validate::{self, FieldProblem};
use crate::when;
use crate::words::{self, Words};
use crate::{Error, Result};

/// What the schedule and webhook forms choose from.
#[derive(Debug, Clone, Serialize, Type)]
pub struct AwazDirectory {
    pub agents: Vec<Agent>,
    pub phones: Vec<Phone>,
    pub contact_lists: Vec<ContactList>,
    /// Entries Awaz sent that could not be read and were left out (0 almost always).
    pub skipped: u32,
}

/// The "Save a contact" form, as typed.
#[derive(Debug, Clone, Deserialize, Type)]
pub struct ContactForm {
    pub name: String,
    /// Any common way of writing the number; read with Settings' default country.
    pub phone: String,
    pub email: String,
}

/// The "Schedule a call" form, as typed.
#[derive(Debug, Clone, Deserialize, Type)]
pub struct AwazCallForm {
    /// The AI agent that places the call.
    pub agent_id: String,
    /// The id of the phone number the call comes from.
    pub from_phone_id: String,
    pub contact_name: String,
    pub contact_phone: String,
    /// The same "now or at" choice as GetVocal's form, so both tabs share one shape.
    pub when: CallWhen,
}

/// The "Subscribe a web address" form.
#[derive(Debug, Clone, Deserialize, Type)]
pub struct HookForm {
    pub hook_url: String,
    /// The statuses that trigger a notification; empty = every status.
    pub statuses: Vec<CallStatus>,
    /// Agent ids; empty = every agent.
    pub agent_ids: Vec<String>,
}

/// The top-up form, as typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct TopUpForm {
    /// The client workspace: its email address or its id.
    pub workspace: String,
    pub kind: TopUpKind,
    /// As typed, e.g. "25" or "10,50".
    pub amount: String,
}

/// A checked top-up, with the question the confirmation dialog asks.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct TopUpPlan {
    pub workspace: String,
    pub kind: TopUpKind,
    pub amount: f64,
    /// "Add 25 credits to north-clinic@callboard.test?"
    pub question: String,
    /// The key to send this exact top-up with: it carries a fingerprint of the account and
    /// the request, so only what was confirmed can be sent under it.
    pub action_key: String,
    /// The form as checked: what the confirm button sends (the live form may change).
    pub form: TopUpForm,
    /// An earlier top-up to this workspace still on its way or of unknown outcome: it is
    /// settled before this one can be sent.
    pub unsettled: Option<ActionRecord>,
}

/// Whether Awaz asked Callboard to wait, for "Awaz asked us to wait — continuing at 14:05".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct ThrottleView {
    pub waiting: bool,
    /// RFC 3339 UTC, when waiting.
    pub until: Option<String>,
    /// The sentence to show, when waiting.
    pub message: Option<String>,
}

/// A CSV file written for the person, to show where it went.
#[derive(Debug, Clone, Serialize, Type)]
pub struct ExportedFile {
    pub path: String,
    pub rows: u32,
}

const TOP_UP_KINDS: [ActionKind; 2] = [ActionKind::AwazCredits, ActionKind::AwazMinutes];

pub async fn directory(callboard: &Callboard, account_id: &str) -> Result<AwazDirectory> {
    let client = callboard.awaz(account_id).await?.client;
    let (agents, phones, lists) = tokio::try_join!(
        client.list_agents(),
        client.list_phones(),
        client.list_contact_lists()
    )
    .map_err(|error| refused(callboard, account_id, error))?;
    Ok(AwazDirectory {
        skipped: agents.skipped + phones.skipped + lists.skipped,
        agents: agents.items,
        phones: phones.items,
        contact_lists: lists.items,
    })
}

/// Contacts the schedule form offers to pick: the ones saved from Callboard, then the
/// contacts of the most recent calls, each phone number once.
pub async fn known_contacts(callboard: &Callboard, account_id: &str) -> Result<Vec<Contact>> {
    let client = callboard.awaz(account_id).await?.client;
    let saved = callboard
        .journal()
        .list(&ActionQuery {
            account_id: Some(account_id.to_owned()),
            kinds: vec![ActionKind::AwazContact],
            ..ActionQuery::default()
        })?
        .into_iter()
        .filter(|record| record.state == ActionState::Succeeded)
        .filter_map(|record| serde_json::from_str::<Contact>(record.response.as_deref()?).ok());
    let recent = client
        .list_calls(0)
        .await
        .map_err(|error| refused(callboard, account_id, error))?
        .items
        .into_iter()
        .map(|call| call.contact);
    let mut seen = HashSet::new();
    Ok(saved
        .chain(recent)
        .filter(|contact| !contact.phone.is_empty() && seen.insert(contact.phone.clone()))
        .collect())
}

pub async fn save_contact(
    callboard: &Callboard,
    account_id: &str,
    action_key: String,
    form: ContactForm,
) -> Result<Sent<Contact>> {
    let country = callboard.settings().preferences.default_country;
    let contact = NewContact {
        name: field(
            "name",
            validate::required("errors-field-label-name", &form.name),
        )?,
        phone: field("phone", validate::phone_e164(&form.phone, &country))?,
        email: field("email", validate::email(&form.email))?,
    };
    let session = callboard.awaz(account_id).await?;
    let action = NewAction {
        action_key,
        kind: ActionKind::AwazContact,
        account_id: account_id.to_owned(),
        account_name: session.account.name.clone(),
        summary: Words::new("journal-awaz-save-contact")
            .arg("name", &contact.name)
            .arg("phone", &contact.phone),
        subject: Some(contact.phone.clone()),
        request: to_json(&contact),
    };
    send_journaled(callboard, action, session.client.save_contact(&contact)).await
}

pub async fn schedule_call(
    callboard: &Callboard,
    account_id: &str,
    action_key: String,
    form: AwazCallForm,
) -> Result<Sent<Call>> {
    let settings = callboard.settings();
    let agent = field(
        "agent_id",
        validate::required("errors-field-label-agent", &form.agent_id),
    )?;
    let from = field(
        "from_phone_id",
        validate::required("errors-field-label-from-phone", &form.from_phone_id),
    )?;
    let name = field(
        "contact_name",
        validate::required("errors-field-label-contact-name", &form.contact_name),
    )?;
    let phone = field(
        "contact_phone",
        validate::phone_e164(&form.contact_phone, &settings.preferences.default_country),
    )?;
    // `None`: now.
    let (datetime, when_words) = match &form.when {
        CallWhen::Now => {
            let zone = time_zone(callboard);
            (
                crate::clock::now().with_timezone(&zone).fixed_offset(),
                None,
            )
        }
        CallWhen::At(at) => {
            let resolved =
                when::resolve(at, crate::clock::now()).map_err(|problem| Error::InvalidField {
                    field: problem.field,
                    message: problem.message,
                })?;
            (resolved.local, Some(resolved.description))
        }
    };
    let requested = matches!(form.when, CallWhen::At(_)).then(|| datetime.with_timezone(&Utc));
    let placed = calling::place_single(callboard, account_id, &phone, requested, "contact_phone")?;
    let (datetime, when_words, note) = match (placed.at, placed.note) {
        (Some(at), Some(note)) => (
            // In the zone the call was asked in, with its offset on the new day.
            at.with_timezone(&match &form.when {
                CallWhen::At(asked) => asked.zone.trim().parse().unwrap_or(time_zone(callboard)),
                CallWhen::Now => time_zone(callboard),
            })
            .fixed_offset(),
            Some(calling::callee_clock(&phone, at, |clock| {
                words::short_date_time(clock, true)
            })),
            Some(note),
        ),
        _ => (datetime, when_words, None),
    };
    let call = ScheduleCall {
        agent,
        name,
        phone,
        from,
        datetime,
    };
    let session = callboard.awaz(account_id).await?;
    let action = NewAction {
        action_key,
        kind: ActionKind::AwazCall,
        account_id: account_id.to_owned(),
        account_name: session.account.name.clone(),
        summary: with_note(
            match when_words {
                None => Words::new("journal-awaz-call-now"),
                Some(when) => Words::new("journal-awaz-call-at").arg("when", when),
            }
            .arg("name", &call.name)
            .arg("phone", &call.phone),
            note,
        ),
        subject: Some(call.phone.clone()),
        request: to_json(&call),
    };
    send_journaled(callboard, action, session.client.schedule_call(&call)).await
}

/// One page (0-based, 20 calls, newest first) of the call log.
pub async fn calls(callboard: &Callboard, account_id: &str, page: u32) -> Result<CallPage> {
    let client = callboard.awaz(account_id).await?.client;
    client
        .list_calls(page)
        .await
        .map_err(|error| refused(callboard, account_id, error))
}

pub async fn call(callboard: &Callboard, account_id: &str, call_id: &str) -> Result<Call> {
    let client = callboard.awaz(account_id).await?.client;
    client
        .call(call_id)
        .await
        .map_err(|error| refused(callboard, account_id, error))
}

pub async fn hooks(callboard: &Callboard, account_id: &str) -> Result<Vec<HookSubscription>> {
    let client = callboard.awaz(account_id).await?.client;
    let hooks = client
        .list_hooks()
        .await
        .map_err(|error| refused(callboard, account_id, error))?;
    Ok(hooks.items)
}

pub async fn subscribe_hook(
    callboard: &Callboard,
    account_id: &str,
    action_key: String,
    form: HookForm,
) -> Result<Sent<HookSubscription>> {
    let hook_url = field("hook_url", validate::https_url(&form.hook_url))?;
    if let Some(unknown) = form
        .statuses
        .iter()
        .find(|status| !CallStatus::DOCUMENTED.contains(status))
    {
        return Err(Error::InvalidField {
            field: "statuses".to_owned(),
            message: Words::new("errors-field-awaz-unknown-status")
                .arg("status", to_json(unknown).as_str().unwrap_or_default())
                .text(),
        });
    }
    let subscription = HookSubscription {
        hook_url,
        agents: form.agent_ids,
        status: form.statuses,
    };
    let session = callboard.awaz(account_id).await?;
    let action = NewAction {
        action_key,
        kind: ActionKind::AwazWebhook,
        account_id: account_id.to_owned(),
        account_name: session.account.name.clone(),
        summary: Words::new("journal-awaz-subscribe-hook").arg("url", &subscription.hook_url),
        subject: Some(subscription.hook_url.clone()),
        request: to_json(&subscription),
    };
    send_journaled(
        callboard,
        action,
        session.client.subscribe_hook(&subscription),
    )
    .await
}

/// Deletes the subscriptions of `hook_url`; the answer is how many were deleted.
pub async fn delete_hook(
    callboard: &Callboard,
    account_id: &str,
    action_key: String,
    hook_url: &str,
) -> Result<Sent<u32>> {
    let session = callboard.awaz(account_id).await?;
    let action = NewAction {
        action_key,
        kind: ActionKind::AwazWebhook,
        account_id: account_id.to_owned(),
        account_name: session.account.name.clone(),
        summary: Words::new("journal-awaz-delete-hook").arg("url", hook_url),
        subject: Some(hook_url.to_owned()),
        request: json!({ "delete": hook_url }),
    };
    send_journaled(callboard, action, session.client.delete_hook(hook_url)).await
}

/// Checks a top-up form for an account, words the confirmation question and makes the key
/// bound to this exact request. Nothing is sent.
pub fn review_top_up(
    callboard: &Callboard,
    account_id: &str,
    form: &TopUpForm,
) -> Result<TopUpPlan> {
    let mut plan = plan_top_up(form)?;
    let request = to_json(&top_up_request(&plan));
    plan.action_key = format!(
        "{}.{}",
        uuid::Uuid::new_v4(),
        fingerprint(account_id, &request)
    );
    plan.unsettled = top_ups(callboard, Some(&plan.workspace))?
        .into_iter()
        .find(|record| matches!(record.state, ActionState::Pending | ActionState::Unknown));
    Ok(plan)
}

/// Sends one top-up. The journal records it before sending and its outcome after; the
/// same `action_key` never sends again, whatever happened the first time. The key must be
/// the one [`review_top_up`] made for this account and form, and no earlier top-up to the
/// workspace may be unsettled.
pub async fn top_up(
    callboard: &Callboard,
    account_id: &str,
    action_key: String,
    form: TopUpForm,
) -> Result<Sent<WorkspaceBalance>> {
    let plan = plan_top_up(&form)?;
    let top_up = top_up_request(&plan);
    let request = to_json(&top_up);
    if action_key.rsplit('.').next() != Some(fingerprint(account_id, &request).as_str()) {
        return Err(Error::ConfirmationChanged);
    }
    let session = callboard.awaz(account_id).await?;
    let action = NewAction {
        action_key,
        kind: match plan.kind {
            TopUpKind::Credits => ActionKind::AwazCredits,
            TopUpKind::Minutes => ActionKind::AwazMinutes,
        },
        account_id: account_id.to_owned(),
        account_name: session.account.name.clone(),
        summary: top_up_words(&plan, "journal-awaz-top-up"),
        subject: Some(plan.workspace.clone()),
        request,
    };
    let sent = send_settled_first(
        callboard,
        action,
        &TOP_UP_KINDS,
        session.client.top_up(&top_up),
    )
    .await?;
    if sent.record.state == ActionState::Succeeded {
        // The top-up is done; a list of suggestions that could not be saved changes nothing.
        if let Err(error) = callboard.remember_workspace(&plan.workspace) {
            tracing::warn!("could not save the recent workspaces: {error}");
        }
    }
    Ok(sent)
}

fn top_up_request(plan: &TopUpPlan) -> TopUp {
    let workspace = if plan.workspace.contains('@') {
        WorkspaceRef::by_email(&plan.workspace)
    } else {
        WorkspaceRef::by_id(&plan.workspace)
    };
    TopUp {
        workspace,
        kind: plan.kind,
        amount: plan.amount,
    }
}

/// A short fingerprint of who sends what (FNV-1a, 64 bits): binds a confirmation's key to
/// its request. Not a secret, only a guard against sending something else under it.
fn fingerprint(account_id: &str, request: &Value) -> String {
    let text = format!("{account_id}\n{request}");
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// Top-ups from the journal, newest first, optionally only those of one workspace.
pub fn top_ups(callboard: &Callboard, workspace: Option<&str>) -> Result<Vec<ActionRecord>> {
    let wanted = workspace.map(str::trim).filter(|w| !w.is_empty());
    let records = callboard.journal().list(&ActionQuery {
        kinds: TOP_UP_KINDS.to_vec(),
        text: wanted.map(str::to_owned),
        ..ActionQuery::default()
    })?;
    // The text filter also matches summaries; a workspace check wants exactly its own.
    Ok(records
        .into_iter()
        .filter(|record| {
            wanted.is_none_or(|w| {
                record
                    .subject
                    .as_deref()
                    .is_some_and(|subject| subject.eq_ignore_ascii_case(w))
            })
        })
        .collect())
}

/// Whether the account's requests are held back, and until when in the person's zone.
pub async fn throttle(callboard: &Callboard, account_id: &str) -> Result<ThrottleView> {
    let throttle = callboard
        .awaz(account_id)
        .await?
        .client
        .throttle_watch()
        .borrow()
        .clone();
    Ok(throttle_view(&throttle, time_zone(callboard)))
}

/// The account's throttle as it changes, worded as [`throttle`] words it.
pub struct ThrottleChanges {
    throttle: tokio::sync::watch::Receiver<Throttle>,
    zone: Tz,
}

impl ThrottleChanges {
    /// Waits for the next change; `None` once the account's client is gone (signed out or
    /// replaced), after which a new follower is needed.
    pub async fn next(&mut self) -> Option<ThrottleView> {
        self.throttle.changed().await.ok()?;
        let view = throttle_view(&self.throttle.borrow_and_update(), self.zone);
        Some(view)
    }
}

/// Follows whether the account's requests are held back, to push each change to the window.
pub async fn throttle_changes(callboard: &Callboard, account_id: &str) -> Result<ThrottleChanges> {
    Ok(ThrottleChanges {
        throttle: callboard.awaz(account_id).await?.client.throttle_watch(),
        zone: time_zone(callboard),
    })
}

/// The zone the person chose in Settings, else this computer's.
pub(crate) fn time_zone(callboard: &Callboard) -> Tz {
    callboard
        .settings()
        .preferences
        .time_zone
        .unwrap_or_else(when::local_zone)
        .parse()
        .unwrap_or(Tz::UTC)
}

/// Runs `send` through the journal, marking the account when Awaz refused its key.
async fn send_journaled<T, F>(callboard: &Callboard, action: NewAction, send: F) -> Result<Sent<T>>
where
    T: Serialize + DeserializeOwned,
    F: std::future::Future<Output = awaz::Result<T>>,
{
    send_settled_first(callboard, action, &[], send).await
}

/// [`send_journaled`], refused while an earlier action of `family` on the same subject is
/// unsettled (see `Journal::send_settled_first`).
async fn send_settled_first<T, F>(
    callboard: &Callboard,
    action: NewAction,
    family: &[ActionKind],
    send: F,
) -> Result<Sent<T>>
where
    T: Serialize + DeserializeOwned,
    F: std::future::Future<Output = awaz::Result<T>>,
{
    let account_id = action.account_id.clone();
    let send = async {
        send.await
            .map_err(|error| refused(callboard, &account_id, error))
    };
    callboard
        .journal()
        .send_settled_first(action, family, send)
        .await
}

/// Checks a top-up form and words the confirmation question. Nothing is sent.
pub fn plan_top_up(form: &TopUpForm) -> Result<TopUpPlan> {
    let workspace = field(
        "workspace",
        validate::required("errors-field-label-workspace", &form.workspace),
    )?;
    let workspace = if workspace.contains('@') {
        field("workspace", validate::email(&workspace))?
    } else if workspace.chars().any(char::is_whitespace) {
        return Err(Error::InvalidField {
            field: "workspace".to_owned(),
            message: words::word("errors-field-awaz-workspace"),
        });
    } else {
        workspace
    };
    let amount = field("amount", validate::positive_amount(&form.amount))?;
    let mut plan = TopUpPlan {
        action_key: String::new(),
        form: form.clone(),
        unsettled: None,
        workspace,
        kind: form.kind,
        amount,
        question: String::new(),
    };
    plan.question = top_up_words(&plan, "journal-awaz-top-up-question").text();
    Ok(plan)
}

/// "Add 25 credits to north-clinic@callboard.test" (`journal-awaz-top-up`), or its question.
fn top_up_words(plan: &TopUpPlan, id: &str) -> Words {
    Words::new(id)
        .arg("amount", plan.amount)
        .arg(
            "kind",
            match plan.kind {
                TopUpKind::Credits => "credits",
                TopUpKind::Minutes => "minutes",
            },
        )
        .arg("workspace", &plan.workspace)
}

/// A summary followed by what the calling rules changed about it, when they did.
pub(crate) fn with_note(summary: Words, note: Option<String>) -> Words {
    match note {
        Some(note) => Words::new("journal-with-note")
            .arg("summary", summary)
            .arg("note", note),
        None => summary,
    }
}

fn throttle_view(throttle: &Throttle, zone: Tz) -> ThrottleView {
    match throttle {
        Throttle::Clear => ThrottleView {
            waiting: false,
            until: None,
            message: None,
        },
        Throttle::Waiting { until, reason } => {
            let at = until.with_timezone(&zone).format("%H:%M").to_string();
            let message = match reason {
                WaitReason::RateLimited => "journal-awaz-waiting-rate-limited",
                WaitReason::Unavailable => "journal-awaz-waiting-unavailable",
            };
            ThrottleView {
                waiting: true,
                until: Some(until.to_rfc3339()),
                message: Some(Words::new(message).arg("time", at).text()),
            }
        }
    }
}

/// Writes the calls the log shows to `<folder>/callboard-awaz-calls-<local time>.csv`: one row
/// per call, then one column per extracted variable found in any of them.
pub fn export_calls(calls: &[Call], folder: &Path) -> Result<ExportedFile> {
    let variables: BTreeSet<&str> = calls
        .iter()
        .flat_map(|call| call.extracted_variables.keys().map(String::as_str))
        .collect();
    let mut headers = words::each(&[
        "exports-call-id",
        "exports-contact",
        "exports-phone",
        "exports-email",
        "exports-status",
    ]);
    headers.extend(variables.iter().map(|name| name.to_string()));
    let rows = calls.iter().map(|call| {
        let mut row = vec![
            call.id.clone(),
            call.contact.name.clone(),
            call.contact.phone.clone(),
            call.contact.email.clone().unwrap_or_default(),
            status_word(&call.status),
        ];
        row.extend(variables.iter().map(|name| {
            call.extracted_variables
                .get(*name)
                .map(cell)
                .unwrap_or_default()
        }));
        row
    });
    write_export(folder, "awaz-calls", &headers, rows, calls.len())
}

/// Writes journal top-up records to `<folder>/callboard-top-ups-<local time>.csv`.
pub fn export_top_ups(records: &[ActionRecord], folder: &Path) -> Result<ExportedFile> {
    let headers = words::each(&[
        "exports-when-utc",
        "exports-account",
        "exports-workspace",
        "exports-what",
        "exports-outcome",
        "exports-reason",
    ]);
    let rows = records.iter().map(|record| {
        vec![
            record.created_at.clone(),
            record.account_name.clone(),
            record.subject.clone().unwrap_or_default(),
            record.summary.clone(),
            outcome_word(record.state),
            record.error.clone().unwrap_or_default(),
        ]
    });
    write_export(folder, "top-ups", &headers, rows, records.len())
}

pub(crate) fn write_export(
    folder: &Path,
    what: &str,
    headers: &[String],
    rows: impl IntoIterator<Item = Vec<String>>,
    count: usize,
) -> Result<ExportedFile> {
    let storage = |error: std::io::Error| Error::Storage(format!("{}: {error}", folder.display()));
    std::fs::create_dir_all(folder).map_err(storage)?;
    let path = unused_path(folder, what, Local::now());
    let file = std::fs::File::create(&path).map_err(storage)?;
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    write_csv(std::io::BufWriter::new(file), &headers, rows).map_err(storage)?;
    Ok(ExportedFile {
        path: path.display().to_string(),
        rows: u32::try_from(count).unwrap_or(u32::MAX),
    })
}

/// `callboard-<what>-2026-11-21-1405.csv`, with `-2`, `-3`… when exported twice a minute.
fn unused_path(folder: &Path, what: &str, now: DateTime<Local>) -> PathBuf {
    let stem = format!("callboard-{what}-{}", now.format("%Y-%m-%d-%H%M"));
    let mut path = folder.join(format!("{stem}.csv"));
    let mut copy = 2;
    while path.exists() {
        path = folder.join(format!("{stem}-{copy}.csv"));
        copy += 1;
    }
    path
}

fn status_word(status: &CallStatus) -> String {
    match serde_json::to_value(status) {
        Ok(Value::String(word)) => word,
        _ => format!("{status:?}"),
    }
}

/// Outcome words shared by the top-ups list and its CSV.
fn outcome_word(state: ActionState) -> String {
    words::word(match state {
        ActionState::Pending => "exports-outcome-pending",
        ActionState::Succeeded => "exports-outcome-succeeded",
        ActionState::Failed => "exports-outcome-failed",
        ActionState::Unknown => "exports-outcome-unknown",
    })
}

/// Text stays text; numbers, booleans and structures are written as JSON; null is empty.
fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// A provider error, noted first when it means the account's key no longer works (the
/// account then shows "new key needed").
fn refused(callboard: &Callboard, account_id: &str, error: awaz::Error) -> Error {
    callboard.check_sign_in(account_id, error.into())
}

fn field<T>(name: &str, checked: std::result::Result<T, FieldProblem>) -> Result<T> {
    checked.map_err(|problem| Error::InvalidField {
        field: name.to_owned(),
        message: problem.message,
    })
}

fn to_json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(workspace: &str, kind: TopUpKind, amount: &str) -> TopUpForm {
        TopUpForm {
            workspace: workspace.to_owned(),
            kind,
            amount: amount.to_owned(),
        }
    }

    #[test]
    fn top_up_question_names_amount_kind_and_workspace() {
        let plan = plan_top_up(&form(
            " north-clinic@callboard.test ",
            TopUpKind::Credits,
            "25",
        ))
        .unwrap();
        assert_eq!(
            plan.question,
            "Add 25 credits to north-clinic@callboard.test?"
        );
        let plan = plan_top_up(&form("67a0c1d2e3f4a5b6c7d8e901", TopUpKind::Minutes, "1")).unwrap();
        assert_eq!(plan.question, "Add 1 minute to 67a0c1d2e3f4a5b6c7d8e901?");
        let plan = plan_top_up(&form("a@b.test", TopUpKind::Minutes, "10,5")).unwrap();
        assert_eq!(plan.question, "Add 10.50 minutes to a@b.test?");
    }

    #[test]
    fn top_up_problems_name_their_field() {
        for (workspace, amount, wanted) in [
            ("", "5", "workspace"),
            ("north clinic", "5", "workspace"),
            ("north@clinic", "5", "workspace"),
            ("a@b.test", "-5", "amount"),
            ("a@b.test", "0", "amount"),
        ] {
            match plan_top_up(&form(workspace, TopUpKind::Credits, amount)) {
                Err(Error::InvalidField { field, .. }) => {
                    assert_eq!(field, wanted, "{workspace} {amount}")
                }
                other => panic!("{workspace} {amount}: {other:?}"),
            }
        }
    }

    #[test]
    fn throttle_words_say_until_when_in_the_persons_zone() {
        let until = DateTime::parse_from_rfc3339("2026-11-21T13:05:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let view = throttle_view(
            &Throttle::Waiting {
                until,
                reason: WaitReason::RateLimited,
            },
            "Europe/Paris".parse().unwrap(),
        );
        assert!(view.waiting);
        assert!(view
            .message
            .unwrap()
            .starts_with("Awaz asked us to wait — continuing at 14:05"),);
        assert!(!throttle_view(&Throttle::Clear, Tz::UTC).waiting);
    }

    #[test]
    fn exported_calls_get_a_column_per_variable_and_safe_cells() {
        let folder = tempfile::tempdir().unwrap();
        let calls: Vec<Call> = serde_json::from_value(json!([
            {"id": "c1", "contact": {"name": "=cmd", "phone": "+12025550123", "email": null},
             "status": "outcome", "extracted_variables": {"interested": true, "appointment_date": "2026-11-03"}},
            {"id": "c2", "contact": {"name": "Bo", "phone": "+12025550124"}, "status": "busy",
             "extracted_variables": {}}
        ]))
        .unwrap();
        let exported = export_calls(&calls, folder.path()).unwrap();
        assert_eq!(exported.rows, 2);
        let text = std::fs::read_to_string(&exported.path).unwrap();
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(
            lines[0],
            "Call id,Contact,Phone,Email,Status,appointment_date,interested"
        );
        assert_eq!(lines[1], "c1,'=cmd,'+12025550123,,outcome,2026-11-03,true");
        assert_eq!(lines[2], "c2,Bo,'+12025550124,,busy,,");
        let again = export_calls(&calls, folder.path()).unwrap();
        assert_ne!(
            again.path, exported.path,
            "a second export keeps the first file"
        );
    }
}
