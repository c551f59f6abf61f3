//! Cluster: puts each new article into the story it reports on, or opens one.
//!
//! Online, after Miranda et al. (2018), "Multilingual Clustering of Streaming
//! News": articles are taken one at a time in date order; each is compared
//! with the stories that share its heaviest terms (an inverted index over story
//! centroids, so the cost per article does not grow with the number of
//! stories) on separate TF-IDF cosines of title, body and names, plus how
//! close in time it is. The facts that tell two events of the same cast apart
//! push the score down: a different count of the same thing, no written date
//! in common, publication too far apart. The article joins the best story when
//! the score clears a threshold and opens a new one otherwise.

mod features;
#[cfg(test)]
mod tests;
mod vectors;

use std::collections::{BTreeSet, HashMap};

use crate::model::{DocId, Document, PartialDate, Story, StoryAssignment, StoryChoice, StoryId};
use crate::text::{FastMap, FastSet};

use features::Features;
use vectors::{Centroid, ChromeRule, Field, Vector, Vocabulary};

/// Options of the cluster stage: the weights of the similarity and the
/// thresholds of the decision.
#[derive(Clone, Debug)]
pub struct ClusterConfig {
    /// Lowest similarity at which an article joins a story.
    pub join_threshold: f64,
    /// Lowest story-to-story similarity at which the repair step after a
    /// batch merges two stories; above 1 turns merging off. Higher than
    /// the join threshold: a merge moves every member of a story at once.
    pub merge_threshold: f64,
    /// Nearest stories scored in full per touched story in merge repair.
    pub merge_candidates: usize,
    /// Never merge two stories whose counts, lede counts or written dates
    /// disagree, however similar their words.
    pub merge_vetoes_conflicts: bool,
    /// Weight of the title cosine.
    pub title_weight: f64,
    /// Weight of the body cosine.
    pub body_weight: f64,
    /// Weight of the names cosine.
    pub entity_weight: f64,
    /// Weight of time proximity (`exp(-days / time_scale_days)`).
    pub time_weight: f64,
    /// Days over which time proximity falls to 1/e.
    pub time_scale_days: f64,
    /// An article never joins a story none of whose members was published
    /// within this many days of it.
    pub max_gap_days: i64,
    /// A later article may still join, up to this many days after the
    /// story's first report, when it writes the day of the event (a trial or
    /// a sentencing recalls "the shooting on June 15"); `max_gap_days` or
    /// less turns this off.
    pub max_follow_up_days: i64,
    /// Share of the gap penalty an article pays when it writes the day of
    /// the story's event.
    pub anchored_gap_share: f64,
    /// A follow-up that writes the month of the story's event without its
    /// day ("the October 2014 shooting", "last July") is anchored too, as
    /// one that writes the day is.
    pub month_anchors: bool,
    /// Time proximity an anchored article gets at least: a trial report that
    /// names the day of the shooting is as close to it, in what it tells, as
    /// a report of the same week.
    pub anchored_time_floor: f64,
    /// Days before a story's first report that still count as the day of its
    /// event when an article writes them (reports come out a day or two late).
    pub event_day_slack: i64,
    /// Measure the window and the gap penalty from the story's first report
    /// rather than from its nearest member.
    pub gap_from_first_report: bool,
    /// Subtracted per natural log of the story's size.
    pub size_penalty: f64,
    /// Subtracted, in full for publication gaps well past `gap_scale_days`:
    /// `gap_penalty * (1 - exp(-days / gap_scale_days))`. Follow-ups (an arrest,
    /// a trial) come weeks later and can still join on strong content; a
    /// second event with the same cast months later needs more to join.
    pub gap_penalty: f64,
    /// Days over which the gap penalty builds up.
    pub gap_scale_days: f64,
    /// How much the weights of the fields an article has may grow when it
    /// lacks others (no body, no names); 1 turns this off. Little: a brief
    /// of a sentence or two names no one, and its few words, weighed up by
    /// half, made it a match for any report of its kind of event.
    pub max_field_rescale: f64,
    /// Subtracted per counted thing stated with different values (capped at two).
    pub count_conflict_penalty: f64,
    /// The share of `count_conflict_penalty` paid where either side is
    /// undated, the story then being judged by its most-given values only.
    pub undated_count_share: f64,
    /// Two values of one counted thing further apart than this ratio (and by
    /// five or more) conflict; closer ones are updates or rounding.
    pub count_close_ratio: f64,
    /// Subtracted when the lede gives an act a count that conflicts with the
    /// counts the story's ledes give the same act, and agrees with none.
    pub lead_count_conflict_penalty: f64,
    /// Subtracted when both sides name places and none is shared, nor
    /// written by the other side inside another name ("Eastport Police").
    pub place_conflict_penalty: f64,
    /// Subtracted, where either side is undated, when one side leads with
    /// undoing an earlier act (a repeal, a verdict overturned) and the
    /// other seldom does ([`undoing_contrast`]); a conflict, so it also
    /// stops a merge.
    pub undoing_contrast_penalty: f64,
    /// Subtracted when both sides write dates and none is shared.
    pub date_conflict_penalty: f64,
    /// Added when a written date is shared.
    pub date_agreement_bonus: f64,
    /// Added when the year a text names most is the story's, if a
    /// publication date is missing on either side.
    pub year_agreement_bonus: f64,
    /// Subtracted when those years differ.
    pub year_conflict_penalty: f64,
    /// Subtracted when none of an article's `salient_names` heaviest names
    /// is in the story: the same kind of event with someone else at its centre.
    pub missing_name_penalty: f64,
    /// How many of an article's heaviest names are looked for in the story.
    pub salient_names: usize,
    /// Subtracted, when the article or the story is undated, when the
    /// person an article's lede is about is one most of the story's members
    /// never name, and the person most of the story's ledes are about is one
    /// the article never names: the same kind of event happening to someone
    /// else.
    pub lede_subject_penalty: f64,
    /// A story whose ledes agree on one person (two or more, and at least half) and
    /// seldom (under a third of its members) on the article's counts as
    /// another person's for the lede contrast, however often its reports
    /// recall the article's.
    pub lede_agreement: bool,
    /// For the lede contrast, a story's person counts as one the article
    /// names only when the article's lede names them: a report of one
    /// player's injury that recalls a teammate's further down is still
    /// about the first.
    pub subject_named_in_lede: bool,
    /// In merge repair, an undated story is not merged into a dated one
    /// (nor the other way round) when the latest year at least two of its
    /// members write is more than `max_gap_days` after the dated one's first
    /// report, unless it writes the day of that story's event: the 2008
    /// firing of a coach hired in May 2005 is no report of the hiring.
    pub merge_year_floor: bool,
    /// In merge repair, two stories whose ledes each agree on one person
    /// (two or more, and at least half), never the other's, report two events: the
    /// same arrest of two teammates a month apart. Undated sides only, as
    /// for `lede_subject_penalty`; such a pair is never merged.
    pub merge_lede_contrast: bool,
    /// Subtracted, where either side is undated, when the weekday one
    /// side's lede dates its event by is neither the weekday of the dates
    /// the other side's members write most, nor the day after (a statement
    /// of the next day): a second cable cut of the same kind, on another
    /// day of the week. A conflict, so it also stops a merge.
    pub weekday_conflict_penalty: f64,
    /// An outlet's pages seen before its chrome terms are recognised.
    pub chrome_min_documents: u32,
    /// A term on at least this share of an outlet's pages is its chrome (site
    /// name, menus, footer) and is left out of that outlet's vectors.
    pub chrome_min_share: f64,
    /// Heaviest terms of an article used to look up candidate stories.
    pub query_terms: usize,
    /// Most recent stories read per term from the inverted index.
    pub postings_per_term: usize,
    /// Candidate stories scored in full per article.
    pub max_candidates: usize,
    /// Body terms kept per article vector.
    pub max_body_terms: usize,
    /// Words of the body read (the lead carries the event).
    pub max_body_words: usize,
    /// A body with fewer content words than this, none of them in the
    /// title, is page furniture (a paywall, a sign-up prompt) and the title
    /// stands in for it; 0 turns this off.
    pub thin_body_words: usize,
    /// In merge repair, a story's counted thing that this many members or
    /// more give one value of is compared by the values most members give,
    /// not by every value any member gives (the union grows with the story
    /// until some value of any look-alike agrees); so is it for an article
    /// when either side is undated, where time cannot part two events; 0
    /// turns this off.
    pub merge_main_count_members: u32,
    /// Evidence strings reported per assignment.
    pub evidence_items: usize,
    /// For failure analysis: this many best candidates of each article, and
    /// of each story in merge repair, are appended to its evidence with the
    /// parts of their scores (`trace ...` strings); 0 turns this off.
    pub trace_candidates: usize,
}

/// Defaults tuned on the dev splits of the shared clustering benchmarks
/// (`cargo xtask bench clustering --split dev`), one setting for both.
impl Default for ClusterConfig {
    fn default() -> ClusterConfig {
        ClusterConfig {
            join_threshold: 0.27,
            merge_threshold: 0.36,
            merge_vetoes_conflicts: true,
            merge_candidates: 5,
            title_weight: 0.15,
            body_weight: 0.4,
            entity_weight: 0.35,
            time_weight: 0.15,
            time_scale_days: 10.0,
            max_gap_days: 120,
            max_follow_up_days: 1500,
            event_day_slack: 2,
            month_anchors: true,
            anchored_time_floor: 1.0,
            anchored_gap_share: 0.0,
            gap_from_first_report: true,
            size_penalty: 0.0,
            gap_penalty: 0.1,
            max_field_rescale: 1.2,
            gap_scale_days: 60.0,
            count_conflict_penalty: 0.1,
            undated_count_share: 0.5,
            count_close_ratio: 1.4,
            lead_count_conflict_penalty: 0.1,
            place_conflict_penalty: 0.1,
            undoing_contrast_penalty: 0.2,
            weekday_conflict_penalty: 0.25,
            date_conflict_penalty: 0.05,
            date_agreement_bonus: 0.05,
            year_agreement_bonus: 0.0,
            year_conflict_penalty: 0.0,
            missing_name_penalty: 0.0,
            salient_names: 3,
            lede_subject_penalty: 0.3,
            lede_agreement: true,
            subject_named_in_lede: true,
            merge_year_floor: true,
            merge_lede_contrast: true,
            chrome_min_documents: 4,
            chrome_min_share: 0.6,
            query_terms: 24,
            postings_per_term: 200,
            max_candidates: 40,
            max_body_terms: 150,
            max_body_words: 800,
            thin_body_words: 40,
            evidence_items: 6,
            merge_main_count_members: 3,
            trace_candidates: 0,
        }
    }
}

/// A stored story folded into another because the batch showed they report
/// one event.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryMerge {
    /// The story that goes away; its articles move to `into`.
    pub from: StoryId,
    /// The story that stays.
    pub into: StoryId,
    /// Story-to-story similarity when they were merged.
    pub similarity: f64,
    /// The strongest shared evidence: dates, counts, terms, names.
    pub reason: Vec<String>,
}

/// The cluster stage's decisions for one batch.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Clustering {
    /// Where each new article goes, after merge repair.
    pub assignments: Vec<StoryAssignment>,
    /// Stored stories folded into others, in the order they were merged.
    pub merges: Vec<StoryMerge>,
}

/// What the cluster stage reads of one document (title, body and name terms,
/// counts, places, dates, publication day), written out for a person
/// looking into why two articles were or were not put together; the
/// benchmark harness dumps it with `DOSSIER_BENCH_DUMP`.
pub fn describe(document: &Document, config: &ClusterConfig) -> String {
    format!("{:?}", features_of(document, config))
}

/// Assigns each new document to an existing story or a new one, without
/// reporting merges of stored stories (see [`cluster_batch`]).
pub fn cluster(
    new: &[&Document],
    stories: &[Story],
    known: &[&Document],
    config: &ClusterConfig,
) -> Vec<StoryAssignment> {
    cluster_batch(new, stories, known, config).assignments
}

/// Assigns each new document to an existing story or a new one, then merges
/// the stories the batch touched with their nearest neighbours when they
/// turn out to report one event.
pub fn cluster_batch(
    new: &[&Document],
    stories: &[Story],
    known: &[&Document],
    config: &ClusterConfig,
) -> Clustering {
    cluster_with(new, stories, known, &mut ClusterIndex::default(), config)
}

/// [`cluster_batch`], keeping the stories' centroids and the index over them
/// in `index` for the next batch. When `index` holds exactly the given
/// stories and known documents (the previous batch's result, with its new
/// stories named by [`StoryId::opened_by`] their first article and its merges
/// applied, as the pipeline does), only the new documents are read;
/// otherwise it is rebuilt from `stories` and `known` first. A kept index
/// weighs each member with the vocabulary of its own time, as an online
/// clusterer does, where a rebuilt one re-weighs old members with today's.
pub fn cluster_with(
    new: &[&Document],
    stories: &[Story],
    known: &[&Document],
    index: &mut ClusterIndex,
    config: &ClusterConfig,
) -> Clustering {
    if !index.holds(stories, known) {
        *index = Clusterer::rebuild(config, stories, known).suspend(
            known.len(),
            known.last().map(|document| document.article.id.clone()),
        );
    }
    index.assign(new, config)
}

/// What the cluster stage keeps between batches: the vocabulary, each story's
/// centroids and facts, and the inverted index over the centroids. It grows
/// with the stories and their distinct terms, not with the articles.
#[derive(Default)]
pub struct ClusterIndex {
    vocabulary: Vocabulary,
    stories: Vec<StoryState>,
    postings: FastMap<(u8, u32), Vec<u32>>,
    /// Documents read into the vocabulary, and the last of them.
    documents: usize,
    last_document: Option<DocId>,
}

impl std::fmt::Debug for ClusterIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClusterIndex")
            .field("stories", &self.stories.len())
            .field("indexed_terms", &self.postings.len())
            .field("documents", &self.documents)
            .finish()
    }
}

impl ClusterIndex {
    /// Tells whether the index holds exactly these stories and documents, as
    /// far as cheap checks tell: their counts, the last document and the last
    /// story.
    pub(crate) fn holds(&self, stories: &[Story], known: &[&Document]) -> bool {
        let last_story = |state: &StoryState| match &state.choice {
            StoryChoice::Existing(id) => Some(id.clone()),
            StoryChoice::New(_) => None,
        };
        let mut live = self.stories.iter().filter(|story| !story.folded);
        self.documents == known.len()
            && self.last_document.as_ref() == known.last().map(|document| &document.article.id)
            && live.clone().count() == stories.len()
            && live.next_back().and_then(last_story) == stories.last().map(|s| s.id.clone())
    }

    /// Stories the index holds (those folded into others not counted).
    pub fn stories(&self) -> usize {
        self.stories.iter().filter(|story| !story.folded).count()
    }

    /// Folds story `from` into story `into`, as a merge does to the stored
    /// stories (the pipeline moves `from`'s articles to `into` and drops
    /// `from`), so the index still holds the stories after a merge and is
    /// not rebuilt. Unknown or equal ids change nothing.
    pub fn fold_story(&mut self, from: &StoryId, into: &StoryId) {
        let slot_of = |id: &StoryId| {
            self.stories.iter().position(|story| {
                !story.folded && matches!(&story.choice, StoryChoice::Existing(own) if own == id)
            })
        };
        if let (Some(from), Some(into)) = (slot_of(from), slot_of(into)) {
            fold_slots(&mut self.stories, &mut self.postings, from, into);
        }
    }

    /// Puts each new document into the best story the index holds, or a new
    /// one, runs merge repair over the stories the batch touched, and keeps
    /// the result: merged stories are folded into their survivors and new
    /// stories are named, as the pipeline names them, by
    /// [`StoryId::opened_by`] their first article. This is the online
    /// clusterer itself, for a caller that keeps no stories or documents of
    /// its own (a stream); [`cluster_with`] checks the index against the
    /// stored ones first.
    pub fn assign(&mut self, new: &[&Document], config: &ClusterConfig) -> Clustering {
        let documents = self.documents + new.len();
        let last_document = new
            .last()
            .map(|document| document.article.id.clone())
            .or_else(|| self.last_document.take());
        let mut clusterer = Clusterer::resume(config, std::mem::take(self));
        let mut opened = 0;
        let mut openers: Vec<(usize, &DocId)> = Vec::new();
        // The external ids of the articles that opened stories, to name
        // them in a trace.
        let mut traced: Vec<(usize, String)> = Vec::new();
        let placed: Vec<(usize, StoryAssignment)> = new
            .iter()
            .zip(features_of_all(new, config))
            .map(|(document, features)| {
                let ids = clusterer
                    .vocabulary
                    .observe(features.fields(), features.outlet.as_deref());
                let profile = clusterer.profile_of_ids(&ids, features.outlet.as_deref());
                let best = clusterer.best_story(&features, &profile);
                let trace = if config.trace_candidates > 0 {
                    let label = |slot: usize| clusterer.label(slot, &traced);
                    clusterer.trace(&features, &profile, |_| false, &label)
                } else {
                    Vec::new()
                };
                let (slot, similarity, mut evidence) = match best {
                    Some(scored) if scored.similarity >= config.join_threshold => {
                        (scored.slot, scored.similarity, scored.evidence)
                    }
                    _ => {
                        let slot = clusterer.open(StoryChoice::New(opened));
                        opened += 1;
                        openers.push((slot, &document.article.id));
                        if config.trace_candidates > 0 {
                            let article = &document.article;
                            let name = article.external_id.as_ref().unwrap_or(&article.id.0);
                            traced.push((slot, name.clone()));
                        }
                        (slot, 0.0, Vec::new())
                    }
                };
                evidence.extend(trace);
                clusterer.add(slot, &features, &profile);
                let assignment = StoryAssignment {
                    doc: document.article.id.clone(),
                    story: clusterer.stories[slot].choice.clone(),
                    similarity: similarity.clamp(0.0, 1.0),
                    evidence,
                };
                (slot, assignment)
            })
            .collect();
        let touched: BTreeSet<usize> = placed.iter().map(|(slot, _)| *slot).collect();
        let repair = clusterer.repair(&touched);
        let mut placed = placed;
        if config.trace_candidates > 0 {
            clusterer.trace_repair(&touched, &repair, &traced, &mut placed);
        }
        let clustering = clusterer.outcome(placed, &repair);
        // The kept index follows the merges, so the next batch finds the
        // stories the store will hold.
        for merge in &repair.merges {
            fold_slots(
                &mut clusterer.stories,
                &mut clusterer.postings,
                merge.from,
                merge.into,
            );
        }
        for (slot, opener) in openers {
            if let Some(story) = clusterer.stories.get_mut(slot) {
                story.choice = StoryChoice::Existing(StoryId::opened_by(opener));
            }
        }
        *self = clusterer.suspend(documents, last_document);
        clustering
    }
}

/// One merge the repair step decided, between story slots.
struct SlotMerge {
    /// The story folded away.
    from: usize,
    /// The story it joined (itself possibly folded into another later).
    into: usize,
    similarity: f64,
    evidence: Vec<String>,
}

/// The merges of one repair pass, with the story each slot ends up in.
struct Repair {
    /// Per slot, the slot it was folded into (itself when it stays).
    parent: Vec<usize>,
    merges: Vec<SlotMerge>,
}

impl Repair {
    fn new(slots: usize) -> Repair {
        Repair {
            parent: (0..slots).collect(),
            merges: Vec::new(),
        }
    }

    /// The story a slot's articles end up in.
    fn survivor(&self, mut slot: usize) -> usize {
        // Every link points to a lower slot, so this ends.
        while let Some(&parent) = self.parent.get(slot) {
            if parent == slot {
                break;
            }
            slot = parent;
        }
        slot
    }

    /// The merge that folded this slot away, if one did.
    fn of(&self, slot: usize) -> Option<&SlotMerge> {
        self.merges.iter().find(|merge| merge.from == slot)
    }
}

/// Documents below which features are read on the calling thread.
const MIN_DOCUMENTS_PER_THREAD: usize = 16;

/// Reads every document's features, in order: on the machine's cores when
/// the batch is large enough, since each document's are its own and the
/// online part that follows must run on one thread.
fn features_of_all(documents: &[&Document], config: &ClusterConfig) -> Vec<Features> {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let threads = cores.min(documents.len() / MIN_DOCUMENTS_PER_THREAD).max(1);
    if threads == 1 {
        return documents
            .iter()
            .map(|document| features_of(document, config))
            .collect();
    }
    let chunk = documents.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = documents
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|document| features_of(document, config))
                        .collect::<Vec<Features>>()
                })
            })
            .collect();
        let mut all = Vec::with_capacity(documents.len());
        for worker in workers {
            match worker.join() {
                Ok(part) => all.extend(part),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        all
    })
}

/// What the cluster stage reads of one document, with its options.
fn features_of(document: &Document, config: &ClusterConfig) -> Features {
    Features::read(document, config.max_body_words, config.thin_body_words)
}

impl Features {
    fn fields(&self) -> [&[String]; 3] {
        [&self.title, &self.body, &self.entities]
    }
}

/// One document's weighted vectors, by field.
struct Profile {
    vectors: [Vector; 3],
}

/// What is known of one story while the batch is clustered.
struct StoryState {
    choice: StoryChoice,
    centroids: [Centroid; 3],
    counts: HashMap<String, BTreeSet<u64>>,
    /// Per counted thing, how many members give each value.
    count_members: HashMap<String, HashMap<u64, u32>>,
    lead_counts: HashMap<String, BTreeSet<u64>>,
    /// Places its members name.
    places: BTreeSet<String>,
    /// Dates the story's event is known by: those its first report wrote,
    /// and those at least two members wrote.
    event_dates: BTreeSet<PartialDate>,
    dates: BTreeSet<PartialDate>,
    /// How many members write each date.
    date_members: HashMap<PartialDate, u32>,
    /// How many members' ledes name each weekday ([`Features::lede_weekday`]).
    lede_weekdays: HashMap<u8, u32>,
    /// How many members name each year most.
    years: HashMap<i32, usize>,
    /// How many members have each year as their [`Features::year_floor`].
    floors: HashMap<i32, u32>,
    /// First and last publication day of its dated members.
    days: Option<(i64, i64)>,
    /// How many members' ledes are about each person (by surname).
    lede_subjects: HashMap<String, usize>,
    /// How many members lead with undoing an earlier act.
    undoing: usize,
    /// How many members name each name word anywhere, by the word's
    /// [`Vocabulary::name_id`].
    name_members: FastMap<u32, u32>,
    /// The name words its members write outside the names of teams and
    /// papers ([`Features::placed_words`]), by [`Vocabulary::name_id`].
    placed_words: FastSet<u32>,
    /// Members so far.
    size: usize,
    /// Set when a merge folded this story into another; the slot then holds
    /// nothing and no posting names it.
    folded: bool,
}

/// A candidate story with its similarity and why.
struct Scored {
    slot: usize,
    similarity: f64,
    evidence: Vec<String>,
    /// Whether a count, a lede count, the places or the written dates disagree: a
    /// penalty for an article, a veto for a merge.
    conflict: bool,
    /// What the similarity is made of, written with the evidence only.
    parts: Vec<(String, f64)>,
}

struct Clusterer<'c> {
    config: &'c ClusterConfig,
    vocabulary: Vocabulary,
    stories: Vec<StoryState>,
    /// (field, term) -> stories whose centroid holds the term, oldest first
    /// (slots as `u32`: half the memory, and four billion stories is plenty).
    postings: FastMap<(u8, u32), Vec<u32>>,
}

impl<'c> Clusterer<'c> {
    fn new(config: &'c ClusterConfig) -> Clusterer<'c> {
        Clusterer {
            config,
            vocabulary: Vocabulary::default(),
            stories: Vec::new(),
            postings: FastMap::default(),
        }
    }

    /// A clusterer over the known documents and their stories, read afresh.
    fn rebuild(config: &'c ClusterConfig, stories: &[Story], known: &[&Document]) -> Clusterer<'c> {
        let mut clusterer = Clusterer::new(config);
        let known_features: HashMap<&DocId, Features> = known
            .iter()
            .zip(features_of_all(known, config))
            .map(|(document, features)| {
                clusterer
                    .vocabulary
                    .observe(features.fields(), features.outlet.as_deref());
                (&document.article.id, features)
            })
            .collect();
        for story in stories {
            let slot = clusterer.open(StoryChoice::Existing(story.id.clone()));
            for member in &story.articles {
                if let Some(features) = known_features.get(member) {
                    let profile = clusterer.profile(features);
                    clusterer.add(slot, features, &profile);
                }
            }
        }
        clusterer
    }

    /// A clusterer that goes on from a kept index.
    fn resume(config: &'c ClusterConfig, index: ClusterIndex) -> Clusterer<'c> {
        Clusterer {
            config,
            vocabulary: index.vocabulary,
            stories: index.stories,
            postings: index.postings,
        }
    }

    /// Keeps what this clusterer learnt for the next batch.
    fn suspend(self, documents: usize, last_document: Option<DocId>) -> ClusterIndex {
        ClusterIndex {
            vocabulary: self.vocabulary,
            stories: self.stories,
            postings: self.postings,
            documents,
            last_document,
        }
    }

    /// [`Clusterer::profile`] of a document whose terms were just observed.
    fn profile_of_ids(&self, ids: &[Vec<u32>; 3], outlet: Option<&str>) -> Profile {
        let chrome = ChromeRule {
            min_documents: self.config.chrome_min_documents,
            min_share: self.config.chrome_min_share,
        };
        let limit = |field: Field| match field {
            Field::Body => self.config.max_body_terms,
            _ => self.config.max_body_terms / 2,
        };
        Profile {
            vectors: Field::ALL.map(|field| {
                self.vocabulary.vector_of_ids(
                    field,
                    &ids[field as usize],
                    limit(field),
                    outlet,
                    chrome,
                )
            }),
        }
    }

    fn profile(&self, features: &Features) -> Profile {
        let chrome = ChromeRule {
            min_documents: self.config.chrome_min_documents,
            min_share: self.config.chrome_min_share,
        };
        let fields = features.fields();
        let limit = |field: Field| match field {
            Field::Body => self.config.max_body_terms,
            _ => self.config.max_body_terms / 2,
        };
        Profile {
            vectors: Field::ALL.map(|field| {
                self.vocabulary.vector(
                    field,
                    fields[field as usize],
                    limit(field),
                    features.outlet.as_deref(),
                    chrome,
                )
            }),
        }
    }

    fn open(&mut self, choice: StoryChoice) -> usize {
        self.stories.push(StoryState {
            choice,
            centroids: Default::default(),
            counts: HashMap::new(),
            count_members: HashMap::new(),
            lead_counts: HashMap::new(),
            places: BTreeSet::new(),
            event_dates: BTreeSet::new(),
            dates: BTreeSet::new(),
            date_members: HashMap::new(),
            lede_weekdays: HashMap::new(),
            years: HashMap::new(),
            floors: HashMap::new(),
            days: None,
            lede_subjects: HashMap::new(),
            undoing: 0,
            name_members: FastMap::default(),
            placed_words: FastSet::default(),
            size: 0,
            folded: false,
        });
        self.stories.len() - 1
    }

    fn add(&mut self, slot: usize, features: &Features, profile: &Profile) {
        let Ok(story_number) = u32::try_from(slot) else {
            return;
        };
        let Some(story) = self.stories.get_mut(slot) else {
            return;
        };
        for field in Field::ALL {
            for term in story.centroids[field as usize].add(&profile.vectors[field as usize]) {
                self.postings
                    .entry((field as u8, term))
                    .or_default()
                    .push(story_number);
            }
        }
        for (key, values) in &features.lead_counts {
            story
                .lead_counts
                .entry(key.clone())
                .or_default()
                .extend(values.iter().copied());
        }
        for (unit, values) in &features.counts {
            story
                .counts
                .entry(unit.clone())
                .or_default()
                .extend(values.iter().copied());
            let members = story.count_members.entry(unit.clone()).or_default();
            for value in values {
                *members.entry(*value).or_default() += 1;
            }
        }
        if story.size == 0 {
            story.event_dates.extend(features.dates.iter().copied());
        } else {
            let repeated: Vec<PartialDate> = features
                .dates
                .iter()
                .filter(|date| story.dates.contains(date))
                .copied()
                .collect();
            story.event_dates.extend(repeated);
        }
        story.size += 1;
        story.undoing += features.undoing.0;
        if let Some(subject) = &features.lede_subject {
            *story.lede_subjects.entry(subject.clone()).or_default() += 1;
        }
        for word in &features.name_words {
            let id = self.vocabulary.name_id(word);
            *story.name_members.entry(id).or_default() += 1;
        }
        for word in &features.placed_words {
            let id = self.vocabulary.name_id(word);
            story.placed_words.insert(id);
        }
        story.places.extend(features.places.iter().cloned());
        story.dates.extend(features.dates.iter().copied());
        for date in &features.dates {
            *story.date_members.entry(*date).or_default() += 1;
        }
        if let Some(weekday) = features.lede_weekday {
            *story.lede_weekdays.entry(weekday).or_default() += 1;
        }
        if let Some(year) = features.main_year {
            *story.years.entry(year).or_default() += 1;
        }
        if let Some(year) = features.year_floor {
            *story.floors.entry(year).or_default() += 1;
        }
        if let Some(day) = features.published_day {
            story.days = Some(match story.days {
                Some((first, last)) => (first.min(day), last.max(day)),
                None => (day, day),
            });
        }
    }

    /// Candidate stories from the inverted index, roughly ranked.
    fn candidates(&self, profile: &Profile) -> Vec<usize> {
        let mut query: Vec<(Field, u32, f32)> = Field::ALL
            .iter()
            .flat_map(|field| {
                profile.vectors[*field as usize]
                    .weights
                    .iter()
                    .map(move |(id, weight)| (*field, *id, *weight))
            })
            .collect();
        query.sort_unstable_by(|x, y| y.2.total_cmp(&x.2));
        query.truncate(self.config.query_terms);
        // Votes as a list sorted by story, not a hash map: a few thousand
        // pushes and one sort cost less than as many hashed updates. The
        // sort is stable, so each story's votes add up in query order.
        let mut votes: Vec<(u32, f32)> = Vec::new();
        for (field, id, weight) in query {
            let Some(list) = self.postings.get(&(field as u8, id)) else {
                continue;
            };
            let start = list.len().saturating_sub(self.config.postings_per_term);
            votes.extend(list[start..].iter().map(|slot| (*slot, weight)));
        }
        votes.sort_by_key(|(slot, _)| *slot);
        let mut ranked: Vec<(u32, f32)> = Vec::new();
        for (slot, weight) in votes {
            match ranked.last_mut() {
                Some((last, total)) if *last == slot => *total += weight,
                _ => ranked.push((slot, weight)),
            }
        }
        let order = |x: &(u32, f32), y: &(u32, f32)| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0));
        let keep = self.config.max_candidates;
        if ranked.len() > keep {
            ranked.select_nth_unstable_by(keep, order);
            ranked.truncate(keep);
        }
        ranked.sort_unstable_by(order);
        ranked.into_iter().map(|(slot, _)| slot as usize).collect()
    }

    fn best_story(&self, features: &Features, profile: &Profile) -> Option<Scored> {
        let best = self
            .candidates(profile)
            .into_iter()
            .filter_map(|slot| self.score(slot, features, profile, false))
            .max_by(|x, y| {
                x.similarity
                    .total_cmp(&y.similarity)
                    .then(y.slot.cmp(&x.slot))
            })?;
        self.with_evidence(best, features, profile)
    }

    /// The chosen candidate scored again, this time with its evidence: every
    /// candidate is scored, and writing evidence for each (sorting its terms,
    /// writing its counts) was wasted on all but one. Scoring is a pure
    /// function of the state, so the similarity is the same.
    fn with_evidence(
        &self,
        best: Scored,
        features: &Features,
        profile: &Profile,
    ) -> Option<Scored> {
        self.score(best.slot, features, profile, true)
            .or(Some(best))
    }

    /// The similarity of a document to one story, or `None` when the story is
    /// too far away in time to be the same event; `with_evidence` says
    /// whether to write down why (else `evidence` is empty).
    fn score(
        &self,
        slot: usize,
        features: &Features,
        profile: &Profile,
        with_evidence: bool,
    ) -> Option<Scored> {
        let config = self.config;
        let story = self.stories.get(slot)?;
        let mut gap_cost = 0.0;
        let time = match (features.published_day, story.days) {
            (Some(day), Some((first, last))) => {
                let nearest = if day < first {
                    first - day
                } else {
                    day.saturating_sub(last).max(0)
                };
                // The window and the gap penalty run from the story's first
                // report (the event), so a story cannot creep forward one
                // article at a time across months of similar events.
                let since_event = if config.gap_from_first_report {
                    day.abs_diff(first) as i64
                } else {
                    nearest
                };
                // A month is a weaker anchor than a day: a second event of the
                // same cast recalls the first one's month too ("led the pay
                // strike in March"), so it holds only when no count or place
                // says otherwise.
                let anchored = writes_event_date(features, story, config.event_day_slack)
                    || (config.month_anchors
                        && writes_event_month(features, story)
                        && !contradicts(
                            features,
                            story,
                            &self.vocabulary,
                            config.count_close_ratio,
                        ));
                if since_event > config.max_gap_days
                    && (since_event > config.max_follow_up_days || !anchored)
                {
                    return None;
                }
                // A later report that writes the day of the event is a
                // follow-up of it, not a second event with the same cast.
                let gap_share = if anchored {
                    config.anchored_gap_share
                } else {
                    1.0
                };
                gap_cost = gap_share
                    * config.gap_penalty
                    * (1.0 - (-(since_event as f64) / config.gap_scale_days.max(1e-6)).exp());
                let proximity = (-(nearest as f64) / config.time_scale_days.max(1e-6)).exp();
                if anchored {
                    proximity.max(config.anchored_time_floor)
                } else {
                    proximity
                }
            }
            // Undated on either side: time neither helps nor hurts much,
            // but a year the undated side writes may still put it too far
            // from the dated side's day.
            (day, days) => {
                if written_too_late(features, story, day, days.map(|(first, _)| first), config) {
                    return None;
                }
                0.5
            }
        };
        let weights = [
            config.title_weight,
            config.body_weight,
            config.entity_weight,
        ];
        // A page whose body is empty (a paywall, a photo page) is judged on
        // the fields it has, up to `max_field_rescale` times their weight.
        let present: f64 = Field::ALL
            .iter()
            .filter(|field| {
                !profile.vectors[**field as usize].weights.is_empty()
                    && !story.centroids[**field as usize].is_empty()
            })
            .map(|field| weights[*field as usize])
            .sum();
        let rescale = if present > 0.0 {
            (weights.iter().sum::<f64>() / present).min(config.max_field_rescale.max(1.0))
        } else {
            1.0
        };
        let weights = weights.map(|weight| weight * rescale);
        // A large centroid drifts towards the generic vocabulary of its kind of
        // event and draws in look-alikes; joining it asks for a little more.
        let size_cost = config.size_penalty * (story.size.max(1) as f64).ln();
        let mut similarity = config.time_weight * time - gap_cost - size_cost;
        let mut parts: Vec<(String, f64)> = Vec::new();
        let mut part = |name: &str, value: f64| {
            if with_evidence && value != 0.0 {
                parts.push((name.to_string(), value));
            }
        };
        part("time", config.time_weight * time);
        part("gap", -gap_cost);
        // Term ids, not strings: every candidate is scored, but only the
        // chosen one's evidence is read, and only its first few terms.
        let mut contributions: Vec<(f64, u32)> = Vec::new();
        for field in Field::ALL {
            let (cosine, parts) =
                story.centroids[field as usize].cosine(&profile.vectors[field as usize]);
            similarity += weights[field as usize] * cosine;
            part(field.name(), weights[field as usize] * cosine);
            if !with_evidence {
                continue;
            }
            contributions.extend(
                parts
                    .into_iter()
                    .map(|(id, part)| (weights[field as usize] * part, id)),
            );
        }
        let names = &profile.vectors[Field::Entity as usize].weights;
        let story_names = &story.centroids[Field::Entity as usize];
        if names.len() >= config.salient_names
            && !story_names.is_empty()
            && !names
                .iter()
                .take(config.salient_names)
                .any(|(id, _)| story_names.contains(*id))
        {
            similarity -= config.missing_name_penalty;
            part("missing_name", -config.missing_name_penalty);
        }
        // Only where time cannot part two events: dated reports of one
        // shooting lead with the victim, the suspect or the police in turn,
        // and their days already tell a second event apart.
        let undated = features.published_day.is_none() || story.days.is_none();
        if undated
            && config.lede_subject_penalty > 0.0
            && other_subject(features, story, &self.vocabulary, config)
        {
            similarity -= config.lede_subject_penalty;
            part("lede_subject", -config.lede_subject_penalty);
        }
        // Two stories are compared by the values most of their members give:
        // a story's union of values grows with it until some value of any
        // other story of its kind agrees. So is an article where time cannot
        // part two events.
        let main;
        let story_counts =
            if (features.whole_story || undated) && config.merge_main_count_members > 0 {
                main = main_counts(story, config.merge_main_count_members);
                &main
            } else {
                &story.counts
            };
        let (agreeing, conflicting) =
            compare_counts(&features.counts, story_counts, config.count_close_ratio);
        let mut conflict = false;
        if undated && config.merge_lede_contrast && other_agreed_subject(features, story) {
            similarity -= config.lede_subject_penalty;
            part("lede_contrast", -config.lede_subject_penalty);
            conflict = true;
        }
        if undated
            && config.undoing_contrast_penalty > 0.0
            && undoing_contrast(features.undoing, (story.undoing, story.size))
        {
            similarity -= config.undoing_contrast_penalty;
            part("undoing", -config.undoing_contrast_penalty);
            conflict = true;
        }
        if undated && config.weekday_conflict_penalty > 0.0 && weekday_conflict(features, story) {
            similarity -= config.weekday_conflict_penalty;
            part("weekday", -config.weekday_conflict_penalty);
            conflict = true;
        }
        if conflicting > agreeing {
            let share = if undated {
                config.undated_count_share
            } else {
                1.0
            };
            let cost =
                share * config.count_conflict_penalty * (conflicting - agreeing).min(2) as f64;
            similarity -= cost;
            let units = if with_evidence {
                conflicting_units(&features.counts, story_counts, config.count_close_ratio)
            } else {
                String::new()
            };
            part(&format!("counts[{units}]"), -cost);
            conflict = true;
        }
        // Two ledes that give the same act different counts ("released 52
        // prisoners" against "released 123 prisoners") report two events,
        // however much else they share.
        let (lead_agreeing, lead_conflicting) = compare_counts(
            &features.lead_counts,
            &story.lead_counts,
            config.count_close_ratio,
        );
        if lead_conflicting > 0 && lead_agreeing == 0 {
            similarity -= config.lead_count_conflict_penalty;
            part("lede_counts", -config.lead_count_conflict_penalty);
            conflict = true;
        }
        // Two reports that name places and share none are of two events
        // (the same kind of shooting in two cities).
        if places_conflict(features, story, &self.vocabulary) {
            similarity -= config.place_conflict_penalty;
            part("places", -config.place_conflict_penalty);
            conflict = true;
        }
        let shared_dates: Vec<&PartialDate> = features.dates.intersection(&story.dates).collect();
        if !shared_dates.is_empty() || writes_event_date(features, story, config.event_day_slack) {
            similarity += config.date_agreement_bonus;
            part("dates", config.date_agreement_bonus);
        } else if !features.dates.is_empty() && !story.dates.is_empty() {
            similarity -= config.date_conflict_penalty;
            part("dates", -config.date_conflict_penalty);
            conflict = true;
        }
        let story_year = story
            .years
            .iter()
            .max_by_key(|(year, count)| (**count, **year))
            .map(|(year, _)| *year);
        if let (true, Some(year), Some(story_year)) = (undated, features.main_year, story_year) {
            if year == story_year {
                similarity += config.year_agreement_bonus;
                part("year", config.year_agreement_bonus);
            } else {
                similarity -= config.year_conflict_penalty;
                part("year", -config.year_conflict_penalty);
            }
        }
        let evidence = if with_evidence {
            self.evidence(
                contributions,
                &shared_dates,
                &agreeing_counts(features, story),
            )
        } else {
            Vec::new()
        };
        Some(Scored {
            slot,
            similarity,
            evidence,
            conflict,
            parts,
        })
    }

    /// Merge repair, after Miranda et al. (2018): each story the batch
    /// touched is compared, as a whole, with its nearest stories; when the
    /// two clear `merge_threshold` with no count, date or time conflict
    /// pulling them apart, they are one event split by arrival order, and
    /// the later-opened one is folded into the earlier (so a stored story
    /// keeps its id). Slots are visited in order, so the result is
    /// deterministic.
    fn repair(&self, touched: &BTreeSet<usize>) -> Repair {
        let mut repair = Repair::new(self.stories.len());
        if self.config.merge_threshold > 1.0 {
            return repair;
        }
        for &slot in touched {
            let Some((features, profile)) = self.story_as_document(slot) else {
                continue;
            };
            let own = repair.survivor(slot);
            let best = self
                .candidates(&profile)
                .into_iter()
                .filter(|other| repair.survivor(*other) != own)
                .take(self.config.merge_candidates)
                .filter_map(|other| self.score(other, &features, &profile, false))
                .filter(|scored| !(self.config.merge_vetoes_conflicts && scored.conflict))
                .max_by(|x, y| {
                    x.similarity
                        .total_cmp(&y.similarity)
                        .then(y.slot.cmp(&x.slot))
                });
            let Some(best) = best
                .filter(|best| best.similarity >= self.config.merge_threshold)
                .map(|best| self.reverse_contrast(best, slot))
                .filter(|best| best.similarity >= self.config.merge_threshold)
                .and_then(|best| self.with_evidence(best, &features, &profile))
            else {
                continue;
            };
            let other = repair.survivor(best.slot);
            let (into, from) = (own.min(other), own.max(other));
            if let Some(link) = repair.parent.get_mut(from) {
                *link = into;
            }
            repair.merges.push(SlotMerge {
                from,
                into,
                similarity: best.similarity,
                evidence: best.evidence,
            });
        }
        repair
    }

    /// A merge candidate with the lede contrast also judged the other way
    /// round, the candidate read as one document against the touched story:
    /// a merge is one decision about two stories, and the contrast asks
    /// different things of its two sides (whom the article's lede is about,
    /// whom the story's ledes are about).
    fn reverse_contrast(&self, mut best: Scored, slot: usize) -> Scored {
        let config = self.config;
        let (Some(own), Some(candidate)) = (self.stories.get(slot), self.stories.get(best.slot))
        else {
            return best;
        };
        // Dated stories are parted by their days, as articles are.
        let undated = own.days.is_none() || candidate.days.is_none();
        if !undated || config.lede_subject_penalty <= 0.0 {
            return best;
        }
        let Some((other, _)) = self.story_as_document(best.slot) else {
            return best;
        };
        if other_subject(&other, own, &self.vocabulary, config) {
            best.similarity -= config.lede_subject_penalty;
            best.parts.push((
                "reverse_lede_subject".to_string(),
                -config.lede_subject_penalty,
            ));
        }
        best
    }

    /// A story's name in a trace: its id, or the article that opened it in
    /// this batch.
    fn label(&self, slot: usize, openers: &[(usize, String)]) -> String {
        if let Some((_, name)) = openers.iter().find(|(opened, _)| *opened == slot) {
            return format!("opened-by:{name}");
        }
        match self.stories.get(slot).map(|story| &story.choice) {
            Some(StoryChoice::Existing(id)) => id.0.clone(),
            _ => format!("slot:{slot}"),
        }
    }

    /// Appends to the evidence of the first article of each touched story
    /// its best merge candidates (`trace merge ...`), and to that of an
    /// article in a folded story the merge it took part in.
    fn trace_repair(
        &self,
        touched: &BTreeSet<usize>,
        repair: &Repair,
        openers: &[(usize, String)],
        placed: &mut [(usize, StoryAssignment)],
    ) {
        let label = |slot: usize| self.label(slot, openers);
        for &slot in touched {
            let Some((features, profile)) = self.story_as_document(slot) else {
                continue;
            };
            let lines = self.trace(&features, &profile, |other| other == slot, &label);
            if let Some((_, assignment)) = placed.iter_mut().find(|(own, _)| *own == slot) {
                assignment
                    .evidence
                    .push(format!("trace merge-from {}", label(slot)));
                assignment.evidence.extend(
                    lines
                        .into_iter()
                        .map(|line| line.replacen("trace", "trace merge", 1)),
                );
                for merge in repair
                    .merges
                    .iter()
                    .filter(|merge| merge.from == slot || merge.into == slot)
                {
                    assignment.evidence.push(format!(
                        "trace merged {} into {} at {:.3}",
                        label(merge.from),
                        label(merge.into),
                        merge.similarity
                    ));
                }
            }
        }
    }

    /// The `trace_candidates` best candidates for a document (or a story read
    /// as one), each written as `trace <story> <similarity> <conflict> <parts>`
    /// with `label` naming a slot.
    fn trace(
        &self,
        features: &Features,
        profile: &Profile,
        skip: impl Fn(usize) -> bool,
        label: &dyn Fn(usize) -> String,
    ) -> Vec<String> {
        let mut scored: Vec<Scored> = self
            .candidates(profile)
            .into_iter()
            .filter(|slot| !skip(*slot))
            .filter_map(|slot| self.score(slot, features, profile, true))
            .collect();
        scored.sort_by(|x, y| y.similarity.total_cmp(&x.similarity));
        scored
            .into_iter()
            .take(self.config.trace_candidates)
            .map(|candidate| {
                let parts: Vec<String> = candidate
                    .parts
                    .iter()
                    .map(|(name, value)| format!("{name}={value:.3}"))
                    .collect();
                format!(
                    "trace {} {:.3}{} {}",
                    label(candidate.slot),
                    candidate.similarity,
                    if candidate.conflict { " conflict" } else { "" },
                    parts.join(" ")
                )
            })
            .collect()
    }

    /// The batch's assignments after repair, each pointing at the story its
    /// article ends up in, and the merges of stored stories.
    fn outcome(&self, placed: Vec<(usize, StoryAssignment)>, repair: &Repair) -> Clustering {
        // New stories folded into others leave gaps in the numbering; the
        // survivors are renumbered in order of first appearance.
        let mut renumbered: HashMap<usize, usize> = HashMap::new();
        let assignments = placed
            .into_iter()
            .map(|(slot, mut assignment)| {
                let survivor = repair.survivor(slot);
                assignment.story = match &self.stories[survivor].choice {
                    StoryChoice::New(_) => {
                        let next = renumbered.len();
                        StoryChoice::New(*renumbered.entry(survivor).or_insert(next))
                    }
                    existing => existing.clone(),
                };
                if survivor != slot {
                    // The article that opened a merged story joined nothing
                    // by itself; the merge is why it is here.
                    if let (true, Some(merge)) = (assignment.similarity <= 0.0, repair.of(slot)) {
                        assignment.similarity = merge.similarity.clamp(0.0, 1.0);
                        let traced = std::mem::take(&mut assignment.evidence)
                            .into_iter()
                            .filter(|line| line.starts_with("trace "));
                        assignment.evidence =
                            merge.evidence.iter().cloned().chain(traced).collect();
                    }
                }
                assignment
            })
            .collect();
        let merges = repair
            .merges
            .iter()
            .filter_map(|merge| {
                let StoryChoice::Existing(from) = &self.stories.get(merge.from)?.choice else {
                    return None;
                };
                let StoryChoice::Existing(into) =
                    &self.stories.get(repair.survivor(merge.into))?.choice
                else {
                    return None;
                };
                Some(StoryMerge {
                    from: from.clone(),
                    into: into.clone(),
                    similarity: merge.similarity.clamp(0.0, 1.0),
                    reason: merge.evidence.clone(),
                })
            })
            .collect();
        Clustering {
            assignments,
            merges,
        }
    }

    /// A story seen as one long document: its centroids as vectors, its
    /// counts, dates and first report as features, so [`Clusterer::score`]
    /// compares two stories the way it compares an article with a story.
    fn story_as_document(&self, slot: usize) -> Option<(Features, Profile)> {
        let story = self.stories.get(slot)?;
        if story.size == 0 {
            return None;
        }
        let limit = |field: Field| match field {
            Field::Body => self.config.max_body_terms,
            _ => self.config.max_body_terms / 2,
        };
        let profile = Profile {
            vectors: Field::ALL
                .map(|field| story.centroids[field as usize].direction(limit(field))),
        };
        let features = Features {
            counts: if self.config.merge_main_count_members > 0 {
                main_counts(story, self.config.merge_main_count_members)
            } else {
                story.counts.clone()
            },
            lead_counts: story.lead_counts.clone(),
            places: story.places.clone(),
            dates: story.event_dates.clone(),
            main_year: story
                .years
                .iter()
                .max_by_key(|(year, count)| (**count, **year))
                .map(|(year, _)| *year),
            year_floor: story_floor(story),
            whole_story: true,
            undoing: (story.undoing, story.size),
            published_day: story.days.map(|(first, _)| first),
            lede_subject: main_subject(story).map(str::to_string),
            lede_agreed: agreed_subject(story).is_some(),
            lede_weekday: agreed_weekday(story),
            lede_subjects: story.lede_subjects.keys().cloned().collect(),
            // Any member's names: a story mentions whom one of its reports names.
            name_words: story
                .name_members
                .keys()
                .map(|&id| self.vocabulary.name_word(id).to_string())
                .collect(),
            placed_words: story
                .placed_words
                .iter()
                .map(|&id| self.vocabulary.name_word(id).to_string())
                .collect(),
            ..Features::default()
        };
        Some((features, profile))
    }

    fn evidence(
        &self,
        mut contributions: Vec<(f64, u32)>,
        dates: &[&PartialDate],
        counts: &[String],
    ) -> Vec<String> {
        contributions.sort_by(|x, y| y.0.total_cmp(&x.0));
        let mut evidence: Vec<String> = Vec::new();
        let candidates = dates
            .iter()
            .map(|date| date.to_string())
            .chain(counts.iter().cloned())
            .chain(
                contributions
                    .into_iter()
                    .map(|(_, id)| self.vocabulary.term(id).to_string()),
            );
        for item in candidates {
            if evidence.len() >= self.config.evidence_items {
                break;
            }
            // A single word already covered by a shared name adds nothing.
            if !item.is_empty()
                && !evidence
                    .iter()
                    .any(|seen| seen.split(' ').any(|w| w == item))
            {
                evidence.push(item);
            }
        }
        evidence
    }
}

/// Folds the story in slot `from` into the one in slot `into`: centroids,
/// counts, dates, years, days and size add up, the postings of `from` move to
/// `into`, and `from` is left empty and marked folded.
fn fold_slots(
    stories: &mut [StoryState],
    postings: &mut FastMap<(u8, u32), Vec<u32>>,
    from: usize,
    into: usize,
) {
    let (Ok(from_number), Ok(into_number)) = (u32::try_from(from), u32::try_from(into)) else {
        return;
    };
    if from == into || from >= stories.len() || into >= stories.len() {
        return;
    }
    let taken = std::mem::take(&mut stories[from].centroids);
    for (field, centroid) in Field::ALL.iter().zip(taken) {
        for term in centroid.terms() {
            if let Some(list) = postings.get_mut(&(*field as u8, term)) {
                list.retain(|slot| *slot != from_number);
            }
        }
        for term in stories[into].centroids[*field as usize].absorb(centroid) {
            postings
                .entry((*field as u8, term))
                .or_default()
                .push(into_number);
        }
    }
    let source = &mut stories[from];
    let counts = std::mem::take(&mut source.counts);
    let count_members = std::mem::take(&mut source.count_members);
    let lead_counts = std::mem::take(&mut source.lead_counts);
    let dates = std::mem::take(&mut source.dates);
    let date_members = std::mem::take(&mut source.date_members);
    let lede_weekdays = std::mem::take(&mut source.lede_weekdays);
    let places = std::mem::take(&mut source.places);
    let event_dates = std::mem::take(&mut source.event_dates);
    let years = std::mem::take(&mut source.years);
    let floors = std::mem::take(&mut source.floors);
    let days = source.days.take();
    let size = std::mem::take(&mut source.size);
    let undoing = std::mem::take(&mut source.undoing);
    let lede_subjects = std::mem::take(&mut source.lede_subjects);
    let name_members = std::mem::take(&mut source.name_members);
    let placed_words = std::mem::take(&mut source.placed_words);
    source.folded = true;
    let target = &mut stories[into];
    for (unit, values) in counts {
        target.counts.entry(unit).or_default().extend(values);
    }
    for (unit, values) in count_members {
        let members = target.count_members.entry(unit).or_default();
        for (value, count) in values {
            *members.entry(value).or_default() += count;
        }
    }
    for (key, values) in lead_counts {
        target.lead_counts.entry(key).or_default().extend(values);
    }
    target.dates.extend(dates);
    for (date, members) in date_members {
        *target.date_members.entry(date).or_default() += members;
    }
    for (weekday, members) in lede_weekdays {
        *target.lede_weekdays.entry(weekday).or_default() += members;
    }
    target.places.extend(places);
    target.event_dates.extend(event_dates);
    for (year, members) in years {
        *target.years.entry(year).or_default() += members;
    }
    for (year, members) in floors {
        *target.floors.entry(year).or_default() += members;
    }
    target.days = match (target.days, days) {
        (Some((first, last)), Some((other_first, other_last))) => {
            Some((first.min(other_first), last.max(other_last)))
        }
        (own, other) => own.or(other),
    };
    target.size += size;
    target.undoing += undoing;
    for (name, members) in lede_subjects {
        *target.lede_subjects.entry(name).or_default() += members;
    }
    for (word, members) in name_members {
        *target.name_members.entry(word).or_default() += members;
    }
    target.placed_words.extend(placed_words);
}

/// Tells whether a document writes a date the story's members wrote, or a day
/// just before its first report: the day of its event.
fn writes_event_date(features: &Features, story: &StoryState, slack: i64) -> bool {
    if features
        .dates
        .iter()
        .any(|date| story.event_dates.contains(date))
    {
        return true;
    }
    let Some((first, _)) = story.days else {
        return false;
    };
    features
        .dates
        .iter()
        .filter_map(|date| features::day_number(*date))
        .any(|day| (0..=slack).contains(&(first - day)))
}

/// The latest year a story's members write, counting only years at least
/// two members write as their latest: one member's stray figure or year
/// still to come is no floor.
fn story_floor(story: &StoryState) -> Option<i32> {
    story
        .floors
        .iter()
        .filter(|(_, members)| **members >= 2)
        .map(|(year, _)| *year)
        .max()
}

/// Tells whether, in merge repair, the undated one of two stories was, by
/// the latest year its members write, written more than `max_gap_days`
/// after the dated one's first report: reports of a 2008 season tell of no
/// event of May 2005, however alike the two coach firings read. One that
/// writes the day of the other's event is a follow-up and is let through up
/// to `max_follow_up_days`.
fn written_too_late(
    features: &Features,
    story: &StoryState,
    day: Option<i64>,
    first_report: Option<i64>,
    config: &ClusterConfig,
) -> bool {
    // An article's own latest year is too often one still to come ("to host
    // the show in 2014"); two members of a story seldom write the same one.
    if !(features.whole_story && config.merge_year_floor) {
        return false;
    }
    let (dated, floor) = match (day, first_report) {
        (None, Some(first)) => (first, features.year_floor),
        (Some(day), None) => (day, story_floor(story)),
        _ => return false,
    };
    let Some(floor) = floor.and_then(|year| {
        features::day_number(PartialDate {
            year,
            month: None,
            day: None,
        })
    }) else {
        return false;
    };
    let since = floor - dated;
    since > config.max_gap_days
        && (since > config.max_follow_up_days
            || !writes_event_date(features, story, config.event_day_slack))
}

/// Tells whether one side leads with undoing an earlier act and the other
/// seldom does, each side given as (reports leading so, reports): "Eastport
/// repeals the rule" tells of another event than the reports of the rule
/// being made, however many words and names they share. A side of several
/// reports leads so when two or more and at least half do, and seldom when
/// under a third do (one report may lead with a reversal it recalls).
fn undoing_contrast(one: (usize, usize), other: (usize, usize)) -> bool {
    let leads = |(undoing, reports): (usize, usize)| {
        reports > 0 && undoing * 2 >= reports && (undoing >= 2 || reports == 1)
    };
    let seldom = |(undoing, reports): (usize, usize)| reports > 0 && undoing * 3 < reports;
    (leads(one) && seldom(other)) || (seldom(one) && leads(other))
}

/// The weekday two or more of a story's ledes, and more than half of those
/// that name one, date their event by.
fn agreed_weekday(story: &StoryState) -> Option<u8> {
    let named: u32 = story.lede_weekdays.values().sum();
    story
        .lede_weekdays
        .iter()
        .max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0)))
        .filter(|(_, members)| **members >= 2 && **members * 2 > named)
        .map(|(&weekday, _)| weekday)
}

/// Tells whether a weekday is that of none of these dates nor of the day
/// after any (the next day's statement, "police said Saturday").
fn off_the_days<'d>(weekday: u8, mut dates: impl Iterator<Item = &'d PartialDate>) -> bool {
    !dates.any(|date| {
        features::weekday_of(*date).is_some_and(|day| weekday == day || weekday == (day + 1) % 7)
    })
}

/// Tells whether one side dates its event only by a weekday (its lede's,
/// writing no date to the day) that the other side's dates do not fall on:
/// the dates most of a story's members write, or any date the document
/// writes, the latter when no member of the story writes a date.
fn weekday_conflict(features: &Features, story: &StoryState) -> bool {
    if let (Some(weekday), true) = (features.lede_weekday, features.dates.is_empty()) {
        let most = story.date_members.values().copied().max().unwrap_or(0);
        if most >= 2 {
            let main = story
                .date_members
                .iter()
                .filter(|(_, members)| **members == most)
                .map(|(date, _)| date);
            return off_the_days(weekday, main);
        }
        return false;
    }
    match (agreed_weekday(story), story.dates.is_empty()) {
        (Some(weekday), true) if !features.dates.is_empty() => {
            off_the_days(weekday, features.dates.iter())
        }
        _ => false,
    }
}

/// The person most of a story's ledes are about (the earliest surname in
/// order on a tie, so the choice does not depend on hashing).
fn main_subject(story: &StoryState) -> Option<&str> {
    story
        .lede_subjects
        .iter()
        .max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0)))
        .map(|(name, _)| name.as_str())
}

/// The person at least half of a story's ledes, and two or more, are
/// about, if there is one.
fn agreed_subject(story: &StoryState) -> Option<&str> {
    // One lede agrees with nothing: a story of one report may be led by
    // anyone it names.
    main_subject(story).filter(|main| {
        let members = story.lede_subjects.get(*main).map_or(0, |&members| members);
        members >= 2 && members * 2 >= story.size
    })
}

/// Tells whether a story read as one document and another story each have
/// ledes agreeing on one person, two different people, and neither story's
/// ledes are ever about the other's: a teammate's arrest recalled in every
/// report of the second one is still another event.
fn other_agreed_subject(features: &Features, story: &StoryState) -> bool {
    let (true, true, Some(subject), Some(main)) = (
        features.whole_story,
        features.lede_agreed,
        features.lede_subject.as_deref(),
        agreed_subject(story),
    ) else {
        return false;
    };
    subject != main
        && !story.lede_subjects.contains_key(subject)
        && !features.lede_subjects.contains(main)
}

/// Tells whether a document's lede is about someone most of the story's
/// members never name while the story's ledes are about someone the
/// document never names: one actress's rehab against another's.
fn other_subject(
    features: &Features,
    story: &StoryState,
    vocabulary: &Vocabulary,
    config: &ClusterConfig,
) -> bool {
    let agreement = config.lede_agreement;
    let (Some(subject), Some(main)) = (&features.lede_subject, main_subject(story)) else {
        return false;
    };
    let naming = vocabulary
        .known_name_id(subject)
        .and_then(|id| story.name_members.get(&id))
        .map_or(0, |&members| members as usize);
    // A story whose ledes agree on one person and seldom on this one (under
    // a third of its members: one report may lead with the other event it
    // recalls) is about that person, however often its reports recall this
    // one (the teammate arrested a month before).
    let led = |name: &str| story.lede_subjects.get(name).map_or(0, |&members| members);
    let story_agrees = agreed_subject(story).is_some();
    let agreed = agreement && led(subject) * 3 < story.size && story_agrees;
    // Only a story whose ledes agree on its person is so plainly about them
    // that a mention further down an article's body is background.
    let names_main = if config.subject_named_in_lede && !features.whole_story && story_agrees {
        features.lede_names.contains(main)
    } else {
        features.name_words.contains(main)
    };
    subject != main && (naming * 2 < story.size || agreed) && !names_main
}

/// Tells whether a document's counts, lede counts or places disagree with
/// the story's, as [`Clusterer::score`] judges them.
fn contradicts(
    features: &Features,
    story: &StoryState,
    vocabulary: &Vocabulary,
    close_ratio: f64,
) -> bool {
    let (agreeing, conflicting) = compare_counts(&features.counts, &story.counts, close_ratio);
    let (lead_agreeing, lead_conflicting) =
        compare_counts(&features.lead_counts, &story.lead_counts, close_ratio);
    conflicting > agreeing
        || (lead_conflicting > 0 && lead_agreeing == 0)
        || places_conflict(features, story, vocabulary)
}

/// Tells whether a document and a story both name places and share none:
/// two reports of the same kind of event in two cities. When one side is
/// undated, a place one side writes only inside another name ("Eastport
/// Police said") still counts as named by it, unless that name is a team's or a paper's (see
/// `features::may_tell_the_place`).
fn places_conflict(features: &Features, story: &StoryState, vocabulary: &Vocabulary) -> bool {
    if features.places.is_empty()
        || story.places.is_empty()
        || !features.places.is_disjoint(&story.places)
    {
        return false;
    }
    // Between two dated sides the days already tell two events apart, and
    // in a stream of one city's shootings its police are named in all of
    // them: the relaxation then joins look-alikes (GVA dev pairwise 0.817
    // with it, 0.806 without; the undated ECB+ halves gain from it).
    if features.published_day.is_some() && story.days.is_some() {
        return true;
    }
    let named_by_document = |place: &String| {
        place
            .split(' ')
            .all(|word| features.placed_words.contains(word))
    };
    let named_by_story = |place: &String| {
        place.split(' ').all(|word| {
            vocabulary
                .known_name_id(word)
                .is_some_and(|id| story.placed_words.contains(&id))
        })
    };
    !(story.places.iter().any(named_by_document) || features.places.iter().any(named_by_story))
}

/// Tells whether a document writes, without a day, the month of the story's
/// event: the month of a date its members agree on or of its first report.
fn writes_event_month(features: &Features, story: &StoryState) -> bool {
    if features.months.is_empty() {
        return false;
    }
    let first_report = story
        .days
        .and_then(|(first, _)| {
            chrono::NaiveDate::from_num_days_from_ce_opt(i32::try_from(first).ok()?)
        })
        .map(|date| {
            (
                chrono::Datelike::year(&date),
                chrono::Datelike::month(&date),
            )
        });
    story
        .event_dates
        .iter()
        .filter_map(|date| Some((date.year, date.month?)))
        .chain(first_report)
        .any(|month| features.months.contains(&month))
}

/// Counts the counted things both sides state with a close value, and those
/// whose values are all far apart. Close allows for updates and rounding ("3
/// dead" then "4 dead", "over 300" for 340): a ratio up to `close_ratio`, or
/// fewer than [`CLOSE_DIFFERENCE`] apart.
fn compare_counts(
    document: &HashMap<String, BTreeSet<u64>>,
    story: &HashMap<String, BTreeSet<u64>>,
    close_ratio: f64,
) -> (usize, usize) {
    let close = |x: u64, y: u64| {
        let (low, high) = (x.min(y) as f64, x.max(y) as f64);
        high - low < CLOSE_DIFFERENCE * 100.0 || high <= low * close_ratio
    };
    let mut agreeing = 0;
    let mut conflicting = 0;
    for (unit, values) in document {
        if let Some(story_values) = story.get(unit) {
            if values
                .iter()
                .any(|x| story_values.iter().any(|y| close(*x, *y)))
            {
                agreeing += 1;
            } else {
                conflicting += 1;
            }
        }
    }
    (agreeing, conflicting)
}

/// Per counted thing, the values the most members of a story give, when
/// at least `min_members` give one; else every value any member gives, as a
/// value few members give is no sure mark of the story's event.
fn main_counts(story: &StoryState, min_members: u32) -> HashMap<String, BTreeSet<u64>> {
    story
        .count_members
        .iter()
        .map(|(unit, values)| {
            let most = values.values().copied().max().unwrap_or(0);
            let main = values
                .iter()
                .filter(|(_, members)| **members == most || most < min_members)
                .map(|(value, _)| *value)
                .collect();
            (unit.clone(), main)
        })
        .collect()
}

/// The counted things of a document that conflict with a story's, with
/// both sides' values, for a score trace.
fn conflicting_units(
    document: &HashMap<String, BTreeSet<u64>>,
    story: &HashMap<String, BTreeSet<u64>>,
    close_ratio: f64,
) -> String {
    let mut units: Vec<String> = document
        .iter()
        .filter_map(|(unit, values)| {
            let story_values = story.get(unit)?;
            let single = HashMap::from([(unit.clone(), values.clone())]);
            let (_, conflicting) = compare_counts(&single, story, close_ratio);
            let show = |values: &BTreeSet<u64>| {
                values
                    .iter()
                    .map(|value| format_value(*value))
                    .collect::<Vec<_>>()
                    .join("/")
            };
            (conflicting > 0).then(|| format!("{unit}:{}vs{}", show(values), show(story_values)))
        })
        .collect();
    units.sort();
    units.join(",")
}

/// Counts this close together never conflict (values are kept in hundredths).
const CLOSE_DIFFERENCE: f64 = 5.0;

fn agreeing_counts(features: &Features, story: &StoryState) -> Vec<String> {
    let mut shared: Vec<String> = features
        .counts
        .iter()
        .filter_map(|(unit, values)| {
            let value = values.intersection(story.counts.get(unit)?).next()?;
            Some(format!("{} {unit}", format_value(*value)))
        })
        .collect();
    shared.sort();
    shared
}

/// Writes a value kept in hundredths ("4.5", "52").
fn format_value(hundredths: u64) -> String {
    if hundredths.is_multiple_of(100) {
        (hundredths / 100).to_string()
    } else {
        format!("{}", hundredths as f64 / 100.0)
    }
}
