//! The HTTP client: authentication, the rate budget, retries and error mapping.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use reqwest::Method;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;
use tokio::sync::watch;
use url::Url;

use crate::error::{error_chain, Error, Result};
use crate::lenient::{parse_listing, Listing};
use crate::rate::{Answer, Limiter, RateBudget, RateHeaders, Throttle};

/// Awaz's production API, without the `/v1` prefix (routes add it).
pub const PRODUCTION_BASE_URL: &str = "https://api.awaz.ai";

/// After this many 429s in a row for one request the client gives up: the provider and our
/// budget disagree in a way waiting does not fix.
const MAX_RATE_LIMITED_RESENDS: u32 = 10;

/// Error bodies are kept for diagnostics, but an HTML error page need not be kept whole.
const MAX_RAW_CHARS: usize = 4096;

#[derive(Debug, Clone)]
pub struct ClientOptions {
    /// Requests per window for this key; the `X-RateLimit-Limit` header overrides the count.
    pub budget: RateBudget,
    pub connect_timeout: Duration,
    /// Whole request, answer included. A write that times out returns `Error::OutcomeUnknown`.
    pub request_timeout: Duration,
    /// How long every request of the key waits after a 503 (the docs say five minutes).
    pub unavailable_wait: Duration,
    /// Attempts for a GET that fails on the wire or with a 5xx, the first one included.
    pub max_read_attempts: u32,
    /// Pause before the second attempt of a failed GET; doubled for each further attempt.
    pub read_retry_backoff: Duration,
    /// Longest a request waits for the budget or a 503 pause before failing with
    /// `Error::RateLimited` / `Error::Unavailable`. `Duration::ZERO` never waits for a hold.
    pub max_wait: Duration,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            budget: RateBudget::default(),
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            unavailable_wait: Duration::from_secs(5 * 60),
            max_read_attempts: 3,
            read_retry_backoff: Duration::from_secs(1),
            max_wait: Duration::from_secs(10 * 60),
        }
    }
}

/// A typed client of the Awaz API for one API key.
///
/// Clones share the connection pool and, above all, the rate limiter: keep one `Client` per key
/// and clone it wherever requests are made, so the key's budget is never overspent.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    base_url: Url,
    api_key: String,
    options: ClientOptions,
    limiter: Limiter,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url.as_str())
            .field("api_key", &"<redacted>")
            .field("options", &self.inner.options)
            .finish_non_exhaustive()
    }
}

/// A successful (2xx) answer.
pub(crate) struct Success {
    pub status: u16,
    pub body: String,
}

impl Success {
    pub(crate) fn json<T: DeserializeOwned>(&self) -> Result<T> {
        serde_json::from_str(&self.body).map_err(|_| unexpected(self.status, &self.body))
    }

    pub(crate) fn listing<T: DeserializeOwned>(&self) -> Result<Listing<T>> {
        parse_listing(&self.body).ok_or_else(|| unexpected(self.status, &self.body))
    }
}

impl Client {
    /// `base_url` is the API root without `/v1`, e.g. [`PRODUCTION_BASE_URL`]. An empty key is
    /// sent as no key at all (Awaz answers 401, [`Error::MissingKey`]).
    pub fn new(base_url: Url, api_key: impl Into<String>, options: ClientOptions) -> Result<Self> {
        if base_url.cannot_be_a_base() {
            return Err(Error::InvalidInput(format!(
                "{base_url} cannot be an API base URL"
            )));
        }
        let http = reqwest::Client::builder()
            .user_agent(concat!("Callboard/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(options.connect_timeout)
            .timeout(options.request_timeout)
            .build()
            .map_err(|error| Error::Network {
                kind: crate::NetworkErrorKind::Other,
                message: error_chain(&error),
            })?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                api_key: api_key.into(),
                limiter: Limiter::new(options.budget),
                options,
            }),
        })
    }

    pub fn base_url(&self) -> &Url {
        &self.inner.base_url
    }

    /// Whether requests are being held back and until when, for "waiting until 14:05".
    pub fn throttle_watch(&self) -> watch::Receiver<Throttle> {
        self.inner.limiter.throttle_watch()
    }

    /// How many 429 answers this key's client received (all clones together). Diagnostics: the
    /// budget is meant to keep this at zero.
    pub fn rate_limited_responses(&self) -> u64 {
        self.inner.limiter.rate_limited_responses()
    }

    /// `segments` are URL path segments, escaped here (ids cannot break out of their segment).
    fn url(&self, segments: &[&str], query: &[(&str, &str)]) -> Url {
        let mut url = self.inner.base_url.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(query);
        }
        url
    }

    pub(crate) async fn get(&self, segments: &[&str], query: &[(&str, &str)]) -> Result<Success> {
        self.execute(Method::GET, self.url(segments, query), None)
            .await
    }

    pub(crate) async fn write(
        &self,
        method: Method,
        segments: &[&str],
        query: &[(&str, &str)],
        body: Value,
    ) -> Result<Success> {
        self.execute(method, self.url(segments, query), Some(body))
            .await
    }

    /// Sends one request within the budget. GETs are retried on wire errors and 5xx; any request
    /// is resent after a 429, which Awaz did not process; writes are never resent otherwise.
    async fn execute(&self, method: Method, url: Url, body: Option<Value>) -> Result<Success> {
        let inner = &self.inner;
        let is_read = method == Method::GET;
        let mut failed_reads = 0;
        let mut rate_limited = 0;
        loop {
            let permit = inner.limiter.acquire(inner.options.max_wait).await?;
            let mut request = inner.http.request(method.clone(), url.clone());
            if !inner.api_key.is_empty() {
                request = request.bearer_auth(&inner.api_key);
            }
            if let Some(body) = &body {
                request = request.json(body);
            }
            let response = match request.send().await {
                Ok(response) => response,
                Err(error) => {
                    inner.limiter.record(&permit, &Answer::Lost);
                    if !is_read {
                        return Err(write_failure(&error));
                    }
                    failed_reads += 1;
                    if failed_reads >= inner.options.max_read_attempts {
                        return Err(Error::network(&error));
                    }
                    tracing::warn!(%url, error = %error_chain(&error), "Awaz read failed; retrying");
                    tokio::time::sleep(self.read_backoff(failed_reads)).await;
                    continue;
                }
            };
            let status = response.status().as_u16();
            let headers = RateHeaders::parse(response.headers());
            inner
                .limiter
                .record(&permit, &Answer::Received { status, headers });
            let text = match response.text().await {
                Ok(text) => text,
                Err(error) if is_read => {
                    failed_reads += 1;
                    if failed_reads >= inner.options.max_read_attempts {
                        return Err(Error::network(&error));
                    }
                    tokio::time::sleep(self.read_backoff(failed_reads)).await;
                    continue;
                }
                // The status is known, so the outcome is too; only the answer's body was lost.
                Err(_) => String::new(),
            };
            match status {
                200..=299 => return Ok(Success { status, body: text }),
                429 => {
                    rate_limited += 1;
                    if rate_limited > MAX_RATE_LIMITED_RESENDS {
                        let until = headers.reset.unwrap_or_else(Utc::now);
                        return Err(Error::RateLimited { until });
                    }
                    tracing::warn!(%url, "Awaz answered 429; waiting for the next window");
                }
                503 => {
                    inner
                        .limiter
                        .hold_unavailable(inner.options.unavailable_wait);
                    failed_reads += 1;
                    if !is_read || failed_reads >= inner.options.max_read_attempts {
                        return Err(api_error(status, &text));
                    }
                    tracing::warn!(%url, "Awaz answered 503; pausing before retrying");
                }
                500..=599 if is_read => {
                    failed_reads += 1;
                    if failed_reads >= inner.options.max_read_attempts {
                        return Err(api_error(status, &text));
                    }
                    tracing::warn!(%url, status, "Awaz read failed; retrying");
                    tokio::time::sleep(self.read_backoff(failed_reads)).await;
                }
                _ => return Err(api_error(status, &text)),
            }
        }
    }

    fn read_backoff(&self, failed_reads: u32) -> Duration {
        let doubling = 2u32.saturating_pow(failed_reads.saturating_sub(1));
        self.inner
            .options
            .read_retry_backoff
            .saturating_mul(doubling)
    }
}

/// A write that failed before connecting was never sent; any later failure may have been applied.
fn write_failure(error: &reqwest::Error) -> Error {
    if error.is_connect() {
        Error::network(error)
    } else {
        Error::OutcomeUnknown {
            message: error_chain(error),
        }
    }
}

fn api_error(status: u16, body: &str) -> Error {
    match status {
        401 => return Error::MissingKey,
        403 => return Error::InvalidKey,
        _ => {}
    }
    #[derive(Deserialize)]
    struct ErrorBody {
        message: String,
    }
    let message = serde_json::from_str::<ErrorBody>(body)
        .map(|parsed| parsed.message)
        .unwrap_or_else(|_| {
            reqwest::StatusCode::from_u16(status)
                .ok()
                .and_then(|code| code.canonical_reason())
                .unwrap_or("error")
                .to_owned()
        });
    Error::Api {
        status,
        message,
        raw: clip(body),
    }
}

pub(crate) fn unexpected(status: u16, body: &str) -> Error {
    Error::UnexpectedResponse {
        status,
        raw: clip(body),
    }
}

fn clip(body: &str) -> String {
    body.chars().take(MAX_RAW_CHARS).collect()
}
