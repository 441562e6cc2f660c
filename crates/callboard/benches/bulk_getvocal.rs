//! Wall time of a GetVocal bulk run, 10,000 leads with a call each, against the simulator on
//! loopback, and as a baseline from the same run the same requests sent by a minimal reqwest
//! loop: the same `POST /leads` batches, one after the other, each followed by its leads'
//! `POST /calls/trigger` with as many in flight as the runner allows. The difference is what
//! the runner adds: the journal (each row's intent durable before its request, its outcome
//! after), the calling rules, the status. Goal: runner ≤ 1.2× the loop. Asserts nothing on time.
//! Then both again with every answer 20 ms late, as over a network: loopback answers in a tenth
//! of a millisecond and lays the runner's own cost bare; a real platform's answers take longer
//! than the journal's writes.
//!
//! `cargo bench -p callboard --bench bulk_getvocal` (`BULK_BENCH_ROWS` for another size,
//! `BULK_BENCH_LATENCY_MS` for another delay, 0 to skip the second figure)

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use callboard::bulk::{
    BulkCalls, BulkRequest, BulkRuns, CallStart, CallWho, ImportSessions, ImportSource, JobState,
    RunOptions,
};
use futures::stream::{self, StreamExt, TryStreamExt};
use serde_json::{json, Value};
use simulator::{seed, SimConfig, Simulator};

const DEFAULT_ROWS: usize = 10_000;
/// A persona of the simulator's seeded company.
const PERSONA: &str = "7a41e9b3-25cd-4f80-b6e2-93c5d10a7f48";
/// A run that takes longer is stopped and reported as too slow for this machine.
const LIMIT: Duration = Duration::from_secs(600);

/// The second figure: every request answered this much later, as over a real network, on
/// fewer rows so it stays within a minute (`BULK_BENCH_LATENCY_MS`, 0 to skip it).
const DEFAULT_LATENCY_MS: u64 = 20;
const LATENCY_ROWS: usize = 2_000;

#[tokio::main]
async fn main() {
    let rows = setting("BULK_BENCH_ROWS").unwrap_or(DEFAULT_ROWS);
    let latency_ms = setting("BULK_BENCH_LATENCY_MS").unwrap_or(DEFAULT_LATENCY_MS);
    let options = RunOptions::default();
    println!(
        "GetVocal bulk: {rows} leads with a call each, {} per POST /leads, {} calls in flight",
        options.batch_size, options.concurrency
    );
    println!("On loopback (the runner's own cost laid bare):");
    compare(rows, &options, 0).await;
    if latency_ms > 0 {
        let rows = rows.min(LATENCY_ROWS);
        println!("Each answer {latency_ms} ms later, as over a network ({rows} rows):");
        compare(rows, &options, latency_ms).await;
    }
}

fn setting<T: std::str::FromStr>(name: &str) -> Option<T> {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
}

/// Both sides against simulators answering after `latency_ms`; prints the figures and ratio.
async fn compare(rows: usize, options: &RunOptions, latency_ms: u64) {
    let plain = plain_loop(rows, options, latency_ms).await;
    println!(
        "  minimal reqwest loop: {plain:>9.2?}  ({:.0} rows/s)",
        per_second(rows, plain)
    );
    let Some(runner) = bulk_run(rows, options, latency_ms).await else {
        println!("  bulk runner: not finished within {LIMIT:?}: too slow for this machine");
        return;
    };
    println!(
        "  Callboard bulk run:   {runner:>9.2?}  ({:.0} rows/s)",
        per_second(rows, runner)
    );
    println!(
        "  runner / loop: {:.2}x (goal <= 1.2x)",
        runner.as_secs_f64() / plain.as_secs_f64()
    );
}

/// A simulator whose every platform answer comes `latency_ms` late.
async fn simulator(latency_ms: u64) -> Simulator {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    if latency_ms > 0 {
        sim.inject(json!({ "route": "*", "delay_ms": latency_ms }));
    }
    sim
}

fn per_second(rows: usize, time: Duration) -> f64 {
    rows as f64 / time.as_secs_f64()
}

/// The leads of the run, the same for both sides.
fn people(rows: usize) -> impl Iterator<Item = getvocal::NewLead> {
    (0..rows).map(|index| getvocal::NewLead {
        phone_number: format!("+336{:08}", 10_000_000 + index),
        first_name: Some("Marie".to_owned()),
        last_name: Some(format!("Person {index}")),
        email_address: Some(format!("p{index}@example.fr")),
        ..getvocal::NewLead::default()
    })
}

/// From the opened file to the last row done, as the app runs it.
async fn bulk_run(rows: usize, options: &RunOptions, latency_ms: u64) -> Option<Duration> {
    let sim = simulator(latency_ms).await;
    let dir = tempfile::tempdir().unwrap();
    let callboard = support::open(dir.path()).await;
    let account_id = support::add_getvocal(&callboard, &sim, "Bench – GetVocal").await;
    // French numbers: the consent rules ask for the date each person agreed to be called
    // (kept in the journal, never sent).
    let mut csv = String::from("First name,Last name,Phone,Email,Consent date\n");
    for lead in people(rows) {
        let cell = |value: Option<String>| value.unwrap_or_default();
        csv.push_str(&format!(
            "{},{},{},{},2026-09-01\n",
            cell(lead.first_name),
            cell(lead.last_name),
            lead.phone_number,
            cell(lead.email_address)
        ));
    }
    let path = dir.path().join("people.csv");
    std::fs::write(&path, csv).unwrap();
    let imports = ImportSessions::default();
    let preview = imports
        .open(
            ImportSource::Path {
                path: path.display().to_string(),
            },
            "FR",
        )
        .unwrap();
    assert_eq!(preview.summary.valid as usize, rows);

    let bulk = BulkRuns::open(&callboard, options.clone()).unwrap();
    let started = Instant::now();
    let job = bulk
        .start(
            &callboard,
            &imports,
            BulkRequest {
                import_id: preview.import_id,
                account_id,
                calls: Some(BulkCalls {
                    who: CallWho::GetVocal {
                        persona_id: PERSONA.to_owned(),
                    },
                    start: CallStart::Now,
                    window: None,
                    spacing_seconds: 0,
                }),
            },
        )
        .await
        .unwrap();
    loop {
        let view = bulk.status(i64::from(job.id)).unwrap();
        if view.state != JobState::Running {
            assert_eq!(view.done as usize, rows, "{view:?}");
            break;
        }
        if started.elapsed() > LIMIT {
            return None;
        }
        // Often enough for the figure, rarely enough not to slow the run it measures.
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let elapsed = started.elapsed();
    assert_eq!(calls_placed(&sim), rows, "one call per lead");
    Some(elapsed)
}

/// The same requests with nothing around them.
async fn plain_loop(rows: usize, options: &RunOptions, latency_ms: u64) -> Duration {
    let sim = simulator(latency_ms).await;
    let base = sim.getvocal_url();
    let http = reqwest::Client::new();
    let login: Value = http
        .post(format!("{base}/auth/login"))
        .json(&json!({
            "email": seed::GETVOCAL_EMAIL,
            "password": seed::GETVOCAL_PASSWORD,
        }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = login["access_token"].as_str().unwrap().to_owned();
    let leads: Vec<getvocal::NewLead> = people(rows).collect();

    let started = Instant::now();
    for batch in leads.chunks(options.batch_size) {
        let created: Vec<Value> = http
            .post(format!("{base}/leads"))
            .bearer_auth(&token)
            .json(&json!({ "items": batch }))
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .unwrap()
            .json()
            .await
            .unwrap();
        stream::iter(created)
            .map(|lead| {
                let request = http
                    .post(format!("{base}/calls/trigger"))
                    .bearer_auth(&token)
                    .json(&json!({ "persona_id": PERSONA, "lead_id": lead["id"] }));
                async move {
                    request
                        .send()
                        .await
                        .and_then(reqwest::Response::error_for_status)
                        .map(drop)
                }
            })
            .buffer_unordered(options.concurrency)
            .try_collect::<()>()
            .await
            .unwrap();
    }
    let elapsed = started.elapsed();
    assert_eq!(calls_placed(&sim), rows, "one call per lead");
    elapsed
}

/// Calls the simulator holds (each lead has at most one: none was sent twice).
fn calls_placed(sim: &Simulator) -> usize {
    sim.snapshot()["getvocal"]["calls"]
        .as_array()
        .map_or(0, Vec::len)
}
