use chrono::{DateTime, Utc};
use reqwest::Method;
use serde::{Deserialize, Serialize};

use crate::client::{json_body, require_id, Client};
use crate::error::Result;

/// A call to place: now (`schedule: None`) or at a UTC instant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct TriggerCall {
    pub persona_id: String,
    pub lead_id: String,
    pub schedule: Option<DateTime<Utc>>,
}

#[derive(Serialize)]
struct TriggerCallBody<'a> {
    persona_id: &'a str,
    lead_id: &'a str,
    /// `null` for now, else UTC epoch seconds as a float (the collection's `1737647801.7174752`).
    schedule_timestamp: Option<f64>,
}

/// GetVocal's record of a triggered call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct TriggeredCall {
    pub id: String,
    pub call_status: CallStatus,
    #[serde(default)]
    pub lead_id: String,
    #[serde(default)]
    pub to_phone_number: Option<String>,
    #[serde(default)]
    pub from_phone_number: Option<String>,
    #[serde(default)]
    pub company_id: Option<String>,
    #[serde(default)]
    pub assistant_id: Option<String>,
    /// When the call will be placed, as GetVocal wrote it (ISO 8601 UTC).
    #[serde(default)]
    pub start_time: Option<String>,
    #[serde(default)]
    pub end_time: Option<String>,
    #[serde(default)]
    pub conv_graph_id: Option<String>,
}

/// Where the call stands. Any other value GetVocal may send is kept as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum CallStatus {
    InQueue,
    Scheduled,
    #[serde(untagged)]
    Other(String),
}

/// Answer of `DELETE /leads/{lead_id}/calls`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct DeletedCalls {
    #[serde(default)]
    pub lead_id: String,
    pub number_of_calls_deleted: u32,
}

impl Client {
    /// `POST /calls/trigger`. Sent exactly once (re-sent only after a 401, which GetVocal
    /// answers without placing anything): a lost answer must not place a second call.
    pub async fn trigger_call(&self, call: &TriggerCall) -> Result<TriggeredCall> {
        require_id("persona id", &call.persona_id)?;
        require_id("lead id", &call.lead_id)?;
        let body = json_body(&TriggerCallBody {
            persona_id: &call.persona_id,
            lead_id: &call.lead_id,
            schedule_timestamp: call.schedule.map(epoch_seconds),
        })?;
        self.request(Method::POST, &["calls", "trigger"], Some(body))
            .await
    }

    /// `DELETE /leads/{lead_id}/calls`: cancels the lead's queued and scheduled calls.
    pub async fn delete_scheduled_calls(&self, lead_id: &str) -> Result<DeletedCalls> {
        require_id("lead id", lead_id)?;
        self.request(Method::DELETE, &["leads", lead_id, "calls"], None)
            .await
    }
}

fn epoch_seconds(instant: DateTime<Utc>) -> f64 {
    instant.timestamp() as f64 + f64::from(instant.timestamp_subsec_micros()) / 1e6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule_is_sent_as_float_epoch_seconds() {
        let instant = DateTime::parse_from_rfc3339("2025-01-23T15:56:41.717475Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(epoch_seconds(instant), 1737647801.717475);
    }

    #[test]
    fn unknown_call_status_is_kept() {
        let status: CallStatus = serde_json::from_str(r#""ringing""#).unwrap();
        assert_eq!(status, CallStatus::Other("ringing".into()));
        let status: CallStatus = serde_json::from_str(r#""in_queue""#).unwrap();
        assert_eq!(status, CallStatus::InQueue);
    }
}
