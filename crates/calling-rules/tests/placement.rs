//! Placement with fixed clocks: holidays, clock changes, states, zones, attempt limits, tightening.

use calling_rules::{
    rule_summaries, zones_of, Attempt, AttemptLimit, LocalHours, Placement, Reason, Rules,
    Tightening, Tz, EVERY_DAY,
};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};

const PARIS: &str = "+33612345678";
const NEW_YORK: &str = "+12125550100";
const MIAMI: &str = "+13055550100";
/// An Idaho exchange that libphonenumber puts in both Mountain (Boise) and Pacific time.
const IDAHO_TWO_ZONES: &str = "+12082001234";
const LONDON: &str = "+442079460000";

fn rules() -> Rules {
    Rules::builtin(LocalHours::weekdays_nine_to_seven())
}

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

/// A wall-clock time in `zone`, as UTC.
fn local(zone: Tz, text: &str) -> DateTime<Utc> {
    let naive = chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
    zone.from_local_datetime(&naive)
        .single()
        .unwrap()
        .with_timezone(&Utc)
}

fn moved(placement: Placement) -> (DateTime<Utc>, Reason) {
    match placement {
        Placement::Moved { at, reason } => (at, reason),
        other => panic!("expected a move, got {other:?}"),
    }
}

fn refused(placement: Placement) -> Reason {
    match placement {
        Placement::Refused { reason } => reason,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn french_holidays_2026_to_2030_including_the_easter_based_ones() {
    // Published dates of Easter Monday, Ascension Day and Whit Monday.
    let movable = [
        ("2026-04-06", "2026-05-14", "2026-05-25"),
        ("2027-03-29", "2027-05-06", "2027-05-17"),
        ("2028-04-17", "2028-05-25", "2028-06-05"),
        ("2029-04-02", "2029-05-10", "2029-05-21"),
        ("2030-04-22", "2030-05-30", "2030-06-10"),
    ];
    let fixed = [
        "01-01", "05-01", "05-08", "07-14", "08-15", "11-01", "11-11", "12-25",
    ];
    let paris = Tz::Europe__Paris;
    let mut checked = 0;
    for (year, (easter_monday, ascension, whit_monday)) in (2026..=2030).zip(movable) {
        let mut holidays: Vec<(String, &str)> = vec![
            (easter_monday.to_string(), "Easter Monday"),
            (ascension.to_string(), "Ascension Day"),
            (whit_monday.to_string(), "Whit Monday"),
        ];
        holidays.extend(fixed.iter().map(|day| (format!("{year}-{day}"), "")));
        for (date, name) in holidays {
            let day = NaiveDate::parse_from_str(&date, "%Y-%m-%d").unwrap();
            if matches!(chrono::Datelike::weekday(&day), Weekday::Sat | Weekday::Sun) {
                continue; // the weekend rule speaks first
            }
            let (at, reason) =
                moved(rules().place(PARIS, local(paris, &format!("{date} 11:00")), &[]));
            assert_eq!(reason.code, "fr_holiday", "{date}");
            if !name.is_empty() {
                assert_eq!(reason.params["holiday"], name, "{date}");
            }
            let next = at.with_timezone(&paris);
            assert!(next.date_naive() > day, "{date}: moved off the holiday");
            assert_eq!(
                next.time(),
                NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
                "{date}"
            );
            checked += 1;
        }
        // The days around Easter Monday are ordinary working days.
        let tuesday =
            NaiveDate::parse_from_str(easter_monday, "%Y-%m-%d").unwrap() + Duration::days(1);
        let at = local(paris, &format!("{tuesday} 11:00"));
        assert_eq!(rules().place(PARIS, at, &[]), Placement::Now, "{tuesday}");
    }
    assert!(checked >= 40, "most holidays fall on weekdays: {checked}");
}

#[test]
fn ascension_thursday_moves_to_friday_morning() {
    let (at, reason) =
        moved(rules().place(PARIS, local(Tz::Europe__Paris, "2026-05-14 15:00"), &[]));
    assert_eq!(at, utc("2026-05-15T08:00:00Z"));
    assert_eq!(
        reason.plain,
        "French public holiday: moved to Friday 15 May 10:00 (Europe/Paris)"
    );
    assert!(reason.source.starts_with("https://www.legifrance.gouv.fr/"));
}

#[test]
fn a_french_saturday_evening_moves_to_monday_ten_o_clock() {
    let (at, reason) = moved(rules().place(PARIS, utc("2026-11-21T18:30:00Z"), &[]));
    assert_eq!(at, utc("2026-11-23T09:00:00Z"));
    assert_eq!(reason.code, "fr_weekend");
    assert_eq!(
        reason.plain,
        "French weekend: moved to Monday 23 November 10:00 (Europe/Paris)"
    );
    assert_eq!(reason.params["moved_to_weekday"], "Monday");
    assert_eq!(reason.params["moved_to_local"], "2026-11-23 10:00");
    assert_eq!(reason.params["requested_local"], "2026-11-21 19:30");
}

#[test]
fn the_french_lunch_break_and_evening() {
    let paris = Tz::Europe__Paris;
    let (at, reason) = moved(rules().place(PARIS, local(paris, "2026-11-24 13:15"), &[]));
    assert_eq!(
        (at, reason.code.as_str()),
        (local(paris, "2026-11-24 14:00"), "fr_hours")
    );
    assert_eq!(reason.params["window"], "10:00-13:00, 14:00-20:00");
    let (at, _) = moved(rules().place(PARIS, local(paris, "2026-11-24 20:00"), &[]));
    assert_eq!(at, local(paris, "2026-11-25 10:00"));
    assert_eq!(
        rules().place(PARIS, local(paris, "2026-11-24 19:59"), &[]),
        Placement::Now
    );
}

#[test]
fn paris_clock_changes_land_on_the_right_wall_clock_time() {
    // Clocks go forward on Sunday 29 March 2026: Monday 10:00 is 08:00 UTC, not 09:00.
    let (at, _) = moved(rules().place(PARIS, utc("2026-03-28T20:00:00Z"), &[]));
    assert_eq!(at, utc("2026-03-30T08:00:00Z"));
    // Clocks go back on Sunday 25 October 2026: Monday 10:00 is 09:00 UTC.
    let (at, reason) = moved(rules().place(PARIS, utc("2026-10-23T18:30:00Z"), &[]));
    assert_eq!(at, utc("2026-10-26T09:00:00Z"));
    assert_eq!(reason.params["moved_to_local"], "2026-10-26 10:00");
}

#[test]
fn new_york_clock_changes_land_on_the_right_wall_clock_time() {
    // Saturday 7 March 2026, 22:00 EST; clocks go forward that night: Sunday 8:00 is EDT (UTC-4).
    let (at, reason) = moved(rules().place(NEW_YORK, utc("2026-03-08T03:00:00Z"), &[]));
    assert_eq!(at, utc("2026-03-08T12:00:00Z"));
    assert_eq!(reason.code, "us_hours");
    assert_eq!(reason.plain, "Outside US calling hours (8:00-21:00 local time): moved to Sunday 8 March 08:00 (America/New_York)");
    // Saturday 31 October 2026, 22:00 EDT; clocks go back that night: Sunday 8:00 is EST (UTC-5).
    let (at, _) = moved(rules().place(NEW_YORK, utc("2026-11-01T02:00:00Z"), &[]));
    assert_eq!(at, utc("2026-11-01T13:00:00Z"));
}

#[test]
fn florida_ends_an_hour_earlier_than_federal_law() {
    let monday_evening = local(Tz::America__New_York, "2026-11-23 20:30");
    assert_eq!(rules().place(NEW_YORK, monday_evening, &[]), Placement::Now);
    let (at, reason) = moved(rules().place(MIAMI, monday_evening, &[]));
    assert_eq!(at, local(Tz::America__New_York, "2026-11-24 08:00"));
    assert_eq!(reason.code, "us_state_hours");
    assert_eq!(reason.params["state"], "FL");
    assert!(reason.source.contains("501.616"));
}

#[test]
fn florida_allows_three_calls_a_day() {
    let at = local(Tz::America__New_York, "2026-11-24 15:00");
    let earlier: Vec<Attempt> = [9, 11, 13]
        .iter()
        .map(|hour| Attempt {
            at: at - Duration::hours(15 - hour),
            refused: false,
        })
        .collect();
    assert_eq!(rules().place(MIAMI, at, &earlier[1..]), Placement::Now);
    let reason = refused(rules().place(MIAMI, at, &earlier));
    assert_eq!(reason.code, "us_state_attempts_24h");
    assert_eq!(
        reason.params["allowed_from"],
        (earlier[0].at + Duration::days(1)).to_rfc3339()
    );
    // New York has no such limit.
    assert_eq!(rules().place(NEW_YORK, at, &earlier), Placement::Now);
}

#[test]
fn a_number_spanning_two_zones_is_called_when_both_allow_it() {
    assert_eq!(
        zones_of(IDAHO_TWO_ZONES),
        vec![Tz::America__Boise, Tz::America__Los_Angeles]
    );
    // 14:30 UTC in January: 07:30 in Boise, 06:30 in Los Angeles. The window opens when it is
    // 8:00 in Los Angeles (9:00 in Boise).
    let (at, reason) = moved(rules().place(IDAHO_TWO_ZONES, utc("2027-01-12T14:30:00Z"), &[]));
    assert_eq!(at, utc("2027-01-12T16:00:00Z"));
    assert_eq!(reason.params["zone"], "America/Boise");
    assert_eq!(reason.params["moved_to_local"], "2027-01-12 09:00");
    // It closes at 21:00 in Boise (20:00 in Los Angeles).
    assert_eq!(
        rules().place(IDAHO_TWO_ZONES, utc("2027-01-13T03:59:00Z"), &[]),
        Placement::Now
    );
    let (at, _) = moved(rules().place(IDAHO_TWO_ZONES, utc("2027-01-13T04:00:00Z"), &[]));
    assert_eq!(at, utc("2027-01-13T16:00:00Z"));
    // A number in Los Angeles alone may be called an hour later in the evening.
    assert_eq!(
        rules().place("+14155550100", utc("2027-01-13T04:30:00Z"), &[]),
        Placement::Now
    );
}

#[test]
fn four_attempts_in_thirty_days_and_then_no_more() {
    let paris = Tz::Europe__Paris;
    let attempts: Vec<Attempt> = [
        "2026-03-02 11:00",
        "2026-03-05 11:00",
        "2026-03-10 11:00",
        "2026-03-20 11:00",
    ]
    .iter()
    .map(|t| Attempt {
        at: local(paris, t),
        refused: false,
    })
    .collect();
    let at = local(paris, "2026-03-25 11:00");
    assert_eq!(
        rules().place(PARIS, at, &attempts[..3]),
        Placement::Now,
        "a fourth call is allowed"
    );
    let reason = refused(rules().place(PARIS, at, &attempts));
    assert_eq!(reason.code, "fr_attempts_30d");
    assert_eq!(
        (
            reason.params["limit"].as_str(),
            reason.params["count"].as_str()
        ),
        ("4", "4")
    );
    // The first attempt leaves the 30 days 720 hours later: 1 April 12:00, summer time having begun.
    assert_eq!(
        reason.params["allowed_from"],
        local(paris, "2026-04-01 12:00").to_rfc3339()
    );
    assert!(reason
        .plain
        .ends_with("may be called again from Wednesday 1 April 2026 12:00 (Europe/Paris)"));
    assert_eq!(
        rules().place(PARIS, local(paris, "2026-04-01 12:00"), &attempts),
        Placement::Now
    );
    // Calls already scheduled later count too: four in the 30 days around the new one.
    let scheduled = [
        attempts[1],
        attempts[2],
        attempts[3],
        Attempt {
            at: local(paris, "2026-04-02 11:00"),
            refused: false,
        },
    ];
    assert_eq!(
        refused(rules().place(PARIS, local(paris, "2026-03-23 11:00"), &scheduled)).code,
        "fr_attempts_30d"
    );
}

#[test]
fn sixty_days_after_a_refusal() {
    let paris = Tz::Europe__Paris;
    let said_no = [Attempt {
        at: local(paris, "2026-03-02 15:00"),
        refused: true,
    }];
    let reason = refused(rules().place(PARIS, local(paris, "2026-04-30 11:00"), &said_no));
    assert_eq!(reason.code, "fr_refusal_60d");
    // Sixty full days: 3 March to 1 May; calls again from 2 May 00:00 Paris time.
    assert_eq!(
        reason.params["allowed_from"],
        local(paris, "2026-05-02 00:00").to_rfc3339()
    );
    assert!(
        reason
            .plain
            .contains("Saturday 2 May 2026 00:00 (Europe/Paris)"),
        "{}",
        reason.plain
    );
    let (at, moved_reason) =
        moved(rules().place(PARIS, local(paris, "2026-05-02 11:00"), &said_no));
    assert_eq!(
        (at, moved_reason.code.as_str()),
        (local(paris, "2026-05-04 10:00"), "fr_weekend")
    );
    // A call that went through without a refusal does not start a cool-down.
    let answered = [Attempt {
        refused: false,
        ..said_no[0]
    }];
    assert_eq!(
        rules().place(PARIS, local(paris, "2026-03-03 11:00"), &answered),
        Placement::Now
    );
}

fn tightenings() -> Vec<Tightening> {
    let time = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
    vec![
        // Wider than the law: must change nothing.
        Tightening {
            hours: Some(LocalHours {
                days: EVERY_DAY.to_vec(),
                from: time(0),
                to: time(23),
            }),
            attempts: Some(AttemptLimit {
                attempts: 50,
                days: 1,
            }),
            consent_law_applies: false,
        },
        // Narrower.
        Tightening {
            hours: Some(LocalHours {
                days: vec![Weekday::Tue, Weekday::Thu],
                from: time(15),
                to: time(17),
            }),
            attempts: Some(AttemptLimit {
                attempts: 2,
                days: 7,
            }),
            consent_law_applies: true,
        },
    ]
}

#[test]
fn a_tightening_never_allows_what_the_law_forbids() {
    let two_calls = [
        Attempt {
            at: utc("2026-11-02T10:00:00Z"),
            refused: false,
        },
        Attempt {
            at: utc("2026-11-04T10:00:00Z"),
            refused: false,
        },
    ];
    for tightening in tightenings() {
        let tightened = rules().with_tightening(tightening.clone());
        for number in [PARIS, MIAMI, IDAHO_TWO_ZONES, LONDON] {
            // Every 127 minutes (so every hour of the day, at varying minutes) over two weeks with a holiday.
            for step in 0..(14 * 24 * 60 / 127) {
                let at = utc("2026-11-02T00:30:00Z") + Duration::minutes(127 * step);
                for attempts in [&[][..], &two_calls[..]] {
                    let law = rules().place(number, at, attempts);
                    let client = tightened.place(number, at, attempts);
                    // A move lands on a moment its own rules allow.
                    if let Placement::Moved { at: to, .. } = &client {
                        assert_eq!(
                            tightened.place(number, *to, attempts),
                            Placement::Now,
                            "{number} {at}"
                        );
                    }
                    if let Placement::Moved { at: to, .. } = &law {
                        assert_eq!(
                            rules().place(number, *to, attempts),
                            Placement::Now,
                            "{number} {at}"
                        );
                    }
                    match (&law, &client) {
                        (Placement::Refused { .. }, other) => {
                            assert!(
                                matches!(other, Placement::Refused { .. }),
                                "{number} {at}: {other:?}"
                            )
                        }
                        (
                            Placement::Moved { at: legal, .. },
                            Placement::Moved { at: later, .. },
                        ) => {
                            assert!(later >= legal, "{number} {at}")
                        }
                        (Placement::Moved { .. }, other) => {
                            assert!(
                                matches!(other, Placement::Refused { .. }),
                                "{number} {at}: {other:?}"
                            )
                        }
                        (Placement::Now, _) => {}
                    }
                }
            }
        }
    }
}

#[test]
fn a_narrower_client_window_moves_calls_and_says_so() {
    let tightened = rules().with_tightening(tightenings().remove(1));
    let paris = Tz::Europe__Paris;
    // Monday 11:00 is legal in France, but this client calls on Tuesdays and Thursdays, 15-17.
    let (at, reason) = moved(tightened.place(PARIS, local(paris, "2026-11-23 11:00"), &[]));
    assert_eq!(at, local(paris, "2026-11-24 15:00"));
    assert_eq!(
        (reason.code.as_str(), reason.source.as_str()),
        ("client_days", "Client rules")
    );
    let two = [
        Attempt {
            at: local(paris, "2026-11-17 15:00"),
            refused: false,
        },
        Attempt {
            at: local(paris, "2026-11-19 15:00"),
            refused: false,
        },
    ];
    assert_eq!(
        refused(tightened.place(PARIS, local(paris, "2026-11-20 15:00"), &two)).code,
        "client_attempts"
    );
}

#[test]
fn other_countries_follow_the_default_from_settings() {
    let london = Tz::Europe__London;
    let (at, reason) = moved(rules().place(LONDON, local(london, "2026-11-21 19:30"), &[]));
    assert_eq!(at, local(london, "2026-11-23 09:00"));
    assert_eq!(
        (reason.code.as_str(), reason.source.as_str()),
        ("default_days", "Settings")
    );
    let (_, reason) = moved(rules().place(LONDON, local(london, "2026-11-23 19:00"), &[]));
    assert_eq!(reason.code, "default_hours");
    assert_eq!(
        rules().place(LONDON, local(london, "2026-11-23 18:59"), &[]),
        Placement::Now
    );
}

#[test]
fn a_default_with_no_day_refuses_instead_of_searching_forever() {
    let closed = LocalHours {
        days: vec![],
        ..LocalHours::weekdays_nine_to_seven()
    };
    let reason = refused(Rules::builtin(closed).place(LONDON, utc("2026-11-23T10:00:00Z"), &[]));
    assert_eq!(
        (reason.code.as_str(), reason.params["blocked_by"].as_str()),
        ("no_window", "default_days")
    );
}

#[test]
fn a_number_without_a_known_zone_is_refused() {
    let reason = refused(rules().place("0612345678", utc("2026-11-23T10:00:00Z"), &[]));
    assert_eq!(reason.code, "unknown_zone");
}

#[test]
fn consent_lifts_french_and_federal_hours_but_not_limits_or_state_rules() {
    let consent = rules().with_consent_acknowledged();
    let saturday_evening = utc("2026-11-21T18:30:00Z");
    assert_eq!(consent.place(PARIS, saturday_evening, &[]), Placement::Now);
    let said_no = [Attempt {
        at: saturday_evening - Duration::days(3),
        refused: true,
    }];
    assert_eq!(
        refused(consent.place(PARIS, saturday_evening, &said_no)).code,
        "fr_refusal_60d"
    );
    let late = local(Tz::America__New_York, "2026-11-23 22:00");
    assert_eq!(consent.place(NEW_YORK, late, &[]), Placement::Now);
    assert_eq!(
        moved(consent.place(MIAMI, late, &[])).1.code,
        "us_state_hours"
    );
    assert_eq!(
        moved(consent.place(LONDON, saturday_evening, &[])).1.code,
        "default_days"
    );
}

#[test]
fn french_consent_law_from_11_august_2026_for_covered_clients() {
    let before = utc("2026-08-10T12:00:00Z");
    let after = utc("2026-08-11T08:00:00Z");
    assert_eq!(rules().consent_required(PARIS, before), None);
    let reason = rules().consent_required(PARIS, after).unwrap();
    assert_eq!(
        (
            reason.code.as_str(),
            reason.params["required_from"].as_str()
        ),
        ("fr_consent", "2026-08-11")
    );
    assert!(reason.source.contains("2025-594"));
    let not_covered = Tightening {
        consent_law_applies: false,
        ..Tightening::default()
    };
    assert_eq!(
        rules()
            .with_tightening(not_covered)
            .consent_required(PARIS, after),
        None
    );
    assert_eq!(rules().consent_required(NEW_YORK, after), None);
}

#[test]
fn the_saturday_evening_import_of_the_end_to_end_test() {
    // What the e2e test checks at the simulator, here exactly: French, US and UK numbers imported
    // on Saturday 21 November 2026 at 19:00 Paris time.
    let saturday = local(Tz::Europe__Paris, "2026-11-21 19:00");
    let placements: Vec<(&str, Placement)> = [PARIS, NEW_YORK, MIAMI, LONDON]
        .iter()
        .map(|n| (*n, rules().place(n, saturday, &[])))
        .collect();
    assert_eq!(
        moved(placements[0].1.clone()).0,
        local(Tz::Europe__Paris, "2026-11-23 10:00")
    );
    assert_eq!(
        placements[1].1,
        Placement::Now,
        "13:00 on Saturday in New York"
    );
    assert_eq!(
        placements[2].1,
        Placement::Now,
        "13:00 on Saturday in Miami"
    );
    assert_eq!(
        moved(placements[3].1.clone()).0,
        local(Tz::Europe__London, "2026-11-23 09:00")
    );
}

#[test]
fn placements_and_settings_cross_the_ipc_as_tagged_json() {
    let json =
        serde_json::to_value(rules().place(PARIS, utc("2026-11-21T18:30:00Z"), &[])).unwrap();
    assert_eq!(json["kind"], "moved");
    assert_eq!(json["at"], "2026-11-23T09:00:00Z");
    assert_eq!(json["reason"]["code"], "fr_weekend");
    assert_eq!(
        serde_json::to_value(Placement::Now).unwrap(),
        serde_json::json!({ "kind": "now" })
    );
    let tightening: Tightening = serde_json::from_str("{}").unwrap();
    assert_eq!(tightening, Tightening::default());
    assert!(
        tightening.consent_law_applies,
        "covered unless the agency says otherwise"
    );
    let default: LocalHours =
        serde_json::from_str(r#"{"days":["Mon","Tue"],"from":"09:00:00","to":"19:00:00"}"#)
            .unwrap();
    assert_eq!(default.days, vec![Weekday::Mon, Weekday::Tue]);
}

#[test]
fn every_built_in_rule_is_listed_with_its_source() {
    let rules = rule_summaries();
    for code in [
        "fr_hours",
        "fr_holiday",
        "fr_attempts_30d",
        "fr_refusal_60d",
        "fr_consent",
        "us_hours",
        "us_state_hours",
    ] {
        assert!(rules.iter().any(|r| r.code == code), "{code}");
    }
    assert!(rules
        .iter()
        .all(|r| r.source.starts_with("https://") && r.version >= 1));
}
