//! Analyse: [`Article`] -> [`Analysis`].
//!
//! Finds sentences, named mentions (people, organisations, places), numbers with
//! their unit nouns, dates (resolved against the publication date) and quotes
//! with their speakers. Every result is a byte range into `Article::text`.
//! [`nationalities`] reads the nationality words left outside the names, on
//! demand (`dossier analyse`), for they are not stored.
//!
//! Each kind of finding has its own module; this one runs them in order, since
//! quotes need the mentions (to name speakers) and everything needs sentences.

mod dates;
pub(crate) mod lexicon;
mod mentions;
#[cfg(test)]
mod name_props;
mod nationalities;
pub use nationalities::{Nationality, nationalities};
mod quantities;
pub(crate) use quantities::{is_number_word, unit_word};
mod quotes;
mod sentences;
mod tokens;
pub(crate) mod us_places;

use crate::model::{Analysis, Article, DocId, Document, Mention, PartialDate, TextRange};

/// The version of what [`analyse`] returns. The store keeps each article's
/// analysis tagged with it and recomputes any whose tag differs, so bump it
/// in the same change as anything (code or word list) that alters the
/// [`Analysis`] of some article; `tests/analyser_version.rs` notices a change
/// made without a bump.
pub const ANALYSER_VERSION: u32 = 16;

/// Options of the analyse stage.
#[derive(Clone, Debug, Default)]
pub struct AnalyseConfig {}

/// Analyses one article.
pub fn analyse(article: &Article, config: &AnalyseConfig) -> Analysis {
    let _ = config;
    let text = article.text.as_str();
    let sentences = sentences::split(text, &article.blocks);
    let mentions = mentions::find(text, &sentences);
    // The quantity and date finders read the same spans: tokenized once,
    // read by the date finder and then handed to the quantity finder.
    let spans = quantities::tokens::tokenized_spans(text, &sentences);
    let dates = dates::find_in(text, &spans, article.published);
    let quantities = quantities::find_in(text, spans);
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

/// Analyses a bare text that needs no extraction (`dossier analyse`): its
/// paragraphs are the runs of text between blank lines.
pub fn analyse_text(
    text: &str,
    published: Option<PartialDate>,
    config: &AnalyseConfig,
) -> Document {
    let article = Article {
        id: DocId::from_content(text.as_bytes()),
        origin: String::new(),
        external_id: None,
        url: None,
        title: String::new(),
        source: None,
        author: None,
        published,
        lang: None,
        text: text.to_string(),
        blocks: paragraph_ranges(text),
        extra: serde_json::Map::new(),
    };
    let analysis = analyse(&article, config);
    Document { article, analysis }
}

/// The ranges of the blank-line-separated paragraphs of `text`, trimmed.
fn paragraph_ranges(text: &str) -> Vec<TextRange> {
    let mut blocks = Vec::new();
    let mut start = 0;
    for piece in text.split("\n\n") {
        let end = start + piece.len();
        let leading = piece.len() - piece.trim_start().len();
        let trailing = piece.len() - piece.trim_end().len();
        if leading < piece.len() {
            blocks.push(TextRange::new(start + leading, end - trailing));
        }
        start = end + 2;
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_trimmed_ranges_between_blank_lines() {
        let text = " First one.\n\n\n\nSecond.  \n\n";
        let blocks: Vec<&str> = paragraph_ranges(text)
            .iter()
            .map(|range| range.slice(text))
            .collect();
        assert_eq!(blocks, ["First one.", "Second."]);
    }
}
