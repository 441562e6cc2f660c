//! Opening Callboard safely: one Callboard per data folder, a damaged settings file reported
//! instead of read as "no accounts", and demo mode that never mixes with real accounts (adding
//! a real one ends it; the practice platforms' inspection routes are closed to other programs).

mod support;

use std::sync::Arc;

use callboard::{
    AwazAccountForm, Callboard, Error, JsonFileSettings, MemorySecrets, MemorySettings,
    OpenOptions, SettingsStore,
};
use simulator::{SimConfig, Simulator};

fn options(data_dir: &std::path::Path, settings: Arc<dyn SettingsStore>) -> OpenOptions {
    OpenOptions {
        data_dir: data_dir.to_owned(),
        settings,
        keychain: Arc::new(MemorySecrets::new()),
        demo: false,
    }
}

async fn open(data_dir: &std::path::Path) -> callboard::Result<Callboard> {
    Callboard::open(options(data_dir, Arc::new(MemorySettings::new()))).await
}

#[tokio::test]
async fn a_data_folder_opens_once_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let first = open(dir.path()).await.unwrap();

    let Err(second) = open(dir.path()).await else {
        panic!("a second Callboard opened the same data folder");
    };
    let Error::DataFolderInUse { folder } = &second else {
        panic!("expected DataFolderInUse, got {second:?}");
    };
    assert_eq!(folder, &dir.path().display().to_string());
    let explanation = second.explain();
    assert!(
        explanation.title.contains("already open"),
        "{}",
        explanation.title
    );
    assert!(explanation.next_step.contains(folder.as_str()));

    // Another folder is not concerned, and the first one opens again once it is closed.
    let elsewhere = tempfile::tempdir().unwrap();
    open(elsewhere.path()).await.unwrap();
    drop(first);
    open(dir.path()).await.expect("the folder is free again");
}

#[tokio::test]
async fn a_damaged_settings_file_stops_the_opening_and_is_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.json");
    std::fs::write(&path, b"{\"callboard\": {\"accounts\": [tru").unwrap();
    let settings = Arc::new(JsonFileSettings::under_key(&path, "callboard"));

    let Err(error) = Callboard::open(options(dir.path(), settings.clone())).await else {
        panic!("a damaged settings file was read as no settings (demo mode, no accounts)");
    };
    assert!(
        matches!(&error, Error::SettingsDamaged { path: named, .. } if *named == path.display().to_string()),
        "{error:?}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        b"{\"callboard\": {\"accounts\": [tru",
        "the file is kept for the person to restore"
    );
    // The failed opening let go of the data folder.
    std::fs::write(&path, b"{}").unwrap();
    Callboard::open(options(dir.path(), settings))
        .await
        .unwrap();
}

#[tokio::test]
async fn adding_a_real_account_ends_demo_mode_and_removes_the_practice_accounts() {
    // The "real" platform: a second simulator, not the practice one of demo mode.
    let real = Simulator::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let settings = Arc::new(MemorySettings::new());
    let callboard = Callboard::open(options(dir.path(), settings.clone()))
        .await
        .unwrap();
    assert!(callboard.is_demo());
    assert!(callboard.demo_servers().is_some());
    let practice = callboard.accounts();
    assert_eq!(practice.len(), 2);
    assert!(practice.iter().all(|account| account.demo));

    let added = callboard
        .add_getvocal_with_password(support::getvocal_form(&real))
        .await
        .unwrap();
    assert!(!added.demo);

    assert!(
        !callboard.is_demo(),
        "a real account ends demo mode at once"
    );
    assert!(callboard.demo_servers().is_none());
    let listed = callboard.accounts();
    assert_eq!(
        listed
            .iter()
            .map(|a| (a.name.as_str(), a.demo))
            .collect::<Vec<_>>(),
        [("Acme – GetVocal", false)],
        "the practice accounts are gone"
    );
    for account in &practice {
        let refused = callboard.personas(&account.id).await;
        assert!(
            matches!(refused, Err(Error::UnknownAccount { .. })),
            "{}: {refused:?}",
            account.name
        );
    }
    assert_eq!(callboard.personas(&added.id).await.unwrap().len(), 2);
    assert_eq!(settings.load().unwrap().accounts.len(), 1);

    // A failed addition does not end demo mode in another run.
    drop(callboard);
    let dir = tempfile::tempdir().unwrap();
    let callboard = open(dir.path()).await.unwrap();
    let refused = callboard
        .add_awaz(AwazAccountForm {
            api_key: "not-a-key".to_owned(),
            remember: false,
            ..support::awaz_form(&real)
        })
        .await;
    assert!(refused.is_err());
    assert!(callboard.is_demo());
    assert_eq!(callboard.accounts().len(), 2);
    real.shutdown().await;
}

#[tokio::test]
async fn a_demo_asked_for_with_saved_accounts_shows_only_the_practice_ones() {
    let real = Simulator::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let settings = Arc::new(MemorySettings::new());
    let keychain = Arc::new(MemorySecrets::new());
    let opening = |demo: bool| OpenOptions {
        data_dir: dir.path().to_owned(),
        settings: settings.clone(),
        keychain: keychain.clone(),
        demo,
    };
    let saved = {
        let callboard = Callboard::open(opening(false)).await.unwrap();
        callboard.add_awaz(support::awaz_form(&real)).await.unwrap()
    };

    let callboard = Callboard::open(opening(true)).await.unwrap();
    assert!(callboard.is_demo());
    let listed = callboard.accounts();
    assert!(listed.iter().all(|account| account.demo), "{listed:?}");
    let hidden = callboard.phones(&saved.id).await;
    assert!(
        matches!(hidden, Err(Error::UnknownAccount { .. })),
        "a saved account can't be used under the demo banner: {hidden:?}"
    );
    assert_eq!(
        real.requests("GET /v1/phones"),
        1,
        "only the check when it was added"
    );
}

#[tokio::test]
async fn the_practice_platforms_hide_their_inspection_routes_from_other_programs() {
    let dir = tempfile::tempdir().unwrap();
    let callboard = open(dir.path()).await.unwrap();
    let servers = callboard.demo_servers().unwrap();
    let http = reqwest::Client::new();
    for base in [
        servers.getvocal_url.trim_end_matches("/v1").to_owned(),
        servers.awaz_url.clone(),
    ] {
        for (method, path) in [
            ("GET", "/_sim/state"),
            ("POST", "/_sim/reset"),
            ("POST", "/_sim/faults"),
        ] {
            let answer = http
                .request(method.parse().unwrap(), format!("{base}{path}"))
                .body(r#"{"route": "*", "status": 500}"#)
                .send()
                .await
                .unwrap();
            assert_eq!(answer.status(), 404, "{method} {base}{path}");
        }
    }
    // The practice accounts still work: no fault was added by those requests.
    let accounts = callboard.accounts();
    assert_eq!(callboard.personas(&accounts[0].id).await.unwrap().len(), 2);
}
