//! The extraction harness: runs dossier's extractor over each page of the
//! shared extraction benchmarks, writes predictions in the scorer's format and
//! prints the scorer's tables.

use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Write};
use std::time::Instant;

use anyhow::Context;
use dossier_core::extract::{self, ExtractConfig};
use dossier_core::model::{DocId, Format, GivenMetadata, RawDocument};

use crate::{Options, bench_dir, output_dir, publish, run_python};

const DATASETS: &[&str] = &["scrapinghub-aeb", "trafilatura-eval", "wcxb-articles-test"];

/// CPU time this thread has run, from the kernel's scheduler statistics:
/// on a shared machine wall time measures the neighbours as much as us.
fn thread_cpu_seconds() -> Option<f64> {
    let stats = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanoseconds: f64 = stats.split_whitespace().next()?.parse().ok()?;
    Some(nanoseconds / 1e9)
}

pub fn run(options: &Options) -> anyhow::Result<()> {
    let extraction_dir = bench_dir()?.join("extraction");
    let config = ExtractConfig::default();
    let mut report = String::new();
    for dataset in DATASETS {
        if options
            .dataset
            .as_deref()
            .is_some_and(|wanted| wanted != *dataset)
        {
            continue;
        }
        let gold = extraction_dir.join(dataset).join("articles.jsonl.gz");
        let file =
            std::fs::File::open(&gold).with_context(|| format!("opening {}", gold.display()))?;
        let reader = BufReader::new(flate2::read::GzDecoder::new(file));
        let pred_path = output_dir("extraction")?.join(format!("{dataset}.dossier.jsonl"));
        let mut out = std::fs::File::create(&pred_path)
            .with_context(|| format!("creating {}", pred_path.display()))?;
        let mut pages = 0usize;
        let mut total_seconds = 0f64;
        let mut total_cpu_seconds = 0f64;
        for line in reader.lines() {
            let line = line.with_context(|| format!("reading {}", gold.display()))?;
            let record: serde_json::Value = serde_json::from_str(&line)?;
            let id = record["id"].as_str().unwrap_or_default().to_string();
            let url = record["url"].as_str().filter(|url| !url.is_empty());
            let raw = RawDocument {
                id: DocId::from_content(id.as_bytes()),
                origin: id.clone(),
                format: Format::Html,
                content: record["html"].as_str().unwrap_or_default().to_string(),
                charset: "utf-8".into(),
                given: GivenMetadata {
                    url: url.map(str::to_string),
                    ..GivenMetadata::default()
                },
            };
            let cpu_started = thread_cpu_seconds();
            let started = Instant::now();
            let extracted = extract::extract(&raw, &config);
            let seconds = started.elapsed().as_secs_f64();
            let cpu_seconds = cpu_started
                .zip(thread_cpu_seconds())
                .map(|(start, end)| (end - start).max(0.0));
            total_seconds += seconds;
            total_cpu_seconds += cpu_seconds.unwrap_or(seconds);
            pages += 1;
            let prediction = match extracted.article {
                Some(article) => serde_json::json!({
                    "id": id,
                    "text": article.text,
                    "title": article.title,
                    "author": article.author,
                    "date": article.published.map(|date| date.to_string()),
                    "sitename": article.source,
                    "seconds": seconds,
                    "cpu_seconds": cpu_seconds,
                }),
                None => serde_json::json!({
                    "id": id,
                    "text": "",
                    "seconds": seconds,
                    "cpu_seconds": cpu_seconds,
                }),
            };
            writeln!(out, "{prediction}")?;
        }
        let scores = run_python(&[
            extraction_dir.join("score.py").to_str().unwrap_or_default(),
            gold.to_str().unwrap_or_default(),
            pred_path.to_str().unwrap_or_default(),
        ])?;
        let _ = writeln!(
            report,
            "## {dataset}: {pages} pages, {:.1} pages/s, {:.1} pages per CPU second (extract stage, one thread)\n```\n{scores}```\n",
            pages as f64 / total_seconds.max(1e-9),
            pages as f64 / total_cpu_seconds.max(1e-9)
        );
    }
    publish(options, "extraction.md", &report)
}
