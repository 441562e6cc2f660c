//! `POST /v1/calls`, `GET /v1/calls?page=N` and `GET /v1/calls/{id}`.

use chrono::{DateTime, FixedOffset};
use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::contacts::check_e164;
use crate::{Client, Contact, Error, Result};

/// Awaz sends 20 calls per page; a shorter page is the last one.
pub const CALLS_PER_PAGE: usize = 20;

/// The documented statuses, `scheduled` before the call starts, and whatever else Awaz may send.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
// GetVocal has a `CallStatus` too; the app's TypeScript bindings need one name each (the
// container name never appears in JSON: statuses are plain strings).
#[serde(rename = "AwazCallStatus")]
pub enum CallStatus {
    Scheduled,
    Outcome,
    Pickup,
    Busy,
    Completed,
    Voicemail,
    Failed,
    Canceled,
    /// A status this client does not know yet, kept as Awaz spelled it.
    #[serde(untagged)]
    Other(String),
}

impl CallStatus {
    /// Every documented status, in the collection's order (without `scheduled`).
    pub const DOCUMENTED: [CallStatus; 7] = [
        CallStatus::Outcome,
        CallStatus::Pickup,
        CallStatus::Busy,
        CallStatus::Completed,
        CallStatus::Voicemail,
        CallStatus::Failed,
        CallStatus::Canceled,
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Call {
    pub id: String,
    #[serde(default)]
    pub contact: Contact,
    pub status: CallStatus,
    /// Whatever the agent extracted during the call, as Awaz sent it.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    #[specta(type = std::collections::BTreeMap<String, JsonValue>)]
    pub extracted_variables: Map<String, Value>,
}

/// How a JSON value looks to TypeScript, for `extracted_variables`. `serde_json::Value` itself
/// cannot be exported: its numbers may be 64-bit integers, which TypeScript's `number` would
/// round. Never built; it only describes the type.
#[derive(Serialize, specta::Type)]
#[serde(untagged)]
#[allow(dead_code)]
pub enum JsonValue {
    Null(()),
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<JsonValue>),
    Object(std::collections::BTreeMap<String, JsonValue>),
}

/// The body of `POST /v1/calls`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ScheduleCall {
    /// Agent id.
    pub agent: String,
    /// Contact name.
    pub name: String,
    /// E.164 number to call.
    pub phone: String,
    /// Id of the phone (from `list_phones`) the call is placed from.
    pub from: String,
    /// When to call, sent as ISO 8601 with the offset of the chosen time zone.
    pub datetime: DateTime<FixedOffset>,
}

/// One page of the call log, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CallPage {
    /// 0-based page number.
    pub page: u32,
    pub items: Vec<Call>,
    /// Calls on this page that could not be read and were left out.
    pub skipped: u32,
    /// Fewer than [`CALLS_PER_PAGE`] calls came back: there is no next page.
    pub is_last: bool,
}

impl Client {
    /// Schedules a call; Awaz answers with the new call (status `scheduled`).
    pub async fn schedule_call(&self, call: &ScheduleCall) -> Result<Call> {
        for (field, value) in [
            ("agent", &call.agent),
            ("name", &call.name),
            ("from", &call.from),
        ] {
            if value.trim().is_empty() {
                return Err(Error::InvalidInput(format!("the call needs a {field}")));
            }
        }
        check_e164(&call.phone)?;
        let body = serde_json::to_value(call).map_err(|e| Error::InvalidInput(e.to_string()))?;
        self.write(Method::POST, &["v1", "calls"], &[], body)
            .await?
            .json()
    }

    /// Page `page` (0-based) of the call log.
    pub async fn list_calls(&self, page: u32) -> Result<CallPage> {
        let page_number = page.to_string();
        let listing = self
            .get(&["v1", "calls"], &[("page", &page_number)])
            .await?
            .listing::<Call>()?;
        let received = listing.items.len() + listing.skipped as usize;
        Ok(CallPage {
            page,
            items: listing.items,
            skipped: listing.skipped,
            is_last: received < CALLS_PER_PAGE,
        })
    }

    /// One call with its contact, status and extracted variables.
    pub async fn call(&self, id: &str) -> Result<Call> {
        if id.trim().is_empty() {
            return Err(Error::InvalidInput("a call id is needed".into()));
        }
        self.get(&["v1", "calls", id], &[]).await?.json()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_as_plain_strings() {
        let parsed: Vec<CallStatus> =
            serde_json::from_str(r#"["scheduled", "canceled", "transferred"]"#).unwrap();
        assert_eq!(
            parsed,
            [
                CallStatus::Scheduled,
                CallStatus::Canceled,
                CallStatus::Other("transferred".into())
            ]
        );
        assert_eq!(
            serde_json::to_string(&parsed).unwrap(),
            r#"["scheduled","canceled","transferred"]"#
        );
    }

    #[test]
    fn schedule_body_carries_the_offset() {
        let call = ScheduleCall {
            agent: "a1".into(),
            name: "Ann".into(),
            phone: "+11111111111".into(),
            from: "p1".into(),
            datetime: DateTime::parse_from_rfc3339("2026-11-21T15:00:00+01:00").unwrap(),
        };
        let body = serde_json::to_value(&call).unwrap();
        assert_eq!(body["datetime"], "2026-11-21T15:00:00+01:00");
        assert_eq!(body["from"], "p1");
    }
}
