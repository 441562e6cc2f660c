//! Awaz behaviour through real HTTP: auth, rate limit, calls, webhooks and workspaces.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::routing;
use axum::{Json, Router};
use serde_json::{json, Value};
use simulator::{seed, SimConfig, Simulator};

use common::{http, sim_state, wait_for_state};

const AGENT: &str = "65ff9abe3fdcbe533d3be143";
const FROM_PHONE: &str = "661d7fb88bcadcf1d86fd8b0";

fn is_awaz_id(id: &Value) -> bool {
    id.as_str()
        .is_some_and(|id| id.len() == 24 && id.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f')))
}

async fn get(http: &reqwest::Client, sim: &Simulator, path: &str) -> reqwest::Response {
    http.get(format!("{}{path}", sim.awaz_url()))
        .bearer_auth(seed::AWAZ_API_KEY)
        .send()
        .await
        .unwrap()
}

async fn post(http: &reqwest::Client, sim: &Simulator, path: &str, body: Value) -> (u16, Value) {
    let response = http
        .post(format!("{}{path}", sim.awaz_url()))
        .bearer_auth(seed::AWAZ_API_KEY)
        .json(&body)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

async fn schedule(http: &reqwest::Client, sim: &Simulator, phone: &str, datetime: &str) -> Value {
    let body = json!({ "agent": AGENT, "name": "Test Contact", "phone": phone, "from": FROM_PHONE, "datetime": datetime });
    let (status, call) = post(http, sim, "/v1/calls", body).await;
    assert_eq!(status, 201, "{call}");
    call
}

fn header(response: &reqwest::Response, name: &str) -> Option<u64> {
    response.headers().get(name)?.to_str().ok()?.parse().ok()
}

#[tokio::test]
async fn a_missing_key_gets_401_and_a_wrong_one_403() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    let missing = http
        .get(format!("{}/v1/phones", sim.awaz_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 401);
    assert_eq!(header(&missing, "x-ratelimit-limit"), Some(100));
    assert_eq!(
        missing.json::<Value>().await.unwrap(),
        json!({ "message": "Missing API key" })
    );
    let wrong = http
        .get(format!("{}/v1/phones", sim.awaz_url()))
        .bearer_auth("wrong-key")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 403);
    assert_eq!(
        wrong.json::<Value>().await.unwrap(),
        json!({ "message": "Invalid API key" })
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn the_rate_limit_answers_429_with_headers_until_the_window_closes() {
    let config = SimConfig {
        rate_limit: 3,
        rate_window: Duration::from_millis(1000),
        ..SimConfig::default()
    };
    let sim = common::start(config).await;
    let http = http();
    // Requests without a valid key do not use the key's budget.
    http.get(format!("{}/v1/phones", sim.awaz_url()))
        .send()
        .await
        .unwrap();

    let now = chrono::Utc::now().timestamp() as u64;
    for expected_remaining in [2, 1, 0] {
        let response = get(&http, &sim, "/v1/agents").await;
        assert_eq!(response.status(), 200);
        assert_eq!(header(&response, "x-ratelimit-limit"), Some(3));
        assert_eq!(
            header(&response, "x-ratelimit-remaining"),
            Some(expected_remaining)
        );
        let reset = header(&response, "x-ratelimit-reset").expect("integer epoch seconds");
        assert!((now..=now + 3).contains(&reset), "reset {reset} near {now}");
    }
    let limited = get(&http, &sim, "/v1/agents").await;
    assert_eq!(limited.status(), 429);
    assert_eq!(header(&limited, "x-ratelimit-remaining"), Some(0));
    assert_eq!(header(&limited, "retry-after"), Some(1));
    assert_eq!(
        limited.json::<Value>().await.unwrap(),
        json!({ "message": "Too many requests" })
    );

    tokio::time::sleep(Duration::from_millis(1100)).await;
    let again = get(&http, &sim, "/v1/agents").await;
    assert_eq!(again.status(), 200);
    assert_eq!(header(&again, "x-ratelimit-remaining"), Some(2));
    sim.shutdown().await;
}

#[tokio::test]
async fn seeded_resources_are_listed() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    let phones: Value = get(&http, &sim, "/v1/phones").await.json().await.unwrap();
    let numbers: Vec<&str> = phones["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["number"].as_str().unwrap())
        .collect();
    assert_eq!(numbers, ["+12025550101", "+12025550102"]);
    let agents: Value = get(&http, &sim, "/v1/agents").await.json().await.unwrap();
    assert_eq!(agents["items"].as_array().unwrap().len(), 2);
    let lists: Value = get(&http, &sim, "/v1/contact_lists")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        lists["items"][0],
        json!({ "id": lists["items"][0]["id"], "name": "Spring campaign", "size": 3 })
    );
    for id in [
        &phones["items"][0]["id"],
        &agents["items"][0]["id"],
        &lists["items"][0]["id"],
    ] {
        assert!(is_awaz_id(id), "{id}");
    }
    let calls: Value = get(&http, &sim, "/v1/calls?page=0")
        .await
        .json()
        .await
        .unwrap();
    let outcome = calls["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|call| call["status"] == "outcome")
        .unwrap();
    assert!(outcome["extracted_variables"]
        .as_object()
        .is_some_and(|variables| !variables.is_empty()));
    sim.shutdown().await;
}

#[tokio::test]
async fn contacts_and_calls_validate_their_input() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    let (status, contact) = post(
        &http,
        &sim,
        "/v1/contacts",
        json!({ "name": "Ann", "phone": "+12025550199", "email": "ann@example.org" }),
    )
    .await;
    assert_eq!(status, 201);
    assert!(is_awaz_id(&contact["id"]));
    assert_eq!(contact["email"], "ann@example.org");

    let (status, body) = post(
        &http,
        &sim,
        "/v1/contacts",
        json!({ "name": "Ann", "phone": "12" }),
    )
    .await;
    assert_eq!(status, 400);
    assert!(body["message"].as_str().unwrap().contains("phone"));

    let garbage = http
        .post(format!("{}/v1/calls", sim.awaz_url()))
        .bearer_auth(seed::AWAZ_API_KEY)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(garbage.status(), 400);
    assert!(garbage.json::<Value>().await.unwrap()["message"].is_string());

    let call = json!({ "agent": AGENT, "name": "Ann", "phone": "+12025550199", "from": FROM_PHONE, "datetime": "2026-11-21T15:00:00+01:00" });
    let mut unknown_agent = call.clone();
    unknown_agent["agent"] = "000000000000000000000000".into();
    assert_eq!(post(&http, &sim, "/v1/calls", unknown_agent).await.0, 400);
    let mut bad_date = call.clone();
    bad_date["datetime"] = "tomorrow".into();
    let (status, body) = post(&http, &sim, "/v1/calls", bad_date).await;
    assert_eq!(status, 400);
    assert!(body["message"].as_str().unwrap().contains("datetime"));

    let missing = get(&http, &sim, "/v1/calls/ffffffffffffffffffffffff").await;
    assert_eq!(missing.status(), 404);
    assert_eq!(
        missing.json::<Value>().await.unwrap(),
        json!({ "message": "Call not found" })
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn calls_are_paged_by_twenty_newest_first_and_filtered_by_id() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    let mut scheduled = Vec::new();
    for index in 0..25 {
        let call = schedule(
            &http,
            &sim,
            &format!("+1202555{:04}", 3000 + index),
            "2030-01-01T09:00:00Z",
        )
        .await;
        assert!(is_awaz_id(&call["id"]));
        assert_eq!(call["status"], "scheduled");
        scheduled.push(call["id"].clone());
    }
    let page = |number: u32| {
        let http = http.clone();
        let url = format!("/v1/calls?page={number}");
        let sim = &sim;
        async move {
            get(&http, sim, &url).await.json::<Value>().await.unwrap()["items"]
                .as_array()
                .unwrap()
                .clone()
        }
    };
    let first = page(0).await;
    assert_eq!(first.len(), 20);
    assert_eq!(first[0]["id"], scheduled[24], "newest first");
    // 25 scheduled + 6 seeded calls.
    assert_eq!(page(1).await.len(), 11);
    assert!(page(2).await.is_empty());

    let filtered: Value = get(
        &http,
        &sim,
        &format!("/v1/calls?page=0&id={}", scheduled[3].as_str().unwrap()),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(filtered["items"].as_array().unwrap().len(), 1);
    assert_eq!(filtered["items"][0]["id"], scheduled[3]);
    let details: Value = get(
        &http,
        &sim,
        &format!("/v1/calls/{}", scheduled[3].as_str().unwrap()),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(details, filtered["items"][0]);
    assert_eq!(get(&http, &sim, "/v1/calls?page=-1").await.status(), 400);
    sim.shutdown().await;
}

/// A local webhook receiver that remembers what it was sent.
async fn receiver() -> (String, Arc<Mutex<Vec<Value>>>) {
    let received = Arc::new(Mutex::new(Vec::new()));
    let app = Router::new()
        .route(
            "/{hook}",
            routing::post(|State(received): State<Arc<Mutex<Vec<Value>>>>, Json(call): Json<Value>| async move {
                received.lock().unwrap().push(call);
            }),
        )
        .with_state(received.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, received)
}

#[tokio::test]
async fn calls_progress_in_simulated_time_and_webhooks_are_delivered() {
    let config = SimConfig {
        time_scale: 100.0,
        ..SimConfig::default()
    };
    let sim = common::start(config).await;
    let http = http();
    let (receiver_url, received) = receiver().await;
    let every = format!("{receiver_url}/every");
    let outcomes = format!("{receiver_url}/outcomes");
    let (status, hook) = post(
        &http,
        &sim,
        "/v1/hooks/calls",
        json!({ "hookUrl": every, "agents": [], "status": [] }),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(
        hook,
        json!({ "hookUrl": every, "agents": [], "status": [] })
    );
    let subscribe_outcomes =
        json!({ "hookUrl": outcomes, "agents": [AGENT], "status": ["outcome"] });
    assert_eq!(
        post(&http, &sim, "/v1/hooks/calls", subscribe_outcomes)
            .await
            .0,
        201
    );
    let hooks: Value = get(&http, &sim, "/v1/hooks/calls")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(hooks["items"].as_array().unwrap().len(), 2);

    let answered = schedule(&http, &sim, "+12025550111", "2024-01-01T00:00:00-00").await;
    let busy = schedule(&http, &sim, "+12025550117", "2024-01-01T00:00:00+00:00").await;
    // pickup, +60 s completed, +10 s outcome: about 0.7 real seconds at 100x.
    let state = wait_for_state(&http, &sim, Duration::from_secs(10), |state| {
        state["webhooks"]["delivered"] == 5
    })
    .await;
    assert_eq!(state["webhooks"]["failed"], 0);

    let details: Value = get(
        &http,
        &sim,
        &format!("/v1/calls/{}", answered["id"].as_str().unwrap()),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(details["status"], "outcome");
    assert!(details["extracted_variables"]["appointment_date"].is_string());
    assert!(details["extracted_variables"]["interested"].is_boolean());

    let received = received.lock().unwrap().clone();
    let statuses_of = |id: &Value| -> Vec<String> {
        received
            .iter()
            .filter(|call| &call["id"] == id)
            .map(|call| call["status"].as_str().unwrap().to_string())
            .collect()
    };
    let mut answered_statuses = statuses_of(&answered["id"]);
    answered_statuses.sort();
    assert_eq!(
        answered_statuses,
        ["completed", "outcome", "outcome", "pickup"]
    );
    assert_eq!(statuses_of(&busy["id"]), ["busy"]);

    let unsubscribe = |url: String| {
        http.delete(format!("{}/v1/hooks/calls", sim.awaz_url()))
            .query(&[("hookUrl", url.as_str())])
            .bearer_auth(seed::AWAZ_API_KEY)
            .json(&json!({ "hookUrl": url, "agents": [], "status": [] }))
            .send()
    };
    let deleted = unsubscribe(every.clone()).await.unwrap();
    assert_eq!(deleted.status(), 200);
    assert_eq!(
        deleted.json::<Value>().await.unwrap(),
        json!({ "deleted": 1 })
    );
    let again = unsubscribe(every).await.unwrap();
    assert_eq!(again.status(), 404);
    assert_eq!(
        again.json::<Value>().await.unwrap(),
        json!({ "message": "Subscription not found" })
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn credits_and_minutes_top_up_workspaces() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    let [north, south] = seed::AWAZ_WORKSPACES;
    let before = sim_state(&http, &sim).await["workspaces"].clone();

    let (status, topped) = post(
        &http,
        &sim,
        "/v1/companies/add/credits",
        json!({ "company": { "email": north }, "credits": 10 }),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(topped["company"]["email"], north);
    assert!(is_awaz_id(&topped["company"]["id"]));
    let north_credits = before[north]["credits"].as_f64().unwrap() + 10.0;
    assert_eq!(topped["credits"].as_f64(), Some(north_credits));

    let south_id = before[south]["id"].clone();
    let (status, topped) = post(
        &http,
        &sim,
        "/v1/companies/add/credits",
        json!({ "company": { "id": south_id }, "minutes": 15.5 }),
    )
    .await;
    assert_eq!(status, 200);
    let south_minutes = before[south]["minutes"].as_f64().unwrap() + 15.5;
    assert_eq!(topped["minutes"].as_f64(), Some(south_minutes));

    let after = sim_state(&http, &sim).await["workspaces"].clone();
    assert_eq!(after[north]["credits"].as_f64(), Some(north_credits));
    assert_eq!(after[south]["minutes"].as_f64(), Some(south_minutes));
    assert_eq!(after[south]["credits"], before[south]["credits"]);

    let (status, body) = post(
        &http,
        &sim,
        "/v1/companies/add/credits",
        json!({ "company": { "email": "nobody@example.org" }, "credits": 1 }),
    )
    .await;
    assert_eq!(
        (status, body),
        (404, json!({ "message": "Workspace not found" }))
    );
    let (status, body) = post(
        &http,
        &sim,
        "/v1/companies/add/credits",
        json!({ "company": { "email": north }, "credits": -5 }),
    )
    .await;
    assert_eq!(status, 400);
    assert!(body["message"].as_str().unwrap().contains("credits"));
    let (status, _) = post(
        &http,
        &sim,
        "/v1/companies/add/credits",
        json!({ "company": { "email": north } }),
    )
    .await;
    assert_eq!(status, 400);
    sim.shutdown().await;
}

#[tokio::test]
async fn webhooks_never_leave_the_machine() {
    let config = SimConfig {
        time_scale: 100.0,
        ..SimConfig::default()
    };
    let sim = common::start(config).await;
    let http = http();
    // A documentation-only address (TEST-NET-1): counted as failed, never contacted.
    let hook = json!({ "hookUrl": "http://192.0.2.1/hook", "agents": [], "status": ["busy"] });
    assert_eq!(post(&http, &sim, "/v1/hooks/calls", hook).await.0, 201);
    schedule(&http, &sim, "+12025550127", "2024-01-01T00:00:00Z").await;
    let state = wait_for_state(&http, &sim, Duration::from_secs(5), |state| {
        state["webhooks"]["failed"] == 1
    })
    .await;
    assert_eq!(state["webhooks"]["delivered"], 0);
    sim.shutdown().await;
}
