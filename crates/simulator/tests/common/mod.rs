//! Helpers shared by the integration tests; each test binary uses a different subset.
#![allow(dead_code)]

use std::time::Duration;

use serde_json::{json, Value};
use simulator::{seed, SimConfig, Simulator};

pub fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("http client")
}

pub async fn start(config: SimConfig) -> Simulator {
    Simulator::start(config).await.expect("simulator starts")
}

/// Logs in as the seeded user: (access token, refresh token).
pub async fn login(http: &reqwest::Client, sim: &Simulator) -> (String, String) {
    let body: Value = http
        .post(format!("{}/auth/login", sim.getvocal_url()))
        .json(&json!({ "email": seed::GETVOCAL_EMAIL, "password": seed::GETVOCAL_PASSWORD }))
        .send()
        .await
        .expect("login answers")
        .json()
        .await
        .expect("login JSON");
    let token = |name: &str| body[name].as_str().expect("token").to_string();
    (token("access_token"), token("refresh_token"))
}

/// Creates a lead with the given phone number and returns its id.
pub async fn create_lead(
    http: &reqwest::Client,
    sim: &Simulator,
    token: &str,
    phone: &str,
) -> String {
    let body: Value = http
        .post(format!("{}/leads", sim.getvocal_url()))
        .bearer_auth(token)
        .json(&json!({ "items": [{ "phone_number": phone, "first_name": "Ada", "last_name": "Lovelace" }] }))
        .send()
        .await
        .expect("lead answers")
        .json()
        .await
        .expect("lead JSON");
    body["id"].as_str().expect("lead id").to_string()
}

/// The first seeded persona's id.
pub async fn persona_id(http: &reqwest::Client, sim: &Simulator, token: &str) -> String {
    let url = format!(
        "{}/companies/{}/personas",
        sim.getvocal_url(),
        seed::GETVOCAL_COMPANY_ID
    );
    let personas: Value = http
        .get(url)
        .bearer_auth(token)
        .send()
        .await
        .expect("personas answer")
        .json()
        .await
        .expect("personas JSON");
    personas[0]["id"].as_str().expect("persona id").to_string()
}

/// Triggers a call for a lead, optionally scheduled at an epoch timestamp.
pub async fn trigger(
    http: &reqwest::Client,
    sim: &Simulator,
    token: &str,
    lead_id: &str,
    persona_id: &str,
    schedule_timestamp: Option<f64>,
) -> reqwest::Response {
    http.post(format!("{}/calls/trigger", sim.getvocal_url()))
        .bearer_auth(token)
        .json(&json!({ "persona_id": persona_id, "lead_id": lead_id, "schedule_timestamp": schedule_timestamp }))
        .send()
        .await
        .expect("trigger answers")
}

/// The whole simulator state, from the GetVocal port.
pub async fn sim_state(http: &reqwest::Client, sim: &Simulator) -> Value {
    let base = sim.getvocal_url().trim_end_matches("/v1").to_string();
    http.get(format!("{base}/_sim/state"))
        .send()
        .await
        .expect("state answers")
        .json()
        .await
        .expect("state JSON")
}

/// Polls the simulator state until `done` holds, or panics after `timeout`.
pub async fn wait_for_state(
    http: &reqwest::Client,
    sim: &Simulator,
    timeout: Duration,
    done: impl Fn(&Value) -> bool,
) -> Value {
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        let state = sim_state(http, sim).await;
        if done(&state) {
            return state;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "state never matched: {state}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Checks that `actual` has the field names and JSON types of `expected`, recursively.
/// A null in `expected` accepts null or a string; `extracted_variables` may hold any JSON object;
/// array elements are compared with the expected array's first element.
pub fn assert_same_shape(expected: &Value, actual: &Value, at: &str) {
    match (expected, actual) {
        (Value::Null, Value::Null | Value::String(_)) => {}
        (Value::Bool(_), Value::Bool(_))
        | (Value::Number(_), Value::Number(_))
        | (Value::String(_), Value::String(_)) => {}
        (Value::Array(expected), Value::Array(actual)) => {
            if let Some(template) = expected.first() {
                for (index, element) in actual.iter().enumerate() {
                    assert_same_shape(template, element, &format!("{at}[{index}]"));
                }
            }
        }
        (Value::Object(_), Value::Object(_)) if at.ends_with(".extracted_variables") => {}
        (Value::Object(expected), Value::Object(actual)) => {
            let mut expected_keys: Vec<_> = expected.keys().collect();
            let mut actual_keys: Vec<_> = actual.keys().collect();
            expected_keys.sort();
            actual_keys.sort();
            assert_eq!(expected_keys, actual_keys, "field names differ at {at}");
            for (key, value) in expected {
                assert_same_shape(value, &actual[key], &format!("{at}.{key}"));
            }
        }
        _ => panic!("type differs at {at}: expected {expected}, got {actual}"),
    }
}
