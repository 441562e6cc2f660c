//! Triggering, scheduling and deleting calls, and their progress in simulated time.

use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::Json;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use super::auth::Caller;
use super::{json_object, path_param, Validator};
use crate::clock::iso;
use crate::error::ApiError;
use crate::state::{GetVocalCall, GetVocalCallStatus, State as SimState};
use crate::AppState;

/// How long a placed call lasts before the lead can be called again (simulated time).
const CALL_DURATION_SECS: i64 = 120;

/// `schedule_timestamp`: absent, null or 0 mean "now"; otherwise UTC epoch seconds.
fn schedule_time(validator: &mut Validator, value: Option<&Value>) -> Option<DateTime<Utc>> {
    let loc = vec!["body".into(), "schedule_timestamp".into()];
    match value {
        None | Some(Value::Null) => None,
        Some(Value::Number(number)) => {
            let seconds = number.as_f64().unwrap_or(0.0);
            if seconds == 0.0 {
                return None;
            }
            let millis = (seconds * 1000.0).round();
            let time = (millis.abs() < 1e15)
                .then(|| DateTime::from_timestamp_millis(millis as i64))
                .flatten();
            if time.is_none() {
                let msg = "Value error, schedule_timestamp is out of range";
                validator.error("value_error", loc, msg, Value::Number(number.clone()));
            }
            time
        }
        Some(other) => {
            let msg = "Input should be a valid number";
            validator.error("float_type", loc, msg, other.clone());
            None
        }
    }
}

pub(crate) async fn trigger(
    _: Caller,
    State(sim): State<AppState>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let object = json_object(&body)?;
    let mut validator = Validator::default();
    let loc = [Value::from("body")];
    let persona_id = validator.string(&object, &loc, "persona_id", true);
    let lead_id = validator.string(&object, &loc, "lead_id", true);
    let scheduled_for = schedule_time(&mut validator, object.get("schedule_timestamp"));
    validator.finish()?;
    let (persona_id, lead_id) = (persona_id.unwrap_or_default(), lead_id.unwrap_or_default());

    let now = sim.clock.now();
    let mut state = sim.state();
    let getvocal = &mut state.getvocal;
    let lead = getvocal
        .leads
        .iter()
        .find(|lead| lead.id == lead_id)
        .ok_or_else(|| ApiError::not_found("Lead", &lead_id))?;
    let persona = getvocal
        .personas
        .iter()
        .find(|persona| persona.id == persona_id)
        .ok_or_else(|| ApiError::not_found("Persona", &persona_id))?;
    let lead_calls = getvocal.calls.iter().filter(|call| call.lead_id == lead_id);
    if lead_calls.clone().any(GetVocalCall::is_pending) {
        return Err(ApiError::bad_request(format!(
            "Call not triggered for lead_id {lead_id} : already a call in queue for this lead"
        )));
    }
    if lead_calls.count() >= sim.config.max_calls_per_lead as usize {
        return Err(ApiError::bad_request(format!(
            "Call cannot be placed for Lead {lead_id} - {} because the call limit has been \
             reached or there is already call in queue",
            lead.name
        )));
    }

    let (call_status, start_time) = match scheduled_for {
        Some(at) if at > now => (GetVocalCallStatus::Scheduled, at),
        _ => (GetVocalCallStatus::InQueue, now),
    };
    let call = GetVocalCall {
        id: uuid::Uuid::new_v4().to_string(),
        lead_id: lead.id.clone(),
        persona_id: persona.id.clone(),
        call_status,
        start_time,
        end_time: None,
    };
    let answer = json!({
        "id": call.id,
        "call_status": call.call_status,
        "lead_id": lead.id,
        "to_phone_number": lead.phone_number,
        "from_phone_number": persona.from_phone_number,
        "company_id": getvocal.user.company_id,
        "assistant_id": persona.assistant_id,
        "start_time": iso(start_time),
        "end_time": null,
        "conv_graph_id": persona.conv_graph_id,
    });
    getvocal.calls.push(call);
    Ok(Json(answer))
}

pub(crate) async fn delete_for_lead(
    _: Caller,
    State(sim): State<AppState>,
    lead_id: Result<Path<String>, PathRejection>,
) -> Result<Json<Value>, ApiError> {
    let lead_id = path_param(lead_id)?;
    let mut state = sim.state();
    let getvocal = &mut state.getvocal;
    if !getvocal.leads.iter().any(|lead| lead.id == lead_id) {
        return Err(ApiError::not_found("Lead", &lead_id));
    }
    let before = getvocal.calls.len();
    getvocal
        .calls
        .retain(|call| call.lead_id != lead_id || !call.is_pending());
    Ok(Json(json!({
        "lead_id": lead_id,
        "number_of_calls_deleted": before - getvocal.calls.len(),
    })))
}

/// Scheduled calls join the queue at their time; queued calls end after [`CALL_DURATION_SECS`].
pub(crate) fn advance(state: &mut SimState, now: DateTime<Utc>) {
    for call in &mut state.getvocal.calls {
        if call.call_status == GetVocalCallStatus::Scheduled && call.start_time <= now {
            call.call_status = GetVocalCallStatus::InQueue;
        }
        let ends_at = call.start_time + chrono::Duration::seconds(CALL_DURATION_SECS);
        if call.call_status == GetVocalCallStatus::InQueue && ends_at <= now {
            call.call_status = GetVocalCallStatus::Completed;
            call.end_time = Some(ends_at);
        }
    }
}
