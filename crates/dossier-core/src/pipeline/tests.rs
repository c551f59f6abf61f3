//! Tests of the pipeline's batching: threads and kept indexes change how
//! fast a batch runs, never what it stores.

use proptest::prelude::*;

use super::{
    Change, PipelineConfig, Snapshot, StreamState, prepare_all, process_batch, process_stream_batch,
};
use crate::model::{DocId, Format, GivenMetadata, RawDocument, StoryId};

/// Four events, each told by a few outlets in their own words, over a month.
const REPORTS: &[(&str, &str, &str, &str)] = &[
    (
        "Dock workers strike at Alderport",
        "harbour-herald",
        "2031-03-02",
        "Dock workers at Alderport walked off the job on Sunday, halting the loading of \
         container ships at the busiest terminal on the coast.\n\n\
         The Harbour Crews Union said 1,200 members joined the strike over pay and night shifts.\n\n\
         Terminal managers said talks would resume on Tuesday with a mediator from the labour office.",
    ),
    (
        "Alderport strike halts container terminal",
        "northern-wire",
        "2031-03-03",
        "A strike by 1,200 dock workers kept the Alderport container terminal closed for a \
         second day on Monday.\n\n\
         The Harbour Crews Union wants higher pay for night shifts, its leader Maren Holt said.\n\n\
         Ships waiting to unload were sent on to other ports along the coast.",
    ),
    (
        "Flood waters rise in the Vell valley",
        "valley-courier",
        "2031-03-10",
        "Heavy rain pushed the river Vell over its banks on Tuesday, flooding forty homes in \
         the village of Osterby.\n\n\
         Firefighters moved 85 residents to a school gym overnight, the district office said.\n\n\
         Forecasters expect the water to fall by the weekend if the rain eases.",
    ),
    (
        "Osterby evacuated as the Vell floods",
        "northern-wire",
        "2031-03-11",
        "Rescue crews evacuated 85 people from Osterby after the river Vell flooded forty \
         homes on Tuesday.\n\n\
         District chief Ilse Brandt said the school gym would stay open as a shelter all week.\n\n\
         Roads into the village remain closed to traffic.",
    ),
    (
        "Alderport dock strike ends with a pay deal",
        "harbour-herald",
        "2031-03-14",
        "The strike at the Alderport container terminal ended on Friday after the Harbour Crews \
         Union accepted a pay rise of six percent.\n\n\
         Maren Holt, the union leader, said the deal also limits night shifts to four a week.\n\n\
         Loading of container ships resumed within hours.",
    ),
    (
        "Library closures voted in Brenmark",
        "city-gazette",
        "2031-03-20",
        "The city council of Brenmark voted on Thursday to close two public libraries next \
         spring.\n\n\
         Councillors said falling visitor numbers and rising heating costs left them no choice.\n\n\
         A petition against the closures gathered 4,000 signatures within a single week.",
    ),
    (
        "Brenmark to shut two libraries",
        "northern-wire",
        "2031-03-21",
        "Brenmark will close two public libraries next spring after a council vote on Thursday.\n\n\
         A petition against the plan drew 4,000 signatures, its organisers said.\n\n\
         Library staff will be offered posts in the remaining branches.",
    ),
];

fn raw(index: usize) -> RawDocument {
    let (title, source, date, text) = REPORTS[index % REPORTS.len()];
    let content = if index < REPORTS.len() {
        text.to_string()
    } else {
        format!("{text}\n\nThis is report number {index} of the day.")
    };
    RawDocument {
        id: DocId::from_content(content.as_bytes()),
        origin: format!("report-{index}.txt"),
        format: Format::Text,
        content,
        charset: "utf-8".into(),
        given: GivenMetadata {
            title: Some(title.into()),
            published: Some(date.into()),
            source: Some(source.into()),
            ..GivenMetadata::default()
        },
    }
}

fn raws(count: usize) -> Vec<RawDocument> {
    (0..count).map(raw).collect()
}

fn relations(changes: &[Change]) -> Vec<Change> {
    changes
        .iter()
        .filter(|change| matches!(change, Change::InsertRelation(_)))
        .cloned()
        .collect()
}

/// Every assignment names a story the store has or the change set creates,
/// and the snapshot holds each article in exactly one story.
fn assert_consistent(snapshot: &Snapshot, change_sets: &[super::ChangeSet]) {
    let mut created: Vec<StoryId> = Vec::new();
    for change_set in change_sets {
        for change in &change_set.changes {
            match change {
                Change::CreateStory { id, .. } => created.push(id.clone()),
                Change::AssignStory { story, .. } => assert!(created.contains(story)),
                _ => {}
            }
        }
    }
    let mut members: Vec<&DocId> = snapshot
        .stories
        .iter()
        .flat_map(|story| &story.articles)
        .collect();
    members.sort();
    let mut documents: Vec<&DocId> = snapshot
        .documents
        .iter()
        .map(|document| &document.article.id)
        .collect();
    documents.sort();
    assert_eq!(members, documents);
}

#[test]
fn threads_prepare_what_one_thread_prepares_in_the_same_order() {
    let batch = raws(40);
    let config = PipelineConfig::default();
    let alone = prepare_all(&batch, &config, 1);
    let shared = prepare_all(&batch, &config, 3);
    assert_eq!(alone.len(), batch.len());
    assert_eq!(shared.len(), batch.len());
    for (one, other) in alone.iter().zip(&shared) {
        assert_eq!(one.document, other.document);
        assert_eq!(one.diagnostics, other.diagnostics);
    }
}

#[test]
fn a_kept_state_finds_the_relations_and_stories_a_single_batch_finds() {
    let config = PipelineConfig::default();
    let mut whole = Snapshot::default();
    let at_once = process_batch(raws(REPORTS.len()), &mut whole, &config);

    let mut kept = Snapshot::default();
    let mut state = StreamState::default();
    let mut change_sets = Vec::new();
    for chunk in raws(REPORTS.len()).chunks(2) {
        change_sets.push(process_stream_batch(
            chunk.to_vec(),
            &mut kept,
            &mut state,
            &config,
        ));
    }
    assert_consistent(&kept, &change_sets);
    let kept_relations: Vec<Change> = change_sets
        .iter()
        .flat_map(|change_set| relations(&change_set.changes))
        .collect();
    assert_eq!(kept_relations, relations(&at_once.changes));
    let stories = |snapshot: &Snapshot| -> Vec<Vec<DocId>> {
        let mut stories: Vec<Vec<DocId>> = snapshot
            .stories
            .iter()
            .map(|story| story.articles.clone())
            .collect();
        stories.sort();
        stories
    };
    assert_eq!(stories(&kept), stories(&whole));
    assert_eq!(state.stories(), kept.stories.len());
}

#[test]
fn a_kept_state_gives_the_relations_rebuilding_every_batch_gives() {
    let config = PipelineConfig::default();
    let batch_of = |start: usize| -> Vec<RawDocument> { (start..start + 5).map(raw).collect() };
    let mut rebuilt = Snapshot::default();
    let mut kept = Snapshot::default();
    let mut state = StreamState::default();
    for start in (0..20).step_by(5) {
        let fresh = process_batch(batch_of(start), &mut rebuilt, &config);
        let resumed = process_stream_batch(batch_of(start), &mut kept, &mut state, &config);
        assert_eq!(relations(&resumed.changes), relations(&fresh.changes));
        assert_eq!(resumed.already_stored, fresh.already_stored);
    }
}

#[test]
fn a_state_kept_from_another_snapshot_is_rebuilt() {
    let config = PipelineConfig::default();
    let mut other = Snapshot::default();
    let mut state = StreamState::default();
    process_stream_batch(raws(4), &mut other, &mut state, &config);

    // The same state, now with a snapshot that has never seen those batches.
    let mut snapshot = Snapshot::default();
    process_batch(raws(2), &mut snapshot, &config);
    let mut reference = snapshot.clone();
    let resumed = process_stream_batch(raws(6), &mut snapshot, &mut state, &config);
    let fresh = process_batch(raws(6), &mut reference, &config);
    assert_eq!(resumed.changes, fresh.changes);
    assert_eq!(resumed.already_stored, fresh.already_stored);
    assert_eq!(snapshot.stories, reference.stories);
}

#[test]
fn an_input_with_no_article_may_come_again_in_a_later_batch() {
    let config = PipelineConfig::default();
    let empty = RawDocument {
        id: DocId::from_content(b"   "),
        origin: "blank.txt".into(),
        format: Format::Text,
        content: "   ".into(),
        charset: "utf-8".into(),
        given: GivenMetadata::default(),
    };
    let mut snapshot = Snapshot::default();
    let mut state = StreamState::default();
    let first = process_stream_batch(
        vec![empty.clone(), raw(0)],
        &mut snapshot,
        &mut state,
        &config,
    );
    assert_eq!(first.num_articles(), 1);
    let again = process_stream_batch(vec![empty, raw(0)], &mut snapshot, &mut state, &config);
    assert_eq!(again.already_stored, ["report-0.txt"]);
    assert_eq!(again.num_articles(), 0);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn batches_of_any_text_never_panic_and_stay_consistent(
        texts in proptest::collection::vec("[A-Za-z0-9 .,\n\"'-]{0,300}", 1..12),
        batch_size in 1usize..5,
    ) {
        let config = PipelineConfig::default();
        let batch: Vec<RawDocument> = texts
            .iter()
            .enumerate()
            .map(|(index, text)| RawDocument {
                id: DocId::from_content(text.as_bytes()),
                origin: format!("doc-{index}.txt"),
                format: Format::Text,
                content: text.clone(),
                charset: "utf-8".into(),
                given: GivenMetadata::default(),
            })
            .collect();
        let mut snapshot = Snapshot::default();
        let mut state = StreamState::default();
        let mut change_sets = Vec::new();
        for chunk in batch.chunks(batch_size) {
            change_sets.push(process_stream_batch(chunk.to_vec(), &mut snapshot, &mut state, &config));
        }
        assert_consistent(&snapshot, &change_sets);
        for document in &snapshot.documents {
            let text = &document.article.text;
            for block in &document.article.blocks {
                prop_assert!(block.start <= block.end && block.end <= text.len());
                prop_assert!(text.is_char_boundary(block.start) && text.is_char_boundary(block.end));
            }
        }
    }
}

#[test]
fn a_kept_story_index_follows_a_merge_of_stored_stories() {
    let config = PipelineConfig::default();
    let mut snapshot = Snapshot::default();
    let mut state = StreamState::default();
    process_stream_batch(raws(REPORTS.len()), &mut snapshot, &mut state, &config);
    assert!(snapshot.stories.len() >= 2);
    // Fold the last story into the first, as merge repair and the store do.
    let Some(folded) = snapshot.stories.pop() else {
        return;
    };
    let into = snapshot.stories[0].id.clone();
    snapshot.stories[0]
        .articles
        .extend(folded.articles.iter().cloned());
    state.cluster.fold_story(&folded.id, &into);
    assert_eq!(state.stories(), snapshot.stories.len());
    let known: Vec<&crate::model::Document> = snapshot.documents.iter().collect();
    assert!(state.cluster.holds(&snapshot.stories, &known));

    // A later batch goes on from the folded index and stays consistent.
    let mut reference = snapshot.clone();
    let later: Vec<RawDocument> = (REPORTS.len()..REPORTS.len() + 4).map(raw).collect();
    let kept = process_stream_batch(later.clone(), &mut snapshot, &mut state, &config);
    let fresh = process_batch(later, &mut reference, &config);
    for change in &kept.changes {
        if let Change::AssignStory { story, .. } = change {
            assert!(snapshot.stories.iter().any(|known| &known.id == story));
        }
    }
    assert_eq!(relations(&kept.changes), relations(&fresh.changes));
    assert_eq!(state.stories(), snapshot.stories.len());
}
