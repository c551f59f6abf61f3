//! Analyse: [`Article`] -> [`Analysis`].
//!
//! Finds sentences, named mentions (people, organisations, places), numbers with
//! their unit nouns, dates (resolved against the publication date) and quotes
//! with their speakers. Every result is a byte range into `Article::text`.
//!
//! Each kind of finding has its own module; this one runs them in order, since
//! quotes need the mentions (to name speakers) and everything needs sentences.

mod dates;
mod lexicon;
mod mentions;
#[cfg(test)]
mod name_props;
mod quantities;
mod quotes;
mod sentences;
mod tokens;

use crate::model::{Analysis, Article, Mention};

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

/// Finds the named mentions of a plain text whose lines are its paragraphs
/// (headline, dateline, body), as the entity benchmark harness needs.
pub fn mentions_of(text: &str) -> Vec<Mention> {
    let blocks = sentences::line_blocks(text);
    let sentences = sentences::split(text, &blocks);
    mentions::find(text, &sentences)
}
