//! dossier-store: where dossier keeps articles, copy relations and stories.
//!
//! The store is applied, not consulted: `dossier-core` computes a
//! [`ChangeSet`] and [`Store::apply`] writes it in one transaction, so a batch
//! lands whole or not at all. [`Store`] is a trait because there are real
//! alternatives (SQLite now, PostgreSQL later); [`SqliteStore`] is the default.

mod sqlite;

use std::path::PathBuf;

use dossier_core::model::{Analysis, Article, PartialDate, Relation, Story, StoryAssignment};
use dossier_core::pipeline::ChangeSet;

pub use sqlite::{Fingerprint, SearchHit, SqliteStore};

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database file could not be opened or created.
    #[error("cannot open database {path}: {source}")]
    Open {
        /// The database path.
        path: PathBuf,
        /// The driver's error.
        source: rusqlite::Error,
    },
    /// The file exists but is not a dossier database, or is damaged.
    #[error(
        "database {path} is not a dossier database or is damaged ({detail}); \
         move it aside or pass another path with --db"
    )]
    Corrupt {
        /// The database path.
        path: PathBuf,
        /// What the check found.
        detail: String,
    },
    /// The database was written by a newer dossier.
    #[error(
        "database {path} has schema version {found}, newer than this dossier knows ({known}); \
         upgrade dossier"
    )]
    TooNew {
        /// The database path.
        path: PathBuf,
        /// The version found in the file.
        found: i64,
        /// The newest version this build knows.
        known: i64,
    },
    /// A query failed.
    #[error("database query failed: {0}")]
    Query(#[from] rusqlite::Error),
    /// A stored value could not be read back.
    #[error("stored {what} could not be read: {detail}")]
    Decode {
        /// What was being read.
        what: &'static str,
        /// Why it failed.
        detail: String,
    },
}

/// What applying a change set did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ApplyReport {
    /// Articles written.
    pub articles_added: usize,
    /// Relations written.
    pub relations_added: usize,
    /// Stories opened.
    pub stories_created: usize,
    /// Assignments of articles to stories written.
    pub assignments: usize,
}

/// A stored article with its kept analysis, as [`SqliteStore::documents`]
/// reads them.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredDocument {
    /// The article.
    pub article: Article,
    /// Its kept analysis, when one of the current analyser version could be
    /// read back; `None` means the caller must analyse the article again.
    pub analysis: Option<Analysis>,
}

/// One line of the story list.
#[derive(Clone, Debug, PartialEq)]
pub struct StorySummary {
    /// The story.
    pub id: String,
    /// Its headline.
    pub title: String,
    /// How many articles it has.
    pub num_articles: usize,
    /// How many distinct outlets.
    pub num_sources: usize,
    /// Earliest publication date among its articles.
    pub first_published: Option<PartialDate>,
    /// Latest publication date among its articles.
    pub last_published: Option<PartialDate>,
}

/// Where dossier keeps what it has ingested.
pub trait Store {
    /// Writes a change set in one transaction: all of it or none of it.
    ///
    /// # Errors
    /// Fails when the database cannot be written; nothing is then changed.
    fn apply(&mut self, change_set: &ChangeSet) -> Result<ApplyReport, StoreError>;

    /// Returns every stored article, in ingestion order.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    fn articles(&self) -> Result<Vec<Article>, StoreError>;

    /// Returns every stored story with its members, oldest story first.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    fn stories(&self) -> Result<Vec<Story>, StoreError>;

    /// Returns why each article is in its story: the similarity and shared
    /// evidence the cluster stage recorded, as [`StoryAssignment`]s to
    /// existing stories, in the order the articles joined.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    fn assignments(&self) -> Result<Vec<StoryAssignment>, StoreError>;

    /// Returns every stored copy relation.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    fn relations(&self) -> Result<Vec<Relation>, StoreError>;

    /// Returns the story list with counts and date ranges, largest story first.
    ///
    /// # Errors
    /// Fails when the database cannot be read.
    fn story_summaries(&self) -> Result<Vec<StorySummary>, StoreError>;
}
