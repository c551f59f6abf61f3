//! `dossier names`, `dossier entities` and `dossier entity`: the entity layer
//! across the whole database, and the name merging on its own.

use std::collections::HashSet;
use std::io::{BufRead, Write};
use std::path::Path;

use anyhow::{Context, bail};
use dossier_core::analyse::{self, AnalyseConfig};
use dossier_core::export::StoryDossier;
use dossier_core::model::{EntityKind, StoryId};
use dossier_core::reconcile::{self, CorpusEntity};
use serde::Serialize;

use crate::cli::{EntitiesArgs, EntityArgs};
use crate::render;

/// Runs `dossier names`: one name per line on standard input (optionally
/// `name<TAB>kind`), one `{"name","cluster"}` line out per name.
pub fn run_names() -> anyhow::Result<()> {
    let stdin = std::io::stdin();
    let mut names = Vec::new();
    for (index, line) in stdin.lock().lines().enumerate() {
        let line = line.context("reading standard input")?;
        let (name, kind) = match line.split_once('\t') {
            Some((name, kind)) => (name, parse_kind(kind.trim())),
            None => (line.as_str(), None),
        };
        let name = name.trim();
        if name.is_empty() {
            continue;
        }
        if let Some(Err(unknown)) = &kind {
            eprintln!(
                "dossier: line {}: unknown kind {unknown:?} (person, organization, place, other); compared without a kind",
                index + 1
            );
        }
        let kind = kind.and_then(Result::ok).or_else(|| guess_kind(name));
        names.push((name.to_string(), kind));
    }
    let clusters = reconcile::cluster_names(&names);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for ((name, _), cluster) in names.iter().zip(clusters) {
        serde_json::to_writer(
            &mut out,
            &serde_json::json!({"name": name, "cluster": cluster}),
        )?;
        writeln!(out)?;
    }
    Ok(())
}

/// The kind the mention finder reads in a name ("Dmytro Kuleba" a person,
/// "Port Workers Union" an organisation), so that a list without kinds is
/// compared by the rules of each kind. None when the finder reads no single
/// name covering the whole line.
fn guess_kind(name: &str) -> Option<EntityKind> {
    // Alone on a line, a name reads as a headline, where capitals say
    // nothing; inside a plain sentence that tells nothing of its kind, the
    // finder reads it as it would in an article.
    let sentence = format!("The report mentions {name} twice.");
    let document = analyse::analyse_text(&sentence, None, &AnalyseConfig::default());
    match document.analysis.mentions.as_slice() {
        [only] if only.text == name && only.kind != EntityKind::Other => Some(only.kind),
        _ => None,
    }
}

fn parse_kind(kind: &str) -> Option<Result<EntityKind, String>> {
    let parsed = match kind.to_ascii_lowercase().as_str() {
        "" => return None,
        "person" | "per" => EntityKind::Person,
        "organization" | "organisation" | "org" => EntityKind::Organization,
        "place" | "loc" | "location" | "gpe" => EntityKind::Place,
        "other" | "misc" => EntityKind::Other,
        _ => return Some(Err(kind.to_string())),
    };
    Some(Ok(parsed))
}

/// Every story's entities merged across stories.
fn corpus_entities(dossiers: &[StoryDossier]) -> Vec<CorpusEntity> {
    let per_story: Vec<(StoryId, Vec<dossier_core::model::Entity>)> = dossiers
        .iter()
        .map(|dossier| {
            (
                dossier.story.id.clone(),
                dossier.reconciliation.entities.clone(),
            )
        })
        .collect();
    reconcile::merge_across_stories(&per_story)
}

/// Runs `dossier entities`.
pub fn run_entities(db_path: &Path, args: &EntitiesArgs) -> anyhow::Result<()> {
    let dossiers = render::load_dossiers(db_path, None)?;
    let mut entities = corpus_entities(&dossiers);
    if let Some(kind) = &args.kind {
        let Some(Ok(kind)) = parse_kind(kind) else {
            bail!("unknown kind {kind:?}: use person, organization, place or other");
        };
        entities.retain(|entity| entity.kind == kind);
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &entities)?;
        writeln!(out)?;
        return Ok(());
    }
    if entities.is_empty() {
        writeln!(
            out,
            "no entities in {} yet: add articles with `dossier ingest PATH`",
            db_path.display()
        )?;
        return Ok(());
    }
    writeln!(
        out,
        "{:<32} {:<13} {:>7} {:>8}  ALIASES",
        "NAME", "KIND", "STORIES", "ARTICLES"
    )?;
    for entity in &entities {
        writeln!(
            out,
            "{:<32} {:<13} {:>7} {:>8}  {}",
            entity.name,
            kind_name(entity.kind),
            entity.stories.len(),
            entity.articles.len(),
            entity.aliases.join(", ")
        )?;
    }
    Ok(())
}

/// What `dossier entity NAME --json` prints.
#[derive(Debug, Serialize)]
struct EntityReport<'e> {
    #[serde(flatten)]
    entity: &'e CorpusEntity,
    story_titles: Vec<&'e str>,
    quotes: Vec<QuoteReport<'e>>,
}

#[derive(Debug, Serialize)]
struct QuoteReport<'e> {
    story: &'e str,
    text: &'e str,
    channel: Option<&'e str>,
    articles: usize,
}

/// Runs `dossier entity NAME`.
pub fn run_entity(db_path: &Path, args: &EntityArgs) -> anyhow::Result<()> {
    let dossiers = render::load_dossiers(db_path, None)?;
    let entities = corpus_entities(&dossiers);
    let Some(entity) = reconcile::find_entity(&entities, &args.name) else {
        bail!(
            "no entity named {:?} in {}; `dossier entities` lists them",
            args.name,
            db_path.display()
        );
    };
    let names: HashSet<&str> = std::iter::once(entity.name.as_str())
        .chain(entity.aliases.iter().map(String::as_str))
        .collect();
    let involved: Vec<&StoryDossier> = dossiers
        .iter()
        .filter(|dossier| entity.stories.contains(&dossier.story.id))
        .collect();
    let quotes: Vec<QuoteReport> = involved
        .iter()
        .flat_map(|dossier| {
            dossier
                .reconciliation
                .quotes
                .iter()
                .filter(|quote| quote.speaker.as_deref().is_some_and(|s| names.contains(s)))
                .map(|quote| QuoteReport {
                    story: &dossier.story.id.0,
                    text: &quote.text,
                    channel: quote.channel.as_deref(),
                    articles: quote.articles.len(),
                })
        })
        .collect();
    let report = EntityReport {
        entity,
        story_titles: involved
            .iter()
            .map(|dossier| dossier.story.title.as_str())
            .collect(),
        quotes,
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(out, "{} ({})", entity.name, kind_name(entity.kind))?;
    if !entity.aliases.is_empty() {
        writeln!(out, "  also written: {}", entity.aliases.join(", "))?;
    }
    if !entity.roles.is_empty() {
        writeln!(out, "  roles: {}", entity.roles.join("; "))?;
    }
    if let Some(country) = &entity.country {
        writeln!(out, "  country: {country}")?;
    }
    writeln!(
        out,
        "  in {} stor{}, {} article(s):",
        involved.len(),
        if involved.len() == 1 { "y" } else { "ies" },
        entity.articles.len()
    )?;
    for dossier in &involved {
        writeln!(out, "    {}  {}", dossier.story.id, dossier.story.title)?;
    }
    if !report.quotes.is_empty() {
        writeln!(out, "  quotes:")?;
        for quote in &report.quotes {
            let channel = quote
                .channel
                .map(|channel| format!(" ({channel})"))
                .unwrap_or_default();
            writeln!(
                out,
                "    {}{channel}: \u{201c}{}\u{201d}",
                quote.story, quote.text
            )?;
        }
    }
    Ok(())
}

fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Place => "place",
        EntityKind::Other => "other",
    }
}
