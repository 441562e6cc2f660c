//! `GET`, `POST` and `DELETE /v1/hooks/calls`: webhook subscriptions for call status changes.

use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::json;
use url::Url;

use crate::{CallStatus, Client, Error, Listing, Result};

/// A webhook: Awaz posts the call to `hook_url` when a call of one of `agents` (empty: all)
/// reaches one of `status` (empty: all).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct HookSubscription {
    pub hook_url: String,
    #[serde(default)]
    pub agents: Vec<String>,
    #[serde(default)]
    pub status: Vec<CallStatus>,
}

#[derive(Deserialize)]
struct Deleted {
    deleted: u32,
}

impl Client {
    pub async fn list_hooks(&self) -> Result<Listing<HookSubscription>> {
        self.get(&["v1", "hooks", "calls"], &[]).await?.listing()
    }

    pub async fn subscribe_hook(
        &self,
        subscription: &HookSubscription,
    ) -> Result<HookSubscription> {
        check_hook_url(&subscription.hook_url)?;
        let body =
            serde_json::to_value(subscription).map_err(|e| Error::InvalidInput(e.to_string()))?;
        self.write(Method::POST, &["v1", "hooks", "calls"], &[], body)
            .await?
            .json()
    }

    /// Deletes the subscriptions of `hook_url`; returns how many were deleted. The URL goes both
    /// in `?hookUrl=` (as the collection's URL shows) and in the documented body.
    pub async fn delete_hook(&self, hook_url: &str) -> Result<u32> {
        check_hook_url(hook_url)?;
        let body = json!({ "hookUrl": hook_url, "agents": [], "status": [] });
        let answer = self
            .write(
                Method::DELETE,
                &["v1", "hooks", "calls"],
                &[("hookUrl", hook_url)],
                body,
            )
            .await?;
        Ok(answer.json::<Deleted>()?.deleted)
    }
}

fn check_hook_url(hook_url: &str) -> Result<()> {
    match Url::parse(hook_url) {
        Ok(url) if matches!(url.scheme(), "https" | "http") => Ok(()),
        _ => Err(Error::InvalidInput(format!(
            "{hook_url:?} is not a web address like https://example.com/hook"
        ))),
    }
}
