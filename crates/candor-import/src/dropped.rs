//! What a file dropped anywhere on the page is: a resume or a list of jobs, told from its name
//! and, for JSON (which can be either), from how it begins.

/// Which import a dropped file goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DroppedFile {
    Resume,
    Jobs,
}

/// The largest `.json` file read whole to tell a JSON Resume (a few kilobytes) from a list of
/// postings; larger ones are postings.
pub const MAX_JSON_RESUME_BYTES: usize = 1024 * 1024;

/// Whether `file_name` is a resume or jobs. Documents and plain text are resumes; tables, web
/// pages and JSON-LD are postings; JSON is a resume when it is one object with the JSON Resume
/// schema's top-level `basics`, and postings otherwise (`json`: the whole file, read only for
/// JSON of at most [`MAX_JSON_RESUME_BYTES`]; `None` leaves JSON to postings).
pub fn dropped_file_kind(file_name: &str, json: Option<&[u8]>) -> DroppedFile {
    if !is_json(file_name) {
        return match extension(file_name).as_str() {
            "csv" | "tsv" | "jsonld" | "jsonl" | "html" | "htm" => DroppedFile::Jobs,
            _ => DroppedFile::Resume,
        };
    }
    let bytes = json.unwrap_or_default();
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    match serde_json::from_slice::<serde_json::Value>(bytes) {
        Ok(serde_json::Value::Object(object)) if object.contains_key("basics") => {
            DroppedFile::Resume
        }
        _ => DroppedFile::Jobs,
    }
}

/// Whether `file_name` is JSON, whose content says which it is.
pub fn is_json(file_name: &str) -> bool {
    extension(file_name) == "json"
}

fn extension(file_name: &str) -> String {
    file_name
        .rsplit_once('.')
        .map(|(_, extension)| extension.to_ascii_lowercase())
        .unwrap_or_default()
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
        let level = br#"{ "jobs": [{ "title": "Nurse", "level": "basics" }] }"#;
        assert_eq!(
            dropped_file_kind("jobs.json", Some(level)),
            DroppedFile::Jobs
        );
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
