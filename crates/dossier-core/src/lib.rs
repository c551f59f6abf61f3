//! dossier-core: turns news articles into source-attributed story dossiers.
//!
//! Pure and synchronous: no file, network or database access happens here; the
//! binary reads bytes and the store applies what this crate computes.
//!
//! The pipeline, in order:
//! 1. [`ingest`]: bytes -> [`RawDocument`]s (format sniffing, charset decoding, JSON Lines).
//! 2. [`extract`]: [`RawDocument`] -> [`Article`] (main text, metadata, site chrome removed).
//! 3. [`analyse`]: [`Article`] -> [`Analysis`] (sentences, names, quantities, dates, quotes).
//! 4. [`dedupe`]: articles -> [`Relation`]s (exact copies, near duplicates, rewrites).
//! 5. [`cluster`]: documents -> [`StoryAssignment`]s (online, one article at a time).
//! 6. [`reconcile`]: a story's documents -> [`Reconciliation`] (entities, facts, quotes, timeline).
//! 7. [`pipeline`]: runs 2-5 over a batch against a [`pipeline::Snapshot`] and returns a
//!    [`pipeline::ChangeSet`] for the store to apply.
//! 8. [`export`]: stored articles and stories -> the JSON export contract.

pub mod analyse;
pub mod cluster;
pub mod dedupe;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod model;
pub mod pipeline;
pub mod reconcile;
pub mod text;

pub use model::*;
