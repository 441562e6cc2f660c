//! The calling rules' decisions in the person's language. `calling-rules` decides with stable
//! codes and values (its `plain` sentence is English, for its own tests and logs); the words
//! people read are made here from those codes, from `rules.ftl`. Reasons Callboard makes itself
//! (the do-not-call list, a run's own hours) are worded when made: their `plain` is shown as is.

use calling_rules::{Reason, Tz};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

use crate::words::{self, Words};

/// The rule's whole sentence: "French weekend: moved to Monday 9 December 10:00 (Europe/Paris)".
pub fn sentence(reason: &Reason) -> String {
    worded(reason).map_or_else(|| name(reason), |words| words.text())
}

/// The sentence of a decision of `calling-rules`, by its shape; `None` for a reason Callboard
/// made itself.
fn worded(reason: &Reason) -> Option<Words> {
    let value = |name: &str| reason.params.get(name).map(String::as_str);
    let zone = value("zone").unwrap_or_default();
    let at_zone = |name: &str| value(name).and_then(|at| moment(at, zone));
    match reason.code.as_str() {
        "unknown_zone" => {
            return Some(Words::new("rules-unknown-zone").arg("phone", value("phone")?));
        }
        "no_window" => {
            return Some(
                Words::new("rules-no-window")
                    .arg("rule", name_of(value("blocked_by")?, reason)?)
                    .arg("days", calling_rules::HORIZON_DAYS.to_string())
                    .arg("zone", zone),
            );
        }
        _ => {}
    }
    let rule = name_of(&reason.code, reason)?;
    if let Some(moved_to) = value("moved_to_local").and_then(local_moment) {
        return Some(
            Words::new("rules-moved")
                .arg("rule", rule)
                .arg("moment", words::day_time(moved_to))
                .arg("zone", zone),
        );
    }
    if let Some(refused) = at_zone("refused_at") {
        return Some(
            Words::new("rules-refusal-wait")
                .arg("rule", rule)
                .arg("refused", refused)
                .arg("allowed", at_zone("allowed_from")?),
        );
    }
    if let Some(count) = value("count") {
        let limit = Words::new("rules-limit")
            .arg("rule", rule)
            .arg("count", count);
        return Some(match at_zone("allowed_from") {
            Some(allowed) => Words::new("rules-limit-wait")
                .arg("limit", limit)
                .arg("allowed", allowed),
            None => limit,
        });
    }
    let since: NaiveDate = value("required_from")?.parse().ok()?;
    Some(
        Words::new("rules-consent-since")
            .arg("rule", rule)
            .arg("since", words::date(since)),
    )
}

/// The rule's name, the start of its sentence: "French weekend". A reason Callboard made itself
/// is its own name.
pub fn name(reason: &Reason) -> String {
    name_of(&reason.code, reason).unwrap_or_else(|| reason.plain.clone())
}

/// The name of the rule with `code`, with the values it shows (an agency's window or limit).
fn name_of(code: &str, reason: &Reason) -> Option<String> {
    let value = |name: &str| reason.params.get(name).cloned().unwrap_or_default();
    let id = match code {
        "fr_hours" => "rules-name-fr-hours",
        "fr_weekend" => "rules-name-fr-weekend",
        "fr_holiday" => "rules-name-fr-holiday",
        "fr_attempts_30d" => "rules-name-fr-attempts",
        "fr_refusal_60d" => "rules-name-fr-refusal",
        "fr_consent" => "rules-name-fr-consent",
        "us_hours" => "rules-name-us-hours",
        "us_state_hours" => "rules-name-us-state-hours",
        "us_state_attempts_24h" => "rules-name-us-state-attempts",
        "default_hours" => "rules-name-default-hours",
        "default_days" => "rules-name-default-days",
        "client_hours" => "rules-name-client-hours",
        "client_days" => "rules-name-client-days",
        "client_attempts" => "rules-name-client-attempts",
        _ => return None,
    };
    Some(
        Words::new(id)
            .arg("window", value("window"))
            .arg("limit", value("limit"))
            .arg("days", value("days"))
            .text(),
    )
}

/// "2026-03-02 10:00", as the rules write a local moment.
fn local_moment(text: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").ok()
}

/// An RFC 3339 moment on the clock of `zone`, in full: "Monday 7 December 2026 14:05 (Europe/Paris)".
fn moment(at: &str, zone: &str) -> Option<String> {
    let at: DateTime<Utc> = at.parse().ok()?;
    let zone: Tz = zone.parse().ok()?;
    let local = at.with_timezone(&zone).naive_local();
    Some(
        Words::new("rules-moment")
            .arg("day", words::date(local.date()))
            .arg("time", words::time(local))
            .arg("zone", zone.name())
            .text(),
    )
}
