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
mod context;
#[cfg(test)]
pub(crate) mod fixtures;
pub(crate) mod sentence;
mod slots;
#[cfg(test)]
mod tests;
mod words;

use std::collections::HashMap;

use crate::model::{
    Document, Evidence, Fact, FactStatus, FactVariant, LaterDeaths, PartialDate, Qualifier,
    Quantity, Relation, RelationKind, TextRange,
};
use crate::text::fold;
use compat::{Hedged, compatible};
use context::{Anchor, anchor_of};
use slots::{Slot, assign_slots};

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
    "now",
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
        .map(|(slot, members)| {
            let members = without_outnumbered_names(&members, &claims);
            build_fact(&slot, &members, &claims, documents, &sources)
        })
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

/// Deaths each article tells of among people it counted as hurt just
/// before: "three men were wounded ... two of them later died". The part
/// is no fact of its own (see [`is_partitive`]), yet it moves people from
/// the hurt to the dead. A count of the shot in between starts another
/// group the part may belong to, one that counts the dead already; so does
/// a sentence counting the dead beside the hurt ("three were killed and
/// four others hurt"), the hurt being the living.
pub(crate) fn later_deaths(documents: &[&Document]) -> Vec<LaterDeaths> {
    let mut found = Vec::new();
    for (doc_index, document) in documents.iter().enumerate() {
        let text = document.article.text.as_str();
        let mut hurt: Option<(u64, TextRange)> = None;
        let mut deaths_counted_in: Option<TextRange> = None;
        for quantity in &document.analysis.quantities {
            let Some(claim) = claim_of(doc_index, document, text, quantity) else {
                continue;
            };
            let exact = quantity.qualifier == Qualifier::Exact && quantity.high.is_none();
            let value = quantity.value.max(0.0).round() as u64;
            let predicate = claim.predicate.as_deref();
            if is_partitive(claim.written) {
                if predicate == Some("kill")
                    && exact
                    && let Some((group, _)) = hurt
                    && (1..group).contains(&value)
                {
                    found.push(LaterDeaths {
                        hurt: group,
                        died: value,
                    });
                    hurt = None;
                }
                continue;
            }
            match predicate {
                Some("injure") if deaths_counted_in == Some(quantity.sentence) => hurt = None,
                Some("injure") if exact && !claim.additional && (2..10).contains(&value) => {
                    hurt = Some((value, quantity.sentence));
                }
                Some("kill") => {
                    deaths_counted_in = Some(quantity.sentence);
                    if hurt.is_some_and(|(_, sentence)| sentence == quantity.sentence) {
                        hurt = None;
                    }
                }
                Some(lemma) if lemma.starts_with("shot") || lemma.starts_with("shoot") => {
                    hurt = None;
                }
                _ => {}
            }
        }
    }
    found
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
    /// Counts more on top of another count ("an additional 14").
    additional: bool,
    /// The period the number is a rate of ("a day"), if any.
    rate: Option<String>,
    /// Who the number is attributed to, folded for comparison.
    attribution: Option<String>,
    has_update_cue: bool,
    /// The number answers a figure given just before ("police put the
    /// figure at 1,200").
    refers_back: bool,
    /// The number opens a definite description ("the two sides").
    definite: bool,
    published: Option<PartialDate>,
    /// The count is of people named one by one ("Ada Kerr, 25, was
    /// killed"), so it says at least that many.
    named: bool,
}

fn collect_claims<'d>(documents: &[&'d Document]) -> Vec<Claim<'d>> {
    let mut claims = Vec::new();
    for (doc_index, document) in documents.iter().enumerate() {
        let text = document.article.text.as_str();
        for quantity in &document.analysis.quantities {
            if is_term_of_another(text, quantity, &document.analysis.quantities) {
                continue;
            }
            if is_partitive(quantity.range.slice(text)) {
                continue;
            }
            let Some(claim) = claim_of(doc_index, document, text, quantity) else {
                continue;
            };
            claims.push(claim);
        }
    }
    claims
}

/// Words other than numbers a count of people can open with when it is not
/// a listing of names.
const COUNT_OPENERS: &[&str] = &[
    "a", "an", "the", "another", "his", "her", "their", "its", "at", "more", "about", "some",
    "all", "both", "over", "nearly", "almost", "up", "around", "roughly", "least",
];

/// Tells whether a count of people was read off their names: its words open
/// with a capitalised name, not a number or a determiner.
fn is_named_count(quantity: &Quantity, written: &str) -> bool {
    let Some(first) = written.split_whitespace().next() else {
        return false;
    };
    let capitalised = first.chars().next().is_some_and(char::is_uppercase);
    let word = fold(first);
    quantity.unit == "person"
        && capitalised
        && !COUNT_OPENERS.contains(&word.as_str())
        && !crate::analyse::is_number_word(&word)
}

/// Drops the counts read off names from a slot where another claim gives a
/// larger count: naming one victim says at least one was killed, and as a
/// variant beside "two people were killed" it would read as a dispute.
fn without_outnumbered_names(members: &[usize], claims: &[Claim<'_>]) -> Vec<usize> {
    let largest_unnamed = members
        .iter()
        .filter(|&&member| !claims[member].named)
        .map(|&member| claims[member].hedged.value)
        .fold(f64::NEG_INFINITY, f64::max);
    members
        .iter()
        .copied()
        .filter(|&member| !claims[member].named || claims[member].hedged.value >= largest_unnamed)
        .collect()
}

/// Determiners after "N of" that make the number a part of a group named
/// before: "one of the victims", "two of them".
const PARTITIVE_GROUPS: &[&str] = &["the", "them", "those", "these", "their", "his", "her"];

/// Hedges a part of a group can open with, each with the space after it.
const PARTITIVE_HEDGES: &[&str] = &[
    "at least ",
    "more than ",
    "fewer than ",
    "less than ",
    "up to ",
    "about ",
    "nearly ",
    "almost ",
    "around ",
    "only ",
];

/// Tells whether a figure counts part of a group ("one of the victims was
/// flown to a hospital", "two of them"): it is no value of the group's own
/// count, and as a variant it would read as a dispute with it.
fn is_partitive(written: &str) -> bool {
    let folded = fold(written);
    // "At least three of those hurt": the hedge before the number says
    // nothing about the group.
    let unhedged = PARTITIVE_HEDGES
        .iter()
        .find_map(|hedge| folded.strip_prefix(hedge))
        .unwrap_or(&folded);
    let mut words = unhedged.split(' ');
    let (_, of, group) = (words.next(), words.next(), words.next());
    of == Some("of") && group.is_some_and(|group| PARTITIVE_GROUPS.contains(&group))
}

/// Words that tie a span of time to the figure just before it: "12 million
/// euros over three years", "a loan of 5 million for ten years".
const TERM_LINKS: &[&str] = &["over", "for", "across", "within", "spread over"];

/// Tells whether a quantity is the term of the figure right before it ("12
/// million euros over three years"): part of that claim, not a fact of its
/// own to be compared with other spans of time.
fn is_term_of_another(text: &str, quantity: &Quantity, quantities: &[Quantity]) -> bool {
    if !words::is_time_unit(&words::normalize_unit(&quantity.unit)) {
        return false;
    }
    quantities.iter().any(|other| {
        if other.range.end > quantity.range.start
            || words::is_time_unit(&words::normalize_unit(&other.unit))
        {
            return false;
        }
        text.get(other.range.end..quantity.range.start)
            .is_some_and(|between| {
                let plain = between
                    .chars()
                    .all(|ch| ch.is_alphabetic() || ch.is_whitespace());
                plain && TERM_LINKS.contains(&fold(between).as_str())
            })
    })
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
    let mut unit = words::normalize_unit(&quantity.unit);
    if unit.is_empty() {
        // "the remaining 1,300 others": a count whose noun is elsewhere,
        // placed like a generic noun.
        unit = words::UNKNOWN_UNIT.to_string();
    }
    let sentence_fits = fits(text, quantity.sentence)
        && !quantity.sentence.is_empty()
        && quantity.sentence.contains(quantity.range);
    let evidence = if sentence_fits {
        sentence::around(text, quantity.sentence, quantity.range)
    } else {
        quantity.range
    };
    let sentence = evidence.slice(text);
    let folded_sentence = fold(sentence);
    let has_update_cue = folded_sentence
        .split(' ')
        .any(|word| UPDATE_CUES.contains(&word));
    let mut predicate = quantity
        .predicate
        .as_deref()
        .and_then(words::normalize_predicate);
    if let Some(lemma) = &predicate
        && let Some(undone) = words::undone_when_demanded(lemma)
        && context::is_demanded(text, evidence, quantity.range)
    {
        predicate = Some(undone.to_string());
    }
    // "The death toll rose to 14": the change verb reports the count of
    // what the toll counts.
    if let Some(lemma) = &predicate
        && words::is_change_verb(lemma)
        && let Some(counted) = context::toll_of(text, evidence, quantity.range)
    {
        predicate = Some(counted.to_string());
    }
    // "two strikes": a predicate read off the counted noun itself says
    // nothing more than the noun ("strikes striking").
    if let Some(lemma) = &predicate
        && words::predicate_stem(lemma) == words::predicate_stem(&unit)
    {
        predicate = None;
    }
    let anchor = anchor_of(document, text, quantity, evidence);
    let additional = anchor.is_none() && context::is_additional(text, evidence, quantity.range);
    let rate = context::rate_of(text, evidence, quantity.range);
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
        anchor,
        additional,
        rate,
        attribution: quantity
            .attributed_to
            .as_deref()
            .map(attribution_key)
            .filter(|key| !key.is_empty()),
        has_update_cue,
        refers_back: context::refers_back(text, evidence, quantity.range),
        definite: context::is_definite(text, evidence, quantity.range),
        published: document.article.published,
        named: is_named_count(quantity, quantity.range.slice(text)),
    })
}

/// Tells whether a range lies within the text on char boundaries.
fn fits(text: &str, range: TextRange) -> bool {
    range.start <= range.end && text.get(range.start..range.end).is_some()
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

/// Sorts facts by importance: a measure no claim says anything about
/// ("about 2 km", "140 km" with no verb: a length, a span of time) last,
/// since it describes the scene rather than counts what happened; before it,
/// a set every claim names as known ("the two sides", "all three
/// terminals"); then more
/// independent sources first, then
/// disagreements (disputed, then updated) before agreement, then more
/// articles, then first appearance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct FactOrder {
    bare_measure: bool,
    only_definite: bool,
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
        match variants
            .iter_mut()
            .find(|(existing, _)| existing.matches(&key))
        {
            Some((_, claim_indices)) => claim_indices.push(member),
            None => variants.push((key, vec![member])),
        }
    }
    fold_unattributed_into_sole_source(&mut variants);

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
    let mut statement = words::statement(
        &slot.unit,
        lemma,
        slot.anchor.as_ref().map(|anchor| anchor.words.as_str()),
    );
    if slot.additional {
        statement.insert_str(0, "additional ");
    }
    if let Some(period) = &slot.rate {
        statement.push_str(" per ");
        statement.push_str(period);
    }
    let fact = Fact {
        id: String::new(),
        kind: kind.as_str().to_string(),
        subject: slot.unit.clone(),
        statement,
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
    let bare_measure = words::is_measure_unit(&slot.unit)
        && members
            .iter()
            .all(|&member| claims[member].predicate.is_none());
    let only_definite = members.iter().all(|&member| claims[member].definite);
    let order = FactOrder {
        bare_measure,
        only_definite,
        fewer_sources: std::cmp::Reverse(independent_sources),
        status_rank,
        fewer_articles: std::cmp::Reverse(doc_indices.len()),
        first_claim: members.iter().copied().min().unwrap_or(0),
    };
    (order, fact)
}

/// Folds a value stated with no source into the variant giving the same
/// value with a source, when exactly one source gives it and the sources
/// give different values: in "2,000, the union said; police put it at
/// 1,200", another article's bare "2,000 people marched" repeats the
/// union's side, not a third party's. With two sources giving that value it
/// stays apart (whose would it repeat?), and where every source agrees, an
/// outlet stating the value itself is a source of its own.
fn fold_unattributed_into_sole_source(variants: &mut Vec<(VariantKey, Vec<usize>)>) {
    let values_differ = variants.iter().any(|(key, _)| {
        let (first, _) = &variants[0];
        key.value != first.value || key.high != first.high || key.qualifier != first.qualifier
    });
    if !values_differ {
        return;
    }
    let mut index = 0;
    while index < variants.len() {
        if variants[index].0.attribution.is_some() {
            index += 1;
            continue;
        }
        let same_value = |key: &VariantKey, other: &VariantKey| {
            key.value == other.value && key.high == other.high && key.qualifier == other.qualifier
        };
        let sourced: Vec<usize> = (0..variants.len())
            .filter(|&other| {
                other != index
                    && variants[other].0.attribution.is_some()
                    && same_value(&variants[index].0, &variants[other].0)
            })
            .collect();
        if let [sole] = sourced.as_slice() {
            // The merged variant keeps the earlier place of the two, so the
            // order of first appearance holds.
            let (_, members) = variants.remove(index);
            let target = if *sole > index { sole - 1 } else { *sole };
            if target < variants.len() {
                let (key, mut target_members) = variants.remove(target);
                target_members.extend(members);
                target_members.sort_unstable();
                variants.insert(target.min(index), (key, target_members));
            }
            // Past the merged variant: it stands where the folded one
            // stood, or the folded one's successors moved up into its place.
            if target >= index {
                index += 1;
            }
            continue;
        }
        index += 1;
    }
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
    /// Tells whether two claims are one variant: the same hedged value from
    /// the same source.
    fn matches(&self, other: &VariantKey) -> bool {
        self.value == other.value
            && self.high == other.high
            && self.qualifier == other.qualifier
            && same_source(self.attribution.as_deref(), other.attribution.as_deref())
    }

    fn of(claim: &Claim<'_>) -> VariantKey {
        // Adding 0.0 turns -0.0 into 0.0, so the two share a key.
        VariantKey {
            value: (claim.hedged.value + 0.0).to_bits(),
            high: claim.hedged.high.map(|high| (high + 0.0).to_bits()),
            qualifier: claim.hedged.qualifier,
            attribution: claim.attribution.clone(),
        }
    }
}

/// Folds an attribution and drops a leading article: "the police" is
/// "police". A bare pronoun ("she", "it") names nobody the reader can see,
/// so it keys as no attribution at all.
fn attribution_key(attribution: &str) -> String {
    let folded = fold(attribution);
    if is_pronoun(&folded) {
        return String::new();
    }
    folded
        .strip_prefix("the ")
        .map(str::to_string)
        .unwrap_or(folded)
}

/// Tells whether a folded attribution is only a personal pronoun.
fn is_pronoun(folded: &str) -> bool {
    matches!(
        folded,
        "i" | "we" | "you" | "he" | "she" | "it" | "they" | "him" | "her" | "them" | "us" | "me"
    )
}

/// Tells whether two attribution keys name the same source: equal, or one
/// the other's tail ("police" and "valdmar police").
fn same_source(left: Option<&str>, right: Option<&str>) -> bool {
    match (left, right) {
        (None, None) => true,
        (Some(left), Some(right)) => {
            left == right
                || left.ends_with(&format!(" {right}"))
                || right.ends_with(&format!(" {left}"))
        }
        _ => false,
    }
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
        attributed_to: shown_source(claim_indices, claims),
    }
}

/// The source a variant is shown with: the fullest spelling among its
/// claims ("Valdmar police" over "police"), never a bare pronoun.
fn shown_source(claim_indices: &[usize], claims: &[Claim<'_>]) -> Option<String> {
    // Compared by key, so "the police" is no fuller than "Police".
    let mut shown: Option<(usize, &str)> = None;
    for &index in claim_indices {
        let claim = &claims[index];
        let Some(key) = claim.attribution.as_deref() else {
            continue;
        };
        let Some(source) = claim.quantity.attributed_to.as_deref().map(str::trim) else {
            continue;
        };
        if shown.is_none_or(|(fullness, _)| key.len() > fullness) {
            shown = Some((key.len(), source));
        }
    }
    shown.map(|(_, source)| source.to_string())
}
