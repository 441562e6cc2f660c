//! The do-not-call list and the calling rules as Callboard applies them: numbers added by hand,
//! from a spreadsheet and from an opt-out file, refused in imports with the list's reason, and
//! exported; a bulk run with French, American and British numbers placed inside each callee's
//! legal window, checked at the simulator.

mod support;

use std::time::Duration;

use base64::Engine;
use callboard::bulk::{
    BulkCalls, BulkRequest, BulkRuns, CallStart, CallWho, ImportChange, ImportSessions,
    ImportSource, JobState, RunOptions,
};
use callboard::calling::{self, AccountRules, Calling, ConsentForm, RefusalForm};
use callboard::do_not_call::{AddFile, AddNumber, DoNotCall, ListSource};
use callboard::import::Target;
use callboard::when::ScheduleAt;
use callboard::{Callboard, Database};
use chrono::{DateTime, Datelike, Timelike, Utc};
use simulator::{SimConfig, Simulator};

use support::{FIRST_PHONE, RECEPTION_AGENT};

fn by_hand(phone: &str) -> AddNumber {
    AddNumber {
        phone: phone.to_owned(),
        added_by: "Marie (North Agency)".to_owned(),
        reason: "Asked us on the phone".to_owned(),
        source: ListSource::ByHand,
        account_name: None,
    }
}

fn file(name: &str, text: &str, source: ListSource) -> AddFile {
    AddFile {
        file_name: name.to_owned(),
        base64: base64::engine::general_purpose::STANDARD.encode(text),
        added_by: "Paul".to_owned(),
        reason: String::new(),
        source,
    }
}

#[test]
fn numbers_added_by_hand_and_from_files_are_listed_once_with_who_when_and_why() {
    let list = DoNotCall::new(Database::in_memory().unwrap());
    let marie = list.add(&by_hand("06 12 34 56 78"), "FR").unwrap();
    assert_eq!(marie.phone, "+33612345678");
    assert_eq!(marie.added_by, "Marie (North Agency)");
    assert!(marie
        .refusal()
        .starts_with("Not called: +33612345678 is on the do-not-call list (added by hand by Marie (North Agency) on "));
    assert!(marie.refusal().ends_with(": Asked us on the phone)."));
    // Added again: the first entry stays.
    let again = list
        .add(
            &AddNumber {
                added_by: "Someone else".to_owned(),
                ..by_hand("+33 6 12 34 56 78")
            },
            "FR",
        )
        .unwrap();
    assert_eq!(again.added_by, "Marie (North Agency)");

    // A contact list: a header, the number in any column, one line without a number.
    let spreadsheet =
        "Name;Phone;Note\nAnn;+1 212 555 0100;x\nBob;no number here;y\nMarie;0612345678;dup\n";
    let added = list
        .add_file(
            &file("optout.csv", spreadsheet, ListSource::Spreadsheet),
            "FR",
        )
        .unwrap();
    assert_eq!((added.added, added.already_listed), (1, 1));
    assert_eq!(added.skipped.len(), 1);
    assert_eq!(added.skipped[0].line, 3);

    // An opt-out result file: one number a line, written without the "+".
    let national = "33698765432\n447400123456\n";
    let added = list
        .add_file(
            &file("bloctel.txt", national, ListSource::NationalList),
            "FR",
        )
        .unwrap();
    assert_eq!((added.added, added.skipped.len()), (2, 0));
    let uk = list.listed("+447400123456").unwrap().unwrap();
    assert_eq!(uk.source, ListSource::NationalList);
    assert_eq!(uk.reason, "Asked not to be called (file bloctel.txt)");

    assert_eq!(list.list(None).unwrap().len(), 4);
    assert_eq!(list.list(Some("212")).unwrap().len(), 1);

    // Removed: off the list, and it can come back.
    list.remove("+12125550100", "Paul").unwrap();
    assert!(list.listed("+12125550100").unwrap().is_none());
    assert!(list.remove("+12125550100", "Paul").is_err());
    list.add(&by_hand("+1 212 555 0100"), "FR").unwrap();
    assert!(list.listed("+12125550100").unwrap().is_some());

    // Exported with a formula-safe phone cell and who added it.
    let dir = tempfile::tempdir().unwrap();
    let exported = list.export(dir.path()).unwrap();
    assert_eq!(exported.rows, 4);
    let text = std::fs::read_to_string(&exported.path).unwrap();
    assert!(
        text.contains("Phone,Added by,Account,Why,How,Added (UTC)"),
        "{text}"
    );
    assert!(text.contains("'+33612345678,Marie (North Agency),,Asked us on the phone,by hand,"));
    assert!(text.contains("from a national opt-out file"));
}

#[test]
fn a_blank_name_is_refused_on_its_field() {
    let list = DoNotCall::new(Database::in_memory().unwrap());
    let error = list
        .add(
            &AddNumber {
                added_by: " ".to_owned(),
                ..by_hand("+33612345678")
            },
            "FR",
        )
        .unwrap_err();
    assert!(matches!(error, callboard::Error::InvalidField { field, .. } if field == "added_by"));
}

struct Setup {
    sim: Simulator,
    _dir: tempfile::TempDir,
    callboard: Callboard,
    bulk: BulkRuns,
    imports: ImportSessions,
    awaz: String,
}

async fn setup() -> Setup {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let callboard = support::open(dir.path()).await;
    let awaz = support::add_awaz(&callboard, &sim, "Clinics – Awaz").await;
    let bulk = BulkRuns::open(
        &callboard,
        RunOptions {
            retry_pause: Duration::from_millis(50),
            ..RunOptions::default()
        },
    )
    .unwrap();
    Setup {
        sim,
        _dir: dir,
        callboard,
        bulk,
        imports: ImportSessions::default(),
        awaz,
    }
}

/// French (with their consent date), American (New York, Florida) and British people; one
/// French number on the do-not-call list.
const PEOPLE: &str = "Name,Phone,Email,Consent date\n\
Marie Dupont,+33 6 12 34 56 78,marie@example.fr,2026-09-01\n\
Ann Lee,+1 212 555 0100,ann@example.com,\n\
Luc Martin,+33 6 98 76 54 32,luc@example.fr,2026-09-02\n\
Sam Hill,+1 305 555 0101,sam@example.com,\n\
Olivia Brown,+44 7400 123456,olivia@example.co.uk,\n\
Jean Listed,+33 6 11 11 11 11,jean@example.fr,2026-09-03\n";

/// The people's numbers as Callboard writes them.
const PHONES: [&str; 6] = [
    "+33612345678",
    "+12125550100",
    "+33698765432",
    "+13055550101",
    "+447400123456",
    "+33611111111",
];

/// [`PEOPLE`] opened as Awaz contacts; its import id.
fn open_people(imports: &ImportSessions) -> String {
    let preview = imports
        .open(
            ImportSource::Bytes {
                name: "people.csv".to_owned(),
                base64: base64::engine::general_purpose::STANDARD.encode(PEOPLE),
            },
            "FR",
        )
        .unwrap();
    let preview = imports
        .update(
            &preview.import_id,
            ImportChange {
                target: Some(Target::AwazContacts),
                ..ImportChange::default()
            },
        )
        .unwrap();
    assert!(
        preview.mapping_problems.is_empty(),
        "{:?}",
        preview.mapping_problems
    );
    preview.import_id
}

/// Waits for a run to stop sending.
async fn until_ended(bulk: &BulkRuns, job_id: i64) {
    let started = std::time::Instant::now();
    while bulk.status(job_id).unwrap().state == JobState::Running {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the run did not end"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn request(import_id: String, account_id: String, at: ScheduleAt) -> BulkRequest {
    BulkRequest {
        import_id,
        account_id,
        calls: Some(BulkCalls {
            who: CallWho::Awaz {
                agent_id: RECEPTION_AGENT.to_owned(),
                from_phone_id: FIRST_PHONE.to_owned(),
            },
            start: CallStart::At { at },
            window: None,
            spacing_seconds: 60,
        }),
    }
}

/// A Saturday at 19:30 in Paris, far enough ahead for the test to keep its meaning for years.
fn saturday_evening() -> ScheduleAt {
    ScheduleAt {
        date: "2030-12-07".to_owned(),
        time: "19:30".to_owned(),
        zone: "Europe/Paris".to_owned(),
    }
}

#[tokio::test]
async fn a_saturday_evening_run_calls_each_person_in_their_own_legal_hours_and_never_a_listed_one()
{
    let Setup {
        sim,
        _dir,
        callboard,
        bulk,
        imports,
        awaz,
    } = setup().await;
    DoNotCall::new(callboard.database().clone())
        .add(&by_hand("+33 6 11 11 11 11"), "FR")
        .unwrap();
    let import_id = open_people(&imports);
    let asked = request(import_id, awaz.clone(), saturday_evening());

    // The review: local times, who moves where and why, the listed number refused.
    let review = bulk.review(&callboard, &imports, &asked).unwrap();
    assert_eq!(review.refused, 1, "{review:#?}");
    let row = |name: &str| {
        review
            .rows
            .iter()
            .find(|row| row.name == name)
            .unwrap_or_else(|| panic!("no row {name}"))
    };
    assert!(row("Marie Dupont")
        .local_time
        .as_deref()
        .unwrap()
        .ends_with(", Europe/Paris"));
    assert!(row("Ann Lee")
        .local_time
        .as_deref()
        .unwrap()
        .ends_with(", America/New_York"));
    let listed = row("Jean Listed");
    assert!(listed
        .refused
        .as_deref()
        .unwrap()
        .contains("do-not-call list"));
    assert_eq!(listed.call_at, None);
    let marie = row("Marie Dupont");
    assert_eq!(
        marie.call_at.as_deref(),
        Some("Mon 9 Dec 10:00, Europe/Paris")
    );
    assert!(
        marie.note.as_deref().unwrap().contains("French weekend"),
        "{marie:?}"
    );
    // New York on a Saturday afternoon: allowed at once.
    assert_eq!(
        row("Ann Lee").call_at.as_deref(),
        Some("Sat 7 Dec 13:30, America/New_York")
    );
    assert_eq!(row("Ann Lee").note, None);
    assert!(
        review.moved_groups.iter().any(|group| group
            .starts_with("2 moved to Monday 9 December 10:00, Europe/Paris: French weekend")),
        "{:?}",
        review.moved_groups
    );

    // The run: nobody listed is called, every call inside its callee's window.
    let job = bulk.start(&callboard, &imports, asked).await.unwrap();
    let job_id = i64::from(job.id);
    until_ended(&bulk, job_id).await;
    let failed = bulk.failed_rows(job_id).unwrap();
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(failed[0].phone, "+33611111111");
    assert!(failed[0].skipped, "a listed number is skipped, not failed");
    let state = sim.snapshot();
    let calls = state["awaz"]["calls"].as_array().unwrap();
    let ours: Vec<(&str, DateTime<Utc>)> = calls
        .iter()
        .filter(|call| call["agent"] == RECEPTION_AGENT)
        .map(|call| {
            (
                call["contact"]["phone"].as_str().unwrap(),
                call["starts_at"].as_str().unwrap().parse().unwrap(),
            )
        })
        .filter(|(phone, _)| PHONES.contains(phone))
        .collect();
    assert!(ours.iter().all(|(phone, _)| *phone != "+33611111111"));
    assert_eq!(ours.len(), 5, "{ours:?}");
    for (phone, at) in ours {
        let (zone, days, from, to): (chrono_tz::Tz, &[u32], u32, u32) = match &phone[..3] {
            "+33" => (chrono_tz::Europe::Paris, &[1, 2, 3, 4, 5], 10, 20),
            "+44" => (chrono_tz::Europe::London, &[1, 2, 3, 4, 5], 9, 19),
            _ if phone.starts_with("+1305") => {
                (chrono_tz::America::New_York, &[1, 2, 3, 4, 5, 6, 7], 8, 20)
            }
            _ => (chrono_tz::America::New_York, &[1, 2, 3, 4, 5, 6, 7], 8, 21),
        };
        let local = at.with_timezone(&zone);
        assert!(
            days.contains(&local.weekday().number_from_monday())
                && (from..to).contains(&local.hour())
                && !(phone.starts_with("+33") && local.hour() == 13),
            "{phone} called at {local}"
        );
    }
}

#[test]
fn account_rules_and_consent_acknowledgements_are_kept_in_the_journal() {
    let calling = Calling::new(Database::in_memory().unwrap());
    assert_eq!(calling.settings().unwrap().default_rule.from, "09:00");
    let saved = calling
        .save_account_rules(AccountRules {
            account_id: "north".to_owned(),
            hours: None,
            max_attempts: Some(2),
            per_days: Some(7),
            consent_rules_apply: true,
        })
        .unwrap();
    assert_eq!(saved.accounts.len(), 1);
    let half = AccountRules {
        account_id: "north".to_owned(),
        max_attempts: Some(2),
        ..AccountRules::default()
    };
    assert!(calling.save_account_rules(half).is_err());

    assert!(calling.consent_for("north", "import-1").unwrap().is_none());
    let form = ConsentForm {
        account_id: "north".to_owned(),
        list: "import-1".to_owned(),
        list_name: "people.csv".to_owned(),
        acknowledged_by: "Marie".to_owned(),
    };
    let acknowledged = calling.acknowledge_consent(&form, "North – Awaz").unwrap();
    assert_eq!(
        acknowledged.statement,
        "Marie confirmed holding the prior consent of every person in “people.csv” to be called for “North – Awaz”."
    );
    assert_eq!(
        calling.consent_for("north", "import-1").unwrap(),
        Some(acknowledged)
    );
}

#[tokio::test]
async fn consent_for_the_list_lifts_only_what_the_law_lifts_and_is_journaled() {
    let Setup {
        sim: _sim,
        _dir,
        callboard,
        bulk,
        imports,
        awaz,
    } = setup().await;
    DoNotCall::new(callboard.database().clone())
        .add(&by_hand("+33 6 11 11 11 11"), "FR")
        .unwrap();
    let import_id = open_people(&imports);
    let asked = request(import_id.clone(), awaz.clone(), saturday_evening());

    // Marie and Luc wait for Monday (French weekend): consent would let them be called on
    // Saturday. Olivia waits for Settings' weekdays and Jean is listed: consent changes neither.
    let review = bulk.review(&callboard, &imports, &asked).unwrap();
    assert_eq!(review.consent_would_allow, 2, "{review:#?}");
    assert_eq!(review.consent, None);

    let form = ConsentForm {
        account_id: awaz.clone(),
        list: import_id,
        list_name: "people.csv".to_owned(),
        acknowledged_by: "Paul".to_owned(),
    };
    Calling::new(callboard.database().clone())
        .acknowledge_consent(&form, "Clinics – Awaz")
        .unwrap();
    let review = bulk.review(&callboard, &imports, &asked).unwrap();
    assert_eq!(review.consent_would_allow, 0);
    assert_eq!(review.consent.as_ref().unwrap().acknowledged_by, "Paul");
    let row = |name: &str| review.rows.iter().find(|row| row.name == name).unwrap();
    let marie = row("Marie Dupont");
    assert_eq!(
        marie.call_at.as_deref(),
        Some("Sat 7 Dec 19:30, Europe/Paris")
    );
    assert_eq!(marie.note, None);
    let olivia = row("Olivia Brown");
    assert!(
        olivia.note.as_deref().unwrap().contains("Settings"),
        "{olivia:?}"
    );
    assert!(row("Jean Listed")
        .refused
        .as_deref()
        .unwrap()
        .contains("do-not-call list"));
}

#[tokio::test]
async fn they_said_no_skips_the_person_for_sixty_days_without_a_retry_and_exports_why() {
    let Setup {
        sim: _sim,
        _dir,
        callboard,
        bulk,
        imports,
        awaz,
    } = setup().await;
    DoNotCall::new(callboard.database().clone())
        .add(&by_hand("+33 6 11 11 11 11"), "FR")
        .unwrap();
    let recorded = calling::record_refusal(
        &callboard,
        &RefusalForm {
            account_id: awaz.clone(),
            phone: "+33 6 12 34 56 78".to_owned(),
            call: "Awaz call 42".to_owned(),
            recorded_by: "Paul".to_owned(),
        },
    )
    .unwrap();
    assert_eq!(recorded.phone, "+33612345678");
    assert!(
        recorded.effect.contains("may be called again from"),
        "{}",
        recorded.effect
    );
    let unreadable = RefusalForm {
        account_id: awaz.clone(),
        phone: "+1 212 555 0100".to_owned(),
        call: "Awaz call 43".to_owned(),
        recorded_by: " ".to_owned(),
    };
    assert!(calling::record_refusal(&callboard, &unreadable).is_err());
    let american = calling::record_refusal(
        &callboard,
        &RefusalForm {
            recorded_by: "Paul".to_owned(),
            ..unreadable
        },
    )
    .unwrap();
    assert!(
        american.effect.contains("no waiting time after a refusal"),
        "{}",
        american.effect
    );

    // A run starting now: Marie said no today, Jean is listed. Both are skipped, with why.
    let mut asked = request(open_people(&imports), awaz.clone(), saturday_evening());
    if let Some(calls) = asked.calls.as_mut() {
        calls.start = CallStart::Now;
    }
    let job = bulk.start(&callboard, &imports, asked).await.unwrap();
    let job_id = i64::from(job.id);
    until_ended(&bulk, job_id).await;
    let view = bulk.status(job_id).unwrap();
    let skipped: Vec<_> = bulk
        .failed_rows(job_id)
        .unwrap()
        .into_iter()
        .filter(|row| row.skipped)
        .collect();
    assert_eq!(view.skipped, 2, "{skipped:?}");
    let marie = skipped
        .iter()
        .find(|row| row.phone == "+33612345678")
        .unwrap();
    let why = marie.reason.as_deref().unwrap();
    assert!(
        why.contains("said no on") && why.contains("may be called again from"),
        "{why}"
    );

    // No plain retry: the same rule would refuse it again.
    let lines: Vec<u32> = skipped.iter().map(|row| row.line).collect();
    let after = bulk.retry_rows(&callboard, job_id, &lines).await.unwrap();
    assert_eq!(after.state, JobState::Finished);
    assert_eq!(after.skipped, 2);

    let folder = tempfile::tempdir().unwrap();
    let exported = bulk.export_failed(job_id, folder.path()).unwrap();
    let text = std::fs::read_to_string(&exported.path).unwrap();
    let marie_line = text
        .lines()
        .find(|line| line.contains("+33612345678"))
        .unwrap();
    assert!(
        marie_line.contains("skipped") && marie_line.contains("may be called again from"),
        "{marie_line}"
    );
    assert!(text.contains("do-not-call list"), "{text}");
}

/// The French consent law covers sales calls only: an account's French calls need a consent
/// date once the agency says its lists are sales calls, and not before.
#[test]
fn the_consent_law_applies_once_an_account_says_its_calls_are_sales_calls() {
    let database = Database::in_memory().unwrap();
    let calling = Calling::new(database.clone());
    let monday_eleven_paris: DateTime<Utc> = "2026-12-07T10:00:00Z".parse().unwrap();
    let decide = || {
        calling::CallPolicy::for_calls(&database, "north", None, &["+33612345678".to_owned()])
            .unwrap()
            .decide("+33612345678", monday_eleven_paris, false)
            .unwrap()
    };
    assert!(matches!(
        decide(),
        calling::Decision::At { moved: None, .. }
    ));

    calling
        .save_account_rules(AccountRules {
            account_id: "north".to_owned(),
            consent_rules_apply: true,
            ..AccountRules::default()
        })
        .unwrap();
    match decide() {
        calling::Decision::Refused(reason) => assert!(reason.plain.contains("consent")),
        other => panic!("a sales call without consent was placed: {other:?}"),
    }
}
