//! Stories folded into others by the cluster stage's merge repair, as every
//! way of reading a dossier shows them: the merges a dossier absorbed, and
//! where an old story id now lives.

use dossier_core::export::{MergedStory, StoryDossier};
use dossier_store::{SqliteStore, StoreError, StoryMergeRecord};

/// Records with each dossier the stories folded into it.
pub fn attach_merges(dossiers: &mut [StoryDossier], store: &SqliteStore) -> Result<(), StoreError> {
    for dossier in dossiers {
        dossier.merged_from = store
            .merged_into(&dossier.story.id)?
            .into_iter()
            .map(|merge| MergedStory {
                story: merge.from.0,
                title: merge.from_title,
                similarity: merge.similarity,
                reason: merge.reason,
            })
            .collect();
    }
    Ok(())
}

/// The story a merged-away story lives on in, following later merges, or
/// `None` when `id` was never merged.
pub fn successor_of<'m>(merges: &'m [StoryMergeRecord], id: &str) -> Option<&'m str> {
    let mut current = merges
        .iter()
        .rev()
        .find(|merge| merge.from.0 == id)?
        .into
        .0
        .as_str();
    // Merges only fold a story into an older one, so the chain ends; the
    // bound guards against a hand-edited table with a cycle.
    for _ in 0..merges.len() {
        match merges.iter().rev().find(|merge| merge.from.0 == current) {
            Some(next) => current = next.into.0.as_str(),
            None => break,
        }
    }
    Some(current)
}

#[cfg(test)]
mod tests {
    use dossier_core::model::StoryId;

    use super::*;

    fn merge(from: &str, into: &str) -> StoryMergeRecord {
        StoryMergeRecord {
            from: StoryId(from.into()),
            from_title: String::new(),
            into: StoryId(into.into()),
            similarity: 0.5,
            reason: Vec::new(),
        }
    }

    #[test]
    fn an_old_id_leads_through_later_merges_to_the_story_alive_now() {
        let merges = [merge("c", "b"), merge("b", "a")];
        assert_eq!(successor_of(&merges, "c"), Some("a"));
        assert_eq!(successor_of(&merges, "b"), Some("a"));
        assert_eq!(successor_of(&merges, "a"), None);
    }

    #[test]
    fn a_cycle_in_a_hand_edited_table_ends() {
        let merges = [merge("a", "b"), merge("b", "a")];
        assert!(successor_of(&merges, "a").is_some());
    }
}
