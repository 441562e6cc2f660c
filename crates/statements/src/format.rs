//! Numbers, dates and times as a reader of each language writes them on paper.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rust_decimal::Decimal;

use crate::words::{Arg, Words};
use crate::{Language, Period, Statement, TopUpKind};

/// French groups thousands with a narrow no-break space (CLDR), so `1 234,50` never breaks
/// across lines.
const FRENCH_THOUSANDS: char = '\u{202f}';

/// An amount as people read it: `1,234.50` in English, `1 234,50` in French; at least two
/// decimals, more when the amount has them (Awaz accepts finer amounts than cents).
pub(crate) fn amount(value: Decimal, language: Language) -> String {
    let (thousands, decimal) = match language {
        Language::En => (',', '.'),
        Language::Fr => (FRENCH_THOUSANDS, ','),
    };
    let plain = machine_amount(value);
    let (sign, unsigned) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let mut grouped = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push(thousands);
        }
        grouped.push(digit);
    }
    format!("{sign}{grouped}{decimal}{fraction}")
}

/// An amount for machines: a decimal point, no grouping, at least two decimals (`1234.50`).
pub(crate) fn machine_amount(value: Decimal) -> String {
    let mut value = value.normalize();
    if value.scale() < 2 {
        value.rescale(2);
    }
    value.to_string()
}

/// Date and time of a top-up in the person's zone, as two short parts: `Nov 30, 2026` and
/// `11:45 PM` in English, `30/11/2026` and `23:45` (24-hour) in French.
pub(crate) fn date_and_time(at: DateTime<Utc>, statement: &Statement) -> (String, String) {
    let local = at.with_timezone(&statement.time_zone);
    match statement.language {
        Language::En => (
            local.format("%b %-d, %Y").to_string(),
            local.format("%-I:%M %p").to_string(),
        ),
        Language::Fr => (
            local.format("%d/%m/%Y").to_string(),
            local.format("%H:%M").to_string(),
        ),
    }
}

/// Date and time for machines: ISO 8601 in the person's zone, with its offset.
pub(crate) fn machine_date_time(at: DateTime<Utc>, statement: &Statement) -> String {
    at.with_timezone(&statement.time_zone)
        .format("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}

/// The period in words: "November 2026" for a whole month, else "November 1, 2026 to
/// November 15, 2026" ("du 1er novembre 2026 au 15 novembre 2026").
pub(crate) fn period(period: &Period, words: &Words) -> String {
    if period.is_whole_month() {
        return words.with(
            "statements-period-month",
            &[
                ("month", Arg::Text(month_name(period.from, words))),
                ("year", Arg::Text(period.from.year().to_string())),
            ],
        );
    }
    words.with(
        "statements-period-range",
        &[
            ("from", Arg::Text(long_date(period.from, words))),
            ("to", Arg::Text(long_date(period.to, words))),
        ],
    )
}

fn long_date(date: NaiveDate, words: &Words) -> String {
    words.with(
        "statements-date-long",
        &[
            ("day", Arg::Number(i64::from(date.day()))),
            ("month", Arg::Text(month_name(date, words))),
            ("year", Arg::Text(date.year().to_string())),
        ],
    )
}

fn month_name(date: NaiveDate, words: &Words) -> String {
    words.with(
        "statements-month-name",
        &[("month", Arg::Number(i64::from(date.month())))],
    )
}

pub(crate) fn kind(kind: TopUpKind, words: &Words) -> String {
    words.get(match kind {
        TopUpKind::Credits => "statements-kind-credits",
        TopUpKind::Minutes => "statements-kind-minutes",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn decimal(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn amounts_are_grouped_per_language() {
        assert_eq!(amount(decimal("1234.5"), Language::En), "1,234.50");
        assert_eq!(amount(decimal("1234.5"), Language::Fr), "1\u{202f}234,50");
        assert_eq!(amount(decimal("1234567"), Language::En), "1,234,567.00");
        assert_eq!(amount(decimal("999"), Language::Fr), "999,00");
        assert_eq!(amount(decimal("0.125"), Language::En), "0.125");
        assert_eq!(amount(decimal("-1500.10"), Language::En), "-1,500.10");
    }

    #[test]
    fn machine_amounts_keep_a_point_and_no_grouping() {
        assert_eq!(machine_amount(decimal("1234.5")), "1234.50");
        assert_eq!(machine_amount(decimal("25.000")), "25.00");
        assert_eq!(machine_amount(decimal("0.125")), "0.125");
    }

    #[test]
    fn periods_read_as_words() {
        let english = Words::new(Language::En);
        let french = Words::new(Language::Fr);
        let november = Period::month(2026, 11).unwrap();
        assert_eq!(period(&november, &english), "November 2026");
        assert_eq!(period(&november, &french), "novembre 2026");
        let half = Period {
            from: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 11, 15).unwrap(),
        };
        assert_eq!(
            period(&half, &english),
            "November 1, 2026 to November 15, 2026"
        );
        assert_eq!(
            period(&half, &french),
            "du 1er novembre 2026 au 15 novembre 2026"
        );
    }
}
