//! Quote groups: the same words carried by several articles, with one speaker.
//!
//! Two quotes are the same when their folded words are equal or one is a run
//! of the other's words (a copy that trimmed the quote, or quoted a fragment).
//! Quotes of different speakers never merge; a quote whose speaker is unknown
//! joins the one group its words belong to, if there is exactly one.

#[cfg(test)]
mod tests;

use crate::model::{Document, Evidence, QuoteGroup, TextRange};
use crate::reconcile::EntityTable;
use crate::text::fold;

/// The fewest words a fragment needs to be matched inside a longer quote;
/// a single word ("no") would match almost anything its speaker said.
const MIN_FRAGMENT_WORDS: usize = 2;

/// Groups the quotes of the documents, naming speakers by their entity.
pub(crate) fn group(documents: &[&Document], entities: &EntityTable) -> Vec<QuoteGroup> {
    let mut items = collect(documents, entities);
    // Longest first, so a group's first member is its fullest version and
    // fragments find it already there.
    items.sort_by_key(|item| {
        (
            std::cmp::Reverse(item.num_words),
            item.doc_index,
            item.order,
        )
    });

    let mut groups: Vec<Group> = Vec::new();
    for (item_index, item) in items.iter().enumerate() {
        let candidates: Vec<usize> = groups
            .iter()
            .enumerate()
            .filter(|(_, group)| group.accepts(item))
            .map(|(position, _)| position)
            .collect();
        let chosen = match (&item.speaker_key, candidates.as_slice()) {
            (_, []) => None,
            (Some(_), [first, ..]) => Some(*first),
            (None, [only]) => Some(*only),
            // An unknown speaker whose words several speakers said: leave it apart.
            (None, [first, rest @ ..]) => {
                let same_speaker = rest
                    .iter()
                    .all(|&other| groups[other].speaker_keys == groups[*first].speaker_keys);
                same_speaker.then_some(*first)
            }
        };
        match chosen {
            Some(position) => groups[position].add(item_index, item),
            None => groups.push(Group::new(item_index, item)),
        }
    }

    let mut output: Vec<(usize, (usize, usize), QuoteGroup)> = groups
        .iter()
        .map(|group| group.to_quote_group(&items, documents))
        .collect();
    output.sort_by_key(|(num_articles, first_seen, _)| {
        (std::cmp::Reverse(*num_articles), *first_seen)
    });
    output.into_iter().map(|(_, _, group)| group).collect()
}

/// One quote of one article, ready for matching.
struct Item {
    doc_index: usize,
    /// Position among the article's quotes.
    order: usize,
    range: TextRange,
    /// The words as written, without surrounding spaces or a trailing comma.
    text: String,
    folded: String,
    num_words: usize,
    /// The speaker to show: the entity's canonical name, else as written.
    speaker: Option<String>,
    /// The folded words of `speaker`, for comparing speakers.
    speaker_key: Option<Vec<String>>,
    channel: Option<String>,
}

fn collect(documents: &[&Document], entities: &EntityTable) -> Vec<Item> {
    let mut items = Vec::new();
    for (doc_index, document) in documents.iter().enumerate() {
        let text = document.article.text.as_str();
        for (order, quote) in document.analysis.quotes.iter().enumerate() {
            let range = quote.range;
            let Some(words) = text.get(range.start..range.end) else {
                continue;
            };
            let folded = fold(words);
            if folded.is_empty() {
                continue;
            }
            let speaker = quote
                .speaker
                .as_deref()
                .map(str::trim)
                .filter(|name| !name.is_empty())
                .map(|name| match entities.resolve(&document.article.id, name) {
                    Some(entity) => entity.name.clone(),
                    None => name.to_string(),
                });
            let speaker_key = speaker
                .as_deref()
                .map(|name| {
                    fold(name)
                        .split(' ')
                        .map(str::to_string)
                        .collect::<Vec<_>>()
                })
                .filter(|key| key.iter().any(|word| !word.is_empty()));
            items.push(Item {
                doc_index,
                order,
                range,
                text: display_text(words),
                num_words: folded.split(' ').count(),
                folded,
                speaker,
                speaker_key,
                channel: quote.channel.clone(),
            });
        }
    }
    items
}

/// Trims the spaces and the comma that the reporting clause leaves on a
/// quote ("... a wage," she said).
fn display_text(words: &str) -> String {
    words
        .trim()
        .trim_end_matches([',', ';'])
        .trim_end()
        .to_string()
}

/// How alike two spellings of a surname must be (Jaro-Winkler) to be one
/// name: catches "Kovalchuk" / "Kovalchuck", not "Petrenko" / "Petrenkova".
const SURNAME_SIMILARITY: f64 = 0.9;

/// How alike two spellings of a given name must be: catches transliterations
/// such as "Olena" / "Elena", not "Ivan" / "Maria".
const GIVEN_NAME_SIMILARITY: f64 = 0.85;

/// Tells whether two speakers may be one person: the same folded name, one
/// the tail of the other ("Moen" of "Erik Moen"), or spelling variants of
/// each word (before the entity table merges them, a speaker is as
/// written). Namesakes with different given names stay apart.
fn speakers_agree(left: &[String], right: &[String]) -> bool {
    let aligned = left.iter().rev().zip(right.iter().rev());
    aligned
        .enumerate()
        .all(|(position, (left_word, right_word))| {
            let needed = if position == 0 {
                SURNAME_SIMILARITY
            } else {
                GIVEN_NAME_SIMILARITY
            };
            left_word == right_word || strsim::jaro_winkler(left_word, right_word) >= needed
        })
}

/// Tells whether `short` is `long` or a run of its words.
fn contains_words(long: &str, short: &str) -> bool {
    format!(" {long} ").contains(&format!(" {short} "))
}

struct Group {
    members: Vec<usize>,
    /// The folded words of the fullest version.
    folded: String,
    /// Every speaker key seen in the group.
    speaker_keys: Vec<Vec<String>>,
}

impl Group {
    fn new(item_index: usize, item: &Item) -> Group {
        Group {
            members: vec![item_index],
            folded: item.folded.clone(),
            speaker_keys: item.speaker_key.iter().cloned().collect(),
        }
    }

    fn accepts(&self, item: &Item) -> bool {
        let words_match = self.folded == item.folded
            || (item.num_words >= MIN_FRAGMENT_WORDS && contains_words(&self.folded, &item.folded));
        if !words_match {
            return false;
        }
        let Some(key) = &item.speaker_key else {
            return true;
        };
        self.speaker_keys
            .iter()
            .all(|seen| speakers_agree(seen, key))
    }

    fn add(&mut self, item_index: usize, item: &Item) {
        self.members.push(item_index);
        if let Some(key) = &item.speaker_key
            && !self.speaker_keys.contains(key)
        {
            self.speaker_keys.push(key.clone());
        }
    }

    /// The name to show: the one most members give, then the fullest, then
    /// the first seen (members are in the order they joined).
    fn speaker(&self, items: &[Item]) -> Option<String> {
        let mut names: Vec<(&str, usize, usize)> = Vec::new();
        for &member in &self.members {
            let (Some(name), Some(key)) = (&items[member].speaker, &items[member].speaker_key)
            else {
                continue;
            };
            match names.iter_mut().find(|(seen, _, _)| *seen == name.as_str()) {
                Some((_, count, _)) => *count += 1,
                None => names.push((name, 1, key.len())),
            }
        }
        let mut best: Option<(&str, usize, usize)> = None;
        for candidate in names {
            let better = best.is_none_or(|(_, count, num_words)| {
                (candidate.1, candidate.2) > (count, num_words)
            });
            if better {
                best = Some(candidate);
            }
        }
        best.map(|(name, _, _)| name.to_string())
    }

    /// The group as output, with its number of articles and first appearance
    /// for ordering.
    fn to_quote_group(
        &self,
        items: &[Item],
        documents: &[&Document],
    ) -> (usize, (usize, usize), QuoteGroup) {
        let fullest = &items[self.members[0]];
        let speaker = self.speaker(items);
        let channel = fullest.channel.clone().or_else(|| {
            self.members
                .iter()
                .find_map(|&member| items[member].channel.clone())
        });

        let mut in_text_order: Vec<&Item> =
            self.members.iter().map(|&member| &items[member]).collect();
        in_text_order.sort_by_key(|item| (item.doc_index, item.range.start));
        let mut articles = Vec::new();
        let mut evidence = Vec::new();
        for item in &in_text_order {
            let doc = &documents[item.doc_index].article.id;
            if !articles.contains(doc) {
                articles.push(doc.clone());
            }
            let piece = Evidence {
                doc: doc.clone(),
                range: item.range,
            };
            if !evidence.contains(&piece) {
                evidence.push(piece);
            }
        }
        let first_seen = in_text_order
            .first()
            .map_or((0, 0), |item| (item.doc_index, item.order));
        let group = QuoteGroup {
            speaker,
            text: fullest.text.clone(),
            channel,
            articles,
            evidence,
        };
        (group.articles.len(), first_seen, group)
    }
}
