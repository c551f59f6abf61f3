//! `dossier stories`, `show` and `export`: read the store, build dossiers, and
//! render them as a terminal report, Markdown or the JSON contract.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};
use dossier::numbers::{format_number, truncate};
use dossier_core::export::{self, StoryDossier};
use dossier_core::model::{
    DateBasis, DocId, EntityKind, FactStatus, FactVariant, Qualifier, Setting,
};
use dossier_store::{Store, StoryMergeRecord, StorySummary};

use crate::cli::{ExportArgs, ExportFormat, ShowArgs, StoriesArgs};
use crate::ingest::open_store;
use dossier::documents::{load_documents, load_documents_by_ids};
use dossier::merges::{attach_merges, successor_of};

/// Runs `dossier stories`.
pub fn run_stories(db_path: &Path, args: &StoriesArgs) -> anyhow::Result<()> {
    let store = open_store(db_path)?;
    let summaries = store.story_summaries().context("reading stories")?;
    let mut out = std::io::stdout().lock();
    if args.json {
        let rows: Vec<serde_json::Value> = summaries
            .iter()
            .enumerate()
            .map(|(index, summary)| {
                serde_json::json!({
                    "number": index + 1,
                    "id": summary.id,
                    "title": summary.title,
                    "articles": summary.num_articles,
                    "sources": summary.num_sources,
                    "first_published": summary.first_published.map(|date| date.to_string()),
                    "last_published": summary.last_published.map(|date| date.to_string()),
                })
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &rows)?;
        writeln!(out)?;
        return Ok(());
    }
    if summaries.is_empty() {
        writeln!(
            out,
            "no stories in {} yet: add articles with `dossier ingest PATH`",
            db_path.display()
        )?;
        return Ok(());
    }
    writeln!(
        out,
        "{:>3}  {:<14} {:>8} {:>7}  {:<10}  {:<10}  TITLE",
        "#", "ID", "ARTICLES", "SOURCES", "FIRST", "LAST"
    )?;
    for (index, summary) in summaries.iter().enumerate() {
        writeln!(
            out,
            "{:>3}  {:<14} {:>8} {:>7}  {:<10}  {:<10}  {}",
            index + 1,
            summary.id,
            summary.num_articles,
            summary.num_sources,
            date_or_dash(summary.first_published),
            date_or_dash(summary.last_published),
            truncate(&summary.title, 80),
        )?;
    }
    Ok(())
}

/// Runs `dossier show`.
pub fn run_show(db_path: &Path, args: &ShowArgs) -> anyhow::Result<()> {
    let dossiers = load_dossiers(db_path, Some(&args.story))?;
    let mut out = std::io::stdout().lock();
    for dossier in &dossiers {
        out.write_all(render_terminal(dossier).as_bytes())?;
    }
    Ok(())
}

/// Shows every story, largest first (the second half of `dossier run`).
pub fn run_show_all(db_path: &Path) -> anyhow::Result<()> {
    let dossiers = load_dossiers(db_path, None)?;
    let mut out = std::io::stdout().lock();
    for dossier in &dossiers {
        out.write_all(render_terminal(dossier).as_bytes())?;
        writeln!(out)?;
    }
    Ok(())
}

/// Runs `dossier export`.
pub fn run_export(db_path: &Path, args: &ExportArgs) -> anyhow::Result<()> {
    let dossiers = load_dossiers(db_path, args.story.as_deref())?;
    let rendered = match args.format {
        ExportFormat::Json => {
            let mut json = serde_json::to_string_pretty(&export::to_export(&dossiers))?;
            json.push('\n');
            json
        }
        ExportFormat::Markdown => dossiers.iter().map(render_markdown).collect(),
    };
    match &args.output {
        Some(path) => std::fs::write(path, rendered)
            .with_context(|| format!("writing export to {}", path.display()))?,
        None => std::io::stdout().lock().write_all(rendered.as_bytes())?,
    }
    Ok(())
}

/// Loads the wanted stories (all when `wanted` is `None`), largest first.
pub fn load_dossiers(db_path: &Path, wanted: Option<&str>) -> anyhow::Result<Vec<StoryDossier>> {
    let mut store = open_store(db_path)?;
    let summaries = store.story_summaries().context("reading stories")?;
    let merges = store.story_merges().context("reading story merges")?;
    let order: Vec<String> = match wanted {
        Some(wanted) => vec![resolve_story(&summaries, &merges, wanted)?],
        None => summaries.iter().map(|summary| summary.id.clone()).collect(),
    };
    let mut stories = store.stories().context("reading stories")?;
    let position: HashMap<&str, usize> = order
        .iter()
        .enumerate()
        .map(|(index, id)| (id.as_str(), index))
        .collect();
    stories.retain(|story| position.contains_key(story.id.0.as_str()));
    stories.sort_by_key(|story| position.get(story.id.0.as_str()).copied());
    // One story needs only its own articles; every story needs them all.
    let documents = match wanted {
        Some(_) => {
            let members: Vec<DocId> = stories
                .iter()
                .flat_map(|story| story.articles.iter().cloned())
                .collect();
            load_documents_by_ids(&mut store, &members).context("reading stored articles")?
        }
        None => load_documents(&mut store).context("reading stored articles")?,
    };
    let relations = store.relations().context("reading copy relations")?;
    let assignments = store.assignments().context("reading story memberships")?;
    let mut dossiers = export::build_dossiers_from_documents(&stories, documents, &relations);
    export::attach_assignments(&mut dossiers, assignments);
    attach_merges(&mut dossiers, &store).context("reading story merges")?;
    Ok(dossiers)
}

/// Finds a story by number in the list, exact id, or unique id prefix; the id
/// of a story merged into another finds the one it lives on in.
fn resolve_story(
    summaries: &[StorySummary],
    merges: &[StoryMergeRecord],
    wanted: &str,
) -> anyhow::Result<String> {
    if let Ok(number) = wanted.parse::<usize>()
        && (1..=summaries.len()).contains(&number)
    {
        return Ok(summaries[number - 1].id.clone());
    }
    if let Some(summary) = summaries.iter().find(|summary| summary.id == wanted) {
        return Ok(summary.id.clone());
    }
    let matches: Vec<&StorySummary> = summaries
        .iter()
        .filter(|summary| summary.id.starts_with(wanted))
        .collect();
    match matches.as_slice() {
        [one] => Ok(one.id.clone()),
        [] => match successor_of(merges, wanted) {
            Some(successor) => {
                eprintln!(
                    "dossier: story {wanted} was merged into {successor}; showing {successor}"
                );
                Ok(successor.to_string())
            }
            None => bail!(
                "no story {wanted:?}: give a number from 1 to {} or an id from `dossier stories`",
                summaries.len()
            ),
        },
        _ => bail!(
            "{wanted:?} matches {} stories: give more of the id",
            matches.len()
        ),
    }
}

/// Renders one dossier for reading in a terminal.
pub fn render_terminal(dossier: &StoryDossier) -> String {
    let numbers = article_numbers(dossier);
    let refs = |ids: &[DocId]| reference_list(&numbers, ids);
    let mut out = String::new();
    let story = &dossier.story;
    let _ = writeln!(out, "STORY {}  {}", story.id, story.title);
    let _ = writeln!(out, "{}", "=".repeat(78));

    let _ = writeln!(out, "\nARTICLES");
    for document in &dossier.documents {
        let article = &document.article;
        let _ = writeln!(
            out,
            "  {:<5} {}  |  {}  |  {}",
            refs(std::slice::from_ref(&article.id)),
            truncate(&article.title, 60),
            article.source.as_deref().unwrap_or("unknown source"),
            date_or_dash(article.published),
        );
        let _ = writeln!(out, "        {}", article.origin);
        if let Some(assignment) = dossier.assignments.get(&article.id)
            && !assignment.evidence.is_empty()
        {
            let _ = writeln!(
                out,
                "        joined at similarity {:.2}: {}",
                assignment.similarity,
                truncate(&assignment.evidence.join(", "), 90)
            );
        }
    }
    for merge in &dossier.merged_from {
        let _ = writeln!(
            out,
            "  merged from story {} ({}) at similarity {:.2}: {}",
            merge.story,
            truncate(&merge.title, 50),
            merge.similarity,
            truncate(&merge.reason.join(", "), 80)
        );
    }
    if !dossier.relations.is_empty() {
        let _ = writeln!(out, "\nCOPIES AND REWRITES");
        for relation in &dossier.relations {
            let _ = writeln!(
                out,
                "  {} {} {}  (similarity {:.2})",
                refs(std::slice::from_ref(&relation.b)),
                relation.kind.as_str().replace('_', " "),
                refs(std::slice::from_ref(&relation.a)),
                relation.score
            );
        }
    }

    let reconciliation = &dossier.reconciliation;
    let (place, date) = setting_lines(&reconciliation.setting, &refs, &|name| name.to_string());
    let _ = writeln!(out, "\nWHERE AND WHEN");
    let _ = writeln!(out, "  where  {place}");
    let _ = writeln!(out, "  when   {date}");
    if let Some(toll) = toll_line(reconciliation) {
        let _ = writeln!(out, "  toll   {toll}");
    }
    if !reconciliation.facts.is_empty() {
        let _ = writeln!(out, "\nFACTS");
        let _ = writeln!(
            out,
            "  {:<14} {:<34} {:>4}  VALUES (articles)",
            "STATUS", "CLAIM", "IND."
        );
        for fact in &reconciliation.facts {
            let status = match fact.status {
                FactStatus::Disputed => "!! DISPUTED",
                FactStatus::Corroborated => "corroborated",
                FactStatus::SingleSource => "single source",
                FactStatus::Updated => "updated",
            };
            let values: Vec<String> = values_by_label(&fact.variants)
                .into_iter()
                .map(|(label, articles)| format!("{label} {}", refs(&articles)))
                .collect();
            let _ = writeln!(
                out,
                "  {:<14} {:<34} {:>4}  {}",
                status,
                truncate(&fact.statement, 34),
                fact.independent_sources,
                values.join("  vs  ")
            );
            for variant in &fact.variants {
                if let Some(source) = &variant.attributed_to {
                    let _ = writeln!(
                        out,
                        "  {:<14} {:<34} {:>4}    {} according to {}",
                        "",
                        "",
                        "",
                        variant_label(variant),
                        source
                    );
                }
            }
        }
    }

    if !reconciliation.entities.is_empty() {
        let _ = writeln!(out, "\nWHO AND WHAT");
        for entity in &reconciliation.entities {
            let kind = match entity.kind {
                EntityKind::Person => "person",
                EntityKind::Organization => "org",
                EntityKind::Place => "place",
                EntityKind::Other => "other",
            };
            let mut line = format!("  {:<7} {}", kind, entity.name);
            if !entity.roles.is_empty() {
                let _ = write!(line, " ({})", entity.roles.join("; "));
            }
            if let Some(country) = entity.country_note() {
                let _ = write!(line, "  {country}");
            }
            if !entity.aliases.is_empty() {
                let _ = write!(line, "  aka {}", entity.aliases.join(", "));
            }
            let _ = write!(line, "  {}", refs(&entity.articles));
            let _ = writeln!(out, "{line}");
            for reason in &entity.merged_because {
                let _ = writeln!(out, "            merged: {reason}");
            }
        }
    }

    if !reconciliation.quotes.is_empty() {
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
                "  {speaker}{channel}: \u{201c}{}\u{201d} {}",
                truncate(&quote.text, 200),
                refs(&quote.articles)
            );
        }
    }

    if !reconciliation.timeline.is_empty() {
        let _ = writeln!(out, "\nTIMELINE");
        for event in &reconciliation.timeline {
            let _ = writeln!(
                out,
                "  {:<10}  {} {}",
                event.date.to_string(),
                truncate(&event.text, 110),
                refs(&event.articles)
            );
        }
    }
    out
}

/// Renders one dossier as Markdown.
pub fn render_markdown(dossier: &StoryDossier) -> String {
    let numbers = article_numbers(dossier);
    let refs = |ids: &[DocId]| reference_list(&numbers, ids);
    let mut out = String::new();
    let reconciliation = &dossier.reconciliation;
    let _ = writeln!(out, "# {}\n", escape_markdown(&dossier.story.title));
    let _ = writeln!(out, "Story `{}`.\n", dossier.story.id);
    let _ = writeln!(out, "## Articles\n");
    let _ = writeln!(out, "| # | Title | Source | Published |\n|---|---|---|---|");
    for document in &dossier.documents {
        let article = &document.article;
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            refs(std::slice::from_ref(&article.id)),
            escape_markdown(&article.title),
            escape_markdown(article.source.as_deref().unwrap_or("")),
            date_or_dash(article.published)
        );
    }
    for merge in &dossier.merged_from {
        let _ = writeln!(
            out,
            "\nMerged from story `{}` ({}) at similarity {:.2}: {}.",
            merge.story,
            escape_markdown(&merge.title),
            merge.similarity,
            escape_markdown(&merge.reason.join(", "))
        );
    }
    if !dossier.relations.is_empty() {
        let _ = writeln!(out, "\n## Copies and rewrites\n");
        for relation in &dossier.relations {
            let _ = writeln!(
                out,
                "- {} is a {} of {} (similarity {:.2})",
                refs(std::slice::from_ref(&relation.b)),
                relation.kind.as_str().replace('_', " "),
                refs(std::slice::from_ref(&relation.a)),
                relation.score
            );
        }
    }
    let (place, date) = setting_lines(&reconciliation.setting, &refs, &escape_markdown);
    let _ = writeln!(out, "\n## Where and when\n");
    let _ = writeln!(out, "- **Where:** {place}");
    let _ = writeln!(out, "- **When:** {date}");
    if let Some(toll) = toll_line(reconciliation) {
        let _ = writeln!(out, "- **Toll:** {toll}");
    }
    if !reconciliation.facts.is_empty() {
        let _ = writeln!(out, "\n## Facts\n");
        let _ = writeln!(
            out,
            "| Claim | Status | Independent sources | Values |\n|---|---|---|---|"
        );
        for fact in &reconciliation.facts {
            let status = match fact.status {
                FactStatus::Disputed => "**disputed**",
                other => other.as_str(),
            };
            let values: Vec<String> = fact
                .variants
                .iter()
                .map(|variant| {
                    let attribution = variant
                        .attributed_to
                        .as_deref()
                        .map(|source| format!(" (according to {source})"))
                        .unwrap_or_default();
                    format!(
                        "{}{} {}",
                        escape_markdown(&variant_label(variant)),
                        escape_markdown(&attribution),
                        refs(&variant.articles)
                    )
                })
                .collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                escape_markdown(&fact.statement),
                status,
                fact.independent_sources,
                values.join("; ")
            );
        }
    }
    if !reconciliation.entities.is_empty() {
        let _ = writeln!(out, "\n## Who and what\n");
        for entity in &reconciliation.entities {
            let aliases = if entity.aliases.is_empty() {
                String::new()
            } else {
                format!(" (also: {})", escape_markdown(&entity.aliases.join(", ")))
            };
            let country = entity
                .country_note()
                .map(|note| format!(", {}", escape_markdown(&note)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "- **{}**, {:?}{}{} {}",
                escape_markdown(&entity.name),
                entity.kind,
                country,
                aliases,
                refs(&entity.articles)
            );
        }
    }
    if !reconciliation.quotes.is_empty() {
        let _ = writeln!(out, "\n## Quotes\n");
        for quote in &reconciliation.quotes {
            let _ = writeln!(
                out,
                "> {}\n>\n> -- {} {}\n",
                escape_markdown(&quote.text),
                escape_markdown(quote.speaker.as_deref().unwrap_or("unknown speaker")),
                refs(&quote.articles)
            );
        }
    }
    if !reconciliation.timeline.is_empty() {
        let _ = writeln!(out, "\n## Timeline\n");
        for event in &reconciliation.timeline {
            let _ = writeln!(
                out,
                "- **{}** {} {}",
                event.date,
                escape_markdown(&event.text),
                refs(&event.articles)
            );
        }
    }
    out.push('\n');
    out
}

/// "2 killed, 4 injured (read off the facts below)", when any article counts
/// anyone killed or hurt.
pub fn toll_line(reconciliation: &dossier_core::model::Reconciliation) -> Option<String> {
    let toll = dossier_core::export::ExportToll::of(reconciliation)?;
    Some(format!(
        "{} killed, {} injured (read off the facts below)",
        toll.killed, toll.injured
    ))
}

/// The story's place and day as a reader says them, with how many articles
/// say so and how: "Eastport (city or town), in Oregon, United States: 3 articles
/// [1][2][3] (dateline 1, mention 2)" and "2031-04-05: stated by 2 articles
/// [1][2]". Place names go through `escape` (the references do not).
fn setting_lines(
    setting: &Setting,
    refs: &dyn Fn(&[DocId]) -> String,
    escape: &dyn Fn(&str) -> String,
) -> (String, String) {
    let place = match &setting.place {
        Some(place) => {
            let mut line = format!("{} ({})", escape(&place.name), place.level.label());
            let wider: Vec<String> = setting
                .wider
                .iter()
                .map(|wider| escape(&wider.name))
                .collect();
            if !wider.is_empty() {
                let _ = write!(line, ", in {}", wider.join(", "));
            }
            let articles: Vec<DocId> = place
                .sources
                .iter()
                .map(|source| source.article.clone())
                .collect();
            let mut ways: Vec<(&str, usize)> = Vec::new();
            for source in &place.sources {
                let how = source.how.as_str();
                match ways.iter_mut().find(|(name, _)| *name == how) {
                    Some((_, count)) => *count += 1,
                    None => ways.push((how, 1)),
                }
            }
            ways.sort_unstable();
            let ways: Vec<String> = ways
                .iter()
                .map(|(how, count)| format!("{} {count}", how.replace('_', " ")))
                .collect();
            let _ = write!(
                line,
                ": {} {} ({})",
                article_count(articles.len()),
                refs(&articles),
                ways.join(", ")
            );
            line
        }
        None => "not stated (no article names a town, region or country)".to_string(),
    };
    let date = match &setting.when {
        Some(when) => {
            let how = match when.how {
                DateBasis::Stated => "stated by",
                DateBasis::FirstReport => "no article dates it; first reported by",
            };
            format!(
                "{}: {how} {} {}",
                when.date,
                article_count(when.articles.len()),
                refs(&when.articles)
            )
        }
        None => "unknown (no article is dated)".to_string(),
    };
    (place, date)
}

fn article_count(count: usize) -> String {
    if count == 1 {
        "1 article".to_string()
    } else {
        format!("{count} articles")
    }
}

/// Numbers the story's articles 1, 2, ... for compact references.
fn article_numbers(dossier: &StoryDossier) -> HashMap<DocId, usize> {
    dossier
        .documents
        .iter()
        .enumerate()
        .map(|(index, document)| (document.article.id.clone(), index + 1))
        .collect()
}

fn reference_list(numbers: &HashMap<DocId, usize>, ids: &[DocId]) -> String {
    let mut listed: Vec<usize> = ids
        .iter()
        .filter_map(|id| numbers.get(id).copied())
        .collect();
    listed.sort_unstable();
    listed.dedup();
    listed.iter().map(|number| format!("[{number}]")).collect()
}

/// The variants' values, one per label with the articles of every variant
/// that reads so: variants differ by attribution too ("over 40" according to
/// the union, and according to its chair), which the lines below the values
/// show, and "over 40 vs over 40" would read as a dispute with itself.
fn values_by_label(variants: &[FactVariant]) -> Vec<(String, Vec<DocId>)> {
    let mut values: Vec<(String, Vec<DocId>)> = Vec::new();
    for variant in variants {
        let label = variant_label(variant);
        let at = match values.iter().position(|(seen, _)| *seen == label) {
            Some(at) => at,
            None => {
                values.push((label, Vec::new()));
                values.len() - 1
            }
        };
        for article in &variant.articles {
            if !values[at].1.contains(article) {
                values[at].1.push(article.clone());
            }
        }
    }
    values
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
        // "dozens" is stored as 12 only to order and compare it; printing
        // that number would read as a figure the source never gave.
        Qualifier::Vague if variant.text.is_empty() => format!("some {value}"),
        Qualifier::Vague => variant.text.clone(),
    }
}

fn date_or_dash(date: Option<dossier_core::model::PartialDate>) -> String {
    date.map(|date| date.to_string())
        .unwrap_or_else(|| "-".to_string())
}

fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(
            ch,
            '|' | '*' | '_' | '`' | '<' | '>' | '[' | ']' | '\\' | '#'
        ) {
            escaped.push('\\');
        }
        if ch == '\n' {
            escaped.push(' ');
        } else {
            escaped.push(ch);
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::{escape_markdown, format_number, truncate, values_by_label, variant_label};
    use dossier_core::model::{DocId, FactVariant, Qualifier};

    fn variant(value: f64, qualifier: Qualifier, articles: &[&str], who: &str) -> FactVariant {
        FactVariant {
            value,
            high: None,
            qualifier,
            text: String::new(),
            articles: articles.iter().map(|id| DocId((*id).into())).collect(),
            evidence: Vec::new(),
            attributed_to: Some(who.into()),
        }
    }

    #[test]
    fn one_value_from_two_sources_is_listed_once() {
        let variants = [
            variant(40.0, Qualifier::AtLeast, &["a"], "the union"),
            variant(27.0, Qualifier::Exact, &["a"], "the port"),
            variant(40.0, Qualifier::AtLeast, &["b", "a"], "the union's chair"),
        ];
        let values = values_by_label(&variants);
        let labels: Vec<&str> = values.iter().map(|(label, _)| label.as_str()).collect();
        assert_eq!(labels, ["over 40", "27"]);
        assert_eq!(values[0].1, [DocId("a".into()), DocId("b".into())]);
    }

    #[test]
    fn a_vague_count_is_shown_as_written_not_as_its_stand_in_number() {
        let mut dozens = variant(12.0, Qualifier::Vague, &["a"], "police");
        dozens.text = "dozens of villagers".into();
        assert_eq!(variant_label(&dozens), "dozens of villagers");
        dozens.text.clear();
        assert_eq!(variant_label(&dozens), "some 12");
    }

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(format_number(1300.0), "1,300");
        assert_eq!(format_number(52.0), "52");
        assert_eq!(format_number(1200000.0), "1,200,000");
        assert_eq!(format_number(4.5), "4.5");
    }

    #[test]
    fn truncation_respects_characters() {
        assert_eq!(truncate("Nausėda  said", 20), "Nausėda said");
        assert_eq!(truncate("ąąąąą", 3), "ąą\u{2026}");
    }

    #[test]
    fn markdown_special_characters_are_escaped() {
        assert_eq!(escape_markdown("a|b <script>"), "a\\|b \\<script\\>");
    }
}
