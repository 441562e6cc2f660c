//! Scheduled calls: listing, details, scheduling, and their progress in simulated time.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use chrono::{DateTime, FixedOffset, Utc};
use serde_json::{json, Value};

use super::hooks::{deliveries_for, Delivery};
use super::{is_e164, json_object, optional_string, required_string};
use crate::error::ApiError;
use crate::state::{self, AwazCall, Contact, State as SimState};
use crate::AppState;

const PAGE_SIZE: usize = 20;
/// How long a picked-up call lasts, then how long its analysis takes (simulated seconds).
const TALK_SECS: i64 = 60;
const ANALYSIS_SECS: i64 = 10;

pub(crate) async fn list(
    State(sim): State<AppState>,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let Query(query) =
        query.map_err(|_| ApiError::awaz(StatusCode::BAD_REQUEST, "Invalid query string"))?;
    let page = match query.get("page") {
        None => 0,
        Some(page) => page.parse::<usize>().map_err(|_| {
            ApiError::awaz(
                StatusCode::BAD_REQUEST,
                "page must be a non-negative integer",
            )
        })?,
    };
    let id_filter = query.get("id");
    let state = sim.state();
    let items: Vec<Value> = state
        .awaz
        .calls
        .iter()
        .rev()
        .filter(|call| id_filter.is_none_or(|id| &call.id == id))
        .skip(page.saturating_mul(PAGE_SIZE))
        .take(PAGE_SIZE)
        .map(AwazCall::public)
        .collect();
    Ok(Json(json!({ "items": items })))
}

pub(crate) async fn get_one(
    State(sim): State<AppState>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<Value>, ApiError> {
    let not_found = || ApiError::awaz(StatusCode::NOT_FOUND, "Call not found");
    let Path(id) = id.map_err(|_| not_found())?;
    let state = sim.state();
    let call = state.awaz.calls.iter().find(|call| call.id == id);
    call.map(|call| Json(call.public())).ok_or_else(not_found)
}

/// ISO 8601 with an offset; also the collection's short `-00` / `+01` offsets.
fn parse_datetime(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .or_else(|_| DateTime::<FixedOffset>::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f%#z"))
        .ok()
        .map(|time| time.with_timezone(&Utc))
}

pub(crate) async fn schedule(
    State(sim): State<AppState>,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let object = json_object(&body)?;
    let agent = required_string(&object, "agent")?;
    let name = required_string(&object, "name")?;
    let phone = required_string(&object, "phone")?;
    let from = required_string(&object, "from")?;
    let datetime = required_string(&object, "datetime")?;
    let email = optional_string(&object, "email")?;
    let bad_request = |message: String| ApiError::awaz(StatusCode::BAD_REQUEST, message);
    if !is_e164(&phone) {
        return Err(bad_request("phone must be an E.164 number".into()));
    }
    let at = parse_datetime(&datetime).ok_or_else(|| {
        bad_request("datetime must be an ISO 8601 date-time with an offset".into())
    })?;

    let now = sim.clock.now();
    let mut state = sim.state();
    let awaz = &mut state.awaz;
    if !awaz.agents.iter().any(|known| known.id == agent) {
        return Err(bad_request(format!("agent {agent} not found")));
    }
    if !awaz.phones.iter().any(|known| known.id == from) {
        return Err(bad_request(format!("from phone {from} not found")));
    }
    let contact = match awaz.contacts.iter().find(|contact| contact.phone == phone) {
        Some(known) => known.clone(),
        None => {
            let contact = Contact {
                id: state::hex_id(),
                name,
                phone,
                email: email.unwrap_or_default(),
            };
            awaz.contacts.push(contact.clone());
            contact
        }
    };
    // A time in the past means "as soon as possible".
    let starts_at = at.max(now);
    let call = AwazCall {
        id: state::hex_id(),
        contact,
        status: "scheduled".into(),
        extracted_variables: json!({}),
        agent,
        from,
        starts_at,
        status_since: now,
    };
    let answer = call.public();
    awaz.calls.push(call);
    Ok((StatusCode::CREATED, Json(answer)))
}

/// How a placed call is answered, from the last digit of the number: 7 busy, 8 voicemail,
/// 9 failed, anything else picks up.
fn answered_status(phone: &str) -> &'static str {
    match phone.chars().last() {
        Some('7') => "busy",
        Some('8') => "voicemail",
        Some('9') => "failed",
        _ => "pickup",
    }
}

/// What the agent extracted from a finished conversation.
fn extracted_variables(call: &AwazCall) -> Value {
    let appointment = call.starts_at + chrono::Duration::days(7);
    let interested = call
        .contact
        .phone
        .chars()
        .last()
        .and_then(|digit| digit.to_digit(10))
        .is_some_and(|digit| digit % 2 == 0);
    json!({
        "appointment_date": appointment.format("%Y-%m-%d").to_string(),
        "interested": interested,
    })
}

/// The next status change of a call and when it happens, if it has one.
fn next_step(call: &AwazCall) -> Option<(DateTime<Utc>, &'static str)> {
    match call.status.as_str() {
        "scheduled" => Some((call.starts_at, answered_status(&call.contact.phone))),
        "pickup" => Some((
            call.status_since + chrono::Duration::seconds(TALK_SECS),
            "completed",
        )),
        "completed" => Some((
            call.status_since + chrono::Duration::seconds(ANALYSIS_SECS),
            "outcome",
        )),
        _ => None,
    }
}

/// Applies every status change that is due, returning the webhooks to send.
pub(crate) fn advance(state: &mut SimState, now: DateTime<Utc>) -> Vec<Delivery> {
    let awaz = &mut state.awaz;
    let mut deliveries = Vec::new();
    for call in &mut awaz.calls {
        while let Some((at, status)) = next_step(call).filter(|(at, _)| *at <= now) {
            call.status = status.into();
            call.status_since = at;
            if status == "outcome" {
                call.extracted_variables = extracted_variables(call);
            }
            deliveries.extend(deliveries_for(&awaz.hooks, call));
        }
    }
    deliveries
}
