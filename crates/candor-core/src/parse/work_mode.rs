//! Work mode: whether a posting is remote, hybrid or on-site, from its location, title or
//! description ("Remote (US)", "hybrid - 3 days in office", "on-site", "not remote").
//!
//! Conventions: when a text mentions several modes, hybrid wins over remote and remote over
//! on-site, since "remote, with quarterly on-site meetups" is a remote job and "remote or
//! hybrid" asks for some office time. A negated remote ("not remote", "remote work is not
//! available") counts as on-site. "Remote sensing", "remote monitoring" and similar are not
//! about where the work happens.

use super::text::{Token, TokenKind, number_word, phrase_starts_at, text_tokens};
use crate::domain::WorkMode;

/// The work mode `text` states; `Unknown` when it says nothing about it.
pub fn detect_work_mode(text: &str) -> WorkMode {
    work_mode_in(&text_tokens(text))
}

/// [`detect_work_mode`] of a text already tokenized.
fn work_mode_in(tokens: &[Token<'_>]) -> WorkMode {
    let mut has_remote = false;
    let mut has_hybrid = false;
    let mut has_onsite = false;
    for idx in 0..tokens.len() {
        match cue_at(tokens, idx) {
            Some(WorkMode::Remote) => has_remote = true,
            Some(WorkMode::Hybrid) => has_hybrid = true,
            Some(WorkMode::Onsite) => has_onsite = true,
            Some(WorkMode::Unknown) | None => {}
        }
    }
    // A bare "Anywhere" or "Worldwide" is how boards write a location for remote jobs.
    let n_words = tokens
        .iter()
        .filter(|token| token.kind == TokenKind::Word)
        .count();
    if n_words <= 2
        && tokens
            .iter()
            .any(|token| token.is_any_word(&["anywhere", "worldwide"]))
    {
        has_remote = true;
    }
    if has_hybrid {
        WorkMode::Hybrid
    } else if has_remote {
        WorkMode::Remote
    } else if has_onsite {
        WorkMode::Onsite
    } else {
        WorkMode::Unknown
    }
}

/// The work mode of a posting: the location field first (boards put "Remote" or "Hybrid" there),
/// then the title, then the description.
pub fn work_mode_for_job(location: &str, title: &str, description: &str) -> WorkMode {
    work_mode_for_job_in(location, title, &text_tokens(description))
}

/// [`work_mode_for_job`] with the description already tokenized.
pub(crate) fn work_mode_for_job_in(
    location: &str,
    title: &str,
    description: &[Token<'_>],
) -> WorkMode {
    [location, title]
        .into_iter()
        .map(detect_work_mode)
        .find(|mode| *mode != WorkMode::Unknown)
        .unwrap_or_else(|| work_mode_in(description))
}

/// Words after "remote" that make it about something other than where people work.
const NOT_WORK_AFTER_REMOTE: &[&str] = &[
    "sensing",
    "monitoring",
    "control",
    "controls",
    "controlled",
    "sites",
    "site",
    "areas",
    "area",
    "locations",
    "location",
    "communities",
    "community",
    "villages",
    "patient",
    "patients",
    "access",
    "server",
    "servers",
    "desktop",
    "procedure",
    "repository",
    "repo",
    "branch",
    "island",
    "islands",
    "diagnostics",
    "management",
    "debugging",
    "support",
];

/// Words after "in office" that make it about office work rather than the workplace.
const OFFICE_WORK_WORDS: &[&str] = &[
    "administration",
    "admin",
    "management",
    "manager",
    "software",
    "suite",
    "applications",
    "apps",
    "tools",
    "supplies",
    "equipment",
    "skills",
    "procedures",
    "support",
];

const NEGATIONS: &[&str] = &["not", "no", "non", "never", "without"];

/// What follows a negation after "remote" when it negates remote work: "remote work is not
/// available", "remote not possible", but not "remote, no relocation needed".
const NEGATED_AFTER_REMOTE: &[&str] = &[
    "available",
    "possible",
    "permitted",
    "allowed",
    "offered",
    "supported",
    "an",
    "option",
    "considered",
    "eligible",
    "accepted",
];

/// The mode the words starting at `tokens[idx]` state, if any.
fn cue_at(tokens: &[Token<'_>], idx: usize) -> Option<WorkMode> {
    let token = &tokens[idx];
    if token.kind == TokenKind::Number || number_word(&token.lower).is_some() {
        return days_cue(tokens, idx);
    }
    if token.kind != TokenKind::Word {
        return None;
    }
    match token.lower.as_ref() {
        "hybrid" => Some(WorkMode::Hybrid),
        "remote" | "remotely" | "wfh" | "telecommute" | "telecommuting" | "telework"
        | "teleworking" => remote_cue(tokens, idx),
        "work" | "working" | "works" => {
            let from_home = phrase_starts_at(tokens, idx + 1, &["from", "home"])
                || phrase_starts_at(tokens, idx + 1, &["from", "anywhere"]);
            from_home.then_some(WorkMode::Remote)
        }
        "home" => followed_by_based(tokens, idx).then_some(WorkMode::Remote),
        "distributed" => {
            let about_the_team = idx > 0 && tokens[idx - 1].is_word("fully")
                || tokens
                    .get(idx + 1)
                    .is_some_and(|next| next.is_any_word(&["team", "company", "workforce"]));
            about_the_team.then_some(WorkMode::Remote)
        }
        "onsite" | "inoffice" => Some(WorkMode::Onsite),
        "on" => {
            let hyphen = tokens
                .get(idx + 1)
                .is_some_and(|next| next.is_symbol(&['-']));
            let site_idx = idx + 1 + usize::from(hyphen);
            let on_site = tokens
                .get(site_idx)
                .is_some_and(|next| next.is_any_word(&["site", "premises"]))
                && (hyphen || tokens[site_idx].is_word("site"));
            // "on site reliability" is SRE work, not a workplace.
            let about_reliability = tokens
                .get(site_idx + 1)
                .is_some_and(|next| next.is_any_word(&["reliability", "reliable"]));
            (on_site && !about_reliability).then_some(WorkMode::Onsite)
        }
        "in" => {
            let hyphen = tokens
                .get(idx + 1)
                .is_some_and(|next| next.is_symbol(&['-']));
            let next_idx = idx + 1 + usize::from(hyphen);
            let office_idx = if phrase_starts_at(tokens, next_idx, &["the", "office"]) {
                Some(next_idx + 1)
            } else if phrase_starts_at(tokens, next_idx, &["office"]) {
                Some(next_idx)
            } else {
                None
            };
            // "experience in office administration", "skilled in Office 365".
            let about_office_work = office_idx.is_some_and(|office_idx| {
                tokens.get(office_idx + 1).is_some_and(|next| {
                    next.kind == TokenKind::Number || next.is_any_word(OFFICE_WORK_WORDS)
                })
            });
            let in_person = phrase_starts_at(tokens, next_idx, &["person"]);
            (office_idx.is_some() && !about_office_work || in_person).then_some(WorkMode::Onsite)
        }
        "office" => followed_by_based(tokens, idx).then_some(WorkMode::Onsite),
        _ => None,
    }
}

/// "remote" and its synonyms: remote, hybrid when partial, on-site when negated, or nothing
/// when it describes something else ("remote monitoring").
fn remote_cue(tokens: &[Token<'_>], idx: usize) -> Option<WorkMode> {
    let next = tokens.get(idx + 1);
    if next.is_some_and(|next| next.is_any_word(NOT_WORK_AFTER_REMOTE)) {
        return None;
    }
    let previous = idx.checked_sub(1).map(|previous_idx| &tokens[previous_idx]);
    if previous.is_some_and(|previous| previous.is_any_word(&["partially", "partly", "part"]))
        || next.is_some_and(|next| next.is_any_word(&["days", "day"]))
    {
        return Some(WorkMode::Hybrid);
    }
    // A negation in the same clause just before: "not a remote position", "non-remote".
    let clause_start = tokens[..idx]
        .iter()
        .rposition(|token| token.is_symbol(&[',', '.', ';', ':', '(', ')', '|']))
        .map_or(0, |boundary| boundary + 1);
    let negated_before = tokens[clause_start.max(idx.saturating_sub(3))..idx]
        .iter()
        .any(|token| token.is_any_word(NEGATIONS));
    // Or just after: "remote work is not available", "Remote: No".
    let negated_after = (idx + 1..(idx + 5).min(tokens.len())).any(|negation_idx| {
        let negation = &tokens[negation_idx];
        let clause_continues = tokens[idx + 1..negation_idx]
            .iter()
            .all(|token| !token.is_symbol(&[',', '.', ';', '(', ')']));
        clause_continues
            && negation.is_any_word(&["not", "no"])
            && tokens.get(negation_idx + 1).is_none_or(|after| {
                after.is_any_word(NEGATED_AFTER_REMOTE) || after.is_symbol(&['.', ',', ';', ')'])
            })
    });
    if negated_before || negated_after {
        Some(WorkMode::Onsite)
    } else {
        Some(WorkMode::Remote)
    }
}

/// "3 days in office", "two days a week on-site", "2 days remote": a count of office days
/// under five is hybrid, five is on-site; a count of remote days under five is hybrid.
fn days_cue(tokens: &[Token<'_>], idx: usize) -> Option<WorkMode> {
    let token = &tokens[idx];
    let n_days = token
        .number()
        .or_else(|| number_word(&token.lower).map(u64::from))
        .filter(|n_days| (1..=7).contains(n_days))?;
    let days_idx = idx + 1;
    if !tokens
        .get(days_idx)
        .is_some_and(|next| next.is_any_word(&["days", "day", "x"]))
    {
        return None;
    }
    let phrase = &tokens[days_idx + 1..(days_idx + 7).min(tokens.len())];
    let phrase = &phrase[..phrase
        .iter()
        .position(|token| token.is_symbol(&['.', ';', ',']))
        .unwrap_or(phrase.len())];
    let in_office = phrase
        .iter()
        .any(|token| token.is_any_word(&["office", "onsite", "site", "person", "premises"]));
    let remote = phrase
        .iter()
        .any(|token| token.is_any_word(&["remote", "remotely", "home", "wfh"]));
    match (in_office, remote) {
        (true, _) if n_days < 5 => Some(WorkMode::Hybrid),
        (true, _) => Some(WorkMode::Onsite),
        (false, true) if n_days < 5 => Some(WorkMode::Hybrid),
        (false, true) => Some(WorkMode::Remote),
        (false, false) => None,
    }
}

/// Whether the word at `idx` goes on "-based" or " based" ("home-based", "office based").
fn followed_by_based(tokens: &[Token<'_>], idx: usize) -> bool {
    tokens
        .get(idx + 1)
        .is_some_and(|next| next.is_symbol(&['-']))
        && tokens
            .get(idx + 2)
            .is_some_and(|next| next.is_word("based"))
        || phrase_starts_at(tokens, idx + 1, &["based"])
}

#[cfg(test)]
mod tests {
    use super::*;
    use WorkMode::{Hybrid, Onsite, Remote, Unknown};

    fn check(text: &str, expected: WorkMode) {
        assert_eq!(
            detect_work_mode(text),
            expected,
            "detect_work_mode({text:?})"
        );
    }

    #[test]
    fn remote() {
        check("Remote", Remote);
        check("Remote (US)", Remote);
        check("US-Remote", Remote);
        check("Remote - EMEA", Remote);
        check("100% remote", Remote);
        check("Fully remote, work from anywhere", Remote);
        check("Work from home", Remote);
        check("This role can be performed remotely.", Remote);
        check("WFH", Remote);
        check("We are a fully distributed company.", Remote);
        check("Anywhere", Remote);
        check("Worldwide", Remote);
        check("Remote-first team", Remote);
        check("Remote, with quarterly on-site meetups in Berlin", Remote);
        check("Remote, no relocation needed", Remote);
        check("5 days remote", Remote);
    }

    #[test]
    fn hybrid() {
        check("Hybrid", Hybrid);
        check("hybrid - 3 days in office", Hybrid);
        check("Berlin, Germany (hybrid)", Hybrid);
        check("3 days in the office, 2 from home", Hybrid);
        check("Two days a week on-site", Hybrid);
        check("2 days remote per week", Hybrid);
        check("Partially remote", Hybrid);
        check("Remote or hybrid", Hybrid);
        check("2 remote days per week", Hybrid);
    }

    #[test]
    fn onsite() {
        check("On-site", Onsite);
        check("onsite", Onsite);
        check("On site in Portland", Onsite);
        check("In office", Onsite);
        check("In-office role", Onsite);
        check("In-person", Onsite);
        check("Office-based in Lyon", Onsite);
        check("5 days in office", Onsite);
        check("not remote", Onsite);
        check("Non-remote", Onsite);
        check("This is not a remote position.", Onsite);
        check("Not eligible for remote work", Onsite);
        check("Remote work is not available for this role", Onsite);
        check("Remote: No", Onsite);
        check("This role isn't remote.", Onsite);
        check("No remote work", Onsite);
    }

    #[test]
    fn unknown_and_false_friends() {
        check("Portland, OR", Unknown);
        check("Experience with remote sensing data", Unknown);
        check("Set up remote patient monitoring for the ward", Unknown);
        check("Build distributed systems in Rust", Unknown);
        check("3 years of experience in office administration", Unknown);
        check("Skilled in Office 365 and Excel", Unknown);
        check("Focus on site reliability and on-call health", Unknown);
        check("", Unknown);
        // Work from anywhere in the stack is not a workplace.
        check("You will work anywhere in the stack", Unknown);
    }

    #[test]
    fn postings_prefer_the_location_field() {
        assert_eq!(
            work_mode_for_job("Remote (EU)", "Backend Engineer", "In office 5 days"),
            Remote
        );
        assert_eq!(
            work_mode_for_job("Lyon, France", "Pastry Chef", "On-site bakery role."),
            Onsite
        );
        assert_eq!(work_mode_for_job("Berlin", "Frontend (Hybrid)", ""), Hybrid);
        assert_eq!(
            work_mode_for_job("Berlin", "Frontend", "Great team."),
            Unknown
        );
    }
}
