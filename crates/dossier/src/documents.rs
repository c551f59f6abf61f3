//! Stored articles with their analyses, for every command that needs them:
//! kept analyses are read back, and only articles without a usable one are
//! analysed again (and their fresh analyses written back).
//!
//! It lives in the library so `dossier serve` can load documents the same way
//! as the commands do.

use dossier_core::analyse::{self, AnalyseConfig};
use dossier_core::model::{Analysis, DocId, Document};
use dossier_store::{SqliteStore, StoreError, StoredDocument};

/// Loads every stored article with its analysis, in ingestion order.
///
/// Kept analyses are read back; an article whose analysis is missing (a
/// database from before they were kept), outdated (another analyser version)
/// or unreadable is analysed again, and the fresh analyses are written back so
/// the next run finds them. Failing to write them back costs only time, so it
/// is a warning, not an error.
pub fn load_documents(store: &mut SqliteStore) -> Result<Vec<Document>, StoreError> {
    let stored = store.documents()?;
    Ok(analyse_where_missing(store, stored))
}

/// Loads the stored articles with these ids, with their analyses, in the
/// order of `ids` (unknown ids are skipped), as [`load_documents`] does.
pub fn load_documents_by_ids(
    store: &mut SqliteStore,
    ids: &[DocId],
) -> Result<Vec<Document>, StoreError> {
    let stored = stored_by_ids(store, ids)?;
    Ok(analyse_where_missing(store, stored))
}

/// Loads the stored articles with these ids, with their kept analyses, from a
/// store opened read-only (as `dossier serve` reads it): an article without a
/// usable analysis is analysed in memory and nothing is written back.
pub fn read_documents_by_ids(
    store: &SqliteStore,
    ids: &[DocId],
) -> Result<Vec<Document>, StoreError> {
    let stored = stored_by_ids(store, ids)?;
    Ok(analyse_missing(stored).0)
}

/// The stored articles with these ids and their kept analyses, if any.
fn stored_by_ids(store: &SqliteStore, ids: &[DocId]) -> Result<Vec<StoredDocument>, StoreError> {
    let articles = store.articles_by_ids(ids)?;
    let mut analyses = store.analyses_by_ids(ids)?;
    Ok(articles
        .into_iter()
        .map(|article| {
            let analysis = analyses.remove(&article.id);
            StoredDocument { article, analysis }
        })
        .collect())
}

/// Fills in the analyses that are missing, and says at which positions.
fn analyse_missing(stored: Vec<StoredDocument>) -> (Vec<Document>, Vec<usize>) {
    let analyse_config = AnalyseConfig::default();
    let mut reanalysed = Vec::new();
    let documents: Vec<Document> = stored
        .into_iter()
        .enumerate()
        .map(|(position, stored)| {
            let analysis = match stored.analysis {
                Some(analysis) => analysis,
                None => {
                    reanalysed.push(position);
                    analyse::analyse(&stored.article, &analyse_config)
                }
            };
            Document {
                article: stored.article,
                analysis,
            }
        })
        .collect();
    (documents, reanalysed)
}

/// Analyses the articles that came without a usable kept analysis and writes
/// the fresh analyses back.
fn analyse_where_missing(store: &mut SqliteStore, stored: Vec<StoredDocument>) -> Vec<Document> {
    let (documents, reanalysed) = analyse_missing(stored);
    if !reanalysed.is_empty() {
        let fresh: Vec<(&DocId, &Analysis)> = reanalysed
            .iter()
            .filter_map(|&position| documents.get(position))
            .map(|document| (&document.article.id, &document.analysis))
            .collect();
        if let Err(error) = store.save_analyses(&fresh) {
            eprintln!(
                "dossier: warning: could not keep the analyses of {} article(s), \
                 so the next run will analyse them again: {error}",
                fresh.len()
            );
        }
    }
    documents
}

#[cfg(test)]
mod tests {
    use dossier_core::model::{Article, TextRange};
    use dossier_core::pipeline::{Change, ChangeSet};
    use dossier_store::Store;

    use super::*;

    #[test]
    fn an_article_without_a_kept_analysis_is_analysed_once_and_kept() {
        let text = "Harbour master Tomas Reyl said 40 ships waited.".to_string();
        let article = Article {
            id: DocId("a1".into()),
            origin: "a1.txt".into(),
            external_id: None,
            url: None,
            title: "Ships wait".into(),
            source: None,
            author: None,
            published: None,
            lang: None,
            blocks: vec![TextRange::new(0, text.len())],
            text,
            extra: serde_json::Map::new(),
        };
        let mut store = SqliteStore::open_in_memory().unwrap();
        let without_analysis = ChangeSet {
            changes: vec![Change::InsertArticle(Box::new(article.clone()))],
            ..ChangeSet::default()
        };
        store.apply(&without_analysis).unwrap();
        assert_eq!(store.documents().unwrap()[0].analysis, None);

        let loaded = load_documents(&mut store).unwrap();
        let expected = analyse::analyse(&article, &AnalyseConfig::default());
        assert_eq!(loaded[0].analysis, expected);
        assert_eq!(
            store.documents().unwrap()[0].analysis,
            Some(expected.clone())
        );
        let by_id = load_documents_by_ids(&mut store, &[DocId("a1".into())]).unwrap();
        assert_eq!(by_id[0].analysis, expected);
    }
}
