//! How much of the Awaz rate budget a bulk run uses: 300 contacts and calls (600 writes) on a
//! simulator whose window is shortened to 100 requests per 2 seconds, with the account's client
//! given the same budget. Prints the achieved share of the budget (the theoretical minimum time
//! over the measured time; goal ≥ 95%) and, as a baseline from the same run, the same job sent
//! one row at a time.
//!
//! `cargo bench -p callboard --bench bulk_awaz`

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use callboard::bulk::{
    BulkCalls, BulkRequest, BulkRuns, CallStart, CallWho, ImportSessions, JobState, RunOptions,
};
use callboard::import::Target;

const ROWS: usize = 300;
/// Per row: the contact, then its call.
const WRITES: usize = ROWS * 2;
const BUDGET: awaz::RateBudget = awaz::RateBudget {
    requests: 100,
    window: Duration::from_secs(2),
};

/// Runs the job with `concurrency` rows in flight and returns its duration and the 429s seen.
async fn run(concurrency: usize) -> (Duration, u64) {
    let sim = support::simulator_with_awaz_budget(BUDGET).await;
    let dir = tempfile::tempdir().unwrap();
    let mut callboard = support::open(dir.path()).await;
    callboard.set_awaz_options(awaz::ClientOptions {
        budget: BUDGET,
        ..awaz::ClientOptions::default()
    });
    let account_id = support::add_awaz(&callboard, &sim, "Bench – Awaz").await;
    // Each with a consent date: French law requires one for calls from 11 August 2026.
    let mut csv = String::from("Name,Phone,Email,Consent date\n");
    for index in 0..ROWS {
        csv.push_str(&format!(
            "Person {index},+33 6 10 00 {:02} {:02},p{index}@example.fr,2026-01-15\n",
            index / 100,
            index % 100
        ));
    }
    let path = dir.path().join("people.csv");
    std::fs::write(&path, csv).unwrap();
    let imports = ImportSessions::default();
    let import_id = support::import_file(&imports, &path, Target::AwazContacts).import_id;
    // A fresh window for the run: the account check above opened one.
    tokio::time::sleep(BUDGET.window).await;

    let bulk = BulkRuns::open(
        &callboard,
        RunOptions {
            concurrency,
            ..RunOptions::default()
        },
    )
    .unwrap();
    let started = Instant::now();
    let job = bulk
        .start(
            &callboard,
            &imports,
            BulkRequest {
                import_id,
                account_id: account_id.clone(),
                calls: Some(BulkCalls {
                    who: CallWho::Awaz {
                        agent_id: "65ff9abe3fdcbe533d3be143".to_owned(),
                        from_phone_id: "661d7fb88bcadcf1d86fd8b0".to_owned(),
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
            assert_eq!(view.done as usize, ROWS, "{view:?}");
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let elapsed = started.elapsed();
    let client = callboard.awaz(&account_id).await.unwrap().client;
    (elapsed, client.rate_limited_responses())
}

#[tokio::main]
async fn main() {
    // One extra read (the call log's newest call, for later checks) opens the run.
    let requests = WRITES + 1;
    let windows = requests.div_ceil(BUDGET.requests as usize);
    // Each window's requests can leave the instant it opens: the last one costs nothing.
    let minimum = BUDGET.window * (windows as u32 - 1);

    let (concurrent, concurrent_429s) = run(8).await;
    let (sequential, sequential_429s) = run(1).await;
    let share = |elapsed: Duration| minimum.as_secs_f64() / elapsed.as_secs_f64() * 100.0;
    println!(
        "{requests} Awaz requests at {} per {:?}: theoretical minimum {minimum:?}",
        BUDGET.requests, BUDGET.window
    );
    println!(
        "  8 rows at once : {concurrent:>10.2?}  share of budget {:5.1}%  429s: {concurrent_429s}",
        share(concurrent)
    );
    println!(
        "  one at a time  : {sequential:>10.2?}  share of budget {:5.1}%  429s: {sequential_429s}",
        share(sequential)
    );
    println!(
        "  concurrent / one-at-a-time time ratio: {:.3}",
        concurrent.as_secs_f64() / sequential.as_secs_f64()
    );
}
