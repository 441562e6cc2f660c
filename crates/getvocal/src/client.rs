use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderValue, CONTENT_TYPE};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use tokio::sync::watch;
use url::Url;

use crate::error::{Error, Problem, Result};
use crate::session::{
    Credentials, LoginRequest, LoginResponse, TokenPair, TokenSession, API_KEY_HEADER,
    API_KEY_SECRET_HEADER,
};

/// GetVocal's production API, version prefix included.
pub const PRODUCTION_BASE_URL: &str = "https://nexus.production.getvocal.ai/v1";

const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The largest answer read; GetVocal's answers are a few kilobytes.
const MAX_BODY_BYTES: usize = 8 * 1024 * 1024;

/// What error values hold instead of an answer that may carry credentials.
const WITHHELD: &str = "<withheld: may carry credentials>";

/// A gateway's error page need not be kept whole in an error value.
const MAX_RAW_CHARS: usize = 4096;

/// A GetVocal account's connection. Cloning is cheap and clones share the session, so one
/// refresh serves them all.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    transport: Transport,
    auth: Auth,
    tokens: watch::Sender<Option<TokenPair>>,
}

enum Auth {
    Tokens(TokenSession),
    ApiKey { key_id: String, secret: String },
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let auth = match &self.inner.auth {
            Auth::Tokens(_) => "tokens",
            Auth::ApiKey { .. } => "api key",
        };
        f.debug_struct("Client")
            .field("base_url", &self.inner.transport.base.as_str())
            .field("auth", &auth)
            .finish()
    }
}

/// Settings of a [`Client`] other than its credentials.
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    base_url: Url,
    connect_timeout: Duration,
    request_timeout: Duration,
    user_agent: String,
}

impl ClientBuilder {
    /// `base_url` includes the version prefix, e.g. [`PRODUCTION_BASE_URL`].
    pub fn new(base_url: Url) -> ClientBuilder {
        ClientBuilder {
            base_url,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            request_timeout: DEFAULT_REQUEST_TIMEOUT,
            user_agent: format!("Callboard/{}", env!("CARGO_PKG_VERSION")),
        }
    }

    pub fn connect_timeout(mut self, timeout: Duration) -> ClientBuilder {
        self.connect_timeout = timeout;
        self
    }

    /// Limit for a whole exchange, answer body included.
    pub fn request_timeout(mut self, timeout: Duration) -> ClientBuilder {
        self.request_timeout = timeout;
        self
    }

    pub fn user_agent(mut self, user_agent: impl Into<String>) -> ClientBuilder {
        self.user_agent = user_agent.into();
        self
    }

    pub fn build(self, credentials: Credentials) -> Result<Client> {
        let transport = self.transport()?;
        Ok(Client::assemble(transport, credentials))
    }

    /// `POST /auth/login`, then a client signed in with the returned tokens.
    pub async fn login(self, email: &str, password: &str) -> Result<(Client, LoginResponse)> {
        let transport = self.transport()?;
        let body = json_body(&LoginRequest { email, password })?;
        let login: LoginResponse = transport
            .send(
                Method::POST,
                transport.endpoint(&["auth", "login"]),
                Authorization::None,
                Some(body),
                Exchange::Read,
            )
            .await?
            .decode_credentials()?;
        let client = Client::assemble(transport, login.tokens().into());
        Ok((client, login))
    }

    fn transport(self) -> Result<Transport> {
        let base = normalize_base_url(self.base_url)?;
        let http = reqwest::Client::builder()
            .connect_timeout(self.connect_timeout)
            .timeout(self.request_timeout)
            .user_agent(self.user_agent)
            // A redirect would send credentials elsewhere and turn a POST into a GET.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(Error::from_transport)?;
        Ok(Transport { http, base })
    }
}

/// Keeps the path (with a trailing slash, so segments are appended to it) and drops what
/// cannot belong to an API root.
fn normalize_base_url(mut base: Url) -> Result<Url> {
    let loopback = match base.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    let secure = base.scheme() == "https" || (base.scheme() == "http" && loopback);
    if !secure || base.cannot_be_a_base() {
        return Err(Error::InvalidInput(format!(
            "the GetVocal base URL must start with https://, got {base}"
        )));
    }
    if !base.username().is_empty() || base.password().is_some() {
        return Err(Error::InvalidInput(
            "the GetVocal base URL must not contain a user name or password".to_owned(),
        ));
    }
    base.set_query(None);
    base.set_fragment(None);
    if !base.path().ends_with('/') {
        let path = format!("{}/", base.path());
        base.set_path(&path);
    }
    Ok(base)
}

impl Client {
    pub fn builder(base_url: Url) -> ClientBuilder {
        ClientBuilder::new(base_url)
    }

    /// Signs in with email and password (default timeouts).
    pub async fn login(
        base_url: Url,
        email: &str,
        password: &str,
    ) -> Result<(Client, LoginResponse)> {
        ClientBuilder::new(base_url).login(email, password).await
    }

    /// Resumes a session from stored tokens (default timeouts).
    pub fn with_tokens(base_url: Url, tokens: TokenPair) -> Result<Client> {
        ClientBuilder::new(base_url).build(tokens.into())
    }

    /// Signs requests with an API key (default timeouts).
    pub fn with_api_key(
        base_url: Url,
        key_id: impl Into<String>,
        secret: impl Into<String>,
    ) -> Result<Client> {
        ClientBuilder::new(base_url).build(Credentials::ApiKey {
            key_id: key_id.into(),
            secret: secret.into(),
        })
    }

    /// The API root requests are sent under (always ending with '/').
    pub fn base_url(&self) -> &Url {
        &self.inner.transport.base
    }

    /// The current tokens, updated after every refresh so they can be persisted; always `None`
    /// for an API-key client.
    pub fn tokens_watch(&self) -> watch::Receiver<Option<TokenPair>> {
        self.inner.tokens.subscribe()
    }

    fn assemble(transport: Transport, credentials: Credentials) -> Client {
        let (auth, tokens) = match credentials {
            Credentials::Tokens { access, refresh } => {
                let pair = TokenPair { access, refresh };
                (Auth::Tokens(TokenSession::new(pair.clone())), Some(pair))
            }
            Credentials::ApiKey { key_id, secret } => (Auth::ApiKey { key_id, secret }, None),
        };
        Client {
            inner: Arc::new(Inner {
                transport,
                auth,
                tokens: watch::Sender::new(tokens),
            }),
        }
    }

    /// Sends an authenticated request under the API root and decodes its answer.
    pub(crate) async fn request<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &[&str],
        body: Option<Vec<u8>>,
    ) -> Result<T> {
        self.send(method, path, body).await?.decode()
    }

    /// Like [`Client::request`], for answers that carry a secret (kept out of error values).
    pub(crate) async fn request_credentials<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &[&str],
        body: Option<Vec<u8>>,
    ) -> Result<T> {
        match self.send(method, path, body).await {
            Ok(response) => response.decode_credentials(),
            // A lost answer to such a request may have carried the secret: keep it out too.
            Err(Error::OutcomeUnknown {
                status, message, ..
            }) => Err(Error::OutcomeUnknown {
                status,
                message,
                raw: WITHHELD.to_owned(),
            }),
            Err(error) => Err(error),
        }
    }

    async fn send(
        &self,
        method: Method,
        path: &[&str],
        body: Option<Vec<u8>>,
    ) -> Result<RawResponse> {
        let transport = &self.inner.transport;
        let url = transport.endpoint(path);
        match &self.inner.auth {
            Auth::ApiKey { key_id, secret } => {
                let authorization = Authorization::ApiKey { key_id, secret };
                let exchange = Exchange::of(&method);
                transport
                    .send(method, url, authorization, body, exchange)
                    .await
            }
            Auth::Tokens(session) => {
                let mut grant = session.grant()?;
                if grant.refresh_due {
                    self.refresh(session, grant.generation).await?;
                    grant = session.grant()?;
                }
                let bearer = Authorization::Bearer(&grant.token);
                let exchange = Exchange::of(&method);
                let first = transport
                    .send(method.clone(), url.clone(), bearer, body.clone(), exchange)
                    .await?;
                if first.status != StatusCode::UNAUTHORIZED {
                    return Ok(first);
                }
                // A 401 means the request was not processed, so sending it again is safe.
                self.refresh(session, grant.generation).await?;
                let grant = session.grant()?;
                let bearer = Authorization::Bearer(&grant.token);
                transport.send(method, url, bearer, body, exchange).await
            }
        }
    }

    async fn refresh(&self, session: &TokenSession, seen_generation: u64) -> Result<()> {
        if let Some(tokens) = session
            .refresh(&self.inner.transport, seen_generation)
            .await?
        {
            self.inner.tokens.send_replace(Some(tokens));
        }
        Ok(())
    }
}

/// Serializes a request body; our request types always serialize, so a failure is a bad value.
pub(crate) fn json_body(value: &impl Serialize) -> Result<Vec<u8>> {
    serde_json::to_vec(value).map_err(|error| Error::InvalidInput(error.to_string()))
}

/// Refuses an empty id before it turns into a request for a different route.
pub(crate) fn require_id(what: &str, id: &str) -> Result<()> {
    if id.trim().is_empty() {
        return Err(Error::InvalidInput(format!("{what} is empty")));
    }
    Ok(())
}

/// How one HTTP exchange is signed.
pub(crate) enum Authorization<'a> {
    None,
    Bearer(&'a str),
    ApiKey { key_id: &'a str, secret: &'a str },
}

/// HTTP under the API root, without any session logic.
pub(crate) struct Transport {
    http: reqwest::Client,
    base: Url,
}

impl Transport {
    /// The URL of `segments` under the API root; each segment is percent-encoded, so ids
    /// can never change the path.
    pub fn endpoint(&self, segments: &[&str]) -> Url {
        let mut url = self.base.clone();
        url.path_segments_mut()
            .expect("the base URL was checked to be a base when the client was built")
            .pop_if_empty()
            .extend(segments);
        url
    }

    /// One exchange, never retried. This is the one place that knows at which stage a request
    /// failed, so for a [`Exchange::Write`] it says once what the failure means: not sent
    /// (could not connect), refused (4xx), or [`Error::OutcomeUnknown`] (a 5xx, a timeout
    /// while waiting, a cut connection: maybe applied).
    pub async fn send(
        &self,
        method: Method,
        url: Url,
        authorization: Authorization<'_>,
        body: Option<Vec<u8>>,
        exchange: Exchange,
    ) -> Result<RawResponse> {
        let mut request = self.http.request(method, url);
        request = match authorization {
            Authorization::None => request,
            Authorization::Bearer(token) => request.bearer_auth(token),
            Authorization::ApiKey { key_id, secret } => request
                .header(API_KEY_HEADER, sensitive_header(key_id)?)
                .header(API_KEY_SECRET_HEADER, sensitive_header(secret)?),
        };
        if let Some(body) = body {
            request = request.header(CONTENT_TYPE, "application/json").body(body);
        }
        let failed = |error: reqwest::Error, status: Option<u16>| match exchange {
            Exchange::Read => Error::from_transport(error),
            Exchange::Write => Error::from_write_transport(error, status),
        };
        let response = request.send().await.map_err(|error| failed(error, None))?;
        let status = response.status();
        let body = match read_capped(response).await {
            Ok(body) => body,
            // A refusal is a refusal even when its body was lost.
            Err(BodyError::Transport(_))
                if exchange == Exchange::Write && status.is_client_error() =>
            {
                String::new()
            }
            Err(BodyError::Transport(error)) => return Err(failed(error, Some(status.as_u16()))),
            Err(BodyError::TooLarge) => {
                let message = format!("the answer is larger than {MAX_BODY_BYTES} bytes");
                return Err(match exchange {
                    Exchange::Write if !status.is_client_error() => Error::OutcomeUnknown {
                        status: Some(status.as_u16()),
                        message,
                        raw: String::new(),
                    },
                    _ => Error::UnexpectedResponse {
                        status: status.as_u16(),
                        raw: message,
                    },
                });
            }
        };
        if exchange == Exchange::Write && status.is_server_error() {
            let message = Problem::parse(status, &body)
                .map(|problem| problem.message)
                .unwrap_or_else(|| status.canonical_reason().unwrap_or("error").to_owned());
            return Err(Error::OutcomeUnknown {
                status: Some(status.as_u16()),
                message,
                raw: body.chars().take(MAX_RAW_CHARS).collect(),
            });
        }
        Ok(RawResponse { status, body })
    }
}

/// Whether an exchange changes something a person cares about (a lead, a call, a key): a lost
/// answer to a write may mean it was applied. Sign-in exchanges are reads in this sense:
/// doing them twice costs nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exchange {
    Read,
    Write,
}

impl Exchange {
    fn of(method: &Method) -> Exchange {
        if method == Method::GET {
            Exchange::Read
        } else {
            Exchange::Write
        }
    }
}

enum BodyError {
    Transport(reqwest::Error),
    TooLarge,
}

/// Reads an answer's body, refusing one larger than [`MAX_BODY_BYTES`].
async fn read_capped(mut response: reqwest::Response) -> std::result::Result<String, BodyError> {
    if response
        .content_length()
        .is_some_and(|length| length > MAX_BODY_BYTES as u64)
    {
        return Err(BodyError::TooLarge);
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Transport)? {
        if body.len() + chunk.len() > MAX_BODY_BYTES {
            return Err(BodyError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(String::from_utf8_lossy(&body).into_owned())
}

fn sensitive_header(value: &str) -> Result<HeaderValue> {
    let mut header = HeaderValue::from_str(value).map_err(|_| {
        Error::InvalidInput("API key id and secret must be printable ASCII".to_owned())
    })?;
    header.set_sensitive(true);
    Ok(header)
}

/// A complete answer, not yet interpreted.
pub(crate) struct RawResponse {
    pub status: StatusCode,
    body: String,
}

impl RawResponse {
    pub fn decode<T: DeserializeOwned>(self) -> Result<T> {
        self.decode_with(BodyInErrors::Kept)
    }

    /// Decodes the answer to a request or response that carries a password, tokens or a
    /// secret: its body is kept out of error values, so it cannot end up in a log.
    pub fn decode_credentials<T: DeserializeOwned>(self) -> Result<T> {
        self.decode_with(BodyInErrors::Withheld)
    }

    fn decode_with<T: DeserializeOwned>(self, body_in_errors: BodyInErrors) -> Result<T> {
        let status = self.status.as_u16();
        let raw = match body_in_errors {
            BodyInErrors::Kept => self.body.clone(),
            BodyInErrors::Withheld => WITHHELD.to_owned(),
        };
        if self.status.is_success() {
            return serde_json::from_str(&self.body)
                .map_err(|_| Error::UnexpectedResponse { status, raw });
        }
        match Problem::parse(self.status, &self.body) {
            Some(problem) => Err(Error::Api {
                status,
                problem: Problem { raw, ..problem },
            }),
            None => Err(Error::UnexpectedResponse { status, raw }),
        }
    }
}

enum BodyInErrors {
    Kept,
    Withheld,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn transport(base: &str) -> Transport {
        Transport {
            http: reqwest::Client::new(),
            base: normalize_base_url(Url::parse(base).unwrap()).unwrap(),
        }
    }

    #[test]
    fn endpoints_keep_the_version_prefix_with_or_without_trailing_slash() {
        for base in [
            "https://nexus.production.getvocal.ai/v1",
            "https://nexus.production.getvocal.ai/v1/",
        ] {
            assert_eq!(
                transport(base).endpoint(&["auth", "login"]).as_str(),
                "https://nexus.production.getvocal.ai/v1/auth/login"
            );
        }
    }

    #[test]
    fn ids_are_encoded_as_single_segments() {
        let url = transport("http://127.0.0.1:1/v1").endpoint(&["leads", "../x?y", "calls"]);
        assert_eq!(url.as_str(), "http://127.0.0.1:1/v1/leads/..%2Fx%3Fy/calls");
    }

    #[test]
    fn non_http_base_urls_are_refused() {
        let refused = normalize_base_url(Url::parse("mailto:team@getvocal.ai").unwrap());
        assert!(matches!(refused, Err(Error::InvalidInput(_))));
    }
}
