use std::time::Duration;

use futures::future::join_all;
use getvocal::{Client, Error};
use simulator::{seed, SimConfig, Simulator};

use super::{base_url, past, sign_in, start};

const REFRESH: &str = "POST /v1/auth/refresh";
const PERSONAS: &str = "GET /v1/companies/{company_id}/personas";

/// Tokens whose real lifetime is `access` (and `refresh`), read as such by the client.
async fn start_with_lifetimes(access: Duration, refresh: Duration) -> Simulator {
    start(SimConfig {
        access_ttl: access,
        refresh_ttl: refresh,
        ..SimConfig::default()
    })
    .await
}

/// Simulated time runs `scale` times faster: tokens die `scale` times sooner than their
/// `exp - iat` says, so the client cannot see it coming and only learns of it from a 401.
async fn start_with_hidden_expiry(access: Duration, refresh: Duration, scale: f64) -> Simulator {
    start(SimConfig {
        access_ttl: access,
        refresh_ttl: refresh,
        time_scale: scale,
        ..SimConfig::default()
    })
    .await
}

async fn personas(client: &Client) -> Result<usize, Error> {
    Ok(client.personas(seed::GETVOCAL_COMPANY_ID).await?.len())
}

#[tokio::test]
async fn an_expiring_access_token_is_refreshed_before_the_request() {
    let lifetime = Duration::from_secs(2);
    let sim = start_with_lifetimes(lifetime, Duration::from_secs(3600)).await;
    let client = sign_in(&sim).await;
    let mut tokens = client.tokens_watch();
    let before = tokens.borrow_and_update().clone().unwrap();

    tokio::time::sleep(past(lifetime)).await;
    personas(&client).await.unwrap();

    assert_eq!(sim.requests(REFRESH), 1);
    // Refreshed before sending: the request went out once, with a valid token.
    assert_eq!(sim.requests(PERSONAS), 1);
    assert!(tokens.has_changed().unwrap());
    let after = tokens.borrow().clone().unwrap();
    assert_ne!(after.access, before.access);
    assert_eq!(after.refresh, before.refresh);
    sim.shutdown().await;
}

#[tokio::test]
async fn a_rejected_access_token_is_refreshed_and_the_request_sent_again() {
    let sim =
        start_with_hidden_expiry(Duration::from_secs(60), Duration::from_secs(86_400), 30.0).await;
    let client = sign_in(&sim).await;

    tokio::time::sleep(Duration::from_millis(2_300)).await;
    personas(&client).await.unwrap();

    assert_eq!(sim.requests(REFRESH), 1);
    assert_eq!(sim.requests(PERSONAS), 2);
    sim.shutdown().await;
}

#[tokio::test]
async fn fifty_concurrent_requests_across_an_expiry_share_one_refresh() {
    let lifetime = Duration::from_secs(3);
    let sim = start_with_lifetimes(lifetime, Duration::from_secs(3600)).await;
    let client = sign_in(&sim).await;

    tokio::time::sleep(past(lifetime)).await;
    let requests = (0..50).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { personas(&client).await })
    });
    for outcome in join_all(requests).await {
        outcome.unwrap().unwrap();
    }

    assert_eq!(sim.requests(REFRESH), 1);
    assert_eq!(sim.requests(PERSONAS), 50);
    sim.shutdown().await;
}

#[tokio::test]
async fn fifty_concurrent_401s_share_one_refresh() {
    let sim =
        start_with_hidden_expiry(Duration::from_secs(60), Duration::from_secs(86_400), 20.0).await;
    let client = sign_in(&sim).await;

    tokio::time::sleep(Duration::from_millis(3_300)).await;
    let requests = (0..50).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { personas(&client).await })
    });
    for outcome in join_all(requests).await {
        outcome.unwrap().unwrap();
    }

    assert_eq!(sim.requests(REFRESH), 1);
    // Each request was rejected once, then sent again with the shared new token.
    assert_eq!(sim.requests(PERSONAS), 100);
    sim.shutdown().await;
}

#[tokio::test]
async fn a_rejected_refresh_token_ends_the_session() {
    let sim =
        start_with_hidden_expiry(Duration::from_secs(30), Duration::from_secs(60), 30.0).await;
    let client = sign_in(&sim).await;

    tokio::time::sleep(Duration::from_millis(2_300)).await;
    let error = personas(&client).await.unwrap_err();
    assert!(matches!(error, Error::SessionExpired), "{error:?}");
    assert!(error.needs_sign_in());

    // The session stays ended without asking GetVocal again.
    let error = personas(&client).await.unwrap_err();
    assert!(matches!(error, Error::SessionExpired), "{error:?}");
    assert_eq!(sim.requests(REFRESH), 1);
    sim.shutdown().await;
}

#[tokio::test]
async fn a_refresh_token_known_to_be_expired_is_not_sent() {
    let (access, refresh) = (Duration::from_secs(2), Duration::from_secs(3));
    let sim = start_with_lifetimes(access, refresh).await;
    let client = sign_in(&sim).await;

    tokio::time::sleep(past(refresh)).await;
    let error = personas(&client).await.unwrap_err();
    assert!(matches!(error, Error::SessionExpired), "{error:?}");
    assert_eq!(sim.requests(REFRESH), 0);
    sim.shutdown().await;
}

#[tokio::test]
async fn stored_tokens_resume_the_session() {
    let sim = start(SimConfig::default()).await;
    let tokens = sign_in(&sim).await.tokens_watch().borrow().clone().unwrap();

    let resumed = Client::with_tokens(base_url(&sim), tokens).unwrap();
    assert!(personas(&resumed).await.unwrap() > 0);
    sim.shutdown().await;
}
