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
use crate::{AppState, Sim};

pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route("/_sim/state", get(whole_state))
        .route("/_sim/reset", post(reset))
        .route("/_sim/faults", post(add_fault).delete(clear_faults))
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
