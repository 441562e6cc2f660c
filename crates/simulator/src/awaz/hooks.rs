//! Webhook subscriptions for call status changes, and their delivery.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Map, Value};

use super::{json_object, required_string};
use crate::error::ApiError;
use crate::state::{AwazCall, Hook};
use crate::AppState;

/// The documented statuses a subscription may filter on.
pub(crate) const STATUSES: [&str; 7] = [
    "outcome",
    "pickup",
    "busy",
    "completed",
    "voicemail",
    "failed",
    "canceled",
];

/// One webhook POST to make.
#[derive(Debug)]
pub(crate) struct Delivery {
    pub url: String,
    pub call: Value,
}

impl Hook {
    /// Empty `agents` or `status` lists match everything.
    fn wants(&self, call: &AwazCall) -> bool {
        (self.agents.is_empty() || self.agents.contains(&call.agent))
            && (self.status.is_empty() || self.status.contains(&call.status))
    }
}

/// The deliveries due for a call that just reached its current status.
pub(crate) fn deliveries_for(hooks: &[Hook], call: &AwazCall) -> Vec<Delivery> {
    hooks
        .iter()
        .filter(|hook| hook.wants(call))
        .map(|hook| Delivery {
            url: hook.hook_url.clone(),
            call: call.public(),
        })
        .collect()
}

/// Only loopback receivers get webhooks: the simulator never sends traffic off the machine.
fn is_loopback(url: &str) -> bool {
    let Ok(url) = reqwest::Url::parse(url) else {
        return false;
    };
    match url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// POSTs the calls to their subscribers one after another, so each receiver sees a call's
/// statuses in order; outcomes are only counted.
pub(crate) async fn deliver(sim: AppState, deliveries: Vec<Delivery>) {
    for delivery in deliveries {
        let delivered = is_loopback(&delivery.url) && {
            let sent = sim
                .http
                .post(&delivery.url)
                .json(&delivery.call)
                .send()
                .await;
            sent.is_ok_and(|response| response.status().is_success())
        };
        let mut state = sim.state();
        if delivered {
            state.webhooks.delivered += 1;
        } else {
            state.webhooks.failed += 1;
        }
    }
}

pub(crate) async fn list(State(sim): State<AppState>) -> Json<Value> {
    Json(json!({ "items": sim.state().awaz.hooks }))
}

fn string_list(object: &Map<String, Value>, field: &str) -> Result<Vec<String>, ApiError> {
    let invalid = || {
        ApiError::awaz(
            StatusCode::BAD_REQUEST,
            format!("{field} must be an array of strings"),
        )
    };
    match object.get(field) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| item.as_str().map(str::to_string).ok_or_else(invalid))
            .collect(),
        Some(_) => Err(invalid()),
    }
}

pub(crate) async fn subscribe(
    State(sim): State<AppState>,
    body: Bytes,
) -> Result<(StatusCode, Json<Hook>), ApiError> {
    let object = json_object(&body)?;
    let hook_url = required_string(&object, "hookUrl")?;
    if !(hook_url.starts_with("http://") || hook_url.starts_with("https://")) {
        return Err(ApiError::awaz(
            StatusCode::BAD_REQUEST,
            "hookUrl must be an http(s) URL",
        ));
    }
    let agents = string_list(&object, "agents")?;
    let status = string_list(&object, "status")?;
    if let Some(unknown) = status
        .iter()
        .find(|status| !STATUSES.contains(&status.as_str()))
    {
        return Err(ApiError::awaz(
            StatusCode::BAD_REQUEST,
            format!("status contains an unknown value: {unknown}"),
        ));
    }
    let mut state = sim.state();
    if let Some(unknown) = agents
        .iter()
        .find(|agent| !state.awaz.agents.iter().any(|known| &known.id == *agent))
    {
        return Err(ApiError::awaz(
            StatusCode::BAD_REQUEST,
            format!("agents contains an unknown agent: {unknown}"),
        ));
    }
    let hook = Hook {
        hook_url,
        agents,
        status,
    };
    // Subscribing the same URL again replaces its filters.
    let hooks = &mut state.awaz.hooks;
    hooks.retain(|existing| existing.hook_url != hook.hook_url);
    hooks.push(hook.clone());
    Ok((StatusCode::CREATED, Json(hook)))
}

/// Deletes every subscription with the `hookUrl` of the query (or, failing that, of the body).
pub(crate) async fn unsubscribe(
    State(sim): State<AppState>,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let from_query = query
        .ok()
        .and_then(|Query(mut query)| query.remove("hookUrl"));
    let hook_url = match from_query {
        Some(url) => url,
        None if body.is_empty() => {
            return Err(ApiError::awaz(
                StatusCode::BAD_REQUEST,
                "hookUrl is required",
            ))
        }
        None => required_string(&json_object(&body)?, "hookUrl")?,
    };
    let mut state = sim.state();
    let hooks = &mut state.awaz.hooks;
    let before = hooks.len();
    hooks.retain(|hook| hook.hook_url != hook_url);
    match before - hooks.len() {
        0 => Err(ApiError::awaz(
            StatusCode::NOT_FOUND,
            "Subscription not found",
        )),
        deleted => Ok(Json(json!({ "deleted": deleted }))),
    }
}
