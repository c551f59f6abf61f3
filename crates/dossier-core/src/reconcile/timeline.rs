//! Timeline: the dated events of the storyline, background included.

use crate::model::{Document, TimelineEvent};

/// Builds the story's timeline from the dates its articles mention.
pub(crate) fn build(documents: &[&Document]) -> Vec<TimelineEvent> {
    let _ = documents;
    Vec::new()
}
