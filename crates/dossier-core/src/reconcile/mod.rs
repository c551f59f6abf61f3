//! Reconcile: one story's documents -> [`Reconciliation`].
//!
//! Merges entity mentions across articles (spelling and transliteration variants,
//! surname-only mentions) while keeping namesakes apart; groups quantity claims
//! into facts with every variant and a status; groups quotes; builds the timeline;
//! and says where and when the event happened (the setting). Each entity gets
//! the country it belongs to, where the words or a gazetteer tell it. [`toll`] reads
//! off the facts and the headlines how many people the event killed and injured.

mod corpus;
mod countries;
mod entities;
mod facts;
mod names;
mod quotes;
mod setting;
mod timeline;
mod toll;

pub use corpus::{CorpusEntity, find_entity, merge_across_stories};
pub use entities::{EntityTable, cluster_names};
pub use setting::{
    DATELINE_WEIGHT, LOCAL_FORCE_WEIGHT, MAX_DAYS_BEFORE_FIRST_REPORT, MAX_DAYS_BEFORE_FOLLOW_UP,
    MENTION_WEIGHT, WITH_REGION_WEIGHT, earliest_publication,
};
pub use toll::{Toll, toll};

use crate::model::{Document, Reconciliation, Relation, Story};

/// Options of the reconcile stage.
#[derive(Clone, Debug, Default)]
pub struct ReconcileConfig {}

/// Merges the named mentions of the documents into entities (what
/// [`reconcile`] does first; `dossier analyse` uses it on one text).
pub fn entities(documents: &[&Document]) -> EntityTable {
    entities::merge(documents)
}

/// Reconciles the documents of one story.
pub fn reconcile(
    story: &Story,
    documents: &[&Document],
    relations: &[Relation],
    config: &ReconcileConfig,
) -> Reconciliation {
    let _ = (story, config);
    let mut table = entities::merge(documents);
    countries::link(&mut table.entities);
    let facts = facts::reconcile_facts(documents, relations);
    let quotes = quotes::group(documents, &table);
    let timeline = timeline::build(documents);
    let setting = setting::build(documents, &timeline);
    let headline_tolls = documents
        .iter()
        .filter_map(|doc| toll::headline_toll(&doc.article.title))
        .collect();
    Reconciliation {
        entities: table.entities,
        facts,
        quotes,
        timeline,
        setting,
        headline_tolls,
        later_deaths: facts::later_deaths(documents),
    }
}
