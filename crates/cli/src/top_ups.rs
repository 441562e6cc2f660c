//! `callboard top-ups`: the journal's top-ups, by period and workspace.

use awaz::TopUpKind;
use callboard::awaz_actions;
use callboard::journal::{ActionKind, ActionRecord, ActionState};
use callboard::words::Words;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use serde_json::Value;

use crate::args::TopUpsArgs;
use crate::exit::{Exit, Failure, Outcome};
use crate::open;
use crate::output::{amount_text, kind_text, print_listing, Columns};

/// One top-up as listed.
#[derive(Debug, Serialize)]
struct TopUpLine {
    /// RFC 3339, in the zone chosen in Settings.
    sent_at: String,
    account: String,
    workspace: String,
    /// "credits" or "minutes".
    kind: TopUpKind,
    /// As sent, e.g. "25" or "10.5".
    amount: String,
    /// "done", "not_applied", "unknown" (held for a check) or "sending" (interrupted).
    outcome: &'static str,
    /// Why, when not done.
    reason: Option<String>,
    action_key: String,
}

pub async fn run(args: TopUpsArgs) -> Outcome {
    if let (Some(from), Some(to)) = (args.from, args.to) {
        if from > to {
            return Err(Failure::usage(
                Words::new("cli-dates-reversed")
                    .arg("from", from.to_string())
                    .arg("to", to.to_string())
                    .text(),
            ));
        }
    }
    const DOING: &str = "cli-doing-list-top-ups";
    let callboard = open::open_with_accounts(DOING).await?;
    let zone = callboard::clients::statement::time_zone(&callboard);
    let since = args.from.map(|day| start_of(day, zone));
    let until = args
        .to
        .and_then(|day| day.succ_opt())
        .map(|day| start_of(day, zone));
    let lines: Vec<TopUpLine> = awaz_actions::top_ups(&callboard, args.workspace.as_deref())
        .map_err(|error| Failure::of(error, DOING))?
        .into_iter()
        .filter_map(|record| {
            let at = DateTime::parse_from_rfc3339(&record.created_at)
                .ok()?
                .to_utc();
            let inside =
                since.is_none_or(|since| at >= since) && until.is_none_or(|until| at < until);
            inside.then(|| line(&record, at, zone))
        })
        .collect();
    print_listing(
        &mut std::io::stdout().lock(),
        args.format,
        &lines,
        Columns {
            headers: &[
                "cli-column-sent",
                "cli-column-account",
                "cli-column-workspace",
                "cli-column-kind",
                "cli-column-amount",
                "cli-column-outcome",
                "cli-column-reason",
            ],
            row: |line: &TopUpLine| {
                vec![
                    line.sent_at.clone(),
                    line.account.clone(),
                    line.workspace.clone(),
                    kind_text(line.kind, &line.amount),
                    amount_text(&line.amount),
                    Words::new("cli-top-up-outcome")
                        .arg("outcome", line.outcome)
                        .text(),
                    line.reason.clone().unwrap_or_default(),
                ]
            },
        },
    )?;
    Ok(Exit::Done)
}

/// Midnight of `day` in `zone` (the first one, when the clocks go back at midnight).
fn start_of(day: NaiveDate, zone: Tz) -> DateTime<Utc> {
    let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    zone.from_local_datetime(&midnight)
        .earliest()
        .map_or_else(|| midnight.and_utc(), |local| local.to_utc())
}

fn line(record: &ActionRecord, at: DateTime<Utc>, zone: Tz) -> TopUpLine {
    let request: Value = serde_json::from_str(&record.request).unwrap_or(Value::Null);
    // Written from at most two decimals, so the shortest form is the amount typed: 25, 10.5.
    let amount = match &request["amount"] {
        Value::Number(number) => number
            .as_f64()
            .map_or_else(|| number.to_string(), |n| n.to_string()),
        Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    TopUpLine {
        sent_at: at.with_timezone(&zone).to_rfc3339(),
        account: record.account_name.clone(),
        workspace: record.subject.clone().unwrap_or_default(),
        kind: match record.kind {
            ActionKind::AwazMinutes => TopUpKind::Minutes,
            _ => TopUpKind::Credits,
        },
        amount,
        outcome: match record.state {
            ActionState::Succeeded => "done",
            ActionState::Failed => "not_applied",
            ActionState::Unknown => "unknown",
            ActionState::Pending => "sending",
        },
        reason: record.error.clone(),
        action_key: record.action_key.clone(),
    }
}
