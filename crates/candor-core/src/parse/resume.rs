//! Plain-text resumes: split into sections (Summary, Experience, Education, Skills, ...), read
//! each job's title, organization and dates ("Jan 2019 – Present", "2016-2019",
//! "03/2018 - 06/2020"), and add up the years worked with overlapping jobs counted once.
//!
//! Parsing never fails: it returns a [`ResumeDocument`] with whatever it could read plus
//! [`ResumeWarning`]s for what it could not.
//!
//! Conventions for dates: a range with months counts both end months ("Jan 2019 – Dec 2019" is
//! 12 months); a range of bare years counts the difference ("2016-2019" is 36 months), since
//! reading each as January to December would add a year per job; a bare-year range within one
//! year ("2019 - 2019") counts 6 months. "Present" ends in `today`'s month, inclusive. Ranges
//! ending after `today` stop at `today`.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::experience::seniority_from_title;
use super::stance::read_resume_stance;
use super::text::{Token, TokenKind, adjacent, month_number, text_tokens};
use crate::domain::{Candidate, Date, Seniority};

/// What a resume section is about, from its heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// Everything before the first heading: name and contact details, usually.
    Header,
    Summary,
    Experience,
    Education,
    Skills,
    Certifications,
    Projects,
    Publications,
    Awards,
    Languages,
    Volunteering,
    Interests,
    References,
    /// A heading the table does not know, written in capitals ("LEADERSHIP").
    Other,
}

/// One section of a resume: its heading and the lines under it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub kind: SectionKind,
    /// The heading as written, without decoration; empty for the header.
    pub heading: String,
    /// The section's lines, joined with `\n`; for "Skills: Rust, Go" the text after the colon.
    pub body: String,
    /// The 1-based line number of the heading (of the first line for the header).
    pub line: usize,
}

/// A month, or a year when the resume gives no month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct YearMonth {
    pub year: i32,
    /// 1 for January; `None` when only the year is written.
    pub month: Option<u32>,
}

/// One job read from an experience section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExperienceEntry {
    /// The job title, or empty when no line near the dates looked like one.
    pub title: String,
    /// The employer, or empty when none was found.
    pub organization: String,
    pub start: YearMonth,
    /// `None` for "Present", "Current", "Now".
    pub end: Option<YearMonth>,
    /// The months this job alone spans, by the module's date conventions.
    pub months: u32,
    /// The 1-based line number of the date range.
    pub line: usize,
}

/// A parsed resume.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResumeDocument {
    /// Sections in document order; the header first when there is text before any heading.
    pub sections: Vec<Section>,
    /// Jobs in document order.
    pub experience: Vec<ExperienceEntry>,
    /// Months worked, with overlapping jobs counted once.
    pub total_months: u32,
    /// Skills listed in skills sections, de-duplicated ignoring case, in order.
    pub skills: Vec<String>,
    /// The title of the current job (ending "Present"), else of the job that ended last.
    pub current_title: Option<String>,
    /// The seniority the current title names.
    pub seniority: Option<Seniority>,
}

impl ResumeDocument {
    /// Years worked, `total_months / 12`.
    pub fn total_years(&self) -> f32 {
        self.total_months as f32 / 12.0
    }

    /// The sections of one kind, in order.
    pub fn sections_of(&self, kind: SectionKind) -> impl Iterator<Item = &Section> {
        self.sections
            .iter()
            .filter(move |section| section.kind == kind)
    }
}

/// Something the parser could not read; the document is still usable without it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[non_exhaustive]
pub enum ResumeWarning {
    /// No line looked like a section heading; the whole text is the header.
    NoSections,
    /// No Experience (or Work History, Employment, ...) heading; dates were looked for in the
    /// header and unknown sections instead.
    NoExperienceSection,
    /// No date range was found for any job, so the total years are unknown.
    NoDatedExperience,
    /// A line in an experience section has a year but no range ("2019", "Jan 2019").
    DateWithoutRange { line: usize, text: String },
    /// A range ends before it starts.
    EndsBeforeStart { line: usize, text: String },
    /// A range starts after `today`.
    StartsInFuture { line: usize, text: String },
}

impl fmt::Display for ResumeWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResumeWarning::NoSections => write!(f, "no section headings found"),
            ResumeWarning::NoExperienceSection => write!(f, "no experience section found"),
            ResumeWarning::NoDatedExperience => {
                write!(f, "no date ranges found for any job; total years unknown")
            }
            ResumeWarning::DateWithoutRange { line, text } => {
                write!(f, "line {line}: a date but no range in {text:?}")
            }
            ResumeWarning::EndsBeforeStart { line, text } => {
                write!(
                    f,
                    "line {line}: the range ends before it starts in {text:?}"
                )
            }
            ResumeWarning::StartsInFuture { line, text } => {
                write!(f, "line {line}: the range starts in the future in {text:?}")
            }
        }
    }
}

/// Parses a plain-text resume, resolving "Present" against `today`.
pub fn parse_resume(text: &str, today: Date) -> (ResumeDocument, Vec<ResumeWarning>) {
    let mut warnings = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let sections = split_sections(&lines);
    let has_headings = sections
        .iter()
        .any(|section| section.kind != SectionKind::Header);
    if !has_headings && !text.trim().is_empty() {
        warnings.push(ResumeWarning::NoSections);
    }

    let has_experience = sections
        .iter()
        .any(|section| section.kind == SectionKind::Experience);
    if has_headings && !has_experience {
        warnings.push(ResumeWarning::NoExperienceSection);
    }
    // A resume told as prose ("At Lakeshore Freight (2021 – present) I plan …") has its jobs
    // under a summary or no heading at all.
    let dated_kinds: &[SectionKind] = if has_experience {
        &[SectionKind::Experience]
    } else {
        &[
            SectionKind::Header,
            SectionKind::Summary,
            SectionKind::Other,
        ]
    };
    let mut experience = Vec::new();
    for section in sections
        .iter()
        .filter(|section| dated_kinds.contains(&section.kind))
    {
        read_entries(&lines, section, today, &mut experience, &mut warnings);
    }
    if experience.is_empty() && has_experience {
        warnings.push(ResumeWarning::NoDatedExperience);
    }

    let total_months = merged_months(&experience, today);
    let current_title = current_entry(&experience)
        .map(|entry| entry.title.clone())
        .filter(|title| !title.is_empty());
    let seniority = current_title.as_deref().and_then(seniority_from_title);
    let skills = sections
        .iter()
        .filter(|section| section.kind == SectionKind::Skills)
        .flat_map(|section| skill_items(&section.body))
        .fold(Vec::<String>::new(), |mut skills, skill| {
            if !skills
                .iter()
                .any(|known| known.eq_ignore_ascii_case(&skill))
            {
                skills.push(skill);
            }
            skills
        });
    let document = ResumeDocument {
        sections: sections
            .into_iter()
            .map(|section| section.section)
            .collect(),
        experience,
        total_months,
        skills,
        current_title,
        seniority,
    };
    (document, warnings)
}

/// A [`Candidate`] from a resume alone: its text, skills, total years and current title, and
/// what the text says of the person's place, work mode, relocation, pay floor and right to work
/// ([`read_resume_stance`]). What it does not say stays at the defaults for the person to fill in.
pub fn candidate_from_resume(text: &str, today: Date) -> (Candidate, Vec<ResumeWarning>) {
    let (document, warnings) = parse_resume(text, today);
    let total_years = (!document.experience.is_empty()).then(|| document.total_years());
    let stance = read_resume_stance(text);
    let candidate = Candidate {
        resume_text: text.to_string(),
        skills: document.skills,
        total_years,
        current_title: document.current_title,
        expected_salary: stance.expected_salary,
        location: stance.location,
        remote_preference: stance.remote_preference,
        relocation: stance.relocation,
        work_authorization: stance.work_authorization,
        needs_sponsorship: stance.needs_sponsorship,
        permanent_only: stance.permanent_only,
        ..Candidate::default()
    };
    (candidate, warnings)
}

/// A section and the 0-based indexes of its body lines.
struct SectionLines {
    section: Section,
    body_lines: std::ops::Range<usize>,
}

impl std::ops::Deref for SectionLines {
    type Target = Section;
    fn deref(&self) -> &Section {
        &self.section
    }
}

/// A heading found while splitting, waiting for its body to end.
struct OpenSection {
    kind: SectionKind,
    heading: String,
    heading_idx: usize,
    /// The text after "Skills:" on the heading line itself.
    inline: Option<String>,
}

fn split_sections(lines: &[&str]) -> Vec<SectionLines> {
    let mut sections: Vec<SectionLines> = Vec::new();
    let mut open: Option<OpenSection> = None;
    let mut body_start = 0;
    for (idx, line) in lines.iter().enumerate() {
        let current = open.as_ref().map_or(SectionKind::Header, |open| open.kind);
        let Some((kind, heading, inline)) = heading_of(line, current) else {
            continue;
        };
        close_section(lines, &mut sections, open.take(), body_start..idx);
        open = Some(OpenSection {
            kind,
            heading,
            heading_idx: idx,
            inline,
        });
        body_start = idx + 1;
    }
    close_section(lines, &mut sections, open, body_start..lines.len());
    sections
}

/// Pushes the section `open` with body lines `body`; without `open`, the header, unless it is
/// blank.
fn close_section(
    lines: &[&str],
    sections: &mut Vec<SectionLines>,
    open: Option<OpenSection>,
    body: std::ops::Range<usize>,
) {
    let open = match open {
        Some(open) => open,
        None => {
            let Some(first_text) = lines[body.clone()]
                .iter()
                .position(|line| !line.trim().is_empty())
            else {
                return;
            };
            OpenSection {
                kind: SectionKind::Header,
                heading: String::new(),
                heading_idx: body.start + first_text,
                inline: None,
            }
        }
    };
    let body_text: Vec<&str> = open
        .inline
        .as_deref()
        .into_iter()
        .chain(lines[body.clone()].iter().copied())
        .collect();
    sections.push(SectionLines {
        section: Section {
            kind: open.kind,
            heading: open.heading,
            body: body_text.join("\n").trim_matches('\n').to_string(),
            line: open.heading_idx + 1,
        },
        body_lines: body,
    });
}

/// Lowercase heading → kind.
const HEADINGS: &[(&str, SectionKind)] = &[
    ("summary", SectionKind::Summary),
    ("professional summary", SectionKind::Summary),
    ("career summary", SectionKind::Summary),
    ("executive summary", SectionKind::Summary),
    ("profile", SectionKind::Summary),
    ("professional profile", SectionKind::Summary),
    ("about", SectionKind::Summary),
    ("about me", SectionKind::Summary),
    ("objective", SectionKind::Summary),
    ("career objective", SectionKind::Summary),
    ("overview", SectionKind::Summary),
    ("personal statement", SectionKind::Summary),
    ("experience", SectionKind::Experience),
    ("work experience", SectionKind::Experience),
    ("professional experience", SectionKind::Experience),
    ("relevant experience", SectionKind::Experience),
    ("industry experience", SectionKind::Experience),
    ("employment", SectionKind::Experience),
    ("employment history", SectionKind::Experience),
    ("work history", SectionKind::Experience),
    ("career history", SectionKind::Experience),
    ("professional background", SectionKind::Experience),
    ("positions held", SectionKind::Experience),
    ("internships", SectionKind::Experience),
    ("berufserfahrung", SectionKind::Experience),
    ("education", SectionKind::Education),
    ("education and training", SectionKind::Education),
    ("academic background", SectionKind::Education),
    ("academic history", SectionKind::Education),
    ("academics", SectionKind::Education),
    ("skills", SectionKind::Skills),
    ("technical skills", SectionKind::Skills),
    ("key skills", SectionKind::Skills),
    ("core skills", SectionKind::Skills),
    ("core competencies", SectionKind::Skills),
    ("competencies", SectionKind::Skills),
    ("skills and tools", SectionKind::Skills),
    ("skills and abilities", SectionKind::Skills),
    ("skills and expertise", SectionKind::Skills),
    ("tools and technologies", SectionKind::Skills),
    ("technologies", SectionKind::Skills),
    ("tech stack", SectionKind::Skills),
    ("areas of expertise", SectionKind::Skills),
    ("expertise", SectionKind::Skills),
    ("technical proficiencies", SectionKind::Skills),
    ("certifications", SectionKind::Certifications),
    ("certification", SectionKind::Certifications),
    ("certificates", SectionKind::Certifications),
    ("licenses", SectionKind::Certifications),
    ("licences", SectionKind::Certifications),
    ("licenses and certifications", SectionKind::Certifications),
    ("licences and certifications", SectionKind::Certifications),
    ("certifications and licenses", SectionKind::Certifications),
    ("certifications and licences", SectionKind::Certifications),
    ("credentials", SectionKind::Certifications),
    ("projects", SectionKind::Projects),
    ("personal projects", SectionKind::Projects),
    ("selected projects", SectionKind::Projects),
    ("side projects", SectionKind::Projects),
    ("key projects", SectionKind::Projects),
    ("open source", SectionKind::Projects),
    ("publications", SectionKind::Publications),
    ("papers", SectionKind::Publications),
    ("talks", SectionKind::Publications),
    ("publications and talks", SectionKind::Publications),
    ("awards", SectionKind::Awards),
    ("honors", SectionKind::Awards),
    ("honours", SectionKind::Awards),
    ("awards and honors", SectionKind::Awards),
    ("awards and honours", SectionKind::Awards),
    ("achievements", SectionKind::Awards),
    ("languages", SectionKind::Languages),
    ("volunteering", SectionKind::Volunteering),
    ("volunteer experience", SectionKind::Volunteering),
    ("volunteer work", SectionKind::Volunteering),
    ("interests", SectionKind::Interests),
    ("hobbies", SectionKind::Interests),
    ("hobbies and interests", SectionKind::Interests),
    ("references", SectionKind::References),
];

/// Characters that decorate headings: "## Skills", "=== EXPERIENCE ===", "**Education**".
const HEADING_DECORATION: &[char] = &['#', '=', '*', '_', '-', '—', '–', '•', '|', '~', ':'];

/// The heading `line` is, with its inline body ("Skills: Rust, Go"), given the kind of the
/// section it is in. Unknown headings count only in capitals and never in the header, so the
/// name line ("JANE DOE") stays in the header.
fn heading_of(line: &str, current: SectionKind) -> Option<(SectionKind, String, Option<String>)> {
    let stripped = line
        .trim()
        .trim_matches(|c: char| HEADING_DECORATION.contains(&c) || c.is_whitespace());
    if stripped.is_empty() || stripped.len() > 60 {
        return None;
    }
    if let Some(kind) = known_heading(stripped) {
        return Some((kind, stripped.to_string(), None));
    }
    // "Skills: Rust, Go, SQL"; inside a skills section "Languages: Python, SQL" is a label.
    if current != SectionKind::Skills
        && let Some((label, rest)) = line.trim().split_once(':')
    {
        let label =
            label.trim_matches(|c: char| HEADING_DECORATION.contains(&c) || c.is_whitespace());
        if let Some(kind) = known_heading(label)
            && !rest.trim().is_empty()
        {
            return Some((kind, label.to_string(), Some(rest.trim().to_string())));
        }
    }
    // Inside sections made of entries, capital lines are employers, schools or titles
    // ("ACME CORP", "DATA ANALYST"), so only known headings end those sections.
    let in_entries = matches!(
        current,
        SectionKind::Header
            | SectionKind::Experience
            | SectionKind::Education
            | SectionKind::Projects
            | SectionKind::Volunteering
    );
    let n_words = stripped.split_whitespace().count();
    let is_capitals_heading = !in_entries
        && !names_a_role(stripped)
        && n_words <= 4
        && stripped.chars().any(char::is_alphabetic)
        && stripped
            .chars()
            .all(|c| c.is_uppercase() || c.is_whitespace() || c == '&' || c == '/');
    is_capitals_heading.then(|| (SectionKind::Other, stripped.to_string(), None))
}

fn known_heading(text: &str) -> Option<SectionKind> {
    let normalized = text
        .replace('&', " and ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    HEADINGS
        .iter()
        .find(|(heading, _)| *heading == normalized)
        .map(|(_, kind)| *kind)
}

/// Where a range ends.
#[derive(Debug, Clone, Copy, PartialEq)]
enum RangeEnd {
    Month(YearMonth),
    Present,
}

/// A date range found in a line, with the byte span it covers.
#[derive(Debug, Clone, Copy, PartialEq)]
struct DateRange {
    start: YearMonth,
    end: RangeEnd,
    span: (usize, usize),
    /// Written as prose, "since 2019" or "from 2019", with no separator and no end.
    since: bool,
}

fn read_entries(
    lines: &[&str],
    section: &SectionLines,
    today: Date,
    entries: &mut Vec<ExperienceEntry>,
    warnings: &mut Vec<ResumeWarning>,
) {
    let today_index = month_index(today.year(), today.month());
    let mut last_date_line: Option<usize> = None;
    for idx in section.body_lines.clone() {
        let line = lines[idx];
        let tokens = text_tokens(line);
        // "• Second in department from 2019" tells of a job already dated, not of a new one
        // running to today.
        let range = find_range(&tokens).filter(|range| !(range.since && is_bullet(line)));
        let Some(range) = range else {
            if has_year(&tokens) && !is_bullet(line) && section.kind == SectionKind::Experience {
                warnings.push(ResumeWarning::DateWithoutRange {
                    line: idx + 1,
                    text: line.trim().to_string(),
                });
            }
            continue;
        };
        let start_index = start_month_index(range.start);
        let end_index = match range.end {
            RangeEnd::Present => today_index + 1,
            RangeEnd::Month(end) => end_month_index(range.start, end).min(today_index + 1),
        };
        if start_index > today_index {
            warnings.push(ResumeWarning::StartsInFuture {
                line: idx + 1,
                text: line.trim().to_string(),
            });
            continue;
        }
        if end_index < start_index {
            warnings.push(ResumeWarning::EndsBeforeStart {
                line: idx + 1,
                text: line.trim().to_string(),
            });
            continue;
        }
        let (title, organization) =
            title_and_organization(lines, section, idx, &range, last_date_line);
        last_date_line = Some(idx);
        entries.push(ExperienceEntry {
            title,
            organization,
            start: range.start,
            end: match range.end {
                RangeEnd::Present => None,
                RangeEnd::Month(end) => Some(end),
            },
            months: (end_index - start_index) as u32,
            line: idx + 1,
        });
    }
}

/// Months since year 0 for a month number 1-12.
fn month_index(year: i32, month: u32) -> i64 {
    i64::from(year) * 12 + i64::from(month) - 1
}

fn start_month_index(start: YearMonth) -> i64 {
    month_index(start.year, start.month.unwrap_or(1))
}

/// The exclusive end of a range: the month after a written end month; January of a bare end
/// year; for a bare-year range within one year, six months after the start.
fn end_month_index(start: YearMonth, end: YearMonth) -> i64 {
    match (start.month, end.month) {
        (_, Some(month)) => month_index(end.year, month) + 1,
        (None, None) if end.year == start.year => start_month_index(start) + 6,
        (_, None) => month_index(end.year, 1),
    }
}

/// Total months covered by the entries' ranges, with overlaps merged.
fn merged_months(entries: &[ExperienceEntry], today: Date) -> u32 {
    let today_end = month_index(today.year(), today.month()) + 1;
    let mut intervals: Vec<(i64, i64)> = entries
        .iter()
        .map(|entry| {
            let start = start_month_index(entry.start);
            let end = entry.end.map_or(today_end, |end| {
                end_month_index(entry.start, end).min(today_end)
            });
            (start, end)
        })
        .collect();
    intervals.sort_unstable();
    let mut total = 0;
    let mut current: Option<(i64, i64)> = None;
    for (start, end) in intervals {
        match current {
            Some((current_start, current_end)) if start <= current_end => {
                current = Some((current_start, current_end.max(end)));
            }
            _ => {
                if let Some((current_start, current_end)) = current {
                    total += current_end - current_start;
                }
                current = Some((start, end));
            }
        }
    }
    if let Some((current_start, current_end)) = current {
        total += current_end - current_start;
    }
    total as u32
}

/// The current job: the latest-starting one that ends "Present", else the one that ended
/// last.
fn current_entry(entries: &[ExperienceEntry]) -> Option<&ExperienceEntry> {
    entries
        .iter()
        .filter(|entry| entry.end.is_none())
        .max_by_key(|entry| entry.start)
        .or_else(|| entries.iter().max_by_key(|entry| (entry.end, entry.start)))
}

/// The first date range in a line: `start sep end`, where `sep` is a dash, "to", "until" or
/// "through", or `since start`.
fn find_range(tokens: &[Token<'_>]) -> Option<DateRange> {
    for idx in 0..tokens.len() {
        if tokens[idx].is_any_word(&["since", "from"])
            && let Some((start, after)) = date_at(tokens, idx + 1)
            && !tokens.get(after).is_some_and(is_range_separator)
        {
            return Some(DateRange {
                start,
                end: RangeEnd::Present,
                span: (tokens[idx].start, tokens[after - 1].end),
                since: true,
            });
        }
        let Some((start, after_start)) = date_at(tokens, idx) else {
            continue;
        };
        if !tokens.get(after_start).is_some_and(is_range_separator) {
            continue;
        }
        let end_idx = after_start + 1;
        if let Some((end, after_end)) = present_at(tokens, end_idx) {
            return Some(DateRange {
                start,
                end,
                span: (tokens[idx].start, tokens[after_end - 1].end),
                since: false,
            });
        }
        if let Some((end, after_end)) = date_at(tokens, end_idx) {
            return Some(DateRange {
                start,
                end: RangeEnd::Month(end),
                span: (tokens[idx].start, tokens[after_end - 1].end),
                since: false,
            });
        }
    }
    None
}

fn is_range_separator(token: &Token<'_>) -> bool {
    token.is_symbol(&['-', '–', '—', '~', '→'])
        || token.is_any_word(&["to", "till", "until", "through", "thru", "bis"])
}

fn present_at(tokens: &[Token<'_>], idx: usize) -> Option<(RangeEnd, usize)> {
    let token = tokens.get(idx)?;
    if token.is_any_word(&[
        "present",
        "current",
        "currently",
        "now",
        "today",
        "ongoing",
        "heute",
    ]) {
        return Some((RangeEnd::Present, idx + 1));
    }
    // "to date"
    if token.is_word("date") {
        return Some((RangeEnd::Present, idx + 1));
    }
    None
}

fn season_month(word: &str) -> Option<u32> {
    match word {
        "spring" => Some(3),
        "summer" => Some(6),
        "fall" | "autumn" => Some(9),
        "winter" => Some(1),
        _ => None,
    }
}

/// A date at `tokens[idx]` and the index after it: "Jan 2019", "January, 2019", "Sept. '19",
/// "Summer 2019", "03/2018", "3.2018", "2018-03", "2019".
fn date_at(tokens: &[Token<'_>], idx: usize) -> Option<(YearMonth, usize)> {
    let token = tokens.get(idx)?;
    if token.kind == TokenKind::Word {
        let month = month_number(&token.lower).or_else(|| season_month(&token.lower))?;
        let mut next = idx + 1;
        while tokens
            .get(next)
            .is_some_and(|token| token.is_symbol(&['.', ',']))
        {
            next += 1;
        }
        let (year, after) = year_at(tokens, next)?;
        return Some((
            YearMonth {
                year,
                month: Some(month),
            },
            after,
        ));
    }
    if token.kind != TokenKind::Number {
        return None;
    }
    // A number glued to the one before ("2019/2020/2021" aside) is part of something else.
    if idx > 0 && adjacent(&tokens[idx - 1], token) && tokens[idx - 1].kind != TokenKind::Symbol {
        return None;
    }
    let separator = tokens
        .get(idx + 1)
        .filter(|separator| separator.is_symbol(&['/', '.', '-']) && adjacent(token, separator));
    let second = separator
        .and_then(|_| tokens.get(idx + 2))
        .filter(|second| second.kind == TokenKind::Number && adjacent(&tokens[idx + 1], second));
    if let Some(second) = second {
        // MM/YYYY, M.YYYY, MM-YYYY
        if token.text.len() <= 2 && second.text.len() == 4 {
            let month = u32::try_from(token.number()?)
                .ok()
                .filter(|month| (1..=12).contains(month))?;
            let year = plausible_year(second.number()?)?;
            return Some((
                YearMonth {
                    year,
                    month: Some(month),
                },
                idx + 3,
            ));
        }
        // YYYY-MM, YYYY/MM
        if token.text.len() == 4 && second.text.len() == 2 && !tokens[idx + 1].is_symbol(&['.']) {
            let year = plausible_year(token.number()?)?;
            let month = u32::try_from(second.number()?)
                .ok()
                .filter(|month| (1..=12).contains(month))?;
            return Some((
                YearMonth {
                    year,
                    month: Some(month),
                },
                idx + 3,
            ));
        }
    }
    if token.text.len() == 4 {
        let year = plausible_year(token.number()?)?;
        return Some((YearMonth { year, month: None }, idx + 1));
    }
    None
}

/// A four-digit year, or `'19` for 2019 (two digits after an apostrophe are 20xx up to 49,
/// else 19xx).
fn year_at(tokens: &[Token<'_>], idx: usize) -> Option<(i32, usize)> {
    let token = tokens.get(idx)?;
    if token.is_symbol(&['\'', '’']) {
        let short = tokens.get(idx + 1).filter(|short| short.text.len() == 2)?;
        let value = short.number()? as i32;
        let year = if value < 50 {
            2000 + value
        } else {
            1900 + value
        };
        return Some((year, idx + 2));
    }
    if token.text.len() != 4 {
        return None;
    }
    Some((plausible_year(token.number()?)?, idx + 1))
}

fn plausible_year(value: u64) -> Option<i32> {
    (1950..=2100).contains(&value).then_some(value as i32)
}

fn has_year(tokens: &[Token<'_>]) -> bool {
    (0..tokens.len()).any(|idx| date_at(tokens, idx).is_some())
}

fn is_bullet(line: &str) -> bool {
    let trimmed = line.trim_start();
    trimmed.starts_with(['-', '•', '*', '▪', '●', '◦', '·', '‣', '+'])
}

/// Nouns that make a line segment a job title.
const ROLE_NOUNS: &[&str] = &[
    "engineer",
    "developer",
    "programmer",
    "architect",
    "manager",
    "director",
    "lead",
    "analyst",
    "scientist",
    "designer",
    "consultant",
    "specialist",
    "nurse",
    "chef",
    "cook",
    "baker",
    "teacher",
    "instructor",
    "professor",
    "lecturer",
    "intern",
    "administrator",
    "assistant",
    "officer",
    "coordinator",
    "technician",
    "accountant",
    "head",
    "vp",
    "president",
    "founder",
    "cofounder",
    "owner",
    "associate",
    "representative",
    "editor",
    "writer",
    "researcher",
    "sre",
    "devops",
    "tester",
    "recruiter",
    "supervisor",
    "clerk",
    "cashier",
    "driver",
    "mechanic",
    "electrician",
    "pharmacist",
    "physician",
    "therapist",
    "attorney",
    "lawyer",
    "paralegal",
    "agent",
    "advisor",
    "adviser",
    "strategist",
    "marketer",
    "executive",
    "cto",
    "ceo",
    "cfo",
    "coo",
    "partner",
    "principal",
    "fellow",
    "apprentice",
    "trainee",
    "barista",
    "bartender",
    "server",
    "tutor",
    "producer",
    "artist",
    "photographer",
    "planner",
    "auditor",
    "controller",
    "buyer",
    "operator",
    "inspector",
    "surveyor",
    "dentist",
    "hygienist",
    "paramedic",
    "caregiver",
    "worker",
    "postdoc",
    "contractor",
    "freelancer",
    "freelance",
    "pâtissier",
    "owner",
    "staff",
];

/// Title and organization for the entry whose dates are on line `idx`: from the rest of that
/// line, the line before (unless it belongs to the previous entry) and, when the date line has
/// nothing else, the line after.
fn title_and_organization(
    lines: &[&str],
    section: &SectionLines,
    idx: usize,
    range: &DateRange,
    last_date_line: Option<usize>,
) -> (String, String) {
    let line = lines[idx];
    let rest = format!("{} {}", &line[..range.span.0], &line[range.span.1..]);
    let rest = clean_segment(&rest);

    let is_label_line = |candidate_idx: usize| {
        let candidate = lines[candidate_idx].trim();
        !candidate.is_empty()
            && !is_bullet(candidate)
            && candidate.split_whitespace().count() <= 12
            && !candidate.ends_with('.')
            && find_range(&text_tokens(candidate)).is_none()
    };
    let first_body = section.body_lines.start;
    let floor = last_date_line.map_or(first_body, |last| last + 1);
    let previous_idx = (floor..idx)
        .rev()
        .find(|&candidate| !lines[candidate].trim().is_empty());
    let previous = previous_idx.filter(|&candidate| is_label_line(candidate));
    let before_previous = previous.and_then(|previous| {
        (floor..previous)
            .rev()
            .find(|&candidate| !lines[candidate].trim().is_empty())
            .filter(|&candidate| is_label_line(candidate))
    });
    let next = if rest.is_empty() && previous.is_none() {
        (idx + 1..section.body_lines.end)
            .find(|&candidate| !lines[candidate].trim().is_empty())
            .filter(|&candidate| is_label_line(candidate))
    } else {
        None
    };

    let mut segments: Vec<String> = Vec::new();
    for text in [
        Some(rest.as_str()),
        previous.map(|i| lines[i]),
        next.map(|i| lines[i]),
        before_previous.map(|i| lines[i]),
    ]
    .into_iter()
    .flatten()
    {
        segments.extend(split_segments(text));
    }
    let title_idx = segments.iter().position(|segment| names_a_role(segment));
    match title_idx {
        Some(title_idx) => {
            let title = segments[title_idx].clone();
            let organization = segments
                .iter()
                .enumerate()
                .find(|(other_idx, segment)| *other_idx != title_idx && !names_a_role(segment))
                .map(|(_, segment)| segment.clone())
                .unwrap_or_default();
            (title, organization)
        }
        None => {
            let mut segments = segments.into_iter();
            (
                segments.next().unwrap_or_default(),
                segments.next().unwrap_or_default(),
            )
        }
    }
}

/// Splits "Senior Engineer, Acme Corp" or "Acme | Engineer" or "Engineer at Acme" into parts.
fn split_segments(text: &str) -> Vec<String> {
    let mut parts = vec![text.to_string()];
    for separator in [" | ", " — ", " – ", " - ", " at ", " @ ", ", ", " · ", "\t"] {
        parts = parts
            .iter()
            .flat_map(|part| {
                part.split(separator)
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
    }
    parts
        .iter()
        .map(|part| clean_segment(part))
        .filter(|part| !part.is_empty())
        .collect()
}

/// Trims whitespace, separators and brackets left around a segment once its dates are cut
/// out.
fn clean_segment(text: &str) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed
        .trim_matches(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    ',' | '|' | '-' | '–' | '—' | '(' | ')' | ':' | '·' | '@' | '•' | '*'
                )
        })
        .to_string()
}

fn names_a_role(segment: &str) -> bool {
    text_tokens(segment)
        .iter()
        .any(|token| token.is_any_word(ROLE_NOUNS))
}

/// Skills in a skills section body: items separated by commas, semicolons, bullets or pipes,
/// with a leading "Languages:" style label dropped.
fn skill_items(body: &str) -> Vec<String> {
    let mut skills = Vec::new();
    for line in body.lines() {
        let line = line
            .trim()
            .trim_start_matches(['-', '•', '*', '▪', '●', '◦', '·', '‣']);
        let items = match line.split_once(':') {
            Some((label, items)) if label.split_whitespace().count() <= 4 => items,
            _ => line,
        };
        for item in items.split([',', ';', '|', '•', '·']) {
            let item = item.trim().trim_end_matches('.').trim();
            if !item.is_empty() && item.split_whitespace().count() <= 6 {
                skills.push(item.to_string());
            }
        }
    }
    skills
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 15).unwrap()
    }

    fn month(year: i32, month: u32) -> YearMonth {
        YearMonth {
            year,
            month: Some(month),
        }
    }

    fn year(year: i32) -> YearMonth {
        YearMonth { year, month: None }
    }

    const RESUME: &str = "\
JANE DOE
Portland, OR · jane@example.com

SUMMARY
Backend engineer who likes Rust and boring infrastructure.

EXPERIENCE
Senior Software Engineer, Ferrous Logistics          Jan 2019 – Present
- Built the routing service in Rust
- Led the move to Kubernetes

Globex Corporation
Software Engineer                                    03/2016 - 06/2019
- Wrote Go services

Initech | Intern | Summer 2015 - Aug 2015

EDUCATION
B.Sc. Computer Science, Portland State University, 2011 – 2015

Skills: Rust, Go, PostgreSQL, Kubernetes
- Docker, rust
";

    #[test]
    fn splits_sections_with_decorations_and_inline_bodies() {
        let (document, warnings) = parse_resume(RESUME, today());
        let kinds: Vec<SectionKind> = document
            .sections
            .iter()
            .map(|section| section.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                SectionKind::Header,
                SectionKind::Summary,
                SectionKind::Experience,
                SectionKind::Education,
                SectionKind::Skills
            ]
        );
        assert_eq!(
            document.sections[0].body,
            "JANE DOE\nPortland, OR · jane@example.com"
        );
        assert_eq!(document.sections[0].line, 1);
        assert_eq!(document.sections[1].heading, "SUMMARY");
        assert_eq!(document.sections[1].line, 4);
        assert_eq!(document.sections[4].heading, "Skills");
        assert!(document.sections[4].body.starts_with("Rust, Go"));
        assert_eq!(warnings, []);
    }

    #[test]
    fn reads_entries_titles_and_organizations() {
        let (document, _) = parse_resume(RESUME, today());
        let entries: Vec<(&str, &str, YearMonth, Option<YearMonth>, u32)> = document
            .experience
            .iter()
            .map(|entry| {
                (
                    entry.title.as_str(),
                    entry.organization.as_str(),
                    entry.start,
                    entry.end,
                    entry.months,
                )
            })
            .collect();
        assert_eq!(
            entries,
            [
                // Jan 2019 through Nov 2026, both months counted: 7 years 11 months.
                (
                    "Senior Software Engineer",
                    "Ferrous Logistics",
                    month(2019, 1),
                    None,
                    95
                ),
                // Mar 2016 through Jun 2019: 40 months.
                (
                    "Software Engineer",
                    "Globex Corporation",
                    month(2016, 3),
                    Some(month(2019, 6)),
                    40
                ),
                // June through August 2015: 3 months.
                ("Intern", "Initech", month(2015, 6), Some(month(2015, 8)), 3),
            ]
        );
        // Mar 2016 - Nov 2026 merged (the 2019 overlap counted once) is 129 months, plus the
        // 3-month internship.
        assert_eq!(document.total_months, 132);
        assert_eq!(document.total_years(), 11.0);
        assert_eq!(
            document.current_title.as_deref(),
            Some("Senior Software Engineer")
        );
        assert_eq!(document.seniority, Some(Seniority::Senior));
        assert_eq!(
            document.skills,
            ["Rust", "Go", "PostgreSQL", "Kubernetes", "Docker"]
        );
    }

    fn entries_of(experience: &str) -> (Vec<ExperienceEntry>, u32, Vec<ResumeWarning>) {
        let text = format!("Experience\n{experience}");
        let (document, warnings) = parse_resume(&text, today());
        (document.experience, document.total_months, warnings)
    }

    #[test]
    fn date_range_formats() {
        let cases: &[(&str, YearMonth, Option<YearMonth>, u32)] = &[
            ("Engineer, 2016-2019", year(2016), Some(year(2019)), 36),
            ("Engineer, 2016 – 2019", year(2016), Some(year(2019)), 36),
            (
                "Engineer, 03/2018 - 06/2020",
                month(2018, 3),
                Some(month(2020, 6)),
                28,
            ),
            (
                "Engineer, 3/2018–6/2020",
                month(2018, 3),
                Some(month(2020, 6)),
                28,
            ),
            (
                "Engineer, 2018-03 to 2020-06",
                month(2018, 3),
                Some(month(2020, 6)),
                28,
            ),
            (
                "Engineer, 03.2018 - 06.2020",
                month(2018, 3),
                Some(month(2020, 6)),
                28,
            ),
            (
                "Engineer, Sept. 2017 – Mar 2019",
                month(2017, 9),
                Some(month(2019, 3)),
                19,
            ),
            (
                "Engineer, January, 2020 to December, 2020",
                month(2020, 1),
                Some(month(2020, 12)),
                12,
            ),
            ("Engineer, Jan '19 - Present", month(2019, 1), None, 95),
            ("Engineer, 2020 - Current", year(2020), None, 83),
            ("Engineer, Since 2024", year(2024), None, 35),
            ("Engineer, Jan 2025 – Now", month(2025, 1), None, 23),
            ("Engineer, 2019 - 2019", year(2019), Some(year(2019)), 6),
            (
                "Engineer, Jan 2019 - Jan 2019",
                month(2019, 1),
                Some(month(2019, 1)),
                1,
            ),
        ];
        for (line, start, end, months) in cases {
            let (entries, _, warnings) = entries_of(line);
            assert_eq!(entries.len(), 1, "{line}: {warnings:?}");
            assert_eq!(
                (entries[0].start, entries[0].end, entries[0].months),
                (*start, *end, *months),
                "{line}"
            );
        }
    }

    #[test]
    fn overlapping_jobs_count_once() {
        let (entries, total, _) = entries_of(
            "Engineer at Acme, Jan 2018 - Dec 2020\n\
             Consultant at Self, Jun 2019 - Jun 2021\n\
             Tutor at School, 2010 - 2012\n",
        );
        assert_eq!(entries.len(), 3);
        // Jan 2018 - Jun 2021 is 42 months; 2010-2012 is 24 months.
        assert_eq!(total, 66);
    }

    #[test]
    fn title_layouts() {
        let cases = [
            (
                "Staff Engineer at Initech, 2019 - 2021",
                "Staff Engineer",
                "Initech",
            ),
            (
                "Acme Corp — Product Designer — 2019 - 2021",
                "Product Designer",
                "Acme Corp",
            ),
            (
                "Pastry Chef\nMaison Beurre, Lyon 2019 - 2021",
                "Pastry Chef",
                "Maison Beurre",
            ),
            (
                "2019 - 2021\nRegistered Nurse @ Riverside General",
                "Registered Nurse",
                "Riverside General",
            ),
            (
                "Riverside General\nCharge Nurse\nJan 2020 - Present",
                "Charge Nurse",
                "Riverside General",
            ),
        ];
        for (text, title, organization) in cases {
            let (entries, _, _) = entries_of(text);
            assert_eq!(entries.len(), 1, "{text}");
            assert_eq!(
                (entries[0].title.as_str(), entries[0].organization.as_str()),
                (title, organization),
                "{text}"
            );
        }
    }

    #[test]
    fn the_current_job_is_the_latest_present_one() {
        let (document, _) = parse_resume(
            "Work History\nTech Lead, Ferrous, 2015 - Present\nStaff Engineer, Acme, 2020 - Present\n",
            today(),
        );
        assert_eq!(document.current_title.as_deref(), Some("Staff Engineer"));
        assert_eq!(document.seniority, Some(Seniority::Staff));
        let (document, _) = parse_resume(
            "Employment\nJunior Developer, Acme, 2015 - 2017\nDeveloper II, Globex, 2017 - 2020\n",
            today(),
        );
        assert_eq!(document.current_title.as_deref(), Some("Developer II"));
        assert_eq!(document.seniority, Some(Seniority::Mid));
    }

    #[test]
    fn warnings_for_what_could_not_be_read() {
        let (entries, total, warnings) = entries_of(
            "Engineer, Acme, 2019\n\
             Engineer, Globex, 2021 - 2018\n\
             Engineer, Future Co, Jan 2027 - Present\n\
             - shipped things in 2020\n",
        );
        assert!(entries.is_empty());
        assert_eq!(total, 0);
        assert_eq!(
            warnings,
            [
                ResumeWarning::DateWithoutRange {
                    line: 2,
                    text: "Engineer, Acme, 2019".into()
                },
                ResumeWarning::EndsBeforeStart {
                    line: 3,
                    text: "Engineer, Globex, 2021 - 2018".into()
                },
                ResumeWarning::StartsInFuture {
                    line: 4,
                    text: "Engineer, Future Co, Jan 2027 - Present".into()
                },
                ResumeWarning::NoDatedExperience,
            ]
        );
        assert_eq!(
            warnings[1].to_string(),
            "line 3: the range ends before it starts in \"Engineer, Globex, 2021 - 2018\""
        );
    }

    #[test]
    fn resumes_without_headings_still_give_years() {
        let (document, warnings) =
            parse_resume("Sam Lee\nLine Cook, Bistro 9, 2020 - Present\n", today());
        assert_eq!(warnings, [ResumeWarning::NoSections]);
        assert_eq!(document.experience.len(), 1);
        assert_eq!(document.current_title.as_deref(), Some("Line Cook"));
        let (document, warnings) = parse_resume(
            "Sam Lee\n\nEducation\nBA History, 2012 - 2016\n\nPROJECTS\nbakery site, 2021 - 2022\n",
            today(),
        );
        assert_eq!(warnings, [ResumeWarning::NoExperienceSection]);
        assert!(
            document.experience.is_empty(),
            "education and projects are not jobs"
        );
        let (document, warnings) = parse_resume("", today());
        assert_eq!(document, ResumeDocument::default());
        assert_eq!(warnings, []);
        // A resume told as a story, under a summary heading.
        let (document, _) = parse_resume(
            "Sam Lee\n\nSummary\nAt Lakeshore Freight (2021 – present) I plan loads.\n\
             Before that, at Northbound Carriers (2018 – 2021), I booked freight.\n",
            today(),
        );
        assert_eq!(document.experience.len(), 2);
    }

    #[test]
    fn a_bullet_saying_since_when_is_no_new_job() {
        let (document, _) = parse_resume(
            "Experience\nTeacher of Mathematics, Bramhall Park — Sept 2015 to July 2022\n\
             • Second in department from 2019\n• Since 2020, led the maths club\n",
            today(),
        );
        assert_eq!(document.experience.len(), 1);
        assert_eq!(document.total_months, 83);
        // A line of its own still dates a job: "Barista, Since 2019".
        let (document, _) = parse_resume("Experience\nBarista, Bean Co, since 2019\n", today());
        assert_eq!(document.experience.len(), 1);
    }

    #[test]
    fn headings() {
        let cases = [
            ("EXPERIENCE", Some(SectionKind::Experience)),
            ("## Work Experience", Some(SectionKind::Experience)),
            ("=== Employment History ===", Some(SectionKind::Experience)),
            ("**Education**", Some(SectionKind::Education)),
            (
                "Licenses & Certifications",
                Some(SectionKind::Certifications),
            ),
            ("Technical Skills:", Some(SectionKind::Skills)),
            ("Volunteer Experience", Some(SectionKind::Volunteering)),
            ("Professional Summary", Some(SectionKind::Summary)),
            ("Experience with Rust and Go", None),
            ("LEADERSHIP", Some(SectionKind::Other)),
        ];
        for (line, expected) in cases {
            assert_eq!(
                heading_of(line, SectionKind::Summary).map(|(kind, _, _)| kind),
                expected,
                "{line}"
            );
        }
        assert_eq!(
            heading_of("JANE DOE", SectionKind::Header),
            None,
            "capitals before any known heading"
        );
    }

    #[test]
    fn capital_employer_and_title_lines_stay_in_their_section() {
        let resume = "\
Alex Kim
alex@example.com | (555) 010-2030 | Austin, TX

PROFESSIONAL EXPERIENCE

ACME CORP — Austin, TX
Senior Data Engineer
June 2021 – Present
• Built pipelines
• Cut costs 30% in 2022

Data Engineer | Initech | Austin, TX | Aug 2018 – May 2021

DATA ANALYST
Globex, Dallas TX
2016 - 2018

EDUCATION
University of Texas, B.S. Statistics (2012 - 2016)

TECHNICAL SKILLS
Languages: Python, SQL, Scala
Tools: Airflow, dbt, Spark
";
        let (document, warnings) = parse_resume(resume, today());
        assert_eq!(warnings, []);
        let kinds: Vec<SectionKind> = document
            .sections
            .iter()
            .map(|section| section.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                SectionKind::Header,
                SectionKind::Experience,
                SectionKind::Education,
                SectionKind::Skills
            ]
        );
        let entries: Vec<(&str, &str, u32)> = document
            .experience
            .iter()
            .map(|entry| {
                (
                    entry.title.as_str(),
                    entry.organization.as_str(),
                    entry.months,
                )
            })
            .collect();
        assert_eq!(
            entries,
            [
                // June 2021 through November 2026.
                ("Senior Data Engineer", "ACME CORP", 66),
                // August 2018 through May 2021.
                ("Data Engineer", "Initech", 34),
                ("DATA ANALYST", "Globex", 24),
            ]
        );
        // No overlaps: 24 + 34 + 66 months.
        assert_eq!(document.total_months, 124);
        assert_eq!(
            document.skills,
            ["Python", "SQL", "Scala", "Airflow", "dbt", "Spark"]
        );
    }

    #[test]
    fn candidate_from_a_resume() {
        let (candidate, warnings) = candidate_from_resume(RESUME, today());
        assert_eq!(warnings, []);
        assert_eq!(candidate.resume_text, RESUME);
        assert_eq!(candidate.total_years, Some(11.0));
        assert_eq!(
            candidate.current_title.as_deref(),
            Some("Senior Software Engineer")
        );
        assert_eq!(candidate.skills.len(), 5);
        let (candidate, _) = candidate_from_resume("Just a cover letter.", today());
        assert_eq!(candidate.total_years, None);
    }
}
