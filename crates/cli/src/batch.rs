//! Sending top-ups as the app's batches do: lines drafted (each checked and given the action
//! key it will be sent with), one confirmation naming the totals, then each line through the
//! journal, never twice. `callboard batch FILE.csv` and `callboard top-up` (a batch of one
//! line, so its reference and sender are kept for statements) both end here.

use std::io::IsTerminal;
use std::path::Path;

use callboard::clients::{
    BatchLineStage, BatchLineView, BatchProgress, BatchSource, BatchView, Batches,
};
use callboard::Callboard;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::args::BatchArgs;
use crate::confirm::confirm;
use crate::exit::{Exit, Failure, Outcome};
use crate::open;
use crate::output::{print_json, print_listing, Columns, ListFormat};

const DOING: &str = "send a batch of top-ups";

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
            return Err(Failure::refused(format!(
                "Not sent: {} of the file cannot be used (listed above).",
                plural(draft.problems.len(), "line")
            ))
            .next(format!("Correct {} and run it again.", args.file.display())));
        }
        eprintln!("Dry run: nothing was sent. {}", draft.question);
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
                bar.println(format!(
                    "Line {}: {} — {}",
                    line.position,
                    line_label(&line),
                    outcome_words(&line)
                ));
            }
        }
    };
    let sending = batches.send(callboard, draft.id, report);
    tokio::pin!(sending);
    let view = tokio::select! {
        view = &mut sending => view,
        _ = tokio::signal::ctrl_c() => {
            bar.println("Pausing after the line on its way…");
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
    let from = accounts
        .iter()
        .map(|name| format!("“{name}”"))
        .collect::<Vec<_>>()
        .join(", ");
    let what = match draft.lines.as_slice() {
        [line] => format!(
            "Add {} {} to {}",
            line.amount,
            line.kind.field(),
            line_label(line)
        ),
        _ => draft.question.trim_end_matches('?').to_owned(),
    };
    format!(
        "{what} from the Awaz account{} {from}",
        if accounts.len() == 1 { "" } else { "s" }
    )
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
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} top-ups sent ({eta} left)")
    {
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
        println!(
            "Total: {} {} ({})",
            total.total,
            total.kind.field(),
            plural(total.lines as usize, "line")
        );
    }
    for problem in &draft.problems {
        println!("Left out: {problem}");
    }
    Ok(())
}

/// The batch after sending: each line's outcome, then the counts.
fn print_outcome(view: &BatchView, format: ListFormat) -> Outcome<()> {
    print_lines(view, format)?;
    let counts = &view.counts;
    eprintln!(
        "{} done, {} refused, {} unknown (held for a check), {} not sent.",
        counts.done,
        counts.refused,
        counts.unknown + counts.sending,
        counts.blocked + counts.waiting
    );
    if counts.unknown + counts.sending > 0 {
        eprintln!("Check the unknown ones in Awaz, then settle them in the Callboard app (History); they will not be sent again.");
    }
    if counts.waiting > 0 {
        eprintln!("Paused: resume it in the Callboard app (Clients, batches).");
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
                "#",
                "Client",
                "Workspace",
                "Kind",
                "Amount",
                "Reference",
                "From account",
                "Outcome",
            ],
            row: |line: &BatchLineView| {
                vec![
                    line.position.to_string(),
                    line.client_name.clone().unwrap_or_default(),
                    line.workspace.clone(),
                    line.kind.field().to_owned(),
                    line.amount.to_string(),
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
        Some(name) => format!("{name} ({})", line.workspace),
        None => line.workspace.clone(),
    }
}

pub fn outcome_words(line: &BatchLineView) -> String {
    let stage = match line.stage {
        BatchLineStage::Waiting => "to send",
        BatchLineStage::Sending => "unknown (interrupted): check before retrying",
        BatchLineStage::Done => "done",
        BatchLineStage::Refused => "refused",
        BatchLineStage::Unknown => "unknown: held for a check",
        BatchLineStage::Blocked => "not sent",
        BatchLineStage::Skipped => "skipped (sent in another batch)",
    };
    match &line.reason {
        Some(reason) => format!("{stage}: {reason}"),
        None => stage.to_owned(),
    }
}

fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        format!("1 {word}")
    } else {
        format!("{count} {word}s")
    }
}

/// Whether `path` names a file that exists, for a plain message instead of a storage error.
fn require_file(path: &Path) -> Outcome<()> {
    if path.is_file() {
        Ok(())
    } else {
        Err(Failure::usage(format!(
            "There is no file {}.",
            path.display()
        )))
    }
}
