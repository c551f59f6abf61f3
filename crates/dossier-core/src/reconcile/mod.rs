//! Reconcile: one story's documents -> [`Reconciliation`].
//!
//! Merges entity mentions across articles (spelling and transliteration variants,
//! surname-only mentions) while keeping namesakes apart; groups quantity claims
//! into facts with every variant and a status; groups quotes; builds the timeline.

mod entities;
mod facts;
mod names;
mod quotes;
mod timeline;

pub use entities::{EntityTable, cluster_names};

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
    let table = entities::merge(documents);
    let facts = facts::reconcile_facts(documents, relations);
    let quotes = quotes::group(documents, &table);
    let timeline = timeline::build(documents);
    Reconciliation {
        entities: table.entities,
        facts,
        quotes,
        timeline,
    }
}
