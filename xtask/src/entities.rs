//! The entity harness: runs dossier's mention finder over the CoNLL-2003
//! documents of the shared benchmark, writes per-sentence predictions in the
//! scorer's format and prints the scorer's PER/ORG/LOC table and the speed.
//!
//! Each document is analysed whole (its lines are headline, dateline and
//! body sentences), so the document-wide rules of the finder apply; each
//! mention is then placed in its gold sentence, with byte offsets turned into
//! the character offsets the scorer reads.

use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Write};
use std::time::Instant;

use anyhow::{Context, bail};
use dossier_core::analyse::mentions_of;
use dossier_core::model::EntityKind;

use crate::{Options, bench_dir, output_dir, publish, run_python};

/// One document of `*.docs.jsonl`.
struct GoldDocument {
    text: String,
    /// (sentence id, first char, one past the last char) in `text`.
    sentences: Vec<(String, usize, usize)>,
}

pub fn run(options: &Options) -> anyhow::Result<()> {
    let dir = bench_dir()?.join("entities/conll2003");
    let split = options.split.as_str();
    let (docs_name, gold_names): (&str, &[&str]) = match split {
        "dev" => ("dev.docs.jsonl", &["dev.jsonl"]),
        "test" => ("test.docs.jsonl", &["test.jsonl", "conllpp_test.jsonl"]),
        other => bail!("unknown split {other:?}: dev or test"),
    };
    let documents = read_documents(&dir.join(docs_name))?;
    let sentence_count: usize = documents.iter().map(|d| d.sentences.len()).sum();

    // Warm the gazetteers so the timing measures the finder, not the parsing.
    let _ = mentions_of("Warm up in Paris.");
    let started = Instant::now();
    let found: Vec<_> = documents.iter().map(|d| mentions_of(&d.text)).collect();
    let seconds = started.elapsed().as_secs_f64();

    let pred_path = output_dir("entities")?.join(format!("conll2003_{split}.dossier.jsonl"));
    let mut out = std::fs::File::create(&pred_path)
        .with_context(|| format!("creating {}", pred_path.display()))?;
    for (document, mentions) in documents.iter().zip(&found) {
        let mut spans: Vec<Vec<serde_json::Value>> = vec![Vec::new(); document.sentences.len()];
        for mention in mentions {
            let label = match mention.kind {
                EntityKind::Person => "PER",
                EntityKind::Organization => "ORG",
                EntityKind::Place => "LOC",
                EntityKind::Other => "MISC",
            };
            let start = char_offset(&document.text, mention.range.start);
            let end = char_offset(&document.text, mention.range.end);
            let Some(index) = document
                .sentences
                .iter()
                .position(|&(_, s, e)| s <= start && end <= e)
            else {
                continue;
            };
            let sentence_start = document.sentences[index].1;
            spans[index].push(serde_json::json!({
                "start": start - sentence_start,
                "end": end - sentence_start,
                "label": label,
            }));
        }
        for ((id, _, _), spans) in document.sentences.iter().zip(spans) {
            writeln!(out, "{}", serde_json::json!({"id": id, "spans": spans}))?;
        }
    }
    drop(out);

    let mut report = String::new();
    let _ = writeln!(
        report,
        "## CoNLL-2003 {split}: {} documents, {sentence_count} sentences, \
         {:.0} sentences/s (mentions_of, one thread, whole documents)\n",
        documents.len(),
        sentence_count as f64 / seconds.max(1e-9),
    );
    for gold in gold_names {
        let scores = run_python(&[
            dir.join("score.py").to_str().unwrap_or_default(),
            dir.join(gold).to_str().unwrap_or_default(),
            pred_path.to_str().unwrap_or_default(),
            "--ignore-misc",
        ])?;
        let _ = writeln!(report, "### {gold} (PER/ORG/LOC)\n```\n{scores}```\n");
    }
    publish(options, &format!("entities-conll2003-{split}.md"), &report)
}

fn read_documents(path: &std::path::Path) -> anyhow::Result<Vec<GoldDocument>> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut documents = Vec::new();
    for line in BufReader::new(file).lines() {
        let line = line.with_context(|| format!("reading {}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let record: serde_json::Value = serde_json::from_str(&line)?;
        let text = record["text"].as_str().unwrap_or_default().to_string();
        let sentences = record["sentences"]
            .as_array()
            .map(|list| {
                list.iter()
                    .map(|s| {
                        (
                            s["id"].as_str().unwrap_or_default().to_string(),
                            s["start"].as_u64().unwrap_or(0) as usize,
                            s["end"].as_u64().unwrap_or(0) as usize,
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        documents.push(GoldDocument { text, sentences });
    }
    Ok(documents)
}

/// The character offset of a byte offset (the scorer counts characters).
fn char_offset(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |prefix| prefix.chars().count())
}
