//! Tests of the kept analyses: round trips, and every way a kept analysis can
//! be unusable (missing, outdated, unreadable, out of its text) read as absent.

use dossier_core::analyse::ANALYSER_VERSION;
use dossier_core::model::{
    Analysis, Article, DocId, EntityKind, Mention, PartialDate, Quote, TextRange,
};
use dossier_core::pipeline::{Change, ChangeSet};
use proptest::prelude::*;

use super::{decode_analysis, fits_text};
use crate::{SqliteStore, Store};

const TEXT: &str =
    "Mayor Ilse Vonk opened the bridge. \u{201c}It took ten years,\u{201d} she said.";

fn article(id: &str) -> Article {
    Article {
        id: DocId(id.into()),
        origin: format!("{id}.txt"),
        external_id: None,
        url: None,
        title: format!("Title {id}"),
        source: Some("Gazette".into()),
        author: None,
        published: Some(PartialDate::day(2026, 5, 2)),
        lang: Some("en".into()),
        blocks: vec![TextRange::new(0, TEXT.len())],
        text: TEXT.to_string(),
        extra: serde_json::Map::new(),
    }
}

fn analysis() -> Analysis {
    let name = TEXT.find("Ilse").unwrap_or(0);
    let quote_start = TEXT.find("It took").unwrap_or(0);
    let quote_end = TEXT.find(",\u{201d}").unwrap_or(0);
    Analysis {
        sentences: vec![TextRange::new(0, 34), TextRange::new(35, TEXT.len())],
        mentions: vec![Mention {
            range: TextRange::new(name, name + "Ilse Vonk".len()),
            kind: EntityKind::Person,
            text: "Ilse Vonk".into(),
            role: Some("Mayor".into()),
        }],
        quantities: Vec::new(),
        dates: Vec::new(),
        quotes: vec![Quote {
            range: TextRange::new(quote_start, quote_end),
            speaker: Some("Ilse Vonk".into()),
            speaker_range: None,
            channel: Some("said".into()),
        }],
    }
}

/// A store holding articles `a1` and `a2`, each with its analysis.
fn store_with_two() -> SqliteStore {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let change_set = ChangeSet {
        changes: vec![
            Change::InsertArticle(Box::new(article("a1"))),
            Change::InsertArticle(Box::new(article("a2"))),
        ],
        analyses: vec![
            (DocId("a1".into()), analysis()),
            (DocId("a2".into()), analysis()),
        ],
        ..ChangeSet::default()
    };
    store.apply(&change_set).unwrap();
    store
}

fn kept(store: &SqliteStore) -> Vec<(String, bool)> {
    store
        .documents()
        .unwrap()
        .into_iter()
        .map(|document| (document.article.id.0, document.analysis.is_some()))
        .collect()
}

fn set_kept(store: &SqliteStore, doc: &str, version: i64, analysis: &str) {
    store
        .connection
        .execute(
            "UPDATE article_analyses SET version = ?1, analysis = ?2 WHERE doc = ?3",
            rusqlite::params![version, analysis, doc],
        )
        .unwrap();
}

#[test]
fn an_applied_analysis_reads_back_with_its_article() {
    let store = store_with_two();
    let documents = store.documents().unwrap();
    assert_eq!(documents.len(), 2);
    assert_eq!(documents[0].article, article("a1"));
    assert_eq!(documents[0].analysis, Some(analysis()));
    let by_id = store.analyses_by_ids(&[DocId("a2".into())]).unwrap();
    assert_eq!(by_id.get(&DocId("a2".into())), Some(&analysis()));
    assert_eq!(by_id.len(), 1);
}

#[test]
fn an_analysis_of_another_version_is_absent() {
    let store = store_with_two();
    let encoded = serde_json::to_string(&analysis()).unwrap();
    set_kept(&store, "a1", i64::from(ANALYSER_VERSION) + 1, &encoded);
    assert_eq!(
        kept(&store),
        vec![("a1".into(), false), ("a2".into(), true)]
    );
    assert!(
        store
            .analyses_by_ids(&[DocId("a1".into())])
            .unwrap()
            .is_empty()
    );
}

#[test]
fn an_unreadable_analysis_is_absent_not_an_error() {
    let store = store_with_two();
    let version = i64::from(ANALYSER_VERSION);
    set_kept(&store, "a1", version, "{\"sentences\": [garbage");
    set_kept(&store, "a2", version, "[1, 2, 3]");
    assert_eq!(
        kept(&store),
        vec![("a1".into(), false), ("a2".into(), false)]
    );
}

#[test]
fn an_analysis_pointing_outside_its_text_is_absent() {
    let store = store_with_two();
    let version = i64::from(ANALYSER_VERSION);
    let mut past_the_end = analysis();
    past_the_end
        .sentences
        .push(TextRange::new(0, TEXT.len() + 5));
    set_kept(
        &store,
        "a1",
        version,
        &serde_json::to_string(&past_the_end).unwrap(),
    );
    // The opening quotation mark is three bytes; one byte in is no boundary.
    let quote_mark = TEXT.find('\u{201c}').unwrap_or(0);
    let mut mid_char = analysis();
    mid_char.quotes[0].range = TextRange::new(quote_mark + 1, quote_mark + 5);
    set_kept(
        &store,
        "a2",
        version,
        &serde_json::to_string(&mid_char).unwrap(),
    );
    assert_eq!(
        kept(&store),
        vec![("a1".into(), false), ("a2".into(), false)]
    );
}

#[test]
fn saved_analyses_replace_unusable_ones_and_skip_unknown_articles() {
    let mut store = store_with_two();
    set_kept(&store, "a1", 0, "not json");
    let fresh = analysis();
    let a1 = DocId("a1".into());
    let unknown = DocId("nowhere".into());
    let written = store
        .save_analyses(&[(&a1, &fresh), (&unknown, &fresh)])
        .unwrap();
    assert_eq!(written, 1);
    assert_eq!(kept(&store), vec![("a1".into(), true), ("a2".into(), true)]);
    let rows: i64 = store
        .connection
        .query_row("SELECT count(*) FROM article_analyses", [], |row| {
            row.get(0)
        })
        .unwrap();
    assert_eq!(rows, 2);
}

#[test]
fn a_database_from_before_kept_analyses_opens_and_fills_lazily() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        // The schema as the first release wrote it, with one article.
        let connection = rusqlite::Connection::open(&path).unwrap();
        connection
            .execute_batch(&format!(
                "BEGIN; {}; PRAGMA user_version = 1; COMMIT;",
                super::super::MIGRATIONS[0]
            ))
            .unwrap();
        connection
            .execute(
                "INSERT INTO articles
                 (id, origin, title, text, blocks, extra)
                 VALUES ('old1', 'old1.txt', 'An old article', ?1, ?2, '{}')",
                rusqlite::params![TEXT, format!("[0,{}]", TEXT.len())],
            )
            .unwrap();
    }
    let mut store = SqliteStore::open(&path).unwrap();
    let documents = store.documents().unwrap();
    assert_eq!(documents.len(), 1);
    assert_eq!(documents[0].article.text, TEXT);
    assert_eq!(documents[0].analysis, None);
    let old1 = DocId("old1".into());
    store.save_analyses(&[(&old1, &analysis())]).unwrap();
    drop(store);
    let reopened = SqliteStore::open(&path).unwrap();
    assert_eq!(reopened.documents().unwrap()[0].analysis, Some(analysis()));
    assert_eq!(reopened.articles().unwrap().len(), 1);
}

proptest! {
    #[test]
    fn decoding_never_panics_and_keeps_ranges_in_bounds(
        text in "\\PC{0,40}",
        bounds in proptest::collection::vec((0usize..80, 0usize..80), 0..6),
        garbage in "\\PC{0,30}",
    ) {
        let sentences: Vec<TextRange> = bounds
            .iter()
            .map(|&(start, end)| TextRange { start, end })
            .collect();
        let candidate = Analysis { sentences, ..Analysis::default() };
        let encoded = serde_json::to_string(&candidate).unwrap_or_default();
        if let Some(decoded) = decode_analysis(&encoded, &text) {
            prop_assert!(fits_text(&decoded, &text));
            for range in &decoded.sentences {
                prop_assert!(text.get(range.start..range.end).is_some());
            }
        }
        prop_assert!(decode_analysis(&garbage, &text).is_none_or(|decoded| fits_text(&decoded, &text)));
    }
}
