//! Credentials, login, and the JWT session: proactive and on-401 refresh, shared by all
//! requests in flight (one refresh at a time, and none for a request whose token was already
//! replaced).

use std::fmt;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use reqwest::{Method, StatusCode};
use serde::{Deserialize, Serialize};

use crate::client::{Authorization, Exchange, Transport};
use crate::error::{Error, Result};

pub(crate) const API_KEY_HEADER: &str = "X-Client-Api-Key";
pub(crate) const API_KEY_SECRET_HEADER: &str = "X-Client-Api-Key-Secret";

/// Refresh at the latest this long before the access token expires...
const MAX_REFRESH_MARGIN: Duration = Duration::from_secs(60);
/// ...or, for short-lived tokens, when this fraction of the lifetime remains.
const REFRESH_MARGIN_FRACTION: u32 = 10;

/// A JWT access token and the refresh token that renews it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenPair {
    pub access: String,
    pub refresh: String,
}

impl fmt::Debug for TokenPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenPair")
            .field("access", &"<redacted>")
            .field("refresh", &"<redacted>")
            .finish()
    }
}

/// What a [`crate::Client`] signs its requests with.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Credentials {
    /// A login session: `Authorization: Bearer <access>`, renewed with `refresh`.
    Tokens { access: String, refresh: String },
    /// An API key: `X-Client-Api-Key` + `X-Client-Api-Key-Secret`; never refreshed.
    ApiKey { key_id: String, secret: String },
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credentials::Tokens { .. } => f
                .debug_struct("Tokens")
                .field("access", &"<redacted>")
                .field("refresh", &"<redacted>")
                .finish(),
            Credentials::ApiKey { key_id, .. } => f
                .debug_struct("ApiKey")
                .field("key_id", key_id)
                .field("secret", &"<redacted>")
                .finish(),
        }
    }
}

impl From<TokenPair> for Credentials {
    fn from(tokens: TokenPair) -> Self {
        Credentials::Tokens {
            access: tokens.access,
            refresh: tokens.refresh,
        }
    }
}

/// Answer of `POST /auth/login`.
#[derive(Clone, PartialEq, Eq, Deserialize)]
pub struct LoginResponse {
    pub access_token: String,
    pub refresh_token: String,
    pub user_id: i64,
}

impl LoginResponse {
    pub fn tokens(&self) -> TokenPair {
        TokenPair {
            access: self.access_token.clone(),
            refresh: self.refresh_token.clone(),
        }
    }
}

impl fmt::Debug for LoginResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LoginResponse")
            .field("access_token", &"<redacted>")
            .field("refresh_token", &"<redacted>")
            .field("user_id", &self.user_id)
            .finish()
    }
}

#[derive(Serialize)]
pub(crate) struct LoginRequest<'a> {
    pub email: &'a str,
    pub password: &'a str,
}

#[derive(Deserialize)]
struct RefreshResponse {
    access_token: String,
    /// Not documented; adopted if GetVocal ever rotates refresh tokens.
    #[serde(default)]
    refresh_token: Option<String>,
}

/// The access token a request is sent with, and which generation of the session it belongs to.
pub(crate) struct AccessGrant {
    pub token: String,
    pub generation: u64,
    pub refresh_due: bool,
}

/// The live state of a login session, shared by all clones of a client.
pub(crate) struct TokenSession {
    state: Mutex<TokenState>,
    /// Held for the whole refresh exchange so that concurrent requests share one refresh.
    refresh_gate: tokio::sync::Mutex<()>,
}

struct TokenState {
    tokens: TokenPair,
    /// Bumped on every successful refresh.
    generation: u64,
    refresh_access_at: Option<Instant>,
    refresh_token_expires_at: Option<Instant>,
    /// The refresh token was rejected: every later request fails without a network round trip.
    expired: bool,
}

impl TokenSession {
    pub fn new(tokens: TokenPair) -> TokenSession {
        let received = Instant::now();
        TokenSession {
            state: Mutex::new(TokenState {
                refresh_access_at: access_refresh_deadline(&tokens.access, received),
                refresh_token_expires_at: refresh_token_deadline(&tokens.refresh, received),
                tokens,
                generation: 0,
                expired: false,
            }),
            refresh_gate: tokio::sync::Mutex::new(()),
        }
    }

    pub fn grant(&self) -> Result<AccessGrant> {
        let state = self.lock_state();
        if state.expired {
            return Err(Error::SessionExpired);
        }
        Ok(AccessGrant {
            token: state.tokens.access.clone(),
            generation: state.generation,
            refresh_due: state
                .refresh_access_at
                .is_some_and(|deadline| Instant::now() >= deadline),
        })
    }

    /// Renews the access token unless the session moved past `seen_generation` meanwhile.
    /// Returns the new tokens when this call did the refresh.
    pub async fn refresh(
        &self,
        transport: &Transport,
        seen_generation: u64,
    ) -> Result<Option<TokenPair>> {
        let _gate = self.refresh_gate.lock().await;
        let refresh_token = {
            let state = self.lock_state();
            if state.expired {
                return Err(Error::SessionExpired);
            }
            if state.generation != seen_generation {
                return Ok(None);
            }
            if state
                .refresh_token_expires_at
                .is_some_and(|expiry| Instant::now() >= expiry)
            {
                drop(state);
                return Err(self.expire());
            }
            state.tokens.refresh.clone()
        };

        // Measured from the request, not the answer: errs on the side of refreshing early.
        let requested = Instant::now();
        let response = transport
            .send(
                Method::POST,
                transport.endpoint(&["auth", "refresh"]),
                Authorization::Bearer(&refresh_token),
                None,
                Exchange::Read,
            )
            .await?;
        if response.status == StatusCode::UNAUTHORIZED {
            return Err(self.expire());
        }
        let renewed: RefreshResponse = response.decode_credentials()?;

        let mut state = self.lock_state();
        state.refresh_access_at = access_refresh_deadline(&renewed.access_token, requested);
        state.tokens.access = renewed.access_token;
        if let Some(refresh) = renewed.refresh_token {
            state.refresh_token_expires_at = refresh_token_deadline(&refresh, requested);
            state.tokens.refresh = refresh;
        }
        state.generation += 1;
        Ok(Some(state.tokens.clone()))
    }

    fn expire(&self) -> Error {
        self.lock_state().expired = true;
        Error::SessionExpired
    }

    fn lock_state(&self) -> std::sync::MutexGuard<'_, TokenState> {
        // The state is only ever replaced field by field, so a poisoned lock still holds usable data.
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// When to renew an access token received at `received`; `None` if its lifetime is unreadable
/// (then only a 401 triggers a refresh).
fn access_refresh_deadline(access_token: &str, received: Instant) -> Option<Instant> {
    let lifetime = token_lifetime(access_token)?;
    let margin = MAX_REFRESH_MARGIN.min(lifetime / REFRESH_MARGIN_FRACTION);
    received.checked_add(lifetime - margin)
}

/// When a refresh token received at `received` stops being accepted, if readable.
fn refresh_token_deadline(refresh_token: &str, received: Instant) -> Option<Instant> {
    received.checked_add(token_lifetime(refresh_token)?)
}

/// `exp - iat` of a JWT, read without verification. Measured from the moment the token is
/// received, so the local clock's offset from GetVocal's never matters.
fn token_lifetime(token: &str) -> Option<Duration> {
    #[derive(Deserialize)]
    struct Claims {
        exp: f64,
        iat: f64,
    }
    let payload = token.split('.').nth(1)?;
    let json = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).ok()?;
    let claims: Claims = serde_json::from_slice(&json).ok()?;
    Duration::try_from_secs_f64(claims.exp - claims.iat)
        .ok()
        .filter(|lifetime| !lifetime.is_zero())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(payload: &str) -> String {
        format!(
            "eyJhbGciOiJIUzI1NiJ9.{}.c2lnbmF0dXJl",
            URL_SAFE_NO_PAD.encode(payload)
        )
    }

    #[test]
    fn lifetime_is_exp_minus_iat() {
        let token = jwt(r#"{"type":"access","exp":1727881389,"iat":1727880489}"#);
        assert_eq!(token_lifetime(&token), Some(Duration::from_secs(900)));
    }

    #[test]
    fn unreadable_or_nonsensical_tokens_have_no_lifetime() {
        assert_eq!(token_lifetime("opaque-token"), None);
        assert_eq!(token_lifetime(&jwt(r#"{"exp":10}"#)), None);
        assert_eq!(token_lifetime(&jwt(r#"{"exp":10,"iat":20}"#)), None);
    }

    #[test]
    fn refresh_margin_is_a_minute_or_a_tenth_of_short_lifetimes() {
        let now = Instant::now();
        let fifteen_minutes = jwt(r#"{"exp":900,"iat":0}"#);
        assert_eq!(
            access_refresh_deadline(&fifteen_minutes, now),
            Some(now + Duration::from_secs(840))
        );
        let ten_seconds = jwt(r#"{"exp":10,"iat":0}"#);
        assert_eq!(
            access_refresh_deadline(&ten_seconds, now),
            Some(now + Duration::from_secs(9))
        );
    }

    #[test]
    fn debug_output_never_shows_secrets() {
        let credentials = Credentials::ApiKey {
            key_id: "key-1".into(),
            secret: "s3cr3t".into(),
        };
        let tokens = TokenPair {
            access: "acc3ss".into(),
            refresh: "r3fresh".into(),
        };
        let printed = format!("{credentials:?} {tokens:?}");
        assert!(printed.contains("key-1"));
        for secret in ["s3cr3t", "acc3ss", "r3fresh"] {
            assert!(!printed.contains(secret), "{printed}");
        }
    }
}
