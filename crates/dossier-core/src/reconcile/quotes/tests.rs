//! Tests of quote grouping on documents built by hand.

use proptest::prelude::*;

use super::group;
use crate::model::{DocId, Document, QuoteGroup, TextRange};
use crate::reconcile::EntityTable;
use crate::reconcile::facts::fixtures::{doc, quote_at};

fn groups_of(documents: &[Document]) -> Vec<QuoteGroup> {
    let refs: Vec<&Document> = documents.iter().collect();
    group(&refs, &EntityTable::default())
}

fn articles(group: &QuoteGroup) -> Vec<&str> {
    group.articles.iter().map(|id| id.0.as_str()).collect()
}

#[test]
fn trimmed_copies_and_fragments_join_the_longest_version() {
    let full = "We waited all winter for the bridge. Nobody came to fix it";
    let documents = [
        doc(
            "a",
            "",
            "\"We waited all winter for the bridge. Nobody came to fix it,\" said Rosa Ilves.",
        )
        .quote(&format!("{full},"), Some("Rosa Ilves"))
        .build(),
        doc(
            "b",
            "",
            "Ilves said: \"We waited all winter for the bridge.\"",
        )
        .quote("We waited all winter for the bridge.", Some("Ilves"))
        .build(),
        doc("c", "", "She said nobody \"came to fix it\".")
            .quote("came to fix it", Some("Rosa Ilves"))
            .build(),
    ];
    let groups = groups_of(&documents);
    assert_eq!(groups.len(), 1, "{groups:#?}");
    let group = &groups[0];
    assert_eq!(group.text, full);
    assert_eq!(group.speaker.as_deref(), Some("Rosa Ilves"));
    assert_eq!(group.channel.as_deref(), Some("said"));
    assert_eq!(articles(group), ["a", "b", "c"]);
    assert_eq!(group.evidence.len(), 3);
    assert_eq!(
        group.evidence[1].range.slice(&documents[1].article.text),
        "We waited all winter for the bridge."
    );
}

#[test]
fn different_speakers_never_merge() {
    let documents = [
        doc("a", "", "\"We will not move,\" said Ana Berg.")
            .quote("We will not move,", Some("Ana Berg"))
            .build(),
        doc("b", "", "\"We will not move,\" said Tom Berg.")
            .quote("We will not move,", Some("Tom Berg"))
            .build(),
    ];
    let groups = groups_of(&documents);
    assert_eq!(groups.len(), 2);
    assert_eq!(groups[0].speaker.as_deref(), Some("Ana Berg"));
    assert_eq!(groups[1].speaker.as_deref(), Some("Tom Berg"));
}

#[test]
fn an_unknown_speaker_joins_only_an_unambiguous_group() {
    let documents = [
        doc(
            "a",
            "",
            "\"The road stays shut until spring,\" said Ana Berg.",
        )
        .quote("The road stays shut until spring,", Some("Ana Berg"))
        .build(),
        doc("b", "", "Officials said \"the road stays shut\".")
            .quote("the road stays shut", None)
            .build(),
        doc("c", "", "He said \"no\" twice. Then \"not today\".")
            .quote("no", None)
            .quote("not today", None)
            .build(),
    ];
    let groups = groups_of(&documents);
    assert_eq!(groups.len(), 3, "{groups:#?}");
    assert_eq!(articles(&groups[0]), ["a", "b"]);
    assert_eq!(groups[0].speaker.as_deref(), Some("Ana Berg"));
    // A single word is never matched as a fragment.
    assert!(groups.iter().any(|group| group.text == "no"));
}

#[test]
fn spelling_variants_of_one_speaker_merge_and_namesakes_do_not() {
    let said = |id: &str, speaker: &str| {
        doc(id, "", "\"The gates stay open all night,\" she said.")
            .quote("The gates stay open all night,", Some(speaker))
            .build()
    };
    let documents = [
        said("a", "Olena Kovalenko"),
        said("b", "Elena Kovalenko"),
        said("c", "Kovalenkko"),
        said("d", "Maria Kovalenko"),
    ];
    let groups = groups_of(&documents);
    assert_eq!(groups.len(), 2, "{groups:#?}");
    assert_eq!(articles(&groups[0]), ["a", "b", "c"]);
    assert_eq!(groups[0].speaker.as_deref(), Some("Olena Kovalenko"));
    assert_eq!(articles(&groups[1]), ["d"]);
}

#[test]
fn case_and_punctuation_do_not_split_a_quote() {
    let documents = [
        doc("a", "", "“It’s over — for now,” Lind said.")
            .quote("It’s over — for now,", Some("Lind"))
            .build(),
        doc("b", "", "\"it's over, for now\" Lind said.")
            .quote("it's over, for now", Some("Lind"))
            .build(),
    ];
    let groups = groups_of(&documents);
    assert_eq!(groups.len(), 1);
    assert_eq!(articles(&groups[0]), ["a", "b"]);
}

proptest! {
    #[test]
    fn grouping_never_panics_and_keeps_ranges_in_bounds(
        text in "[a-zA-Z \"“”.,ëж]{0,60}",
        quotes in proptest::collection::vec(
            (0usize..70, 0usize..70, proptest::option::of("[A-Za-z ]{0,8}")),
            0..6,
        ),
    ) {
        let mut document = doc("d", "", "").build();
        document.article.text = text;
        document.analysis.quotes = quotes
            .into_iter()
            .map(|(start, len, speaker)| {
                quote_at(TextRange::new(start, start + len), speaker.as_deref(), None)
            })
            .collect();
        let mut copy = document.clone();
        copy.article.id = DocId("e".into());
        let documents = [document, copy];
        for group in groups_of(&documents) {
            prop_assert_eq!(group.articles.len(), group.articles.iter().collect::<std::collections::HashSet<_>>().len());
            for evidence in &group.evidence {
                let text = &documents[usize::from(evidence.doc.0 == "e")].article.text;
                prop_assert!(text.get(evidence.range.start..evidence.range.end).is_some());
            }
        }
    }
}
