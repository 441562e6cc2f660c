//! Every answer Awaz may send, parsed by the real client: the logic of the fuzz targets
//! `awaz_answers` and `awaz_lenient` (in `fuzz/`, which include this file) and, on stable, a
//! bounded property test of the same functions.
//!
//! The answers come from a loopback server that replays them, so parsing is reached through
//! the crate's public API: listings (`lenient.rs`), single answers and error bodies.
//!
//! Properties: nothing panics; a 2xx list answer yields exactly the items that can be read, in
//! order, and counts the others as skipped (so one good item among garbage is always kept); a
//! body that is no list at all is an `UnexpectedResponse` carrying the body; an error status is
//! the documented error, with the provider's `message` when it sent one; every public answer
//! type that reads a JSON text writes it back to a text that reads the same.
#![allow(dead_code)]

#[path = "support/canned_http.rs"]
mod canned_http;
#[cfg(test)]
#[path = "support/json_strategy.rs"]
mod json_strategy;

use std::fmt::Debug;
use std::time::Duration;

use awaz::{
    Agent, Call, CallStatus, Client, ClientOptions, Contact, ContactList, Error, HookSubscription,
    NewContact, Phone, RateBudget, ScheduleCall, TopUp, TopUpKind, Workspace, WorkspaceBalance,
    WorkspaceRef, CALLS_PER_PAGE,
};
use canned_http::{Answer, Canned};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use url::Url;

/// The statuses an answer is given: success, refusals and server failures. 429 is left out:
/// the client resends after it, waiting for the next window, by design.
pub const STATUSES: [u16; 12] = [200, 201, 202, 400, 401, 403, 404, 409, 422, 500, 502, 503];

/// Error bodies are clipped to this many characters in errors (as the client does).
const MAX_RAW_CHARS: usize = 4096;

/// The client calls whose answers are parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Agents,
    Phones,
    ContactLists,
    Hooks,
    Calls,
    Call,
    SaveContact,
    TopUp,
    Subscribe,
    DeleteHook,
    Schedule,
}

pub const ROUTES: [Route; 11] = [
    Route::Agents,
    Route::Phones,
    Route::ContactLists,
    Route::Hooks,
    Route::Calls,
    Route::Call,
    Route::SaveContact,
    Route::TopUp,
    Route::Subscribe,
    Route::DeleteHook,
    Route::Schedule,
];

impl Route {
    fn is_write(self) -> bool {
        matches!(
            self,
            Route::SaveContact
                | Route::TopUp
                | Route::Subscribe
                | Route::DeleteHook
                | Route::Schedule
        )
    }
}

struct Harness {
    server: Canned,
    client: Client,
}

impl Harness {
    fn start() -> Harness {
        let server = Canned::start();
        let options = ClientOptions {
            budget: RateBudget {
                requests: 1_000_000,
                window: Duration::from_secs(1),
            },
            connect_timeout: Duration::from_secs(5),
            request_timeout: Duration::from_secs(5),
            unavailable_wait: Duration::ZERO,
            max_read_attempts: 1,
            read_retry_backoff: Duration::ZERO,
            max_wait: Duration::from_secs(5),
        };
        let base = Url::parse(&server.url()).expect("a base URL");
        let client = Client::new(base, "fuzz-key", options).expect("a client");
        Harness { server, client }
    }
}

thread_local! {
    static HARNESS: Harness = Harness::start();
}

/// The fuzz target `awaz_answers`: byte 0 picks the route, byte 1 the status, the rest is the
/// body; the body is also read as each public answer type.
pub fn check_bytes(data: &[u8]) {
    let [route, status, body @ ..] = data else {
        return;
    };
    let route = ROUTES[usize::from(*route) % ROUTES.len()];
    let status = STATUSES[usize::from(*status) % STATUSES.len()];
    check_answer(route, &Answer::new(status, body));
    check_types(body);
}

/// Sends `route` and checks how the client read `answer`.
pub fn check_answer(route: Route, answer: &Answer) {
    let status = answer.status;
    let text = comparable_text(&answer.body);
    HARNESS.with(|harness| {
        harness.server.answer([answer.clone()]);
        let client = &harness.client;
        match route {
            Route::Agents => {
                let result = harness.server.block_on(client.list_agents());
                expect_listing(route, status, text, result.map(|l| (l.items, l.skipped)));
            }
            Route::Phones => {
                let result = harness.server.block_on(client.list_phones());
                expect_listing(route, status, text, result.map(|l| (l.items, l.skipped)));
            }
            Route::ContactLists => {
                let result = harness.server.block_on(client.list_contact_lists());
                expect_listing(route, status, text, result.map(|l| (l.items, l.skipped)));
            }
            Route::Hooks => {
                let result = harness.server.block_on(client.list_hooks());
                expect_listing(route, status, text, result.map(|l| (l.items, l.skipped)));
            }
            Route::Calls => {
                let result = harness.server.block_on(client.list_calls(3));
                if let Ok(page) = &result {
                    assert_eq!(page.page, 3);
                    let received = page.items.len() + page.skipped as usize;
                    assert_eq!(page.is_last, received < CALLS_PER_PAGE, "{page:?}");
                }
                expect_listing(route, status, text, result.map(|p| (p.items, p.skipped)));
            }
            Route::Call => {
                let result = harness.server.block_on(client.call("call-1"));
                expect_object(route, status, text, result, Some);
            }
            Route::SaveContact => {
                let result = harness.server.block_on(client.save_contact(&new_contact()));
                expect_object(route, status, text, result, Some);
            }
            Route::TopUp => {
                let result = harness.server.block_on(client.top_up(&top_up()));
                expect_object(route, status, text, result, Some);
            }
            Route::Subscribe => {
                let result = harness
                    .server
                    .block_on(client.subscribe_hook(&subscription()));
                expect_object(route, status, text, result, Some);
            }
            Route::DeleteHook => {
                let result = harness
                    .server
                    .block_on(client.delete_hook("https://example.com/hook"));
                expect_object(route, status, text, result, |d: Deleted| Some(d.deleted));
            }
            Route::Schedule => {
                let result = harness.server.block_on(client.schedule_call(&schedule()));
                expect_object(route, status, text, result, Some);
            }
        }
    });
}

/// The body as the client reads it, when that is certain: valid UTF-8 without a byte order
/// mark. Other bodies are only checked for not panicking (their decoding is reqwest's).
fn comparable_text(body: &[u8]) -> Option<&str> {
    let marked = [&b"\xEF\xBB\xBF"[..], b"\xFE\xFF", b"\xFF\xFE"]
        .iter()
        .any(|mark| body.starts_with(mark));
    std::str::from_utf8(body).ok().filter(|_| !marked)
}

#[derive(Debug, PartialEq, Deserialize)]
struct Deleted {
    deleted: u32,
}

/// What `lenient.rs` documents: `{"items": [...]}`, `{"items": null}` or a bare array, each item
/// read on its own.
fn expected_listing<T: DeserializeOwned>(text: &str) -> Option<(Vec<T>, u32)> {
    let items = match serde_json::from_str::<Value>(text).ok()? {
        Value::Array(items) => items,
        Value::Object(mut object) => match object.remove("items")? {
            Value::Array(items) => items,
            Value::Null => Vec::new(),
            _ => return None,
        },
        _ => return None,
    };
    let total = items.len();
    let read: Vec<T> = items
        .into_iter()
        .filter_map(|item| serde_json::from_value(item).ok())
        .collect();
    let skipped = u32::try_from(total - read.len()).expect("a small list");
    Some((read, skipped))
}

fn expect_listing<T: DeserializeOwned + PartialEq + Debug>(
    route: Route,
    status: u16,
    text: Option<&str>,
    result: awaz::Result<(Vec<T>, u32)>,
) {
    let result = match result {
        Err(error) => return expect_error(route, status, text, &error),
        Ok(listing) => listing,
    };
    assert!(
        (200..300).contains(&status),
        "{route:?}: HTTP {status} read as a list"
    );
    if let Some(text) = text {
        let expected = expected_listing::<T>(text);
        assert_eq!(Some(result), expected, "{route:?}: the list of {text:?}");
    }
}

fn expect_object<T, U: DeserializeOwned>(
    route: Route,
    status: u16,
    text: Option<&str>,
    result: awaz::Result<T>,
    read: impl Fn(U) -> Option<T>,
) where
    T: PartialEq + Debug,
{
    let expected = text.map(|text| serde_json::from_str::<U>(text).ok().and_then(&read));
    match result {
        Ok(value) => {
            assert!(
                (200..300).contains(&status),
                "{route:?}: HTTP {status} read"
            );
            if let Some(expected) = expected {
                assert_eq!(Some(value), expected, "{route:?}: the answer {text:?}");
            }
        }
        Err(error) => {
            if let Some(Some(expected)) = expected.filter(|_| (200..300).contains(&status)) {
                panic!("{route:?}: {text:?} reads as {expected:?}, but the client said {error:?}");
            }
            expect_error(route, status, text, &error);
        }
    }
}

fn expect_error(route: Route, status: u16, text: Option<&str>, error: &Error) {
    // The plain-language parts of an error never panic either.
    let _ = (
        error.to_string(),
        error.is_transient(),
        error.may_have_applied(),
    );
    let clipped = text.map(|text| text.chars().take(MAX_RAW_CHARS).collect::<String>());
    match (status, error) {
        (200..=299, Error::UnexpectedResponse { status: got, raw }) => {
            assert_eq!(*got, status, "{route:?}");
            if let Some(clipped) = clipped {
                assert_eq!(*raw, clipped, "{route:?}: the raw body is kept");
            }
        }
        (401, Error::MissingKey) | (403, Error::InvalidKey) => {}
        // A write whose gateway failed may have been applied.
        (500..=599, Error::OutcomeUnknown { .. }) if route.is_write() && status != 503 => {}
        (
            400..=599,
            Error::Api {
                status: got,
                message,
                raw,
            },
        ) if !matches!(status, 401 | 403) => {
            assert_eq!(*got, status, "{route:?}");
            let Some(text) = text else { return };
            assert_eq!(
                Some(raw),
                clipped.as_ref(),
                "{route:?}: the raw body is kept"
            );
            #[derive(Deserialize)]
            struct ErrorBody {
                message: String,
            }
            match serde_json::from_str::<ErrorBody>(text) {
                Ok(body) => assert_eq!(*message, body.message, "{route:?}: Awaz's own words"),
                Err(_) => assert!(!message.is_empty(), "{route:?}: an error says something"),
            }
        }
        _ => panic!("{route:?}: HTTP {status} with {text:?} became {error:?}"),
    }
}

fn new_contact() -> NewContact {
    NewContact {
        name: "Ann".into(),
        phone: "+11111111111".into(),
        email: "ann@example.com".into(),
    }
}

fn top_up() -> TopUp {
    TopUp {
        workspace: WorkspaceRef::by_email("north@example.com"),
        kind: TopUpKind::Credits,
        amount: 10.0,
    }
}

fn subscription() -> HookSubscription {
    HookSubscription {
        hook_url: "https://example.com/hook".into(),
        agents: Vec::new(),
        status: vec![CallStatus::Completed],
    }
}

fn schedule() -> ScheduleCall {
    ScheduleCall {
        agent: "agent-1".into(),
        name: "Ann".into(),
        phone: "+11111111111".into(),
        from: "phone-1".into(),
        datetime: chrono::DateTime::parse_from_rfc3339("2030-01-02T10:00:00+01:00")
            .expect("a date"),
    }
}

/// Every public answer type that reads `body` writes itself back to a text that reads the same.
pub fn check_types(body: &[u8]) {
    round_trip::<Agent>(body);
    round_trip::<Phone>(body);
    round_trip::<ContactList>(body);
    round_trip::<Contact>(body);
    round_trip::<NewContact>(body);
    round_trip::<Call>(body);
    round_trip::<CallStatus>(body);
    round_trip::<HookSubscription>(body);
    round_trip::<Workspace>(body);
    round_trip::<WorkspaceBalance>(body);
    round_trip::<WorkspaceRef>(body);
    round_trip::<TopUp>(body);
    round_trip::<TopUpKind>(body);
    round_trip::<ScheduleCall>(body);
}

/// A float Awaz sends (a balance) reads and writes back exactly: serde_json's exact float
/// parsing (`float_roundtrip`) is on, or a round trip could move it by one unit in the last place.
#[test]
fn a_large_balance_survives_a_round_trip() {
    let body =
        br#"{"company":{"id":"","email":""},"credits":0.0,"minutes":4.1696105592190925e+18}"#;
    round_trip::<WorkspaceBalance>(body);
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

/// The fuzz target `awaz_lenient`: byte 0 places the good item, byte 1 chooses `{"items": …}` or
/// a bare array, and each further line is a garbage item (its JSON, or the line as a string).
pub fn check_lenient_bytes(data: &[u8]) {
    let [position, shape, rest @ ..] = data else {
        return;
    };
    let garbage: Vec<Value> = rest
        .split(|&byte| byte == b'\n')
        .take(32)
        .map(|line| {
            serde_json::from_slice(line)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(line).into_owned()))
        })
        .collect();
    check_good_items_survive(&garbage, usize::from(*position), shape & 1 == 1);
}

/// One good item among `garbage` (at `position`, modulo the length) is kept by every listing,
/// at its place among the items that can be read, and nothing is lost from the count.
pub fn check_good_items_survive(garbage: &[Value], position: usize, bare: bool) {
    let position = position % (garbage.len() + 1);
    HARNESS.with(|harness| {
        let client = &harness.client;
        let answer = |good: &Value| {
            let mut items = garbage.to_vec();
            items.insert(position, good.clone());
            let list = if bare {
                Value::Array(items)
            } else {
                json!({ "items": items })
            };
            harness.server.answer([Answer::new(200, list.to_string())]);
        };

        let good = json!({ "id": "agent-good", "name": "Good agent" });
        answer(&good);
        let listing = harness.server.block_on(client.list_agents());
        survives::<Agent>(
            garbage,
            position,
            &good,
            listing.map(|l| (l.items, l.skipped)),
        );

        let good = json!({ "id": "phone-good", "number": "+11111111111" });
        answer(&good);
        let listing = harness.server.block_on(client.list_phones());
        survives::<Phone>(
            garbage,
            position,
            &good,
            listing.map(|l| (l.items, l.skipped)),
        );

        let good = json!({ "id": "list-good", "name": "Good list", "size": 3 });
        answer(&good);
        let listing = harness.server.block_on(client.list_contact_lists());
        survives::<ContactList>(
            garbage,
            position,
            &good,
            listing.map(|l| (l.items, l.skipped)),
        );

        let good = json!({ "hookUrl": "https://example.com/good", "status": ["completed"] });
        answer(&good);
        let listing = harness.server.block_on(client.list_hooks());
        survives::<HookSubscription>(
            garbage,
            position,
            &good,
            listing.map(|l| (l.items, l.skipped)),
        );

        let good = json!({
            "id": "call-good",
            "status": "completed",
            "contact": { "id": "k1", "name": "Ann", "phone": "+11111111111", "email": null },
            "extracted_variables": { "budget": 1200 }
        });
        answer(&good);
        let page = harness.server.block_on(client.list_calls(0));
        survives::<Call>(garbage, position, &good, page.map(|p| (p.items, p.skipped)));
    });
}

fn survives<T: DeserializeOwned + PartialEq + Debug>(
    garbage: &[Value],
    position: usize,
    good: &Value,
    listing: awaz::Result<(Vec<T>, u32)>,
) {
    let name = std::any::type_name::<T>();
    let (items, skipped) =
        listing.unwrap_or_else(|error| panic!("a list of {name} with a good item: {error:?}"));
    assert_eq!(
        items.len() + skipped as usize,
        garbage.len() + 1,
        "every {name} is either read or counted as skipped"
    );
    let readable_before = garbage[..position]
        .iter()
        .filter(|item| serde_json::from_value::<T>((*item).clone()).is_ok())
        .count();
    let good: T = serde_json::from_value(good.clone()).expect("the good item reads");
    assert_eq!(
        items.get(readable_before),
        Some(&good),
        "the good {name} is kept in its place among {garbage:?}"
    );
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// JSON values made of the names and values Awaz's answers use, so that generated objects
    /// often come close to real items.
    const KEYS: &[&str] = &[
        "id",
        "name",
        "number",
        "size",
        "hookUrl",
        "agents",
        "status",
        "contact",
        "phone",
        "email",
        "extracted_variables",
        "items",
        "message",
        "company",
        "credits",
        "minutes",
        "deleted",
        "kind",
        "amount",
        "workspace",
        "datetime",
    ];
    const WORDS: &[&str] = &[
        "completed",
        "scheduled",
        "ringing",
        "credits",
        "https://example.com/h",
        "+11111111111",
        "2030-01-02T10:00:00+01:00",
        "",
    ];

    fn json_value() -> impl Strategy<Value = Value> {
        json_strategy::json_value(KEYS, "[a-z]{1,6}", WORDS)
    }

    fn body() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            json_value().prop_map(|value| value.to_string().into_bytes()),
            prop::collection::vec(json_value(), 0..6)
                .prop_map(|items| json!({ "items": items }).to_string().into_bytes()),
            "[ -~]{0,20}"
                .prop_map(|message| json!({ "message": message }).to_string().into_bytes()),
            prop::collection::vec(any::<u8>(), 0..48),
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
            check_lenient_bytes(&data);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn a_good_item_survives_any_garbage(
            garbage in prop::collection::vec(json_value(), 0..8),
            position in any::<usize>(),
            bare in any::<bool>(),
        ) {
            check_good_items_survive(&garbage, position, bare);
        }
    }

    #[test]
    fn known_answers() {
        check_answer(
            Route::Phones,
            &Answer::new(
                200,
                r#"{"items": [{"id": "p1"}, {"number": "+1"}, 7, null, {"id": "p2"}]}"#,
            ),
        );
        check_answer(Route::Agents, &Answer::new(200, "<html>busy</html>"));
        check_answer(
            Route::TopUp,
            &Answer::new(400, r#"{"message": "no such workspace"}"#),
        );
        check_answer(Route::Call, &Answer::new(503, ""));
        check_answer(
            Route::Schedule,
            &Answer::new(502, "<html>Bad gateway</html>"),
        );
        check_answer(Route::DeleteHook, &Answer::new(200, r#"{"deleted": 2}"#));
        check_good_items_survive(&[json!(1), json!({"id": 2}), json!("x")], 1, false);
    }
}
