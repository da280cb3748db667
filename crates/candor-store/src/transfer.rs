//! Retry and progress arithmetic for downloads: which failures are worth retrying, how long to
//! back off, and the transfer rate and time left. Pure, so it is tested natively; the clock is
//! passed in as milliseconds.

use std::collections::VecDeque;

/// How often a failed request is retried against the same source before moving on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts per request, the first included; at least 1.
    pub max_attempts: u32,
    /// The wait before the second attempt, in milliseconds; doubled for each later one.
    pub base_delay_ms: u32,
    /// The longest wait between attempts, in milliseconds.
    pub max_delay_ms: u32,
    /// A request that delivers no byte for this long is abandoned and retried, in
    /// milliseconds.
    pub stall_timeout_ms: u32,
}

impl Default for RetryPolicy {
    /// 4 attempts, waiting 0.5 s, 1 s and 2 s between them; 30 s without data is a stall.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            base_delay_ms: 500,
            max_delay_ms: 8_000,
            stall_timeout_ms: 30_000,
        }
    }
}

impl RetryPolicy {
    /// The wait before attempt `attempt` (1-based; attempt 1 never waits), in milliseconds.
    pub fn delay_ms(&self, attempt: u32) -> u32 {
        if attempt <= 1 {
            return 0;
        }
        let doublings = (attempt - 2).min(31);
        self.base_delay_ms
            .saturating_mul(1 << doublings)
            .min(self.max_delay_ms)
    }
}

/// True when an HTTP status is worth retrying: server errors, timeouts and rate limits. Every
/// other failure status (404, 403, 416, ...) will not change by asking again.
pub fn is_retryable_status(status: u16) -> bool {
    status >= 500 || status == 408 || status == 429
}

/// Checks, before anything is fetched, that the browser's storage estimate leaves room for
/// the `needed` bytes of `model_id`: `available` is the quota minus the usage.
pub fn check_room(model_id: &str, needed: u64, available: u64) -> Result<(), crate::StoreError> {
    if needed > available {
        return Err(crate::StoreError::InsufficientStorage {
            model_id: model_id.to_owned(),
            needed,
            available,
        });
    }
    Ok(())
}

/// The transfer rate over a sliding window, and the time left at that rate.
///
/// Only bytes that crossed the network count, so resumed bytes never inflate the rate.
#[derive(Debug, Clone)]
pub struct RateMeter {
    window_ms: f64,
    /// `(time_ms, total bytes so far)`, oldest first.
    samples: VecDeque<(f64, u64)>,
    transferred: u64,
}

impl RateMeter {
    /// A meter averaging over the last `window_ms` milliseconds, starting at `now_ms`.
    pub fn new(now_ms: f64, window_ms: f64) -> RateMeter {
        RateMeter {
            window_ms,
            samples: VecDeque::from([(now_ms, 0)]),
            transferred: 0,
        }
    }

    /// Records `bytes` more transferred at `now_ms`.
    pub fn add(&mut self, now_ms: f64, bytes: u64) {
        self.transferred += bytes;
        self.samples.push_back((now_ms, self.transferred));
        // Keep one sample at or before the window's start so the window stays full.
        while self.samples.len() > 2 && self.samples[1].0 <= now_ms - self.window_ms {
            self.samples.pop_front();
        }
    }

    /// Bytes transferred since the meter started.
    pub fn transferred(&self) -> u64 {
        self.transferred
    }

    /// Bytes per second over the window, or `None` before any time has passed.
    pub fn bytes_per_second(&self, now_ms: f64) -> Option<f64> {
        let &(first_ms, first_bytes) = self.samples.front()?;
        let elapsed_ms = now_ms - first_ms;
        if elapsed_ms <= 0.0 || self.transferred == 0 {
            return None;
        }
        Some((self.transferred - first_bytes) as f64 * 1000.0 / elapsed_ms)
    }

    /// Seconds until `remaining` more bytes arrive at the current rate; `None` while the rate
    /// is unknown or zero.
    pub fn eta_seconds(&self, now_ms: f64, remaining: u64) -> Option<f64> {
        let rate = self.bytes_per_second(now_ms)?;
        (rate > 0.0).then(|| remaining as f64 / rate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let policy = RetryPolicy::default();
        let delays: Vec<u32> = (1..=7).map(|attempt| policy.delay_ms(attempt)).collect();
        assert_eq!(delays, [0, 500, 1000, 2000, 4000, 8000, 8000]);
        assert_eq!(
            policy.delay_ms(40),
            8000,
            "no overflow for absurd attempt numbers"
        );
    }

    #[test]
    fn only_server_side_statuses_are_retried() {
        for status in [500, 502, 503, 504, 408, 429] {
            assert!(is_retryable_status(status), "{status}");
        }
        for status in [400, 401, 403, 404, 410, 416] {
            assert!(!is_retryable_status(status), "{status}");
        }
    }

    #[test]
    fn a_download_larger_than_the_free_quota_is_refused_with_both_sizes() {
        assert_eq!(check_room("m", 100, 100), Ok(()));
        let error = check_room("m", 101, 100).unwrap_err();
        assert_eq!(
            error.to_string(),
            "m needs 101 more bytes of browser storage, but only 100 are available; free some \
             space and retry"
        );
    }

    #[test]
    fn rate_and_eta_follow_the_window() {
        let mut meter = RateMeter::new(0.0, 2_000.0);
        assert_eq!(meter.bytes_per_second(0.0), None);
        meter.add(1_000.0, 1_000_000);
        assert_eq!(meter.bytes_per_second(1_000.0), Some(1_000_000.0));
        assert_eq!(meter.eta_seconds(1_000.0, 3_000_000), Some(3.0));
        meter.add(2_000.0, 1_000_000);
        meter.add(3_000.0, 4_000_000);
        meter.add(4_000.0, 4_000_000);
        // The window now starts at the 2 s sample: 8 MB in 2 s.
        assert_eq!(meter.bytes_per_second(4_000.0), Some(4_000_000.0));
        assert_eq!(meter.transferred(), 10_000_000);
    }

    #[test]
    fn a_stalled_transfer_has_a_falling_rate_and_no_eta_at_zero() {
        let mut meter = RateMeter::new(0.0, 1_000.0);
        meter.add(500.0, 500);
        let before = meter.bytes_per_second(500.0).unwrap();
        let later = meter.bytes_per_second(5_000.0).unwrap();
        assert!(later < before);
        let idle = RateMeter::new(0.0, 1_000.0);
        assert_eq!(idle.eta_seconds(10.0, 100), None);
    }
}
