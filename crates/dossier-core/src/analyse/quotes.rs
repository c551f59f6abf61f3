//! Direct quotations and their speakers.

use crate::model::{Mention, Quote, TextRange};

/// Finds the direct quotations of the text, with speakers resolved from the mentions.
pub(crate) fn find(text: &str, sentences: &[TextRange], mentions: &[Mention]) -> Vec<Quote> {
    let _ = (text, sentences, mentions);
    Vec::new()
}
