//! Tests of the targeted reads: one story, search, the read-only open.

use dossier_core::model::{Article, DocId, Relation, RelationKind, StoryId, TextRange};
use dossier_core::pipeline::{Change, ChangeSet};

use crate::{SqliteStore, Store};

fn article(id: &str, title: &str, text: &str) -> Article {
    Article {
        id: DocId(id.into()),
        origin: format!("{id}.txt"),
        external_id: None,
        url: None,
        title: title.into(),
        source: Some(format!("Outlet {id}")),
        author: None,
        published: None,
        lang: None,
        blocks: vec![TextRange::new(0, text.len())],
        text: text.into(),
        extra: serde_json::Map::new(),
    }
}

fn filled(path: &std::path::Path) {
    let mut store = SqliteStore::open(path).expect("opening");
    let changes = vec![
        Change::InsertArticle(Box::new(article(
            "a1",
            "Ferry halted",
            "The ferry 100% stopped.",
        ))),
        Change::InsertArticle(Box::new(article(
            "a2",
            "Ferry resumes",
            "Service resumed today.",
        ))),
        Change::InsertArticle(Box::new(article("a3", "Other", "Unrelated text."))),
        Change::InsertRelation(Relation {
            a: DocId("a1".into()),
            b: DocId("a2".into()),
            kind: RelationKind::Rewrite,
            score: 0.5,
        }),
        Change::InsertRelation(Relation {
            a: DocId("a1".into()),
            b: DocId("a3".into()),
            kind: RelationKind::SharedSource,
            score: 0.2,
        }),
        Change::CreateStory {
            id: StoryId("s1".into()),
            title: "Ferry".into(),
        },
        Change::AssignStory {
            doc: DocId("a1".into()),
            story: StoryId("s1".into()),
            similarity: 0.0,
            evidence: vec![],
        },
        Change::AssignStory {
            doc: DocId("a2".into()),
            story: StoryId("s1".into()),
            similarity: 0.7,
            evidence: vec!["ferry".into()],
        },
    ];
    store
        .apply(&ChangeSet {
            changes,
            ..ChangeSet::default()
        })
        .expect("applying");
}

#[test]
fn one_story_reads_only_its_members_and_their_relations() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("read.db");
    filled(&path);
    let store = SqliteStore::open_for_reading(&path).expect("opening for reading");
    let story = store.story("s1").expect("query").expect("story s1");
    assert_eq!(story.articles, vec![DocId("a1".into()), DocId("a2".into())]);
    assert!(store.story("s9").expect("query").is_none());
    let articles = store.articles_by_ids(&story.articles).expect("articles");
    assert_eq!(articles.len(), 2);
    let relations = store.relations_among(&story.articles).expect("relations");
    assert_eq!(relations.len(), 1);
    assert_eq!(store.story_assignments("s1").expect("assignments").len(), 2);
    assert_eq!(
        store
            .story_of(&DocId("a2".into()))
            .expect("query")
            .as_deref(),
        Some("s1")
    );
}

#[test]
fn search_matches_every_term_literally() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("search.db");
    filled(&path);
    let store = SqliteStore::open_for_reading(&path).expect("opening for reading");
    let hits = store
        .search_articles(&["FERRY".into(), "stopped".into()], 10)
        .expect("search");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].story.as_deref(), Some("s1"));
    let percent = store.search_articles(&["0%".into()], 10).expect("search");
    assert_eq!(percent.len(), 1);
    let underscore = store.search_articles(&["_".into()], 10).expect("search");
    assert!(underscore.is_empty());
}

#[test]
fn reading_a_missing_file_fails_without_creating_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("absent.db");
    assert!(SqliteStore::open_for_reading(&path).is_err());
    assert!(!path.exists());
}

#[test]
fn fingerprint_moves_when_articles_arrive() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("fp.db");
    let empty = SqliteStore::open(&path)
        .expect("opening")
        .fingerprint()
        .expect("fp");
    filled(&path);
    let full = SqliteStore::open_for_reading(&path)
        .expect("opening")
        .fingerprint()
        .expect("fp");
    assert_ne!(empty, full);
    assert_eq!(full.relations, 2);
}
