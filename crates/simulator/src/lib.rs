//! A stateful stand-in for the GetVocal and Awaz APIs, served on loopback.
//!
//! [`Simulator::start`] binds one listener per platform, seeds demo data (see the crate README)
//! and runs a background task that moves calls forward in simulated time and delivers webhooks.

mod awaz;
mod clock;
mod error;
mod faults;
mod getvocal;
mod inspect;
mod state;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::http::HeaderMap;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::clock::Clock;
use crate::state::State;

/// Demo data every fresh (or reset) simulator starts with.
pub mod seed {
    pub const GETVOCAL_EMAIL: &str = "demo@callboard.test";
    pub const GETVOCAL_PASSWORD: &str = "demo-password";
    pub const GETVOCAL_COMPANY_ID: &str = "demo-company";
    pub const AWAZ_API_KEY: &str = "demo-awaz-key";
    pub const AWAZ_WORKSPACES: [&str; 2] =
        ["north-clinic@callboard.test", "south-dental@callboard.test"];
    /// A third client workspace, so an agency's book and batches have three clients.
    pub const AWAZ_THIRD_WORKSPACE: &str = "east-physio@callboard.test";
}

/// How the simulator listens and behaves.
#[derive(Debug, Clone)]
pub struct SimConfig {
    pub getvocal_addr: SocketAddr,
    pub awaz_addr: SocketAddr,
    /// Lifetime of GetVocal access tokens, in simulated time.
    pub access_ttl: Duration,
    /// Lifetime of GetVocal refresh tokens, in simulated time.
    pub refresh_ttl: Duration,
    /// Simulated time runs this many times faster than real time.
    pub time_scale: f64,
    /// Awaz requests allowed per API key and window.
    pub rate_limit: u32,
    /// Length of the Awaz rate-limit window, in real time.
    pub rate_window: Duration,
    /// GetVocal calls a single lead may receive.
    pub max_calls_per_lead: u32,
    /// When set, the inspection routes (`/_sim/*`) answer only requests with the header
    /// `X-Sim-Token: <token>`; the others get the platform's own 404, as if the routes did
    /// not exist. `None` (tests, the command line) leaves them open to every local program.
    pub inspection_token: Option<String>,
}

impl Default for SimConfig {
    fn default() -> Self {
        let loopback_any_port = SocketAddr::from(([127, 0, 0, 1], 0));
        Self {
            getvocal_addr: loopback_any_port,
            awaz_addr: loopback_any_port,
            access_ttl: Duration::from_secs(15 * 60),
            refresh_ttl: Duration::from_secs(30 * 24 * 3600),
            time_scale: 1.0,
            rate_limit: 100,
            rate_window: Duration::from_secs(60),
            max_calls_per_lead: 3,
            inspection_token: None,
        }
    }
}

/// Everything the handlers share.
pub(crate) struct Sim {
    pub config: SimConfig,
    pub clock: Clock,
    state: Mutex<State>,
    pub http: reqwest::Client,
}

pub(crate) type AppState = Arc<Sim>;

impl Sim {
    /// Locks the state; a panic elsewhere never makes the simulator unusable.
    pub fn state(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The header that carries [`SimConfig::inspection_token`].
pub const INSPECTION_TOKEN_HEADER: &str = "x-sim-token";

/// A running simulator; stops when [`Simulator::shutdown`] is awaited or when dropped.
pub struct Simulator {
    getvocal_addr: SocketAddr,
    awaz_addr: SocketAddr,
    stop: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
    sim: AppState,
}

/// How often the background task looks for calls to move forward (real time).
const TICK: Duration = Duration::from_millis(25);
/// How long shutdown waits for in-flight requests before giving up on them.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

impl Simulator {
    pub async fn start(config: SimConfig) -> std::io::Result<Simulator> {
        let getvocal_listener = TcpListener::bind(config.getvocal_addr).await?;
        let awaz_listener = TcpListener::bind(config.awaz_addr).await?;
        let getvocal_addr = getvocal_listener.local_addr()?;
        let awaz_addr = awaz_listener.local_addr()?;

        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(2))
            .build()
            .map_err(std::io::Error::other)?;
        let clock = Clock::new(config.time_scale);
        let sim = Arc::new(Sim {
            state: Mutex::new(State::seeded(clock.now())),
            clock,
            config,
            http,
        });

        let (stop, stopped) = watch::channel(false);
        let tasks = vec![
            serve(
                getvocal_listener,
                getvocal::router(sim.clone()),
                stopped.clone(),
            ),
            serve(awaz_listener, awaz::router(sim.clone()), stopped.clone()),
            tokio::spawn(advance_calls(sim.clone(), stopped)),
        ];
        Ok(Simulator {
            getvocal_addr,
            awaz_addr,
            stop,
            tasks,
            sim,
        })
    }

    /// Base URL of the GetVocal API, including `/v1`.
    pub fn getvocal_url(&self) -> String {
        format!("http://{}/v1", self.getvocal_addr)
    }

    /// Base URL of the Awaz API (paths start with `/v1`).
    pub fn awaz_url(&self) -> String {
        format!("http://{}", self.awaz_addr)
    }

    /// The whole state, exactly as `GET /_sim/state` answers it, read in-process.
    pub fn snapshot(&self) -> serde_json::Value {
        inspect::snapshot(&self.sim)
    }

    /// How many requests reached `route` ("METHOD /route/template"), faulted ones included.
    pub fn requests(&self, route: &str) -> u64 {
        self.snapshot()["requests"][route].as_u64().unwrap_or(0)
    }

    /// Adds a fault as `POST /_sim/faults` does (same JSON); panics on a fault the route
    /// would refuse, since that is a mistake in the test that asks for it.
    pub fn inject(&self, fault: serde_json::Value) {
        if let Err(reason) = inspect::add(&self.sim, fault.to_string().as_bytes()) {
            panic!("the simulator refuses the fault {fault}: {reason}");
        }
    }

    /// Stops accepting requests, lets in-flight ones finish and waits for the tasks to end.
    pub async fn shutdown(mut self) {
        self.stop.send_replace(true);
        let tasks = std::mem::take(&mut self.tasks);
        let _ = tokio::time::timeout(SHUTDOWN_GRACE, futures::future::join_all(tasks)).await;
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        self.stop.send_replace(true);
    }
}

fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name)?.to_str().ok()
}

/// The token of an `Authorization: Bearer <token>` header.
fn bearer(headers: &HeaderMap) -> Option<&str> {
    let (scheme, token) = header_str(headers, "authorization")?.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

fn serve(
    listener: TcpListener,
    app: axum::Router,
    mut stopped: watch::Receiver<bool>,
) -> JoinHandle<()> {
    tokio::spawn(async move {
        let shutdown = async move {
            let _ = stopped.wait_for(|stop| *stop).await;
        };
        if let Err(error) = axum::serve(listener, app)
            .with_graceful_shutdown(shutdown)
            .await
        {
            eprintln!("simulator: server error: {error}");
        }
    })
}

/// Moves calls of both platforms forward in simulated time and sends the resulting webhooks.
async fn advance_calls(sim: AppState, mut stopped: watch::Receiver<bool>) {
    let mut ticks = tokio::time::interval(TICK);
    loop {
        tokio::select! {
            _ = ticks.tick() => {}
            _ = stopped.wait_for(|stop| *stop) => return,
        }
        let now = sim.clock.now();
        let deliveries = {
            let mut state = sim.state();
            getvocal::calls::advance(&mut state, now);
            awaz::calls::advance(&mut state, now)
        };
        if !deliveries.is_empty() {
            tokio::spawn(awaz::hooks::deliver(sim.clone(), deliveries));
        }
    }
}
