use reqwest::Method;
use serde::{Deserialize, Serialize};

use crate::client::{require_id, Client};
use crate::error::Result;

/// An agent configuration of the company that calls can be placed with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Persona {
    pub id: String,
    #[serde(default)]
    pub name: String,
    /// GetVocal's `type`; `null` in every documented example.
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
}

impl Client {
    /// `GET /companies/{company_id}/personas`
    pub async fn personas(&self, company_id: &str) -> Result<Vec<Persona>> {
        require_id("company id", company_id)?;
        self.request(Method::GET, &["companies", company_id, "personas"], None)
            .await
    }
}
