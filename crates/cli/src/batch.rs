//! Sending top-ups as the app's batches do: lines drafted (each checked and given the action
//! key it will be sent with), one confirmation naming the totals, then each line through the
//! journal, never twice. `callboard batch FILE.csv` and `callboard top-up` (a batch of one
//! line, so its reference and sender are kept for statements) both end here.

use std::io::IsTerminal;
use std::path::Path;

use callboard::clients::{
    BatchLineStage, BatchLineView, BatchProgress, BatchSource, BatchView, Batches,
};
use callboard::words::{self, Words};
use callboard::Callboard;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::args::BatchArgs;
use crate::confirm::confirm;
use crate::exit::{Exit, Failure, Outcome};
use crate::open;
use crate::output::{
    amount_text, kind_text, print_json, print_listing, with_amount, Columns, ListFormat,
};

const DOING: &str = "cli-doing-send-batch";

pub async fn run(args: BatchArgs) -> Outcome {
    require_file(&args.file)?;
    let callboard = open::open_with_accounts(DOING).await?;
    let batches = open_batches(&callboard, DOING)?;
    let account_id = open::default_awaz_account(&callboard, args.account.as_deref())?;
    let source = BatchSource::Csv {
        path: args.file.display().to_string(),
    };
    let (lines, problems) = batches
        .lines_from(&source, account_id.as_deref())
        .map_err(|error| Failure::of(error, DOING))?;
    let draft = batches
        .draft(&callboard, lines, problems)
        .map_err(|error| Failure::of(error, DOING))?;
    let sendable = draft.problems.is_empty();
    if args.dry_run || !sendable {
        // Nothing is sent: the draft was only the review.
        batches
            .discard(draft.id)
            .map_err(|error| Failure::of(error, DOING))?;
        print_review(&draft, args.format)?;
        if !sendable {
            return Err(Failure::worded(
                Exit::Refused,
                Words::new("cli-batch-not-sendable")
                    .arg("count", draft.problems.len())
                    .arg("file", args.file.display().to_string()),
            ));
        }
        eprintln!(
            "{}",
            Words::new("cli-dry-run")
                .arg("question", &draft.question)
                .text()
        );
        return Ok(Exit::Done);
    }
    if args.format == ListFormat::Table {
        print_review(&draft, ListFormat::Table)?;
    }
    let view = send(&callboard, &batches, draft, args.yes, true).await?;
    print_outcome(&view, args.format)?;
    Ok(exit_of(&view))
}

/// The batches of Callboard's store.
pub fn open_batches(callboard: &Callboard, doing: &str) -> Outcome<Batches> {
    Batches::open(callboard.database()).map_err(|error| Failure::of(error, doing))
}

/// Confirms `draft` (unless `yes`, asking on the terminal; a draft not confirmed is
/// discarded), then sends it, with a progress bar when `progress` and stderr is a terminal.
/// Ctrl-C pauses after the line on its way.
pub async fn send(
    callboard: &Callboard,
    batches: &Batches,
    draft: BatchView,
    yes: bool,
    progress: bool,
) -> Outcome<BatchView> {
    let what = confirmation(&draft);
    if let Err(failure) = confirm(&what, yes) {
        batches
            .discard(draft.id)
            .map_err(|error| Failure::of(error, DOING))?;
        return Err(failure);
    }
    let failed = |error| Failure::of(error, DOING);
    batches.confirm(callboard, draft.id).map_err(failed)?;
    let bar = progress_bar(draft.lines.len(), progress);
    let report = |update: BatchProgress| {
        if let Some(line) = update.line {
            bar.inc(1);
            if !matches!(line.stage, BatchLineStage::Done) {
                bar.println(
                    Words::new("cli-line-progress")
                        .arg("position", line.position.to_string())
                        .arg("line", line_label(&line))
                        .arg("outcome", outcome_words(&line))
                        .text(),
                );
            }
        }
    };
    let sending = batches.send(callboard, draft.id, report);
    tokio::pin!(sending);
    let view = tokio::select! {
        view = &mut sending => view,
        _ = tokio::signal::ctrl_c() => {
            bar.println(words::word("cli-pausing"));
            batches.pause(callboard, draft.id).map_err(failed)?;
            sending.await
        }
    }
    .map_err(failed)?;
    bar.finish_and_clear();
    Ok(view)
}

/// "Add 1500 minutes and 75 credits to 3 workspaces from the Awaz account “Clinics – Awaz”";
/// one line names its workspace.
fn confirmation(draft: &BatchView) -> String {
    let mut accounts: Vec<&str> = draft
        .lines
        .iter()
        .map(|line| line.account_name.as_str())
        .collect();
    accounts.sort_unstable();
    accounts.dedup();
    let names = accounts
        .iter()
        .map(|name| Words::new("cli-quoted").arg("name", *name).text())
        .collect::<Vec<_>>()
        .join(", ");
    let what = match draft.lines.as_slice() {
        [line] => with_amount(Words::new("cli-confirm-one-line"), line.kind, line.amount)
            .arg("line", line_label(line))
            .text(),
        // The question without its question mark (and the space French puts before it).
        _ => draft
            .question
            .trim_end_matches(['?', '\u{202f}', ' '])
            .to_owned(),
    };
    Words::new("cli-confirm-from")
        .arg("what", what)
        .arg("accounts", accounts.len())
        .arg("names", names)
        .text()
}

fn progress_bar(lines: usize, wanted: bool) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(
        Some(lines as u64),
        if wanted && std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        },
    );
    let template = Words::new("cli-progress")
        .arg("bar", "{bar:40}")
        .arg("pos", "{pos}")
        .arg("len", "{len}")
        .arg("eta", "{eta}")
        .text();
    if let Ok(style) = ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    bar
}

/// The worst outcome of the batch's lines (see [`Exit::worst`]).
pub fn exit_of(view: &BatchView) -> Exit {
    view.lines
        .iter()
        .map(|line| match line.stage {
            BatchLineStage::Done | BatchLineStage::Skipped => Exit::Done,
            BatchLineStage::Unknown | BatchLineStage::Sending => Exit::Unknown,
            BatchLineStage::Refused | BatchLineStage::Blocked | BatchLineStage::Waiting => {
                Exit::Refused
            }
        })
        .fold(Exit::Done, Exit::worst)
}

/// The review before confirming: the lines, the totals per kind and the lines left out.
fn print_review(draft: &BatchView, format: ListFormat) -> Outcome<()> {
    if format != ListFormat::Table {
        return print_lines(draft, format);
    }
    print_lines(draft, format)?;
    for total in &draft.totals {
        let words = with_amount(Words::new("cli-review-total"), total.kind, total.total)
            .arg("lines", total.lines);
        println!("{}", words.text());
    }
    for problem in &draft.problems {
        let words = Words::new("cli-review-left-out").arg("problem", problem);
        println!("{}", words.text());
    }
    Ok(())
}

/// The batch after sending: each line's outcome, then the counts.
fn print_outcome(view: &BatchView, format: ListFormat) -> Outcome<()> {
    print_lines(view, format)?;
    let counts = &view.counts;
    let summary = Words::new("cli-batch-counts")
        .arg("done", counts.done)
        .arg("refused", counts.refused)
        .arg("unknown", counts.unknown + counts.sending)
        .arg("blocked", counts.blocked + counts.waiting);
    eprintln!("{}", summary.text());
    if counts.unknown + counts.sending > 0 {
        eprintln!("{}", words::word("cli-batch-check-unknown"));
    }
    if counts.waiting > 0 {
        eprintln!("{}", words::word("cli-batch-paused"));
    }
    Ok(())
}

/// JSON is the whole batch (lines, totals, counts, problems); the table and the CSV its lines.
fn print_lines(view: &BatchView, format: ListFormat) -> Outcome<()> {
    let mut out = std::io::stdout().lock();
    if format == ListFormat::Json {
        return Ok(print_json(&mut out, view)?);
    }
    print_listing(
        &mut out,
        format,
        &view.lines,
        Columns {
            headers: &[
                "cli-column-number",
                "cli-column-client",
                "cli-column-workspace",
                "cli-column-kind",
                "cli-column-amount",
                "cli-column-reference",
                "cli-column-from-account",
                "cli-column-outcome",
            ],
            row: |line: &BatchLineView| {
                vec![
                    line.position.to_string(),
                    line.client_name.clone().unwrap_or_default(),
                    line.workspace.clone(),
                    kind_text(line.kind, line.amount),
                    amount_text(line.amount),
                    line.reference.clone().unwrap_or_default(),
                    line.account_name.clone(),
                    outcome_words(line),
                ]
            },
        },
    )?;
    Ok(())
}

fn line_label(line: &BatchLineView) -> String {
    match &line.client_name {
        Some(name) => Words::new("cli-line-label")
            .arg("name", name)
            .arg("workspace", &line.workspace)
            .text(),
        None => line.workspace.clone(),
    }
}

pub fn outcome_words(line: &BatchLineView) -> String {
    let stage = words::word(match line.stage {
        BatchLineStage::Waiting => "cli-stage-waiting",
        BatchLineStage::Sending => "cli-stage-sending",
        BatchLineStage::Done => "cli-stage-done",
        BatchLineStage::Refused => "cli-stage-refused",
        BatchLineStage::Unknown => "cli-stage-unknown",
        BatchLineStage::Blocked => "cli-stage-blocked",
        BatchLineStage::Skipped => "cli-stage-skipped",
    });
    match &line.reason {
        Some(reason) => Words::new("cli-stage-with-reason")
            .arg("stage", stage)
            .arg("reason", reason)
            .text(),
        None => stage,
    }
}

/// Whether `path` names a file that exists, for a plain message instead of a storage error.
fn require_file(path: &Path) -> Outcome<()> {
    if path.is_file() {
        Ok(())
    } else {
        Err(Failure::usage(
            Words::new("cli-no-file")
                .arg("path", path.display().to_string())
                .text(),
        ))
    }
}
