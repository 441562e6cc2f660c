//! Bulk runs against the simulator over loopback HTTP: never twice, never lost.
//!
//! - 1,000 GetVocal leads and calls with 10% of the requests failing (500s, answers delayed past
//!   the client's timeout, dropped connections): each row ends confirmed exactly once in the
//!   simulator or failed with its reason.
//! - The same run killed (SIGKILL) halfway in a child process and resumed here.
//! - 300 Awaz contacts and calls on a shortened rate window: no 429.
//! - The next batch's GetVocal leads leave while a batch's calls are answered late.
//! - 200 GetVocal rows and 200 Awaz rows with calls, 30% of writes answered 502 after the
//!   platform applied them and 10% cut off after being applied, killed (SIGKILL) halfway and
//!   resumed: nobody called twice, no lead or contact created twice, checked at the simulator;
//!   every row done or held for a person's check with its reason.

mod support;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use callboard::bulk::{
    BulkCalls, BulkRequest, BulkRuns, CallStart, CallWho, CheckResult, ImportSessions, JobState,
    JobView, RowStage, RunOptions,
};
use callboard::import::Target;
use callboard::{
    AwazAccountForm, Callboard, JsonFileSettings, OpenOptions, Result, SecretKind, SecretStore,
};
use serde_json::json;
use simulator::{SimConfig, Simulator};

const OUTBOUND_PERSONA: &str = "7a41e9b3-25cd-4f80-b6e2-93c5d10a7f48";
use support::{FIRST_PHONE, RECEPTION_AGENT};
const CREATE_LEADS: &str = "POST /v1/leads";
const TRIGGER: &str = "POST /v1/calls/trigger";
const SAVE_CONTACT: &str = "POST /v1/contacts";
const SCHEDULE_AWAZ_CALL: &str = "POST /v1/calls";
/// Short enough that a delayed answer is lost quickly; the delay faults wait longer.
const CLIENT_TIMEOUT: Duration = Duration::from_millis(400);

/// Secrets in a JSON file, so a second process (and a reopened Callboard) finds the account.
struct FileSecrets {
    path: PathBuf,
    lock: Mutex<()>,
}

impl FileSecrets {
    fn new(path: PathBuf) -> Self {
        FileSecrets {
            path,
            lock: Mutex::new(()),
        }
    }

    fn load(&self) -> HashMap<String, String> {
        std::fs::read_to_string(&self.path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    fn name(account_id: &str, kind: SecretKind) -> String {
        format!("{account_id}:{kind:?}")
    }
}

impl SecretStore for FileSecrets {
    fn read(&self, account_id: &str, kind: SecretKind) -> Result<Option<String>> {
        let _guard = self.lock.lock().unwrap();
        Ok(self.load().get(&Self::name(account_id, kind)).cloned())
    }

    fn write(&self, account_id: &str, kind: SecretKind, secret: &str) -> Result<()> {
        let _guard = self.lock.lock().unwrap();
        let mut secrets = self.load();
        secrets.insert(Self::name(account_id, kind), secret.to_owned());
        std::fs::write(&self.path, serde_json::to_string(&secrets).unwrap()).unwrap();
        Ok(())
    }

    fn delete(&self, account_id: &str, kind: SecretKind) -> Result<()> {
        let _guard = self.lock.lock().unwrap();
        let mut secrets = self.load();
        secrets.remove(&Self::name(account_id, kind));
        std::fs::write(&self.path, serde_json::to_string(&secrets).unwrap()).unwrap();
        Ok(())
    }
}

fn test_options() -> RunOptions {
    RunOptions {
        retry_pause: Duration::from_millis(50),
        ..RunOptions::default()
    }
}

/// Callboard on `data_dir`, with its settings and secrets in files there.
async fn open_callboard(data_dir: &Path, awaz: awaz::ClientOptions) -> Callboard {
    let mut callboard = Callboard::open(OpenOptions {
        data_dir: data_dir.to_owned(),
        settings: Arc::new(JsonFileSettings::new(data_dir.join("settings.json"))),
        keychain: Arc::new(FileSecrets::new(data_dir.join("secrets.json"))),
        demo: false,
    })
    .await
    .unwrap();
    callboard.set_getvocal_timeout(CLIENT_TIMEOUT);
    callboard.set_awaz_options(awaz);
    callboard
}

async fn add_getvocal(callboard: &Callboard, sim: &Simulator) -> String {
    callboard
        .add_getvocal_with_password(support::getvocal_form(sim))
        .await
        .unwrap()
        .id
}

async fn add_awaz(callboard: &Callboard, sim: &Simulator, remember: bool) -> String {
    callboard
        .add_awaz(AwazAccountForm {
            name: "Clinics – Awaz".to_owned(),
            remember,
            ..support::awaz_form(sim)
        })
        .await
        .unwrap()
        .id
}

/// `count` people with distinct French mobile numbers, each with the date they agreed to be
/// called (French law requires it for calls from 11 August 2026).
fn write_people(path: &Path, count: usize) {
    let mut csv = String::from("Prénom;Nom;Téléphone;Email;Consent date\n");
    for index in 0..count {
        csv.push_str(&format!(
            "Person;Number {index};+33 6 10 {:02} {:02} {:02};p{index}@example.fr;2026-01-15\n",
            index / 10_000,
            index / 100 % 100,
            index % 100
        ));
    }
    std::fs::write(path, csv).unwrap();
}

/// About 10% of lead and call requests fail: a third 500 (not applied), a third answered too
/// late for the client (applied), a third cut off mid-answer (applied).
fn inject_faults(sim: &Simulator) {
    for route in [CREATE_LEADS, TRIGGER] {
        for fault in [
            json!({"route": route, "status": 500, "process": false, "probability": 0.034}),
            json!({"route": route, "delay_ms": 1_200, "process": true, "probability": 0.035}),
            json!({"route": route, "drop": true, "process": true, "probability": 0.036}),
        ] {
            sim.inject(fault);
        }
    }
}

/// 30% of the writes on `routes` answered 502 after the platform applied them, and 10% cut
/// off mid-answer after being applied: the faults that used to double calls and top-ups.
fn inject_lost_answers(sim: &Simulator, routes: [&str; 2]) {
    for route in routes {
        sim.inject(json!({"route": route, "status": 502, "process": true, "probability": 0.3}));
        // Rolled only when the 502 did not fire: 70% × 1/7 = 10% of the requests.
        sim.inject(
            json!({"route": route, "drop": true, "process": true, "probability": 1.0 / 7.0}),
        );
    }
}

/// Awaz's 100 requests a minute, shortened so a few hundred rows take seconds.
fn short_awaz_budget() -> awaz::ClientOptions {
    awaz::ClientOptions {
        budget: awaz::RateBudget {
            requests: 100,
            window: Duration::from_secs(2),
        },
        ..awaz::ClientOptions::default()
    }
}

fn awaz_request(import_id: String, account_id: String) -> BulkRequest {
    BulkRequest {
        import_id,
        account_id,
        calls: Some(BulkCalls {
            who: support::awaz_reception(),
            start: CallStart::Now,
            window: None,
            spacing_seconds: 1,
        }),
    }
}

fn getvocal_request(import_id: String, account_id: String) -> BulkRequest {
    BulkRequest {
        import_id,
        account_id,
        calls: Some(BulkCalls {
            who: CallWho::GetVocal {
                persona_id: OUTBOUND_PERSONA.to_owned(),
            },
            start: CallStart::Now,
            window: None,
            // Spread over the next minutes: every call stays waiting while the run lasts.
            spacing_seconds: 1,
        }),
    }
}

async fn wait_until_settled(bulk: &BulkRuns, job_id: i64, limit: Duration) -> JobView {
    let started = Instant::now();
    loop {
        let view = bulk.status(job_id).unwrap();
        if view.state != JobState::Running {
            return view;
        }
        assert!(
            started.elapsed() < limit,
            "the run did not end in time: {view:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Every row is done (its phone has exactly one lead in the simulator, with exactly one call)
/// or failed with a reason; no phone has two leads and no lead two calls.
async fn assert_never_twice_never_lost(
    sim: &Simulator,
    bulk: &BulkRuns,
    view: &JobView,
    rows: u32,
) {
    assert_eq!(view.state, JobState::Finished, "{view:?}");
    assert_eq!(
        view.done + view.failed + view.unknown,
        view.total,
        "{view:?}"
    );
    assert_eq!(view.total, rows);

    let state = sim.snapshot();
    let mut leads_by_phone: HashMap<String, Vec<String>> = HashMap::new();
    for lead in state["getvocal"]["leads"].as_array().unwrap() {
        leads_by_phone
            .entry(lead["phone_number"].as_str().unwrap().to_owned())
            .or_default()
            .push(lead["id"].as_str().unwrap().to_owned());
    }
    let mut calls_by_lead: HashMap<String, u32> = HashMap::new();
    for call in state["getvocal"]["calls"].as_array().unwrap() {
        *calls_by_lead
            .entry(call["lead_id"].as_str().unwrap().to_owned())
            .or_default() += 1;
    }
    let twice: Vec<_> = leads_by_phone
        .iter()
        .filter(|(_, ids)| ids.len() > 1)
        .collect();
    assert!(twice.is_empty(), "leads created twice: {twice:?}");
    let called_twice: Vec<_> = calls_by_lead.iter().filter(|(_, n)| **n > 1).collect();
    assert!(
        called_twice.is_empty(),
        "leads called twice: {called_twice:?}"
    );

    let failed = bulk.failed_rows(i64::from(view.id)).unwrap();
    assert_eq!(failed.len() as u32, view.failed + view.unknown);
    assert!(failed.iter().all(|row| row
        .reason
        .as_deref()
        .is_some_and(|reason| !reason.is_empty())));
    // A row shown as refused (offered "Retry") was not applied: its lead has no call.
    let refused_but_called: Vec<_> = failed
        .iter()
        .filter(|row| !row.needs_check)
        .filter(|row| {
            leads_by_phone
                .get(&row.phone)
                .is_some_and(|ids| calls_by_lead.contains_key(&ids[0]))
        })
        .collect();
    assert!(
        refused_but_called.is_empty(),
        "shown as not applied although called: {refused_but_called:?}"
    );
    let failed_phones: HashSet<&str> = failed.iter().map(|row| row.phone.as_str()).collect();
    let confirmed = leads_by_phone
        .iter()
        .filter(|(phone, ids)| {
            !failed_phones.contains(phone.as_str())
                && calls_by_lead.get(&ids[0]).copied() == Some(1)
        })
        .count();
    assert_eq!(
        confirmed as u32, view.done,
        "every done row has its lead and its one call"
    );
}

async fn open_import(imports: &ImportSessions, csv: &Path, target: Target) -> String {
    let preview = support::import_file(imports, csv, target);
    assert!(preview.mapping_problems.is_empty(), "{preview:?}");
    assert_eq!(preview.summary.valid, preview.summary.total);
    preview.import_id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_leads_and_calls_through_ten_percent_faults_are_each_sent_once_or_reported() {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let callboard = open_callboard(dir.path(), awaz::ClientOptions::default()).await;
    let account_id = add_getvocal(&callboard, &sim).await;
    let csv = dir.path().join("people.csv");
    write_people(&csv, 1_000);
    let imports = ImportSessions::default();
    let import_id = open_import(&imports, &csv, Target::GetVocalLeads).await;
    inject_faults(&sim);

    let bulk = BulkRuns::open(&callboard, test_options()).unwrap();
    let started = Instant::now();
    let view = bulk
        .start(
            &callboard,
            &imports,
            getvocal_request(import_id, account_id),
        )
        .await
        .unwrap();
    let view = wait_until_settled(&bulk, i64::from(view.id), Duration::from_secs(50)).await;
    println!("1,000 rows in {:?}: {view:?}", started.elapsed());
    assert_never_twice_never_lost(&sim, &bulk, &view, 1_000).await;

    let state = sim.snapshot();
    let batches = state["requests"][CREATE_LEADS].as_u64().unwrap();
    assert!(
        (20..60).contains(&batches),
        "leads go 50 per request: {batches} requests"
    );
}

/// A GetVocal account on a fresh simulator and a file of `people` opened, ready to start.
struct GetVocalRun {
    sim: Simulator,
    _dir: tempfile::TempDir,
    callboard: Callboard,
    imports: ImportSessions,
    bulk: BulkRuns,
    request: BulkRequest,
}

async fn getvocal_run(people: usize) -> GetVocalRun {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let callboard = open_callboard(dir.path(), awaz::ClientOptions::default()).await;
    let account_id = add_getvocal(&callboard, &sim).await;
    let csv = dir.path().join("people.csv");
    write_people(&csv, people);
    let imports = ImportSessions::default();
    let import_id = open_import(&imports, &csv, Target::GetVocalLeads).await;
    let bulk = BulkRuns::open(&callboard, test_options()).unwrap();
    let request = getvocal_request(import_id, account_id);
    GetVocalRun {
        sim,
        _dir: dir,
        callboard,
        imports,
        bulk,
        request,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn starting_the_same_file_twice_at_once_makes_one_run() {
    let GetVocalRun {
        sim,
        _dir,
        callboard,
        imports,
        bulk,
        request,
    } = getvocal_run(20).await;
    let (first, second) = tokio::join!(
        bulk.start(&callboard, &imports, request.clone()),
        bulk.start(&callboard, &imports, request),
    );
    let (first, second) = (first.unwrap(), second.unwrap());
    assert_eq!(first.id, second.id, "a double click answers the first run");
    assert_eq!(bulk.jobs().unwrap().len(), 1);
    let view = wait_until_settled(&bulk, i64::from(first.id), Duration::from_secs(30)).await;
    assert_never_twice_never_lost(&sim, &bulk, &view, 20).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_next_leads_leave_while_a_batch_is_being_called() {
    let run = getvocal_run(100).await;
    let (sim, bulk) = (&run.sim, &run.bulk);
    // Each call answered late, as over a slow network: the first batch's 50 calls take
    // seven rounds of 8.
    sim.inject(json!({"route": TRIGGER, "delay_ms": 150}));
    let job = bulk
        .start(&run.callboard, &run.imports, run.request.clone())
        .await
        .unwrap();
    let started = Instant::now();
    while sim.requests(CREATE_LEADS) < 2 {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the second batch's leads never left"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let calls_before = sim.requests(TRIGGER);
    assert!(
        calls_before < 50,
        "the second batch's leads waited for the first batch's calls: they left after \
         {calls_before} of its 50 calls"
    );
    let view = wait_until_settled(bulk, i64::from(job.id), Duration::from_secs(60)).await;
    assert_never_twice_never_lost(sim, bulk, &view, 100).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn followers_are_told_of_each_step_of_a_run_until_it_finishes() {
    let run = getvocal_run(120).await;
    let bulk = &run.bulk;
    let mut revisions = bulk.revisions();
    let started = bulk
        .start(&run.callboard, &run.imports, run.request.clone())
        .await
        .unwrap();
    let job_id = i64::from(started.id);
    // Read only when told: the run's end must be heard, never found by asking.
    let mut seen = Vec::new();
    while seen
        .last()
        .is_none_or(|view: &JobView| view.state == JobState::Running)
    {
        tokio::time::timeout(Duration::from_secs(30), revisions.changed())
            .await
            .expect("every step of the run is told")
            .unwrap();
        if revisions.borrow_and_update().contains_key(&job_id) {
            seen.push(bulk.status(job_id).unwrap());
        }
    }
    let last = seen.last().unwrap();
    assert_eq!((last.state, last.done), (JobState::Finished, 120));
    let done: Vec<u32> = seen.iter().map(|view| view.done).collect();
    assert!(
        done.windows(2).all(|pair| pair[0] <= pair[1]) && done.len() >= 3,
        "progress is told as it goes: {done:?}"
    );
}

/// The child process of `a_run_killed_halfway_resumes_without_sending_twice`: starts the run
/// and keeps it going until it is killed.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[ignore = "started by a_run_killed_halfway_resumes_without_sending_twice"]
async fn bulk_worker_child() {
    let dir = PathBuf::from(std::env::var("BULK_WORKER_DIR").unwrap());
    let account_id = std::env::var("BULK_WORKER_ACCOUNT").unwrap();
    let awaz = std::env::var("BULK_WORKER_TARGET").as_deref() == Ok("awaz");
    let callboard = open_callboard(&dir, short_awaz_budget()).await;
    let imports = ImportSessions::default();
    let (target, request): (_, fn(String, String) -> BulkRequest) = if awaz {
        (Target::AwazContacts, awaz_request)
    } else {
        (Target::GetVocalLeads, getvocal_request)
    };
    let import_id = open_import(&imports, &dir.join("people.csv"), target).await;
    let bulk = BulkRuns::open(&callboard, test_options()).unwrap();
    let view = bulk
        .start(&callboard, &imports, request(import_id, account_id))
        .await
        .unwrap();
    wait_until_settled(&bulk, i64::from(view.id), Duration::from_secs(120)).await;
}

/// Starts a run of `rows` people in a child process, kills it (SIGKILL) once a third of them
/// are done, reopens everything here and resumes: returns the finished run.
async fn kill_halfway_and_resume(
    dir: &Path,
    account_id: &str,
    target: &str,
    rows: u32,
) -> (BulkRuns, JobView) {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--ignored", "--exact", "bulk_worker_child", "--nocapture"])
        .env("BULK_WORKER_DIR", dir)
        .env("BULK_WORKER_ACCOUNT", account_id)
        .env("BULK_WORKER_TARGET", target)
        .spawn()
        .unwrap();
    let journal = dir.join(callboard::service::JOURNAL_FILE);
    let started = Instant::now();
    // Rows at their end: done, or held for a person's check.
    let done_when_killed = loop {
        assert!(started.elapsed() < Duration::from_secs(60), "no progress");
        assert!(child.try_wait().unwrap().is_none(), "the child ended early");
        let done: u32 = rusqlite::Connection::open(&journal)
            .and_then(|db| {
                db.query_row(
                    "SELECT count(*) FROM bulk_rows WHERE status IN ('done', 'needs_check')",
                    [],
                    |row| row.get(0),
                )
            })
            .unwrap_or(0);
        if done >= rows / 3 {
            child.kill().unwrap();
            child.wait().unwrap();
            break done;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    assert!(done_when_killed < rows, "killed before the end");

    let callboard = open_callboard(dir, short_awaz_budget()).await;
    let bulk = BulkRuns::open(&callboard, test_options()).unwrap();
    let jobs = bulk.jobs().unwrap();
    assert_eq!(jobs.len(), 1);
    assert_eq!(jobs[0].state, JobState::Interrupted);
    assert!(jobs[0].done + jobs[0].unknown >= done_when_killed);

    let job_id = i64::from(jobs[0].id);
    // Resume pressed twice at once (two clicks, two windows): one runner.
    let (resumed, again) = tokio::join!(
        bulk.resume(&callboard, job_id),
        bulk.resume(&callboard, job_id)
    );
    assert_eq!(resumed.unwrap().state, JobState::Running);
    assert_eq!(again.unwrap().state, JobState::Running);
    let view = wait_until_settled(&bulk, job_id, Duration::from_secs(90)).await;
    println!("{target}: resumed after {done_when_killed} done: {view:?}");
    (bulk, view)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_run_killed_halfway_resumes_without_sending_twice() {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let account_id = {
        let callboard = open_callboard(dir.path(), awaz::ClientOptions::default()).await;
        add_getvocal(&callboard, &sim).await
    };
    write_people(&dir.path().join("people.csv"), 1_000);
    inject_faults(&sim);
    let (bulk, view) = kill_halfway_and_resume(dir.path(), &account_id, "getvocal", 1_000).await;
    assert_never_twice_never_lost(&sim, &bulk, &view, 1_000).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn getvocal_rows_through_lost_answers_and_a_kill_are_never_sent_twice() {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let account_id = {
        let callboard = open_callboard(dir.path(), awaz::ClientOptions::default()).await;
        add_getvocal(&callboard, &sim).await
    };
    write_people(&dir.path().join("people.csv"), 200);
    inject_lost_answers(&sim, [CREATE_LEADS, TRIGGER]);
    let (bulk, view) = kill_halfway_and_resume(dir.path(), &account_id, "getvocal", 200).await;
    assert_never_twice_never_lost(&sim, &bulk, &view, 200).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn awaz_rows_through_lost_answers_and_a_kill_are_never_sent_twice() {
    let budget = short_awaz_budget().budget;
    let sim = support::simulator_with_awaz_budget(budget).await;
    let dir = tempfile::tempdir().unwrap();
    let account_id = {
        let callboard = open_callboard(dir.path(), short_awaz_budget()).await;
        add_awaz(&callboard, &sim, true).await
    };
    write_people(&dir.path().join("people.csv"), 200);
    inject_lost_answers(&sim, [SAVE_CONTACT, SCHEDULE_AWAZ_CALL]);
    let (bulk, view) = kill_halfway_and_resume(dir.path(), &account_id, "awaz", 200).await;
    // The person checked the contacts held for a check and found them in Awaz: their calls go.
    let callboard = open_callboard(dir.path(), short_awaz_budget()).await;
    let contacts_held: Vec<u32> = bulk
        .failed_rows(i64::from(view.id))
        .unwrap()
        .into_iter()
        .filter(|row| row.needs_check && row.stage == RowStage::Contact)
        .map(|row| row.line)
        .collect();
    assert!(!contacts_held.is_empty(), "some contacts lost their answer");
    bulk.resolve_rows(
        &callboard,
        i64::from(view.id),
        &contacts_held,
        CheckResult::Applied,
    )
    .await
    .unwrap();
    let view = wait_until_settled(&bulk, i64::from(view.id), Duration::from_secs(60)).await;

    assert_eq!(view.state, JobState::Finished, "{view:?}");
    assert_eq!(view.done + view.failed + view.unknown, 200, "{view:?}");
    let state = sim.snapshot();
    let count_by_phone = |items: &serde_json::Value, phone: fn(&serde_json::Value) -> &str| {
        let mut counts: HashMap<String, u32> = HashMap::new();
        for item in items.as_array().unwrap() {
            *counts.entry(phone(item).to_owned()).or_default() += 1;
        }
        counts
    };
    let contacts = count_by_phone(&state["awaz"]["contacts"], |c| c["phone"].as_str().unwrap());
    let calls = count_by_phone(&state["awaz"]["calls"], |c| {
        c["contact"]["phone"].as_str().unwrap()
    });
    let twice: Vec<_> = contacts.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "contacts created twice: {twice:?}");
    let called_twice: Vec<_> = calls.iter().filter(|(_, n)| **n > 1).collect();
    assert!(
        called_twice.is_empty(),
        "people called twice: {called_twice:?}"
    );

    let held = bulk.failed_rows(i64::from(view.id)).unwrap();
    assert_eq!(held.len() as u32, view.failed + view.unknown);
    assert!(held
        .iter()
        .all(|row| row.reason.as_deref().is_some_and(|r| !r.is_empty())));
    let held_phones: HashSet<&str> = held.iter().map(|row| row.phone.as_str()).collect();
    // The simulator's seed has calls of its own; the people of the file are +33 6 10 ….
    let called = calls
        .keys()
        .filter(|phone| phone.starts_with("+33610") && !held_phones.contains(phone.as_str()))
        .count();
    assert_eq!(
        called as u32, view.done,
        "every done row has its one call at the simulator"
    );
    println!("awaz: {} held for a check, {} done", held.len(), view.done);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_hundred_awaz_calls_on_a_short_rate_window_never_hit_a_429() {
    let budget = awaz::RateBudget {
        requests: 100,
        window: Duration::from_secs(2),
    };
    let sim = support::simulator_with_awaz_budget(budget).await;
    let dir = tempfile::tempdir().unwrap();
    let callboard = open_callboard(
        dir.path(),
        awaz::ClientOptions {
            budget,
            ..awaz::ClientOptions::default()
        },
    )
    .await;
    let account_id = add_awaz(&callboard, &sim, false).await;
    let csv = dir.path().join("people.csv");
    write_people(&csv, 300);
    let imports = ImportSessions::default();
    let import_id = open_import(&imports, &csv, Target::AwazContacts).await;
    let bulk = BulkRuns::open(&callboard, test_options()).unwrap();
    let started = Instant::now();
    let view = bulk
        .start(
            &callboard,
            &imports,
            BulkRequest {
                import_id,
                account_id: account_id.clone(),
                calls: Some(BulkCalls {
                    who: CallWho::Awaz {
                        agent_id: RECEPTION_AGENT.to_owned(),
                        from_phone_id: FIRST_PHONE.to_owned(),
                    },
                    start: CallStart::Now,
                    window: None,
                    spacing_seconds: 0,
                }),
            },
        )
        .await
        .unwrap();
    let view = wait_until_settled(&bulk, i64::from(view.id), Duration::from_secs(40)).await;
    let elapsed = started.elapsed();
    assert_eq!(view.state, JobState::Finished);
    assert_eq!((view.done, view.failed, view.total), (300, 0, 300));

    let client = callboard.awaz(&account_id).await.unwrap().client;
    assert_eq!(client.rate_limited_responses(), 0, "no 429");
    let state = sim.snapshot();
    assert_eq!(state["requests"]["POST /v1/contacts"], 300);
    assert_eq!(state["requests"]["POST /v1/calls"], 300);
    println!("300 Awaz contacts and calls in {elapsed:?}");
}
