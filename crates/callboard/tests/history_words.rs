//! History's titles follow the language of the moment: a person who switches Callboard to
//! French reads the entries written before in French, whether they came from the journal, a
//! bulk run or an Awaz call log. In its own test binary: the language is the process's.

mod support;

use std::time::Duration;

use callboard::bulk::{
    BulkCalls, BulkRequest, BulkRuns, CallStart, CallWho, ImportSessions, JobState, RunOptions,
};
use callboard::getvocal_actions::{self, LeadForm};
use callboard::history::{History, HistoryKind, HistoryQuery};
use callboard::import::Target;
use callboard::words::{self, Language};
use simulator::{SimConfig, Simulator};

const RECEPTION_AGENT: &str = "65ff9abe3fdcbe533d3be143";
const FIRST_PHONE: &str = "661d7fb88bcadcf1d86fd8b0";

#[tokio::test]
async fn titles_written_in_english_are_read_in_french_after_a_switch() {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let callboard = support::open(dir.path()).await;
    words::set_current(Language::English);
    let getvocal = support::add_getvocal(&callboard, &sim, "Clinics – GetVocal").await;
    let awaz = support::add_awaz(&callboard, &sim, "Clinics – Awaz").await;
    support::without_consent_law(&callboard, &awaz);

    getvocal_actions::create_lead(
        &callboard,
        &getvocal,
        "lead-1".to_owned(),
        &LeadForm {
            phone_number: "+33612345678".to_owned(),
            first_name: "Hélène".to_owned(),
            last_name: "Dupont".to_owned(),
            ..LeadForm::default()
        },
    )
    .await
    .unwrap();
    let csv = dir.path().join("people.csv");
    std::fs::write(
        &csv,
        "Name,Phone,Email\nAda Lovelace,+33 6 11 11 11 11,ada@example.fr\n",
    )
    .unwrap();
    let imports = ImportSessions::default();
    let import_id = support::import_file(&imports, &csv, Target::AwazContacts).import_id;
    let bulk = BulkRuns::open(&callboard, RunOptions::default()).unwrap();
    let job = bulk
        .start(
            &callboard,
            &imports,
            BulkRequest {
                import_id,
                account_id: awaz.clone(),
                calls: Some(BulkCalls {
                    who: CallWho::Awaz {
                        agent_id: RECEPTION_AGENT.to_owned(),
                        from_phone_id: FIRST_PHONE.to_owned(),
                    },
                    start: CallStart::Now,
                    window: None,
                    spacing_seconds: 60,
                }),
            },
        )
        .await
        .unwrap();
    while bulk.status(i64::from(job.id)).unwrap().state == JobState::Running {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    let history = History::default();
    let titles = |rows: &[callboard::history::HistoryRow], prefix: &str, kind: HistoryKind| {
        rows.iter()
            .filter(|row| row.key.starts_with(prefix) && row.kind == kind)
            .map(|row| row.title.clone())
            .collect::<Vec<_>>()
    };
    let english = history
        .page(&callboard, &HistoryQuery::default(), None)
        .await
        .unwrap()
        .rows;
    assert_eq!(
        titles(&english, "bulk:", HistoryKind::Call),
        ["Call to Ada Lovelace (+33611111111)"]
    );

    words::set_current(Language::French);
    let french = history
        .page(&callboard, &HistoryQuery::default(), None)
        .await
        .unwrap()
        .rows;
    assert_eq!(english.len(), french.len());
    assert_eq!(
        titles(&french, "journal:", HistoryKind::Lead),
        ["Créer le prospect Hélène Dupont (+33612345678)"]
    );
    assert_eq!(
        titles(&french, "bulk:", HistoryKind::Contact),
        ["Enregistrer le contact Ada Lovelace (+33611111111)"]
    );
    assert_eq!(
        titles(&french, "bulk:", HistoryKind::Call),
        ["Appel à Ada Lovelace (+33611111111)"]
    );
    // The calls the Awaz log holds that Callboard did not place.
    let logged = titles(&french, "awaz:", HistoryKind::Call);
    assert!(!logged.is_empty());
    assert!(
        logged.iter().all(|title| title.starts_with("Appel à ")),
        "{logged:?}"
    );
    // The search index keeps the words it was written with: names and phones find them still.
    let found = history
        .page(
            &callboard,
            &HistoryQuery {
                text: Some("lovelace".to_owned()),
                ..HistoryQuery::default()
            },
            None,
        )
        .await
        .unwrap();
    assert_eq!(found.total, Some(2));
    words::set_current(Language::English);
}
