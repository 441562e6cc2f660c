//! When a person may be called: the callee's own time zones (from the number), the calling rules
//! of the callee's country as data files with their legal sources, the agency's default for other
//! countries, each client's stricter rules, and attempt limits. No Tauri, no I/O, no clock: every
//! function takes the moment it reasons about.
//!
//! # API (used by `callboard`'s single calls and bulk runs)
//! - [`zones_of`]`(e164) -> Vec<Tz>`: the zones a number may ring in (libphonenumber's
//!   prefix → zone data, longest prefix wins). Several when the prefix spans zones (a US area
//!   code across two zones, or only a country code known); empty when unknown or not E.164.
//! - [`region_of`]`(e164) -> Option<String>`: the ISO 3166 region ("FR", "US") of a number.
//! - [`Rules::builtin`]`(default: DefaultRule)`: the built-in rule files plus Settings' default,
//!   which applies to numbers of regions without a rule file.
//! - [`Rules::with_tightening`]`(Tightening)`: a client's stricter hours, days and attempt limit;
//!   it is intersected with the legal rules, so it can only remove moments, never add any.
//! - [`Rules::with_consent_acknowledged`]`()`: for a list whose callees gave consent, lifts the rules
//!   the law lifts with consent (French days and hours, US federal hours), never attempt limits,
//!   refusal cool-downs, state rules, Settings' default or the client's tightening. Only call it
//!   after the person's explicit "I have consent for this list" has been journaled.
//! - [`Rules::place`]`(e164, at, attempts) -> Placement`: [`Placement::Now`], or
//!   [`Placement::Moved`] to the first allowed moment after `at` (holding in ALL zones of the
//!   number), or [`Placement::Refused`] (unknown zone, attempt limit reached, refusal cool-down,
//!   no allowed moment within [`HORIZON_DAYS`] days). `attempts` are the earlier (and already
//!   scheduled) calls to the same person by the same company, from the journal.
//! - [`Rules::consent_required`]`(e164, at) -> Option<Reason>`: Some when the callee's law requires
//!   provable prior consent at `at` and the client's lists are covered
//!   ([`Tightening::consent_law_applies`]); the caller then refuses rows without recorded consent.
//! - [`rule_summaries`]`()`: every built-in rule with its source, for Settings and the README.
//! - [`LocalHours`] (alias [`DefaultRule`]) `{ days, from, to }`, [`LocalHours::weekdays_nine_to_seven`],
//!   [`WEEKDAYS`], [`EVERY_DAY`]; [`Tightening`] `{ hours, attempts: Option<AttemptLimit>,
//!   consent_law_applies }` (`Default`: no extra limits, covered by consent laws).
//!
//! Every decision carries a [`Reason`]: a stable `code`, the rule's id and `source`, an English
//! sentence (`plain`) and `params` for wording it in another language. Codes:
//! `fr_weekend`, `fr_holiday` (param `holiday`), `fr_hours`, `fr_attempts_30d`, `fr_refusal_60d`,
//! `fr_consent`, `us_hours`, `us_state_hours` and `us_state_attempts_24h` (param `state`),
//! `default_days`, `default_hours` (Settings), `client_days`, `client_hours`, `client_attempts`
//! (the client's tightening), `unknown_zone`, `no_window` (param `blocked_by`: the code that
//! blocked the requested moment).
//! Params of a move: `zone`, `requested_local`, `moved_to_local` ("2026-03-02 10:00"),
//! `moved_to_weekday` ("Monday"), plus `window` (hours rules), `days` (closed days) or `holiday`.
//! Params of a limit: `limit`, `days`, `count`, `allowed_from` (RFC 3339, UTC), `zone` (where its
//! moments are told); of a refusal cool-down: `refused_at`, `allowed_from`, `zone`; of
//! `unknown_zone`: `phone`; of a consent rule: `required_from`. Agency rules carry `window`
//! (`default_hours`, `client_hours`) or `limit` and `days` (`client_attempts`) wherever they decide.
//!
//! Windows are for the moment a call starts; they never cross midnight.

mod calendar;
mod placement;
mod rule_files;
mod zones;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc, Weekday};
pub use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;

pub use placement::HORIZON_DAYS;

/// The zones a phone number (E.164, e.g. "+33612345678") may be in: one for most countries,
/// several when the number's prefix spans zones (libphonenumber's prefix → zones data). Empty
/// when unknown or when the number does not start with "+".
pub fn zones_of(e164: &str) -> Vec<Tz> {
    zones::zones_of(e164)
}

/// ISO 3166 region ("FR", "US"…) of a number, from `phonenumber`.
pub fn region_of(e164: &str) -> Option<String> {
    let number = phonenumber::parse(None, e164).ok()?;
    number.country().id().map(|id| id.as_ref().to_string())
}

/// Days and hours in the callee's local time: calls start on one of `days`, at or after `from`
/// and before `to` (a window never crosses midnight; `to` at or before `from` allows nothing).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct LocalHours {
    pub days: Vec<Weekday>,
    pub from: NaiveTime,
    pub to: NaiveTime,
}

/// Monday to Friday.
pub const WEEKDAYS: [Weekday; 5] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
];
/// Every day of the week, Monday first.
pub const EVERY_DAY: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// Settings' default for numbers of countries without a rule file (e.g. weekdays 9:00–19:00).
pub type DefaultRule = LocalHours;

impl LocalHours {
    /// Monday to Friday, 9:00 to 19:00: the default until the agency sets its own.
    pub fn weekdays_nine_to_seven() -> LocalHours {
        LocalHours {
            days: WEEKDAYS.to_vec(),
            from: NaiveTime::from_hms_opt(9, 0, 0).expect("valid time"),
            to: NaiveTime::from_hms_opt(19, 0, 0).expect("valid time"),
        }
    }
}

/// One client's stricter rules. They are added to the legal ones (a call must satisfy both), so
/// no tightening can make a moment allowed that the law forbids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Tightening {
    /// The client's own calling days and hours, in the callee's local time.
    #[serde(default)]
    pub hours: Option<LocalHours>,
    /// The client's own attempt limit per person.
    #[serde(default)]
    pub attempts: Option<AttemptLimit>,
    /// Whether this client's calls are consumer prospecting covered by consent laws (France from
    /// 11 August 2026). False for e.g. calls within a contract in progress. Default true.
    #[serde(default = "covered_by_default")]
    pub consent_law_applies: bool,
}

fn covered_by_default() -> bool {
    true
}

impl Default for Tightening {
    fn default() -> Self {
        Tightening {
            hours: None,
            attempts: None,
            consent_law_applies: covered_by_default(),
        }
    }
}

/// At most `attempts` calls to one person in any `days` days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct AttemptLimit {
    pub attempts: u32,
    pub days: u32,
}

/// Previous attempts to the same person by the same company (from the journal), for attempt
/// limits; scheduled future calls count too. `refused`: the person said no during that call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Attempt {
    pub at: DateTime<Utc>,
    pub refused: bool,
}

/// Where a call may go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Placement {
    /// Allowed at the requested moment.
    Now,
    /// Moved to the first allowed moment; `reason` says which rule did it.
    Moved { at: DateTime<Utc>, reason: Reason },
    /// Not allowed at all (attempt limit, refusal cool-down, unknown zone, no allowed moment).
    Refused { reason: Reason },
}

/// Which rule decided, in data the UI can word: a stable code, its parameters and the rule's source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Reason {
    /// Stable code, e.g. "fr_weekend" (list in the crate docs).
    pub code: String,
    /// The rule's id in its file, e.g. "fr.consommation.D223-9.hours".
    pub rule_id: String,
    /// English sentence, e.g. "French weekend: moved to Monday 2 March 10:00 (Europe/Paris)".
    pub plain: String,
    /// The law or regulator page ("Settings" or "Client rules" for the agency's own).
    pub source: String,
    pub params: BTreeMap<String, String>,
}

/// The rules in force for one client's callees: built-in rule files, Settings' default, the
/// client's tightening and, where journaled, the consent acknowledgement.
#[derive(Debug, Clone)]
pub struct Rules {
    default: DefaultRule,
    tightening: Tightening,
    consent_acknowledged: bool,
}

impl Rules {
    /// The built-in rule files, with `default` for numbers of countries that have none.
    pub fn builtin(default: DefaultRule) -> Rules {
        Rules {
            default,
            tightening: Tightening::default(),
            consent_acknowledged: false,
        }
    }

    /// Adds a client's stricter rules.
    pub fn with_tightening(mut self, tightening: Tightening) -> Rules {
        self.tightening = tightening;
        self
    }

    /// Lifts the rules the law lifts for consenting callees (see the crate docs). Only after the
    /// explicit acknowledgement has been journaled.
    pub fn with_consent_acknowledged(mut self) -> Rules {
        self.consent_acknowledged = true;
        self
    }

    /// First allowed moment at or after `at` for `e164`, holding in ALL of its zones.
    pub fn place(&self, e164: &str, at: DateTime<Utc>, attempts: &[Attempt]) -> Placement {
        placement::place(self, e164, at, attempts)
    }

    /// The rule requiring the callee's provable prior consent at `at`, if any applies.
    pub fn consent_required(&self, e164: &str, at: DateTime<Utc>) -> Option<Reason> {
        placement::consent_required(self, e164, at)
    }
}

/// One built-in rule, for showing what Callboard checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct RuleSummary {
    /// The rule file's id ("fr", "us-fl").
    pub file: String,
    /// Country or state ("France", "Florida").
    pub name: String,
    pub version: u32,
    pub effective: NaiveDate,
    pub rule_id: String,
    pub code: String,
    pub plain: String,
    pub source: String,
}

/// Every built-in rule, file by file.
pub fn rule_summaries() -> Vec<RuleSummary> {
    rule_files::builtin()
        .iter()
        .flat_map(|file| {
            file.rules().into_iter().map(|rule| RuleSummary {
                file: file.id.clone(),
                name: file.name.clone(),
                version: file.version,
                effective: file.effective,
                rule_id: rule.rule_id.to_string(),
                code: rule.code.to_string(),
                plain: rule.label.to_string(),
                source: rule.source.to_string(),
            })
        })
        .collect()
}
