//! The SQLite backend of [`Store`]: one file, bundled SQLite, numbered migrations.

use std::path::{Path, PathBuf};

use dossier_core::model::{
    Article, DocId, PartialDate, Relation, RelationKind, Story, StoryAssignment, StoryChoice,
    StoryId, TextRange,
};
use dossier_core::pipeline::{Change, ChangeSet};
use rusqlite::{Connection, OptionalExtension, params};

use crate::{ApplyReport, Store, StoreError, StorySummary};

mod analyses;
mod read;
pub use read::{Fingerprint, SearchHit};

/// Schema migrations, applied in order; `PRAGMA user_version` counts how many
/// have run. Append only: a released migration never changes.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE articles (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    origin      TEXT NOT NULL,
    external_id TEXT,
    url         TEXT,
    title       TEXT NOT NULL,
    source      TEXT,
    author      TEXT,
    published   TEXT,
    lang        TEXT,
    text        TEXT NOT NULL,
    blocks      TEXT NOT NULL,
    extra       TEXT NOT NULL
);
CREATE TABLE relations (
    a     TEXT NOT NULL,
    b     TEXT NOT NULL,
    kind  TEXT NOT NULL,
    score REAL NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE TABLE stories (
    seq   INTEGER PRIMARY KEY AUTOINCREMENT,
    id    TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL
);
CREATE TABLE story_members (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    story      TEXT NOT NULL REFERENCES stories(id),
    doc        TEXT NOT NULL UNIQUE REFERENCES articles(id),
    similarity REAL NOT NULL,
    evidence   TEXT NOT NULL
);
CREATE INDEX story_members_story ON story_members(story);
"#,
    r#"
CREATE TABLE article_analyses (
    doc      TEXT PRIMARY KEY REFERENCES articles(id),
    version  INTEGER NOT NULL,
    analysis TEXT NOT NULL
);
"#,
];

/// A dossier database in one SQLite file.
pub struct SqliteStore {
    connection: Connection,
    path: PathBuf,
}

impl SqliteStore {
    /// Opens the database at `path`, creating it when absent, checking that it
    /// is a sound dossier database and bringing its schema up to date.
    ///
    /// # Errors
    /// Fails when the file cannot be opened, is not a SQLite database, is
    /// damaged, or was written by a newer dossier.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        let connection = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        let store = SqliteStore {
            connection,
            path: path.to_path_buf(),
        };
        store.check_integrity()?;
        store.migrate()?;
        store
            .connection
            .execute_batch("PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL;")?;
        Ok(store)
    }

    /// Opens a private in-memory database (for tests and one-shot runs).
    ///
    /// # Errors
    /// Fails only if SQLite cannot allocate the database.
    pub fn open_in_memory() -> Result<SqliteStore, StoreError> {
        let connection = Connection::open_in_memory()?;
        let store = SqliteStore {
            connection,
            path: PathBuf::from(":memory:"),
        };
        store.migrate()?;
        store
            .connection
            .execute_batch("PRAGMA foreign_keys = ON;")?;
        Ok(store)
    }

    fn corrupt(&self, detail: impl Into<String>) -> StoreError {
        StoreError::Corrupt {
            path: self.path.clone(),
            detail: detail.into(),
        }
    }

    fn check_integrity(&self) -> Result<(), StoreError> {
        // A file that is not SQLite fails on its first read, so this check is
        // what turns "garbage file" into a clear message before anything writes.
        let verdict: String = self
            .connection
            .query_row("PRAGMA quick_check", [], |row| row.get(0))
            .map_err(|error| self.corrupt(error.to_string()))?;
        if verdict != "ok" {
            return Err(self.corrupt(verdict));
        }
        Ok(())
    }

    fn migrate(&self) -> Result<(), StoreError> {
        let version: i64 = self
            .connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .map_err(|error| self.corrupt(error.to_string()))?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(StoreError::TooNew {
                path: self.path.clone(),
                found: version,
                known,
            });
        }
        if version == 0 {
            let tables: i64 = self.connection.query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
                [],
                |row| row.get(0),
            )?;
            if tables > 0 {
                return Err(self.corrupt("it holds tables but no dossier schema version"));
            }
        }
        for (index, migration) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let next = index as i64 + 1;
            self.connection.execute_batch(&format!(
                "BEGIN; {migration}; PRAGMA user_version = {next}; COMMIT;"
            ))?;
        }
        Ok(())
    }
}

impl Store for SqliteStore {
    fn apply(&mut self, change_set: &ChangeSet) -> Result<ApplyReport, StoreError> {
        let transaction = self.connection.transaction()?;
        let mut report = ApplyReport::default();
        for change in &change_set.changes {
            match change {
                Change::InsertArticle(article) => {
                    report.articles_added += transaction.execute(
                        "INSERT OR IGNORE INTO articles
                         (id, origin, external_id, url, title, source, author, published, lang, text, blocks, extra)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                        params![
                            article.id.0,
                            article.origin,
                            article.external_id,
                            article.url,
                            article.title,
                            article.source,
                            article.author,
                            article.published.map(|date| date.to_string()),
                            article.lang,
                            article.text,
                            encode_blocks(&article.blocks),
                            serde_json::Value::Object(article.extra.clone()).to_string(),
                        ],
                    )?;
                }
                Change::InsertRelation(relation) => {
                    report.relations_added += transaction.execute(
                        "INSERT OR IGNORE INTO relations (a, b, kind, score) VALUES (?1, ?2, ?3, ?4)",
                        params![relation.a.0, relation.b.0, relation.kind.as_str(), relation.score],
                    )?;
                }
                Change::CreateStory { id, title } => {
                    report.stories_created += transaction.execute(
                        "INSERT OR IGNORE INTO stories (id, title) VALUES (?1, ?2)",
                        params![id.0, title],
                    )?;
                }
                Change::AssignStory {
                    doc,
                    story,
                    similarity,
                    evidence,
                } => {
                    let evidence = serde_json::to_string(evidence).unwrap_or_else(|_| "[]".into());
                    report.assignments += transaction.execute(
                        "INSERT OR IGNORE INTO story_members (story, doc, similarity, evidence)
                         VALUES (?1, ?2, ?3, ?4)",
                        params![story.0, doc.0, similarity, evidence],
                    )?;
                }
            }
        }
        analyses::write_analyses(
            &transaction,
            change_set
                .analyses
                .iter()
                .map(|(doc, analysis)| (doc, analysis)),
        )?;
        transaction.commit()?;
        Ok(report)
    }

    fn articles(&self) -> Result<Vec<Article>, StoreError> {
        let mut statement = self.connection.prepare(&format!(
            "SELECT {ARTICLE_COLUMNS} FROM articles ORDER BY seq"
        ))?;
        let rows = statement.query_map([], stored_article)?;
        let mut articles = Vec::new();
        for row in rows {
            articles.push(row?.into_article()?);
        }
        Ok(articles)
    }

    fn stories(&self) -> Result<Vec<Story>, StoreError> {
        let mut statement = self
            .connection
            .prepare("SELECT id, title FROM stories ORDER BY seq")?;
        let mut stories: Vec<Story> = statement
            .query_map([], |row| {
                Ok(Story {
                    id: StoryId(row.get(0)?),
                    title: row.get(1)?,
                    articles: Vec::new(),
                })
            })?
            .collect::<Result<_, _>>()?;
        let mut members = self
            .connection
            .prepare("SELECT story, doc FROM story_members ORDER BY seq")?;
        let pairs = members.query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?;
        let index: std::collections::HashMap<String, usize> = stories
            .iter()
            .enumerate()
            .map(|(position, story)| (story.id.0.clone(), position))
            .collect();
        for pair in pairs {
            let (story, doc) = pair?;
            if let Some(&position) = index.get(&story) {
                stories[position].articles.push(DocId(doc));
            }
        }
        Ok(stories)
    }

    fn assignments(&self) -> Result<Vec<StoryAssignment>, StoreError> {
        let mut statement = self
            .connection
            .prepare("SELECT story, doc, similarity, evidence FROM story_members ORDER BY seq")?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, f64>(2)?,
                row.get::<_, String>(3)?,
            ))
        })?;
        let mut assignments = Vec::new();
        for row in rows {
            let (story, doc, similarity, evidence) = row?;
            assignments.push(StoryAssignment {
                doc: DocId(doc),
                story: StoryChoice::Existing(StoryId(story)),
                similarity,
                evidence: decode_evidence(&evidence)?,
            });
        }
        Ok(assignments)
    }

    fn relations(&self) -> Result<Vec<Relation>, StoreError> {
        let mut statement = self
            .connection
            .prepare("SELECT a, b, kind, score FROM relations ORDER BY rowid")?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, f64>(3)?,
            ))
        })?;
        let mut relations = Vec::new();
        for row in rows {
            let (a, b, kind, score) = row?;
            let kind = decode_relation_kind(&kind)?;
            relations.push(Relation {
                a: DocId(a),
                b: DocId(b),
                kind,
                score,
            });
        }
        Ok(relations)
    }

    fn story_summaries(&self) -> Result<Vec<StorySummary>, StoreError> {
        let mut statement = self.connection.prepare(
            "SELECT s.id, s.title, count(a.id),
                    count(DISTINCT coalesce(a.source, a.origin)),
                    min(a.published), max(a.published)
             FROM stories s
             JOIN story_members m ON m.story = s.id
             JOIN articles a ON a.id = m.doc
             GROUP BY s.id
             ORDER BY count(a.id) DESC, min(s.seq)",
        )?;
        let rows = statement.query_map([], |row| {
            Ok(StorySummary {
                id: row.get(0)?,
                title: row.get(1)?,
                num_articles: row.get::<_, i64>(2)? as usize,
                num_sources: row.get::<_, i64>(3)? as usize,
                first_published: row
                    .get::<_, Option<String>>(4)?
                    .and_then(|text| PartialDate::parse_iso(&text)),
                last_published: row
                    .get::<_, Option<String>>(5)?
                    .and_then(|text| PartialDate::parse_iso(&text)),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// An article row as stored, before its JSON columns are decoded.
/// The columns of `articles` that [`stored_article`] reads, in its order.
const ARTICLE_COLUMNS: &str =
    "id, origin, external_id, url, title, source, author, published, lang, text, blocks, extra";

/// Maps a row of [`ARTICLE_COLUMNS`] to the stored form of an article.
fn stored_article(row: &rusqlite::Row<'_>) -> rusqlite::Result<StoredArticle> {
    Ok(StoredArticle {
        id: row.get(0)?,
        origin: row.get(1)?,
        external_id: row.get(2)?,
        url: row.get(3)?,
        title: row.get(4)?,
        source: row.get(5)?,
        author: row.get(6)?,
        published: row.get(7)?,
        lang: row.get(8)?,
        text: row.get(9)?,
        blocks: row.get(10)?,
        extra: row.get(11)?,
    })
}

/// Reads the JSON list of evidence stored with a story membership.
fn decode_evidence(json: &str) -> Result<Vec<String>, StoreError> {
    serde_json::from_str(json).map_err(|error| StoreError::Decode {
        what: "story evidence",
        detail: error.to_string(),
    })
}

struct StoredArticle {
    id: String,
    origin: String,
    external_id: Option<String>,
    url: Option<String>,
    title: String,
    source: Option<String>,
    author: Option<String>,
    published: Option<String>,
    lang: Option<String>,
    text: String,
    blocks: String,
    extra: String,
}

impl StoredArticle {
    fn into_article(self) -> Result<Article, StoreError> {
        let blocks = decode_blocks(&self.blocks, self.text.len())?;
        let extra = match serde_json::from_str::<serde_json::Value>(&self.extra) {
            Ok(serde_json::Value::Object(map)) => map,
            _ => {
                return Err(StoreError::Decode {
                    what: "article extra fields",
                    detail: format!("article {} has a malformed extra column", self.id),
                });
            }
        };
        Ok(Article {
            id: DocId(self.id),
            origin: self.origin,
            external_id: self.external_id,
            url: self.url,
            title: self.title,
            source: self.source,
            author: self.author,
            published: self.published.as_deref().and_then(PartialDate::parse_iso),
            lang: self.lang,
            text: self.text,
            blocks,
            extra,
        })
    }
}

/// Blocks are stored as a flat JSON array `[start, end, start, end, ...]`.
fn encode_blocks(blocks: &[TextRange]) -> String {
    let flat: Vec<usize> = blocks
        .iter()
        .flat_map(|block| [block.start, block.end])
        .collect();
    serde_json::to_string(&flat).unwrap_or_else(|_| "[]".into())
}

fn decode_blocks(encoded: &str, text_len: usize) -> Result<Vec<TextRange>, StoreError> {
    let flat: Vec<usize> = serde_json::from_str(encoded).map_err(|error| StoreError::Decode {
        what: "article blocks",
        detail: error.to_string(),
    })?;
    let blocks: Vec<TextRange> = flat
        .chunks_exact(2)
        .filter(|pair| pair[0] <= pair[1] && pair[1] <= text_len)
        .map(|pair| TextRange::new(pair[0], pair[1]))
        .collect();
    Ok(blocks)
}

fn decode_relation_kind(kind: &str) -> Result<RelationKind, StoreError> {
    match kind {
        "exact" => Ok(RelationKind::Exact),
        "near_duplicate" => Ok(RelationKind::NearDuplicate),
        "rewrite" => Ok(RelationKind::Rewrite),
        "shared_source" => Ok(RelationKind::SharedSource),
        other => Err(StoreError::Decode {
            what: "relation kind",
            detail: format!("unknown kind {other:?}"),
        }),
    }
}

impl SqliteStore {
    /// Tells whether an article with this id is stored.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    pub fn has_article(&self, id: &DocId) -> Result<bool, StoreError> {
        Ok(self
            .connection
            .query_row("SELECT 1 FROM articles WHERE id = ?1", [&id.0], |_| Ok(()))
            .optional()?
            .is_some())
    }
}

#[cfg(test)]
mod tests;
