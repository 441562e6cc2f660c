//! How much of Awaz's rate budget a batch of top-ups uses: 1,000 lines against a simulator
//! whose window is shortened from 100 requests a minute to 100 requests per 6 seconds (the
//! same shape, so the run takes about a minute instead of ten), with the account's client
//! given the same budget. Prints the wall time as a share of the budget (the ideal, lines /
//! limit × window, over the measured time; goal ≥ 95%) and the 429s seen (goal 0). As a
//! baseline from the same run it first measures Callboard's own time per line with no rate
//! limit: what a line costs besides waiting for the budget. Asserts nothing on time.
//!
//! `cargo bench -p callboard --bench batch_top_ups`

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use callboard::clients::{BatchSource, BatchState, Batches};
use simulator::seed;

const LINES: usize = 1_000;
const BASELINE_LINES: usize = 200;
const BUDGET: awaz::RateBudget = awaz::RateBudget {
    requests: 100,
    window: Duration::from_secs(6),
};
const UNLIMITED: awaz::RateBudget = awaz::RateBudget {
    requests: 1_000_000,
    window: Duration::from_secs(60),
};

/// Sends a batch of `lines` top-ups spread over the simulator's workspaces and returns the
/// time the sending took (drafting and confirming excluded) and the 429s seen.
async fn run(lines: usize, budget: awaz::RateBudget) -> (Duration, u64) {
    let sim = support::simulator_with_awaz_budget(budget).await;
    let dir = tempfile::tempdir().unwrap();
    let mut callboard = support::open(dir.path()).await;
    callboard.set_awaz_options(awaz::ClientOptions {
        budget,
        ..awaz::ClientOptions::default()
    });
    let account_id = support::add_awaz(&callboard, &sim, "Bench – Awaz").await;
    let workspaces = [
        seed::AWAZ_WORKSPACES[0],
        seed::AWAZ_WORKSPACES[1],
        seed::AWAZ_THIRD_WORKSPACE,
    ];
    let mut csv = String::from("workspace,kind,amount,reference\n");
    for line in 0..lines {
        let kind = if line % 2 == 0 { "credits" } else { "minutes" };
        csv.push_str(&format!(
            "{},{kind},{}.{:02},Line {line}\n",
            workspaces[line % workspaces.len()],
            1 + line % 50,
            line % 100
        ));
    }
    let path = dir.path().join("batch.csv");
    std::fs::write(&path, csv).unwrap();
    let batches = Batches::open(callboard.database()).unwrap();
    let (drafted, problems) = batches
        .lines_from(
            &BatchSource::Csv {
                path: path.display().to_string(),
            },
            Some(&account_id),
        )
        .unwrap();
    let draft = batches.draft(&callboard, drafted, problems).unwrap();
    assert_eq!(draft.lines.len(), lines);
    batches.confirm(&callboard, draft.id).unwrap();

    let started = Instant::now();
    let view = batches.send(&callboard, draft.id, |_| {}).await.unwrap();
    let elapsed = started.elapsed();
    assert_eq!(view.state, BatchState::Finished);
    assert_eq!(view.counts.done as usize, lines, "{:?}", view.counts);
    assert_eq!(
        sim.requests("POST /v1/companies/add/credits") as usize,
        lines
    );
    let rate_limited = callboard
        .awaz(&account_id)
        .await
        .unwrap()
        .client
        .rate_limited_responses();
    drop(callboard);
    sim.shutdown().await;
    (elapsed, rate_limited)
}

#[tokio::main]
async fn main() {
    let (baseline, _) = run(BASELINE_LINES, UNLIMITED).await;
    let per_line = baseline / BASELINE_LINES as u32;
    println!(
        "baseline, no rate limit: {BASELINE_LINES} lines in {:.2} s ({:.1} ms a line: journal, \
         request, record)",
        baseline.as_secs_f64(),
        per_line.as_secs_f64() * 1000.0
    );

    let (elapsed, rate_limited) = run(LINES, BUDGET).await;
    let ideal = BUDGET.window.as_secs_f64() * LINES as f64 / f64::from(BUDGET.requests);
    println!(
        "{LINES} lines at {} requests per {} s: {:.1} s, ideal {:.1} s → {:.1}% of the budget \
         used (goal ≥ 95%); 429 answers: {rate_limited} (goal 0)",
        BUDGET.requests,
        BUDGET.window.as_secs(),
        elapsed.as_secs_f64(),
        ideal,
        100.0 * ideal / elapsed.as_secs_f64()
    );
    println!(
        "at Awaz's real budget (100 a minute) the same batch takes about {:.0} minutes",
        LINES as f64 / 100.0
    );
}
