//! When each call of a bulk run starts: one after the other from the chosen start, a fixed
//! spacing apart, and only inside the daily calling window (days and hours in its own zone).

use std::collections::{BTreeSet, HashMap};
use std::ops::Bound;

use calling_rules::Reason;
use chrono::{
    DateTime, Datelike, Days, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc,
};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::calling::Decision;
use crate::words;
use crate::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    /// Monday to Friday.
    pub const WORKING_DAYS: [Weekday; 5] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ];

    pub fn chrono(self) -> chrono::Weekday {
        match self {
            Weekday::Mon => chrono::Weekday::Mon,
            Weekday::Tue => chrono::Weekday::Tue,
            Weekday::Wed => chrono::Weekday::Wed,
            Weekday::Thu => chrono::Weekday::Thu,
            Weekday::Fri => chrono::Weekday::Fri,
            Weekday::Sat => chrono::Weekday::Sat,
            Weekday::Sun => chrono::Weekday::Sun,
        }
    }

    fn of(date: NaiveDate) -> Weekday {
        [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
        ][date.weekday().num_days_from_monday() as usize]
    }
}

/// The hours people may be called, e.g. 09:00–18:00 Europe/Paris, Monday to Friday.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct CallingWindow {
    /// First minute calls may start, `HH:MM`.
    pub from: String,
    /// Calls start before this time, `HH:MM`.
    pub to: String,
    /// IANA zone the hours are read in.
    pub zone: String,
    pub days: Vec<Weekday>,
}

/// A checked calling window.
#[derive(Debug, Clone)]
pub struct Window {
    from: NaiveTime,
    to: NaiveTime,
    zone: Tz,
    days: Vec<Weekday>,
}

impl CallingWindow {
    /// The window ready to plan with, or the first field to correct (`window_from`,
    /// `window_to`, `window_zone`, `window_days`).
    pub fn check(&self) -> Result<Window> {
        let time = |field: &str, text: &str| {
            NaiveTime::parse_from_str(text.trim(), "%H:%M")
                .map_err(|_| invalid(field, "errors-field-bulk-window-time"))
        };
        let from = time("window_from", &self.from)?;
        let to = time("window_to", &self.to)?;
        if to <= from {
            return Err(invalid("window_to", "errors-field-bulk-window-order"));
        }
        let zone: Tz = self
            .zone
            .trim()
            .parse()
            .map_err(|_| invalid("window_zone", "errors-field-bulk-window-zone"))?;
        if self.days.is_empty() {
            return Err(invalid("window_days", "errors-field-bulk-window-days"));
        }
        Ok(Window {
            from,
            to,
            zone,
            days: self.days.clone(),
        })
    }
}

impl Window {
    /// The first moment at or after `moment` that is inside the window.
    pub fn next_open(&self, moment: DateTime<Utc>) -> DateTime<Utc> {
        let first_day = moment.with_timezone(&self.zone).date_naive();
        // Eight days always reach the same weekday of the next week.
        for offset in 0..=7 {
            let Some(date) = first_day.checked_add_days(Days::new(offset)) else {
                break;
            };
            if !self.days.contains(&Weekday::of(date)) {
                continue;
            }
            let opens = self.instant(date, self.from);
            if moment < opens {
                return opens;
            }
            if moment < self.instant(date, self.to) {
                return moment;
            }
        }
        moment
    }

    /// A wall-clock time of `date` in the window's zone. A time skipped when the clocks go
    /// forward becomes the first minute that exists after it; a time that happens twice when
    /// they go back is the first one.
    fn instant(&self, date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
        let mut wall = date.and_time(time);
        for _ in 0..=25 * 60 {
            match self.zone.from_local_datetime(&wall) {
                LocalResult::Single(moment) | LocalResult::Ambiguous(moment, _) => {
                    return moment.with_timezone(&Utc)
                }
                LocalResult::None => wall += Duration::minutes(1),
            }
        }
        Utc.from_utc_datetime(&wall)
    }

    pub fn zone(&self) -> Tz {
        self.zone
    }
}

/// Where one call of a run goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Planned {
    /// At this moment; `moved` names the rule that moved it past the time it would have had.
    At {
        at: DateTime<Utc>,
        moved: Option<Reason>,
    },
    Refused(Reason),
}

/// How many moves a call may go through before the planner gives up on it (each is a rule, the
/// run's hours or another call's slot pushing it on; a few weeks of closed days at most).
const MAX_MOVES: usize = 400;

/// The start of each call of a run, in the callees' order: the first at `start`, each next one
/// `spacing` later, and each moved, when the run's `window` or the callee's rules (`place`: the
/// first moment at or after a time that the rules allow for a number) forbid its time, to the
/// first allowed moment after it. Moved calls keep `spacing` between them and every other call,
/// and do not hold back the calls after them: while the French wait for Monday, the Americans
/// are called now.
pub fn spread_by_rules(
    start: DateTime<Utc>,
    window: Option<&Window>,
    spacing: Duration,
    phones: &[&str],
    place: impl Fn(&str, DateTime<Utc>) -> Decision,
) -> Vec<Planned> {
    let spacing = spacing.max(Duration::seconds(1));
    let mut taken: BTreeSet<DateTime<Utc>> = BTreeSet::new();
    // For each opening calls were moved to, the last slot given there: the next call moved to
    // it starts looking after that slot instead of stepping over every call before it.
    let mut last_at_opening: HashMap<DateTime<Utc>, DateTime<Utc>> = HashMap::new();
    let mut cursor = start;
    phones
        .iter()
        .map(|phone| {
            let mut candidate = cursor;
            let mut moved: Option<Reason> = None;
            let mut opening = None;
            let after_last = |opening: DateTime<Utc>, last: &HashMap<_, DateTime<Utc>>| {
                last.get(&opening)
                    .filter(|last| **last >= opening)
                    .map_or(opening, |last| *last + spacing)
            };
            for _ in 0..MAX_MOVES {
                let open = window.map_or(candidate, |window| window.next_open(candidate));
                if open != candidate {
                    moved.get_or_insert_with(outside_run_hours);
                    opening.get_or_insert(open);
                    candidate = after_last(open, &last_at_opening);
                    continue;
                }
                let at = match place(phone, candidate) {
                    Decision::Refused(reason) => return Planned::Refused(reason),
                    Decision::At { at, moved: None } => at,
                    Decision::At {
                        at,
                        moved: Some(reason),
                    } => {
                        moved.get_or_insert(reason);
                        opening.get_or_insert(at);
                        candidate = after_last(at, &last_at_opening);
                        continue;
                    }
                };
                let near = (Bound::Excluded(at - spacing), Bound::Excluded(at + spacing));
                if let Some(&other) = taken.range(near).next_back() {
                    candidate = other + spacing;
                    continue;
                }
                taken.insert(at);
                if let Some(opening) = opening {
                    last_at_opening.insert(opening, at);
                }
                if moved.is_none() {
                    cursor = at + spacing;
                }
                return Planned::At { at, moved };
            }
            Planned::Refused(no_opening())
        })
        .collect()
}

fn outside_run_hours() -> Reason {
    Reason {
        code: "run_hours".to_owned(),
        rule_id: "run_hours".to_owned(),
        plain: words::word("rules-run-hours"),
        source: "this run's calling hours".to_owned(),
        params: Default::default(),
    }
}

fn no_opening() -> Reason {
    Reason {
        code: "no_opening".to_owned(),
        rule_id: "no_opening".to_owned(),
        plain: words::word("rules-no-opening"),
        source: "the calling rules together".to_owned(),
        params: Default::default(),
    }
}

/// The start to ask for as a call is sent: its planned time, or now if that has passed (a
/// pause, a restart, a run behind), moved to the next opening of the job's window and then to
/// the first moment the callee's rules allow (`place`), checked again at this very moment.
/// `Ok((None, _))` means "now"; the reason is the rule that moved it now, if one did; `Err` is
/// the rule that refuses the call.
pub fn start_at_sending(
    planned: Option<DateTime<Utc>>,
    window: Option<&Window>,
    now: DateTime<Utc>,
    place: impl Fn(DateTime<Utc>) -> Decision,
) -> std::result::Result<(Option<DateTime<Utc>>, Option<Reason>), Reason> {
    let mut at = planned.filter(|at| *at > now).unwrap_or(now);
    let mut moved = None;
    for _ in 0..MAX_MOVES {
        at = window.map_or(at, |window| window.next_open(at));
        match place(at) {
            Decision::Refused(reason) => return Err(reason),
            Decision::At {
                at: allowed,
                moved: None,
            } => return Ok(((allowed > now).then_some(allowed), moved)),
            Decision::At {
                at: later,
                moved: Some(reason),
            } => {
                moved.get_or_insert(reason);
                at = later;
            }
        }
    }
    Err(no_opening())
}

/// `message`: the catalogue id of what is wrong.
fn invalid(field: &str, message: &str) -> Error {
    Error::InvalidField {
        field: field.to_owned(),
        message: crate::words::word(message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paris_office_hours() -> Window {
        CallingWindow {
            from: "09:00".into(),
            to: "18:00".into(),
            zone: "Europe/Paris".into(),
            days: Weekday::WORKING_DAYS.to_vec(),
        }
        .check()
        .unwrap()
    }

    /// The start of each of `count` calls: from `start`, `spacing` apart, each moved to the next
    /// opening of `window` when it falls outside it (no calling rules).
    fn spread(
        start: DateTime<Utc>,
        window: Option<&Window>,
        spacing: Duration,
        count: usize,
    ) -> Vec<DateTime<Utc>> {
        let phones = vec![""; count];
        spread_by_rules(start, window, spacing, &phones, |_, at| Decision::At {
            at,
            moved: None,
        })
        .into_iter()
        .filter_map(|planned| match planned {
            Planned::At { at, .. } => Some(at),
            Planned::Refused(_) => None,
        })
        .collect()
    }

    fn anytime(at: DateTime<Utc>) -> Decision {
        Decision::At { at, moved: None }
    }

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn the_six_oclock_cut_off_rolls_over_the_weekend_to_monday_nine() {
        // Friday 20 Nov 2026, 17:58 in Paris (UTC+1).
        let times = spread(
            utc("2026-11-20T16:58:00Z"),
            Some(&paris_office_hours()),
            Duration::seconds(60),
            4,
        );
        assert_eq!(
            times,
            [
                utc("2026-11-20T16:58:00Z"),
                utc("2026-11-20T16:59:00Z"),
                // 18:00 is closed: Saturday and Sunday are skipped.
                utc("2026-11-23T08:00:00Z"),
                utc("2026-11-23T08:01:00Z"),
            ]
        );
    }

    #[test]
    fn a_start_before_opening_waits_for_nine_and_an_evening_start_for_the_next_day() {
        let window = paris_office_hours();
        assert_eq!(
            window.next_open(utc("2026-11-24T05:00:00Z")),
            utc("2026-11-24T08:00:00Z")
        );
        assert_eq!(
            window.next_open(utc("2026-11-24T19:30:00Z")),
            utc("2026-11-25T08:00:00Z")
        );
    }

    #[test]
    fn opening_hours_follow_the_clocks_when_paris_changes_to_summer_time() {
        // Friday 27 March 2026 17:59 CET; the clocks go forward on Sunday 29 March.
        let times = spread(
            utc("2026-03-27T16:59:00Z"),
            Some(&paris_office_hours()),
            Duration::seconds(60),
            2,
        );
        // Monday 30 March 09:00 is CEST (UTC+2): 07:00 UTC, not 08:00.
        assert_eq!(times[1], utc("2026-03-30T07:00:00Z"));
    }

    #[test]
    fn an_opening_time_skipped_by_the_clock_change_opens_at_the_first_minute_that_exists() {
        let night = CallingWindow {
            from: "02:30".into(),
            to: "04:00".into(),
            zone: "Europe/Paris".into(),
            days: vec![Weekday::Sun],
        }
        .check()
        .unwrap();
        // 02:30 does not exist on 29 March 2026 in Paris: 03:00 CEST = 01:00 UTC.
        assert_eq!(
            night.next_open(utc("2026-03-28T12:00:00Z")),
            utc("2026-03-29T01:00:00Z")
        );
    }

    #[test]
    fn a_call_whose_time_passed_during_a_pause_waits_for_the_next_opening() {
        let window = paris_office_hours();
        // Planned Friday 17:59 Paris, sent after a weekend-long pause on Sunday night.
        let planned = utc("2026-12-04T16:59:00Z");
        let sunday_night = utc("2026-12-06T22:30:00Z");
        let at = |planned, window, now| start_at_sending(planned, window, now, anytime).unwrap().0;
        assert_eq!(
            at(Some(planned), Some(&window), sunday_night),
            Some(utc("2026-12-07T08:00:00Z")),
            "Monday 09:00 in Paris, not at once"
        );
        let monday_ten = utc("2026-12-07T09:00:00Z");
        assert_eq!(at(Some(planned), Some(&window), monday_ten), None);
        assert_eq!(at(Some(planned), None, sunday_night), None);
        let later = utc("2026-12-07T10:00:00Z");
        assert_eq!(at(Some(later), None, monday_ten), Some(later));
    }

    #[test]
    fn without_a_window_calls_are_just_spaced() {
        let times = spread(utc("2026-11-21T22:00:00Z"), None, Duration::seconds(90), 3);
        assert_eq!(times[2], utc("2026-11-21T22:03:00Z"));
    }

    #[test]
    fn each_bad_window_value_names_its_field() {
        let window = |from: &str, to: &str, zone: &str, days: Vec<Weekday>| CallingWindow {
            from: from.into(),
            to: to.into(),
            zone: zone.into(),
            days,
        };
        let field = |window: CallingWindow| match window.check() {
            Err(Error::InvalidField { field, .. }) => field,
            other => panic!("expected a field error, got {other:?}"),
        };
        assert_eq!(
            field(window("9h", "18:00", "UTC", vec![Weekday::Mon])),
            "window_from"
        );
        assert_eq!(
            field(window("18:00", "09:00", "UTC", vec![Weekday::Mon])),
            "window_to"
        );
        assert_eq!(
            field(window("09:00", "18:00", "Mars/Olympus", vec![Weekday::Mon])),
            "window_zone"
        );
        assert_eq!(
            field(window("09:00", "18:00", "UTC", vec![])),
            "window_days"
        );
    }

    /// A stand-in for the French rule: +33 numbers only Monday to Friday, 10:00–13:00 Paris.
    fn french_mornings(phone: &str, at: DateTime<Utc>) -> Decision {
        if !phone.starts_with("+33") {
            return anytime(at);
        }
        let mornings = CallingWindow {
            from: "10:00".into(),
            to: "13:00".into(),
            zone: "Europe/Paris".into(),
            days: Weekday::WORKING_DAYS.to_vec(),
        }
        .check()
        .unwrap();
        match mornings.next_open(at) {
            open if open == at => anytime(at),
            open => Decision::At {
                at: open,
                moved: Some(Reason {
                    code: "fr_weekend".into(),
                    rule_id: "fr.hours".into(),
                    plain: "French weekend: moved to Monday 10:00 (Europe/Paris)".into(),
                    source: "Code de la consommation".into(),
                    params: Default::default(),
                }),
            },
        }
    }

    fn times(planned: &[Planned]) -> Vec<DateTime<Utc>> {
        planned
            .iter()
            .map(|planned| match planned {
                Planned::At { at, .. } => *at,
                Planned::Refused(reason) => panic!("refused: {}", reason.plain),
            })
            .collect()
    }

    #[test]
    fn on_a_saturday_evening_the_french_wait_for_monday_and_the_others_are_called_now() {
        // Saturday 5 December 2026, 19:30 in Paris.
        let saturday = utc("2026-12-05T18:30:00Z");
        let phones = [
            "+33612345678",
            "+12125550100",
            "+33698765432",
            "+447700900123",
        ];
        let planned = spread_by_rules(
            saturday,
            None,
            Duration::seconds(60),
            &phones,
            french_mornings,
        );
        assert_eq!(
            times(&planned),
            [
                // Monday 7 December, 10:00 Paris, then the next French call a minute later.
                utc("2026-12-07T09:00:00Z"),
                // The moved call does not hold the others back.
                saturday,
                utc("2026-12-07T09:01:00Z"),
                saturday + Duration::seconds(60),
            ]
        );
        let moved: Vec<bool> = planned
            .iter()
            .map(|planned| matches!(planned, Planned::At { moved: Some(_), .. }))
            .collect();
        assert_eq!(moved, [true, false, true, false]);
    }

    #[test]
    fn a_thousand_calls_moved_to_one_opening_are_spread_and_stay_inside_the_rule() {
        let phones: Vec<String> = (0..1000).map(|n| format!("+336{n:08}")).collect();
        let phones: Vec<&str> = phones.iter().map(String::as_str).collect();
        let planned = spread_by_rules(
            utc("2026-12-05T18:30:00Z"),
            None,
            Duration::seconds(60),
            &phones,
            french_mornings,
        );
        let at = times(&planned);
        // 180 calls fit in a morning: the rest go to the next mornings, never overlapping.
        assert_eq!(at[0], utc("2026-12-07T09:00:00Z"));
        assert_eq!(at[179], utc("2026-12-07T11:59:00Z"));
        assert_eq!(at[180], utc("2026-12-08T09:00:00Z"));
        assert!(at
            .windows(2)
            .all(|pair| pair[1] - pair[0] >= Duration::seconds(60)));
        for (phone, at) in phones.iter().zip(&at) {
            assert_eq!(french_mornings(phone, *at), anytime(*at));
        }
    }

    #[test]
    fn a_refused_callee_takes_no_slot() {
        let refuse_uk = |phone: &str, at: DateTime<Utc>| {
            if phone.starts_with("+44") {
                Decision::Refused(no_opening())
            } else {
                anytime(at)
            }
        };
        let start = utc("2026-12-07T09:00:00Z");
        let planned = spread_by_rules(
            start,
            None,
            Duration::seconds(60),
            &["+447700900123", "+12125550100"],
            refuse_uk,
        );
        assert_eq!(planned[0], Planned::Refused(no_opening()));
        assert_eq!(
            planned[1],
            Planned::At {
                at: start,
                moved: None
            }
        );
    }

    #[test]
    fn a_run_resumed_at_night_checks_the_rules_again_and_never_calls_then() {
        // Planned Friday 4 December 12:59 Paris; paused, resumed the same day at 21:00.
        let planned = utc("2026-12-04T11:59:00Z");
        let friday_night = utc("2026-12-04T20:00:00Z");
        let (at, moved) = start_at_sending(Some(planned), None, friday_night, |at| {
            french_mornings("+33612345678", at)
        })
        .unwrap();
        assert_eq!(at, Some(utc("2026-12-07T09:00:00Z")), "Monday 10:00 Paris");
        assert_eq!(moved.unwrap().code, "fr_weekend");
        // An American planned at the same time is called at once.
        let (at, moved) = start_at_sending(Some(planned), None, friday_night, |at| {
            french_mornings("+12125550100", at)
        })
        .unwrap();
        assert_eq!((at, moved), (None, None));
        // A refusal at sending (e.g. the attempt limit reached meanwhile) stops the call.
        let refused = start_at_sending(Some(planned), None, friday_night, |_| {
            Decision::Refused(no_opening())
        });
        assert_eq!(refused, Err(no_opening()));
    }
}
