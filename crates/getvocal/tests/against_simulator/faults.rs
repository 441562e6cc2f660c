use std::time::Duration;

use getvocal::{Client, Error, NetworkErrorKind, TriggerCall};
use serde_json::json;
use simulator::seed;

use super::{base_url, create_lead, first_persona_id, sign_in, start_default};

const PERSONAS: &str = "GET /v1/companies/{company_id}/personas";
const TRIGGER: &str = "POST /v1/calls/trigger";

#[tokio::test]
async fn a_malformed_body_is_an_unexpected_response() {
    let sim = start_default().await;
    let client = sign_in(&sim).await;
    sim.inject(json!({"route": PERSONAS, "body": "malformed"}));

    let error = client
        .personas(seed::GETVOCAL_COMPANY_ID)
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::UnexpectedResponse { .. }),
        "{error:?}"
    );
    sim.shutdown().await;
}

#[tokio::test]
async fn an_html_error_page_is_an_unexpected_response_with_its_body() {
    let sim = start_default().await;
    let client = sign_in(&sim).await;
    sim.inject(json!({"route": PERSONAS, "status": 502, "body": "html"}));

    match client
        .personas(seed::GETVOCAL_COMPANY_ID)
        .await
        .unwrap_err()
    {
        Error::UnexpectedResponse { status, raw } => {
            assert_eq!(status, 502);
            assert!(raw.to_lowercase().contains("<html"), "{raw}");
        }
        other => panic!("expected an unexpected response, got {other:?}"),
    }
    sim.shutdown().await;
}

#[tokio::test]
async fn a_late_answer_to_a_write_is_an_unknown_outcome_and_a_call_is_never_sent_twice() {
    let sim = start_default().await;
    let (client, _) = Client::builder(base_url(&sim))
        .request_timeout(Duration::from_millis(300))
        .login(seed::GETVOCAL_EMAIL, seed::GETVOCAL_PASSWORD)
        .await
        .unwrap();
    let lead = create_lead(&client, "+33612345678").await;
    let call = TriggerCall {
        persona_id: first_persona_id(&client).await,
        lead_id: lead.id,
        schedule: None,
    };
    sim.inject(json!({"route": TRIGGER, "delay_ms": 1500}));

    let late = client.trigger_call(&call).await.unwrap_err();
    assert!(
        matches!(late, Error::OutcomeUnknown { status: None, .. }),
        "{late:?}"
    );
    assert!(late.may_have_applied() && !late.is_transient());
    assert_eq!(sim.requests(TRIGGER), 1);

    // A late answer to a read is only a timeout: nothing changed.
    sim.inject(json!({"route": PERSONAS, "delay_ms": 1500, "count": 1}));
    match client
        .personas(seed::GETVOCAL_COMPANY_ID)
        .await
        .unwrap_err()
    {
        Error::Network { kind, .. } => assert_eq!(kind, NetworkErrorKind::Timeout),
        other => panic!("expected a timeout, got {other:?}"),
    }
    sim.shutdown().await;
}

#[tokio::test]
async fn a_502_after_getvocal_applied_a_call_is_an_unknown_outcome() {
    let sim = start_default().await;
    let client = sign_in(&sim).await;
    let lead = create_lead(&client, "+33612345679").await;
    let call = TriggerCall {
        persona_id: first_persona_id(&client).await,
        lead_id: lead.id,
        schedule: None,
    };
    sim.inject(json!({"route": TRIGGER, "status": 502, "process": true, "count": 1}));
    let lost = client.trigger_call(&call).await.unwrap_err();
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
    // The platform did place it: a blind retry would be refused here, but only because
    // GetVocal holds one waiting call per lead.
    let again = client.trigger_call(&call).await.unwrap_err();
    assert!(
        again
            .problem()
            .is_some_and(|problem| problem.is_already_queued()),
        "{again:?}"
    );
    sim.shutdown().await;
}

#[test]
fn only_https_leaves_the_computer_and_addresses_with_passwords_are_refused() {
    let accepted = |url: &str| match Client::with_api_key(url.parse().unwrap(), "key", "secret") {
        Ok(_) => true,
        Err(Error::InvalidInput(_)) => false,
        Err(other) => panic!("{other:?}"),
    };
    assert!(!accepted("http://nexus.production.getvocal.ai/v1"));
    assert!(!accepted("https://u:p@nexus.production.getvocal.ai/v1"));
    assert!(accepted("https://nexus.production.getvocal.ai/v1"));
    assert!(accepted("http://127.0.0.1:9/v1"));
}

#[tokio::test]
async fn an_unreachable_server_is_a_connect_error() {
    // A port that was just free: nothing listens on it any more.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let base = format!("http://127.0.0.1:{port}/v1").parse().unwrap();
    let client = Client::with_api_key(base, "key", "secret").unwrap();

    match client.list_api_keys().await.unwrap_err() {
        Error::Network { kind, .. } => assert_eq!(kind, NetworkErrorKind::Connect),
        other => panic!("expected a connect error, got {other:?}"),
    }
    // A write that could not connect was never sent: not applied, safe to send later.
    let refused = client.revoke_api_key("k-1").await.unwrap_err();
    assert!(
        matches!(
            refused,
            Error::Network {
                kind: NetworkErrorKind::Connect,
                ..
            }
        ),
        "{refused:?}"
    );
    assert!(!refused.may_have_applied() && refused.is_transient());
}
