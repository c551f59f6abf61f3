//! What the server reads and writes, as plain blocking functions: each opens
//! its own connection (SQLite's WAL lets `dossier ingest` write meanwhile) and
//! is run on tokio's blocking pool by the handlers, never inline.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::{documents, merges};
use dossier_core::export::{self, StoryDossier};
use dossier_core::ingest::{self, FormatHint, IngestConfig};
use dossier_core::model::{
    Analysis, Article, DocId, Document, Entity, EntityKind, PartialDate, Severity, StoryId,
};
use dossier_core::pipeline::{self, Change, PipelineConfig, Snapshot};
use dossier_core::reconcile;
use dossier_store::{Fingerprint, SqliteStore, Store};
use serde::Serialize;

use super::error::ApiError;

/// Opens a read connection for one request.
pub fn open(db: &Path) -> Result<SqliteStore, ApiError> {
    SqliteStore::open_for_reading(db).map_err(|error| ApiError::database(&error))
}

/// How the story list is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    /// Most articles first.
    Size,
    /// Latest publication date first.
    Recent,
}

/// The filters and page of a story list request, already validated.
#[derive(Clone, Debug)]
pub struct StoryQuery {
    /// 1-based page number.
    pub page: usize,
    /// Stories per page.
    pub per_page: usize,
    /// Order.
    pub sort: Sort,
    /// Only stories with an article published on or after this date.
    pub from: Option<PartialDate>,
    /// Only stories with an article published on or before this date.
    pub to: Option<PartialDate>,
    /// Only stories with an article from this outlet (case-insensitive).
    pub source: Option<String>,
    /// Only stories that involve an entity with this name or alias (case-insensitive).
    pub entity: Option<String>,
}

/// One line of the story list.
#[derive(Clone, Debug, Serialize)]
pub struct StoryListItem {
    /// Story id.
    pub id: String,
    /// Headline.
    pub title: String,
    /// How many articles.
    pub articles: usize,
    /// Distinct outlets.
    pub sources: Vec<String>,
    /// Earliest publication date.
    pub first_published: Option<String>,
    /// Latest publication date.
    pub last_published: Option<String>,
}

/// One page of the story list.
#[derive(Clone, Debug, Serialize)]
pub struct StoryList {
    /// The stories of this page.
    pub stories: Vec<StoryListItem>,
    /// How many stories match the filters in all.
    pub total: usize,
    /// This page's number.
    pub page: usize,
    /// Stories per page.
    pub per_page: usize,
    /// The order.
    pub sort: Sort,
}

/// Lists stories. `entities` is needed only for an entity filter.
pub fn list_stories(
    db: &Path,
    query: &StoryQuery,
    entities: Option<&EntityIndex>,
) -> Result<StoryList, ApiError> {
    let store = open(db)?;
    let summaries = store
        .story_summaries()
        .map_err(|error| ApiError::database(&error))?;
    let sources = store
        .story_sources()
        .map_err(|error| ApiError::database(&error))?;
    let wanted_source = query.source.as_deref().map(str::to_lowercase);
    let wanted_entity_stories: Option<HashSet<&str>> = match (&query.entity, entities) {
        (Some(name), Some(index)) => Some(index.stories_involving(name)),
        _ => None,
    };
    let mut matching: Vec<(StoryListItem, Option<PartialDate>, Option<PartialDate>)> = summaries
        .into_iter()
        .filter(|summary| {
            let in_range_from = query
                .from
                .is_none_or(|from| summary.last_published.is_some_and(|last| last >= from));
            let in_range_to = query
                .to
                .is_none_or(|to| summary.first_published.is_some_and(|first| first <= to));
            in_range_from && in_range_to
        })
        .filter(|summary| {
            wanted_source.as_deref().is_none_or(|wanted| {
                sources.get(&summary.id).is_some_and(|outlets| {
                    outlets.iter().any(|outlet| outlet.to_lowercase() == wanted)
                })
            })
        })
        .filter(|summary| {
            wanted_entity_stories
                .as_ref()
                .is_none_or(|stories| stories.contains(summary.id.as_str()))
        })
        .map(|summary| {
            let item = StoryListItem {
                sources: sources.get(&summary.id).cloned().unwrap_or_default(),
                id: summary.id,
                title: summary.title,
                articles: summary.num_articles,
                first_published: summary.first_published.map(|date| date.to_string()),
                last_published: summary.last_published.map(|date| date.to_string()),
            };
            (item, summary.first_published, summary.last_published)
        })
        .collect();
    if query.sort == Sort::Recent {
        // Undated stories last; the store's size order breaks ties.
        matching.sort_by_key(|item| std::cmp::Reverse(item.2));
    }
    let total = matching.len();
    let stories = matching
        .into_iter()
        .skip((query.page - 1).saturating_mul(query.per_page))
        .take(query.per_page)
        .map(|(item, _, _)| item)
        .collect();
    Ok(StoryList {
        stories,
        total,
        page: query.page,
        per_page: query.per_page,
        sort: query.sort,
    })
}

/// Loads one story's dossier (only its own articles are read and analysed),
/// or `None` when there is no such story.
pub fn load_story(db: &Path, id: &str) -> Result<Option<StoryDossier>, ApiError> {
    let store = open(db)?;
    load_story_from(&store, id)
}

fn load_story_from(store: &SqliteStore, id: &str) -> Result<Option<StoryDossier>, ApiError> {
    let database = |error: dossier_store::StoreError| ApiError::database(&error);
    let story = match store.story(id).map_err(database)? {
        Some(story) => story,
        // The id of a story merged into another leads to the one it lives
        // on in, so links and bookmarks keep working.
        None => {
            let merges = store.story_merges().map_err(database)?;
            let successor = merges::successor_of(&merges, id).map(str::to_string);
            match successor {
                Some(successor) => match store.story(&successor).map_err(database)? {
                    Some(story) => story,
                    None => return Ok(None),
                },
                None => return Ok(None),
            }
        }
    };
    let documents = documents::read_documents_by_ids(store, &story.articles).map_err(database)?;
    let relations = store.relations_among(&story.articles).map_err(database)?;
    let assignments = store.story_assignments(id).map_err(database)?;
    let mut dossiers =
        export::build_dossiers_from_documents(std::slice::from_ref(&story), documents, &relations);
    export::attach_assignments(&mut dossiers, assignments);
    merges::attach_merges(&mut dossiers, store).map_err(database)?;
    Ok(dossiers.pop())
}

/// An article with its analysis and, when it belongs to one, its story's dossier.
pub struct ArticleView {
    /// The article.
    pub article: Article,
    /// What analyse found in it.
    pub analysis: Analysis,
    /// Its story's dossier, for linking items to facts.
    pub story: Option<StoryDossier>,
}

/// Loads one article, or `None` when there is no such article.
pub fn load_article(db: &Path, id: &str) -> Result<Option<ArticleView>, ApiError> {
    let store = open(db)?;
    let doc = DocId(id.to_string());
    let story_id = store
        .story_of(&doc)
        .map_err(|error| ApiError::database(&error))?;
    if let Some(story_id) = story_id
        && let Some(dossier) = load_story_from(&store, &story_id)?
        && let Some(document) = dossier
            .documents
            .iter()
            .find(|document| document.article.id == doc)
    {
        let Document { article, analysis } = document.clone();
        return Ok(Some(ArticleView {
            article,
            analysis,
            story: Some(dossier),
        }));
    }
    let Some(Document { article, analysis }) =
        documents::read_documents_by_ids(&store, std::slice::from_ref(&doc))
            .map_err(|error| ApiError::database(&error))?
            .pop()
    else {
        return Ok(None);
    };
    Ok(Some(ArticleView {
        article,
        analysis,
        story: None,
    }))
}

/// An entity across every story, merged by kind and name.
#[derive(Clone, Debug, Serialize)]
pub struct EntitySummary {
    /// Canonical name.
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// Other spellings, across stories.
    pub aliases: Vec<String>,
    /// Roles and titles.
    pub roles: Vec<String>,
    /// The country it belongs to, when any story says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Stories it appears in.
    pub stories: Vec<String>,
    /// How many articles mention it.
    pub articles: usize,
}

/// Every entity of every story. Reconcile runs on read, so this is the costly
/// call: the index is kept while the database does not change, and a refresh
/// reconciles only the stories that gained articles since.
#[derive(Clone, Debug, Default)]
pub struct EntityIndex {
    /// What the database held when the index was built.
    pub fingerprint: Option<Fingerprint>,
    /// Entities, most-mentioned first.
    pub entities: Vec<EntitySummary>,
    /// Each story's entities, with how many members the story had then.
    per_story: HashMap<String, (usize, Vec<Entity>)>,
}

impl EntityIndex {
    /// The stories involving an entity whose name or alias is `name`.
    pub fn stories_involving(&self, name: &str) -> HashSet<&str> {
        let wanted = name.trim().to_lowercase();
        self.entities
            .iter()
            .filter(|entity| {
                entity.name.to_lowercase() == wanted
                    || entity
                        .aliases
                        .iter()
                        .any(|alias| alias.to_lowercase() == wanted)
            })
            .flat_map(|entity| entity.stories.iter().map(String::as_str))
            .collect()
    }
}

/// Reads the database's fingerprint, to tell whether a cached index is current.
pub fn fingerprint(db: &Path) -> Result<Fingerprint, ApiError> {
    open(db)?
        .fingerprint()
        .map_err(|error| ApiError::database(&error))
}

/// How many stories are reconciled per read of their articles, so memory stays
/// bounded on a large database.
const STORIES_PER_CHUNK: usize = 256;

/// Brings the entity index up to date, reconciling only the stories that are
/// new or gained members since `previous` was built.
pub fn refresh_entity_index(
    db: &Path,
    previous: Option<&EntityIndex>,
) -> Result<EntityIndex, ApiError> {
    let store = open(db)?;
    let database = |error: dossier_store::StoreError| ApiError::database(&error);
    let fingerprint = store.fingerprint().map_err(database)?;
    let stories = store.stories().map_err(database)?;
    let mut per_story: HashMap<String, (usize, Vec<Entity>)> = HashMap::new();
    let mut stale = Vec::new();
    for story in stories {
        let known = previous
            .and_then(|index| index.per_story.get(&story.id.0))
            .filter(|(members, _)| *members == story.articles.len());
        match known {
            Some(entry) => {
                per_story.insert(story.id.0.clone(), entry.clone());
            }
            None => stale.push(story),
        }
    }
    for chunk in stale.chunks(STORIES_PER_CHUNK) {
        let ids: Vec<DocId> = chunk
            .iter()
            .flat_map(|story| story.articles.iter().cloned())
            .collect();
        let articles = store.articles_by_ids(&ids).map_err(database)?;
        let relations = store.relations_among(&ids).map_err(database)?;
        for dossier in export::build_dossiers(chunk, articles, &relations) {
            per_story.insert(
                dossier.story.id.0.clone(),
                (
                    dossier.story.articles.len(),
                    dossier.reconciliation.entities,
                ),
            );
        }
    }
    Ok(EntityIndex {
        fingerprint: Some(fingerprint),
        entities: merge_entities(&per_story),
        per_story,
    })
}

/// Merges the stories' entities with the name clustering the stories use
/// (so "Elena" and "Olena Kovalchuk" are one entry), most-mentioned first.
fn merge_entities(per_story: &HashMap<String, (usize, Vec<Entity>)>) -> Vec<EntitySummary> {
    let mut story_ids: Vec<&String> = per_story.keys().collect();
    story_ids.sort();
    let stories: Vec<(StoryId, Vec<Entity>)> = story_ids
        .into_iter()
        .filter_map(|story| {
            per_story
                .get(story)
                .map(|(_, entities)| (StoryId(story.clone()), entities.clone()))
        })
        .collect();
    reconcile::merge_across_stories(&stories)
        .into_iter()
        .map(|entity| EntitySummary {
            name: entity.name,
            kind: entity.kind,
            aliases: entity.aliases,
            roles: entity.roles,
            country: entity.country,
            stories: entity.stories.into_iter().map(|story| story.0).collect(),
            articles: entity.articles.len(),
        })
        .collect()
}

/// One search result.
#[derive(Clone, Debug, Serialize)]
pub struct SearchResult {
    /// Article id.
    pub id: String,
    /// Headline.
    pub title: String,
    /// Outlet.
    pub source: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// Its story.
    pub story: Option<String>,
    /// Text around the first match.
    pub snippet: String,
    /// Where the first match is in the snippet (byte range), if in the text.
    pub snippet_match: Option<[usize; 2]>,
}

/// Splits a query into at most eight terms.
pub fn search_terms(query: &str) -> Vec<String> {
    query
        .split_whitespace()
        .take(8)
        .map(|term| term.chars().take(64).collect())
        .collect()
}

/// Searches article titles and texts for every term.
pub fn search(db: &Path, terms: &[String], limit: usize) -> Result<Vec<SearchResult>, ApiError> {
    let store = open(db)?;
    let hits = store
        .search_articles(terms, limit)
        .map_err(|error| ApiError::database(&error))?;
    Ok(hits
        .into_iter()
        .map(|hit| {
            let (snippet, snippet_match) = snippet(&hit.article.text, terms);
            SearchResult {
                id: hit.article.id.0,
                title: hit.article.title,
                source: hit.article.source,
                published: hit.article.published.map(|date| date.to_string()),
                story: hit.story,
                snippet,
                snippet_match,
            }
        })
        .collect())
}

/// About 80 characters either side of the first term found in the text.
fn snippet(text: &str, terms: &[String]) -> (String, Option<[usize; 2]>) {
    let lower = text.to_lowercase();
    // Lower-casing can change byte lengths; only trust positions when it did not.
    let found = if lower.len() == text.len() {
        terms
            .iter()
            .filter_map(|term| {
                let needle = term.to_lowercase();
                lower
                    .find(&needle)
                    .map(|start| (start, start + needle.len()))
            })
            .min()
            .filter(|(start, end)| text.is_char_boundary(*start) && text.is_char_boundary(*end))
    } else {
        None
    };
    let (start, end) = found.unwrap_or((0, 0));
    let mut from = start.saturating_sub(80);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (end + 80).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let piece = &text[from..to];
    let single: String = piece
        .chars()
        .map(|ch| if ch.is_whitespace() { ' ' } else { ch })
        .collect();
    let prefix = if from > 0 { "…" } else { "" };
    let suffix = if to < text.len() { "…" } else { "" };
    let matched =
        found.map(|(start, end)| [prefix.len() + start - from, prefix.len() + end - from]);
    (format!("{prefix}{single}{suffix}"), matched)
}

/// What one ingest request did.
#[derive(Clone, Debug, Default, Serialize)]
pub struct IngestReport {
    /// Articles stored, with the story each joined.
    pub added: Vec<AddedArticle>,
    /// Inputs or records skipped because the same content is already stored.
    pub already_stored: Vec<String>,
    /// Inputs or records rejected, with why.
    pub rejected: Vec<Problem>,
    /// Things that were odd but handled.
    pub warnings: Vec<Problem>,
}

/// One stored article.
#[derive(Clone, Debug, Serialize)]
pub struct AddedArticle {
    /// Article id.
    pub id: String,
    /// Headline.
    pub title: String,
    /// The story it joined.
    pub story: Option<String>,
}

/// A rejected input or a warning.
#[derive(Clone, Debug, Serialize)]
pub struct Problem {
    /// The input: the upload's name, with `#record` for JSON Lines.
    pub input: String,
    /// Why.
    pub reason: String,
}

/// One uploaded input: a name for messages, its bytes, and its format.
pub struct Upload {
    /// The input's name (`upload:NAME`), used in messages and as the origin.
    pub origin: String,
    /// The bytes as uploaded.
    pub bytes: Vec<u8>,
    /// What the request said of the format.
    pub hint: FormatHint,
}

/// Runs the pipeline over the uploaded inputs as one batch and stores the
/// result in one transaction, as `dossier ingest` does for a batch of files.
pub fn ingest_uploads(
    db: &Path,
    uploads: Vec<Upload>,
    prior_rejections: Vec<Problem>,
) -> Result<IngestReport, ApiError> {
    let database = |error: dossier_store::StoreError| ApiError::database(&error);
    let mut store = SqliteStore::open(db).map_err(database)?;
    let documents = documents::load_documents(&mut store).map_err(database)?;
    let stories = store.stories().map_err(database)?;
    let mut snapshot = Snapshot { stories, documents };
    let mut report = IngestReport {
        rejected: prior_rejections,
        ..IngestReport::default()
    };
    let config = IngestConfig::default();
    let mut batch = Vec::new();
    let mut diagnostics = Vec::new();
    for upload in &uploads {
        let ingested = ingest::ingest(&upload.origin, &upload.bytes, upload.hint, &config);
        if ingested.documents.is_empty() && ingested.diagnostics.is_empty() {
            report.rejected.push(Problem {
                input: upload.origin.clone(),
                reason: "no article could be read from the input".to_string(),
            });
        }
        diagnostics.extend(ingested.diagnostics);
        batch.extend(ingested.documents);
    }
    if !batch.is_empty() {
        let change_set = pipeline::process_batch(batch, &mut snapshot, &PipelineConfig::default());
        store.apply(&change_set).map_err(database)?;
        let mut stories: HashMap<&DocId, String> = HashMap::new();
        for change in &change_set.changes {
            if let Change::AssignStory { doc, story, .. } = change {
                stories.insert(doc, story.0.clone());
            }
        }
        for change in &change_set.changes {
            if let Change::InsertArticle(article) = change {
                report.added.push(AddedArticle {
                    id: article.id.0.clone(),
                    title: article.title.clone(),
                    story: stories.get(&article.id).cloned(),
                });
            }
        }
        report.already_stored = change_set.already_stored.clone();
        diagnostics.extend(change_set.diagnostics);
    }
    for diagnostic in diagnostics {
        let problem = Problem {
            input: diagnostic.origin,
            reason: diagnostic.message,
        };
        match diagnostic.severity {
            Severity::Error => report.rejected.push(problem),
            Severity::Warning => report.warnings.push(problem),
            Severity::Info => {}
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests;
