//! Demo mode: both platforms simulated in-process on free loopback ports, so a person with no
//! account can try every screen. Nothing leaves the computer and nothing is charged.

use simulator::{seed, SimConfig, Simulator};

use crate::{Error, Result};

/// Simulated time runs this many times faster in the demo, so a scheduled call visibly moves
/// through its statuses within a minute or two.
const DEMO_TIME_SCALE: f64 = 30.0;

/// The practice credentials the simulator is seeded with (documented in its README).
pub const GETVOCAL_EMAIL: &str = seed::GETVOCAL_EMAIL;
pub const GETVOCAL_PASSWORD: &str = seed::GETVOCAL_PASSWORD;
pub const GETVOCAL_COMPANY_ID: &str = seed::GETVOCAL_COMPANY_ID;
pub const AWAZ_API_KEY: &str = seed::AWAZ_API_KEY;

/// Starts the practice platforms. Their inspection routes (`/_sim/*`: state, reset, faults)
/// need a random token only this process knows, so another program on the computer can
/// neither read the practice data nor change it; Callboard itself never uses them.
pub async fn start_simulator() -> Result<Simulator> {
    Simulator::start(SimConfig {
        time_scale: DEMO_TIME_SCALE,
        inspection_token: Some(uuid::Uuid::new_v4().simple().to_string()),
        ..SimConfig::default()
    })
    .await
    .map_err(|error| Error::DemoUnavailable(error.to_string()))
}
