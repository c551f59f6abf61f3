//! Dates written in the text, resolved against the publication date.
//!
//! Absolute forms: "10 March 2026", "March 10, 2026", "2026-03-10",
//! "March 2026", "in 2019", "since July 2023". A day or month without a year
//! ("11 September", "in June") takes the year that puts it at or before the
//! publication date, or after it when the clause has a future cue ("will",
//! "next", "due to"); those count as `relative`, since the year came from the
//! publication date. Relative forms ("on Thursday", "yesterday", "last week",
//! "last year", "three days ago") are resolved past-biased: the latest such
//! day at or before publication unless a future cue says otherwise. "last
//! week", "this week" and "next week" are given month precision (the month of
//! that week's Monday), since the text does not say which day. Without a
//! publication date, relative forms are skipped.
//!
//! Not dates: bare numbers, "24/7" (an opaque token), times, ages.

#[cfg(test)]
mod tests;

use chrono::{Datelike, Duration, NaiveDate};

use super::quantities::is_sentence_end;
use super::quantities::lexicon::{month, strip_possessive, weekday};
use super::quantities::tokens::{Kind, Spanned, Token};
use crate::model::{DateMention, PartialDate, TextRange};

/// Finds the date expressions of the text, in text order.
#[cfg(test)]
pub(crate) fn find(
    text: &str,
    sentences: &[TextRange],
    published: Option<PartialDate>,
) -> Vec<DateMention> {
    find_in(
        text,
        &super::quantities::tokens::tokenized_spans(text, sentences),
        published,
    )
}

/// Finds the date expressions of spans already tokenized
/// (`quantities::tokens::tokenized_spans`), in text order.
pub(crate) fn find_in(
    text: &str,
    spans: &[Spanned<'_>],
    published: Option<PartialDate>,
) -> Vec<DateMention> {
    let mut found = Vec::new();
    for (span, tokens) in spans {
        let span = *span;
        let mut at = 0;
        while at < tokens.len() {
            match read_date(tokens, at, published) {
                Some(date) => {
                    let start = tokens.get(date.start).map(|t| t.start);
                    let end = date.end_byte;
                    if let Some(start) = start.filter(|&s| s <= end && text.get(s..end).is_some()) {
                        found.push(DateMention {
                            range: TextRange::new(start, end),
                            sentence: span,
                            date: date.date,
                            relative: date.relative,
                        });
                    }
                    at = date.end.max(at + 1);
                }
                None => at += 1,
            }
        }
    }
    found
}

/// The date expressions of one span (given as its tokens) as byte ranges,
/// relative ones included and each with the preposition before it ("since
/// July 2023", "on Monday"), for quantities to say which time they refer to.
pub(super) fn time_phrases(tokens: &[Token<'_>]) -> Vec<TextRange> {
    const PREPOSITIONS: &[&str] = &[
        "since", "on", "in", "by", "until", "till", "from", "during", "before", "after", "through",
        "between", "of",
    ];
    // Any day-precision reference date makes every relative form readable;
    // only the ranges are used here.
    let reference = Some(PartialDate::day(2000, 1, 15));
    let mut phrases = Vec::new();
    let mut at = 0;
    while at < tokens.len() {
        let Some(date) = read_date(tokens, at, reference) else {
            at += 1;
            continue;
        };
        let mut first = date.start;
        if first >= 2 && tokens[first - 2].is("as") && tokens[first - 1].is("of") {
            first -= 2;
        } else if first >= 1 && tokens[first - 1].is_any(PREPOSITIONS) {
            first -= 1;
        }
        if let Some(start) = tokens.get(first).map(|t| t.start)
            && start <= date.end_byte
        {
            phrases.push(TextRange::new(start, date.end_byte));
        }
        at = date.end.max(at + 1);
    }
    phrases
}

/// A date read from tokens `start..end`.
struct Read {
    start: usize,
    end: usize,
    /// End byte of the expression (usually the end of token `end - 1`, but an
    /// ISO date glued to a time ends inside its token).
    end_byte: usize,
    date: PartialDate,
    relative: bool,
}

impl Read {
    fn new(
        tokens: &[Token<'_>],
        start: usize,
        end: usize,
        date: PartialDate,
        relative: bool,
    ) -> Option<Read> {
        let end_byte = tokens.get(end.checked_sub(1)?)?.end;
        Some(Read {
            start,
            end,
            end_byte,
            date,
            relative,
        })
    }
}

/// Reads a date starting at token `at`.
fn read_date(tokens: &[Token<'_>], at: usize, published: Option<PartialDate>) -> Option<Read> {
    let token = tokens.get(at)?;
    // "Tuesday 10 March 2026", "Wednesday, March 11, 2026": the weekday is
    // part of an absolute date.
    if is_weekday_word(token) {
        let after = if tokens.get(at + 1).is_some_and(|t| t.text == ",") {
            at + 2
        } else {
            at + 1
        };
        if let Some(mut absolute) = read_absolute(tokens, after, at, published) {
            absolute.start = at;
            return Some(absolute);
        }
    }
    if let Some(read) = read_absolute(tokens, at, at, published) {
        return Some(read);
    }
    let published = published?;
    read_relative(tokens, at, published)
}

/// Absolute forms starting at `at`; `clause_at` is where the future-cue
/// search is centred.
fn read_absolute(
    tokens: &[Token<'_>],
    at: usize,
    clause_at: usize,
    published: Option<PartialDate>,
) -> Option<Read> {
    let token = tokens.get(at)?;
    if token.kind == Kind::Number {
        if let Some(read) = read_iso(tokens, at) {
            return Some(read);
        }
        // "10 March 2026", "10th of March"
        let day = day_number(token)?;
        let mut cursor = at + 1;
        if tokens
            .get(cursor)
            .is_some_and(|t| !t.spaced && t.is_any(&["st", "nd", "rd", "th"]))
        {
            cursor += 1;
        }
        if tokens.get(cursor).is_some_and(|t| t.is("of")) {
            cursor += 1;
        }
        let month_number = tokens
            .get(cursor)
            .filter(|t| is_month_word(t))
            .and_then(|t| month(t.text))?;
        cursor += 1;
        cursor = skip_abbreviation_dot(tokens, cursor);
        let comma = usize::from(tokens.get(cursor).is_some_and(|t| t.text == ","));
        if let Some(year) = tokens.get(cursor + comma).and_then(year_number) {
            let date = valid_day(year, month_number, day)?;
            return Read::new(tokens, at, cursor + comma + 1, date, false);
        }
        let (date, relative) = day_without_year(tokens, clause_at, month_number, day, published)?;
        return Read::new(tokens, at, cursor, date, relative);
    }
    if is_month_word(token) {
        let month_number = month(token.text)?;
        let mut cursor = skip_abbreviation_dot(tokens, at + 1);
        // "March 10, 2026", "March 10"
        if let Some(day) = tokens.get(cursor).and_then(day_number) {
            cursor += 1;
            if tokens
                .get(cursor)
                .is_some_and(|t| !t.spaced && t.is_any(&["st", "nd", "rd", "th"]))
            {
                cursor += 1;
            }
            let comma = usize::from(tokens.get(cursor).is_some_and(|t| t.text == ","));
            if let Some(year) = tokens.get(cursor + comma).and_then(year_number) {
                let date = valid_day(year, month_number, day)?;
                return Read::new(tokens, at, cursor + comma + 1, date, false);
            }
            let (date, relative) =
                day_without_year(tokens, clause_at, month_number, day, published)?;
            return Read::new(tokens, at, cursor, date, relative);
        }
        // "March 2026"
        if let Some(year) = tokens.get(cursor).and_then(year_number) {
            let date = PartialDate {
                year,
                month: Some(month_number),
                day: None,
            };
            return Read::new(tokens, at, cursor + 1, date, false);
        }
        // "in June", "last March": needs a cue, since "May" and "March" are
        // also words, and a year from the publication date.
        let prev = at.checked_sub(1).and_then(|i| tokens.get(i));
        let cue = prev.is_some_and(|t| {
            t.is_any(&[
                "in", "since", "by", "until", "till", "from", "early", "late", "mid", "last",
                "next", "this", "of", "during", "before", "after", "through",
            ])
        });
        if !cue
            || (token.is("may")
                && !prev.is_some_and(|t| {
                    t.is_any(&["in", "since", "last", "next", "early", "late", "mid"])
                }))
        {
            return None;
        }
        let published = published?;
        let future = prev.is_some_and(|t| t.is("next")) || has_future_cue(tokens, clause_at);
        let strictly_past = prev.is_some_and(|t| t.is("last"));
        let this = prev.is_some_and(|t| t.is("this"));
        let year = month_year(month_number, published, future, strictly_past, this);
        let date = PartialDate {
            year,
            month: Some(month_number),
            day: None,
        };
        return Read::new(tokens, at, cursor, date, true);
    }
    // "Christmas Eve", "New Year's Day": fixed days, the year from context.
    if let Some((month_number, day, len)) = holiday_at(tokens, at) {
        let mut end = at + len;
        if let Some(year) = tokens.get(end).and_then(year_number) {
            end += 1;
            return Read::new(tokens, at, end, valid_day(year, month_number, day)?, false);
        }
        let (date, relative) = day_without_year(tokens, clause_at, month_number, day, published)?;
        return Read::new(tokens, at, end, date, relative);
    }
    // "mid-2023", "early-2024": a year after a glued part-of-year prefix.
    if token.is_any(&["mid", "early", "late"])
        && tokens
            .get(at + 1)
            .is_some_and(|t| t.text == "-" && !t.spaced)
        && let Some(year) = tokens
            .get(at + 2)
            .filter(|t| !t.spaced)
            .and_then(year_number)
    {
        let date = PartialDate {
            year,
            month: None,
            day: None,
        };
        return Read::new(tokens, at + 2, at + 3, date, false);
    }
    // "in 2019", "since 1994", "the 2019 strike"
    if token.kind == Kind::Word
        && token.is_any(&[
            "in",
            "since",
            "by",
            "until",
            "till",
            "from",
            "before",
            "after",
            "during",
            "early",
            "late",
            "mid",
            "the",
            "of",
            "through",
            "throughout",
            "summer",
            "winter",
            "spring",
            "autumn",
        ])
    {
        let year_token = tokens.get(at + 1)?;
        let year = year_number(year_token)?;
        let next = tokens.get(at + 2);
        if token.is("the") {
            // "the 2019 strike": only before a lower-case noun.
            let noun =
                next.is_some_and(|t| t.kind == Kind::Word && !t.is_capitalised() && t.spaced);
            if !noun {
                return None;
            }
        }
        // "in 2019-20", "2019/20": keep the first year only.
        let date = PartialDate {
            year,
            month: None,
            day: None,
        };
        return Read::new(tokens, at + 1, at + 2, date, false);
    }
    None
}

/// "2026-03-10", "2026-03", "2026-03-10T14:05" (the time is left out).
fn read_iso(tokens: &[Token<'_>], at: usize) -> Option<Read> {
    let year_token = tokens.get(at)?;
    if year_token.text.len() != 4 {
        return None;
    }
    let glued = |i: usize, text: &str| tokens.get(i).is_some_and(|t| t.text == text && !t.spaced);
    if !glued(at + 1, "-") {
        return None;
    }
    let month_token = tokens
        .get(at + 2)
        .filter(|t| !t.spaced && t.kind == Kind::Number && t.text.len() == 2)?;
    let year: i32 = year_token.text.parse().ok()?;
    let month_number: u32 = month_token.text.parse().ok()?;
    if !(1..=12).contains(&month_number) || !(1000..=9999).contains(&year) {
        return None;
    }
    if glued(at + 3, "-") {
        let day_token = tokens.get(at + 4).filter(|t| !t.spaced)?;
        let day_text = day_token.text.get(..2)?;
        let rest = day_token.text.get(2..).unwrap_or("");
        if !day_text.chars().all(|c| c.is_ascii_digit())
            || !(rest.is_empty() || rest.starts_with(['T', 't']))
        {
            return None;
        }
        let day: u32 = day_text.parse().ok()?;
        let date = valid_day(year, month_number, day)?;
        return Some(Read {
            start: at,
            end: at + 5,
            end_byte: day_token.start + 2,
            date,
            relative: false,
        });
    }
    let date = PartialDate {
        year,
        month: Some(month_number),
        day: None,
    };
    Read::new(tokens, at, at + 3, date, false)
}

/// Holidays on a fixed day: month, day and the number of tokens.
fn holiday_at(tokens: &[Token<'_>], at: usize) -> Option<(u32, u32, usize)> {
    const HOLIDAYS: &[(&str, u32, u32)] = &[
        ("New Year's Eve", 12, 31),
        ("New Year’s Eve", 12, 31),
        ("New Year's Day", 1, 1),
        ("New Year’s Day", 1, 1),
        ("Christmas Eve", 12, 24),
        ("Christmas Day", 12, 25),
        ("Christmas", 12, 25),
        ("Boxing Day", 12, 26),
        ("Halloween", 10, 31),
        ("Valentine's Day", 2, 14),
        ("Valentine’s Day", 2, 14),
        ("Independence Day", 7, 4),
    ];
    if !tokens.get(at)?.is_capitalised() {
        return None;
    }
    HOLIDAYS.iter().find_map(|&(name, month_number, day)| {
        let len = super::quantities::lexicon::phrase_len_at(tokens, at, name);
        // "Christmas shopping" is not a date; "Christmas" alone after a
        // preposition is.
        let bare = len == 1
            && name == "Christmas"
            && !at
                .checked_sub(1)
                .and_then(|i| tokens.get(i))
                .is_some_and(|t| {
                    t.is_any(&["on", "at", "since", "before", "after", "until", "over"])
                });
        (len > 0 && !bare).then_some((month_number, day, len))
    })
}

/// Relative forms: weekdays, "yesterday", "last week", "three days ago".
fn read_relative(tokens: &[Token<'_>], at: usize, published: PartialDate) -> Option<Read> {
    let token = tokens.get(at)?;
    let next = tokens.get(at + 1);
    let pub_day = published
        .month
        .zip(published.day)
        .and_then(|(m, d)| NaiveDate::from_ymd_opt(published.year, m, d));
    // "yesterday", "today", "tomorrow", "tonight"
    let offset = match strip_possessive(&token.lower_cow()) {
        "yesterday" => Some(-1),
        "today" | "tonight" => Some(0),
        "tomorrow" => Some(1),
        "last" if next.is_some_and(|t| t.is("night")) => Some(-1),
        _ => None,
    };
    if let Some(offset) = offset {
        let date = pub_day? + Duration::days(offset);
        let len = if token.is("last") { 2 } else { 1 };
        return Read::new(tokens, at, at + len, day_of(date), true);
    }
    // "this morning", "this afternoon", "this evening"
    if token.is("this") && next.is_some_and(|t| t.is_any(&["morning", "afternoon", "evening"])) {
        return Read::new(tokens, at, at + 2, day_of(pub_day?), true);
    }
    // "on Thursday", "last Thursday", "next Thursday", "this Thursday"
    let (modifier, weekday_at) = if token.is_any(&["last", "next", "this", "past", "coming"]) {
        (Some(token.lower()), at + 1)
    } else {
        (None, at)
    };
    if let Some(day_token) = tokens.get(weekday_at).filter(|t| is_weekday_word(t)) {
        let target = weekday(day_token.text)?;
        let base = pub_day?;
        let today = base.weekday().num_days_from_monday();
        let back = i64::from((today + 7 - target) % 7);
        let forward = i64::from((target + 7 - today) % 7);
        let date = match modifier.as_deref() {
            Some("last") | Some("past") => base - Duration::days(if back == 0 { 7 } else { back }),
            Some("next") | Some("coming") => {
                base + Duration::days(if forward == 0 { 7 } else { forward })
            }
            // Read only here: every token is tried as a relative date, and
            // the cue scans the clause around it.
            _ if has_future_cue(tokens, at) => base + Duration::days(forward),
            _ => base - Duration::days(back),
        };
        let start = if modifier.is_some() { at } else { weekday_at };
        return Read::new(tokens, start, weekday_at + 1, day_of(date), true);
    }
    // "last week", "next month", "this year", "earlier this year"
    let (modifier, period_at) =
        if token.is_any(&["earlier", "later"]) && next.is_some_and(|t| t.is("this")) {
            ("this".to_string(), at + 2)
        } else if token.is_any(&["last", "next", "this", "past"]) {
            (token.lower(), at + 1)
        } else {
            (String::new(), at)
        };
    if !modifier.is_empty() {
        let period = tokens.get(period_at)?;
        let step = match modifier.as_str() {
            "last" | "past" => -1,
            "next" => 1,
            _ => 0,
        };
        let date = shift_period(published, pub_day, &period.lower(), step)?;
        return Read::new(tokens, at, period_at + 1, date, true);
    }
    // "three days ago", "a year ago"
    let amount = if token.is("a") || token.is("an") {
        Some(1)
    } else if token.kind == Kind::Number {
        token.text.parse::<i64>().ok()
    } else {
        small_number_word(&token.lower_cow())
    };
    if let Some(amount) = amount.filter(|&n| (1..=100).contains(&n)) {
        let period = next?;
        if tokens.get(at + 2).is_some_and(|t| t.is("ago")) {
            let lower = period.lower();
            let date = match lower.trim_end_matches('s') {
                "day" => day_of(pub_day? - Duration::days(amount)),
                "week" => day_of(pub_day? - Duration::days(7 * amount)),
                "month" => month_shift(published, -amount)?,
                "year" => PartialDate {
                    year: published.year - i32::try_from(amount).ok()?,
                    month: None,
                    day: None,
                },
                _ => return None,
            };
            return Read::new(tokens, at, at + 3, date, true);
        }
    }
    None
}

/// "last week" and the like: the period `step` periods from publication.
fn shift_period(
    published: PartialDate,
    pub_day: Option<NaiveDate>,
    period: &str,
    step: i64,
) -> Option<PartialDate> {
    match period {
        "week" => {
            let base = pub_day?;
            let monday = base - Duration::days(i64::from(base.weekday().num_days_from_monday()));
            let target = monday + Duration::days(7 * step);
            Some(PartialDate {
                year: target.year(),
                month: Some(target.month()),
                day: None,
            })
        }
        "month" => month_shift(published, step),
        "year" => Some(PartialDate {
            year: published.year + i32::try_from(step).ok()?,
            month: None,
            day: None,
        }),
        _ => None,
    }
}

/// The month `step` months from the publication month.
fn month_shift(published: PartialDate, step: i64) -> Option<PartialDate> {
    let month0 = i64::from(published.month?) - 1 + step;
    let year = i64::from(published.year) + month0.div_euclid(12);
    let month_number = u32::try_from(month0.rem_euclid(12) + 1).ok()?;
    Some(PartialDate {
        year: i32::try_from(year).ok()?,
        month: Some(month_number),
        day: None,
    })
}

/// The year of a month named without one: at or before the publication
/// month, or at or after it with a future cue.
fn month_year(
    month_number: u32,
    published: PartialDate,
    future: bool,
    strictly_past: bool,
    this: bool,
) -> i32 {
    let Some(pub_month) = published.month else {
        return published.year;
    };
    if this {
        published.year
    } else if future {
        if month_number >= pub_month {
            published.year
        } else {
            published.year + 1
        }
    } else if month_number < pub_month || (month_number == pub_month && !strictly_past) {
        published.year
    } else {
        published.year - 1
    }
}

/// A day and month without a year, given the year from the publication date.
fn day_without_year(
    tokens: &[Token<'_>],
    clause_at: usize,
    month_number: u32,
    day: u32,
    published: Option<PartialDate>,
) -> Option<(PartialDate, bool)> {
    let published = published?;
    let future = has_future_cue(tokens, clause_at);
    let year = match (published.month, published.day) {
        (Some(pub_month), pub_day) => {
            let pub_day = pub_day.unwrap_or(31);
            let after = (month_number, day) > (pub_month, pub_day);
            match (future, after) {
                (false, false) | (true, true) => published.year,
                (false, true) => published.year - 1,
                (true, false) => {
                    if (month_number, day) == (pub_month, pub_day) {
                        published.year
                    } else {
                        published.year + 1
                    }
                }
            }
        }
        (None, _) => published.year,
    };
    Some((valid_day(year, month_number, day)?, true))
}

/// Tells whether the clause around token `at` looks forward: "will", "next",
/// "due to", "is to", "scheduled", "expected".
fn has_future_cue(tokens: &[Token<'_>], at: usize) -> bool {
    let mut from = at;
    while from > 0 && at - from < 12 && !is_sentence_end(tokens, from - 1) {
        from -= 1;
    }
    let to = (at + 3).min(tokens.len());
    let window = tokens.get(from..to).unwrap_or(&[]);
    window.iter().enumerate().any(|(i, token)| {
        let next = window.get(i + 1);
        token.is_any(&[
            "will",
            "shall",
            "scheduled",
            "upcoming",
            "planned",
            "plans",
            "expected",
            "'ll",
            "won't",
            "going",
            "plan",
            "intends",
            "intend",
            "promised",
            "promises",
        ]) || (token.is_any(&[
            "due", "set", "is", "are", "decision", "aims", "aim", "hopes",
        ]) && next.is_some_and(|t| t.is("to")))
            || token.text.ends_with("'ll")
            || token.text.ends_with("’ll")
    })
}

/// A day of the month written in digits (1-31, no leading zeros beyond one).
fn day_number(token: &Token<'_>) -> Option<u32> {
    if token.kind != Kind::Number || token.text.len() > 2 {
        return None;
    }
    let day: u32 = token.text.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// A plausible year written in four digits.
fn year_number(token: &Token<'_>) -> Option<i32> {
    if token.kind != Kind::Number || token.text.len() != 4 {
        return None;
    }
    let year: i32 = token.text.parse().ok()?;
    (1800..=2100).contains(&year).then_some(year)
}

/// A month name that reads as a date word: capitalised, since "march" and
/// "may" are also a verb.
fn is_month_word(token: &Token<'_>) -> bool {
    token.kind == Kind::Word && token.is_capitalised() && month(token.text).is_some()
}

/// A weekday name, capitalised.
fn is_weekday_word(token: &Token<'_>) -> bool {
    token.kind == Kind::Word
        && token.is_capitalised()
        && token.text.len() > 3
        && weekday(token.text).is_some()
}

/// Skips the dot of an abbreviated month ("Sept.").
fn skip_abbreviation_dot(tokens: &[Token<'_>], at: usize) -> usize {
    if tokens.get(at).is_some_and(|t| t.text == "." && !t.spaced)
        && tokens.get(at + 1).is_some_and(|t| t.kind == Kind::Number)
    {
        at + 1
    } else {
        at
    }
}

/// A checked day-precision date.
fn valid_day(year: i32, month_number: u32, day: u32) -> Option<PartialDate> {
    NaiveDate::from_ymd_opt(year, month_number, day)?;
    Some(PartialDate::day(year, month_number, day))
}

/// The partial date of a calendar day.
fn day_of(date: NaiveDate) -> PartialDate {
    PartialDate::day(date.year(), date.month(), date.day())
}

/// Small number words for "three days ago".
fn small_number_word(lower: &str) -> Option<i64> {
    const WORDS: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    WORDS
        .iter()
        .position(|&w| w == lower)
        .and_then(|i| i64::try_from(i).ok())
}
