//! A property of bulk runs, checked at the simulator: whatever mix of faults real networks
//! produce (502 after the platform applied the request, answers cut off after being applied,
//! Awaz's "not processed" 503, answers later than the client waits) and whatever the moments
//! Callboard is killed and started again, **no row is applied twice** — no contact saved twice,
//! nobody called twice — and after a last resume every row ends done, refused with its reason,
//! or held for a person's check with its reason.
//!
//! A kill is the runtime the run lives in being shut down at a random moment: its tasks stop at
//! whatever await they were in, as under SIGKILL between two writes, and Callboard is opened
//! again on the same data folder.

mod support;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use callboard::bulk::{
    BulkCalls, BulkRequest, BulkRuns, CallStart, CallWho, ImportSessions, JobState, RunOptions,
};
use callboard::import::Target;
use callboard::{AwazAccountForm, Callboard, JsonFileSettings};
use proptest::prelude::*;
use serde_json::json;
use simulator::{seed, SimConfig, Simulator};
use tokio::runtime::Runtime;

const ROWS: usize = 16;
const ACCOUNT: &str = "Clinics – Awaz";
const ROUTES: [&str; 2] = ["POST /v1/contacts", "POST /v1/calls"];

fn runtime() -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// Callboard on `dir` with the Awaz key in memory (given again after each start).
async fn open(dir: &std::path::Path, sim_url: &str) -> (Callboard, String) {
    let settings = Arc::new(JsonFileSettings::new(dir.join("settings.json")));
    let mut callboard = support::open_with_settings(dir, settings).await;
    callboard.set_awaz_options(awaz::ClientOptions {
        budget: awaz::RateBudget {
            requests: 100,
            window: Duration::from_secs(2),
        },
        request_timeout: Duration::from_millis(300),
        unavailable_wait: Duration::from_millis(50),
        ..awaz::ClientOptions::default()
    });
    let saved = callboard
        .accounts()
        .into_iter()
        .find(|account| account.name == ACCOUNT);
    let account_id = match saved {
        Some(account) => {
            callboard
                .use_awaz_api_key(&account.id, seed::AWAZ_API_KEY.to_owned())
                .await
                .unwrap();
            account.id.clone()
        }
        None => {
            callboard
                .add_awaz(AwazAccountForm {
                    name: ACCOUNT.to_owned(),
                    base_url: Some(sim_url.to_owned()),
                    api_key: seed::AWAZ_API_KEY.to_owned(),
                    remember: false,
                })
                .await
                .unwrap()
                .id
        }
    };
    (callboard, account_id)
}

fn options() -> RunOptions {
    RunOptions {
        retry_pause: Duration::from_millis(20),
        max_attempts: 3,
        ..RunOptions::default()
    }
}

#[derive(Debug, Clone)]
struct Faults {
    gateway_after_apply: f64,
    cut_after_apply: f64,
    not_processed: f64,
    late: f64,
}

fn faults() -> impl Strategy<Value = Faults> {
    (0.0..0.4, 0.0..0.2, 0.0..0.2, 0.0..0.1).prop_map(|(a, b, c, d)| Faults {
        gateway_after_apply: a,
        cut_after_apply: b,
        not_processed: c,
        late: d,
    })
}

fn run_case(faults: &Faults, kills_after_ms: &[u64]) {
    let server = runtime();
    let sim = server
        .block_on(Simulator::start(SimConfig {
            rate_limit: 100,
            rate_window: Duration::from_secs(2),
            ..SimConfig::default()
        }))
        .unwrap();
    for route in ROUTES {
        for fault in [
            json!({"route": route, "status": 502, "process": true, "probability": faults.gateway_after_apply}),
            json!({"route": route, "drop": true, "process": true, "probability": faults.cut_after_apply}),
            json!({"route": route, "status": 503, "process": false, "probability": faults.not_processed}),
            json!({"route": route, "delay_ms": 600, "process": true, "probability": faults.late}),
        ] {
            sim.inject(fault);
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("people.csv");
    // Each with a consent date: French law requires one for calls from 11 August 2026.
    let mut text = String::from("Name,Phone,Email,Consent date\n");
    for index in 0..ROWS {
        text.push_str(&format!(
            "Person {index},+33 6 20 00 00 {index:02},p{index}@example.fr,2026-01-15\n"
        ));
    }
    std::fs::write(&csv, text).unwrap();

    // First life: start the run, killed after the first delay.
    let mut lives = kills_after_ms.iter().copied().map(Some).collect::<Vec<_>>();
    lives.push(None);
    let mut job_id = None;
    for life in lives {
        let process = runtime();
        let finished = process.block_on(async {
            let (callboard, account_id) = open(dir.path(), &sim.awaz_url()).await;
            let bulk = BulkRuns::open(&callboard, options()).unwrap();
            let id = match job_id {
                Some(id) => bulk.resume(&callboard, id).await.map(|view| view.id),
                None => {
                    let imports = ImportSessions::default();
                    let import_id =
                        support::import_file(&imports, &csv, Target::AwazContacts).import_id;
                    let request = BulkRequest {
                        import_id,
                        account_id,
                        calls: Some(BulkCalls {
                            who: CallWho::Awaz {
                                agent_id: "65ff9abe3fdcbe533d3be143".to_owned(),
                                from_phone_id: "661d7fb88bcadcf1d86fd8b0".to_owned(),
                            },
                            start: CallStart::Now,
                            window: None,
                            spacing_seconds: 1,
                        }),
                    };
                    bulk.start(&callboard, &imports, request)
                        .await
                        .map(|view| view.id)
                }
            }
            .unwrap();
            job_id = Some(i64::from(id));
            let deadline = life
                .map(Duration::from_millis)
                .unwrap_or(Duration::from_secs(60));
            let ended = tokio::time::timeout(deadline, async {
                loop {
                    let view = bulk.status(i64::from(id)).unwrap();
                    if view.state != JobState::Running {
                        return view;
                    }
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            })
            .await;
            (ended.ok(), callboard, bulk)
        });
        let (view, callboard, bulk) = finished;
        // The kill: every task of this life stops where it is, and nothing of it runs after
        // (a dead process writes nothing more; `shutdown_background` would let its workers
        // finish their current step while the next life has already started).
        process.shutdown_timeout(Duration::from_secs(10));
        drop((bulk, callboard));
        if life.is_none() {
            let view = view.expect("the last life runs to the end");
            assert_eq!(view.state, JobState::Finished, "{view:?}");
            assert_eq!(
                view.done + view.failed + view.unknown,
                view.total,
                "{view:?}"
            );
        }
    }

    let state = sim.snapshot();
    let mut applied: HashMap<(&str, String), u32> = HashMap::new();
    for contact in state["awaz"]["contacts"].as_array().unwrap() {
        *applied
            .entry(("contact", contact["phone"].to_string()))
            .or_default() += 1;
    }
    for call in state["awaz"]["calls"].as_array().unwrap() {
        *applied
            .entry(("call", call["contact"]["phone"].to_string()))
            .or_default() += 1;
    }
    let twice: Vec<_> = applied
        .iter()
        .filter(|((_, phone), count)| phone.contains("+336200000") && **count > 1)
        .collect();
    assert!(twice.is_empty(), "applied twice: {twice:?} with {faults:?}");
    let ours = applied
        .keys()
        .filter(|(_, phone)| phone.contains("+336200000"))
        .count();
    assert!(ours > 0, "the run reached the simulator");
    server.shutdown_background();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_bulk_row_is_applied_twice_whatever_the_faults_and_kills(
        faults in faults(),
        kills in prop::collection::vec(50u64..1_500, 0..3),
    ) {
        run_case(&faults, &kills);
    }
}
