//! Publication dates as pages and scrapes write them: ISO 8601 stamps,
//! "10 March 2026, 14:05", "Wednesday, March 11, 2026", "Tue, 10 Mar 2026
//! 14:05:00 GMT", "10.03.2026", and date lines such as "Published: 2026-03-10".
//!
//! English month and weekday names only; a date with no year gives nothing,
//! since guessing the year would put an article in the wrong story.

use crate::model::PartialDate;

/// Month names and their common abbreviations, January first.
const MONTHS: [&[&str]; 12] = [
    &["january", "jan"],
    &["february", "feb"],
    &["march", "mar"],
    &["april", "apr"],
    &["may"],
    &["june", "jun"],
    &["july", "jul"],
    &["august", "aug"],
    &["september", "sep", "sept"],
    &["october", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "mon",
    "tuesday",
    "tue",
    "tues",
    "wednesday",
    "wed",
    "thursday",
    "thu",
    "thur",
    "thurs",
    "friday",
    "fri",
    "saturday",
    "sat",
    "sunday",
    "sun",
];

/// Labels that may open a date line.
const DATE_LABELS: &[&str] = &[
    "published",
    "posted",
    "updated",
    "date",
    "on",
    "last",
    "modified",
    "first",
    "created",
    "at",
    "originally",
    "publication",
    "dated",
];

/// Words of a time of day or zone that may follow a date.
const TIME_WORDS: &[&str] = &[
    "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "cest", "eet", "eest",
    "msk", "est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "ist", "jst", "aest", "z",
    "local", "time", "hrs", "h",
];

/// What a date line says, once its labels and times are set aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateLine {
    /// The date, when it has a year.
    pub date: Option<PartialDate>,
    /// Whether the label says it is an update rather than the first publication.
    pub updated: bool,
}

fn month_number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|names| names.contains(&word.as_str()))
        .map(|index| index as u32 + 1)
}

fn is_weekday(word: &str) -> bool {
    WEEKDAYS.contains(&word.trim_end_matches('.').to_ascii_lowercase().as_str())
}

fn is_time(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    let lower = lower.trim_end_matches(['.', ')']).trim_start_matches('(');
    if TIME_WORDS.contains(&lower) {
        return true;
    }
    // 14:05, 2:05pm, 14:05:00, 14.05 h, +02:00, 9am
    let core = lower
        .trim_end_matches("am")
        .trim_end_matches("pm")
        .trim_start_matches(['+', '-']);
    if core.is_empty() {
        return false;
    }
    let digits_and_colons = core.chars().all(|ch| ch.is_ascii_digit() || ch == ':');
    (digits_and_colons && core.contains(':'))
        || (core.len() <= 2
            && core.chars().all(|ch| ch.is_ascii_digit())
            && core.len() < lower.len())
}

fn valid(year: i32, month: u32, day: u32) -> Option<PartialDate> {
    chrono::NaiveDate::from_ymd_opt(year, month, day)?;
    Some(PartialDate::day(year, month, day))
}

fn plausible_year(year: i64) -> Option<i32> {
    (1900..=2100).contains(&year).then_some(year as i32)
}

/// Reads a numeric date token: `2026-03-10`, `2026/03/10`, `2026-03-10T14:05:00Z`,
/// `20260310`, `10.03.2026`, `10/03/2026` (day first unless only month first fits).
fn numeric_date(token: &str) -> Option<PartialDate> {
    let token = token.trim_matches(|ch: char| !ch.is_ascii_alphanumeric());
    let date_part = token.split(['T', 't', ' ']).next().unwrap_or(token);
    if date_part.len() == 8 && date_part.chars().all(|ch| ch.is_ascii_digit()) {
        let year = plausible_year(date_part.get(..4)?.parse().ok()?)?;
        return valid(
            year,
            date_part.get(4..6)?.parse().ok()?,
            date_part.get(6..8)?.parse().ok()?,
        );
    }
    let parts: Vec<&str> = date_part.split(['-', '/', '.']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|part| part.is_empty() || !part.chars().all(|ch| ch.is_ascii_digit()))
    {
        return None;
    }
    let numbers: Vec<i64> = parts.iter().filter_map(|part| part.parse().ok()).collect();
    let [first, second, third] = numbers[..] else {
        return None;
    };
    if parts[0].len() == 4 {
        return valid(
            plausible_year(first)?,
            u32::try_from(second).ok()?,
            u32::try_from(third).ok()?,
        );
    }
    if parts[2].len() == 4 {
        let year = plausible_year(third)?;
        let (first, second) = (u32::try_from(first).ok()?, u32::try_from(second).ok()?);
        // Dotted and dashed dates are day first; slashed ones are month
        // first as American systems write them, unless that cannot be.
        let month_first = if date_part.contains('/') { first <= 12 } else { second > 12 };
        return if month_first {
            valid(year, first, second)
        } else {
            valid(year, second, first)
        };
    }
    None
}

/// Parses a publication date written in any of the usual forms. The text may
/// carry a time, a zone and a weekday; it must carry a year.
pub fn parse_date(text: &str) -> Option<PartialDate> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Some(date) = PartialDate::parse_iso(text).filter(|date| date.day.is_some()) {
        let looks_iso = text.as_bytes().get(4) == Some(&b'-');
        if looks_iso {
            return Some(local_midnight_in_utc(text).unwrap_or(date));
        }
    }
    scan(text).and_then(|found| found.date)
}

/// A date-only value stored as local midnight and written out in UTC reads
/// "2026-03-09T23:00:00Z" for 10 March in central Europe. A UTC stamp on the
/// hour late in the evening is taken as such a midnight, and moved to the next
/// day; a real publication time is rarely on the hour to the second.
fn local_midnight_in_utc(text: &str) -> Option<PartialDate> {
    let (date, time) = text.split_once(['T', ' '])?;
    let time = time.trim();
    let (clock, zone) = match time.find(['Z', 'z', '+', '-']) {
        Some(at) => time.split_at(at),
        None => return None,
    };
    if !matches!(zone, "Z" | "z" | "+00:00" | "+0000" | "+00") {
        return None;
    }
    let clock = clock.split('.').next()?;
    let (hour, rest) = clock.split_once(':')?;
    let hour: u32 = hour.parse().ok()?;
    if !(21..=23).contains(&hour) || !rest.chars().all(|ch| ch == '0' || ch == ':') {
        return None;
    }
    let day = chrono::NaiveDate::parse_from_str(date.get(..10)?, "%Y-%m-%d").ok()?;
    let next = day.succ_opt()?;
    use chrono::Datelike;
    Some(PartialDate::day(next.year(), next.month(), next.day()))
}

/// Where a date was found in a text and what it said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Found {
    date: Option<PartialDate>,
    /// How many words the date took (its day, month and year).
    words: usize,
}

/// Splits a text into words the way dates are written: commas, pipes and
/// bullets separate; "10th" reads as 10.
fn date_words(text: &str) -> Vec<String> {
    text.split(|ch: char| ch.is_whitespace() || matches!(ch, ',' | '|' | '•' | '·' | '–' | '—'))
        .map(|word| word.trim_matches(|ch: char| matches!(ch, '(' | ')' | '[' | ']' | ':' | ';')))
        .filter(|word| !word.is_empty() && *word != "-")
        .map(str::to_string)
        .collect()
}

fn day_number(word: &str) -> Option<u32> {
    let lower = word.to_ascii_lowercase();
    let digits = lower
        .trim_end_matches('.')
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    if digits.is_empty() || digits.len() > 2 || !digits.chars().all(|ch| ch.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|day| (1..=31).contains(day))
}

fn year_number(word: &str) -> Option<i32> {
    let word = word.trim_end_matches('.');
    if word.len() != 4 || !word.chars().all(|ch| ch.is_ascii_digit()) {
        return None;
    }
    plausible_year(word.parse().ok()?)
}

/// Finds the first date of words like "10 March 2026", "March 10, 2026",
/// "Mar 10 2026" or a numeric date, with or without a year.
fn scan(text: &str) -> Option<Found> {
    let words = date_words(text);
    for (index, word) in words.iter().enumerate() {
        if let Some(date) = numeric_date(word) {
            return Some(Found {
                date: Some(date),
                words: 1,
            });
        }
        let Some(month) = month_number(word) else {
            continue;
        };
        // "may" is also a verb: only take it next to a day number.
        let before = index.checked_sub(1).and_then(|at| words.get(at));
        let after = words.get(index + 1);
        let after_that = words.get(index + 2);
        if let Some(day) = before.and_then(|word| day_number(word)) {
            let year = after.and_then(|word| year_number(word));
            return Some(Found {
                date: year.and_then(|year| valid(year, month, day)),
                words: 2 + usize::from(year.is_some()),
            });
        }
        if let Some(day) = after.and_then(|word| day_number(word)) {
            let year = after_that.and_then(|word| year_number(word));
            return Some(Found {
                date: year.and_then(|year| valid(year, month, day)),
                words: 2 + usize::from(year.is_some()),
            });
        }
        if let Some(year) = after.and_then(|word| year_number(word))
            && word.len() > 3
        {
            return Some(Found {
                date: Some(PartialDate {
                    year,
                    month: Some(month),
                    day: None,
                }),
                words: 2,
            });
        }
    }
    None
}

/// Reads a line that is only a date (with labels, weekday and time around
/// it), such as "Published: 2026-03-10", "10 March 2026, 14:05" or
/// "11 September, 18:16". Anything else in the line means it is no date line.
pub fn date_line(line: &str) -> Option<DateLine> {
    let words = date_words(line);
    if words.is_empty() || words.len() > 10 {
        return None;
    }
    let found = scan(line)?;
    let mut updated = false;
    let mut date_words_left = found.words;
    for word in &words {
        let lower = word.to_ascii_lowercase();
        let lower = lower.trim_end_matches([':', '.']);
        if lower.starts_with("updated") || lower == "modified" {
            updated = true;
        }
        let is_date_part = month_number(word).is_some()
            || day_number(word).is_some()
            || year_number(word).is_some()
            || numeric_date(word).is_some();
        if is_date_part && date_words_left > 0 {
            date_words_left -= 1;
            continue;
        }
        let ok = is_weekday(word)
            || is_time(word)
            || DATE_LABELS.contains(&lower)
            || lower == "by"
            || lower == "/";
        if !ok {
            return None;
        }
    }
    Some(DateLine {
        date: found.date,
        updated,
    })
}

/// Reads a date written in a URL path: `/2026/03/10/` or `/2026-03-10-`.
pub fn date_in_url(url: &str) -> Option<PartialDate> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let segments: Vec<&str> = path.split('/').collect();
    for window in segments.windows(3) {
        let (Some(year), Ok(month), Ok(day)) = (
            year_number(window[0]),
            window[1].parse::<u32>(),
            window[2]
                .get(..2.min(window[2].len()))
                .unwrap_or("")
                .parse::<u32>(),
        ) else {
            continue;
        };
        if window[1].len() == 2
            && let Some(date) = valid(year, month, day)
        {
            return Some(date);
        }
    }
    for segment in &segments {
        for piece in segment.split(['_', '.']) {
            if piece.len() >= 10
                && let Some(candidate) = piece.get(..10)
                && candidate.as_bytes().get(4) == Some(&b'-')
                && let Some(date) =
                    PartialDate::parse_iso(candidate).filter(|date| date.day.is_some())
            {
                return Some(date);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(year: i32, month: u32, day: u32) -> Option<PartialDate> {
        Some(PartialDate::day(year, month, day))
    }

    #[test]
    fn common_forms_parse() {
        assert_eq!(parse_date("2026-03-10"), day(2026, 3, 10));
        assert_eq!(parse_date("2026-03-10T14:05:00+02:00"), day(2026, 3, 10));
        assert_eq!(parse_date("10 March 2026, 14:05"), day(2026, 3, 10));
        assert_eq!(parse_date("Wednesday, March 11, 2026"), day(2026, 3, 11));
        assert_eq!(
            parse_date("Tue, 10 Mar 2026 14:05:00 GMT"),
            day(2026, 3, 10)
        );
        assert_eq!(parse_date("Sept. 3rd, 2025"), day(2025, 9, 3));
        assert_eq!(parse_date("10.03.2026"), day(2026, 3, 10));
        assert_eq!(parse_date("03/25/2026"), day(2026, 3, 25));
        assert_eq!(parse_date("11/01/2023 12:43:42"), day(2023, 11, 1));
        assert_eq!(parse_date("25/03/2026"), day(2026, 3, 25));
        assert_eq!(parse_date("2026/03/10"), day(2026, 3, 10));
        assert_eq!(parse_date("20260310"), day(2026, 3, 10));
        assert_eq!(parse_date("2026-03-09T23:00:00.000Z"), day(2026, 3, 10));
        assert_eq!(parse_date("2026-03-09T23:14:09Z"), day(2026, 3, 9));
        assert_eq!(parse_date("2026-03-09T23:00:00+01:00"), day(2026, 3, 9));
    }

    #[test]
    fn dates_without_a_year_or_impossible_ones_give_nothing() {
        assert_eq!(parse_date("11 September, 18:16"), None);
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("It may rain"), None);
        assert_eq!(parse_date(""), None);
    }

    #[test]
    fn date_lines_are_told_from_sentences() {
        let line = date_line("Published: 2026-03-10").unwrap();
        assert_eq!(line.date, day(2026, 3, 10));
        assert!(!line.updated);
        assert_eq!(
            date_line("10 March 2026, 14:05").unwrap().date,
            day(2026, 3, 10)
        );
        assert_eq!(
            date_line("Wednesday, March 11, 2026").unwrap().date,
            day(2026, 3, 11)
        );
        assert_eq!(date_line("11 September, 18:16").unwrap().date, None);
        assert!(
            date_line("Updated 12 March 2026 at 9:30 am GMT")
                .unwrap()
                .updated
        );
        assert_eq!(date_line("The strike began on 10 March 2026."), None);
        assert_eq!(date_line("March"), None);
    }

    #[test]
    fn url_dates_are_read() {
        assert_eq!(
            date_in_url("https://news.example/2026/03/10/strike"),
            day(2026, 3, 10)
        );
        assert_eq!(
            date_in_url("https://news.example/world/2026-03-10-strike.html"),
            day(2026, 3, 10)
        );
        assert_eq!(date_in_url("https://news.example/world/strike-12345"), None);
    }
}
