//! The Awaz actions against the simulator over loopback HTTP: the directory, contacts,
//! scheduling, the call log, webhooks and top-ups, each refusal on its form field, and the
//! rule that matters most: a top-up is applied at most once, whatever the network does.

mod support;

use std::sync::Arc;
use std::time::Duration;

use awaz::{CallStatus, TopUpKind};
use callboard::awaz_actions::{self, AwazCallForm, ContactForm, HookForm, TopUpForm};
use callboard::getvocal_actions::CallWhen;
use callboard::when::ScheduleAt;
use callboard::{
    Account, AccountKind, ActionKind, ActionQuery, ActionState, Callboard, Error, MemorySecrets,
    MemorySettings, OpenOptions, SecretKind, SecretStore, Settings, SettingsStore,
};
use chrono::{Duration as Days, Utc};
use serde_json::{json, Value};
use simulator::{SimConfig, Simulator};

const NORTH: &str = "north-clinic@callboard.test";
use support::{FIRST_PHONE, RECEPTION_AGENT};
const TOP_UP_ROUTE: &str = "POST /v1/companies/add/credits";

struct Setup {
    sim: Simulator,
    callboard: Arc<Callboard>,
    account_id: String,
    /// The key each named intent was confirmed with (one review per intent).
    confirmed: std::sync::Mutex<std::collections::HashMap<String, String>>,
    _data_dir: tempfile::TempDir,
}

/// Callboard with one Awaz account on a fresh simulator; `options` tunes its Awaz client.
async fn setup_with(options: awaz::ClientOptions) -> Setup {
    setup_on(options, Arc::new(MemorySettings::new())).await
}

/// [`setup_with`], keeping the settings in `settings`.
async fn setup_on(options: awaz::ClientOptions, settings: Arc<dyn SettingsStore>) -> Setup {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let data_dir = tempfile::tempdir().unwrap();
    let mut callboard = support::open_with_settings(data_dir.path(), settings).await;
    callboard.set_awaz_options(options);
    let account_id = support::add_awaz(&callboard, &sim, "Clinics – Awaz").await;
    Setup {
        sim,
        callboard: Arc::new(callboard),
        account_id,
        confirmed: Default::default(),
        _data_dir: data_dir,
    }
}

fn top_up_form(workspace: &str, kind: TopUpKind, amount: &str) -> TopUpForm {
    TopUpForm {
        workspace: workspace.to_owned(),
        kind,
        amount: amount.to_owned(),
    }
}

async fn setup() -> Setup {
    setup_with(awaz::ClientOptions::default()).await
}

impl Setup {
    async fn balance(&self, workspace: &str) -> (f64, f64) {
        let state = self.sim.snapshot();
        let balance = &state["workspaces"][workspace];
        (
            balance["credits"].as_f64().unwrap(),
            balance["minutes"].as_f64().unwrap(),
        )
    }

    /// The key the person gets when they review `form` (the same one for every repeat of
    /// the named intent: a double click or a retry of one confirmation).
    fn confirm(&self, intent: &str, form: &TopUpForm) -> callboard::Result<String> {
        let mut confirmed = self.confirmed.lock().unwrap();
        if let Some(key) = confirmed.get(intent) {
            return Ok(key.clone());
        }
        let plan = awaz_actions::review_top_up(&self.callboard, &self.account_id, form)?;
        confirmed.insert(intent.to_owned(), plan.action_key.clone());
        Ok(plan.action_key)
    }

    async fn send(
        &self,
        intent: &str,
        form: TopUpForm,
    ) -> callboard::Result<callboard::journal::Sent<awaz::WorkspaceBalance>> {
        let key = self.confirm(intent, &form)?;
        awaz_actions::top_up(&self.callboard, &self.account_id, key, form).await
    }

    async fn top_up(
        &self,
        intent: &str,
        kind: TopUpKind,
        amount: &str,
    ) -> callboard::Result<callboard::journal::Sent<awaz::WorkspaceBalance>> {
        self.send(intent, top_up_form(NORTH, kind, amount)).await
    }
}

fn field_of(error: &Error) -> Option<String> {
    error.explain().field.map(String::from)
}

fn call_form(when: CallWhen) -> AwazCallForm {
    AwazCallForm {
        agent_id: RECEPTION_AGENT.to_owned(),
        from_phone_id: FIRST_PHONE.to_owned(),
        contact_name: "Ann Example".to_owned(),
        contact_phone: "(202) 555-0146".to_owned(),
        when,
    }
}

#[tokio::test]
async fn directory_lists_agents_phones_and_contact_lists() {
    let setup = setup().await;
    let directory = awaz_actions::directory(&setup.callboard, &setup.account_id)
        .await
        .unwrap();
    assert_eq!(directory.agents.len(), 2);
    assert_eq!(directory.phones[0].number, "+12025550101");
    assert_eq!(directory.contact_lists[0].name, "Spring campaign");
    assert_eq!(directory.skipped, 0);
}

#[tokio::test]
async fn a_contact_is_saved_in_e164_and_offered_for_calls() {
    let setup = setup().await;
    let saved = awaz_actions::save_contact(
        &setup.callboard,
        &setup.account_id,
        "contact-1".to_owned(),
        ContactForm {
            name: " Bea Example ".to_owned(),
            phone: "202-555-0147".to_owned(),
            email: "bea@example.com".to_owned(),
        },
    )
    .await
    .unwrap();
    assert_eq!(saved.record.state, ActionState::Succeeded);
    let contact = saved.answer.unwrap();
    assert_eq!(
        (contact.name.as_str(), contact.phone.as_str()),
        ("Bea Example", "+12025550147")
    );

    let known = awaz_actions::known_contacts(&setup.callboard, &setup.account_id)
        .await
        .unwrap();
    assert_eq!(known[0].phone, "+12025550147", "saved contacts come first");
    assert!(known.len() > 1, "contacts of recent calls follow");

    for (phone, email, wanted) in [
        ("12", "bea@example.com", "phone"),
        ("202-555-0147", "bea at example", "email"),
    ] {
        let refused = awaz_actions::save_contact(
            &setup.callboard,
            &setup.account_id,
            format!("contact-{wanted}"),
            ContactForm {
                name: "Bea".to_owned(),
                phone: phone.to_owned(),
                email: email.to_owned(),
            },
        )
        .await
        .unwrap_err();
        assert_eq!(field_of(&refused).as_deref(), Some(wanted));
    }
    assert_eq!(
        setup.sim.requests("POST /v1/contacts"),
        1,
        "refused forms send nothing"
    );
}

#[tokio::test]
async fn a_call_is_scheduled_with_the_zones_offset_and_shows_in_the_call_log() {
    let setup = setup().await;
    let tomorrow = (Utc::now() + Days::days(1)).format("%Y-%m-%d").to_string();
    // 20:00 in Kolkata is 09:30 in Washington (the callee's clock): inside the US calling hours.
    let at = ScheduleAt {
        date: tomorrow.clone(),
        time: "20:00".to_owned(),
        zone: "Asia/Kolkata".to_owned(),
    };
    let sent = awaz_actions::schedule_call(
        &setup.callboard,
        &setup.account_id,
        "call-1".to_owned(),
        call_form(CallWhen::At(at)),
    )
    .await
    .unwrap();
    let call = sent.answer.unwrap();
    assert_eq!(call.status, CallStatus::Scheduled);
    assert_eq!(sent.record.kind, ActionKind::AwazCall);
    assert_eq!(sent.record.subject.as_deref(), Some("+12025550146"));
    let request: Value = serde_json::from_str(&sent.record.request).unwrap();
    assert_eq!(request["datetime"], format!("{tomorrow}T20:00:00+05:30"));

    let page = awaz_actions::calls(&setup.callboard, &setup.account_id, 0)
        .await
        .unwrap();
    assert_eq!(page.items[0].id, call.id, "newest first");
    let details = awaz_actions::call(&setup.callboard, &setup.account_id, &call.id)
        .await
        .unwrap();
    assert_eq!(details.contact.name, "Ann Example");

    // The same intent again (a double click) sends nothing and answers the same call.
    let again = awaz_actions::schedule_call(
        &setup.callboard,
        &setup.account_id,
        "call-1".to_owned(),
        call_form(CallWhen::Now),
    )
    .await
    .unwrap();
    assert_eq!(again.answer.unwrap().id, call.id);
    let now = awaz_actions::schedule_call(
        &setup.callboard,
        &setup.account_id,
        "call-2".to_owned(),
        call_form(CallWhen::Now),
    )
    .await
    .unwrap();
    assert_eq!(now.record.state, ActionState::Succeeded);
    assert_eq!(setup.sim.requests("POST /v1/calls"), 2);
}

#[tokio::test]
async fn a_past_time_or_a_bad_number_is_refused_on_its_field_before_sending() {
    let setup = setup().await;
    let yesterday = (Utc::now() - Days::days(1)).format("%Y-%m-%d").to_string();
    let past = call_form(CallWhen::At(ScheduleAt {
        date: yesterday,
        time: "09:00".to_owned(),
        zone: "Europe/Paris".to_owned(),
    }));
    let refused =
        awaz_actions::schedule_call(&setup.callboard, &setup.account_id, "past".to_owned(), past)
            .await
            .unwrap_err();
    assert_eq!(field_of(&refused).as_deref(), Some("date"));

    let mut bad_number = call_form(CallWhen::Now);
    bad_number.contact_phone = "555".to_owned();
    let refused = awaz_actions::schedule_call(
        &setup.callboard,
        &setup.account_id,
        "bad-number".to_owned(),
        bad_number,
    )
    .await
    .unwrap_err();
    assert_eq!(field_of(&refused).as_deref(), Some("contact_phone"));
    assert_eq!(setup.sim.requests("POST /v1/calls"), 0);
}

#[tokio::test]
async fn the_call_log_pages_through_every_call() {
    let setup = setup().await;
    for n in 0..21 {
        awaz_actions::schedule_call(
            &setup.callboard,
            &setup.account_id,
            format!("bulk-{n}"),
            call_form(CallWhen::Now),
        )
        .await
        .unwrap();
    }
    let first = awaz_actions::calls(&setup.callboard, &setup.account_id, 0)
        .await
        .unwrap();
    let second = awaz_actions::calls(&setup.callboard, &setup.account_id, 1)
        .await
        .unwrap();
    assert_eq!((first.items.len(), first.is_last), (20, false));
    assert_eq!(
        (second.items.len(), second.is_last),
        (7, true),
        "21 new + 6 seeded"
    );

    let folder = tempfile::tempdir().unwrap();
    let shown: Vec<_> = first.items.into_iter().chain(second.items).collect();
    let exported = awaz_actions::export_calls(&shown, folder.path()).unwrap();
    assert_eq!(exported.rows, 27);
    let text = std::fs::read_to_string(&exported.path).unwrap();
    assert!(
        text.contains("interested"),
        "a column per extracted variable"
    );
}

#[tokio::test]
async fn webhooks_are_https_only_listed_and_deleted_by_url() {
    let setup = setup().await;
    let url = "https://hooks.example.com/awaz/calls";
    let refused = awaz_actions::subscribe_hook(
        &setup.callboard,
        &setup.account_id,
        "hook-http".to_owned(),
        HookForm {
            hook_url: "http://hooks.example.com/awaz/calls".to_owned(),
            statuses: vec![],
            agent_ids: vec![],
        },
    )
    .await
    .unwrap_err();
    assert_eq!(field_of(&refused).as_deref(), Some("hook_url"));

    let sent = awaz_actions::subscribe_hook(
        &setup.callboard,
        &setup.account_id,
        "hook-1".to_owned(),
        HookForm {
            hook_url: url.to_owned(),
            statuses: vec![CallStatus::Completed, CallStatus::Voicemail],
            agent_ids: vec![RECEPTION_AGENT.to_owned()],
        },
    )
    .await
    .unwrap();
    assert_eq!(sent.record.kind, ActionKind::AwazWebhook);
    let hooks = awaz_actions::hooks(&setup.callboard, &setup.account_id)
        .await
        .unwrap();
    assert_eq!(hooks.len(), 1);
    assert_eq!(
        hooks[0].status,
        [CallStatus::Completed, CallStatus::Voicemail]
    );

    let deleted = awaz_actions::delete_hook(
        &setup.callboard,
        &setup.account_id,
        "hook-del".to_owned(),
        url,
    )
    .await
    .unwrap();
    assert_eq!(deleted.answer, Some(1));
    assert!(awaz_actions::hooks(&setup.callboard, &setup.account_id)
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn a_wrong_key_is_explained_as_wrong_or_revoked() {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let settings = Arc::new(MemorySettings::new());
    let keychain = Arc::new(MemorySecrets::new());
    let account = Account {
        id: "6d0f1c1e-0000-4000-8000-000000000001".to_owned(),
        name: "Revoked – Awaz".to_owned(),
        base_url: Some(sim.awaz_url()),
        remember: true,
        kind: AccountKind::Awaz,
    };
    keychain
        .write(&account.id, SecretKind::AwazApiKey, "revoked-key")
        .unwrap();
    settings
        .save(&Settings {
            accounts: vec![account.clone()],
            ..Settings::default()
        })
        .unwrap();
    let data_dir = tempfile::tempdir().unwrap();
    let callboard = Callboard::open(OpenOptions {
        data_dir: data_dir.path().to_owned(),
        settings,
        keychain,
        demo: false,
    })
    .await
    .unwrap();

    let refused = awaz_actions::directory(&callboard, &account.id)
        .await
        .unwrap_err();
    assert_eq!(refused.explain().code, "awaz.invalid_key");
}

#[tokio::test]
async fn top_ups_add_credits_and_minutes_and_remember_the_workspace() {
    let setup = setup().await;
    let before = setup.balance(NORTH).await;
    let credits = setup
        .top_up("credits-1", TopUpKind::Credits, "25")
        .await
        .unwrap();
    assert_eq!(
        credits.record.summary,
        "Add 25 credits to north-clinic@callboard.test"
    );
    assert_eq!(credits.answer.unwrap().credits, before.0 + 25.0);
    setup
        .top_up("minutes-1", TopUpKind::Minutes, "30")
        .await
        .unwrap();
    assert_eq!(
        setup.balance(NORTH).await,
        (before.0 + 25.0, before.1 + 30.0)
    );
    assert_eq!(setup.callboard.settings().recent_workspaces, [NORTH]);

    let listed = awaz_actions::top_ups(&setup.callboard, Some(NORTH)).unwrap();
    let kinds: Vec<_> = listed.iter().map(|record| record.kind).collect();
    assert_eq!(kinds, [ActionKind::AwazMinutes, ActionKind::AwazCredits]);
    let folder = tempfile::tempdir().unwrap();
    let exported = awaz_actions::export_top_ups(&listed, folder.path()).unwrap();
    let text = std::fs::read_to_string(&exported.path).unwrap();
    assert!(
        text.contains("Add 30 minutes to north-clinic@callboard.test,Done"),
        "{text}"
    );
}

#[tokio::test]
async fn an_unknown_workspace_is_refused_and_not_remembered() {
    let setup = setup().await;
    let refused = setup
        .send(
            "nobody",
            top_up_form("nobody@callboard.test", TopUpKind::Credits, "5"),
        )
        .await
        .unwrap_err();
    assert_eq!(refused.explain().code, "awaz.not_found");
    let recorded = setup
        .callboard
        .journal()
        .list(&ActionQuery {
            kinds: vec![ActionKind::AwazCredits],
            ..ActionQuery::default()
        })
        .unwrap();
    assert_eq!(recorded[0].state, ActionState::Failed);
    assert!(setup.callboard.settings().recent_workspaces.is_empty());

    let refused = setup
        .top_up("bad-amount", TopUpKind::Credits, "-3")
        .await
        .unwrap_err();
    assert_eq!(field_of(&refused).as_deref(), Some("amount"));
    assert_eq!(setup.sim.requests(TOP_UP_ROUTE), 1);
}

/// The safety test: the answer to a top-up never arrives (the client times out while
/// Awaz applies it), the person double-clicks and retries the same intent. Awaz must see one
/// request, the balance must grow once, and the journal must say "unknown" — not "done"
/// (nobody saw an answer), not "failed" (it was applied).
#[tokio::test]
async fn a_timed_out_top_up_double_clicked_and_retried_is_applied_once_and_recorded_unknown() {
    let setup = setup_with(awaz::ClientOptions {
        request_timeout: Duration::from_millis(400),
        ..awaz::ClientOptions::default()
    })
    .await;
    setup
        .sim
        .inject(json!({ "route": TOP_UP_ROUTE, "delay_ms": 2000 }));
    let before = setup.balance(NORTH).await;

    let (first, double_click) = tokio::join!(
        setup.top_up("intent-1", TopUpKind::Credits, "25"),
        setup.top_up("intent-1", TopUpKind::Credits, "25"),
    );
    let retry = setup.top_up("intent-1", TopUpKind::Credits, "25").await;

    let first = first.unwrap();
    assert_eq!(first.record.state, ActionState::Unknown);
    assert!(first.answer.is_none());
    for repeat in [double_click.unwrap(), retry.unwrap()] {
        assert_eq!(
            repeat.record.id, first.record.id,
            "a repeat is the same record"
        );
        assert!(repeat.answer.is_none());
    }

    assert_eq!(setup.sim.requests(TOP_UP_ROUTE), 1);
    assert_eq!(setup.balance(NORTH).await, (before.0 + 25.0, before.1));
    let records = awaz_actions::top_ups(&setup.callboard, Some(NORTH)).unwrap();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].state, ActionState::Unknown);
    assert!(
        setup.callboard.settings().recent_workspaces.is_empty(),
        "only a confirmed top-up is remembered"
    );
}

#[tokio::test]
async fn twenty_concurrent_submits_of_one_intent_send_one_request() {
    let setup = setup().await;
    let before = setup.balance(NORTH).await;
    let form = top_up_form(NORTH, TopUpKind::Minutes, "15");
    let key = setup.confirm("same-intent", &form).unwrap();
    let mut submits = tokio::task::JoinSet::new();
    for _ in 0..20 {
        let callboard = setup.callboard.clone();
        let account_id = setup.account_id.clone();
        let (key, form) = (key.clone(), form.clone());
        submits.spawn(async move {
            awaz_actions::top_up(&callboard, &account_id, key, form)
                .await
                .map(|sent| sent.record.id)
        });
    }
    let ids: Vec<i64> = submits
        .join_all()
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert!(
        ids.iter().all(|id| *id == ids[0]),
        "one record for one intent"
    );
    assert_eq!(setup.sim.requests(TOP_UP_ROUTE), 1);
    assert_eq!(setup.balance(NORTH).await, (before.0, before.1 + 15.0));
}

#[tokio::test]
async fn a_wait_asked_by_awaz_is_visible_until_it_ends() {
    let setup = setup_with(awaz::ClientOptions {
        unavailable_wait: Duration::from_secs(2),
        read_retry_backoff: Duration::from_millis(10),
        ..awaz::ClientOptions::default()
    })
    .await;
    let clear = awaz_actions::throttle(&setup.callboard, &setup.account_id)
        .await
        .unwrap();
    assert!(!clear.waiting);

    setup
        .sim
        .inject(json!({ "route": "GET /v1/calls", "status": 503, "count": 1 }));
    let reading = {
        let callboard = setup.callboard.clone();
        let account_id = setup.account_id.clone();
        tokio::spawn(async move { awaz_actions::calls(&callboard, &account_id, 0).await })
    };
    let mut seen = None;
    for _ in 0..100 {
        let view = awaz_actions::throttle(&setup.callboard, &setup.account_id)
            .await
            .unwrap();
        if view.waiting {
            seen = Some(view);
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let message = seen.expect("the wait is shown").message.unwrap();
    assert!(message.contains("continuing at"), "{message}");
    assert!(
        reading.await.unwrap().is_ok(),
        "the read goes on after the wait"
    );
    assert!(
        !awaz_actions::throttle(&setup.callboard, &setup.account_id)
            .await
            .unwrap()
            .waiting
    );
}

/// The first finding: a 502 answered after Awaz applied the top-up. The outcome is
/// unknown (never "failed"), and the person trying again the plain way (a new review, a new
/// confirmation) is stopped with the earlier one named until they settle it: Awaz sees one
/// top-up. Once they say it went through, the next one is sent.
#[tokio::test]
async fn a_502_after_apply_then_a_plain_retry_adds_credits_once() {
    let setup = setup().await;
    let before = setup.balance(NORTH).await;
    setup
        .sim
        .inject(json!({ "route": TOP_UP_ROUTE, "status": 502, "process": true, "count": 1 }));

    let first = setup
        .top_up("first", TopUpKind::Credits, "10")
        .await
        .unwrap();
    assert_eq!(first.record.state, ActionState::Unknown);
    let explained = first.record.error.clone().unwrap();
    assert!(explained.contains("may have gone through"), "{explained}");

    let form = top_up_form(NORTH, TopUpKind::Credits, "10");
    let plan = awaz_actions::review_top_up(&setup.callboard, &setup.account_id, &form).unwrap();
    assert_eq!(
        plan.unsettled.as_ref().map(|record| record.id),
        Some(first.record.id),
        "the review names the earlier top-up"
    );
    let refused = awaz_actions::top_up(&setup.callboard, &setup.account_id, plan.action_key, form)
        .await
        .unwrap_err();
    let explanation = refused.explain();
    assert_eq!(explanation.code, "journal.unsettled_earlier");
    assert!(
        explanation.title.contains("Add 10 credits"),
        "{explanation:?}"
    );
    assert_eq!(setup.sim.requests(TOP_UP_ROUTE), 1, "Awaz saw one top-up");
    assert_eq!(setup.balance(NORTH).await, (before.0 + 10.0, before.1));

    // The person looked in Awaz: it went through. Now a new top-up is sent.
    let settled = setup
        .callboard
        .journal()
        .settle(first.record.id, true)
        .unwrap();
    assert_eq!(settled.state, ActionState::Succeeded);
    let second = setup
        .top_up("second", TopUpKind::Credits, "10")
        .await
        .unwrap();
    assert_eq!(second.record.state, ActionState::Succeeded);
    assert_eq!(setup.sim.requests(TOP_UP_ROUTE), 2);
    assert_eq!(setup.balance(NORTH).await, (before.0 + 20.0, before.1));
}

/// What was confirmed is what is sent: the key of "add 5" cannot send "add 500", nor send
/// from another account.
#[tokio::test]
async fn a_confirmation_sends_only_what_it_named() {
    let setup = setup().await;
    let before = setup.balance(NORTH).await;
    let key = setup
        .confirm("five", &top_up_form(NORTH, TopUpKind::Credits, "5"))
        .unwrap();
    let changed = awaz_actions::top_up(
        &setup.callboard,
        &setup.account_id,
        key.clone(),
        top_up_form(NORTH, TopUpKind::Credits, "500"),
    )
    .await
    .unwrap_err();
    assert_eq!(changed.explain().code, "journal.confirmation_changed");
    let elsewhere = awaz_actions::top_up(
        &setup.callboard,
        "another-account",
        key.clone(),
        top_up_form(NORTH, TopUpKind::Credits, "5"),
    )
    .await
    .unwrap_err();
    assert_eq!(elsewhere.explain().code, "journal.confirmation_changed");
    assert_eq!(setup.sim.requests(TOP_UP_ROUTE), 0);

    let sent = awaz_actions::top_up(
        &setup.callboard,
        &setup.account_id,
        key,
        top_up_form(NORTH, TopUpKind::Credits, "5"),
    )
    .await
    .unwrap();
    assert_eq!(sent.record.state, ActionState::Succeeded);
    assert_eq!(setup.balance(NORTH).await, (before.0 + 5.0, before.1));
}

/// Settings that stop saving once `broken` is set (a full disk, a read-only folder).
struct BreakableSettings {
    inner: MemorySettings,
    broken: std::sync::atomic::AtomicBool,
}

impl SettingsStore for BreakableSettings {
    fn load(&self) -> callboard::Result<Settings> {
        self.inner.load()
    }

    fn save(&self, settings: &Settings) -> callboard::Result<()> {
        if self.broken.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(Error::Storage("disk full".to_owned()));
        }
        self.inner.save(settings)
    }
}

/// The top-up is done at Awaz: a list of suggestions that could not be saved afterwards must
/// not turn it into a failure (the person would send it again).
#[tokio::test]
async fn a_top_up_stays_done_when_the_recent_workspaces_cannot_be_saved() {
    let settings = Arc::new(BreakableSettings {
        inner: MemorySettings::new(),
        broken: false.into(),
    });
    let setup = setup_on(awaz::ClientOptions::default(), settings.clone()).await;
    settings
        .broken
        .store(true, std::sync::atomic::Ordering::SeqCst);

    let sent = setup
        .top_up("three", TopUpKind::Credits, "3")
        .await
        .expect("a done top-up is reported done");
    assert_eq!(sent.record.state, ActionState::Succeeded);
    assert_eq!(setup.sim.requests(TOP_UP_ROUTE), 1);
}
