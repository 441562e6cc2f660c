//! When each call of a bulk run starts: one after the other from the chosen start, a fixed
//! spacing apart, and only inside the daily calling window (days and hours in its own zone).

use chrono::{
    DateTime, Datelike, Days, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc,
};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;

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
            NaiveTime::parse_from_str(text.trim(), "%H:%M").map_err(|_| {
                invalid(
                    field,
                    "Write the time as hours:minutes on a 24-hour clock, for example 09:00.",
                )
            })
        };
        let from = time("window_from", &self.from)?;
        let to = time("window_to", &self.to)?;
        if to <= from {
            return Err(invalid(
                "window_to",
                "The calling hours must end after they start, for example 09:00 to 18:00.",
            ));
        }
        let zone: Tz = self.zone.trim().parse().map_err(|_| {
            invalid(
                "window_zone",
                "Pick a time zone from the list, for example Europe/Paris.",
            )
        })?;
        if self.days.is_empty() {
            return Err(invalid(
                "window_days",
                "Choose at least one day on which people may be called.",
            ));
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

/// The start of each of `count` calls: from `start`, `spacing` apart, each moved to the next
/// opening of `window` when it falls outside it.
pub fn spread(
    start: DateTime<Utc>,
    window: Option<&Window>,
    spacing: Duration,
    count: usize,
) -> Vec<DateTime<Utc>> {
    let mut next = start;
    (0..count)
        .map(|_| {
            let at = window.map_or(next, |window| window.next_open(next));
            next = at + spacing;
            at
        })
        .collect()
}

/// The start to ask for as a call is sent: its planned time, or now if that has passed (a
/// pause, a restart, a run behind), moved to the next opening of the job's window. `None`
/// means "now".
pub fn start_at_sending(
    planned: Option<DateTime<Utc>>,
    window: Option<&Window>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let at = planned.filter(|at| *at > now).unwrap_or(now);
    let at = window.map_or(at, |window| window.next_open(at));
    (at > now).then_some(at)
}

fn invalid(field: &str, message: &str) -> Error {
    Error::InvalidField {
        field: field.to_owned(),
        message: message.to_owned(),
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
            days: vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
            ],
        }
        .check()
        .unwrap()
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
        assert_eq!(
            start_at_sending(Some(planned), Some(&window), sunday_night),
            Some(utc("2026-12-07T08:00:00Z")),
            "Monday 09:00 in Paris, not at once"
        );
        let monday_ten = utc("2026-12-07T09:00:00Z");
        assert_eq!(
            start_at_sending(Some(planned), Some(&window), monday_ten),
            None
        );
        assert_eq!(start_at_sending(Some(planned), None, sunday_night), None);
        let later = utc("2026-12-07T10:00:00Z");
        assert_eq!(start_at_sending(Some(later), None, monday_ten), Some(later));
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
}
