//! The one place the stages meet: a batch of raw documents and a snapshot of
//! what is stored go in, a [`ChangeSet`] for the store to apply comes out.
//!
//! Nothing here touches the store: the binary loads the [`Snapshot`], calls
//! [`process_batch`], and applies the change set in one transaction.

use std::collections::{HashMap, HashSet};

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
    /// The analysis of each article this change set inserts, for the store
    /// to keep beside it, so a later run reads it instead of analysing again.
    pub analyses: Vec<(DocId, Analysis)>,
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
pub fn process_batch(
    batch: Vec<RawDocument>,
    snapshot: &mut Snapshot,
    config: &PipelineConfig,
) -> ChangeSet {
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
        let extracted = extract::extract(&raw, &config.extract);
        change_set.diagnostics.extend(extracted.diagnostics);
        let Some(article) = extracted.article else {
            continue;
        };
        let analysis = analyse::analyse(&article, &config.analyse);
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
    let relations = dedupe::dedupe(&new_articles, &known_articles, &config.dedupe);

    let new_refs: Vec<&Document> = new_documents.iter().collect();
    let known_refs: Vec<&Document> = snapshot.documents.iter().collect();
    let clustering =
        cluster::cluster_batch(&new_refs, &snapshot.stories, &known_refs, &config.cluster);
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

impl RawDocument {
    /// Names the input for messages: the path, with `#id` for a JSON Lines record.
    pub fn origin_label(&self) -> String {
        match &self.given.external_id {
            Some(id) => format!("{}#{}", self.origin, id),
            None => self.origin.clone(),
        }
    }
}
