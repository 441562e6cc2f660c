//! The rate test: 300 requests through one client with the simulator's window shortened to 2 s.

#[path = "support/rate_run.rs"]
mod rate_run;

use std::time::Duration;

use simulator::Simulator;

const LIMIT: u32 = 100;
const WINDOW: Duration = Duration::from_secs(2);
const REQUESTS: usize = 300;
const TASKS: usize = 12;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_hundred_requests_use_the_budget_without_a_single_429() {
    let sim = Simulator::start(rate_run::sim_config(LIMIT, WINDOW))
        .await
        .expect("the simulator starts");
    let client = rate_run::budget_client(&sim, LIMIT, WINDOW);

    let run = rate_run::run(&sim, &client, REQUESTS, TASKS, LIMIT, WINDOW).await;

    println!(
        "{REQUESTS} requests in {:.2?}: {} 429s, share of budget {:.1}% (by elapsed time {:.1}%)",
        run.elapsed,
        run.rate_limited,
        run.sustained_share() * 100.0,
        run.share() * 100.0
    );
    assert_eq!(run.rate_limited, 0, "the client received 429s");
    assert_eq!(
        run.served, REQUESTS as u64,
        "the simulator saw resends (429s) or lost requests"
    );
    // Two full windows must pass before the third opens.
    assert!(run.last_window_opened >= WINDOW * 2);
    let sustained = run.sustained_share();
    assert!(
        sustained >= 0.9,
        "used {:.1}% of the budget (share by elapsed time {:.1}%) in {:?}",
        sustained * 100.0,
        run.share() * 100.0,
        run.elapsed
    );
    assert!(run.share() >= 0.9);
    sim.shutdown().await;
}
