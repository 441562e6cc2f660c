//! Leads (created in batches, deduplicated) and the company's personas.

use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Map, Value};

use super::auth::Caller;
use super::{json_object, path_param, Validator};
use crate::error::ApiError;
use crate::state::{self, Lead};
use crate::AppState;

/// One validated item of a `POST /leads` batch.
struct NewLead {
    phone_number: String,
    first_name: Option<String>,
    last_name: Option<String>,
    email_address: Option<String>,
    company_name: Option<String>,
    customer_lead_id: Option<String>,
    static_data: Value,
    language: Option<String>,
}

fn validate_item(validator: &mut Validator, item: &Value, index: usize) -> Option<NewLead> {
    let loc = [
        Value::from("body"),
        Value::from("items"),
        Value::from(index),
    ];
    let Value::Object(object) = item else {
        validator.error(
            "model_attributes_type",
            loc.to_vec(),
            "Input should be a valid dictionary or object to extract fields from",
            item.clone(),
        );
        return None;
    };
    let mut text = |field: &str| validator.string(object, &loc, field, false);
    let (first_name, last_name) = (text("first_name"), text("last_name"));
    let (email_address, company_name) = (text("email_address"), text("company_name"));
    let (customer_lead_id, language) = (text("customer_lead_id"), text("language"));
    let phone_number = validator.string(object, &loc, "phone_number", true);
    let static_data = match object.get("static_data") {
        None | Some(Value::Null) => Value::Object(Map::new()),
        Some(data @ Value::Object(_)) => data.clone(),
        Some(other) => {
            let at = [&loc[..], &[Value::from("static_data")]].concat();
            validator.error(
                "dict_type",
                at,
                "Input should be a valid dictionary",
                other.clone(),
            );
            Value::Null
        }
    };
    Some(NewLead {
        phone_number: phone_number?,
        first_name,
        last_name,
        email_address,
        company_name,
        customer_lead_id,
        static_data,
        language,
    })
}

/// The documented answer for one lead.
fn answer(lead: &Lead, status: &str) -> Value {
    json!({
        "id": lead.id,
        "name": lead.name,
        "email_address": lead.email_address,
        "phone_number": lead.phone_number,
        "status": status,
    })
}

pub(crate) async fn create(
    _: Caller,
    State(sim): State<AppState>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let object = json_object(&body)?;
    let mut validator = Validator::default();
    let items = match object.get("items") {
        Some(Value::Array(items)) => items.clone(),
        None => {
            let input = Value::Object(object.clone());
            validator.error(
                "missing",
                vec!["body".into(), "items".into()],
                "Field required",
                input,
            );
            Vec::new()
        }
        Some(other) => {
            let loc = vec!["body".into(), "items".into()];
            validator.error(
                "list_type",
                loc,
                "Input should be a valid list",
                other.clone(),
            );
            Vec::new()
        }
    };
    let leads: Vec<Option<NewLead>> = items
        .iter()
        .enumerate()
        .map(|(index, item)| validate_item(&mut validator, item, index))
        .collect();
    validator.finish()?;

    let mut state = sim.state();
    let stored = &mut state.getvocal.leads;
    let answers: Vec<Value> = leads
        .into_iter()
        .flatten()
        .map(|new| {
            // Same customer_lead_id when given, else same phone number.
            let existing = stored.iter().find(|lead| match &new.customer_lead_id {
                Some(customer_id) => lead.customer_lead_id.as_ref() == Some(customer_id),
                None => lead.phone_number == new.phone_number,
            });
            if let Some(lead) = existing {
                return answer(lead, "EXISTING");
            }
            let name = format!(
                "{} {}",
                new.first_name.unwrap_or_default(),
                new.last_name.unwrap_or_default()
            );
            let lead = Lead {
                id: state::lead_id(),
                name: name.trim().to_string(),
                phone_number: new.phone_number,
                email_address: new.email_address,
                company_name: new.company_name,
                customer_lead_id: new.customer_lead_id,
                static_data: new.static_data,
                language: new.language,
            };
            let created = answer(&lead, "CREATED");
            stored.push(lead);
            created
        })
        .collect();
    Ok(Json(match <[Value; 1]>::try_from(answers) {
        Ok([single]) => single,
        Err(many) => Value::Array(many),
    }))
}

pub(crate) async fn personas(
    _: Caller,
    State(sim): State<AppState>,
    company_id: Result<Path<String>, PathRejection>,
) -> Result<Json<Value>, ApiError> {
    let company_id = path_param(company_id)?;
    let state = sim.state();
    if state.getvocal.user.company_id != company_id {
        return Err(ApiError::detail(StatusCode::NOT_FOUND, "Company not found"));
    }
    let personas = state.getvocal.personas.iter();
    Ok(Json(
        personas
            .map(
                |persona| json!({ "id": persona.id, "name": persona.name, "type": persona.r#type }),
            )
            .collect(),
    ))
}
