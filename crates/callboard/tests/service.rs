//! The Callboard service against the simulator over loopback HTTP: adding each kind of
//! account, plain-language refusals on the right field, signing out and removing (secrets leave
//! the vault), sessions surviving a restart, token refresh, and the journal's one-send rule.
//! The vault here is in memory; `tests/keychain.rs` repeats the essentials with the real one.

mod support;

use std::sync::Arc;
use std::time::Duration;

use callboard::{
    AccountStatus, ActionKind, ActionQuery, ActionState, AwazAccountForm, Callboard, Error,
    GetVocalApiKeyForm, GetVocalPasswordForm, MemorySecrets, MemorySettings, NewAction,
    OpenOptions, Preferences, SecretKind, SecretStore, SettingsStore,
};
use serde_json::{json, Value};
use simulator::{seed, SimConfig, Simulator};

struct Setup {
    settings: Arc<MemorySettings>,
    keychain: Arc<MemorySecrets>,
    data_dir: tempfile::TempDir,
}

impl Setup {
    fn new() -> Setup {
        Setup {
            settings: Arc::new(MemorySettings::new()),
            keychain: Arc::new(MemorySecrets::new()),
            data_dir: tempfile::tempdir().unwrap(),
        }
    }

    async fn open(&self) -> Callboard {
        Callboard::open(OpenOptions {
            data_dir: self.data_dir.path().to_owned(),
            settings: self.settings.clone(),
            keychain: self.keychain.clone(),
            demo: false,
        })
        .await
        .unwrap()
    }
}

fn field_of(error: &Error) -> Option<String> {
    error.explain().field.map(String::from)
}

#[tokio::test]
async fn each_kind_of_account_is_added_listed_and_used() {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let setup = Setup::new();
    let callboard = setup.open().await;
    assert!(callboard.is_demo(), "no saved account yet: demo mode");

    let by_password = callboard
        .add_getvocal_with_password(support::getvocal_form(&sim))
        .await
        .unwrap();
    assert_eq!(by_password.signed_in_as, seed::GETVOCAL_EMAIL);
    assert_eq!(by_password.status, AccountStatus::Connected);

    let key = callboard
        .getvocal(&by_password.id)
        .await
        .unwrap()
        .client
        .create_api_key("Callboard test")
        .await
        .unwrap();
    let by_key = callboard
        .add_getvocal_with_api_key(GetVocalApiKeyForm {
            name: "Acme – GetVocal (key)".to_owned(),
            base_url: Some(sim.getvocal_url()),
            key_id: key.key_id.clone(),
            secret: key.secret.clone(),
            company_id: seed::GETVOCAL_COMPANY_ID.to_owned(),
            remember: true,
        })
        .await
        .unwrap();
    assert!(
        by_key.signed_in_as.starts_with("API key "),
        "{}",
        by_key.signed_in_as
    );

    let awaz = callboard.add_awaz(support::awaz_form(&sim)).await.unwrap();
    assert_eq!(awaz.signed_in_as, "API key");

    let listed = callboard.accounts();
    let names: Vec<_> = listed.iter().map(|a| (a.name.as_str(), a.demo)).collect();
    // The first real account ended demo mode: the practice accounts are gone.
    assert!(!callboard.is_demo());
    assert_eq!(
        names,
        [
            ("Acme – GetVocal", false),
            ("Acme – GetVocal (key)", false),
            ("Acme – Awaz", false),
        ]
    );
    assert!(listed.iter().all(|a| a.status == AccountStatus::Connected));

    for id in [&by_password.id, &by_key.id] {
        assert_eq!(callboard.personas(id).await.unwrap().len(), 2);
    }
    assert_eq!(callboard.agents(&awaz.id).await.unwrap().len(), 2);
    assert_eq!(callboard.phones(&awaz.id).await.unwrap().len(), 2);

    // Saved: the three real accounts, never the demo ones, never a secret.
    let saved = setup.settings.load().unwrap();
    assert_eq!(saved.accounts.len(), 3);
    let text = serde_json::to_string(&saved).unwrap();
    for secret in [seed::GETVOCAL_PASSWORD, &key.secret, seed::AWAZ_API_KEY] {
        assert!(!text.contains(secret), "settings hold a secret");
    }
    assert_eq!(
        setup
            .keychain
            .read(&awaz.id, SecretKind::AwazApiKey)
            .unwrap()
            .as_deref(),
        Some(seed::AWAZ_API_KEY)
    );
}

#[tokio::test]
async fn refusals_point_at_the_field_to_correct() {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let setup = Setup::new();
    let callboard = setup.open().await;

    let wrong_password = callboard
        .add_getvocal_with_password(GetVocalPasswordForm {
            password: "not-the-password".to_owned(),
            ..support::getvocal_form(&sim)
        })
        .await
        .unwrap_err();
    assert_eq!(field_of(&wrong_password).as_deref(), Some("password"));
    assert_eq!(
        wrong_password.explain().title,
        "GetVocal did not accept this email and password."
    );

    let logins_before = sim.requests("POST /v1/auth/login");
    let bad_email = callboard
        .add_getvocal_with_password(GetVocalPasswordForm {
            email: "demo.callboard.test".to_owned(),
            ..support::getvocal_form(&sim)
        })
        .await
        .unwrap_err();
    assert_eq!(field_of(&bad_email).as_deref(), Some("email"));
    assert_eq!(
        sim.requests("POST /v1/auth/login"),
        logins_before,
        "a bad email is refused before anything is sent"
    );

    let wrong_company = callboard
        .add_getvocal_with_password(GetVocalPasswordForm {
            company_id: "someone-else".to_owned(),
            ..support::getvocal_form(&sim)
        })
        .await
        .unwrap_err();
    assert_eq!(field_of(&wrong_company).as_deref(), Some("company_id"));

    let missing_name = callboard
        .add_getvocal_with_password(GetVocalPasswordForm {
            name: "  ".to_owned(),
            ..support::getvocal_form(&sim)
        })
        .await
        .unwrap_err();
    assert_eq!(field_of(&missing_name).as_deref(), Some("name"));

    let insecure = callboard
        .add_awaz(AwazAccountForm {
            base_url: Some("http://awaz.example".to_owned()),
            ..support::awaz_form(&sim)
        })
        .await
        .unwrap_err();
    assert_eq!(field_of(&insecure).as_deref(), Some("base_url"));

    let wrong_secret = callboard
        .add_getvocal_with_api_key(GetVocalApiKeyForm {
            name: "Key".to_owned(),
            base_url: Some(sim.getvocal_url()),
            key_id: "5c3e2a9d-8f14-4b6e-a7d2-1e0f9c8b7a65".to_owned(),
            secret: "wrong".to_owned(),
            company_id: seed::GETVOCAL_COMPANY_ID.to_owned(),
            remember: true,
        })
        .await
        .unwrap_err();
    assert_eq!(field_of(&wrong_secret).as_deref(), Some("secret"));

    let wrong_key = callboard
        .add_awaz(AwazAccountForm {
            api_key: "not-a-key".to_owned(),
            ..support::awaz_form(&sim)
        })
        .await
        .unwrap_err();
    assert_eq!(field_of(&wrong_key).as_deref(), Some("api_key"));

    assert!(setup.settings.load().unwrap().accounts.is_empty());
    assert_eq!(callboard.accounts().len(), 2, "only the demo accounts");
}

#[tokio::test]
async fn signing_out_and_removing_take_the_secrets_out_of_the_vault() {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let setup = Setup::new();
    let callboard = setup.open().await;
    let getvocal = callboard
        .add_getvocal_with_password(support::getvocal_form(&sim))
        .await
        .unwrap();
    let awaz = callboard.add_awaz(support::awaz_form(&sim)).await.unwrap();
    assert!(setup
        .keychain
        .read(&getvocal.id, SecretKind::GetVocalTokens)
        .unwrap()
        .is_some());

    callboard.sign_out(&getvocal.id).unwrap();
    for kind in SecretKind::ALL {
        assert_eq!(setup.keychain.read(&getvocal.id, kind).unwrap(), None);
    }
    let status = |id: &str| {
        callboard
            .accounts()
            .into_iter()
            .find(|a| a.id == id)
            .map(|a| a.status)
    };
    assert_eq!(status(&getvocal.id), Some(AccountStatus::NeedsSignIn));
    let needs = callboard.personas(&getvocal.id).await.unwrap_err();
    assert!(matches!(needs, Error::NeedsSignIn { .. }), "{needs:?}");
    assert!(needs.explain().title.contains("Acme – GetVocal"));

    let wrong = callboard
        .sign_in_again(&getvocal.id, "nope".to_owned())
        .await
        .unwrap_err();
    assert_eq!(field_of(&wrong).as_deref(), Some("password"));
    let again = callboard
        .sign_in_again(&getvocal.id, seed::GETVOCAL_PASSWORD.to_owned())
        .await
        .unwrap();
    assert_eq!(again.status, AccountStatus::Connected);
    assert_eq!(callboard.personas(&getvocal.id).await.unwrap().len(), 2);

    let not_getvocal = callboard
        .sign_in_again(&awaz.id, "x".to_owned())
        .await
        .unwrap_err();
    assert!(matches!(not_getvocal, Error::WrongPlatform { .. }));

    callboard.remove_account(&awaz.id).unwrap();
    assert_eq!(
        setup
            .keychain
            .read(&awaz.id, SecretKind::AwazApiKey)
            .unwrap(),
        None
    );
    assert_eq!(status(&awaz.id), None);
    assert_eq!(setup.settings.load().unwrap().accounts.len(), 1);
    assert!(matches!(
        callboard.phones(&awaz.id).await,
        Err(Error::UnknownAccount { .. })
    ));
}

#[tokio::test]
async fn remembered_accounts_reconnect_after_a_restart_and_the_others_do_not() {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let setup = Setup::new();
    let (remembered, forgotten) = {
        let callboard = setup.open().await;
        let remembered = callboard
            .add_getvocal_with_password(support::getvocal_form(&sim))
            .await
            .unwrap();
        let forgotten = callboard
            .add_awaz(AwazAccountForm {
                remember: false,
                ..support::awaz_form(&sim)
            })
            .await
            .unwrap();
        assert_eq!(
            setup
                .keychain
                .read(&forgotten.id, SecretKind::AwazApiKey)
                .unwrap(),
            None,
            "an account not remembered keeps its key in memory only"
        );
        (remembered.id, forgotten.id)
    };

    let logins_before = sim.requests("POST /v1/auth/login");
    let callboard = setup.open().await;
    assert!(!callboard.is_demo(), "saved accounts: no demo");
    let statuses: Vec<_> = callboard
        .accounts()
        .into_iter()
        .map(|a| (a.id, a.status))
        .collect();
    assert_eq!(
        statuses,
        [
            (remembered.clone(), AccountStatus::Connected),
            (forgotten.clone(), AccountStatus::NeedsSignIn)
        ]
    );
    assert_eq!(callboard.personas(&remembered).await.unwrap().len(), 2);
    assert_eq!(
        sim.requests("POST /v1/auth/login"),
        logins_before,
        "the stored session is reused, no new login"
    );

    let awaz = callboard
        .use_awaz_api_key(&forgotten, seed::AWAZ_API_KEY.to_owned())
        .await
        .unwrap();
    assert_eq!(awaz.status, AccountStatus::Connected);
    assert_eq!(callboard.agents(&forgotten).await.unwrap().len(), 2);
}

#[tokio::test]
async fn refreshed_tokens_are_saved_and_an_ended_session_asks_for_a_sign_in() {
    let sim = Simulator::start(SimConfig {
        access_ttl: Duration::from_secs(1),
        refresh_ttl: Duration::from_secs(3),
        ..SimConfig::default()
    })
    .await
    .unwrap();
    let setup = Setup::new();
    let callboard = setup.open().await;
    let account = callboard
        .add_getvocal_with_password(support::getvocal_form(&sim))
        .await
        .unwrap();
    let stored = || {
        setup
            .keychain
            .read(&account.id, SecretKind::GetVocalTokens)
            .unwrap()
    };
    let first = stored().unwrap();

    tokio::time::sleep(Duration::from_millis(1300)).await;
    callboard.personas(&account.id).await.unwrap();
    assert_eq!(sim.requests("POST /v1/auth/refresh"), 1);
    let refreshed = wait_for(|| stored().filter(|tokens| *tokens != first)).await;
    assert!(refreshed.is_some(), "the refreshed tokens reach the vault");

    tokio::time::sleep(Duration::from_millis(3200)).await;
    let ended = callboard.personas(&account.id).await.unwrap_err();
    assert!(matches!(ended, Error::NeedsSignIn { .. }), "{ended:?}");
    assert_eq!(stored(), None, "dead tokens leave the vault");
    let status = callboard
        .accounts()
        .into_iter()
        .find(|a| a.id == account.id)
        .unwrap()
        .status;
    assert_eq!(status, AccountStatus::NeedsSignIn);

    callboard
        .sign_in_again(&account.id, seed::GETVOCAL_PASSWORD.to_owned())
        .await
        .unwrap();
    assert_eq!(callboard.personas(&account.id).await.unwrap().len(), 2);
}

#[tokio::test]
async fn a_getvocal_account_can_switch_to_an_api_key() {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let setup = Setup::new();
    let callboard = setup.open().await;
    let account = callboard
        .add_getvocal_with_password(support::getvocal_form(&sim))
        .await
        .unwrap();
    let key = callboard
        .getvocal(&account.id)
        .await
        .unwrap()
        .client
        .create_api_key("For Callboard")
        .await
        .unwrap();

    let switched = callboard
        .use_getvocal_api_key(&account.id, key.key_id.clone(), key.secret.clone())
        .await
        .unwrap();
    assert!(switched.signed_in_as.starts_with("API key"));
    assert_eq!(
        setup
            .keychain
            .read(&account.id, SecretKind::GetVocalTokens)
            .unwrap(),
        None
    );
    assert_eq!(
        setup
            .keychain
            .read(&account.id, SecretKind::GetVocalApiSecret)
            .unwrap(),
        Some(key.secret.clone())
    );
    assert_eq!(callboard.personas(&account.id).await.unwrap().len(), 2);
    let saved = setup.settings.load().unwrap();
    assert!(serde_json::to_string(&saved.accounts)
        .unwrap()
        .contains(&key.key_id));
}

#[tokio::test]
async fn the_journal_never_sends_the_same_top_up_twice() {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let setup = Setup::new();
    let callboard = setup.open().await;
    let account = callboard.add_awaz(support::awaz_form(&sim)).await.unwrap();
    let session = callboard.awaz(&account.id).await.unwrap();
    let workspace = awaz::WorkspaceRef::by_email(seed::AWAZ_WORKSPACES[0]);
    let action = || NewAction {
        action_key: "top-up-1".to_owned(),
        kind: ActionKind::AwazCredits,
        account_id: account.id.clone(),
        account_name: account.name.clone(),
        summary: callboard::words::Words::new("journal-awaz-top-up")
            .arg("amount", 10.0)
            .arg("kind", "credits")
            .arg("workspace", seed::AWAZ_WORKSPACES[0]),
        subject: Some(seed::AWAZ_WORKSPACES[0].to_owned()),
        request: json!({ "company": { "email": seed::AWAZ_WORKSPACES[0] }, "credits": 10 }),
    };
    let send = || async {
        session
            .client
            .add_credits(&workspace, 10.0)
            .await
            .map_err(Error::from)
    };

    // A double click: both at once, then a retry.
    let (first, second) = tokio::join!(
        callboard.journal().run(action(), send()),
        callboard.journal().run(action(), send())
    );
    let retry = callboard.journal().run(action(), send()).await.unwrap();
    let (first, second) = (first.unwrap(), second.unwrap());
    assert_eq!(first.id, second.id);
    assert_eq!(retry.id, first.id);
    assert_eq!(retry.state, ActionState::Succeeded);

    let state = sim.snapshot();
    assert_eq!(state["requests"]["POST /v1/companies/add/credits"], 1);
    assert_eq!(
        state["workspaces"][seed::AWAZ_WORKSPACES[0]]["credits"].as_f64(),
        Some(130.0)
    );
    let response: Value = serde_json::from_str(retry.response.as_deref().unwrap()).unwrap();
    assert_eq!(response["credits"].as_f64(), Some(130.0));

    let listed = callboard
        .journal()
        .list(&ActionQuery {
            text: Some("north-clinic".to_owned()),
            ..ActionQuery::default()
        })
        .unwrap();
    assert_eq!(listed.len(), 1);
}

#[tokio::test]
async fn an_action_left_pending_by_a_crash_reads_as_unknown_after_a_restart() {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let setup = Setup::new();
    let account_id = {
        let callboard = setup.open().await;
        let account = callboard.add_awaz(support::awaz_form(&sim)).await.unwrap();
        callboard
            .journal()
            .begin(NewAction {
                action_key: "interrupted".to_owned(),
                kind: ActionKind::AwazMinutes,
                account_id: account.id.clone(),
                account_name: account.name.clone(),
                summary: callboard::words::Words::new("journal-awaz-top-up")
                    .arg("amount", 5.0)
                    .arg("kind", "minutes")
                    .arg("workspace", "north-clinic@callboard.test"),
                subject: None,
                request: json!({ "minutes": 5 }),
            })
            .unwrap();
        account.id
    };
    let callboard = setup.open().await;
    let records = callboard.journal().list(&ActionQuery::default()).unwrap();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].account_id, account_id);
    assert_eq!(records[0].state, ActionState::Unknown);
    assert!(records[0]
        .error
        .as_deref()
        .unwrap()
        .contains("Check before retrying"));
}

#[tokio::test]
async fn preferences_and_recent_workspaces_are_saved() {
    let setup = Setup::new();
    let callboard = setup.open().await;
    let saved = callboard
        .save_preferences(Preferences {
            default_country: "fr".to_owned(),
            time_zone: Some("Europe/Paris".to_owned()),
            language: None,
        })
        .unwrap();
    assert_eq!(saved.preferences.default_country, "FR");
    let refused = callboard
        .save_preferences(Preferences {
            default_country: "FR".to_owned(),
            time_zone: Some("Nowhere/Special".to_owned()),
            language: None,
        })
        .unwrap_err();
    assert_eq!(field_of(&refused).as_deref(), Some("time_zone"));

    for workspace in ["a@x.test", "b@x.test", "A@x.test"] {
        callboard.remember_workspace(workspace).unwrap();
    }
    let stored = setup.settings.load().unwrap();
    assert_eq!(
        stored.preferences.time_zone.as_deref(),
        Some("Europe/Paris")
    );
    assert_eq!(stored.recent_workspaces, ["A@x.test", "b@x.test"]);
}

#[tokio::test]
async fn demo_mode_has_two_practice_accounts_that_are_never_saved() {
    let setup = Setup::new();
    let callboard = setup.open().await;
    let servers = callboard.demo_servers().unwrap();
    let accounts = callboard.accounts();
    assert_eq!(accounts.len(), 2);
    assert!(accounts
        .iter()
        .all(|a| a.demo && !a.remember && a.status == AccountStatus::Connected));
    assert_eq!(accounts[0].base_url, servers.getvocal_url);
    assert_eq!(callboard.personas(&accounts[0].id).await.unwrap().len(), 2);
    assert_eq!(callboard.phones(&accounts[1].id).await.unwrap().len(), 2);
    assert!(matches!(
        callboard.personas(&accounts[1].id).await,
        Err(Error::WrongPlatform { .. })
    ));

    callboard.sign_out(&accounts[0].id).unwrap();
    callboard
        .sign_in_again(&accounts[0].id, seed::GETVOCAL_PASSWORD.to_owned())
        .await
        .unwrap();
    assert!(setup.settings.load().unwrap().accounts.is_empty());
    assert_eq!(
        setup
            .keychain
            .read(&accounts[1].id, SecretKind::AwazApiKey)
            .unwrap(),
        None
    );
}

/// Polls for up to two seconds: tokens are saved by a background task.
async fn wait_for<T>(mut probe: impl FnMut() -> Option<T>) -> Option<T> {
    for _ in 0..40 {
        if let Some(found) = probe() {
            return Some(found);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    None
}
