use std::fmt;

use reqwest::Method;
use serde::{Deserialize, Serialize};

use crate::client::{json_body, require_id, Client};
use crate::error::{Error, Result};

/// An API key of the signed-in user, as listed (never with its secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ApiKey {
    pub uuid_id: String,
    #[serde(default)]
    pub name: String,
    /// ISO 8601 timestamp, kept as GetVocal wrote it.
    #[serde(default)]
    pub dt_created: String,
    /// ISO 8601 timestamp; `None` while the key is active.
    #[serde(default)]
    pub dt_revoked: Option<String>,
}

/// A freshly created API key: the only time its secret is ever available.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct NewApiKey {
    pub secret: String,
    pub name: String,
    pub key_id: String,
}

impl fmt::Debug for NewApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NewApiKey")
            .field("secret", &"<redacted>")
            .field("name", &self.name)
            .field("key_id", &self.key_id)
            .finish()
    }
}

#[derive(Serialize)]
struct CreateApiKey<'a> {
    name: &'a str,
}

/// The revoke route documents an array; a bare object is accepted too.
#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany<T> {
    Many(Vec<T>),
    One(T),
}

impl Client {
    /// `GET /auth/apikeys/mine`
    pub async fn list_api_keys(&self) -> Result<Vec<ApiKey>> {
        self.request(Method::GET, &["auth", "apikeys", "mine"], None)
            .await
    }

    /// `POST /auth/apikeys`
    pub async fn create_api_key(&self, name: &str) -> Result<NewApiKey> {
        let body = json_body(&CreateApiKey { name })?;
        self.request_credentials(Method::POST, &["auth", "apikeys"], Some(body))
            .await
    }

    /// `POST /auth/apikeys/{key_id}/revoke`; returns the key with its revocation time.
    pub async fn revoke_api_key(&self, key_id: &str) -> Result<ApiKey> {
        require_id("API key id", key_id)?;
        let answer: OneOrMany<ApiKey> = self
            .request(Method::POST, &["auth", "apikeys", key_id, "revoke"], None)
            .await?;
        let keys = match answer {
            OneOrMany::Many(keys) => keys,
            OneOrMany::One(key) => vec![key],
        };
        keys.into_iter()
            .find(|key| key.uuid_id == key_id)
            .ok_or_else(|| Error::UnexpectedResponse {
                status: 200,
                raw: format!("the revoke answer does not list the key {key_id}"),
            })
    }
}
