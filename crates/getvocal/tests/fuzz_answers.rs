//! Every answer GetVocal may send, parsed by the real client: the logic of the fuzz targets
//! `getvocal_answers` and `getvocal_session` (in `fuzz/`, which include this file) and, on
//! stable, a bounded property test of the same functions.
//!
//! The answers come from a loopback server that replays them, so `Problem::parse` (crate
//! private) and the private answer shapes are reached through the public API.
//!
//! Properties: nothing panics; a 2xx answer is read exactly when its JSON reads as the route's
//! type; an error status with a JSON object body is an `Error::Api` whose `Problem` keeps the
//! provider's `name`, `solution`, one field error per `detail` item and its words, and any other
//! body is an `UnexpectedResponse` carrying it; answers that may carry credentials (login,
//! refresh, new API key) never put their body into an error; a session whose refresh is refused
//! is expired and sends nothing more; every public answer type that reads a JSON text writes it
//! back to a text that reads the same.
#![allow(dead_code)]

#[path = "../../awaz/tests/support/canned_http.rs"]
mod canned_http;
#[cfg(test)]
#[path = "../../awaz/tests/support/json_strategy.rs"]
mod json_strategy;

use std::fmt::Debug;
use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use canned_http::{Answer, Canned};
use getvocal::{
    ApiKey, CallStatus, Client, ClientBuilder, DeletedCalls, Error, LeadResult, LeadStatus,
    NewApiKey, NewLead, Persona, Problem, TokenPair, TriggerCall, TriggeredCall,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use url::Url;

/// What stands in an error instead of an answer that may carry credentials.
const WITHHELD: &str = "<withheld";

/// Success, refusals (401 included: an API key is never refreshed) and server failures.
pub const STATUSES: [u16; 13] = [
    200, 201, 202, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    ListApiKeys,
    CreateApiKey,
    RevokeApiKey,
    TriggerCall,
    DeleteCalls,
    CreateLead,
    Personas,
    Login,
}

pub const ROUTES: [Route; 8] = [
    Route::ListApiKeys,
    Route::CreateApiKey,
    Route::RevokeApiKey,
    Route::TriggerCall,
    Route::DeleteCalls,
    Route::CreateLead,
    Route::Personas,
    Route::Login,
];

impl Route {
    /// Whether the answer may carry a secret, so that its body must stay out of errors.
    fn carries_credentials(self) -> bool {
        matches!(self, Route::CreateApiKey | Route::Login)
    }

    /// Whether the request changes something (anything but a GET; signing in is no change).
    fn is_write(self) -> bool {
        !matches!(self, Route::ListApiKeys | Route::Personas | Route::Login)
    }
}

struct Harness {
    server: Canned,
    client: Client,
}

impl Harness {
    fn start() -> Harness {
        let server = Canned::start();
        let client = builder(&server)
            .build(getvocal::Credentials::ApiKey {
                key_id: "key-1".into(),
                secret: "secret".into(),
            })
            .expect("a client");
        Harness { server, client }
    }
}

fn builder(server: &Canned) -> ClientBuilder {
    let base = Url::parse(&format!("{}/v1", server.url())).expect("a base URL");
    Client::builder(base)
        .connect_timeout(Duration::from_secs(5))
        .request_timeout(Duration::from_secs(5))
}

thread_local! {
    static HARNESS: Harness = Harness::start();
}

/// The body as the client reads it, when that is certain: valid UTF-8 without a byte order
/// mark. Other bodies are only checked for not panicking (their decoding is reqwest's).
fn comparable_text(body: &[u8]) -> Option<&str> {
    let marked = [&b"\xEF\xBB\xBF"[..], b"\xFE\xFF", b"\xFF\xFE"]
        .iter()
        .any(|mark| body.starts_with(mark));
    std::str::from_utf8(body).ok().filter(|_| !marked)
}

/// The fuzz target `getvocal_answers`: byte 0 picks the route, byte 1 the status, the rest is
/// the body; the body is also read as each public answer type.
pub fn check_bytes(data: &[u8]) {
    let [route, status, body @ ..] = data else {
        return;
    };
    let route = ROUTES[usize::from(*route) % ROUTES.len()];
    let status = STATUSES[usize::from(*status) % STATUSES.len()];
    check_answer(route, &Answer::new(status, body));
    check_types(body);
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany<T> {
    Many(Vec<T>),
    One(T),
}

impl<T> OneOrMany<T> {
    fn into_vec(self) -> Vec<T> {
        match self {
            OneOrMany::Many(items) => items,
            OneOrMany::One(item) => vec![item],
        }
    }
}

/// Sends `route` and checks how the client read `answer`.
pub fn check_answer(route: Route, answer: &Answer) {
    let status = answer.status;
    let text = comparable_text(&answer.body);
    HARNESS.with(|harness| {
        harness.server.answer([answer.clone()]);
        let client = &harness.client;
        match route {
            Route::ListApiKeys => {
                let result = harness.server.block_on(client.list_api_keys());
                expect(route, status, text, result, Some::<Vec<ApiKey>>);
            }
            Route::CreateApiKey => {
                let result = harness.server.block_on(client.create_api_key("fuzz"));
                expect(route, status, text, result, Some::<NewApiKey>);
            }
            Route::RevokeApiKey => {
                let result = harness.server.block_on(client.revoke_api_key("key-1"));
                expect(route, status, text, result, |answer: OneOrMany<ApiKey>| {
                    answer
                        .into_vec()
                        .into_iter()
                        .find(|key| key.uuid_id == "key-1")
                });
            }
            Route::TriggerCall => {
                let call = TriggerCall {
                    persona_id: "persona-1".into(),
                    lead_id: "lead-1".into(),
                    schedule: None,
                };
                let result = harness.server.block_on(client.trigger_call(&call));
                expect(route, status, text, result, Some::<TriggeredCall>);
            }
            Route::DeleteCalls => {
                let result = harness
                    .server
                    .block_on(client.delete_scheduled_calls("lead-1"));
                expect(route, status, text, result, Some::<DeletedCalls>);
            }
            Route::CreateLead => {
                let lead = NewLead {
                    phone_number: "+33612345678".into(),
                    ..NewLead::default()
                };
                let result = harness.server.block_on(client.create_lead(&lead));
                expect(
                    route,
                    status,
                    text,
                    result,
                    |answer: OneOrMany<LeadResult>| {
                        let mut results = answer.into_vec();
                        (results.len() == 1).then(|| results.remove(0))
                    },
                );
            }
            Route::Personas => {
                let result = harness.server.block_on(client.personas("company-1"));
                expect(route, status, text, result, Some::<Vec<Persona>>);
            }
            Route::Login => {
                let login = builder(&harness.server).login("ann@example.com", "password");
                let result = harness.server.block_on(async {
                    let (_, response) = login.await?;
                    Ok((response.tokens(), response.user_id))
                });
                expect(route, status, text, result, |response: LoginAnswer| {
                    Some((
                        TokenPair {
                            access: response.access_token,
                            refresh: response.refresh_token,
                        },
                        response.user_id,
                    ))
                });
            }
        }
    });
}

/// `LoginResponse` as documented, to say what a login answer must read as.
#[derive(Deserialize)]
struct LoginAnswer {
    access_token: String,
    refresh_token: String,
    user_id: i64,
}

/// Checks a route's result against what its answer says: `read` turns the JSON of a 2xx answer
/// into the value the client must return (`None`: the answer has the route's shape but says
/// something else, which the client must refuse in its own words).
fn expect<T: PartialEq + Debug, U: DeserializeOwned>(
    route: Route,
    status: u16,
    text: Option<&str>,
    result: getvocal::Result<T>,
    read: impl Fn(U) -> Option<T>,
) {
    let success = (200..300).contains(&status);
    let shape = text.map(|text| serde_json::from_str::<U>(text).ok());
    match result {
        Ok(value) => {
            assert!(success, "{route:?}: HTTP {status} read as {value:?}");
            if let Some(shape) = shape {
                assert_eq!(
                    Some(value),
                    shape.and_then(read),
                    "{route:?}: the answer {text:?}"
                );
            }
        }
        Err(error) if success => {
            let _ = error.to_string();
            let Error::UnexpectedResponse { status: got, raw } = &error else {
                panic!("{route:?}: a 2xx answer that cannot be used became {error:?}");
            };
            let (Some(text), Some(shape)) = (text, shape) else {
                return;
            };
            let shape_reads = shape.is_some();
            if let Some(expected) = shape.and_then(read) {
                panic!("{route:?}: {text:?} reads as {expected:?}, but the client said {error:?}");
            }
            if route.carries_credentials() {
                assert!(
                    raw.starts_with(WITHHELD),
                    "{route:?}: a secret may leak: {raw:?}"
                );
            } else if !shape_reads {
                assert_eq!(
                    (*got, raw.as_str()),
                    (status, text),
                    "{route:?}: the body is kept"
                );
            }
        }
        Err(error) => expect_error(route, status, text, &error),
    }
}

/// An error status: a JSON object body is a `Problem`, anything else an `UnexpectedResponse`.
fn expect_error(route: Route, status: u16, text: Option<&str>, error: &Error) {
    let _ = (error.to_string(), error.needs_sign_in(), error.problem());
    let object = text
        .and_then(|text| serde_json::from_str::<Value>(text).ok())
        .and_then(|value| match value {
            Value::Object(object) => Some(object),
            _ => None,
        });
    let kept = |raw: &str| {
        if route.carries_credentials() {
            assert!(
                raw.starts_with(WITHHELD),
                "{route:?}: a secret may leak: {raw:?}"
            );
        } else if let Some(text) = text {
            assert_eq!(raw, text, "{route:?}: the body is kept");
        }
    };
    match error {
        Error::UnexpectedResponse { status: got, raw } => {
            assert_eq!(*got, status, "{route:?}");
            kept(raw);
            assert!(
                text.is_none() || object.is_none(),
                "{route:?}: a JSON object error body is a Problem: {text:?}"
            );
        }
        Error::Api {
            status: got,
            problem,
        } => {
            assert_eq!(*got, status, "{route:?}");
            assert_eq!(error.needs_sign_in(), status == 401, "{route:?}");
            kept(&problem.raw);
            if let Some(text) = text {
                let object = object.unwrap_or_else(|| {
                    panic!("{route:?}: {text:?} is no JSON object but became {problem:?}")
                });
                check_problem(problem, &object);
            }
        }
        // A write answered by a failing server may have been applied; its body is kept for
        // diagnostics, except on the routes whose answers may carry credentials.
        Error::OutcomeUnknown { raw, .. } => {
            assert!(
                route.is_write() && (500..600).contains(&status),
                "{route:?}: HTTP {status} is no unknown outcome"
            );
            assert!(error.may_have_applied(), "{route:?}");
            if route.carries_credentials() {
                assert!(
                    raw.starts_with(WITHHELD),
                    "{route:?}: a secret may leak: {raw:?}"
                );
            } else if let Some(text) = text {
                assert!(
                    text.starts_with(raw.as_str()),
                    "{route:?}: the body is kept, clipped"
                );
            }
        }
        other => panic!("{route:?}: HTTP {status} with {text:?} became {other:?}"),
    }
}

/// What a `Problem` keeps of GetVocal's error body, whichever shape it came in.
fn check_problem(problem: &Problem, body: &serde_json::Map<String, Value>) {
    let text = |key: &str| body.get(key).and_then(Value::as_str).map(str::to_owned);
    assert_eq!(problem.name, text("name"));
    assert_eq!(problem.solution, text("solution"));
    let detail_items = match body.get("detail") {
        Some(Value::Array(items)) => items.len(),
        _ => 0,
    };
    assert_eq!(problem.field_errors.len(), detail_items, "{problem:?}");
    if let Some(Value::String(detail)) = body.get("detail") {
        assert!(problem.message.starts_with(detail.as_str()), "{problem:?}");
    }
    if let Some(message) = text("message") {
        assert!(problem.message.ends_with(&message), "{problem:?}");
    }
    let said_nothing = detail_items == 0
        && !matches!(body.get("detail"), Some(Value::String(_)))
        && text("message").is_none();
    if said_nothing {
        assert!(!problem.message.is_empty(), "the HTTP reason at least");
    }
    for field_error in &problem.field_errors {
        assert!(problem.field_error(&field_error.field).is_some());
    }
    let _ = (
        problem.to_string(),
        problem.is_already_queued(),
        problem.is_call_limit_reached(),
    );
}

/// Every public answer type that reads `body` writes itself back to a text that reads the same.
pub fn check_types(body: &[u8]) {
    round_trip::<ApiKey>(body);
    round_trip::<NewApiKey>(body);
    round_trip::<TriggeredCall>(body);
    round_trip::<TriggerCall>(body);
    round_trip::<CallStatus>(body);
    round_trip::<DeletedCalls>(body);
    round_trip::<LeadResult>(body);
    round_trip::<LeadStatus>(body);
    round_trip::<NewLead>(body);
    round_trip::<Persona>(body);
    round_trip::<TokenPair>(body);
    round_trip::<Vec<Persona>>(body);
}

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(body: &[u8]) {
    let Ok(value) = serde_json::from_slice::<T>(body) else {
        return;
    };
    let written = serde_json::to_string(&value).expect("an answer type writes itself");
    let again: T = serde_json::from_str(&written).unwrap_or_else(|error| {
        panic!(
            "{} wrote {written:?} and cannot read it: {error}",
            std::any::type_name::<T>()
        )
    });
    assert_eq!(
        again,
        value,
        "{} changed through {written:?}",
        std::any::type_name::<T>()
    );
}

/// A JWT whose payload is `claims` (unsigned: the client never verifies, it reads `exp - iat`).
pub fn jwt(claims: &str) -> String {
    format!(
        "eyJhbGciOiJIUzI1NiJ9.{}.c2lnbmF0dXJl",
        URL_SAFE_NO_PAD.encode(claims)
    )
}

/// An access token already due for a refresh: its lifetime is one nanosecond.
fn due_access_token() -> String {
    jwt(r#"{"exp": 1.000000001, "iat": 1}"#)
}

/// The fuzz target `getvocal_session`: the bytes are split on newlines into an access token, a
/// refresh token, the refresh answer's status byte and body, and the request's answer body.
pub fn check_session_bytes(data: &[u8]) {
    let mut parts = data.splitn(5, |&byte| byte == b'\n');
    let mut next = || String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
    let (access, refresh, status, refresh_body, answer_body) =
        (next(), next(), next(), next(), next());
    let status = STATUSES[status.bytes().next().map_or(0, usize::from) % STATUSES.len()];
    check_session(
        &access,
        &refresh,
        &Answer::new(status, refresh_body),
        &Answer::new(200, answer_body),
    );
}

/// A session from any stored tokens: reading their lifetimes never panics. Then a session that
/// must refresh first, answered `refresh`: a refused refresh (401) expires it for good without
/// another request; an accepted one is adopted and published to the tokens watch; any other
/// answer fails the request without showing the body, which may carry tokens.
pub fn check_session(access: &str, refresh: &str, refresh_answer: &Answer, answer: &Answer) {
    HARNESS.with(|harness| {
        let server = &harness.server;
        let stored = TokenPair {
            access: access.to_owned(),
            refresh: refresh.to_owned(),
        };
        let client = builder(server)
            .build(stored.clone().into())
            .expect("a client");
        assert_eq!(*client.tokens_watch().borrow(), Some(stored));

        let old = TokenPair {
            access: due_access_token(),
            refresh: refresh.to_owned(),
        };
        let client = builder(server).build(old.clone().into()).expect("a client");
        server.answer([refresh_answer.clone(), answer.clone()]);
        let before = server.served();
        let result = server.block_on(client.personas("company-1"));
        let refresh_text = comparable_text(&refresh_answer.body);
        let renewed = refresh_text.and_then(|text| serde_json::from_str::<Renewed>(text).ok());
        let status = refresh_answer.status;
        match &result {
            Err(Error::SessionExpired) => {
                let sent = server.served() - before;
                assert!(
                    status == 401 || sent == 0,
                    "expired after a refresh answered {status}"
                );
                let again = server.block_on(client.personas("company-1"));
                assert!(matches!(again, Err(Error::SessionExpired)), "{again:?}");
                assert_eq!(
                    server.served() - before,
                    sent,
                    "an expired session sends nothing"
                );
            }
            Err(Error::InvalidInput(_)) => {
                let header_safe = |token: &str| token.chars().all(|c| matches!(c, ' '..='~'));
                let renewed_access = renewed.as_ref().map_or("", |r| r.access_token.as_str());
                assert!(
                    !header_safe(refresh) || !header_safe(renewed_access),
                    "only a token that cannot be sent in a header is refused: {result:?}"
                );
            }
            Err(Error::UnexpectedResponse { raw, .. }) if server.served() - before == 1 => {
                assert!(raw.starts_with(WITHHELD), "a refresh answer leaks: {raw:?}");
                assert!(renewed.is_none() || !(200..300).contains(&status));
            }
            Err(Error::Api { problem, .. }) if server.served() - before == 1 => {
                assert!(problem.raw.starts_with(WITHHELD), "a refresh answer leaks");
                assert!(!(200..300).contains(&status));
            }
            _ => {
                assert_eq!(server.served() - before, 2, "a refresh, then the request");
                assert!((200..300).contains(&status), "{result:?}");
                if let Some(renewed) = renewed {
                    let now = client.tokens_watch().borrow().clone();
                    let expected = TokenPair {
                        access: renewed.access_token,
                        refresh: renewed.refresh_token.unwrap_or(old.refresh),
                    };
                    assert_eq!(now, Some(expected), "the renewed tokens are published");
                }
            }
        }
    });
}

/// The refresh answer as documented.
#[derive(Deserialize)]
struct Renewed {
    access_token: String,
    #[serde(default)]
    refresh_token: Option<String>,
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    /// JSON values made of the names and values GetVocal's answers use.
    const KEYS: &[&str] = &[
        "detail",
        "message",
        "name",
        "solution",
        "status_code",
        "loc",
        "msg",
        "type",
        "id",
        "uuid_id",
        "call_status",
        "lead_id",
        "status",
        "phone_number",
        "number_of_calls_deleted",
        "access_token",
        "refresh_token",
        "user_id",
        "secret",
        "key_id",
    ];
    const WORDS: &[&str] = &[
        "body",
        "query",
        "key-1",
        "CREATED",
        "in_queue",
        "already a call in queue for this lead",
        "Field required",
        "",
    ];

    fn json_value() -> impl Strategy<Value = Value> {
        json_strategy::json_value(KEYS, "[a-z_]{1,6}", WORDS)
    }

    fn body() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            json_value().prop_map(|value| value.to_string().into_bytes()),
            (json_value(), json_value(), json_value()).prop_map(|(detail, message, loc)| {
                json!({
                    "detail": [{ "loc": ["body", loc], "msg": message, "type": "value_error" }, detail],
                    "message": message,
                })
                .to_string()
                .into_bytes()
            }),
            prop::collection::vec(any::<u8>(), 0..48),
        ]
    }

    fn token() -> impl Strategy<Value = String> {
        prop_oneof![
            "[ -~]{0,16}",
            (any::<f64>(), any::<f64>())
                .prop_map(|(exp, iat)| jwt(&json!({ "exp": exp, "iat": iat }).to_string())),
            (0u64..4_000_000_000, 0u64..4_000_000_000)
                .prop_map(|(exp, iat)| jwt(&format!(r#"{{"exp":{exp},"iat":{iat}}}"#))),
            json_value().prop_map(|claims| jwt(&claims.to_string())),
        ]
    }

    fn refresh_body() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            (token(), prop::option::of(token())).prop_map(|(access, refresh)| {
                json!({ "access_token": access, "refresh_token": refresh })
                    .to_string()
                    .into_bytes()
            }),
            body(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn every_answer_is_read_as_documented(
            route in prop::sample::select(ROUTES.to_vec()),
            status in prop::sample::select(STATUSES.to_vec()),
            body in body(),
        ) {
            check_answer(route, &Answer::new(status, body.clone()));
            check_types(&body);
        }

        #[test]
        fn raw_bytes_never_panic(data in prop::collection::vec(any::<u8>(), 0..64)) {
            check_bytes(&data);
            check_session_bytes(&data);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn sessions_refresh_or_expire_as_documented(
            access in token(),
            refresh in token(),
            status in prop::sample::select(STATUSES.to_vec()),
            refresh_body in refresh_body(),
            answer in json_value(),
        ) {
            check_session(
                &access,
                &refresh,
                &Answer::new(status, refresh_body),
                &Answer::new(200, answer.to_string()),
            );
        }
    }

    #[test]
    fn known_answers() {
        let validation = r#"{"detail":[{"type":"missing","loc":["body","items",0,"phone_number"],"msg":"Field required"}]}"#;
        check_answer(Route::CreateLead, &Answer::new(422, validation));
        check_answer(
            Route::TriggerCall,
            &Answer::new(
                400,
                r#"{"message":"already a call in queue for this lead","name":"BadRequest","solution":"Wait."}"#,
            ),
        );
        check_answer(
            Route::Personas,
            &Answer::new(502, "<html>Bad gateway</html>"),
        );
        check_answer(
            Route::Login,
            &Answer::new(
                200,
                r#"{"access_token":"a","refresh_token":"r","user_id":7}"#,
            ),
        );
        check_answer(Route::Login, &Answer::new(200, r#"{"access_token":"a"}"#));
        check_answer(
            Route::RevokeApiKey,
            &Answer::new(200, r#"[{"uuid_id":"other"}]"#),
        );
        let renewed = format!(r#"{{"access_token":"{}"}}"#, jwt(r#"{"exp":900,"iat":0}"#));
        check_session(
            "a",
            "r",
            &Answer::new(200, renewed),
            &Answer::new(200, "[]"),
        );
        check_session("a", "r", &Answer::new(401, "{}"), &Answer::new(200, "[]"));
        check_session(
            "a",
            "r",
            &Answer::new(200, "not json"),
            &Answer::new(200, "[]"),
        );
    }
}
