//! The one error type of the crate.

use chrono::{DateTime, Utc};

/// What kind of transport failure happened, so callers can word it for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetworkErrorKind {
    /// No answer within the request timeout.
    Timeout,
    /// The server could not be reached (DNS, refused connection, TLS handshake).
    Connect,
    /// Anything else on the wire (connection reset, broken body).
    Other,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    /// 401: the request carried no API key.
    #[error("the Awaz API key is missing")]
    MissingKey,
    /// 403: the API key is wrong or was revoked.
    #[error("the Awaz API key is wrong or was revoked")]
    InvalidKey,
    /// Any other error answer; `message` is the provider's own `message`.
    #[error("Awaz answered {status}: {message}")]
    Api {
        status: u16,
        message: String,
        raw: String,
    },
    /// The budget is spent and waiting until `until` was not allowed (see `ClientOptions::max_wait`).
    #[error("too many requests to Awaz; try again after {until}")]
    RateLimited { until: DateTime<Utc> },
    /// Awaz asked us to stay away (503) until `until` and waiting that long was not allowed.
    #[error("Awaz is temporarily unavailable; try again after {until}")]
    Unavailable { until: DateTime<Utc> },
    /// The request failed on the wire; for writes this is only returned when nothing was sent
    /// (the connection could not be made, a connect timeout included).
    #[error("network error ({kind:?}): {message}")]
    Network {
        kind: NetworkErrorKind,
        message: String,
    },
    /// A write was sent but no usable answer came back (a gateway's 5xx other than Awaz's
    /// documented 503, a timeout while waiting, a cut connection): it may have been applied.
    /// `status` is the answer's status when one arrived; `raw` its body, clipped.
    #[error("the request was sent but no usable answer came back, so it may or may not have been applied: {message}")]
    OutcomeUnknown {
        status: Option<u16>,
        message: String,
        raw: String,
    },
    /// The answer was not the JSON this route documents (malformed JSON, an HTML page).
    #[error("unexpected answer from Awaz (HTTP {status})")]
    UnexpectedResponse { status: u16, raw: String },
    /// Refused before sending: the input cannot be a valid request.
    #[error("invalid input: {0}")]
    InvalidInput(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// True when the request may have been applied although it failed: never send it again
    /// without checking first. Only writes can be in this state; the client decides it once,
    /// from the stage at which the request failed.
    pub fn may_have_applied(&self) -> bool {
        match self {
            Error::OutcomeUnknown { .. } => true,
            // The status says it was applied; only its answer could not be read.
            Error::UnexpectedResponse { status, .. } => (200..300).contains(status),
            _ => false,
        }
    }

    /// True when nothing was applied and the same request may succeed later unchanged
    /// (the budget, Awaz's 503 "not processed", a server that could not be reached).
    pub fn is_transient(&self) -> bool {
        match self {
            Error::RateLimited { .. } | Error::Unavailable { .. } | Error::Network { .. } => true,
            Error::Api { status, .. } => matches!(status, 408 | 429 | 500..=599),
            _ => false,
        }
    }

    /// True when the key is missing or refused: the account needs a new key.
    pub fn needs_sign_in(&self) -> bool {
        matches!(self, Error::MissingKey | Error::InvalidKey)
    }

    pub(crate) fn network(error: &reqwest::Error) -> Self {
        let kind = if error.is_connect() {
            NetworkErrorKind::Connect
        } else if error.is_timeout() {
            NetworkErrorKind::Timeout
        } else {
            NetworkErrorKind::Other
        };
        Error::Network {
            kind,
            message: error_chain(error),
        }
    }
}

/// reqwest's top-level message is terse ("error sending request"); the sources say why.
pub(crate) fn error_chain(error: &dyn std::error::Error) -> String {
    let mut message = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}
