//! Error answers in each platform's own shape.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

#[derive(Debug, thiserror::Error)]
pub(crate) enum ApiError {
    /// FastAPI style: `{"detail": "..."}` or `{"detail": [validation errors]}`.
    #[error("GetVocal {status}: {detail}")]
    GetVocalDetail { status: StatusCode, detail: Value },
    /// GetVocal's business errors: `{"message","name","status_code","solution"}`.
    #[error("GetVocal {status}: {message}")]
    GetVocalBusiness {
        status: StatusCode,
        message: String,
        solution: String,
    },
    /// Awaz: `{"message": "..."}`.
    #[error("Awaz {status}: {message}")]
    Awaz { status: StatusCode, message: String },
}

impl ApiError {
    pub fn detail(status: StatusCode, detail: &str) -> Self {
        Self::GetVocalDetail {
            status,
            detail: Value::from(detail),
        }
    }

    pub fn unauthenticated() -> Self {
        Self::detail(StatusCode::UNAUTHORIZED, "Not authenticated")
    }

    /// A 422 with pydantic-style validation errors.
    pub fn validation(errors: Vec<Value>) -> Self {
        Self::GetVocalDetail {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            detail: Value::Array(errors),
        }
    }

    pub fn bad_request(message: String) -> Self {
        Self::GetVocalBusiness {
            status: StatusCode::BAD_REQUEST,
            message,
            solution: "Try again.".into(),
        }
    }

    /// GetVocal's 404 for an unknown lead or persona, e.g. `what` = "Lead".
    pub fn not_found(what: &str, id: &str) -> Self {
        Self::GetVocalBusiness {
            status: StatusCode::NOT_FOUND,
            message: format!("{what} {id} not found"),
            solution: format!("Check the {} id.", what.to_lowercase()),
        }
    }

    pub fn awaz(status: StatusCode, message: impl Into<String>) -> Self {
        Self::Awaz {
            status,
            message: message.into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match self {
            Self::GetVocalDetail { status, detail } => {
                (status, Json(json!({ "detail": detail }))).into_response()
            }
            Self::GetVocalBusiness {
                status,
                message,
                solution,
            } => {
                let name = if status == StatusCode::NOT_FOUND {
                    "NotFound"
                } else {
                    "BadRequest"
                };
                let body = json!({
                    "message": message,
                    "name": name,
                    "status_code": status.as_u16(),
                    "solution": solution,
                });
                (status, Json(body)).into_response()
            }
            Self::Awaz { status, message } => {
                (status, Json(json!({ "message": message }))).into_response()
            }
        }
    }
}
