//! The clustering harness: streams a benchmark's articles, in date order,
//! through the real pipeline (extraction included) and scores the stories.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write;
use std::time::Instant;

use anyhow::Context;
use dossier_core::model::{
    Article, DocId, Document, PartialDate, RawDocument, Story, StoryChoice, StoryId, TextRange,
};
use dossier_core::pipeline::{self, Change, PipelineConfig, Snapshot, StageTimings, StreamState};
use dossier_core::{analyse, cluster, dedupe, extract};

use crate::records::{self, Record};
use crate::{Options, bench_dir, output_dir, publish, run_python};

mod scaling;

/// The datasets: name, articles file (relative to the clustering folder).
const DATASETS: &[(&str, &str)] = &[
    ("gva", "gva-incidents/articles.jsonl"),
    ("ecbplus", "ecbplus/articles.jsonl"),
];

const BATCH_SIZE: usize = 512;

pub fn run(options: &Options) -> anyhow::Result<()> {
    if options.scaling {
        return scaling::run(options);
    }
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
        let mut records = read_records(&gold, Some(&options.split))?;
        if let Some(seed) = options.shuffle {
            shuffle(&mut records, seed);
        }
        let mode = TextMode::choose(&records);
        let load = load_average();
        let cpu_before = cpu_seconds();
        let started = Instant::now();
        let (predictions, timings) = match mode {
            TextMode::Extracted => cluster_records(&records),
            TextMode::Given => cluster_given_text(&records),
        };
        let seconds = started.elapsed().as_secs_f64();
        let cpu = cpu_seconds()
            .zip(cpu_before)
            .map(|(after, before)| after - before);
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
        let order = match options.shuffle {
            Some(seed) => format!(", shuffled with seed {seed}"),
            None => String::new(),
        };
        let _ = writeln!(
            report,
            "## {name} ({} split{order}): {} articles in {:.2} s = {:.0} articles/s (whole pipeline)\n",
            options.split,
            records.len(),
            seconds,
            records.len() as f64 / seconds.max(1e-9)
        );
        let _ = writeln!(
            report,
            "{}",
            stage_table(&timings, records.len(), seconds, cpu, load)
        );
        if mode == TextMode::Given {
            let _ = writeln!(
                report,
                "Extraction returned no article for the first records (a stub?), so the \
                 records' text ran as the clean text: analyse, dedupe and cluster only.\n"
            );
        }
        let _ = writeln!(report, "### dossier\n```\n{}```\n", scores);
        let _ = writeln!(report, "### baselines\n```\n{}```\n", baselines);
    }
    let name = match options.shuffle {
        Some(seed) => format!("clustering.{}.shuffled-{seed}.md", options.split),
        None => format!("clustering.{}.md", options.split),
    };
    publish(options, &name, &report)
}

/// Fisher-Yates with a SplitMix64 stream: the same seed gives the same order
/// on every machine, without a random-number crate.
fn shuffle(records: &mut [Record], seed: u64) {
    let mut state = seed;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    for at in (1..records.len()).rev() {
        let other = (next() % (at as u64 + 1)) as usize;
        records.swap(at, other);
    }
}

/// The records of one split (every record for `None`), in date order.
fn read_records(path: &std::path::Path, split: Option<&str>) -> anyhow::Result<Vec<Record>> {
    let mut records = Vec::new();
    records::for_each_line(path, |value, line| {
        if split.is_none_or(|split| value["split"].as_str() == Some(split)) {
            records.push(Record::of(value, line));
        }
    })?;
    // The stream arrives in date order, as a news feed would.
    records.sort_by(|left, right| left.date.cmp(&right.date));
    Ok(records)
}

/// Runs the pipeline over the records in batches and returns `(id, story)`
/// with the time each stage took.
fn cluster_records(records: &[Record]) -> (Vec<(String, String)>, StageTimings) {
    let config = pipeline_config();
    let mut timings = StageTimings::default();
    let mut snapshot = Snapshot::default();
    // Kept across batches, so each batch costs its own articles only.
    let mut state = StreamState::default();
    let mut external: HashMap<DocId, String> = HashMap::new();
    let mut predictions = Vec::with_capacity(records.len());
    // DOSSIER_BENCH_DUMP=path writes, per article, where it went and why, and
    // what the cluster stage read of it: the raw material of a failure analysis.
    let mut decisions: HashMap<String, (f64, Vec<String>)> = HashMap::new();
    for chunk in records.chunks(BATCH_SIZE) {
        let batch: Vec<RawDocument> = chunk
            .iter()
            .map(|record| {
                let raw = record.raw_document();
                external.insert(raw.id.clone(), record.id.clone());
                raw
            })
            .collect();
        let change_set = pipeline::process_stream_batch(batch, &mut snapshot, &mut state, &config);
        timings.add(&change_set.timings);
        for change in change_set.changes {
            match change {
                Change::AssignStory {
                    doc,
                    story,
                    similarity,
                    evidence,
                } => {
                    if let Some(id) = external.get(&doc) {
                        decisions.insert(id.clone(), (similarity, evidence));
                        predictions.push((id.clone(), story.0));
                    }
                }
                Change::MergeStories { from, into, .. } => {
                    for (_, story) in predictions.iter_mut().filter(|(_, s)| *s == from.0) {
                        story.clone_from(&into.0);
                    }
                }
                _ => {}
            }
        }
    }
    if let Some(path) = std::env::var_os("DOSSIER_BENCH_DUMP")
        && let Err(error) = dump(&path, &snapshot, &predictions, &decisions, &config)
    {
        eprintln!("DOSSIER_BENCH_DUMP: {error:#}");
    }
    (predictions, timings)
}

/// Writes one JSON line per clustered article: its story, the similarity and
/// evidence it joined with, its extracted title, text length and opening, and
/// the features the cluster stage read.
fn dump(
    path: &std::ffi::OsStr,
    snapshot: &Snapshot,
    predictions: &[(String, String)],
    decisions: &HashMap<String, (f64, Vec<String>)>,
    config: &PipelineConfig,
) -> anyhow::Result<()> {
    let stories: HashMap<&str, &str> = predictions
        .iter()
        .map(|(id, story)| (id.as_str(), story.as_str()))
        .collect();
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    for document in &snapshot.documents {
        let Some(id) = document.article.external_id.as_deref() else {
            continue;
        };
        let (similarity, evidence) = decisions.get(id).cloned().unwrap_or_default();
        let text = &document.article.text;
        let mut head_end = text.len().min(400);
        while !text.is_char_boundary(head_end) {
            head_end -= 1;
        }
        let line = serde_json::json!({
            "id": id,
            "cluster": stories.get(id),
            "similarity": similarity,
            "evidence": evidence,
            "title": document.article.title,
            "published": document.article.published.map(|date| date.to_string()),
            "text_len": text.len(),
            "head": text.get(..head_end),
            "features": cluster::describe(document, &config.cluster),
        });
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Which text the stages after extraction see.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TextMode {
    /// The real pipeline, extraction included.
    Extracted,
    /// The record's text as the clean text, for trees where extraction is
    /// still a stub (`DOSSIER_BENCH_TEXT=given` forces it).
    Given,
}

impl TextMode {
    fn choose(records: &[Record]) -> TextMode {
        match std::env::var("DOSSIER_BENCH_TEXT").as_deref() {
            Ok("given") => return TextMode::Given,
            Ok("extracted") => return TextMode::Extracted,
            _ => {}
        }
        let config = extract::ExtractConfig::default();
        let sample: Vec<&Record> = records.iter().take(20).collect();
        let extracted = sample
            .iter()
            .filter(|record| {
                extract::extract(&record.raw_document(), &config)
                    .article
                    .is_some()
            })
            .count();
        if !sample.is_empty() && extracted == 0 {
            TextMode::Given
        } else {
            TextMode::Extracted
        }
    }
}

/// The record as a clean article, its paragraphs as blocks.
fn given_article(record: &Record) -> Article {
    let text = record.text.clone();
    let mut blocks = Vec::new();
    let mut offset = 0;
    for paragraph in text.split("\n\n") {
        let end = offset + paragraph.len();
        if !paragraph.trim().is_empty() {
            blocks.push(TextRange::new(offset, end));
        }
        offset = end + 2;
    }
    Article {
        id: DocId::from_content(record.line.as_bytes()),
        origin: "bench".into(),
        external_id: Some(record.id.clone()),
        url: None,
        title: record.title.clone().unwrap_or_default(),
        source: record.source.clone(),
        author: None,
        published: record.date.as_deref().and_then(PartialDate::parse_iso),
        lang: Some("en".into()),
        text,
        blocks,
        extra: serde_json::Map::new(),
    }
}

/// Runs analyse, dedupe and cluster over the records' own text in batches,
/// the way `process_batch` does after extraction, and returns `(id, story)`
/// with the time each stage took.
fn cluster_given_text(records: &[Record]) -> (Vec<(String, String)>, StageTimings) {
    let config = pipeline_config();
    let mut timings = StageTimings::default();
    let mut snapshot = Snapshot::default();
    let mut story_slots: HashMap<StoryId, usize> = HashMap::new();
    // DOSSIER_BENCH_EVIDENCE=1 prints every assignment with its evidence.
    let show_evidence = std::env::var_os("DOSSIER_BENCH_EVIDENCE").is_some();
    let mut predictions = Vec::with_capacity(records.len());
    for chunk in records.chunks(BATCH_SIZE) {
        let batch_started = Instant::now();
        let mut documents: Vec<Document> = chunk
            .iter()
            .map(|record| {
                let article = given_article(record);
                let analysis = analyse::analyse(&article, &config.analyse);
                Document { article, analysis }
            })
            .collect();
        timings.analyse += batch_started.elapsed();
        documents.sort_by_key(|document| {
            let published = document.article.published;
            (published.is_none(), published)
        });
        let new_articles: Vec<&Article> = documents.iter().map(|d| &d.article).collect();
        let known_articles: Vec<&Article> = snapshot.documents.iter().map(|d| &d.article).collect();
        let started = Instant::now();
        let _relations = dedupe::dedupe(&new_articles, &known_articles, &config.dedupe);
        timings.dedupe += started.elapsed();
        let new_refs: Vec<&Document> = documents.iter().collect();
        let known_refs: Vec<&Document> = snapshot.documents.iter().collect();
        let started = Instant::now();
        let clustering =
            cluster::cluster_batch(&new_refs, &snapshot.stories, &known_refs, &config.cluster);
        timings.cluster += started.elapsed();
        let assignments = clustering.assignments;
        let mut opened: HashMap<usize, StoryId> = HashMap::new();
        for assignment in assignments {
            let story = match assignment.story {
                StoryChoice::Existing(id) => id,
                StoryChoice::New(index) => opened
                    .entry(index)
                    .or_insert_with(|| StoryId::opened_by(&assignment.doc))
                    .clone(),
            };
            match story_slots.get(&story) {
                Some(slot) => snapshot.stories[*slot]
                    .articles
                    .push(assignment.doc.clone()),
                None => {
                    story_slots.insert(story.clone(), snapshot.stories.len());
                    snapshot.stories.push(Story {
                        id: story.clone(),
                        title: String::new(),
                        articles: vec![assignment.doc.clone()],
                    });
                }
            }
            if let Some(document) = documents.iter().find(|d| d.article.id == assignment.doc)
                && let Some(id) = &document.article.external_id
            {
                if show_evidence {
                    eprintln!(
                        "{id}\t{}\t{:.3}\t{}",
                        story.0,
                        assignment.similarity,
                        assignment.evidence.join(" | ")
                    );
                }
                predictions.push((id.clone(), story.0.clone()));
            }
        }
        for merge in clustering.merges {
            let (Some(&from), Some(&into)) =
                (story_slots.get(&merge.from), story_slots.get(&merge.into))
            else {
                continue;
            };
            let moved = std::mem::take(&mut snapshot.stories[from].articles);
            snapshot.stories[into].articles.extend(moved);
            for (_, story) in predictions.iter_mut().filter(|(_, s)| *s == merge.from.0) {
                story.clone_from(&merge.into.0);
            }
        }
        // Folded stories stay in place, empty, so the slots keep their meaning.
        snapshot.documents.extend(documents);
        timings.total += batch_started.elapsed();
    }
    (predictions, timings)
}

/// The per-stage breakdown of a run: seconds, microseconds per article and
/// share of the wall time, then the process's CPU time and the machine's load
/// when the run began (the machine is shared, so a busy one reads slower).
fn stage_table(
    timings: &StageTimings,
    articles: usize,
    seconds: f64,
    cpu: Option<f64>,
    load: Option<String>,
) -> String {
    let articles = articles.max(1) as f64;
    let staged = timings.extract + timings.analyse + timings.dedupe + timings.cluster;
    let other = timings.total.saturating_sub(staged).as_secs_f64()
        + (seconds - timings.total.as_secs_f64()).max(0.0);
    let rows = [
        ("extract", timings.extract.as_secs_f64()),
        ("analyse", timings.analyse.as_secs_f64()),
        ("dedupe", timings.dedupe.as_secs_f64()),
        ("cluster", timings.cluster.as_secs_f64()),
        ("other (batching, reading, change sets)", other),
    ];
    let mut table =
        String::from("```\nstage                                    seconds   us/article  share\n");
    for (stage, stage_seconds) in rows {
        let _ = writeln!(
            table,
            "{stage:<40} {stage_seconds:>8.2} {:>12.0} {:>5.1}%",
            stage_seconds * 1e6 / articles,
            100.0 * stage_seconds / seconds.max(1e-9),
        );
    }
    let _ = writeln!(
        table,
        "extract and analyse are summed over their threads (all cores), dedupe and cluster \
         run side by side; all are wall time"
    );
    if let Some(cpu) = cpu {
        let _ = writeln!(
            table,
            "process CPU time {cpu:.2} s over {seconds:.2} s wall ({:.2} cores busy; {:.0} articles \
             per CPU second)",
            cpu / seconds.max(1e-9),
            articles / cpu.max(1e-9),
        );
    }
    if let Some(load) = load {
        let _ = writeln!(table, "load average at start: {load}");
    }
    table.push_str("```\n");
    table
}

/// User plus system CPU seconds of this process so far, from `/proc/self/stat`
/// (Linux; `None` elsewhere).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let user: f64 = fields.get(11)?.parse().ok()?;
    let system: f64 = fields.get(12)?.parse().ok()?;
    // The kernel reports clock ticks, 100 a second on every Linux we run on.
    Some((user + system) / 100.0)
}

/// The one-, five- and fifteen-minute load averages (Linux; `None` elsewhere).
fn load_average() -> Option<String> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    Some(
        text.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The default pipeline options, with cluster options overridden from
/// `DOSSIER_CLUSTER="join_threshold=0.35,body_weight=0.5"` so one build can
/// be tuned on dev without recompiling.
fn pipeline_config() -> PipelineConfig {
    let mut config = PipelineConfig::default();
    let Ok(overrides) = std::env::var("DOSSIER_CLUSTER") else {
        return config;
    };
    let cluster = &mut config.cluster;
    for pair in overrides.split(',').filter(|pair| !pair.trim().is_empty()) {
        let Some((key, value)) = pair.split_once('=') else {
            eprintln!("DOSSIER_CLUSTER: ignoring {pair:?} (want key=value)");
            continue;
        };
        let (key, value) = (key.trim(), value.trim());
        let float = value.parse::<f64>().ok();
        let whole = value.parse::<usize>().ok();
        let applied = match (key, float, whole) {
            ("join_threshold", Some(v), _) => {
                cluster.join_threshold = v;
                true
            }
            ("merge_threshold", Some(v), _) => {
                cluster.merge_threshold = v;
                true
            }
            ("lede_subject_penalty", Some(v), _) => {
                cluster.lede_subject_penalty = v;
                true
            }
            ("lede_agreement", _, Some(v)) => {
                cluster.lede_agreement = v != 0;
                true
            }
            ("subject_named_in_lede", _, Some(v)) => {
                cluster.subject_named_in_lede = v != 0;
                true
            }
            ("merge_year_floor", _, Some(v)) => {
                cluster.merge_year_floor = v != 0;
                true
            }
            ("merge_lede_contrast", _, Some(v)) => {
                cluster.merge_lede_contrast = v != 0;
                true
            }
            ("weekday_conflict_penalty", Some(v), _) => {
                cluster.weekday_conflict_penalty = v;
                true
            }
            ("place_conflict_penalty", Some(v), _) => {
                cluster.place_conflict_penalty = v;
                true
            }
            ("merge_candidates", _, Some(v)) => {
                cluster.merge_candidates = v;
                true
            }
            ("merge_vetoes_conflicts", _, Some(v)) => {
                cluster.merge_vetoes_conflicts = v != 0;
                true
            }
            ("thin_body_words", _, Some(v)) => {
                cluster.thin_body_words = v;
                true
            }
            ("month_anchors", _, Some(v)) => {
                cluster.month_anchors = v != 0;
                true
            }
            ("anchored_time_floor", Some(v), _) => {
                cluster.anchored_time_floor = v;
                true
            }
            ("anchored_gap_share", Some(v), _) => {
                cluster.anchored_gap_share = v;
                true
            }
            ("max_follow_up_days", _, Some(v)) => {
                cluster.max_follow_up_days = v as i64;
                true
            }
            ("event_day_slack", _, Some(v)) => {
                cluster.event_day_slack = v as i64;
                true
            }
            ("title_weight", Some(v), _) => {
                cluster.title_weight = v;
                true
            }
            ("body_weight", Some(v), _) => {
                cluster.body_weight = v;
                true
            }
            ("entity_weight", Some(v), _) => {
                cluster.entity_weight = v;
                true
            }
            ("time_weight", Some(v), _) => {
                cluster.time_weight = v;
                true
            }
            ("time_scale_days", Some(v), _) => {
                cluster.time_scale_days = v;
                true
            }
            ("count_conflict_penalty", Some(v), _) => {
                cluster.count_conflict_penalty = v;
                true
            }
            ("date_conflict_penalty", Some(v), _) => {
                cluster.date_conflict_penalty = v;
                true
            }
            ("undated_count_share", Some(v), _) => {
                cluster.undated_count_share = v;
                true
            }
            ("undoing_contrast_penalty", Some(v), _) => {
                cluster.undoing_contrast_penalty = v;
                true
            }
            ("date_agreement_bonus", Some(v), _) => {
                cluster.date_agreement_bonus = v;
                true
            }
            ("gap_penalty", Some(v), _) => {
                cluster.gap_penalty = v;
                true
            }
            ("max_field_rescale", Some(v), _) => {
                cluster.max_field_rescale = v;
                true
            }
            ("year_agreement_bonus", Some(v), _) => {
                cluster.year_agreement_bonus = v;
                true
            }
            ("merge_main_count_members", _, Some(v)) => {
                cluster.merge_main_count_members = v as u32;
                true
            }
            ("trace_candidates", _, Some(v)) => {
                cluster.trace_candidates = v;
                true
            }
            ("year_conflict_penalty", Some(v), _) => {
                cluster.year_conflict_penalty = v;
                true
            }
            ("missing_name_penalty", Some(v), _) => {
                cluster.missing_name_penalty = v;
                true
            }
            ("salient_names", _, Some(v)) => {
                cluster.salient_names = v;
                true
            }
            ("chrome_min_documents", _, Some(v)) => {
                cluster.chrome_min_documents = v as u32;
                true
            }
            ("chrome_min_share", Some(v), _) => {
                cluster.chrome_min_share = v;
                true
            }
            ("count_close_ratio", Some(v), _) => {
                cluster.count_close_ratio = v;
                true
            }
            ("lead_count_conflict_penalty", Some(v), _) => {
                cluster.lead_count_conflict_penalty = v;
                true
            }
            ("gap_from_first_report", _, Some(v)) => {
                cluster.gap_from_first_report = v != 0;
                true
            }
            ("size_penalty", Some(v), _) => {
                cluster.size_penalty = v;
                true
            }
            ("gap_scale_days", Some(v), _) => {
                cluster.gap_scale_days = v;
                true
            }
            ("max_gap_days", _, Some(v)) => {
                cluster.max_gap_days = v as i64;
                true
            }
            ("query_terms", _, Some(v)) => {
                cluster.query_terms = v;
                true
            }
            ("postings_per_term", _, Some(v)) => {
                cluster.postings_per_term = v;
                true
            }
            ("max_candidates", _, Some(v)) => {
                cluster.max_candidates = v;
                true
            }
            ("max_body_terms", _, Some(v)) => {
                cluster.max_body_terms = v;
                true
            }
            ("max_body_words", _, Some(v)) => {
                cluster.max_body_words = v;
                true
            }
            _ => false,
        };
        if !applied {
            eprintln!("DOSSIER_CLUSTER: ignoring {pair:?} (unknown key or bad value)");
        }
    }
    eprintln!("cluster options: {:?}", config.cluster);
    config
}
