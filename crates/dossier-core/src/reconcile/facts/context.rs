//! What the words around a number say about it: the time it refers to
//! ("since July 2023", "the 2019 strike"), whether it is a demand rather than
//! a deed ("called for the release of 1,300"), and whether it adds to another
//! count ("an additional 14").
//!
//! Everything here reads the number's own clause, so an aside elsewhere in the
//! sentence does not move a claim to another slot.

use super::fits;
use crate::model::{Document, PartialDate, Quantity, TextRange};

/// How far (in bytes) a "since ..." phrase or a background date may sit from
/// the number it qualifies. A sentence often carries several figures; a date
/// at the other end of it is more likely to belong to another clause.
const ANCHOR_REACH: usize = 80;

/// The time a claim refers to, when it is not the news itself.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) struct Anchor {
    /// Compared across articles ("since 2023-07").
    pub(super) key: String,
    /// Shown in the statement ("since July 2023").
    pub(super) words: String,
}

/// Finds the time a claim refers to: a "since ..." phrase, or failing that
/// a date from a year before the article's own, that qualifies the number
/// ("The 2019 strike cost 30 million euros").
///
/// A phrase qualifies the number when it sits in the same clause (nothing
/// like a comma between them, within `ANCHOR_REACH`), or when "since" opens
/// the sentence ("Since July 2023, 314 were freed"). That keeps asides out:
/// "the president, in power since 1994, freed 52" is about the 52 freed now,
/// and so is "52 were freed, the most since 2020".
pub(super) fn anchor_of(
    document: &Document,
    text: &str,
    quantity: &Quantity,
    sentence: TextRange,
) -> Option<Anchor> {
    // The analysis names the time phrase a number refers to; when it does,
    // that phrase alone decides, and a time of the news itself ("on
    // Thursday") is no anchor.
    if let Some(time) = quantity
        .time
        .filter(|time| fits(text, *time) && !time.is_empty())
    {
        return anchor_of_time_phrase(document, text, time, quantity.range);
    }
    let same_clause = |range: TextRange| breaks_between(text, quantity.range, range) == Some(0);
    // "Since July 2023, 314 were freed": the phrase's own comma is allowed,
    // a second break ("..., with an additional 14 pardoned") is not.
    let opens_sentence = |range: TextRange| {
        let opening = text.get(sentence.start..range.start).is_some_and(|before| {
            before
                .trim_matches(|ch: char| !ch.is_alphanumeric())
                .is_empty()
        });
        opening
            && range.end <= quantity.range.start
            && breaks_between(text, quantity.range, range).is_some_and(|breaks| breaks <= 1)
    };
    let sentence_dates: Vec<_> = document
        .analysis
        .dates
        .iter()
        .filter(|date| fits(text, date.range) && sentence.contains(date.range))
        .collect();

    for since in since_positions(text, sentence) {
        let qualifies = !follows_superlative(text, sentence, since)
            && (same_clause(since) || opens_sentence(since));
        if !qualifies {
            continue;
        }
        let after_since = &text[since.end..sentence.end];
        let skipped = after_since.len() - after_since.trim_start().len();
        let marked = sentence_dates.iter().find(|date| {
            date.range.start == since.end + skipped || date.range.start == since.start
        });
        if let Some(date) = marked {
            let written = date.range.slice(text).trim();
            let written = strip_prefix_ignore_case(written, "since").trim_start();
            return Some(Anchor {
                key: format!("since {}", date.date),
                words: format!("since {written}"),
            });
        }
        if let Some((date, words)) = date_words(after_since, document.article.published) {
            return Some(Anchor {
                key: format!("since {date}"),
                words: format!("since {words}"),
            });
        }
    }

    let published_year = document.article.published.map(|date| date.year)?;
    // Only a date before the number: after it, a date more often qualifies
    // the noun ("52 inmates jailed in 2027") than the count.
    let background = sentence_dates.iter().find(|date| {
        date.date.year < published_year
            && date.range.end <= quantity.range.start
            && same_clause(date.range)
    })?;
    Some(Anchor {
        key: format!("in {}", background.date.year),
        words: format!("in {}", background.date.year),
    })
}

/// Reads the anchor of a time phrase the analysis tied to a number: "since
/// ..." always, another date only when it lies in a year before the
/// article's own.
fn anchor_of_time_phrase(
    document: &Document,
    text: &str,
    time: TextRange,
    number: TextRange,
) -> Option<Anchor> {
    let phrase = time.slice(text).trim();
    let marked = document
        .analysis
        .dates
        .iter()
        .find(|date| fits(text, date.range) && time.contains(date.range));
    let after_since = phrase
        .get(..5)
        .filter(|head| head.eq_ignore_ascii_case("since"))
        .map(|_| phrase[5..].trim_start());
    if let Some(rest) = after_since
        && !describes_the_date(text, time, number)
    {
        if let Some(date) = marked {
            return Some(Anchor {
                key: format!("since {}", date.date),
                words: format!("since {rest}"),
            });
        }
        let (date, words) = date_words(rest, document.article.published)?;
        return Some(Anchor {
            key: format!("since {date}"),
            words: format!("since {words}"),
        });
    }
    let published_year = document.article.published.map(|date| date.year)?;
    let date = match (marked, after_since) {
        (Some(marked), _) => marked.date,
        // "since May 2019, when ...": the date the when-clause describes.
        (None, Some(rest)) => date_words(rest, document.article.published)?.0,
        (None, None) => return None,
    };
    (date.year < published_year).then(|| Anchor {
        key: format!("in {}", date.year),
        words: format!("in {}", date.year),
    })
}

/// Tells whether the number sits in a "when" clause right after the time
/// phrase: in "the first strike since May 2019, when a nine-day stoppage
/// ...", the nine days are of May 2019, not counted since then.
fn describes_the_date(text: &str, time: TextRange, number: TextRange) -> bool {
    if number.start < time.end {
        return false;
    }
    let Some(between) = text.get(time.end..number.start) else {
        return false;
    };
    let between = between.to_lowercase();
    let mut words = between
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty());
    words.next().is_some_and(|word| word == "when")
        && between.trim_start().starts_with(',')
        && between.len() <= ANCHOR_REACH
}

/// Characters that end a clause, for telling whether a phrase qualifies a number.
const CLAUSE_BREAKS: [char; 8] = [',', ';', ':', '(', ')', '\u{2014}', '\u{2013}', '"'];

/// Counts the clause breaks between a number and a phrase, or `None` when
/// they are farther apart than `ANCHOR_REACH` (or the text does not fit).
fn breaks_between(text: &str, number: TextRange, phrase: TextRange) -> Option<usize> {
    let (from, to) = if phrase.start >= number.end {
        (number.end, phrase.start)
    } else if phrase.end <= number.start {
        (phrase.end, number.start)
    } else {
        return Some(0);
    };
    if to - from > ANCHOR_REACH {
        return None;
    }
    let between = text.get(from..to)?;
    Some(between.matches(CLAUSE_BREAKS).count())
}

/// Phrases that make the count after them a demand or a hope, not a deed.
const DEMAND_CUES: &[&str] = &[
    "call for",
    "calls for",
    "called for",
    "calling for",
    "demand",
    "demands",
    "demanded",
    "demanding",
    "urge",
    "urges",
    "urged",
    "urging",
    "hope for",
    "hopes for",
    "hoped for",
    "press for",
    "pressed for",
    "pressing for",
    "push for",
    "pushed for",
    "pushing for",
    "seek",
    "seeks",
    "sought",
    "seeking",
];

/// Tells whether the number's clause demands or hopes for what its predicate
/// says ("called for the release of 1,300 prisoners", "1,300 prisoners whose
/// release he called for"), so the count is of what has not happened.
pub(super) fn is_demanded(text: &str, sentence: TextRange, quantity: TextRange) -> bool {
    let Some(slice) = text.get(sentence.start..sentence.end) else {
        return false;
    };
    let lower = slice.to_lowercase();
    if lower.len() != slice.len() {
        // Lower-casing changed byte lengths; offsets would not line up.
        return false;
    }
    DEMAND_CUES.iter().any(|cue| {
        lower.match_indices(cue).any(|(offset, _)| {
            let start = sentence.start + offset;
            let cue_range = TextRange::new(start, start + cue.len());
            let whole_word =
                is_word_edge(&lower, offset) && is_word_edge(&lower, offset + cue.len());
            whole_word && breaks_between(text, quantity, cue_range) == Some(0)
        })
    })
}

fn is_word_edge(text: &str, offset: usize) -> bool {
    let before = text.get(..offset).and_then(|head| head.chars().next_back());
    let after = text.get(offset..).and_then(|tail| tail.chars().next());
    !(before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric))
}

/// Tells whether the number counts more on top of another count: "an
/// additional 14", "another 14", "a further 14", "14 more", "314 other
/// prisoners".
pub(super) fn is_additional(text: &str, sentence: TextRange, quantity: TextRange) -> bool {
    let before = text.get(sentence.start..quantity.start).unwrap_or("");
    let previous: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(1)
        .map(|word| word.to_lowercase())
        .collect();
    if previous
        .iter()
        .any(|word| matches!(word.as_str(), "additional" | "another" | "further"))
    {
        return true;
    }
    let words: Vec<String> = quantity
        .slice(text)
        .split_whitespace()
        .map(|word| word.to_lowercase())
        .collect();
    let after = text.get(quantity.end..sentence.end).unwrap_or("");
    let next = after.split_whitespace().next().map(str::to_lowercase);
    // "other" as a modifier only: in "the remaining 1,300 others" it is the noun.
    let other_modifies = words
        .iter()
        .position(|word| word == "other")
        .is_some_and(|position| position + 1 < words.len());
    let more_follows_number = words.len() == 1
        && next
            .as_deref()
            .is_some_and(|word| word.trim_end_matches(|ch: char| !ch.is_alphanumeric()) == "more");
    // "A woman was also shot": one more besides those counted before.
    let next_words: Vec<String> = after
        .split_whitespace()
        .take(2)
        .map(|word| word.to_lowercase())
        .collect();
    let also_follows = match next_words.as_slice() {
        [first, ..] if first == "also" => true,
        [auxiliary, second, ..] => {
            second == "also" && matches!(auxiliary.as_str(), "was" | "were" | "is" | "are")
        }
        _ => false,
    };
    other_modifies || more_follows_number || also_follows
}

/// Tells whether "since" follows a superlative ("the largest since 2020"),
/// which compares with the past rather than counting from it.
fn follows_superlative(text: &str, sentence: TextRange, since: TextRange) -> bool {
    let Some(before) = text.get(sentence.start..since.start) else {
        return false;
    };
    let Some(previous) = before.split_whitespace().next_back() else {
        return false;
    };
    let previous = previous.to_lowercase();
    previous.ends_with("est") || matches!(previous.as_str(), "first" | "most" | "ever" | "time")
}

fn strip_prefix_ignore_case<'t>(text: &'t str, prefix: &str) -> &'t str {
    match text.get(..prefix.len()) {
        Some(head) if head.eq_ignore_ascii_case(prefix) => &text[prefix.len()..],
        _ => text,
    }
}

/// The ranges of the word "since" within a sentence, in order.
fn since_positions(text: &str, sentence: TextRange) -> Vec<TextRange> {
    let slice = sentence.slice(text);
    let lower = slice.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(offset) = lower.get(from..).and_then(|rest| rest.find("since")) {
        let start = from + offset;
        let end = start + "since".len();
        let before_ok = lower[..start]
            .chars()
            .next_back()
            .is_none_or(|ch| !ch.is_alphanumeric());
        let after_ok = lower[end..]
            .chars()
            .next()
            .is_none_or(|ch| !ch.is_alphanumeric());
        if before_ok && after_ok {
            found.push(TextRange::new(sentence.start + start, sentence.start + end));
        }
        from = end;
    }
    found
}

/// Reads "July 2023", "2023" or "July" at the start of `text`: the date
/// (a bare month is the latest one not after publication) and the words as
/// written.
fn date_words(text: &str, published: Option<PartialDate>) -> Option<(PartialDate, String)> {
    let mut words = text
        .split(|ch: char| ch.is_whitespace() || ch == ',')
        .filter(|word| !word.is_empty())
        .map(|word| word.trim_end_matches(|ch: char| !ch.is_alphanumeric()));
    let first = words.next()?;
    let year_of = |word: &str| -> Option<i32> {
        let is_year = word.len() == 4 && word.chars().all(|ch| ch.is_ascii_digit());
        if is_year { word.parse().ok() } else { None }
    };
    if let Some(year) = year_of(first) {
        let date = PartialDate {
            year,
            month: None,
            day: None,
        };
        return Some((date, first.to_string()));
    }
    let month_index = crate::text::MONTHS
        .iter()
        .position(|month| month.eq_ignore_ascii_case(first))?;
    let month = u32::try_from(month_index + 1).ok()?;
    let (year, words) = match words
        .next()
        .and_then(|word| year_of(word).map(|y| (y, word)))
    {
        Some((year, written)) => (year, format!("{first} {written}")),
        None => {
            let published = published?;
            let year = match published.month {
                Some(published_month) if month > published_month => published.year - 1,
                _ => published.year,
            };
            (year, first.to_string())
        }
    };
    let date = PartialDate {
        year,
        month: Some(month),
        day: None,
    };
    Some((date, words))
}

/// Time words a rate is counted per.
const RATE_PERIODS: &[&str] = &[
    "day", "night", "week", "month", "year", "hour", "minute", "shift",
];

/// Finds the period a number is a rate of: "3 million euros a day", "per
/// year", "each day of the strike costs 3 million": a rate is not the same
/// quantity as a total, so it gets a slot of its own.
pub(super) fn rate_of(text: &str, sentence: TextRange, quantity: TextRange) -> Option<String> {
    let words_of = |slice: &str| -> Vec<String> {
        slice
            .split_whitespace()
            .map(|word| {
                word.trim_matches(|ch: char| !ch.is_alphanumeric())
                    .to_lowercase()
            })
            .collect()
    };
    let after = words_of(text.get(quantity.end..sentence.end).unwrap_or(""));
    match after.as_slice() {
        [marker, period, ..]
            if matches!(marker.as_str(), "a" | "an" | "per" | "each" | "every")
                && RATE_PERIODS.contains(&period.as_str()) =>
        {
            return Some(period.clone());
        }
        [adverb, ..] => {
            let period = match adverb.as_str() {
                "daily" => Some("day"),
                "nightly" => Some("night"),
                "weekly" => Some("week"),
                "monthly" => Some("month"),
                "annually" | "yearly" => Some("year"),
                "hourly" => Some("hour"),
                _ => None,
            };
            if let Some(period) = period {
                return Some(period.to_string());
            }
        }
        [] => {}
    }
    // "Each day of the strike costs ... 3 million": the marker opens the
    // number's clause.
    let before = text.get(sentence.start..quantity.start).unwrap_or("");
    let clause = before
        .rfind(CLAUSE_BREAKS)
        .map_or(before, |at| &before[at..]);
    let words = words_of(clause);
    words.windows(2).find_map(|pair| {
        let marker_fits = matches!(pair[0].as_str(), "each" | "every" | "per");
        (marker_fits && RATE_PERIODS.contains(&pair[1].as_str())).then(|| pair[1].clone())
    })
}

/// Finds the toll a number's clause speaks of, as the predicate it counts:
/// "the death toll rose to 14" counts the killed, "the number of injured
/// climbed to 30" the injured.
pub(super) fn toll_of(
    text: &str,
    sentence: TextRange,
    quantity: TextRange,
) -> Option<&'static str> {
    let before = text.get(sentence.start..quantity.start)?;
    let clause = before
        .rfind(CLAUSE_BREAKS)
        .map_or(before, |at| &before[at..])
        .to_lowercase();
    const TOLLS: &[(&str, &str)] = &[
        ("death toll", "kill"),
        ("number of dead", "kill"),
        ("number of deaths", "kill"),
        ("number killed", "kill"),
        ("number of injured", "injure"),
        ("number injured", "injure"),
        ("injury toll", "injure"),
        ("number of wounded", "injure"),
    ];
    TOLLS
        .iter()
        .find(|(phrase, _)| clause.contains(phrase))
        .map(|(_, predicate)| *predicate)
}

/// Nouns that point back at a figure already given ("police put the figure
/// at 1,200"): the number is another source's value for the same count.
const BACK_REFERENCES: &[&str] = &[
    "figure", "number", "total", "count", "tally", "toll", "estimate", "turnout",
];

/// Tells whether the number's clause names the figure it answers with a
/// determiner and a back-referring noun before the number: "police put the
/// figure at about 1,200", "officials said that number was 27".
pub(super) fn refers_back(text: &str, sentence: TextRange, quantity: TextRange) -> bool {
    let before = text.get(sentence.start..quantity.start).unwrap_or("");
    let clause = before
        .rfind(CLAUSE_BREAKS)
        .map_or(before, |at| &before[at..]);
    let words: Vec<String> = clause
        .split_whitespace()
        .map(|word| {
            word.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    words.windows(2).any(|pair| {
        matches!(pair[0].as_str(), "the" | "that" | "this" | "its" | "their")
            && BACK_REFERENCES.contains(&pair[1].as_str())
    })
}

/// Words before a number that make it part of a definite description ("the
/// two sides", "all three terminals", "its 40 ships"): it names a set the
/// reader is taken to know rather than reports a figure.
const DEFINITE_MARKERS: &[&str] = &[
    "the", "all", "both", "these", "those", "its", "their", "his", "her", "our", "my", "your",
];

/// Tells whether the number opens a definite description (see
/// `DEFINITE_MARKERS`, or a possessive: "the port's 3 terminals").
pub(super) fn is_definite(text: &str, sentence: TextRange, quantity: TextRange) -> bool {
    let before = text.get(sentence.start..quantity.start).unwrap_or("");
    let Some(previous) = before.split_whitespace().next_back() else {
        return false;
    };
    let previous = previous.to_lowercase();
    DEFINITE_MARKERS.contains(&previous.as_str())
        || previous.ends_with("'s")
        || previous.ends_with("\u{2019}s")
}
