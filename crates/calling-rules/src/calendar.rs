//! Dates that move every year.

use chrono::NaiveDate;

/// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm of Meeus, Jones and Butcher).
pub(crate) fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
        .expect("the algorithm yields a day of March or April")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_sundays_match_the_published_dates() {
        for (year, month, day) in [
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2028, 4, 16),
            (2029, 4, 1),
            (2030, 4, 21),
            (2038, 4, 25),
        ] {
            assert_eq!(
                easter_sunday(year),
                NaiveDate::from_ymd_opt(year, month, day).unwrap()
            );
        }
    }
}
