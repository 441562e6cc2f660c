//! Request counting and injected faults, applied to every platform route (never to `/_sim`).

use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use crate::error::ApiError;
use crate::AppState;

#[derive(Debug, Clone, Copy)]
pub(crate) enum Platform {
    GetVocal,
    Awaz,
}

/// One injected fault, as posted to `/_sim/faults`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Fault {
    /// `*` or `METHOD /route/template`.
    #[serde(default = "every_route")]
    pub route: String,
    pub status: Option<u16>,
    #[serde(default)]
    pub delay_ms: u64,
    pub body: Option<FaultBody>,
    #[serde(default)]
    pub drop: bool,
    #[serde(default = "always")]
    pub probability: f64,
    /// How many more times the fault may fire; `None` = unlimited.
    pub count: Option<u32>,
    /// Whether the real handler runs before the fault shapes the answer.
    pub process: Option<bool>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum FaultBody {
    Malformed,
    Html,
}

fn every_route() -> String {
    "*".into()
}

fn always() -> f64 {
    1.0
}

impl Fault {
    pub fn validate(&self) -> Result<(), String> {
        if !(0.0..=1.0).contains(&self.probability) {
            return Err("probability must be between 0 and 1".into());
        }
        match self.status.map(StatusCode::from_u16) {
            Some(Err(_)) => Err("status must be an HTTP status code".into()),
            _ => Ok(()),
        }
    }

    fn matches(&self, route: &str) -> bool {
        self.count != Some(0) && (self.route == "*" || self.route == route)
    }

    /// A bare status means "rejected, nothing happened"; anything else lets the action happen.
    fn runs_handler(&self) -> bool {
        self.process
            .unwrap_or(self.status.is_none() || self.body.is_some())
    }
}

/// Picks the first matching fault whose dice roll fires, using up one of its `count`.
fn fire(faults: &mut Vec<Fault>, route: &str) -> Option<Fault> {
    let index = faults
        .iter()
        .position(|fault| fault.matches(route) && rand::random::<f64>() < fault.probability)?;
    let fired = faults[index].clone();
    if let Some(left) = faults[index].count.as_mut() {
        *left -= 1;
        if *left == 0 {
            faults.remove(index);
        }
    }
    Some(fired)
}

/// "METHOD /route/template", the key of request counts and faults.
fn route_of(request: &Request) -> String {
    let path = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| request.uri().path(), MatchedPath::as_str);
    format!("{} {path}", request.method())
}

pub(crate) async fn middleware(
    State((sim, platform)): State<(AppState, Platform)>,
    request: Request,
    next: Next,
) -> Response {
    let route = route_of(&request);
    let fault = {
        let mut state = sim.state();
        *state.requests.entry(route.clone()).or_default() += 1;
        fire(&mut state.faults, &route)
    };
    let Some(fault) = fault else {
        return next.run(request).await;
    };
    let handled = if fault.runs_handler() {
        Some(next.run(request).await)
    } else {
        None
    };
    // After the handler, so a client timeout leaves an action that did happen.
    if fault.delay_ms > 0 {
        tokio::time::sleep(Duration::from_millis(fault.delay_ms)).await;
    }
    shape(&fault, handled, platform)
}

fn shape(fault: &Fault, handled: Option<Response>, platform: Platform) -> Response {
    let fault_status = fault
        .status
        .and_then(|code| StatusCode::from_u16(code).ok());
    let status = fault_status
        .or(handled.as_ref().map(Response::status))
        .unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    if fault.drop {
        return dropped_midway(status);
    }
    match (fault.body, handled) {
        (Some(FaultBody::Malformed), _) => (
            status,
            [(header::CONTENT_TYPE, "application/json")],
            r#"{"items": [{"id": "#,
        )
            .into_response(),
        (Some(FaultBody::Html), _) => (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            "<html><head><title>502 Bad Gateway</title></head>\
             <body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>",
        )
            .into_response(),
        (None, Some(response)) if fault_status.is_none() => response,
        (None, _) => platform_error(platform, status),
    }
}

fn platform_error(platform: Platform, status: StatusCode) -> Response {
    let reason = status.canonical_reason().unwrap_or("Error");
    match platform {
        Platform::GetVocal => ApiError::detail(status, reason).into_response(),
        Platform::Awaz if status == StatusCode::SERVICE_UNAVAILABLE => {
            ApiError::awaz(status, "Service temporarily unavailable").into_response()
        }
        Platform::Awaz => ApiError::awaz(status, reason).into_response(),
    }
}

/// Sends the head and part of the body, then aborts the connection.
fn dropped_midway(status: StatusCode) -> Response {
    let chunks: [Result<Bytes, std::io::Error>; 2] = [
        Ok(Bytes::from_static(b"{\"items\": [")),
        Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            "fault: connection dropped",
        )),
    ];
    let body = Body::from_stream(futures::stream::iter(chunks));
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}
