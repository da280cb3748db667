//! Plain-text decoding: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order
//! mark, and Windows-1252 (a superset of Latin-1) for anything that is not valid UTF-8, since
//! that is what older spreadsheet and word-processor exports write.

/// The encoding a text file turned out to be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// Windows-1252, which reads every Latin-1 file the same way except for the C1 controls
    /// (0x80-0x9F), where it has curly quotes, dashes and the euro sign instead.
    Windows1252,
}

/// Decodes `bytes` as text. Never fails: unpaired UTF-16 surrogates become U+FFFD, and bytes
/// that are not UTF-8 are read as Windows-1252.
pub(crate) fn decode_text(bytes: &[u8]) -> (String, TextEncoding) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (
            String::from_utf8_lossy(rest).into_owned(),
            TextEncoding::Utf8,
        );
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return (
            decode_utf16(rest, u16::from_le_bytes),
            TextEncoding::Utf16Le,
        );
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return (
            decode_utf16(rest, u16::from_be_bytes),
            TextEncoding::Utf16Be,
        );
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), TextEncoding::Utf8),
        Err(_) => (
            bytes.iter().map(|&byte| windows_1252_char(byte)).collect(),
            TextEncoding::Windows1252,
        ),
    }
}

fn decode_utf16(bytes: &[u8], unit_from_bytes: fn([u8; 2]) -> u16) -> String {
    let units = bytes
        .chunks_exact(2)
        .map(|pair| unit_from_bytes([pair[0], pair[1]]));
    char::decode_utf16(units)
        .map(|unit| unit.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Windows-1252 code points for bytes 0x80-0x9F; the five unassigned bytes map to U+FFFD.
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{FFFD}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{FFFD}', 'Ž',
    '\u{FFFD}', '\u{FFFD}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{FFFD}',
    'ž', 'Ÿ',
];

fn windows_1252_char(byte: u8) -> char {
    match byte {
        0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// Whether decoded text looks like a binary file read as text: NUL characters, or many control
/// characters other than tab, newline, carriage return and form feed.
pub(crate) fn looks_binary(text: &str) -> bool {
    let n_chars = text.chars().count().max(1);
    let n_controls = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{000C}'))
        .count();
    text.contains('\0') || n_controls * 20 > n_chars
}

/// Builds readable plain text from pieces of a document: runs of whitespace inside a line
/// collapse to one space, lines are trimmed, and at most one blank line separates paragraphs.
#[derive(Debug, Default)]
pub(crate) struct TextBuilder {
    text: String,
    /// The current line, not yet trimmed.
    line: String,
    /// Blank lines owed before the next text: 0, or 1 after a paragraph break.
    pending_blank: bool,
}

impl TextBuilder {
    /// Appends `piece` to the current line, collapsing whitespace (newlines included) to spaces.
    pub(crate) fn push_inline(&mut self, piece: &str) {
        for c in piece.chars() {
            if c.is_whitespace() {
                if !self.line.is_empty() && !self.line.ends_with(' ') && !self.line.ends_with('\t')
                {
                    self.line.push(' ');
                }
            } else {
                self.line.push(c);
            }
        }
    }

    /// Appends `piece` keeping its line breaks and tabs, as in `<pre>` blocks and DOCX runs.
    pub(crate) fn push_preformatted(&mut self, piece: &str) {
        for (idx, line) in piece.split('\n').enumerate() {
            if idx > 0 {
                self.line_break();
            }
            self.line.push_str(line.trim_end_matches('\r'));
        }
    }

    /// Appends a tab, which separates columns in table rows and tab-aligned dates.
    pub(crate) fn push_tab(&mut self) {
        if !self.line.is_empty() && !self.line.ends_with('\t') {
            let trimmed_len = self.line.trim_end().len();
            self.line.truncate(trimmed_len);
            self.line.push('\t');
        }
    }

    /// Ends the current line, if it has text.
    pub(crate) fn line_break(&mut self) {
        let line = self.line.trim();
        if !line.is_empty() {
            if self.pending_blank && !self.text.is_empty() {
                self.text.push('\n');
            }
            self.pending_blank = false;
            self.text.push_str(line);
            self.text.push('\n');
        }
        self.line.clear();
    }

    /// Ends the current line and asks for a blank line before the next text.
    pub(crate) fn paragraph_break(&mut self) {
        self.line_break();
        self.pending_blank = true;
    }

    pub(crate) fn finish(mut self) -> String {
        self.line_break();
        let trimmed_len = self.text.trim_end().len();
        self.text.truncate(trimmed_len);
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_utf16_and_windows_1252() {
        assert_eq!(
            decode_text("\u{FEFF}Zoë".as_bytes()),
            ("Zoë".to_string(), TextEncoding::Utf8)
        );
        let utf16_le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("José".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(
            decode_text(&utf16_le),
            ("José".to_string(), TextEncoding::Utf16Le)
        );
        let utf16_be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Núñez".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode_text(&utf16_be).0, "Núñez");
        // "Café – €5" in Windows-1252.
        let cp1252 = b"Caf\xE9 \x96 \x805";
        assert_eq!(
            decode_text(cp1252),
            ("Café – €5".to_string(), TextEncoding::Windows1252)
        );
    }

    #[test]
    fn binary_text_is_recognized() {
        assert!(looks_binary("PK\u{3}\u{4}\0\0abc"));
        assert!(!looks_binary("Jane Doe\n\tEngineer\r\n"));
    }

    #[test]
    fn builder_collapses_whitespace_and_blank_lines() {
        let mut builder = TextBuilder::default();
        builder.push_inline("  Jane   Doe \n");
        builder.paragraph_break();
        builder.paragraph_break();
        builder.push_inline("Engineer");
        builder.push_tab();
        builder.push_inline("2019 – Present");
        builder.line_break();
        builder.push_preformatted("a\nb");
        assert_eq!(
            builder.finish(),
            "Jane Doe\n\nEngineer\t2019 – Present\na\nb"
        );
    }
}
