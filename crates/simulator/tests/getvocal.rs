//! GetVocal behaviour through real HTTP: tokens, API keys, leads and calls.

mod common;

use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};
use simulator::{seed, SimConfig, Simulator};

use common::{create_lead, http, login, persona_id, sim_state, trigger, wait_for_state};

async fn get_keys(http: &reqwest::Client, sim: &Simulator, token: &str) -> reqwest::Response {
    http.get(format!("{}/auth/apikeys/mine", sim.getvocal_url()))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

async fn refresh(http: &reqwest::Client, sim: &Simulator, token: &str) -> reqwest::Response {
    http.post(format!("{}/auth/refresh", sim.getvocal_url()))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

async fn post_leads(
    http: &reqwest::Client,
    sim: &Simulator,
    token: &str,
    items: Value,
) -> (u16, Value) {
    let response = http
        .post(format!("{}/leads", sim.getvocal_url()))
        .bearer_auth(token)
        .json(&json!({ "items": items }))
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

fn jwt_payload(token: &str) -> Value {
    let parts: Vec<&str> = token.split('.').collect();
    assert_eq!(parts.len(), 3, "JWT-shaped: {token}");
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap()
}

#[tokio::test]
async fn access_tokens_expire_and_refresh_issues_new_ones() {
    let config = SimConfig {
        time_scale: 10.0,
        access_ttl: Duration::from_secs(10),
        ..SimConfig::default()
    };
    let sim = common::start(config).await;
    let http = http();
    let (access, refresh_token) = login(&http, &sim).await;

    let payload = jwt_payload(&access);
    assert_eq!(payload["type"], "access");
    assert_eq!(payload["subject"]["user_id"], 1);
    assert_eq!(
        payload["exp"].as_i64().unwrap() - payload["iat"].as_i64().unwrap(),
        10
    );
    assert_eq!(jwt_payload(&refresh_token)["type"], "refresh");
    assert_eq!(get_keys(&http, &sim, &access).await.status(), 200);

    // 10 simulated seconds pass in one real second.
    tokio::time::sleep(Duration::from_millis(1300)).await;
    let expired = get_keys(&http, &sim, &access).await;
    assert_eq!(expired.status(), 401);
    assert!(expired.json::<Value>().await.unwrap()["detail"].is_string());

    let refreshed = refresh(&http, &sim, &refresh_token).await;
    assert_eq!(refreshed.status(), 200);
    let body: Value = refreshed.json().await.unwrap();
    let new_access = body["access_token"].as_str().unwrap();
    assert_eq!(get_keys(&http, &sim, new_access).await.status(), 200);

    // An access token is not a refresh token.
    let wrong_kind = refresh(&http, &sim, new_access).await;
    assert_eq!(wrong_kind.status(), 401);
    let body: Value = wrong_kind.json().await.unwrap();
    assert_eq!(
        body,
        json!({ "detail": "Invalid or expired refresh token" })
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn refresh_tokens_expire_too() {
    let config = SimConfig {
        time_scale: 100.0,
        refresh_ttl: Duration::from_secs(50),
        ..SimConfig::default()
    };
    let sim = common::start(config).await;
    let http = http();
    let (_, refresh_token) = login(&http, &sim).await;
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert_eq!(refresh(&http, &sim, &refresh_token).await.status(), 401);
    sim.shutdown().await;
}

#[tokio::test]
async fn requests_without_valid_credentials_get_401() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    assert_eq!(get_keys(&http, &sim, "not-a-token").await.status(), 401);
    let anonymous = http
        .get(format!("{}/auth/apikeys/mine", sim.getvocal_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);
    assert_eq!(
        anonymous.json::<Value>().await.unwrap(),
        json!({ "detail": "Not authenticated" })
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn login_rejects_bad_input_in_fastapi_shape() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    let login_with = |body: String| {
        http.post(format!("{}/auth/login", sim.getvocal_url()))
            .header("content-type", "application/json")
            .body(body)
            .send()
    };

    let bad_email = login_with(json!({ "email": "YOUR_EMAIL_HERE", "password": "x" }).to_string())
        .await
        .unwrap();
    assert_eq!(bad_email.status(), 422);
    assert_eq!(
        bad_email.json::<Value>().await.unwrap(),
        json!({ "detail": [{
            "type": "value_error",
            "loc": ["body", "email"],
            "msg": "value is not a valid email address: An email address must have an @-sign.",
            "input": "YOUR_EMAIL_HERE",
            "ctx": { "reason": "An email address must have an @-sign." },
        }] })
    );

    let wrong =
        login_with(json!({ "email": seed::GETVOCAL_EMAIL, "password": "nope" }).to_string())
            .await
            .unwrap();
    assert_eq!(wrong.status(), 401);
    assert_eq!(
        wrong.json::<Value>().await.unwrap(),
        json!({ "detail": "Incorrect email or password" })
    );

    let invalid_json = login_with("{\"email\": ".into()).await.unwrap();
    assert_eq!(invalid_json.status(), 422);
    let body: Value = invalid_json.json().await.unwrap();
    assert_eq!(body["detail"][0]["type"], "json_invalid");
    assert_eq!(body["detail"][0]["loc"], json!(["body", 0]));

    let missing = login_with(json!({ "email": seed::GETVOCAL_EMAIL }).to_string())
        .await
        .unwrap();
    assert_eq!(missing.status(), 422);
    let body: Value = missing.json().await.unwrap();
    assert_eq!(body["detail"][0]["type"], "missing");
    assert_eq!(body["detail"][0]["loc"], json!(["body", "password"]));
    sim.shutdown().await;
}

#[tokio::test]
async fn api_keys_are_created_listed_used_and_revoked() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    let (access, _) = login(&http, &sim).await;
    let created: Value = http
        .post(format!("{}/auth/apikeys", sim.getvocal_url()))
        .bearer_auth(&access)
        .json(&json!({ "name": "Callboard" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let key_id = created["key_id"].as_str().unwrap();
    let secret = created["secret"].as_str().unwrap();
    assert_eq!(uuid::Uuid::parse_str(key_id).unwrap().get_version_num(), 4);
    assert_eq!(secret.len(), 32);
    assert!(secret.chars().all(|c| c.is_ascii_hexdigit()));

    let listed: Value = get_keys(&http, &sim, &access).await.json().await.unwrap();
    let listed_key = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|key| key["uuid_id"] == key_id)
        .unwrap();
    assert_eq!(listed_key["name"], "Callboard");
    assert_eq!(listed_key["dt_revoked"], Value::Null);
    assert!(
        !listed.to_string().contains(secret),
        "listing never shows a secret"
    );
    assert!(listed
        .as_array()
        .unwrap()
        .iter()
        .all(|key| key.get("secret").is_none()));

    let personas_url = format!(
        "{}/companies/{}/personas",
        sim.getvocal_url(),
        seed::GETVOCAL_COMPANY_ID
    );
    let with_key = |secret: &str| {
        http.get(&personas_url)
            .header("X-Client-Api-Key", key_id)
            .header("X-Client-Api-Key-Secret", secret)
            .send()
    };
    assert_eq!(with_key(secret).await.unwrap().status(), 200);
    assert_eq!(with_key("0000").await.unwrap().status(), 401);

    let revoked = http
        .post(format!(
            "{}/auth/apikeys/{key_id}/revoke",
            sim.getvocal_url()
        ))
        .bearer_auth(&access)
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 200);
    let revoked: Value = revoked.json().await.unwrap();
    assert_eq!(revoked[0]["uuid_id"], key_id);
    assert!(revoked[0]["dt_revoked"].is_string());
    assert_eq!(with_key(secret).await.unwrap().status(), 401);

    let unknown = http
        .post(format!(
            "{}/auth/apikeys/{}/revoke",
            sim.getvocal_url(),
            uuid::Uuid::new_v4()
        ))
        .bearer_auth(&access)
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
    assert_eq!(
        unknown.json::<Value>().await.unwrap(),
        json!({ "detail": "API key not found" })
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn leads_are_deduplicated_by_customer_id_then_phone() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    let (access, _) = login(&http, &sim).await;

    let (status, first) = post_leads(
        &http,
        &sim,
        &access,
        json!([{
            "phone_number": "+33612345678", "first_name": "John", "last_name": "Doe",
            "customer_lead_id": "crm-1", "static_data": { "DATE_OF_BIRTH": "06/04/1998" },
        }]),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(first["status"], "CREATED");
    assert_eq!(first["name"], "John Doe");
    assert_eq!(first["email_address"], Value::Null);
    let id = first["id"].as_str().unwrap();
    let (prefix, suffix) = id.split_once('_').unwrap();
    assert!(
        prefix.len() == 20 && prefix.chars().all(|c| c.is_ascii_alphanumeric()),
        "{id}"
    );
    assert!(
        suffix.len() == 9 && suffix.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f')),
        "{id}"
    );

    // Same customer_lead_id, other phone: the existing lead.
    let (_, same_customer) = post_leads(
        &http,
        &sim,
        &access,
        json!([{ "phone_number": "+33699999999", "customer_lead_id": "crm-1" }]),
    )
    .await;
    assert_eq!(
        (
            same_customer["id"].as_str(),
            same_customer["status"].as_str()
        ),
        (Some(id), Some("EXISTING"))
    );
    // No customer_lead_id, same phone: the existing lead.
    let (_, same_phone) = post_leads(
        &http,
        &sim,
        &access,
        json!([{ "phone_number": "+33612345678" }]),
    )
    .await;
    assert_eq!(
        (same_phone["id"].as_str(), same_phone["status"].as_str()),
        (Some(id), Some("EXISTING"))
    );
    // Another customer_lead_id with the same phone is another lead.
    let (_, other_customer) = post_leads(
        &http,
        &sim,
        &access,
        json!([{ "phone_number": "+33612345678", "customer_lead_id": "crm-2" }]),
    )
    .await;
    assert_eq!(other_customer["status"], "CREATED");
    assert_eq!(other_customer["name"], "");

    let (status, batch) = post_leads(
        &http,
        &sim,
        &access,
        json!([
            { "phone_number": "+33600000001", "first_name": "Ann" },
            { "phone_number": "+33612345678" },
        ]),
    )
    .await;
    assert_eq!(status, 200);
    let batch = batch.as_array().expect("a batch of two answers an array");
    assert_eq!(batch.len(), 2);
    assert_eq!(
        (batch[0]["name"].as_str(), batch[0]["status"].as_str()),
        (Some("Ann"), Some("CREATED"))
    );
    assert_eq!(batch[1]["status"], "EXISTING");
    sim.shutdown().await;
}

#[tokio::test]
async fn leads_require_a_phone_number() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    let (access, _) = login(&http, &sim).await;
    let (status, body) = post_leads(&http, &sim, &access, json!([{ "first_name": "John" }])).await;
    assert_eq!(status, 422);
    assert_eq!(
        body,
        json!({ "detail": [{
            "type": "missing",
            "loc": ["body", "items", 0, "phone_number"],
            "msg": "Field required",
            "input": { "first_name": "John" },
        }] })
    );
    assert!(sim_state(&http, &sim).await["getvocal"]["leads"]
        .as_array()
        .unwrap()
        .is_empty());
    sim.shutdown().await;
}

#[tokio::test]
async fn a_second_trigger_and_the_call_limit_get_the_documented_400s() {
    let config = SimConfig {
        time_scale: 100.0,
        access_ttl: Duration::from_secs(24 * 3600),
        max_calls_per_lead: 1,
        ..SimConfig::default()
    };
    let sim = common::start(config).await;
    let http = http();
    let (access, _) = login(&http, &sim).await;
    let persona = persona_id(&http, &sim, &access).await;
    let lead = create_lead(&http, &sim, &access, "+33611111111").await;

    let first = trigger(&http, &sim, &access, &lead, &persona, None).await;
    assert_eq!(first.status(), 200);
    let call: Value = first.json().await.unwrap();
    assert_eq!(call["call_status"], "in_queue");
    assert_eq!(call["lead_id"], lead.as_str());
    assert_eq!(call["to_phone_number"], "+33611111111");
    assert_eq!(call["company_id"], seed::GETVOCAL_COMPANY_ID);
    assert_eq!(call["end_time"], Value::Null);

    let queued = trigger(&http, &sim, &access, &lead, &persona, Some(0.0)).await;
    assert_eq!(queued.status(), 400);
    assert_eq!(
        queued.json::<Value>().await.unwrap(),
        json!({
            "message": format!("Call not triggered for lead_id {lead} : already a call in queue for this lead"),
            "name": "BadRequest", "status_code": 400, "solution": "Try again.",
        })
    );

    // 120 simulated seconds later the call has ended and the limit (1) applies.
    wait_for_state(&http, &sim, Duration::from_secs(10), |state| {
        state["getvocal"]["calls"][0]["call_status"] == "completed"
    })
    .await;
    let limited = trigger(&http, &sim, &access, &lead, &persona, None).await;
    assert_eq!(limited.status(), 400);
    let body: Value = limited.json().await.unwrap();
    assert_eq!(
        body["message"],
        format!("Call cannot be placed for Lead {lead} - Ada Lovelace because the call limit has been reached or there is already call in queue")
    );

    let unknown = trigger(&http, &sim, &access, "no-such-lead", &persona, None).await;
    assert_eq!(unknown.status(), 404);
    assert_eq!(unknown.json::<Value>().await.unwrap()["name"], "NotFound");
    sim.shutdown().await;
}

#[tokio::test]
async fn scheduled_calls_queue_at_their_time_and_can_be_deleted() {
    let config = SimConfig {
        time_scale: 100.0,
        access_ttl: Duration::from_secs(24 * 3600),
        ..SimConfig::default()
    };
    let sim = common::start(config).await;
    let http = http();
    let (access, _) = login(&http, &sim).await;
    let persona = persona_id(&http, &sim, &access).await;

    // Deleting: a call scheduled for tomorrow.
    let lead = create_lead(&http, &sim, &access, "+33622222222").await;
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).timestamp() as f64;
    let scheduled: Value = trigger(&http, &sim, &access, &lead, &persona, Some(tomorrow))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(scheduled["call_status"], "scheduled");
    let start =
        chrono::DateTime::parse_from_rfc3339(scheduled["start_time"].as_str().unwrap()).unwrap();
    assert_eq!(start.timestamp(), tomorrow as i64);
    let delete = |lead: String| {
        http.delete(format!("{}/leads/{lead}/calls", sim.getvocal_url()))
            .bearer_auth(&access)
            .send()
    };
    let deleted: Value = delete(lead.clone()).await.unwrap().json().await.unwrap();
    assert_eq!(
        deleted,
        json!({ "lead_id": lead, "number_of_calls_deleted": 1 })
    );
    assert_eq!(
        trigger(&http, &sim, &access, &lead, &persona, None)
            .await
            .status(),
        200
    );
    assert_eq!(delete("no-such-lead".into()).await.unwrap().status(), 404);

    // Queueing: a call scheduled 30 simulated seconds ahead is queued, then completed.
    let soon_lead = create_lead(&http, &sim, &access, "+33633333333").await;
    let soon = sim_state(&http, &sim).await["sim_time"]
        .as_str()
        .map(|time| {
            chrono::DateTime::parse_from_rfc3339(time)
                .unwrap()
                .timestamp() as f64
                + 30.0
        });
    let soon_call: Value = trigger(&http, &sim, &access, &soon_lead, &persona, soon)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(soon_call["call_status"], "scheduled");
    let call_of_lead = |state: &Value| {
        state["getvocal"]["calls"]
            .as_array()
            .unwrap()
            .iter()
            .find(|call| call["lead_id"] == soon_lead.as_str())
            .cloned()
            .unwrap()
    };
    wait_for_state(&http, &sim, Duration::from_secs(10), |state| {
        call_of_lead(state)["call_status"] == "in_queue"
    })
    .await;
    wait_for_state(&http, &sim, Duration::from_secs(10), |state| {
        call_of_lead(state)["call_status"] == "completed"
    })
    .await;
    sim.shutdown().await;
}

#[tokio::test]
async fn personas_of_an_unknown_company_are_404_and_requests_are_counted() {
    let sim = common::start(SimConfig::default()).await;
    let http = http();
    let (access, _) = login(&http, &sim).await;
    let unknown = http
        .get(format!(
            "{}/companies/other-company/personas",
            sim.getvocal_url()
        ))
        .bearer_auth(&access)
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
    assert_eq!(
        unknown.json::<Value>().await.unwrap(),
        json!({ "detail": "Company not found" })
    );
    let personas = persona_id(&http, &sim, &access).await;
    assert_eq!(personas, "2f8d0c4e-6b1a-4c39-9e57-0d3a8b6f1c21");

    let state = sim_state(&http, &sim).await;
    assert_eq!(state["requests"]["POST /v1/auth/login"], 1);
    assert_eq!(
        state["requests"]["GET /v1/companies/{company_id}/personas"],
        2
    );
    sim.shutdown().await;
}
