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
/// The token other programs need for the practice servers' `/_sim` routes: random, except that
/// a developer build takes `CALLBOARD_DEMO_SIM_TOKEN`, so end-to-end tests can inject faults.
fn inspection_token() -> String {
    std::env::var(DEMO_SIM_TOKEN_VARIABLE)
        .ok()
        .filter(|token| !token.is_empty() && crate::endpoints::developer_build())
        .unwrap_or_else(|| uuid::Uuid::new_v4().simple().to_string())
}

const DEMO_SIM_TOKEN_VARIABLE: &str = "CALLBOARD_DEMO_SIM_TOKEN";

pub async fn start_simulator() -> Result<Simulator> {
    Simulator::start(SimConfig {
        time_scale: DEMO_TIME_SCALE,
        inspection_token: Some(inspection_token()),
        ..SimConfig::default()
    })
    .await
    .map_err(|error| Error::DemoUnavailable(error.to_string()))
}
