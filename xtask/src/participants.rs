//! The participants harness (`cargo xtask bench participants`): for each GVA
//! incident of a split that names participants, runs extract and analyse over
//! the incident's gold articles (clustering is not judged here), merges the
//! mentions with `reconcile::entities` as a dossier does, and counts the gold
//! participant names found among the person entities.
//!
//! A name is found when a person entity's name or one of its aliases is the
//! same name by the pipeline's own name clustering (`cluster_names`, what
//! `dossier names` uses): "Catherine L. Gessman" is found as "Catherine
//! Gessman". Many gold names are never written in the scraped articles (stub
//! pages, reports that name no one), so recall is printed twice: over every
//! named participant, and over those whose surname the articles write (the
//! names a finder could find). The misses go to `target/bench/participants/`
//! with the text around the surname, for inspection.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Write as _};
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, bail};
use dossier_core::model::{Document, EntityKind};
use dossier_core::pipeline::PipelineConfig;
use dossier_core::reconcile::{self, cluster_names};
use dossier_core::text::fold;
use serde_json::Value;

use crate::records::{self, Record};
use crate::{Options, bench_dir, output_dir, publish};

/// Generational suffixes, not the surname ("Mario Venegas Jr").
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv", "v"];

/// What one participant's name came to.
#[derive(Default)]
struct Tally {
    named: usize,
    written: usize,
    found: usize,
    found_written: usize,
}

pub fn run(options: &Options) -> anyhow::Result<()> {
    let split = options.split.as_str();
    if !matches!(split, "dev" | "test") {
        bail!("--split must be dev or test for the participants benchmark");
    }
    let dir = bench_dir()?.join("clustering/gva-incidents");
    let incidents = read_participants(&dir.join("incidents.jsonl"))?;
    let articles = read_articles(&dir.join("articles.jsonl"), split)?;

    let miss_path = output_dir("participants")?.join(format!("misses.{split}.jsonl"));
    let mut misses = std::fs::File::create(&miss_path)
        .with_context(|| format!("creating {}", miss_path.display()))?;
    let started = Instant::now();
    let mut tally = Tally::default();
    let mut incident_count = 0;
    let mut article_count = 0;
    for (story, records) in &articles {
        let Some(names) = incidents.get(story).filter(|names| !names.is_empty()) else {
            continue;
        };
        incident_count += 1;
        article_count += records.len();
        let documents = records::analysed(records, &PipelineConfig::default());
        let refs: Vec<&Document> = documents.iter().collect();
        let table = reconcile::entities(&refs);
        let people: Vec<Vec<&str>> = table
            .entities
            .iter()
            .filter(|entity| entity.kind == EntityKind::Person)
            .map(|entity| {
                std::iter::once(entity.name.as_str())
                    .chain(entity.aliases.iter().map(String::as_str))
                    .collect()
            })
            .collect();
        let folded_texts: Vec<String> = documents
            .iter()
            .map(|doc| format!(" {} {} ", fold(&doc.article.title), fold(&doc.article.text)))
            .collect();
        for name in names {
            let surname = surname_of(name);
            let written = !surname.is_empty()
                && folded_texts
                    .iter()
                    .any(|text| text.contains(&format!(" {surname} ")));
            let found = people
                .iter()
                .any(|spellings| spellings.iter().any(|s| same_person(name, s)));
            tally.named += 1;
            tally.written += usize::from(written);
            tally.found += usize::from(found);
            tally.found_written += usize::from(found && written);
            if !found {
                let line = serde_json::json!({
                    "story": story,
                    "name": name,
                    "written": written,
                    "context": if written { context(&documents, &surname) } else { Vec::new() },
                    "people": people.iter().map(|s| s.join(" | ")).collect::<Vec<_>>(),
                });
                writeln!(misses, "{line}")?;
            }
        }
    }
    let seconds = started.elapsed().as_secs_f64();

    let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    let mut report = String::new();
    let _ = writeln!(
        report,
        "## GVA participants ({split} split): {incident_count} incidents naming participants, \
         {article_count} articles in {seconds:.2} s\n"
    );
    let _ = writeln!(
        report,
        "| gold names | count | found among person entities | recall |"
    );
    let _ = writeln!(report, "|---|---|---|---|");
    let _ = writeln!(
        report,
        "| surname written in the incident's articles | {} | {} | {:.3} |",
        tally.written,
        tally.found_written,
        ratio(tally.found_written, tally.written)
    );
    let _ = writeln!(
        report,
        "| every named participant | {} | {} | {:.3} |",
        tally.named,
        tally.found,
        ratio(tally.found, tally.named)
    );
    let _ = writeln!(
        report,
        "\nFound = a person entity's name or alias clusters with the gold name by `cluster_names`. \
         Misses: {}",
        miss_path.display()
    );
    publish(options, &format!("participants-gva-{split}.md"), &report)
}

/// The gold name's surname, folded: its last word that is not a
/// generational suffix or a number ("Cameron Shrader, 24" gives "shrader").
fn surname_of(name: &str) -> String {
    fold(name)
        .split(' ')
        .rev()
        .find(|word| {
            !SUFFIXES.contains(word) && !word.chars().all(|c| c.is_ascii_digit()) && word.len() > 1
        })
        .unwrap_or_default()
        .to_string()
}

/// Whether two spellings name the same person by the pipeline's clustering.
fn same_person(gold: &str, spelling: &str) -> bool {
    if fold(gold) == fold(spelling) {
        return true;
    }
    let names = [
        (gold.to_string(), Some(EntityKind::Person)),
        (spelling.to_string(), Some(EntityKind::Person)),
    ];
    let clusters = cluster_names(&names);
    clusters.first() == clusters.get(1)
}

/// Up to three snippets of text around the surname, for reading a miss.
fn context(documents: &[Document], surname: &str) -> Vec<String> {
    let mut snippets = Vec::new();
    for document in documents {
        let text = &document.article.text;
        let lower = text.to_lowercase();
        // Lowercasing can change byte lengths; only use the hit when the
        // lowercase text lines up with the original.
        if lower.len() != text.len() {
            continue;
        }
        let mut from = 0;
        while let Some(offset) = lower.get(from..).and_then(|rest| rest.find(surname)) {
            let at = from + offset;
            let mut start = at.saturating_sub(80);
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (at + surname.len() + 80).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            snippets.push(text.get(start..end).unwrap_or_default().replace('\n', " "));
            if snippets.len() >= 3 {
                return snippets;
            }
            from = at + surname.len();
        }
    }
    snippets
}

/// Story -> the names of its named participants.
fn read_participants(path: &Path) -> anyhow::Result<HashMap<String, Vec<String>>> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut incidents = HashMap::new();
    for line in BufReader::new(file).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(&line)?;
        let Some(story) = value["story"].as_str() else {
            continue;
        };
        let names: Vec<String> = value["participants"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| p["name"].as_str())
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(str::to_string)
            .collect();
        incidents.insert(story.to_string(), names);
    }
    Ok(incidents)
}

/// The scored articles of the split, grouped by gold story.
fn read_articles(path: &Path, split: &str) -> anyhow::Result<BTreeMap<String, Vec<Record>>> {
    let mut stories: BTreeMap<String, Vec<Record>> = BTreeMap::new();
    records::for_each_line(path, |value, line| {
        if value["split"].as_str() != Some(split) {
            return;
        }
        if let Some(story) = value["story"].as_str().map(str::to_string) {
            stories
                .entry(story)
                .or_default()
                .push(Record::of(value, line));
        }
    })?;
    Ok(stories)
}
