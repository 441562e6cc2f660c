//! The inspection routes (`/_sim/*`) with and without an inspection token: open to every local
//! program when none is configured (tests, the command line), hidden behind the platform's own
//! 404 from anyone without the token when one is (the app's demo mode).

mod common;

use reqwest::StatusCode;
use serde_json::{json, Value};
use simulator::{seed, SimConfig, Simulator, INSPECTION_TOKEN_HEADER};

use common::{http, start};

const TOKEN: &str = "3f1c2b7e9a0d4c65b8e1f2a3d4c5b6a7";

/// The base URL of each port, without GetVocal's `/v1`.
fn bases(sim: &Simulator) -> [String; 2] {
    [
        sim.getvocal_url().trim_end_matches("/v1").to_owned(),
        sim.awaz_url(),
    ]
}

#[tokio::test]
async fn without_a_token_configured_the_sim_routes_stay_open() {
    let sim = start(SimConfig::default()).await;
    let http = http();
    for base in bases(&sim) {
        let state = http.get(format!("{base}/_sim/state")).send().await.unwrap();
        assert_eq!(state.status(), StatusCode::OK, "{base}");
        let fault = http
            .post(format!("{base}/_sim/faults"))
            .json(&json!({ "route": "GET /v1/phones", "status": 500 }))
            .send()
            .await
            .unwrap();
        assert_eq!(fault.status(), StatusCode::OK, "{base}");
    }
    sim.shutdown().await;
}

#[tokio::test]
async fn with_a_token_the_sim_routes_answer_only_requests_that_carry_it() {
    let sim = start(SimConfig {
        inspection_token: Some(TOKEN.to_owned()),
        ..SimConfig::default()
    })
    .await;
    let http = http();
    for base in bases(&sim) {
        // Signed in, so Awaz answers "not found" rather than asking for its key first.
        let unknown_route = http
            .get(format!("{base}/v1/no-such-route"))
            .bearer_auth(seed::AWAZ_API_KEY)
            .send()
            .await
            .unwrap();
        let unknown_status = unknown_route.status();
        let unknown_body: Value = unknown_route.json().await.unwrap();

        for (method, path, token) in [
            ("GET", "/_sim/state", None),
            ("POST", "/_sim/reset", None),
            ("POST", "/_sim/faults", None),
            ("DELETE", "/_sim/faults", None),
            // A wrong method must not give the route away with a 405.
            ("PUT", "/_sim/state", None),
            ("GET", "/_sim/state", Some("not-the-token")),
            ("GET", "/_sim/state", Some(&TOKEN[..TOKEN.len() - 1])),
        ] {
            let mut request = http.request(method.parse().unwrap(), format!("{base}{path}"));
            if let Some(token) = token {
                request = request.header(INSPECTION_TOKEN_HEADER, token);
            }
            let answer = request
                .json(&json!({ "route": "*", "status": 500 }))
                .send()
                .await
                .unwrap();
            assert_eq!(
                answer.status(),
                StatusCode::NOT_FOUND,
                "{method} {base}{path}"
            );
            let body: Value = answer.json().await.unwrap();
            assert_eq!(
                (unknown_status, &body),
                (StatusCode::NOT_FOUND, &unknown_body),
                "{method} {base}{path}: answered like a route the platform does not have"
            );
        }

        let state = http
            .get(format!("{base}/_sim/state"))
            .header("X-Sim-Token", TOKEN)
            .send()
            .await
            .unwrap();
        assert_eq!(state.status(), StatusCode::OK, "{base}");
        assert!(state.json::<Value>().await.unwrap()["sim_time"].is_string());
    }
    // None of the refused requests reached the simulator: no fault was added, nothing reset.
    assert_eq!(sim.snapshot()["faults"], json!([]));

    // In-process inspection (what tests of the other crates use) needs no token.
    sim.inject(json!({ "route": "GET /v1/phones", "status": 500 }));
    assert_eq!(sim.snapshot()["faults"].as_array().unwrap().len(), 1);
    sim.shutdown().await;
}
