//! A small, strict reader for the zip archives DOCX files are: the central directory, then
//! stored or DEFLATE entries inflated with `miniz_oxide`, under size limits so a zip bomb fails
//! with a message instead of exhausting the page's memory.
//!
//! Format reference: PKWARE APPNOTE.TXT, sections 4.3.7 (local header), 4.3.12 (central
//! directory header) and 4.3.16 (end of central directory record). ZIP64 and multi-disk
//! archives are refused; Office never writes them for documents of resume size.

use thiserror::Error;

use super::megabytes;

/// Why an archive or one of its entries could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub(crate) enum ZipError {
    #[error("it is not a zip archive (no end-of-archive record)")]
    NotZip,
    #[error("the archive is damaged ({0})")]
    Corrupt(&'static str),
    #[error("it is password-protected")]
    Encrypted,
    #[error("it uses an unsupported compression method ({0})")]
    UnsupportedMethod(u16),
    #[error("{name} would unpack to more than {limit}, which no resume needs")]
    TooLarge { name: String, limit: String },
    #[error("{name} is compressed {ratio}:1, far more than any document; it may be a zip bomb")]
    SuspiciousRatio { name: String, ratio: u64 },
}

/// Compression ratios above this are refused for entries over [`RATIO_CHECK_MIN_BYTES`]: text
/// XML compresses about 10:1, while zip bombs reach 1000:1.
const MAX_COMPRESSION_RATIO: u64 = 200;
/// Small entries may compress extremely well (a run of spaces) without being dangerous.
const RATIO_CHECK_MIN_BYTES: u64 = 1024 * 1024;

const END_OF_CENTRAL_DIRECTORY: u32 = 0x0605_4b50;
const CENTRAL_DIRECTORY_HEADER: u32 = 0x0201_4b50;
const LOCAL_FILE_HEADER: u32 = 0x0403_4b50;

/// One file listed in the central directory.
#[derive(Debug, Clone)]
pub(crate) struct ZipEntry {
    pub(crate) name: String,
    flags: u16,
    method: u16,
    compressed_size: u64,
    uncompressed_size: u64,
    local_header_offset: u64,
}

/// A parsed central directory over the archive's bytes.
#[derive(Debug)]
pub(crate) struct ZipArchive<'a> {
    bytes: &'a [u8],
    pub(crate) entries: Vec<ZipEntry>,
}

/// Little-endian reads that fail instead of panicking past the end.
fn u16_at(bytes: &[u8], offset: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        bytes.get(offset..offset.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u32_at(bytes: &[u8], offset: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        bytes.get(offset..offset.checked_add(4)?)?.try_into().ok()?,
    ))
}

impl<'a> ZipArchive<'a> {
    /// Reads the central directory of `bytes`.
    pub(crate) fn new(bytes: &'a [u8]) -> Result<ZipArchive<'a>, ZipError> {
        // The end record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
        let search_start = bytes.len().saturating_sub(22 + usize::from(u16::MAX));
        let end_offset = (search_start..bytes.len().saturating_sub(21))
            .rev()
            .find(|&offset| u32_at(bytes, offset) == Some(END_OF_CENTRAL_DIRECTORY))
            .ok_or(ZipError::NotZip)?;
        let truncated = ZipError::Corrupt("the end record is cut short");
        let n_entries = u16_at(bytes, end_offset + 10).ok_or(truncated.clone())?;
        let directory_offset = u32_at(bytes, end_offset + 16).ok_or(truncated)?;
        if directory_offset == u32::MAX || n_entries == u16::MAX {
            return Err(ZipError::Corrupt("ZIP64 archives are not supported"));
        }
        let mut entries = Vec::with_capacity(usize::from(n_entries));
        let mut offset = directory_offset as usize;
        for _ in 0..n_entries {
            let entry = Self::directory_entry(bytes, offset)
                .ok_or(ZipError::Corrupt("a directory entry is cut short"))?;
            offset = entry.1;
            entries.push(entry.0);
        }
        Ok(ZipArchive { bytes, entries })
    }

    /// The central directory header at `offset` and the offset after it.
    fn directory_entry(bytes: &[u8], offset: usize) -> Option<(ZipEntry, usize)> {
        // Checking the fixed part first keeps the offset arithmetic below in range.
        bytes.get(offset..offset.checked_add(46)?)?;
        if u32_at(bytes, offset)? != CENTRAL_DIRECTORY_HEADER {
            return None;
        }
        let name_len = usize::from(u16_at(bytes, offset + 28)?);
        let extra_len = usize::from(u16_at(bytes, offset + 30)?);
        let comment_len = usize::from(u16_at(bytes, offset + 32)?);
        let name_start = offset + 46;
        let name = bytes.get(name_start..name_start + name_len)?;
        let entry = ZipEntry {
            name: String::from_utf8_lossy(name).into_owned(),
            flags: u16_at(bytes, offset + 8)?,
            method: u16_at(bytes, offset + 10)?,
            compressed_size: u64::from(u32_at(bytes, offset + 20)?),
            uncompressed_size: u64::from(u32_at(bytes, offset + 24)?),
            local_header_offset: u64::from(u32_at(bytes, offset + 42)?),
        };
        Some((entry, name_start + name_len + extra_len + comment_len))
    }

    /// The entry named `name` exactly, if the archive has one.
    pub(crate) fn entry(&self, name: &str) -> Option<&ZipEntry> {
        self.entries.iter().find(|entry| entry.name == name)
    }

    /// The uncompressed bytes of `entry`, refused when they would exceed `limit` bytes or the
    /// compression ratio is implausible for a document.
    pub(crate) fn read(&self, entry: &ZipEntry, limit: usize) -> Result<Vec<u8>, ZipError> {
        if entry.flags & 1 != 0 {
            return Err(ZipError::Encrypted);
        }
        if entry.uncompressed_size > limit as u64 {
            return Err(ZipError::TooLarge {
                name: entry.name.clone(),
                limit: megabytes(limit),
            });
        }
        let ratio = entry.uncompressed_size / entry.compressed_size.max(1);
        if entry.uncompressed_size > RATIO_CHECK_MIN_BYTES && ratio > MAX_COMPRESSION_RATIO {
            return Err(ZipError::SuspiciousRatio {
                name: entry.name.clone(),
                ratio,
            });
        }
        let data = self
            .entry_data(entry)
            .ok_or(ZipError::Corrupt("an entry's data is cut short"))?;
        // The declared size bounds the output, so a lying header cannot inflate past it.
        let expected_len = entry.uncompressed_size as usize;
        let contents = match entry.method {
            0 => data.to_vec(),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, expected_len)
                .map_err(|_| ZipError::Corrupt("an entry does not inflate to its declared size"))?,
            method => return Err(ZipError::UnsupportedMethod(method)),
        };
        if contents.len() != expected_len {
            return Err(ZipError::Corrupt(
                "an entry's size does not match its header",
            ));
        }
        Ok(contents)
    }

    /// The compressed bytes of `entry`, after its local header.
    fn entry_data(&self, entry: &ZipEntry) -> Option<&'a [u8]> {
        let header = usize::try_from(entry.local_header_offset).ok()?;
        self.bytes.get(header..header.checked_add(30)?)?;
        if u32_at(self.bytes, header)? != LOCAL_FILE_HEADER {
            return None;
        }
        let name_len = usize::from(u16_at(self.bytes, header + 26)?);
        let extra_len = usize::from(u16_at(self.bytes, header + 28)?);
        let start = header + 30 + name_len + extra_len;
        let len = usize::try_from(entry.compressed_size).ok()?;
        self.bytes.get(start..start.checked_add(len)?)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A zip archive of `files` (name, contents, compress?) as Office writes them, for tests.
    pub(crate) fn build_zip(files: &[(&str, &[u8], bool)]) -> Vec<u8> {
        let mut archive = Vec::new();
        let mut directory = Vec::new();
        for (name, contents, compress) in files {
            let (method, data): (u16, Vec<u8>) = if *compress {
                (8, miniz_oxide::deflate::compress_to_vec(contents, 6))
            } else {
                (0, contents.to_vec())
            };
            let offset = archive.len() as u32;
            let mut common = Vec::new();
            common.extend_from_slice(&20u16.to_le_bytes()); // version needed
            common.extend_from_slice(&0u16.to_le_bytes()); // flags
            common.extend_from_slice(&method.to_le_bytes());
            common.extend_from_slice(&[0; 8]); // time, date, crc (not checked)
            common.extend_from_slice(&(data.len() as u32).to_le_bytes());
            common.extend_from_slice(&(contents.len() as u32).to_le_bytes());
            common.extend_from_slice(&(name.len() as u16).to_le_bytes());
            common.extend_from_slice(&0u16.to_le_bytes()); // extra length
            archive.extend_from_slice(&LOCAL_FILE_HEADER.to_le_bytes());
            archive.extend_from_slice(&common);
            archive.extend_from_slice(name.as_bytes());
            archive.extend_from_slice(&data);
            directory.extend_from_slice(&CENTRAL_DIRECTORY_HEADER.to_le_bytes());
            directory.extend_from_slice(&20u16.to_le_bytes()); // version made by
            directory.extend_from_slice(&common);
            directory.extend_from_slice(&[0; 6]); // comment length, disk, internal attributes
            directory.extend_from_slice(&[0; 4]); // external attributes
            directory.extend_from_slice(&offset.to_le_bytes());
            directory.extend_from_slice(name.as_bytes());
        }
        let directory_offset = archive.len() as u32;
        archive.extend_from_slice(&directory);
        archive.extend_from_slice(&END_OF_CENTRAL_DIRECTORY.to_le_bytes());
        archive.extend_from_slice(&[0; 4]);
        archive.extend_from_slice(&(files.len() as u16).to_le_bytes());
        archive.extend_from_slice(&(files.len() as u16).to_le_bytes());
        archive.extend_from_slice(&(directory.len() as u32).to_le_bytes());
        archive.extend_from_slice(&directory_offset.to_le_bytes());
        archive.extend_from_slice(&0u16.to_le_bytes());
        archive
    }

    #[test]
    fn reads_stored_and_deflated_entries() {
        let bytes = build_zip(&[
            ("a.txt", b"stored", false),
            ("b.xml", b"<x>deflated</x>", true),
        ]);
        let archive = ZipArchive::new(&bytes).unwrap();
        assert_eq!(archive.entries.len(), 2);
        let b = archive.entry("b.xml").unwrap();
        assert_eq!(archive.read(b, 1024).unwrap(), b"<x>deflated</x>");
        let a = archive.entry("a.txt").unwrap();
        assert_eq!(archive.read(a, 1024).unwrap(), b"stored");
    }

    #[test]
    fn bombs_and_oversize_entries_are_refused() {
        let zeros = vec![b' '; 30 * 1024 * 1024];
        let bytes = build_zip(&[("word/document.xml", &zeros, true)]);
        let archive = ZipArchive::new(&bytes).unwrap();
        let entry = archive.entry("word/document.xml").unwrap();
        assert!(matches!(
            archive.read(entry, 20 * 1024 * 1024),
            Err(ZipError::TooLarge { .. })
        ));
        assert!(matches!(
            archive.read(entry, 40 * 1024 * 1024),
            Err(ZipError::SuspiciousRatio { .. })
        ));
    }

    #[test]
    fn garbage_and_truncation_are_errors() {
        assert_eq!(ZipArchive::new(b"").unwrap_err(), ZipError::NotZip);
        assert_eq!(
            ZipArchive::new(b"hello world").unwrap_err(),
            ZipError::NotZip
        );
        let bytes = build_zip(&[("b.xml", b"<x>deflated deflated deflated</x>", true)]);
        for len in 0..bytes.len() {
            if let Ok(archive) = ZipArchive::new(&bytes[..len]) {
                for entry in &archive.entries {
                    let _ = archive.read(entry, 1024);
                }
            }
        }
        let mut flipped = bytes.clone();
        for idx in 0..flipped.len() {
            flipped[idx] ^= 0x5A;
            if let Ok(archive) = ZipArchive::new(&flipped) {
                for entry in &archive.entries {
                    let _ = archive.read(entry, 1024);
                }
            }
            flipped[idx] ^= 0x5A;
        }
    }
}
