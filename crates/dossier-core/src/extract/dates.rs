//! Publication dates as pages and scrapes write them: ISO 8601 stamps,
//! "10 March 2026, 14:05", "Wednesday, March 11, 2026", "Tue, 10 Mar 2026
//! 14:05:00 GMT", "10.03.2026", and date lines such as "Published: 2026-03-10".
//!
//! Month names are read in English and the main western European languages
//! ("31. Oktober 2023", "3 de mayo de 2022"), and so are weekdays ("Mittwoch,
//! 26.01.2022"). A date with
//! no year gives nothing, since guessing the year would put an article in the
//! wrong story.

use crate::model::PartialDate;

/// Month names and their common abbreviations, January first: English, then
/// German, French, Spanish, Italian, Dutch and Portuguese forms.
const MONTHS: [&[&str]; 12] = [
    &[
        "january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen",
        "januari", "janeiro",
    ],
    &[
        "february",
        "feb",
        "februar",
        "février",
        "fevrier",
        "févr",
        "febrero",
        "febbraio",
        "februari",
        "fevereiro",
        "fev",
    ],
    &[
        "march", "mar", "märz", "maerz", "mars", "marzo", "maart", "março", "marco", "mrt",
    ],
    &["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
    &["may", "mai", "mayo", "maggio", "mag", "mei", "maio"],
    &[
        "june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho",
    ],
    &[
        "july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho",
    ],
    &["august", "aug", "août", "aout", "agosto", "ago", "augustus"],
    &[
        "september",
        "sep",
        "sept",
        "septembre",
        "septiembre",
        "setiembre",
        "settembre",
        "set",
        "setembro",
    ],
    &[
        "october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro",
        "out",
    ],
    &["november", "nov", "novembre", "noviembre", "novembro"],
    &[
        "december",
        "dec",
        "dezember",
        "dez",
        "décembre",
        "decembre",
        "déc",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
    ],
];

/// Words that join a day, a month and a year in Romance languages ("3 de mayo de 2022").
const DATE_JOINERS: &[&str] = &["de", "del", "di", "d'"];

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
    // Other languages' weekdays, Monday first: German, French, Spanish,
    // Italian, Dutch and Portuguese.
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "miercoles",
    "jueves",
    "viernes",
    "sábado",
    "sabado",
    "domingo",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
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
    "written",
    // Other languages' labels and their "on".
    "veröffentlicht",
    "erschienen",
    "erstellt",
    "aktualisiert",
    "datum",
    "am",
    "vom",
    "publié",
    "mis",
    "le",
    "publicado",
    "actualizado",
    "el",
    "pubblicato",
    "aggiornato",
    "il",
    "opublikowano",
    "gepubliceerd",
    "op",
    "publicerad",
    "publisert",
    "julkaistu",
];

/// Labels that say a date is an update.
const UPDATED_LABELS: &[&str] = &[
    "updated",
    "modified",
    "aktualisiert",
    "actualizado",
    "aggiornato",
    "mis",
];

/// Words of a time of day or zone that may follow a date.
const TIME_WORDS: &[&str] = &[
    "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "cest", "eet", "eest",
    "msk", "est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "ist", "jst", "aest", "z",
    "local", "time", "hrs", "h", "uhr", "horas", "heures", "ore",
];

/// What a date line says, once its labels and times are set aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateLine {
    /// The date, when it has a year.
    pub date: Option<PartialDate>,
    /// The month and day, when the line writes them without a year
    /// ("11 September, 18:16"); see [`year_from_context`].
    pub month_day: Option<(u32, u32)>,
    /// Whether the label says it is an update rather than the first publication.
    pub updated: bool,
}

fn month_number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_lowercase();
    MONTHS
        .iter()
        .position(|names| names.contains(&word.as_str()))
        .map(|index| index as u32 + 1)
}

fn is_weekday(word: &str) -> bool {
    WEEKDAYS.contains(&word.trim_end_matches('.').to_lowercase().as_str())
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
        let month_first = if date_part.contains('/') {
            first <= 12
        } else {
            second > 12
        };
        return if month_first {
            valid(year, first, second)
        } else {
            valid(year, second, first)
        };
    }
    None
}

/// Reads the first slashed numeric date of a text ("02/10/2020") day
/// first, as pages outside the United States write it; `None` when the text
/// has no such date.
pub fn slashed_day_first(text: &str) -> Option<PartialDate> {
    text.split_whitespace().find_map(|word| {
        let token = word.trim_matches(|ch: char| !ch.is_ascii_alphanumeric());
        let parts: Vec<&str> = token.split('/').collect();
        let [day, month, year] = parts[..] else {
            return None;
        };
        if year.len() != 4 {
            return None;
        }
        valid(
            plausible_year(year.parse().ok()?)?,
            month.parse().ok()?,
            day.parse().ok()?,
        )
    })
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

/// A stated moment of publication as a machine wrote it: the calendar date
/// as written, the clock when given, and the offset from UTC when named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// The date as written, in the stamp's own zone.
    pub date: chrono::NaiveDate,
    /// Seconds since midnight, when the stamp has a time of day.
    pub clock: Option<u32>,
    /// Minutes east of UTC, when the stamp names a zone ("Z" and "GMT" are 0).
    pub offset_minutes: Option<i32>,
}

impl Stamp {
    /// Whether the stamp is a time of day written in UTC.
    pub fn is_utc_clock(&self) -> bool {
        self.clock.is_some() && self.offset_minutes == Some(0)
    }

    /// Seconds since the epoch of the moment written, reading a stamp with
    /// no zone as if it were UTC.
    fn seconds_as_written(&self) -> i64 {
        let days = self
            .date
            .signed_duration_since(chrono::NaiveDate::default())
            .num_days();
        days * 86_400 + i64::from(self.clock.unwrap_or(0))
    }

    /// Whether two stamps name the same moment: equal once their offsets are
    /// taken off, or, for a stamp without a zone, a whole number of quarter
    /// hours apart within a day's worth of zones (a local clock of the same moment).
    pub fn same_moment(&self, other: &Stamp) -> bool {
        if self.clock.is_none() || other.clock.is_none() {
            return false;
        }
        let mine = self.seconds_as_written() - i64::from(self.offset_minutes.unwrap_or(0)) * 60;
        let theirs = other.seconds_as_written();
        match other.offset_minutes {
            Some(offset) => mine == theirs - i64::from(offset) * 60,
            None => {
                let apart = (theirs - mine).abs();
                apart <= 14 * 3_600 && apart % 900 == 0
            }
        }
    }
}

/// Reads a machine-written stamp: ISO 8601 (`2026-03-10T14:05:00+02:00`,
/// `2026-3-10 14:05`) or the e-mail form (`Tue, 10 Mar 2026 14:05:00 GMT`).
pub fn read_stamp(text: &str) -> Option<Stamp> {
    let text = text.trim();
    iso_stamp(text).or_else(|| mail_stamp(text))
}

fn iso_stamp(text: &str) -> Option<Stamp> {
    let date_end = text.find(['T', 't', ' ']).unwrap_or(text.len());
    let (date_part, rest) = text.split_at(date_end);
    let mut fields = date_part.split('-');
    let year: i32 = fields.next().filter(|year| year.len() == 4)?.parse().ok()?;
    let month: u32 = fields.next()?.parse().ok()?;
    let day: u32 = fields.next()?.parse().ok()?;
    if fields.next().is_some() {
        return None;
    }
    let date = chrono::NaiveDate::from_ymd_opt(year, month, day)?;
    let rest = rest.get(1..).unwrap_or("").trim();
    let (clock, offset_minutes) = clock_and_zone(rest);
    Some(Stamp {
        date,
        clock,
        offset_minutes,
    })
}

/// "14:05:00.123+02:00", "14:05Z", "14:05:00 GMT", "14:05:00 +0200".
fn clock_and_zone(text: &str) -> (Option<u32>, Option<i32>) {
    let zone_at = text
        .char_indices()
        .skip(1)
        .find(|(_, ch)| matches!(ch, 'Z' | 'z' | '+' | '-' | ' ' | 'G' | 'U'))
        .map_or(text.len(), |(at, _)| at);
    let (clock_text, zone_text) = text.split_at(zone_at);
    let clock_text = clock_text.split('.').next().unwrap_or("");
    let numbers: Vec<u32> = clock_text
        .split(':')
        .map_while(|part| part.parse().ok())
        .collect();
    let clock = match numbers[..] {
        [hour, minute] if hour < 24 && minute < 60 => Some(hour * 3_600 + minute * 60),
        [hour, minute, second, ..] if hour < 24 && minute < 60 && second < 61 => {
            Some(hour * 3_600 + minute * 60 + second)
        }
        _ => None,
    };
    if clock.is_none() {
        return (None, None);
    }
    let zone = zone_text.trim();
    let offset = match zone {
        "Z" | "z" | "GMT" | "UTC" | "UT" => Some(0),
        _ => zone_offset(zone),
    };
    (clock, offset)
}

/// "+02:00", "-0500", "+01" as minutes east of UTC.
fn zone_offset(zone: &str) -> Option<i32> {
    let sign = match zone.chars().next()? {
        '+' => 1,
        '-' => -1,
        _ => return None,
    };
    let digits: String = zone.get(1..)?.chars().filter(|ch| *ch != ':').collect();
    if !digits.chars().all(|ch| ch.is_ascii_digit()) {
        return None;
    }
    let (hours, minutes) = match digits.len() {
        2 => (digits.parse::<i32>().ok()?, 0),
        4 => (
            digits.get(..2)?.parse::<i32>().ok()?,
            digits.get(2..)?.parse::<i32>().ok()?,
        ),
        _ => return None,
    };
    (hours <= 14 && minutes < 60).then_some(sign * (hours * 60 + minutes))
}

/// "Tue, 10 Mar 2026 14:05:00 GMT" (RFC 2822, as feeds and some CMSs write it).
fn mail_stamp(text: &str) -> Option<Stamp> {
    let words: Vec<&str> = text
        .split([' ', ','])
        .filter(|word| !word.is_empty())
        .collect();
    let start = usize::from(words.first().is_some_and(|word| is_weekday(word)));
    let day: u32 = words.get(start)?.parse().ok()?;
    let month = month_number(words.get(start + 1)?)?;
    let year: i32 = words.get(start + 2)?.parse().ok()?;
    let date = chrono::NaiveDate::from_ymd_opt(year, month, day)?;
    let rest = words.get(start + 3..).unwrap_or_default().join(" ");
    let (clock, offset_minutes) = clock_and_zone(&rest);
    Some(Stamp {
        date,
        clock,
        offset_minutes,
    })
}

/// The day a UTC stamp fell on where the page was written, read from other
/// evidence on the page: a stamp of the same moment written with its local
/// zone, or a local date (the URL's, a visible one) a day off in the
/// direction the clock allows (a morning UTC stamp can be yesterday in the
/// Americas, an evening one tomorrow in Asia). `None` when nothing says so.
pub fn local_day_of(
    stamp: &Stamp,
    other_stamps: &[Stamp],
    local_dates: &[PartialDate],
) -> Option<PartialDate> {
    if !stamp.is_utc_clock() {
        return None;
    }
    let as_partial = |date: chrono::NaiveDate| {
        use chrono::Datelike;
        PartialDate::day(date.year(), date.month(), date.day())
    };
    if let Some(local) = other_stamps
        .iter()
        .find(|other| !other.is_utc_clock() && stamp.same_moment(other))
    {
        return Some(as_partial(local.date));
    }
    let written = as_partial(stamp.date);
    if local_dates.contains(&written) {
        return None;
    }
    let hour = stamp.clock.unwrap_or(0) / 3_600;
    let neighbour = if hour < 12 {
        stamp.date.pred_opt()?
    } else {
        stamp.date.succ_opt()?
    };
    let neighbour = as_partial(neighbour);
    local_dates.contains(&neighbour).then_some(neighbour)
}

/// Where a date was found in a text and what it said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Found {
    date: Option<PartialDate>,
    /// How many words the date took (its day, month and year).
    words: usize,
    /// The month and day of a date written without its year.
    month_day: Option<(u32, u32)>,
}

/// Splits a text into words the way dates are written: commas, pipes and
/// bullets separate; "10th" reads as 10.
fn date_words(text: &str) -> Vec<String> {
    date_word_slices(text).map(str::to_string).collect()
}

/// The words [`date_words`] gives, borrowed and read lazily.
fn date_word_slices(text: &str) -> impl Iterator<Item = &str> {
    text.split(|ch: char| ch.is_whitespace() || matches!(ch, ',' | '|' | '•' | '·' | '–' | '—'))
        .map(|word| word.trim_matches(|ch: char| matches!(ch, '(' | ')' | '[' | ']' | ':' | ';')))
        .filter(|word| {
            !word.is_empty()
                && *word != "-"
                && !DATE_JOINERS.contains(&crate::text::lower(word).as_ref())
        })
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
                month_day: None,
            });
        }
        let Some(month) = month_number(word) else {
            continue;
        };
        // "may" is also a verb: only take it next to a day number.
        let before = index.checked_sub(1).and_then(|at| words.get(at));
        let after = words.get(index + 1);
        let after_that = words.get(index + 2);
        // "2023 Jan 7", as catalogues and journals write it.
        if let (Some(year), Some(day)) = (
            before.and_then(|word| year_number(word)),
            after.and_then(|word| day_number(word)),
        ) {
            return Some(Found {
                date: valid(year, month, day),
                words: 3,
                month_day: None,
            });
        }
        if let Some(day) = before.and_then(|word| day_number(word)) {
            let year = after.and_then(|word| year_number(word));
            return Some(Found {
                date: year.and_then(|year| valid(year, month, day)),
                words: 2 + usize::from(year.is_some()),
                month_day: year.is_none().then_some((month, day)),
            });
        }
        if let Some(day) = after.and_then(|word| day_number(word)) {
            let year = after_that.and_then(|word| year_number(word));
            return Some(Found {
                date: year.and_then(|year| valid(year, month, day)),
                words: 2 + usize::from(year.is_some()),
                month_day: year.is_none().then_some((month, day)),
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
                month_day: None,
            });
        }
    }
    None
}

/// Reads a line that is only a date (with labels, weekday and time around
/// it), such as "Published: 2026-03-10", "10 March 2026, 14:05" or
/// "11 September, 18:16". Anything else in the line means it is no date line.
pub fn date_line(line: &str) -> Option<DateLine> {
    // Every line of every page is asked, and most are sentences: reading
    // stops at the eleventh word, which rules the line out, and copies none.
    let words: Vec<&str> = date_word_slices(line).take(11).collect();
    if words.is_empty() || words.len() > 10 {
        return None;
    }
    let found = scan(line)?;
    let mut updated = false;
    let mut date_words_left = found.words;
    for word in &words {
        let lower = word.to_ascii_lowercase();
        let lower = lower.trim_end_matches([':', '.']);
        if lower.starts_with("updated") || UPDATED_LABELS.contains(&lower) {
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
            || lower == "/"
            // "Mar 12, 2020 @ 10:42 am": the at sign before the time.
            || lower == "@";
        if !ok {
            return None;
        }
    }
    Some(DateLine {
        date: found.date,
        month_day: found.month_day,
        updated,
    })
}

/// The year of a publication date written without one ("11 September"),
/// from the article's own text: it was published no earlier than the latest
/// year it names, and news names the weekday of the day it reports
/// ("Thursday's release"), which in the years that follow falls on that
/// month and day only every five to eleven years. The first such year from
/// the latest named one is taken; a text that names no year, or no weekday
/// more often than any other, gives none.
pub fn year_from_context(month: u32, day: u32, text: &str) -> Option<i32> {
    let mut latest_year: Option<i32> = None;
    let mut weekday_counts = [0usize; 7];
    for word in text.split(|ch: char| !ch.is_alphanumeric()) {
        if let Some(year) = year_number(word) {
            latest_year = latest_year.max(Some(year));
        }
        let Some(first) = word.chars().next() else {
            continue;
        };
        // Capitalised weekdays only: "may" and "sun" are other words.
        if first.is_uppercase()
            // Monday first, as chrono's `num_days_from_monday` counts.
            && let Some(at) = crate::text::WEEKDAYS
                .iter()
                .position(|name| word.eq_ignore_ascii_case(name))
        {
            weekday_counts[at] += 1;
        }
    }
    let most = *weekday_counts.iter().max()?;
    let mut leaders = weekday_counts
        .iter()
        .enumerate()
        .filter(|(_, count)| **count == most);
    let (named, _) = leaders.next().filter(|_| most > 0)?;
    if leaders.next().is_some() {
        return None;
    }
    let from = latest_year?;
    (from..=from + 11).find(|&year| {
        chrono::NaiveDate::from_ymd_opt(year, month, day).is_some_and(|date| {
            use chrono::Datelike;
            date.weekday().num_days_from_monday() as usize == named
        })
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
        // "/2003/03/20030331_x": the day is two digits on their own, not
        // the start of a longer number.
        let day_stands_alone = !window[2].as_bytes().get(2).is_some_and(u8::is_ascii_digit);
        if window[1].len() == 2
            && day_stands_alone
            && let Some(date) = valid(year, month, day)
        {
            return Some(date);
        }
    }
    // "/2012-06/04/content_1.htm": the year and month as one folder, the day
    // as the next.
    for window in segments.windows(2) {
        let Some((year, month)) = window[0].split_once('-') else {
            continue;
        };
        let day = window[1].get(..2).unwrap_or("");
        let day_stands_alone = !window[1].as_bytes().get(2).is_some_and(u8::is_ascii_digit);
        if month.len() == 2
            && day.len() == 2
            && day_stands_alone
            && let (Some(year), Ok(month), Ok(day)) =
                (year_number(year), month.parse::<u32>(), day.parse::<u32>())
            && let Some(date) = valid(year, month, day)
        {
            return Some(date);
        }
    }
    // "/20030331_speech.html": a compact date as a piece of a file name.
    for segment in segments.iter().skip(1) {
        for piece in segment.split(['_', '.', '-']) {
            if piece.len() == 8
                && piece.starts_with(['1', '2'])
                && let Some(date) = numeric_date(piece)
            {
                return Some(date);
            }
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
    fn a_yearless_date_takes_the_first_year_its_weekday_fits_from_the_latest_year_named() {
        let text = "The ferry, in service since 2019, was sold on Thursday. \
                    Thursday's sale ended a dispute; talks began on Monday.";
        // 11 September is a Thursday in 2025, the first such year from 2019.
        assert_eq!(year_from_context(9, 11, text), Some(2025));
        // 29 February only in leap years: a Thursday in 2024.
        assert_eq!(year_from_context(2, 29, text), Some(2024));
        // No year named, no weekday named, or two weekdays named as often.
        assert_eq!(year_from_context(9, 11, "It was sold on Thursday."), None);
        assert_eq!(year_from_context(9, 11, "It was sold in 2019."), None);
        let tied = "In 2019 it was sold on Thursday and resold on Monday.";
        assert_eq!(year_from_context(9, 11, tied), None);
        // "may" and "sun" are no weekdays; lower-case "monday" is not counted either.
        assert_eq!(
            year_from_context(9, 11, "In 2019 the sun may shine on monday."),
            None
        );
        let line = date_line("11 September, 18:16").unwrap();
        assert_eq!((line.date, line.month_day), (None, Some((9, 11))));
        assert_eq!(date_line("11 September 2025").unwrap().month_day, None);
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
        assert_eq!(
            date_line("Veröffentlicht am 16.08.2019").unwrap().date,
            day(2019, 8, 16)
        );
        assert!(
            date_line("Aktualisiert am 17.08.2019, 10:15")
                .unwrap()
                .updated
        );
        // Publication labels that open a line of their own.
        assert_eq!(
            date_line("Erschienen am: 10.03.2026").unwrap().date,
            day(2026, 3, 10)
        );
        let written = date_line("Written: 2026-03-10 15:03:30").unwrap();
        assert_eq!(written.date, day(2026, 3, 10));
        assert!(!written.updated);
        assert_eq!(date_line("March"), None);
    }

    #[test]
    fn date_lines_take_other_languages_weekdays_and_an_at_sign_before_the_time() {
        assert_eq!(
            date_line("Mittwoch, 26.01.2026 - 14:30").unwrap().date,
            day(2026, 1, 26)
        );
        assert_eq!(
            date_line("mercredi 4 mars 2026").unwrap().date,
            day(2026, 3, 4)
        );
        assert_eq!(
            date_line("Miércoles, 4 de marzo de 2026").unwrap().date,
            day(2026, 3, 4)
        );
        let at = date_line("Updated Mar 12, 2026 @ 10:42 am").unwrap();
        assert_eq!(at.date, day(2026, 3, 12));
        assert!(at.updated);
        // A weekday is no licence for other words.
        assert_eq!(date_line("Mittwoch, 26.01.2026 im Rathaus"), None);
    }

    #[test]
    fn other_languages_and_year_first_forms_parse() {
        assert_eq!(parse_date("31. Oktober 2023"), day(2023, 10, 31));
        assert_eq!(parse_date("3 de mayo de 2022"), day(2022, 5, 3));
        assert_eq!(parse_date("le 9 décembre 2019"), day(2019, 12, 9));
        assert_eq!(parse_date("Mittwoch, 01. März 2023"), day(2023, 3, 1));
        assert_eq!(parse_date("2023 Jan 7"), day(2023, 1, 7));
        assert_eq!(parse_date("2024 Jun 30"), day(2024, 6, 30));
    }

    #[test]
    fn stamps_keep_their_clock_and_zone() {
        let stamp = read_stamp("2026-03-10T14:05:30.120+02:00").unwrap();
        assert_eq!(stamp.clock, Some(14 * 3_600 + 5 * 60 + 30));
        assert_eq!(stamp.offset_minutes, Some(120));
        let mail = read_stamp("Tue, 10 Mar 2026 02:41:00 GMT").unwrap();
        assert!(mail.is_utc_clock());
        assert_eq!(
            mail.date,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 10).unwrap()
        );
        assert_eq!(
            read_stamp("2026-3-5 22:17:36").unwrap().offset_minutes,
            None
        );
        assert_eq!(read_stamp("2026-03-10").unwrap().clock, None);
        assert_eq!(read_stamp("yesterday"), None);
    }

    #[test]
    fn a_utc_stamp_takes_the_local_day_the_page_gives() {
        let utc = read_stamp("2026-03-11T03:30:59Z").unwrap();
        // The same moment with its zone.
        let local = read_stamp("2026-03-10T22:30:59-05:00").unwrap();
        assert_eq!(local_day_of(&utc, &[local], &[]), day(2026, 3, 10));
        // The same moment on a local clock without a zone.
        let bare = read_stamp("2026-03-10 21:30:59").unwrap();
        assert_eq!(local_day_of(&utc, &[bare], &[]), day(2026, 3, 10));
        // A local date a day before a morning stamp (the URL's, say).
        assert_eq!(
            local_day_of(&utc, &[], &[PartialDate::day(2026, 3, 10)]),
            day(2026, 3, 10)
        );
        // Not a day after a morning stamp, and nothing when the day agrees.
        assert_eq!(
            local_day_of(&utc, &[], &[PartialDate::day(2026, 3, 12)]),
            None
        );
        assert_eq!(
            local_day_of(&utc, &[], &[PartialDate::day(2026, 3, 11)]),
            None
        );
        // A stamp with its own zone is already local.
        assert_eq!(
            local_day_of(&local, &[], &[PartialDate::day(2026, 3, 9)]),
            None
        );
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
        assert_eq!(
            date_in_url("https://gov.example/speeches/2003/03/20030331_speech.html"),
            day(2003, 3, 31)
        );
        // Year and month as one folder, the day as the next.
        assert_eq!(
            date_in_url("https://news.example/world/2026-03/10/content_81.htm"),
            day(2026, 3, 10)
        );
        assert_eq!(
            date_in_url("https://news.example/archive/2026-03/101/strike"),
            None
        );
        assert_eq!(date_in_url("https://news.example/2026-13/10/strike"), None);
        assert_eq!(slashed_day_first("Posted 02/10/2020"), day(2020, 10, 2));
        assert_eq!(slashed_day_first("2020-10-02"), None);
        assert_eq!(
            date_line("19.10.2019 07:49 Uhr").unwrap().date,
            day(2019, 10, 19)
        );
    }

    proptest::proptest! {
        #[test]
        fn date_readers_never_panic(text in "\\PC{0,60}", digits in "[0-9:T+ZGMT /.-]{0,30}") {
            for input in [text.as_str(), digits.as_str()] {
                let _ = parse_date(input);
                let _ = date_line(input);
                let _ = read_stamp(input);
                let _ = slashed_day_first(input);
                let _ = date_in_url(input);
            }
        }
    }
}
