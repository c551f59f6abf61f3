//! `dossier ingest` and `dossier extract`: read inputs, run the pipeline in
//! batches, apply each batch in one transaction, and report what happened.

use std::io::{BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use dossier::documents;
use dossier_core::extract::{self, ExtractConfig};
use dossier_core::ingest::{self, IngestConfig};
use dossier_core::model::{Diagnostic, DocId, Format, GivenMetadata, RawDocument, Severity};
use dossier_core::pipeline::{self, PipelineConfig, Snapshot, StreamState};
use dossier_store::{SqliteStore, Store};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

use crate::cli::{ExtractArgs, IngestArgs};
use crate::exit;
use crate::files::{self, Input};

/// How many documents go through the pipeline and into one transaction.
const BATCH_SIZE: usize = 512;

/// What an ingest run did, as printed (or written as JSON with `--json`).
#[derive(Debug, Default, Serialize)]
struct Summary {
    inputs: usize,
    articles_added: usize,
    already_stored: usize,
    stories_touched: usize,
    stories_created: usize,
    stories_merged: usize,
    relations_added: usize,
    rejected: Vec<Problem>,
    /// Readable inputs kept out because they hold no article (an error,
    /// paywall or consent page): not broken, so not "rejected".
    warnings: Vec<Problem>,
}

#[derive(Debug, Serialize)]
struct Problem {
    input: String,
    reason: String,
}

/// Runs `dossier ingest` (and the first half of `dossier run`).
pub fn run_ingest(db_path: &Path, args: &IngestArgs, quiet: bool) -> anyhow::Result<ExitCode> {
    let mut store = open_store(db_path)?;
    let (inputs, unreadable) = files::collect_inputs(&args.paths);
    let mut summary = Summary {
        inputs: inputs.len() + unreadable.len(),
        ..Summary::default()
    };
    for rejected in unreadable {
        summary.rejected.push(Problem {
            input: rejected.input,
            reason: rejected.reason,
        });
    }

    let config = PipelineConfig::default();
    // Loaded on the first batch holding an article not yet stored: an ingest
    // that only meets stored articles (a folder scraped again) reads no corpus.
    let mut snapshot: Option<Snapshot> = None;
    // The copy and story indexes the batches build, kept for the next batch
    // so a large ingest does not re-read the snapshot per batch.
    let mut state = StreamState::default();
    let mut touched = std::collections::HashSet::new();
    let ingest_config = IngestConfig::default();
    let progress = progress_bar(inputs.len() as u64, quiet);
    let mut pending: Vec<RawDocument> = Vec::new();

    for input in &inputs {
        progress.set_message(input.label());
        let bytes = match input.read(ingest_config.max_bytes) {
            Ok(bytes) => bytes,
            Err(reason) => {
                summary.rejected.push(Problem {
                    input: input.label(),
                    reason,
                });
                progress.inc(1);
                continue;
            }
        };
        let ingested = ingest::ingest(&input.label(), &bytes, input.format_hint(), &ingest_config);
        record_diagnostics(&mut summary, ingested.diagnostics);
        pending.extend(ingested.documents);
        if pending.len() >= BATCH_SIZE {
            let batch = std::mem::take(&mut pending);
            apply_batch(
                &mut store,
                batch,
                &mut snapshot,
                &mut state,
                &config,
                &mut summary,
                &mut touched,
            )?;
        }
        progress.inc(1);
    }
    if !pending.is_empty() {
        apply_batch(
            &mut store,
            pending,
            &mut snapshot,
            &mut state,
            &config,
            &mut summary,
            &mut touched,
        )?;
    }
    progress.finish_and_clear();
    summary.stories_touched = touched.len();

    print_summary(&summary, args.json, quiet, db_path)?;
    let nothing_done = summary.articles_added == 0 && summary.already_stored == 0;
    if nothing_done {
        return Ok(ExitCode::from(exit::NOTHING_DONE));
    }
    Ok(ExitCode::SUCCESS)
}

fn apply_batch(
    store: &mut SqliteStore,
    batch: Vec<RawDocument>,
    snapshot: &mut Option<Snapshot>,
    state: &mut StreamState,
    config: &PipelineConfig,
    summary: &mut Summary,
    touched: &mut std::collections::HashSet<String>,
) -> anyhow::Result<()> {
    // The pipeline would skip these too; skipping them here is what lets a
    // batch of stored articles end before the snapshot is loaded.
    let mut unseen = Vec::with_capacity(batch.len());
    for raw in batch {
        if store
            .has_article(&raw.id)
            .context("looking up stored articles")?
        {
            summary.already_stored += 1;
        } else {
            unseen.push(raw);
        }
    }
    if unseen.is_empty() {
        return Ok(());
    }
    let snapshot = match snapshot {
        Some(snapshot) => snapshot,
        None => snapshot.insert(load_snapshot(store)?),
    };
    let change_set = pipeline::process_stream_batch(unseen, snapshot, state, config);
    let report = store
        .apply(&change_set)
        .context("writing the batch to the database (nothing of this batch was stored)")?;
    summary.articles_added += report.articles_added;
    summary.relations_added += report.relations_added;
    summary.stories_created += report.stories_created;
    summary.stories_merged += report.stories_merged;
    summary.already_stored += change_set.already_stored.len();
    for story in change_set.stories_touched() {
        touched.insert(story.0);
    }
    record_diagnostics(summary, change_set.diagnostics);
    Ok(())
}

fn record_diagnostics(summary: &mut Summary, diagnostics: Vec<Diagnostic>) {
    for diagnostic in diagnostics {
        let problem = Problem {
            input: diagnostic.origin,
            reason: diagnostic.message,
        };
        match diagnostic.severity {
            Severity::Error => summary.rejected.push(problem),
            Severity::Warning => summary.warnings.push(problem),
            Severity::Info => {}
        }
    }
}

fn print_summary(summary: &Summary, json: bool, quiet: bool, db_path: &Path) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if json {
        serde_json::to_writer_pretty(&mut out, summary)?;
        writeln!(out)?;
        return Ok(());
    }
    let mut err = std::io::stderr().lock();
    for problem in &summary.rejected {
        writeln!(
            err,
            "dossier: rejected {}: {}",
            problem.input, problem.reason
        )?;
    }
    for problem in &summary.warnings {
        writeln!(
            err,
            "dossier: warning: {}: {}",
            problem.input, problem.reason
        )?;
    }
    if quiet {
        return Ok(());
    }
    // Every input is counted somewhere, so the figures add up to the inputs.
    let no_article = match summary.warnings.len() {
        0 => String::new(),
        n => format!(", {n} with no article (see the warnings)"),
    };
    let merged = match summary.stories_merged {
        0 => String::new(),
        n => format!(", {n} merged into older ones"),
    };
    writeln!(
        err,
        "ingested {} input(s) into {}: {} article(s) added, {} already stored, {} rejected{no_article}; \
         {} stor{} touched ({} new{merged}), {} copy relation(s)",
        summary.inputs,
        db_path.display(),
        summary.articles_added,
        summary.already_stored,
        summary.rejected.len(),
        summary.stories_touched,
        if summary.stories_touched == 1 {
            "y"
        } else {
            "ies"
        },
        summary.stories_created,
        summary.relations_added,
    )?;
    Ok(())
}

fn progress_bar(len: u64, quiet: bool) -> ProgressBar {
    if quiet {
        return ProgressBar::hidden();
    }
    // indicatif draws only when stderr is a terminal, so pipes and CI logs
    // stay clean without a flag.
    let progress = ProgressBar::new(len);
    if let Ok(style) =
        ProgressStyle::with_template("{bar:30} {pos}/{len} files  {elapsed_precise}  {wide_msg}")
    {
        progress.set_style(style);
    }
    progress
}

/// Opens the database, saying which file failed and what to do.
pub fn open_store(db_path: &Path) -> anyhow::Result<SqliteStore> {
    SqliteStore::open(db_path).with_context(|| format!("opening database {}", db_path.display()))
}

/// Loads what is stored, analysed, for the pipeline to build on.
pub fn load_snapshot(store: &mut SqliteStore) -> anyhow::Result<Snapshot> {
    let documents = documents::load_documents(store).context("reading stored articles")?;
    let stories = store.stories().context("reading stored stories")?;
    Ok(Snapshot { stories, documents })
}

/// One extracted article as `dossier extract` prints it.
#[derive(Debug, Serialize)]
struct ExtractedRecord {
    id: String,
    title: Option<String>,
    author: Option<String>,
    date: Option<String>,
    sitename: Option<String>,
    lang: Option<String>,
    url: Option<String>,
    text: String,
}

/// Runs `dossier extract`.
pub fn run_extract(args: &ExtractArgs) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let config = ExtractConfig::default();
    if args.jsonl {
        let stdin = std::io::stdin();
        for (index, line) in stdin.lock().lines().enumerate() {
            let line = line.context("reading standard input")?;
            if line.trim().is_empty() {
                continue;
            }
            let record = match serde_json::from_str::<serde_json::Value>(&line) {
                Ok(record) => record,
                Err(error) => {
                    eprintln!("dossier: rejected -#line {}: not JSON: {error}", index + 1);
                    continue;
                }
            };
            let id = match &record["id"] {
                serde_json::Value::String(id) => id.clone(),
                serde_json::Value::Null => format!("line {}", index + 1),
                other => other.to_string(),
            };
            let html = record["html"].as_str().unwrap_or_default().to_string();
            let raw = RawDocument {
                id: DocId::from_content(line.as_bytes()),
                origin: "-".into(),
                format: Format::Html,
                content: html,
                charset: "utf-8".into(),
                given: GivenMetadata {
                    external_id: Some(id.clone()),
                    ..GivenMetadata::default()
                },
            };
            let extracted = extract::extract(&raw, &config);
            let record = match extracted.article {
                Some(article) => ExtractedRecord {
                    id,
                    title: Some(article.title),
                    author: article.author,
                    date: article.published.map(|date| date.to_string()),
                    sitename: article.source,
                    lang: article.lang,
                    url: article.url,
                    text: article.text,
                },
                None => ExtractedRecord {
                    id,
                    title: None,
                    author: None,
                    date: None,
                    sitename: None,
                    lang: None,
                    url: None,
                    text: String::new(),
                },
            };
            serde_json::to_writer(&mut out, &record)?;
            writeln!(out)?;
        }
        return Ok(());
    }
    let ingest_config = IngestConfig::default();
    let mut records = Vec::new();
    for path in &args.files {
        let input = Input::File(path.clone());
        let bytes = match input.read(ingest_config.max_bytes) {
            Ok(bytes) => bytes,
            Err(reason) => {
                eprintln!("dossier: rejected {}: {reason}", input.label());
                continue;
            }
        };
        let ingested = ingest::ingest(&input.label(), &bytes, input.format_hint(), &ingest_config);
        for diagnostic in &ingested.diagnostics {
            if diagnostic.severity >= Severity::Warning {
                eprintln!("dossier: {}: {}", diagnostic.origin, diagnostic.message);
            }
        }
        for raw in ingested.documents {
            let extracted = extract::extract(&raw, &config);
            for diagnostic in &extracted.diagnostics {
                if diagnostic.severity >= Severity::Warning {
                    eprintln!("dossier: {}: {}", diagnostic.origin, diagnostic.message);
                }
            }
            if let Some(article) = extracted.article {
                records.push(ExtractedRecord {
                    id: raw.origin_label(),
                    title: Some(article.title),
                    author: article.author,
                    date: article.published.map(|date| date.to_string()),
                    sitename: article.source,
                    lang: article.lang,
                    url: article.url,
                    text: article.text,
                });
            }
        }
    }
    serde_json::to_writer_pretty(&mut out, &records)?;
    writeln!(out)?;
    Ok(())
}
