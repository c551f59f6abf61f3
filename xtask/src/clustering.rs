//! The clustering harness: streams a benchmark's articles, in date order,
//! through the real pipeline (extraction included) and scores the stories.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Write};
use std::time::Instant;

use anyhow::Context;
use dossier_core::model::{DocId, Format, GivenMetadata, RawDocument};
use dossier_core::pipeline::{self, Change, PipelineConfig, Snapshot};

use crate::{Options, bench_dir, output_dir, publish, run_python};

/// The datasets: name, articles file (relative to the clustering folder).
const DATASETS: &[(&str, &str)] = &[
    ("gva", "gva-incidents/articles.jsonl"),
    ("ecbplus", "ecbplus/articles.jsonl"),
];

const BATCH_SIZE: usize = 512;

pub fn run(options: &Options) -> anyhow::Result<()> {
    let clustering_dir = bench_dir()?.join("clustering");
    let mut report = String::new();
    for (name, file) in DATASETS {
        if options
            .dataset
            .as_deref()
            .is_some_and(|wanted| wanted != *name)
        {
            continue;
        }
        let gold = clustering_dir.join(file);
        let records = read_records(&gold, &options.split)?;
        let started = Instant::now();
        let predictions = cluster_records(&records);
        let seconds = started.elapsed().as_secs_f64();
        let out_dir = output_dir("clustering")?;
        let pred_path = out_dir.join(format!("{name}.{}.pred.jsonl", options.split));
        let mut out = std::fs::File::create(&pred_path)
            .with_context(|| format!("creating {}", pred_path.display()))?;
        for (id, cluster) in &predictions {
            writeln!(out, "{}", serde_json::json!({"id": id, "cluster": cluster}))?;
        }
        let scorer = clustering_dir.join("score.py");
        let filter = format!("split={}", options.split);
        let scores = run_python(&[
            scorer.to_str().unwrap_or_default(),
            gold.to_str().unwrap_or_default(),
            pred_path.to_str().unwrap_or_default(),
            "--filter",
            &filter,
        ])?;
        let baselines = run_python(&[
            scorer.to_str().unwrap_or_default(),
            gold.to_str().unwrap_or_default(),
            "--baselines",
            "--filter",
            &filter,
        ])?;
        let _ = writeln!(
            report,
            "## {name} ({} split): {} articles in {:.2} s = {:.0} articles/s (whole pipeline, one thread)\n",
            options.split,
            records.len(),
            seconds,
            records.len() as f64 / seconds.max(1e-9)
        );
        let _ = writeln!(report, "### dossier\n```\n{}```\n", scores);
        let _ = writeln!(report, "### baselines\n```\n{}```\n", baselines);
    }
    publish(
        options,
        &format!("clustering.{}.md", options.split),
        &report,
    )
}

/// One benchmark article.
struct Record {
    id: String,
    line: String,
    title: Option<String>,
    text: String,
    date: Option<String>,
    source: Option<String>,
}

fn read_records(path: &std::path::Path, split: &str) -> anyhow::Result<Vec<Record>> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut records = Vec::new();
    for line in BufReader::new(file).lines() {
        let line = line?;
        let value: serde_json::Value = serde_json::from_str(&line)?;
        if value["split"].as_str() != Some(split) {
            continue;
        }
        let text_field = |key: &str| value[key].as_str().map(str::to_string);
        records.push(Record {
            id: text_field("id").unwrap_or_default(),
            title: text_field("title"),
            text: text_field("text").unwrap_or_default(),
            date: text_field("date"),
            source: text_field("source"),
            line,
        });
    }
    // The stream arrives in date order, as a news feed would.
    records.sort_by(|left, right| left.date.cmp(&right.date));
    Ok(records)
}

/// Runs the pipeline over the records in batches and returns `(id, story)`.
fn cluster_records(records: &[Record]) -> Vec<(String, String)> {
    let config = PipelineConfig::default();
    let mut snapshot = Snapshot::default();
    let mut external: HashMap<DocId, String> = HashMap::new();
    let mut predictions = Vec::with_capacity(records.len());
    for chunk in records.chunks(BATCH_SIZE) {
        let batch: Vec<RawDocument> = chunk
            .iter()
            .map(|record| {
                let id = DocId::from_content(record.line.as_bytes());
                external.insert(id.clone(), record.id.clone());
                RawDocument {
                    id,
                    origin: "bench".into(),
                    format: Format::Text,
                    content: record.text.clone(),
                    charset: "utf-8".into(),
                    given: GivenMetadata {
                        external_id: Some(record.id.clone()),
                        title: record.title.clone(),
                        published: record.date.clone(),
                        source: record.source.clone(),
                        ..GivenMetadata::default()
                    },
                }
            })
            .collect();
        let change_set = pipeline::process_batch(batch, &mut snapshot, &config);
        for change in change_set.changes {
            if let Change::AssignStory { doc, story, .. } = change
                && let Some(id) = external.get(&doc)
            {
                predictions.push((id.clone(), story.0));
            }
        }
    }
    predictions
}
