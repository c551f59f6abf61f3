//! The ingest harness (`cargo xtask bench ingest`): builds a database of
//! 5,000 GVA benchmark articles with the release binary, then times what a
//! stream of small arrivals costs on it: `dossier ingest` of 10 new articles,
//! of 10 already stored, and `dossier run` of 10 new.
//!
//! Each timed command runs on a fresh copy of the base database, so no run
//! sees another's articles; the median of a few runs is reported.
//! `DOSSIER_BENCH_BINARY=path` times that binary instead of building this
//! tree's, to measure an older build for a before-and-after table.
//!
//! A second table splits the arrival of 10 new articles, in process, into
//! what it costs: reading the stored articles, reading their kept analyses,
//! analysing them instead (what every ingest did before analyses were kept),
//! and the dedupe and cluster stages over the known documents.

use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use dossier_core::ingest::{FormatHint, IngestConfig};
use dossier_core::model::{Article, Document};
use dossier_core::pipeline::PipelineConfig;
use dossier_core::{analyse, cluster, dedupe, extract, ingest};
use dossier_store::{SqliteStore, Store};

use crate::{Options, bench_dir, build_dossier, output_dir, publish};

/// Articles in the base database.
const BASE_ARTICLES: usize = 5_000;
/// Articles in each timed arrival.
const NEW_ARTICLES: usize = 10;
/// Timed runs per measure (the median is reported).
const RUNS: usize = 3;

/// Runs the harness and prints its table.
pub fn run(options: &Options) -> anyhow::Result<()> {
    let binary = match std::env::var_os("DOSSIER_BENCH_BINARY") {
        Some(path) => PathBuf::from(path),
        None => build_dossier()?,
    };
    let source = bench_dir()?.join("clustering/gva-incidents/articles.jsonl");
    let records = std::fs::read_to_string(&source)
        .with_context(|| format!("reading {}", source.display()))?;
    let lines: Vec<&str> = records
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    if lines.len() < BASE_ARTICLES + 2 * NEW_ARTICLES {
        bail!(
            "{} holds {} records, fewer than the {} this harness needs",
            source.display(),
            lines.len(),
            BASE_ARTICLES + 2 * NEW_ARTICLES
        );
    }
    let dir = output_dir("ingest")?;
    let base_input = dir.join("base.jsonl");
    write_lines(&base_input, &lines[..BASE_ARTICLES])?;
    let new_input = dir.join("new.jsonl");
    write_lines(
        &new_input,
        &lines[BASE_ARTICLES..BASE_ARTICLES + NEW_ARTICLES],
    )?;
    let stored_input = dir.join("stored.jsonl");
    write_lines(&stored_input, &lines[..NEW_ARTICLES])?;

    let base_db = dir.join("base.db");
    remove_database(&base_db);
    let base_time = time_dossier(&binary, &base_db, "ingest", &base_input)?;
    let base_size = database_size(&base_db);

    let work_db = dir.join("work.db");
    let measure = |command: &str, input: &Path| -> anyhow::Result<Duration> {
        let mut times = Vec::with_capacity(RUNS);
        for _ in 0..RUNS {
            copy_database(&base_db, &work_db)?;
            times.push(time_dossier(&binary, &work_db, command, input)?);
        }
        times.sort();
        Ok(times[times.len() / 2])
    };
    let new_time = measure("ingest", &new_input)?;
    let stored_time = measure("ingest", &stored_input)?;
    let run_time = measure("run", &new_input)?;
    copy_database(&base_db, &work_db)?;
    let phases = time_phases(&work_db, &new_input)?;
    remove_database(&work_db);

    let mut report = String::new();
    let _ = writeln!(
        report,
        "## dossier ingest on a database of {BASE_ARTICLES} GVA articles (release build, median of {RUNS} runs, each on a fresh copy)\n"
    );
    let _ = writeln!(report, "| measure | value |\n|---|---|");
    let _ = writeln!(
        report,
        "| ingest of the {BASE_ARTICLES} base articles into an empty database | {:.1} s |",
        base_time.as_secs_f64()
    );
    let _ = writeln!(
        report,
        "| database size after it | {:.1} MB |",
        base_size as f64 / 1_000_000.0
    );
    let _ = writeln!(
        report,
        "| `dossier ingest` of {NEW_ARTICLES} new articles | {:.2} s |",
        new_time.as_secs_f64()
    );
    let _ = writeln!(
        report,
        "| `dossier ingest` of {NEW_ARTICLES} articles already stored | {:.2} s |",
        stored_time.as_secs_f64()
    );
    let _ = writeln!(
        report,
        "| `dossier run` of {NEW_ARTICLES} new articles (every dossier shown, output discarded) | {:.2} s |",
        run_time.as_secs_f64()
    );
    let _ = writeln!(
        report,
        "\n### where the time of an arrival of {NEW_ARTICLES} goes (in process, one run)\n"
    );
    let _ = writeln!(report, "| phase | time |\n|---|---|");
    for (phase, time) in phases {
        let _ = writeln!(report, "| {phase} | {:.2} s |", time.as_secs_f64());
    }
    publish(options, "ingest.md", &report)
}

/// Times, in process, the phases of one arrival of the articles in `input`
/// on the database `db`.
fn time_phases(db: &Path, input: &Path) -> anyhow::Result<Vec<(String, Duration)>> {
    let mut phases = Vec::new();
    let store = SqliteStore::open(db).context("opening the benchmark database")?;
    let started = Instant::now();
    let articles = store.articles()?;
    phases.push((
        format!("read the {} stored articles", articles.len()),
        started.elapsed(),
    ));
    let started = Instant::now();
    let stored = store.documents()?;
    let kept = stored
        .iter()
        .filter(|document| document.analysis.is_some())
        .count();
    phases.push((
        format!("read them with their kept analyses ({kept} kept)"),
        started.elapsed(),
    ));
    let config = PipelineConfig::default();
    let started = Instant::now();
    let analysed: Vec<Document> = articles
        .into_iter()
        .map(|article| {
            let analysis = analyse::analyse(&article, &config.analyse);
            Document { article, analysis }
        })
        .collect();
    phases.push((
        "analyse them instead (the old load)".to_string(),
        started.elapsed(),
    ));
    let known: Vec<Document> = stored
        .into_iter()
        .zip(analysed)
        .map(|(stored, analysed)| Document {
            analysis: stored.analysis.unwrap_or(analysed.analysis),
            article: stored.article,
        })
        .collect();
    let stories = store.stories()?;

    let bytes = std::fs::read(input).with_context(|| format!("reading {}", input.display()))?;
    let started = Instant::now();
    let raw = ingest::ingest(
        &input.display().to_string(),
        &bytes,
        FormatHint::JsonLines,
        &IngestConfig::default(),
    );
    let new: Vec<Document> = raw
        .documents
        .iter()
        .filter_map(|raw| extract::extract(raw, &config.extract).article)
        .map(|article| {
            let analysis = analyse::analyse(&article, &config.analyse);
            Document { article, analysis }
        })
        .collect();
    phases.push((
        format!("extract and analyse the {} new articles", new.len()),
        started.elapsed(),
    ));
    let new_articles: Vec<&Article> = new.iter().map(|document| &document.article).collect();
    let known_articles: Vec<&Article> = known.iter().map(|document| &document.article).collect();
    let started = Instant::now();
    let relations = dedupe::dedupe(&new_articles, &known_articles, &config.dedupe);
    phases.push((
        format!(
            "dedupe them against the known ({} relations)",
            relations.len()
        ),
        started.elapsed(),
    ));
    let new_refs: Vec<&Document> = new.iter().collect();
    let known_refs: Vec<&Document> = known.iter().collect();
    let started = Instant::now();
    let assignments = cluster::cluster(&new_refs, &stories, &known_refs, &config.cluster);
    phases.push((
        format!(
            "cluster them against the {} known stories ({} assigned)",
            stories.len(),
            assignments.len()
        ),
        started.elapsed(),
    ));
    Ok(phases)
}

/// Runs one dossier command on one input and returns how long it took.
fn time_dossier(binary: &Path, db: &Path, command: &str, input: &Path) -> anyhow::Result<Duration> {
    let started = Instant::now();
    let status = Command::new(binary)
        .args(["--quiet", "--db"])
        .arg(db)
        .arg(command)
        .arg(input)
        .stdout(Stdio::null())
        // The benchmark holds some empty records; their rejections are noise here.
        .stderr(Stdio::null())
        .status()
        .with_context(|| format!("running dossier {command}"))?;
    let elapsed = started.elapsed();
    // Exit code 1 means every input was rejected or already stored: still a
    // completed run for timing purposes.
    if !matches!(status.code(), Some(0 | 1)) {
        bail!("dossier {command} {} failed: {status}", input.display());
    }
    Ok(elapsed)
}

fn write_lines(path: &Path, lines: &[&str]) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::new(
        std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
    );
    for line in lines {
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    Ok(())
}

/// The files SQLite keeps for one database in WAL mode.
fn database_files(db: &Path) -> [PathBuf; 3] {
    let with_suffix = |suffix: &str| {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    [db.to_path_buf(), with_suffix("-wal"), with_suffix("-shm")]
}

fn remove_database(db: &Path) {
    for file in database_files(db) {
        let _ = std::fs::remove_file(file);
    }
}

fn copy_database(from: &Path, to: &Path) -> anyhow::Result<()> {
    remove_database(to);
    for (source, target) in database_files(from).iter().zip(database_files(to).iter()) {
        if source.exists() {
            std::fs::copy(source, target)
                .with_context(|| format!("copying {}", source.display()))?;
        }
    }
    Ok(())
}

fn database_size(db: &Path) -> u64 {
    database_files(db)
        .iter()
        .filter_map(|file| std::fs::metadata(file).ok())
        .map(|metadata| metadata.len())
        .sum()
}
