//! What a file dropped anywhere on the page is: a resume or a list of jobs, told from its name
//! and, for JSON (which can be either), from how it begins.

/// Which import a dropped file goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DroppedFile {
    Resume,
    Jobs,
}

/// How many bytes of a `.json` file [`dropped_file_kind`] needs to tell a JSON Resume from a
/// list of postings.
pub const JSON_HEAD_BYTES: usize = 64 * 1024;

/// Whether `file_name` is a resume or jobs. Documents and plain text are resumes; tables, web
/// pages and JSON-LD are postings; JSON is a resume when it is one object with the JSON
/// Resume schema's `basics`, and postings otherwise (`json_head`: its first
/// [`JSON_HEAD_BYTES`], read only for JSON; `None` leaves JSON to postings).
pub fn dropped_file_kind(file_name: &str, json_head: Option<&[u8]>) -> DroppedFile {
    let extension = file_name
        .rsplit_once('.')
        .map(|(_, extension)| extension.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "json" => {
            let head = json_head.map(String::from_utf8_lossy).unwrap_or_default();
            let one_object = head
                .trim_start_matches('\u{feff}')
                .trim_start()
                .starts_with('{');
            if one_object && head.contains("\"basics\"") {
                DroppedFile::Resume
            } else {
                DroppedFile::Jobs
            }
        }
        "csv" | "tsv" | "jsonld" | "jsonl" | "html" | "htm" => DroppedFile::Jobs,
        _ => DroppedFile::Resume,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_resumes_and_tables_are_jobs() {
        for name in [
            "cv.pdf",
            "CV.DOCX",
            "resume.txt",
            "notes.md",
            "no-extension",
        ] {
            assert_eq!(dropped_file_kind(name, None), DroppedFile::Resume, "{name}");
        }
        for name in ["jobs.csv", "jobs.TSV", "board.html", "posting.jsonld"] {
            assert_eq!(dropped_file_kind(name, None), DroppedFile::Jobs, "{name}");
        }
    }

    #[test]
    fn json_is_a_resume_only_with_basics() {
        let resume = br#"{ "basics": { "name": "Dana" }, "work": [] }"#;
        assert_eq!(
            dropped_file_kind("me.json", Some(resume)),
            DroppedFile::Resume
        );
        let bom = "\u{feff}{\"basics\":{}}".as_bytes();
        assert_eq!(dropped_file_kind("me.json", Some(bom)), DroppedFile::Resume);
        let jobs = br#"[{ "title": "Nurse", "description": "basics of care" }]"#;
        assert_eq!(
            dropped_file_kind("jobs.json", Some(jobs)),
            DroppedFile::Jobs
        );
        let wrapped = br#"{ "jobs": [{ "title": "Nurse" }] }"#;
        assert_eq!(
            dropped_file_kind("jobs.json", Some(wrapped)),
            DroppedFile::Jobs
        );
        assert_eq!(
            dropped_file_kind("x.json", Some(b"\xff\xfe")),
            DroppedFile::Jobs
        );
        assert_eq!(dropped_file_kind("x.json", None), DroppedFile::Jobs);
    }
}
