//! What clustering reads of one document: the words of its title and body,
//! the names it mentions, the counts and dates it states, and when it was
//! published. Weighting (TF-IDF) happens later, against the stream's vocabulary.

use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

use crate::model::{Document, EntityKind, Mention, PartialDate, Qualifier, TextRange};
use crate::text::{FastSet, fold};

/// Words too common in news prose to tell two events apart.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "said",
    "same",
    "says",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "s",
    "t",
    "mr",
    "mrs",
    "ms",
    "one",
    "two",
    "new",
    "last",
    "year",
    "years",
    "week",
    "day",
    "told",
    "say",
    "according",
    "may",
    "might",
    "must",
    "since",
    "around",
    "among",
];

/// Counted nouns that say nothing about which event a number belongs to.
const VAGUE_UNITS: &[&str] = &[
    "a", "am", "pm", "p", "m", "percent", "per", "year", "years", "day", "days", "time", "times",
    "of", "and", "or", "to", "in", "the", "th", "st", "nd", "rd", "s", "hour", "hours", "minute",
    "minutes", "month", "months", "week", "weeks", "block",
];

/// Number words, which follow a figure in "6 five-year terms" but count nothing.
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred",
    "thousand", "million", "billion", "dozen", "was", "were", "are", "had", "has", "near",
];

/// A document's raw signals, before weighting.
#[derive(Clone, Debug, Default)]
pub(crate) struct Features {
    /// Content words of the title.
    pub title: Vec<String>,
    /// Content words of the body.
    pub body: Vec<String>,
    /// Names: analysed mentions, or runs of capitalised words as a fallback.
    pub entities: Vec<String>,
    /// Counted nouns with the values stated for them.
    pub counts: HashMap<String, BTreeSet<u64>>,
    /// Counts the lede states with their predicate ("release prisoner": 52),
    /// the figures that name the event rather than its background.
    pub lead_counts: HashMap<String, BTreeSet<u64>>,
    /// Places the analysed text names (folded), within the words read.
    pub places: BTreeSet<String>,
    /// Day-precision dates written in the text.
    pub dates: BTreeSet<PartialDate>,
    /// Months written without a day ("in October 2014", "last July"), as
    /// (year, month): how a follow-up months later names its event.
    pub months: BTreeSet<(i32, u32)>,
    /// The year the text names most often (the latest on a tie), from the
    /// analysed dates or, when there are none, from four-digit years.
    pub main_year: Option<i32>,
    /// The latest year the text writes as a year it tells of (see
    /// [`latest_written_year`]): an undated text was written that year or
    /// later.
    pub year_floor: Option<i32>,
    /// Set on a story read as one document for merge repair.
    pub whole_story: bool,
    /// Of the reports read (one for an article, every member for a story
    /// read as one document), how many lead with undoing an earlier act
    /// ([`tells_of_undoing`]), and how many were read.
    pub undoing: (usize, usize),
    /// For such a story: whether two or more, and at least half, of its
    /// ledes are about `lede_subject`.
    pub lede_agreed: bool,
    /// For such a story: every person its ledes are about.
    pub lede_subjects: BTreeSet<String>,
    /// Publication day (days from the common era), when known.
    pub published_day: Option<i64>,
    /// The outlet, lower-case, when known.
    pub outlet: Option<String>,
    /// The surname (folded) of the first person the body's opening two
    /// sentences name: whom the event happened to or who did it.
    pub lede_subject: Option<String>,
    /// Every single word of the names read (folded), to tell whether the
    /// text mentions someone anywhere.
    pub name_words: BTreeSet<String>,
    /// The surnames (folded) of every person the lede (the body's opening
    /// two sentences) names: whom the report is about, as against whom it
    /// recalls further down.
    pub lede_names: BTreeSet<String>,
    /// The words of the names the text writes outside the names of teams
    /// and papers (see [`may_tell_the_place`]): a place the text writes only
    /// inside another name ("Eastport Police") is still named by it.
    pub placed_words: BTreeSet<String>,
    /// The weekday (Monday 0) the lede first names ("the cable was cut on
    /// Friday"), the way a report of the week dates its event when no year
    /// or day of the month is written; for a story read as one document,
    /// the weekday most of its ledes agree on.
    pub lede_weekday: Option<u8>,
}

impl Features {
    /// Reads the signals of one document as [`Features::of`] does, and when
    /// its body is furniture, not the article (a paywall notice, a sign-up
    /// prompt: fewer than `thin_body_words` content words, none of them a
    /// word of the title), lets the title stand in for the body and its names.
    pub(crate) fn read(
        document: &Document,
        max_body_words: usize,
        thin_body_words: usize,
    ) -> Features {
        let mut features = Features::of(document, max_body_words);
        // A time stamp taken for the headline ("4 May 2031 Last updated
        // at 09:15 GMT") tells nothing of the event, and sharing no word
        // with it is no sign of furniture.
        if is_time_stamp(&features.title) {
            features.title.clear();
        }
        let title: BTreeSet<&str> = features.title.iter().map(String::as_str).collect();
        // A short brief repeats its headline's words; furniture does not.
        let off_topic = !title.is_empty()
            && !features
                .body
                .iter()
                .any(|word| title.contains(word.as_str()));
        if features.body.len() < thin_body_words && off_topic {
            features.body = features.title.clone();
            // The names furniture holds are the page's ("Email", "Already a
            // subscriber"), not the event's.
            features.entities = capitalised_runs(&document.article.title);
        }
        features
    }

    /// Reads the signals of one document.
    pub(crate) fn of(document: &Document, max_body_words: usize) -> Features {
        let article = &document.article;
        let analysis = &document.analysis;
        let title = content_words(&article.title);
        let body_text = article
            .text
            .get(..floor_boundary(&article.text, max_body_words * 8));
        let body = content_words(body_text.unwrap_or(""));
        let mut entities: Vec<String> = analysis
            .mentions
            .iter()
            .map(|mention| fold(&mention.text))
            .filter(|name| !name.is_empty())
            .collect();
        let read_end = body_text.map_or(0, str::len);
        let places: BTreeSet<String> = analysis
            .mentions
            .iter()
            .filter(|mention| mention.kind == EntityKind::Place && mention.range.end <= read_end)
            .map(|mention| fold(&mention.text))
            .filter(|place| !place.is_empty())
            .collect();
        // Capitalised runs are added even when mentions were found: they
        // catch names the analyser leaves out, and measured better together.
        let mut placed_words = BTreeSet::new();
        for text in [article.title.as_str(), body_text.unwrap_or("")] {
            for_each_capitalised_run(text, |run| {
                push_run(&mut entities, run);
                if may_tell_the_place(run, &places) {
                    placed_words.extend(run.iter().cloned());
                }
            });
        }
        let mut counts: HashMap<String, BTreeSet<u64>> = HashMap::new();
        if analysis.quantities.is_empty() {
            for (unit, value) in number_word_pairs(body_text.unwrap_or("")) {
                counts.entry(unit).or_default().insert(value);
            }
        } else {
            for quantity in &analysis.quantities {
                let unit = fold(&quantity.unit);
                if unit.is_empty() || !quantity.value.is_finite() || quantity.value < 0.0 {
                    continue;
                }
                // Values are compared exactly, so keep them as integers
                // (hundredths, for amounts such as 4.5 million).
                let value = (quantity.value * 100.0).round().min(u64::MAX as f64) as u64;
                counts.entry(unit).or_default().insert(value);
            }
        }
        let lead_end = article.blocks.first().map_or(0, |block| block.end);
        let mut lead_counts: HashMap<String, BTreeSet<u64>> = HashMap::new();
        for quantity in &analysis.quantities {
            let in_lead = quantity.range.end <= lead_end;
            let exact_enough = !matches!(quantity.qualifier, Qualifier::Vague);
            let head = fold(&quantity.unit)
                .rsplit(' ')
                .next()
                .unwrap_or_default()
                .to_string();
            let (Some(predicate), false, true, true) =
                (&quantity.predicate, head.is_empty(), in_lead, exact_enough)
            else {
                continue;
            };
            if !quantity.value.is_finite() || quantity.value < 0.0 {
                continue;
            }
            let value = (quantity.value * 100.0).round().min(u64::MAX as f64) as u64;
            lead_counts
                .entry(format!("{} {head}", fold(predicate)))
                .or_default()
                .insert(value);
        }
        let dates = analysis
            .dates
            .iter()
            .filter(|mention| mention.date.day.is_some())
            .map(|mention| mention.date)
            .collect();
        let months = analysis
            .dates
            .iter()
            .filter(|mention| mention.date.day.is_none())
            .filter_map(|mention| Some((mention.date.year, mention.date.month?)))
            .collect();
        let years: Vec<i32> = if analysis.dates.is_empty() {
            written_years(body_text.unwrap_or(""))
        } else {
            analysis
                .dates
                .iter()
                .map(|mention| mention.date.year)
                .collect()
        };
        let mut year_counts: HashMap<i32, usize> = HashMap::new();
        for year in years {
            *year_counts.entry(year).or_default() += 1;
        }
        let main_year = year_counts
            .into_iter()
            .max_by_key(|(year, count)| (*count, *year))
            .map(|(year, _)| year);
        let opening = opening_sentences(document);
        let (lede_subject, lede_names) = lede_persons(document, &opening);
        let lede_weekday = lede_weekday(&article.text, &opening);
        let name_words = entities
            .iter()
            .flat_map(|name| name.split(' '))
            .filter(|word| !word.is_empty())
            .map(str::to_string)
            .collect();
        Features {
            lede_subject,
            lede_weekday,
            name_words,
            placed_words,
            lede_names,
            title,
            body,
            entities,
            counts,
            lead_counts,
            places,
            dates,
            months,
            main_year,
            year_floor: latest_written_year(body_text.unwrap_or("")),
            whole_story: false,
            undoing: (usize::from(tells_of_undoing(document, &opening)), 1),
            lede_agreed: false,
            lede_subjects: BTreeSet::new(),
            published_day: article.published.and_then(day_number),
            outlet: article.source.as_deref().map(str::to_lowercase),
        }
    }
}

/// The body's first two sentences, title lines left out: a headline is
/// title-case ("Star Placed in Rehab") and tells nothing the lede does not.
fn opening_sentences(document: &Document) -> Vec<&TextRange> {
    let text = &document.article.text;
    let title = document.article.title.trim();
    document
        .analysis
        .sentences
        .iter()
        .filter(|range| {
            let sentence = range.slice(text).trim();
            !sentence.is_empty() && sentence != title && !is_title_case(sentence)
        })
        .take(2)
        .collect()
}

/// Words a time stamp is written with besides its figures: months and
/// weekdays, in full or cut short, time zones, and the page's own verbs.
const TIME_STAMP_WORDS: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "am",
    "pm",
    "gmt",
    "bst",
    "utc",
    "edt",
    "est",
    "cdt",
    "cst",
    "mdt",
    "mst",
    "pdt",
    "pst",
    "et",
    "pt",
    "ist",
    "cet",
    "cest",
    "updated",
    "published",
    "posted",
    "originally",
    "first",
    "th",
    "st",
    "nd",
    "rd",
];

/// Tells whether a title's content words only write a time: a page's time
/// stamp taken for its headline.
pub(crate) fn is_time_stamp(title: &[String]) -> bool {
    let timely = |word: &String| {
        let letters = word.trim_start_matches(|ch: char| ch.is_ascii_digit());
        TIME_STAMP_WORDS.contains(&letters)
            || crate::text::MONTHS.contains(&letters)
            || crate::text::WEEKDAYS.contains(&letters)
    };
    !title.is_empty() && title.iter().all(timely)
}

/// The first weekday the opening sentences name, written capitalised and in
/// full, "Friday" or "Friday's", and not as part of a name ("Black Friday",
/// "Super Tuesday"), which a capitalised word before it tells.
fn lede_weekday(text: &str, opening: &[&TextRange]) -> Option<u8> {
    opening.iter().find_map(|range| {
        let sentence = range.slice(text);
        let mut previous: Option<&str> = None;
        for word in sentence.split_whitespace() {
            let bare = word.trim_end_matches(|ch: char| !ch.is_alphanumeric());
            let bare = bare
                .strip_suffix("'s")
                .or_else(|| bare.strip_suffix("\u{2019}s"))
                .unwrap_or(bare);
            // "On Friday" and "Late Friday" open sentences; "Black Friday"
            // is a name.
            let named = previous.is_some_and(|before| {
                let lower = before.to_lowercase();
                before.chars().next().is_some_and(char::is_uppercase)
                    && !before.ends_with(['.', ',', ';', ':', '"'])
                    && !is_stop_word(&lower)
                    && !["late", "early", "next"].contains(&lower.as_str())
            });
            if bare.chars().next().is_some_and(char::is_uppercase) && !named {
                let lower = bare.to_lowercase();
                if let Some(at) = crate::text::WEEKDAYS.iter().position(|day| *day == lower) {
                    return u8::try_from(at).ok();
                }
            }
            previous = Some(word);
        }
        None
    })
}

/// The weekday (Monday 0) of a date written to the day.
pub(crate) fn weekday_of(date: PartialDate) -> Option<u8> {
    let (Some(month), Some(day)) = (date.month, date.day) else {
        return None;
    };
    let date = chrono::NaiveDate::from_ymd_opt(date.year, month, day)?;
    u8::try_from(chrono::Datelike::weekday(&date).num_days_from_monday()).ok()
}

/// Verbs of undoing an earlier act: a court overturning a verdict, a new
/// government repealing a rule. A report that leads with one tells of the
/// reversal, a second event with the first one's cast and words.
const UNDO_VERBS: &[&str] = &[
    "overturn",
    "overturns",
    "overturned",
    "overturning",
    // Only the headline's present: "reversed" and "reverse" as often tell
    // of a car backing into a shop front or of reversing a slide.
    "reverses",
    "repeal",
    "repeals",
    "repealed",
    "repealing",
    "rescind",
    "rescinds",
    "rescinded",
    "rescinding",
    "revoke",
    "revokes",
    "revoked",
    "revoking",
    "annul",
    "annuls",
    "annulled",
    "annulling",
];

/// Verbs that tell of an undoing with "down" after them ("struck down the
/// law"); "roll back" as often tells of a policy's drift as of a repeal.
const UNDO_PHRASAL: &[(&str, &str)] = &[
    ("strike", "down"),
    ("strikes", "down"),
    ("struck", "down"),
    ("striking", "down"),
];

/// Tells whether the headline or the lede's first sentence tells of undoing
/// an earlier act ("Eastport council repeals parking rule"). Headline lines
/// at the top of the body count with it; the lede's second sentence is often
/// background already ("has since repealed some of his decrees").
fn tells_of_undoing(document: &Document, opening: &[&TextRange]) -> bool {
    let text = &document.article.text;
    let undoes = |part: &str| {
        let words: Vec<String> = part
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(str::to_lowercase)
            .collect();
        words.iter().enumerate().any(|(at, word)| {
            UNDO_VERBS.contains(&word.as_str())
                || words
                    .get(at + 1)
                    .is_some_and(|next| UNDO_PHRASAL.contains(&(word.as_str(), next.as_str())))
        })
    };
    let lede_end = opening.first().map_or(0, |range| range.end);
    undoes(&document.article.title) || text.get(..lede_end).is_some_and(undoes)
}

/// The surname of the first person named in the body's first two sentences,
/// and the surnames of every person they name, title lines left out: a
/// headline is title-case ("Star Placed in Rehab"), so its capitalised words
/// are no names. A name counts only when the text
/// names someone with that surname in full, after a known given name, which
/// keeps a capitalised common word misread as a person out.
fn lede_persons(document: &Document, opening: &[&TextRange]) -> (Option<String>, BTreeSet<String>) {
    let article = &document.article;
    let analysis = &document.analysis;
    let persons = || {
        analysis
            .mentions
            .iter()
            .filter(|mention| mention.kind == EntityKind::Person)
    };
    // "Sr." and "Jr." follow a surname; they do not tell two people apart.
    let surname = |text: &str| {
        fold(text)
            .rsplit(' ')
            .find(|word| !NAME_SUFFIXES.contains(word))
            .map(str::to_string)
    };
    // A full name opens with a known given name ("District Attorney" and
    // "News Channel" do not) and is not the tail of a longer capitalised
    // run ("San Diego Chargers" is a team, not Mr Chargers).
    let lexicon = crate::analyse::lexicon::lexicon();
    let full_surnames: BTreeSet<String> = persons()
        .filter(|mention| {
            let folded = fold(&mention.text);
            let given = folded
                .split_once(' ')
                .is_some_and(|(first, _)| lexicon.is_given_name(first));
            given && !follows_capitalised_word(&article.text, mention.range.start)
        })
        .filter_map(|mention| surname(&mention.text))
        .collect();
    let named: Vec<(&Mention, String)> = persons()
        .filter(|mention| opening.iter().any(|range| range.contains(mention.range)))
        .filter_map(|mention| Some((mention, surname(&mention.text)?)))
        .filter(|(_, name)| name.len() > 1)
        .collect();
    // Whoever speaks for the news ("spokeswoman Ada Kerr said", "according
    // to Bo Lund of the Herald") is its source, not whom it is about.
    let subject = named
        .iter()
        .find(|(mention, name)| full_surnames.contains(name) && !is_source(&article.text, mention))
        .map(|(_, name)| name.clone());
    (subject, named.into_iter().map(|(_, name)| name).collect())
}

/// Tells whether a person is named as the source of the news: a
/// spokesperson, or after "according to".
fn is_source(text: &str, mention: &Mention) -> bool {
    let spokes = |role: &str| fold(role).split(' ').any(|word| word.starts_with("spokes"));
    if mention.role.as_deref().is_some_and(spokes) {
        return true;
    }
    let before = text.get(..mention.range.start).unwrap_or("");
    let before = before
        .get(before.len().saturating_sub(40)..)
        .unwrap_or(before);
    let words: Vec<String> = before.split_whitespace().rev().take(4).map(fold).collect();
    let at = |i: usize| words.get(i).map_or("", String::as_str);
    (at(0) == "to" && at(1) == "according") || spokes(at(0)) || spokes(at(1))
}

/// Tells whether the word just before byte `start` (on the same line)
/// starts with a capital letter.
fn follows_capitalised_word(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let line = before.rsplit('\n').next().unwrap_or("");
    line.trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .and_then(|word| word.chars().next())
        .is_some_and(char::is_uppercase)
}

/// Words written after a surname ("Jr.", "III").
const NAME_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Tells whether a line is written in title case, as headlines are: most of
/// its words of four letters or more start with a capital.
fn is_title_case(line: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        .map(|word| word.trim_matches(|ch: char| !ch.is_alphanumeric()))
        .filter(|word| word.chars().count() >= 4 && word.chars().all(char::is_alphabetic))
        .collect();
    let capitalised = words
        .iter()
        .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= 2 && capitalised * 4 >= words.len() * 3
}

/// Days from the common era of a date; a month or year counts as its first day.
pub(crate) fn day_number(date: PartialDate) -> Option<i64> {
    let month = date.month.unwrap_or(1);
    let day = date.day.unwrap_or(1);
    chrono::NaiveDate::from_ymd_opt(date.year, month, day)
        .map(|date| i64::from(chrono::Datelike::num_days_from_ce(&date)))
}

fn floor_boundary(text: &str, limit: usize) -> usize {
    let mut end = limit.min(text.len());
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// The stop words and weekday names as one set: every word of every title
/// and body is looked up, and a scan of the lists was a few percent of the
/// whole pipeline's time.
static STOP_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    STOP_WORDS
        .iter()
        .chain(crate::text::WEEKDAYS.iter())
        .copied()
        .collect()
});

fn is_stop_word(word: &str) -> bool {
    STOP_SET.contains(word)
}

/// Folded words of a text, without stop words, bare numbers or single letters.
pub(crate) fn content_words(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|word| word.len() > 1 && !is_stop_word(word))
        .filter(|word| !word.bytes().all(|byte| byte.is_ascii_digit()))
        .map(str::to_string)
        .collect()
}

/// Runs of capitalised words ("Port Workers Union"), folded, each also as its
/// single words, skipping stop words that open a sentence ("The", "He").
fn capitalised_runs(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for_each_capitalised_run(text, |run| push_run(&mut names, run));
    names
}

/// A capitalised run as [`capitalised_runs`] gives it: whole, then word by
/// word.
fn push_run(names: &mut Vec<String>, run: &[String]) {
    if run.len() > 1 {
        names.push(run.join(" "));
    }
    names.extend(run.iter().cloned());
}

/// Calls `found` with each run of capitalised words of a text, folded.
fn for_each_capitalised_run(text: &str, mut found: impl FnMut(&[String])) {
    let mut run: Vec<String> = Vec::new();
    let mut flush = |run: &mut Vec<String>| {
        if !run.is_empty() {
            found(run);
            run.clear();
        }
    };
    for raw in text.split(|ch: char| ch.is_whitespace()) {
        let word = raw.trim_matches(|ch: char| !ch.is_alphanumeric());
        let capitalised = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().any(char::is_lowercase);
        let folded = fold(word);
        if capitalised && folded.len() > 1 && !is_stop_word(&folded) && !folded.contains(' ') {
            run.push(folded);
        } else {
            flush(&mut run);
        }
        // Punctuation after a word ends the name ("Smith, the mayor").
        if raw.ends_with([',', '.', ';', ':', '!', '?', ')', '"']) {
            flush(&mut run);
        }
    }
    flush(&mut run);
}

/// Whether a capitalised run's words may tell where a text happened: every
/// run but those that end in a plural after a place, the names of teams and
/// papers ("Eastport Rovers", "the Harbourside Times"), which play and
/// write elsewhere. A run the text names as a place stays.
fn may_tell_the_place(run: &[String], places: &BTreeSet<String>) -> bool {
    let plural_tail = run.len() >= 2
        && run.last().is_some_and(|last| {
            last.len() >= 4
                && last.ends_with('s')
                && !last.ends_with("ss")
                && !last.ends_with("us")
                && !last.ends_with("is")
        });
    !plural_tail || places.contains(&run.join(" "))
}

/// "52 political prisoners" -> ("political", 52): a number and the word after
/// it, the fallback when the analyse stage found no quantities.
fn number_word_pairs(text: &str) -> Vec<(String, u64)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut pairs = Vec::new();
    for window in words.windows(2) {
        let number = window[0].trim_end_matches([',', '.']);
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit() || b == b',') {
            continue;
        }
        let Ok(value) = number.replace(',', "").parse::<u64>() else {
            continue;
        };
        // Years and house numbers are not counts of the event.
        if !(2..1900).contains(&value) {
            continue;
        }
        let unit = fold(window[1]);
        if unit.len() < 3
            || unit.contains(' ')
            || VAGUE_UNITS.contains(&unit.as_str())
            || is_stop_word(&unit)
            || NUMBER_WORDS.contains(&unit.as_str())
        {
            continue;
        }
        pairs.push((unit, value * 100));
    }
    pairs
}

/// The latest four-digit year (1900-2099) a text writes as a year of what
/// it tells ("in 2008", "the 2008-09 season", "May 2008"), leaving out the
/// four-digit numbers that are no year of the past: a clock time ("at 2045
/// GMT"), an address or a product ("2088 Oak Street", "Windows 2000") and a
/// year something runs until ("signed through 2017").
pub(crate) fn latest_written_year(text: &str) -> Option<i32> {
    let words: Vec<&str> = text.split_whitespace().collect();
    // Borrowed, not copied: this runs over every word of every body.
    fn bare(raw: &str) -> &str {
        raw.trim_matches(|ch: char| !ch.is_alphanumeric())
    }
    let capitalised = |word: &str| word.chars().next().is_some_and(char::is_uppercase);
    let mut latest = None;
    for (at, raw) in words.iter().enumerate() {
        let word = bare(raw);
        // "2008-09" and "2008/09" name the season of their first year.
        let digits = word.split(['-', '/', '\u{2013}']).next().unwrap_or("");
        if digits.len() != 4 || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
            continue;
        }
        if raw.contains('$') {
            continue;
        }
        let Ok(year) = digits.parse::<i32>() else {
            continue;
        };
        if !(1900..2100).contains(&year) {
            continue;
        }
        let previous = at
            .checked_sub(1)
            .and_then(|i| words.get(i))
            .map(|raw| bare(raw));
        if let Some(previous) = previous {
            let folded = fold(previous);
            let named = capitalised(previous)
                && !is_stop_word(&folded)
                && !crate::text::is_calendar_word(&folded);
            // "through November 2010" runs until then as "through 2010" does.
            let before_month = crate::text::is_calendar_word(&folded)
                .then(|| at.checked_sub(2).and_then(|i| words.get(i)))
                .flatten()
                .is_some_and(|raw| UNTIL_WORDS.contains(&fold(bare(raw)).as_str()));
            if named || before_month || UNTIL_WORDS.contains(&folded.as_str()) {
                continue;
            }
        }
        let next = words.get(at + 1).map(|raw| bare(raw));
        if next.is_some_and(|next| capitalised(next) && !raw.ends_with(['.', ',', ';', ':'])) {
            continue;
        }
        latest = latest.max(Some(year));
    }
    latest
}

/// Words before a year that is no year of what happened: a clock time ("at
/// 2045"), or an end still to come ("through 2017", "until 2012").
const UNTIL_WORDS: &[&str] = &["at", "through", "thru", "until", "till", "next", "by"];

/// Four-digit years (1900-2099) standing alone in the text.
fn written_years(text: &str) -> Vec<i32> {
    text.split(|ch: char| !ch.is_ascii_digit())
        .filter(|digits| digits.len() == 4)
        .filter_map(|digits| digits.parse::<i32>().ok())
        .filter(|year| (1900..2100).contains(year))
        .collect()
}
