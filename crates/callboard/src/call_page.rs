//! A call's page: who was called and when (on the person's clock and the callee's), how long
//! where the platform says, which persona or agent, from which number, the outcome in the one
//! vocabulary with the platform's own word, what the AI found out, and the history of that
//! person.
//!
//! A call is named by its History key: `journal:<id>` (sent from a form), `bulk:<run>:<line>:call`
//! (sent by an import) or `awaz:<account>:<call id>` (read from an Awaz call log). What Callboard
//! sent comes from the journal or the run's row; the outcome from History (which keeps the call
//! log's fresher status); what the AI found out from Awaz itself, asked when the page opens (only
//! Awaz says it: `extracted_variables` of `GET /v1/calls/{id}`). GetVocal's API has no route that
//! reads a call back, so a GetVocal call shows what its trigger answered.

use chrono::{DateTime, Utc};
use serde::Serialize;
use specta::Type;

use crate::bulk::Store;
use crate::call_book::{self, callee_zones};
use crate::endpoints::Platform;
use crate::getvocal_actions::PlacedCall;
use crate::history::{zone_of, Entries, HistoryKind, HistoryQuery, HistoryRow, Resolved};
use crate::journal::{ActionKind, Sent};
use crate::outcome::OutcomeGroup;
use crate::service::Callboard;
use crate::{Error, Result};

/// Other entries of the same person shown on the page, at most.
const PERSON_HISTORY: u32 = 50;

/// Everything a call's page shows.
#[derive(Debug, Clone, Serialize, Type)]
pub struct CallView {
    pub key: String,
    pub platform: Platform,
    pub account_id: String,
    pub account_name: String,
    /// The person's name, when Callboard knows it.
    pub name: Option<String>,
    /// E.164.
    pub phone_number: Option<String>,
    /// The zones the number may ring in (see [`call_book::callee_zones`]).
    pub callee_zones: Vec<String>,
    /// When the call is (or was) placed, RFC 3339 UTC.
    pub at: String,
    /// When it ended, where the platform says (RFC 3339 UTC).
    pub ended_at: Option<String>,
    /// How long it lasted, where the platform says.
    pub duration_seconds: Option<u32>,
    /// The GetVocal persona or Awaz agent that called, by name when the platform answered.
    pub agent_name: Option<String>,
    pub agent_id: Option<String>,
    /// The number the call comes from (E.164), where known.
    pub from_number: Option<String>,
    pub outcome: OutcomeGroup,
    /// The platform's own word for where the call stands.
    pub status: String,
    /// Why it failed or needs a check, or which calling rule moved it, in words.
    pub note: Option<String>,
    /// What the AI found out, in the order the platform gave it.
    pub findings: Vec<Finding>,
    /// Why the findings could not be read just now (the platform did not answer).
    pub findings_problem: Option<String>,
    /// GetVocal's lead, whose waiting calls can be cancelled.
    pub lead_id: Option<String>,
    /// The platform's id of the call.
    pub platform_call_id: Option<String>,
    /// Everything else History holds about the same number, newest first.
    pub person_history: Vec<HistoryRow>,
}

/// One thing the AI found out: `DATE_OF_BIRTH` → "Date of birth".
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Finding {
    /// The platform's name for it, for Technical details.
    pub key: String,
    pub label: String,
    pub value: FindingValue,
}

/// A finding's value, typed so the window words and formats it in the person's language.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FindingValue {
    Text {
        text: String,
    },
    YesNo {
        yes: bool,
    },
    Number {
        number: f64,
    },
    /// A calendar day, `YYYY-MM-DD`.
    Day {
        day: String,
    },
    /// A moment, RFC 3339.
    Moment {
        moment: String,
    },
    /// The AI found nothing for it.
    Nothing,
}

/// What Callboard knows of a call it sent, from the journal or an import's row.
#[derive(Default)]
struct CallFacts {
    name: Option<String>,
    phone_number: Option<String>,
    at: Option<DateTime<Utc>>,
    ended_at: Option<DateTime<Utc>>,
    agent_id: Option<String>,
    from_number: Option<String>,
    /// Awaz's id of the number the call comes from, to look its number up.
    from_phone_id: Option<String>,
    lead_id: Option<String>,
    call_id: Option<String>,
    note: Option<String>,
}

/// The page of the call whose History key is `key`.
pub async fn call_page(callboard: &Callboard, key: &str) -> Result<CallView> {
    let entries = Entries::new(callboard.database().clone());
    let entry = entries
        .entry(key)?
        .filter(|entry| entry.kind == HistoryKind::Call)
        .ok_or_else(|| Error::InvalidField {
            field: "key".to_owned(),
            message: crate::words::word("errors-field-call-gone"),
        })?;
    let (account_id, mut sent) = what_was_sent(callboard, key)?;
    let account_name = entry.account_name.clone();
    let (mut outcome, mut status) = (entry.outcome, entry.status.clone());
    let (mut findings, mut findings_problem) = (Vec::new(), None);
    let mut agent_name = None;
    match entry.platform {
        Platform::Awaz => {
            if let Some(call_id) = &sent.call_id {
                match crate::awaz_actions::call(callboard, &account_id, call_id).await {
                    Ok(call) => {
                        status = serde_json::to_value(&call.status)
                            .ok()
                            .and_then(|word| word.as_str().map(str::to_owned))
                            .unwrap_or(status);
                        outcome = OutcomeGroup::of_call(&status);
                        findings = findings_of(&call.extracted_variables);
                        sent.name = sent
                            .name
                            .or(Some(call.contact.name).filter(|n| !n.is_empty()));
                        sent.phone_number = sent
                            .phone_number
                            .or(Some(call.contact.phone).filter(|p| !p.is_empty()));
                    }
                    Err(error) => findings_problem = Some(error.explain().title),
                }
            }
            if let Ok(agents) = callboard.agents(&account_id).await {
                agent_name = agents
                    .into_iter()
                    .find(|agent| Some(&agent.id) == sent.agent_id.as_ref())
                    .map(|agent| agent.name);
            }
            if let Some(from_id) = &sent.from_phone_id {
                if let Ok(phones) = callboard.phones(&account_id).await {
                    sent.from_number = phones
                        .into_iter()
                        .find(|phone| phone.id == *from_id)
                        .map(|phone| phone.number);
                }
            }
        }
        Platform::GetVocal => {
            if let Ok(personas) = callboard.personas(&account_id).await {
                agent_name = personas
                    .into_iter()
                    .find(|persona| Some(&persona.id) == sent.agent_id.as_ref())
                    .map(|persona| persona.name);
            }
        }
    }
    let at = sent
        .at
        .map(|at| at.to_rfc3339())
        .unwrap_or_else(|| entry.when.clone());
    let duration_seconds = sent
        .ended_at
        .zip(sent.at)
        .and_then(|(ended, started)| u32::try_from((ended - started).num_seconds()).ok());
    let person_history = match &sent.phone_number {
        Some(phone) => person_history(callboard, &entries, phone, key)?,
        None => Vec::new(),
    };
    Ok(CallView {
        key: key.to_owned(),
        platform: entry.platform,
        account_id,
        account_name,
        callee_zones: sent
            .phone_number
            .as_deref()
            .map(callee_zones)
            .unwrap_or_default(),
        name: sent.name.filter(|name| !name.trim().is_empty()),
        phone_number: sent.phone_number,
        at,
        ended_at: sent.ended_at.map(|ended| ended.to_rfc3339()),
        duration_seconds,
        agent_name: agent_name.filter(|name| !name.trim().is_empty()),
        agent_id: sent.agent_id,
        from_number: sent.from_number,
        outcome,
        status,
        note: sent.note,
        findings,
        findings_problem,
        lead_id: sent.lead_id,
        platform_call_id: sent.call_id,
        person_history,
    })
}

/// The account and what Callboard sent (or read) for the call of `key`.
fn what_was_sent(callboard: &Callboard, key: &str) -> Result<(String, CallFacts)> {
    let unknown = || Error::InvalidField {
        field: "key".to_owned(),
        message: crate::words::word("errors-field-call-gone"),
    };
    let parts: Vec<&str> = key.splitn(2, ':').collect();
    match parts.as_slice() {
        ["journal", id] => {
            let id: i64 = id.parse().map_err(|_| unknown())?;
            let record = callboard.journal().get(id)?.ok_or_else(unknown)?;
            let request: serde_json::Value =
                serde_json::from_str(&record.request).unwrap_or_default();
            let text = |key: &str| request.get(key).and_then(|v| v.as_str()).map(str::to_owned);
            let note = record.error.clone();
            let sent = match record.kind {
                ActionKind::GetVocalCall => {
                    let lead_id = text("lead_id");
                    let placed = Sent::<PlacedCall>::from_record(record.clone()).answer;
                    let call = placed.map(|placed| placed.call);
                    let phone = call
                        .as_ref()
                        .and_then(|call| call.to_phone_number.clone())
                        .or_else(|| text("phone"));
                    CallFacts {
                        name: lead_id
                            .as_deref()
                            .and_then(|lead| lead_name(callboard, &record.account_id, lead)),
                        phone_number: phone,
                        at: call
                            .as_ref()
                            .and_then(|call| call.start_time.as_deref())
                            .and_then(parse_utc)
                            .or_else(|| text("schedule").as_deref().and_then(parse_utc))
                            .or_else(|| parse_utc(&record.created_at)),
                        ended_at: call
                            .as_ref()
                            .and_then(|call| call.end_time.as_deref())
                            .and_then(parse_utc),
                        agent_id: text("persona_id"),
                        from_number: call
                            .as_ref()
                            .and_then(|call| call.from_phone_number.clone()),
                        from_phone_id: None,
                        lead_id,
                        call_id: call.map(|call| call.id),
                        note,
                    }
                }
                ActionKind::AwazCall => CallFacts {
                    name: text("name"),
                    phone_number: text("phone"),
                    at: text("datetime").as_deref().and_then(parse_utc),
                    agent_id: text("agent"),
                    from_phone_id: text("from"),
                    call_id: record.response.as_deref().and_then(|response| {
                        let answer: serde_json::Value = serde_json::from_str(response).ok()?;
                        answer.get("id")?.as_str().map(str::to_owned)
                    }),
                    note,
                    ..CallFacts::default()
                },
                _ => return Err(unknown()),
            };
            Ok((record.account_id, sent))
        }
        ["bulk", rest] => {
            let mut numbers = rest.split(':');
            let job_id: i64 = numbers
                .next()
                .and_then(|n| n.parse().ok())
                .ok_or_else(unknown)?;
            let line: u32 = numbers
                .next()
                .and_then(|n| n.parse().ok())
                .ok_or_else(unknown)?;
            let store = Store::new(callboard.database().clone());
            let job = store.job(job_id)?;
            let row = store
                .rows(job_id, &call_book::EVERY_STATUS)?
                .into_iter()
                .find(|row| row.line == line)
                .ok_or_else(unknown)?;
            let (agent_id, from_phone_id) = match job.calls.as_ref().map(|calls| &calls.who) {
                Some(crate::bulk::CallWho::GetVocal { persona_id }) => {
                    (Some(persona_id.clone()), None)
                }
                Some(crate::bulk::CallWho::Awaz {
                    agent_id,
                    from_phone_id,
                }) => (Some(agent_id.clone()), Some(from_phone_id.clone())),
                None => (None, None),
            };
            let sent = CallFacts {
                name: Some(row.name),
                phone_number: Some(row.phone),
                at: row.call_at.or_else(|| parse_utc(&job.created_at)),
                agent_id,
                from_phone_id,
                lead_id: (job.platform == Platform::GetVocal)
                    .then_some(row.record_id)
                    .flatten(),
                call_id: row.call_id,
                note: row.reason.or(row.rule_note),
                ..CallFacts::default()
            };
            Ok((job.account_id, sent))
        }
        ["awaz", rest] => {
            let (account_id, call_id) = rest.rsplit_once(':').ok_or_else(unknown)?;
            let sent = CallFacts {
                call_id: Some(call_id.to_owned()),
                ..CallFacts::default()
            };
            Ok((account_id.to_owned(), sent))
        }
        _ => Err(unknown()),
    }
}

/// The name of a lead Callboard created, from a form or an import.
fn lead_name(callboard: &Callboard, account_id: &str, lead_id: &str) -> Option<String> {
    call_book::leads(callboard)
        .ok()?
        .into_iter()
        .find(|lead| lead.account_id == account_id && lead.lead_id == lead_id)
        .map(|lead| lead.name)
}

/// History's other entries for this number: found by its digits, the way History's search
/// finds a number however it was written.
fn person_history(
    callboard: &Callboard,
    entries: &Entries,
    phone: &str,
    key: &str,
) -> Result<Vec<HistoryRow>> {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 6 {
        return Ok(Vec::new());
    }
    let query = HistoryQuery {
        text: Some(digits),
        ..HistoryQuery::default()
    };
    let resolved = Resolved::new(&query, zone_of(callboard))?;
    let (rows, _) = entries.page(&resolved, None, PERSON_HISTORY + 1)?;
    Ok(rows
        .into_iter()
        .filter(|row| row.key != key)
        .take(PERSON_HISTORY as usize)
        .collect())
}

/// What the AI found out, as labelled fields; a nested object gives one field per leaf
/// ("Address · City").
pub fn findings_of(variables: &serde_json::Map<String, serde_json::Value>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (key, value) in variables {
        add_findings(&mut findings, key, &label_of(key), value);
    }
    findings
}

fn add_findings(findings: &mut Vec<Finding>, key: &str, label: &str, value: &serde_json::Value) {
    use serde_json::Value;
    let value = match value {
        Value::Object(fields) => {
            for (inner, value) in fields {
                let label = format!("{label} · {}", label_of(inner));
                add_findings(findings, &format!("{key}.{inner}"), &label, value);
            }
            return;
        }
        Value::Null => FindingValue::Nothing,
        Value::Bool(yes) => FindingValue::YesNo { yes: *yes },
        Value::Number(number) => match number.as_f64() {
            Some(number) => FindingValue::Number { number },
            None => FindingValue::Text {
                text: number.to_string(),
            },
        },
        Value::String(text) => text_value(text),
        Value::Array(items) => {
            let words: Vec<String> = items
                .iter()
                .map(|item| match item {
                    Value::String(text) => text.clone(),
                    other => other.to_string(),
                })
                .collect();
            if words.is_empty() {
                FindingValue::Nothing
            } else {
                FindingValue::Text {
                    text: words.join(", "),
                }
            }
        }
    };
    findings.push(Finding {
        key: key.to_owned(),
        label: label.to_owned(),
        value,
    });
}

/// A text that is a day or a moment is given as one, so it is written the person's way.
fn text_value(text: &str) -> FindingValue {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        FindingValue::Nothing
    } else if chrono::NaiveDate::parse_from_str(trimmed, "%Y-%m-%d").is_ok() {
        FindingValue::Day {
            day: trimmed.to_owned(),
        }
    } else if DateTime::parse_from_rfc3339(trimmed).is_ok() {
        FindingValue::Moment {
            moment: trimmed.to_owned(),
        }
    } else {
        FindingValue::Text {
            text: text.to_owned(),
        }
    }
}

/// A variable's name as people write it: `DATE_OF_BIRTH`, `date-of-birth` and `dateOfBirth`
/// → "Date of birth".
pub fn label_of(key: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    let mut previous_lower = false;
    for c in key.chars() {
        if c == '_' || c == '-' || c == ' ' || c == '.' {
            words.extend((!word.is_empty()).then(|| std::mem::take(&mut word)));
            previous_lower = false;
            continue;
        }
        if c.is_uppercase() && previous_lower {
            words.push(std::mem::take(&mut word));
        }
        previous_lower = c.is_lowercase() || c.is_ascii_digit();
        word.push(c);
    }
    words.extend((!word.is_empty()).then_some(word));
    let sentence = words
        .iter()
        .map(|word| word.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    let mut chars = sentence.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => key.to_owned(),
    }
}

fn parse_utc(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|moment| moment.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn variable_names_read_as_words() {
        assert_eq!(label_of("DATE_OF_BIRTH"), "Date of birth");
        assert_eq!(label_of("appointment_date"), "Appointment date");
        assert_eq!(label_of("callbackRequested"), "Callback requested");
        assert_eq!(label_of("best-time"), "Best time");
        assert_eq!(label_of("_"), "_");
    }

    #[test]
    fn findings_are_typed_and_nested_objects_flattened() {
        let variables = json!({
            "DATE_OF_BIRTH": "1984-03-02",
            "interested": true,
            "budget": 1200,
            "callback_at": "2026-11-25T09:30:00+01:00",
            "notes": "",
            "address": { "city": "Lyon" },
            "products": ["A", "B"],
        });
        let findings = findings_of(variables.as_object().unwrap());
        let by_label = |label: &str| {
            findings
                .iter()
                .find(|finding| finding.label == label)
                .map(|finding| finding.value.clone())
        };
        assert_eq!(
            by_label("Date of birth"),
            Some(FindingValue::Day {
                day: "1984-03-02".into()
            })
        );
        assert_eq!(
            by_label("Interested"),
            Some(FindingValue::YesNo { yes: true })
        );
        assert_eq!(
            by_label("Budget"),
            Some(FindingValue::Number { number: 1200.0 })
        );
        assert!(matches!(
            by_label("Callback at"),
            Some(FindingValue::Moment { .. })
        ));
        assert_eq!(by_label("Notes"), Some(FindingValue::Nothing));
        assert_eq!(
            by_label("Address · City"),
            Some(FindingValue::Text {
                text: "Lyon".into()
            })
        );
        assert_eq!(
            by_label("Products"),
            Some(FindingValue::Text {
                text: "A, B".into()
            })
        );
    }
}
