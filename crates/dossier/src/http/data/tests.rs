//! Tests of the server's data access: search snippets and the entity index.

use dossier_core::model::{Article, DocId, Entity, EntityKind, StoryId, TextRange};
use dossier_core::pipeline::{Change, ChangeSet};
use dossier_store::{SqliteStore, Store};

use super::{refresh_entity_index, search_terms, snippet};

#[test]
fn snippets_stay_on_char_boundaries_and_mark_the_match() {
    let text = format!("{}needle{}", "ą".repeat(100), "ž".repeat(100));
    let (piece, matched) = snippet(&text, &["NEEDLE".to_string()]);
    let [start, end] = matched.expect("a match");
    assert_eq!(&piece[start..end], "needle");
    let (piece, matched) = snippet("short", &["absent".to_string()]);
    assert_eq!(piece, "short");
    assert!(matched.is_none());
}

#[test]
fn queries_are_split_into_bounded_terms() {
    let many = "a ".repeat(20);
    assert_eq!(search_terms(&many).len(), 8);
    assert_eq!(search_terms("  ferry   strike "), vec!["ferry", "strike"]);
}

fn article(id: &str, text: &str) -> Article {
    Article {
        id: DocId(id.into()),
        origin: format!("{id}.txt"),
        external_id: None,
        url: None,
        title: format!("Title {id}"),
        source: None,
        author: None,
        published: None,
        lang: None,
        blocks: vec![TextRange::new(0, text.len())],
        text: text.into(),
        extra: serde_json::Map::new(),
    }
}

fn add_story(store: &mut SqliteStore, story: &str, docs: &[&str]) {
    let mut changes = vec![Change::CreateStory {
        id: StoryId(story.into()),
        title: story.into(),
    }];
    for doc in docs {
        changes.push(Change::InsertArticle(Box::new(article(
            doc,
            "Mayor Ann Lee opened the new bridge in Lakeside on Monday.",
        ))));
        changes.push(Change::AssignStory {
            doc: DocId((*doc).into()),
            story: StoryId(story.into()),
            similarity: 0.0,
            evidence: vec![],
        });
    }
    store
        .apply(&ChangeSet {
            changes,
            ..ChangeSet::default()
        })
        .expect("applying");
}

#[test]
fn a_refresh_reconciles_only_stories_that_changed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("entities.db");
    let mut store = SqliteStore::open(&db).expect("opening");
    add_story(&mut store, "s1", &["a1"]);
    let mut first = refresh_entity_index(&db, None).expect("index");
    assert!(first.per_story.contains_key("s1"));
    // A marker entity that only survives if s1 is reused, not reconciled again.
    let marker = Entity {
        id: "e99".into(),
        name: "Marker Kept".into(),
        kind: EntityKind::Other,
        aliases: vec![],
        roles: vec![],
        articles: vec![DocId("a1".into())],
        merged_because: vec![],
        country: None,
    };
    if let Some((_, entities)) = first.per_story.get_mut("s1") {
        entities.push(marker);
    }
    add_story(&mut store, "s2", &["a2", "a3"]);
    let second = refresh_entity_index(&db, Some(&first)).expect("index");
    assert_ne!(second.fingerprint, first.fingerprint);
    assert_eq!(
        second.per_story.get("s2").map(|(members, _)| *members),
        Some(2)
    );
    assert!(
        second
            .entities
            .iter()
            .any(|entity| entity.name == "Marker Kept"),
        "the unchanged story was reused"
    );
}
