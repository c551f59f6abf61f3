//! The scaling run (`cargo xtask bench clustering --scaling`): how the
//! cluster stage's cost per article and the process's memory grow as a
//! stream reaches 100,000 articles.
//!
//! No public benchmark has that many articles with their text, so the stream
//! is synthetic: the GVA articles, extracted and analysed once through the
//! real pipeline, replayed in date order again and again, each replay
//! `REPLAY_YEARS` later (publication and written dates shifted, new ids), so
//! every replay opens stories of its own while the stories of earlier replays
//! stay in the index, stale. Only the cluster stage is timed, fed batch after
//! batch through one kept [`ClusterIndex`], as a long-running ingest feeds it.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use dossier_core::cluster::ClusterIndex;
use dossier_core::model::{DocId, Document};
use dossier_core::pipeline::{self, Snapshot, StreamState};

use super::{BATCH_SIZE, pipeline_config, read_records};
use crate::records::Record;
use crate::{Options, bench_dir, publish};

/// Articles the stream reaches.
const STREAM_ARTICLES: usize = 100_000;

/// Years between two replays: more than the base stream spans, so a replay
/// never joins an earlier one's stories, and a multiple of four, so 29
/// February stays a date.
const REPLAY_YEARS: i32 = 8;

/// Articles between two printed rows.
const ROW_EVERY: usize = 10_000;

pub fn run(options: &Options) -> anyhow::Result<()> {
    let gold = bench_dir()?.join("clustering/gva-incidents/articles.jsonl");
    let records = read_records(&gold, None)?;
    let config = pipeline_config();

    let started = Instant::now();
    let mut snapshot = Snapshot::default();
    let mut state = StreamState::default();
    for chunk in records.chunks(BATCH_SIZE) {
        let batch = chunk.iter().map(Record::raw_document).collect();
        pipeline::process_stream_batch(batch, &mut snapshot, &mut state, &config);
    }
    drop(state);
    let base = snapshot.documents;
    let prepare_seconds = started.elapsed().as_secs_f64();
    if base.is_empty() {
        anyhow::bail!("no GVA article came out of extraction");
    }

    let mut report = String::new();
    let _ = writeln!(
        report,
        "## scaling: the cluster stage over a synthetic stream of {STREAM_ARTICLES} articles\n\n\
         The {} GVA articles (all splits, {} records; extracted and analysed once in {:.1} s) \
         replayed in date order, each replay {REPLAY_YEARS} years after the last, with new ids \
         and shifted dates; batches of {BATCH_SIZE} through one kept `ClusterIndex`. Times are \
         the cluster stage alone: its CPU time (the process's, from the kernel's count, while \
         nothing else runs in it; other work on a shared machine does not inflate it, and the \
         features pass on several threads counts in full) and its wall time. RSS is the whole \
         process, base documents included.\n",
        base.len(),
        records.len(),
        prepare_seconds,
    );
    report.push_str(
        "```\n                     cluster CPU time               cluster wall time\n\
         articles  stories   s      us/art so far  last 10k   s      us/art so far  last 10k   RSS MB\n",
    );
    let mut index = ClusterIndex::default();
    let mut fed = 0;
    let mut total = Duration::ZERO;
    let mut window = Duration::ZERO;
    let mut total_cpu = Duration::ZERO;
    let mut window_cpu = Duration::ZERO;
    let mut window_articles = 0;
    let mut rows: Vec<Row> = Vec::new();
    let mut replay = 0;
    'stream: loop {
        for chunk in base.chunks(BATCH_SIZE) {
            let wanted = (STREAM_ARTICLES - fed).min(chunk.len());
            if wanted == 0 {
                break 'stream;
            }
            let batch: Vec<Document> = chunk[..wanted]
                .iter()
                .map(|document| replayed(document, replay))
                .collect();
            let refs: Vec<&Document> = batch.iter().collect();
            let cpu_before = process_cpu_time();
            let started = Instant::now();
            let clustering = index.assign(&refs, &config.cluster);
            let elapsed = started.elapsed();
            let cpu = process_cpu_time()
                .zip(cpu_before)
                .map_or(elapsed, |(after, before)| after.saturating_sub(before));
            debug_assert_eq!(clustering.assignments.len(), refs.len());
            total += elapsed;
            window += elapsed;
            total_cpu += cpu;
            window_cpu += cpu;
            window_articles += wanted;
            let before = fed;
            fed += wanted;
            if fed / ROW_EVERY > before / ROW_EVERY || fed == STREAM_ARTICLES {
                let per = |time: Duration, articles: usize| {
                    time.as_secs_f64() * 1e6 / articles.max(1) as f64
                };
                let row = Row {
                    articles: fed,
                    cpu_so_far: per(total_cpu, fed),
                    cpu_last: per(window_cpu, window_articles),
                    wall_so_far: per(total, fed),
                    wall_last: per(window, window_articles),
                };
                let _ = writeln!(
                    report,
                    "{fed:>8} {:>8} {:>7.1} {:>13.0} {:>9.0} {:>7.1} {:>13.0} {:>9.0} {:>8}",
                    index.stories(),
                    total_cpu.as_secs_f64(),
                    row.cpu_so_far,
                    row.cpu_last,
                    total.as_secs_f64(),
                    row.wall_so_far,
                    row.wall_last,
                    resident_megabytes().map_or_else(|| "?".to_string(), |mb| mb.to_string()),
                );
                rows.push(row);
                window = Duration::ZERO;
                window_cpu = Duration::ZERO;
                window_articles = 0;
            }
        }
        replay += 1;
    }
    report.push_str("```\n\n");
    if let (Some(first), Some(last)) = (rows.first(), rows.last()) {
        let _ = writeln!(
            report,
            "Cluster CPU time per article at {} against {}: {:.2}x over the whole stream so far, \
             {:.2}x for the last 10,000 against the first 10,000 (target: at most 1.5x); wall \
             time {:.2}x and {:.2}x. Peak RSS {} MB.\n",
            last.articles,
            first.articles,
            last.cpu_so_far / first.cpu_so_far.max(1e-9),
            last.cpu_last / first.cpu_last.max(1e-9),
            last.wall_so_far / first.wall_so_far.max(1e-9),
            last.wall_last / first.wall_last.max(1e-9),
            peak_megabytes().map_or_else(|| "?".to_string(), |mb| mb.to_string()),
        );
    }
    publish(options, "clustering.scaling.md", &report)
}

/// One printed row: microseconds per article, CPU and wall, over the stream
/// so far and over the articles since the previous row.
struct Row {
    articles: usize,
    cpu_so_far: f64,
    cpu_last: f64,
    wall_so_far: f64,
    wall_last: f64,
}

/// CPU time of this process so far, its threads' included, from
/// `/proc/self/stat` (Linux; `None` elsewhere). It counts in 10 ms ticks; a
/// batch takes tens of them.
fn process_cpu_time() -> Option<Duration> {
    super::cpu_seconds().map(Duration::from_secs_f64)
}

/// A copy of a document as the `replay`th replay of the stream brings it:
/// a new id, and every date `replay * REPLAY_YEARS` years later.
fn replayed(document: &Document, replay: usize) -> Document {
    let mut copy = document.clone();
    if replay == 0 {
        return copy;
    }
    let years = REPLAY_YEARS * i32::try_from(replay).unwrap_or(i32::MAX / REPLAY_YEARS);
    copy.article.id =
        DocId::from_content(format!("replay {replay} of {}", document.article.id.0).as_bytes());
    if let Some(published) = &mut copy.article.published {
        published.year += years;
    }
    for mention in &mut copy.analysis.dates {
        mention.date.year += years;
    }
    copy
}

/// This process's resident memory in megabytes (Linux; `None` elsewhere).
fn resident_megabytes() -> Option<u64> {
    status_kilobytes("VmRSS:").map(|kb| kb / 1024)
}

/// This process's peak resident memory in megabytes (Linux; `None` elsewhere).
fn peak_megabytes() -> Option<u64> {
    status_kilobytes("VmHWM:").map(|kb| kb / 1024)
}

fn status_kilobytes(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
