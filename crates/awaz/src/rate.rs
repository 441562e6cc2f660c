//! The request budget of one API key.
//!
//! Awaz counts requests in fixed windows per key: a window opens with the first request that
//! arrives after the previous one closed, and allows `X-RateLimit-Limit` requests. Two layers keep
//! the client inside it:
//!
//! * a `governor` quota (`limit` per `window`, bursts up to `limit`) paces the long-run rate;
//! * a mirror of the provider's fixed window decides when a new window may start. The provider's
//!   window opened no earlier than our first request of the window was sent and no later than its
//!   answer came back, so "answer of the first request + window" is a safe end that costs only one
//!   round trip per window. `X-RateLimit-Reset` is rounded up to whole seconds, which would waste up
//!   to a second per window, so it is only used when it proves the provider's window ends later
//!   than ours (someone else uses the key) or when the provider says the budget is spent.

use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use reqwest::header::HeaderMap;
use serde::Serialize;
use tokio::sync::{watch, Notify};
use tokio::time::Instant;

use crate::error::{Error, Result};

/// How many requests one API key may send per window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateBudget {
    pub requests: u32,
    pub window: Duration,
}

impl Default for RateBudget {
    /// The documented budget: 100 requests per minute per key.
    fn default() -> Self {
        RateBudget {
            requests: 100,
            window: Duration::from_secs(60),
        }
    }
}

/// Whether requests of this key are being held back, and until when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(tag = "state", rename_all = "camelCase")]
pub enum Throttle {
    Clear,
    Waiting {
        until: DateTime<Utc>,
        reason: WaitReason,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum WaitReason {
    /// The request budget of the window is spent.
    RateLimited,
    /// Awaz answered 503 and asks clients to come back later.
    Unavailable,
}

/// Caps waits taken from headers so absurd values cannot overflow the clock.
const LONGEST_WAIT: Duration = Duration::from_secs(24 * 60 * 60);

/// A moment kept as a monotonic instant (to sleep on) and as wall time (to show people).
#[derive(Debug, Clone, Copy)]
struct Deadline {
    at: Instant,
    wall: DateTime<Utc>,
}

impl Deadline {
    fn after(wait: Duration) -> Self {
        let wait = wait.min(LONGEST_WAIT);
        Deadline {
            at: Instant::now() + wait,
            wall: Utc::now() + chrono::Duration::from_std(wait).unwrap_or_default(),
        }
    }

    fn at_wall(wall: DateTime<Utc>) -> Self {
        let wait = (wall - Utc::now()).to_std().unwrap_or_default();
        Deadline {
            at: Instant::now() + wait.min(LONGEST_WAIT),
            wall,
        }
    }

    fn earlier(self, other: Deadline) -> Deadline {
        if other.at < self.at {
            other
        } else {
            self
        }
    }
}

/// The `X-RateLimit-*` and `Retry-After` headers of one answer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct RateHeaders {
    pub limit: Option<u32>,
    pub remaining: Option<u32>,
    pub reset: Option<DateTime<Utc>>,
    pub retry_after: Option<Duration>,
}

impl RateHeaders {
    pub(crate) fn parse(headers: &HeaderMap) -> Self {
        let number = |name: &str| {
            headers
                .get(name)
                .and_then(|value| value.to_str().ok())
                .and_then(|value| value.trim().parse::<u64>().ok())
        };
        RateHeaders {
            limit: number("x-ratelimit-limit").and_then(|n| u32::try_from(n).ok()),
            remaining: number("x-ratelimit-remaining").and_then(|n| u32::try_from(n).ok()),
            reset: number("x-ratelimit-reset")
                .and_then(|secs| i64::try_from(secs).ok())
                .and_then(|secs| DateTime::from_timestamp(secs, 0)),
            retry_after: number("retry-after").map(Duration::from_secs),
        }
    }
}

/// The right to send one request, tied to the window it was counted in.
#[derive(Debug)]
pub(crate) struct Permit {
    generation: u64,
    opens_window: bool,
}

/// How a request counted against the budget ended.
pub(crate) enum Answer {
    /// An HTTP answer arrived, with these status and headers.
    Received { status: u16, headers: RateHeaders },
    /// No answer (network failure or timeout).
    Lost,
}

/// Our mirror of the provider's current window.
#[derive(Debug)]
struct Window {
    limit: u32,
    length: Duration,
    generation: u64,
    open: bool,
    used: u32,
    /// When the window surely ended on the provider's side; unknown until the first answer.
    ends: Option<Deadline>,
    /// Requests sent but not answered yet, whatever window they were counted in.
    in_flight: u32,
    hold: Option<(Deadline, WaitReason)>,
}

enum Decision {
    Send(Permit),
    WaitUntil(Deadline, WaitReason),
    WaitForAnswer,
}

impl Window {
    fn decide(&mut self, now: Instant) -> Decision {
        if let Some((until, reason)) = self.hold {
            if until.at > now {
                return Decision::WaitUntil(until, reason);
            }
            self.hold = None;
            self.open = false;
        }
        if self.open && self.ends.is_some_and(|ends| ends.at <= now) {
            self.open = false;
        }
        if !self.open {
            // Requests still on their way may be counted in the provider's next window.
            if self.in_flight >= self.limit {
                return Decision::WaitForAnswer;
            }
            self.generation += 1;
            self.open = true;
            self.ends = None;
            self.used = self.in_flight + 1;
            self.in_flight += 1;
            return Decision::Send(Permit {
                generation: self.generation,
                opens_window: true,
            });
        }
        if self.used < self.limit {
            self.used += 1;
            self.in_flight += 1;
            return Decision::Send(Permit {
                generation: self.generation,
                opens_window: false,
            });
        }
        match self.ends {
            Some(ends) => Decision::WaitUntil(ends, WaitReason::RateLimited),
            None => Decision::WaitForAnswer,
        }
    }

    fn record(&mut self, permit: &Permit, answer: &Answer) {
        self.in_flight = self.in_flight.saturating_sub(1);
        let current = self.open && permit.generation == self.generation;
        if current && permit.opens_window {
            let ends = Deadline::after(self.length);
            self.ends = Some(self.ends.map_or(ends, |known| known.earlier(ends)));
        }
        let Answer::Received { status, headers } = answer else {
            return;
        };
        if let Some(limit) = headers.limit.filter(|&limit| limit > 0) {
            self.limit = limit;
        }
        if *status == 429 {
            let until = headers
                .reset
                .map(Deadline::at_wall)
                .or(headers.retry_after.map(Deadline::after))
                .or(self.ends.filter(|_| current))
                .unwrap_or_else(|| Deadline::after(self.length));
            self.hold_until(until, WaitReason::RateLimited);
            return;
        }
        if !current {
            return;
        }
        if let Some(remaining) = headers.remaining {
            // Someone else may share the key: trust the provider's count when it is higher.
            self.used = self.used.max(self.limit.saturating_sub(remaining));
            if remaining == 0 {
                if let Some(reset) = headers.reset.map(Deadline::at_wall) {
                    self.ends = Some(match self.ends {
                        // Reset is rounded up to the second; beyond that it is a window we did not open.
                        Some(ours) if reset.wall > ours.wall + chrono::Duration::seconds(1) => {
                            reset
                        }
                        Some(ours) => ours.earlier(reset),
                        None => reset,
                    });
                }
            }
        }
    }

    fn hold_until(&mut self, until: Deadline, reason: WaitReason) {
        if self.hold.is_none_or(|(held, _)| held.at < until.at) {
            self.hold = Some((until, reason));
        }
    }
}

/// A request counted against the budget. Answer it with [`Sending::answered`]; a guard dropped
/// unanswered (the request's future was cancelled) books its request as lost, so its slot is
/// never held forever.
pub(crate) struct Sending<'a> {
    limiter: &'a Limiter,
    permit: Option<Permit>,
}

impl Sending<'_> {
    pub(crate) fn answered(mut self, answer: &Answer) {
        if let Some(permit) = self.permit.take() {
            self.limiter.record(&permit, answer);
        }
    }
}

impl Drop for Sending<'_> {
    fn drop(&mut self) {
        if let Some(permit) = self.permit.take() {
            self.limiter.record(&permit, &Answer::Lost);
        }
    }
}

/// The limiter of one API key, shared by every clone of a `Client`.
#[derive(Debug)]
pub(crate) struct Limiter {
    window: Mutex<Window>,
    pacer: Mutex<(u32, Arc<DefaultDirectRateLimiter>)>,
    answered: Notify,
    throttle: watch::Sender<Throttle>,
    rate_limited_responses: AtomicU64,
}

impl Limiter {
    pub(crate) fn new(budget: RateBudget) -> Self {
        let limit = budget.requests.max(1);
        Limiter {
            window: Mutex::new(Window {
                limit,
                length: budget.window,
                generation: 0,
                open: false,
                used: 0,
                ends: None,
                in_flight: 0,
                hold: None,
            }),
            pacer: Mutex::new((limit, pacer(limit, budget.window))),
            answered: Notify::new(),
            throttle: watch::Sender::new(Throttle::Clear),
            rate_limited_responses: AtomicU64::new(0),
        }
    }

    pub(crate) fn throttle_watch(&self) -> watch::Receiver<Throttle> {
        self.throttle.subscribe()
    }

    pub(crate) fn rate_limited_responses(&self) -> u64 {
        self.rate_limited_responses.load(Ordering::Relaxed)
    }

    /// Waits until one more request fits the budget; refuses when that would take longer than
    /// `max_wait`. The slot is given back when the returned guard is answered or dropped.
    pub(crate) async fn acquire(&self, max_wait: Duration) -> Result<Sending<'_>> {
        let permit = self.acquire_permit(max_wait).await?;
        Ok(Sending {
            limiter: self,
            permit: Some(permit),
        })
    }

    async fn acquire_permit(&self, max_wait: Duration) -> Result<Permit> {
        let pacer = Arc::clone(&lock(&self.pacer).1);
        pacer.until_ready().await;
        loop {
            let answered = self.answered.notified();
            tokio::pin!(answered);
            // Register before deciding so an answer between the decision and the wait is not missed.
            answered.as_mut().enable();
            let now = Instant::now();
            let decision = lock(&self.window).decide(now);
            match decision {
                Decision::Send(permit) => {
                    self.show(Throttle::Clear);
                    return Ok(permit);
                }
                Decision::WaitUntil(until, reason) => {
                    if until.at.saturating_duration_since(now) > max_wait {
                        return Err(match reason {
                            WaitReason::RateLimited => Error::RateLimited { until: until.wall },
                            WaitReason::Unavailable => Error::Unavailable { until: until.wall },
                        });
                    }
                    self.show(Throttle::Waiting {
                        until: until.wall,
                        reason,
                    });
                    tokio::select! {
                        () = tokio::time::sleep_until(until.at) => {}
                        () = answered => {}
                    }
                }
                Decision::WaitForAnswer => answered.await,
            }
        }
    }

    /// Books the answer (or its absence) of a request sent under `permit`.
    fn record(&self, permit: &Permit, answer: &Answer) {
        if let Answer::Received { status: 429, .. } = answer {
            self.rate_limited_responses.fetch_add(1, Ordering::Relaxed);
        }
        let limit = {
            let mut window = lock(&self.window);
            window.record(permit, answer);
            window.limit
        };
        self.adopt_limit(limit);
        self.answered.notify_waiters();
    }

    /// Holds every request of the key for `wait`, as Awaz asks after a 503.
    pub(crate) fn hold_unavailable(&self, wait: Duration) {
        lock(&self.window).hold_until(Deadline::after(wait), WaitReason::Unavailable);
        self.answered.notify_waiters();
    }

    fn adopt_limit(&self, limit: u32) {
        let mut pacer_slot = lock(&self.pacer);
        if pacer_slot.0 != limit {
            let length = lock(&self.window).length;
            *pacer_slot = (limit, pacer(limit, length));
        }
    }

    fn show(&self, throttle: Throttle) {
        self.throttle.send_if_modified(|shown| {
            let changed = *shown != throttle;
            if changed {
                *shown = throttle;
            }
            changed
        });
    }
}

fn pacer(limit: u32, window: Duration) -> Arc<DefaultDirectRateLimiter> {
    let burst = NonZeroU32::new(limit).unwrap_or(NonZeroU32::MIN);
    // Replenishes one request every window / limit, so a full burst is back after one window.
    let quota = Quota::with_period(window / burst.get()).map_or_else(
        || Quota::per_second(burst),
        |quota| quota.allow_burst(burst),
    );
    Arc::new(RateLimiter::direct(quota))
}

/// A panic while holding the lock leaves the plain-data state usable.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn window(limit: u32) -> Window {
        Window {
            limit,
            length: Duration::from_secs(60),
            generation: 0,
            open: false,
            used: 0,
            ends: None,
            in_flight: 0,
            hold: None,
        }
    }

    fn send(window: &mut Window) -> Permit {
        match window.decide(Instant::now()) {
            Decision::Send(permit) => permit,
            _ => panic!("expected the request to be allowed"),
        }
    }

    #[test]
    fn parses_rate_headers() {
        let mut headers = HeaderMap::new();
        headers.insert("X-RateLimit-Limit", HeaderValue::from_static("100"));
        headers.insert("X-RateLimit-Remaining", HeaderValue::from_static("7"));
        headers.insert("X-RateLimit-Reset", HeaderValue::from_static("1700000000"));
        headers.insert("Retry-After", HeaderValue::from_static("12"));
        let parsed = RateHeaders::parse(&headers);
        assert_eq!(parsed.limit, Some(100));
        assert_eq!(parsed.remaining, Some(7));
        assert_eq!(parsed.reset, DateTime::from_timestamp(1_700_000_000, 0));
        assert_eq!(parsed.retry_after, Some(Duration::from_secs(12)));
    }

    #[tokio::test]
    async fn full_window_waits_for_the_first_answer_then_for_its_end() {
        let mut window = window(2);
        let first = send(&mut window);
        send(&mut window);
        assert!(matches!(
            window.decide(Instant::now()),
            Decision::WaitForAnswer
        ));
        let answer = Answer::Received {
            status: 200,
            headers: RateHeaders::default(),
        };
        window.record(&first, &answer);
        assert!(matches!(
            window.decide(Instant::now()),
            Decision::WaitUntil(_, WaitReason::RateLimited)
        ));
    }

    #[tokio::test]
    async fn provider_count_and_limit_are_adopted() {
        let mut window = window(100);
        let permit = send(&mut window);
        let answer = Answer::Received {
            status: 200,
            headers: RateHeaders {
                limit: Some(50),
                remaining: Some(10),
                ..RateHeaders::default()
            },
        };
        window.record(&permit, &answer);
        assert_eq!(window.limit, 50);
        assert_eq!(window.used, 40);
    }

    #[tokio::test]
    async fn too_many_requests_holds_until_reset() {
        let mut window = window(100);
        let permit = send(&mut window);
        let answer = Answer::Received {
            status: 429,
            headers: RateHeaders {
                retry_after: Some(Duration::from_secs(30)),
                ..RateHeaders::default()
            },
        };
        window.record(&permit, &answer);
        assert!(matches!(
            window.decide(Instant::now()),
            Decision::WaitUntil(_, WaitReason::RateLimited)
        ));
    }

    #[tokio::test]
    async fn requests_in_flight_at_rollover_count_in_the_next_window() {
        let mut window = window(3);
        window.length = Duration::ZERO;
        let first = send(&mut window);
        send(&mut window);
        let answer = Answer::Received {
            status: 200,
            headers: RateHeaders::default(),
        };
        window.record(&first, &answer);
        // The window (length zero) is over; the second request is still unanswered.
        let opener = send(&mut window);
        assert!(opener.opens_window);
        assert_eq!(window.used, 2);
    }
}
