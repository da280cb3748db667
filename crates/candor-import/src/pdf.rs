//! PDF text through `lopdf`: each page's content stream is walked in order, every text-showing
//! operator becomes a positioned run, and runs are joined into lines by their baselines. Content
//! order is kept (not sorted by position), because word processors write each column of a
//! two-column layout in one piece, so sorting by height would interleave the columns.
//!
//! Why not `pdf-extract`: it reads these files in the same order, but it panicked on 8 of 20
//! randomly damaged copies of a LibreOffice resume, and in the browser a panic aborts the
//! worker; `lopdf` returned an error or text on all of them. Operators follow ISO 32000-1 §9.4
//! (text objects) and §8.4.4 (graphics state).

use std::collections::BTreeMap;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Encoding, LoadOptions, Object, ObjectId};

use super::text::TextBuilder;

/// Why a PDF gave no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PdfError {
    /// It opens only with a password.
    Encrypted,
    /// It could not be parsed; the detail is lopdf's description.
    Corrupt(String),
    /// It parsed but holds no text, as scanned pages do.
    NoTextLayer,
}

/// Resumes beyond this many pages are read only up to it, which bounds the work on hostile files.
const MAX_PAGES: usize = 50;
/// The most one page's content stream may inflate to.
const MAX_PAGE_CONTENT_BYTES: usize = 16 * super::MIB;
/// A glyph width for fonts that list none, in thousandths of the font size (about an average
/// Latin letter).
const DEFAULT_GLYPH_WIDTH: f32 = 500.0;

/// The text of a PDF, pages separated by blank lines.
pub(crate) fn pdf_text(bytes: &[u8]) -> Result<String, PdfError> {
    let document = Document::load_mem_with_options(bytes, LoadOptions::default()).map_err(
        |error| match error {
            lopdf::Error::Decryption(_) => PdfError::Encrypted,
            other => PdfError::Corrupt(other.to_string()),
        },
    )?;
    if document.is_encrypted() {
        return Err(PdfError::Encrypted);
    }
    let mut builder = TextBuilder::default();
    for (_, page_id) in document.get_pages().into_iter().take(MAX_PAGES) {
        // A damaged page loses its own text only.
        if let Some(runs) = page_runs(&document, page_id) {
            lay_out_runs(&runs, &mut builder);
        }
        builder.paragraph_break();
    }
    let text = builder.finish();
    if text.chars().filter(|c| c.is_alphanumeric()).count() < 3 {
        return Err(PdfError::NoTextLayer);
    }
    Ok(text)
}

/// A piece of text shown by one operator, in page space (points, y up).
#[derive(Debug, Clone, PartialEq)]
struct TextRun {
    text: String,
    x: f32,
    y: f32,
    end_x: f32,
    /// The rendered font size, for gap thresholds.
    size: f32,
    /// Whether a positioning operator came between the previous run and this one; without one
    /// the run continues where the previous one ended.
    moved: bool,
}

/// A 2D affine matrix `[a b c d e f]` in PDF's row-vector convention.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix([f32; 6]);

impl Matrix {
    const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    fn translation(tx: f32, ty: f32) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, tx, ty])
    }

    /// `self × other`: apply `self`, then `other`.
    fn then(self, other: Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [oa, ob, oc, od, oe, of] = other.0;
        Matrix([
            a * oa + b * oc,
            a * ob + b * od,
            c * oa + d * oc,
            c * ob + d * od,
            e * oa + f * oc + oe,
            e * ob + f * od + of,
        ])
    }

    fn vertical_scale(self) -> f32 {
        self.0[2].hypot(self.0[3])
    }
}

/// A font's decoder and glyph widths.
struct PageFont<'a> {
    encoding: Option<Encoding<'a>>,
    /// Two-byte codes (Type0 fonts with Identity-H, as LibreOffice and Word embed them).
    two_byte_codes: bool,
    widths: BTreeMap<u32, f32>,
    default_width: f32,
}

impl<'a> PageFont<'a> {
    fn new(document: &'a Document, font: &'a Dictionary) -> PageFont<'a> {
        let two_byte_codes = font.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type0");
        let mut widths = BTreeMap::new();
        let mut default_width = DEFAULT_GLYPH_WIDTH;
        if two_byte_codes {
            let descendant = font
                .get_deref(b"DescendantFonts", document)
                .and_then(Object::as_array)
                .ok()
                .and_then(|fonts| fonts.first())
                .and_then(|font| document.dereference(font).ok())
                .and_then(|(_, font)| font.as_dict().ok());
            if let Some(descendant) = descendant {
                if let Ok(width) = descendant.get(b"DW").and_then(Object::as_float) {
                    default_width = width;
                }
                if let Ok(array) = descendant
                    .get_deref(b"W", document)
                    .and_then(Object::as_array)
                {
                    read_cid_widths(document, array, &mut widths);
                }
            }
        } else {
            let first_char = font.get(b"FirstChar").and_then(Object::as_i64).unwrap_or(0);
            if let Ok(array) = font
                .get_deref(b"Widths", document)
                .and_then(Object::as_array)
            {
                for (offset, width) in array.iter().enumerate() {
                    let code = u32::try_from(first_char.saturating_add(offset as i64));
                    let width = document
                        .dereference(width)
                        .ok()
                        .and_then(|(_, w)| w.as_float().ok());
                    if let (Ok(code), Some(width)) = (code, width) {
                        widths.insert(code, width);
                    }
                }
            }
        }
        PageFont {
            encoding: font.get_font_encoding(document).ok(),
            two_byte_codes,
            widths,
            default_width,
        }
    }

    /// The advance of `bytes` in thousandths of the font size.
    fn advance(&self, bytes: &[u8]) -> f32 {
        let width = |code: u32| {
            self.widths
                .get(&code)
                .copied()
                .unwrap_or(self.default_width)
        };
        if self.two_byte_codes {
            bytes
                .chunks(2)
                .map(|pair| {
                    width(
                        pair.iter()
                            .fold(0, |code, &byte| code << 8 | u32::from(byte)),
                    )
                })
                .sum()
        } else {
            bytes.iter().map(|&byte| width(u32::from(byte))).sum()
        }
    }

    fn decode(&self, bytes: &[u8], out: &mut String) {
        if let Some(encoding) = &self.encoding {
            // Undecodable bytes lose their characters only.
            let _ = encoding.write_to_string(bytes, out);
        }
    }
}

/// The CID font `W` array: `c [w1 w2 ...]` gives widths from code `c`, `c1 c2 w` one width for
/// a code range (ISO 32000-1 §9.7.4.3). Ranges are capped so a hostile array stays small.
fn read_cid_widths(document: &Document, array: &[Object], widths: &mut BTreeMap<u32, f32>) {
    const MAX_RANGE: i64 = 65_536;
    let number = |object: &Object| {
        document
            .dereference(object)
            .ok()
            .and_then(|(_, object)| object.as_float().ok())
    };
    let mut idx = 0;
    while idx + 1 < array.len() {
        let Some(first) = number(&array[idx]).map(|first| first as i64) else {
            return;
        };
        if let Ok(list) = document
            .dereference(&array[idx + 1])
            .and_then(|(_, object)| object.as_array())
        {
            for (offset, width) in list.iter().enumerate().take(MAX_RANGE as usize) {
                if let (Ok(code), Some(width)) = (
                    u32::try_from(first.saturating_add(offset as i64)),
                    number(width),
                ) {
                    widths.insert(code, width);
                }
            }
            idx += 2;
        } else {
            let (Some(last), Some(width)) = (
                array.get(idx + 1).and_then(number),
                array.get(idx + 2).and_then(number),
            ) else {
                return;
            };
            for code in first..=(last as i64).min(first.saturating_add(MAX_RANGE)) {
                if let Ok(code) = u32::try_from(code) {
                    widths.insert(code, width);
                }
            }
            idx += 3;
        }
    }
}

/// The text state of ISO 32000-1 §9.3 that positions and sizes runs.
struct TextState<'a> {
    fonts: BTreeMap<Vec<u8>, PageFont<'a>>,
    font: Option<Vec<u8>>,
    font_size: f32,
    leading: f32,
    char_spacing: f32,
    word_spacing: f32,
    horizontal_scaling: f32,
    text_matrix: Matrix,
    line_matrix: Matrix,
    ctm: Matrix,
    ctm_stack: Vec<Matrix>,
    moved: bool,
}

/// The runs of one page, or `None` when its content cannot be read.
fn page_runs(document: &Document, page_id: ObjectId) -> Option<Vec<TextRun>> {
    let content_bytes = document
        .get_page_content_with_limit(page_id, MAX_PAGE_CONTENT_BYTES)
        .ok()?;
    let content = Content::decode(&content_bytes).ok()?;
    let fonts = document
        .get_page_fonts(page_id)
        .ok()?
        .into_iter()
        .map(|(name, font)| (name, PageFont::new(document, font)))
        .collect();
    let mut state = TextState {
        fonts,
        font: None,
        font_size: 0.0,
        leading: 0.0,
        char_spacing: 0.0,
        word_spacing: 0.0,
        horizontal_scaling: 1.0,
        text_matrix: Matrix::IDENTITY,
        line_matrix: Matrix::IDENTITY,
        ctm: Matrix::IDENTITY,
        ctm_stack: Vec::new(),
        moved: true,
    };
    let mut runs = Vec::new();
    for operation in &content.operations {
        let numbers: Vec<f32> = operation
            .operands
            .iter()
            .filter_map(|operand| operand.as_float().ok())
            .collect();
        match (operation.operator.as_str(), numbers.as_slice()) {
            // Bounded so a hostile stream of `q`s cannot grow memory without limit.
            ("q", _) if state.ctm_stack.len() < 1024 => state.ctm_stack.push(state.ctm),
            ("Q", _) => state.ctm = state.ctm_stack.pop().unwrap_or(Matrix::IDENTITY),
            ("cm", &[a, b, c, d, e, f]) => state.ctm = Matrix([a, b, c, d, e, f]).then(state.ctm),
            ("BT", _) => {
                state.text_matrix = Matrix::IDENTITY;
                state.line_matrix = Matrix::IDENTITY;
                state.moved = true;
            }
            ("Tf", _) => {
                state.font = operation
                    .operands
                    .first()
                    .and_then(|name| name.as_name().ok())
                    .map(<[u8]>::to_vec);
                state.font_size = numbers.first().copied().unwrap_or(0.0);
            }
            ("Tc", &[spacing]) => state.char_spacing = spacing,
            ("Tw", &[spacing]) => state.word_spacing = spacing,
            ("Tz", &[scale]) => state.horizontal_scaling = scale / 100.0,
            ("TL", &[leading]) => state.leading = leading,
            ("Td", &[tx, ty]) => state.move_line(tx, ty),
            ("TD", &[tx, ty]) => {
                state.leading = -ty;
                state.move_line(tx, ty);
            }
            ("Tm", &[a, b, c, d, e, f]) => {
                state.line_matrix = Matrix([a, b, c, d, e, f]);
                state.text_matrix = state.line_matrix;
                state.moved = true;
            }
            ("T*", _) => state.move_line(0.0, -state.leading),
            ("Tj", _) | ("TJ", _) => state.show(&operation.operands, &mut runs),
            ("'", _) => {
                state.move_line(0.0, -state.leading);
                state.show(&operation.operands, &mut runs);
            }
            ("\"", _) => {
                if let [word_spacing, char_spacing, ..] = numbers.as_slice() {
                    state.word_spacing = *word_spacing;
                    state.char_spacing = *char_spacing;
                }
                state.move_line(0.0, -state.leading);
                state.show(operation.operands.get(2..).unwrap_or(&[]), &mut runs);
            }
            _ => {}
        }
    }
    Some(runs)
}

impl TextState<'_> {
    fn move_line(&mut self, tx: f32, ty: f32) {
        self.line_matrix = Matrix::translation(tx, ty).then(self.line_matrix);
        self.text_matrix = self.line_matrix;
        self.moved = true;
    }

    /// Shows the strings in `operands` (`Tj`'s one string or `TJ`'s array of strings and
    /// kerning numbers) as one run.
    fn show(&mut self, operands: &[Object], runs: &mut Vec<TextRun>) {
        let Some(font) = self.font.as_ref().and_then(|name| self.fonts.get(name)) else {
            return;
        };
        let start = self.text_matrix.then(self.ctm);
        let mut text = String::new();
        let mut advance = 0.0;
        let mut pieces: Vec<&Object> = Vec::new();
        for operand in operands {
            match operand {
                Object::Array(items) => pieces.extend(items),
                other => pieces.push(other),
            }
        }
        for piece in pieces {
            match piece {
                Object::String(bytes, _) => {
                    font.decode(bytes, &mut text);
                    let n_spaces = bytes.iter().filter(|&&byte| byte == b' ').count() as f32;
                    advance += (font.advance(bytes) / 1000.0 * self.font_size
                        + self.char_spacing * bytes.len() as f32
                        + self.word_spacing * n_spaces)
                        * self.horizontal_scaling;
                }
                Object::Integer(_) | Object::Real(_) => {
                    let kerning = piece.as_float().unwrap_or(0.0);
                    // A large negative adjustment is how some writers make a word gap.
                    if kerning < -250.0 && !text.ends_with(' ') {
                        text.push(' ');
                    }
                    advance -= kerning / 1000.0 * self.font_size * self.horizontal_scaling;
                }
                _ => {}
            }
        }
        if !advance.is_finite() {
            advance = 0.0;
        }
        self.text_matrix = Matrix::translation(advance, 0.0).then(self.text_matrix);
        let end = self.text_matrix.then(self.ctm);
        let size = (self.font_size * start.vertical_scale()).abs();
        let run = TextRun {
            text: clean_run_text(&text),
            x: start.0[4],
            y: start.0[5],
            end_x: end.0[4],
            size: if size.is_finite() && size > 0.0 {
                size
            } else {
                1.0
            },
            moved: self.moved,
        };
        self.moved = false;
        if !run.text.is_empty() {
            runs.push(run);
        }
    }
}

/// Private-use characters are symbol-font bullets (Word's and LibreOffice's U+F0B7); control
/// characters carry no text.
fn clean_run_text(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\u{E000}'..='\u{F8FF}' => Some('•'),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Joins runs into lines: a run on the same baseline continues the line, with a space when
/// there is a gap and a tab when the gap is wide (tab-aligned dates); a new baseline starts a
/// line, and a jump of more than 1.5 line heights or back up the page starts a paragraph.
fn lay_out_runs(runs: &[TextRun], builder: &mut TextBuilder) {
    let mut previous: Option<&TextRun> = None;
    for run in runs {
        if let Some(previous) = previous.filter(|_| run.moved) {
            let line_height = previous.size.max(run.size);
            let drop = previous.y - run.y;
            let same_line = drop.abs() < 0.5 * line_height && run.x >= previous.x;
            if same_line {
                let gap = run.x - previous.end_x;
                if gap > 2.0 * line_height {
                    builder.push_tab();
                } else if gap > 0.15 * run.size {
                    builder.push_inline(" ");
                }
            } else if drop > 1.5 * line_height || drop < 0.0 {
                builder.paragraph_break();
            } else {
                builder.line_break();
            }
        }
        builder.push_inline(&run.text);
        previous = Some(run);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, x: f32, y: f32, end_x: f32) -> TextRun {
        TextRun {
            text: text.to_string(),
            x,
            y,
            end_x,
            size: 12.0,
            moved: true,
        }
    }

    #[test]
    fn runs_join_into_lines_by_baseline() {
        let runs = [
            run("Senior Engineer", 56.8, 700.0, 187.5),
            run(", Acme — 2019 – Present", 187.5, 700.0, 400.0),
            run("•", 78.0, 686.0, 82.0),
            run("Shipped Rust", 92.0, 686.0, 160.0),
            run("2021", 400.0, 686.0, 430.0),
            run("Skills", 56.8, 640.0, 90.0),
            run("Right column", 300.0, 780.0, 380.0),
        ];
        let mut builder = TextBuilder::default();
        lay_out_runs(&runs, &mut builder);
        assert_eq!(
            builder.finish(),
            "Senior Engineer, Acme — 2019 – Present\n• Shipped Rust\t2021\n\nSkills\n\nRight column"
        );
    }

    #[test]
    fn matrices_compose_in_pdf_order() {
        let scale = Matrix([2.0, 0.0, 0.0, 2.0, 0.0, 0.0]);
        let moved = Matrix::translation(10.0, 20.0).then(scale);
        assert_eq!(moved.0, [2.0, 0.0, 0.0, 2.0, 20.0, 40.0]);
        assert_eq!(moved.vertical_scale(), 2.0);
    }

    #[test]
    fn garbage_is_an_error() {
        assert!(matches!(pdf_text(b""), Err(PdfError::Corrupt(_))));
        assert!(matches!(
            pdf_text(b"%PDF-1.7\n garbage"),
            Err(PdfError::Corrupt(_))
        ));
    }
}
