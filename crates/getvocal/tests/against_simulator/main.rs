//! The client against the simulator over real loopback HTTP.

mod faults;
mod routes;
mod session;

use std::time::Duration;

use getvocal::{Client, LeadResult, NewLead};
use serde_json::Value;
use simulator::{seed, SimConfig, Simulator};
use url::Url;

async fn start(config: SimConfig) -> Simulator {
    Simulator::start(config)
        .await
        .expect("the simulator starts")
}

async fn start_default() -> Simulator {
    start(SimConfig::default()).await
}

fn base_url(sim: &Simulator) -> Url {
    Url::parse(&sim.getvocal_url()).expect("the simulator's URL parses")
}

async fn sign_in(sim: &Simulator) -> Client {
    let (client, _) = Client::login(base_url(sim), seed::GETVOCAL_EMAIL, seed::GETVOCAL_PASSWORD)
        .await
        .expect("the seeded user signs in");
    client
}

/// The simulator-only routes live beside `/v1`, not under it.
fn sim_admin_url(sim: &Simulator, route: &str) -> String {
    let root = sim.getvocal_url();
    format!("{}/_sim/{route}", root.trim_end_matches("/v1"))
}

/// How many times the simulator served `route` (e.g. "POST /v1/auth/refresh").
async fn request_count(sim: &Simulator, route: &str) -> u64 {
    let state: Value = reqwest::get(sim_admin_url(sim, "state"))
        .await
        .expect("the simulator state is reachable")
        .json()
        .await
        .expect("the simulator state is JSON");
    state["requests"][route].as_u64().unwrap_or(0)
}

async fn inject_fault(sim: &Simulator, fault: Value) {
    let response = reqwest::Client::new()
        .post(sim_admin_url(sim, "faults"))
        .json(&fault)
        .send()
        .await
        .expect("the simulator accepts faults");
    assert!(response.status().is_success(), "fault refused: {fault}");
}

fn lead(phone_number: &str) -> NewLead {
    NewLead {
        phone_number: phone_number.to_owned(),
        first_name: Some("Jeanne".to_owned()),
        last_name: Some("Martin".to_owned()),
        ..NewLead::default()
    }
}

async fn create_lead(client: &Client, phone_number: &str) -> LeadResult {
    client
        .create_lead(&lead(phone_number))
        .await
        .expect("the lead is created")
}

async fn first_persona_id(client: &Client) -> String {
    let personas = client
        .personas(seed::GETVOCAL_COMPANY_ID)
        .await
        .expect("personas are listed");
    personas.first().expect("the seed has personas").id.clone()
}

/// Real time to wait past a token lifetime set in [`SimConfig`] (time scale 1).
fn past(lifetime: Duration) -> Duration {
    lifetime + Duration::from_millis(300)
}
