//! Resume files to plain text: TXT (UTF-8, UTF-16 with a byte-order mark, Windows-1252), PDF
//! with a text layer, DOCX and JSON Resume. The format is read from the bytes themselves; the
//! file name and MIME type only break ties and name formats we cannot read.
//!
//! The text then goes to [`candor_core::parse::resume::candidate_from_resume`], and the page shows
//! it for the person to correct before matching.

use thiserror::Error;

use super::docx::{DocxError, docx_text};
use super::json_resume::{JsonResume, is_json_resume, json_resume_text};
use super::markup::{html_to_text, looks_like_html};
use super::pdf::{PdfError, pdf_text};
use super::text::{decode_text, looks_binary};
use super::zip::ZipError;
use super::{MIB, megabytes};

/// Resume files larger than this are refused before any parsing; real resumes, even PDFs
/// with embedded fonts and a photo, are well under 2 MB.
pub const MAX_RESUME_BYTES: usize = 10 * MIB;

/// The format a resume file was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResumeFormat {
    Text,
    Pdf,
    Docx,
    JsonResume,
}

/// A resume's extracted text and the format it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedResume {
    pub text: String,
    pub format: ResumeFormat,
}

/// Why a resume file gave no text. Every message tells the person what to do next.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ResumeImportError {
    #[error(
        "This file is {size}; resumes over {limit} are not read. Save a smaller copy, or paste the text instead."
    )]
    TooLarge { size: String, limit: String },
    #[error("This file is empty.")]
    Empty,
    #[error("This PDF has no text layer (it may be a scanned image); paste the text instead.")]
    PdfNoTextLayer,
    #[error(
        "This PDF is password-protected. Save an unprotected copy (for example by printing it to PDF), or paste the text instead."
    )]
    PdfEncrypted,
    #[error(
        "This PDF could not be read; it may be damaged ({detail}). Try exporting it again, or paste the text instead."
    )]
    PdfCorrupt { detail: String },
    #[error(
        "This Word file is password-protected. Save an unprotected copy, or paste the text instead."
    )]
    DocxEncrypted,
    #[error(
        "This Word file could not be read: {reason}. Try saving it again as .docx, or paste the text instead."
    )]
    DocxCorrupt { reason: String },
    #[error("This Word file holds no text.")]
    DocxNoText,
    #[error("This JSON is not a JSON Resume (jsonresume.org): {detail}.")]
    JsonResume { detail: String },
    #[error(
        "{format} files cannot be read here. Save the resume as PDF, DOCX or plain text, or paste the text instead."
    )]
    Unsupported { format: &'static str },
}

/// Reads a resume file. `file_name` and `mime_type` are optional hints (as a browser's `File`
/// gives them); the bytes decide whenever they are recognizable.
pub fn import_resume(
    bytes: &[u8],
    file_name: Option<&str>,
    mime_type: Option<&str>,
) -> Result<ImportedResume, ResumeImportError> {
    if bytes.len() > MAX_RESUME_BYTES {
        return Err(ResumeImportError::TooLarge {
            size: megabytes(bytes.len()),
            limit: megabytes(MAX_RESUME_BYTES),
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ResumeImportError::Empty);
    }
    let extension = file_name
        .and_then(|name| name.rsplit_once('.'))
        .map(|(_, extension)| extension.to_ascii_lowercase())
        .unwrap_or_default();
    let mime_type = mime_type.unwrap_or_default().to_ascii_lowercase();
    // Word saves a password-protected .docx as an OLE compound file, the container of old .doc
    // files, holding the encrypted zip.
    if bytes.starts_with(OLE_COMPOUND_FILE) && extension == "docx" {
        return Err(ResumeImportError::DocxEncrypted);
    }
    if let Some(format) = unsupported_format(bytes, &extension, &mime_type) {
        return Err(ResumeImportError::Unsupported { format });
    }
    // PDF writers may put junk before the header; readers look in the first kilobyte.
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|window| window == b"%PDF-") {
        return read_pdf(bytes);
    }
    if extension == "pdf" || mime_type == "application/pdf" {
        return Err(ResumeImportError::PdfCorrupt {
            detail: "it does not start with a PDF header".to_string(),
        });
    }
    if bytes.starts_with(b"PK\x03\x04") || extension == "docx" {
        return read_docx(bytes);
    }
    read_text(bytes, &extension)
}

fn read_pdf(bytes: &[u8]) -> Result<ImportedResume, ResumeImportError> {
    let text = pdf_text(bytes).map_err(|error| match error {
        PdfError::Encrypted => ResumeImportError::PdfEncrypted,
        PdfError::NoTextLayer => ResumeImportError::PdfNoTextLayer,
        PdfError::Corrupt(detail) => ResumeImportError::PdfCorrupt { detail },
    })?;
    Ok(ImportedResume {
        text,
        format: ResumeFormat::Pdf,
    })
}

fn read_docx(bytes: &[u8]) -> Result<ImportedResume, ResumeImportError> {
    let text = docx_text(bytes).map_err(|error| match error {
        DocxError::Zip(ZipError::Encrypted) => ResumeImportError::DocxEncrypted,
        DocxError::Zip(zip_error) => ResumeImportError::DocxCorrupt {
            reason: zip_error.to_string(),
        },
        DocxError::NotWordDocument {
            is_open_document: true,
        } => ResumeImportError::Unsupported {
            format: "OpenDocument (.odt)",
        },
        DocxError::NotWordDocument {
            is_open_document: false,
        } => ResumeImportError::DocxCorrupt {
            reason: "it is a zip archive without a Word document inside".to_string(),
        },
    })?;
    if text.trim().is_empty() {
        return Err(ResumeImportError::DocxNoText);
    }
    Ok(ImportedResume {
        text,
        format: ResumeFormat::Docx,
    })
}

/// Plain text, or a JSON Resume when the text is JSON shaped like one.
fn read_text(bytes: &[u8], extension: &str) -> Result<ImportedResume, ResumeImportError> {
    let (text, _) = decode_text(bytes);
    if looks_binary(&text) {
        return Err(ResumeImportError::Unsupported {
            format: "Binary (not text)",
        });
    }
    let trimmed = text.trim_start();
    // A resume saved from a browser or a word processor as a web page.
    if trimmed.starts_with('<') && looks_like_html(trimmed) {
        return Ok(ImportedResume {
            text: html_to_text(trimmed),
            format: ResumeFormat::Text,
        });
    }
    let claims_json = extension == "json" || trimmed.starts_with('{');
    if !claims_json {
        return Ok(ImportedResume {
            text: normalize_newlines(&text),
            format: ResumeFormat::Text,
        });
    }
    let value: serde_json::Value = match serde_json::from_str(trimmed) {
        Ok(value) => value,
        // A text resume may start with "{"; only a .json file must be JSON.
        Err(error) if extension == "json" => {
            return Err(ResumeImportError::JsonResume {
                detail: format!("line {}, column {}: {error}", error.line(), error.column()),
            });
        }
        Err(_) => {
            return Ok(ImportedResume {
                text: normalize_newlines(&text),
                format: ResumeFormat::Text,
            });
        }
    };
    if !is_json_resume(&value) {
        return Err(ResumeImportError::JsonResume {
            detail: "it has neither a \"basics\" object nor a \"work\" list".to_string(),
        });
    }
    let resume: JsonResume =
        serde_json::from_value(value).map_err(|error| ResumeImportError::JsonResume {
            detail: error.to_string(),
        })?;
    Ok(ImportedResume {
        text: json_resume_text(&resume),
        format: ResumeFormat::JsonResume,
    })
}

/// `\r\n` and lone `\r` become `\n`.
fn normalize_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The signature of OLE compound files: Word 97-2003 documents and encrypted Office files.
const OLE_COMPOUND_FILE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Formats recognized only to name them in a refusal: legacy Word, RTF, OpenDocument, images.
fn unsupported_format(bytes: &[u8], extension: &str, mime_type: &str) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (OLE_COMPOUND_FILE, "Word 97-2003 (.doc)"),
        (b"{\\rtf", "Rich Text (.rtf)"),
        (b"\x89PNG", "Image (PNG)"),
        (b"\xFF\xD8\xFF", "Image (JPEG)"),
        (b"GIF8", "Image (GIF)"),
    ];
    if let Some((_, format)) = SIGNATURES
        .iter()
        .find(|(signature, _)| bytes.starts_with(signature))
    {
        return Some(format);
    }
    let by_name = match extension {
        "doc" => Some("Word 97-2003 (.doc)"),
        "rtf" => Some("Rich Text (.rtf)"),
        "odt" => Some("OpenDocument (.odt)"),
        "pages" => Some("Apple Pages"),
        _ => None,
    };
    by_name.or_else(|| mime_type.starts_with("image/").then_some("Image"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_in_any_common_encoding_reads() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(
                "José Núñez\r\nEngineer"
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes),
            )
            .collect();
        let resume = import_resume(&utf16, Some("cv.txt"), Some("text/plain")).unwrap();
        assert_eq!(resume.text, "José Núñez\nEngineer");
        assert_eq!(resume.format, ResumeFormat::Text);
        let latin1 = import_resume(b"Zo\xEB Bront\xEB", None, None).unwrap();
        assert_eq!(latin1.text, "Zoë Brontë");
    }

    #[test]
    fn refusals_say_what_to_do() {
        let oversize = vec![b'a'; MAX_RESUME_BYTES + 1];
        let error = import_resume(&oversize, None, None).unwrap_err();
        assert_eq!(
            error.to_string(),
            "This file is 10.0 MB; resumes over 10.0 MB are not read. Save a smaller copy, or paste the text instead."
        );
        assert_eq!(
            import_resume(b"  \n", None, None),
            Err(ResumeImportError::Empty)
        );
        assert_eq!(
            import_resume(
                b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest",
                Some("cv.doc"),
                None
            )
            .unwrap_err()
            .to_string(),
            "Word 97-2003 (.doc) files cannot be read here. Save the resume as PDF, DOCX or plain text, or paste the text instead."
        );
        assert!(matches!(
            import_resume(b"{\"name\": 1}", Some("cv.json"), None),
            Err(ResumeImportError::JsonResume { .. })
        ));
        assert!(matches!(
            import_resume(b"{\"basics\": ", Some("cv.json"), None),
            Err(ResumeImportError::JsonResume { .. })
        ));
        assert!(matches!(
            import_resume(b"PK\x03\x04garbage", Some("cv.docx"), None),
            Err(ResumeImportError::DocxCorrupt { .. })
        ));
    }

    #[test]
    fn html_resumes_become_text_and_fake_pdfs_are_refused() {
        let html = import_resume(
            b"<html><body><h1>Zo&euml;</h1><p>Engineer</p></body></html>",
            Some("cv.html"),
            None,
        )
        .unwrap();
        assert_eq!(html.text, "Zoë\n\nEngineer");
        assert!(matches!(
            import_resume(
                b"<html>Not found</html>",
                Some("cv.pdf"),
                Some("application/pdf")
            ),
            Err(ResumeImportError::PdfCorrupt { .. })
        ));
    }

    #[test]
    fn locked_and_bomb_docx_files_get_a_message() {
        let locked = [OLE_COMPOUND_FILE, b"encrypted package"].concat();
        assert_eq!(
            import_resume(&locked, Some("cv.docx"), None),
            Err(ResumeImportError::DocxEncrypted)
        );
        let spaces = vec![b' '; 2 * MIB];
        let bomb = super::super::zip::tests::build_zip(&[("word/document.xml", &spaces, true)]);
        let error = import_resume(&bomb, Some("cv.docx"), None).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("This Word file could not be read: word/document.xml is compressed"),
            "{error}"
        );
    }

    #[test]
    fn a_text_resume_may_start_with_a_brace() {
        let resume = import_resume(b"{Jane} Doe\nEngineer", None, None).unwrap();
        assert_eq!(resume.format, ResumeFormat::Text);
    }
}
