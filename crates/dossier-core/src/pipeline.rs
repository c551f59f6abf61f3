//! The one place the stages meet: a batch of raw documents and a snapshot of
//! what is stored go in, a [`ChangeSet`] for the store to apply comes out.
//!
//! Nothing here touches the store: the binary loads the [`Snapshot`], calls
//! [`process_batch`], and applies the change set in one transaction.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use crate::analyse::{self, AnalyseConfig};
use crate::cluster::{self, ClusterConfig};
use crate::dedupe::{self, DedupeConfig};
use crate::extract::{self, ExtractConfig};
use crate::model::{
    Article, Diagnostic, DocId, Document, RawDocument, Relation, Story, StoryChoice, StoryId,
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
            if let Change::AssignStory { story, .. } = change
                && seen.insert(story.clone())
            {
                touched.push(story.clone());
            }
        }
        touched
    }
}

/// Runs extract, analyse, dedupe and cluster over a batch, and updates the
/// snapshot to include the batch, so the next batch sees it without a reload.
pub fn process_batch(
    batch: Vec<RawDocument>,
    snapshot: &mut Snapshot,
    config: &PipelineConfig,
) -> ChangeSet {
    let batch_started = Instant::now();
    let mut change_set = ChangeSet::default();
    let mut seen: HashSet<DocId> = snapshot
        .documents
        .iter()
        .map(|document| document.article.id.clone())
        .collect();

    let mut new_documents: Vec<Document> = Vec::new();
    for raw in batch {
        if !seen.insert(raw.id.clone()) {
            change_set.already_stored.push(raw.origin_label());
            continue;
        }
        let started = Instant::now();
        let extracted = extract::extract(&raw, &config.extract);
        change_set.timings.extract += started.elapsed();
        change_set.diagnostics.extend(extracted.diagnostics);
        let Some(article) = extracted.article else {
            continue;
        };
        let started = Instant::now();
        let analysis = analyse::analyse(&article, &config.analyse);
        change_set.timings.analyse += started.elapsed();
        new_documents.push(Document { article, analysis });
    }
    // Articles are taken in publication order so the online stages see the
    // story unfold as it did; undated articles keep their input order, last.
    new_documents.sort_by_key(|document| {
        let published = document.article.published;
        (published.is_none(), published)
    });

    let new_articles: Vec<&Article> = new_documents.iter().map(|d| &d.article).collect();
    let known_articles: Vec<&Article> = snapshot.documents.iter().map(|d| &d.article).collect();
    let started = Instant::now();
    let relations = dedupe::dedupe(&new_articles, &known_articles, &config.dedupe);
    change_set.timings.dedupe = started.elapsed();

    let new_refs: Vec<&Document> = new_documents.iter().collect();
    let known_refs: Vec<&Document> = snapshot.documents.iter().collect();
    let started = Instant::now();
    let assignments = cluster::cluster(&new_refs, &snapshot.stories, &known_refs, &config.cluster);
    change_set.timings.cluster = started.elapsed();

    let titles: HashMap<&DocId, &str> = new_documents
        .iter()
        .map(|d| (&d.article.id, d.article.title.as_str()))
        .collect();
    for document in &new_documents {
        change_set
            .changes
            .push(Change::InsertArticle(Box::new(document.article.clone())));
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
        match snapshot.stories.iter_mut().find(|known| known.id == story) {
            Some(known) => known.articles.push(assignment.doc.clone()),
            None => snapshot.stories.push(Story {
                id: story.clone(),
                title: titles
                    .get(&assignment.doc)
                    .copied()
                    .unwrap_or_default()
                    .to_string(),
                articles: vec![assignment.doc.clone()],
            }),
        }
        change_set.changes.push(Change::AssignStory {
            doc: assignment.doc,
            story,
            similarity: assignment.similarity,
            evidence: assignment.evidence,
        });
    }
    snapshot.documents.extend(new_documents);
    change_set.timings.total = batch_started.elapsed();
    change_set
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
