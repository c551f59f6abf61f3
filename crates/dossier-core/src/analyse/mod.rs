//! Analyse: [`Article`] -> [`Analysis`].
//!
//! Finds sentences, named mentions (people, organisations, places), numbers with
//! their unit nouns, dates (resolved against the publication date) and quotes
//! with their speakers. Every result is a byte range into `Article::text`.
//!
//! Each kind of finding has its own module; this one runs them in order, since
//! quotes need the mentions (to name speakers) and everything needs sentences.

mod dates;
mod mentions;
mod quantities;
mod quotes;
mod sentences;

use crate::model::{Analysis, Article};

/// Options of the analyse stage.
#[derive(Clone, Debug, Default)]
pub struct AnalyseConfig {}

/// Analyses one article.
pub fn analyse(article: &Article, config: &AnalyseConfig) -> Analysis {
    let _ = config;
    let text = article.text.as_str();
    let sentences = sentences::split(text, &article.blocks);
    let mentions = mentions::find(text, &sentences);
    let quantities = quantities::find(text, &sentences);
    let dates = dates::find(text, &sentences, article.published);
    let quotes = quotes::find(text, &sentences, &mentions);
    Analysis {
        sentences,
        mentions,
        quantities,
        dates,
        quotes,
    }
}
