//! Simulated time: it starts at the real time and runs `time_scale` times faster.

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

#[derive(Debug)]
pub(crate) struct Clock {
    started_at: DateTime<Utc>,
    started: Instant,
    scale: f64,
}

impl Clock {
    pub fn new(scale: f64) -> Self {
        Self {
            started_at: Utc::now(),
            started: Instant::now(),
            scale: if scale.is_finite() && scale > 0.0 {
                scale
            } else {
                1.0
            },
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        let simulated = self.started.elapsed().mul_f64(self.scale);
        self.started_at + to_chrono(simulated)
    }
}

/// Converts a std duration (always small enough here) into a chrono one.
pub(crate) fn to_chrono(duration: Duration) -> chrono::Duration {
    chrono::Duration::from_std(duration).unwrap_or(chrono::Duration::MAX)
}

/// Timestamps in the platforms' format, e.g. `2025-01-27T06:56:09.829791Z`.
pub(crate) fn iso(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}
