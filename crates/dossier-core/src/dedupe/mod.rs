//! Dedupe: finds copies and rewrites among articles.
//!
//! Exact copies by a hash of the folded text; near duplicates, rewrites and
//! shared passages by the overlap of word shingles taken from the sentences of
//! the clean text (very short lines are ignored, so menus and share counters
//! never make two pages copies). Candidates come from an inverted index over
//! shingles, so each article is only compared with articles it shares text
//! with. The result is a list of [`Relation`]s with a kind and a score.

mod fingerprint;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use crate::model::{Article, Relation, RelationKind};

use fingerprint::{Fingerprint, ShingleMap};

/// Options of the dedupe stage.
#[derive(Clone, Debug)]
pub struct DedupeConfig {
    /// Sentences with fewer words are ignored (menus, bylines, counters).
    pub min_sentence_words: usize,
    /// Words per shingle.
    pub shingle_words: usize,
    /// A shingle found in more articles than this is a stock phrase or site
    /// boilerplate and is not used to find candidates.
    pub max_postings: usize,
    /// Shared shingles an article pair needs before it is compared at all.
    pub min_shared_shingles: usize,
    /// Share of the smaller article's shingles found in the other above which
    /// the pair is a near duplicate.
    pub near_duplicate_containment: f64,
    /// The smaller article must be at least this share of the larger one's
    /// shingles to be a near duplicate rather than an excerpt.
    pub near_duplicate_size_ratio: f64,
    /// Share of a sentence's shingles found in the other article above which
    /// the sentence counts as reused.
    pub reused_sentence_share: f64,
    /// Reused sentences a rewrite needs.
    pub rewrite_min_sentences: usize,
    /// Share of one article's sentences reused above which it is a rewrite.
    pub rewrite_share: f64,
    /// Reused sentences a shared-source relation needs.
    pub shared_source_min_sentences: usize,
}

impl Default for DedupeConfig {
    fn default() -> DedupeConfig {
        DedupeConfig {
            min_sentence_words: 6,
            shingle_words: 4,
            max_postings: 64,
            min_shared_shingles: 6,
            near_duplicate_containment: 0.8,
            near_duplicate_size_ratio: 0.5,
            reused_sentence_share: 0.6,
            rewrite_min_sentences: 3,
            rewrite_share: 0.2,
            shared_source_min_sentences: 2,
        }
    }
}

/// Finds relations between each new article and every other article (new or known).
pub fn dedupe(new: &[&Article], known: &[&Article], config: &DedupeConfig) -> Vec<Relation> {
    dedupe_with(new, known, &mut DedupeIndex::default(), config)
}

/// [`dedupe`], keeping every article's fingerprint and the shingle index in
/// `index` for the next batch. When `index` holds exactly the known articles
/// (the previous batch's `known` and `new`, in that order), only the new
/// articles are fingerprinted; otherwise it is rebuilt from `known` first.
/// Either way the relations are those [`dedupe`] finds.
pub fn dedupe_with(
    new: &[&Article],
    known: &[&Article],
    index: &mut DedupeIndex,
    config: &DedupeConfig,
) -> Vec<Relation> {
    if !index.holds(known, config) {
        *index = DedupeIndex::new(config);
        for (article, fingerprint) in known.iter().zip(fingerprints_of_all(known, config)) {
            index.insert(article, fingerprint);
        }
    }
    let mut relations = Vec::new();
    for (article, fingerprint) in new.iter().zip(fingerprints_of_all(new, config)) {
        let exact_match = fingerprint
            .exact
            .and_then(|hash| index.by_exact.get(&hash).copied());
        if let Some(other) = exact_match {
            relations.extend(index.relation(other, article, RelationKind::Exact, 1.0));
        }
        for (other, shared) in index.shingles.candidates(&fingerprint) {
            if shared < config.min_shared_shingles || Some(other) == exact_match {
                continue;
            }
            let Some(earlier) = index.articles.get(other) else {
                continue;
            };
            let same_source = matches!(
                (&earlier.outlet, outlet(article)),
                (Some(x), Some(y)) if *x == y
            );
            if let Some((kind, score)) =
                compare(&earlier.fingerprint, &fingerprint, same_source, config)
            {
                relations.extend(index.relation(other, article, kind, score));
            }
        }
        index.insert(article, fingerprint);
    }
    relations
}

/// Articles below which fingerprints are taken on the calling thread.
const MIN_ARTICLES_PER_THREAD: usize = 16;

/// Fingerprints every article, in order: on the machine's cores when the
/// batch is large enough, since each fingerprint is its article's own and
/// only the comparisons that follow must run in order.
fn fingerprints_of_all(articles: &[&Article], config: &DedupeConfig) -> Vec<Fingerprint> {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let threads = cores.min(articles.len() / MIN_ARTICLES_PER_THREAD).max(1);
    if threads == 1 {
        return articles
            .iter()
            .map(|article| Fingerprint::of_article(article, config))
            .collect();
    }
    let chunk = articles.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = articles
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|article| Fingerprint::of_article(article, config))
                        .collect::<Vec<Fingerprint>>()
                })
            })
            .collect();
        let mut all = Vec::with_capacity(articles.len());
        for worker in workers {
            match worker.join() {
                Ok(part) => all.extend(part),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        all
    })
}

/// What copy detection keeps of the articles seen so far: each one's
/// fingerprint, the first article of each exact text, and the shingle index.
#[derive(Debug, Default)]
pub struct DedupeIndex {
    articles: Vec<Seen>,
    by_exact: HashMap<u64, usize>,
    shingles: ShingleIndex,
    /// The options the fingerprints were taken with.
    shape: (usize, usize, usize),
}

/// One article as copy detection remembers it.
#[derive(Debug)]
struct Seen {
    id: crate::model::DocId,
    published: Option<crate::model::PartialDate>,
    outlet: Option<String>,
    fingerprint: Fingerprint,
}

impl DedupeIndex {
    fn new(config: &DedupeConfig) -> DedupeIndex {
        DedupeIndex {
            shingles: ShingleIndex::new(config.max_postings),
            shape: DedupeIndex::shape_of(config),
            ..DedupeIndex::default()
        }
    }

    fn shape_of(config: &DedupeConfig) -> (usize, usize, usize) {
        (
            config.min_sentence_words,
            config.shingle_words,
            config.max_postings,
        )
    }

    /// Tells whether the index holds exactly these articles, as far as cheap
    /// checks tell: their count and the last one, fingerprinted alike.
    fn holds(&self, known: &[&Article], config: &DedupeConfig) -> bool {
        self.articles.len() == known.len()
            && self.articles.last().map(|seen| &seen.id) == known.last().map(|article| &article.id)
            && self.shape == DedupeIndex::shape_of(config)
    }

    fn insert(&mut self, article: &Article, fingerprint: Fingerprint) {
        let slot = self.articles.len();
        if let Some(hash) = fingerprint.exact {
            self.by_exact.entry(hash).or_insert(slot);
        }
        self.shingles.insert(slot, &fingerprint);
        self.articles.push(Seen {
            id: article.id.clone(),
            published: article.published,
            outlet: outlet(article),
            fingerprint,
        });
    }

    /// Builds the relation with the earlier article first when dates tell,
    /// else the one seen first.
    fn relation(
        &self,
        first_seen: usize,
        second: &Article,
        kind: RelationKind,
        score: f64,
    ) -> Option<Relation> {
        let first = self.articles.get(first_seen)?;
        let swap = matches!((first.published, second.published), (Some(x), Some(y)) if y < x);
        let (a, b) = if swap {
            (second.id.clone(), first.id.clone())
        } else {
            (first.id.clone(), second.id.clone())
        };
        Some(Relation {
            a,
            b,
            kind,
            score: score.clamp(0.0, 1.0),
        })
    }
}

impl Fingerprint {
    fn of_article(article: &Article, config: &DedupeConfig) -> Fingerprint {
        Fingerprint::of(
            &article.text,
            config.min_sentence_words,
            config.shingle_words,
        )
    }
}

/// Shingle -> articles holding it, capped so stock phrases cost nothing.
#[derive(Debug, Default)]
struct ShingleIndex {
    postings: ShingleMap<Vec<usize>>,
    max_postings: usize,
}

impl ShingleIndex {
    fn new(max_postings: usize) -> ShingleIndex {
        ShingleIndex {
            postings: ShingleMap::default(),
            max_postings,
        }
    }

    fn insert(&mut self, slot: usize, fingerprint: &Fingerprint) {
        for shingle in &fingerprint.shingles {
            let list = self.postings.entry(*shingle).or_default();
            // One entry past the cap marks the shingle as common for good.
            if list.len() <= self.max_postings {
                list.push(slot);
            }
        }
    }

    /// Earlier articles sharing shingles with this one, with how many, in slot order.
    fn candidates(&self, fingerprint: &Fingerprint) -> Vec<(usize, usize)> {
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for shingle in &fingerprint.shingles {
            let Some(list) = self.postings.get(shingle) else {
                continue;
            };
            if list.len() > self.max_postings {
                continue;
            }
            for slot in list {
                *shared.entry(*slot).or_default() += 1;
            }
        }
        let mut candidates: Vec<(usize, usize)> = shared.into_iter().collect();
        candidates.sort_unstable();
        candidates
    }
}

/// The outlet an article came from: its source, else its URL's host.
fn outlet(article: &Article) -> Option<String> {
    article
        .source
        .as_deref()
        .map(str::to_lowercase)
        .or_else(|| article.url.as_deref().and_then(url_host))
}

fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next()?.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

/// Classifies how two fingerprinted articles share text, if they do.
fn compare(
    left: &Fingerprint,
    right: &Fingerprint,
    same_source: bool,
    config: &DedupeConfig,
) -> Option<(RelationKind, f64)> {
    let smaller = left.shingles.len().min(right.shingles.len());
    let larger = left.shingles.len().max(right.shingles.len());
    if smaller == 0 {
        return None;
    }
    let shared = left.shingles.intersection(&right.shingles).count();
    let containment = shared as f64 / smaller as f64;
    if containment >= config.near_duplicate_containment
        && smaller as f64 >= config.near_duplicate_size_ratio * larger as f64
    {
        let jaccard = shared as f64 / (left.shingles.len() + right.shingles.len() - shared) as f64;
        return Some((RelationKind::NearDuplicate, (containment + jaccard) / 2.0));
    }
    let (left_reused, left_share) = reused_sentences(left, right, same_source, config);
    let (right_reused, right_share) = reused_sentences(right, left, same_source, config);
    let (reused, share) = if left_share >= right_share {
        (left_reused, left_share)
    } else {
        (right_reused, right_share)
    };
    if reused >= config.rewrite_min_sentences && share >= config.rewrite_share {
        Some((RelationKind::Rewrite, share))
    } else if reused >= config.shared_source_min_sentences
        && left_reused.min(right_reused) >= config.shared_source_min_sentences
    {
        Some((RelationKind::SharedSource, share))
    } else {
        None
    }
}

/// Counts the sentences of `article` reused in `other`, and their share of
/// its sentences. For two pages of one site, the reused runs at the top and
/// bottom of the page are its chrome (cookie notice, newsletter, comment form)
/// and do not count.
fn reused_sentences(
    article: &Fingerprint,
    other: &Fingerprint,
    same_source: bool,
    config: &DedupeConfig,
) -> (usize, f64) {
    let mut reused: Vec<bool> = article
        .sentences
        .iter()
        .map(|sentence| {
            let found = sentence
                .shingles
                .iter()
                .filter(|shingle| other.shingles.contains(shingle))
                .count();
            !sentence.shingles.is_empty()
                && found as f64 >= config.reused_sentence_share * sentence.shingles.len() as f64
        })
        .collect();
    if same_source {
        clear_edge_run(reused.iter_mut());
        clear_edge_run(reused.iter_mut().rev());
    }
    let count = reused.iter().filter(|flag| **flag).count();
    let share = count as f64 / article.sentences.len().max(1) as f64;
    (count, share)
}

/// Sentences in a row that may differ inside a page's top or bottom chrome.
const EDGE_GAP: usize = 3;

/// Clears the run of reused flags at the start of `flags`, stepping over up to
/// [`EDGE_GAP`] sentences in a row that differ (a headline, related links).
fn clear_edge_run<'f>(flags: impl Iterator<Item = &'f mut bool>) {
    let mut misses = 0;
    for flag in flags {
        if *flag {
            *flag = false;
            misses = 0;
        } else {
            misses += 1;
            if misses > EDGE_GAP {
                break;
            }
        }
    }
}
