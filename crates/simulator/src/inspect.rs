//! Simulator-only routes, on both ports: inspection, reset and fault injection.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

use crate::clock::iso;
use crate::faults::Fault;
use crate::state;
use crate::AppState;

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route("/_sim/state", get(whole_state))
        .route("/_sim/reset", post(reset))
        .route("/_sim/faults", post(add_fault).delete(clear_faults))
}

async fn whole_state(State(sim): State<AppState>) -> Json<Value> {
    let state = sim.state();
    let mut snapshot = serde_json::to_value(&*state).unwrap_or_else(|_| json!({}));
    snapshot["sim_time"] = Value::from(iso(sim.clock.now()));
    Json(snapshot)
}

async fn reset(State(sim): State<AppState>) -> Json<Value> {
    *sim.state() = state::State::seeded(sim.clock.now());
    Json(json!({ "reset": true }))
}

async fn add_fault(
    State(sim): State<AppState>,
    body: Bytes,
) -> Result<Json<Value>, (StatusCode, Json<Value>)> {
    let bad_request =
        |message: String| (StatusCode::BAD_REQUEST, Json(json!({ "error": message })));
    let fault: Fault = if body.is_empty() {
        serde_json::from_str("{}")
    } else {
        serde_json::from_slice(&body)
    }
    .map_err(|error| bad_request(error.to_string()))?;
    fault.validate().map_err(bad_request)?;
    let mut state = sim.state();
    state.faults.push(fault);
    Ok(Json(json!({ "faults": state.faults })))
}

async fn clear_faults(State(sim): State<AppState>) -> Json<Value> {
    let mut state = sim.state();
    let cleared = state.faults.len();
    state.faults.clear();
    Json(json!({ "cleared": cleared }))
}
