//! Time zones and the moment a scheduled call should start.
//!
//! People pick a date and a time on a wall clock of some time zone; the platforms want an
//! instant. [`resolve`] turns one into the other, refuses what cannot be meant (a time in the
//! past, a time skipped by a daylight-saving change) and describes the result in both the
//! chosen zone and UTC, so the form can show exactly what will be sent.

use chrono::{
    DateTime, Duration, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone,
    Utc,
};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::words::{self, Words};

/// How far in the past a start time may be and still be accepted: a time picked for the
/// current minute is already up to 59 seconds old when the form is sent.
const GRACE: Duration = Duration::minutes(1);

/// The longest daylight-saving gap searched for the next valid time. Most gaps are one hour;
/// the longest on record (Samoa, 2011) skipped a whole day.
const LONGEST_GAP_MINUTES: i64 = 25 * 60;

/// A start time as the user picked it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ScheduleAt {
    /// Calendar date, `YYYY-MM-DD`.
    pub date: String,
    /// Wall-clock time, `HH:MM` (24-hour).
    pub time: String,
    /// IANA time zone name, e.g. "Europe/Paris".
    pub zone: String,
}

/// A start time turned into an instant, ready to be sent and shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct Resolved {
    pub utc: DateTime<Utc>,
    /// The same instant with the chosen zone's offset at that moment.
    pub local: DateTime<FixedOffset>,
    /// For people, e.g. "Tue 24 Nov 2026, 15:00 Europe/Paris (14:00 UTC)".
    pub description: String,
}

/// Why a start time was refused; `field` is "date", "time" or "zone".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type, thiserror::Error)]
#[error("{message}")]
pub struct TimeProblem {
    pub field: String,
    pub message: String,
}

impl TimeProblem {
    /// Worded now, in the current language.
    fn new(field: &str, words: impl Into<Words>) -> Self {
        Self {
            field: field.to_owned(),
            message: words.into().text(),
        }
    }
}

/// This computer's IANA time zone, or "UTC" when the system does not say or names a zone
/// that [`resolve`] would not accept.
pub fn local_zone() -> String {
    iana_time_zone::get_timezone()
        .ok()
        .filter(|zone| zone.parse::<Tz>().is_ok())
        .unwrap_or_else(|| "UTC".to_owned())
}

/// Every time zone name [`resolve`] accepts, sorted.
pub fn zones() -> Vec<String> {
    let mut names: Vec<String> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|zone| zone.name().to_owned())
        .collect();
    names.sort_unstable();
    names
}

/// Turns a picked date, time and zone into the instant to send, refusing times in the past
/// (with a one-minute grace) and times that do not exist in that zone.
///
/// When the clocks go back and the time happens twice, the earlier one is chosen and the
/// description says so.
pub fn resolve(at: &ScheduleAt, now: DateTime<Utc>) -> Result<Resolved, TimeProblem> {
    let date = NaiveDate::parse_from_str(at.date.trim(), "%Y-%m-%d")
        .map_err(|_| TimeProblem::new("date", "errors-field-date-format"))?;
    let time = NaiveTime::parse_from_str(at.time.trim(), "%H:%M")
        .map_err(|_| TimeProblem::new("time", "errors-field-time-format"))?;
    let zone: Tz = at.zone.trim().parse().map_err(|_| {
        TimeProblem::new(
            "zone",
            Words::new("errors-field-unknown-zone").arg("zone", at.zone.trim()),
        )
    })?;

    let wall_clock = date.and_time(time);
    let (start, happens_twice) = match zone.from_local_datetime(&wall_clock) {
        LocalResult::Single(start) => (start, false),
        LocalResult::Ambiguous(earlier, _later) => (earlier, true),
        LocalResult::None => return Err(skipped_time(wall_clock, zone)),
    };

    if start.with_timezone(&Utc) < now - GRACE {
        return Err(in_the_past(date, now.with_timezone(&zone)));
    }

    let local = start.fixed_offset();
    let mut description = describe(&local, zone);
    if happens_twice {
        description = Words::new("dates-start-happens-twice")
            .arg("start", description)
            .arg("time", local.format("%H:%M").to_string())
            .arg("offset", local.format("%:z").to_string());
    }
    Ok(Resolved {
        utc: start.with_timezone(&Utc),
        local,
        description: description.text(),
    })
}

/// "Tue 24 Nov 2026, 15:00 Europe/Paris (14:00 UTC)", naming the UTC day when it differs.
fn describe(local: &DateTime<FixedOffset>, zone: Tz) -> Words {
    let utc = local.with_timezone(&Utc);
    let sentence = if utc.date_naive() == local.date_naive() {
        Words::new("dates-start")
    } else {
        Words::new("dates-start-other-utc-day")
            .arg("utcday", words::short_date(utc.date_naive(), false))
    };
    sentence
        .arg("day", words::short_date(local.date_naive(), true))
        .arg("time", local.format("%H:%M").to_string())
        .arg("zone", zone.name())
        .arg("utc", utc.format("%H:%M").to_string())
}

/// Explains a wall-clock time skipped by a daylight-saving change and offers the first minute
/// that exists after it.
fn skipped_time(wall_clock: NaiveDateTime, zone: Tz) -> TimeProblem {
    let next_valid = (1..=LONGEST_GAP_MINUTES)
        .map(|minutes| wall_clock + Duration::minutes(minutes))
        .find(|candidate| zone.from_local_datetime(candidate).earliest().is_some());
    let sentence = match next_valid {
        Some(next) if next.date() == wall_clock.date() => {
            Words::new("errors-field-time-skipped-choose")
                .arg("next", next.format("%H:%M").to_string())
        }
        Some(next) => Words::new("errors-field-time-skipped-choose")
            .arg("next", words::short_date_time(next, false)),
        None => Words::new("errors-field-time-skipped"),
    };
    TimeProblem::new(
        "time",
        sentence
            .arg("time", wall_clock.format("%H:%M").to_string())
            .arg("date", words::short_date(wall_clock.date(), true))
            .arg("zone", zone.name()),
    )
}

/// Names the field that is in the past: the date if the whole day is over, else the time.
fn in_the_past(date: NaiveDate, now_there: DateTime<Tz>) -> TimeProblem {
    let zone = now_there.timezone().name();
    if date < now_there.date_naive() {
        TimeProblem::new(
            "date",
            Words::new("errors-field-date-passed")
                .arg("today", words::short_date(now_there.date_naive(), true))
                .arg("zone", zone),
        )
    } else {
        TimeProblem::new(
            "time",
            Words::new("errors-field-time-passed")
                .arg("now", now_there.format("%H:%M").to_string())
                .arg("zone", zone),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str, time: &str, zone: &str) -> ScheduleAt {
        ScheduleAt {
            date: date.into(),
            time: time.into(),
            zone: zone.into(),
        }
    }

    fn utc(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
    }

    /// A fixed "now" well before the test dates: Sunday 1 March 2026, noon UTC.
    fn now() -> DateTime<Utc> {
        utc("2026-03-01T12:00:00Z")
    }

    #[test]
    fn a_winter_time_in_paris_is_one_hour_ahead_of_utc() {
        let resolved = resolve(&at("2026-11-24", "15:00", "Europe/Paris"), now()).unwrap();
        assert_eq!(resolved.utc, utc("2026-11-24T14:00:00Z"));
        assert_eq!(resolved.local.to_rfc3339(), "2026-11-24T15:00:00+01:00");
        assert_eq!(
            resolved.description,
            "Tue 24 Nov 2026, 15:00 Europe/Paris (14:00 UTC)"
        );
    }

    #[test]
    fn a_summer_time_in_new_york_is_four_hours_behind_utc() {
        let resolved = resolve(&at("2026-07-01", "09:30", "America/New_York"), now()).unwrap();
        assert_eq!(resolved.utc, utc("2026-07-01T13:30:00Z"));
        assert_eq!(resolved.local.to_rfc3339(), "2026-07-01T09:30:00-04:00");
    }

    #[test]
    fn the_utc_day_is_named_when_it_differs() {
        let resolved = resolve(&at("2026-11-24", "00:30", "Europe/Paris"), now()).unwrap();
        assert_eq!(
            resolved.description,
            "Tue 24 Nov 2026, 00:30 Europe/Paris (23:30 UTC on Mon 23 Nov)"
        );
    }

    #[test]
    fn surrounding_spaces_are_ignored() {
        let resolved = resolve(&at(" 2026-11-24 ", " 15:00", "Europe/Paris "), now()).unwrap();
        assert_eq!(resolved.utc, utc("2026-11-24T14:00:00Z"));
    }

    #[test]
    fn a_time_skipped_by_the_spring_change_suggests_the_next_valid_time() {
        let problem = resolve(&at("2026-03-29", "02:30", "Europe/Paris"), now()).unwrap_err();
        assert_eq!(problem.field, "time");
        assert_eq!(
            problem.message,
            "02:30 does not exist on Sun 29 Mar 2026 in Europe/Paris: the clocks go forward then. Choose 03:00 or later."
        );
    }

    #[test]
    fn a_time_repeated_by_the_autumn_change_takes_the_earlier_and_says_so() {
        let resolved = resolve(&at("2026-10-25", "02:30", "Europe/Paris"), now()).unwrap();
        assert_eq!(resolved.utc, utc("2026-10-25T00:30:00Z"));
        assert_eq!(resolved.local.to_rfc3339(), "2026-10-25T02:30:00+02:00");
        assert_eq!(
            resolved.description,
            "Sun 25 Oct 2026, 02:30 Europe/Paris (00:30 UTC). The clocks go back that night, so 02:30 happens twice: this is the first one, at UTC+02:00"
        );
    }

    #[test]
    fn an_earlier_time_today_names_the_time_field_and_the_time_there() {
        let problem = resolve(&at("2026-03-01", "12:30", "Europe/Paris"), now()).unwrap_err();
        assert_eq!(problem.field, "time");
        assert_eq!(
            problem.message,
            "This time has passed: it is now 13:00 in Europe/Paris. Choose a later time, or call now."
        );
    }

    #[test]
    fn an_earlier_day_names_the_date_field() {
        let problem = resolve(&at("2026-02-28", "23:00", "Europe/Paris"), now()).unwrap_err();
        assert_eq!(problem.field, "date");
        assert_eq!(
            problem.message,
            "This date has passed: today is Sun 1 Mar 2026 in Europe/Paris."
        );
    }

    #[test]
    fn the_current_minute_is_accepted_within_the_grace() {
        let now = utc("2026-03-01T12:00:59Z");
        assert!(resolve(&at("2026-03-01", "12:00", "UTC"), now).is_ok());
        let too_late = utc("2026-03-01T12:01:01Z");
        assert_eq!(
            resolve(&at("2026-03-01", "12:00", "UTC"), too_late)
                .unwrap_err()
                .field,
            "time"
        );
    }

    #[test]
    fn unparsable_dates_times_and_unknown_zones_name_their_field() {
        let field = |at: ScheduleAt| resolve(&at, now()).unwrap_err().field;
        assert_eq!(field(at("24/11/2026", "15:00", "Europe/Paris")), "date");
        assert_eq!(field(at("2026-02-30", "15:00", "Europe/Paris")), "date");
        assert_eq!(field(at("", "15:00", "Europe/Paris")), "date");
        assert_eq!(field(at("2026-11-24", "3pm", "Europe/Paris")), "time");
        assert_eq!(field(at("2026-11-24", "25:00", "Europe/Paris")), "time");
        assert_eq!(field(at("2026-11-24", "15:00", "Europe/Pariss")), "zone");
        assert_eq!(
            resolve(&at("2026-11-24", "15:00", "Mars/Olympus"), now())
                .unwrap_err()
                .message,
            "\"Mars/Olympus\" is not a time zone Callboard knows. Pick one from the list, for example Europe/Paris."
        );
    }

    #[test]
    fn zones_are_sorted_and_include_the_usual_ones() {
        let zones = zones();
        assert!(zones.windows(2).all(|pair| pair[0] < pair[1]));
        for zone in ["Europe/Paris", "America/New_York", "Europe/London", "UTC"] {
            assert!(zones.iter().any(|name| name == zone), "{zone}");
        }
    }

    #[test]
    fn the_local_zone_is_always_one_resolve_accepts() {
        assert!(zones().contains(&local_zone()));
    }
}
