//! Replays every request of both Postman collections against the simulator and compares the
//! status code and the field names and JSON types with the documented example answers (or,
//! for requests without an example, with the shapes agreed in the crate README).

mod common;

use std::path::PathBuf;
use std::time::Duration;

use serde_json::{json, Value};
use simulator::{seed, SimConfig, Simulator};

use common::{assert_same_shape, create_lead, http, login, persona_id, trigger, wait_for_state};

/// Stand-ins for a lead id in the GetVocal collection.
const LEAD_PLACEHOLDERS: [&str; 3] = [
    "GETVOCAL_LEAD_ID",
    "LEAD_ID_TO_CALL",
    "sjxwfMNBdVFrHRXn5If2_adad130335",
];
const GETVOCAL_HOST: &str = "https://nexus.production.getvocal.ai/v1";
const AWAZ_HOST: &str = "https://api.awaz.ai";
/// Hook URLs of the collection, swapped for loopback ones nothing listens on.
const SUBSCRIBE_HOOK: &str = "https://services.leadconnectorhq.com/hooks/iXtGWepsAWI8qpJTzPQ0/webhook-trigger/260f52f9-b607-419d-8055-47f2163640f7";
const LOOPBACK_HOOK: &str = "http://127.0.0.1:9/subscribed";
const DELETE_HOOK: &str = "https://google.com";
const LOOPBACK_DELETE_HOOK: &str = "http://127.0.0.1:9/to-delete";

/// One request of a collection, with its documented examples.
struct Item {
    name: String,
    request: Value,
    examples: Vec<Value>,
}

fn load(file: &str) -> Vec<Item> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/contract")
        .join(file);
    let text = std::fs::read_to_string(&path).expect("collection readable");
    let collection: Value = serde_json::from_str(&text).expect("collection is JSON");
    let mut items = Vec::new();
    collect(&collection["item"], &mut items);
    items
}

fn collect(folder: &Value, items: &mut Vec<Item>) {
    for entry in folder.as_array().into_iter().flatten() {
        if entry.get("request").is_some() {
            items.push(Item {
                name: entry["name"].as_str().unwrap_or_default().to_string(),
                request: entry["request"].clone(),
                examples: entry["response"].as_array().cloned().unwrap_or_default(),
            });
        } else {
            collect(&entry["item"], items);
        }
    }
}

/// Removes `// ...` comments that sit outside JSON strings.
fn strip_comments(raw: &str) -> String {
    let mut out = String::new();
    for line in raw.lines() {
        let (mut in_string, mut escaped) = (false, false);
        let mut cut = line.len();
        for (index, character) in line.char_indices() {
            match character {
                _ if escaped => escaped = false,
                '\\' if in_string => escaped = true,
                '"' => in_string = !in_string,
                '/' if !in_string && line[index..].starts_with("//") => {
                    cut = index;
                    break;
                }
                _ => {}
            }
        }
        out.push_str(&line[..cut]);
        out.push('\n');
    }
    out
}

fn substitute(text: &str, replacements: &[(String, String)]) -> String {
    replacements
        .iter()
        .fold(text.to_string(), |text, (from, to)| text.replace(from, to))
}

/// Sends one request of the collection, with placeholders replaced.
async fn replay(
    http: &reqwest::Client,
    request: &Value,
    replacements: &[(String, String)],
    token: Option<&str>,
    adjust_body: impl Fn(&mut Value),
) -> (u16, Value) {
    let url = match &request["url"] {
        Value::String(url) => url.clone(),
        other => other["raw"].as_str().expect("raw url").to_string(),
    };
    let method = request["method"].as_str().expect("method");
    let mut builder = http.request(
        method.parse().expect("HTTP method"),
        substitute(&url, replacements),
    );
    if let Some(raw) = request["body"]["raw"].as_str() {
        let mut body: Value = serde_json::from_str(&strip_comments(&substitute(raw, replacements)))
            .expect("example body is JSON once comments are stripped");
        adjust_body(&mut body);
        builder = builder.json(&body);
    }
    if let Some(token) = token {
        builder = builder.bearer_auth(token);
    }
    let response = builder.send().await.expect("simulator answers");
    let status = response.status().as_u16();
    let text = response.text().await.expect("body");
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

fn example_body(example: &Value) -> Value {
    let text = example["body"].as_str().unwrap_or_default();
    serde_json::from_str(text).expect("example body is JSON")
}

/// The example's status code; the revoke example documents none, and the reading says 200.
fn documented_status(example: &Value) -> u16 {
    example["code"].as_u64().map_or(200, |code| code as u16)
}

fn contract_config() -> SimConfig {
    SimConfig {
        // Fast enough for a placed GetVocal call to end within about a second.
        time_scale: 100.0,
        access_ttl: Duration::from_secs(24 * 3600),
        max_calls_per_lead: 1,
        ..SimConfig::default()
    }
}

/// A fresh lead in the condition the example documents.
async fn lead_for_example(
    http: &reqwest::Client,
    sim: &Simulator,
    token: &str,
    (item, example): (&str, &str),
    serial: usize,
) -> String {
    let lead = create_lead(http, sim, token, &format!("+3361{serial:07}")).await;
    let persona = persona_id(http, sim, token).await;
    match (item, example) {
        ("Trigger Call", "200 OK") => {}
        (_, "400 Lead already in queue") => {
            assert_eq!(
                trigger(http, sim, token, &lead, &persona, None)
                    .await
                    .status(),
                200
            );
        }
        (_, "400 Max number of calls reached") => {
            assert_eq!(
                trigger(http, sim, token, &lead, &persona, None)
                    .await
                    .status(),
                200
            );
            wait_for_state(http, sim, Duration::from_secs(10), |state| {
                let calls = state["getvocal"]["calls"].as_array().expect("calls");
                calls
                    .iter()
                    .filter(|call| call["lead_id"] == lead.as_str())
                    .all(|call| call["call_status"] == "completed")
            })
            .await;
        }
        // Deleting a lead's calls: give it a scheduled one.
        _ => {
            let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).timestamp() as f64;
            assert_eq!(
                trigger(http, sim, token, &lead, &persona, Some(tomorrow))
                    .await
                    .status(),
                200
            );
        }
    }
    lead
}

#[tokio::test]
async fn getvocal_collection_matches_the_simulator() {
    let sim = common::start(contract_config()).await;
    let http = http();
    let (access, refresh) = login(&http, &sim).await;
    let persona = persona_id(&http, &sim, &access).await;
    let created_key: Value = http
        .post(format!("{}/auth/apikeys", sim.getvocal_url()))
        .bearer_auth(&access)
        .json(&json!({ "name": "to revoke" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();

    let items = load("getvocal.postman.json");
    assert_eq!(items.len(), 9, "every GetVocal request is replayed");
    let mut replayed = 0;
    for item in &items {
        assert!(!item.examples.is_empty(), "{} has an example", item.name);
        for (serial, example) in item.examples.iter().enumerate() {
            let example_name = example["name"].as_str().unwrap_or_default();
            let mut replacements = vec![
                (GETVOCAL_HOST.to_string(), sim.getvocal_url()),
                (
                    "API_KEY_ID".into(),
                    created_key["key_id"].as_str().unwrap().into(),
                ),
                ("YOUR_COMPANY_ID".into(), seed::GETVOCAL_COMPANY_ID.into()),
                ("THE_PERSONA_THAT_DOES_THE_CALL".into(), persona.clone()),
            ];
            let request = &example["originalRequest"];
            let raw = request.to_string();
            if LEAD_PLACEHOLDERS
                .iter()
                .any(|placeholder| raw.contains(placeholder))
            {
                let lead = lead_for_example(
                    &http,
                    &sim,
                    &access,
                    (&item.name, example_name),
                    replayed * 10 + serial,
                )
                .await;
                for placeholder in LEAD_PLACEHOLDERS {
                    replacements.push((placeholder.into(), lead.clone()));
                }
            }
            let token = match item.name.as_str() {
                "Login" => None,
                "Refresh" => Some(refresh.as_str()),
                _ => Some(access.as_str()),
            };
            // The successful login needs the seeded credentials; the 422 one keeps its bad email.
            let log_in_as_seed = item.name == "Login" && example_name != "Incorrect email format";
            let adjust_body = |body: &mut Value| {
                if log_in_as_seed {
                    body["email"] = seed::GETVOCAL_EMAIL.into();
                    body["password"] = seed::GETVOCAL_PASSWORD.into();
                }
            };
            let (status, body) = replay(&http, request, &replacements, token, adjust_body).await;
            let context = format!("{} / {example_name}", item.name);
            assert_eq!(status, documented_status(example), "{context}: {body}");
            let expected = example_body(example);
            assert_same_shape(&expected, &body, &context);
            if example_name == "Incorrect email format" {
                assert_eq!(
                    body, expected,
                    "the 422 answer is exactly the documented one"
                );
            }
            replayed += 1;
        }
    }
    assert_eq!(replayed, 12, "every GetVocal example is replayed");
    sim.shutdown().await;
}

/// Shapes agreed for the Awaz requests that have no example answer: (status, body).
fn awaz_reading(item: &str) -> (u16, Value) {
    let call = json!({
        "id": "", "contact": { "id": "", "name": "", "phone": "", "email": "" },
        "status": "", "extracted_variables": {},
    });
    let hook = json!({ "hookUrl": "", "agents": [""], "status": [""] });
    let balance = json!({ "company": { "id": "", "email": "" }, "credits": 0, "minutes": 0 });
    match item {
        "Schedule a Call" => (201, call),
        "Get Call Details" => (200, call),
        "Get Subscriptions For New Calls" => (200, json!({ "items": [hook] })),
        "Subscribe For New Calls" => (201, hook),
        "Delete Subscription For New Calls" => (200, json!({ "deleted": 1 })),
        "Agents" => (200, json!({ "items": [{ "id": "", "name": "" }] })),
        "Contact Lists" => (
            200,
            json!({ "items": [{ "id": "", "name": "", "size": 0 }] }),
        ),
        "Save New Contact" => (
            201,
            json!({ "id": "", "name": "", "phone": "", "email": "" }),
        ),
        "Add workspace credits" | "Add workspace minutes" => (200, balance),
        other => panic!("no agreed reading for {other}"),
    }
}

#[tokio::test]
async fn awaz_collection_matches_the_simulator() {
    let sim = common::start(contract_config()).await;
    let http = http();
    let subscribed = http
        .post(format!("{}/v1/hooks/calls", sim.awaz_url()))
        .bearer_auth(seed::AWAZ_API_KEY)
        .json(&json!({ "hookUrl": LOOPBACK_DELETE_HOOK, "agents": [], "status": [] }))
        .send()
        .await
        .unwrap();
    assert_eq!(subscribed.status(), 201);
    let [north, south] = seed::AWAZ_WORKSPACES;
    let replacements: Vec<(String, String)> = [
        (AWAZ_HOST, sim.awaz_url().as_str()),
        (SUBSCRIBE_HOOK, LOOPBACK_HOOK),
        (DELETE_HOOK, LOOPBACK_DELETE_HOOK),
        ("68b4e5488300387d575eceb8", "674b1c995e504fadc9b6fa01"),
        ("hugo+sub1@awaz.ai", north),
        ("workspace@email.com", south),
    ]
    .into_iter()
    .map(|(from, to)| (from.to_string(), to.to_string()))
    .collect();

    let items = load("awaz.postman.json");
    assert_eq!(items.len(), 12, "every Awaz request is replayed");
    for item in &items {
        let (status, body) = replay(
            &http,
            &item.request,
            &replacements,
            Some(seed::AWAZ_API_KEY),
            |_| {},
        )
        .await;
        match item.examples.first() {
            Some(example) => {
                let context = format!("{} / {}", item.name, example["name"]);
                assert_eq!(status, documented_status(example), "{context}: {body}");
                assert_same_shape(&example_body(example), &body, &context);
            }
            None => {
                let (expected_status, shape) = awaz_reading(&item.name);
                assert_eq!(status, expected_status, "{}: {body}", item.name);
                assert_same_shape(&shape, &body, &item.name);
            }
        }
    }
    sim.shutdown().await;
}
