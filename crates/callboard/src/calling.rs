//! Calling rules as Callboard applies them: which rules hold for an account (the built-in
//! country rules of `calling-rules`, Settings' default for other countries, the account's own
//! tightening), what every call of a person's company already was (from the journal and the bulk
//! runs), the do-not-call list and consent, and the callee's local time in words.
//!
//! The settings live in the journal's SQLite file (`calling_settings`), and so does every
//! "I have consent for this list" acknowledgement (`consent_acknowledgements`) and every "They
//! said no" (`call_refusals`), never changed or deleted once written, so what allowed or stopped
//! a call can always be shown afterwards.

use std::collections::HashMap;
use std::sync::MutexGuard;

use calling_rules::{Attempt, AttemptLimit, LocalHours, Placement, Reason, Rules, Tightening};
use chrono::{DateTime, Duration, NaiveDateTime, NaiveTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::bulk::Weekday;
use crate::do_not_call::DoNotCall;
use crate::getvocal_actions::CallWhen;
use crate::rule_words;
use crate::service::Callboard;
use crate::store::{storage, timestamp, Database};
use crate::words::{self, Words};
use crate::{Error, Result};

/// The store's migration step for the settings and the acknowledgements.
pub const SCHEMA: &str = r#"
    CREATE TABLE calling_settings (
        scope      TEXT PRIMARY KEY,
        value      TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE consent_acknowledgements (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id      TEXT NOT NULL,
        account_name    TEXT NOT NULL,
        list            TEXT NOT NULL,
        acknowledged_by TEXT NOT NULL,
        statement       TEXT NOT NULL,
        created_at      TEXT NOT NULL
    );
"#;

/// The store's migration step for "They said no": a person's refusal during a call, per account
/// (the company calling), which starts the French 60-day cool-down.
pub const REFUSALS: &str = r#"
    CREATE TABLE call_refusals (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id   TEXT NOT NULL,
        account_name TEXT NOT NULL,
        phone        TEXT NOT NULL,
        call         TEXT NOT NULL,
        recorded_by  TEXT NOT NULL,
        refused_at   TEXT NOT NULL
    );
    CREATE INDEX call_refusals_by_account ON call_refusals (account_id, refused_at);
"#;

/// The store's migration step that finds a number's earlier calls in bulk runs by the number,
/// instead of reading every bulk row ever written each time a call is placed.
pub const CALLS_BY_PHONE: &str =
    "CREATE INDEX bulk_rows_calls_by_phone ON bulk_rows (phone, call_at) WHERE step = 'call';";

/// Every call placed (or perhaps placed) for the account `?1` since `?2` to one of the numbers
/// of the JSON array `?3`, with 1 for a refusal recorded during a call.
const ATTEMPTS: &str = "WITH wanted (phone) AS (SELECT value FROM json_each(?3))
     SELECT r.phone, r.call_at, 0
     FROM wanted w
     JOIN bulk_rows r ON r.phone = w.phone AND r.step = 'call' AND r.call_at >= ?2
     JOIN bulk_jobs j ON j.id = r.job_id
     WHERE j.account_id = ?1
       AND r.status IN ('sending', 'done', 'unknown', 'needs_check')
     UNION ALL
     SELECT coalesce(json_extract(request, '$.phone'), subject), created_at, 0
     FROM actions
     WHERE account_id = ?1 AND kind IN ('get_vocal_call', 'awaz_call')
       AND state IN ('pending', 'succeeded', 'unknown') AND created_at >= ?2
       AND coalesce(json_extract(request, '$.phone'), subject)
           IN (SELECT phone FROM wanted)
     UNION ALL
     SELECT phone, refused_at, 1 FROM call_refusals
     WHERE account_id = ?1 AND refused_at >= ?2
       AND phone IN (SELECT phone FROM wanted)";

/// How far back earlier calls are read: longer than any rule's period.
const ATTEMPTS_LOOKBACK_DAYS: i64 = 120;

/// The settings key of the default rule.
const DEFAULT_SCOPE: &str = "default";

/// Days and hours in the callee's local time, as the Settings form edits them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct RuleHours {
    /// `HH:MM`, first minute calls may start.
    pub from: String,
    /// `HH:MM`, calls start before it.
    pub to: String,
    pub days: Vec<Weekday>,
}

impl Default for RuleHours {
    /// Weekdays 9:00–19:00, the issue's example of a prudent default.
    fn default() -> Self {
        RuleHours {
            from: "09:00".to_owned(),
            to: "19:00".to_owned(),
            days: Weekday::WORKING_DAYS.to_vec(),
        }
    }
}

/// An account's (a client's) own rules, stricter than the law's, never looser.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct AccountRules {
    pub account_id: String,
    /// Narrower hours for this client; `None` = the country's.
    pub hours: Option<RuleHours>,
    /// At most this many calls to one person…
    pub max_attempts: Option<u32>,
    /// …in this many days.
    pub per_days: Option<u32>,
    /// This client's lists are covered by the consent rules (France, from 11 August 2026):
    /// a person without a consent date is not called.
    pub consent_rules_apply: bool,
}

/// Everything the Settings section shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct CallingSettings {
    /// For countries without a rule of their own.
    pub default_rule: RuleHours,
    pub accounts: Vec<AccountRules>,
}

/// "I have consent for this list", as the person confirmed it.
#[derive(Debug, Clone, Deserialize, Type)]
pub struct ConsentForm {
    pub account_id: String,
    /// The list: the import's id.
    pub list: String,
    /// The file's name, for the record.
    pub list_name: String,
    pub acknowledged_by: String,
}

/// A journaled acknowledgement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct ConsentAcknowledgement {
    pub account_name: String,
    pub list: String,
    pub acknowledged_by: String,
    pub statement: String,
    /// RFC 3339 UTC.
    pub created_at: String,
}

/// "They said no", from a call's details.
#[derive(Debug, Clone, Deserialize, Type)]
pub struct RefusalForm {
    /// The account that placed the call: refusals count per company.
    pub account_id: String,
    /// As shown in the call's details; read with Settings' default country.
    pub phone: String,
    /// The call it was said in, for the record ("Awaz call 8f2…").
    pub call: String,
    pub recorded_by: String,
}

/// A recorded refusal and what it changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct RecordedRefusal {
    /// E.164.
    pub phone: String,
    /// RFC 3339 UTC: when it was recorded, counted as the moment the person said no.
    pub refused_at: String,
    /// "Callboard will not call … before …", or that this number's rules set no waiting time.
    pub effect: String,
}

/// A callee's wall clock now, e.g. "14:05, Europe/Paris".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct LocalTime {
    /// Every zone the number may be in (several when a prefix spans zones).
    pub zones: Vec<String>,
    /// "14:05, Europe/Paris", or "09:05 America/Chicago – 10:05 America/New_York".
    pub words: String,
}

/// Which rule decided, in words for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct RuleNote {
    pub rule_id: String,
    pub plain: String,
    /// The law or page the rule comes from.
    pub source: String,
}

impl From<&Reason> for RuleNote {
    fn from(reason: &Reason) -> Self {
        RuleNote {
            rule_id: reason.rule_id.clone(),
            plain: rule_words::sentence(reason),
            source: reason.source.clone(),
        }
    }
}

/// Where one call goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// At this moment, `moved` saying which rule moved it there when it is not the asked one.
    At {
        at: DateTime<Utc>,
        moved: Option<Reason>,
    },
    Refused(Reason),
}

/// The calling settings and acknowledgements of the store.
#[derive(Clone)]
pub struct Calling {
    database: Database,
}

impl Calling {
    pub fn new(database: Database) -> Calling {
        Calling { database }
    }

    fn connection(&self) -> MutexGuard<'_, Connection> {
        self.database.connection()
    }

    pub fn settings(&self) -> Result<CallingSettings> {
        let connection = self.connection();
        let mut statement = connection
            .prepare("SELECT scope, value FROM calling_settings ORDER BY scope")
            .map_err(storage)?;
        let stored = statement
            .query_map([], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
            })
            .map_err(storage)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(storage)?;
        let mut settings = CallingSettings {
            default_rule: RuleHours::default(),
            accounts: Vec::new(),
        };
        for (scope, value) in stored {
            if scope == DEFAULT_SCOPE {
                settings.default_rule = serde_json::from_str(&value).map_err(storage)?;
            } else {
                settings
                    .accounts
                    .push(serde_json::from_str(&value).map_err(storage)?);
            }
        }
        Ok(settings)
    }

    pub fn save_default_rule(&self, hours: RuleHours) -> Result<CallingSettings> {
        check_hours("default_rule", &hours)?;
        self.write(DEFAULT_SCOPE, &hours)?;
        self.settings()
    }

    pub fn save_account_rules(&self, rules: AccountRules) -> Result<CallingSettings> {
        if let Some(hours) = &rules.hours {
            check_hours("hours", hours)?;
        }
        if rules.max_attempts.is_some() != rules.per_days.is_some()
            || rules.max_attempts == Some(0)
            || rules.per_days == Some(0)
        {
            return Err(invalid(
                "max_attempts",
                words::word("errors-field-rules-attempts"),
            ));
        }
        self.write(&format!("account:{}", rules.account_id), &rules)?;
        self.settings()
    }

    fn write(&self, scope: &str, value: &impl Serialize) -> Result<()> {
        let value = serde_json::to_string(value).map_err(storage)?;
        self.connection()
            .execute(
                "INSERT INTO calling_settings (scope, value, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (scope) DO UPDATE SET value = excluded.value,
                                                   updated_at = excluded.updated_at",
                params![scope, value, timestamp(crate::clock::now())],
            )
            .map_err(storage)?;
        Ok(())
    }

    /// The rules for calls made for `account_id`.
    pub fn rules_for(&self, account_id: &str) -> Result<Rules> {
        let settings = self.settings()?;
        let default = local_hours(&settings.default_rule)?;
        let tightening = match settings
            .accounts
            .iter()
            .find(|rules| rules.account_id == account_id)
        {
            Some(account) => Tightening {
                hours: account.hours.as_ref().map(local_hours).transpose()?,
                attempts: account
                    .max_attempts
                    .zip(account.per_days)
                    .map(|(attempts, days)| AttemptLimit { attempts, days }),
                consent_law_applies: account.consent_rules_apply,
            },
            // The consent law covers sales calls only (calls about a contract in progress are
            // outside it): an account's lists are covered once the agency says so in Settings.
            None => Tightening {
                consent_law_applies: false,
                ..Tightening::default()
            },
        };
        Ok(Rules::builtin(default).with_tightening(tightening))
    }

    /// Journals "I have consent for this list" for one account and list.
    pub fn acknowledge_consent(
        &self,
        form: &ConsentForm,
        account_name: &str,
    ) -> Result<ConsentAcknowledgement> {
        let by = crate::validate::required("errors-field-label-your-name", &form.acknowledged_by)
            .map_err(|problem| Error::InvalidField {
            field: "acknowledged_by".to_owned(),
            message: problem.message,
        })?;
        let acknowledgement = ConsentAcknowledgement {
            account_name: account_name.to_owned(),
            list: form.list.clone(),
            statement: Words::new("rules-consent-statement")
                .arg("by", &by)
                .arg("list", form.list_name.trim())
                .arg("account", account_name)
                .text(),
            acknowledged_by: by,
            created_at: timestamp(crate::clock::now()),
        };
        self.connection()
            .execute(
                "INSERT INTO consent_acknowledgements
                     (account_id, account_name, list, acknowledged_by, statement, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    form.account_id,
                    acknowledgement.account_name,
                    acknowledgement.list,
                    acknowledgement.acknowledged_by,
                    acknowledgement.statement,
                    acknowledgement.created_at,
                ],
            )
            .map_err(storage)?;
        Ok(acknowledgement)
    }

    /// The first acknowledgement for this account and list, if one was given.
    pub fn consent_for(
        &self,
        account_id: &str,
        list: &str,
    ) -> Result<Option<ConsentAcknowledgement>> {
        self.connection()
            .query_row(
                "SELECT account_name, list, acknowledged_by, statement, created_at
                 FROM consent_acknowledgements WHERE account_id = ?1 AND list = ?2
                 ORDER BY id LIMIT 1",
                params![account_id, list],
                |row| {
                    Ok(ConsentAcknowledgement {
                        account_name: row.get(0)?,
                        list: row.get(1)?,
                        acknowledged_by: row.get(2)?,
                        statement: row.get(3)?,
                        created_at: row.get(4)?,
                    })
                },
            )
            .optional()
            .map_err(storage)
    }

    /// Records that the person at `phone` (E.164) said no during a call placed for the account:
    /// from now on it counts as a refused attempt ([`Attempt::refused`]) for the account's calls.
    pub fn record_refusal(
        &self,
        form: &RefusalForm,
        phone: &str,
        account_name: &str,
    ) -> Result<DateTime<Utc>> {
        let by = crate::validate::required("errors-field-label-your-name", &form.recorded_by)
            .map_err(|problem| Error::InvalidField {
                field: "recorded_by".to_owned(),
                message: problem.message,
            })?;
        let refused_at = crate::clock::now();
        self.connection()
            .execute(
                "INSERT INTO call_refusals
                     (account_id, account_name, phone, call, recorded_by, refused_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    form.account_id,
                    account_name,
                    phone,
                    form.call.trim(),
                    by,
                    timestamp(refused_at)
                ],
            )
            .map_err(storage)?;
        Ok(refused_at)
    }

    /// Every call placed (or perhaps placed) for `account_id` to one of `phones` (E.164) in
    /// the last months, by number: single calls from the journal and calls of bulk runs.
    pub fn attempts_by_phone(
        &self,
        account_id: &str,
        phones: &[String],
    ) -> Result<HashMap<String, Vec<Attempt>>> {
        let since = timestamp(crate::clock::now() - Duration::days(ATTEMPTS_LOOKBACK_DAYS));
        let phones =
            serde_json::to_string(phones).map_err(|error| Error::Storage(error.to_string()))?;
        let connection = self.connection();
        let mut statement = connection.prepare(ATTEMPTS).map_err(storage)?;
        let rows = statement
            .query_map(params![account_id, since, phones], |row| {
                Ok((
                    row.get::<_, Option<String>>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, bool>(2)?,
                ))
            })
            .map_err(storage)?;
        let mut attempts: HashMap<String, Vec<Attempt>> = HashMap::new();
        for row in rows {
            let (phone, at, refused) = row.map_err(storage)?;
            let (Some(phone), Ok(at)) = (phone, DateTime::parse_from_rfc3339(&at)) else {
                continue;
            };
            // A refusal is its own attempt, at the moment it was recorded: when the call it was
            // said in is counted too, limits err on the side of fewer calls.
            attempts.entry(phone).or_default().push(Attempt {
                at: at.with_timezone(&Utc),
                refused,
            });
        }
        Ok(attempts)
    }
}

/// The rules, the do-not-call list and the earlier calls of one account, read once for a run or
/// a single call, to decide where each call goes.
pub struct CallPolicy {
    rules: Rules,
    do_not_call: DoNotCall,
    attempts: HashMap<String, Vec<Attempt>>,
    /// The person acknowledged holding consent for every person of this list.
    list_consent: bool,
}

impl CallPolicy {
    /// The policy for calls of `account_id` to `phones` (E.164): the earlier calls of those
    /// numbers only are read.
    pub fn for_calls(
        database: &Database,
        account_id: &str,
        list: Option<&str>,
        phones: &[String],
    ) -> Result<Self> {
        let calling = Calling::new(database.clone());
        let list_consent = match list {
            Some(list) => calling.consent_for(account_id, list)?.is_some(),
            None => false,
        };
        let rules = calling.rules_for(account_id)?;
        Ok(CallPolicy {
            // The acknowledgement was journaled before it can be found here.
            rules: if list_consent {
                rules.with_consent_acknowledged()
            } else {
                rules
            },
            do_not_call: DoNotCall::new(database.clone()),
            attempts: calling.attempts_by_phone(account_id, phones)?,
            list_consent,
        })
    }

    /// The same policy as if the person had acknowledged consent for the list: what the
    /// acknowledgement would change, for the confirmation that offers it.
    pub fn assuming_consent(self) -> CallPolicy {
        CallPolicy {
            rules: self.rules.with_consent_acknowledged(),
            list_consent: true,
            ..self
        }
    }

    /// Where a call to `phone` asked for `at` goes: refused when the number is on the
    /// do-not-call list or a rule needs a consent the person has not given, else at the first
    /// moment at or after `at` that the rules allow.
    pub fn decide(&self, phone: &str, at: DateTime<Utc>, has_consent: bool) -> Result<Decision> {
        Ok(match self.refusal(phone, at, has_consent)? {
            Some(reason) => Decision::Refused(reason),
            None => self.place(phone, at),
        })
    }

    /// Why `phone` may not be called at all: on the do-not-call list, or without the consent a
    /// rule needs (consent in the row, or acknowledged for the whole list).
    pub fn refusal(
        &self,
        phone: &str,
        at: DateTime<Utc>,
        has_consent: bool,
    ) -> Result<Option<Reason>> {
        if let Some(listed) = self.do_not_call.listed(phone)? {
            return Ok(Some(do_not_call_reason(&listed.refusal())));
        }
        if has_consent || self.list_consent {
            return Ok(None);
        }
        Ok(self.rules.consent_required(phone, at))
    }

    /// The first moment at or after `at` the rules allow for `phone`, given its earlier calls.
    pub fn place(&self, phone: &str, at: DateTime<Utc>) -> Decision {
        let attempts = self.attempts.get(phone).map_or(&[][..], Vec::as_slice);
        match self.rules.place(phone, at, attempts) {
            Placement::Now => Decision::At { at, moved: None },
            Placement::Moved { at, reason } => Decision::At {
                at,
                moved: Some(reason),
            },
            Placement::Refused { reason } => Decision::Refused(reason),
        }
    }
}

/// Where a single call goes, as the Schedule screen confirms it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct CallReview {
    /// E.164, when the number is known.
    pub phone: Option<String>,
    /// The callee's wall clock now.
    pub local_time: Option<LocalTime>,
    /// When the call would start on the callee's clock, "Mon 7 Dec 10:00, Europe/Paris".
    pub starts: Option<String>,
    /// "Moved to …: <rule>" when a rule moves it from the time asked.
    pub moved: Option<String>,
    /// Why it would not be placed at all.
    pub refused: Option<String>,
}

/// A number as the import review shows it: the person's local time, and the do-not-call entry
/// that refuses it, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct Callee {
    pub phone: String,
    pub local_time: Option<LocalTime>,
    pub listed: Option<String>,
}

/// Each number's local time now and do-not-call refusal (E.164 numbers).
pub fn callees(callboard: &Callboard, phones: &[String]) -> Result<Vec<Callee>> {
    let now = crate::clock::now();
    let listed = DoNotCall::new(callboard.database().clone())
        .listed_among(phones.iter().map(String::as_str))?;
    Ok(phones
        .iter()
        .map(|phone| Callee {
            local_time: local_time(phone, now),
            listed: listed.get(phone).map(|entry| entry.refusal()),
            phone: phone.clone(),
        })
        .collect())
}

/// Records "They said no" for a call of `form.account_id`, and says what it changes for the
/// account's next calls to that number.
pub fn record_refusal(callboard: &Callboard, form: &RefusalForm) -> Result<RecordedRefusal> {
    let account = callboard
        .accounts()
        .into_iter()
        .find(|account| account.id == form.account_id)
        .ok_or_else(|| Error::UnknownAccount {
            account_id: form.account_id.clone(),
        })?;
    let country = callboard.settings().preferences.default_country;
    let phone = crate::validate::phone_e164(&form.phone, &country)
        .map_err(|problem| invalid("phone", problem.message))?;
    let refused_at =
        Calling::new(callboard.database().clone()).record_refusal(form, &phone, &account.name)?;
    let policy = CallPolicy::for_calls(
        callboard.database(),
        &form.account_id,
        None,
        std::slice::from_ref(&phone),
    )?;
    let effect = match policy.place(&phone, refused_at) {
        Decision::Refused(reason) => Words::new("rules-refusal-effect")
            .arg("phone", &phone)
            .arg("account", &account.name)
            .arg("reason", rule_words::sentence(&reason))
            .text(),
        Decision::At { .. } => Words::new("rules-refusal-no-wait")
            .arg("phone", &phone)
            .text(),
    };
    Ok(RecordedRefusal {
        phone,
        refused_at: timestamp(refused_at),
        effect,
    })
}

/// A single call once the rules placed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SingleCall {
    /// `None` = now.
    pub at: Option<DateTime<Utc>>,
    /// Which rule moved it, in words.
    pub note: Option<String>,
}

/// Places a single call to `phone` (E.164) asked for `requested` (`None` = now): refused (an
/// `InvalidField` on `field`) when the number is listed or a rule forbids it, else at the first
/// allowed moment.
pub fn place_single(
    callboard: &Callboard,
    account_id: &str,
    phone: &str,
    requested: Option<DateTime<Utc>>,
    field: &str,
) -> Result<SingleCall> {
    let policy =
        CallPolicy::for_calls(callboard.database(), account_id, None, &[phone.to_owned()])?;
    let asked = requested.unwrap_or_else(crate::clock::now);
    match policy.decide(phone, asked, false)? {
        Decision::Refused(reason) => Err(invalid(field, refused_note(&reason))),
        Decision::At { at, moved: None } => Ok(SingleCall {
            at: requested.map(|_| at),
            note: None,
        }),
        Decision::At {
            at,
            moved: Some(reason),
        } => Ok(SingleCall {
            at: Some(at),
            note: Some(moved_note(&reason)),
        }),
    }
}

/// What the Schedule screen shows before a call is confirmed: the callee's local time, and
/// where the rules put the call. `phone` as typed (or a known lead's number); `None` when it is
/// not known.
pub fn review_call(
    callboard: &Callboard,
    account_id: &str,
    phone: Option<&str>,
    when: &CallWhen,
) -> Result<CallReview> {
    let now = crate::clock::now();
    let requested = match when {
        CallWhen::Now => None,
        CallWhen::At(at) => Some(
            crate::when::resolve(at, now)
                .map_err(|problem| invalid(&problem.field, problem.message))?
                .utc,
        ),
    };
    let country = callboard.settings().preferences.default_country;
    let Some(phone) = phone.and_then(|phone| crate::validate::phone_e164(phone, &country).ok())
    else {
        return Ok(CallReview {
            phone: None,
            local_time: None,
            starts: None,
            moved: None,
            refused: None,
        });
    };
    let placed = place_single(callboard, account_id, &phone, requested, "phone");
    let (starts, moved, refused) = match placed {
        Ok(call) => (
            Some(callee_clock(
                &phone,
                call.at.unwrap_or(now),
                words::short_day_time,
            )),
            call.note,
            None,
        ),
        Err(Error::InvalidField { message, .. }) => (None, None, Some(message)),
        Err(other) => return Err(other),
    };
    Ok(CallReview {
        local_time: local_time(&phone, now),
        phone: Some(phone),
        starts,
        moved,
        refused,
    })
}

/// The reason a listed number is refused, as the rules' reasons are written.
pub fn do_not_call_reason(plain: &str) -> Reason {
    Reason {
        code: "do_not_call".to_owned(),
        rule_id: "do_not_call".to_owned(),
        plain: plain.to_owned(),
        source: "Callboard's do-not-call list".to_owned(),
        params: Default::default(),
    }
}

/// The words a moved call keeps in its details and History: the rule's own sentence (which
/// says where it moved the call, in the callee's zone) and the rule. The source's web address
/// stays with the rule files (Settings lists them): no address on a main screen.
pub fn moved_note(reason: &Reason) -> String {
    Words::new("rules-moved-note")
        .arg("reason", rule_words::sentence(reason))
        .arg("rule", &reason.rule_id)
        .text()
}

/// "Not called: <rule's sentence>", for a refused row's details.
pub fn refused_note(reason: &Reason) -> String {
    if reason.rule_id == "do_not_call" {
        return reason.plain.clone();
    }
    Words::new("rules-refused-note")
        .arg("reason", rule_words::sentence(reason))
        .text()
}

/// The callee's local time now.
pub fn local_time(phone: &str, now: DateTime<Utc>) -> Option<LocalTime> {
    let zones = calling_rules::zones_of(phone);
    if zones.is_empty() {
        return None;
    }
    Some(LocalTime {
        zones: zones.iter().map(|zone| zone.name().to_owned()).collect(),
        words: callee_clock(phone, now, words::time),
    })
}

/// `moment` on the callee's wall clock, worded by `clock` (e.g. [`words::short_date_time`]),
/// with the zone: "14:05, Europe/Paris". A number whose prefix spans zones names each: "18:30,
/// Europe/Guernsey or Europe/London" when their clocks agree, else "09:05 America/Chicago or
/// 10:05 America/New_York". UTC when the zone is unknown.
pub fn callee_clock(
    phone: &str,
    moment: DateTime<Utc>,
    clock: impl Fn(NaiveDateTime) -> String,
) -> String {
    let zones = calling_rules::zones_of(phone);
    let clocks: Vec<String> = zones
        .iter()
        .map(|zone| clock(moment.with_timezone(zone).naive_local()))
        .collect();
    let names: Vec<&str> = zones.iter().map(|zone| zone.name()).collect();
    let either = |pieces: Vec<String>| {
        pieces
            .into_iter()
            .reduce(|first, second| {
                Words::new("dates-callee-clock-or")
                    .arg("first", first)
                    .arg("second", second)
                    .text()
            })
            .unwrap_or_default()
    };
    match clocks.first() {
        None => Words::new("dates-callee-clock-unknown-zone")
            .arg("clock", clock(moment.naive_utc()))
            .text(),
        Some(first) if clocks.iter().all(|each| each == first) => {
            Words::new("dates-callee-clock-zones")
                .arg("clock", first)
                .arg(
                    "zones",
                    either(names.iter().map(|name| (*name).to_owned()).collect()),
                )
                .text()
        }
        Some(_) => either(
            clocks
                .iter()
                .zip(&names)
                .map(|(clock, name)| {
                    Words::new("dates-callee-clock-each")
                        .arg("clock", clock)
                        .arg("zone", *name)
                        .text()
                })
                .collect(),
        ),
    }
}

fn local_hours(hours: &RuleHours) -> Result<LocalHours> {
    let time = |field: &str, text: &str| {
        NaiveTime::parse_from_str(text.trim(), "%H:%M")
            .map_err(|_| invalid(field, words::word("errors-field-bulk-window-time")))
    };
    Ok(LocalHours {
        days: hours.days.iter().map(|day| day.chrono()).collect(),
        from: time("from", &hours.from)?,
        to: time("to", &hours.to)?,
    })
}

fn check_hours(field: &str, hours: &RuleHours) -> Result<()> {
    let checked = local_hours(hours).map_err(|error| match error {
        Error::InvalidField { message, .. } => invalid(field, message),
        other => other,
    })?;
    if checked.to <= checked.from {
        return Err(invalid(
            field,
            words::word("errors-field-rules-window-order"),
        ));
    }
    if checked.days.is_empty() {
        return Err(invalid(field, words::word("errors-field-bulk-window-days")));
    }
    Ok(())
}

fn invalid(field: &str, message: impl Into<String>) -> Error {
    Error::InvalidField {
        field: field.to_owned(),
        message: message.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Placing one call reads that number's earlier bulk calls through the index, never every
    /// bulk row ever written (an agency's year of runs).
    #[test]
    fn earlier_bulk_calls_are_found_by_their_number() {
        let database = Database::in_memory().unwrap();
        let connection = database.connection();
        let mut plan = connection
            .prepare(&format!("EXPLAIN QUERY PLAN {ATTEMPTS}"))
            .unwrap();
        let steps: Vec<String> = plan
            .query_map(
                params!["north", "2026-01-01", "[\"+33612345678\"]"],
                |row| row.get(3),
            )
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert!(
            steps
                .iter()
                .any(|step| step.contains("USING INDEX bulk_rows_calls_by_phone")),
            "{steps:#?}"
        );
        assert!(
            !steps.iter().any(|step| step.starts_with("SCAN r")),
            "{steps:#?}"
        );
    }
}
