//! Fault injection and reset through `/_sim`, on both ports.

mod common;

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use simulator::{seed, SimConfig, Simulator};

use common::{http, login, sim_state};

const CREDITS_ROUTE: &str = "POST /v1/companies/add/credits";

async fn add_fault(http: &reqwest::Client, base: &str, fault: Value) {
    let response = http
        .post(format!("{base}/_sim/faults"))
        .json(&fault)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
}

async fn top_up(http: &reqwest::Client, sim: &Simulator) -> reqwest::Result<reqwest::Response> {
    http.post(format!("{}/v1/companies/add/credits", sim.awaz_url()))
        .bearer_auth(seed::AWAZ_API_KEY)
        .json(&json!({ "company": { "email": seed::AWAZ_WORKSPACES[0] }, "credits": 10 }))
        .send()
        .await
}

async fn north_credits(http: &reqwest::Client, sim: &Simulator) -> f64 {
    let state = sim_state(http, sim).await;
    state["workspaces"][seed::AWAZ_WORKSPACES[0]]["credits"]
        .as_f64()
        .unwrap()
}

#[tokio::test]
async fn a_bare_status_rejects_without_acting() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    let before = north_credits(&http, &sim).await;
    add_fault(
        &http,
        &sim.awaz_url(),
        json!({ "route": CREDITS_ROUTE, "status": 503 }),
    )
    .await;
    let response = top_up(&http, &sim).await.unwrap();
    assert_eq!(response.status(), 503);
    assert_eq!(
        response.json::<Value>().await.unwrap(),
        json!({ "message": "Service temporarily unavailable" })
    );
    assert_eq!(north_credits(&http, &sim).await, before);

    // Other routes are untouched.
    let phones = http
        .get(format!("{}/v1/phones", sim.awaz_url()))
        .bearer_auth(seed::AWAZ_API_KEY)
        .send()
        .await
        .unwrap();
    assert_eq!(phones.status(), 200);
    sim.shutdown().await;
}

#[tokio::test]
async fn a_delay_lets_the_action_happen_but_answers_late() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    let before = north_credits(&http, &sim).await;
    add_fault(
        &http,
        &sim.awaz_url(),
        json!({ "route": CREDITS_ROUTE, "delay_ms": 400, "count": 1 }),
    )
    .await;
    let impatient = reqwest::Client::builder()
        .timeout(Duration::from_millis(150))
        .build()
        .unwrap();
    assert!(
        top_up(&impatient, &sim).await.is_err(),
        "the client times out"
    );
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(
        north_credits(&http, &sim).await,
        before + 10.0,
        "the top-up happened"
    );

    add_fault(
        &http,
        &sim.awaz_url(),
        json!({ "route": CREDITS_ROUTE, "delay_ms": 300, "count": 1 }),
    )
    .await;
    let started = Instant::now();
    assert_eq!(top_up(&http, &sim).await.unwrap().status(), 200);
    assert!(started.elapsed() >= Duration::from_millis(300));
    sim.shutdown().await;
}

#[tokio::test]
async fn malformed_and_html_bodies_replace_the_answer() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    add_fault(
        &http,
        &sim.awaz_url(),
        json!({ "route": "GET /v1/phones", "body": "malformed", "count": 1 }),
    )
    .await;
    add_fault(
        &http,
        &sim.awaz_url(),
        json!({ "route": "GET /v1/agents", "status": 502, "body": "html", "count": 1 }),
    )
    .await;
    let phones = http
        .get(format!("{}/v1/phones", sim.awaz_url()))
        .bearer_auth(seed::AWAZ_API_KEY)
        .send()
        .await
        .unwrap();
    assert_eq!(phones.status(), 200);
    assert!(serde_json::from_str::<Value>(&phones.text().await.unwrap()).is_err());
    let agents = http
        .get(format!("{}/v1/agents", sim.awaz_url()))
        .bearer_auth(seed::AWAZ_API_KEY)
        .send()
        .await
        .unwrap();
    assert_eq!(agents.status(), 502);
    assert!(agents.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert!(agents.text().await.unwrap().contains("<html>"));
    sim.shutdown().await;
}

#[tokio::test]
async fn a_dropped_connection_is_an_error_for_the_client() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    add_fault(
        &http,
        &sim.awaz_url(),
        json!({ "route": CREDITS_ROUTE, "drop": true, "count": 1 }),
    )
    .await;
    let before = north_credits(&http, &sim).await;
    let outcome = async { top_up(&http, &sim).await?.text().await }.await;
    assert!(
        outcome.is_err(),
        "the answer never arrives whole: {outcome:?}"
    );
    assert_eq!(
        north_credits(&http, &sim).await,
        before + 10.0,
        "drop processes by default"
    );
    assert_eq!(
        top_up(&http, &sim).await.unwrap().status(),
        200,
        "count 1 is used up"
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn count_and_probability_limit_when_faults_fire() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    add_fault(
        &http,
        &sim.awaz_url(),
        json!({ "route": CREDITS_ROUTE, "status": 500, "probability": 0.0 }),
    )
    .await;
    assert_eq!(
        top_up(&http, &sim).await.unwrap().status(),
        200,
        "probability 0 never fires"
    );

    add_fault(&http, &sim.awaz_url(), json!({ "status": 503, "count": 2 })).await;
    for _ in 0..2 {
        assert_eq!(top_up(&http, &sim).await.unwrap().status(), 503);
    }
    assert_eq!(top_up(&http, &sim).await.unwrap().status(), 200);
    let state = sim_state(&http, &sim).await;
    assert_eq!(state["requests"][CREDITS_ROUTE], 4);
    sim.shutdown().await;
}

#[tokio::test]
async fn getvocal_faults_use_its_error_shape_and_sim_routes_are_exempt() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    let base = sim.getvocal_url().trim_end_matches("/v1").to_string();
    add_fault(&http, &base, json!({ "route": "*", "status": 503 })).await;
    let login = http
        .post(format!("{}/auth/login", sim.getvocal_url()))
        .json(&json!({ "email": seed::GETVOCAL_EMAIL, "password": seed::GETVOCAL_PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), 503);
    assert!(login.json::<Value>().await.unwrap()["detail"].is_string());
    assert_eq!(
        sim_state(&http, &sim).await["faults"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    let cleared = http
        .delete(format!("{base}/_sim/faults"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        cleared.json::<Value>().await.unwrap(),
        json!({ "cleared": 1 })
    );
    let bad_fault = http
        .post(format!("{base}/_sim/faults"))
        .json(&json!({ "probability": 2 }))
        .send()
        .await
        .unwrap();
    assert_eq!(bad_fault.status(), 400);
    sim.shutdown().await;
}

#[tokio::test]
async fn reset_restores_the_seed_and_clears_faults() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    let seeded = north_credits(&http, &sim).await;
    let (access, _) = login(&http, &sim).await;
    common::create_lead(&http, &sim, &access, "+33644444444").await;
    top_up(&http, &sim).await.unwrap();
    add_fault(
        &http,
        &sim.awaz_url(),
        json!({ "route": "GET /v1/phones", "status": 500 }),
    )
    .await;

    let reset = http
        .post(format!("{}/_sim/reset", sim.awaz_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(reset.status(), 200);
    let state = sim_state(&http, &sim).await;
    assert!(state["getvocal"]["leads"].as_array().unwrap().is_empty());
    assert!(state["faults"].as_array().unwrap().is_empty());
    assert_eq!(north_credits(&http, &sim).await, seeded);
    assert_eq!(state["awaz"]["calls"].as_array().unwrap().len(), 6);
    sim.shutdown().await;
}
