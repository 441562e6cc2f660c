//! Everything the simulator remembers, and the demo seed it starts from.

use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

use chrono::{DateTime, Utc};
use rand::distr::{Alphanumeric, SampleString};
use rand::Rng;
use serde::Serialize;
use serde_json::{json, Value};

use crate::clock::iso;
use crate::faults::Fault;
use crate::seed;

/// The whole mutable state; `/_sim/reset` replaces it with a fresh seed.
#[derive(Debug, Serialize)]
pub(crate) struct State {
    /// Requests served per "METHOD /route/template".
    pub requests: BTreeMap<String, u64>,
    /// Awaz client workspaces, by email.
    pub workspaces: BTreeMap<String, Workspace>,
    pub getvocal: GetVocalState,
    pub awaz: AwazState,
    pub webhooks: WebhookStats,
    pub faults: Vec<Fault>,
    #[serde(skip)]
    pub tokens: HashMap<String, IssuedToken>,
    #[serde(skip)]
    pub rate_windows: HashMap<String, RateWindow>,
}

#[derive(Debug, Serialize)]
pub(crate) struct GetVocalState {
    pub user: User,
    pub personas: Vec<Persona>,
    pub api_keys: Vec<ApiKey>,
    pub leads: Vec<Lead>,
    pub calls: Vec<GetVocalCall>,
}

#[derive(Debug, Serialize)]
pub(crate) struct User {
    pub user_id: u64,
    pub email: String,
    pub password: String,
    pub company_id: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct Persona {
    pub id: String,
    pub name: String,
    pub r#type: Option<String>,
    pub assistant_id: String,
    pub conv_graph_id: String,
    pub from_phone_number: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ApiKey {
    pub uuid_id: String,
    pub name: String,
    pub secret: String,
    pub dt_created: String,
    pub dt_revoked: Option<String>,
}

impl ApiKey {
    /// The listing shape, which never includes the secret.
    pub fn public(&self) -> Value {
        json!({
            "uuid_id": self.uuid_id,
            "name": self.name,
            "dt_created": self.dt_created,
            "dt_revoked": self.dt_revoked,
        })
    }
}

#[derive(Debug, Serialize)]
pub(crate) struct Lead {
    pub id: String,
    pub name: String,
    pub phone_number: String,
    pub email_address: Option<String>,
    pub company_name: Option<String>,
    pub customer_lead_id: Option<String>,
    pub static_data: Value,
    pub language: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum GetVocalCallStatus {
    Scheduled,
    InQueue,
    Completed,
}

#[derive(Debug, Serialize)]
pub(crate) struct GetVocalCall {
    pub id: String,
    pub lead_id: String,
    pub persona_id: String,
    pub call_status: GetVocalCallStatus,
    pub start_time: DateTime<Utc>,
    pub end_time: Option<DateTime<Utc>>,
}

impl GetVocalCall {
    pub fn is_pending(&self) -> bool {
        self.call_status != GetVocalCallStatus::Completed
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    Access,
    Refresh,
}

#[derive(Debug)]
pub(crate) struct IssuedToken {
    pub kind: TokenKind,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Serialize)]
pub(crate) struct AwazState {
    pub api_keys: Vec<String>,
    pub agents: Vec<Named>,
    pub phones: Vec<Phone>,
    pub contact_lists: Vec<ContactList>,
    pub contacts: Vec<Contact>,
    /// Oldest first; the API lists them newest first.
    pub calls: Vec<AwazCall>,
    pub hooks: Vec<Hook>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Named {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Phone {
    pub id: String,
    pub number: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ContactList {
    pub id: String,
    pub name: String,
    pub size: u32,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Contact {
    pub id: String,
    pub name: String,
    pub phone: String,
    pub email: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct AwazCall {
    pub id: String,
    pub contact: Contact,
    pub status: String,
    pub extracted_variables: Value,
    pub agent: String,
    pub from: String,
    /// When the call is (or was) placed.
    pub starts_at: DateTime<Utc>,
    /// When the current status was reached.
    pub status_since: DateTime<Utc>,
}

impl AwazCall {
    /// The API shape, exactly the fields of the collection's List Calls example.
    pub fn public(&self) -> Value {
        json!({
            "id": self.id,
            "contact": self.contact,
            "status": self.status,
            "extracted_variables": self.extracted_variables,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Hook {
    #[serde(rename = "hookUrl")]
    pub hook_url: String,
    pub agents: Vec<String>,
    pub status: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Workspace {
    pub id: String,
    pub email: String,
    pub credits: f64,
    pub minutes: f64,
}

#[derive(Debug, Default, Serialize)]
pub(crate) struct WebhookStats {
    pub delivered: u64,
    pub failed: u64,
}

/// A fixed rate-limit window that opened at `opened` (real time).
#[derive(Debug)]
pub(crate) struct RateWindow {
    pub opened: Instant,
    pub resets_at_epoch: i64,
    pub used: u32,
}

/// Awaz-style id: 24 lowercase hex digits.
pub(crate) fn hex_id() -> String {
    let bytes: [u8; 12] = rand::rng().random();
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// GetVocal lead id like `sjxwfMNBdVFrHRXn5If2_adad130335`.
pub(crate) fn lead_id() -> String {
    let mut rng = rand::rng();
    let prefix = Alphanumeric.sample_string(&mut rng, 20);
    let suffix: u64 = rng.random_range(0..=0xf_ffff_ffff);
    format!("{prefix}_{suffix:09x}")
}

/// API-key secret: 32 lowercase hex digits.
pub(crate) fn secret() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

impl State {
    pub fn seeded(now: DateTime<Utc>) -> Self {
        Self {
            requests: BTreeMap::new(),
            workspaces: seed_workspaces(),
            getvocal: seed_getvocal(now),
            awaz: seed_awaz(now),
            webhooks: WebhookStats::default(),
            faults: Vec::new(),
            tokens: HashMap::new(),
            rate_windows: HashMap::new(),
        }
    }
}

fn seed_getvocal(now: DateTime<Utc>) -> GetVocalState {
    let persona = |id: &str, name: &str, assistant: &str, graph: &str| Persona {
        id: id.into(),
        name: name.into(),
        r#type: None,
        assistant_id: assistant.into(),
        conv_graph_id: graph.into(),
        from_phone_number: "+33180000000".into(),
    };
    GetVocalState {
        user: User {
            user_id: 1,
            email: seed::GETVOCAL_EMAIL.into(),
            password: seed::GETVOCAL_PASSWORD.into(),
            company_id: seed::GETVOCAL_COMPANY_ID.into(),
        },
        personas: vec![
            persona(
                "2f8d0c4e-6b1a-4c39-9e57-0d3a8b6f1c21",
                "Inbound Lead Qualification",
                "asst_inbound_01",
                "graph_inbound_01",
            ),
            persona(
                "7a41e9b3-25cd-4f80-b6e2-93c5d10a7f48",
                "Outbound Lead Qualification",
                "asst_outbound_01",
                "graph_outbound_01",
            ),
        ],
        api_keys: vec![ApiKey {
            uuid_id: "5c3e2a9d-8f14-4b6e-a7d2-1e0f9c8b7a65".into(),
            name: "Seed key".into(),
            secret: secret(),
            dt_created: iso(now - chrono::Duration::days(30)),
            dt_revoked: None,
        }],
        leads: Vec::new(),
        calls: Vec::new(),
    }
}

fn seed_awaz(now: DateTime<Utc>) -> AwazState {
    let agents = vec![
        Named {
            id: "65ff9abe3fdcbe533d3be143".into(),
            name: "Reception assistant".into(),
        },
        Named {
            id: "65ff9abe3fdcbe533d3be144".into(),
            name: "Appointment reminder".into(),
        },
    ];
    let phones = vec![
        Phone {
            id: "661d7fb88bcadcf1d86fd8b0".into(),
            number: "+12025550101".into(),
        },
        Phone {
            id: "66247463179840c558c9dd93".into(),
            number: "+12025550102".into(),
        },
    ];
    let contact = |id: &str, name: &str, phone: &str, email: &str| Contact {
        id: id.into(),
        name: name.into(),
        phone: phone.into(),
        email: email.into(),
    };
    let contacts = vec![
        contact(
            "6625bd4a871629827802ec01",
            "Olivia Bennett",
            "+12025550143",
            "olivia.bennett@example.org",
        ),
        contact(
            "6625bd4a871629827802ec02",
            "Marcus Lee",
            "+12025550174",
            "marcus.lee@example.org",
        ),
        contact(
            "6625bd4a871629827802ec03",
            "Priya Shah",
            "+12025550112",
            "priya.shah@example.org",
        ),
        contact(
            "6625bd4a871629827802ec04",
            "Daniel Ortiz",
            "+12025550126",
            "daniel.ortiz@example.org",
        ),
        contact(
            "6625bd4a871629827802ec05",
            "Hannah Kim",
            "+12025550135",
            "hannah.kim@example.org",
        ),
        contact(
            "6625bd4a871629827802ec06",
            "Lucas Moreau",
            "+12025550160",
            "lucas.moreau@example.org",
        ),
    ];
    let past: [(&str, &str, Value); 6] = [
        (
            "674b1c995e504fadc9b6fa01",
            "outcome",
            json!({"appointment_date": "2026-11-03", "interested": true}),
        ),
        (
            "674b1c995e504fadc9b6fa02",
            "outcome",
            json!({"appointment_date": null, "interested": false, "callback_requested": true}),
        ),
        ("674b1c995e504fadc9b6fa03", "busy", json!({})),
        ("674b1c995e504fadc9b6fa04", "voicemail", json!({})),
        ("674b1c995e504fadc9b6fa05", "failed", json!({})),
        ("674b1c995e504fadc9b6fa06", "canceled", json!({})),
    ];
    let past_count = past.len();
    let calls = past
        .into_iter()
        .zip(&contacts)
        .enumerate()
        .map(|(index, ((id, status, variables), contact))| {
            let days_ago = (past_count - index) as i64;
            let starts_at = now - chrono::Duration::days(days_ago);
            AwazCall {
                id: id.into(),
                contact: contact.clone(),
                status: status.into(),
                extracted_variables: variables,
                agent: agents[index % agents.len()].id.clone(),
                from: phones[0].id.clone(),
                starts_at,
                status_since: starts_at,
            }
        })
        .collect();
    AwazState {
        api_keys: vec![seed::AWAZ_API_KEY.into()],
        contact_lists: vec![ContactList {
            id: "6630a1f2c4b5d6e7f8091a2b".into(),
            name: "Spring campaign".into(),
            size: 3,
        }],
        agents,
        phones,
        contacts,
        calls,
        hooks: Vec::new(),
    }
}

fn seed_workspaces() -> BTreeMap<String, Workspace> {
    let [north, south] = seed::AWAZ_WORKSPACES;
    [
        ("67a0c1d2e3f4a5b6c7d8e901", north, 120.0, 300.0),
        ("67a0c1d2e3f4a5b6c7d8e902", south, 40.0, 90.0),
        (
            "67a0c1d2e3f4a5b6c7d8e903",
            seed::AWAZ_THIRD_WORKSPACE,
            15.0,
            60.0,
        ),
    ]
    .into_iter()
    .map(|(id, email, credits, minutes)| {
        let workspace = Workspace {
            id: id.into(),
            email: email.into(),
            credits,
            minutes,
        };
        (email.to_string(), workspace)
    })
    .collect()
}
