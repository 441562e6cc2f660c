//! `--help` in the person's language: the derive in `args.rs` gives the commands and options,
//! the catalogue (`cli-help-…` in `locales/<language>/cli.ftl`) every sentence of their help.
//! Clap's own words (Usage, Options, "Print help", its argument errors) stay English: clap has
//! no translations of its own.

use callboard::words::word;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Arg, Command, ValueEnum};

use crate::output::ListFormat;

/// `command` (the derived one) with its help worded in the current language.
pub fn worded(command: Command) -> Command {
    command
        .about(word("cli-help-about"))
        .long_about(word("cli-help-long-about"))
        .after_help(word("cli-help-exit-codes"))
        .after_long_help(word("cli-help-exit-codes"))
        .mut_subcommand("accounts", |accounts| {
            helped(
                accounts,
                "cli-help-accounts",
                "cli-help-accounts.examples",
                &[],
            )
            .mut_arg("format", list_format)
        })
        .mut_subcommand("clients", |clients| {
            helped(
                clients,
                "cli-help-clients",
                "cli-help-clients.examples",
                &[],
            )
            .mut_subcommand("list", |list| {
                helped(
                    list,
                    "cli-help-clients-list",
                    "cli-help-clients-list.examples",
                    &[
                        ("tag", "cli-help-clients-list-tag"),
                        ("search", "cli-help-clients-list-search"),
                        ("archived", "cli-help-clients-list-archived"),
                    ],
                )
                .mut_arg("format", list_format)
            })
            .mut_subcommand("export", |export| {
                helped(
                    export,
                    "cli-help-clients-export",
                    "cli-help-clients-export.examples",
                    &[],
                )
            })
        })
        .mut_subcommand("top-up", |top_up| {
            helped(
                top_up,
                "cli-help-top-up",
                "cli-help-top-up.examples",
                &[
                    ("client", "cli-help-client"),
                    ("workspace", "cli-help-top-up-workspace"),
                    ("credits", "cli-help-top-up-credits"),
                    ("minutes", "cli-help-top-up-minutes"),
                    ("reference", "cli-help-top-up-reference"),
                    ("account", "cli-help-top-up-account"),
                    ("yes", "cli-help-yes"),
                    ("format", "cli-help-top-up-format"),
                ],
            )
        })
        .mut_subcommand("top-ups", |top_ups| {
            helped(
                top_ups,
                "cli-help-top-ups",
                "cli-help-top-ups.examples",
                &[
                    ("from", "cli-help-top-ups-from"),
                    ("to", "cli-help-top-ups-to"),
                    ("workspace", "cli-help-top-ups-workspace"),
                ],
            )
            .mut_arg("format", list_format)
        })
        .mut_subcommand("batch", |batch| {
            helped(
                batch,
                "cli-help-batch",
                "cli-help-batch.examples",
                &[
                    ("file", "cli-help-batch-file"),
                    ("dry_run", "cli-help-batch-dry-run"),
                    ("account", "cli-help-batch-account"),
                    ("yes", "cli-help-yes"),
                ],
            )
            .mut_arg("format", list_format)
        })
        .mut_subcommand("statement", |statement| {
            helped(
                statement,
                "cli-help-statement",
                "cli-help-statement.examples",
                &[
                    ("client", "cli-help-client"),
                    ("month", "cli-help-statement-month"),
                    ("out", "cli-help-statement-out"),
                    ("format", "cli-help-statement-format"),
                ],
            )
        })
}

/// A command with what it does (`about`), its examples and the help of its options, each a
/// catalogue id: `(option, id)`.
fn helped(command: Command, about: &str, examples: &str, options: &[(&str, &str)]) -> Command {
    let command = command.about(word(about)).after_help(word(examples));
    options.iter().fold(command, |command, (option, help)| {
        command.mut_arg(*option, |arg| arg.help(word(help)))
    })
}

/// `--format` of a listing, each of its values explained in the current language.
fn list_format(arg: Arg) -> Arg {
    let values = ListFormat::value_variants().iter().filter_map(|format| {
        let help = match format {
            ListFormat::Table => "cli-help-format-table",
            ListFormat::Json => "cli-help-format-json",
            ListFormat::Csv => "cli-help-format-csv",
        };
        format
            .to_possible_value()
            .map(|value| value.help(word(help)))
    });
    arg.value_parser(PossibleValuesParser::new(values).map(|name| {
        ListFormat::from_str(&name, true).expect("clap accepts only the values listed")
    }))
}
