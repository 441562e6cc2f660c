//! The client book, batch top-ups, recurring plans and statements against the simulator over
//! loopback HTTP. What matters most: each top-up reaches the simulator at most once, whatever
//! happens — a lost answer, a pause, Callboard closing and opening again, a second confirm.

use std::sync::{Arc, Mutex};

use awaz::TopUpKind;
use callboard::clients::plans::{self, Occurrence, PlanForm};
use callboard::clients::statement::{self, StatementFormat};
use callboard::clients::{
    book, BatchLineStage, BatchProgress, BatchSource, BatchState, BatchView, Batches, Client,
    ClientForm, ClientQuery,
};
use callboard::{
    ActionState, AwazAccountForm, Callboard, MemorySecrets, MemorySettings, OpenOptions,
};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::json;
use simulator::{seed, SimConfig, Simulator};

const NORTH: &str = "north-clinic@callboard.test";
const SOUTH: &str = "south-dental@callboard.test";
const EAST: &str = seed::AWAZ_THIRD_WORKSPACE;
const TOP_UP_ROUTE: &str = "POST /v1/companies/add/credits";

/// One simulator and one data folder; Callboard can be closed and opened again on them.
struct Agency {
    sim: Simulator,
    data_dir: tempfile::TempDir,
    settings: Arc<MemorySettings>,
    secrets: Arc<MemorySecrets>,
    account_id: String,
}

/// Callboard open on the agency's data folder, with its batches.
struct Open {
    callboard: Callboard,
    batches: Batches,
}

impl Agency {
    async fn start() -> (Agency, Open) {
        let sim = Simulator::start(SimConfig::default()).await.unwrap();
        let mut agency = Agency {
            sim,
            data_dir: tempfile::tempdir().unwrap(),
            settings: Arc::new(MemorySettings::new()),
            secrets: Arc::new(MemorySecrets::new()),
            account_id: String::new(),
        };
        let open = agency.open().await;
        agency.account_id = open
            .callboard
            .add_awaz(AwazAccountForm {
                name: "Agency – Awaz".to_owned(),
                base_url: Some(agency.sim.awaz_url()),
                api_key: seed::AWAZ_API_KEY.to_owned(),
                remember: true,
            })
            .await
            .unwrap()
            .id;
        let utc = callboard::Preferences {
            time_zone: Some("UTC".to_owned()),
            ..open.callboard.settings().preferences
        };
        open.callboard.save_preferences(utc).unwrap();
        (agency, open)
    }

    /// Opens Callboard as the app does on start (the previous one must be dropped first).
    async fn open(&self) -> Open {
        let callboard = Callboard::open(OpenOptions {
            data_dir: self.data_dir.path().to_owned(),
            settings: self.settings.clone(),
            keychain: self.secrets.clone(),
            demo: false,
        })
        .await
        .unwrap();
        let batches = Batches::open(callboard.database()).unwrap();
        Open { callboard, batches }
    }

    fn client(&self, open: &Open, name: &str, workspace: &str) -> Client {
        book::save(
            open.callboard.database(),
            ClientForm {
                name: name.to_owned(),
                workspace_email: Some(workspace.to_owned()),
                account_id: Some(self.account_id.clone()),
                tags: vec!["monthly".to_owned()],
                ..ClientForm::default()
            },
        )
        .unwrap()
    }

    fn three_clients(&self, open: &Open) -> Vec<Client> {
        vec![
            self.client(open, "North Clinic", NORTH),
            self.client(open, "South Dental", SOUTH),
            self.client(open, "East Physio", EAST),
        ]
    }

    /// The workspace's balance at the simulator, in hundredths (exact for two decimals).
    fn cents(&self, workspace: &str, kind: TopUpKind) -> i64 {
        let state = self.sim.snapshot();
        let value = state["workspaces"][workspace][kind.field()]
            .as_f64()
            .unwrap();
        (value * 100.0).round() as i64
    }

    fn top_ups_received(&self) -> u64 {
        self.sim.requests(TOP_UP_ROUTE)
    }
}

impl Open {
    fn draft(&self, source: BatchSource) -> BatchView {
        let (lines, problems) = self.batches.lines_from(&source, None).unwrap();
        self.batches
            .draft(&self.callboard, lines, problems)
            .unwrap()
    }

    /// Sends a confirmed batch to the end (or its pause), keeping every progress report.
    async fn send(&self, batch_id: i32) -> (BatchView, Vec<BatchProgress>) {
        let reports = Mutex::new(Vec::new());
        let view = self
            .batches
            .send(&self.callboard, batch_id, |progress| {
                reports.lock().unwrap().push(progress)
            })
            .await
            .unwrap();
        (view, reports.into_inner().unwrap())
    }
}

fn same_for(clients: &[Client], kind: TopUpKind, amount: &str) -> BatchSource {
    BatchSource::Clients {
        client_ids: clients.iter().map(|client| client.id).collect(),
        kind,
        amount: amount.to_owned(),
        reference: Some("Invoice 2026-11".to_owned()),
    }
}

fn decimal(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

#[tokio::test]
async fn a_batch_of_three_with_one_lost_answer_tops_up_each_once_and_holds_the_unknown() {
    let (agency, open) = Agency::start().await;
    let clients = agency.three_clients(&open);
    let before: Vec<i64> = [NORTH, SOUTH, EAST]
        .iter()
        .map(|workspace| agency.cents(workspace, TopUpKind::Credits))
        .collect();
    // The first top-up is applied, then its answer is lost behind a 502.
    agency
        .sim
        .inject(json!({ "route": TOP_UP_ROUTE, "status": 502, "process": true, "count": 1 }));

    let draft = open.draft(same_for(&clients, TopUpKind::Credits, "12,34"));
    assert_eq!(draft.state, BatchState::Draft);
    assert_eq!(draft.totals.len(), 1);
    assert_eq!(draft.totals[0].total, decimal("37.02"));
    assert_eq!(
        draft.question, "Add 37.02 credits to 3 workspaces?",
        "the confirmation names the total"
    );
    assert_eq!(agency.top_ups_received(), 0, "a draft sends nothing");

    let confirmed = open.batches.confirm(&open.callboard, draft.id).unwrap();
    assert_eq!(confirmed.state, BatchState::Running);
    let (view, reports) = open.send(draft.id).await;

    assert_eq!(agency.top_ups_received(), 3, "one request per client");
    for (workspace, before) in [NORTH, SOUTH, EAST].iter().zip(before) {
        assert_eq!(
            agency.cents(workspace, TopUpKind::Credits),
            before + 1234,
            "{workspace} got exactly one top-up"
        );
    }
    assert_eq!(view.state, BatchState::Finished);
    assert_eq!((view.counts.done, view.counts.unknown), (2, 1));
    let held = &view.lines[0];
    assert_eq!(held.workspace, NORTH);
    assert_eq!(held.stage, BatchLineStage::Unknown);
    assert!(held.reason.is_some() && held.action_id.is_some());
    assert_eq!(held.reference.as_deref(), Some("Invoice 2026-11"));
    let line_reports: Vec<_> = reports.iter().filter_map(|r| r.line.clone()).collect();
    assert_eq!(line_reports.len(), 3, "each line's outcome is reported");
    assert_eq!(line_reports[0].stage, BatchLineStage::Unknown);
    assert_eq!(reports.last().unwrap().state, BatchState::Finished);

    // Resuming (or sending again) never resends the unknown line, nor the done ones.
    open.batches.resume(&open.callboard, draft.id).unwrap();
    let (again, _) = open.send(draft.id).await;
    assert_eq!(agency.top_ups_received(), 3);
    assert_eq!(again.lines[0].stage, BatchLineStage::Unknown);

    // The client's history shows the held line apart from the done ones' totals.
    let history = book::history(&open.callboard, clients[0].id).unwrap();
    assert_eq!(history.top_ups.len(), 1);
    assert_eq!(history.top_ups[0].state, ActionState::Unknown);
    assert!(
        history.months.is_empty(),
        "an unknown top-up is not counted"
    );
    let south = book::history(&open.callboard, clients[1].id).unwrap();
    assert_eq!(south.months.len(), 1);
    assert_eq!(south.months[0].total, decimal("12.34"));
}

#[tokio::test]
async fn a_paused_batch_resumes_after_callboard_reopens_and_sends_nothing_twice() {
    let (agency, open) = Agency::start().await;
    agency.three_clients(&open);
    let csv = agency.data_dir.path().join("month-end.csv");
    std::fs::write(
        &csv,
        format!(
            "workspace;kind;amount;reference\n{NORTH};credits;10;A\nSouth Dental;minutes;20,5;B\n\
             {EAST};credits;0.25;C\n{NORTH};minutes;30;D\n{SOUTH};credits;1;E\n{EAST};minutes;2;F\n\
             {NORTH};hours;3;G\n"
        ),
    )
    .unwrap();
    let before = [NORTH, SOUTH, EAST].map(|w| {
        (
            agency.cents(w, TopUpKind::Credits),
            agency.cents(w, TopUpKind::Minutes),
        )
    });
    let draft = open.draft(BatchSource::Csv {
        path: csv.display().to_string(),
    });
    assert_eq!(draft.lines.len(), 6);
    assert_eq!(
        draft.problems.len(),
        1,
        "the line with an unknown kind is left out"
    );
    assert_eq!(
        draft.lines[1].workspace, SOUTH,
        "a client's name finds its workspace"
    );
    open.batches.confirm(&open.callboard, draft.id).unwrap();

    // Paused after the second line.
    let sent = Mutex::new(0);
    open.batches
        .send(&open.callboard, draft.id, |progress| {
            if progress.line.is_some() {
                let mut sent = sent.lock().unwrap();
                *sent += 1;
                if *sent == 2 {
                    open.batches.pause(&open.callboard, draft.id).unwrap();
                }
            }
        })
        .await
        .unwrap();
    assert_eq!(agency.top_ups_received(), 2);
    assert_eq!(
        open.batches.view(&open.callboard, draft.id).unwrap().state,
        BatchState::Paused
    );

    // Closed and opened again: still paused; resumed, the other four go, the first two do not.
    drop(open);
    let open = agency.open().await;
    let reopened = open.batches.view(&open.callboard, draft.id).unwrap();
    assert_eq!(reopened.state, BatchState::Paused);
    assert_eq!(reopened.counts.done, 2);
    open.batches.resume(&open.callboard, draft.id).unwrap();
    let (view, _) = open.send(draft.id).await;
    assert_eq!(agency.top_ups_received(), 6);
    assert_eq!(view.counts.done, 6);

    // A batch Callboard closed while sending comes back paused, and resuming sends nothing
    // more once every line is recorded.
    open.batches.resume(&open.callboard, draft.id).unwrap();
    drop(open);
    let open = agency.open().await;
    assert_eq!(
        open.batches.view(&open.callboard, draft.id).unwrap().state,
        BatchState::Paused
    );
    open.batches.resume(&open.callboard, draft.id).unwrap();
    open.send(draft.id).await;
    assert_eq!(agency.top_ups_received(), 6);

    let added = [(1000, 3000), (100, 2050), (25, 200)];
    for ((workspace, (credits, minutes)), (added_credits, added_minutes)) in
        [NORTH, SOUTH, EAST].iter().zip(before).zip(added)
    {
        assert_eq!(
            agency.cents(workspace, TopUpKind::Credits),
            credits + added_credits
        );
        assert_eq!(
            agency.cents(workspace, TopUpKind::Minutes),
            minutes + added_minutes
        );
    }
}

#[tokio::test]
async fn a_recurring_plan_comes_due_once_and_is_sent_once_whatever_the_restarts() {
    let (agency, open) = Agency::start().await;
    let north = agency.client(&open, "North Clinic", NORTH);
    let plan = plans::save(
        open.callboard.database(),
        PlanForm {
            id: None,
            client_id: north.id,
            kind: TopUpKind::Minutes,
            amount: "500".to_owned(),
            day_of_month: 1,
            every_months: 1,
            reference: Some("Monthly minutes".to_owned()),
        },
        date("2026-11-15"),
    )
    .unwrap();
    assert_eq!(plan.next_due_on.as_deref(), Some("2026-12-01"));
    assert_eq!(
        book::get(open.callboard.database(), north.id)
            .unwrap()
            .next_due_on
            .as_deref(),
        Some("2026-12-01"),
        "the book shows the next due date"
    );
    let due_on = |open: &Open, today: &str| {
        plans::due_top_ups(open.callboard.database(), date(today)).unwrap()
    };
    assert!(due_on(&open, "2026-11-30").is_empty());
    let due = due_on(&open, "2026-12-01");
    assert_eq!(due.len(), 1);
    assert!(!due[0].missed);
    assert_eq!(due[0].amount, decimal("500"));
    // Closed for two months: each missed date is listed once.
    let missed = due_on(&open, "2027-02-03");
    let dates: Vec<_> = missed.iter().map(|due| due.due_on.as_str()).collect();
    assert_eq!(dates, ["2026-12-01", "2027-01-01", "2027-02-01"]);
    assert!(missed[0].missed && missed[2].missed);

    // Restart before confirming: still due, once; a draft takes nothing.
    let occurrence = Occurrence {
        plan_id: plan.id,
        due_on: "2026-12-01".to_owned(),
    };
    let today = date("2026-12-01");
    let lines = plans::due_lines(
        open.callboard.database(),
        today,
        std::slice::from_ref(&occurrence),
    )
    .unwrap();
    let first_draft = open.batches.draft(&open.callboard, lines, vec![]).unwrap();
    drop(open);
    let open = agency.open().await;
    assert_eq!(due_on(&open, "2026-12-01").len(), 1);
    let lines = plans::due_lines(
        open.callboard.database(),
        today,
        std::slice::from_ref(&occurrence),
    )
    .unwrap();
    let second_draft = open.batches.draft(&open.callboard, lines, vec![]).unwrap();
    assert_eq!(agency.top_ups_received(), 0, "nothing is sent by itself");

    // Confirmed (twice): sent once; the other draft of the same occurrence is skipped.
    let before = agency.cents(NORTH, TopUpKind::Minutes);
    open.batches
        .confirm(&open.callboard, second_draft.id)
        .unwrap();
    open.batches
        .confirm(&open.callboard, second_draft.id)
        .unwrap();
    assert!(
        due_on(&open, "2026-12-01").is_empty(),
        "confirmed: not due again"
    );
    let (sent, _) = open.send(second_draft.id).await;
    assert_eq!(sent.counts.done, 1);
    let skipped = open
        .batches
        .confirm(&open.callboard, first_draft.id)
        .unwrap();
    assert_eq!(skipped.lines[0].stage, BatchLineStage::Skipped);
    open.send(first_draft.id).await;
    assert_eq!(agency.top_ups_received(), 1);
    assert_eq!(agency.cents(NORTH, TopUpKind::Minutes), before + 50_000);

    // Restart after confirming: nothing due, nothing resent.
    drop(open);
    let open = agency.open().await;
    assert!(due_on(&open, "2026-12-01").is_empty());
    for batch in open.batches.list(&open.callboard, 10).unwrap() {
        open.batches.resume(&open.callboard, batch.id).unwrap();
        open.send(batch.id).await;
    }
    assert_eq!(agency.top_ups_received(), 1);
    let next = &plans::list(open.callboard.database(), Some(north.id)).unwrap()[0];
    assert_eq!(next.next_due_on.as_deref(), Some("2027-01-01"));
    // A missed date passed over is not due again either.
    plans::pass_over(
        open.callboard.database(),
        &Occurrence {
            plan_id: plan.id,
            due_on: "2027-01-01".to_owned(),
        },
    )
    .unwrap();
    let left: Vec<_> = due_on(&open, "2027-02-03")
        .into_iter()
        .map(|due| due.due_on)
        .collect();
    assert_eq!(left, ["2027-02-01"]);
}

#[tokio::test]
async fn amounts_stay_exact_from_the_form_to_the_simulator_and_the_totals() {
    let (agency, open) = Agency::start().await;
    let east = agency.client(&open, "East Physio", EAST);
    let before = agency.cents(EAST, TopUpKind::Credits);
    for amount in ["0.1", "0,2", "19.99"] {
        let draft = open.draft(same_for(
            std::slice::from_ref(&east),
            TopUpKind::Credits,
            amount,
        ));
        open.batches.confirm(&open.callboard, draft.id).unwrap();
        assert_eq!(open.send(draft.id).await.0.counts.done, 1);
    }
    assert_eq!(agency.cents(EAST, TopUpKind::Credits), before + 2029);
    let history = book::history(&open.callboard, east.id).unwrap();
    // 0.1 + 0.2 + 19.99 in floating point is 20.290000000000003.
    assert_eq!(history.months[0].total.to_string(), "20.29");
    let amounts: Vec<String> = history
        .top_ups
        .iter()
        .map(|top_up| top_up.amount.to_string())
        .collect();
    assert_eq!(amounts, ["19.99", "0.2", "0.1"]);
    let refused = open
        .batches
        .lines_from(
            &same_for(std::slice::from_ref(&east), TopUpKind::Credits, "1.005"),
            None,
        )
        .unwrap_err();
    assert!(matches!(refused, callboard::Error::InvalidField { field, .. } if field == "amount"));
}

#[tokio::test]
async fn the_book_goes_to_csv_and_back_unchanged_and_fills_from_past_top_ups() {
    let (agency, open) = Agency::start().await;
    let mut clients = agency.three_clients(&open);
    clients[1] = book::save(
        open.callboard.database(),
        ClientForm {
            id: Some(clients[1].id),
            name: "South Dental, \"Main\"".to_owned(),
            workspace_email: Some(SOUTH.to_owned()),
            workspace_id: Some("67a0c1d2e3f4a5b6c7d8e902".to_owned()),
            account_id: Some(agency.account_id.clone()),
            tags: vec!["trial".to_owned(), "dentists".to_owned()],
            notes: "=SUM(A1) asks for invoices\nby post".to_owned(),
        },
    )
    .unwrap();
    clients[2] = book::set_archived(open.callboard.database(), clients[2].id, true).unwrap();
    let file = agency.data_dir.path().join("book.csv");
    let exported = book::export_csv(&open.callboard, &file).unwrap();
    assert_eq!(exported.rows, 3);

    // Into another Callboard with the same account: the same book.
    let (other, other_open) = Agency::start().await;
    drop(other);
    let imported = book::import_csv(&other_open.callboard, &file).unwrap();
    assert_eq!(
        (imported.added, imported.updated),
        (3, 0),
        "{:?}",
        imported.problems
    );
    let all = ClientQuery {
        include_archived: true,
        ..ClientQuery::default()
    };
    let without_ids = |clients: Vec<Client>| -> Vec<Client> {
        let mut clients: Vec<Client> = clients
            .into_iter()
            .map(|client| Client {
                id: 0,
                account_id: None,
                ..client
            })
            .collect();
        clients.sort_by(|a, b| a.name.cmp(&b.name));
        clients
    };
    assert_eq!(
        without_ids(book::list(other_open.callboard.database(), &all).unwrap()),
        without_ids(clients.clone())
    );
    // Back into the same book: every line updates its client.
    let again = book::import_csv(&open.callboard, &file).unwrap();
    assert_eq!((again.added, again.updated), (0, 3));
    assert_eq!(book::list(open.callboard.database(), &all).unwrap(), {
        let mut sorted = clients.clone();
        sorted.sort_by_key(|client| (client.archived, client.name.to_lowercase()));
        sorted
    });

    // Filled from history: a workspace topped up before becomes a client with its account.
    let (agency, open) = Agency::start().await;
    let form = callboard::awaz_actions::TopUpForm {
        workspace: SOUTH.to_owned(),
        kind: TopUpKind::Credits,
        amount: "5".to_owned(),
    };
    let plan =
        callboard::awaz_actions::review_top_up(&open.callboard, &agency.account_id, &form).unwrap();
    callboard::awaz_actions::top_up(&open.callboard, &agency.account_id, plan.action_key, form)
        .await
        .unwrap();
    let added = book::fill_from_history(&open.callboard).unwrap();
    assert_eq!(added.len(), 1);
    assert_eq!(added[0].name, "South Dental");
    assert_eq!(
        added[0].account_id.as_deref(),
        Some(agency.account_id.as_str())
    );
    assert!(book::fill_from_history(&open.callboard).unwrap().is_empty());
}

#[tokio::test]
async fn a_statement_lists_the_months_top_ups_with_reference_and_key() {
    let (agency, open) = Agency::start().await;
    let clients = agency.three_clients(&open);
    agency
        .sim
        .inject(json!({ "route": TOP_UP_ROUTE, "status": 502, "process": true, "count": 1 }));
    for amount in ["7.5", "2.5"] {
        let draft = open.draft(same_for(&clients[..1], TopUpKind::Credits, amount));
        open.batches.confirm(&open.callboard, draft.id).unwrap();
        open.send(draft.id).await;
    }
    let month = chrono::Utc::now().format("%Y-%m").to_string();
    let lines = statement::month_top_ups(&open.callboard, clients[0].id, &month).unwrap();
    assert_eq!(
        lines.len(),
        1,
        "the second top-up waits for the first to be checked"
    );
    assert_eq!(lines[0].state, ActionState::Unknown);
    assert_eq!(lines[0].reference.as_deref(), Some("Invoice 2026-11"));
    open.callboard
        .journal()
        .settle(lines[0].action_id, true)
        .unwrap();
    let draft = open.draft(same_for(&clients[..1], TopUpKind::Credits, "2.5"));
    open.batches.confirm(&open.callboard, draft.id).unwrap();
    open.send(draft.id).await;

    open.callboard.save_agency("Bright Agency", None).unwrap();
    let built = statement::statement(
        &open.callboard,
        clients[0].id,
        statement::month_period(&month).unwrap(),
    )
    .unwrap();
    assert_eq!(built.agency_name, "Bright Agency");
    assert_eq!(built.client_name, "North Clinic");
    assert_eq!(built.lines.len(), 2);
    let folder = tempfile::tempdir().unwrap();
    let pdf = statement::export(
        &open.callboard,
        clients[0].id,
        &month,
        StatementFormat::Pdf,
        folder.path(),
    )
    .unwrap();
    assert!(std::fs::read(&pdf.path).unwrap().starts_with(b"%PDF"));
    let csv = statement::export(
        &open.callboard,
        clients[0].id,
        &month,
        StatementFormat::Csv,
        &folder.path().join("north.csv"),
    )
    .unwrap();
    let text = std::fs::read_to_string(&csv.path).unwrap();
    for line in &built.lines {
        assert!(text.contains(&line.action_key), "{text}");
    }
    assert!(statement::month_period("2026-13").is_err());
}
