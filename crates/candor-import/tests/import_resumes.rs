//! Resume import on real files: DOCX written by LibreOffice from HTML, PDFs LibreOffice exported
//! from those DOCX files, a JSON Resume and UTF-8/UTF-16 text (see
//! `tests/fixtures/resumes/README.md`). Each must yield the names, titles, dates and skills in
//! reading order, and the resume parser must find the years and skills in that text.

use candor_core::domain::Date;
use candor_core::parse::resume::candidate_from_resume;
use candor_import::resume::{ImportedResume, ResumeFormat, ResumeImportError, import_resume};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../../tests/fixtures/resumes/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|error| panic!("reading {path}: {error}"))
}

fn import(name: &str) -> ImportedResume {
    import_resume(&fixture(name), Some(name), None)
        .unwrap_or_else(|error| panic!("{name}: {error}"))
}

/// Asserts `needles` occur in `text` in this order.
fn assert_in_order(name: &str, text: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        match text[from..].find(needle) {
            Some(idx) => from += idx + needle.len(),
            None => panic!("{name}: {needle:?} missing or out of order in:\n{text}"),
        }
    }
}

fn today() -> Date {
    Date::new(2026, 11, 25).unwrap()
}

/// José's resume in every format: the same entries, and the parser finds the same years.
const JOSE_IN_ORDER: &[&str] = &[
    "José Núñez",
    "Senior Backend Engineer",
    "Ferrocarril Pagos",
    "Jan 2021",
    "Present",
    "Rebuilt the settlement service in Rust",
    "Software Engineer",
    "Logística Ñandú",
    "Mar 2017",
    "Dec 2020",
    "Education",
    "Universidad Politécnica de Madrid",
    "Skills",
    "Rust",
    "Kubernetes",
];

fn check_jose(name: &str, format: ResumeFormat) {
    let resume = import(name);
    assert_eq!(resume.format, format, "{name}");
    assert_in_order(name, &resume.text, JOSE_IN_ORDER);
    let (candidate, _) = candidate_from_resume(&resume.text, today());
    // Mar 2017 – Dec 2020 is 46 months, Jan 2021 – Nov 2026 is 71: 117 months.
    assert_eq!(
        candidate.total_years,
        Some(117.0 / 12.0),
        "{name}:\n{}",
        resume.text
    );
    assert_eq!(
        candidate.current_title.as_deref(),
        Some("Senior Backend Engineer"),
        "{name}"
    );
    for skill in ["Rust", "Go", "PostgreSQL", "Kafka", "Kubernetes", "Docker"] {
        assert!(
            candidate.skills.iter().any(|found| found == skill),
            "{name}: skill {skill} not in {:?}",
            candidate.skills
        );
    }
}

#[test]
fn jose_reads_the_same_from_every_format() {
    check_jose("jose_nunez.txt", ResumeFormat::Text);
    check_jose("jose_nunez_utf16.txt", ResumeFormat::Text);
    check_jose("jose_nunez.resume.json", ResumeFormat::JsonResume);
    check_jose("jose_nunez.docx", ResumeFormat::Docx);
    check_jose("jose_nunez.pdf", ResumeFormat::Pdf);
}

#[test]
fn docx_and_pdf_keep_bullets_as_bullets() {
    for name in ["jose_nunez.docx", "jose_nunez.pdf"] {
        let text = import(name).text;
        assert!(
            text.contains("• Rebuilt the settlement service in Rust"),
            "{name}:\n{text}"
        );
    }
}

/// Zoë's resume is a two-column table: contact and skills on the left, experience on the
/// right. Each column must read top to bottom, not interleaved line by line.
#[test]
fn two_column_layouts_read_column_by_column() {
    for name in ["zoe_two_column.docx", "zoe_two_column.pdf"] {
        let resume = import(name);
        assert_in_order(
            name,
            &resume.text,
            &[
                "Zoë Brontë",
                "Data Scientist",
                "Lyon, France",
                "Skills",
                "Python, SQL, PyTorch, Spark",
                "Tableau",
                "French, English, Greek",
                "Summary",
                "Experience",
                "Lead Data Scientist | Maison Étoile | Sep 2022 – Present",
                "Led a team of four",
                "Data Analyst | Crème & Co | Jun 2018 – Aug 2022",
                "MSc Statistics",
            ],
        );
        let (candidate, _) = candidate_from_resume(&resume.text, today());
        // Jun 2018 – Aug 2022 (51 months) and Sep 2022 – Nov 2026 (51 months).
        assert_eq!(
            candidate.total_years,
            Some(102.0 / 12.0),
            "{name}:\n{}",
            resume.text
        );
        assert_eq!(
            candidate.current_title.as_deref(),
            Some("Lead Data Scientist")
        );
        assert!(
            candidate.skills.iter().any(|skill| skill == "PyTorch"),
            "{name}: {:?}",
            candidate.skills
        );
    }
}

#[test]
fn pdfs_without_text_or_with_a_password_say_so() {
    let blank = import_resume(&fixture("no_text_layer.pdf"), Some("scan.pdf"), None);
    assert_eq!(blank, Err(ResumeImportError::PdfNoTextLayer));
    assert_eq!(
        blank.unwrap_err().to_string(),
        "This PDF has no text layer (it may be a scanned image); paste the text instead."
    );
    let locked = import_resume(&fixture("jose_nunez_encrypted.pdf"), None, None);
    assert_eq!(locked, Err(ResumeImportError::PdfEncrypted));
}

/// Cut and garbled copies of every fixture give an error or some text, never a panic.
/// `CANDOR_GARBLE_ROUNDS` raises the number of garbled copies per file (60 by default) for a
/// longer fuzzing run.
#[test]
fn damaged_files_never_panic() {
    let rounds: usize = std::env::var("CANDOR_GARBLE_ROUNDS")
        .ok()
        .and_then(|rounds| rounds.parse().ok())
        .unwrap_or(60);
    let names = [
        "jose_nunez.pdf",
        "zoe_two_column.pdf",
        "jose_nunez.docx",
        "zoe_two_column.docx",
        "jose_nunez.resume.json",
        "jose_nunez_utf16.txt",
    ];
    for name in names {
        let bytes = fixture(name);
        let step = (bytes.len() / 97).max(1);
        for len in (0..bytes.len()).step_by(step) {
            let _ = import_resume(&bytes[..len], Some(name), None);
        }
        // A fixed xorshift, so failures reproduce.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for round in 0..rounds {
            let mut garbled = bytes.clone();
            // From one flipped byte, which gets deep into the parsers, to many.
            for _ in 0..=round % 40 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let idx = (state % garbled.len() as u64) as usize;
                garbled[idx] = (state >> 32) as u8;
            }
            let _ = import_resume(&garbled, Some(name), None);
        }
    }
}
