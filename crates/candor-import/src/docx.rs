//! DOCX text: the paragraphs of `word/document.xml` in order, with tabs, line breaks, list
//! bullets and tables. A table row whose cells each hold one line becomes one line with cells
//! separated by " | " (a "Title | Company | Dates" row reads like the resume parser expects);
//! otherwise each cell's paragraphs follow one another, so a two-column layout reads column by
//! column.
//!
//! Element names follow ECMA-376 Part 1, §17 (WordprocessingML): `w:p` paragraph, `w:t` text,
//! `w:tab`, `w:br`/`w:cr` breaks, `w:numPr` list numbering, `w:tbl`/`w:tr`/`w:tc` tables.

use super::markup::{MarkupEvent, MarkupScanner, decode_entities};
use super::text::TextBuilder;
use super::zip::{ZipArchive, ZipError};

/// The most `word/document.xml` may unpack to: resumes are well under 1 MB of XML.
pub(crate) const MAX_DOCUMENT_XML_BYTES: usize = 20 * super::MIB;

/// Why a DOCX file gave no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DocxError {
    Zip(ZipError),
    /// A zip without `word/document.xml`: another Office format or not a document at all.
    NotWordDocument {
        is_open_document: bool,
    },
}

/// The text of a DOCX file.
pub(crate) fn docx_text(bytes: &[u8]) -> Result<String, DocxError> {
    let archive = ZipArchive::new(bytes).map_err(DocxError::Zip)?;
    let Some(entry) = archive.entry("word/document.xml") else {
        return Err(DocxError::NotWordDocument {
            is_open_document: archive.entry("content.xml").is_some(),
        });
    };
    let xml = archive
        .read(entry, MAX_DOCUMENT_XML_BYTES)
        .map_err(DocxError::Zip)?;
    Ok(document_xml_text(&String::from_utf8_lossy(&xml)))
}

/// One table being read: rows of cells, each cell a list of lines.
#[derive(Debug, Default)]
struct Table {
    rows: Vec<Vec<Vec<String>>>,
}

impl Table {
    fn current_cell(&mut self) -> Option<&mut Vec<String>> {
        self.rows.last_mut()?.last_mut()
    }

    /// The table as lines: single-line rows joined with " | ", others cell after cell.
    fn into_lines(self) -> Vec<String> {
        let mut lines = Vec::new();
        for row in self.rows {
            let cells: Vec<Vec<String>> = row
                .into_iter()
                .filter(|cell| cell.iter().any(|line| !line.trim().is_empty()))
                .collect();
            if cells.iter().all(|cell| cell.len() == 1) {
                if !cells.is_empty() {
                    let joined: Vec<&str> = cells.iter().map(|cell| cell[0].trim()).collect();
                    lines.push(joined.join(" | "));
                }
            } else {
                for cell in cells {
                    lines.extend(cell);
                    lines.push(String::new());
                }
            }
        }
        lines
    }
}

/// Reads paragraphs and tables out of WordprocessingML.
#[derive(Default)]
struct DocumentReader {
    builder: TextBuilder,
    /// Open tables, innermost last.
    tables: Vec<Table>,
    paragraph: String,
    paragraph_is_list_item: bool,
    in_text_run: bool,
    /// Depth inside `mc:Fallback`, which repeats the text of the `mc:Choice` before it.
    fallback_depth: usize,
}

impl DocumentReader {
    fn start(&mut self, name: &str, self_closing: bool) {
        if name == "mc:Fallback" && !self_closing {
            self.fallback_depth += 1;
        }
        if self.fallback_depth > 0 {
            return;
        }
        match name {
            "w:t" => self.in_text_run = !self_closing,
            "w:tab" | "w:ptab" => self.paragraph.push('\t'),
            "w:br" | "w:cr" => self.paragraph.push('\n'),
            "w:noBreakHyphen" => self.paragraph.push('-'),
            "w:numPr" => self.paragraph_is_list_item = true,
            "w:tbl" => self.tables.push(Table::default()),
            "w:tr" => {
                if let Some(table) = self.tables.last_mut() {
                    table.rows.push(Vec::new());
                }
            }
            "w:tc" => {
                if let Some(row) = self
                    .tables
                    .last_mut()
                    .and_then(|table| table.rows.last_mut())
                {
                    row.push(Vec::new());
                }
            }
            "w:p" if self_closing => self.end_paragraph(),
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        if name == "mc:Fallback" {
            self.fallback_depth = self.fallback_depth.saturating_sub(1);
            return;
        }
        if self.fallback_depth > 0 {
            return;
        }
        match name {
            "w:t" => self.in_text_run = false,
            "w:p" => self.end_paragraph(),
            "w:tbl" => {
                let Some(table) = self.tables.pop() else {
                    return;
                };
                let lines = table.into_lines();
                self.push_lines(lines);
            }
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if self.in_text_run && self.fallback_depth == 0 {
            self.paragraph.push_str(&decode_entities(text));
        }
    }

    fn end_paragraph(&mut self) {
        let mut paragraph = std::mem::take(&mut self.paragraph);
        if self.paragraph_is_list_item && !paragraph.trim().is_empty() {
            // Word processors indent list text with tabs after the number; the bullet replaces
            // them.
            paragraph = format!("• {}", paragraph.trim_start());
        }
        self.paragraph_is_list_item = false;
        let lines: Vec<String> = paragraph.split('\n').map(str::to_string).collect();
        self.push_lines(lines);
    }

    /// Sends lines to the innermost open table cell, or to the output.
    fn push_lines(&mut self, lines: Vec<String>) {
        if let Some(table) = self.tables.last_mut() {
            if let Some(cell) = table.current_cell() {
                cell.extend(lines);
            }
            return;
        }
        for line in lines {
            if line.trim().is_empty() {
                self.builder.paragraph_break();
            } else {
                self.builder.push_preformatted(&line);
                self.builder.line_break();
            }
        }
    }
}

/// The text of a `word/document.xml`.
fn document_xml_text(xml: &str) -> String {
    let mut reader = DocumentReader::default();
    for event in MarkupScanner::new(xml) {
        match event {
            MarkupEvent::Start {
                name, self_closing, ..
            } => reader.start(name, self_closing),
            MarkupEvent::End { name } => reader.end(name),
            MarkupEvent::Text(text) => reader.text(text),
            MarkupEvent::Cdata(text) => {
                if reader.in_text_run {
                    reader.paragraph.push_str(text);
                }
            }
        }
    }
    // Close tables a truncated document left open, so their text is not lost.
    while !reader.tables.is_empty() {
        reader.end("w:tbl");
    }
    reader.end_paragraph();
    reader.builder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph(text: &str) -> String {
        format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
    }

    #[test]
    fn paragraphs_breaks_tabs_and_lists() {
        let xml = format!(
            "<w:document><w:body>{}<w:p><w:r><w:t>Engineer</w:t><w:tab/><w:t>2019 &#8211; Present</w:t><w:br/><w:t>Acme</w:t></w:r></w:p>\
             <w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>Shipped Rust</w:t></w:r></w:p>\
             <w:p><w:r><w:delText>deleted</w:delText><w:instrText>PAGE</w:instrText></w:r></w:p></w:body></w:document>",
            paragraph("Zoë &amp; José")
        );
        assert_eq!(
            document_xml_text(&xml),
            "Zoë & José\nEngineer\t2019 – Present\nAcme\n• Shipped Rust"
        );
    }

    #[test]
    fn tables_read_row_lines_and_columns() {
        let cell = |body: &str| format!("<w:tc>{body}</w:tc>");
        let xml = format!(
            "<w:tbl><w:tr>{}{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>{}",
            cell(&paragraph("Data Analyst")),
            cell(&paragraph("Crème &amp; Co")),
            cell(&paragraph("2018 – 2022")),
            cell(&format!("{}{}", paragraph("Zoë"), paragraph("Skills"))),
            cell(&format!("{}{}", paragraph("Experience"), paragraph("Lead"))),
            paragraph("after"),
        );
        assert_eq!(
            document_xml_text(&xml),
            "Data Analyst | Crème & Co | 2018 – 2022\nZoë\nSkills\n\nExperience\nLead\n\nafter"
        );
    }

    #[test]
    fn fallback_text_is_not_repeated() {
        let xml = format!(
            "<mc:AlternateContent><mc:Choice>{}</mc:Choice><mc:Fallback>{}</mc:Fallback></mc:AlternateContent>",
            paragraph("Text box"),
            paragraph("Text box"),
        );
        assert_eq!(document_xml_text(&xml), "Text box");
    }

    #[test]
    fn non_word_zips_and_garbage_are_errors() {
        let odt = super::super::zip::tests::build_zip(&[("content.xml", b"<x/>", true)]);
        assert_eq!(
            docx_text(&odt),
            Err(DocxError::NotWordDocument {
                is_open_document: true
            })
        );
        assert_eq!(
            docx_text(b"not a zip"),
            Err(DocxError::Zip(ZipError::NotZip))
        );
    }
}
