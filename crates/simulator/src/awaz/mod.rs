//! Awaz: Express-flavoured API under `/v1`, bearer API key, per-key rate limit.

pub(crate) mod calls;
pub(crate) mod hooks;
mod resources;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::middleware::{from_fn_with_state, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde_json::{Map, Value};

use crate::error::ApiError;
use crate::faults::{self, Platform};
use crate::state::RateWindow;
use crate::{bearer, inspect, AppState};

pub(crate) fn router(sim: AppState) -> Router {
    Router::new()
        .route("/v1/phones", get(resources::phones))
        .route("/v1/agents", get(resources::agents))
        .route("/v1/contact_lists", get(resources::contact_lists))
        .route("/v1/contacts", post(resources::create_contact))
        .route("/v1/companies/add/credits", post(resources::add_credits))
        .route("/v1/calls", get(calls::list).post(calls::schedule))
        .route("/v1/calls/{id}", get(calls::get_one))
        .route(
            "/v1/hooks/calls",
            get(hooks::list)
                .post(hooks::subscribe)
                .delete(hooks::unsubscribe),
        )
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(from_fn_with_state(sim.clone(), authorize))
        .layer(from_fn_with_state(
            (sim.clone(), Platform::Awaz),
            faults::middleware,
        ))
        .merge(inspect::router(&sim, not_found_error))
        .with_state(sim)
}

async fn not_found() -> ApiError {
    not_found_error()
}

fn not_found_error() -> ApiError {
    ApiError::awaz(StatusCode::NOT_FOUND, "Not found")
}

async fn method_not_allowed() -> ApiError {
    ApiError::awaz(StatusCode::METHOD_NOT_ALLOWED, "Method not allowed")
}

/// What the rate limiter says about one request.
struct Budget {
    limit: u32,
    remaining: u32,
    resets_at_epoch: i64,
    retry_after_secs: Option<u64>,
}

impl Budget {
    fn headers(&self) -> HeaderMap {
        let mut headers = HeaderMap::new();
        let mut set = |name: &'static str, value: String| {
            if let Ok(value) = HeaderValue::from_str(&value) {
                headers.insert(HeaderName::from_static(name), value);
            }
        };
        set("x-ratelimit-limit", self.limit.to_string());
        set("x-ratelimit-remaining", self.remaining.to_string());
        set("x-ratelimit-reset", self.resets_at_epoch.to_string());
        if let Some(seconds) = self.retry_after_secs {
            set("retry-after", seconds.to_string());
        }
        headers
    }
}

/// End of a window that opens now, in UTC epoch seconds rounded up.
fn window_end_epoch(window: Duration) -> i64 {
    let end_millis = chrono::Utc::now().timestamp_millis()
        + i64::try_from(window.as_millis()).unwrap_or(i64::MAX / 2);
    (end_millis + 999).div_euclid(1000)
}

/// Fixed windows per key: one opens at the first request after the previous one closed.
fn spend(
    windows: &mut HashMap<String, RateWindow>,
    key: &str,
    limit: u32,
    window: Duration,
) -> Budget {
    let now = Instant::now();
    let open = || RateWindow {
        opened: now,
        resets_at_epoch: window_end_epoch(window),
        used: 0,
    };
    let current = windows.entry(key.to_string()).or_insert_with(open);
    if now.duration_since(current.opened) >= window {
        *current = open();
    }
    let retry_after_secs = if current.used >= limit {
        let left = window.saturating_sub(now.duration_since(current.opened));
        Some(left.as_secs_f64().ceil().max(1.0) as u64)
    } else {
        current.used += 1;
        None
    };
    Budget {
        limit,
        remaining: limit - current.used.min(limit),
        resets_at_epoch: current.resets_at_epoch,
        retry_after_secs,
    }
}

/// Bearer-key check and rate limiting; every answer carries the rate-limit headers.
async fn authorize(State(sim): State<AppState>, request: Request, next: Next) -> Response {
    let limit = sim.config.rate_limit;
    let window = sim.config.rate_window;
    let untouched = || Budget {
        limit,
        remaining: limit,
        resets_at_epoch: window_end_epoch(window),
        retry_after_secs: None,
    };
    let verdict = {
        let mut state = sim.state();
        match bearer(request.headers()) {
            None => Err((untouched(), StatusCode::UNAUTHORIZED, "Missing API key")),
            Some(key) if !state.awaz.api_keys.iter().any(|known| known == key) => {
                Err((untouched(), StatusCode::FORBIDDEN, "Invalid API key"))
            }
            Some(key) => {
                let budget = spend(&mut state.rate_windows, key, limit, window);
                if budget.retry_after_secs.is_some() {
                    Err((budget, StatusCode::TOO_MANY_REQUESTS, "Too many requests"))
                } else {
                    Ok(budget)
                }
            }
        }
    };
    let (budget, mut response) = match verdict {
        Ok(budget) => (budget, next.run(request).await),
        Err((budget, status, message)) => (budget, ApiError::awaz(status, message).into_response()),
    };
    response.headers_mut().extend(budget.headers());
    response
}

/// Parses a request body into a JSON object, answering 400 otherwise.
fn json_object(body: &Bytes) -> Result<Map<String, Value>, ApiError> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(object)) => Ok(object),
        Ok(_) => Err(ApiError::awaz(
            StatusCode::BAD_REQUEST,
            "Request body must be a JSON object",
        )),
        Err(error) => Err(ApiError::awaz(
            StatusCode::BAD_REQUEST,
            format!("Invalid JSON body: {error}"),
        )),
    }
}

/// A required, non-empty string field.
fn required_string(object: &Map<String, Value>, field: &str) -> Result<String, ApiError> {
    match object.get(field) {
        Some(Value::String(text)) if !text.trim().is_empty() => Ok(text.clone()),
        _ => Err(ApiError::awaz(
            StatusCode::BAD_REQUEST,
            format!("{field} is required and must be a non-empty string"),
        )),
    }
}

/// An optional string field (absent or null = None).
fn optional_string(object: &Map<String, Value>, field: &str) -> Result<Option<String>, ApiError> {
    match object.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.clone())),
        Some(_) => Err(ApiError::awaz(
            StatusCode::BAD_REQUEST,
            format!("{field} must be a string"),
        )),
    }
}

/// E.164: a plus sign and 8 to 15 digits, the first not zero.
fn is_e164(phone: &str) -> bool {
    phone.strip_prefix('+').is_some_and(|digits| {
        (8..=15).contains(&digits.len())
            && digits.chars().all(|digit| digit.is_ascii_digit())
            && !digits.starts_with('0')
    })
}
