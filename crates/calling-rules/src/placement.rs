//! Placing a call: which rules apply to a number, the moments they allow in each of its zones,
//! and the reason when the requested moment is not one of them.

use std::collections::BTreeMap;

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc,
    Weekday,
};
use chrono_tz::Tz;

use crate::rule_files::{self, HolidayRule, HoursRule, RefusalRule, RuleFile};
use crate::zones::{us_state_of, zones_of};
use crate::{region_of, Attempt, LocalHours, Placement, Reason, Rules};

/// How far ahead a call may be moved; beyond it the call is refused (`no_window`).
pub const HORIZON_DAYS: i64 = 35;

/// A reason's parameters, in the order they were found.
type Params = Vec<(String, String)>;

/// A rule as the reasons cite it.
struct Cited {
    rule_id: String,
    code: String,
    label: String,
    source: String,
    params: Params,
}

impl Cited {
    fn new(rule_id: &str, code: &str, label: &str, source: &str) -> Cited {
        Cited {
            rule_id: rule_id.into(),
            code: code.into(),
            label: label.into(),
            source: source.into(),
            params: Vec::new(),
        }
    }

    fn with_state(mut self, state: Option<&str>) -> Cited {
        self.params
            .extend(state.map(|s| ("state".to_string(), s.to_string())));
        self
    }

    fn reason(&self, code: &str, plain: String, extra: Params) -> Reason {
        let params: BTreeMap<String, String> = self.params.iter().cloned().chain(extra).collect();
        Reason {
            code: code.into(),
            rule_id: self.rule_id.clone(),
            plain,
            source: self.source.clone(),
            params,
        }
    }
}

/// Calls only on `days` within `windows` (sorted), local time.
struct HoursCheck {
    outside_hours: Cited,
    closed_day: Cited,
    days: Vec<Weekday>,
    windows: Vec<(NaiveTime, NaiveTime)>,
    /// The hours as the rule's name writes them: "10:00-13:00, 14:00-20:00".
    window_text: String,
}

impl HoursCheck {
    fn from_file(rule: &HoursRule, state: Option<&str>) -> HoursCheck {
        let mut windows: Vec<(NaiveTime, NaiveTime)> =
            rule.windows.iter().map(|[from, to]| (*from, *to)).collect();
        windows.sort();
        HoursCheck {
            outside_hours: Cited::new(&rule.rule_id, &rule.code, &rule.label, &rule.source)
                .with_state(state),
            closed_day: Cited::new(
                &rule.rule_id,
                &rule.closed_day_code,
                &rule.closed_day_label,
                &rule.source,
            )
            .with_state(state),
            days: rule.days.clone(),
            window_text: windows
                .iter()
                .map(|(from, to)| format!("{}-{}", from.format("%H:%M"), to.format("%H:%M")))
                .collect::<Vec<_>>()
                .join(", "),
            windows,
        }
    }

    /// The agency's own hours: `who` is "default" (Settings) or "client" (a client's tightening).
    fn agency(who: &str, hours: &LocalHours) -> HoursCheck {
        let (source, whose_hours, whose_day) = match who {
            "default" => (
                "Settings",
                "the calling hours set in Settings",
                "a calling day in Settings",
            ),
            _ => (
                "Client rules",
                "this client's calling hours",
                "a calling day for this client",
            ),
        };
        let window = format!(
            "{}-{}",
            hours.from.format("%H:%M"),
            hours.to.format("%H:%M")
        );
        HoursCheck {
            outside_hours: Cited::new(
                &format!("{who}.hours"),
                &format!("{who}_hours"),
                &format!("Outside {whose_hours} ({window})"),
                source,
            ),
            closed_day: Cited::new(
                &format!("{who}.days"),
                &format!("{who}_days"),
                &format!("Not {whose_day}"),
                source,
            ),
            days: hours.days.clone(),
            windows: if hours.from < hours.to {
                vec![(hours.from, hours.to)]
            } else {
                Vec::new()
            },
            // As set, even when it allows nothing ("12:00-12:00").
            window_text: window,
        }
    }
}

struct HolidayCheck<'a> {
    cited: Cited,
    rule: &'a HolidayRule,
}

/// At most `attempts` calls in any `days` days.
struct LimitCheck {
    cited: Cited,
    attempts: u32,
    days: u32,
}

/// The rule that forbids a moment, the zone where it does, and what to say about it.
struct Blocked<'c> {
    cited: &'c Cited,
    zone: Tz,
    params: Params,
}

/// Everything that applies to one number.
struct Applicable<'a> {
    region: Option<String>,
    hours: Vec<HoursCheck>,
    holidays: Vec<HolidayCheck<'a>>,
    limits: Vec<LimitCheck>,
    refusals: Vec<&'a RefusalRule>,
}

/// The rule files covering a number: its region's, and for a US number its state's (every
/// state's when the area code does not tell, to be safe).
fn files_for(region: Option<&str>, e164: &str) -> Vec<&'static RuleFile> {
    let Some(region) = region else {
        return Vec::new();
    };
    let state = if region == "US" {
        us_state_of(e164)
    } else {
        None
    };
    rule_files::builtin()
        .iter()
        .filter(|file| file.regions.iter().any(|r| r == region))
        .filter(|file| match (&file.state, state) {
            (Some(file_state), Some(state)) => file_state == state,
            _ => true,
        })
        .collect()
}

impl Rules {
    fn applicable(&self, e164: &str) -> Applicable<'static> {
        let region = region_of(e164);
        let files = files_for(region.as_deref(), e164);
        let lifted = |consent_lifts: bool| self.consent_acknowledged && consent_lifts;
        let mut applicable = Applicable {
            hours: Vec::new(),
            holidays: Vec::new(),
            limits: Vec::new(),
            refusals: Vec::new(),
            region,
        };
        if files.is_empty() {
            applicable
                .hours
                .push(HoursCheck::agency("default", &self.default));
        }
        for file in files {
            let state = file.state.as_deref();
            if let Some(hours) = file.hours.as_ref().filter(|h| !lifted(h.consent_lifts)) {
                applicable.hours.push(HoursCheck::from_file(hours, state));
            }
            if let Some(holidays) = file.holidays.as_ref().filter(|h| !lifted(h.consent_lifts)) {
                applicable.holidays.push(HolidayCheck {
                    cited: Cited::new(
                        &holidays.rule_id,
                        &holidays.code,
                        &holidays.label,
                        &holidays.source,
                    ),
                    rule: holidays,
                });
            }
            applicable.limits.extend(file.attempts.iter().map(|rule| {
                LimitCheck {
                    cited: Cited::new(&rule.rule_id, &rule.code, &rule.label, &rule.source)
                        .with_state(state),
                    attempts: rule.attempts,
                    days: rule.days,
                }
            }));
            applicable.refusals.extend(file.refusal.iter());
        }
        if let Some(hours) = &self.tightening.hours {
            applicable.hours.push(HoursCheck::agency("client", hours));
        }
        if let Some(limit) = self.tightening.attempts {
            let label = format!(
                "At most {} calls per person in {} days (this client's rule)",
                limit.attempts, limit.days
            );
            applicable.limits.push(LimitCheck {
                cited: Cited::new("client.attempts", "client_attempts", &label, "Client rules"),
                attempts: limit.attempts,
                days: limit.days,
            });
        }
        applicable
    }
}

/// A span of time, start included, end excluded.
type Span<T> = (T, T);

/// The parts common to two sorted lists of disjoint spans.
fn intersect<T: Ord + Copy>(a: &[Span<T>], b: &[Span<T>]) -> Vec<Span<T>> {
    let (mut i, mut j, mut common) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        let start = a[i].0.max(b[j].0);
        let end = a[i].1.min(b[j].1);
        if start < end {
            common.push((start, end));
        }
        if a[i].1 < b[j].1 {
            i += 1;
        } else {
            j += 1;
        }
    }
    common
}

enum Edge {
    Start,
    End,
}

/// The instant of a local wall-clock time. In the hour repeated when clocks go back, a window
/// starts at the later and ends at the earlier instant (the safe side); a time skipped when clocks
/// go forward becomes the first minute that exists after it.
fn instant(zone: Tz, local: NaiveDateTime, edge: Edge) -> Option<DateTime<Utc>> {
    let resolved = match zone.from_local_datetime(&local) {
        LocalResult::Single(at) => Some(at),
        LocalResult::Ambiguous(earlier, later) => Some(match edge {
            Edge::Start => later,
            Edge::End => earlier,
        }),
        LocalResult::None => (1..=180).find_map(|minutes| {
            zone.from_local_datetime(&(local + Duration::minutes(minutes)))
                .earliest()
        }),
    };
    resolved.map(|at| at.with_timezone(&Utc))
}

fn midnight(date: NaiveDate) -> NaiveDateTime {
    date.and_time(NaiveTime::MIN)
}

impl Applicable<'_> {
    /// The local spans of `date` in which every rule allows a call.
    fn local_windows(&self, date: NaiveDate) -> Vec<Span<NaiveDateTime>> {
        let region = self.region.as_deref();
        if self
            .holidays
            .iter()
            .any(|h| h.rule.on(date, region).is_some())
        {
            return Vec::new();
        }
        let mut windows = vec![(midnight(date), midnight(date + Duration::days(1)))];
        for check in &self.hours {
            if !check.days.contains(&date.weekday()) {
                return Vec::new();
            }
            let allowed: Vec<Span<NaiveDateTime>> = check
                .windows
                .iter()
                .map(|(from, to)| (date.and_time(*from), date.and_time(*to)))
                .collect();
            windows = intersect(&windows, &allowed);
        }
        windows
    }

    /// The allowed spans in `zone` from the day before `at` to the horizon.
    fn zone_spans(&self, zone: Tz, at: DateTime<Utc>) -> Vec<Span<DateTime<Utc>>> {
        let first_day = at.with_timezone(&zone).date_naive() - Duration::days(1);
        let mut spans: Vec<Span<DateTime<Utc>>> = (0..=HORIZON_DAYS + 1)
            .flat_map(|day| self.local_windows(first_day + Duration::days(day)))
            .filter_map(|(from, to)| {
                Some((
                    instant(zone, from, Edge::Start)?,
                    instant(zone, to, Edge::End)?,
                ))
            })
            .filter(|(from, to)| from < to)
            .collect();
        spans.sort();
        spans
    }

    /// The first rule that forbids a call at `at` in one of `zones`, with that zone.
    fn blocking(&self, at: DateTime<Utc>, zones: &[Tz]) -> Option<Blocked<'_>> {
        zones.iter().find_map(|&zone| {
            let local = at.with_timezone(&zone).naive_local();
            let closed = self
                .hours
                .iter()
                .find(|c| !c.days.contains(&local.weekday()))
                .map(|c| {
                    let days: Vec<String> = c.days.iter().map(Weekday::to_string).collect();
                    (&c.closed_day, vec![("days".to_string(), days.join(", "))])
                });
            let holiday = || {
                self.holidays.iter().find_map(|h| {
                    let name = h.rule.on(local.date(), self.region.as_deref())?;
                    Some((&h.cited, vec![("holiday".to_string(), name.to_string())]))
                })
            };
            let outside_hours = || {
                let time = local.time();
                self.hours
                    .iter()
                    .find(|c| {
                        !c.windows
                            .iter()
                            .any(|(from, to)| *from <= time && time < *to)
                    })
                    .map(|c| {
                        (
                            &c.outside_hours,
                            vec![("window".to_string(), c.window_text.clone())],
                        )
                    })
            };
            let (cited, params) = closed.or_else(holiday).or_else(outside_hours)?;
            Some(Blocked {
                cited,
                zone,
                params,
            })
        })
    }

    /// A limit or a refusal cool-down that forbids any call at `at`.
    fn limit_reason(&self, at: DateTime<Utc>, attempts: &[Attempt], zone: Tz) -> Option<Reason> {
        let when = |t: DateTime<Utc>| {
            format!(
                "{} ({})",
                t.with_timezone(&zone).format("%A %-d %B %Y %H:%M"),
                zone.name()
            )
        };
        let refused_at = attempts.iter().filter(|a| a.refused).map(|a| a.at).max();
        for rule in &self.refusals {
            let Some(refused_at) = refused_at else { break };
            // "Full calendar days": the day of the refusal does not count.
            let refusal_day = refused_at.with_timezone(&zone).date_naive();
            let Some(allowed_from) = instant(
                zone,
                midnight(refusal_day + Duration::days(i64::from(rule.days) + 1)),
                Edge::Start,
            ) else {
                continue;
            };
            if at < allowed_from {
                let cited = Cited::new(&rule.rule_id, &rule.code, &rule.label, &rule.source);
                let plain = format!(
                    "{}: said no on {}; may be called again from {}",
                    rule.label,
                    when(refused_at),
                    when(allowed_from)
                );
                return Some(cited.reason(
                    &rule.code,
                    plain,
                    vec![
                        ("refused_at".into(), refused_at.to_rfc3339()),
                        ("allowed_from".into(), allowed_from.to_rfc3339()),
                        ("zone".into(), zone.name().into()),
                    ],
                ));
            }
        }
        let mut times: Vec<DateTime<Utc>> = attempts.iter().map(|a| a.at).collect();
        times.sort();
        for limit in &self.limits {
            let window = Duration::days(i64::from(limit.days));
            let count = busiest_window(at, &times, window);
            if count < limit.attempts as usize {
                continue;
            }
            let allowed_from = times
                .iter()
                .map(|t| *t + window)
                .filter(|t| *t > at)
                .find(|t| busiest_window(*t, &times, window) < limit.attempts as usize);
            let mut params = vec![
                ("limit".to_string(), limit.attempts.to_string()),
                ("days".to_string(), limit.days.to_string()),
                ("count".to_string(), count.to_string()),
                ("zone".to_string(), zone.name().to_string()),
            ];
            let plain = match allowed_from {
                Some(from) => {
                    params.push(("allowed_from".into(), from.to_rfc3339()));
                    format!(
                        "{}: {count} calls already; may be called again from {}",
                        limit.cited.label,
                        when(from)
                    )
                }
                None => format!("{}: {count} calls already", limit.cited.label),
            };
            return Some(limit.cited.reason(&limit.cited.code, plain, params));
        }
        None
    }
}

/// The most attempts in one period of `window` that contains `at` (the call being placed not
/// counted). Such a period starts after `at - window` and at or before `at`; its count only
/// changes where an attempt enters or leaves it, so those starts are the ones to try.
fn busiest_window(at: DateTime<Utc>, sorted_times: &[DateTime<Utc>], window: Duration) -> usize {
    let earliest_start = at - window + Duration::seconds(1);
    let entering = sorted_times
        .iter()
        .map(|t| *t - window + Duration::seconds(1));
    let starts = sorted_times
        .iter()
        .copied()
        .chain(entering)
        .chain([earliest_start, at]);
    starts
        .filter(|start| *start >= earliest_start && *start <= at)
        .map(|start| {
            sorted_times
                .iter()
                .filter(|t| **t >= start && **t < start + window)
                .count()
        })
        .max()
        .unwrap_or(0)
}

fn unknown_zone(e164: &str) -> Reason {
    Cited::new(
        "zones.unknown",
        "unknown_zone",
        "Unknown time zone",
        "https://github.com/google/libphonenumber",
    )
    .reason(
        "unknown_zone",
        format!(
            "Can't tell which time zone {e164} is in, so its local calling hours can't be checked"
        ),
        vec![("phone".into(), e164.into())],
    )
}

pub(crate) fn place(
    rules: &Rules,
    e164: &str,
    at: DateTime<Utc>,
    attempts: &[Attempt],
) -> Placement {
    let zones = zones_of(e164);
    let Some(&first_zone) = zones.first() else {
        return Placement::Refused {
            reason: unknown_zone(e164),
        };
    };
    let applicable = rules.applicable(e164);
    if let Some(reason) = applicable.limit_reason(at, attempts, first_zone) {
        return Placement::Refused { reason };
    }
    let Some(Blocked {
        cited,
        zone,
        mut params,
    }) = applicable.blocking(at, &zones)
    else {
        return Placement::Now;
    };
    let spans = zones
        .iter()
        .map(|&zone| applicable.zone_spans(zone, at))
        .reduce(|all, more| intersect(&all, &more))
        .unwrap_or_default();
    // The spans and the per-moment check agree but for rounding at clock changes: take the first
    // span moment the check also allows.
    let next = spans
        .iter()
        .filter(|(_, end)| *end > at)
        .map(|(start, _)| (*start).max(at))
        .find(|candidate| applicable.blocking(*candidate, &zones).is_none());
    let local = |t: DateTime<Utc>| t.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string();
    params.push(("zone".into(), zone.name().into()));
    params.push(("requested_local".into(), local(at)));
    let Some(next) = next else {
        params.push(("blocked_by".into(), cited.code.clone()));
        let plain = format!(
            "{}: no allowed time in the next {HORIZON_DAYS} days ({})",
            cited.label,
            zone.name()
        );
        return Placement::Refused {
            reason: cited.reason("no_window", plain, params),
        };
    };
    // Calls already scheduled may fill a limit at the new moment.
    if let Some(reason) = applicable.limit_reason(next, attempts, first_zone) {
        return Placement::Refused { reason };
    }
    let moved_to = next.with_timezone(&zone);
    params.push(("moved_to_local".into(), local(next)));
    params.push(("moved_to_weekday".into(), moved_to.format("%A").to_string()));
    let plain = format!(
        "{}: moved to {} ({})",
        cited.label,
        moved_to.format("%A %-d %B %H:%M"),
        zone.name()
    );
    Placement::Moved {
        at: next,
        reason: cited.reason(&cited.code, plain, params),
    }
}

pub(crate) fn consent_required(rules: &Rules, e164: &str, at: DateTime<Utc>) -> Option<Reason> {
    if !rules.tightening.consent_law_applies {
        return None;
    }
    let zone = zones_of(e164).first().copied().unwrap_or(Tz::UTC);
    let today = at.with_timezone(&zone).date_naive();
    let region = region_of(e164);
    files_for(region.as_deref(), e164)
        .into_iter()
        .filter_map(|file| file.consent.as_ref())
        .find(|rule| today >= rule.required_from)
        .map(|rule| {
            let cited = Cited::new(&rule.rule_id, &rule.code, &rule.label, &rule.source);
            let plain = format!(
                "{} (since {})",
                rule.label,
                rule.required_from.format("%A %-d %B %Y")
            );
            cited.reason(
                &rule.code,
                plain,
                vec![("required_from".into(), rule.required_from.to_string())],
            )
        })
}
