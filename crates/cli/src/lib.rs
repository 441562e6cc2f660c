//! Callboard's command line: subcommands of the app's own binary (`callboard top-up …`), on
//! the same core as the window — the same data folder and its lock, accounts and keychain,
//! settings and journal. `src-tauri/src/main.rs` hands the arguments here before any Tauri
//! code runs when [`is_command`] says they are a command; no window opens.

mod accounts;
mod args;
mod batch;
mod clients;
mod confirm;
mod console;
mod exit;
mod help;
mod open;
mod output;
mod statement;
mod top_up;
mod top_ups;

use std::ffi::OsString;
use std::process::ExitCode;

use callboard::words::Words;
use clap::{CommandFactory, FromArgMatches};

pub use exit::Exit;

use crate::args::{Cli, ClientsCommand, Command};
use crate::exit::Outcome;

/// Whether `args` (the program's, its path first) ask for the command line rather than the
/// window: a first argument that is not a flag (the window takes none, so a mistyped command
/// gets the command line's help rather than a window), or a help or version flag.
pub fn is_command(args: &[OsString]) -> bool {
    let Some(first) = args.get(1).and_then(|first| first.to_str()) else {
        return false;
    };
    !first.starts_with('-') || ["--help", "-h", "--version", "-V"].contains(&first)
}

/// Runs the command in `args` and says how it ended (see [`Exit`]).
pub fn run(args: Vec<OsString>) -> ExitCode {
    console::attach_to_parent();
    open::choose_language();
    let parsed = help::worded(Cli::command())
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        // Help and version go to stdout with 0; mistakes to stderr with 2 (`Exit::Usage`).
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(Exit::Usage as u8));
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!(
                "{}",
                Words::new("cli-could-not-start")
                    .arg("error", error.to_string())
                    .text()
            );
            return Exit::Refused.code();
        }
    };
    match runtime.block_on(dispatch(cli.command)) {
        Ok(exit) => exit.code(),
        Err(failure) => {
            eprintln!("{}", failure.message);
            if let Some(next_step) = &failure.next_step {
                eprintln!("{next_step}");
            }
            failure.exit.code()
        }
    }
}

async fn dispatch(command: Command) -> Outcome {
    match command {
        Command::Accounts { format } => accounts::run(format).await,
        Command::TopUp(args) => top_up::run(args).await,
        Command::TopUps(args) => top_ups::run(args).await,
        Command::Clients(ClientsCommand::List {
            tag,
            search,
            archived,
            format,
        }) => {
            let query = callboard::clients::ClientQuery {
                text: search,
                tag,
                include_archived: archived,
            };
            clients::list(query, format).await
        }
        Command::Clients(ClientsCommand::Export { out }) => clients::export(&out).await,
        Command::Batch(args) => batch::run(args).await,
        Command::Statement(args) => statement::run(args).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    #[test]
    fn commands_and_help_go_to_the_command_line_and_the_rest_opens_the_window() {
        assert!(is_command(&args(&["callboard", "top-up", "--yes"])));
        assert!(is_command(&args(&["callboard", "topup"])));
        assert!(is_command(&args(&["callboard", "--help"])));
        assert!(is_command(&args(&["callboard", "--version"])));
        assert!(!is_command(&args(&["callboard"])));
        assert!(!is_command(&args(&["callboard", "--demo"])));
    }

    #[test]
    fn the_help_is_well_formed_in_every_language() {
        for language in callboard::words::Language::ALL {
            callboard::words::set_current(language);
            help::worded(Cli::command()).debug_assert();
        }
        callboard::words::set_current(callboard::words::Language::English);
    }
}
