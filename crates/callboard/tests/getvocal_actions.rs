//! The GetVocal actions against the simulator over loopback HTTP: API keys, leads, calls and
//! cancellations, each refusal on its form field, the two documented call refusals, and the
//! rules that matter most: one intent sends one request, an API secret is never kept, and a
//! lost answer is recorded as unknown.

mod support;

use std::sync::Arc;
use std::time::Duration;

use callboard::getvocal_actions::{self, CallForm, CallWhen, LeadForm, StaticDataRow};
use callboard::when::ScheduleAt;
use callboard::{ActionKind, ActionQuery, ActionState, Callboard, Error, Preferences};
use chrono::{Datelike, Duration as Span, Utc};
use serde_json::{json, Value};
use simulator::{SimConfig, Simulator};

const OUTBOUND_PERSONA: &str = "7a41e9b3-25cd-4f80-b6e2-93c5d10a7f48";
const SEED_KEY: &str = "5c3e2a9d-8f14-4b6e-a7d2-1e0f9c8b7a65";
const CREATE_KEY: &str = "POST /v1/auth/apikeys";
const CREATE_LEADS: &str = "POST /v1/leads";
const TRIGGER: &str = "POST /v1/calls/trigger";

struct Setup {
    sim: Simulator,
    callboard: Arc<Callboard>,
    account_id: String,
    data_dir: tempfile::TempDir,
}

/// Callboard with one GetVocal account signed in by password on a fresh simulator, reading
/// phone numbers as French ones.
async fn setup_with(config: SimConfig) -> Setup {
    setup_waiting(config, None).await
}

/// The same, with GetVocal answers awaited `timeout` instead of the product's 30 s.
async fn setup_waiting(config: SimConfig, timeout: Option<Duration>) -> Setup {
    set_office_hours_clock();
    let sim = Simulator::start(config).await.unwrap();
    let data_dir = tempfile::tempdir().unwrap();
    let mut callboard = support::open(data_dir.path()).await;
    if let Some(timeout) = timeout {
        callboard.set_getvocal_timeout(timeout);
    }
    callboard
        .save_preferences(Preferences {
            default_country: "FR".to_owned(),
            time_zone: Some("Europe/Paris".to_owned()),
            language: None,
        })
        .unwrap();
    let account_id = support::add_getvocal(&callboard, &sim, "Acme – GetVocal").await;
    Setup {
        sim,
        callboard: Arc::new(callboard),
        account_id,
        data_dir,
    }
}

async fn setup() -> Setup {
    setup_with(SimConfig::default()).await
}

/// These tests are about GetVocal, not the French calling hours: Callboard's clock (a developer
/// build's `CALLBOARD_CLOCK`) is set to the next Tuesday, Wednesday or Thursday at 10:00 UTC
/// (French office hours, no movable holiday on those days), so a call "now" to a French number
/// goes now whatever the hour the tests run. The simulator keeps the real clock.
fn set_office_hours_clock() {
    const FIXED_HOLIDAYS: [&str; 8] = [
        "01-01", "05-01", "05-08", "07-14", "08-15", "11-01", "11-11", "12-25",
    ];
    let now = Utc::now();
    let moment = (0..14)
        .filter_map(|days| {
            let day = (now + Span::days(days)).date_naive();
            let weekday = day.weekday().number_from_monday();
            let holiday = FIXED_HOLIDAYS.contains(&day.format("%m-%d").to_string().as_str());
            let at = day.and_hms_opt(10, 0, 0)?.and_utc();
            ((2..=4).contains(&weekday) && !holiday && at > now).then_some(at)
        })
        .next()
        .expect("a working day within two weeks");
    std::env::set_var(callboard::clock::CLOCK_VARIABLE, moment.to_rfc3339());
}

/// Now on Callboard's clock.
fn now() -> chrono::DateTime<Utc> {
    callboard::clock::now()
}

fn key() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn lead_form(phone: &str) -> LeadForm {
    LeadForm {
        phone_number: phone.to_owned(),
        first_name: "Marie".to_owned(),
        last_name: "Dupont".to_owned(),
        ..LeadForm::default()
    }
}

fn call_now(lead_id: &str) -> CallForm {
    CallForm {
        persona_id: OUTBOUND_PERSONA.to_owned(),
        lead_id: lead_id.to_owned(),
        when: CallWhen::Now,
    }
}

/// Tomorrow at 10:00 in Paris: always in the future.
fn tomorrow_morning() -> ScheduleAt {
    ScheduleAt {
        date: (now() + Span::days(1)).format("%Y-%m-%d").to_string(),
        time: "10:00".to_owned(),
        zone: "Europe/Paris".to_owned(),
    }
}

fn field_of(error: &Error) -> Option<String> {
    error.explain().field.map(String::from)
}

impl Setup {
    /// Creates a lead and returns its GetVocal id.
    async fn lead(&self, phone: &str) -> String {
        getvocal_actions::create_lead(&self.callboard, &self.account_id, key(), &lead_form(phone))
            .await
            .unwrap()
            .answer
            .unwrap()
            .id
    }

    fn records(&self, kind: ActionKind) -> Vec<callboard::ActionRecord> {
        self.callboard
            .journal()
            .list(&ActionQuery {
                kinds: vec![kind],
                ..ActionQuery::default()
            })
            .unwrap()
    }
}

#[tokio::test]
async fn api_keys_are_listed_created_once_and_revoked() {
    let setup = setup().await;
    let keys = getvocal_actions::api_keys(&setup.callboard, &setup.account_id)
        .await
        .unwrap();
    assert_eq!(keys.len(), 1);
    assert_eq!(keys[0].uuid_id, SEED_KEY);

    let intent = key();
    let created = getvocal_actions::create_api_key(
        &setup.callboard,
        &setup.account_id,
        intent.clone(),
        " Reporting sheet ",
    )
    .await
    .unwrap();
    assert_eq!(created.record.state, ActionState::Succeeded);
    let created = created.answer.unwrap();
    assert_eq!(created.name, "Reporting sheet");
    let secret = created.secret.clone().expect("the secret is shown once");

    // A double click re-sends the same intent: nothing is sent, the secret is not shown again.
    let repeat = getvocal_actions::create_api_key(
        &setup.callboard,
        &setup.account_id,
        intent,
        "Reporting sheet",
    )
    .await
    .unwrap();
    let repeat = repeat.answer.unwrap();
    assert_eq!(repeat.key_id, created.key_id);
    assert_eq!(repeat.secret, None);
    assert_eq!(setup.sim.requests(CREATE_KEY), 1);

    // The secret is in no journal record, and nowhere in the data folder's files.
    let records = setup.records(ActionKind::GetVocalApiKey);
    assert_eq!(records.len(), 1);
    assert!(!format!("{records:?}").contains(&secret));
    for entry in std::fs::read_dir(setup.data_dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(
            !String::from_utf8_lossy(&bytes).contains(&secret),
            "the secret leaked into a file"
        );
    }

    let revoked = getvocal_actions::revoke_api_key(
        &setup.callboard,
        &setup.account_id,
        key(),
        &created.key_id,
        "Reporting sheet",
    )
    .await
    .unwrap();
    assert!(revoked.answer.unwrap().dt_revoked.is_some());
    let keys = getvocal_actions::api_keys(&setup.callboard, &setup.account_id)
        .await
        .unwrap();
    let listed = keys.iter().find(|k| k.uuid_id == created.key_id).unwrap();
    assert!(listed.dt_revoked.is_some());
    assert_eq!(
        setup.records(ActionKind::GetVocalApiKey)[0].summary,
        "Revoke the API key “Reporting sheet”"
    );
}

#[tokio::test]
async fn a_new_key_can_become_the_accounts_sign_in() {
    let setup = setup().await;
    let created =
        getvocal_actions::create_api_key(&setup.callboard, &setup.account_id, key(), "Callboard")
            .await
            .unwrap()
            .answer
            .unwrap();

    let account = setup
        .callboard
        .use_getvocal_api_key(
            &setup.account_id,
            created.key_id.clone(),
            created.secret.unwrap(),
        )
        .await
        .unwrap();
    assert!(
        account.signed_in_as.starts_with("API key "),
        "{}",
        account.signed_in_as
    );
    // The account now works with the key alone.
    let keys_before = setup
        .sim
        .requests("GET /v1/companies/{company_id}/personas");
    assert_eq!(
        setup
            .callboard
            .personas(&setup.account_id)
            .await
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        setup
            .sim
            .requests("GET /v1/companies/{company_id}/personas"),
        keys_before + 1
    );
}

#[tokio::test]
async fn a_key_needs_a_name() {
    let setup = setup().await;
    let error = getvocal_actions::create_api_key(&setup.callboard, &setup.account_id, key(), "  ")
        .await
        .unwrap_err();
    assert_eq!(field_of(&error).as_deref(), Some("name"));
    assert_eq!(setup.sim.requests(CREATE_KEY), 0);
}

#[tokio::test]
async fn a_lead_is_created_with_every_field_and_remembered_for_pickers() {
    let setup = setup().await;
    let form = LeadForm {
        phone_number: "06 12 34 56 78".to_owned(),
        first_name: "Marie".to_owned(),
        last_name: "Dupont".to_owned(),
        email_address: "marie.dupont@example.fr".to_owned(),
        company_name: "Acme".to_owned(),
        customer_lead_id: "crm-42".to_owned(),
        static_data: vec![StaticDataRow {
            key: "DATE_OF_BIRTH".to_owned(),
            value: "06/04/1998".to_owned(),
        }],
        language: "fr".to_owned(),
    };
    let sent = getvocal_actions::create_lead(&setup.callboard, &setup.account_id, key(), &form)
        .await
        .unwrap();
    let lead = sent.answer.unwrap();
    assert_eq!(lead.status, getvocal::LeadStatus::Created);
    assert_eq!(lead.phone_number, "+33612345678");
    assert_eq!(lead.customer_lead_id.as_deref(), Some("crm-42"));
    assert_eq!(sent.record.subject.as_deref(), Some("+33612345678"));
    assert_eq!(
        sent.record.summary,
        "Create the lead Marie Dupont (+33612345678)"
    );

    let stored = setup.sim.snapshot()["getvocal"]["leads"][0].clone();
    assert_eq!(stored["static_data"]["DATE_OF_BIRTH"], "06/04/1998");
    assert_eq!(stored["language"], "fr");
    assert_eq!(stored["email_address"], "marie.dupont@example.fr");

    // The same reference again: GetVocal keeps the existing lead, listed once for pickers.
    let again = getvocal_actions::create_lead(&setup.callboard, &setup.account_id, key(), &form)
        .await
        .unwrap()
        .answer
        .unwrap();
    assert_eq!(again.status, getvocal::LeadStatus::Existing);
    assert_eq!(again.id, lead.id);
    let known = getvocal_actions::known_leads(&setup.callboard, &setup.account_id).unwrap();
    assert_eq!(known.len(), 1);
    assert_eq!(known[0].id, lead.id);
    assert_eq!(known[0].name, "Marie Dupont");
    assert_eq!(known[0].customer_lead_id.as_deref(), Some("crm-42"));
}

#[tokio::test]
async fn bad_lead_fields_are_refused_on_their_field_before_anything_is_sent() {
    let setup = setup().await;
    let cases = [
        (
            LeadForm {
                phone_number: "12".to_owned(),
                ..LeadForm::default()
            },
            "phone_number",
        ),
        (
            LeadForm {
                email_address: "marie@".to_owned(),
                ..lead_form("+33612345678")
            },
            "email_address",
        ),
        (
            LeadForm {
                language: "Klingon".to_owned(),
                ..lead_form("+33612345678")
            },
            "language",
        ),
        (
            LeadForm {
                static_data: vec![
                    StaticDataRow {
                        key: "CITY".to_owned(),
                        value: "Lyon".to_owned(),
                    },
                    StaticDataRow {
                        key: "CITY".to_owned(),
                        value: "Paris".to_owned(),
                    },
                ],
                ..lead_form("+33612345678")
            },
            "static_data",
        ),
    ];
    for (form, field) in cases {
        let error =
            getvocal_actions::create_lead(&setup.callboard, &setup.account_id, key(), &form)
                .await
                .unwrap_err();
        assert_eq!(field_of(&error).as_deref(), Some(field), "{error:?}");
    }
    assert_eq!(setup.sim.requests(CREATE_LEADS), 0);
    assert!(setup.records(ActionKind::GetVocalLead).is_empty());
}

#[tokio::test]
async fn a_call_now_a_second_one_refused_then_a_scheduled_one_cancelled_with_its_count() {
    let setup = setup().await;
    let lead_id = setup.lead("+33612345678").await;

    let placed = getvocal_actions::place_call(
        &setup.callboard,
        &setup.account_id,
        key(),
        &call_now(&lead_id),
    )
    .await
    .unwrap()
    .answer
    .unwrap();
    assert_eq!(placed.call.call_status, getvocal::CallStatus::InQueue);
    assert_eq!(placed.when, "Now");
    assert_eq!(placed.call.to_phone_number.as_deref(), Some("+33612345678"));

    // A second call while the first one waits: GetVocal's documented refusal, in plain words.
    let error = getvocal_actions::place_call(
        &setup.callboard,
        &setup.account_id,
        key(),
        &call_now(&lead_id),
    )
    .await
    .unwrap_err();
    let explanation = error.explain();
    assert_eq!(explanation.code, "getvocal.already_queued");
    assert_eq!(explanation.title, "This lead already has a call waiting.");
    let calls = setup.records(ActionKind::GetVocalCall);
    assert_eq!(calls[0].state, ActionState::Failed);
    assert_eq!(
        calls[0].error.as_deref(),
        Some("This lead already has a call waiting.")
    );
    assert_eq!(calls[1].summary, "Call Marie Dupont (+33612345678) now");

    let cancelled =
        getvocal_actions::cancel_calls(&setup.callboard, &setup.account_id, key(), &lead_id)
            .await
            .unwrap()
            .answer
            .unwrap();
    assert_eq!(cancelled.cancelled, 1);

    let later = CallForm {
        when: CallWhen::At(tomorrow_morning()),
        ..call_now(&lead_id)
    };
    let scheduled =
        getvocal_actions::place_call(&setup.callboard, &setup.account_id, key(), &later)
            .await
            .unwrap();
    let placed = scheduled.answer.unwrap();
    assert_eq!(placed.call.call_status, getvocal::CallStatus::Scheduled);
    assert!(
        placed.when.contains("10:00 Europe/Paris"),
        "{}",
        placed.when
    );
    assert!(placed.when.contains("UTC"), "{}", placed.when);
    assert!(scheduled
        .record
        .summary
        .starts_with("Call Marie Dupont (+33612345678) on "));
    let sent: Value = serde_json::from_str(&scheduled.record.request).unwrap();
    assert!(sent["schedule"].as_str().unwrap().ends_with("+00:00"));

    let cancelled =
        getvocal_actions::cancel_calls(&setup.callboard, &setup.account_id, key(), &lead_id)
            .await
            .unwrap()
            .answer
            .unwrap();
    assert_eq!(cancelled.cancelled, 1);
    let again =
        getvocal_actions::cancel_calls(&setup.callboard, &setup.account_id, key(), &lead_id)
            .await
            .unwrap()
            .answer
            .unwrap();
    assert_eq!(again.cancelled, 0);
}

#[tokio::test]
async fn a_past_time_is_refused_on_the_date_or_the_time() {
    let setup = setup().await;
    let lead_id = setup.lead("+33612345678").await;
    let at = |date: String, time: &str| CallForm {
        when: CallWhen::At(ScheduleAt {
            date,
            time: time.to_owned(),
            zone: "UTC".to_owned(),
        }),
        ..call_now(&lead_id)
    };
    let yesterday = (now() - Span::days(1)).format("%Y-%m-%d").to_string();
    let error = getvocal_actions::place_call(
        &setup.callboard,
        &setup.account_id,
        key(),
        &at(yesterday, "12:00"),
    )
    .await
    .unwrap_err();
    assert_eq!(field_of(&error).as_deref(), Some("date"));

    // Earlier today (skipped just after midnight UTC, when no earlier time exists).
    let now = now();
    if now.format("%H").to_string() != "00" {
        let today = now.format("%Y-%m-%d").to_string();
        let error = getvocal_actions::place_call(
            &setup.callboard,
            &setup.account_id,
            key(),
            &at(today, "00:00"),
        )
        .await
        .unwrap_err();
        assert_eq!(field_of(&error).as_deref(), Some("time"));
    }
    assert_eq!(setup.sim.requests(TRIGGER), 0);
    assert!(getvocal_actions::describe_schedule(&tomorrow_morning())
        .unwrap()
        .contains("Europe/Paris"));
}

#[tokio::test]
async fn the_call_limit_is_explained() {
    // Fast simulated time: a queued call is over (completed) 120 simulated seconds later.
    let setup = setup_with(SimConfig {
        time_scale: 600.0,
        max_calls_per_lead: 1,
        ..SimConfig::default()
    })
    .await;
    let lead_id = setup.lead("+33612345678").await;
    getvocal_actions::place_call(
        &setup.callboard,
        &setup.account_id,
        key(),
        &call_now(&lead_id),
    )
    .await
    .unwrap();
    tokio::time::sleep(Duration::from_millis(600)).await;

    let error = getvocal_actions::place_call(
        &setup.callboard,
        &setup.account_id,
        key(),
        &call_now(&lead_id),
    )
    .await
    .unwrap_err();
    let explanation = error.explain();
    assert_eq!(explanation.code, "getvocal.call_limit_reached");
    assert!(explanation
        .title
        .starts_with("The call limit for this lead is reached"));
}

#[tokio::test]
async fn a_double_submit_of_one_intent_triggers_one_call() {
    let setup = setup().await;
    let lead_id = setup.lead("+33612345678").await;
    let intent = key();
    let form = call_now(&lead_id);

    let (first, second) = tokio::join!(
        getvocal_actions::place_call(&setup.callboard, &setup.account_id, intent.clone(), &form),
        getvocal_actions::place_call(&setup.callboard, &setup.account_id, intent.clone(), &form),
    );
    let (first, second) = (first.unwrap(), second.unwrap());
    assert_eq!(first.record.id, second.record.id);
    assert_eq!(setup.sim.requests(TRIGGER), 1);

    // Once answered, a repeat shows the same answer without sending.
    let repeat = getvocal_actions::place_call(&setup.callboard, &setup.account_id, intent, &form)
        .await
        .unwrap();
    assert_eq!(repeat.record.state, ActionState::Succeeded);
    assert!(repeat.answer.is_some());
    assert_eq!(setup.sim.requests(TRIGGER), 1);
    assert_eq!(setup.records(ActionKind::GetVocalCall).len(), 1);
}

#[tokio::test]
async fn a_lost_answer_is_recorded_as_unknown_although_the_call_was_placed() {
    let setup = setup().await;
    let lead_id = setup.lead("+33612345678").await;
    // GetVocal places the call, then the connection breaks before the answer arrives.
    setup
        .sim
        .inject(json!({"route": TRIGGER, "drop": true, "process": true, "count": 1}));

    let sent = getvocal_actions::place_call(
        &setup.callboard,
        &setup.account_id,
        key(),
        &call_now(&lead_id),
    )
    .await
    .unwrap();
    assert_eq!(sent.record.state, ActionState::Unknown);
    assert!(sent.answer.is_none());
    assert!(sent.record.error.is_some());
    let placed = setup.sim.snapshot()["getvocal"]["calls"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(
        placed, 1,
        "the call exists although Callboard got no answer"
    );
    assert_eq!(
        setup.records(ActionKind::GetVocalCall)[0].state,
        ActionState::Unknown
    );
}

#[tokio::test]
async fn a_late_answer_is_recorded_as_unknown_and_a_repeat_sends_nothing() {
    let setup = setup_waiting(SimConfig::default(), Some(Duration::from_millis(500))).await;
    let lead_id = setup.lead("+33612345678").await;
    setup
        .sim
        .inject(json!({"route": TRIGGER, "delay_ms": 2_000, "count": 1}));
    let intent = key();

    let sent = getvocal_actions::place_call(
        &setup.callboard,
        &setup.account_id,
        intent.clone(),
        &call_now(&lead_id),
    )
    .await
    .unwrap();
    assert_eq!(sent.record.state, ActionState::Unknown);
    assert_eq!(
        sent.record.error.as_deref(),
        Some("This may have gone through: the answer was lost on the way.")
    );

    let repeat = getvocal_actions::place_call(
        &setup.callboard,
        &setup.account_id,
        intent,
        &call_now(&lead_id),
    )
    .await
    .unwrap();
    assert_eq!(repeat.record.state, ActionState::Unknown);
    assert_eq!(setup.sim.requests(TRIGGER), 1);
}

#[tokio::test]
async fn a_signed_out_account_asks_to_sign_in_again_and_sends_nothing() {
    let setup = setup().await;
    setup.callboard.sign_out(&setup.account_id).unwrap();
    let error = getvocal_actions::create_lead(
        &setup.callboard,
        &setup.account_id,
        key(),
        &lead_form("+33612345678"),
    )
    .await
    .unwrap_err();
    assert_eq!(error.explain().code, "accounts.needs_sign_in");
    assert_eq!(setup.sim.requests(CREATE_LEADS), 0);
}

#[tokio::test]
async fn the_history_filters_by_platform_and_text() {
    let setup = setup().await;
    setup.lead("+33612345678").await;
    let lead_id = setup.lead("+33698765432").await;
    getvocal_actions::place_call(
        &setup.callboard,
        &setup.account_id,
        key(),
        &call_now(&lead_id),
    )
    .await
    .unwrap();

    let list = |platform, text: &str| {
        setup
            .callboard
            .journal()
            .list(&ActionQuery {
                platform,
                text: Some(text.to_owned()),
                ..ActionQuery::default()
            })
            .unwrap()
    };
    let everything = list(Some(callboard::endpoints::Platform::GetVocal), "");
    assert_eq!(everything.len(), 3);
    assert_eq!(everything[0].kind, ActionKind::GetVocalCall);
    assert!(list(Some(callboard::endpoints::Platform::Awaz), "").is_empty());
    assert_eq!(list(None, "98765432").len(), 2, "the lead and its call");
}
