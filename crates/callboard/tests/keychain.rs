//! The vault against the computer's real keychain (Secret Service from gnome-keyring, in the
//! private D-Bus session `scripts/test.sh` starts): a secret survives a restart of Callboard,
//! and after a whole session no password, token or key is found in any file Callboard wrote.
//! Each run uses its own service name, and removes what it stored.

mod support;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use callboard::{
    AccountStatus, ActionKind, Callboard, GetVocalApiKeyForm, JsonFileSettings, Keychain,
    NewAction, OpenOptions, SecretKind, SecretStore,
};
use serde_json::json;
use simulator::{seed, SimConfig, Simulator};

/// Refuses to run without a session bus: keyring would fail (or hang under X11 autolaunch),
/// and a silent pass would prove nothing.
fn require_secret_service() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "No D-Bus session bus: the keychain tests need a running Secret Service. Run them with \
         scripts/test.sh, or: scripts/with-keyring.sh cargo test -p callboard --test keychain"
    );
}

fn service_name() -> String {
    format!("app.callboard.test.{}", uuid::Uuid::new_v4())
}

struct Machine {
    data_dir: tempfile::TempDir,
    settings_file: std::path::PathBuf,
    service: String,
}

impl Machine {
    fn new() -> Machine {
        require_secret_service();
        let data_dir = tempfile::tempdir().unwrap();
        let settings_file = data_dir.path().join("settings.json");
        Machine {
            data_dir,
            settings_file,
            service: service_name(),
        }
    }

    fn keychain(&self) -> Keychain {
        Keychain::new(&self.service)
    }

    /// Callboard as the app opens it: settings in a file, secrets in the real keychain.
    async fn open(&self) -> Callboard {
        Callboard::open(OpenOptions {
            data_dir: self.data_dir.path().to_owned(),
            settings: Arc::new(JsonFileSettings::new(&self.settings_file)),
            keychain: Arc::new(self.keychain()),
            demo: false,
        })
        .await
        .unwrap()
    }
}

#[test]
fn keychain_entries_round_trip_and_are_kept_apart_per_service() {
    require_secret_service();
    let keychain = Keychain::new(&service_name());
    let other_build = Keychain::new(&service_name());
    keychain
        .write("account-1", SecretKind::AwazApiKey, "awz-123")
        .unwrap();
    assert_eq!(
        keychain
            .read("account-1", SecretKind::AwazApiKey)
            .unwrap()
            .as_deref(),
        Some("awz-123")
    );
    assert_eq!(
        other_build
            .read("account-1", SecretKind::AwazApiKey)
            .unwrap(),
        None,
        "a dev build never sees a release build's secrets"
    );
    assert_eq!(
        keychain
            .read("account-1", SecretKind::GetVocalTokens)
            .unwrap(),
        None
    );
    keychain
        .delete("account-1", SecretKind::AwazApiKey)
        .unwrap();
    keychain
        .delete("account-1", SecretKind::AwazApiKey)
        .unwrap();
    assert_eq!(
        keychain.read("account-1", SecretKind::AwazApiKey).unwrap(),
        None
    );
}

#[tokio::test]
async fn a_remembered_account_survives_a_restart() {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let machine = Machine::new();
    let account_id = {
        let callboard = machine.open().await;
        callboard
            .add_getvocal_with_password(support::getvocal_form(&sim))
            .await
            .unwrap()
            .id
    };

    // A fresh Callboard with nothing in memory: everything comes from the file and the keychain.
    let callboard = machine.open().await;
    assert!(!callboard.is_demo());
    let accounts = callboard.accounts();
    assert_eq!(accounts.len(), 1);
    assert_eq!(accounts[0].id, account_id);
    assert_eq!(accounts[0].status, AccountStatus::Connected);
    assert_eq!(callboard.personas(&account_id).await.unwrap().len(), 2);

    callboard.remove_account(&account_id).unwrap();
    for kind in SecretKind::ALL {
        assert_eq!(machine.keychain().read(&account_id, kind).unwrap(), None);
    }
}

#[tokio::test]
async fn no_secret_reaches_any_file_after_a_whole_session() {
    let sim = Simulator::start(SimConfig {
        access_ttl: Duration::from_secs(1),
        ..SimConfig::default()
    })
    .await
    .unwrap();
    let machine = Machine::new();
    let keychain = machine.keychain();
    let callboard = machine.open().await;
    let mut secrets = vec![
        seed::GETVOCAL_PASSWORD.to_owned(),
        seed::AWAZ_API_KEY.to_owned(),
    ];

    let by_password = callboard
        .add_getvocal_with_password(support::getvocal_form(&sim))
        .await
        .unwrap();
    let stored_tokens = || {
        keychain
            .read(&by_password.id, SecretKind::GetVocalTokens)
            .unwrap()
            .expect("tokens in the keychain")
    };
    let first_tokens = stored_tokens();
    secrets.extend(token_strings(&first_tokens));

    let key = callboard
        .getvocal(&by_password.id)
        .await
        .unwrap()
        .client
        .create_api_key("Scripted session")
        .await
        .unwrap();
    secrets.push(key.secret.clone());
    let by_key = callboard
        .add_getvocal_with_api_key(GetVocalApiKeyForm {
            name: "Acme – key".to_owned(),
            base_url: Some(sim.getvocal_url()),
            key_id: key.key_id.clone(),
            secret: key.secret.clone(),
            company_id: seed::GETVOCAL_COMPANY_ID.to_owned(),
            remember: true,
        })
        .await
        .unwrap();
    let awaz = callboard.add_awaz(support::awaz_form(&sim)).await.unwrap();

    // Let the access token expire, use the account: the refreshed tokens reach the keychain.
    tokio::time::sleep(Duration::from_millis(1300)).await;
    callboard.personas(&by_password.id).await.unwrap();
    let mut refreshed = None;
    for _ in 0..40 {
        let now = stored_tokens();
        if now != first_tokens {
            refreshed = Some(now);
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let refreshed = refreshed.expect("refreshed tokens saved to the keychain");
    secrets.extend(token_strings(&refreshed));

    // Some journaled actions, as the screens record them.
    let session = callboard.awaz(&awaz.id).await.unwrap();
    let workspace = awaz::WorkspaceRef::by_email(seed::AWAZ_WORKSPACES[0]);
    callboard
        .journal()
        .run(
            NewAction {
                action_key: "top-up".to_owned(),
                kind: ActionKind::AwazCredits,
                account_id: awaz.id.clone(),
                account_name: awaz.name.clone(),
                summary: callboard::words::Words::new("journal-awaz-top-up")
                    .arg("amount", 10.0)
                    .arg("kind", "credits")
                    .arg("workspace", "north-clinic@callboard.test"),
                subject: Some(seed::AWAZ_WORKSPACES[0].to_owned()),
                request: json!({ "credits": 10 }),
            },
            async { Ok(session.client.add_credits(&workspace, 10.0).await?) },
        )
        .await
        .unwrap();
    let gv = callboard.getvocal(&by_key.id).await.unwrap();
    callboard
        .journal()
        .run(
            NewAction {
                action_key: "lead".to_owned(),
                kind: ActionKind::GetVocalLead,
                account_id: by_key.id.clone(),
                account_name: by_key.name.clone(),
                summary: callboard::words::Words::new("journal-getvocal-create-lead")
                    .arg("lead", "Ana"),
                subject: Some("+33612345678".to_owned()),
                request: json!({ "phone_number": "+33612345678" }),
            },
            async {
                Ok(gv
                    .client
                    .create_lead(&getvocal::NewLead {
                        phone_number: "+33612345678".to_owned(),
                        ..Default::default()
                    })
                    .await?)
            },
        )
        .await
        .unwrap();

    callboard.sign_out(&by_password.id).unwrap();
    assert_eq!(
        keychain
            .read(&by_password.id, SecretKind::GetVocalTokens)
            .unwrap(),
        None
    );
    drop(callboard);

    let mut files = Vec::new();
    collect_files(machine.data_dir.path(), &mut files);
    assert!(files.iter().any(|file| file.ends_with("callboard.sqlite3")));
    assert!(files.contains(&machine.settings_file));
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        for secret in &secrets {
            assert!(
                !contains(&bytes, secret.as_bytes()),
                "a secret ({} characters) was found in {}",
                secret.len(),
                file.display()
            );
        }
    }

    // Leave the test keyring as it was.
    let callboard = machine.open().await;
    for account in [&by_password, &by_key, &awaz] {
        callboard.remove_account(&account.id).unwrap();
    }
}

/// The access and refresh tokens inside the stored JSON.
fn token_strings(json: &str) -> Vec<String> {
    let tokens: getvocal::TokenPair = serde_json::from_str(json).unwrap();
    vec![tokens.access, tokens.refresh]
}

fn collect_files(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_files(&path, files);
        } else {
            files.push(path);
        }
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}
