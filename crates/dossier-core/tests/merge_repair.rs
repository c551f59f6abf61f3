//! Merge repair through the pipeline: two stored stories of one event are
//! folded into one when a later batch shows they belong together, and the
//! change set and the snapshot say so.

use dossier_core::model::{DocId, Format, GivenMetadata, RawDocument};
use dossier_core::pipeline::{self, Change, PipelineConfig, Snapshot};

fn report(name: &str, published: &str, title: &str, body: &str) -> RawDocument {
    let content = format!("{title}\n\n{body}");
    RawDocument {
        // The outlets print the same words; their files still differ.
        id: DocId::from_content(format!("{name}\n{content}").as_bytes()),
        origin: format!("{name}.txt"),
        format: Format::Text,
        content,
        charset: "utf-8".into(),
        given: GivenMetadata {
            title: Some(title.into()),
            published: Some(published.into()),
            source: Some(format!("{name} Gazette")),
            ..GivenMetadata::default()
        },
    }
}

fn strike_report(name: &str, published: &str) -> RawDocument {
    report(
        name,
        published,
        "Lundby ferry crews walk out over pay",
        "Ferry crews of the Lundby Sound Line walked out on Tuesday, stranding commuters \
         at Lundby quay. The Seafarers Guild said 240 crew members joined the stoppage over \
         a pay claim. Guild leader Tomas Areskog said the company had ignored the claim for \
         a year. Harbourmaster Ingrid Falk said the boats stayed moored at Lundby quay.",
    )
}

#[test]
fn a_later_batch_folds_two_stored_stories_of_one_event() {
    let mut snapshot = Snapshot::default();
    // The first batch is told to join nothing, so the two reports of the
    // strike open a story each, as an unlucky arrival order might.
    let mut strict = PipelineConfig::default();
    strict.cluster.join_threshold = 2.0;
    strict.cluster.merge_threshold = 2.0;
    let first = pipeline::process_batch(
        vec![
            strike_report("north", "2030-04-02"),
            strike_report("south", "2030-04-02T18:00:00Z"),
        ],
        &mut snapshot,
        &strict,
    );
    assert_eq!(snapshot.stories.len(), 2, "{:?}", first.changes);

    let second = pipeline::process_batch(
        vec![strike_report("east", "2030-04-03")],
        &mut snapshot,
        &PipelineConfig::default(),
    );
    let merges: Vec<&Change> = second
        .changes
        .iter()
        .filter(|change| matches!(change, Change::MergeStories { .. }))
        .collect();
    assert_eq!(merges.len(), 1, "{:?}", second.changes);
    let Change::MergeStories {
        from, into, reason, ..
    } = merges[0]
    else {
        return;
    };
    assert_ne!(from, into);
    assert!(!reason.is_empty());
    assert_eq!(snapshot.stories.len(), 1);
    assert_eq!(&snapshot.stories[0].id, into);
    assert_eq!(snapshot.stories[0].articles.len(), 3);
    assert!(second.stories_touched().contains(into));
}

#[test]
fn a_kept_stream_state_follows_a_merge() {
    let mut snapshot = Snapshot::default();
    let mut state = pipeline::StreamState::default();
    let mut strict = PipelineConfig::default();
    strict.cluster.join_threshold = 2.0;
    strict.cluster.merge_threshold = 2.0;
    pipeline::process_stream_batch(
        vec![
            strike_report("north", "2030-04-02"),
            strike_report("south", "2030-04-02T18:00:00Z"),
        ],
        &mut snapshot,
        &mut state,
        &strict,
    );
    assert_eq!(state.stories(), 2);

    let config = PipelineConfig::default();
    let second = pipeline::process_stream_batch(
        vec![strike_report("east", "2030-04-03")],
        &mut snapshot,
        &mut state,
        &config,
    );
    assert!(
        second
            .changes
            .iter()
            .any(|change| matches!(change, Change::MergeStories { .. })),
        "{:?}",
        second.changes
    );
    // The kept index folded the merged story as the snapshot did.
    assert_eq!(state.stories(), snapshot.stories.len());
    assert_eq!(snapshot.stories.len(), 1);

    // The next batch joins the survivor through the kept index, as it would
    // through one rebuilt from the snapshot.
    let mut rebuilt = snapshot.clone();
    let third = pipeline::process_stream_batch(
        vec![strike_report("west", "2030-04-03T09:00:00Z")],
        &mut snapshot,
        &mut state,
        &config,
    );
    let fresh = pipeline::process_batch(
        vec![strike_report("west", "2030-04-03T09:00:00Z")],
        &mut rebuilt,
        &config,
    );
    let story_of = |changes: &[Change]| {
        changes.iter().find_map(|change| match change {
            Change::AssignStory { story, .. } => Some(story.clone()),
            _ => None,
        })
    };
    assert_eq!(
        story_of(&third.changes),
        Some(snapshot.stories[0].id.clone())
    );
    assert_eq!(story_of(&third.changes), story_of(&fresh.changes));
    assert_eq!(snapshot.stories.len(), 1);
    assert_eq!(state.stories(), 1);
}
