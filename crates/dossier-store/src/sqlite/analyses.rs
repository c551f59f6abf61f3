//! The kept analyses: each article's [`Analysis`] stored beside it, tagged
//! with the [`ANALYSER_VERSION`] that computed it, so a run reads it back
//! instead of analysing the whole corpus again.
//!
//! A kept analysis is a cache, never the truth: one that is missing, of
//! another version, unreadable or pointing outside its article's text is
//! reported as absent, and the caller analyses the article again and writes
//! the fresh analysis back with [`SqliteStore::save_analyses`].

use std::collections::HashMap;

use dossier_core::analyse::ANALYSER_VERSION;
use dossier_core::model::{Analysis, DocId, TextRange};
use rusqlite::{Connection, params, params_from_iter};

use super::read::IDS_PER_QUERY;
use super::{ARTICLE_COLUMNS, SqliteStore, stored_article};
use crate::{StoreError, StoredDocument};

/// Writes (or replaces) the kept analysis of each article, tagged with the
/// current analyser version. Runs inside the caller's transaction.
pub(super) fn write_analyses<'a>(
    connection: &Connection,
    analyses: impl IntoIterator<Item = (&'a DocId, &'a Analysis)>,
) -> Result<usize, StoreError> {
    let mut statement = connection.prepare_cached(
        "INSERT INTO article_analyses (doc, version, analysis) VALUES (?1, ?2, ?3)
         ON CONFLICT (doc) DO UPDATE SET version = excluded.version, analysis = excluded.analysis",
    )?;
    let mut written = 0;
    for (doc, analysis) in analyses {
        let encoded = serde_json::to_string(analysis).map_err(|error| StoreError::Decode {
            what: "article analysis",
            detail: error.to_string(),
        })?;
        written += statement.execute(params![doc.0, ANALYSER_VERSION, encoded])?;
    }
    Ok(written)
}

/// Reads a kept analysis back, or `None` when it cannot be trusted for this
/// text: not JSON of an [`Analysis`], or with a range that is not a slice of
/// the text on char boundaries.
fn decode_analysis(encoded: &str, text: &str) -> Option<Analysis> {
    let analysis: Analysis = serde_json::from_str(encoded).ok()?;
    fits_text(&analysis, text).then_some(analysis)
}

/// Tells whether every range of the analysis is a slice of `text`.
fn fits_text(analysis: &Analysis, text: &str) -> bool {
    let fits =
        |range: &TextRange| range.start <= range.end && text.get(range.start..range.end).is_some();
    analysis.sentences.iter().all(fits)
        && analysis.mentions.iter().all(|mention| fits(&mention.range))
        && analysis.quantities.iter().all(|quantity| {
            fits(&quantity.range)
                && fits(&quantity.sentence)
                && quantity.time.as_ref().is_none_or(fits)
        })
        && analysis
            .dates
            .iter()
            .all(|date| fits(&date.range) && fits(&date.sentence))
        && analysis
            .quotes
            .iter()
            .all(|quote| fits(&quote.range) && quote.speaker_range.as_ref().is_none_or(fits))
}

impl SqliteStore {
    /// Returns every stored article, in ingestion order, with its kept
    /// analysis when one of the current analyser version can be read back.
    ///
    /// # Errors
    /// Fails when the database cannot be read or an article row cannot be
    /// decoded; a bad kept analysis is not an error, only absent.
    pub fn documents(&self) -> Result<Vec<StoredDocument>, StoreError> {
        let mut statement = self.connection.prepare(&format!(
            "SELECT {ARTICLE_COLUMNS}, v.analysis FROM articles
             LEFT JOIN article_analyses v ON v.doc = articles.id AND v.version = ?1
             ORDER BY articles.seq"
        ))?;
        let rows = statement.query_map([ANALYSER_VERSION], |row| {
            Ok((stored_article(row)?, row.get::<_, Option<String>>(12)?))
        })?;
        let mut documents = Vec::new();
        for row in rows {
            let (stored, encoded) = row?;
            let article = stored.into_article()?;
            let analysis = encoded.and_then(|encoded| decode_analysis(&encoded, &article.text));
            documents.push(StoredDocument { article, analysis });
        }
        Ok(documents)
    }

    /// Returns the kept analyses of the current version for the given
    /// articles, by id; articles without a usable one are left out.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    pub fn analyses_by_ids(&self, ids: &[DocId]) -> Result<HashMap<DocId, Analysis>, StoreError> {
        let mut found = HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(IDS_PER_QUERY) {
            let placeholders = vec!["?"; chunk.len()].join(", ");
            let mut statement = self.connection.prepare(&format!(
                "SELECT a.id, a.text, v.analysis FROM article_analyses v
                 JOIN articles a ON a.id = v.doc
                 WHERE v.version = {ANALYSER_VERSION} AND v.doc IN ({placeholders})"
            ))?;
            let rows =
                statement.query_map(params_from_iter(chunk.iter().map(|id| &id.0)), |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, String>(1)?,
                        row.get::<_, String>(2)?,
                    ))
                })?;
            for row in rows {
                let (id, text, encoded) = row?;
                if let Some(analysis) = decode_analysis(&encoded, &text) {
                    found.insert(DocId(id), analysis);
                }
            }
        }
        Ok(found)
    }

    /// Keeps fresh analyses of stored articles (those [`SqliteStore::documents`]
    /// reported absent), replacing any older ones, in one transaction.
    /// Analyses of articles that are not stored are skipped.
    ///
    /// # Errors
    /// Fails when the database cannot be written; nothing is then changed.
    pub fn save_analyses(&mut self, analyses: &[(&DocId, &Analysis)]) -> Result<usize, StoreError> {
        let transaction = self.connection.transaction()?;
        let mut kept = Vec::with_capacity(analyses.len());
        {
            let mut exists = transaction.prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?;
            for &(doc, analysis) in analyses {
                if exists.exists([&doc.0])? {
                    kept.push((doc, analysis));
                }
            }
        }
        let written = write_analyses(&transaction, kept)?;
        transaction.commit()?;
        Ok(written)
    }
}

#[cfg(test)]
mod tests;
