//! Drives many concurrent requests through one client, for the rate test and the benchmark.

use std::time::{Duration, Instant};

use awaz::{Client, ClientOptions, RateBudget};
use simulator::{seed, SimConfig, Simulator};
use url::Url;

/// What one run through the limiter achieved.
pub struct RateRun {
    pub requests: usize,
    pub limit: u32,
    pub window: Duration,
    /// From the first request to the last answer.
    pub elapsed: Duration,
    /// When the answer that proves the last window had opened arrived (see `sustained_share`).
    pub last_window_opened: Duration,
    /// 429 answers the client received.
    pub rate_limited: u64,
    /// Requests the simulator counted on the route (429s included).
    pub served: u64,
}

impl RateRun {
    /// requests / (limit × elapsed / window), the budget's share as first defined. The last
    /// window's burst needs no waiting, so this can exceed 1.
    pub fn share(&self) -> f64 {
        self.requests as f64 / (f64::from(self.limit) * self.windows(self.elapsed))
    }

    /// The pacing itself: requests after the first window over the budget of the time it took
    /// until the last window opened. 1.0 means each window opened the moment the previous closed.
    pub fn sustained_share(&self) -> f64 {
        let waited_for = self.requests - self.limit as usize;
        waited_for as f64 / (f64::from(self.limit) * self.windows(self.last_window_opened))
    }

    fn windows(&self, span: Duration) -> f64 {
        span.as_secs_f64() / self.window.as_secs_f64()
    }
}

pub fn sim_config(limit: u32, window: Duration) -> SimConfig {
    SimConfig {
        rate_limit: limit,
        rate_window: window,
        ..SimConfig::default()
    }
}

pub fn budget_client(sim: &Simulator, limit: u32, window: Duration) -> Client {
    let base_url = Url::parse(&sim.awaz_url()).expect("a base URL");
    let options = ClientOptions {
        budget: RateBudget {
            requests: limit,
            window,
        },
        ..ClientOptions::default()
    };
    Client::new(base_url, seed::AWAZ_API_KEY, options).expect("a client")
}

/// How many of `requests` task number `task` of `tasks` sends.
pub fn per_task(requests: usize, tasks: usize, task: usize) -> usize {
    requests / tasks + usize::from(task < requests % tasks)
}

/// Sends `requests` GET /v1/phones from `tasks` concurrent tasks through clones of `client`.
pub async fn run(
    sim: &Simulator,
    client: &Client,
    requests: usize,
    tasks: usize,
    limit: u32,
    window: Duration,
) -> RateRun {
    let started = Instant::now();
    let workers: Vec<_> = (0..tasks)
        .map(|task| {
            let client = client.clone();
            let share = per_task(requests, tasks, task);
            tokio::spawn(async move {
                let mut answered_at = Vec::with_capacity(share);
                for _ in 0..share {
                    client
                        .list_phones()
                        .await
                        .expect("phones within the budget");
                    answered_at.push(started.elapsed());
                }
                answered_at
            })
        })
        .collect();
    let mut answered_at = Vec::with_capacity(requests);
    for worker in workers {
        answered_at.extend(worker.await.expect("the worker finished"));
    }
    answered_at.sort();
    // The client sends at most `limit` per window, so at least one of the first
    // limit × (full windows) + 1 answers came from the last window: it had opened by then.
    let full_windows = (requests - 1) / limit as usize;
    let last_window_opened = answered_at[full_windows * limit as usize];
    let state = sim.snapshot();
    RateRun {
        requests,
        limit,
        window,
        elapsed: *answered_at.last().expect("some answers"),
        last_window_opened,
        rate_limited: client.rate_limited_responses(),
        served: state["requests"]["GET /v1/phones"].as_u64().unwrap_or(0),
    }
}
