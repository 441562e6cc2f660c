//! The one history: against the simulator over loopback HTTP, the journal, a bulk run and the
//! Awaz call log merged (a call Callboard scheduled shows once), filtered, charted and exported;
//! then, on journals filled directly, paging by cursor, exact counts, search, the chart's days
//! across a clock change, and the outcome of every known status.

mod support;

use std::collections::BTreeMap;

use callboard::endpoints::Platform;
use callboard::history::{History, HistoryKind, HistoryQuery, Sort};
use callboard::outcome::OutcomeGroup;
use chrono::Utc;

impl support::HistoryScenario {
    async fn rows(
        &self,
        history: &History,
        query: HistoryQuery,
    ) -> Vec<callboard::history::HistoryRow> {
        history
            .page(&self.callboard, &query, None)
            .await
            .unwrap()
            .rows
    }
}

#[tokio::test]
async fn journal_bulk_rows_and_the_awaz_call_log_merge_into_one_list() {
    let setup = support::history_scenario().await;
    let history = History::default();
    let page = history
        .page(&setup.callboard, &HistoryQuery::default(), None)
        .await
        .unwrap();
    assert!(page.complete);
    assert_eq!(page.total, Some(page.rows.len() as u32));
    assert!(page.next.is_none());
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
async fn a_stored_call_log_is_answered_at_once_and_read_again_after_the_answer() {
    let setup = support::history_scenario().await;
    let all = HistoryQuery::default();
    let logged = |page: &callboard::history::HistoryPage| {
        page.rows
            .iter()
            .filter(|row| row.title.contains("+12025550199"))
            .count()
    };
    // Stored in a run before this one (its History read the log then).
    let before = History::default();
    before.page(&setup.callboard, &all, None).await.unwrap();

    // A call placed outside Callboard since: only the platform's log has it.
    let client = setup.callboard.awaz(&setup.awaz).await.unwrap().client;
    client
        .schedule_call(&awaz::ScheduleCall {
            agent: support::RECEPTION_AGENT.to_owned(),
            name: "Bea Outside".to_owned(),
            phone: "+12025550199".to_owned(),
            from: support::FIRST_PHONE.to_owned(),
            datetime: Utc::now().fixed_offset(),
        })
        .await
        .unwrap();

    // This run's History answers from what is stored, without waiting on the log.
    let history = History::default();
    let stored = history.page(&setup.callboard, &all, None).await.unwrap();
    assert_eq!(logged(&stored), 0, "answered as stored");
    assert_eq!(stored.awaz_pages_loaded, 0);

    // Read again after the answer: it changed what History shows, so the window asks again.
    assert!(history.refresh_logs(&setup.callboard, &all).await);
    let fresh = history.page(&setup.callboard, &all, None).await.unwrap();
    assert_eq!(logged(&fresh), 1, "{:#?}", fresh.rows);
    assert_eq!(fresh.awaz_pages_loaded, 1);
    assert!(fresh.complete);
    // Read 30 seconds ago at most: not read again, and nothing changed.
    assert!(!history.refresh_logs(&setup.callboard, &all).await);
}

#[tokio::test]
async fn filters_sort_and_the_chart_count_calls_by_day_and_status() {
    let setup = support::history_scenario().await;
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
    let not_reached = only(HistoryQuery {
        outcomes: vec![OutcomeGroup::NotReached],
        account_id: Some(setup.awaz.clone()),
        ..HistoryQuery::default()
    })
    .await;
    // The platform's own words stay beside the group.
    let mut words: Vec<_> = not_reached.iter().map(|row| row.status.as_str()).collect();
    words.sort_unstable();
    assert_eq!(words, ["busy", "voicemail"]);
    assert!(not_reached.iter().all(|row| row.platform == Platform::Awaz));
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
        .any(|count| count.outcome == OutcomeGroup::Upcoming));
}

#[tokio::test]
async fn a_bad_day_is_refused_on_its_field_and_the_export_neutralises_formulas() {
    let setup = support::history_scenario().await;
    let history = History::default();
    let refused = history
        .page(
            &setup.callboard,
            &HistoryQuery {
                from: Some("24/11/2026".to_owned()),
                ..HistoryQuery::default()
            },
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(refused.explain().field.as_deref(), Some("from"));

    let folder = tempfile::tempdir().unwrap();
    let exported = history
        .export(
            &setup.callboard,
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
    assert!(
        row.contains(",GetVocal,'=SUM(A1:A9),Lead,Done,done,"),
        "{row}"
    );
    assert!(
        row.contains(r#"Create the lead =HYPERLINK(""http://evil.test"") Dupont (+33612345678)"#),
        "{row}"
    );
}

// ---- Journals filled directly (no HTTP): paging, counts, search, days, outcomes. ----

use callboard::history::seed::{journal as seed_journal, SeedAction};
use callboard::history::{Entries, Resolved};
use callboard::{ActionKind, ActionState, Database};
use chrono::{DateTime, Duration as Span, TimeZone};
use chrono_tz::Tz;
use serde_json::json;

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

/// A finished top-up (not a call) sent at `when`.
fn top_up(when: DateTime<Utc>, account: &str, summary: &str) -> SeedAction {
    SeedAction {
        kind: ActionKind::AwazCredits,
        account_id: account.to_owned(),
        account_name: format!("{account} – Awaz"),
        summary: summary.to_owned(),
        subject: Some(format!("{account}@callboard.test")),
        request: json!({ "credits": 10 }),
        state: ActionState::Succeeded,
        response: Some(json!({ "credits": 130 })),
        error: None,
        created_at: when,
    }
}

/// A GetVocal call placed at `when` that GetVocal answered with `status`.
fn getvocal_call(when: DateTime<Utc>, name: &str, phone: &str, status: &str) -> SeedAction {
    SeedAction {
        kind: ActionKind::GetVocalCall,
        account_id: "gv".to_owned(),
        account_name: "Acme – GetVocal".to_owned(),
        summary: format!("Call {name} ({phone})"),
        subject: Some(phone.to_owned()),
        request: json!({ "lead_id": "lead-1", "schedule": when.to_rfc3339() }),
        state: ActionState::Succeeded,
        response: Some(json!({ "call": { "call_status": status } })),
        error: None,
        created_at: when - Span::days(1),
    }
}

fn query(zone: Tz, query: HistoryQuery) -> Resolved {
    Resolved::new(&query, zone).unwrap()
}

/// A search for `text` over all time, in UTC.
fn search(text: &str) -> Resolved {
    query(
        Tz::UTC,
        HistoryQuery {
            text: Some(text.to_owned()),
            ..HistoryQuery::default()
        },
    )
}

/// Every key of every page, reading `size` rows at a time; `between` runs after each page.
fn read_all(
    entries: &Entries,
    wanted: &Resolved,
    size: u32,
    mut between: impl FnMut(usize),
) -> Vec<String> {
    let mut keys = Vec::new();
    let mut after: Option<String> = None;
    for page in 0.. {
        let (rows, next) = entries.page(wanted, after.as_deref(), size).unwrap();
        assert!(rows.len() <= size as usize);
        keys.extend(rows.into_iter().map(|row| row.key));
        between(page);
        match next {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    keys
}

#[test]
fn pages_by_cursor_stay_stable_while_rows_are_added() {
    let database = Database::in_memory().unwrap();
    let start = at("2026-01-01T09:00:00Z");
    // Many rows share a second, so the cursor must order by more than the time.
    let first: Vec<_> = (0..1_000)
        .map(|n| {
            top_up(
                start + Span::seconds(n / 7),
                "north",
                &format!("Top-up {n}"),
            )
        })
        .collect();
    seed_journal(&database, first).unwrap();
    let entries = Entries::new(database.clone());

    for sort in [Sort::Newest, Sort::Oldest] {
        let wanted = query(
            Tz::UTC,
            HistoryQuery {
                sort,
                ..HistoryQuery::default()
            },
        );
        let before = entries.count(&wanted).unwrap();
        let mut added = 0;
        let keys = read_all(&entries, &wanted, 64, |page| {
            if page < 5 {
                // Newer, older and same-second rows arrive while the person scrolls.
                let more = [-3_600, 0, 70, 3_600].map(|offset| {
                    top_up(
                        start + Span::seconds(offset),
                        "north",
                        "Arrived while scrolling",
                    )
                });
                added += seed_journal(&database, more).unwrap();
            }
        });
        let mut unique = keys.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), keys.len(), "a row was shown twice ({sort:?})");
        for n in 1..=1_000 {
            // Every row there when the scroll began is shown exactly once.
            let key = format!("journal:{n}");
            assert!(keys.contains(&key), "{key} missing ({sort:?})");
        }
        assert!(keys.len() >= before as usize);
        assert_eq!(
            entries.count(&wanted).unwrap() as usize,
            before as usize + added
        );
        let order: Vec<_> = entries
            .page(&wanted, None, 2_000)
            .unwrap()
            .0
            .into_iter()
            .map(|row| row.when)
            .collect();
        assert!(order.windows(2).all(|pair| match sort {
            Sort::Newest => pair[0] >= pair[1],
            Sort::Oldest => pair[0] <= pair[1],
        }));
    }
    assert!(matches!(
        entries.page(
            &query(Tz::UTC, HistoryQuery::default()),
            Some("yesterday"),
            10
        ),
        Err(callboard::Error::InvalidField { .. })
    ));
}

#[test]
fn the_total_is_exact_for_every_filter() {
    let database = Database::in_memory().unwrap();
    let start = at("2026-02-01T08:00:00Z");
    let statuses = [
        "in_queue",
        "scheduled",
        "completed",
        "busy",
        "failed",
        "canceled",
        "ringing",
    ];
    let mut seeded = Vec::new();
    for n in 0..2_345_i64 {
        let when = start + Span::minutes(n * 17);
        seeded.push(if n % 3 == 0 {
            top_up(
                when,
                if n % 2 == 0 { "north" } else { "south" },
                "Add 10 credits",
            )
        } else {
            getvocal_call(when, "Ana", "+33612345678", statuses[(n % 7) as usize])
        });
    }
    seed_journal(&database, seeded.clone()).unwrap();
    let entries = Entries::new(database);
    let count = |wanted: HistoryQuery| entries.count(&query(Tz::UTC, wanted)).unwrap() as usize;

    assert_eq!(count(HistoryQuery::default()), 2_345);
    let awaz = seeded
        .iter()
        .filter(|action| action.kind == ActionKind::AwazCredits)
        .count();
    assert_eq!(
        count(HistoryQuery {
            platforms: vec![Platform::Awaz],
            ..HistoryQuery::default()
        }),
        awaz
    );
    assert_eq!(
        count(HistoryQuery {
            account_id: Some("north".to_owned()),
            ..HistoryQuery::default()
        }),
        seeded
            .iter()
            .filter(|action| action.account_id == "north")
            .count()
    );
    let upcoming = seeded
        .iter()
        .filter(|action| {
            let status = action.response.as_ref().unwrap()["call"]["call_status"].as_str();
            matches!(status, Some("in_queue" | "scheduled" | "ringing"))
        })
        .count();
    assert_eq!(
        count(HistoryQuery {
            outcomes: vec![OutcomeGroup::Upcoming],
            ..HistoryQuery::default()
        }),
        upcoming
    );
    assert_eq!(
        count(HistoryQuery {
            outcomes: vec![OutcomeGroup::Done, OutcomeGroup::Reached],
            ..HistoryQuery::default()
        }),
        awaz + seeded
            .iter()
            .filter(
                |action| action.response.as_ref().unwrap()["call"]["call_status"] == "completed"
            )
            .count()
    );
    // A day range: calls count on the day they are placed, top-ups on the day they were sent.
    let day = |action: &SeedAction| {
        let placed = action.request["schedule"]
            .as_str()
            .map(at)
            .unwrap_or(action.created_at);
        placed.date_naive().to_string()
    };
    let on_the_3rd = seeded
        .iter()
        .filter(|action| day(action) == "2026-02-03")
        .count();
    assert!(on_the_3rd > 0);
    assert_eq!(
        count(HistoryQuery {
            from: Some("2026-02-03".to_owned()),
            to: Some("2026-02-03".to_owned()),
            ..HistoryQuery::default()
        }),
        on_the_3rd
    );
    // The pages hold exactly what the total says.
    let wanted = query(
        Tz::UTC,
        HistoryQuery {
            outcomes: vec![OutcomeGroup::NotReached],
            ..HistoryQuery::default()
        },
    );
    assert_eq!(
        read_all(&entries, &wanted, 100, |_| {}).len(),
        entries.count(&wanted).unwrap() as usize
    );
}

#[test]
fn search_finds_by_name_phone_workspace_and_account() {
    let database = Database::in_memory().unwrap();
    let when = at("2026-03-02T10:00:00Z");
    let mut lead = getvocal_call(when, "Hélène Dupont", "+33612345678", "scheduled");
    lead.kind = ActionKind::GetVocalLead;
    lead.summary = "Create the lead Hélène Dupont (+33612345678)".to_owned();
    seed_journal(
        &database,
        [
            lead,
            getvocal_call(when, "Marie Curie", "+33698765432", "in_queue"),
            getvocal_call(when, "John Smith", "+14155550100", "completed"),
            top_up(
                when,
                "north-clinic",
                "Add 10 credits to north-clinic@callboard.test",
            ),
        ],
    )
    .unwrap();
    let entries = Entries::new(database);
    let found = |text: &str| -> Vec<String> {
        let wanted = search(text);
        let (rows, _) = entries.page(&wanted, None, 50).unwrap();
        assert_eq!(entries.count(&wanted).unwrap() as usize, rows.len());
        rows.into_iter().map(|row| row.title).collect()
    };
    let dupont = ["Create the lead Hélène Dupont (+33612345678)"];
    assert_eq!(found("helene"), dupont, "accents and case do not matter");
    assert_eq!(
        found("HÉL dup"),
        dupont,
        "every word, as the start of a word"
    );
    assert_eq!(found("06 12 34"), dupont, "a French number the French way");
    assert_eq!(found("+33 6 12 34 56 78"), dupont);
    assert_eq!(found("612345678"), dupont);
    assert_eq!(found("(415) 555-0100"), ["Call John Smith (+14155550100)"]);
    assert_eq!(
        found("north-clinic@callboard"),
        ["Add 10 credits to north-clinic@callboard.test"]
    );
    assert_eq!(found("Acme").len(), 3, "by the account's name");
    assert!(found("Zorro").is_empty());
    assert!(
        found("Zor\"ro* OR NEAR(").is_empty(),
        "FTS syntax typed by a person is only text"
    );
    assert_eq!(found("\"*").len(), 4, "no letter or digit is no search");
    assert_eq!(found("  ").len(), 4, "blank is no search");
    // The chart counts the calls the search finds.
    let chart = entries
        .chart(&query(
            Tz::UTC,
            HistoryQuery {
                text: Some("smith".to_owned()),
                ..HistoryQuery::default()
            },
        ))
        .unwrap();
    assert_eq!(chart.len(), 1);
    assert_eq!(
        chart[0].counts,
        [callboard::history::OutcomeCount {
            outcome: OutcomeGroup::Reached,
            count: 1
        }]
    );
}

#[test]
fn the_chart_counts_calls_by_day_in_settings_zone_across_clock_changes() {
    let database = Database::in_memory().unwrap();
    let paris: Tz = "Europe/Paris".parse().unwrap();
    let local = |text: &str| {
        paris
            .from_local_datetime(
                &chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap(),
            )
            .earliest()
            .unwrap()
            .with_timezone(&Utc)
    };
    // Clocks go forward on 29 March 2026 (a 23-hour day) and back on 25 October (25 hours).
    let calls = [
        ("2026-03-28 23:30", "completed"),
        ("2026-03-29 00:30", "busy"),
        ("2026-03-29 23:30", "completed"),
        ("2026-03-30 00:30", "scheduled"),
        ("2026-10-25 00:30", "completed"),
        ("2026-10-25 23:30", "voicemail"),
        ("2026-10-26 00:10", "failed"),
    ];
    let mut seeded: Vec<_> = calls
        .iter()
        .map(|(when, status)| getvocal_call(local(when), "Ana", "+33612345678", status))
        .collect();
    // Not a call: never charted.
    seeded.push(top_up(local("2026-03-29 12:00"), "north", "Add 10 credits"));
    seed_journal(&database, seeded).unwrap();
    let entries = Entries::new(database);

    let chart = entries
        .chart(&query(paris, HistoryQuery::default()))
        .unwrap();
    let days: Vec<(String, Vec<(OutcomeGroup, u32)>)> = chart
        .into_iter()
        .map(|bucket| {
            (
                bucket.day,
                bucket
                    .counts
                    .into_iter()
                    .map(|count| (count.outcome, count.count))
                    .collect(),
            )
        })
        .collect();
    use OutcomeGroup::*;
    let expected = vec![
        ("2026-03-28".to_owned(), vec![(Reached, 1)]),
        ("2026-03-29".to_owned(), vec![(Reached, 1), (NotReached, 1)]),
        ("2026-03-30".to_owned(), vec![(Upcoming, 1)]),
        ("2026-10-25".to_owned(), vec![(Reached, 1), (NotReached, 1)]),
        ("2026-10-26".to_owned(), vec![(Failed, 1)]),
    ];
    assert_eq!(days, expected);
    // The same calls in UTC fall on other days.
    let utc = entries
        .chart(&query(Tz::UTC, HistoryQuery::default()))
        .unwrap();
    assert_eq!(utc[0].day, "2026-03-28");
    assert_eq!(
        utc[0].counts.iter().map(|count| count.count).sum::<u32>(),
        2
    );
    // Days asked for are kept whole in the zone: 29 March alone.
    let one_day = entries
        .chart(&query(
            paris,
            HistoryQuery {
                from: Some("2026-03-29".to_owned()),
                to: Some("2026-03-29".to_owned()),
                ..HistoryQuery::default()
            },
        ))
        .unwrap();
    assert_eq!(one_day.len(), 1);
    assert_eq!(
        one_day[0]
            .counts
            .iter()
            .map(|count| count.count)
            .sum::<u32>(),
        2
    );
}

#[test]
fn every_known_status_has_its_outcome() {
    use OutcomeGroup::*;
    // Every Awaz status and GetVocal's, as the platforms spell them.
    let awaz_words: Vec<(String, OutcomeGroup)> = awaz::CallStatus::DOCUMENTED
        .iter()
        .chain([awaz::CallStatus::Scheduled].iter())
        .map(|status| {
            let word = serde_json::to_value(status)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned();
            let group = match status {
                awaz::CallStatus::Scheduled => Upcoming,
                awaz::CallStatus::Outcome
                | awaz::CallStatus::Pickup
                | awaz::CallStatus::Completed => Reached,
                awaz::CallStatus::Busy | awaz::CallStatus::Voicemail => NotReached,
                awaz::CallStatus::Failed => Failed,
                awaz::CallStatus::Canceled => Cancelled,
                awaz::CallStatus::Other(_) => NeedsCheck,
            };
            (word, group)
        })
        .collect();
    assert_eq!(awaz_words.len(), 8);
    for status in [
        getvocal::CallStatus::InQueue,
        getvocal::CallStatus::Scheduled,
    ] {
        let word = serde_json::to_value(&status)
            .unwrap()
            .as_str()
            .unwrap()
            .to_owned();
        assert_eq!(OutcomeGroup::of_call(&word), Upcoming, "{word}");
    }
    for (word, group) in &awaz_words {
        assert_eq!(OutcomeGroup::of_call(word), *group, "{word}");
    }
    assert_eq!(OutcomeGroup::of_call("no_answer"), NotReached);
    assert_eq!(OutcomeGroup::of_call("a word nobody taught us"), NeedsCheck);

    // Through the journal: a call answered with each word, and each state of an action.
    let database = Database::in_memory().unwrap();
    let when = at("2026-05-05T10:00:00Z");
    let mut seeded: Vec<SeedAction> = awaz_words
        .iter()
        .map(|(word, _)| getvocal_call(when, "Ana", "+33612345678", word))
        .collect();
    let states = [
        (ActionState::Pending, Pending, Pending),
        (ActionState::Unknown, NeedsCheck, NeedsCheck),
        (ActionState::Failed, Failed, Refused),
        (ActionState::Succeeded, Upcoming, Done),
    ];
    for (state, _, _) in states {
        let mut call = getvocal_call(when, "Ana", "+33612345678", "scheduled");
        call.state = state;
        call.response = (state == ActionState::Succeeded).then(|| json!({}));
        let mut credits = top_up(when, "north", "Add 10 credits");
        credits.state = state;
        seeded.extend([call, credits]);
    }
    seed_journal(&database, seeded).unwrap();
    let (rows, _) = Entries::new(database)
        .page(
            &query(
                Tz::UTC,
                HistoryQuery {
                    sort: Sort::Oldest,
                    ..HistoryQuery::default()
                },
            ),
            None,
            100,
        )
        .unwrap();
    for (row, (word, group)) in rows.iter().zip(&awaz_words) {
        assert_eq!((&row.status, row.outcome), (word, *group));
    }
    for (pair, (state, call_group, other_group)) in rows[awaz_words.len()..].chunks(2).zip(states) {
        assert_eq!(pair[0].kind, HistoryKind::Call);
        assert_eq!(
            pair[0].outcome, call_group,
            "a call whose request is {state:?}"
        );
        assert_eq!(pair[1].kind, HistoryKind::TopUp);
        assert_eq!(pair[1].outcome, other_group, "a top-up {state:?}");
    }
}

/// The FTS5 query the search documents for `typed`: each word as the start of a word, or a
/// phone number's digits as the start of one (see `HistoryQuery::text`).
fn plain_search(typed: &str) -> Vec<String> {
    let phone_like = typed
        .chars()
        .all(|c| c.is_ascii_digit() || " +-.()/".contains(c));
    let words: Vec<String> = if phone_like {
        vec![typed.chars().filter(char::is_ascii_digit).collect()]
    } else {
        typed
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_owned)
            .collect()
    };
    words
        .iter()
        .filter(|word| !word.is_empty())
        .map(|word| format!("\"{word}\"*"))
        .collect()
}

/// A call on `account` (named `account_name`) placed at `when` to `name`, answered `status`.
fn awaz_call(
    when: DateTime<Utc>,
    account: &str,
    account_name: &str,
    name: &str,
    phone: &str,
    status: &str,
) -> SeedAction {
    SeedAction {
        kind: ActionKind::AwazCall,
        account_id: account.to_owned(),
        account_name: account_name.to_owned(),
        summary: format!("Call {name} ({phone})"),
        subject: Some(phone.to_owned()),
        request: json!({ "name": name, "phone": phone, "datetime": when.to_rfc3339() }),
        state: ActionState::Succeeded,
        response: Some(json!({ "id": format!("call-{}", when.timestamp()), "status": status })),
        error: None,
        created_at: when - Span::hours(2),
    }
}

#[test]
fn searches_equal_a_plain_recount_for_account_names_phones_accents_and_filters() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("callboard.sqlite3");
    let database = Database::open(&path).unwrap();
    let start = at("2026-04-01T07:00:00Z");
    let names = [
        "Hélène Dupont",
        "Marie Lefèvre",
        "North Star",
        "Jean Clinics",
    ];
    let statuses = ["completed", "busy", "scheduled", "failed", "voicemail"];
    // Accounts whose names hold every word of "North Clinics", one that holds only "Clinics",
    // one renamed half-way (its names differ in the words they hold), and others.
    let accounts = [
        ("north", "North Clinics – Awaz"),
        ("clinics", "Clinics of Lyon – Awaz"),
        ("lake", "Lakeside Gym – Awaz"),
        ("south", "South Dental – Awaz"),
    ];
    let seeded: Vec<SeedAction> = (0..600_i64)
        .map(|n| {
            let when = start + Span::minutes(n * 97);
            let (account, mut account_name) = accounts[(n % 4) as usize];
            if account == "lake" && n > 300 {
                account_name = "North Lakeside – Awaz";
            }
            if n % 9 == 0 {
                let mut credits = top_up(
                    when,
                    account,
                    &format!("Add 10 credits to North Clinics ({n})"),
                );
                credits.account_name = account_name.to_owned();
                return credits;
            }
            let phone = format!("+336{:08}", (n * 7_919_113) % 100_000_000);
            let name = names[(n % 7 % 4) as usize];
            let status = statuses[(n % 5) as usize];
            if n % 5 == 1 {
                getvocal_call(when, name, &phone, status)
            } else {
                awaz_call(when, account, account_name, name, &phone, status)
            }
        })
        .collect();
    seed_journal(&database, seeded).unwrap();
    let entries = Entries::new(database.clone());
    let reader = rusqlite::Connection::open(&path).unwrap();

    let texts = [
        "North Clinics",
        "north",
        "CLINICS",
        "clinics helene",
        "north lefevre",
        "Lakeside north",
        "Hélène",
        "lefèvre",
        "awaz",
        "+33 6 4",
        "06 1",
        "33",
        "Zorro",
    ];
    let filters = [
        HistoryQuery::default(),
        HistoryQuery {
            platforms: vec![Platform::GetVocal],
            ..HistoryQuery::default()
        },
        HistoryQuery {
            account_id: Some("lake".to_owned()),
            sort: Sort::Oldest,
            ..HistoryQuery::default()
        },
        HistoryQuery {
            outcomes: vec![OutcomeGroup::Reached, OutcomeGroup::NotReached],
            ..HistoryQuery::default()
        },
        HistoryQuery {
            from: Some("2026-04-05".to_owned()),
            to: Some("2026-04-20".to_owned()),
            platforms: vec![Platform::Awaz],
            ..HistoryQuery::default()
        },
    ];
    let check = |entries: &Entries, reader: &rusqlite::Connection| {
        for text in texts {
            for filter in &filters {
                let wanted = HistoryQuery {
                    text: Some(text.to_owned()),
                    ..filter.clone()
                };
                let expected = recount(reader, &wanted);
                let resolved = query(Tz::UTC, wanted.clone());
                let shown = read_all(entries, &resolved, 37, |_| {});
                let context = format!("{text:?} with {filter:?}");
                assert_eq!(shown, expected.keys, "{context}");
                assert_eq!(
                    entries.count(&resolved).unwrap() as usize,
                    expected.keys.len(),
                    "{context}"
                );
                let chart: BTreeMap<(String, OutcomeGroup), u32> = entries
                    .chart(&resolved)
                    .unwrap()
                    .into_iter()
                    .flat_map(|bucket| {
                        bucket
                            .counts
                            .into_iter()
                            .map(move |count| ((bucket.day.clone(), count.outcome), count.count))
                    })
                    .collect();
                assert_eq!(chart, expected.chart, "{context}");
            }
        }
    };
    assert!(
        recount(
            &reader,
            &HistoryQuery {
                text: Some("North Clinics".to_owned()),
                ..HistoryQuery::default()
            }
        )
        .keys
        .len()
            > 150
    );
    check(&entries, &reader);
    // Written meanwhile (a new account holding the words, a rename): asked again, not kept.
    let mut more: Vec<SeedAction> = (0..40_i64)
        .map(|n| {
            awaz_call(
                start + Span::minutes(n * 311),
                "north-2",
                "North Clinics Two – Awaz",
                "Marie Lefèvre",
                "+33641234567",
                "completed",
            )
        })
        .collect();
    let mut renamed = top_up(start, "south", "Add 10 credits");
    renamed.account_name = "Clinics of the South – Awaz".to_owned();
    more.push(renamed);
    seed_journal(&database, more).unwrap();
    check(&entries, &reader);
}

/// What a query shows, found the plain way: the entries each word of which is in the search
/// index's matches of that word or in their account's name (matched in a search table of the
/// names, with the index's tokenizer), then the filters in Rust.
struct Recounted {
    /// Keys in the query's order.
    keys: Vec<String>,
    /// Calls by UTC day and outcome.
    chart: BTreeMap<(String, OutcomeGroup), u32>,
}

fn recount(reader: &rusqlite::Connection, wanted: &HistoryQuery) -> Recounted {
    reader
        .execute_batch(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.names USING fts5 (
                 account_name, tokenize = 'unicode61 remove_diacritics 2');
             DELETE FROM temp.names;
             INSERT INTO temp.names SELECT DISTINCT account_name FROM history_entries;",
        )
        .unwrap();
    let phrases = plain_search(wanted.text.as_deref().unwrap_or(""));
    let each_word = vec![
        "(e.id IN (SELECT rowid FROM history_search WHERE history_search MATCH ?)
          OR e.account_name IN (SELECT account_name FROM temp.names WHERE names MATCH ?))";
        phrases.len()
    ];
    let mut statement = reader
        .prepare(&format!(
            "SELECT e.id, e.key, e.at, e.platform, e.account_id, e.kind, e.outcome
             FROM history_entries e WHERE {}",
            each_word.join(" AND ")
        ))
        .unwrap();
    let day_start = |day: &Option<String>, after: i64| {
        day.as_ref()
            .map(|day| at(&format!("{day}T00:00:00Z")).timestamp_millis() + after * 86_400_000)
    };
    let (from, until) = (day_start(&wanted.from, 0), day_start(&wanted.to, 1));
    let mut found: Vec<(i64, i64, String, String, OutcomeGroup)> = statement
        .query_map(
            rusqlite::params_from_iter(phrases.iter().flat_map(|phrase| [phrase, phrase])),
            |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, i64>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, String>(4)?,
                    row.get::<_, String>(5)?,
                    row.get::<_, String>(6)?,
                ))
            },
        )
        .unwrap()
        .map(Result::unwrap)
        .filter(|(_, _, when, platform, account, _, outcome)| {
            (wanted.platforms.is_empty()
                || wanted
                    .platforms
                    .iter()
                    .any(|wanted| stored(wanted) == *platform))
                && wanted.account_id.as_ref().is_none_or(|id| id == account)
                && (wanted.outcomes.is_empty()
                    || wanted
                        .outcomes
                        .iter()
                        .any(|wanted| stored(wanted) == *outcome))
                && from.is_none_or(|from| *when >= from)
                && until.is_none_or(|until| *when < until)
        })
        .map(|(id, key, when, _, _, kind, outcome)| {
            let group: OutcomeGroup =
                serde_json::from_value(serde_json::Value::String(outcome)).unwrap();
            (when, id, key, kind, group)
        })
        .collect();
    found.sort();
    if wanted.sort == Sort::Newest {
        found.reverse();
    }
    let mut chart = BTreeMap::new();
    for (when, _, _, kind, outcome) in &found {
        if kind == "call" {
            let day = DateTime::from_timestamp_millis(*when)
                .unwrap()
                .date_naive()
                .to_string();
            *chart.entry((day, *outcome)).or_insert(0) += 1;
        }
    }
    Recounted {
        keys: found.into_iter().map(|(_, _, key, _, _)| key).collect(),
        chart,
    }
}

/// The word a filter value is stored as (its serde name).
fn stored<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The window asks for the list and the chart at once, and several searches may overlap: each
/// is read on one of the database's readers, whose kept matches (temp tables) must stay its own.
#[test]
fn searches_read_side_by_side_each_get_their_own_answer() {
    let folder = tempfile::tempdir().unwrap();
    let database = Database::open(&folder.path().join("callboard.sqlite3")).unwrap();
    let start = at("2026-05-04T08:00:00Z");
    let names = ["Marie Curie", "Jean Moulin", "Lucie Aubrac", "Marie Moulin"];
    let statuses = ["completed", "busy", "failed"];
    let seeded: Vec<SeedAction> = (0..900_i64)
        .map(|n| {
            let phone = format!("+336{:08}", (n * 7_919_113) % 100_000_000);
            let name = names[(n % 4) as usize];
            let account = ["north", "lake"][(n % 2) as usize];
            let when = start + Span::minutes(n * 53);
            awaz_call(
                when,
                account,
                &format!("{account} – Awaz"),
                name,
                &phone,
                statuses[(n % 3) as usize],
            )
        })
        .collect();
    seed_journal(&database, seeded).unwrap();
    let entries = Entries::new(database.clone());
    entries.count_days_in(Tz::UTC).unwrap();
    let texts = ["Marie", "Moulin", "Lucie", "lake", "+33 6 1"];
    let answer = |entries: &Entries, text: &str| {
        let wanted = search(text);
        let (rows, _) = entries.page(&wanted, None, 50).unwrap();
        let keys: Vec<String> = rows.into_iter().map(|row| row.key).collect();
        let chart = format!("{:?}", entries.chart(&wanted).unwrap());
        (entries.count(&wanted).unwrap(), keys, chart)
    };
    let alone: Vec<_> = texts.iter().map(|text| answer(&entries, text)).collect();
    assert!(alone.iter().all(|(count, _, _)| *count > 0));
    assert!(alone.windows(2).all(|pair| pair[0] != pair[1]));

    let threads: Vec<_> = (0..4)
        .map(|thread| {
            let entries = entries.clone();
            std::thread::spawn(move || {
                (0..20)
                    .map(|round| {
                        let index = (thread + round) % texts.len();
                        (index, answer(&entries, texts[index]))
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    for thread in threads {
        for (index, side_by_side) in thread.join().unwrap() {
            assert_eq!(side_by_side, alone[index], "{:?}", texts[index]);
        }
    }
}
