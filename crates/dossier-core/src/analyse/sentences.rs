//! Sentence splitting: the unit every other finding is placed in.

use crate::model::TextRange;

/// Splits the text into sentences, never across a block (paragraph) boundary.
pub(crate) fn split(text: &str, blocks: &[TextRange]) -> Vec<TextRange> {
    let _ = (text, blocks);
    Vec::new()
}
