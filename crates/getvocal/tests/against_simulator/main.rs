//! The client against the simulator over real loopback HTTP.

mod faults;
mod routes;
mod session;

use std::time::Duration;

use getvocal::{Client, LeadResult, NewLead};
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
