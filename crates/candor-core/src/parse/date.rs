//! Posting dates: absolute dates in the formats job boards print ("2026-11-01", "Nov 3, 2026",
//! "3 November 2026", "11/03/2026") and relative ones ("3 days ago", "yesterday", "30+ days
//! ago") resolved against a `today` the caller passes in, plus the 30-day expiry rule.
//!
//! Conventions: numeric dates with slashes or hyphens and the year last are US month/day/year
//! unless the first number cannot be a month (`25/12/2026`); with dots they are day.month.year
//! (`03.11.2026`), as in Germany. "N+ days ago" means N days ago; "N months ago" steps back
//! calendar months. A date without a year is the latest such day not after `today`.

use super::text::{Token, TokenKind, adjacent, month_number, number_word, text_tokens};
use crate::domain::Date;

/// How many days a posting stays open after it went up.
pub const POSTING_LIFETIME_DAYS: i64 = 30;

/// The first day a posting from `posted` counts as expired: `posted` plus
/// [`POSTING_LIFETIME_DAYS`]. `None` only past the year 9999.
pub fn expires_on(posted: Date) -> Option<Date> {
    posted.add_days(POSTING_LIFETIME_DAYS)
}

/// Whether a posting from `posted` has expired by `today`: true once it is
/// [`POSTING_LIFETIME_DAYS`] days old, so a posting "30+ days ago" is expired.
pub fn is_expired(posted: Date, today: Date) -> bool {
    today.days_since(posted) >= POSTING_LIFETIME_DAYS
}

/// Reads the day a posting went up from a job board's date text, absolute or relative to
/// `today`. Leading words such as "Posted", "Posted on", "Reposted" are skipped. Returns `None`
/// when the text holds no date, or a date after `today` (a posting cannot come from the future).
pub fn parse_posted_date(text: &str, today: Date) -> Option<Date> {
    let tokens = text_tokens(text);
    let date = relative_date(&tokens, today).or_else(|| absolute_date(&tokens, Some(today)))?;
    (date <= today).then_some(date)
}

/// Reads an absolute date ("2026-11-01", "Nov 3, 2026", "3rd of November 2026", "11/03/2026",
/// "2026-11-01T08:00:00Z"). Dates without a year need [`parse_posted_date`].
pub fn parse_date(text: &str) -> Option<Date> {
    absolute_date(&text_tokens(text), None)
}

/// The first absolute date in `tokens`. With `today`, a month and day without a year resolve to
/// the latest such day not after `today`.
fn absolute_date(tokens: &[Token<'_>], today: Option<Date>) -> Option<Date> {
    (0..tokens.len()).find_map(|idx| {
        numeric_date_at(tokens, idx).or_else(|| named_month_date_at(tokens, idx, today))
    })
}

/// `YYYY-MM-DD`, `YYYY/MM/DD`, `MM/DD/YYYY`, `DD/MM/YYYY` (first number over 12),
/// `DD.MM.YYYY`, all starting at `tokens[idx]`, with the three numbers joined by one separator.
fn numeric_date_at(tokens: &[Token<'_>], idx: usize) -> Option<Date> {
    let window = tokens.get(idx..idx + 5)?;
    let separator = window[1].text;
    let joined = window.windows(2).all(|pair| adjacent(&pair[0], &pair[1]))
        && window[3].text == separator
        && matches!(separator, "-" | "/" | ".")
        && [0, 2, 4]
            .iter()
            .all(|&part| window[part].kind == TokenKind::Number);
    // A number glued on either side ("1/2/2026/7", "v2.3.2026") is something else.
    let glued_before = idx > 0
        && adjacent(&tokens[idx - 1], &window[0])
        && !tokens[idx - 1].is_symbol(&['(', '[', ',', ':']);
    let glued_after = tokens
        .get(idx + 5)
        .is_some_and(|next| adjacent(&window[4], next) && next.kind == TokenKind::Number);
    if !joined || glued_before || glued_after {
        return None;
    }
    let numbers = [
        window[0].number()?,
        window[2].number()?,
        window[4].number()?,
    ];
    let digit_counts = [
        window[0].text.len(),
        window[2].text.len(),
        window[4].text.len(),
    ];
    if digit_counts[0] == 4 && separator != "." {
        return Date::new(numbers[0] as i32, numbers[1] as u32, numbers[2] as u32);
    }
    if digit_counts[2] != 4 || digit_counts[0] > 2 || digit_counts[1] > 2 {
        return None;
    }
    let year = numbers[2] as i32;
    let day_first = separator == "." || numbers[0] > 12;
    if day_first {
        Date::new(year, numbers[1] as u32, numbers[0] as u32)
    } else {
        Date::new(year, numbers[0] as u32, numbers[1] as u32)
    }
}

/// "Nov 3, 2026", "November 3rd 2026", "3 Nov 2026", "3rd of November, 2026", "Mon, Nov 3,
/// 2026", starting with the month or day at `tokens[idx]`.
fn named_month_date_at(tokens: &[Token<'_>], idx: usize, today: Option<Date>) -> Option<Date> {
    // Month first: month [.] day [st|nd|rd|th] [,] [year]
    if let Some(month) = month_of(&tokens[idx]) {
        let mut next = idx + 1;
        next += usize::from(
            tokens
                .get(next)
                .is_some_and(|token| token.is_symbol(&['.'])),
        );
        let day = day_at(tokens, next)?;
        next = day.1;
        next += usize::from(
            tokens
                .get(next)
                .is_some_and(|token| token.is_symbol(&[','])),
        );
        return finish_date(year_at(tokens, next), month, day.0, today);
    }
    // Day first: day [st|nd|rd|th] [of] month [.] [,] [year]
    let (day, mut next) = day_at(tokens, idx)?;
    if idx > 0 && tokens[idx - 1].kind == TokenKind::Number {
        return None;
    }
    next += usize::from(tokens.get(next).is_some_and(|token| token.is_word("of")));
    let month = month_of(tokens.get(next)?)?;
    next += 1;
    while tokens
        .get(next)
        .is_some_and(|token| token.is_symbol(&['.', ',']))
    {
        next += 1;
    }
    finish_date(year_at(tokens, next), month, day, today)
}

fn month_of(token: &Token<'_>) -> Option<u32> {
    (token.kind == TokenKind::Word)
        .then(|| month_number(&token.lower))
        .flatten()
}

/// A day of the month at `tokens[idx]`, with an optional ordinal suffix; returns the day and
/// the index after it.
fn day_at(tokens: &[Token<'_>], idx: usize) -> Option<(u32, usize)> {
    let token = tokens.get(idx)?;
    if token.text.len() > 2 {
        return None;
    }
    let day = u32::try_from(token.number()?)
        .ok()
        .filter(|day| (1..=31).contains(day))?;
    let has_suffix = tokens.get(idx + 1).is_some_and(|suffix| {
        adjacent(token, suffix) && suffix.is_any_word(&["st", "nd", "rd", "th"])
    });
    Some((day, idx + 1 + usize::from(has_suffix)))
}

/// A four-digit year at `tokens[idx]`.
fn year_at(tokens: &[Token<'_>], idx: usize) -> Option<i32> {
    let token = tokens.get(idx)?;
    (token.text.len() == 4)
        .then(|| token.number())
        .flatten()
        .map(|year| year as i32)
}

/// The date for `month` and `day` in `year`, or without a year the latest such day not after
/// `today`.
fn finish_date(year: Option<i32>, month: u32, day: u32, today: Option<Date>) -> Option<Date> {
    if let Some(year) = year {
        return Date::new(year, month, day);
    }
    let today = today?;
    let this_year = Date::new(today.year(), month, day);
    match this_year {
        Some(date) if date <= today => Some(date),
        // Feb 29 without a year, or a day later this year: the previous year's.
        _ => Date::new(today.year() - 1, month, day),
    }
}

/// The unit of a relative date, in days or in calendar months.
enum Step {
    Days(i64),
    Months(i64),
}

/// "today", "just posted", "yesterday", "3 days ago", "30+ days ago", "an hour ago",
/// "2 weeks ago", "last month", "1 year ago".
fn relative_date(tokens: &[Token<'_>], today: Date) -> Option<Date> {
    for (idx, token) in tokens.iter().enumerate() {
        if token.is_word("yesterday") {
            return today.add_days(-1);
        }
        if token.is_word("last")
            && let Some(step) = tokens.get(idx + 1).and_then(unit_step)
        {
            return step_back(today, 1, step);
        }
        if token.is_word("ago")
            && let Some(date) = date_ago(tokens, idx, today)
        {
            return Some(date);
        }
    }
    // "Today", "Just posted", "Moments ago", "New": only as nearly the whole text, since "new"
    // and "now" are everyday words ("Posted in New York").
    let words: Vec<&str> = tokens
        .iter()
        .filter(|token| token.kind == TokenKind::Word)
        .map(|token| token.lower.as_ref())
        .filter(|word| !matches!(*word, "posted" | "reposted" | "active" | "ago" | "on"))
        .collect();
    let says_today = words.len() <= 2
        && words.iter().any(|word| {
            matches!(
                *word,
                "today" | "just" | "now" | "moments" | "new" | "recently"
            )
        });
    says_today.then_some(today)
}

/// The date of "<count> <unit> ago" whose "ago" is `tokens[ago_idx]`: the count may be digits,
/// "a", "an", "one" or a number word, and may carry a "+" ("30+ days ago").
fn date_ago(tokens: &[Token<'_>], ago_idx: usize, today: Date) -> Option<Date> {
    let unit_idx = ago_idx.checked_sub(1)?;
    let step = unit_step(&tokens[unit_idx])?;
    let mut count_idx = unit_idx.checked_sub(1)?;
    if tokens[count_idx].is_symbol(&['+']) {
        count_idx = count_idx.checked_sub(1)?;
    }
    let count_token = &tokens[count_idx];
    let count = match count_token.number() {
        Some(count) => i64::try_from(count).ok()?,
        None if count_token.is_any_word(&["a", "an", "one"]) => 1,
        None => i64::from(number_word(&count_token.lower)?),
    };
    step_back(today, count, step)
}

fn unit_step(token: &Token<'_>) -> Option<Step> {
    let step = match token.lower.as_ref() {
        "second" | "seconds" | "sec" | "secs" | "minute" | "minutes" | "min" | "mins" | "hour"
        | "hours" | "hr" | "hrs" | "h" | "m" => Step::Days(0),
        "day" | "days" | "d" => Step::Days(1),
        "week" | "weeks" | "wk" | "wks" | "w" => Step::Days(7),
        "month" | "months" | "mo" | "mos" => Step::Months(1),
        "year" | "years" | "yr" | "yrs" | "y" => Step::Months(12),
        _ => return None,
    };
    Some(step)
}

fn step_back(today: Date, count: i64, step: Step) -> Option<Date> {
    match step {
        Step::Days(days) => today.add_days(-count * days),
        Step::Months(months) => today.add_months(-count * months),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> Date {
        Date::new(year, month, day).unwrap()
    }

    const TODAY: (i32, u32, u32) = (2026, 11, 15);

    fn today() -> Date {
        date(TODAY.0, TODAY.1, TODAY.2)
    }

    fn check_posted(text: &str, expected: Option<Date>) {
        assert_eq!(
            parse_posted_date(text, today()),
            expected,
            "parse_posted_date({text:?})"
        );
    }

    #[test]
    fn iso_dates() {
        assert_eq!(Date::parse_iso("2026-11-01"), Some(date(2026, 11, 1)));
        assert_eq!(Date::parse_iso("2028-02-29"), Some(date(2028, 2, 29)));
        assert_eq!(Date::parse_iso("2026-02-29"), None);
        assert_eq!(Date::parse_iso("2026-13-01"), None);
        assert_eq!(Date::parse_iso("2026-1-01"), None);
        assert_eq!(Date::parse_iso(" 2026-11-01"), None);
    }

    #[test]
    fn absolute_dates() {
        let cases = [
            ("2026-11-01", Some(date(2026, 11, 1))),
            ("2026-11-01T08:30:00Z", Some(date(2026, 11, 1))),
            ("2026/11/01", Some(date(2026, 11, 1))),
            ("Nov 3, 2026", Some(date(2026, 11, 3))),
            ("November 3, 2026", Some(date(2026, 11, 3))),
            ("Nov. 3 2026", Some(date(2026, 11, 3))),
            ("November 3rd, 2026", Some(date(2026, 11, 3))),
            ("Mon, Nov 3, 2026", Some(date(2026, 11, 3))),
            ("3 Nov 2026", Some(date(2026, 11, 3))),
            ("3rd of November, 2026", Some(date(2026, 11, 3))),
            ("03 Sept 2026", Some(date(2026, 9, 3))),
            ("11/03/2026", Some(date(2026, 11, 3))),
            ("25/12/2026", Some(date(2026, 12, 25))),
            ("03.11.2026", Some(date(2026, 11, 3))),
            ("Posted on 2026-10-28", Some(date(2026, 10, 28))),
            ("Feb 30, 2026", None),
            ("13/13/2026", None),
            ("version 1.2.3", None),
            ("no date here", None),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_date(text), expected, "parse_date({text:?})");
        }
    }

    #[test]
    fn relative_dates() {
        check_posted("3 days ago", Some(date(2026, 11, 12)));
        check_posted("Posted 3 days ago", Some(date(2026, 11, 12)));
        check_posted("yesterday", Some(date(2026, 11, 14)));
        check_posted("Today", Some(today()));
        check_posted("Just posted", Some(today()));
        check_posted("5 hours ago", Some(today()));
        check_posted("30+ days ago", Some(date(2026, 10, 16)));
        check_posted("a day ago", Some(date(2026, 11, 14)));
        check_posted("2 weeks ago", Some(date(2026, 11, 1)));
        check_posted("Reposted one week ago", Some(date(2026, 11, 8)));
        check_posted("1 month ago", Some(date(2026, 10, 15)));
        check_posted("last week", Some(date(2026, 11, 8)));
        check_posted("a year ago", Some(date(2025, 11, 15)));
        check_posted("3d ago", Some(date(2026, 11, 12)));
        check_posted("Posted today", Some(today()));
        check_posted("Moments ago", Some(today()));
        check_posted("New", Some(today()));
        check_posted("Posted in New York 3 days ago", Some(date(2026, 11, 12)));
        check_posted("Posted in New York", None);
    }

    #[test]
    fn posted_dates_without_a_year_or_in_the_future() {
        check_posted("Posted Nov 3", Some(date(2026, 11, 3)));
        // December 20 has not come yet this year, so it was last year's.
        check_posted("Dec 20", Some(date(2025, 12, 20)));
        check_posted("Nov 3, 2026", Some(date(2026, 11, 3)));
        check_posted("2026-12-01", None);
        check_posted("Date posted: unknown", None);
        assert_eq!(parse_date("Nov 3"), None, "no year and no today");
    }

    #[test]
    fn relative_dates_cross_month_and_year_ends() {
        let new_year = date(2026, 1, 2);
        assert_eq!(
            parse_posted_date("3 days ago", new_year),
            Some(date(2025, 12, 30))
        );
        let march = date(2028, 3, 31);
        assert_eq!(
            parse_posted_date("1 month ago", march),
            Some(date(2028, 2, 29))
        );
        assert_eq!(
            parse_posted_date("yesterday", date(2028, 3, 1)),
            Some(date(2028, 2, 29))
        );
    }

    #[test]
    fn postings_expire_after_thirty_days() {
        let posted = date(2026, 11, 1);
        assert_eq!(expires_on(posted), Some(date(2026, 12, 1)));
        assert!(!is_expired(posted, date(2026, 11, 30)));
        assert!(is_expired(posted, date(2026, 12, 1)));
        let thirty_plus = parse_posted_date("30+ days ago", today()).unwrap();
        assert!(is_expired(thirty_plus, today()));
        let yesterday = parse_posted_date("yesterday", today()).unwrap();
        assert!(!is_expired(yesterday, today()));
    }
}
