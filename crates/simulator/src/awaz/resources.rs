//! Phones, agents, contact lists, contacts and workspace top-ups.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Map, Value};

use super::{is_e164, json_object, optional_string, required_string};
use crate::error::ApiError;
use crate::state::{self, Contact};
use crate::AppState;

pub(crate) async fn phones(State(sim): State<AppState>) -> Json<Value> {
    Json(json!({ "items": sim.state().awaz.phones }))
}

pub(crate) async fn agents(State(sim): State<AppState>) -> Json<Value> {
    Json(json!({ "items": sim.state().awaz.agents }))
}

pub(crate) async fn contact_lists(State(sim): State<AppState>) -> Json<Value> {
    Json(json!({ "items": sim.state().awaz.contact_lists }))
}

pub(crate) async fn create_contact(
    State(sim): State<AppState>,
    body: Bytes,
) -> Result<(StatusCode, Json<Contact>), ApiError> {
    let object = json_object(&body)?;
    let name = required_string(&object, "name")?;
    let phone = required_string(&object, "phone")?;
    if !is_e164(&phone) {
        return Err(ApiError::awaz(
            StatusCode::BAD_REQUEST,
            "phone must be an E.164 number",
        ));
    }
    let contact = Contact {
        id: state::hex_id(),
        name,
        phone,
        email: optional_string(&object, "email")?.unwrap_or_default(),
    };
    sim.state().awaz.contacts.push(contact.clone());
    Ok((StatusCode::CREATED, Json(contact)))
}

/// A top-up amount: absent is fine, present must be a positive number.
fn amount(object: &Map<String, Value>, field: &str) -> Result<Option<f64>, ApiError> {
    match object.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(number)) if number.as_f64().is_some_and(|value| value > 0.0) => {
            Ok(number.as_f64())
        }
        Some(_) => Err(ApiError::awaz(
            StatusCode::BAD_REQUEST,
            format!("{field} must be a positive number"),
        )),
    }
}

/// Adds credits and/or minutes to the workspace named by `company.email` and/or `company.id`.
pub(crate) async fn add_credits(
    State(sim): State<AppState>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let object = json_object(&body)?;
    let Some(Value::Object(company)) = object.get("company") else {
        return Err(ApiError::awaz(
            StatusCode::BAD_REQUEST,
            "company is required and must be an object with an email or an id",
        ));
    };
    let email = optional_string(company, "email")?;
    let id = optional_string(company, "id")?;
    if email.is_none() && id.is_none() {
        return Err(ApiError::awaz(
            StatusCode::BAD_REQUEST,
            "company must have an email or an id",
        ));
    }
    let credits = amount(&object, "credits")?;
    let minutes = amount(&object, "minutes")?;
    if credits.is_none() && minutes.is_none() {
        return Err(ApiError::awaz(
            StatusCode::BAD_REQUEST,
            "credits or minutes is required",
        ));
    }
    let mut state = sim.state();
    let workspace = state
        .workspaces
        .values_mut()
        .find(|workspace| {
            email
                .as_ref()
                .is_none_or(|email| workspace.email.eq_ignore_ascii_case(email))
                && id.as_ref().is_none_or(|id| &workspace.id == id)
        })
        .ok_or_else(|| ApiError::awaz(StatusCode::NOT_FOUND, "Workspace not found"))?;
    workspace.credits += credits.unwrap_or(0.0);
    workspace.minutes += minutes.unwrap_or(0.0);
    Ok(Json(json!({
        "company": { "id": workspace.id, "email": workspace.email },
        "credits": workspace.credits,
        "minutes": workspace.minutes,
    })))
}
