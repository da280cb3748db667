//! Sizes, rates and times as the models panel (and a job index's download) words them.

/// A size as the panel words it: "91.3 MB", "1.19 GB" (SI units, as browsers show downloads).
pub(super) fn size_text(bytes: u64) -> String {
    let bytes = bytes as f64;
    if bytes >= 1e9 {
        format!("{:.2} GB", bytes / 1e9)
    } else {
        format!("{:.1} MB", bytes / 1e6)
    }
}

/// "1.2 MB of 91.3 MB", or in kilobytes when the total is under 100 kB ("8 kB of 19 kB"), where
/// megabytes would read "0.0 MB of 0.0 MB".
pub(crate) fn part_of_total_text(part: u64, total: u64) -> String {
    if total < 100_000 {
        format!(
            "{:.0} kB of {:.0} kB",
            part as f64 / 1e3,
            total as f64 / 1e3
        )
    } else {
        format!("{} of {}", size_text(part), size_text(total))
    }
}

/// "about 40 s left", "about 3 min left".
pub(super) fn time_left_text(seconds: f64) -> String {
    match seconds.round() as u64 {
        0..=59 => format!("about {} s left", seconds.round().max(1.0)),
        n => format!("about {} min left", n.div_ceil(60)),
    }
}

/// "12.3 MB/s", or "250 kB/s" below a megabyte a second (a slow start must not read 0.0).
pub(super) fn speed_text(bytes_per_second: f64) -> String {
    if bytes_per_second >= 1e6 {
        format!("{:.1} MB/s", bytes_per_second / 1e6)
    } else {
        format!("{:.0} kB/s", bytes_per_second / 1e3)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_times_read_as_a_person_expects() {
        assert_eq!(size_text(91_335_235), "91.3 MB");
        assert_eq!(size_text(1_191_586_416), "1.19 GB");
        assert_eq!(time_left_text(0.2), "about 1 s left");
        assert_eq!(time_left_text(42.4), "about 42 s left");
        assert_eq!(time_left_text(61.0), "about 2 min left");
        assert_eq!(speed_text(12_345_678.0), "12.3 MB/s");
        assert_eq!(speed_text(250_400.0), "250 kB/s");
    }
}
