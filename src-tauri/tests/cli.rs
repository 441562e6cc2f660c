//! The command line as people run it: the real `callboard` binary, on a data folder of its own
//! (`XDG_DATA_HOME`, which the app honours too), with an Awaz account whose key is in the real
//! keychain (the gnome-keyring session scripts/test.sh starts), against the simulator.
//! What is checked is what reached the simulator and what the journal holds, not only what
//! the command printed.

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::sync::Arc;

use callboard::clients::{book, Batches, ClientForm};
use callboard::data_folder::{self, KEYCHAIN_SERVICE};
use callboard::journal::{ActionQuery, ActionState, Journal};
use callboard::{
    Account, AccountKind, Callboard, Keychain, OpenOptions, Preferences, SecretKind, SecretStore,
    Settings, SettingsStore,
};
use serde_json::{json, Value};
use simulator::{seed, SimConfig, Simulator};

const NORTH: &str = "north-clinic@callboard.test";
const SOUTH: &str = "south-dental@callboard.test";
const TOP_UP_ROUTE: &str = "POST /v1/companies/add/credits";

// The exit codes `callboard --help` documents.
const DONE: i32 = 0;
const REFUSED: i32 = 1;
const USAGE: i32 = 2;
const UNKNOWN: i32 = 3;
const FOLDER_IN_USE: i32 = 4;
const CANCELLED: i32 = 5;

/// A computer with Callboard set up: one remembered Awaz account on the simulator.
struct Machine {
    home: tempfile::TempDir,
    sim: Simulator,
    account_id: String,
}

impl Machine {
    async fn new() -> Machine {
        Machine::on(SimConfig::default()).await
    }

    async fn on(sim: SimConfig) -> Machine {
        assert!(
            std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
            "No D-Bus session bus: these tests need a running Secret Service. Run them with \
             scripts/test.sh, or: scripts/with-keyring.sh cargo test -p callboard-app --test cli"
        );
        let machine = Machine {
            home: tempfile::tempdir().unwrap(),
            sim: Simulator::start(sim).await.unwrap(),
            account_id: uuid::Uuid::new_v4().to_string(),
        };
        // What the app's Accounts screen saves: the account in the settings, its key in the
        // keychain under the app's service name.
        let account = Account {
            id: machine.account_id.clone(),
            name: "Clinics – Awaz".to_owned(),
            base_url: Some(machine.sim.awaz_url()),
            remember: true,
            kind: AccountKind::Awaz,
        };
        data_folder::settings(&machine.data_dir())
            .save(&Settings {
                accounts: vec![account],
                // Months and days in UTC, whatever this computer's zone.
                preferences: Preferences {
                    time_zone: Some("UTC".to_owned()),
                    ..Preferences::default()
                },
                ..Settings::default()
            })
            .unwrap();
        Keychain::new(KEYCHAIN_SERVICE)
            .write(
                &machine.account_id,
                SecretKind::AwazApiKey,
                seed::AWAZ_API_KEY,
            )
            .unwrap();
        machine
    }

    /// Callboard opened as the window opens it: the same folder, settings and keychain (and
    /// so the folder's lock, for as long as it is kept).
    async fn open_app(&self) -> Callboard {
        Callboard::open(OpenOptions {
            data_dir: self.data_dir(),
            settings: Arc::new(data_folder::settings(&self.data_dir())),
            keychain: Arc::new(Keychain::new(KEYCHAIN_SERVICE)),
            demo: false,
        })
        .await
        .unwrap()
    }

    /// Puts "North Clinic" (the north workspace, this account, tag "monthly") in the book.
    async fn add_north_clinic(&self) {
        let app = self.open_app().await;
        book::save(
            app.database(),
            ClientForm {
                name: "North Clinic".to_owned(),
                workspace_email: Some(NORTH.to_owned()),
                account_id: Some(self.account_id.clone()),
                tags: vec!["monthly".to_owned()],
                ..ClientForm::default()
            },
        )
        .unwrap();
    }

    fn data_home(&self) -> PathBuf {
        self.home.path().join("data")
    }

    /// Where the app keeps its files under this `XDG_DATA_HOME`.
    fn data_dir(&self) -> PathBuf {
        self.data_home().join(data_folder::APP_IDENTIFIER)
    }

    /// Runs `callboard ARGS` with no terminal (stdin empty, output captured).
    async fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().await.unwrap()
    }

    /// `callboard ARGS`, not started yet.
    fn command(&self, args: &[&str]) -> tokio::process::Command {
        let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_callboard"));
        command
            .args(args)
            .env("XDG_DATA_HOME", self.data_home())
            .env_remove("CALLBOARD_AWAZ_URL")
            .stdin(Stdio::null())
            .kill_on_drop(true);
        command
    }

    /// A batch file whose lines 3 and 4 cannot be used (an unknown kind, an amount in words).
    fn file_with_typos(&self) -> PathBuf {
        let file = self.home.path().join("typo.csv");
        std::fs::write(
            &file,
            format!(
                "workspace,kind,amount\n{NORTH},credits,5\n{SOUTH},euros,5\n{NORTH},minutes,abc\n"
            ),
        )
        .unwrap();
        file
    }

    fn balance(&self, workspace: &str) -> (f64, f64) {
        let state = self.sim.snapshot();
        let balance = &state["workspaces"][workspace];
        (
            balance["credits"].as_f64().unwrap(),
            balance["minutes"].as_f64().unwrap(),
        )
    }

    /// The journal's top-ups, read after the command ended.
    fn journal_states(&self) -> Vec<ActionState> {
        journal_states(&Journal::open(&journal_file(&self.data_dir())).unwrap())
    }
}

impl Drop for Machine {
    fn drop(&mut self) {
        let _ = Keychain::new(KEYCHAIN_SERVICE).delete(&self.account_id, SecretKind::AwazApiKey);
    }
}

fn journal_file(data_dir: &Path) -> PathBuf {
    data_dir.join(callboard::service::JOURNAL_FILE)
}

fn journal_states(journal: &Journal) -> Vec<ActionState> {
    journal
        .list(&ActionQuery::default())
        .unwrap()
        .into_iter()
        .map(|record| record.state)
        .collect()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn json_of(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|error| panic!("not JSON ({error}): {}", text(&output.stdout)))
}

#[track_caller]
fn assert_says(output: &[u8], words: &str) {
    let said = text(output);
    assert!(said.contains(words), "{words:?} not in: {said}");
}

#[track_caller]
fn assert_exit(output: &Output, code: i32) {
    assert_eq!(
        output.status.code(),
        Some(code),
        "stdout: {}\nstderr: {}",
        text(&output.stdout),
        text(&output.stderr)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn accounts_are_listed_as_json_without_their_keys() {
    let machine = Machine::new().await;
    let output = machine.run(&["accounts", "--format", "json"]).await;
    assert_exit(&output, DONE);
    let accounts = json_of(&output);
    let accounts = accounts.as_array().unwrap();
    assert_eq!(accounts.len(), 1, "{accounts:?}");
    assert_eq!(accounts[0]["id"], machine.account_id.as_str());
    assert_eq!(accounts[0]["name"], "Clinics – Awaz");
    assert_eq!(accounts[0]["platform"], "awaz");
    // Its key was found in the keychain.
    assert_eq!(accounts[0]["status"], "Connected");
    assert!(!text(&output.stdout).contains(seed::AWAZ_API_KEY));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_confirmed_top_up_lands_exactly_once_and_is_listed() {
    let machine = Machine::new().await;
    let before = machine.balance(NORTH);
    let output = machine
        .run(&[
            "top-up",
            "--workspace",
            NORTH,
            "--credits",
            "25",
            "--yes",
            "--format",
            "json",
        ])
        .await;
    assert_exit(&output, DONE);
    let sent = json_of(&output);
    assert_eq!(sent["lines"].as_array().unwrap().len(), 1, "{sent}");
    assert_eq!(sent["lines"][0]["stage"], "done");
    assert!(
        text(&output.stderr).contains("now has 145 credits"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(machine.sim.requests(TOP_UP_ROUTE), 1);
    assert_eq!(machine.balance(NORTH), (before.0 + 25.0, before.1));

    let listed = machine
        .run(&["top-ups", "--workspace", NORTH, "--format", "json"])
        .await;
    assert_exit(&listed, DONE);
    let lines = json_of(&listed);
    assert_eq!(lines.as_array().unwrap().len(), 1, "{lines}");
    assert_eq!(lines[0]["outcome"], "done");
    assert_eq!(lines[0]["kind"], "credits");
    assert_eq!(lines[0]["amount"], "25");
    assert_eq!(lines[0]["action_key"], sent["lines"][0]["action_key"]);
    // A period that does not hold it lists nothing.
    let earlier = machine
        .run(&[
            "top-ups",
            "--from",
            "2020-01-01",
            "--to",
            "2020-01-31",
            "--format",
            "json",
        ])
        .await;
    assert_exit(&earlier, DONE);
    assert_eq!(json_of(&earlier), json!([]));
}

/// A 502 answered after Awaz applied the top-up: the command says the outcome is unknown
/// (its own exit code), the journal holds the action for a check, and running the same
/// command again sends nothing until someone settles it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_502_after_apply_exits_unknown_and_the_journal_holds_it_for_a_check() {
    let machine = Machine::new().await;
    let before = machine.balance(NORTH);
    machine
        .sim
        .inject(json!({ "route": TOP_UP_ROUTE, "status": 502, "process": true, "count": 1 }));
    let args = ["top-up", "--workspace", NORTH, "--credits", "10", "--yes"];

    let output = machine.run(&args).await;
    assert_exit(&output, UNKNOWN);
    assert!(
        text(&output.stderr).contains("may have gone through"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(machine.journal_states(), [ActionState::Unknown]);
    assert_eq!(machine.balance(NORTH), (before.0 + 10.0, before.1));

    let again = machine.run(&args).await;
    assert_exit(&again, REFUSED);
    assert!(
        text(&again.stderr).contains("Add 10 credits"),
        "the refusal names the earlier top-up: {}",
        text(&again.stderr)
    );
    assert_eq!(machine.sim.requests(TOP_UP_ROUTE), 1, "Awaz saw one top-up");
    assert_eq!(machine.journal_states(), [ActionState::Unknown]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_yes_and_without_a_terminal_nothing_is_sent() {
    let machine = Machine::new().await;
    let output = machine
        .run(&["top-up", "--workspace", NORTH, "--minutes", "30"])
        .await;
    assert_exit(&output, USAGE);
    let said = text(&output.stderr);
    assert!(said.contains("Add 30 minutes to"), "{said}");
    assert!(said.contains("--yes"), "{said}");
    assert_eq!(machine.sim.requests(TOP_UP_ROUTE), 0);
    assert_eq!(machine.journal_states(), []);
}

/// The app holds the data folder (opened as the window opens it: the same folder, settings
/// and keychain, hence its lock): the command line says so in plain words and sends nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn while_the_app_has_the_data_folder_open_the_command_line_says_so_and_sends_nothing() {
    let machine = Machine::new().await;
    let app = machine.open_app().await;

    let output = machine
        .run(&["top-up", "--workspace", NORTH, "--credits", "5", "--yes"])
        .await;
    assert_exit(&output, FOLDER_IN_USE);
    let said = text(&output.stderr);
    assert!(
        said.contains("Callboard is open on this computer; close it or use the app to top up"),
        "{said}"
    );
    assert!(said.contains("Nothing was sent"), "{said}");
    let listing = machine.run(&["accounts", "--format", "json"]).await;
    assert_exit(&listing, FOLDER_IN_USE);
    assert!(listing.stdout.is_empty());

    assert_eq!(machine.sim.requests(TOP_UP_ROUTE), 0);
    assert_eq!(journal_states(app.journal()), []);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_refused_before_anything_is_sent() {
    let machine = Machine::new().await;
    let nothing = machine
        .run(&["top-up", "--workspace", NORTH, "--credits", "0", "--yes"])
        .await;
    assert_exit(&nothing, REFUSED);
    assert!(machine.journal_states().is_empty());
    let unknown_workspace = machine
        .run(&[
            "top-up",
            "--workspace",
            "nobody@callboard.test",
            "--credits",
            "3",
            "--yes",
        ])
        .await;
    assert_exit(&unknown_workspace, REFUSED);
    assert_eq!(machine.balance(NORTH).0, 120.0);
    assert_eq!(machine.journal_states(), [ActionState::Failed]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn help_names_the_exit_codes_and_gives_examples_for_every_command() {
    let machine = Machine::new().await;
    let help = machine.run(&["--help"]).await;
    assert_exit(&help, DONE);
    let words = text(&help.stdout);
    assert!(words.contains("Exit codes:"), "{words}");
    let commands: Vec<&str> = words
        .lines()
        .skip_while(|line| !line.starts_with("Commands:"))
        .skip(1)
        .take_while(|line| line.starts_with("  "))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|command| *command != "help")
        .collect();
    assert!(commands.contains(&"top-up"), "{commands:?}");
    for command in commands {
        let help = machine.run(&[command, "--help"]).await;
        assert_exit(&help, DONE);
        assert!(
            text(&help.stdout).contains("Examples:"),
            "{command}: {}",
            text(&help.stdout)
        );
    }
    let typo = machine.run(&["topup"]).await;
    assert_exit(&typo, USAGE);
    assert!(
        text(&typo.stderr).contains("top-up"),
        "{}",
        text(&typo.stderr)
    );
}

/// 50 lines, in one file: the client "North Clinic" by name and the south workspace by email,
/// credits and minutes, each its own amount. A dry run sends nothing; the real run meets a real
/// 429 (the key's budget was used up by someone else), two 422 refusals and a 502 after Awaz
/// applied the top-up. Every line is sent at most once, the simulator's balances move by
/// exactly the lines that went through, and the unknown one is held for a check.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_batch_of_fifty_lines_with_faults_is_sent_once_and_a_dry_run_sends_nothing() {
    // A 20 s window: the command starts well inside it even on a busy machine, and waiting
    // out the rest is bearable.
    let machine = Machine::on(SimConfig {
        rate_window: std::time::Duration::from_secs(20),
        ..SimConfig::default()
    })
    .await;
    machine.add_north_clinic().await;
    let lines: Vec<(&str, &str, u32)> = (1..=50)
        .map(|n| {
            let workspace = if n % 2 == 0 { "North Clinic" } else { SOUTH };
            let kind = if n % 3 == 0 { "minutes" } else { "credits" };
            (workspace, kind, n)
        })
        .collect();
    let mut csv = String::from("workspace,kind,amount,reference\n");
    for (workspace, kind, amount) in &lines {
        csv.push_str(&format!("{workspace},{kind},{amount},INV-{amount}\n"));
    }
    let file = machine.home.path().join("month-end.csv");
    std::fs::write(&file, csv).unwrap();
    let file = file.to_str().unwrap();
    let before = [machine.balance(NORTH), machine.balance(SOUTH)];

    let dry = machine
        .run(&["batch", file, "--dry-run", "--format", "json"])
        .await;
    assert_exit(&dry, DONE);
    let review = json_of(&dry);
    assert_eq!(review["lines"].as_array().unwrap().len(), 50);
    assert!(review["lines"]
        .as_array()
        .unwrap()
        .iter()
        .all(|line| line["stage"] == "waiting"));
    let total = |kind: &str| -> u32 {
        lines
            .iter()
            .filter(|line| line.1 == kind)
            .map(|line| line.2)
            .sum()
    };
    for kind_total in review["totals"].as_array().unwrap() {
        let kind = kind_total["kind"].as_str().unwrap();
        assert_eq!(kind_total["total"], total(kind).to_string(), "{kind_total}");
    }
    assert_eq!(review["lines"][1]["client_name"], "North Clinic");
    assert_eq!(review["lines"][1]["workspace"], NORTH);
    assert_eq!(review["lines"][1]["reference"], "INV-2");
    assert_eq!(
        machine.sim.requests(TOP_UP_ROUTE),
        0,
        "a dry run sends nothing"
    );
    assert!(machine.journal_states().is_empty());

    // Someone else used the key's whole budget for this window: the first top-up gets a 429.
    assert_eq!(use_up_budget(&machine.sim.awaz_url(), 100).await, 100);
    // Past the first 40 top-up requests: two refusals, then a 502 after applying.
    machine
        .sim
        .inject(json!({ "route": TOP_UP_ROUTE, "process": true, "count": 40 }));
    machine
        .sim
        .inject(json!({ "route": TOP_UP_ROUTE, "status": 422, "count": 2 }));
    machine
        .sim
        .inject(json!({ "route": TOP_UP_ROUTE, "status": 502, "process": true, "count": 1 }));

    let output = machine
        .run(&["batch", file, "--yes", "--format", "json"])
        .await;
    assert_exit(&output, UNKNOWN);
    let view = json_of(&output);
    let sent = view["lines"].as_array().unwrap();
    assert_eq!(sent.len(), 50);
    let with_stage = |stage: &str| -> Vec<&Value> {
        sent.iter().filter(|line| line["stage"] == stage).collect()
    };
    let (done, refused, unknown, blocked) = (
        with_stage("done"),
        with_stage("refused"),
        with_stage("unknown"),
        with_stage("blocked"),
    );
    assert_eq!(refused.len(), 2, "{view}");
    assert_eq!(unknown.len(), 1, "{view}");
    assert_eq!(
        done.len() + refused.len() + unknown.len() + blocked.len(),
        50
    );
    // After the unknown one, nothing more goes to its workspace until it is checked.
    let held = unknown[0];
    for line in &blocked {
        assert_eq!(line["workspace"], held["workspace"]);
        assert!(line["position"].as_u64() > held["position"].as_u64());
    }
    let blocked_after = sent
        .iter()
        .filter(|line| {
            line["workspace"] == held["workspace"]
                && line["position"].as_u64() > held["position"].as_u64()
        })
        .count();
    assert_eq!(blocked.len(), blocked_after);

    // Exactly once: each workspace moved by its done lines and the applied unknown one.
    let amount = |line: &&Value| -> f64 { line["amount"].as_str().unwrap().parse().unwrap() };
    for (workspace, before) in [NORTH, SOUTH].into_iter().zip(before) {
        let applied = |kind: &str| -> f64 {
            done.iter()
                .chain(&unknown)
                .filter(|line| line["workspace"] == workspace && line["kind"] == kind)
                .map(amount)
                .sum()
        };
        assert_eq!(
            machine.balance(workspace),
            (before.0 + applied("credits"), before.1 + applied("minutes")),
            "{workspace}"
        );
    }
    let answered = done.len() + refused.len() + unknown.len();
    let resent = machine.sim.requests(TOP_UP_ROUTE) as usize - answered;
    assert!(resent >= 1, "the 429 was waited out and resent");
    println!(
        "batch of 50: {} done, {} refused, {} unknown, {} held back behind it, {resent} resent after a 429",
        done.len(),
        refused.len(),
        unknown.len(),
        blocked.len()
    );
    let mut states = machine.journal_states();
    states.sort_by_key(|state| format!("{state:?}"));
    assert_eq!(states.len(), answered);
    assert_eq!(
        states
            .iter()
            .filter(|state| **state == ActionState::Unknown)
            .count(),
        1
    );
    assert_eq!(
        states
            .iter()
            .filter(|state| **state == ActionState::Failed)
            .count(),
        2
    );
}

/// Sends `count` reads with the seed key straight to Awaz, as another program sharing the
/// key would; how many were answered 200.
async fn use_up_budget(awaz_url: &str, count: usize) -> usize {
    let http = reqwest::Client::new();
    let mut answered = 0;
    for _ in 0..count {
        let answer = http
            .get(format!("{awaz_url}/v1/phones"))
            .bearer_auth(seed::AWAZ_API_KEY)
            .send()
            .await
            .unwrap();
        answered += usize::from(answer.status().is_success());
    }
    answered
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_with_lines_that_cannot_be_used_is_not_sent_at_all() {
    let machine = Machine::new().await;
    let file = machine.file_with_typos();
    let file = file.to_str().unwrap();
    for run in [
        &["batch", file, "--dry-run"][..],
        &["batch", file, "--yes"][..],
    ] {
        let output = machine.run(run).await;
        assert_exit(&output, REFUSED);
        let said = text(&output.stdout);
        assert!(said.contains("Line 3"), "{said}");
        assert!(said.contains("Line 4"), "{said}");
    }
    assert_eq!(machine.sim.requests(TOP_UP_ROUTE), 0);
    assert!(machine.journal_states().is_empty());
    let app = machine.open_app().await;
    let batches = Batches::open(app.database()).unwrap();
    assert!(batches.list(&app, 10).unwrap().is_empty(), "no draft left");
}

/// The client book from the command line: a top-up by client name with a reference, the book
/// listed and exported, and the client's statement of the month with that reference.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_topped_up_by_name_appears_on_its_statement() {
    let machine = Machine::new().await;
    machine.add_north_clinic().await;

    let listed = machine.run(&["clients", "list", "--format", "json"]).await;
    assert_exit(&listed, DONE);
    let clients = json_of(&listed);
    assert_eq!(clients[0]["name"], "North Clinic");
    assert_eq!(clients[0]["workspace_email"], NORTH);

    let output = machine
        .run(&[
            "top-up",
            "--client",
            "north clinic",
            "--minutes",
            "500",
            "--reference",
            "INV-2026-11",
            "--yes",
        ])
        .await;
    assert_exit(&output, DONE);
    assert_eq!(machine.balance(NORTH).1, 800.0);

    let month = chrono::Utc::now().format("%Y-%m").to_string();
    let folder = machine.home.path();
    for (out, starts) in [
        ("north.pdf", &b"%PDF"[..]),
        ("north.csv", &b"\xEF\xBB\xBF"[..]),
    ] {
        let out = folder.join(out);
        let written = machine
            .run(&[
                "statement",
                "--client",
                "North Clinic",
                "--month",
                &month,
                "--out",
                out.to_str().unwrap(),
            ])
            .await;
        assert_exit(&written, DONE);
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(starts), "{}", out.display());
    }
    let csv = std::fs::read_to_string(folder.join("north.csv")).unwrap();
    assert!(csv.contains("INV-2026-11"), "{csv}");
    assert!(csv.contains("500"), "{csv}");

    let export = folder.join("book.csv");
    let exported = machine
        .run(&["clients", "export", "--out", export.to_str().unwrap()])
        .await;
    assert_exit(&exported, DONE);
    let book = std::fs::read_to_string(&export).unwrap();
    assert!(book.contains("North Clinic"), "{book}");
    assert!(book.contains("monthly"), "{book}");

    let nobody = machine
        .run(&["top-up", "--client", "Nobody", "--credits", "1", "--yes"])
        .await;
    assert_exit(&nobody, REFUSED);
    assert!(text(&nobody.stderr).contains("no client “Nobody”"));
}

/// On a terminal (a pseudo-terminal from `script`, bsdutils) the command asks, naming the total
/// and the account: "no" sends nothing (its own exit code), "yes" sends once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_terminal_it_asks_naming_the_total_and_sends_only_on_yes() {
    use tokio::io::AsyncWriteExt;

    let machine = Machine::new().await;
    let on_terminal = |answer: &'static str| {
        let command = format!(
            "{} top-up --workspace {NORTH} --credits 7.5",
            env!("CARGO_BIN_EXE_callboard")
        );
        let data_home = machine.data_home();
        async move {
            let mut child = tokio::process::Command::new("script")
                .args(["-qec", &command, "/dev/null"])
                .env("XDG_DATA_HOME", data_home)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .kill_on_drop(true)
                .spawn()
                .unwrap();
            let mut stdin = child.stdin.take().unwrap();
            stdin.write_all(answer.as_bytes()).await.unwrap();
            let output = child.wait_with_output().await.unwrap();
            drop(stdin);
            output
        }
    };
    let declined = on_terminal("n\n").await;
    let said = text(&declined.stdout);
    assert!(
        said.contains("Add 7.5 credits to north-clinic@callboard.test from the Awaz account “Clinics – Awaz”? [y/N]"),
        "{said}"
    );
    assert_exit(&declined, CANCELLED);
    assert_eq!(machine.sim.requests(TOP_UP_ROUTE), 0);

    let accepted = on_terminal("y\n").await;
    assert_exit(&accepted, DONE);
    assert!(text(&accepted.stdout).contains("Done: added 7.5 credits"));
    assert_eq!(machine.sim.requests(TOP_UP_ROUTE), 1);
    assert_eq!(machine.balance(NORTH).0, 127.5);
}

/// In French — asked for with `CALLBOARD_LANGUAGE`, or chosen in the app's Settings — refusals,
/// their next steps, reviews and `--help` are French; the exit codes and the JSON scripts read
/// are the same as in English.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_french_the_command_line_speaks_french_and_scripts_read_the_same() {
    let machine = Machine::new().await;
    let in_french = |args: &'static [&'static str]| {
        let mut command = machine.command(args);
        command.env("CALLBOARD_LANGUAGE", "fr");
        async move { command.output().await.unwrap() }
    };

    let nobody = in_french(&["top-up", "--client", "Nobody", "--credits", "1", "--yes"]).await;
    assert_exit(&nobody, REFUSED);
    assert_says(
        &nobody.stderr,
        "Le carnet n'a pas de client «\u{202f}Nobody\u{202f}».",
    );
    assert_says(
        &nobody.stderr,
        "ajoutez des clients dans l'application Callboard (Clients).",
    );

    let help = in_french(&["top-up", "--help"]).await;
    assert_exit(&help, DONE);
    assert_says(&help.stdout, "Exemples\u{202f}:");

    let accounts = in_french(&["accounts", "--format", "json"]).await;
    assert_exit(&accounts, DONE);
    assert_eq!(json_of(&accounts)[0]["id"], machine.account_id.as_str());

    // Chosen in Settings, without the variable: the same French.
    let settings = data_folder::settings(&machine.data_dir());
    let mut chosen = settings.load().unwrap();
    chosen.preferences.language = Some("fr".to_owned());
    settings.save(&chosen).unwrap();
    let file = machine.file_with_typos();
    let review = machine
        .command(&["batch", file.to_str().unwrap(), "--dry-run"])
        .env_remove("CALLBOARD_LANGUAGE")
        .output()
        .await
        .unwrap();
    assert_exit(&review, REFUSED);
    assert_says(
        &review.stderr,
        "Non envoyé\u{202f}: 2 lignes du fichier ne peuvent pas être utilisées",
    );
    assert_says(&review.stdout, "Espace de travail");
    assert_eq!(machine.sim.requests(TOP_UP_ROUTE), 0);
}
