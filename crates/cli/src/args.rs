//! The command line's commands and options. Their `--help` sentences are in the catalogue
//! (`cli-help-…`), worded by `help.rs`.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{ArgGroup, Args, Parser, Subcommand, ValueEnum};

use crate::output::{ListFormat, ResultFormat};

#[derive(Debug, Parser)]
#[command(name = "callboard", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Accounts {
        #[arg(long, value_enum, default_value_t)]
        format: ListFormat,
    },
    #[command(subcommand)]
    Clients(ClientsCommand),
    TopUp(TopUpArgs),
    TopUps(TopUpsArgs),
    Batch(BatchArgs),
    Statement(StatementArgs),
}

#[derive(Debug, Subcommand)]
pub enum ClientsCommand {
    List {
        #[arg(long)]
        tag: Option<String>,
        #[arg(long)]
        search: Option<String>,
        #[arg(long)]
        archived: bool,
        #[arg(long, value_enum, default_value_t)]
        format: ListFormat,
    },
    Export {
        #[arg(long, value_name = "FILE.csv")]
        out: PathBuf,
    },
}
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("to").required(true).args(["client", "workspace"])))]
#[command(group(ArgGroup::new("amount").required(true).args(["credits", "minutes"])))]
pub struct TopUpArgs {
    #[arg(long, value_name = "NAME")]
    pub client: Option<String>,
    #[arg(long, value_name = "EMAIL|ID")]
    pub workspace: Option<String>,
    #[arg(long, value_name = "AMOUNT")]
    pub credits: Option<String>,
    #[arg(long, value_name = "AMOUNT")]
    pub minutes: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub reference: Option<String>,
    #[arg(long, value_name = "NAME|ID")]
    pub account: Option<String>,
    #[arg(long)]
    pub yes: bool,
    #[arg(long, value_enum, default_value_t)]
    pub format: ResultFormat,
}

#[derive(Debug, Args)]
pub struct BatchArgs {
    #[arg(value_name = "FILE.csv")]
    pub file: PathBuf,
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long, value_name = "NAME|ID")]
    pub account: Option<String>,
    #[arg(long)]
    pub yes: bool,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct StatementArgs {
    #[arg(long, value_name = "NAME")]
    pub client: String,
    #[arg(long, value_name = "YYYY-MM")]
    pub month: String,
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
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
    #[arg(long, value_name = "DATE")]
    pub from: Option<NaiveDate>,
    #[arg(long, value_name = "DATE")]
    pub to: Option<NaiveDate>,
    #[arg(long, value_name = "EMAIL|ID")]
    pub workspace: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}
