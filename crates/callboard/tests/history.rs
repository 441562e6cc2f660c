//! The one history against the simulator over loopback HTTP: the journal, a bulk run and the
//! Awaz call log merged (a call Callboard scheduled shows once), filtered, charted and exported.

use std::sync::Arc;
use std::time::Duration;

use callboard::awaz_actions::{self, AwazCallForm};
use callboard::bulk::{
    BulkCalls, BulkRequest, BulkRuns, CallStart, CallWho, ImportChange, ImportSessions,
    ImportSource, JobState, RunOptions,
};
use callboard::endpoints::Platform;
use callboard::getvocal_actions::{self, CallWhen, LeadForm};
use callboard::history::{History, HistoryKind, HistoryQuery, Sort};
use callboard::import::Target;
use callboard::{
    AwazAccountForm, Callboard, GetVocalPasswordForm, MemorySecrets, MemorySettings, OpenOptions,
};
use chrono::Utc;
use simulator::{seed, SimConfig, Simulator};

const RECEPTION_AGENT: &str = "65ff9abe3fdcbe533d3be143";
const FIRST_PHONE: &str = "661d7fb88bcadcf1d86fd8b0";

struct Setup {
    _sim: Simulator,
    _dir: tempfile::TempDir,
    callboard: Callboard,
    bulk: BulkRuns,
    getvocal: String,
    awaz: String,
}

/// A GetVocal lead with a formula for a name, an Awaz call from the schedule screen, and a
/// bulk run of two Awaz contacts with calls.
async fn setup() -> Setup {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let callboard = Callboard::open(OpenOptions {
        data_dir: dir.path().to_owned(),
        settings: Arc::new(MemorySettings::new()),
        keychain: Arc::new(MemorySecrets::new()),
        demo: false,
    })
    .await
    .unwrap();
    let getvocal = callboard
        .add_getvocal_with_password(GetVocalPasswordForm {
            // A name a spreadsheet would run as a formula.
            name: "=SUM(A1:A9)".to_owned(),
            base_url: Some(sim.getvocal_url()),
            email: seed::GETVOCAL_EMAIL.to_owned(),
            password: seed::GETVOCAL_PASSWORD.to_owned(),
            company_id: seed::GETVOCAL_COMPANY_ID.to_owned(),
            remember: false,
        })
        .await
        .unwrap()
        .id;
    let awaz = callboard
        .add_awaz(AwazAccountForm {
            name: "Clinics – Awaz".to_owned(),
            base_url: Some(sim.awaz_url()),
            api_key: seed::AWAZ_API_KEY.to_owned(),
            remember: false,
        })
        .await
        .unwrap()
        .id;

    getvocal_actions::create_lead(
        &callboard,
        &getvocal,
        "lead-1".to_owned(),
        &LeadForm {
            phone_number: "+33612345678".to_owned(),
            first_name: "=HYPERLINK(\"http://evil.test\")".to_owned(),
            last_name: "Dupont".to_owned(),
            ..LeadForm::default()
        },
    )
    .await
    .unwrap();
    awaz_actions::schedule_call(
        &callboard,
        &awaz,
        "call-1".to_owned(),
        AwazCallForm {
            agent_id: RECEPTION_AGENT.to_owned(),
            from_phone_id: FIRST_PHONE.to_owned(),
            contact_name: "Marie Curie".to_owned(),
            contact_phone: "+33698765432".to_owned(),
            when: CallWhen::Now,
        },
    )
    .await
    .unwrap();

    let csv = dir.path().join("people.csv");
    std::fs::write(
        &csv,
        "Name,Phone,Email\nAda Lovelace,+33 6 11 11 11 11,ada@example.fr\nAlan Turing,+33 6 22 22 22 22,alan@example.fr\n",
    )
    .unwrap();
    let imports = ImportSessions::default();
    let preview = imports
        .open(
            ImportSource::Path {
                path: csv.display().to_string(),
            },
            "FR",
        )
        .unwrap();
    imports
        .update(
            &preview.import_id,
            ImportChange {
                target: Some(Target::AwazContacts),
                ..ImportChange::default()
            },
        )
        .unwrap();
    let bulk = BulkRuns::open(&callboard, RunOptions::default()).unwrap();
    let job = bulk
        .start(
            &callboard,
            &imports,
            BulkRequest {
                import_id: preview.import_id,
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
    Setup {
        _sim: sim,
        _dir: dir,
        callboard,
        bulk,
        getvocal,
        awaz,
    }
}

impl Setup {
    async fn rows(
        &self,
        history: &History,
        query: HistoryQuery,
    ) -> Vec<callboard::history::HistoryRow> {
        history
            .page(&self.callboard, &self.bulk, &query)
            .await
            .unwrap()
            .rows
    }
}

#[tokio::test]
async fn journal_bulk_rows_and_the_awaz_call_log_merge_into_one_list() {
    let setup = setup().await;
    let history = History::default();
    let page = history
        .page(&setup.callboard, &setup.bulk, &HistoryQuery::default())
        .await
        .unwrap();
    assert!(page.complete);
    // Ours only: Callboard opened in demo mode (no saved account), and adding a real account
    // ended it, practice accounts included.
    assert_eq!(page.awaz_pages_loaded, 1);

    let calls: Vec<_> = page
        .rows
        .iter()
        .filter(|row| row.kind == HistoryKind::Call && row.account_name == "Clinics – Awaz")
        .collect();
    // Six seeded calls, the scheduled one and the two of the bulk run: each once.
    assert_eq!(calls.len(), 9, "{calls:#?}");
    let curie: Vec<_> = calls
        .iter()
        .filter(|row| row.title.contains("+33698765432"))
        .collect();
    assert_eq!(curie.len(), 1);
    assert!(curie[0].key.starts_with("journal:"));
    let bulk_calls: Vec<_> = calls
        .iter()
        .filter(|row| row.key.starts_with("bulk:"))
        .collect();
    assert_eq!(bulk_calls.len(), 2);
    assert_eq!(bulk_calls[0].title, "Call to Alan Turing (+33622222222)");
    assert!(page.rows.iter().any(|row| row.kind == HistoryKind::Lead
        && row.status == "done"
        && row.platform == Platform::GetVocal));
    assert_eq!(
        page.rows
            .iter()
            .filter(|row| row.kind == HistoryKind::Contact)
            .count(),
        2
    );
    // Newest first.
    assert!(page
        .rows
        .windows(2)
        .all(|pair| pair[0].when >= pair[1].when));
}

#[tokio::test]
async fn filters_sort_and_the_chart_count_calls_by_day_and_status() {
    let setup = setup().await;
    let history = History::default();
    let only = |query: HistoryQuery| setup.rows(&history, query);

    let getvocal = only(HistoryQuery {
        platforms: vec![Platform::GetVocal],
        ..HistoryQuery::default()
    })
    .await;
    assert_eq!(getvocal.len(), 1, "{getvocal:#?}");
    assert_eq!(
        only(HistoryQuery {
            account_id: Some(setup.getvocal.clone()),
            ..HistoryQuery::default()
        })
        .await
        .len(),
        1
    );
    let busy = only(HistoryQuery {
        statuses: vec!["busy".to_owned()],
        account_id: Some(setup.awaz.clone()),
        ..HistoryQuery::default()
    })
    .await;
    assert_eq!(busy.len(), 1);
    assert_eq!(busy[0].platform, Platform::Awaz);
    let turing = only(HistoryQuery {
        text: Some("TURING".to_owned()),
        ..HistoryQuery::default()
    })
    .await;
    assert_eq!(turing.len(), 2, "the contact and its call");

    let today = Utc::now().date_naive();
    let tomorrow = today.succ_opt().unwrap().to_string();
    assert!(only(HistoryQuery {
        from: Some(tomorrow.clone()),
        to: Some(tomorrow),
        account_id: Some(setup.getvocal.clone()),
        ..HistoryQuery::default()
    })
    .await
    .is_empty());
    assert_eq!(
        only(HistoryQuery {
            from: Some(today.to_string()),
            to: Some(today.to_string()),
            account_id: Some(setup.getvocal.clone()),
            ..HistoryQuery::default()
        })
        .await
        .len(),
        1
    );
    let oldest = only(HistoryQuery {
        account_id: Some(setup.awaz.clone()),
        sort: Sort::Oldest,
        ..HistoryQuery::default()
    })
    .await;
    assert!(oldest.windows(2).all(|pair| pair[0].when <= pair[1].when));

    let chart = history
        .chart(
            &setup.callboard,
            &setup.bulk,
            &HistoryQuery {
                account_id: Some(setup.awaz.clone()),
                ..HistoryQuery::default()
            },
        )
        .await
        .unwrap();
    let calls: u32 = chart
        .iter()
        .flat_map(|bucket| bucket.counts.iter().map(|count| count.count))
        .sum();
    assert_eq!(calls, 9);
    assert!(chart.windows(2).all(|pair| pair[0].day < pair[1].day));
    assert!(chart
        .iter()
        .flat_map(|bucket| &bucket.counts)
        .any(|count| count.status == "scheduled"));
}

#[tokio::test]
async fn a_bad_day_is_refused_on_its_field_and_the_export_neutralises_formulas() {
    let setup = setup().await;
    let history = History::default();
    let refused = history
        .page(
            &setup.callboard,
            &setup.bulk,
            &HistoryQuery {
                from: Some("24/11/2026".to_owned()),
                ..HistoryQuery::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(refused.explain().field.as_deref(), Some("from"));

    let folder = tempfile::tempdir().unwrap();
    let exported = history
        .export(
            &setup.callboard,
            &setup.bulk,
            &HistoryQuery {
                platforms: vec![Platform::GetVocal],
                ..HistoryQuery::default()
            },
            folder.path(),
        )
        .await
        .unwrap();
    assert_eq!(exported.rows, 1);
    let text = std::fs::read_to_string(&exported.path).unwrap();
    assert!(text.starts_with('\u{feff}'));
    let row = text.lines().nth(1).unwrap();
    assert!(row.contains(",GetVocal,'=SUM(A1:A9),Lead,done,"), "{row}");
    assert!(
        row.contains(r#"Create the lead =HYPERLINK(""http://evil.test"") Dupont (+33612345678)"#),
        "{row}"
    );
}
