//! The one place the stages meet: a batch of raw documents and a snapshot of
//! what is stored go in, a [`ChangeSet`] for the store to apply comes out.
//!
//! Nothing here touches the store: the binary loads the [`Snapshot`], calls
//! [`process_batch`], and applies the change set in one transaction.

#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::analyse::{self, AnalyseConfig};
use crate::cluster::{self, ClusterConfig};
use crate::dedupe::{self, DedupeConfig};
use crate::extract::{self, ExtractConfig};
use crate::model::{
    Analysis, Article, Diagnostic, DocId, Document, RawDocument, Relation, Story, StoryChoice,
    StoryId,
};

/// Options of every stage the pipeline runs.
#[derive(Clone, Debug, Default)]
pub struct PipelineConfig {
    /// Extraction options.
    pub extract: ExtractConfig,
    /// Analysis options.
    pub analyse: AnalyseConfig,
    /// Copy detection options.
    pub dedupe: DedupeConfig,
    /// Story clustering options.
    pub cluster: ClusterConfig,
}

/// What is already stored, as the stages need it.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    /// Stored stories with their member articles.
    pub stories: Vec<Story>,
    /// Stored articles, analysed.
    pub documents: Vec<Document>,
}

/// One change to the store.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Stores a new article.
    InsertArticle(Box<Article>),
    /// Records a copy relation.
    InsertRelation(Relation),
    /// Opens a story (its first member follows as an [`Change::AssignStory`]).
    CreateStory {
        /// The new story's id.
        id: StoryId,
        /// Its headline.
        title: String,
    },
    /// Puts an article into a story.
    AssignStory {
        /// The article.
        doc: DocId,
        /// The story.
        story: StoryId,
        /// How similar the article is to the story.
        similarity: f64,
        /// The strongest shared evidence.
        evidence: Vec<String>,
    },
    /// Folds a stored story into another: the cluster stage's merge repair
    /// found they report one event. Every article of `from` moves to `into`,
    /// keeping its own similarity and evidence, and `from` goes away; the
    /// merge is kept so a reader can tell where the articles came from.
    MergeStories {
        /// The story that goes away.
        from: StoryId,
        /// The story that stays and receives its articles.
        into: StoryId,
        /// Story-to-story similarity when they were merged.
        similarity: f64,
        /// Why: the strongest shared evidence (dates, counts, terms, names).
        reason: Vec<String>,
    },
}

/// What a batch changes, and what was odd about its inputs.
#[derive(Clone, Debug, Default)]
pub struct ChangeSet {
    /// Changes, in the order they must be applied.
    pub changes: Vec<Change>,
    /// Problems, each naming its input.
    pub diagnostics: Vec<Diagnostic>,
    /// Inputs skipped because an article with the same content is stored or
    /// earlier in the batch.
    pub already_stored: Vec<String>,
    /// How long each stage took on this batch.
    pub timings: StageTimings,
    /// The analysis of each article this change set inserts, for the store
    /// to keep beside it, so a later run reads it instead of analysing again.
    pub analyses: Vec<(DocId, Analysis)>,
}

/// Wall-clock time each stage of one batch took, for the benchmark harnesses
/// and progress reports; nothing in the pipeline reads it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StageTimings {
    /// Extraction, summed over the batch's articles.
    pub extract: Duration,
    /// Analysis, summed over the batch's articles.
    pub analyse: Duration,
    /// Copy detection.
    pub dedupe: Duration,
    /// Story clustering.
    pub cluster: Duration,
    /// The whole batch, bookkeeping included.
    pub total: Duration,
}

impl StageTimings {
    /// Adds another batch's timings to these.
    pub fn add(&mut self, other: &StageTimings) {
        self.extract += other.extract;
        self.analyse += other.analyse;
        self.dedupe += other.dedupe;
        self.cluster += other.cluster;
        self.total += other.total;
    }
}

impl ChangeSet {
    /// Counts the articles this change set adds.
    pub fn num_articles(&self) -> usize {
        self.changes
            .iter()
            .filter(|change| matches!(change, Change::InsertArticle(_)))
            .count()
    }

    /// Lists the stories this change set creates or extends, without repeats.
    pub fn stories_touched(&self) -> Vec<StoryId> {
        let mut seen = HashSet::new();
        let mut touched = Vec::new();
        for change in &self.changes {
            let story = match change {
                Change::AssignStory { story, .. } => story,
                Change::MergeStories { into, .. } => into,
                _ => continue,
            };
            if seen.insert(story.clone()) {
                touched.push(story.clone());
            }
        }
        touched
    }
}

/// Runs extract, analyse, dedupe and cluster over a batch, and updates the
/// snapshot to include the batch, so the next batch sees it without a reload.
///
/// Each call rebuilds the copy and story indexes from the snapshot; a run of
/// many batches should keep them in a [`StreamState`] with
/// [`process_stream_batch`], so a batch costs its own articles only.
pub fn process_batch(
    batch: Vec<RawDocument>,
    snapshot: &mut Snapshot,
    config: &PipelineConfig,
) -> ChangeSet {
    process_stream_batch(batch, snapshot, &mut StreamState::default(), config)
}

/// What the stages keep from one batch to the next of a run: the ids of the
/// stored articles, the copy detector's fingerprints and shingle index, the
/// clusterer's story centroids and term index, and where each story sits in
/// the snapshot. Each part checks that it still matches the snapshot it is
/// given and is rebuilt from it when not, so a state used with another
/// snapshot costs time, never correctness.
#[derive(Debug, Default)]
pub struct StreamState {
    /// Ids of the snapshot's documents.
    seen: HashSet<DocId>,
    dedupe: dedupe::DedupeIndex,
    cluster: cluster::ClusterIndex,
    /// Story id -> its index in `Snapshot::stories`.
    story_positions: HashMap<StoryId, usize>,
}

impl StreamState {
    /// Stories the clusterer holds.
    pub fn stories(&self) -> usize {
        self.cluster.stories()
    }

    fn sync_seen(&mut self, snapshot: &Snapshot) {
        if self.seen.len() != snapshot.documents.len()
            || snapshot
                .documents
                .last()
                .is_some_and(|document| !self.seen.contains(&document.article.id))
        {
            self.seen = snapshot
                .documents
                .iter()
                .map(|document| document.article.id.clone())
                .collect();
        }
    }

    fn sync_story_positions(&mut self, snapshot: &Snapshot) {
        let last = snapshot.stories.len().checked_sub(1);
        let last_matches = snapshot
            .stories
            .last()
            .map(|story| self.story_positions.get(&story.id).copied())
            == last.map(Some);
        if self.story_positions.len() != snapshot.stories.len() || !last_matches {
            self.story_positions = snapshot
                .stories
                .iter()
                .enumerate()
                .map(|(position, story)| (story.id.clone(), position))
                .collect();
        }
    }
}

/// [`process_batch`] for the next batch of a run, with the indexes the
/// previous batches built kept in `state`. The relations are those
/// [`process_batch`] finds; story assignments differ only in that a kept
/// story weighs its members with the vocabulary of their own time.
pub fn process_stream_batch(
    batch: Vec<RawDocument>,
    snapshot: &mut Snapshot,
    state: &mut StreamState,
    config: &PipelineConfig,
) -> ChangeSet {
    let batch_started = Instant::now();
    let mut change_set = ChangeSet::default();
    state.sync_seen(snapshot);
    state.sync_story_positions(snapshot);

    let mut fresh: Vec<RawDocument> = Vec::with_capacity(batch.len());
    for raw in batch {
        if state.seen.insert(raw.id.clone()) {
            fresh.push(raw);
        } else {
            change_set.already_stored.push(raw.origin_label());
        }
    }
    let mut new_documents: Vec<Document> = Vec::with_capacity(fresh.len());
    for (prepared, raw) in prepare_all(&fresh, config, worker_threads())
        .into_iter()
        .zip(&fresh)
    {
        change_set.timings.extract += prepared.extract_time;
        change_set.timings.analyse += prepared.analyse_time;
        change_set.diagnostics.extend(prepared.diagnostics);
        match prepared.document {
            Some(document) => new_documents.push(document),
            // Nothing is stored, so a later batch may bring it again.
            None => {
                state.seen.remove(&raw.id);
            }
        }
    }
    // Articles are taken in publication order so the online stages see the
    // story unfold as it did; undated articles keep their input order, last.
    new_documents.sort_by_key(|document| {
        let published = document.article.published;
        (published.is_none(), published)
    });

    let new_articles: Vec<&Article> = new_documents.iter().map(|d| &d.article).collect();
    let known_articles: Vec<&Article> = snapshot.documents.iter().map(|d| &d.article).collect();
    let new_refs: Vec<&Document> = new_documents.iter().collect();
    let known_refs: Vec<&Document> = snapshot.documents.iter().collect();
    let StreamState {
        dedupe: dedupe_index,
        cluster: cluster_index,
        ..
    } = state;
    let mut find_copies = || {
        let started = Instant::now();
        let relations =
            dedupe::dedupe_with(&new_articles, &known_articles, dedupe_index, &config.dedupe);
        (relations, started.elapsed())
    };
    let mut find_stories = || {
        let started = Instant::now();
        let clustering = cluster::cluster_with(
            &new_refs,
            &snapshot.stories,
            &known_refs,
            cluster_index,
            &config.cluster,
        );
        (clustering, started.elapsed())
    };
    // Copy detection and clustering read the same batch and nothing of each
    // other's, so they run side by side when there is a core to spare.
    let side_by_side = new_refs.len() >= MIN_ARTICLES_PER_THREAD && worker_threads() > 1;
    let ((relations, dedupe_time), (clustering, cluster_time)) = if side_by_side {
        std::thread::scope(|scope| {
            let copies = scope.spawn(find_copies);
            let stories = find_stories();
            match copies.join() {
                Ok(copies) => (copies, stories),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })
    } else {
        (find_copies(), find_stories())
    };
    change_set.timings.dedupe = dedupe_time;
    change_set.timings.cluster = cluster_time;
    let assignments = clustering.assignments;

    let titles: HashMap<&DocId, &str> = new_documents
        .iter()
        .map(|d| (&d.article.id, d.article.title.as_str()))
        .collect();
    for document in &new_documents {
        change_set
            .changes
            .push(Change::InsertArticle(Box::new(document.article.clone())));
        change_set
            .analyses
            .push((document.article.id.clone(), document.analysis.clone()));
    }
    for relation in relations {
        change_set.changes.push(Change::InsertRelation(relation));
    }
    let mut opened: HashMap<usize, StoryId> = HashMap::new();
    for assignment in assignments {
        let story = match assignment.story {
            StoryChoice::Existing(id) => id,
            StoryChoice::New(index) => match opened.get(&index) {
                Some(id) => id.clone(),
                None => {
                    let id = StoryId::opened_by(&assignment.doc);
                    let title = titles.get(&assignment.doc).copied().unwrap_or_default();
                    change_set.changes.push(Change::CreateStory {
                        id: id.clone(),
                        title: title.to_string(),
                    });
                    opened.insert(index, id.clone());
                    id
                }
            },
        };
        let position = state.story_positions.get(&story).copied();
        match position.and_then(|position| snapshot.stories.get_mut(position)) {
            Some(known) => known.articles.push(assignment.doc.clone()),
            None => {
                state
                    .story_positions
                    .insert(story.clone(), snapshot.stories.len());
                snapshot.stories.push(Story {
                    id: story.clone(),
                    title: titles
                        .get(&assignment.doc)
                        .copied()
                        .unwrap_or_default()
                        .to_string(),
                    articles: vec![assignment.doc.clone()],
                });
            }
        }
        change_set.changes.push(Change::AssignStory {
            doc: assignment.doc,
            story,
            similarity: assignment.similarity,
            evidence: assignment.evidence,
        });
    }
    if !clustering.merges.is_empty() {
        // Folding moves stories in the snapshot; the positions are read
        // afresh at the next batch.
        state.story_positions.clear();
    }
    for merge in clustering.merges {
        fold_story(&mut snapshot.stories, &merge.from, &merge.into);
        change_set.changes.push(Change::MergeStories {
            from: merge.from,
            into: merge.into,
            similarity: merge.similarity,
            reason: merge.reason,
        });
    }
    snapshot.documents.extend(new_documents);
    change_set.timings.total = batch_started.elapsed();
    change_set
}

/// Moves the articles of story `from` to story `into` and drops `from`, as
/// the store does when it applies [`Change::MergeStories`].
fn fold_story(stories: &mut Vec<Story>, from: &StoryId, into: &StoryId) {
    if from == into {
        return;
    }
    let Some(position) = stories.iter().position(|story| &story.id == from) else {
        return;
    };
    let folded = stories.remove(position);
    if let Some(survivor) = stories.iter_mut().find(|story| &story.id == into) {
        survivor.articles.extend(folded.articles);
    } else {
        stories.insert(position, folded);
    }
}

/// One raw document extracted and analysed, with what that cost.
struct Prepared {
    document: Option<Document>,
    diagnostics: Vec<Diagnostic>,
    extract_time: Duration,
    analyse_time: Duration,
}

/// Extracts and analyses one raw document.
fn prepare(raw: &RawDocument, config: &PipelineConfig) -> Prepared {
    let started = Instant::now();
    let extracted = extract::extract(raw, &config.extract);
    let extract_time = started.elapsed();
    let started = Instant::now();
    let document = extracted.article.map(|article| {
        let analysis = analyse::analyse(&article, &config.analyse);
        Document { article, analysis }
    });
    Prepared {
        document,
        diagnostics: extracted.diagnostics,
        extract_time,
        analyse_time: started.elapsed(),
    }
}

/// Articles below which a batch is prepared on the calling thread: starting
/// threads costs more than a few articles take.
const MIN_ARTICLES_PER_THREAD: usize = 8;

/// Threads for extraction and analysis: the machine's cores.
fn worker_threads() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
}

/// Extracts and analyses every raw document, on up to `threads` threads, and
/// returns the results in input order. Each article is independent of the
/// others, so the result is the same for any number of threads; threads take
/// the next article as they finish one, since one long page can cost a
/// hundred short ones.
fn prepare_all(raws: &[RawDocument], config: &PipelineConfig, threads: usize) -> Vec<Prepared> {
    let threads = threads.min(raws.len() / MIN_ARTICLES_PER_THREAD).max(1);
    if threads == 1 {
        return raws.iter().map(|raw| prepare(raw, config)).collect();
    }
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<Prepared>> =
        std::iter::repeat_with(|| None).take(raws.len()).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(raw) = raws.get(index) else {
                            break;
                        };
                        done.push((index, prepare(raw, config)));
                    }
                    done
                })
            })
            .collect();
        for worker in workers {
            // A worker that panicked lost its articles: they are prepared
            // again below on this thread, so the panic surfaces as it would
            // without threads.
            if let Ok(done) = worker.join() {
                for (index, prepared) in done {
                    if let Some(slot) = slots.get_mut(index) {
                        *slot = Some(prepared);
                    }
                }
            }
        }
    });
    slots
        .into_iter()
        .zip(raws)
        .map(|(slot, raw)| slot.unwrap_or_else(|| prepare(raw, config)))
        .collect()
}

impl RawDocument {
    /// Names the input for messages: the path, with `#id` for a JSON Lines record.
    pub fn origin_label(&self) -> String {
        match &self.given.external_id {
            Some(id) => format!("{}#{}", self.origin, id),
            None => self.origin.clone(),
        }
    }
}
