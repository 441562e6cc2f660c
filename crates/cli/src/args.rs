//! The command line's arguments and its `--help`, examples included.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{ArgGroup, Args, Parser, Subcommand, ValueEnum};

use crate::exit::EXIT_CODES_HELP;
use crate::output::{ListFormat, ResultFormat};

const ABOUT: &str = "Callboard's command line: month-end top-ups and listings from scripts.";

const LONG_ABOUT: &str = "\
Callboard's command line: month-end top-ups and listings from scripts.

It is the Callboard app itself, run with a command (one program to install and update): it uses
the app's accounts (their keys stay in this computer's keychain), settings and journal, and the
same rules — every top-up is recorded before it is sent and never sent twice, an answer that was
lost is held for a check, and nothing is sent without a confirmation naming the total (--yes, or
a question on the terminal). Run `callboard` without a command to open the window.

Only one of the two runs at a time: while the Callboard window is open, the command line says
so and sends nothing.

On Windows the app has no console of its own: run as a command it writes to the console it was
started from. In cmd.exe scripts use `start /wait callboard ...` to wait for it and get its exit
code; PowerShell waits by itself.";

#[derive(Debug, Parser)]
#[command(
    name = "callboard",
    version,
    about = ABOUT,
    long_about = LONG_ABOUT,
    after_help = EXIT_CODES_HELP,
    after_long_help = EXIT_CODES_HELP
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List Callboard's accounts (never their keys) and whether each can be used now.
    #[command(after_help = "Examples:
  callboard accounts
  callboard accounts --format json")]
    Accounts {
        #[arg(long, value_enum, default_value_t)]
        format: ListFormat,
    },
    /// The client book: list it, or export it as the CSV the app imports.
    #[command(
        subcommand,
        after_help = "Examples:
  callboard clients list --format json
  callboard clients export --out clients.csv"
    )]
    Clients(ClientsCommand),
    /// Add credits or minutes to one client's Awaz workspace.
    #[command(after_help = "Examples:
  callboard top-up --client \"North Clinic\" --credits 25
  callboard top-up --client \"North Clinic\" --minutes 500 --reference INV-2026-11 --yes
  callboard top-up --workspace north-clinic@example.com --credits 10.50 --account \"Clinics – Awaz\" --yes --format json")]
    TopUp(TopUpArgs),
    /// List the top-ups sent from this computer, newest first.
    #[command(after_help = "Examples:
  callboard top-ups --from 2026-11-01 --to 2026-11-30
  callboard top-ups --from 2026-11-01 --to 2026-11-30 --format csv > november.csv
  callboard top-ups --workspace north-clinic@example.com --format json")]
    TopUps(TopUpsArgs),
    /// Send the top-ups of a CSV file (columns workspace, kind, amount, reference), after one
    /// confirmation naming the totals.
    #[command(
        after_help = "The file: one top-up per line, with a header row naming the columns workspace
(an email, an id, or a client's name in the book), kind (credits or minutes), amount and,
optionally, reference. Example:

  workspace,kind,amount,reference
  North Clinic,minutes,500,INV-2026-11
  south-dental@example.com,credits,25.50,INV-2026-12

Examples:
  callboard batch month-end.csv --dry-run
  callboard batch month-end.csv
  callboard batch month-end.csv --yes --format json > outcome.json"
    )]
    Batch(BatchArgs),
    /// Write a client's statement of top-ups for one month, as PDF or CSV.
    #[command(after_help = "Examples:
  callboard statement --client \"North Clinic\" --month 2026-11 --out north-clinic-2026-11.pdf
  callboard statement --client north-clinic@example.com --month 2026-11 --out november.csv")]
    Statement(StatementArgs),
}

#[derive(Debug, Subcommand)]
pub enum ClientsCommand {
    /// List the clients of the book (archived ones with --archived).
    #[command(after_help = "Examples:
  callboard clients list
  callboard clients list --tag monthly --format json
  callboard clients list --search clinic --archived --format csv > clients.csv")]
    List {
        /// Only the clients with this tag.
        #[arg(long)]
        tag: Option<String>,
        /// Only the clients whose name, workspace, tags or notes contain this.
        #[arg(long)]
        search: Option<String>,
        /// Archived clients too.
        #[arg(long)]
        archived: bool,
        #[arg(long, value_enum, default_value_t)]
        format: ListFormat,
    },
    /// Write the whole book (archived clients too) to a CSV file the app can import.
    #[command(after_help = "Examples:
  callboard clients export --out clients.csv")]
    Export {
        #[arg(long, value_name = "FILE.csv")]
        out: PathBuf,
    },
}
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("to").required(true).args(["client", "workspace"])))]
#[command(group(ArgGroup::new("amount").required(true).args(["credits", "minutes"])))]
pub struct TopUpArgs {
    /// The client, by its name in the book (or its workspace email or id).
    #[arg(long, value_name = "NAME")]
    pub client: Option<String>,
    /// A workspace, by its email address or id (in the book or not).
    #[arg(long, value_name = "EMAIL|ID")]
    pub workspace: Option<String>,
    /// Credits to add, e.g. 25 or 10.50.
    #[arg(long, value_name = "AMOUNT")]
    pub credits: Option<String>,
    /// Minutes to add, e.g. 500.
    #[arg(long, value_name = "AMOUNT")]
    pub minutes: Option<String>,
    /// Your reference for it (an invoice number…), shown on the client's statement.
    #[arg(long, value_name = "TEXT")]
    pub reference: Option<String>,
    /// The Awaz account to send from (its name or id); by default the client's in the book,
    /// else the only one.
    #[arg(long, value_name = "NAME|ID")]
    pub account: Option<String>,
    /// Confirm in advance: send without asking (needed when no terminal can ask).
    #[arg(long)]
    pub yes: bool,
    /// How to print the outcome (json: the batch of this one line, as `batch` prints it).
    #[arg(long, value_enum, default_value_t)]
    pub format: ResultFormat,
}

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// The CSV file of top-ups.
    #[arg(value_name = "FILE.csv")]
    pub file: PathBuf,
    /// Check every line and show the review (lines, totals per kind, lines left out); send
    /// nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// The Awaz account for workspaces whose client has none in the book (name or id);
    /// by default the only one.
    #[arg(long, value_name = "NAME|ID")]
    pub account: Option<String>,
    /// Confirm in advance: send without asking (needed when no terminal can ask).
    #[arg(long)]
    pub yes: bool,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct StatementArgs {
    /// The client, by its name in the book (or its workspace email or id).
    #[arg(long, value_name = "NAME")]
    pub client: String,
    /// The month, e.g. 2026-11.
    #[arg(long, value_name = "YYYY-MM")]
    pub month: String,
    /// The file to write; .pdf or .csv (or a folder, with --format).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// PDF or CSV; by default by the file's extension.
    #[arg(long, value_enum)]
    pub format: Option<StatementFileFormat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatementFileFormat {
    Pdf,
    Csv,
}

#[derive(Debug, Args)]
pub struct TopUpsArgs {
    /// First day, included (YYYY-MM-DD, in the time zone chosen in Settings).
    #[arg(long, value_name = "DATE")]
    pub from: Option<NaiveDate>,
    /// Last day, included (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub to: Option<NaiveDate>,
    /// Only the top-ups of this workspace (email or id).
    #[arg(long, value_name = "EMAIL|ID")]
    pub workspace: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}
