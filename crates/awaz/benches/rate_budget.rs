//! Prints how much of the rate budget the client uses and how many 429s it gets, next to a
//! client without a limiter sending the same requests. A ratio, not a timed assertion.

#[path = "../tests/support/rate_run.rs"]
mod rate_run;

use std::time::Duration;

use simulator::{seed, Simulator};

const LIMIT: u32 = 100;
const WINDOW: Duration = Duration::from_secs(2);
const REQUESTS: usize = 300;
const TASKS: usize = 12;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    runtime.block_on(async {
        let sim = Simulator::start(rate_run::sim_config(LIMIT, WINDOW))
            .await
            .expect("the simulator starts");
        let client = rate_run::budget_client(&sim, LIMIT, WINDOW);
        let run = rate_run::run(&sim, &client, REQUESTS, TASKS, LIMIT, WINDOW).await;
        println!(
            "awaz client: {REQUESTS} requests, budget {LIMIT}/{WINDOW:?}, {:.2?} elapsed, \
             {} 429s ({} requests reached the simulator), share of budget {:.1}% \
             (by elapsed time {:.1}%)",
            run.elapsed,
            run.rate_limited,
            run.served,
            run.sustained_share() * 100.0,
            run.share() * 100.0,
        );
        sim.shutdown().await;

        let sim = Simulator::start(rate_run::sim_config(LIMIT, WINDOW))
            .await
            .expect("the simulator starts");
        let (rate_limited, elapsed) = unlimited(&sim).await;
        println!(
            "baseline without a limiter: {REQUESTS} requests, {elapsed:.2?} elapsed, \
             {rate_limited} 429s ({:.0}% refused)",
            rate_limited as f64 * 100.0 / REQUESTS as f64
        );
        sim.shutdown().await;
    });
}

/// The same requests from the same number of tasks with plain reqwest: no budget, no waiting.
async fn unlimited(sim: &Simulator) -> (usize, Duration) {
    let http = reqwest::Client::new();
    let url = format!("{}/v1/phones", sim.awaz_url());
    let started = std::time::Instant::now();
    let workers: Vec<_> = (0..TASKS)
        .map(|task| {
            let (http, url) = (http.clone(), url.clone());
            let share = rate_run::per_task(REQUESTS, TASKS, task);
            tokio::spawn(async move {
                let mut refused = 0;
                for _ in 0..share {
                    let answer = http
                        .get(&url)
                        .bearer_auth(seed::AWAZ_API_KEY)
                        .send()
                        .await
                        .expect("the simulator answers");
                    refused +=
                        usize::from(answer.status() == reqwest::StatusCode::TOO_MANY_REQUESTS);
                }
                refused
            })
        })
        .collect();
    let mut rate_limited = 0;
    for worker in workers {
        rate_limited += worker.await.expect("the worker finished");
    }
    (rate_limited, started.elapsed())
}
