//! Timeline: the dated events of the storyline, background included.
//!
//! Every dated sentence is an event on its resolved date, with the precision
//! it was stated with. Sentences of several articles that place the same
//! event on the same date (same date, shared content words) are one event
//! with every article as evidence. A publication day no sentence speaks of
//! becomes a "reported" event, so the storyline shows when news broke.

#[cfg(test)]
mod tests;

use std::collections::HashSet;

use crate::model::{Document, Evidence, PartialDate, TextRange, TimelineEvent};
use crate::reconcile::facts::sentence::around;
use crate::text::fold;

/// How a "reported" event's text begins, so readers of the timeline (the
/// setting) can tell a publication day from a dated sentence.
pub(crate) const REPORTED: &str = "Reported";

/// How many bytes of a sentence an event shows before it is cut at a word.
const MAX_EVENT_TEXT: usize = 220;

/// The fewest content words two sentences must share to be one event.
const MIN_SHARED_WORDS: usize = 2;

/// The share of the shorter sentence's content words the two must share.
/// News sentences about one event share its actors and its verb, but
/// rewrites change most other words; a fifth keeps "Lukashenko, who has
/// ruled since 1994, called the release humanitarian" with "Lukashenko, in
/// power since 1994, called the releases a humanitarian gesture".
const MIN_SHARED_SHARE: f64 = 0.2;

/// Words too common to say two sentences tell of the same event, and the
/// words of dates themselves (every sentence of a date has them).
const STOPWORDS: &[&str] = &[
    "the",
    "and",
    "for",
    "that",
    "this",
    "with",
    "from",
    "was",
    "were",
    "are",
    "has",
    "have",
    "had",
    "been",
    "its",
    "their",
    "his",
    "her",
    "they",
    "she",
    "him",
    "them",
    "who",
    "which",
    "will",
    "would",
    "said",
    "says",
    "say",
    "told",
    "after",
    "before",
    "since",
    "when",
    "into",
    "than",
    "then",
    "also",
    "but",
    "not",
    "out",
    "over",
    "about",
    "more",
    "last",
    "next",
    "first",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "today",
    "yesterday",
    "tomorrow",
    "ago",
    "earlier",
    "later",
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
    "morning",
    "evening",
    "night",
    "afternoon",
    "there",
    "what",
    "where",
    "our",
    "one",
    "two",
    "all",
    "some",
    "other",
    "per",
    "cent",
];

/// Builds the story's timeline from the dates its articles mention.
pub(crate) fn build(documents: &[&Document]) -> Vec<TimelineEvent> {
    let mut events: Vec<Event> = Vec::new();
    for (doc_index, document) in documents.iter().enumerate() {
        let text = document.article.text.as_str();
        for mention in &document.analysis.dates {
            let Some(sentence) = sentence_of(text, mention.sentence, mention.range) else {
                continue;
            };
            let words = content_words(sentence.slice(text));
            let joined = events
                .iter_mut()
                .find(|event| event.date == mention.date && event.shares_words_with(&words));
            match joined {
                Some(event) => event.add(doc_index, sentence, words),
                None => events.push(Event {
                    date: mention.date,
                    first_text: readable(sentence.slice(text)),
                    members: vec![(doc_index, sentence)],
                    words,
                }),
            }
        }
    }
    add_publication_days(documents, &mut events);

    // Stable, so events of one date keep the order they were first seen in.
    events.sort_by_key(|event| date_order(event.date));
    events
        .into_iter()
        .map(|event| event.into_timeline_event(documents))
        .collect()
}

/// An event being gathered.
struct Event {
    date: PartialDate,
    first_text: String,
    /// Each stating article and its sentence, in the order seen.
    members: Vec<(usize, TextRange)>,
    /// Content words of every member sentence.
    words: HashSet<String>,
}

impl Event {
    fn shares_words_with(&self, words: &HashSet<String>) -> bool {
        let shared = self.words.intersection(words).count();
        let smaller = self.words.len().min(words.len());
        if smaller == 0 {
            return false;
        }
        let needed = MIN_SHARED_WORDS.min(smaller);
        shared >= needed && shared as f64 / smaller as f64 >= MIN_SHARED_SHARE
    }

    fn add(&mut self, doc_index: usize, sentence: TextRange, words: HashSet<String>) {
        if !self.members.contains(&(doc_index, sentence)) {
            self.members.push((doc_index, sentence));
        }
        self.words.extend(words);
    }

    fn into_timeline_event(self, documents: &[&Document]) -> TimelineEvent {
        let mut articles = Vec::new();
        let mut evidence = Vec::new();
        for (doc_index, range) in self.members {
            let doc = &documents[doc_index].article.id;
            if !articles.contains(doc) {
                articles.push(doc.clone());
            }
            evidence.push(Evidence {
                doc: doc.clone(),
                range,
            });
        }
        TimelineEvent {
            date: self.date,
            text: self.first_text,
            articles,
            evidence,
        }
    }
}

/// Sorts coarser dates before finer ones of the same period: 2026, then
/// 2026-03, then 2026-03-10.
fn date_order(date: PartialDate) -> (i32, u32, u32) {
    (date.year, date.month.unwrap_or(0), date.day.unwrap_or(0))
}

/// The sentence of a date mention, or the mention itself when the sentence
/// range is unusable; `None` when neither fits the text.
fn sentence_of(text: &str, sentence: TextRange, mention: TextRange) -> Option<TextRange> {
    let fits =
        |range: TextRange| range.start <= range.end && text.get(range.start..range.end).is_some();
    if fits(sentence) && !sentence.is_empty() && sentence.contains(mention) {
        return Some(around(text, sentence, mention));
    }
    fits(mention).then_some(mention)
}

fn content_words(sentence: &str) -> HashSet<String> {
    fold(sentence)
        .split(' ')
        .filter(|word| word.len() >= 3 && !word.chars().all(|ch| ch.is_ascii_digit()))
        .filter(|word| !STOPWORDS.contains(word) && !crate::text::is_calendar_word(word))
        .map(stem)
        .collect()
}

/// Cuts common endings so "releases" and "release", "elections" and
/// "election" count as one word.
fn stem(word: &str) -> String {
    for ending in ["ing", "ed", "es", "s", "e"] {
        if let Some(cut) = word.strip_suffix(ending)
            && cut.len() >= 3
        {
            return cut.to_string();
        }
    }
    word.to_string()
}

/// Trims a sentence for display, cutting a long one at a word boundary.
fn readable(sentence: &str) -> String {
    let sentence = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    if sentence.len() <= MAX_EVENT_TEXT {
        return sentence;
    }
    let mut cut = MAX_EVENT_TEXT;
    while !sentence.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &sentence[..cut];
    let head = head.rfind(' ').map_or(head, |space| &head[..space]);
    format!("{}…", head.trim_end_matches([',', ';', ':', ' ']))
}

/// Adds one "reported" event per publication day that no dated sentence
/// speaks of, with every article published that day.
fn add_publication_days(documents: &[&Document], events: &mut Vec<Event>) {
    let mentioned: HashSet<PartialDate> = events.iter().map(|event| event.date).collect();
    let mut reported: Vec<Event> = Vec::new();
    for (doc_index, document) in documents.iter().enumerate() {
        let Some(published) = document.article.published else {
            continue;
        };
        if published.day.is_none() || mentioned.contains(&published) {
            continue;
        }
        let lead = lead_sentence(document);
        match reported.iter_mut().find(|event| event.date == published) {
            Some(event) => event.members.push((doc_index, lead)),
            None => {
                let title = document.article.title.trim();
                let first_text = if title.is_empty() {
                    REPORTED.to_string()
                } else {
                    format!("{REPORTED}: {}", readable(title))
                };
                reported.push(Event {
                    date: published,
                    first_text,
                    members: vec![(doc_index, lead)],
                    words: HashSet::new(),
                });
            }
        }
    }
    events.extend(reported);
}

/// The first sentence of an article, as evidence for a "reported" event; an
/// empty range at the start when the article has no usable sentence.
fn lead_sentence(document: &Document) -> TextRange {
    let text = document.article.text.as_str();
    document
        .analysis
        .sentences
        .iter()
        .chain(document.article.blocks.iter())
        .copied()
        .find(|range| {
            !range.is_empty()
                && range.start <= range.end
                && text.get(range.start..range.end).is_some()
        })
        .unwrap_or(TextRange::new(0, 0))
}
