//! Runs the simulator until Ctrl-C, printing the two base URLs first.

use std::io::Write;
use std::net::SocketAddr;
use std::time::Duration;

use clap::Parser;
use simulator::{SimConfig, Simulator};

/// Stateful stand-in for the GetVocal and Awaz APIs on loopback.
#[derive(Debug, Parser)]
#[command(name = "simulator", version)]
struct Cli {
    /// Address of the GetVocal API (port 0 = any free port).
    #[arg(long, default_value = "127.0.0.1:0")]
    getvocal: SocketAddr,
    /// Address of the Awaz API (port 0 = any free port).
    #[arg(long, default_value = "127.0.0.1:0")]
    awaz: SocketAddr,
    /// Simulated time runs this many times faster than real time.
    #[arg(long, default_value_t = 1.0)]
    time_scale: f64,
    /// Lifetime of GetVocal access tokens, in simulated seconds.
    #[arg(long, default_value_t = 15 * 60)]
    access_ttl_secs: u64,
    /// Lifetime of GetVocal refresh tokens, in simulated seconds.
    #[arg(long, default_value_t = 30 * 24 * 3600)]
    refresh_ttl_secs: u64,
    /// Awaz requests allowed per API key and window.
    #[arg(long, default_value_t = 100)]
    rate_limit: u32,
    /// Length of the Awaz rate-limit window, in milliseconds.
    #[arg(long, default_value_t = 60_000)]
    rate_window_ms: u64,
    /// GetVocal calls a single lead may receive.
    #[arg(long, default_value_t = 3)]
    max_calls_per_lead: u32,
    /// Answer `/_sim/*` only with the header `X-Sim-Token: <TOKEN>` (open to all without it).
    #[arg(long)]
    inspection_token: Option<String>,
}

impl From<Cli> for SimConfig {
    fn from(cli: Cli) -> Self {
        SimConfig {
            getvocal_addr: cli.getvocal,
            awaz_addr: cli.awaz,
            access_ttl: Duration::from_secs(cli.access_ttl_secs),
            refresh_ttl: Duration::from_secs(cli.refresh_ttl_secs),
            time_scale: cli.time_scale,
            rate_limit: cli.rate_limit,
            rate_window: Duration::from_millis(cli.rate_window_ms),
            max_calls_per_lead: cli.max_calls_per_lead,
            inspection_token: cli.inspection_token,
        }
    }
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let simulator = Simulator::start(Cli::parse().into()).await?;
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "getvocal {}", simulator.getvocal_url())?;
    writeln!(stdout, "awaz {}", simulator.awaz_url())?;
    stdout.flush()?;
    drop(stdout);
    tokio::signal::ctrl_c().await?;
    simulator.shutdown().await;
    Ok(())
}
