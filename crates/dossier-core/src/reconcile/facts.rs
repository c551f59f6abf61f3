//! Facts: quantity claims grouped into slots, with every variant, its sources
//! and a status; copies count once.
//!
//! A slot is what a claim measures: predicate + unit + the time it refers to
//! ("since July 2023", a background year). Claims in one slot are compared by
//! compatibility of their hedged values (see `compat`), never by string
//! equality, and never averaged: every distinct (value, hedge, attribution)
//! stays a variant with its articles and sentences. Articles joined by copy
//! relations count as one independent source.

mod compat;
#[cfg(test)]
pub(crate) mod fixtures;
#[cfg(test)]
mod tests;
mod words;

use std::collections::HashMap;

use crate::model::{
    Document, Evidence, Fact, FactStatus, FactVariant, PartialDate, Qualifier, Quantity, Relation,
    RelationKind, TextRange,
};
use crate::text::fold;
use compat::{Hedged, compatible};

/// How far (in bytes) a "since ..." phrase or a background date may sit from
/// the number it qualifies. A sentence often carries several figures; a date
/// at the other end of it is more likely to belong to another clause.
const ANCHOR_REACH: usize = 80;

/// Words that mark a figure as a revision of an earlier one ("the toll rose
/// to 14").
const UPDATE_CUES: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "climbed",
    "climbs",
    "increased",
    "jumped",
    "soared",
    "revised",
    "updated",
    "raised",
    "grew",
    "mounted",
    "reached",
];

/// Month names, for "since July 2023" when the date stage did not mark it.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Groups the quantity claims of the documents into facts.
pub(crate) fn reconcile_facts(documents: &[&Document], relations: &[Relation]) -> Vec<Fact> {
    let claims = collect_claims(documents);
    if claims.is_empty() {
        return Vec::new();
    }
    let sources = CopyGroups::new(documents, relations);
    let slots = assign_slots(&claims);
    let mut facts: Vec<(FactOrder, Fact)> = slots
        .into_iter()
        .map(|(slot, members)| build_fact(&slot, &members, &claims, documents, &sources))
        .collect();
    facts.sort_by_key(|(order, _)| *order);
    facts
        .into_iter()
        .enumerate()
        .map(|(index, (_, mut fact))| {
            fact.id = format!("f{}", index + 1);
            fact
        })
        .collect()
}

/// One quantity of one article, with what is needed to place and compare it.
struct Claim<'d> {
    doc_index: usize,
    quantity: &'d Quantity,
    hedged: Hedged,
    /// The sentence (or, when the sentence range is unusable, the number).
    evidence: TextRange,
    /// The number as written.
    written: &'d str,
    unit: String,
    /// The predicate's lemma, for the statement.
    predicate: Option<String>,
    /// The predicate's stem, for the slot.
    predicate_stem: Option<String>,
    anchor: Option<Anchor>,
    has_update_cue: bool,
    published: Option<PartialDate>,
}

/// The time a claim refers to, when it is not the news itself.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Anchor {
    /// Compared across articles ("since 2023-07").
    key: String,
    /// Shown in the statement ("since July 2023").
    words: String,
}

/// What groups claims into one fact.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Slot {
    /// The predicate's stem.
    predicate: Option<String>,
    unit: String,
    anchor: Option<Anchor>,
}

fn collect_claims<'d>(documents: &[&'d Document]) -> Vec<Claim<'d>> {
    let mut claims = Vec::new();
    for (doc_index, document) in documents.iter().enumerate() {
        let text = document.article.text.as_str();
        for quantity in &document.analysis.quantities {
            let Some(claim) = claim_of(doc_index, document, text, quantity) else {
                continue;
            };
            claims.push(claim);
        }
    }
    claims
}

fn claim_of<'d>(
    doc_index: usize,
    document: &'d Document,
    text: &'d str,
    quantity: &'d Quantity,
) -> Option<Claim<'d>> {
    let value_is_usable =
        quantity.value.is_finite() && quantity.high.is_none_or(|high| high.is_finite());
    if !value_is_usable || !fits(text, quantity.range) {
        return None;
    }
    let unit = words::normalize_unit(&quantity.unit);
    if unit.is_empty() {
        return None;
    }
    let sentence_fits = fits(text, quantity.sentence)
        && !quantity.sentence.is_empty()
        && quantity.sentence.contains(quantity.range);
    let evidence = if sentence_fits {
        quantity.sentence
    } else {
        quantity.range
    };
    let sentence = evidence.slice(text);
    let folded_sentence = fold(sentence);
    let has_update_cue = folded_sentence
        .split(' ')
        .any(|word| UPDATE_CUES.contains(&word));
    let predicate = quantity
        .predicate
        .as_deref()
        .and_then(words::normalize_predicate);
    let predicate_stem = predicate.as_deref().map(words::predicate_stem);
    Some(Claim {
        doc_index,
        quantity,
        hedged: Hedged {
            value: quantity.value,
            high: quantity.high,
            qualifier: quantity.qualifier,
        },
        evidence,
        written: quantity.range.slice(text),
        unit,
        predicate,
        predicate_stem,
        anchor: anchor_of(document, text, quantity, evidence),
        has_update_cue,
        published: document.article.published,
    })
}

/// Tells whether a range lies within the text on char boundaries.
fn fits(text: &str, range: TextRange) -> bool {
    range.start <= range.end && text.get(range.start..range.end).is_some()
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
fn anchor_of(
    document: &Document,
    text: &str,
    quantity: &Quantity,
    sentence: TextRange,
) -> Option<Anchor> {
    let same_clause = |range: TextRange| {
        let (from, to) = if range.start >= quantity.range.end {
            (quantity.range.end, range.start)
        } else if range.end <= quantity.range.start {
            (range.end, quantity.range.start)
        } else {
            return true;
        };
        to - from <= ANCHOR_REACH
            && text
                .get(from..to)
                .is_some_and(|between| !between.contains(CLAUSE_BREAKS))
    };
    let opens_sentence = |range: TextRange| {
        text.get(sentence.start..range.start).is_some_and(|before| {
            before
                .trim_matches(|ch: char| !ch.is_alphanumeric())
                .is_empty()
        })
    };
    let sentence_dates: Vec<_> = document
        .analysis
        .dates
        .iter()
        .filter(|date| fits(text, date.range) && sentence.contains(date.range))
        .collect();

    for since in since_positions(text, sentence) {
        let qualifies = !follows_superlative(text, sentence, since)
            && (same_clause(since) || (opens_sentence(since) && since.end <= quantity.range.start));
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

/// Characters that end a clause, for telling whether a date qualifies a number.
const CLAUSE_BREAKS: [char; 8] = [',', ';', ':', '(', ')', '\u{2014}', '\u{2013}', '"'];

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
    let month_index = MONTHS
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

/// Puts every claim in a slot, in order of first appearance.
///
/// Claims with a predicate are keyed by (predicate, unit, anchor). A unit
/// that is the tail of exactly one longer unit of the same predicate and
/// time ("prisoner" of "political prisoner") joins it. A claim without a
/// predicate joins the one slot of its unit and time, or the one such slot
/// its value is compatible with; otherwise it keeps a slot of its own.
fn assign_slots(claims: &[Claim<'_>]) -> Vec<(Slot, Vec<usize>)> {
    let mut keyed: Vec<Slot> = Vec::new();
    for claim in claims.iter().filter(|claim| claim.predicate_stem.is_some()) {
        let slot = Slot {
            predicate: claim.predicate_stem.clone(),
            unit: claim.unit.clone(),
            anchor: claim.anchor.clone(),
        };
        if !keyed.contains(&slot) {
            keyed.push(slot);
        }
    }
    let widened: Vec<Slot> = keyed.iter().map(|slot| widen_unit(slot, &keyed)).collect();

    let mut slots: Vec<(Slot, Vec<usize>)> = Vec::new();
    let push = |slots: &mut Vec<(Slot, Vec<usize>)>, slot: Slot, index: usize| match slots
        .iter_mut()
        .find(|(existing, _)| *existing == slot)
    {
        Some((_, members)) => members.push(index),
        None => slots.push((slot, vec![index])),
    };
    let mut without_predicate = Vec::new();
    for (index, claim) in claims.iter().enumerate() {
        if claim.predicate_stem.is_none() {
            without_predicate.push(index);
            continue;
        }
        let own = Slot {
            predicate: claim.predicate_stem.clone(),
            unit: claim.unit.clone(),
            anchor: claim.anchor.clone(),
        };
        let position = keyed.iter().position(|slot| *slot == own);
        let slot = position.map_or(own, |position| widened[position].clone());
        push(&mut slots, slot, index);
    }

    for index in without_predicate {
        let claim = &claims[index];
        let candidates: Vec<usize> = slots
            .iter()
            .enumerate()
            .filter(|(_, (slot, _))| {
                slot.predicate.is_some()
                    && slot.anchor == claim.anchor
                    && unit_fits(&claim.unit, &slot.unit)
            })
            .map(|(position, _)| position)
            .collect();
        let chosen = match candidates.as_slice() {
            [only] => Some(*only),
            _ => {
                let agreeing: Vec<usize> = candidates
                    .iter()
                    .copied()
                    .filter(|&position| {
                        slots[position]
                            .1
                            .iter()
                            .all(|&member| compatible(claims[member].hedged, claim.hedged))
                    })
                    .collect();
                match agreeing.as_slice() {
                    [only] => Some(*only),
                    _ => None,
                }
            }
        };
        match chosen {
            Some(position) => slots[position].1.push(index),
            None => {
                let slot = Slot {
                    predicate: None,
                    unit: claim.unit.clone(),
                    anchor: claim.anchor.clone(),
                };
                push(&mut slots, slot, index);
            }
        }
    }
    slots
}

/// The slot a keyed slot joins: the one longer unit it is the tail of, if
/// exactly one exists for the same predicate and time.
fn widen_unit(slot: &Slot, keyed: &[Slot]) -> Slot {
    let wider: Vec<&Slot> = keyed
        .iter()
        .filter(|other| {
            other.predicate == slot.predicate
                && other.anchor == slot.anchor
                && other.unit != slot.unit
                && unit_fits(&slot.unit, &other.unit)
        })
        .collect();
    match wider.as_slice() {
        [only] => (*only).clone(),
        _ => slot.clone(),
    }
}

/// Tells whether `unit` is `wider` or its tail on a word boundary.
fn unit_fits(unit: &str, wider: &str) -> bool {
    unit == wider || wider.ends_with(&format!(" {unit}"))
}

/// Union-find over copy relations: articles that copy each other are one source.
struct CopyGroups {
    /// For each document, the representative of its copy group.
    source_of: Vec<usize>,
}

impl CopyGroups {
    fn new(documents: &[&Document], relations: &[Relation]) -> CopyGroups {
        let index_of: HashMap<&str, usize> = documents
            .iter()
            .enumerate()
            .map(|(index, document)| (document.article.id.0.as_str(), index))
            .collect();
        let mut parent: Vec<usize> = (0..documents.len()).collect();
        for relation in relations {
            let is_copy = matches!(
                relation.kind,
                RelationKind::Exact | RelationKind::NearDuplicate | RelationKind::Rewrite
            );
            if !is_copy {
                continue;
            }
            let (Some(&a), Some(&b)) = (
                index_of.get(relation.a.0.as_str()),
                index_of.get(relation.b.0.as_str()),
            ) else {
                continue;
            };
            let (root_a, root_b) = (root(&mut parent, a), root(&mut parent, b));
            parent[root_a.max(root_b)] = root_a.min(root_b);
        }
        let source_of = (0..documents.len())
            .map(|index| root(&mut parent, index))
            .collect();
        CopyGroups { source_of }
    }

    /// How many independent sources the given articles are.
    fn count(&self, doc_indices: &[usize]) -> usize {
        let mut sources: Vec<usize> = doc_indices
            .iter()
            .filter_map(|&index| self.source_of.get(index).copied())
            .collect();
        sources.sort_unstable();
        sources.dedup();
        sources.len()
    }
}

fn root(parent: &mut [usize], mut index: usize) -> usize {
    while parent[index] != index {
        let grandparent = parent[parent[index]];
        parent[index] = grandparent;
        index = grandparent;
    }
    index
}

/// Sorts facts by importance: more independent sources first, then
/// disagreements (disputed, then updated) before agreement, then more
/// articles, then first appearance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct FactOrder {
    fewer_sources: std::cmp::Reverse<usize>,
    status_rank: u8,
    fewer_articles: std::cmp::Reverse<usize>,
    first_claim: usize,
}

fn build_fact(
    slot: &Slot,
    members: &[usize],
    claims: &[Claim<'_>],
    documents: &[&Document],
    sources: &CopyGroups,
) -> (FactOrder, Fact) {
    let mut variants: Vec<(VariantKey, Vec<usize>)> = Vec::new();
    for &member in members {
        let key = VariantKey::of(&claims[member]);
        match variants.iter_mut().find(|(existing, _)| *existing == key) {
            Some((_, claim_indices)) => claim_indices.push(member),
            None => variants.push((key, vec![member])),
        }
    }

    let mut doc_indices: Vec<usize> = members
        .iter()
        .map(|&member| claims[member].doc_index)
        .collect();
    doc_indices.sort_unstable();
    doc_indices.dedup();
    let independent_sources = sources.count(&doc_indices);

    let status = status_of(members, claims, independent_sources);
    if status == FactStatus::Updated {
        variants.sort_by_key(|(_, claim_indices)| {
            claim_indices
                .iter()
                .map(|&index| (claims[index].published, claims[index].has_update_cue))
                .min()
        });
    } else {
        // Stable: ties keep the order of first appearance.
        variants.sort_by_key(|(_, claim_indices)| {
            let mut docs: Vec<usize> = claim_indices
                .iter()
                .map(|&index| claims[index].doc_index)
                .collect();
            docs.dedup();
            std::cmp::Reverse(docs.len())
        });
    }

    let first = &claims[members[0]];
    let raw_unit = first.quantity.unit.as_str();
    let kind = words::kind_of(&slot.unit, raw_unit);
    // Prefer a lemma over an inflected form for the statement.
    let lemmas: Vec<&str> = members
        .iter()
        .filter_map(|&member| claims[member].predicate.as_deref())
        .collect();
    let lemma = lemmas
        .iter()
        .find(|lemma| !lemma.ends_with("ed") && !lemma.ends_with("ing"))
        .or(lemmas.first())
        .copied();
    let fact = Fact {
        id: String::new(),
        kind: kind.as_str().to_string(),
        subject: slot.unit.clone(),
        statement: words::statement(
            &slot.unit,
            lemma,
            slot.anchor.as_ref().map(|anchor| anchor.words.as_str()),
        ),
        status,
        variants: variants
            .iter()
            .map(|(_, claim_indices)| variant_of(claim_indices, claims, documents))
            .collect(),
        independent_sources,
    };
    let status_rank = match status {
        FactStatus::Disputed => 0,
        FactStatus::Updated => 1,
        FactStatus::Corroborated | FactStatus::SingleSource => 2,
    };
    let order = FactOrder {
        fewer_sources: std::cmp::Reverse(independent_sources),
        status_rank,
        fewer_articles: std::cmp::Reverse(doc_indices.len()),
        first_claim: members.iter().copied().min().unwrap_or(0),
    };
    (order, fact)
}

/// What makes two claims the same variant.
#[derive(Clone, Debug, PartialEq, Eq)]
struct VariantKey {
    value: u64,
    high: Option<u64>,
    qualifier: Qualifier,
    attribution: Option<String>,
}

impl VariantKey {
    fn of(claim: &Claim<'_>) -> VariantKey {
        // Adding 0.0 turns -0.0 into 0.0, so the two share a key.
        VariantKey {
            value: (claim.hedged.value + 0.0).to_bits(),
            high: claim.hedged.high.map(|high| (high + 0.0).to_bits()),
            qualifier: claim.hedged.qualifier,
            attribution: claim
                .quantity
                .attributed_to
                .as_deref()
                .map(attribution_key)
                .filter(|key| !key.is_empty()),
        }
    }
}

/// Folds an attribution and drops a leading article: "the police" is "police".
fn attribution_key(attribution: &str) -> String {
    let folded = fold(attribution);
    folded
        .strip_prefix("the ")
        .map(str::to_string)
        .unwrap_or(folded)
}

fn status_of(members: &[usize], claims: &[Claim<'_>], independent_sources: usize) -> FactStatus {
    let mut any_conflict = false;
    let mut every_conflict_is_update = true;
    for (position, &left) in members.iter().enumerate() {
        for &right in &members[position + 1..] {
            let (left, right) = (&claims[left], &claims[right]);
            if compatible(left.hedged, right.hedged) {
                continue;
            }
            any_conflict = true;
            if !is_update(left, right) && !is_update(right, left) {
                every_conflict_is_update = false;
            }
        }
    }
    match (any_conflict, every_conflict_is_update) {
        (true, true) => FactStatus::Updated,
        (true, false) => FactStatus::Disputed,
        (false, _) if independent_sources >= 2 => FactStatus::Corroborated,
        (false, _) => FactStatus::SingleSource,
    }
}

/// Tells whether `later` revises `earlier`: it says so ("rose to"), and it
/// was not published before it (nor, if both say so, on the same day).
fn is_update(later: &Claim<'_>, earlier: &Claim<'_>) -> bool {
    if !later.has_update_cue {
        return false;
    }
    match (later.published, earlier.published) {
        (Some(later_date), Some(earlier_date)) => {
            later_date > earlier_date || (later_date == earlier_date && !earlier.has_update_cue)
        }
        _ => later.doc_index == earlier.doc_index && !earlier.has_update_cue,
    }
}

fn variant_of(
    claim_indices: &[usize],
    claims: &[Claim<'_>],
    documents: &[&Document],
) -> FactVariant {
    let first = &claims[claim_indices[0]];
    let mut articles = Vec::new();
    let mut evidence: Vec<Evidence> = Vec::new();
    for &index in claim_indices {
        let claim = &claims[index];
        let doc = &documents[claim.doc_index].article.id;
        if !articles.contains(doc) {
            articles.push(doc.clone());
        }
        let piece = Evidence {
            doc: doc.clone(),
            range: claim.evidence,
        };
        if !evidence.contains(&piece) {
            evidence.push(piece);
        }
    }
    FactVariant {
        value: first.hedged.value,
        high: first.hedged.high,
        qualifier: first.hedged.qualifier,
        text: first.written.trim().to_string(),
        articles,
        evidence,
        attributed_to: first
            .quantity
            .attributed_to
            .as_deref()
            .map(str::trim)
            .filter(|source| !source.is_empty())
            .map(str::to_string),
    }
}
