//! Targeted reads for a long-running reader such as `dossier serve`: a cheap
//! read-only open, one story with only its own articles, and article search.
//!
//! The whole-table reads of [`Store`](crate::Store) suit a batch command; a
//! server answering many small requests should not load every article per
//! request, nor run `PRAGMA quick_check` on every connection.

use std::collections::HashMap;
use std::path::Path;

use dossier_core::model::{Article, DocId, Relation, Story, StoryAssignment, StoryChoice, StoryId};
use rusqlite::{Connection, OpenFlags, OptionalExtension, params, params_from_iter};

use super::{
    ARTICLE_COLUMNS, MIGRATIONS, SqliteStore, decode_evidence, decode_relation_kind, stored_article,
};
use crate::StoreError;

/// SQLite limits how many parameters one statement takes; id lists are read
/// in chunks well below the oldest limit (999).
pub(super) const IDS_PER_QUERY: usize = 500;

/// A cheap summary of what the database holds: it changes whenever an article,
/// a story membership or a relation is added, so a reader can key caches on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Fingerprint {
    /// The highest article sequence number.
    pub articles: i64,
    /// The highest story-membership sequence number.
    pub memberships: i64,
    /// How many relations are stored.
    pub relations: i64,
}

/// One article found by [`SqliteStore::search_articles`].
#[derive(Clone, Debug, PartialEq)]
pub struct SearchHit {
    /// The article.
    pub article: Article,
    /// The story it belongs to, if any.
    pub story: Option<String>,
}

impl SqliteStore {
    /// Opens an existing database for reading only, without the integrity
    /// check or migrations of [`SqliteStore::open`]: meant for one connection
    /// per request of a server whose start-up already opened the file fully.
    ///
    /// # Errors
    /// Fails when the file is absent or unreadable, is not a dossier database,
    /// or has a schema version this build does not know.
    pub fn open_for_reading(path: &Path) -> Result<SqliteStore, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let connection =
            Connection::open_with_flags(path, flags).map_err(|source| StoreError::Open {
                path: path.to_path_buf(),
                source,
            })?;
        // A writer (`dossier ingest`) may hold the lock briefly during a
        // checkpoint; waiting a little beats failing the request.
        connection.busy_timeout(std::time::Duration::from_secs(2))?;
        let store = SqliteStore {
            connection,
            path: path.to_path_buf(),
        };
        let version: i64 = store
            .connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .map_err(|error| store.corrupt(error.to_string()))?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found: version,
                known,
            });
        }
        if version < known {
            return Err(store.corrupt(format!(
                "schema version {version} is older than {known}; open it once with a dossier command to upgrade it"
            )));
        }
        Ok(store)
    }

    /// Returns a value that changes whenever articles, memberships or
    /// relations are added.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    pub fn fingerprint(&self) -> Result<Fingerprint, StoreError> {
        Ok(self.connection.query_row(
            "SELECT (SELECT coalesce(max(seq), 0) FROM articles),
                    (SELECT coalesce(max(seq), 0) FROM story_members),
                    (SELECT count(*) FROM relations)",
            [],
            |row| {
                Ok(Fingerprint {
                    articles: row.get(0)?,
                    memberships: row.get(1)?,
                    relations: row.get(2)?,
                })
            },
        )?)
    }

    /// Returns one story with its members in joining order, or `None` when no
    /// story has this id.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    pub fn story(&self, id: &str) -> Result<Option<Story>, StoreError> {
        let Some(title) = self
            .connection
            .query_row("SELECT title FROM stories WHERE id = ?1", [id], |row| {
                row.get::<_, String>(0)
            })
            .optional()?
        else {
            return Ok(None);
        };
        let mut statement = self
            .connection
            .prepare("SELECT doc FROM story_members WHERE story = ?1 ORDER BY seq")?;
        let articles = statement
            .query_map([id], |row| Ok(DocId(row.get(0)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Some(Story {
            id: StoryId(id.to_string()),
            title,
            articles,
        }))
    }

    /// Returns the story an article belongs to, if any.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    pub fn story_of(&self, doc: &DocId) -> Result<Option<String>, StoreError> {
        Ok(self
            .connection
            .query_row(
                "SELECT story FROM story_members WHERE doc = ?1",
                [&doc.0],
                |row| row.get(0),
            )
            .optional()?)
    }

    /// Returns the articles with the given ids that are stored, in the order
    /// of `ids` (unknown ids are skipped).
    ///
    /// # Errors
    /// Fails when the database cannot be read or a row cannot be decoded.
    pub fn articles_by_ids(&self, ids: &[DocId]) -> Result<Vec<Article>, StoreError> {
        let mut found: HashMap<DocId, Article> = HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(IDS_PER_QUERY) {
            let placeholders = vec!["?"; chunk.len()].join(", ");
            let mut statement = self.connection.prepare(&format!(
                "SELECT {ARTICLE_COLUMNS} FROM articles WHERE id IN ({placeholders})"
            ))?;
            let rows = statement
                .query_map(params_from_iter(chunk.iter().map(|id| &id.0)), |row| {
                    stored_article(row)
                })?;
            for row in rows {
                let article = row?.into_article()?;
                found.insert(article.id.clone(), article);
            }
        }
        Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
    }

    /// Returns the relations whose both ends are among `ids`.
    ///
    /// # Errors
    /// Fails when the database cannot be read or a kind is unknown.
    pub fn relations_among(&self, ids: &[DocId]) -> Result<Vec<Relation>, StoreError> {
        let members: std::collections::HashSet<&str> = ids.iter().map(|id| id.0.as_str()).collect();
        let mut relations = Vec::new();
        for chunk in ids.chunks(IDS_PER_QUERY) {
            let placeholders = vec!["?"; chunk.len()].join(", ");
            let mut statement = self.connection.prepare(&format!(
                "SELECT a, b, kind, score FROM relations WHERE a IN ({placeholders}) ORDER BY rowid"
            ))?;
            let rows =
                statement.query_map(params_from_iter(chunk.iter().map(|id| &id.0)), |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, String>(1)?,
                        row.get::<_, String>(2)?,
                        row.get::<_, f64>(3)?,
                    ))
                })?;
            for row in rows {
                let (a, b, kind, score) = row?;
                if !members.contains(b.as_str()) {
                    continue;
                }
                relations.push(Relation {
                    a: DocId(a),
                    b: DocId(b),
                    kind: decode_relation_kind(&kind)?,
                    score,
                });
            }
        }
        Ok(relations)
    }

    /// Returns why each member of the story joined it, in joining order.
    ///
    /// # Errors
    /// Fails when the database cannot be read or evidence cannot be decoded.
    pub fn story_assignments(&self, story: &str) -> Result<Vec<StoryAssignment>, StoreError> {
        let mut statement = self.connection.prepare(
            "SELECT doc, similarity, evidence FROM story_members WHERE story = ?1 ORDER BY seq",
        )?;
        let rows = statement.query_map([story], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, f64>(1)?,
                row.get::<_, String>(2)?,
            ))
        })?;
        let mut assignments = Vec::new();
        for row in rows {
            let (doc, similarity, evidence) = row?;
            assignments.push(StoryAssignment {
                doc: DocId(doc),
                story: StoryChoice::Existing(StoryId(story.to_string())),
                similarity,
                evidence: decode_evidence(&evidence)?,
            });
        }
        Ok(assignments)
    }

    /// Returns each story's distinct outlets by story id: the article's
    /// source, or the file name of its origin when the source is unknown.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    pub fn story_sources(&self) -> Result<HashMap<String, Vec<String>>, StoreError> {
        let mut statement = self.connection.prepare(
            "SELECT DISTINCT m.story, a.source, a.origin
             FROM story_members m JOIN articles a ON a.id = m.doc",
        )?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, Option<String>>(1)?,
                row.get::<_, String>(2)?,
            ))
        })?;
        let mut sources: HashMap<String, Vec<String>> = HashMap::new();
        for row in rows {
            let (story, source, origin) = row?;
            let label = match source.as_deref().map(str::trim) {
                Some(source) if !source.is_empty() => source.to_string(),
                _ => origin
                    .rsplit(['/', '\\'])
                    .next()
                    .unwrap_or(origin.as_str())
                    .to_string(),
            };
            sources.entry(story).or_default().push(label);
        }
        for outlets in sources.values_mut() {
            outlets.sort();
            outlets.dedup();
        }
        Ok(sources)
    }

    /// Finds articles whose title or text contains every one of `terms`
    /// (case-insensitive for ASCII letters), newest first, at most `limit`.
    ///
    /// # Errors
    /// Fails when the database cannot be read or a row cannot be decoded.
    pub fn search_articles(
        &self,
        terms: &[String],
        limit: usize,
    ) -> Result<Vec<SearchHit>, StoreError> {
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let conditions: Vec<String> = (1..=terms.len())
            .map(|index| {
                format!("(a.title LIKE ?{index} ESCAPE '\\' OR a.text LIKE ?{index} ESCAPE '\\')")
            })
            .collect();
        let sql = format!(
            "SELECT {columns}, m.story FROM articles a LEFT JOIN story_members m ON m.doc = a.id
             WHERE {conditions}
             ORDER BY a.published IS NULL, a.published DESC, a.seq DESC
             LIMIT {limit}",
            columns = ARTICLE_COLUMNS
                .split(", ")
                .map(|column| format!("a.{column}"))
                .collect::<Vec<_>>()
                .join(", "),
            conditions = conditions.join(" AND "),
            limit = limit.min(i64::MAX as usize),
        );
        let patterns: Vec<String> = terms
            .iter()
            .map(|term| format!("%{}%", escape_like(term)))
            .collect();
        let mut statement = self.connection.prepare(&sql)?;
        let rows = statement.query_map(params_from_iter(patterns.iter()), |row| {
            Ok((stored_article(row)?, row.get::<_, Option<String>>(12)?))
        })?;
        let mut hits = Vec::new();
        for row in rows {
            let (stored, story) = row?;
            hits.push(SearchHit {
                article: stored.into_article()?,
                story,
            });
        }
        Ok(hits)
    }

    /// Counts the stored articles.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    pub fn count_articles(&self) -> Result<usize, StoreError> {
        let count: i64 =
            self.connection
                .query_row("SELECT count(*) FROM articles", params![], |row| row.get(0))?;
        Ok(count.max(0) as usize)
    }
}

/// Escapes the wildcards of a LIKE pattern so a term matches literally.
fn escape_like(term: &str) -> String {
    let mut escaped = String::with_capacity(term.len());
    for ch in term.chars() {
        if matches!(ch, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(ch);
    }
    escaped
}

#[cfg(test)]
mod tests;
