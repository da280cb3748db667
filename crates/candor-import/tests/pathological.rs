//! Inputs built to exhaust a reader: deeply nested PDF objects and a huge CSV field. Each ends
//! with its result or a clear error, never a crash (a stack overflow would abort the test
//! process).

use std::collections::HashMap;

use candor_core::domain::Date;
use candor_import::jobs::import_jobs;
use candor_import::resume::import_resume;

/// A PDF whose one object nests `depth` arrays (or dictionaries) inside each other.
fn nested_pdf(depth: usize, open: &str, close: &str) -> Vec<u8> {
    let body = format!("{}{}", open.repeat(depth), close.repeat(depth));
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let catalog_at = pdf.len();
    pdf.extend_from_slice(b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    let pages_at = pdf.len();
    pdf.extend_from_slice(
        format!("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 /Deep {body} >>\nendobj\n").as_bytes(),
    );
    let xref_at = pdf.len();
    pdf.extend_from_slice(
        format!(
            "xref\n0 3\n0000000000 65535 f \n{catalog_at:010} 00000 n \n{pages_at:010} 00000 n \n\
             trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n{xref_at}\n%%EOF\n"
        )
        .as_bytes(),
    );
    pdf
}

#[test]
fn deeply_nested_pdf_objects_are_refused_without_a_crash() {
    for (open, close) in [("[", "]"), ("<< /A ", " >>")] {
        for depth in [1_000, 100_000] {
            let pdf = nested_pdf(depth, open, close);
            let error = import_resume(&pdf, Some("deep.pdf"), None)
                .expect_err("a PDF with no pages has no text");
            assert!(
                error.to_string().contains("PDF"),
                "depth {depth} of {open}: {error}"
            );
        }
    }
}

#[test]
fn a_huge_csv_field_is_read_whole() {
    let field = "Rust ".repeat(400_000);
    let csv = format!("title,company,description\nEngineer,Acme,\"{field}\"\n");
    let today = Date::new(2026, 12, 7).unwrap();
    let result = import_jobs(csv.as_bytes(), Some("huge.csv"), &HashMap::new(), today);
    let batch = result.expect("a 2 MB field is within the import limit");
    assert_eq!(
        batch.report.summary(),
        "1 new, 0 updated, 0 duplicates, 0 failed"
    );
    assert_eq!(batch.jobs[0].job.description.len(), field.trim_end().len());
}

#[test]
fn deeply_nested_json_is_refused_with_a_clear_error() {
    let json = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let today = Date::new(2026, 12, 7).unwrap();
    let error = import_jobs(json.as_bytes(), Some("deep.json"), &HashMap::new(), today)
        .expect_err("no postings in nested arrays");
    assert!(error.to_string().contains("JSON"), "{error}");
}
