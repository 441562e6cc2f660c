//! History at an agency's scale: 1,000,000 journal rows over a year, on disk, then the
//! screen's questions timed: opening (exact count + first page + chart), each search and each
//! filter change (p50/p95), scrolling to the end by cursor, and a journal write (an intent) alone
//! and while History searches (History reads on connections of its own). Baselines measured in the same
//! run: a plain full scan (`count(*) … LIKE '%term%'` on the journal, what SQL without the
//! index does) and the old History's first step at 100,000 rows (every journal row read into
//! memory). Prints figures and ratios; asserts nothing on time.
//!
//! `cargo bench -p callboard --bench history` (about 2 minutes on 2 cores; `HISTORY_ROWS=200000`
//! for a quicker look).

use std::time::{Duration, Instant};

use callboard::history::seed::{self, SeedAction};
use callboard::history::{Entries, HistoryQuery, Resolved, Sort, PAGE_SIZE};
use callboard::outcome::OutcomeGroup;
use callboard::{ActionKind, ActionQuery, ActionState, Database, Journal};
use chrono::{Duration as Span, Utc};
use chrono_tz::Tz;
use serde_json::json;

/// Timed runs of each question.
const RUNS: usize = 20;

const FIRST_NAMES: [&str; 24] = [
    "Marie", "Jean", "Hélène", "Pierre", "Sophie", "Luc", "Camille", "Nicolas", "Julie", "Thomas",
    "Léa", "Hugo", "Emma", "Louis", "Chloé", "Paul", "Sarah", "Karim", "Inès", "Yann", "Ana",
    "John", "Priya", "Omar",
];
const LAST_NAMES: [&str; 20] = [
    "Dupont", "Martin", "Bernard", "Durand", "Lefèvre", "Moreau", "Laurent", "Simon", "Michel",
    "Garcia", "Roux", "Fournier", "Girard", "Bonnet", "Mercier", "Blanc", "Guerin", "Faure",
    "Smith", "Okafor",
];
const ACCOUNTS: [(&str, &str); 6] = [
    ("acc-north-gv", "North Clinics – GetVocal"),
    ("acc-south-gv", "South Dental – GetVocal"),
    ("acc-city-gv", "City Realty – GetVocal"),
    ("acc-north-aw", "North Clinics – Awaz"),
    ("acc-lake-aw", "Lakeside Gym – Awaz"),
    ("acc-city-aw", "City Realty – Awaz"),
];
const GETVOCAL_WORDS: [&str; 3] = ["in_queue", "scheduled", "scheduled"];
const AWAZ_WORDS: [&str; 9] = [
    "scheduled",
    "completed",
    "completed",
    "outcome",
    "pickup",
    "busy",
    "voicemail",
    "failed",
    "canceled",
];

/// A cheap deterministic generator (xorshift), so every run seeds the same journal.
struct Dice(u64);

impl Dice {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

/// The `n`th of `rows` actions, spread evenly over the last 365 days: GetVocal leads and
/// calls, Awaz contacts and calls, top-ups; most succeeded, some failed or unknown.
fn action(n: u64, rows: u64, dice: &mut Dice) -> SeedAction {
    let now = Utc::now();
    let created = now - Span::milliseconds((365 * 86_400_000 * (rows - n) / rows) as i64);
    let name = format!(
        "{} {}",
        FIRST_NAMES[dice.next(24) as usize],
        LAST_NAMES[dice.next(20) as usize]
    );
    let phone = format!("+336{:08}", dice.next(100_000_000));
    let kind = match dice.next(20) {
        0..=8 => ActionKind::GetVocalCall,
        9..=11 => ActionKind::GetVocalLead,
        12..=15 => ActionKind::AwazCall,
        16..=18 => ActionKind::AwazContact,
        _ => ActionKind::AwazCredits,
    };
    let (account_id, account_name) = match kind.platform() {
        callboard::endpoints::Platform::GetVocal => ACCOUNTS[dice.next(3) as usize],
        callboard::endpoints::Platform::Awaz => ACCOUNTS[3 + dice.next(3) as usize],
    };
    let state = match dice.next(50) {
        0 => ActionState::Unknown,
        1..=2 => ActionState::Failed,
        _ => ActionState::Succeeded,
    };
    let placed = created + Span::hours(dice.next(72) as i64);
    let (summary, request, response) = match kind {
        ActionKind::GetVocalCall => (
            format!("Call {name} ({phone}) on {}", placed.format("%d %b %H:%M")),
            json!({ "lead_id": format!("lead-{n}"), "schedule": placed.to_rfc3339() }),
            json!({ "call": { "call_status": GETVOCAL_WORDS[dice.next(3) as usize] } }),
        ),
        ActionKind::AwazCall => (
            format!("Call {name} ({phone}) on {}", placed.format("%d %b %H:%M")),
            json!({ "name": name, "phone": phone, "datetime": placed.to_rfc3339() }),
            json!({ "id": format!("call-{n}"), "status": AWAZ_WORDS[dice.next(9) as usize] }),
        ),
        ActionKind::GetVocalLead => (
            format!("Create the lead {name} ({phone})"),
            json!({ "phone_number": phone }),
            json!({ "id": format!("lead-{n}") }),
        ),
        ActionKind::AwazContact => (
            format!("Save contact {name} ({phone})"),
            json!({ "name": name, "phone": phone }),
            json!({ "id": format!("contact-{n}") }),
        ),
        _ => (
            format!("Add 10 credits to {}", account_name),
            json!({ "credits": 10 }),
            json!({ "credits": 130 }),
        ),
    };
    SeedAction {
        kind,
        account_id: account_id.to_owned(),
        account_name: account_name.to_owned(),
        summary,
        subject: Some(phone),
        request,
        state,
        response: (state == ActionState::Succeeded).then_some(response),
        error: (state != ActionState::Succeeded)
            .then(|| "The platform did not answer in time.".to_owned()),
        created_at: created,
    }
}

struct Timings(Vec<Duration>);

impl Timings {
    fn of(mut run: impl FnMut()) -> Timings {
        Timings::sorted(
            (0..RUNS)
                .map(|_| {
                    let start = Instant::now();
                    run();
                    start.elapsed()
                })
                .collect(),
        )
    }

    fn sorted(mut times: Vec<Duration>) -> Timings {
        times.sort();
        Timings(times)
    }

    fn p50(&self) -> Duration {
        self.0[self.0.len() / 2]
    }

    fn p95(&self) -> Duration {
        self.0[(self.0.len() * 95).div_ceil(100) - 1]
    }

    fn max(&self) -> Duration {
        self.0[self.0.len() - 1]
    }
}

fn ms(time: Duration) -> f64 {
    time.as_secs_f64() * 1_000.0
}

fn main() {
    let rows: u64 = std::env::var("HISTORY_ROWS")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(1_000_000);
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("callboard.sqlite3");
    let database = Database::open(&path).expect("the database opens");

    let started = Instant::now();
    let mut dice = Dice(0x9E37_79B9_7F4A_7C15);
    let written = seed::journal(&database, (0..rows).map(|n| action(n, rows, &mut dice)))
        .expect("the journal fills");
    let seeding = started.elapsed();
    let size = std::fs::metadata(&path).map(|meta| meta.len()).unwrap_or(0)
        + std::fs::metadata(path.with_extension("sqlite3-wal"))
            .map(|meta| meta.len())
            .unwrap_or(0);
    println!(
        "seeded {written} journal rows in {:.1} s ({:.0} rows/s); file {:.0} MiB",
        seeding.as_secs_f64(),
        written as f64 / seeding.as_secs_f64(),
        size as f64 / 1_048_576.0
    );

    let zone: Tz = "Europe/Paris".parse().expect("a zone");
    let today = Utc::now().with_timezone(&zone).date_naive();
    let days_ago = |days: u64| (today - chrono::Days::new(days)).to_string();
    // What the screen asks when it opens: the last 30 days, newest first.
    let screen = HistoryQuery {
        from: Some(days_ago(29)),
        to: Some(days_ago(0)),
        ..HistoryQuery::default()
    };
    let entries = Entries::new(database.clone());
    // The day buckets were counted in this computer's zone; History's zone (Settings') is
    // Paris here, so its first query counts them again: once, timed on its own.
    let recount = Instant::now();
    entries.count_days_in(zone).expect("the day buckets");
    println!(
        "day buckets counted again in {zone} (once, after a zone change): {:.0} ms",
        ms(recount.elapsed())
    );
    let resolve = |query: &HistoryQuery| Resolved::new(query, zone).expect("a valid query");
    // One question of the screen: the exact count, the first page and the chart.
    let ask = |query: &HistoryQuery| {
        let resolved = resolve(query);
        let total = entries.count(&resolved).expect("a count");
        let (page, _) = entries.page(&resolved, None, PAGE_SIZE).expect("a page");
        let chart = entries.chart(&resolved).expect("a chart");
        (total, page.len(), chart.len())
    };

    let cold = Instant::now();
    let (total, shown, days) = ask(&screen);
    let cold = cold.elapsed();
    let open = Timings::of(|| {
        ask(&screen);
    });
    println!(
        "\nopen History (last 30 days: {total} entries, first {shown} rows, {days} chart days):\n  \
         first {:.1} ms, then p50 {:.1} ms, p95 {:.1} ms   (goal ≤ 300 ms)",
        ms(cold),
        ms(open.p50()),
        ms(open.p95())
    );

    let like_scan = Timings::of(|| {
        let connection = rusqlite::Connection::open(&path).expect("a second reader");
        let _: i64 = connection
            .query_row(
                "SELECT count(*) FROM actions WHERE summary LIKE '%Dupont%'",
                [],
                |row| row.get(0),
            )
            .expect("a full scan");
    });

    println!(
        "\nsearch after the typing pause (count + first page + chart, one after the other), \
         p50 / p95 (the list, count and first page, and the chart apart; and both side by side \
         on two readers, as the window asks them):"
    );
    let searches = [
        "Marie",
        "Hélène Dupont",
        "lefevre",
        "06 12 34",
        "+33 6 4",
        "North Clinics",
        "Zorro",
    ];
    let mut worst_search = Duration::ZERO;
    for (range, base) in [
        ("last 30 days", &screen),
        ("all time", &HistoryQuery::default()),
    ] {
        let queries: Vec<HistoryQuery> = searches
            .iter()
            .map(|term| HistoryQuery {
                text: Some((*term).to_owned()),
                ..base.clone()
            })
            .collect();
        let found: Vec<u32> = queries
            .iter()
            .map(|query| entries.count(&resolve(query)).expect("a count"))
            .collect();
        // Round after round through every term, as a person types one search after another:
        // what a search matches is kept until the next one, so each is timed cold.
        // The list (count and first page, one command) and the chart (another) apart too.
        let mut times =
            vec![(Vec::with_capacity(RUNS), Vec::new(), Vec::new(), Vec::new()); queries.len()];
        for _ in 0..RUNS {
            for (query, (whole, list, chart, _)) in queries.iter().zip(&mut times) {
                let start = Instant::now();
                let resolved = resolve(query);
                entries.count(&resolved).expect("a count");
                entries.page(&resolved, None, PAGE_SIZE).expect("a page");
                let listed = start.elapsed();
                entries.chart(&resolved).expect("a chart");
                whole.push(start.elapsed());
                list.push(listed);
                chart.push(start.elapsed() - listed);
            }
            // The same searches again as the window asks them: the list and the chart at once.
            for (query, (_, _, _, side)) in queries.iter().zip(&mut times) {
                let start = Instant::now();
                let resolved = resolve(query);
                std::thread::scope(|scope| {
                    scope.spawn(|| {
                        entries.count(&resolved).expect("a count");
                        entries.page(&resolved, None, PAGE_SIZE).expect("a page");
                    });
                    entries.chart(&resolved).expect("a chart");
                });
                side.push(start.elapsed());
            }
        }
        for ((term, found), (whole, list, chart, side)) in searches.iter().zip(found).zip(times) {
            let (whole, list, chart, side) = (
                Timings::sorted(whole),
                Timings::sorted(list),
                Timings::sorted(chart),
                Timings::sorted(side),
            );
            worst_search = worst_search.max(side.p95());
            println!(
                "  {range:<12} {term:<16} {found:>8} found   {:>7.1} / {:>7.1} ms   \
                 (list {:>6.1} / {:>6.1}, chart {:>6.1} / {:>6.1}; side by side {:>6.1} / {:>6.1})",
                ms(whole.p50()),
                ms(whole.p95()),
                ms(list.p50()),
                ms(list.p95()),
                ms(chart.p50()),
                ms(chart.p95()),
                ms(side.p50()),
                ms(side.p95())
            );
        }
    }

    println!("\nfilter change (count + first page + chart), p50 / p95:");
    let filters: Vec<(&str, HistoryQuery)> = vec![
        (
            "GetVocal only",
            HistoryQuery {
                platforms: vec![callboard::endpoints::Platform::GetVocal],
                ..screen.clone()
            },
        ),
        (
            "one account",
            HistoryQuery {
                account_id: Some(ACCOUNTS[4].0.to_owned()),
                ..screen.clone()
            },
        ),
        (
            "Not reached",
            HistoryQuery {
                outcomes: vec![OutcomeGroup::NotReached],
                ..screen.clone()
            },
        ),
        (
            "Failed + Needs a check",
            HistoryQuery {
                outcomes: vec![OutcomeGroup::Failed, OutcomeGroup::NeedsCheck],
                ..screen.clone()
            },
        ),
        (
            "oldest first",
            HistoryQuery {
                sort: Sort::Oldest,
                ..screen.clone()
            },
        ),
        (
            "last 7 days",
            HistoryQuery {
                from: Some(days_ago(6)),
                ..screen.clone()
            },
        ),
        ("all time", HistoryQuery::default()),
        (
            "all time, one account",
            HistoryQuery {
                account_id: Some(ACCOUNTS[0].0.to_owned()),
                ..HistoryQuery::default()
            },
        ),
    ];
    let mut worst_filter = Duration::ZERO;
    for (name, query) in &filters {
        let found = entries.count(&resolve(query)).expect("a count");
        let timings = Timings::of(|| {
            ask(query);
        });
        worst_filter = worst_filter.max(timings.p95());
        println!(
            "  {name:<24} {found:>8} entries   {:>7.1} / {:>7.1} ms",
            ms(timings.p50()),
            ms(timings.p95())
        );
    }

    println!("\nscroll to the end by cursor ({PAGE_SIZE} rows a page):");
    for (range, query) in [
        ("last 30 days", &screen),
        ("all time", &HistoryQuery::default()),
    ] {
        let resolved = resolve(query);
        let started = Instant::now();
        let (mut pages, mut seen, mut after) = (0, 0, None::<String>);
        loop {
            let (page, next) = entries
                .page(&resolved, after.as_deref(), PAGE_SIZE)
                .expect("a page");
            pages += 1;
            seen += page.len();
            match next {
                Some(next) => after = Some(next),
                None => break,
            }
        }
        let took = started.elapsed();
        println!(
            "  {range:<12} {seen:>8} rows in {pages} pages: {:.0} ms ({:.2} ms a page)",
            ms(took),
            ms(took) / f64::from(pages)
        );
    }

    // A bulk run's or a screen's intent is a journal write: timed alone, then while History
    // searches all time without a pause (a person typing one slow search after another).
    println!("\na journal write (an intent: one row, its triggers, one commit), p50 / p95 / max:");
    let mut write = || {
        let start = Instant::now();
        seed::journal(&database, [action(rows - 1, rows, &mut dice)]).expect("a write");
        start.elapsed()
    };
    let quiet = Timings::sorted((0..RUNS).map(|_| write()).collect());
    let searching = std::sync::atomic::AtomicBool::new(true);
    let during = std::thread::scope(|scope| {
        scope.spawn(|| {
            // Two searches in turn, so neither is answered from the matches kept of the last.
            for text in ["+33 6 4", "lefevre"].iter().cycle() {
                if !searching.load(std::sync::atomic::Ordering::Relaxed) {
                    break;
                }
                let resolved = resolve(&HistoryQuery {
                    text: Some((*text).to_owned()),
                    ..HistoryQuery::default()
                });
                entries.count(&resolved).expect("a count");
                entries.page(&resolved, None, PAGE_SIZE).expect("a page");
                entries.chart(&resolved).expect("a chart");
            }
        });
        let times = (0..RUNS)
            .map(|_| {
                // Apart, as a run's intents are, so each meets the search at another point.
                std::thread::sleep(Duration::from_millis(37));
                write()
            })
            .collect();
        searching.store(false, std::sync::atomic::Ordering::Relaxed);
        Timings::sorted(times)
    });
    for (when, timings) in [("alone", &quiet), ("while History searches", &during)] {
        println!(
            "  {when:<24} {:>7.1} / {:>7.1} / {:>7.1} ms",
            ms(timings.p50()),
            ms(timings.p95()),
            ms(timings.max())
        );
    }

    // The old History's first step, at a tenth of the size: every journal row into memory.
    let journal = Journal::new(database.clone());
    let old_read = Timings::of(|| {
        journal
            .list(&ActionQuery {
                limit: Some(100_000),
                ..ActionQuery::default()
            })
            .expect("the journal reads");
    });

    println!("\nbaselines in this run:");
    println!(
        "  full scan count(*) … LIKE '%Dupont%' over {rows} journal rows: p50 {:.1} ms",
        ms(like_scan.p50())
    );
    println!(
        "  old History's journal read, 100,000 rows into memory:            p50 {:.1} ms",
        ms(old_read.p50())
    );
    println!("\nratios:");
    println!(
        "  open p95 / old 100k read:        {:.3}",
        ms(open.p95()) / ms(old_read.p50())
    );
    println!(
        "  worst search p95 / LIKE scan:    {:.3}  ({:.1} ms side by side; goal ≤ 50 ms)",
        ms(worst_search) / ms(like_scan.p50()),
        ms(worst_search)
    );
    println!(
        "  worst filter p95 / LIKE scan:    {:.3}  ({:.1} ms; goal ≤ 50 ms)",
        ms(worst_filter) / ms(like_scan.p50()),
        ms(worst_filter)
    );
}
