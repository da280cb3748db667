//! How a model file is cut into shards, and how a byte-range answer is checked.
//!
//! A file is fetched, stored and re-verified as fixed-size shards: shard `i` covers bytes
//! `[i * shard_bytes, min((i + 1) * shard_bytes, file.bytes))`. The shard size is the lock's
//! per-shard pin size when the file has one (so each shard can be checked on arrival), and
//! [`DEFAULT_SHARD_BYTES`] otherwise. Pure: no IO, tested natively.

use candor_lock::digest::sha256_hex;
use candor_lock::{ModelFile, ShardPins};

/// The shard size for files the lock gives no per-shard pins: 16 MiB, small enough to hold one
/// shard in memory while it arrives and large enough that a 1.2 GB file needs ~70 requests.
pub const DEFAULT_SHARD_BYTES: u64 = 16 * 1024 * 1024;

/// The shards of one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardLayout {
    /// The file's pinned size in bytes; never zero for a parsed lock.
    pub file_bytes: u64,
    /// The size of every shard but the last; never zero.
    pub shard_bytes: u64,
}

impl ShardLayout {
    /// The layout the lock implies for `file`: its pinned shard size, else the default.
    pub fn for_file(file: &ModelFile) -> ShardLayout {
        let shard_bytes = file
            .shards
            .as_ref()
            .map_or(DEFAULT_SHARD_BYTES, |pins| pins.bytes);
        ShardLayout {
            file_bytes: file.bytes,
            shard_bytes,
        }
    }

    /// The number of shards; at least 1 for a non-empty file.
    pub fn count(&self) -> u64 {
        ShardPins::count_for(self.file_bytes, self.shard_bytes)
    }

    /// The byte range of shard `index`, end exclusive.
    pub fn range(&self, index: u64) -> (u64, u64) {
        let start = index * self.shard_bytes;
        (start, (start + self.shard_bytes).min(self.file_bytes))
    }

    /// The length of shard `index` in bytes.
    pub fn len_of(&self, index: u64) -> u64 {
        let (start, end) = self.range(index);
        end - start
    }

    /// The pinned SHA-256 of shard `index`, when the lock pins shards of this layout's size.
    pub fn pin<'a>(&self, file: &'a ModelFile, index: u64) -> Option<&'a str> {
        let pins = file.shards.as_ref()?;
        if pins.bytes != self.shard_bytes {
            return None;
        }
        pins.sha256
            .get(usize::try_from(index).ok()?)
            .map(String::as_str)
    }
}

/// The per-shard pins of `bytes` cut into shards of `shard_bytes`.
///
/// Only call this with bytes that matched their whole-file pin: the result becomes a pin.
pub fn pins_for_bytes(bytes: &[u8], shard_bytes: std::num::NonZeroU64) -> ShardPins {
    let chunk = usize::try_from(shard_bytes.get()).unwrap_or(usize::MAX);
    ShardPins {
        bytes: shard_bytes.get(),
        sha256: bytes.chunks(chunk).map(sha256_hex).collect(),
    }
}

/// A parsed `Content-Range: bytes start-end/total` header (`end` inclusive; `total` is `None`
/// for `*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContentRange {
    pub start: u64,
    pub end: u64,
    pub total: Option<u64>,
}

impl ContentRange {
    /// Parses the header value (RFC 9110, section 14.4); `None` when it is not a satisfied
    /// byte range.
    pub fn parse(value: &str) -> Option<ContentRange> {
        let rest = value.trim().strip_prefix("bytes ")?;
        let (range, total) = rest.split_once('/')?;
        let (start, end) = range.split_once('-')?;
        let start: u64 = start.trim().parse().ok()?;
        let end: u64 = end.trim().parse().ok()?;
        let total = match total.trim() {
            "*" => None,
            total => Some(total.parse().ok()?),
        };
        if end < start || total.is_some_and(|total| end >= total) {
            return None;
        }
        Some(ContentRange { start, end, total })
    }

    /// True when this answers a request for `[start, end)` of a file of `file_bytes` exactly.
    pub fn answers(&self, start: u64, end: u64, file_bytes: u64) -> bool {
        self.start == start && self.end + 1 == end && self.total.is_none_or(|t| t == file_bytes)
    }
}

/// The `Range` header value asking for `[start, end)`.
pub fn range_header(start: u64, end: u64) -> String {
    format!("bytes={start}-{}", end - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(bytes: u64, shards: Option<ShardPins>) -> ModelFile {
        ModelFile {
            path: "model.safetensors".into(),
            sha256: "0".repeat(64),
            bytes,
            required: true,
            shards,
        }
    }

    #[test]
    fn layout_covers_the_file_with_a_short_last_shard() {
        let layout = ShardLayout {
            file_bytes: 90_868_376,
            shard_bytes: DEFAULT_SHARD_BYTES,
        };
        assert_eq!(layout.count(), 6);
        assert_eq!(layout.range(0), (0, 16_777_216));
        assert_eq!(layout.range(5), (83_886_080, 90_868_376));
        assert_eq!(layout.len_of(5), 6_982_296);
        let total: u64 = (0..layout.count()).map(|i| layout.len_of(i)).sum();
        assert_eq!(total, 90_868_376);
    }

    #[test]
    fn a_small_file_is_one_shard() {
        let layout = ShardLayout::for_file(&file(612, None));
        assert_eq!((layout.count(), layout.range(0)), (1, (0, 612)));
    }

    #[test]
    fn pinned_shard_size_wins_and_pins_are_looked_up_by_index() {
        let pins = ShardPins {
            bytes: 10,
            sha256: vec!["a".repeat(64), "b".repeat(64), "c".repeat(64)],
        };
        let file = file(25, Some(pins));
        let layout = ShardLayout::for_file(&file);
        assert_eq!((layout.shard_bytes, layout.count()), (10, 3));
        assert_eq!(layout.pin(&file, 1), Some("b".repeat(64).as_str()));
        assert_eq!(layout.pin(&file, 3), None);
        let other_size = ShardLayout {
            shard_bytes: 5,
            ..layout
        };
        assert_eq!(
            other_size.pin(&file, 1),
            None,
            "pins only fit their own size"
        );
    }

    #[test]
    fn pins_for_bytes_hash_each_shard() {
        let size = std::num::NonZeroU64::new(4).unwrap();
        let pins = pins_for_bytes(b"abcdefghij", size);
        assert_eq!(pins.bytes, 4);
        assert_eq!(
            pins.sha256,
            [sha256_hex(b"abcd"), sha256_hex(b"efgh"), sha256_hex(b"ij")]
        );
        assert_eq!(ShardPins::count_for(10, 4), pins.sha256.len() as u64);
    }

    #[test]
    fn content_range_is_parsed_and_checked_against_the_request() {
        let range = ContentRange::parse("bytes 10-19/612").unwrap();
        assert_eq!(
            range,
            ContentRange {
                start: 10,
                end: 19,
                total: Some(612)
            }
        );
        assert!(range.answers(10, 20, 612));
        assert!(!range.answers(10, 21, 612));
        assert!(!range.answers(0, 20, 612));
        assert!(
            !range.answers(10, 20, 611),
            "a different total is another file"
        );
        assert!(
            ContentRange::parse("bytes 0-9/*")
                .unwrap()
                .answers(0, 10, 99)
        );
        for bad in [
            "bytes */612",
            "items 0-9/10",
            "bytes 9-0/10",
            "bytes 0-10/10",
            "0-9/10",
        ] {
            assert_eq!(ContentRange::parse(bad), None, "{bad}");
        }
        assert_eq!(range_header(10, 20), "bytes=10-19");
    }
}
