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

/// The largest answer read; a page of 20 calls with their transcripts' variables is far below.
const MAX_BODY_BYTES: usize = 8 * 1024 * 1024;

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
        check_base_url(&base_url)?;
        let http = reqwest::Client::builder()
            .user_agent(concat!("Callboard/", env!("CARGO_PKG_VERSION")))
            // A redirect would send the key elsewhere and turn a POST into a GET: it is an error.
            .redirect(reqwest::redirect::Policy::none())
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
    ///
    /// This is the one place that knows at which stage a write failed, so it says once what the
    /// failure means: refused before sending (not applied), refused by Awaz (4xx, the documented
    /// 503: not applied), or [`Error::OutcomeUnknown`] (a gateway's 5xx, a timeout while
    /// waiting, a cut connection: maybe applied).
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
                    permit.answered(&Answer::Lost);
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
            permit.answered(&Answer::Received { status, headers });
            let text = match read_capped(response).await {
                Ok(text) => text,
                Err(error) if is_read => {
                    failed_reads += 1;
                    if failed_reads >= inner.options.max_read_attempts {
                        return Err(error);
                    }
                    tokio::time::sleep(self.read_backoff(failed_reads)).await;
                    continue;
                }
                // A refusal is a refusal even when its body was lost; any other status with a
                // lost body may have been applied.
                Err(_) if (400..500).contains(&status) && status != 429 => String::new(),
                Err(error) => {
                    return Err(Error::OutcomeUnknown {
                        status: Some(status),
                        message: error.to_string(),
                        raw: String::new(),
                    })
                }
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
                // Awaz documents 503 as "not processed, come back later".
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
                // A gateway's error after the request reached it: Awaz may have done the work.
                500..=599 => {
                    let Error::Api { message, raw, .. } = api_error(status, &text) else {
                        unreachable!("api_error maps 5xx to Error::Api")
                    };
                    return Err(Error::OutcomeUnknown {
                        status: Some(status),
                        message,
                        raw,
                    });
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

/// A write that failed while connecting (a connect timeout included) was never sent; any later
/// failure may have been applied.
fn write_failure(error: &reqwest::Error) -> Error {
    if error.is_connect() || error.is_builder() {
        Error::network(error)
    } else {
        Error::OutcomeUnknown {
            status: None,
            message: error_chain(error),
            raw: String::new(),
        }
    }
}

/// Reads an answer's body, refusing one larger than [`MAX_BODY_BYTES`] (no Awaz answer is
/// near that; a bigger one is not Awaz speaking and must not fill the memory).
async fn read_capped(mut response: reqwest::Response) -> Result<String> {
    let too_large = || Error::Network {
        kind: crate::NetworkErrorKind::Other,
        message: format!("the answer is larger than {MAX_BODY_BYTES} bytes"),
    };
    if response
        .content_length()
        .is_some_and(|length| length > MAX_BODY_BYTES as u64)
    {
        return Err(too_large());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| Error::network(&e))? {
        if body.len() + chunk.len() > MAX_BODY_BYTES {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(String::from_utf8_lossy(&body).into_owned())
}

/// Only https leaves this computer; plain http is allowed to loopback (the simulator), and an
/// address with a user name or password in it is refused (it would be sent in the clear).
fn check_base_url(base_url: &Url) -> Result<()> {
    let loopback = match base_url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    if base_url.cannot_be_a_base()
        || !(base_url.scheme() == "https" || (base_url.scheme() == "http" && loopback))
    {
        return Err(Error::InvalidInput(format!(
            "{base_url} cannot be an API base URL: it must start with https://"
        )));
    }
    if !base_url.username().is_empty() || base_url.password().is_some() {
        return Err(Error::InvalidInput(
            "the API base URL must not contain a user name or password".to_owned(),
        ));
    }
    Ok(())
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
