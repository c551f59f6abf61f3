//! The facts harness (issue 6): for each GVA incident of a split, compares
//! what the dossier says with the incident's gold facts: number killed,
//! number injured, incident date and city. Twice:
//!
//! - gold clusters: the pipeline and reconcile run over the incident's gold
//!   articles, so clustering is not judged;
//! - predicted clusters: the real pipeline (clustering included) streams the
//!   whole split in date order, each incident is mapped to the predicted
//!   story holding most of its articles, and that story is reconciled and
//!   scored, so clustering errors cost what they cost a reader.
//!
//! Killed and injured are the product's toll (`reconcile::toll`, read off
//! the story's facts); date and city are its setting (`reconcile::setting`:
//! where and when, with its sources), read off the reconciliation; only the
//! choice of which of its places GVA would call the city is made here.
//!
//! Prints accuracies beside a trivial baseline (0 killed, 0 injured, the
//! earliest publication date, no city), so a figure can be read against what
//! knowing nothing gets.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Write};
use std::time::Instant;

use anyhow::Context;
use dossier_core::dedupe;
use dossier_core::model::{
    Article, DocId, Document, EntityKind, PartialDate, PlaceLevel, RawDocument, Reconciliation,
    Relation, Story, StoryId,
};
use dossier_core::pipeline::{self, Change, PipelineConfig, Snapshot};
use dossier_core::reconcile::{self, ReconcileConfig};
use dossier_core::text::fold;

use crate::records::{self, Record};
use crate::{Options, bench_dir, output_dir, publish};

/// Articles per pipeline batch in the predicted-cluster run, as the
/// clustering harness streams them.
const BATCH_SIZE: usize = 512;

pub fn run(options: &Options) -> anyhow::Result<()> {
    let dir = bench_dir()?.join("clustering/gva-incidents");
    let incidents = read_incidents(&dir.join("incidents.jsonl"))?;
    let articles = read_articles(&dir.join("articles.jsonl"), &options.split)?;

    let dump_path = output_dir("facts")?.join(format!("gva.{}.jsonl", options.split));
    let mut dump = std::fs::File::create(&dump_path)
        .with_context(|| format!("creating {}", dump_path.display()))?;
    let started = Instant::now();
    let mut tally = Tally::default();
    let mut num_articles = 0;
    let mut stories: Vec<(&String, &Vec<Record>)> = articles.iter().collect();
    stories.sort_by(|left, right| left.0.cmp(right.0));
    for (story, records) in stories {
        let Some(gold) = incidents.get(story) else {
            continue;
        };
        num_articles += records.len();
        let (documents, relations) = run_pipeline(records);
        if documents.is_empty() {
            continue;
        }
        let story = Story {
            id: StoryId(story.clone()),
            title: documents[0].article.title.clone(),
            articles: documents.iter().map(|doc| doc.article.id.clone()).collect(),
        };
        let refs: Vec<&Document> = documents.iter().collect();
        let reconciliation =
            reconcile::reconcile(&story, &refs, &relations, &ReconcileConfig::default());
        let predicted = predict(&reconciliation);
        tally.add(gold, &predicted, &baseline(&refs));
        let facts: Vec<String> = reconciliation
            .facts
            .iter()
            .map(|fact| {
                let values: Vec<String> = fact
                    .variants
                    .iter()
                    .map(|variant| format!("{} x{}", variant.text, variant.articles.len()))
                    .collect();
                format!(
                    "{} [{}]: {}",
                    fact.statement,
                    fact.status.as_str(),
                    values.join(" | ")
                )
            })
            .collect();
        let facts_toll = {
            let mut bare = reconciliation.clone();
            bare.headline_tolls.clear();
            let toll = reconcile::toll(&bare);
            [toll.killed, toll.injured]
        };
        let line = serde_json::json!({
            "story": story.id.0,
            "gold": {"killed": gold.killed, "injured": gold.injured,
                     "date": gold.date.map(|date| date.to_string()), "city": gold.city},
            "predicted": {"killed": predicted.killed, "injured": predicted.injured,
                          "date": predicted.date.map(|date| date.to_string()), "city": predicted.city},
            "facts": facts,
            "facts_toll": facts_toll,
            "detail": detail(&reconciliation, &refs),
        });
        writeln!(dump, "{line}")?;
    }
    let seconds = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let streamed = read_stream(&dir.join("articles.jsonl"), &options.split)?;
    let predicted_tally = score_predicted_clusters(&incidents, &articles, &streamed);
    let predicted_seconds = started.elapsed().as_secs_f64();

    let mut report = String::new();
    let _ = writeln!(
        report,
        "## facts on gva-incidents ({} split): {} incidents, {num_articles} articles in {seconds:.2} s \
         (gold clusters); {} articles streamed, clustered and reconciled in {predicted_seconds:.2} s \
         (predicted clusters)\n",
        options.split,
        tally.incidents,
        streamed.len()
    );
    let _ = writeln!(
        report,
        "| field | dossier, gold clusters | dossier, predicted clusters | baseline | \
         dossier answered, gold clusters (not 0 / not the baseline) |"
    );
    let _ = writeln!(report, "|---|---|---|---|---|");
    for ((field, [dossier, baseline, answered]), (_, [on_predicted, _, _])) in
        tally.rows().into_iter().zip(predicted_tally.rows())
    {
        let _ = writeln!(
            report,
            "| {field} | {:.3} | {:.3} | {:.3} | {answered} of {} |",
            ratio(dossier, tally.incidents),
            ratio(on_predicted, predicted_tally.incidents),
            ratio(baseline, tally.incidents),
            tally.incidents
        );
    }
    let _ = writeln!(
        report,
        "\npredicted clusters: {} of {} incidents have an article in a predicted story; \
         the story holding most of an incident's articles is scored for it.",
        predicted_tally.mapped, predicted_tally.incidents
    );
    let _ = writeln!(
        report,
        "\nper-incident predictions: {}",
        dump_path.display()
    );
    let _ = writeln!(
        report,
        "\nbaseline: 0 killed, 0 injured, earliest publication date, no city. \
         Accuracy is exact match (city: folded, \"St.\" and \"Saint\" as one spelling, either containing the other)."
    );
    publish(options, &format!("facts.{}.md", options.split), &report)
}

fn ratio(count: usize, total: usize) -> f64 {
    count as f64 / total.max(1) as f64
}

/// What the predictions are read from, for failure analysis of the dump:
/// every fact's values, the places and organisations with their article
/// counts, the timeline and the publication dates.
fn detail(reconciliation: &Reconciliation, documents: &[&Document]) -> serde_json::Value {
    let facts: Vec<serde_json::Value> = reconciliation
        .facts
        .iter()
        .map(|fact| {
            let variants: Vec<serde_json::Value> = fact
                .variants
                .iter()
                .map(|variant| {
                    serde_json::json!([
                        variant.value,
                        variant.text,
                        variant.articles.len(),
                        format!("{:?}", variant.qualifier)
                    ])
                })
                .collect();
            serde_json::json!({"kind": fact.kind, "subject": fact.subject,
                               "statement": fact.statement, "variants": variants})
        })
        .collect();
    let entities: Vec<serde_json::Value> = reconciliation
        .entities
        .iter()
        .filter(|entity| matches!(entity.kind, EntityKind::Place | EntityKind::Organization))
        .map(|entity| {
            serde_json::json!([
                format!("{:?}", entity.kind),
                entity.name,
                entity.articles.len()
            ])
        })
        .collect();
    let timeline: Vec<serde_json::Value> = reconciliation
        .timeline
        .iter()
        .map(|event| {
            let text: String = event.text.chars().take(300).collect();
            let absolute = documents.iter().any(|doc| {
                doc.analysis
                    .dates
                    .iter()
                    .any(|mention| mention.date == event.date && !mention.relative)
            });
            serde_json::json!([event.date.to_string(), event.articles.len(), text, absolute])
        })
        .collect();
    let published: Vec<String> = documents
        .iter()
        .filter_map(|doc| doc.article.published.map(|date| date.to_string()))
        .collect();
    let titles: Vec<&str> = documents
        .iter()
        .map(|doc| doc.article.title.as_str())
        .collect();
    serde_json::json!({"facts": facts, "entities": entities, "timeline": timeline,
                       "published": published, "setting": reconciliation.setting,
                       "titles": titles, "headline_tolls": reconciliation.headline_tolls})
}

/// Streams the whole split through the real pipeline in date order (as the
/// clustering harness does), maps each scored incident to the predicted story
/// holding most of its gold articles, and scores that story's reconciliation.
/// An incident none of whose articles reached a story scores as unanswered.
fn score_predicted_clusters(
    incidents: &HashMap<String, Gold>,
    articles: &HashMap<String, Vec<Record>>,
    streamed: &[Record],
) -> Tally {
    let config = PipelineConfig::default();
    let mut snapshot = Snapshot::default();
    let mut relations: Vec<Relation> = Vec::new();
    let mut story_of: HashMap<String, StoryId> = HashMap::new();
    let mut external: HashMap<DocId, String> = HashMap::new();
    for chunk in streamed.chunks(BATCH_SIZE) {
        let batch: Vec<RawDocument> = chunk
            .iter()
            .map(|record| {
                let raw = record.raw_document();
                external.insert(raw.id.clone(), record.id.clone());
                raw
            })
            .collect();
        for change in pipeline::process_batch(batch, &mut snapshot, &config).changes {
            match change {
                Change::AssignStory { doc, story, .. } => {
                    if let Some(id) = external.get(&doc) {
                        story_of.insert(id.clone(), story);
                    }
                }
                Change::InsertRelation(relation) => relations.push(relation),
                _ => {}
            }
        }
    }
    let documents: HashMap<&DocId, &Document> = snapshot
        .documents
        .iter()
        .map(|document| (&document.article.id, document))
        .collect();
    let stories: HashMap<&StoryId, &Story> = snapshot
        .stories
        .iter()
        .map(|story| (&story.id, story))
        .collect();

    let mut tally = Tally::default();
    let mut predictions: HashMap<StoryId, Prediction> = HashMap::new();
    let mut scored: Vec<(&String, &Vec<Record>)> = articles.iter().collect();
    scored.sort_by(|left, right| left.0.cmp(right.0));
    for (incident, records) in scored {
        let Some(gold) = incidents.get(incident) else {
            continue;
        };
        let Some(story_id) = majority_story(records, &story_of) else {
            tally.add(gold, &Prediction::default(), &Prediction::default());
            continue;
        };
        tally.mapped += 1;
        let prediction = predictions.entry(story_id.clone()).or_insert_with(|| {
            let Some(story) = stories.get(&story_id) else {
                return Prediction::default();
            };
            let members: Vec<&Document> = story
                .articles
                .iter()
                .filter_map(|id| documents.get(id).copied())
                .collect();
            let member_ids: HashSet<&DocId> = story.articles.iter().collect();
            let within: Vec<Relation> = relations
                .iter()
                .filter(|relation| {
                    member_ids.contains(&relation.a) && member_ids.contains(&relation.b)
                })
                .cloned()
                .collect();
            let reconciliation =
                reconcile::reconcile(story, &members, &within, &ReconcileConfig::default());
            predict(&reconciliation)
        });
        tally.add(gold, prediction, &Prediction::default());
    }
    tally
}

/// The predicted story holding most of the records (the earliest-opened one
/// on a tie, for a stable answer), if any record reached a story.
fn majority_story(records: &[Record], story_of: &HashMap<String, StoryId>) -> Option<StoryId> {
    let mut counts: HashMap<&StoryId, usize> = HashMap::new();
    for record in records {
        if let Some(story) = story_of.get(&record.id) {
            *counts.entry(story).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by(|left, right| left.1.cmp(&right.1).then_with(|| right.0.cmp(left.0)))
        .map(|(story, _)| story.clone())
}

/// Every article of the split (clean or not, as a news feed brings them), in
/// date order.
fn read_stream(path: &std::path::Path, split: &str) -> anyhow::Result<Vec<Record>> {
    let mut records = Vec::new();
    records::for_each_line(path, |value, line| {
        if value["split"].as_str() == Some(split) {
            records.push(Record::of(value, line));
        }
    })?;
    records.sort_by(|left, right| left.date.cmp(&right.date));
    Ok(records)
}

/// An incident's gold facts.
struct Gold {
    date: Option<PartialDate>,
    city: String,
    killed: Option<u64>,
    injured: Option<u64>,
}

/// What the dossier says about an incident.
#[derive(Default)]
struct Prediction {
    date: Option<PartialDate>,
    city: Option<String>,
    killed: Option<u64>,
    injured: Option<u64>,
}

fn read_incidents(path: &std::path::Path) -> anyhow::Result<HashMap<String, Gold>> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut incidents = HashMap::new();
    for line in BufReader::new(file).lines() {
        let value: serde_json::Value = serde_json::from_str(&line?)?;
        let Some(story) = value["story"].as_str() else {
            continue;
        };
        incidents.insert(
            story.to_string(),
            Gold {
                date: value["date"].as_str().and_then(PartialDate::parse_iso),
                city: value["city_or_county"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                killed: value["num_killed"].as_u64(),
                injured: value["num_injured"].as_u64(),
            },
        );
    }
    Ok(incidents)
}

/// Reads the clean, scored articles of the split, grouped by gold story.
fn read_articles(
    path: &std::path::Path,
    split: &str,
) -> anyhow::Result<HashMap<String, Vec<Record>>> {
    let mut stories: HashMap<String, Vec<Record>> = HashMap::new();
    records::for_each_line(path, |value, line| {
        let scored = value["split"].as_str() == Some(split) && value["clean"] == true;
        if let Some(story) = value["story"].as_str().filter(|_| scored) {
            let record = Record::of(value, line);
            stories.entry(story.to_string()).or_default().push(record);
        }
    })?;
    Ok(stories)
}

/// Runs the stages before clustering (extract, analyse, dedupe) over one
/// incident's articles; clustering is not judged here. While extraction
/// finds no article in a record (a stub, or a page it rejects), the record's
/// text is taken as it is, so the later stages still get judged.
fn run_pipeline(records: &[Record]) -> (Vec<Document>, Vec<Relation>) {
    let config = PipelineConfig::default();
    let mut documents = records::analysed(records, &config);
    documents.sort_by_key(|doc| (doc.article.published.is_none(), doc.article.published));
    let articles: Vec<&Article> = documents.iter().map(|doc| &doc.article).collect();
    let relations = dedupe::dedupe(&articles, &[], &config.dedupe);
    (documents, relations)
}

/// Reads the incident's facts off its reconciliation: the product's own
/// toll (killed, injured) and setting (date, city).
fn predict(reconciliation: &Reconciliation) -> Prediction {
    let toll = reconcile::toll(reconciliation);
    Prediction {
        date: reconciliation.setting.when.as_ref().map(|when| when.date),
        city: city(reconciliation),
        killed: Some(toll.killed),
        injured: Some(toll.injured),
    }
}

/// The dossier's place as GVA's city field: a town, or a county where the
/// articles name no town; GVA never gives a region or a country there.
fn city(reconciliation: &Reconciliation) -> Option<String> {
    reconciliation
        .setting
        .place
        .as_ref()
        .filter(|place| matches!(place.level, PlaceLevel::Town | PlaceLevel::County))
        .map(|place| place.name.clone())
}

/// A city name folded, with the short forms of its words spelled out, so
/// "St. Louis" and GVA's "Saint Louis" compare equal: one name, two
/// spellings, not a wrong city.
fn spelled_out(name: &str) -> String {
    fold(name)
        .split(' ')
        .map(|word| match word {
            "st" => "saint",
            "ft" => "fort",
            "mt" => "mount",
            _ => word,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// What knowing nothing predicts.
fn baseline(documents: &[&Document]) -> Prediction {
    Prediction {
        date: reconcile::earliest_publication(documents),
        city: None,
        killed: Some(0),
        injured: Some(0),
    }
}

/// Correct predictions per field: `[dossier, baseline, dossier predicted something]`.
#[derive(Default)]
struct Tally {
    incidents: usize,
    /// Incidents with an article in a predicted story (predicted clusters).
    mapped: usize,
    killed: [usize; 3],
    injured: [usize; 3],
    date: [usize; 3],
    city: [usize; 3],
}

impl Tally {
    fn add(&mut self, gold: &Gold, predicted: &Prediction, baseline: &Prediction) {
        self.incidents += 1;
        let city_matches = |city: &Option<String>| {
            city.as_deref().is_some_and(|city| {
                let (city, gold_city) = (spelled_out(city), spelled_out(&gold.city));
                !city.is_empty()
                    && !gold_city.is_empty()
                    && (gold_city.contains(&city) || city.contains(&gold_city))
            })
        };
        let fields: [(&mut [usize; 3], bool, bool, bool); 4] = [
            (
                &mut self.killed,
                gold.killed.is_some() && predicted.killed == gold.killed,
                gold.killed.is_some() && baseline.killed == gold.killed,
                predicted.killed.is_some_and(|count| count > 0),
            ),
            (
                &mut self.injured,
                gold.injured.is_some() && predicted.injured == gold.injured,
                gold.injured.is_some() && baseline.injured == gold.injured,
                predicted.injured.is_some_and(|count| count > 0),
            ),
            (
                &mut self.date,
                gold.date.is_some() && predicted.date == gold.date,
                gold.date.is_some() && baseline.date == gold.date,
                predicted.date != baseline.date,
            ),
            (
                &mut self.city,
                city_matches(&predicted.city),
                city_matches(&baseline.city),
                predicted.city.is_some(),
            ),
        ];
        for (counts, dossier_right, baseline_right, predicted_something) in fields {
            counts[0] += usize::from(dossier_right);
            counts[1] += usize::from(baseline_right);
            counts[2] += usize::from(predicted_something);
        }
    }

    fn rows(&self) -> [(&'static str, [usize; 3]); 4] {
        [
            ("killed", self.killed),
            ("injured", self.injured),
            ("incident date", self.date),
            ("city", self.city),
        ]
    }
}
