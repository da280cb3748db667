//! Locations: "Portland, OR", "Lyon, France", "Toronto, ON, Canada", "Remote (US)", "Remote
//! (EU)", "Anywhere", "Greater Seattle Area" into a [`Location`], and [`Location::matches`] to
//! tell whether a posting's place and a candidate's overlap.
//!
//! The built-in tables are small on purpose: US states and DC, Canadian provinces, the UK's
//! nations, about seventy countries, a few regions of the world ([`Zone`]) and about seventy
//! cities that job boards often print without a country. Anything else is kept as written.
//!
//! Conventions: countries are ISO 3166-1 alpha-2 codes (`GB` for the UK); US and Canadian
//! regions are their postal codes. A two-letter code after a city is a US state or Canadian
//! province ("Dover, DE" is Delaware) unless the city is a known city of the country with that
//! code ("Berlin, DE" is Germany). A two-letter code alone is a country when it is one
//! ("CA" is Canada); "Georgia" alone is the US state.

use serde::{Deserialize, Serialize};

/// A place, or the area a remote job may be done from.
///
/// A non-remote location is a place: any of city, region, country may be unknown. A remote
/// location is an area: `country`, `region` or `zone` restrict it; with none of them it is
/// anywhere.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// The city, in its usual English name when the table knows it ("Munich" for "München").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// A state, province or nation: postal codes for the US and Canada ("OR", "ON"), otherwise
    /// as written ("England", "Bavaria").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// ISO 3166-1 alpha-2 code, such as `US` or `GB`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// A multi-country region such as the EU, mostly seen on remote jobs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<Zone>,
    #[serde(default)]
    pub remote: bool,
}

/// A region of the world that remote postings restrict to ("Remote (EU)", "EMEA only").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Zone {
    /// The 27 member states of the European Union.
    Eu,
    /// The EU plus the rest of geographic Europe in the country table (UK, Switzerland,
    /// Norway, ...).
    Europe,
    /// Europe, the Middle East and Africa.
    Emea,
    /// The US, Canada and Mexico.
    NorthAmerica,
    /// Mexico, Central and South America.
    LatinAmerica,
    /// North and Latin America.
    Americas,
    /// Asia and Oceania.
    Apac,
}

const EU: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];
const EUROPE_OUTSIDE_EU: &[&str] = &["GB", "CH", "NO", "IS", "UA", "RS", "TR"];
const MIDDLE_EAST_AND_AFRICA: &[&str] = &["IL", "AE", "SA", "EG", "ZA", "NG", "KE", "MA"];
const NORTH_AMERICA: &[&str] = &["US", "CA", "MX"];
const LATIN_AMERICA: &[&str] = &["MX", "BR", "AR", "CL", "CO", "PE", "UY", "CR"];
const APAC: &[&str] = &[
    "AU", "NZ", "JP", "KR", "CN", "IN", "SG", "HK", "TW", "ID", "MY", "PH", "TH", "VN", "PK", "BD",
];

impl Zone {
    /// Whether the country with ISO code `country` lies in this zone.
    pub fn contains(self, country: &str) -> bool {
        let lists: &[&[&str]] = match self {
            Zone::Eu => &[EU],
            Zone::Europe => &[EU, EUROPE_OUTSIDE_EU],
            Zone::Emea => &[EU, EUROPE_OUTSIDE_EU, MIDDLE_EAST_AND_AFRICA],
            Zone::NorthAmerica => &[NORTH_AMERICA],
            Zone::LatinAmerica => &[LATIN_AMERICA],
            Zone::Americas => &[NORTH_AMERICA, LATIN_AMERICA],
            Zone::Apac => &[APAC],
        };
        lists.iter().any(|list| list.contains(&country))
    }

    /// Whether some country lies in both zones.
    pub fn overlaps(self, other: Zone) -> bool {
        COUNTRIES
            .iter()
            .any(|(code, _)| self.contains(code) && other.contains(code))
    }

    fn from_name(lowercase: &str) -> Option<Zone> {
        let zone = match lowercase {
            "eu" | "european union" => Zone::Eu,
            "europe" | "european" => Zone::Europe,
            "emea" => Zone::Emea,
            "north america" | "northern america" => Zone::NorthAmerica,
            "latam" | "latin america" | "south america" | "central america" => Zone::LatinAmerica,
            "americas" | "the americas" => Zone::Americas,
            "apac" | "asia pacific" | "asia-pacific" | "asia" | "oceania" => Zone::Apac,
            _ => return None,
        };
        Some(zone)
    }
}

/// ISO code and the lowercase names boards use for it, official name first.
const COUNTRIES: &[(&str, &[&str])] = &[
    (
        "US",
        &[
            "united states",
            "united states of america",
            "usa",
            "u.s.",
            "u.s.a.",
            "u.s",
            "america",
        ],
    ),
    (
        "GB",
        &["united kingdom", "uk", "u.k.", "great britain", "britain"],
    ),
    ("CA", &["canada"]),
    ("MX", &["mexico", "méxico"]),
    ("DE", &["germany", "deutschland"]),
    ("FR", &["france"]),
    ("ES", &["spain", "españa"]),
    ("IT", &["italy", "italia"]),
    ("NL", &["netherlands", "the netherlands", "holland"]),
    ("BE", &["belgium"]),
    ("CH", &["switzerland", "schweiz", "suisse"]),
    ("AT", &["austria", "österreich"]),
    ("IE", &["ireland", "republic of ireland"]),
    ("PT", &["portugal"]),
    ("SE", &["sweden"]),
    ("NO", &["norway"]),
    ("DK", &["denmark"]),
    ("FI", &["finland"]),
    ("IS", &["iceland"]),
    ("PL", &["poland", "polska"]),
    ("CZ", &["czechia", "czech republic"]),
    ("SK", &["slovakia"]),
    ("SI", &["slovenia"]),
    ("HU", &["hungary"]),
    ("RO", &["romania"]),
    ("BG", &["bulgaria"]),
    ("HR", &["croatia"]),
    ("GR", &["greece"]),
    ("CY", &["cyprus"]),
    ("MT", &["malta"]),
    ("EE", &["estonia"]),
    ("LV", &["latvia"]),
    ("LT", &["lithuania"]),
    ("LU", &["luxembourg"]),
    ("UA", &["ukraine"]),
    ("RS", &["serbia"]),
    ("TR", &["turkey", "türkiye", "turkiye"]),
    ("IL", &["israel"]),
    ("AE", &["united arab emirates", "uae"]),
    ("SA", &["saudi arabia"]),
    ("EG", &["egypt"]),
    ("ZA", &["south africa"]),
    ("NG", &["nigeria"]),
    ("KE", &["kenya"]),
    ("MA", &["morocco"]),
    ("IN", &["india"]),
    ("PK", &["pakistan"]),
    ("BD", &["bangladesh"]),
    ("CN", &["china"]),
    ("HK", &["hong kong"]),
    ("TW", &["taiwan"]),
    ("JP", &["japan"]),
    ("KR", &["south korea", "korea", "republic of korea"]),
    ("SG", &["singapore"]),
    ("MY", &["malaysia"]),
    ("ID", &["indonesia"]),
    ("PH", &["philippines"]),
    ("TH", &["thailand"]),
    ("VN", &["vietnam", "viet nam"]),
    ("AU", &["australia"]),
    ("NZ", &["new zealand"]),
    ("BR", &["brazil", "brasil"]),
    ("AR", &["argentina"]),
    ("CL", &["chile"]),
    ("CO", &["colombia"]),
    ("PE", &["peru"]),
    ("UY", &["uruguay"]),
    ("CR", &["costa rica"]),
];

/// Extra two- and three-letter codes boards use besides the ISO ones.
const COUNTRY_CODE_ALIASES: &[(&str, &str)] = &[("UK", "GB"), ("USA", "US"), ("UAE", "AE")];

/// Country, region code and lowercase full name: US states and DC, Canadian provinces and
/// territories, UK nations (whose "code" is their name).
const REGIONS: &[(&str, &str, &str)] = &[
    ("US", "AL", "alabama"),
    ("US", "AK", "alaska"),
    ("US", "AZ", "arizona"),
    ("US", "AR", "arkansas"),
    ("US", "CA", "california"),
    ("US", "CO", "colorado"),
    ("US", "CT", "connecticut"),
    ("US", "DE", "delaware"),
    ("US", "DC", "district of columbia"),
    ("US", "FL", "florida"),
    ("US", "GA", "georgia"),
    ("US", "HI", "hawaii"),
    ("US", "ID", "idaho"),
    ("US", "IL", "illinois"),
    ("US", "IN", "indiana"),
    ("US", "IA", "iowa"),
    ("US", "KS", "kansas"),
    ("US", "KY", "kentucky"),
    ("US", "LA", "louisiana"),
    ("US", "ME", "maine"),
    ("US", "MD", "maryland"),
    ("US", "MA", "massachusetts"),
    ("US", "MI", "michigan"),
    ("US", "MN", "minnesota"),
    ("US", "MS", "mississippi"),
    ("US", "MO", "missouri"),
    ("US", "MT", "montana"),
    ("US", "NE", "nebraska"),
    ("US", "NV", "nevada"),
    ("US", "NH", "new hampshire"),
    ("US", "NJ", "new jersey"),
    ("US", "NM", "new mexico"),
    ("US", "NY", "new york"),
    ("US", "NC", "north carolina"),
    ("US", "ND", "north dakota"),
    ("US", "OH", "ohio"),
    ("US", "OK", "oklahoma"),
    ("US", "OR", "oregon"),
    ("US", "PA", "pennsylvania"),
    ("US", "RI", "rhode island"),
    ("US", "SC", "south carolina"),
    ("US", "SD", "south dakota"),
    ("US", "TN", "tennessee"),
    ("US", "TX", "texas"),
    ("US", "UT", "utah"),
    ("US", "VT", "vermont"),
    ("US", "VA", "virginia"),
    ("US", "WA", "washington"),
    ("US", "WV", "west virginia"),
    ("US", "WI", "wisconsin"),
    ("US", "WY", "wyoming"),
    ("CA", "AB", "alberta"),
    ("CA", "BC", "british columbia"),
    ("CA", "MB", "manitoba"),
    ("CA", "NB", "new brunswick"),
    ("CA", "NL", "newfoundland and labrador"),
    ("CA", "NS", "nova scotia"),
    ("CA", "ON", "ontario"),
    ("CA", "PE", "prince edward island"),
    ("CA", "QC", "quebec"),
    ("CA", "SK", "saskatchewan"),
    ("CA", "NT", "northwest territories"),
    ("CA", "NU", "nunavut"),
    ("CA", "YT", "yukon"),
    ("GB", "England", "england"),
    ("GB", "Scotland", "scotland"),
    ("GB", "Wales", "wales"),
    ("GB", "Northern Ireland", "northern ireland"),
];

/// A city boards often print alone: its English name, region (or ""), country, and the other
/// lowercase names it goes by.
struct City {
    name: &'static str,
    region: &'static str,
    country: &'static str,
    aliases: &'static [&'static str],
}

const fn city(
    name: &'static str,
    region: &'static str,
    country: &'static str,
    aliases: &'static [&'static str],
) -> City {
    City {
        name,
        region,
        country,
        aliases,
    }
}

const CITIES: &[City] = &[
    city(
        "New York",
        "NY",
        "US",
        &["nyc", "new york city", "manhattan", "brooklyn"],
    ),
    city(
        "San Francisco",
        "CA",
        "US",
        &["sf", "san francisco bay", "bay area", "sf bay"],
    ),
    city("Los Angeles", "CA", "US", &[]),
    city("San Jose", "CA", "US", &[]),
    city("San Diego", "CA", "US", &[]),
    city("Seattle", "WA", "US", &[]),
    city("Portland", "OR", "US", &[]),
    city("Austin", "TX", "US", &[]),
    city("Dallas", "TX", "US", &[]),
    city("Houston", "TX", "US", &[]),
    city("Boston", "MA", "US", &[]),
    city("Chicago", "IL", "US", &[]),
    city("Denver", "CO", "US", &[]),
    city("Atlanta", "GA", "US", &[]),
    city("Miami", "FL", "US", &[]),
    city("Philadelphia", "PA", "US", &[]),
    city("Pittsburgh", "PA", "US", &[]),
    city(
        "Washington",
        "DC",
        "US",
        &["washington dc", "washington d.c."],
    ),
    city("Toronto", "ON", "CA", &[]),
    city("Ottawa", "ON", "CA", &[]),
    city("Vancouver", "BC", "CA", &[]),
    city("Montreal", "QC", "CA", &["montréal"]),
    city("Calgary", "AB", "CA", &[]),
    city("London", "England", "GB", &[]),
    city("Manchester", "England", "GB", &[]),
    city("Bristol", "England", "GB", &[]),
    city("Edinburgh", "Scotland", "GB", &[]),
    city("Glasgow", "Scotland", "GB", &[]),
    city("Dublin", "", "IE", &[]),
    city("Berlin", "", "DE", &[]),
    city("Munich", "", "DE", &["münchen", "muenchen"]),
    city("Hamburg", "", "DE", &[]),
    city("Frankfurt", "", "DE", &["frankfurt am main"]),
    city("Cologne", "", "DE", &["köln", "koeln"]),
    city("Paris", "", "FR", &[]),
    city("Lyon", "", "FR", &[]),
    city("Amsterdam", "", "NL", &[]),
    city("Rotterdam", "", "NL", &[]),
    city("Brussels", "", "BE", &["bruxelles", "brussel"]),
    city("Madrid", "", "ES", &[]),
    city("Barcelona", "", "ES", &[]),
    city("Lisbon", "", "PT", &["lisboa"]),
    city("Milan", "", "IT", &["milano"]),
    city("Rome", "", "IT", &["roma"]),
    city("Zurich", "", "CH", &["zürich"]),
    city("Geneva", "", "CH", &["genève", "geneve"]),
    city("Vienna", "", "AT", &["wien"]),
    city("Stockholm", "", "SE", &[]),
    city("Copenhagen", "", "DK", &["københavn"]),
    city("Oslo", "", "NO", &[]),
    city("Helsinki", "", "FI", &[]),
    city("Warsaw", "", "PL", &["warszawa"]),
    city("Krakow", "", "PL", &["kraków", "cracow"]),
    city("Prague", "", "CZ", &["praha"]),
    city("Tallinn", "", "EE", &[]),
    city("Tel Aviv", "", "IL", &["tel aviv-yafo"]),
    city("Dubai", "", "AE", &[]),
    city("Bengaluru", "", "IN", &["bangalore"]),
    city("Mumbai", "", "IN", &["bombay"]),
    city("Delhi", "", "IN", &["new delhi"]),
    city("Hyderabad", "", "IN", &[]),
    city("Pune", "", "IN", &[]),
    city("Chennai", "", "IN", &["madras"]),
    city("Singapore", "", "SG", &[]),
    city("Hong Kong", "", "HK", &[]),
    city("Tokyo", "", "JP", &[]),
    city("Seoul", "", "KR", &[]),
    city("Sydney", "", "AU", &[]),
    city("Melbourne", "", "AU", &[]),
    city("Auckland", "", "NZ", &[]),
    city("São Paulo", "", "BR", &["sao paulo"]),
    city("Mexico City", "", "MX", &["cdmx", "ciudad de méxico"]),
    city("Buenos Aires", "", "AR", &[]),
];

impl Location {
    /// Whether this location and `other` share ground, in either order:
    ///
    /// - two places match when no known part disagrees (country, region, city) and at least one
    ///   agrees, so "Berlin, Germany" matches "Germany" and "Portland" matches "Portland, OR",
    ///   but "Portland, ME" does not match "Portland, OR";
    /// - a remote area matches a place inside it ("Remote (US)" matches "Austin, TX"; "Remote
    ///   (EU)" matches "Lyon, France"; plain "Remote" matches everywhere) but not a place whose
    ///   country is unknown when the area is restricted;
    /// - two remote areas match when they overlap.
    ///
    /// A location with nothing known matches nothing.
    pub fn matches(&self, other: &Location) -> bool {
        match (self.remote, other.remote) {
            (true, true) => areas_overlap(self, other),
            (true, false) => area_contains(self, other),
            (false, true) => area_contains(other, self),
            (false, false) => places_overlap(self, other),
        }
    }

    /// Whether nothing is known: no place, no zone, not remote.
    pub fn is_empty(&self) -> bool {
        !self.remote
            && self.city.is_none()
            && self.region.is_none()
            && self.country.is_none()
            && self.zone.is_none()
    }
}

fn is_unrestricted(area: &Location) -> bool {
    area.country.is_none() && area.region.is_none() && area.zone.is_none()
}

fn area_contains(area: &Location, place: &Location) -> bool {
    if place.is_empty() {
        return false;
    }
    if is_unrestricted(area) {
        return true;
    }
    let place_country = place.country.as_deref();
    let country_ok = match (area.country.as_deref(), area.zone) {
        (Some(country), _) => place_country == Some(country),
        (None, Some(zone)) => place_country.is_some_and(|country| zone.contains(country)),
        (None, None) => true,
    };
    let region_ok = area
        .region
        .as_ref()
        .is_none_or(|region| place.region.as_ref() == Some(region));
    country_ok && region_ok
}

fn areas_overlap(first: &Location, second: &Location) -> bool {
    if is_unrestricted(first) || is_unrestricted(second) {
        return true;
    }
    match (
        (first.country.as_deref(), first.zone),
        (second.country.as_deref(), second.zone),
    ) {
        ((Some(first), _), (Some(second), _)) => first == second,
        ((Some(country), _), (None, Some(zone))) | ((None, Some(zone)), (Some(country), _)) => {
            zone.contains(country)
        }
        ((None, Some(first)), (None, Some(second))) => first.overlaps(second),
        // Only regions known: they must agree.
        _ => first.region == second.region,
    }
}

fn places_overlap(first: &Location, second: &Location) -> bool {
    fn agree(first: &Option<String>, second: &Option<String>) -> Option<bool> {
        match (first, second) {
            (Some(first), Some(second)) => Some(normalized(first) == normalized(second)),
            _ => None,
        }
    }
    let parts = [
        agree(&first.country, &second.country),
        agree(&first.region, &second.region),
        agree(&first.city, &second.city),
    ];
    if parts.contains(&Some(false)) {
        return false;
    }
    if parts.contains(&Some(true)) {
        return true;
    }
    // A place in a country and a zone around it: "Lyon, France" and "Europe".
    match (first.zone, second.zone) {
        (Some(zone), None) => second
            .country
            .as_deref()
            .is_some_and(|country| zone.contains(country)),
        (None, Some(zone)) => first
            .country
            .as_deref()
            .is_some_and(|country| zone.contains(country)),
        (Some(first), Some(second)) => first.overlaps(second),
        (None, None) => false,
    }
}

/// Lowercase, with runs of whitespace and punctuation as one space, for comparing names.
fn normalized(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Parses one location; for a list ("New York, NY or Remote") this is the first of
/// [`parse_locations`]. Returns an empty location when the text names no place.
pub fn parse_location(text: &str) -> Location {
    parse_locations(text).into_iter().next().unwrap_or_default()
}

/// Parses a location field that may list several places, separated by `;`, `|`, `•`, a line
/// break, " or " or " / " outside brackets. "Remote (US or Canada)" and "Remote - US, Canada"
/// give one remote location per country.
pub fn parse_locations(text: &str) -> Vec<Location> {
    split_top_level(text)
        .into_iter()
        .flat_map(|piece| parse_piece(&piece))
        .filter(|location| !location.is_empty())
        .collect()
}

/// Splits at list separators outside brackets.
fn split_top_level(text: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    let mut chars = text.char_indices().peekable();
    while let Some((idx, c)) = chars.next() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        let rest = &text[idx..];
        let is_separator = depth == 0
            && (matches!(c, ';' | '|' | '•' | '\n')
                || rest.starts_with(" or ")
                || rest.starts_with(" / ")
                || rest.starts_with(" OR "));
        if is_separator {
            pieces.push(std::mem::take(&mut current));
            let skip = if c == ' ' { 2 } else { 0 };
            for _ in 0..skip {
                chars.next();
            }
            continue;
        }
        current.push(c);
    }
    pieces.push(current);
    pieces.retain(|piece| !piece.trim().is_empty());
    pieces
}

/// Words that mark a remote location, removed before reading the place.
const REMOTE_WORDS: &[&str] = &[
    "remote",
    "remotely",
    "anywhere",
    "worldwide",
    "global",
    "globally",
    "wfh",
];
/// Words around the remote marker that carry no place: "100% remote in the US only".
const REMOTE_FILLER: &[&str] = &[
    "fully", "100%", "only", "in", "the", "from", "within", "based", "first", "friendly", "ok",
    "work", "home", "or", "and", "anywhere", "option", "possible", "-",
];
/// Time-zone wording around an area: "Remote, EU timezones", "US time zones only".
const TIME_ZONE_WORDS: &[&str] = &[
    "timezone",
    "timezones",
    "time",
    "zone",
    "zones",
    "tz",
    "hours",
    "overlap",
];
/// Work-mode words a location field carries that are not places: "Berlin (hybrid)".
const MODE_WORDS: &[&str] = &[
    "hybrid",
    "onsite",
    "on-site",
    "on",
    "site",
    "office",
    "in-office",
    "in",
    "person",
    "in-person",
    "flexible",
    "or",
    "and",
];

/// Parses one piece of a location list; several results only for a remote area naming several
/// countries or zones.
fn parse_piece(piece: &str) -> Vec<Location> {
    let mut remote = false;
    // "Hybrid remote in Austin, TX" (Indeed's wording) still means showing up in Austin.
    let mut hybrid = false;
    let mut place_parts: Vec<String> = Vec::new();
    for part in split_parts(piece) {
        let words: Vec<String> = part
            .split_whitespace()
            .flat_map(|word| {
                let lowercase = word.to_lowercase();
                // "US-Remote", "remote-first": split at the hyphen only around remote words.
                if lowercase.contains("remote") {
                    word.split('-').map(str::to_string).collect::<Vec<_>>()
                } else {
                    vec![word.to_string()]
                }
            })
            .filter(|word| !word.is_empty())
            .collect();
        let lowercase: Vec<String> = words.iter().map(|word| word.to_lowercase()).collect();
        let is_remote_part = lowercase
            .iter()
            .any(|word| REMOTE_WORDS.contains(&word.as_str()))
            || lowercase
                .windows(3)
                .any(|window| window == ["work", "from", "home"]);
        let is_mode_part = lowercase.iter().any(|word| {
            matches!(
                word.as_str(),
                "hybrid" | "onsite" | "on-site" | "office" | "in-office" | "in-person"
            )
        });
        remote |= is_remote_part;
        hybrid |= lowercase.iter().any(|word| word == "hybrid");
        let kept: Vec<&str> = words
            .iter()
            .zip(&lowercase)
            .filter(|(_, lower)| {
                let lower = lower.as_str();
                let dropped_as_remote = is_remote_part
                    && (REMOTE_WORDS.contains(&lower) || REMOTE_FILLER.contains(&lower));
                let dropped_as_mode = is_mode_part && MODE_WORDS.contains(&lower);
                let is_postcode = lower.chars().any(|c| c.is_ascii_digit());
                !dropped_as_remote
                    && !dropped_as_mode
                    && !is_postcode
                    && !TIME_ZONE_WORDS.contains(&lower)
            })
            .map(|(word, _)| word.as_str())
            .collect();
        let place = strip_area_words(&kept.join(" "));
        if !place.is_empty() {
            place_parts.push(place);
        }
    }

    // "Remote (US, Canada)", "Remote - EU or UK": one area per country or zone.
    let all_areas = place_parts.len() >= 2
        && place_parts.iter().all(|part| {
            country_code(part).is_some() || Zone::from_name(&part.to_lowercase()).is_some()
        });
    let remote = remote && !hybrid;
    if remote && all_areas {
        return place_parts
            .iter()
            .map(|part| Location {
                country: country_code(part).map(str::to_string),
                zone: Zone::from_name(&part.to_lowercase()),
                remote: true,
                ..Location::default()
            })
            .collect();
    }
    let mut location = resolve_place(place_parts);
    location.remote = remote;
    vec![location]
}

/// Splits a piece at commas, brackets, colons, slashes and spaced or long dashes; a hyphen
/// inside a name ("Winston-Salem") stays.
fn split_parts(piece: &str) -> Vec<String> {
    let mut normalized = String::with_capacity(piece.len());
    let mut chars = piece.chars().peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        let next = chars.peek().copied().unwrap_or(' ');
        let is_separator = matches!(c, ',' | '(' | ')' | '[' | ']' | ':' | '/' | '–' | '—')
            || c == '-' && (previous.is_whitespace() || next.is_whitespace());
        normalized.push(if is_separator { ',' } else { c });
        previous = c;
    }
    // " or " and " and " inside brackets list areas: "Remote (US or Canada)".
    normalized
        .split(',')
        .flat_map(|part| part.split(" or ").flat_map(|part| part.split(" and ")))
        .map(|part| part.trim().to_string())
        .filter(|part| !part.is_empty())
        .collect()
}

/// Drops LinkedIn's area wording: "Greater Seattle Area" is Seattle, "San Francisco Bay Area"
/// is the bay.
fn strip_area_words(place: &str) -> String {
    let mut words: Vec<&str> = place.split_whitespace().collect();
    if words
        .first()
        .is_some_and(|word| word.eq_ignore_ascii_case("greater"))
    {
        words.remove(0);
    }
    if words.len() >= 2
        && words
            .last()
            .is_some_and(|word| word.eq_ignore_ascii_case("area"))
    {
        words.pop();
        if words.len() >= 2
            && words.last().is_some_and(|word| {
                word.eq_ignore_ascii_case("metropolitan") || word.eq_ignore_ascii_case("metro")
            })
        {
            words.pop();
        }
    }
    words.join(" ")
}

/// The ISO code of a country name or code ("Germany", "DE", "UK", "U.S.").
pub(crate) fn country_code(part: &str) -> Option<&'static str> {
    let lowercase = part.trim().to_lowercase();
    if let Some((code, _)) = COUNTRIES
        .iter()
        .find(|(_, names)| names.contains(&lowercase.as_str()))
    {
        return Some(code);
    }
    let uppercase = part.trim().to_uppercase();
    if let Some((_, code)) = COUNTRY_CODE_ALIASES
        .iter()
        .find(|(alias, _)| *alias == uppercase)
    {
        return Some(code);
    }
    // A bare ISO code only when written in capitals: "in" or "de" are words.
    let is_capital_code = part.len() == 2 && part.chars().all(|c| c.is_ascii_uppercase());
    if is_capital_code {
        return COUNTRIES
            .iter()
            .map(|(code, _)| *code)
            .find(|code| *code == part);
    }
    None
}

/// The country and region code of a US state, Canadian province or UK nation, by name or (in
/// capitals) by postal code.
fn region_code(part: &str) -> Option<(&'static str, &'static str)> {
    let lowercase = part.trim().to_lowercase();
    let lowercase = lowercase.trim_end_matches('.');
    if let Some((country, code, _)) = REGIONS.iter().find(|(_, _, name)| *name == lowercase) {
        return Some((country, code));
    }
    let trimmed = part.trim().trim_end_matches('.');
    let is_capital_code = trimmed.len() == 2 && trimmed.chars().all(|c| c.is_ascii_uppercase());
    if is_capital_code {
        return REGIONS
            .iter()
            .find(|(_, code, _)| *code == trimmed)
            .map(|(country, code, _)| (*country, *code));
    }
    None
}

fn known_city(part: &str) -> Option<&'static City> {
    let name = normalized(part);
    CITIES.iter().find(|city| {
        normalized(city.name) == name || city.aliases.iter().any(|alias| normalized(alias) == name)
    })
}

/// Reads city, region and country from place parts, right to left: "Toronto, ON, Canada",
/// "Portland, OR 97201", "Lyon, France", "Munich", "Europe".
fn resolve_place(mut parts: Vec<String>) -> Location {
    let mut location = Location::default();
    if let Some(idx) = parts
        .iter()
        .position(|part| Zone::from_name(&part.to_lowercase()).is_some())
    {
        location.zone = Zone::from_name(&parts.remove(idx).to_lowercase());
    }
    if parts.is_empty() {
        return location;
    }
    if parts.len() == 1 {
        // "Austin TX", "Washington DC", "Leeds United Kingdom": a region code or a country as
        // the last words, without a comma.
        match split_trailing_area(&parts[0]) {
            Some((city, area)) => parts = vec![city, area],
            None => return resolve_single(&parts[0], location),
        }
    }

    // The last part: a country, unless it is a state or province code after a city that is not
    // a known city of the country with that code ("Dover, DE" vs "Berlin, DE").
    let last = parts.last().expect("two or more parts").clone();
    let first_city = known_city(&parts[0]);
    let as_country = country_code(&last);
    let as_region = region_code(&last);
    let take_country = match (as_country, as_region) {
        (Some(country), Some(_)) => {
            last.len() > 2 || first_city.is_some_and(|city| city.country == country)
        }
        (Some(_), None) => true,
        (None, _) => false,
    };
    if take_country {
        location.country = as_country.map(str::to_string);
        parts.pop();
    }
    if parts.len() >= 2
        && let Some((country, code)) = region_code(parts.last().expect("two or more parts"))
        && location
            .country
            .as_deref()
            .is_none_or(|known| known == country)
    {
        location.region = Some(code.to_string());
        location.country = Some(country.to_string());
        parts.pop();
    } else if parts.len() >= 2 && location.country.is_some() {
        // An unknown region between city and country: "Munich, Bavaria, Germany".
        location.region = parts.pop();
    }
    let city = parts.into_iter().next().expect("at least one part left");
    fill_from_city_table(&mut location, &city);
    location
}

/// Splits "Austin TX" into ("Austin", "TX") and "Leeds United Kingdom" into ("Leeds",
/// "United Kingdom") when the last one or two words are a capital region code or a country,
/// unless the whole part is a known city, region or country ("New York").
fn split_trailing_area(part: &str) -> Option<(String, String)> {
    if known_city(part).is_some() || region_code(part).is_some() || country_code(part).is_some() {
        return None;
    }
    let words: Vec<&str> = part.split_whitespace().collect();
    (1..=2.min(words.len().saturating_sub(1))).find_map(|n_area_words| {
        let (city, area) = words.split_at(words.len() - n_area_words);
        let area = area.join(" ");
        let is_region_code = area.len() == 2 && region_code(&area).is_some();
        (is_region_code || country_code(&area).is_some()).then(|| (city.join(" "), area))
    })
}

/// One part alone: a known city, a country, a region, or else a city as written.
fn resolve_single(part: &str, mut location: Location) -> Location {
    if known_city(part).is_some() {
        fill_from_city_table(&mut location, part);
    } else if let Some(country) = country_code(part) {
        location.country = Some(country.to_string());
    } else if let Some((country, code)) = region_code(part) {
        location.region = Some(code.to_string());
        location.country = Some(country.to_string());
    } else {
        location.city = Some(part.to_string());
    }
    location
}

/// Sets the city, and fills region and country from the city table when it knows the city
/// and they do not contradict what the text said.
fn fill_from_city_table(location: &mut Location, city_text: &str) {
    let Some(city) = known_city(city_text) else {
        location.city = Some(city_text.to_string());
        return;
    };
    let region = (!city.region.is_empty()).then_some(city.region);
    let consistent = location
        .country
        .as_deref()
        .is_none_or(|country| country == city.country)
        && location
            .region
            .as_deref()
            .is_none_or(|known| region.is_none_or(|region| region == known));
    if !consistent {
        location.city = Some(city_text.to_string());
        return;
    }
    location.city = Some(city.name.to_string());
    location.country = Some(city.country.to_string());
    if location.region.is_none() {
        location.region = region.map(str::to_string);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(city: Option<&str>, region: Option<&str>, country: Option<&str>) -> Location {
        Location {
            city: city.map(str::to_string),
            region: region.map(str::to_string),
            country: country.map(str::to_string),
            zone: None,
            remote: false,
        }
    }

    fn remote(country: Option<&str>, zone: Option<Zone>) -> Location {
        Location {
            country: country.map(str::to_string),
            zone,
            remote: true,
            ..Location::default()
        }
    }

    fn check(text: &str, expected: Location) {
        assert_eq!(parse_location(text), expected, "parse_location({text:?})");
    }

    #[test]
    fn city_and_state_or_country() {
        check(
            "Portland, OR",
            place(Some("Portland"), Some("OR"), Some("US")),
        );
        check(
            "Portland, OR 97201",
            place(Some("Portland"), Some("OR"), Some("US")),
        );
        check(
            "Portland, Oregon",
            place(Some("Portland"), Some("OR"), Some("US")),
        );
        check(
            "Portland, ME",
            place(Some("Portland"), Some("ME"), Some("US")),
        );
        check(
            "Austin, TX, USA",
            place(Some("Austin"), Some("TX"), Some("US")),
        );
        check("Lyon, France", place(Some("Lyon"), None, Some("FR")));
        check(
            "Toronto, ON, Canada",
            place(Some("Toronto"), Some("ON"), Some("CA")),
        );
        check("London, ON", place(Some("London"), Some("ON"), Some("CA")));
        check(
            "London, UK",
            place(Some("London"), Some("England"), Some("GB")),
        );
        check(
            "Edinburgh, Scotland, United Kingdom",
            place(Some("Edinburgh"), Some("Scotland"), Some("GB")),
        );
        check(
            "San Francisco, CA",
            place(Some("San Francisco"), Some("CA"), Some("US")),
        );
        check(
            "Sacramento, CA",
            place(Some("Sacramento"), Some("CA"), Some("US")),
        );
        check("Dover, DE", place(Some("Dover"), Some("DE"), Some("US")));
        check("Berlin, DE", place(Some("Berlin"), None, Some("DE")));
        check(
            "Munich, Bavaria, Germany",
            place(Some("Munich"), Some("Bavaria"), Some("DE")),
        );
        check(
            "Winston-Salem, NC",
            place(Some("Winston-Salem"), Some("NC"), Some("US")),
        );
        check(
            "Lyon, France (on-site)",
            place(Some("Lyon"), None, Some("FR")),
        );
        check(
            "Berlin, Germany (hybrid)",
            place(Some("Berlin"), None, Some("DE")),
        );
        check(
            "Hybrid - London",
            place(Some("London"), Some("England"), Some("GB")),
        );
        check(
            "Hybrid remote in Austin, TX 78701",
            place(Some("Austin"), Some("TX"), Some("US")),
        );
        check("Austin TX", place(Some("Austin"), Some("TX"), Some("US")));
        check(
            "Washington DC",
            place(Some("Washington"), Some("DC"), Some("US")),
        );
        check(
            "Leeds United Kingdom",
            place(Some("Leeds"), None, Some("GB")),
        );
        check(
            "Paris, Île-de-France, France",
            place(Some("Paris"), Some("Île-de-France"), Some("FR")),
        );
    }

    #[test]
    fn single_parts() {
        check("Germany", place(None, None, Some("DE")));
        check("California", place(None, Some("CA"), Some("US")));
        check("TX", place(None, Some("TX"), Some("US")));
        check("CA", place(None, None, Some("CA")));
        check("Georgia", place(None, Some("GA"), Some("US")));
        check("NYC", place(Some("New York"), Some("NY"), Some("US")));
        check("München", place(Some("Munich"), None, Some("DE")));
        check("Bangalore", place(Some("Bengaluru"), None, Some("IN")));
        check(
            "Greater Seattle Area",
            place(Some("Seattle"), Some("WA"), Some("US")),
        );
        check(
            "San Francisco Bay Area",
            place(Some("San Francisco"), Some("CA"), Some("US")),
        );
        check("Springfield", place(Some("Springfield"), None, None));
        check("Singapore", place(Some("Singapore"), None, Some("SG")));
    }

    #[test]
    fn remote_areas() {
        check("Remote (US)", remote(Some("US"), None));
        check("Remote - US", remote(Some("US"), None));
        check("US-Remote", remote(Some("US"), None));
        check("Remote in Canada", remote(Some("CA"), None));
        check("Remote, United Kingdom", remote(Some("GB"), None));
        check("Remote (EU)", remote(None, Some(Zone::Eu)));
        check("Remote, EU timezones", remote(None, Some(Zone::Eu)));
        check("Remote in United States", remote(Some("US"), None));
        check("Remote — EMEA", remote(None, Some(Zone::Emea)));
        check("Remote", remote(None, None));
        check("Anywhere", remote(None, None));
        check("Worldwide", remote(None, None));
        check("100% Remote", remote(None, None));
        let mut austin = place(Some("Austin"), Some("TX"), Some("US"));
        austin.remote = true;
        check("Remote - Austin, TX", austin);
        check("", Location::default());
    }

    #[test]
    fn location_lists() {
        assert_eq!(
            parse_locations("New York, NY or Remote"),
            [
                place(Some("New York"), Some("NY"), Some("US")),
                remote(None, None)
            ]
        );
        assert_eq!(
            parse_locations("San Francisco, CA; Seattle, WA | Austin, TX"),
            [
                place(Some("San Francisco"), Some("CA"), Some("US")),
                place(Some("Seattle"), Some("WA"), Some("US")),
                place(Some("Austin"), Some("TX"), Some("US")),
            ]
        );
        assert_eq!(
            parse_locations("Remote (US or Canada)"),
            [remote(Some("US"), None), remote(Some("CA"), None)]
        );
        assert_eq!(
            parse_locations("Remote - US, UK"),
            [remote(Some("US"), None), remote(Some("GB"), None)]
        );
        assert_eq!(
            parse_location("Boston, MA / Remote"),
            place(Some("Boston"), Some("MA"), Some("US"))
        );
    }

    #[test]
    fn places_match_when_nothing_disagrees() {
        let portland_or = parse_location("Portland, OR");
        assert!(portland_or.matches(&parse_location("Portland, Oregon")));
        assert!(portland_or.matches(&parse_location("Portland")));
        assert!(!portland_or.matches(&parse_location("Portland, ME")));
        assert!(!portland_or.matches(&parse_location("Seattle, WA")));
        assert!(portland_or.matches(&parse_location("Oregon")));
        assert!(portland_or.matches(&parse_location("USA")));
        assert!(!portland_or.matches(&parse_location("Canada")));
        let berlin = parse_location("Berlin, Germany");
        assert!(berlin.matches(&parse_location("Germany")));
        assert!(berlin.matches(&parse_location("berlin")));
        assert!(!berlin.matches(&parse_location("Munich, Germany")));
        assert!(berlin.matches(&parse_location("Europe")));
        assert!(!berlin.matches(&Location::default()));
        assert!(!Location::default().matches(&Location::default()));
    }

    #[test]
    fn remote_areas_match_places_inside_them() {
        let remote_us = parse_location("Remote (US)");
        assert!(remote_us.matches(&parse_location("Austin, TX")));
        assert!(
            parse_location("Austin, TX").matches(&remote_us),
            "symmetric"
        );
        assert!(!remote_us.matches(&parse_location("Toronto, Canada")));
        assert!(
            !remote_us.matches(&parse_location("Springfield")),
            "country unknown"
        );
        let remote_eu = parse_location("Remote (EU)");
        assert!(remote_eu.matches(&parse_location("Lyon, France")));
        assert!(!remote_eu.matches(&parse_location("London, UK")));
        assert!(parse_location("Remote (Europe)").matches(&parse_location("London, UK")));
        let anywhere = parse_location("Anywhere");
        assert!(anywhere.matches(&parse_location("Springfield")));
        assert!(anywhere.matches(&parse_location("Tokyo")));
    }

    #[test]
    fn remote_areas_match_when_they_overlap() {
        let remote_us = parse_location("Remote (US)");
        assert!(remote_us.matches(&parse_location("Remote")));
        assert!(remote_us.matches(&parse_location("Remote, USA")));
        assert!(!remote_us.matches(&parse_location("Remote (UK)")));
        assert!(remote_us.matches(&parse_location("Remote (North America)")));
        assert!(parse_location("Remote (EU)").matches(&parse_location("Remote (EMEA)")));
        assert!(!parse_location("Remote (EU)").matches(&parse_location("Remote (APAC)")));
    }

    #[test]
    fn zones() {
        assert!(Zone::Eu.contains("FR"));
        assert!(!Zone::Eu.contains("GB"));
        assert!(Zone::Europe.contains("GB"));
        assert!(Zone::Emea.contains("AE"));
        assert!(Zone::Americas.contains("BR"));
        assert!(
            Zone::NorthAmerica.overlaps(Zone::LatinAmerica),
            "Mexico is in both"
        );
        assert!(!Zone::Eu.overlaps(Zone::Apac));
    }
}
