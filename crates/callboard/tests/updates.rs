//! An update never starts while a write or a bulk run is on its way, and once installed the
//! journal is closed (folded into its file) and the data folder released for the new version.

mod support;

use std::time::{Duration, Instant};

use callboard::bulk::{BulkRequest, BulkRuns, ImportSessions, JobState, RunOptions};
use callboard::import::Target;
use callboard::updates::{UpdateProblem, UpdateSchedule};
use callboard::{ActionKind, ActionQuery, Begin, DataLock, Database, NewAction, Outcome};
use serde_json::json;
use simulator::{SimConfig, Simulator};

fn top_up() -> NewAction {
    NewAction {
        action_key: "key-1".to_owned(),
        kind: ActionKind::AwazCredits,
        account_id: "acc".to_owned(),
        account_name: "Clinics – Awaz".to_owned(),
        summary: callboard::words::Words::new("journal-awaz-top-up")
            .arg("amount", 10.0)
            .arg("kind", "credits")
            .arg("workspace", "north-clinic@callboard.test"),
        subject: Some("north-clinic@callboard.test".to_owned()),
        request: json!({"credits": 10}),
    }
}

fn code(error: callboard::Error) -> String {
    error.explain().code
}

#[tokio::test]
async fn an_update_waits_for_a_write_in_flight_and_closes_the_journal_once_installed() {
    let dir = tempfile::tempdir().unwrap();
    let callboard = support::open(dir.path()).await;
    let bulk = BulkRuns::open(&callboard, RunOptions::default()).unwrap();
    let Begin::Fresh(id) = callboard.journal().begin(top_up()).unwrap() else {
        panic!("a fresh action");
    };

    assert_eq!(
        callboard.update_blocker(&bulk).unwrap(),
        Some(UpdateProblem::WriteInFlight)
    );
    let mut installed = 0;
    let refused = callboard.install_update(&bulk, || {
        installed += 1;
        Ok(())
    });
    assert_eq!(code(refused.unwrap_err()), "update.write_in_flight");
    assert_eq!(
        installed, 0,
        "nothing is installed while a write is on its way"
    );

    callboard
        .journal()
        .finish(id, Outcome::Succeeded(json!({"ok": true})))
        .unwrap();
    assert_eq!(callboard.update_blocker(&bulk).unwrap(), None);

    // The installer fails (the password was refused): Callboard goes on as before.
    let failed = callboard.install_update(&bulk, || {
        Err(UpdateProblem::InstallFailed("dpkg: refused".to_owned()))
    });
    assert_eq!(code(failed.unwrap_err()), "update.install_failed");
    assert_eq!(
        callboard
            .journal()
            .list(&ActionQuery::default())
            .unwrap()
            .len(),
        1
    );
    assert!(
        DataLock::acquire(dir.path()).is_err(),
        "still this Callboard's folder"
    );

    callboard.install_update(&bulk, || Ok(())).unwrap();
    // Closed: a late write fails before anything could be sent.
    let mut late = top_up();
    late.action_key = "key-2".to_owned();
    assert!(callboard.journal().begin(late).is_err());
    // The new version can open the folder, and finds everything in the file itself.
    let _new_version = DataLock::acquire(dir.path()).unwrap();
    let wal = dir
        .path()
        .join(format!("{}-wal", callboard::service::JOURNAL_FILE));
    assert!(std::fs::metadata(&wal).map_or(true, |file| file.len() == 0));
    let reopened = Database::open(&dir.path().join(callboard::service::JOURNAL_FILE)).unwrap();
    let records = callboard::Journal::new(reopened)
        .list(&ActionQuery::default())
        .unwrap();
    assert_eq!(records.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_update_and_the_automatic_check_wait_for_a_bulk_run() {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    // Every lead request takes three seconds: the run is still sending when asked.
    sim.inject(
        json!({"route": "POST /v1/leads", "delay_ms": 3_000, "process": true, "probability": 1.0}),
    );
    let dir = tempfile::tempdir().unwrap();
    let callboard = support::open(dir.path()).await;
    let account_id = support::add_getvocal(&callboard, &sim, "Acme – GetVocal").await;
    let csv = dir.path().join("people.csv");
    std::fs::write(
        &csv,
        "Prénom;Nom;Téléphone\nAnn;Example;+33 6 10 00 00 01\n",
    )
    .unwrap();
    let imports = ImportSessions::default();
    let import_id = support::import_file(&imports, &csv, Target::GetVocalLeads).import_id;
    let bulk = BulkRuns::open(&callboard, RunOptions::default()).unwrap();
    let schedule = UpdateSchedule::new(dir.path());
    assert!(schedule
        .automatic_check_due(chrono::Utc::now(), &bulk)
        .unwrap());

    let job = bulk
        .start(
            &callboard,
            &imports,
            BulkRequest {
                import_id,
                account_id,
                calls: None,
            },
        )
        .await
        .unwrap();
    assert_eq!(
        callboard.update_blocker(&bulk).unwrap(),
        Some(UpdateProblem::BulkRunning)
    );
    assert!(!schedule
        .automatic_check_due(chrono::Utc::now(), &bulk)
        .unwrap());
    let refused = callboard.install_update(&bulk, || panic!("installed during a bulk run"));
    assert_eq!(code(refused.unwrap_err()), "update.bulk_running");

    let started = Instant::now();
    while bulk.any_running() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the run did not end"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        bulk.status(job.id.into()).unwrap().state,
        JobState::Finished
    );
    assert_eq!(callboard.update_blocker(&bulk).unwrap(), None);

    // A day after a check, the next one is due again.
    schedule.checked(chrono::Utc::now()).unwrap();
    assert!(!schedule
        .automatic_check_due(chrono::Utc::now(), &bulk)
        .unwrap());
    let tomorrow = chrono::Utc::now() + chrono::TimeDelta::hours(25);
    assert!(schedule.automatic_check_due(tomorrow, &bulk).unwrap());
    schedule.set_check_automatically(false).unwrap();
    assert!(!schedule.automatic_check_due(tomorrow, &bulk).unwrap());
}
