//! Simulator-only routes, on both ports: inspection, reset and fault injection. With an
//! inspection token configured, a request without it gets the platform's own 404.

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::{from_fn_with_state, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

use crate::clock::iso;
use crate::error::ApiError;
use crate::faults::Fault;
use crate::state;
use crate::{header_str, AppState, Sim, INSPECTION_TOKEN_HEADER};

/// The `/_sim` routes; `not_found` is what the platform answers for a route it does not have.
pub(crate) fn router(sim: &AppState, not_found: fn() -> ApiError) -> Router<AppState> {
    let routes = Router::new()
        .route("/_sim/state", get(whole_state))
        .route("/_sim/reset", post(reset))
        .route("/_sim/faults", post(add_fault).delete(clear_faults));
    match &sim.config.inspection_token {
        // `layer`, not `route_layer`: a wrong method without the token is a 404 too, not a
        // 405 that would tell the route exists.
        Some(token) => routes.layer(from_fn_with_state(
            (token.clone(), not_found),
            require_token,
        )),
        None => routes,
    }
}

async fn require_token(
    State((token, not_found)): State<(String, fn() -> ApiError)>,
    request: Request,
    next: Next,
) -> Response {
    let given = header_str(request.headers(), INSPECTION_TOKEN_HEADER).unwrap_or_default();
    if constant_time_eq(given.as_bytes(), token.as_bytes()) {
        next.run(request).await
    } else {
        not_found().into_response()
    }
}

/// Compares without stopping at the first difference, so timing tells nothing of the token.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn whole_state(State(sim): State<AppState>) -> Json<Value> {
    Json(snapshot(&sim))
}

/// The whole state as `GET /_sim/state` answers it.
pub(crate) fn snapshot(sim: &Sim) -> Value {
    let state = sim.state();
    let mut snapshot = serde_json::to_value(&*state).unwrap_or_else(|_| json!({}));
    snapshot["sim_time"] = Value::from(iso(sim.clock.now()));
    snapshot
}

/// Reads and adds a fault as `POST /_sim/faults` does; the faults now in force, or why not.
pub(crate) fn add(sim: &Sim, fault: &[u8]) -> Result<Value, String> {
    let fault: Fault = if fault.is_empty() {
        serde_json::from_str("{}")
    } else {
        serde_json::from_slice(fault)
    }
    .map_err(|error| error.to_string())?;
    fault.validate()?;
    let mut state = sim.state();
    state.faults.push(fault);
    Ok(json!({ "faults": state.faults }))
}

async fn reset(State(sim): State<AppState>) -> Json<Value> {
    *sim.state() = state::State::seeded(sim.clock.now());
    Json(json!({ "reset": true }))
}

async fn add_fault(
    State(sim): State<AppState>,
    body: Bytes,
) -> Result<Json<Value>, (StatusCode, Json<Value>)> {
    add(&sim, &body)
        .map(Json)
        .map_err(|message| (StatusCode::BAD_REQUEST, Json(json!({ "error": message }))))
}

async fn clear_faults(State(sim): State<AppState>) -> Json<Value> {
    let mut state = sim.state();
    let cleared = state.faults.len();
    state.faults.clear();
    Json(json!({ "cleared": cleared }))
}
