//! Cluster: puts each new article into the story it reports on, or opens one.
//!
//! Online: articles are taken one at a time in date order; each joins the most
//! similar story when the similarity clears a threshold and the distinguishing
//! facts (counts, dates, places) do not contradict it.

use crate::model::{Document, Story, StoryAssignment, StoryChoice};

/// Options of the cluster stage.
#[derive(Clone, Debug, Default)]
pub struct ClusterConfig {}

/// Assigns each new document to an existing story or a new one.
pub fn cluster(
    new: &[&Document],
    stories: &[Story],
    known: &[&Document],
    config: &ClusterConfig,
) -> Vec<StoryAssignment> {
    // Placeholder until the real online clustering lands: every article opens
    // its own story.
    let _ = (stories, known, config);
    new.iter()
        .enumerate()
        .map(|(index, document)| StoryAssignment {
            doc: document.article.id.clone(),
            story: StoryChoice::New(index),
            similarity: 0.0,
            evidence: Vec::new(),
        })
        .collect()
}
