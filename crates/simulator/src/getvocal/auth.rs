//! Login, refresh, API keys, and the extractor that authenticates every other route.

use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use super::{json_object, path_param, Validator};
use crate::clock::{iso, to_chrono};
use crate::error::ApiError;
use crate::state::{self, ApiKey, IssuedToken, State as SimState, TokenKind};
use crate::{bearer, header_str, AppState};

/// Proof that the request carried a valid access token or an active API key.
pub(crate) struct Caller;

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, sim: &AppState) -> Result<Self, ApiError> {
        let now = sim.clock.now();
        let state = sim.state();
        if let Some(token) = bearer(&parts.headers) {
            return match state.tokens.get(token) {
                Some(issued) if issued.kind == TokenKind::Access && issued.expires_at > now => {
                    Ok(Caller)
                }
                Some(issued) if issued.kind == TokenKind::Access => {
                    Err(ApiError::detail(StatusCode::UNAUTHORIZED, "Token expired"))
                }
                _ => Err(ApiError::unauthenticated()),
            };
        }
        let key_id = header_str(&parts.headers, "x-client-api-key");
        let secret = header_str(&parts.headers, "x-client-api-key-secret");
        let active = |key: &&ApiKey| {
            Some(key.uuid_id.as_str()) == key_id
                && Some(key.secret.as_str()) == secret
                && key.dt_revoked.is_none()
        };
        match state.getvocal.api_keys.iter().find(active) {
            Some(_) => Ok(Caller),
            None => Err(ApiError::unauthenticated()),
        }
    }
}

/// Issues a JWT-shaped token and remembers it, since the signature is random.
fn issue(
    state: &mut SimState,
    kind: TokenKind,
    now: DateTime<Utc>,
    ttl: std::time::Duration,
) -> String {
    let user = &state.getvocal.user;
    let expires_at = now + to_chrono(ttl);
    let payload = json!({
        "subject": { "user_id": user.user_id, "email": user.email },
        "type": if kind == TokenKind::Access { "access" } else { "refresh" },
        "exp": expires_at.timestamp(),
        "iat": now.timestamp(),
        "jti": uuid::Uuid::new_v4().to_string(),
    });
    let encode = |value: &Value| URL_SAFE_NO_PAD.encode(value.to_string());
    let signature = URL_SAFE_NO_PAD.encode(uuid::Uuid::new_v4().as_bytes());
    let token = format!(
        "{}.{}.{signature}",
        encode(&json!({ "alg": "HS256", "typ": "JWT" })),
        encode(&payload)
    );
    state
        .tokens
        .insert(token.clone(), IssuedToken { kind, expires_at });
    token
}

/// The email check behind the documented 422, with email-validator's reasons.
fn email_problem(email: &str) -> Option<&'static str> {
    let Some((local, domain)) = email.split_once('@') else {
        return Some("An email address must have an @-sign.");
    };
    if local.is_empty() {
        Some("There must be something before the @-sign.")
    } else if domain.is_empty() {
        Some("There must be something after the @-sign.")
    } else if domain.contains('@') {
        Some("The email address contains invalid characters after the @-sign: '@'.")
    } else if !domain.contains('.') {
        Some("The part after the @-sign is not valid. It should have a period.")
    } else {
        None
    }
}

pub(crate) async fn login(
    State(sim): State<AppState>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let object = json_object(&body)?;
    let mut validator = Validator::default();
    let loc = [Value::from("body")];
    let email = validator.string(&object, &loc, "email", true);
    let password = validator.string(&object, &loc, "password", true);
    if let Some(reason) = email.as_deref().and_then(email_problem) {
        validator.errors.push(json!({
            "type": "value_error",
            "loc": ["body", "email"],
            "msg": format!("value is not a valid email address: {reason}"),
            "input": email,
            "ctx": { "reason": reason },
        }));
    }
    validator.finish()?;
    let (email, password) = (email.unwrap_or_default(), password.unwrap_or_default());

    let now = sim.clock.now();
    let mut state = sim.state();
    let user = &state.getvocal.user;
    if !user.email.eq_ignore_ascii_case(&email) || user.password != password {
        return Err(ApiError::detail(
            StatusCode::UNAUTHORIZED,
            "Incorrect email or password",
        ));
    }
    let user_id = user.user_id;
    let access_token = issue(&mut state, TokenKind::Access, now, sim.config.access_ttl);
    let refresh_token = issue(&mut state, TokenKind::Refresh, now, sim.config.refresh_ttl);
    Ok(Json(json!({
        "access_token": access_token,
        "refresh_token": refresh_token,
        "user_id": user_id,
    })))
}

pub(crate) async fn refresh(
    State(sim): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let now = sim.clock.now();
    let mut state = sim.state();
    let valid = bearer(&headers)
        .and_then(|token| state.tokens.get(token))
        .is_some_and(|issued| issued.kind == TokenKind::Refresh && issued.expires_at > now);
    if !valid {
        return Err(ApiError::detail(
            StatusCode::UNAUTHORIZED,
            "Invalid or expired refresh token",
        ));
    }
    let access_token = issue(&mut state, TokenKind::Access, now, sim.config.access_ttl);
    Ok(Json(json!({ "access_token": access_token })))
}

pub(crate) async fn list_keys(_: Caller, State(sim): State<AppState>) -> Json<Value> {
    let state = sim.state();
    Json(state.getvocal.api_keys.iter().map(ApiKey::public).collect())
}

pub(crate) async fn create_key(
    _: Caller,
    State(sim): State<AppState>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let object = json_object(&body)?;
    let mut validator = Validator::default();
    let name = validator.string(&object, &[Value::from("body")], "name", true);
    validator.finish()?;
    let key = ApiKey {
        uuid_id: uuid::Uuid::new_v4().to_string(),
        name: name.unwrap_or_default(),
        secret: state::secret(),
        dt_created: iso(sim.clock.now()),
        dt_revoked: None,
    };
    let answer = json!({ "secret": key.secret, "name": key.name, "key_id": key.uuid_id });
    sim.state().getvocal.api_keys.push(key);
    Ok(Json(answer))
}

pub(crate) async fn revoke_key(
    _: Caller,
    State(sim): State<AppState>,
    key_id: Result<Path<String>, PathRejection>,
) -> Result<Json<Value>, ApiError> {
    let key_id = path_param(key_id)?;
    let now = iso(sim.clock.now());
    let mut state = sim.state();
    let key = state
        .getvocal
        .api_keys
        .iter_mut()
        .find(|key| key.uuid_id == key_id)
        .ok_or_else(|| ApiError::detail(StatusCode::NOT_FOUND, "API key not found"))?;
    key.dt_revoked.get_or_insert(now);
    Ok(Json(json!([key.public()])))
}
