//! Builds the dossier export: the JSON contract that the CLI, later tools and
//! tests read.
//!
//! The export is computed from what the store holds (articles, stories,
//! relations): each article is analysed again and each story reconciled. Both
//! stages are deterministic, so the same database always gives the same export.

use std::collections::HashMap;

use serde::Serialize;

use crate::analyse::{self, AnalyseConfig};
use crate::model::{
    DateBasis, DocId, Document, Entity, Fact, QuoteGroup, Reconciliation, Relation, Setting,
    SettingPlace, Story, StoryAssignment, TimelineEvent,
};
use crate::reconcile::{self, ReconcileConfig};

/// The whole export.
#[derive(Clone, Debug, Serialize)]
pub struct Export {
    /// Every exported article.
    pub articles: Vec<ExportArticle>,
    /// Every exported story.
    pub stories: Vec<ExportStory>,
}

/// One article of the export.
#[derive(Clone, Debug, Serialize)]
pub struct ExportArticle {
    /// Article id.
    pub id: DocId,
    /// The input path as given.
    pub origin: String,
    /// The JSON Lines record id, if any.
    pub external_id: Option<String>,
    /// Headline.
    pub title: String,
    /// Outlet.
    pub source: Option<String>,
    /// URL, when known.
    pub url: Option<String>,
    /// Publication date, ISO 8601.
    pub published: Option<String>,
    /// Author.
    pub author: Option<String>,
    /// Language code.
    pub lang: Option<String>,
    /// Clean main text.
    pub text: String,
    /// The story the article belongs to.
    pub story: Option<String>,
    /// How similar the article was to its story when it joined (0 when it opened it).
    pub story_similarity: Option<f64>,
    /// The strongest evidence it shared with the story: terms, names, dates.
    pub story_evidence: Vec<String>,
}

/// One story of the export.
#[derive(Clone, Debug, Serialize)]
pub struct ExportStory {
    /// Story id.
    pub id: String,
    /// Headline.
    pub title: String,
    /// Member article ids.
    pub articles: Vec<DocId>,
    /// Copy relations among the members.
    pub relations: Vec<ExportRelation>,
    /// Entities with aliases.
    pub entities: Vec<Entity>,
    /// Facts with variants and status.
    pub facts: Vec<Fact>,
    /// Quotes with speakers.
    pub quotes: Vec<QuoteGroup>,
    /// Dated events.
    pub timeline: Vec<ExportTimelineEvent>,
    /// Where and when the event happened, with the articles that say so.
    pub setting: ExportSetting,
    /// How many people the event killed and injured, read off the facts;
    /// absent when no article counts anyone killed or hurt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub toll: Option<ExportToll>,
    /// Stories folded into this one, with why.
    pub merged_from: Vec<MergedStory>,
}

/// A copy relation in the export.
#[derive(Clone, Debug, Serialize)]
pub struct ExportRelation {
    /// One article.
    pub a: DocId,
    /// The other.
    pub b: DocId,
    /// `exact`, `near_duplicate`, `rewrite` or `shared_source`.
    pub kind: &'static str,
    /// Similarity.
    pub score: f64,
}

/// A timeline event in the export, its date written `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
#[derive(Clone, Debug, Serialize)]
pub struct ExportTimelineEvent {
    /// The date.
    pub date: String,
    /// The sentence.
    pub text: String,
    /// Articles placing an event on this date.
    pub articles: Vec<DocId>,
    /// Where each of them says it.
    pub evidence: Vec<crate::model::Evidence>,
}

/// How many people a story's event killed and injured (see
/// [`crate::reconcile::toll`]).
#[derive(Clone, Copy, Debug, Serialize)]
pub struct ExportToll {
    /// People killed.
    pub killed: u64,
    /// People injured.
    pub injured: u64,
}

impl ExportToll {
    /// The story's toll, when any article counts anyone killed or hurt.
    pub fn of(reconciliation: &Reconciliation) -> Option<ExportToll> {
        let toll = crate::reconcile::toll(reconciliation);
        (toll.killed > 0 || toll.injured > 0).then_some(ExportToll {
            killed: toll.killed,
            injured: toll.injured,
        })
    }
}

/// Where and when a story's event happened, in the export.
#[derive(Clone, Debug, Serialize)]
pub struct ExportSetting {
    /// The event's day, when any article is dated.
    pub when: Option<ExportWhen>,
    /// The most specific place the articles put the event in.
    #[serde(rename = "where")]
    pub place: Option<SettingPlace>,
    /// The region and country named around it, the narrower first.
    pub wider: Vec<SettingPlace>,
}

/// The event's day in the export, written `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
#[derive(Clone, Debug, Serialize)]
pub struct ExportWhen {
    /// The date.
    pub date: String,
    /// `stated` (articles date the event so) or `first_report` (none does:
    /// the day of the first report).
    pub how: DateBasis,
    /// The articles behind the date.
    pub articles: Vec<DocId>,
}

impl ExportSetting {
    fn of(setting: &Setting) -> ExportSetting {
        ExportSetting {
            when: setting.when.as_ref().map(|when| ExportWhen {
                date: when.date.to_string(),
                how: when.how,
                articles: when.articles.clone(),
            }),
            place: setting.place.clone(),
            wider: setting.wider.clone(),
        }
    }
}

/// A story with its documents and reconciliation, as the CLI renders it.
#[derive(Clone, Debug)]
pub struct StoryDossier {
    /// The story.
    pub story: Story,
    /// Its documents, in membership order.
    pub documents: Vec<Document>,
    /// Copy relations among its members.
    pub relations: Vec<Relation>,
    /// What reconcile made of it.
    pub reconciliation: Reconciliation,
    /// Why each member joined the story (from the cluster stage), by article.
    pub assignments: HashMap<DocId, StoryAssignment>,
    /// Stories folded into this one by the cluster stage's merge repair, in
    /// the order it happened.
    pub merged_from: Vec<MergedStory>,
}

/// A story folded into another when later evidence showed they report one
/// event, as recorded when it happened.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MergedStory {
    /// The id the folded story had (it no longer exists on its own).
    pub story: String,
    /// Its headline at the time.
    pub title: String,
    /// Story-to-story similarity when they were merged.
    pub similarity: f64,
    /// The strongest shared evidence that made them one story.
    pub reason: Vec<String>,
}

/// Records with each dossier why its members joined it.
pub fn attach_assignments(dossiers: &mut [StoryDossier], assignments: Vec<StoryAssignment>) {
    let mut by_doc: HashMap<DocId, StoryAssignment> = assignments
        .into_iter()
        .map(|assignment| (assignment.doc.clone(), assignment))
        .collect();
    for dossier in dossiers {
        for id in &dossier.story.articles {
            if let Some(assignment) = by_doc.remove(id) {
                dossier.assignments.insert(id.clone(), assignment);
            }
        }
    }
}

/// Analyses and reconciles the given stories.
///
/// `articles` must hold every member of every story; members missing from it
/// are skipped.
pub fn build_dossiers(
    stories: &[Story],
    articles: Vec<crate::model::Article>,
    relations: &[Relation],
) -> Vec<StoryDossier> {
    let analyse_config = AnalyseConfig::default();
    let documents = articles
        .into_iter()
        .map(|article| {
            let analysis = analyse::analyse(&article, &analyse_config);
            Document { article, analysis }
        })
        .collect();
    build_dossiers_from_documents(stories, documents, relations)
}

/// Reconciles the given stories from documents already analysed (by the
/// store's kept analyses, say), so nothing is analysed twice.
///
/// `documents` must hold every member of every story; members missing from
/// it are skipped.
pub fn build_dossiers_from_documents(
    stories: &[Story],
    documents: Vec<Document>,
    relations: &[Relation],
) -> Vec<StoryDossier> {
    let reconcile_config = ReconcileConfig::default();
    let mut by_id: HashMap<DocId, Document> = documents
        .into_iter()
        .map(|document| (document.article.id.clone(), document))
        .collect();
    let mut dossiers = Vec::with_capacity(stories.len());
    for story in stories {
        let documents: Vec<Document> = story
            .articles
            .iter()
            .filter_map(|id| by_id.remove(id))
            .collect();
        let members: std::collections::HashSet<&DocId> =
            documents.iter().map(|d| &d.article.id).collect();
        let story_relations: Vec<Relation> = relations
            .iter()
            .filter(|r| members.contains(&r.a) && members.contains(&r.b))
            .cloned()
            .collect();
        let refs: Vec<&Document> = documents.iter().collect();
        let reconciliation =
            reconcile::reconcile(story, &refs, &story_relations, &reconcile_config);
        dossiers.push(StoryDossier {
            story: story.clone(),
            documents,
            relations: story_relations,
            reconciliation,
            assignments: HashMap::new(),
            merged_from: Vec::new(),
        });
    }
    dossiers
}

/// Turns dossiers into the export contract.
pub fn to_export(dossiers: &[StoryDossier]) -> Export {
    let mut articles = Vec::new();
    let mut stories = Vec::new();
    for dossier in dossiers {
        for document in &dossier.documents {
            let article = &document.article;
            articles.push(ExportArticle {
                id: article.id.clone(),
                origin: article.origin.clone(),
                external_id: article.external_id.clone(),
                title: article.title.clone(),
                source: article.source.clone(),
                url: article.url.clone(),
                published: article.published.map(|date| date.to_string()),
                author: article.author.clone(),
                lang: article.lang.clone(),
                text: article.text.clone(),
                story: Some(dossier.story.id.0.clone()),
                story_similarity: dossier
                    .assignments
                    .get(&article.id)
                    .map(|assignment| assignment.similarity),
                story_evidence: dossier
                    .assignments
                    .get(&article.id)
                    .map(|assignment| assignment.evidence.clone())
                    .unwrap_or_default(),
            });
        }
        let reconciliation = &dossier.reconciliation;
        stories.push(ExportStory {
            id: dossier.story.id.0.clone(),
            title: dossier.story.title.clone(),
            articles: dossier.story.articles.clone(),
            relations: dossier
                .relations
                .iter()
                .map(|relation| ExportRelation {
                    a: relation.a.clone(),
                    b: relation.b.clone(),
                    kind: relation.kind.as_str(),
                    score: relation.score,
                })
                .collect(),
            entities: reconciliation.entities.clone(),
            facts: reconciliation.facts.clone(),
            quotes: reconciliation.quotes.clone(),
            timeline: reconciliation
                .timeline
                .iter()
                .map(|event: &TimelineEvent| ExportTimelineEvent {
                    date: event.date.to_string(),
                    text: event.text.clone(),
                    articles: event.articles.clone(),
                    evidence: event.evidence.clone(),
                })
                .collect(),
            setting: ExportSetting::of(&reconciliation.setting),
            toll: ExportToll::of(reconciliation),
            merged_from: dossier.merged_from.clone(),
        });
    }
    Export { articles, stories }
}
