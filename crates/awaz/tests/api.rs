//! Every route and every error of the client, against the simulator.

use std::collections::HashSet;
use std::time::Duration;

use awaz::{
    CallStatus, Client, ClientOptions, Error, HookSubscription, NewContact, ScheduleCall, Throttle,
    WaitReason, WorkspaceRef, CALLS_PER_PAGE,
};
use chrono::{DateTime, FixedOffset, Utc};
use serde_json::{json, Value};
use simulator::{seed, SimConfig, Simulator};
use url::Url;

async fn start() -> Simulator {
    Simulator::start(SimConfig::default())
        .await
        .expect("the simulator starts")
}

fn client_with(sim: &Simulator, key: &str, options: ClientOptions) -> Client {
    let base_url = Url::parse(&sim.awaz_url()).expect("a base URL");
    Client::new(base_url, key, options).expect("a client")
}

fn client(sim: &Simulator) -> Client {
    client_with(sim, seed::AWAZ_API_KEY, ClientOptions::default())
}

fn requests_to(state: &Value, route: &str) -> u64 {
    state["requests"][route].as_u64().unwrap_or(0)
}

fn balance(state: &Value, email: &str, kind: &str) -> f64 {
    state["workspaces"][email][kind]
        .as_f64()
        .expect("the workspace has a balance")
}

/// Tomorrow at this time, in a +01:00 time zone.
fn tomorrow() -> DateTime<FixedOffset> {
    let offset = FixedOffset::east_opt(3600).expect("a valid offset");
    (Utc::now() + chrono::Duration::days(1)).with_timezone(&offset)
}

async fn schedule_for(client: &Client, name: &str, phone: &str) -> awaz::Call {
    let agents = client.list_agents().await.expect("agents");
    let phones = client.list_phones().await.expect("phones");
    client
        .schedule_call(&ScheduleCall {
            agent: agents.items[0].id.clone(),
            name: name.into(),
            phone: phone.into(),
            from: phones.items[0].id.clone(),
            datetime: tomorrow(),
        })
        .await
        .expect("the call is scheduled")
}

#[tokio::test]
async fn directory_routes_list_the_seed() {
    let sim = start().await;
    let client = client(&sim);

    let phones = client.list_phones().await.expect("phones");
    assert!(!phones.items.is_empty());
    assert_eq!(phones.skipped, 0);
    assert!(phones
        .items
        .iter()
        .all(|phone| phone.number.starts_with('+')));

    let agents = client.list_agents().await.expect("agents");
    assert!(!agents.items.is_empty());
    assert!(agents.items.iter().all(|agent| !agent.name.is_empty()));

    let lists = client.list_contact_lists().await.expect("contact lists");
    assert_eq!(lists.items.len(), 1);
    assert_eq!(lists.items[0].name, "Spring campaign");
    assert_eq!(lists.items[0].size, 3);
    sim.shutdown().await;
}

#[tokio::test]
async fn save_contact_returns_the_new_contact() {
    let sim = start().await;
    let contact = client(&sim)
        .save_contact(&NewContact {
            name: "Ada Lovelace".into(),
            phone: "+442071838750".into(),
            email: "ada@example.test".into(),
        })
        .await
        .expect("the contact is saved");
    assert!(!contact.id.is_empty());
    assert_eq!(contact.name, "Ada Lovelace");
    assert_eq!(contact.phone, "+442071838750");
    assert_eq!(contact.email.as_deref(), Some("ada@example.test"));
    sim.shutdown().await;
}

#[tokio::test]
async fn a_scheduled_call_appears_in_the_log_and_its_details() {
    let sim = start().await;
    let client = client(&sim);
    let call = schedule_for(&client, "Grace Hopper", "+14155550123").await;
    assert_eq!(call.status, CallStatus::Scheduled);
    assert_eq!(call.contact.name, "Grace Hopper");
    assert_eq!(call.contact.phone, "+14155550123");

    let first_page = client.list_calls(0).await.expect("the call log");
    assert_eq!(first_page.items[0].id, call.id, "newest first");

    let details = client.call(&call.id).await.expect("the call's details");
    assert_eq!(details, call);
    sim.shutdown().await;
}

#[tokio::test]
async fn the_call_log_pages_by_twenty_until_a_short_page() {
    let sim = start().await;
    let client = client(&sim);
    let mut scheduled = HashSet::new();
    for n in 0..CALLS_PER_PAGE + 1 {
        let phone = format!("+1415555{n:04}");
        scheduled.insert(schedule_for(&client, "Paged", &phone).await.id);
    }

    let mut seen = Vec::new();
    for page in 0.. {
        let calls = client.list_calls(page).await.expect("a page of calls");
        assert_eq!(calls.page, page);
        assert_eq!(calls.skipped, 0);
        if !calls.is_last {
            assert_eq!(calls.items.len(), CALLS_PER_PAGE);
        }
        seen.extend(calls.items.into_iter().map(|call| call.id));
        if calls.is_last {
            break;
        }
    }
    assert!(seen.len() > CALLS_PER_PAGE, "more than one page");
    let unique: HashSet<_> = seen.iter().cloned().collect();
    assert_eq!(unique.len(), seen.len(), "no call on two pages");
    assert!(
        scheduled.is_subset(&unique),
        "every scheduled call is listed"
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn hooks_subscribe_list_and_delete() {
    let sim = start().await;
    let client = client(&sim);
    let hook_url = "https://hooks.example.test/awaz?team=north";
    let agents = client.list_agents().await.expect("agents");
    let subscription = HookSubscription {
        hook_url: hook_url.into(),
        agents: vec![agents.items[0].id.clone()],
        status: vec![CallStatus::Completed, CallStatus::Voicemail],
    };

    let created = client
        .subscribe_hook(&subscription)
        .await
        .expect("subscribed");
    assert_eq!(created, subscription);
    let listed = client.list_hooks().await.expect("hooks");
    assert_eq!(listed.items, [subscription]);

    assert_eq!(client.delete_hook(hook_url).await.expect("deleted"), 1);
    assert!(client.list_hooks().await.expect("hooks").items.is_empty());
    let again = client.delete_hook(hook_url).await;
    assert!(
        matches!(&again, Err(Error::Api { status: 404, message, .. }) if message == "Subscription not found"),
        "{again:?}"
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn credits_and_minutes_change_the_workspace_balances() {
    let sim = start().await;
    let client = client(&sim);
    let email = seed::AWAZ_WORKSPACES[0];
    let before = sim.snapshot();

    let after_credits = client
        .add_credits(&WorkspaceRef::by_email(email), 10.0)
        .await
        .expect("credits added");
    assert_eq!(after_credits.company.email, email);
    assert_eq!(
        after_credits.credits,
        balance(&before, email, "credits") + 10.0
    );
    assert_eq!(after_credits.minutes, balance(&before, email, "minutes"));

    let by_id = WorkspaceRef::by_id(after_credits.company.id.clone());
    let after_minutes = client
        .add_minutes(&by_id, 2.5)
        .await
        .expect("minutes added");
    assert_eq!(
        after_minutes.minutes,
        balance(&before, email, "minutes") + 2.5
    );

    let state = sim.snapshot();
    assert_eq!(balance(&state, email, "credits"), after_credits.credits);
    assert_eq!(balance(&state, email, "minutes"), after_minutes.minutes);
    let other = seed::AWAZ_WORKSPACES[1];
    assert_eq!(
        balance(&state, other, "credits"),
        balance(&before, other, "credits")
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn key_errors_are_told_apart() {
    let sim = start().await;
    let missing = client_with(&sim, "", ClientOptions::default())
        .list_phones()
        .await;
    assert!(matches!(missing, Err(Error::MissingKey)), "{missing:?}");
    let wrong = client_with(&sim, "not-the-key", ClientOptions::default())
        .list_agents()
        .await;
    assert!(matches!(wrong, Err(Error::InvalidKey)), "{wrong:?}");
    sim.shutdown().await;
}

#[tokio::test]
async fn provider_errors_carry_its_message() {
    let sim = start().await;
    let client = client(&sim);

    let unknown_call = client.call("000000000000000000000000").await;
    assert!(
        matches!(&unknown_call, Err(Error::Api { status: 404, message, .. }) if message == "Call not found"),
        "{unknown_call:?}"
    );

    let unknown_workspace = client
        .add_credits(&WorkspaceRef::by_email("nobody@callboard.test"), 5.0)
        .await;
    assert!(
        matches!(&unknown_workspace, Err(Error::Api { status: 404, message, .. }) if message == "Workspace not found"),
        "{unknown_workspace:?}"
    );

    let phones = client.list_phones().await.expect("phones");
    let unknown_agent = client
        .schedule_call(&ScheduleCall {
            agent: "no-such-agent".into(),
            name: "Nobody".into(),
            phone: "+14155550100".into(),
            from: phones.items[0].id.clone(),
            datetime: tomorrow(),
        })
        .await;
    assert!(
        matches!(&unknown_agent, Err(Error::Api { status: 400, message, raw }) if message.contains("agent") && raw.contains("message")),
        "{unknown_agent:?}"
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn invalid_input_is_refused_before_sending() {
    let sim = start().await;
    let client = client(&sim);
    let bad_phone = client
        .save_contact(&NewContact {
            name: "Local".into(),
            phone: "0612345678".into(),
            email: "local@example.test".into(),
        })
        .await;
    assert!(
        matches!(bad_phone, Err(Error::InvalidInput(_))),
        "{bad_phone:?}"
    );
    let nothing = client
        .add_minutes(&WorkspaceRef::by_email(seed::AWAZ_WORKSPACES[0]), 0.0)
        .await;
    assert!(
        matches!(nothing, Err(Error::InvalidInput(_))),
        "{nothing:?}"
    );
    let state = sim.snapshot();
    assert_eq!(requests_to(&state, "POST /v1/contacts"), 0);
    assert_eq!(requests_to(&state, "POST /v1/companies/add/credits"), 0);
    sim.shutdown().await;
}

#[tokio::test]
async fn a_read_is_retried_after_a_503_pause_and_the_wait_is_visible() {
    let sim = start().await;
    let client = client_with(
        &sim,
        seed::AWAZ_API_KEY,
        ClientOptions {
            unavailable_wait: Duration::from_millis(300),
            ..ClientOptions::default()
        },
    );
    sim.inject(json!({ "route": "GET /v1/agents", "status": 503, "count": 1 }));
    let mut throttle = client.throttle_watch();
    let watcher = tokio::spawn(async move {
        let mut shown = Vec::new();
        while throttle.changed().await.is_ok() {
            let now = throttle.borrow_and_update().clone();
            let cleared = now == Throttle::Clear;
            shown.push(now);
            if cleared {
                break;
            }
        }
        shown
    });

    let agents = client.list_agents().await.expect("agents after the pause");
    assert!(!agents.items.is_empty());
    assert_eq!(sim.requests("GET /v1/agents"), 2);
    let shown = tokio::time::timeout(Duration::from_secs(5), watcher)
        .await
        .expect("the throttle clears")
        .expect("the watcher ran");
    assert!(
        matches!(
            shown.first(),
            Some(Throttle::Waiting { reason: WaitReason::Unavailable, until }) if *until > Utc::now() - chrono::Duration::seconds(5)
        ),
        "{shown:?}"
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn a_write_is_not_retried_after_a_503() {
    let sim = start().await;
    let client = client_with(
        &sim,
        seed::AWAZ_API_KEY,
        ClientOptions {
            unavailable_wait: Duration::from_millis(50),
            ..ClientOptions::default()
        },
    );
    let email = seed::AWAZ_WORKSPACES[1];
    let before = sim.snapshot();
    sim.inject(json!({ "route": "POST /v1/companies/add/credits", "status": 503, "count": 1 }));
    let refused = client
        .add_credits(&WorkspaceRef::by_email(email), 7.0)
        .await;
    assert!(
        matches!(&refused, Err(Error::Api { status: 503, message, .. }) if message == "Service temporarily unavailable"),
        "{refused:?}"
    );
    let state = sim.snapshot();
    assert_eq!(requests_to(&state, "POST /v1/companies/add/credits"), 1);
    assert_eq!(
        balance(&state, email, "credits"),
        balance(&before, email, "credits")
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn a_late_answer_to_a_top_up_is_an_unknown_outcome_and_one_top_up() {
    let sim = start().await;
    let client = client_with(
        &sim,
        seed::AWAZ_API_KEY,
        ClientOptions {
            request_timeout: Duration::from_millis(500),
            ..ClientOptions::default()
        },
    );
    let email = seed::AWAZ_WORKSPACES[0];
    let credits_before = balance(&sim.snapshot(), email, "credits");
    sim.inject(json!({ "route": "POST /v1/companies/add/credits", "delay_ms": 1500, "count": 1 }));

    let late = client
        .add_credits(&WorkspaceRef::by_email(email), 25.0)
        .await;
    assert!(
        matches!(late, Err(Error::OutcomeUnknown { .. })),
        "{late:?}"
    );

    // Give the delayed answer time to finish on the simulator's side, then look.
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let state = sim.snapshot();
    assert_eq!(requests_to(&state, "POST /v1/companies/add/credits"), 1);
    assert_eq!(balance(&state, email, "credits"), credits_before + 25.0);
    sim.shutdown().await;
}

#[tokio::test]
async fn a_malformed_answer_is_unexpected_not_a_crash() {
    let sim = start().await;
    let client = client(&sim);
    sim.inject(json!({ "route": "GET /v1/phones", "body": "html", "status": 200, "count": 1 }));
    let html = client.list_phones().await;
    assert!(
        matches!(&html, Err(Error::UnexpectedResponse { status: 200, raw }) if raw.contains("<html>")),
        "{html:?}"
    );
    let known = client.list_calls(0).await.expect("the call log").items[0]
        .id
        .clone();
    sim.inject(json!({ "route": "GET /v1/calls/{id}", "body": "malformed", "count": 1 }));
    let malformed = client.call(&known).await;
    assert!(
        matches!(malformed, Err(Error::UnexpectedResponse { .. })),
        "{malformed:?}"
    );
    sim.shutdown().await;
}

#[test]
fn the_api_key_never_shows_in_debug_output() {
    let client = Client::new(
        Url::parse(awaz::PRODUCTION_BASE_URL).expect("a URL"),
        "secret-awaz-key",
        ClientOptions::default(),
    )
    .expect("a client");
    let shown = format!("{client:?}");
    assert!(!shown.contains("secret-awaz-key"), "{shown}");
    assert!(shown.contains("redacted"));
}

/// What a failed write means is decided once, here in the client: a gateway's 5xx after the
/// request reached Awaz may have been applied; Awaz's documented 503 was not; a server that
/// cannot be reached (a connect timeout included) never got it.
#[tokio::test]
async fn a_502_after_awaz_applied_a_top_up_is_an_unknown_outcome_never_a_refusal() {
    let sim = start().await;
    let client = client(&sim);
    let email = seed::AWAZ_WORKSPACES[0];
    let credits_before = balance(&sim.snapshot(), email, "credits");
    sim.inject(json!({ "route": "POST /v1/companies/add/credits", "status": 502, "process": true, "count": 1 }));

    let lost = client
        .add_credits(&WorkspaceRef::by_email(email), 10.0)
        .await
        .expect_err("a 502 is not a success");
    assert!(
        matches!(
            lost,
            Error::OutcomeUnknown {
                status: Some(502),
                ..
            }
        ),
        "{lost:?}"
    );
    assert!(lost.may_have_applied());
    assert!(!lost.is_transient(), "never retried by itself");
    assert_eq!(
        balance(&sim.snapshot(), email, "credits"),
        credits_before + 10.0,
        "the simulator applied it: exactly what the unknown outcome warns about"
    );
    assert_eq!(
        requests_to(&sim.snapshot(), "POST /v1/companies/add/credits"),
        1
    );

    sim.inject(json!({ "route": "POST /v1/companies/add/credits", "status": 503, "count": 1 }));
    let busy = client
        .add_credits(&WorkspaceRef::by_email(email), 10.0)
        .await
        .expect_err("503");
    assert!(matches!(busy, Error::Api { status: 503, .. }), "{busy:?}");
    assert!(!busy.may_have_applied() && busy.is_transient());
    sim.shutdown().await;
}

#[tokio::test]
async fn a_cut_answer_to_a_contact_may_have_been_applied() {
    let sim = start().await;
    let client = client(&sim);
    sim.inject(json!({ "route": "POST /v1/contacts", "drop": true, "process": true, "count": 1 }));
    let cut = client
        .save_contact(&NewContact {
            name: "Marie Curie".into(),
            phone: "+33699887766".into(),
            email: "marie@example.fr".into(),
        })
        .await
        .expect_err("cut off");
    assert!(cut.may_have_applied(), "{cut:?}");
    assert_eq!(
        sim.snapshot()["awaz"]["contacts"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["phone"] == "+33699887766")
            .count(),
        1
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn a_server_that_cannot_be_reached_never_got_the_write() {
    // A port nothing listens on: refused at once, before anything is sent.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let client = Client::new(
        Url::parse(&format!("http://127.0.0.1:{port}")).unwrap(),
        seed::AWAZ_API_KEY,
        ClientOptions::default(),
    )
    .unwrap();
    let refused = client
        .add_credits(&WorkspaceRef::by_email("a@b.test"), 1.0)
        .await
        .expect_err("nobody listens");
    assert!(
        matches!(
            refused,
            Error::Network {
                kind: awaz::NetworkErrorKind::Connect,
                ..
            }
        ),
        "{refused:?}"
    );
    assert!(!refused.may_have_applied() && refused.is_transient());
}

#[test]
fn only_https_leaves_the_computer_and_addresses_with_passwords_are_refused() {
    let new = |url: &str| Client::new(Url::parse(url).unwrap(), "k", ClientOptions::default());
    assert!(matches!(
        new("http://api.awaz.ai"),
        Err(Error::InvalidInput(_))
    ));
    assert!(matches!(
        new("https://user:pass@api.awaz.ai"),
        Err(Error::InvalidInput(_))
    ));
    assert!(new("https://api.awaz.ai").is_ok());
    assert!(new("http://127.0.0.1:9").is_ok());
    assert!(new("http://localhost:9").is_ok());
}

/// A tiny server that answers every request with `answer` (raw HTTP), for what the simulator
/// does not do (redirects, oversized bodies).
async fn raw_server(answer: &'static [u8]) -> Url {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = Url::parse(&format!("http://{}", listener.local_addr().unwrap())).unwrap();
    tokio::spawn(async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut request = [0u8; 4096];
            let _ = socket.read(&mut request).await;
            let _ = socket.write_all(answer).await;
            let _ = socket.shutdown().await;
        }
    });
    url
}

#[tokio::test]
async fn a_redirect_is_an_error_and_is_not_followed() {
    let url = raw_server(
        b"HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:9/steal\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    )
    .await;
    let client = Client::new(url, "k", ClientOptions::default()).unwrap();
    let redirected = client.list_phones().await.expect_err("a redirect");
    assert!(
        matches!(redirected, Error::Api { status: 307, .. }),
        "{redirected:?}"
    );
}

#[tokio::test]
async fn an_answer_larger_than_the_cap_is_refused_not_read_whole() {
    let url = raw_server(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 99999999999\r\nConnection: close\r\n\r\n{\"items\": [",
    )
    .await;
    let client = Client::new(
        url,
        "k",
        ClientOptions {
            max_read_attempts: 1,
            ..ClientOptions::default()
        },
    )
    .unwrap();
    let huge = client.list_phones().await.expect_err("too large");
    assert!(format!("{huge}").contains("larger than"), "{huge:?}");
}

#[tokio::test]
async fn a_request_dropped_on_its_way_gives_its_budget_slot_back() {
    let sim = start().await;
    let client = client_with(
        &sim,
        seed::AWAZ_API_KEY,
        ClientOptions {
            budget: awaz::RateBudget {
                requests: 1,
                window: Duration::from_millis(200),
            },
            ..ClientOptions::default()
        },
    );
    sim.inject(json!({ "route": "GET /v1/phones", "delay_ms": 2000, "count": 1 }));
    // Cancelled while waiting for its answer: the slot must not stay taken.
    let cancelled = tokio::time::timeout(Duration::from_millis(300), client.list_phones()).await;
    assert!(cancelled.is_err(), "the first request was cancelled");
    let next = tokio::time::timeout(Duration::from_secs(3), client.list_agents()).await;
    assert!(
        matches!(next, Ok(Ok(_))),
        "the next request goes through: {next:?}"
    );
    sim.shutdown().await;
}
