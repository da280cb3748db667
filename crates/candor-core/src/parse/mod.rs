//! Parsers that turn the free text of postings and resumes into the structured fields of
//! [`crate::domain`]: pay, experience, work mode, locations, posting dates and resume sections.
//!
//! Parsers never fail and never read a clock: each returns what it could read (`None` when the
//! text holds nothing usable), the resume parser adds warnings, and anything relative ("3 days
//! ago", "Present") is resolved against a `today` the caller passes in.

pub mod date;
pub mod experience;
pub mod location;
pub mod resume;
pub mod salary;
pub mod stance;
pub(crate) mod text;
pub mod work_family;
pub mod work_mode;
