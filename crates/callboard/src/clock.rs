//! What time Callboard thinks it is. Always the computer's clock, except in developer builds
//! (see [`crate::endpoints::developer_build`]) started with `CALLBOARD_CLOCK=<RFC 3339>`: the
//! clock then starts at that moment and runs on from there, so an end-to-end test can be "on a
//! Saturday evening" without changing the machine's time. A release build started by a person
//! ignores the variable, as it ignores the URL overrides.

use std::sync::OnceLock;

use chrono::{DateTime, Duration, Utc};

/// The variable that sets a developer build's clock.
pub const CLOCK_VARIABLE: &str = "CALLBOARD_CLOCK";

/// How far the developer clock is from the computer's, fixed at the first reading.
static OFFSET: OnceLock<Duration> = OnceLock::new();

/// The current moment, on the developer clock when one is set.
pub fn now() -> DateTime<Utc> {
    let real = Utc::now();
    let offset = *OFFSET.get_or_init(|| {
        offset_for(
            std::env::var(CLOCK_VARIABLE).ok().as_deref(),
            crate::endpoints::developer_build(),
            real,
        )
    });
    real + offset
}

/// The offset a `CALLBOARD_CLOCK` value asks for: none in a person's release build, for an
/// unreadable value (with a warning), or without the variable.
fn offset_for(value: Option<&str>, developer: bool, real: DateTime<Utc>) -> Duration {
    let Some(value) = value.map(str::trim).filter(|value| !value.is_empty()) else {
        return Duration::zero();
    };
    if !developer {
        tracing::warn!("{CLOCK_VARIABLE} is ignored outside developer builds");
        return Duration::zero();
    }
    match DateTime::parse_from_rfc3339(value) {
        Ok(start) => start.with_timezone(&Utc) - real,
        Err(_) => {
            tracing::warn!("{CLOCK_VARIABLE} is not an RFC 3339 time; the real clock is used");
            Duration::zero()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_developer_build_moves_the_clock() {
        let real = Utc::now();
        let saturday = "2026-12-05T18:30:00Z";
        let moved = offset_for(Some(saturday), true, real);
        assert_eq!(
            real + moved,
            DateTime::parse_from_rfc3339(saturday).unwrap()
        );
        assert_eq!(offset_for(Some(saturday), false, real), Duration::zero());
        assert_eq!(offset_for(Some("Saturday"), true, real), Duration::zero());
        assert_eq!(offset_for(None, true, real), Duration::zero());
    }
}
