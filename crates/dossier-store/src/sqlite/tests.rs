//! Tests of the SQLite store: round trips, idempotence, atomic batches, bad files.

use dossier_core::model::{
    Article, DocId, PartialDate, Relation, RelationKind, StoryId, TextRange,
};
use dossier_core::pipeline::{Change, ChangeSet};

use crate::{SqliteStore, Store, StoreError};

fn article(id: &str, source: &str) -> Article {
    let text = "First paragraph.\n\nSecond paragraph.".to_string();
    Article {
        id: DocId(id.into()),
        origin: format!("{id}.txt"),
        external_id: None,
        url: None,
        title: format!("Title {id}"),
        source: Some(source.into()),
        author: None,
        published: Some(PartialDate::day(2026, 3, 14)),
        lang: Some("en".into()),
        blocks: vec![TextRange::new(0, 16), TextRange::new(18, text.len())],
        text,
        extra: serde_json::Map::new(),
    }
}

fn batch() -> ChangeSet {
    ChangeSet {
        changes: vec![
            Change::InsertArticle(Box::new(article("a1", "Herald"))),
            Change::InsertArticle(Box::new(article("a2", "Courier"))),
            Change::InsertRelation(Relation {
                a: DocId("a1".into()),
                b: DocId("a2".into()),
                kind: RelationKind::NearDuplicate,
                score: 0.9,
            }),
            Change::CreateStory {
                id: StoryId("s1".into()),
                title: "A story".into(),
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
                evidence: vec!["term: harbour".into()],
            },
        ],
        ..ChangeSet::default()
    }
}

#[test]
fn applied_batch_reads_back() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let report = store.apply(&batch()).unwrap();
    assert_eq!(report.articles_added, 2);
    assert_eq!(report.stories_created, 1);
    let articles = store.articles().unwrap();
    assert_eq!(
        articles,
        vec![article("a1", "Herald"), article("a2", "Courier")]
    );
    let stories = store.stories().unwrap();
    assert_eq!(stories.len(), 1);
    assert_eq!(
        stories[0].articles,
        vec![DocId("a1".into()), DocId("a2".into())]
    );
    assert_eq!(
        store.relations().unwrap()[0].kind,
        RelationKind::NearDuplicate
    );
    let summaries = store.story_summaries().unwrap();
    assert_eq!(summaries[0].num_articles, 2);
    assert_eq!(summaries[0].num_sources, 2);
    assert_eq!(
        summaries[0].first_published,
        Some(PartialDate::day(2026, 3, 14))
    );
    assert!(store.has_article(&DocId("a1".into())).unwrap());
}

#[test]
fn applying_the_same_batch_twice_changes_nothing() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    store.apply(&batch()).unwrap();
    let second = store.apply(&batch()).unwrap();
    assert_eq!(second, crate::ApplyReport::default());
    assert_eq!(store.articles().unwrap().len(), 2);
}

#[test]
fn a_failing_batch_leaves_nothing_behind() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    store.apply(&batch()).unwrap();
    let bad = ChangeSet {
        changes: vec![
            Change::InsertArticle(Box::new(article("a3", "Gazette"))),
            // The story does not exist: the foreign key fails the whole batch.
            Change::AssignStory {
                doc: DocId("a3".into()),
                story: StoryId("missing".into()),
                similarity: 0.0,
                evidence: vec![],
            },
        ],
        ..ChangeSet::default()
    };
    assert!(store.apply(&bad).is_err());
    assert_eq!(store.articles().unwrap().len(), 2);
}

#[test]
fn reopening_a_file_keeps_its_contents() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dossier.db");
    let mut store = SqliteStore::open(&path).unwrap();
    store.apply(&batch()).unwrap();
    drop(store);
    let reopened = SqliteStore::open(&path).unwrap();
    assert_eq!(reopened.articles().unwrap().len(), 2);
}

#[test]
fn a_file_that_is_not_a_database_is_reported_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dossier.db");
    std::fs::write(&path, vec![0x42u8; 8192]).unwrap();
    let error = SqliteStore::open(&path).err().unwrap();
    assert!(matches!(error, StoreError::Corrupt { .. }), "{error}");
    assert!(error.to_string().contains("dossier.db"));
    // The file is left as it was, for the user to inspect.
    assert_eq!(std::fs::read(&path).unwrap(), vec![0x42u8; 8192]);
}

#[test]
fn a_foreign_sqlite_database_is_not_taken_over() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    let connection = rusqlite::Connection::open(&path).unwrap();
    connection
        .execute_batch("CREATE TABLE notes (body TEXT);")
        .unwrap();
    drop(connection);
    let error = SqliteStore::open(&path).err().unwrap();
    assert!(matches!(error, StoreError::Corrupt { .. }), "{error}");
}

/// A batch opening story `id` with one article.
fn story_of_one(id: &str, doc: &str) -> Vec<Change> {
    vec![
        Change::InsertArticle(Box::new(article(doc, "Gazette"))),
        Change::CreateStory {
            id: StoryId(id.into()),
            title: format!("Story {id}"),
        },
        Change::AssignStory {
            doc: DocId(doc.into()),
            story: StoryId(id.into()),
            similarity: 0.0,
            evidence: vec![],
        },
    ]
}

fn merge(from: &str, into: &str) -> Change {
    Change::MergeStories {
        from: StoryId(from.into()),
        into: StoryId(into.into()),
        similarity: 0.52,
        reason: vec!["2026-03-13".into(), "harbour".into()],
    }
}

#[test]
fn a_merge_moves_the_articles_and_is_recorded_with_its_reason() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    store.apply(&batch()).unwrap();
    store
        .apply(&ChangeSet {
            changes: story_of_one("s2", "b1"),
            ..ChangeSet::default()
        })
        .unwrap();
    let report = store
        .apply(&ChangeSet {
            changes: vec![merge("s2", "s1")],
            ..ChangeSet::default()
        })
        .unwrap();
    assert_eq!(report.stories_merged, 1);
    let stories = store.stories().unwrap();
    assert_eq!(stories.len(), 1);
    assert_eq!(stories[0].id, StoryId("s1".into()));
    assert_eq!(
        stories[0].articles,
        vec![DocId("a1".into()), DocId("a2".into()), DocId("b1".into())]
    );
    assert_eq!(store.story_summaries().unwrap()[0].num_articles, 3);
    let merges = store.merged_into(&StoryId("s1".into())).unwrap();
    assert_eq!(merges.len(), 1);
    assert_eq!(merges[0].from, StoryId("s2".into()));
    assert_eq!(merges[0].from_title, "Story s2");
    assert_eq!(merges[0].reason, vec!["2026-03-13", "harbour"]);
    // Applied again, the merge finds no story to fold and changes nothing.
    let again = store
        .apply(&ChangeSet {
            changes: vec![merge("s2", "s1")],
            ..ChangeSet::default()
        })
        .unwrap();
    assert_eq!(again, crate::ApplyReport::default());
    assert_eq!(store.story_merges().unwrap().len(), 1);
}

#[test]
fn merges_into_a_merged_story_are_followed() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let mut changes = story_of_one("s1", "a1");
    changes.extend(story_of_one("s2", "b1"));
    changes.extend(story_of_one("s3", "c1"));
    changes.push(merge("s3", "s2"));
    changes.push(merge("s2", "s1"));
    changes.push(merge("s1", "missing"));
    store
        .apply(&ChangeSet {
            changes,
            ..ChangeSet::default()
        })
        .unwrap();
    let folded: Vec<String> = store
        .merged_into(&StoryId("s1".into()))
        .unwrap()
        .into_iter()
        .map(|merge| merge.from.0)
        .collect();
    assert_eq!(folded, vec!["s3", "s2"]);
    let stories = store.stories().unwrap();
    assert_eq!(stories.len(), 1);
    assert_eq!(stories[0].articles.len(), 3);
}
