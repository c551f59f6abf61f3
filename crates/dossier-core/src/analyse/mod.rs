//! Analyse: [`Article`] -> [`Analysis`].
//!
//! Finds sentences, named mentions (people, organisations, places), numbers with
//! their unit nouns, dates (resolved against the publication date) and quotes
//! with their speakers. Every result is a byte range into `Article::text`.

use crate::model::{Analysis, Article};

/// Options of the analyse stage.
#[derive(Clone, Debug, Default)]
pub struct AnalyseConfig {}

/// Analyses one article.
pub fn analyse(article: &Article, config: &AnalyseConfig) -> Analysis {
    let _ = (article, config);
    Analysis::default()
}
