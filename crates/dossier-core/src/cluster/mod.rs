//! Cluster: puts each new article into the story it reports on, or opens one.
//!
//! Online: articles are taken one at a time in date order; each joins the most
//! similar story when the similarity clears a threshold and the distinguishing
//! facts (counts, dates, places) do not contradict it.

use crate::model::{Document, Story, StoryAssignment};

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
    let _ = (new, stories, known, config);
    Vec::new()
}
