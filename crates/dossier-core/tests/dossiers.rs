//! Snapshot tests of the dossiers the whole core pipeline makes of the
//! project's own fictional corpus (`examples/corpus/`).
//!
//! The corpus goes through the stages exactly as `dossier ingest` and
//! `dossier show` put it through them: [`ingest::ingest`] per file with the
//! format hint its extension gives, one [`pipeline::process_batch`] on an empty
//! [`Snapshot`], then [`export::build_dossiers`]. Each story is rendered as
//! plain text (articles, copies, where and when, entities, facts, quotes,
//! timeline) and
//! compared with a committed snapshot in `tests/snapshots/`, so any change a
//! stage makes to what a reader sees shows up as a readable diff. An index
//! snapshot lists every story with its members, so a story that appears,
//! vanishes or changes hands is caught even when no single story snapshot
//! would be.
//!
//! Article ids are content hashes and story ids derive from them, so they are
//! replaced by the origin file name (with `#record` for JSON Lines) and by the
//! story's number in the order `dossier stories` lists them. Scores are
//! rounded to two decimals. Nothing depends on the clock.
//!
//! # Reviewing a change
//!
//! On a mismatch the test fails and prints a diff; under CI (`CI=true`) or
//! with `INSTA_UPDATE=no` it writes nothing. Locally insta leaves a
//! `.snap.new` file beside the old one. `cargo insta` is not installed here,
//! so to accept a change, rewrite the snapshots in place and read the diff:
//!
//! ```text
//! INSTA_UPDATE=always cargo test -p dossier-core --test dossiers
//! git diff crates/dossier-core/tests/snapshots/
//! ```
//!
//! Commit the snapshots when every changed line is an improvement (or an
//! accepted cost); otherwise `git checkout` them and fix the stage. Delete any
//! stray `*.snap.new` files, and any `story_N.snap` past the last story
//! (the test fails naming them).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use dossier_core::export::{self, StoryDossier};
use dossier_core::ingest::{self, FormatHint, IngestConfig};
use dossier_core::model::{
    DocId, EntityKind, FactStatus, FactVariant, Qualifier, RawDocument, StoryAssignment,
    StoryChoice,
};
use dossier_core::pipeline::{self, Change, PipelineConfig, Snapshot};

/// The example corpus, beside the workspace's crates.
fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus")
}

/// The hint `dossier ingest` derives from a file's extension.
fn format_hint(path: &Path) -> FormatHint {
    let extension = path
        .extension()
        .and_then(|extension| extension.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("html" | "htm" | "xhtml") => FormatHint::Html,
        Some("jsonl" | "ndjson") => FormatHint::JsonLines,
        Some("txt" | "text" | "md") => FormatHint::Text,
        _ => FormatHint::Auto,
    }
}

/// What the pipeline made of the corpus, plus a stable name for each article.
struct Run {
    /// Every story's dossier, in the order `dossier stories` lists them.
    dossiers: Vec<StoryDossier>,
    /// Each article's origin file name, with `#record` for a JSON Lines record.
    labels: HashMap<DocId, String>,
    /// What ingest, extract and the other stages reported, as `origin: message`.
    diagnostics: Vec<String>,
}

/// Runs the corpus through the pipeline as `dossier run examples/corpus` does:
/// files in path order, one batch, a fresh store.
fn run_corpus() -> Run {
    let dir = corpus_dir();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("reading {}: {error}", dir.display()))
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.is_file())
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "{} holds no files", dir.display());

    let ingest_config = IngestConfig::default();
    let mut batch: Vec<RawDocument> = Vec::new();
    let mut diagnostics = Vec::new();
    for path in &paths {
        let bytes = std::fs::read(path)
            .unwrap_or_else(|error| panic!("reading {}: {error}", path.display()));
        let name = file_name(path);
        // The origin the binary would record for `dossier ingest examples/corpus`.
        let origin = format!("examples/corpus/{name}");
        let ingested = ingest::ingest(&origin, &bytes, format_hint(path), &ingest_config);
        diagnostics.extend(ingested.diagnostics);
        batch.extend(ingested.documents);
    }

    let mut snapshot = Snapshot::default();
    let change_set = pipeline::process_batch(batch, &mut snapshot, &PipelineConfig::default());
    diagnostics.extend(change_set.diagnostics.iter().cloned());

    let mut relations = Vec::new();
    let mut assignments = Vec::new();
    for change in &change_set.changes {
        match change {
            Change::InsertRelation(relation) => relations.push(relation.clone()),
            Change::AssignStory {
                doc,
                story,
                similarity,
                evidence,
            } => assignments.push(StoryAssignment {
                doc: doc.clone(),
                story: StoryChoice::Existing(story.clone()),
                similarity: *similarity,
                evidence: evidence.clone(),
            }),
            // One batch into an empty store: no stored story to merge.
            Change::InsertArticle(_) | Change::CreateStory { .. } | Change::MergeStories { .. } => {
            }
        }
    }

    // The store lists stories largest first, then in the order they opened;
    // the snapshot holds them in opening order already, and the sort is stable.
    let mut stories = snapshot.stories.clone();
    stories.sort_by_key(|story| std::cmp::Reverse(story.articles.len()));

    let articles: Vec<_> = snapshot
        .documents
        .iter()
        .map(|document| document.article.clone())
        .collect();
    let labels: HashMap<DocId, String> = articles
        .iter()
        .map(|article| {
            let name = file_name(Path::new(&article.origin));
            let label = match &article.external_id {
                Some(record) => format!("{name}#{record}"),
                None => name,
            };
            (article.id.clone(), label)
        })
        .collect();

    let mut dossiers = export::build_dossiers(&stories, articles, &relations);
    export::attach_assignments(&mut dossiers, assignments);
    let diagnostics = diagnostics
        .iter()
        .map(|diagnostic| {
            format!(
                "{} [{:?} {:?}]: {}",
                file_name(Path::new(&diagnostic.origin)),
                diagnostic.stage,
                diagnostic.severity,
                diagnostic.message
            )
        })
        .collect();
    Run {
        dossiers,
        labels,
        diagnostics,
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

impl Run {
    /// Names an article by where it came from.
    fn label(&self, id: &DocId) -> String {
        self.labels
            .get(id)
            .cloned()
            .unwrap_or_else(|| "<article outside the corpus>".to_string())
    }

    /// Names several articles, sorted, without repeats: the order a stage
    /// happens to list them in is not what a reader checks.
    fn labels_of(&self, ids: &[DocId]) -> String {
        let mut labels: Vec<String> = ids.iter().map(|id| self.label(id)).collect();
        labels.sort();
        labels.dedup();
        labels.join(", ")
    }

    /// Lists every story with its members, and what the stages reported.
    fn render_index(&self) -> String {
        let mut out = String::new();
        for (index, dossier) in self.dossiers.iter().enumerate() {
            let _ = writeln!(
                out,
                "story {}: {}",
                index + 1,
                one_line(&dossier.story.title)
            );
            for id in &dossier.story.articles {
                let _ = writeln!(out, "  {}", self.label(id));
            }
        }
        let _ = writeln!(out, "\ndiagnostics:");
        if self.diagnostics.is_empty() {
            let _ = writeln!(out, "  none");
        }
        for diagnostic in &self.diagnostics {
            let _ = writeln!(out, "  {}", one_line(diagnostic));
        }
        out
    }

    /// Renders one dossier with what `dossier show` shows, nothing truncated.
    fn render_story(&self, number: usize, dossier: &StoryDossier) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "STORY {number}: {}", one_line(&dossier.story.title));

        let _ = writeln!(out, "\nARTICLES (in the order they joined)");
        for document in &dossier.documents {
            let article = &document.article;
            let _ = writeln!(out, "  {}", self.label(&article.id));
            let _ = writeln!(out, "    title: {}", one_line(&article.title));
            let _ = writeln!(
                out,
                "    source: {} | published: {} | author: {} | lang: {}",
                article.source.as_deref().unwrap_or("-"),
                article
                    .published
                    .map(|date| date.to_string())
                    .unwrap_or_else(|| "-".to_string()),
                article.author.as_deref().unwrap_or("-"),
                article.lang.as_deref().unwrap_or("-"),
            );
            if let Some(assignment) = dossier.assignments.get(&article.id) {
                if assignment.evidence.is_empty() {
                    let _ = writeln!(out, "    opened the story");
                } else {
                    let _ = writeln!(
                        out,
                        "    joined at similarity {:.2}: {}",
                        assignment.similarity,
                        assignment.evidence.join(", ")
                    );
                }
            }
        }

        let _ = writeln!(out, "\nCOPIES AND REWRITES");
        if dossier.relations.is_empty() {
            let _ = writeln!(out, "  none");
        }
        let mut relations: Vec<String> = dossier
            .relations
            .iter()
            .map(|relation| {
                format!(
                    "  {} is a {} of {} (similarity {:.2})",
                    self.label(&relation.b),
                    relation.kind.as_str().replace('_', " "),
                    self.label(&relation.a),
                    relation.score
                )
            })
            .collect();
        relations.sort();
        for relation in relations {
            let _ = writeln!(out, "{relation}");
        }

        let reconciliation = &dossier.reconciliation;
        let setting = &reconciliation.setting;
        let _ = writeln!(out, "\nWHERE AND WHEN");
        match &setting.place {
            Some(place) => {
                let _ = writeln!(out, "  where: {} ({})", place.name, place.level.as_str());
                let sources: Vec<String> = place
                    .sources
                    .iter()
                    .map(|source| {
                        format!("{} ({})", self.label(&source.article), source.how.as_str())
                    })
                    .collect();
                let _ = writeln!(out, "    in: {}", sources.join(", "));
            }
            None => {
                let _ = writeln!(out, "  where: -");
            }
        }
        for wider in &setting.wider {
            let _ = writeln!(
                out,
                "  within: {} ({}), in: {}",
                wider.name,
                wider.level.as_str(),
                wider.sources.len()
            );
        }
        match &setting.when {
            Some(when) => {
                let _ = writeln!(out, "  when: {} ({})", when.date, when.how.as_str());
                let _ = writeln!(out, "    in: {}", self.labels_of(&when.articles));
            }
            None => {
                let _ = writeln!(out, "  when: -");
            }
        }

        let _ = writeln!(out, "\nWHO AND WHAT");
        for entity in &reconciliation.entities {
            let kind = match entity.kind {
                EntityKind::Person => "person",
                EntityKind::Organization => "org",
                EntityKind::Place => "place",
                EntityKind::Other => "other",
            };
            let _ = writeln!(out, "  {kind} {}", entity.name);
            if !entity.roles.is_empty() {
                let _ = writeln!(out, "    roles: {}", entity.roles.join("; "));
            }
            if !entity.aliases.is_empty() {
                let _ = writeln!(out, "    aka: {}", entity.aliases.join(", "));
            }
            if let Some(country) = &entity.country {
                let _ = writeln!(out, "    country: {country}");
            }
            let _ = writeln!(out, "    in: {}", self.labels_of(&entity.articles));
            for (reason, times) in counted(&entity.merged_because) {
                let _ = match times {
                    1 => writeln!(out, "    merged: {reason}"),
                    _ => writeln!(out, "    merged {times}x: {reason}"),
                };
            }
        }

        let _ = writeln!(out, "\nFACTS");
        for fact in &reconciliation.facts {
            let status = match fact.status {
                FactStatus::Disputed => "DISPUTED",
                other => other.as_str(),
            };
            let _ = writeln!(
                out,
                "  [{status}] {} ({}, {} independent)",
                one_line(&fact.statement),
                fact.kind,
                fact.independent_sources
            );
            for variant in &fact.variants {
                let attribution = variant
                    .attributed_to
                    .as_deref()
                    .map(|source| format!(" according to {source}"))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "    {} (\"{}\"){attribution}: {}",
                    variant_label(variant),
                    one_line(&variant.text),
                    self.labels_of(&variant.articles)
                );
            }
        }

        let _ = writeln!(out, "\nQUOTES");
        for quote in &reconciliation.quotes {
            let speaker = quote.speaker.as_deref().unwrap_or("unknown speaker");
            let channel = quote
                .channel
                .as_deref()
                .map(|channel| format!(" ({channel})"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {speaker}{channel}: \u{201c}{}\u{201d}",
                one_line(&quote.text)
            );
            let _ = writeln!(out, "    in: {}", self.labels_of(&quote.articles));
        }

        let _ = writeln!(out, "\nTIMELINE");
        for event in &reconciliation.timeline {
            let _ = writeln!(out, "  {}  {}", event.date, one_line(&event.text));
            let _ = writeln!(out, "    in: {}", self.labels_of(&event.articles));
        }
        out
    }
}

/// Writes a variant's value with its hedge, as a reader would say it.
fn variant_label(variant: &FactVariant) -> String {
    let value = format_number(variant.value);
    let high = variant.high.map(format_number).unwrap_or_default();
    match variant.qualifier {
        Qualifier::Exact => value,
        Qualifier::Approximate => format!("about {value}"),
        Qualifier::AtLeast => format!("over {value}"),
        Qualifier::AtMost => format!("up to {value}"),
        Qualifier::Range => format!("{value} to {high}"),
        Qualifier::Alternatives => format!("{value} or {high}"),
        Qualifier::Vague => format!("vaguely {value}"),
    }
}

/// Groups thousands, and keeps a fraction only when there is one.
fn format_number(value: f64) -> String {
    if value.fract() != 0.0 {
        return format!("{value}");
    }
    let digits = format!("{}", value.abs() as u64);
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    if value < 0.0 {
        grouped.insert(0, '-');
    }
    grouped
}

/// Counts repeated lines, keeping the order they first appear in: one merge
/// reason per merged mention repeats a lot and says little more each time.
fn counted(lines: &[String]) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for line in lines {
        let line = one_line(line);
        match counts.iter_mut().find(|(seen, _)| *seen == line) {
            Some((_, times)) => *times += 1,
            None => counts.push((line, 1)),
        }
    }
    counts
}

/// Collapses runs of white space, so every item stays on one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn example_corpus_dossiers_match_their_snapshots() {
    let run = run_corpus();
    insta::assert_snapshot!("index", run.render_index());
    for (index, dossier) in run.dossiers.iter().enumerate() {
        let number = index + 1;
        insta::assert_snapshot!(format!("story_{number}"), run.render_story(number, dossier));
    }
    assert_no_stale_story_snapshots(run.dossiers.len());
}

/// Fails when a `story_N` snapshot is left over from a run that found more
/// stories: insta never reads it again, so it would go stale unnoticed.
fn assert_no_stale_story_snapshots(num_stories: usize) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut stale: Vec<String> = entries
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| {
            name.strip_prefix("dossiers__story_")
                .and_then(|rest| rest.strip_suffix(".snap"))
                .and_then(|number| number.parse::<usize>().ok())
                .is_some_and(|number| number == 0 || number > num_stories)
        })
        .collect();
    stale.sort();
    assert!(
        stale.is_empty(),
        "the corpus now makes {num_stories} stories: delete {} from {}",
        stale.join(", "),
        dir.display()
    );
}

/// Hash maps inside the stages are seeded afresh for each instance, so two
/// runs in one process would disagree if any output followed their order.
#[test]
fn two_runs_render_the_same_dossiers() {
    let render = |run: &Run| -> String {
        let mut out = run.render_index();
        for (index, dossier) in run.dossiers.iter().enumerate() {
            out.push_str(&run.render_story(index + 1, dossier));
        }
        out
    };
    let first = run_corpus();
    let second = run_corpus();
    assert_eq!(render(&first), render(&second));
}
