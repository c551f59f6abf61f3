//! `dossier analyse`: the analysis of any text, as JSON Lines, so it can be used
//! and evaluated outside the pipeline.

use std::io::{BufRead, Write};

use anyhow::Context;
use dossier_core::analyse::{self, AnalyseConfig, Nationality};
use dossier_core::model::{DateMention, Document, Mention, PartialDate, Quantity, Quote};
use dossier_core::reconcile;
use serde::Serialize;

/// One analysed record as `dossier analyse --jsonl` writes it.
#[derive(Debug, Serialize)]
struct AnalysedRecord<'d> {
    id: serde_json::Value,
    mentions: Vec<MentionRecord<'d>>,
    /// Nationality words outside the names, with their countries.
    nationalities: Vec<Nationality>,
    quantities: &'d [Quantity],
    quotes: &'d [Quote],
    dates: &'d [DateMention],
    sentences: usize,
}

/// A mention with the id of the entity it belongs to within the record.
#[derive(Debug, Serialize)]
struct MentionRecord<'d> {
    start: usize,
    end: usize,
    kind: dossier_core::model::EntityKind,
    text: &'d str,
    role: Option<&'d str>,
    entity: Option<String>,
}

/// Runs `dossier analyse --jsonl`: reads `{"id","text","published"?}` lines on
/// standard input and writes one analysis line per record.
pub fn run_analyse() -> anyhow::Result<()> {
    let config = AnalyseConfig::default();
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (index, line) in stdin.lock().lines().enumerate() {
        let line = line.context("reading standard input")?;
        if line.trim().is_empty() {
            continue;
        }
        let record: serde_json::Value = match serde_json::from_str(&line) {
            Ok(record) => record,
            Err(error) => {
                eprintln!("dossier: rejected -:{}: not JSON: {error}", index + 1);
                continue;
            }
        };
        let Some(text) = record["text"].as_str() else {
            eprintln!(
                "dossier: rejected -:{}: the record has no \"text\" string",
                index + 1
            );
            continue;
        };
        let published = record["published"]
            .as_str()
            .and_then(PartialDate::parse_iso);
        let document = analyse::analyse_text(text, published, &config);
        let id = match &record["id"] {
            serde_json::Value::Null => serde_json::Value::from(index + 1),
            other => other.clone(),
        };
        serde_json::to_writer(&mut out, &analysed_record(id, &document))?;
        writeln!(out)?;
    }
    Ok(())
}

fn analysed_record(id: serde_json::Value, document: &Document) -> AnalysedRecord<'_> {
    let table = reconcile::entities(&[document]);
    let analysis = &document.analysis;
    let mentions = analysis
        .mentions
        .iter()
        .map(|mention: &Mention| MentionRecord {
            start: mention.range.start,
            end: mention.range.end,
            kind: mention.kind,
            text: &mention.text,
            role: mention.role.as_deref(),
            entity: table
                .resolve(&document.article.id, &mention.text)
                .map(|entity| entity.id.clone()),
        })
        .collect();
    AnalysedRecord {
        id,
        nationalities: analyse::nationalities(&document.article.text, &analysis.mentions),
        mentions,
        quantities: &analysis.quantities,
        quotes: &analysis.quotes,
        dates: &analysis.dates,
        sentences: analysis.sentences.len(),
    }
}
