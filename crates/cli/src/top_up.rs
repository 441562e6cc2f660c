//! `callboard top-up`: one top-up, sent as a batch of one line (the app's batch path), so its
//! reference and sender are kept for the client's statement.

use awaz::{TopUpKind, WorkspaceBalance};
use callboard::clients::{book, parse_amount, BatchLineDraft, BatchLineStage, BatchView};
use callboard::words::{self, Words};
use callboard::Callboard;

use crate::args::TopUpArgs;
use crate::batch::{self, exit_of, outcome_words};
use crate::clients::find_client;
use crate::exit::{Exit, Failure, Outcome};
use crate::open;
use crate::output::{amount_text, print_json, with_amount, ResultFormat};

const DOING: &str = "cli-doing-top-up";

pub async fn run(args: TopUpArgs) -> Outcome {
    let (kind, amount) = match (&args.credits, &args.minutes) {
        (Some(credits), None) => (TopUpKind::Credits, credits),
        (None, Some(minutes)) => (TopUpKind::Minutes, minutes),
        _ => return Err(Failure::usage(words::word("cli-credits-or-minutes"))),
    };
    let callboard = open::open_with_accounts(DOING).await?;
    let failed = |error| Failure::of(error, DOING);
    let amount = parse_amount("amount", amount).map_err(failed)?;
    let client = match (&args.client, &args.workspace) {
        (Some(name), _) => Some(find_client(&callboard, name)?),
        (None, Some(workspace)) => {
            book::find_by_workspace(callboard.database(), workspace).map_err(failed)?
        }
        (None, None) => return Err(Failure::usage(words::word("cli-client-or-workspace"))),
    };
    let workspace = match (&client, &args.workspace) {
        (_, Some(workspace)) => workspace.trim().to_owned(),
        (Some(client), None) => client.workspace().ok_or_else(|| {
            Failure::worded(
                Exit::Refused,
                Words::new("cli-client-without-workspace").arg("client", &client.name),
            )
        })?,
        (None, None) => unreachable!("a client or a workspace was given"),
    };
    let account_id = match (
        &args.account,
        client.as_ref().and_then(|c| c.account_id.clone()),
    ) {
        (None, Some(from_book)) => Some(from_book),
        (wanted, _) => open::default_awaz_account(&callboard, wanted.as_deref())?,
    };
    let line = BatchLineDraft {
        client,
        workspace,
        kind,
        amount,
        reference: args.reference.clone(),
        account_id,
        occurrence: None,
    };
    let batches = batch::open_batches(&callboard, DOING)?;
    let draft = batches
        .draft(&callboard, vec![line], Vec::new())
        .map_err(failed)?;
    if let Some(blocked) = draft
        .lines
        .iter()
        .find(|line| line.stage == BatchLineStage::Blocked)
    {
        batches.discard(draft.id).map_err(failed)?;
        return Err(Failure::refused(
            Words::new("cli-not-sent")
                .arg("outcome", outcome_words(blocked))
                .text(),
        ));
    }
    let view = batch::send(&callboard, &batches, draft, args.yes, false).await?;
    report(&callboard, &view, args.format)
}

fn report(callboard: &Callboard, view: &BatchView, format: ResultFormat) -> Outcome {
    if format == ResultFormat::Json {
        print_json(&mut std::io::stdout().lock(), view)?;
    }
    for line in &view.lines {
        let summary = with_amount(Words::new("cli-top-up-summary"), line.kind, line.amount)
            .arg("workspace", &line.workspace);
        let said = match line.stage {
            BatchLineStage::Done => match balance_after(callboard, line.action_id) {
                Some(balance) => Words::new("cli-top-up-done-balance")
                    .arg("credits", amount_text(balance.credits))
                    .arg("minutes", amount_text(balance.minutes)),
                None => Words::new("cli-top-up-done"),
            },
            BatchLineStage::Unknown | BatchLineStage::Sending => Words::new("cli-top-up-unknown"),
            _ => Words::new("cli-top-up-not-done").arg("outcome", outcome_words(line)),
        };
        eprintln!("{}", said.arg("summary", summary).text());
    }
    Ok(exit_of(view))
}

/// The balance Awaz answered with, as the journal recorded it.
fn balance_after(callboard: &Callboard, action_id: Option<i64>) -> Option<WorkspaceBalance> {
    let record = callboard.journal().get(action_id?).ok()??;
    serde_json::from_str(record.response.as_deref()?).ok()
}
