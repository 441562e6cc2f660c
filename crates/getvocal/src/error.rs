use reqwest::StatusCode;
use serde::Serialize;
use serde_json::Value;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong talking to GetVocal.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// GetVocal answered with an error status and a body it documents (`detail` or `message`).
    #[error("GetVocal answered {status}: {problem}")]
    Api { status: u16, problem: Problem },
    /// The refresh token is expired or was rejected: the user has to sign in again.
    #[error("the GetVocal session has expired; sign in again")]
    SessionExpired,
    /// No answer. For a write this is only returned when nothing was sent (the connection
    /// could not be made, a connect timeout included); see [`Error::OutcomeUnknown`].
    #[error("network error ({kind:?}): {message}")]
    Network {
        kind: NetworkErrorKind,
        message: String,
    },
    /// A write was sent but no usable answer came back (a gateway's 5xx, a timeout while
    /// waiting, a cut connection): GetVocal may have applied it. `status` is the answer's
    /// status when one arrived; `raw` its body.
    #[error("the request was sent but no usable answer came back, so it may or may not have been applied: {message}")]
    OutcomeUnknown {
        status: Option<u16>,
        message: String,
        raw: String,
    },
    /// An answer whose body could not be understood (malformed JSON, an HTML error page, ...).
    #[error("unexpected answer from GetVocal (HTTP {status})")]
    UnexpectedResponse { status: u16, raw: String },
    /// The request was refused before being sent.
    #[error("invalid input: {0}")]
    InvalidInput(String),
}

impl Error {
    /// The provider's description of the failure, when it gave one.
    pub fn problem(&self) -> Option<&Problem> {
        match self {
            Error::Api { problem, .. } => Some(problem),
            _ => None,
        }
    }

    /// True when the credentials are no longer accepted: an expired session, or a 401 that a
    /// refresh could not cure (for example a revoked API key).
    pub fn needs_sign_in(&self) -> bool {
        matches!(self, Error::SessionExpired | Error::Api { status: 401, .. })
    }

    /// True when the request may have been applied although it failed: never send it again
    /// without checking first. Decided once, by the client, from the stage of the failure.
    pub fn may_have_applied(&self) -> bool {
        match self {
            Error::OutcomeUnknown { .. } => true,
            // The status says it was applied; only its answer could not be read.
            Error::UnexpectedResponse { status, .. } => (200..300).contains(status),
            _ => false,
        }
    }

    /// True when nothing was applied and the same request may succeed later unchanged.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Network { .. } => true,
            Error::Api { status, .. } => matches!(status, 408 | 429 | 500..=599),
            _ => false,
        }
    }

    /// A failure of the exchange itself. A connect failure (a connect timeout included) means
    /// nothing was sent, so it is checked before the timeout.
    pub(crate) fn from_transport(error: reqwest::Error) -> Error {
        let message = error_chain(&error);
        if error.is_builder() {
            return Error::InvalidInput(message);
        }
        let kind = if error.is_connect() {
            NetworkErrorKind::Connect
        } else if error.is_timeout() {
            NetworkErrorKind::Timeout
        } else {
            NetworkErrorKind::Other
        };
        Error::Network { kind, message }
    }

    /// What a failure of the exchange means for a write: nothing sent when it could not
    /// connect, otherwise maybe applied.
    pub(crate) fn from_write_transport(error: reqwest::Error, status: Option<u16>) -> Error {
        match Error::from_transport(error) {
            Error::Network {
                kind: NetworkErrorKind::Connect,
                message,
            } if status.is_none() => Error::Network {
                kind: NetworkErrorKind::Connect,
                message,
            },
            Error::Network { message, .. } => Error::OutcomeUnknown {
                status,
                message,
                raw: String::new(),
            },
            other => other,
        }
    }
}

/// reqwest's own message is terse ("error sending request"); the cause is in its sources.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut message = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum NetworkErrorKind {
    /// The connect or request timeout elapsed.
    Timeout,
    /// The server could not be reached at all.
    Connect,
    Other,
}

/// GetVocal's error body, whichever of its shapes it came in:
/// FastAPI `{"detail": "..."}`, FastAPI validation `{"detail": [{loc, msg, type}]}`,
/// or `{"message", "name", "status_code", "solution"}`.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Problem {
    /// The provider's own words (validation items joined with "; "); the HTTP reason if it gave none.
    pub message: String,
    /// The provider's `name`, e.g. "BadRequest".
    pub name: Option<String>,
    /// The provider's `solution`, e.g. "Try again.".
    pub solution: Option<String>,
    /// One entry per validation item of a `detail` list.
    pub field_errors: Vec<FieldError>,
    /// The body as received.
    pub raw: String,
}

/// One validation item: which field of the request, what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct FieldError {
    /// Dotted path inside the request body, e.g. "email" or "items.0.phone_number".
    pub field: String,
    pub message: String,
    /// The validator's type, e.g. "value_error", "missing", "json_invalid".
    pub kind: String,
}

/// Documented text of the 400 answered when the lead already has a queued or scheduled call.
const ALREADY_QUEUED_TEXT: &str = "already a call in queue for this lead";
/// Documented text of the 400 answered when the lead's call limit is reached.
const CALL_LIMIT_TEXT: &str = "call limit has been reached";

impl Problem {
    /// Reads an error body; `None` when it is not a JSON object (then it is not GetVocal speaking).
    pub(crate) fn parse(status: StatusCode, raw: &str) -> Option<Problem> {
        let Value::Object(body) = serde_json::from_str(raw).ok()? else {
            return None;
        };
        let text = |key: &str| body.get(key).and_then(Value::as_str).map(str::to_owned);

        let mut messages = Vec::new();
        let mut field_errors = Vec::new();
        match body.get("detail") {
            Some(Value::String(detail)) => messages.push(detail.clone()),
            Some(Value::Array(items)) => {
                for item in items {
                    let field_error = FieldError::from_detail_item(item);
                    messages.push(if field_error.field.is_empty() {
                        field_error.message.clone()
                    } else {
                        format!("{}: {}", field_error.field, field_error.message)
                    });
                    field_errors.push(field_error);
                }
            }
            _ => {}
        }
        messages.extend(text("message"));

        let message = if messages.is_empty() {
            status.canonical_reason().unwrap_or("error").to_owned()
        } else {
            messages.join("; ")
        };
        Some(Problem {
            message,
            name: text("name"),
            solution: text("solution"),
            field_errors,
            raw: raw.to_owned(),
        })
    }

    /// The documented 400 "Call not triggered for lead_id … : already a call in queue for this lead".
    pub fn is_already_queued(&self) -> bool {
        self.message.contains(ALREADY_QUEUED_TEXT)
    }

    /// The documented 400 "Call cannot be placed for Lead … because the call limit has been reached …".
    pub fn is_call_limit_reached(&self) -> bool {
        self.message.contains(CALL_LIMIT_TEXT)
    }

    /// The validation error reported for `field` (a dotted path), if any.
    pub fn field_error(&self, field: &str) -> Option<&FieldError> {
        self.field_errors.iter().find(|error| error.field == field)
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)?;
        if let Some(solution) = &self.solution {
            write!(f, " ({solution})")?;
        }
        Ok(())
    }
}

impl FieldError {
    fn from_detail_item(item: &Value) -> FieldError {
        let text = |key: &str| item.get(key).and_then(Value::as_str).unwrap_or_default();
        let location = item
            .get("loc")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default();
        // FastAPI starts `loc` with where the value came from; the field path is the rest.
        let path = match location.first().and_then(Value::as_str) {
            Some("body" | "query" | "path" | "header" | "cookie") => &location[1..],
            _ => location,
        };
        let field = path
            .iter()
            .map(|part| match part {
                Value::String(name) => name.clone(),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join(".");
        let message = match item {
            Value::String(message) => message.clone(),
            _ => text("msg").to_owned(),
        };
        FieldError {
            field,
            message,
            kind: text("type").to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detail_list_becomes_field_errors() {
        let raw = r#"{"detail":[{"type":"missing","loc":["body","items",0,"phone_number"],"msg":"Field required","input":{}}]}"#;
        let problem = Problem::parse(StatusCode::UNPROCESSABLE_ENTITY, raw).unwrap();
        assert_eq!(
            problem.field_errors,
            vec![FieldError {
                field: "items.0.phone_number".into(),
                message: "Field required".into(),
                kind: "missing".into(),
            }]
        );
        assert_eq!(problem.message, "items.0.phone_number: Field required");
        assert_eq!(problem.raw, raw);
    }

    #[test]
    fn detail_string_and_message_shapes_are_read() {
        let detail = Problem::parse(
            StatusCode::UNAUTHORIZED,
            r#"{"detail":"Not authenticated"}"#,
        );
        assert_eq!(detail.unwrap().message, "Not authenticated");

        let raw = r#"{"message":"Call not triggered for lead_id X : already a call in queue for this lead","name":"BadRequest","status_code":400,"solution":"Try again."}"#;
        let problem = Problem::parse(StatusCode::BAD_REQUEST, raw).unwrap();
        assert!(problem.is_already_queued());
        assert!(!problem.is_call_limit_reached());
        assert_eq!(problem.solution.as_deref(), Some("Try again."));
        assert_eq!(problem.name.as_deref(), Some("BadRequest"));
    }

    #[test]
    fn bodies_that_are_not_json_objects_are_not_problems() {
        assert!(Problem::parse(StatusCode::BAD_GATEWAY, "<html>Bad gateway</html>").is_none());
        assert!(Problem::parse(StatusCode::BAD_REQUEST, "[1, 2]").is_none());
        let empty = Problem::parse(StatusCode::NOT_FOUND, "{}").unwrap();
        assert_eq!(empty.message, "Not Found");
    }
}
