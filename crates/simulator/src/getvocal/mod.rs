//! GetVocal: FastAPI-flavoured API under `/v1`, JWT or API-key auth.

mod auth;
pub(crate) mod calls;
mod leads;

use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::middleware::from_fn_with_state;
use axum::routing::{delete, get, post};
use axum::Router;
use serde_json::{json, Map, Value};

use crate::error::ApiError;
use crate::faults::{self, Platform};
use crate::{inspect, AppState};

pub(crate) fn router(sim: AppState) -> Router {
    Router::new()
        .route("/v1/auth/login", post(auth::login))
        .route("/v1/auth/refresh", post(auth::refresh))
        .route("/v1/auth/apikeys/mine", get(auth::list_keys))
        .route("/v1/auth/apikeys", post(auth::create_key))
        .route("/v1/auth/apikeys/{key_id}/revoke", post(auth::revoke_key))
        .route("/v1/leads", post(leads::create))
        .route("/v1/companies/{company_id}/personas", get(leads::personas))
        .route("/v1/calls/trigger", post(calls::trigger))
        .route("/v1/leads/{lead_id}/calls", delete(calls::delete_for_lead))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(from_fn_with_state(
            (sim.clone(), Platform::GetVocal),
            faults::middleware,
        ))
        .merge(inspect::router(&sim, not_found_error))
        .with_state(sim)
}

async fn not_found() -> ApiError {
    not_found_error()
}

fn not_found_error() -> ApiError {
    ApiError::detail(StatusCode::NOT_FOUND, "Not Found")
}

async fn method_not_allowed() -> ApiError {
    ApiError::detail(StatusCode::METHOD_NOT_ALLOWED, "Method Not Allowed")
}

/// A path segment; one that does not decode matches no resource.
fn path_param(param: Result<Path<String>, PathRejection>) -> Result<String, ApiError> {
    param
        .map(|Path(value)| value)
        .map_err(|_| ApiError::detail(StatusCode::NOT_FOUND, "Not Found"))
}

/// Parses a request body into a JSON object, answering like FastAPI when it is not one.
fn json_object(body: &Bytes) -> Result<Map<String, Value>, ApiError> {
    if body.is_empty() {
        return Err(ApiError::validation(vec![json!({
            "type": "missing", "loc": ["body"], "msg": "Field required", "input": null,
        })]));
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(object)) => Ok(object),
        Ok(other) => Err(ApiError::validation(vec![json!({
            "type": "model_attributes_type",
            "loc": ["body"],
            "msg": "Input should be a valid dictionary or object to extract fields from",
            "input": other,
        })])),
        Err(error) => Err(ApiError::validation(vec![json!({
            "type": "json_invalid",
            "loc": ["body", 0],
            "msg": "JSON decode error",
            "input": {},
            "ctx": { "error": error.to_string() },
        })])),
    }
}

/// Collects pydantic-style validation errors for one request body.
#[derive(Default)]
struct Validator {
    errors: Vec<Value>,
}

impl Validator {
    fn error(&mut self, kind: &str, loc: Vec<Value>, msg: &str, input: Value) {
        self.errors
            .push(json!({ "type": kind, "loc": loc, "msg": msg, "input": input }));
    }

    /// A string field; `required` fields that are absent are reported as missing.
    fn string(
        &mut self,
        object: &Map<String, Value>,
        loc: &[Value],
        field: &str,
        required: bool,
    ) -> Option<String> {
        let at = [loc, &[Value::from(field)]].concat();
        match (object.get(field), required) {
            (Some(Value::String(text)), _) => Some(text.clone()),
            (None, true) => {
                self.error(
                    "missing",
                    at,
                    "Field required",
                    Value::Object(object.clone()),
                );
                None
            }
            (None | Some(Value::Null), false) => None,
            (Some(other), _) => {
                let other = other.clone();
                self.error("string_type", at, "Input should be a valid string", other);
                None
            }
        }
    }

    fn finish(self) -> Result<(), ApiError> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(ApiError::validation(self.errors))
        }
    }
}
