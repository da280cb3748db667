//! Sizes, rates and times as the models panel (and a job index's download) words them.

/// A size as the panel words it: "91.3 MB", "1.19 GB", "12 kB" (SI units, as browsers show downloads).
pub(crate) fn size_text(bytes: u64) -> String {
    let bytes = bytes as f64;
    if bytes >= 1e9 {
        format!("{:.2} GB", bytes / 1e9)
    } else if bytes >= 1e5 {
        format!("{:.1} MB", bytes / 1e6)
    } else {
        format!("{:.0} kB", bytes / 1e3)
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
