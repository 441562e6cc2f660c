//! The lists read from the journal: leads with where their calls stand, and calls to come.

use callboard::call_book::{leads_from, upcoming_from, ImportedRow, LeadCalls};
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
    let book = leads_from(&records, &[], t);
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
    let upcoming = upcoming_from(&records, &[], t);
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

fn imported(line: u32, lead_id: &str, name: &str, call_at: Option<DateTime<Utc>>) -> ImportedRow {
    ImportedRow {
        job_id: 3,
        line,
        platform: Platform::GetVocal,
        account_id: "gv".to_owned(),
        account_name: "gv name".to_owned(),
        created_at: (now() - Duration::days(1)).to_rfc3339(),
        name: name.to_owned(),
        phone_number: "+33612345678".to_owned(),
        lead_id: Some(lead_id.to_owned()),
        customer_lead_id: Some(format!("ref-{line}")),
        agent_id: Some("p-2".to_owned()),
        call_at,
    }
}

#[test]
fn imported_leads_are_listed_with_their_calls_and_the_callee_zone() {
    let t = now();
    let records = vec![
        cancel(5, "cancelled-import", t - Duration::hours(1)),
        // A later call from the form wins over the import's.
        call(
            4,
            "recalled",
            t - Duration::hours(2),
            Some(t + Duration::days(3)),
        ),
        lead(1, "form", "Fiona", t - Duration::days(4)),
    ];
    let rows = vec![
        imported(2, "waiting-import", "Ivan", Some(t + Duration::hours(3))),
        imported(3, "no-call", "Nina", None),
        imported(4, "cancelled-import", "Cleo", Some(t + Duration::hours(4))),
        imported(5, "recalled", "Rita", Some(t - Duration::hours(20))),
        // Also created from the form: listed once.
        imported(6, "form", "Fiona", None),
    ];
    let book = leads_from(&records, &rows, t);
    assert_eq!(book.len(), 5, "{book:#?}");
    let entry = |id: &str| book.iter().find(|entry| entry.lead_id == id).unwrap();
    assert!(entry("waiting-import").imported);
    assert!(!entry("form").imported);
    assert_eq!(entry("waiting-import").calls, LeadCalls::Waiting);
    assert_eq!(
        entry("waiting-import").last_call_key.as_deref(),
        Some("bulk:3:2:call")
    );
    assert_eq!(entry("no-call").calls, LeadCalls::NoCall);
    assert_eq!(entry("cancelled-import").calls, LeadCalls::Cancelled);
    assert_eq!(entry("recalled").calls, LeadCalls::Waiting);
    assert_eq!(
        entry("recalled").last_call_key.as_deref(),
        Some("journal:4")
    );
    assert_eq!(entry("recalled").customer_lead_id.as_deref(), Some("ref-5"));
    assert_eq!(
        entry("no-call").callee_zones,
        vec!["Europe/Paris".to_owned()]
    );
    // Newest first: the import (yesterday) before the form's lead (four days ago).
    assert_eq!(book.last().unwrap().lead_id, "form");

    let upcoming = upcoming_from(&records, &rows, t);
    let keys: Vec<&str> = upcoming.iter().map(|call| call.key.as_str()).collect();
    assert_eq!(keys, vec!["bulk:3:2:call", "journal:4"]);
    assert_eq!(upcoming[0].who, "Ivan");
    assert_eq!(upcoming[0].agent_id, "p-2");
    assert_eq!(upcoming[0].lead_id.as_deref(), Some("waiting-import"));
    assert_eq!(upcoming[0].callee_zones, vec!["Europe/Paris".to_owned()]);
}
