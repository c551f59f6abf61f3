//! Quantities: numbers with the noun they count, their hedge, predicate and attribution.

use crate::model::{Quantity, TextRange};

/// Finds the quantities of the text, in text order.
pub(crate) fn find(text: &str, sentences: &[TextRange]) -> Vec<Quantity> {
    let _ = (text, sentences);
    Vec::new()
}
