//! The lists read from the journal: leads with where their calls stand, and calls to come.

use callboard::call_book::{leads_from, upcoming_from, LeadCalls};
use callboard::endpoints::Platform;
use callboard::{ActionKind, ActionRecord, ActionState};
use chrono::{DateTime, Duration, Utc};
use serde_json::json;

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-24T12:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn record(
    id: i64,
    kind: ActionKind,
    account: &str,
    at: DateTime<Utc>,
    request: serde_json::Value,
    response: Option<serde_json::Value>,
) -> ActionRecord {
    ActionRecord {
        id,
        action_key: format!("key-{id}"),
        kind,
        platform: kind.platform(),
        account_id: account.to_owned(),
        account_name: format!("{account} name"),
        summary: String::new(),
        subject: None,
        request: request.to_string(),
        state: if response.is_some() {
            ActionState::Succeeded
        } else {
            ActionState::Failed
        },
        response: response.map(|answer| answer.to_string()),
        error: None,
        created_at: at.to_rfc3339(),
        finished_at: None,
    }
}

fn lead(id: i64, lead_id: &str, name: &str, at: DateTime<Utc>) -> ActionRecord {
    record(
        id,
        ActionKind::GetVocalLead,
        "gv",
        at,
        json!({}),
        Some(json!({
            "id": lead_id, "customer_lead_id": null, "status": "CREATED", "name": name, "phone_number": "+33612345678"
        })),
    )
}

fn call(id: i64, lead_id: &str, sent: DateTime<Utc>, start: Option<DateTime<Utc>>) -> ActionRecord {
    record(
        id,
        ActionKind::GetVocalCall,
        "gv",
        sent,
        json!({ "persona_id": "p-1", "lead_id": lead_id }),
        Some(json!({
            "when": "Now",
            "call": { "id": format!("call-{id}"), "call_status": "scheduled", "lead_id": lead_id,
                      "to_phone_number": "+33612345678", "start_time": start.map(|at| at.to_rfc3339()) }
        })),
    )
}

fn cancel(id: i64, lead_id: &str, at: DateTime<Utc>) -> ActionRecord {
    record(
        id,
        ActionKind::GetVocalCancelCalls,
        "gv",
        at,
        json!({ "lead_id": lead_id }),
        Some(json!({ "lead_id": lead_id, "cancelled": 1 })),
    )
}

#[test]
fn each_lead_says_where_its_last_call_stands() {
    let t = now();
    // Newest first, as the journal lists them.
    let records = vec![
        cancel(9, "cancelled", t - Duration::hours(1)),
        call(
            8,
            "cancelled",
            t - Duration::hours(2),
            Some(t + Duration::days(1)),
        ),
        call(
            7,
            "waiting",
            t - Duration::hours(3),
            Some(t + Duration::days(2)),
        ),
        call(
            6,
            "called",
            t - Duration::days(2),
            Some(t - Duration::days(1)),
        ),
        lead(4, "cancelled", "Cara", t - Duration::days(3)),
        lead(3, "waiting", "Wendy", t - Duration::days(3)),
        lead(2, "called", "Colin", t - Duration::days(3)),
        lead(1, "fresh", "Fred", t - Duration::days(4)),
    ];
    let book = leads_from(&records, t);
    let state = |id: &str| book.iter().find(|entry| entry.lead_id == id).unwrap().calls;
    assert_eq!(book.len(), 4);
    assert_eq!(state("fresh"), LeadCalls::NoCall);
    assert_eq!(state("called"), LeadCalls::Called);
    assert_eq!(state("waiting"), LeadCalls::Waiting);
    assert_eq!(state("cancelled"), LeadCalls::Cancelled);
    let waiting = book
        .iter()
        .find(|entry| entry.lead_id == "waiting")
        .unwrap();
    assert_eq!(
        waiting.last_call.as_deref(),
        Some((t + Duration::days(2)).to_rfc3339().as_str())
    );
}

#[test]
fn upcoming_lists_both_platforms_soonest_first_without_past_or_cancelled_calls() {
    let t = now();
    let awaz = |id: i64, at: DateTime<Utc>| {
        record(
            id,
            ActionKind::AwazCall,
            "az",
            t - Duration::hours(5),
            json!({
                "agent": "agent-1", "name": "Ann Lee", "phone": "+447700900123", "from": "ph-1",
                "datetime": at.with_timezone(&chrono::FixedOffset::east_opt(3600).unwrap()).to_rfc3339()
            }),
            Some(json!({ "id": format!("c-{id}"), "status": "scheduled" })),
        )
    };
    let records = vec![
        awaz(12, t + Duration::hours(5)),
        awaz(11, t - Duration::hours(1)),
        cancel(10, "cancelled", t - Duration::hours(1)),
        call(
            9,
            "cancelled",
            t - Duration::hours(2),
            Some(t + Duration::hours(1)),
        ),
        call(
            8,
            "soon",
            t - Duration::hours(2),
            Some(t + Duration::hours(2)),
        ),
        call(
            7,
            "past",
            t - Duration::days(2),
            Some(t - Duration::days(1)),
        ),
        lead(2, "soon", "Sam Soon", t - Duration::days(3)),
    ];
    let upcoming = upcoming_from(&records, t);
    let who: Vec<(&str, Platform)> = upcoming
        .iter()
        .map(|call| (call.who.as_str(), call.platform))
        .collect();
    assert_eq!(
        who,
        vec![
            ("Sam Soon", Platform::GetVocal),
            ("Ann Lee", Platform::Awaz)
        ]
    );
    assert_eq!(upcoming[0].lead_id.as_deref(), Some("soon"));
    assert_eq!(upcoming[0].agent_id, "p-1");
    assert_eq!(
        upcoming[1].lead_id, None,
        "Awaz has no way to cancel a call"
    );
    assert_eq!(upcoming[1].agent_id, "agent-1");
}
