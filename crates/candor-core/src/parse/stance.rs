//! What a resume says about where and on what terms the person will work, and whom a posting
//! restricts itself to.
//!
//! [`read_resume_stance`] reads the person's place (a "City, Region" line near the top, or
//! "based in …"), their remote or on-site stance, whether they will relocate, a pay floor and
//! their work authorization ("Canadian citizen", "authorized to work in the US", "will require
//! visa sponsorship"). [`read_posting_restriction`] reads the countries a posting restricts
//! applicants to ("must be authorized to work in the U.S.", "no visa sponsorship", "U.S.
//! citizenship required", "must hold a Canadian work permit").
//!
//! Conventions: countries are ISO 3166-1 alpha-2 codes as in [`super::location`], plus `EU` for
//! a right to work anywhere in the European Union. Text is read clause by clause (split at
//! `.`, `;`, `·`, `|`, `•` and blank lines); "U.S." and "U.K." are read as "us" and "uk" first.

use super::location::{Location, country_code, parse_location};
use super::salary::parse_salary;
use crate::domain::{Relocation, RemotePreference, Salary};

/// What the resume says about the person's terms; every field is empty when it says nothing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResumeStance {
    /// The person's place as written near the top (`Toronto, ON`), or after "based in".
    pub location: String,
    pub remote_preference: RemotePreference,
    pub relocation: Relocation,
    /// The lowest pay the person states ("minimum salary £45,000", "seeking $25/hour or more").
    pub expected_salary: Option<Salary>,
    /// Countries the person may work in (ISO codes, `EU` for the whole union).
    pub work_authorization: Vec<String>,
    /// True when the resume says the person needs visa sponsorship.
    pub needs_sponsorship: bool,
    /// True when the person asks for a permanent role only.
    pub permanent_only: bool,
}

/// Whom a posting lets apply, when it says.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostingRestriction {
    /// The countries the posting requires a right to work (or residence) in; empty when it sets
    /// no restriction.
    pub countries: Vec<String>,
    /// True when citizenship, not just a right to work, is required.
    pub citizenship: bool,
    /// The clause the restriction was read from, as written (lowercased).
    pub clause: String,
}

/// Nationality words and the country each names.
const DEMONYMS: &[(&str, &str)] = &[
    ("u.s.", "US"),
    ("us", "US"),
    ("american", "US"),
    ("canadian", "CA"),
    ("british", "GB"),
    ("uk", "GB"),
    ("irish", "IE"),
    ("german", "DE"),
    ("french", "FR"),
    ("spanish", "ES"),
    ("dutch", "NL"),
    ("italian", "IT"),
    ("polish", "PL"),
    ("australian", "AU"),
    ("indian", "IN"),
    ("filipino", "PH"),
    ("singaporean", "SG"),
    ("emirati", "AE"),
    ("eu", "EU"),
    ("european", "EU"),
];

const EU_COUNTRIES: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

/// Whether `country` is an EU member state.
pub fn is_eu_country(country: &str) -> bool {
    EU_COUNTRIES.contains(&country)
}

/// Lowercases `text`, reads "U.S."/"U.K." as "us"/"uk" and splits it into clauses.
fn clauses(text: &str) -> Vec<String> {
    clauses_of_lowercase(&text.to_lowercase())
}

/// [`clauses`] of a text already lowercased.
fn clauses_of_lowercase(lowercase: &str) -> Vec<String> {
    let lowercase = lowercase
        .replace("u.s.a.", "usa")
        .replace("u.s.", "us")
        .replace("u.k.", "uk")
        .replace("on-site", "onsite")
        .replace("on site", "onsite");
    let mut out = Vec::new();
    for paragraph in lowercase.split("\n\n") {
        for clause in paragraph.split(['.', ';', '·', '|', '•', '!', '?']) {
            let clause = clause.split_whitespace().collect::<Vec<_>>().join(" ");
            if !clause.is_empty() {
                out.push(clause);
            }
        }
    }
    out
}

/// The words of a clause, without punctuation around them.
fn words(clause: &str) -> Vec<&str> {
    clause
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '(' | ')' | '—' | '–'))
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| !word.is_empty())
        .collect()
}

/// The countries a clause names, by name, code or nationality word, in order.
fn countries_in(clause: &str) -> Vec<String> {
    let words = words(clause);
    let mut found: Vec<String> = Vec::new();
    let mut push = |code: &str| {
        if !found.iter().any(|known| known == code) {
            found.push(code.to_string());
        }
    };
    let mut idx = 0;
    while idx < words.len() {
        // Two-word names first ("united states", "new zealand").
        if idx + 1 < words.len() {
            let pair = format!("{} {}", words[idx], words[idx + 1]);
            if let Some(code) = country_code(&pair) {
                push(code);
                idx += 2;
                continue;
            }
        }
        let word = words[idx];
        if let Some((_, code)) = DEMONYMS.iter().find(|(name, _)| *name == word) {
            push(code);
        } else if word.len() > 2
            && let Some(code) = country_code(word)
        {
            push(code);
        }
        idx += 1;
    }
    found
}

fn contains_any(clause: &str, needles: &[&str]) -> bool {
    needles.iter().any(|needle| clause.contains(needle))
}

/// Reads the person's place, stance, pay floor and work authorization from a resume body.
pub fn read_resume_stance(text: &str) -> ResumeStance {
    let mut stance = ResumeStance {
        location: header_location(text).unwrap_or_default(),
        ..ResumeStance::default()
    };
    let place = parse_location(&stance.location);
    for clause in clauses(text) {
        read_authorization(&clause, place.country.as_deref(), &mut stance);
        if stance.location.is_empty()
            && let Some(found) = based_in(&clause)
        {
            stance.location = found;
        }
        if clause.contains("relocat") {
            if contains_any(
                &clause,
                &[
                    "not relocat",
                    "no relocat",
                    "not willing to relocate",
                    "not looking to relocate",
                    "not open to relocat",
                    "unable to relocate",
                    "will not relocate",
                    "won't relocate",
                    "cannot relocate",
                ],
            ) {
                stance.relocation = Relocation::Closed;
            } else if stance.relocation == Relocation::Unstated
                && contains_any(
                    &clause,
                    &[
                        "open to relocat",
                        "willing to relocate",
                        "happy to relocate",
                        "will relocate",
                        "relocating to",
                    ],
                )
            {
                stance.relocation = Relocation::Open;
            }
        }
        if contains_any(
            &clause,
            &[
                "remote only",
                "only remote",
                "remote roles only",
                "remote-only",
            ],
        ) {
            stance.remote_preference = RemotePreference::RemoteOnly;
        } else if stance.remote_preference == RemotePreference::Any
            && contains_any(
                &clause,
                &[
                    "hybrid or onsite",
                    "onsite or hybrid",
                    "hybrid or in-person",
                ],
            )
        {
            stance.remote_preference = RemotePreference::OnsiteOrHybrid;
        }
        if stance.expected_salary.is_none() {
            stance.expected_salary = pay_floor(&clause);
        }
        stance.permanent_only |= asks_for_permanent_only(&clause);
    }
    stance
}

/// Whether a clause asks for a permanent role only: "permanent" with "only", "looking for" or
/// "seeking" ("Permanent positions only", "looking for my next permanent post"), or contract
/// work ruled out. A permanent resident asks for nothing.
fn asks_for_permanent_only(clause: &str) -> bool {
    let wants_permanent = clause
        .replace("permanent resident", "")
        .contains("permanent")
        && contains_any(clause, &["only", "looking for", "seeking", "i want"]);
    wants_permanent
        || contains_any(
            clause,
            &[
                "not available for contract",
                "no contract work",
                "no contract roles",
                "not interested in contract",
                "no temporary",
            ],
        )
}

/// The first place ("City, Region", "Singapore") among the first lines of a resume, without
/// a label ("Address:") or postcodes ("10437 Berlin", "Leeds LS12").
fn header_location(text: &str) -> Option<String> {
    for line in text.lines().filter(|line| !line.trim().is_empty()).take(6) {
        for segment in line.split(['·', '|', '•', '—', '–']) {
            let segment = segment.trim();
            let segment = segment
                .split_once(':')
                .filter(|(label, _)| label.trim().eq_ignore_ascii_case("address"))
                .map_or(segment, |(_, rest)| rest.trim());
            if segment.contains('@') || segment.contains("://") || segment.contains(':') {
                continue;
            }
            let place = segment
                .split(',')
                .map(|part| {
                    part.split_whitespace()
                        .filter(|word| !word.chars().any(|c| c.is_ascii_digit()))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            let location = parse_location(&place);
            if location.country.is_some() && (location.city.is_some() || location.region.is_some())
            {
                return Some(place);
            }
        }
    }
    None
}

/// The place after "based in", "lives in" or "living in", when it parses.
fn based_in(clause: &str) -> Option<String> {
    for cue in ["based in ", "lives in ", "living in "] {
        let Some(start) = clause.find(cue) else {
            continue;
        };
        let rest = &clause[start + cue.len()..];
        let place: String = rest
            .split([';', '(', ')', '-'])
            .next()
            .unwrap_or_default()
            .split(" since ")
            .next()
            .unwrap_or_default()
            .trim()
            .to_string();
        let location = parse_location(&place);
        if location.country.is_some() {
            return Some(place);
        }
    }
    None
}

/// The right to work a clause states, into `stance`.
fn read_authorization(clause: &str, home_country: Option<&str>, stance: &mut ResumeStance) {
    let add = |stance: &mut ResumeStance, code: &str| {
        if !stance.work_authorization.iter().any(|known| known == code) {
            stance.work_authorization.push(code.to_string());
        }
        if is_eu_country(code) {
            add_eu(stance);
        }
    };
    let ws = words(clause);
    for (idx, word) in ws.iter().enumerate() {
        if *word == "citizen" && idx > 0 {
            // "Canadian citizen", "New Zealand citizen", "EU citizen".
            let before = if idx >= 2 {
                format!("{} {}", ws[idx - 2], ws[idx - 1])
            } else {
                ws[idx - 1].to_string()
            };
            if let Some(code) = countries_in(&before).last() {
                add(stance, code);
            }
        }
    }
    let states_right = contains_any(
        clause,
        &[
            "authorized to work in",
            "authorised to work in",
            "right to work in",
            "eligible to work in",
            "permit to work in",
            "citizen of",
            "nationality",
        ],
    );
    if states_right {
        for code in countries_in(clause) {
            add(stance, &code);
        }
    }
    if clause.contains("green card") {
        add(stance, "US");
    }
    let residence = contains_any(clause, &["permanent resident", "full working rights"]);
    if residence {
        match countries_in(clause).first() {
            Some(code) => add(stance, code),
            None => {
                if let Some(home) = home_country {
                    add(stance, home);
                }
            }
        }
    }
    if clause.contains("sponsorship")
        && contains_any(clause, &["require", "need"])
        && !contains_any(
            clause,
            &[
                "no sponsorship",
                "not seeking",
                "without",
                "not need",
                "not require",
                "no need",
                "do not need",
            ],
        )
    {
        stance.needs_sponsorship = true;
    }
}

fn add_eu(stance: &mut ResumeStance) {
    if !stance.work_authorization.iter().any(|known| known == "EU") {
        stance.work_authorization.push("EU".to_string());
    }
}

/// A pay floor the clause states: a pay figure next to "minimum", "at least", "or more",
/// "expected salary" or "seeking".
fn pay_floor(clause: &str) -> Option<Salary> {
    let is_floor = contains_any(
        clause,
        &[
            "minimum",
            "at least",
            "or more",
            "or above",
            "expected salary",
            "salary expectation",
            "desired salary",
            "seeking",
            "looking for",
        ],
    );
    let is_pay = contains_any(
        clause,
        &[
            "salary",
            "pay",
            "compensation",
            "base",
            "rate",
            "hour",
            "/hr",
            "year",
            "annum",
            "annual",
        ],
    );
    if !(is_floor && is_pay) {
        return None;
    }
    parse_salary(clause)
}

/// The countries `text` restricts applicants to; the posting's places supply the countries
/// when the restriction names none ("no visa sponsorship" in a job for the US or Ireland).
pub fn read_posting_restriction(text: &str, posting_places: &[Location]) -> PostingRestriction {
    const RIGHT_TO_WORK: &[&str] = &[
        "authorized to work in",
        "authorised to work in",
        "authorization to work in",
        "authorisation to work in",
        "right to work in",
        "eligible to work in",
        "legally entitled to work",
        "legally able to work",
        "work permit",
        "lmia",
    ];
    const REFUSAL: &[&str] = &["no ", "not ", "unable", "cannot", "can't", "without"];
    const CITIZENSHIP: &[&str] = &[
        "citizenship required",
        "citizenship is required",
        "citizens only",
        "must be a us citizen",
        "must be us citizen",
        "requires us citizenship",
        "require us citizenship",
        "citizenship",
    ];
    const RESIDENCE: &[&str] = &[
        "residents only",
        "restricted to",
        "must reside in",
        "must live in",
        "must be based in",
        "must be located in",
        "must be a resident",
    ];
    const REQUIRES: &[&str] = &["must", "require", "only", "need", "no ", "not ", "valid"];
    // Every phrase above that can start a restriction contains one of these words, so a text
    // or clause without any of them restricts nothing: most postings, read at a glance
    // instead of phrase by phrase.
    const ANCHORS: &[&str] = &[
        "citizen", "sponsor", "resid", "authori", "right", "eligible", "legally", "permit", "lmia",
    ];
    let mut restriction = PostingRestriction::default();
    let lowercase = text.to_lowercase();
    if !contains_any(&lowercase, ANCHORS) {
        return restriction;
    }
    for clause in clauses_of_lowercase(&lowercase) {
        if !contains_any(&clause, ANCHORS) {
            continue;
        }
        let citizenship = contains_any(&clause, CITIZENSHIP)
            && contains_any(&clause, &["required", "require", "must", "only"]);
        let right_to_work = contains_any(&clause, RIGHT_TO_WORK) && contains_any(&clause, REQUIRES);
        let no_sponsorship = clause.contains("sponsor") && contains_any(&clause, REFUSAL);
        let residence = contains_any(&clause, RESIDENCE)
            && (clause.contains("resident") || clause.contains("reside"));
        if !(citizenship || right_to_work || no_sponsorship || residence) {
            continue;
        }
        let mut countries = countries_in(&clause);
        if countries.is_empty() {
            countries.extend(
                posting_places
                    .iter()
                    .filter_map(|place| place.country.clone()),
            );
        }
        if countries.is_empty() {
            continue;
        }
        for country in countries {
            if !restriction.countries.contains(&country) {
                restriction.countries.push(country);
            }
        }
        restriction.citizenship |= citizenship;
        if restriction.clause.is_empty() {
            restriction.clause = clause;
        }
    }
    restriction
}

/// Whether a person with `authorization` (and, unless citizenship is asked, living in
/// `home_country`) may take a job restricted as `restriction` says. `None` when the resume says
/// too little to tell.
pub fn eligible_for(
    restriction: &PostingRestriction,
    authorization: &[String],
    needs_sponsorship: bool,
    home_country: Option<&str>,
) -> Option<bool> {
    if restriction.countries.is_empty() {
        return Some(true);
    }
    let covers = |right: &str| {
        restriction.countries.iter().any(|country| {
            country == right || (right == "EU" && (country == "EU" || is_eu_country(country)))
        })
    };
    if authorization.iter().any(|right| covers(right)) {
        return Some(true);
    }
    if !restriction.citizenship && !needs_sponsorship && home_country.is_some_and(covers) {
        return Some(true);
    }
    if needs_sponsorship || !authorization.is_empty() || home_country.is_some() {
        return Some(false);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::location::parse_locations;

    #[test]
    fn reads_the_place_from_the_contact_line() {
        let stance = read_resume_stance(
            "PAT KIM\nLyon, France · +33 6 55 55 55 55 · pat@example.fr\n\nEXPERIENCE\n",
        );
        assert_eq!(stance.location, "Lyon, France");
        let stance = read_resume_stance("Sam Lee\nsam@example.com\nAustin, TX 78701\n");
        assert_eq!(stance.location, "Austin, TX");
        let stance =
            read_resume_stance("Name: Ana Ruiz\nAddress: Calle Mayor 1, 28013 Madrid, Spain");
        assert_eq!(stance.location, "Calle Mayor, Madrid, Spain");
        let stance = read_resume_stance("Head of Sales · Singapore · ana@example.sg");
        assert_eq!(stance.location, "Singapore");
        let stance = read_resume_stance("Jo Park\nI am based in Berlin; remote within the EU.");
        assert_eq!(stance.location, "berlin");
        assert_eq!(read_resume_stance("Rust, Go, SQL\n").location, "");
    }

    #[test]
    fn reads_relocation_and_work_mode() {
        let stance = read_resume_stance("Based in Leeds. Will not relocate. Open to remote only.");
        assert_eq!(stance.relocation, Relocation::Closed);
        assert_eq!(stance.remote_preference, RemotePreference::RemoteOnly);
        let stance =
            read_resume_stance("Happy to work hybrid or on-site. Willing to relocate to Oslo.");
        assert_eq!(stance.relocation, Relocation::Open);
        assert_eq!(stance.remote_preference, RemotePreference::OnsiteOrHybrid);
        // A line break inside the sentence does not hide the "not".
        let stance = read_resume_stance("Settled here with my family and not\nrelocating.");
        assert_eq!(stance.relocation, Relocation::Closed);
        assert_eq!(
            read_resume_stance("Led the office relocation.").relocation,
            Relocation::Unstated
        );
    }

    #[test]
    fn reads_a_pay_floor() {
        let stance = read_resume_stance("Seeking $25/hour or more.");
        let salary = stance.expected_salary.unwrap();
        assert_eq!(salary.annual_min, Some(25.0 * 2080.0));
        let stance = read_resume_stance("Minimum salary £45,000.");
        assert_eq!(
            stance.expected_salary.unwrap().currency.as_deref(),
            Some("GBP")
        );
        // Figures of past work are no floor.
        let stance = read_resume_stance("Cut freight spend by $40,000 a year.");
        assert_eq!(stance.expected_salary, None);
    }

    #[test]
    fn reads_work_authorization() {
        let stance = read_resume_stance("Toronto, ON · Canadian citizen");
        assert_eq!(stance.work_authorization, ["CA"]);
        let stance = read_resume_stance("Irish citizen (EU passport)");
        assert_eq!(stance.work_authorization, ["IE", "EU"]);
        let stance = read_resume_stance("Authorized to work in the U.S. for any employer.");
        assert_eq!(stance.work_authorization, ["US"]);
        let stance = read_resume_stance("Permanent resident (green card), no sponsorship needed");
        assert_eq!(stance.work_authorization, ["US"]);
        assert!(!stance.needs_sponsorship);
        let stance = read_resume_stance("Indian citizen; will require visa sponsorship.");
        assert_eq!(stance.work_authorization, ["IN"]);
        assert!(stance.needs_sponsorship);
        let stance = read_resume_stance("Perth, WA, Australia\nFull working rights.");
        assert_eq!(stance.work_authorization, ["AU"]);
    }

    fn place(text: &str) -> Vec<Location> {
        parse_locations(text)
    }

    #[test]
    fn reads_posting_restrictions() {
        let restriction = read_posting_restriction(
            "Applicants must be authorized to work in the U.S. without sponsorship.",
            &place("Denver, CO"),
        );
        assert_eq!(restriction.countries, ["US"]);
        assert!(!restriction.citizenship);
        let restriction =
            read_posting_restriction("U.S. citizenship required.", &place("Norfolk, VA"));
        assert!(restriction.citizenship);
        let restriction = read_posting_restriction(
            "We are unable to offer visa sponsorship for this role.",
            &place("Leeds, UK"),
        );
        assert_eq!(restriction.countries, ["GB"]);
        let restriction = read_posting_restriction(
            "You must hold a valid Canadian work permit; no LMIA is available.",
            &place("Calgary, AB"),
        );
        assert_eq!(restriction.countries, ["CA"]);
        let restriction =
            read_posting_restriction("Remote, restricted to US residents.", &place("Remote"));
        assert_eq!(restriction.countries, ["US"]);
        let either = read_posting_restriction(
            "We do not sponsor visas and cannot hire elsewhere.",
            &place("Remote (US or EU: Ireland, Netherlands)"),
        );
        assert_eq!(either.countries, ["US", "IE", "NL"]);
        let open = read_posting_restriction(
            "We sponsor visas and welcome applicants from anywhere.",
            &place("Austin, TX"),
        );
        assert!(open.countries.is_empty());
    }

    #[test]
    fn eligibility_needs_a_matching_right() {
        let us_only = read_posting_restriction("No visa sponsorship.", &place("Austin, TX"));
        let us = ["US".to_string()];
        let eu = ["EU".to_string(), "DE".to_string()];
        assert_eq!(eligible_for(&us_only, &us, false, None), Some(true));
        assert_eq!(eligible_for(&us_only, &eu, false, Some("DE")), Some(false));
        // Living in the country is enough for a right to work, not for citizenship.
        assert_eq!(eligible_for(&us_only, &[], false, Some("US")), Some(true));
        assert_eq!(eligible_for(&us_only, &[], true, Some("US")), Some(false));
        assert_eq!(eligible_for(&us_only, &[], false, None), None);
        let citizens = read_posting_restriction("US citizenship required.", &place("Austin, TX"));
        let canadian = ["CA".to_string()];
        assert_eq!(
            eligible_for(&citizens, &canadian, false, Some("US")),
            Some(false)
        );
        let eu_right = read_posting_restriction(
            "Must have the right to work in the EU.",
            &place("Lyon, France"),
        );
        assert_eq!(eligible_for(&eu_right, &eu, false, None), Some(true));
    }
}
