//! The reading pages: the story list, a story's dossier, an article with
//! everything found in it highlighted, and search. Server-rendered HTML with
//! no script; every piece of article content goes through [`escape`].

use std::collections::HashMap;
use std::fmt::Write as _;

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use dossier_core::export::StoryDossier;
use dossier_core::model::{DateBasis, DocId, EntityKind, Evidence, Fact, FactStatus, TextRange};

use super::api::{self, Params};
use super::data::{self, ArticleView, Sort, StoryList};
use super::error::{ApiError, PageError};
use super::highlight::{self, Highlight, HighlightKind};
use super::html::{
    article_href, date_or_dash, encode_component, escape, outlet_label, page_response, story_href,
    truncate, variant_label,
};
use super::{AppState, blocking};

fn params_or_error(
    params: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> Result<Params, PageError> {
    params
        .map(|Query(params)| params)
        .map_err(|rejection| PageError(ApiError::bad_parameter(rejection.body_text())))
}

/// `GET /`: the story list with filters and paging.
pub async fn story_list(
    State(state): State<AppState>,
    params: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, PageError> {
    let params = params_or_error(params)?;
    let query = api::parse_story_query(&params)?;
    let entities = match query.entity {
        Some(_) => Some(state.entity_index().await?),
        None => None,
    };
    let db = state.db().to_path_buf();
    let filters = query.clone();
    let list = blocking(move || data::list_stories(&db, &filters, entities.as_deref())).await?;
    Ok(page_response(
        "Stories",
        &render_story_list(&list, &params),
        None,
    ))
}

/// Renders the story list page body.
pub fn render_story_list(list: &StoryList, params: &Params) -> String {
    let mut out = String::new();
    let value = |name: &str| escape(params.get(name).map(String::as_str).unwrap_or(""));
    let _ = writeln!(out, "<h1>Stories</h1>");
    let _ = writeln!(
        out,
        "<form class=\"filters\" action=\"/\" method=\"get\">\n\
         <label>Sort <select name=\"sort\">\
         <option value=\"size\"{size_selected}>most articles</option>\
         <option value=\"recent\"{recent_selected}>most recent</option></select></label>\n\
         <label>From <input name=\"from\" placeholder=\"YYYY-MM-DD\" value=\"{from}\" size=\"10\"></label>\n\
         <label>To <input name=\"to\" placeholder=\"YYYY-MM-DD\" value=\"{to}\" size=\"10\"></label>\n\
         <label>Outlet <input name=\"source\" value=\"{source}\" size=\"14\"></label>\n\
         <label>Person or organisation <input name=\"entity\" value=\"{entity}\" size=\"14\"></label>\n\
         <button type=\"submit\">Filter</button>\n</form>",
        size_selected = if list.sort == Sort::Size {
            " selected"
        } else {
            ""
        },
        recent_selected = if list.sort == Sort::Recent {
            " selected"
        } else {
            ""
        },
        from = value("from"),
        to = value("to"),
        source = value("source"),
        entity = value("entity"),
    );
    if list.total == 0 {
        let _ = writeln!(
            out,
            "<p class=\"empty\">No stories match. Add articles with <code>dossier ingest PATH</code> \
             or <code>POST /api/ingest</code>.</p>"
        );
        out.push_str(UPLOAD_FORM);
        return out;
    }
    let _ = writeln!(
        out,
        "<p class=\"meta\">{} stor{} · page {} of {}</p>",
        list.total,
        if list.total == 1 { "y" } else { "ies" },
        list.page,
        list.total.div_ceil(list.per_page).max(1)
    );
    let _ = writeln!(out, "<ol class=\"stories\">");
    for story in &list.stories {
        let dates = match (&story.first_published, &story.last_published) {
            (Some(first), Some(last)) if first == last => escape(first),
            (Some(first), Some(last)) => format!("{} – {}", escape(first), escape(last)),
            _ => "undated".to_string(),
        };
        let _ = writeln!(
            out,
            "<li class=\"story\"><a href=\"{href}\">{title}</a>\n\
             <p class=\"meta\">{articles} article{plural} · {outlets} · {dates}</p></li>",
            href = story_href(&story.id),
            title = escape(&story.title),
            articles = story.articles,
            plural = if story.articles == 1 { "" } else { "s" },
            outlets = escape(&truncate(&story.sources.join(", "), 120)),
        );
    }
    let _ = writeln!(out, "</ol>");
    let pages = list.total.div_ceil(list.per_page);
    if pages > 1 {
        let link = |page: usize| {
            let mut query: Vec<String> = params
                .iter()
                .filter(|(name, _)| name.as_str() != "page")
                .map(|(name, value)| {
                    format!("{}={}", encode_component(name), encode_component(value))
                })
                .collect();
            query.sort();
            query.push(format!("page={page}"));
            format!("/?{}", escape(&query.join("&")))
        };
        let _ = write!(out, "<nav class=\"pager\" aria-label=\"Pages\">");
        if list.page > 1 {
            let _ = write!(
                out,
                "<a rel=\"prev\" href=\"{}\">← Previous</a> ",
                link(list.page - 1)
            );
        }
        if list.page < pages {
            let _ = write!(
                out,
                "<a rel=\"next\" href=\"{}\">Next →</a>",
                link(list.page + 1)
            );
        }
        let _ = writeln!(out, "</nav>");
    }
    out.push_str(UPLOAD_FORM);
    out
}

/// Adds files through `POST /api/ingest`, which answers with its JSON report.
const UPLOAD_FORM: &str = "<details class=\"upload\"><summary>Add articles</summary>\n\
    <form action=\"/api/ingest\" method=\"post\" enctype=\"multipart/form-data\">\n\
    <label for=\"files\">JSON Lines, HTML or text files</label>\n\
    <input id=\"files\" name=\"file\" type=\"file\" multiple accept=\".jsonl,.ndjson,.json,.html,.htm,.txt,.md\">\n\
    <button type=\"submit\">Upload</button>\n</form></details>\n";

/// `GET /stories/{id}`.
pub async fn story(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let db = state.db().to_path_buf();
    let lookup = id.clone();
    let Some(dossier) = blocking(move || data::load_story(&db, &lookup)).await? else {
        return Err(api::story_not_found(&id).into());
    };
    Ok(page_response(
        &dossier.story.title,
        &render_story(&dossier),
        None,
    ))
}

/// The outlet of an article, or its origin when the outlet is unknown.
fn outlet_of<'d>(dossier: &'d StoryDossier, doc: &DocId) -> &'d str {
    dossier
        .documents
        .iter()
        .find(|document| &document.article.id == doc)
        .map(|document| outlet_label(&document.article))
        .unwrap_or("unknown article")
}

/// A link to the sentence of an article that states something.
/// Where `evidence` says `doc` states the item, if it says.
fn evidence_range(evidence: &[Evidence], doc: &DocId) -> Option<TextRange> {
    evidence
        .iter()
        .find(|evidence| &evidence.doc == doc)
        .map(|evidence| evidence.range)
}

/// A link to each article stating an item, at its stating sentence.
fn evidence_links(
    dossier: &StoryDossier,
    articles: &[DocId],
    evidence: &[Evidence],
) -> Vec<String> {
    articles
        .iter()
        .map(|doc| evidence_link(dossier, doc, evidence_range(evidence, doc)))
        .collect()
}

fn evidence_link(dossier: &StoryDossier, doc: &DocId, range: Option<TextRange>) -> String {
    let outlet = escape(outlet_of(dossier, doc));
    let Some(range) = range else {
        return format!("<a href=\"{}\">{outlet}</a>", article_href(&doc.0));
    };
    format!(
        "<a href=\"{}?hl={}-{}#evidence\">{outlet}</a>",
        article_href(&doc.0),
        range.start,
        range.end
    )
}

/// Orders facts for a reader: what is contested first, then what changed,
/// then what is agreed, then what rests on one source. Matched by name so a
/// status added later still renders (last).
fn status_rank(status: FactStatus) -> u8 {
    match status.as_str() {
        "disputed" => 0,
        "updated" => 1,
        "corroborated" => 2,
        "single_source" => 3,
        _ => 4,
    }
}

/// The badge text of a status: "single_source" reads "Single source".
fn status_badge(status: FactStatus) -> String {
    let words = status.as_str().replace('_', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => words,
    }
}

fn render_fact(out: &mut String, dossier: &StoryDossier, fact: &Fact) {
    let status = fact.status.as_str();
    let badge = status_badge(fact.status);
    let _ = writeln!(
        out,
        "<article class=\"fact {status}\" id=\"{id}\">\n<h3><span class=\"badge {status}\">{badge}</span> {statement}</h3>\n\
         <p class=\"meta\">{sources} independent source{plural}</p>\n<ul class=\"variants\">",
        id = escape(&fact.id),
        statement = escape(&fact.statement),
        sources = fact.independent_sources,
        plural = if fact.independent_sources == 1 {
            ""
        } else {
            "s"
        },
    );
    for variant in &fact.variants {
        let attribution = variant
            .attributed_to
            .as_deref()
            .map(|who| {
                format!(
                    " <span class=\"attribution\">according to {}</span>",
                    escape(who)
                )
            })
            .unwrap_or_default();
        let mut outlets = Vec::new();
        for link in evidence_links(dossier, &variant.articles, &variant.evidence) {
            outlets.push(format!("<li>{link}</li>"));
        }
        let _ = writeln!(
            out,
            "<li class=\"variant\"><span class=\"value\">{value}</span>{attribution}\n\
             <ul class=\"outlets\" aria-label=\"stated by\">{outlets}</ul></li>",
            value = escape(&variant_label(variant)),
            outlets = outlets.join(""),
        );
    }
    let _ = writeln!(out, "</ul>\n</article>");
}

/// Figures stated by one source only, as a compact table (always shown, so
/// the article pages' links to them land on a visible row).
fn render_single_source_facts(out: &mut String, dossier: &StoryDossier, facts: &[&Fact]) {
    let _ = writeln!(
        out,
        "<div class=\"single-source\"><h3>{} figure{} stated by one source only</h3>\n\
         <table><thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">Value</th><th scope=\"col\">Source</th></tr></thead><tbody>",
        facts.len(),
        if facts.len() == 1 { "" } else { "s" },
    );
    for fact in facts {
        for variant in &fact.variants {
            let attribution = variant
                .attributed_to
                .as_deref()
                .map(|who| {
                    format!(
                        " <span class=\"attribution\">according to {}</span>",
                        escape(who)
                    )
                })
                .unwrap_or_default();
            let sources: Vec<String> =
                evidence_links(dossier, &variant.articles, &variant.evidence);
            let _ = writeln!(
                out,
                "<tr id=\"{id}\" class=\"fact single_source\"><td>{statement}</td><td><span class=\"value\">{value}</span>{attribution}</td><td>{sources}</td></tr>",
                id = escape(&fact.id),
                statement = escape(&fact.statement),
                value = escape(&variant_label(variant)),
                sources = sources.join(", "),
            );
        }
    }
    let _ = writeln!(out, "</tbody></table></div>");
}

/// Renders where and when the story's event happened, each with how many
/// articles say so and a link to each.
fn render_setting(out: &mut String, dossier: &StoryDossier) {
    let setting = &dossier.reconciliation.setting;
    let _ = writeln!(
        out,
        "<section id=\"setting\" aria-labelledby=\"setting-h\">\n<h2 id=\"setting-h\">Where and when</h2>\n<dl class=\"setting\">"
    );
    match &setting.place {
        Some(place) => {
            let wider: Vec<String> = setting
                .wider
                .iter()
                .map(|wider| escape(&wider.name))
                .collect();
            let wider = if wider.is_empty() {
                String::new()
            } else {
                format!(", in {}", wider.join(", "))
            };
            let links: Vec<String> = place
                .sources
                .iter()
                .map(|source| {
                    format!(
                        "{} ({})",
                        evidence_link(dossier, &source.article, None),
                        source.how.as_str().replace('_', " ")
                    )
                })
                .collect();
            let _ = writeln!(
                out,
                "<dt>Where</dt><dd>{} <span class=\"level\">{}</span>{wider} <span class=\"refs\">{}: {}</span></dd>",
                escape(&place.name),
                place.level.label(),
                source_count(place.sources.len()),
                links.join(", ")
            );
        }
        None => {
            let _ = writeln!(
                out,
                "<dt>Where</dt><dd class=\"empty\">No article names a town, region or country.</dd>"
            );
        }
    }
    match &setting.when {
        Some(when) => {
            let how = match when.how {
                DateBasis::Stated => "stated by",
                DateBasis::FirstReport => "no article dates it; first reported by",
            };
            let links: Vec<String> = when
                .articles
                .iter()
                .map(|doc| evidence_link(dossier, doc, None))
                .collect();
            let _ = writeln!(
                out,
                "<dt>When</dt><dd><time>{}</time> <span class=\"refs\">{how} {}: {}</span></dd>",
                escape(&when.date.to_string()),
                source_count(when.articles.len()),
                links.join(", ")
            );
        }
        None => {
            let _ = writeln!(
                out,
                "<dt>When</dt><dd class=\"empty\">No article is dated.</dd>"
            );
        }
    }
    if let Some(toll) = dossier_core::export::ExportToll::of(&dossier.reconciliation) {
        let _ = writeln!(
            out,
            "<dt>Toll</dt><dd>{} killed, {} injured <span class=\"refs\">read off the <a href=\"#facts\">facts</a></span></dd>",
            toll.killed, toll.injured
        );
    }
    let _ = writeln!(out, "</dl>\n</section>");
}

fn source_count(count: usize) -> String {
    if count == 1 {
        "1 source".to_string()
    } else {
        format!("{count} sources")
    }
}

/// Renders a story's dossier: where and when, facts, then timeline, people and
/// organisations, quotes, and the sources with their copy relations.
pub fn render_story(dossier: &StoryDossier) -> String {
    let mut out = String::new();
    let story = &dossier.story;
    let reconciliation = &dossier.reconciliation;
    let mut outlets: Vec<&str> = dossier
        .documents
        .iter()
        .map(|document| outlet_of(dossier, &document.article.id))
        .collect();
    outlets.sort_unstable();
    outlets.dedup();
    let mut dates: Vec<_> = dossier
        .documents
        .iter()
        .filter_map(|document| document.article.published)
        .collect();
    dates.sort_unstable();
    let _ = writeln!(
        out,
        "<nav class=\"crumbs\"><a href=\"/\">Stories</a></nav>\n<h1>{}</h1>\n\
         <p class=\"meta\">{} article{} from {} outlet{} · {} – {} · <a href=\"/api/stories/{}\">JSON</a></p>",
        escape(&story.title),
        dossier.documents.len(),
        if dossier.documents.len() == 1 {
            ""
        } else {
            "s"
        },
        outlets.len(),
        if outlets.len() == 1 { "" } else { "s" },
        date_or_dash(dates.first().copied()),
        date_or_dash(dates.last().copied()),
        encode_component(&story.id.0),
    );
    let _ = writeln!(
        out,
        "<nav class=\"toc\" aria-label=\"Sections\"><a href=\"#setting\">Where and when</a> <a href=\"#facts\">Facts</a> <a href=\"#timeline\">Timeline</a> \
         <a href=\"#who\">Who</a> <a href=\"#quotes\">Quotes</a> <a href=\"#sources\">Sources</a></nav>"
    );

    render_setting(&mut out, dossier);

    let _ = writeln!(
        out,
        "<section id=\"facts\" aria-labelledby=\"facts-h\">\n<h2 id=\"facts-h\">Facts</h2>"
    );
    if reconciliation.facts.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"empty\">No figures were found in these articles.</p>"
        );
    }
    let mut facts: Vec<&Fact> = reconciliation.facts.iter().collect();
    facts.sort_by_key(|fact| {
        (
            status_rank(fact.status),
            std::cmp::Reverse(fact.independent_sources),
        )
    });
    // The headline facts are those more than one source speaks to; figures
    // resting on one source are many and go in a compact table after them.
    let (single, headline): (Vec<&Fact>, Vec<&Fact>) = facts
        .into_iter()
        .partition(|fact| fact.status == FactStatus::SingleSource);
    for fact in &headline {
        render_fact(&mut out, dossier, fact);
    }
    if !single.is_empty() {
        render_single_source_facts(&mut out, dossier, &single);
    }
    let _ = writeln!(out, "</section>");

    let _ = writeln!(
        out,
        "<section id=\"timeline\" aria-labelledby=\"timeline-h\">\n<h2 id=\"timeline-h\">Timeline</h2>"
    );
    if reconciliation.timeline.is_empty() {
        let _ = writeln!(out, "<p class=\"empty\">No dated events were found.</p>");
    } else {
        let _ = writeln!(out, "<ol class=\"timeline\">");
        for (index, event) in reconciliation.timeline.iter().enumerate() {
            let links: Vec<String> = evidence_links(dossier, &event.articles, &event.evidence);
            let _ = writeln!(
                out,
                "<li id=\"timeline-{index}\"><time>{}</time> {} <span class=\"refs\">{}</span></li>",
                escape(&event.date.to_string()),
                escape(&truncate(&event.text, 300)),
                links.join(", ")
            );
        }
        let _ = writeln!(out, "</ol>");
    }
    let _ = writeln!(out, "</section>");

    let _ = writeln!(
        out,
        "<section id=\"who\" aria-labelledby=\"who-h\">\n<h2 id=\"who-h\">People and organisations</h2>"
    );
    if reconciliation.entities.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"empty\">No people or organisations were found.</p>"
        );
    } else {
        let _ = writeln!(out, "<ul class=\"entities\">");
        let mut entities: Vec<_> = reconciliation.entities.iter().collect();
        entities.sort_by_key(|entity| {
            let rank = match entity.kind {
                EntityKind::Person => 0,
                EntityKind::Organization => 1,
                EntityKind::Place => 2,
                EntityKind::Other => 3,
            };
            (rank, std::cmp::Reverse(entity.articles.len()))
        });
        for entity in entities {
            let kind = match entity.kind {
                EntityKind::Person => "person",
                EntityKind::Organization => "organisation",
                EntityKind::Place => "place",
                EntityKind::Other => "other",
            };
            let roles = if entity.roles.is_empty() {
                String::new()
            } else {
                format!(
                    ", <span class=\"roles\">{}</span>",
                    escape(&entity.roles.join("; "))
                )
            };
            let country = entity
                .country_note()
                .map(|note| format!(", <span class=\"country\">{}</span>", escape(&note)))
                .unwrap_or_default();
            let aliases = if entity.aliases.is_empty() {
                String::new()
            } else {
                format!(
                    "<br><span class=\"aliases\">also written: {}</span>",
                    entity
                        .aliases
                        .iter()
                        .map(|alias| format!("<span class=\"alias\">{}</span>", escape(alias)))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            let why = if entity.merged_because.is_empty() {
                String::new()
            } else {
                format!(
                    "<details><summary>why merged</summary><ul>{}</ul></details>",
                    entity
                        .merged_because
                        .iter()
                        .map(|reason| format!("<li>{}</li>", escape(reason)))
                        .collect::<String>()
                )
            };
            let _ = writeln!(
                out,
                "<li id=\"{id}\" class=\"entity {kind}\"><strong>{name}</strong> <span class=\"kind\">{kind}</span>{roles}{country}\
                 <span class=\"meta\"> · in {count} article{plural}</span>{aliases}{why}</li>",
                id = escape(&entity.id),
                name = escape(&entity.name),
                count = entity.articles.len(),
                plural = if entity.articles.len() == 1 { "" } else { "s" },
            );
        }
        let _ = writeln!(out, "</ul>");
    }
    let _ = writeln!(out, "</section>");

    let _ = writeln!(
        out,
        "<section id=\"quotes\" aria-labelledby=\"quotes-h\">\n<h2 id=\"quotes-h\">Quotes</h2>"
    );
    if reconciliation.quotes.is_empty() {
        let _ = writeln!(out, "<p class=\"empty\">No quotations were found.</p>");
    }
    for (index, quote) in reconciliation.quotes.iter().enumerate() {
        let links: Vec<String> = evidence_links(dossier, &quote.articles, &quote.evidence);
        let channel = quote
            .channel
            .as_deref()
            .map(|channel| format!(", {}", escape(channel)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<figure class=\"quote\" id=\"quote-{index}\"><blockquote><p>{}</p></blockquote>\
             <figcaption>— {}{channel} · {}</figcaption></figure>",
            escape(&quote.text),
            escape(quote.speaker.as_deref().unwrap_or("unknown speaker")),
            links.join(", "),
        );
    }
    let _ = writeln!(out, "</section>");

    render_sources(&mut out, dossier);
    out
}

fn render_sources(out: &mut String, dossier: &StoryDossier) {
    let numbers: HashMap<&DocId, usize> = dossier
        .documents
        .iter()
        .enumerate()
        .map(|(index, document)| (&document.article.id, index + 1))
        .collect();
    let _ = writeln!(
        out,
        "<section id=\"sources\" aria-labelledby=\"sources-h\">\n<h2 id=\"sources-h\">Sources</h2>\n<ol class=\"sources\">"
    );
    for document in &dossier.documents {
        let article = &document.article;
        let mut notes = Vec::new();
        for relation in &dossier.relations {
            let (other, verb) = if relation.b == article.id {
                (&relation.a, "copies")
            } else if relation.a == article.id {
                (&relation.b, "is copied by")
            } else {
                continue;
            };
            let kind = relation.kind.as_str().replace('_', " ");
            notes.push(format!(
                "<li class=\"relation {}\">{verb} <a href=\"#source-{}\">[{}] {}</a> ({kind}, similarity {:.2})</li>",
                relation.kind.as_str(),
                numbers.get(other).copied().unwrap_or(0),
                numbers.get(other).copied().unwrap_or(0),
                escape(outlet_of(dossier, other)),
                relation.score
            ));
        }
        if let Some(assignment) = dossier.assignments.get(&article.id)
            && !assignment.evidence.is_empty()
        {
            notes.push(format!(
                "<li class=\"joined\">joined at similarity {:.2}: {}</li>",
                assignment.similarity,
                escape(&truncate(&assignment.evidence.join(", "), 160))
            ));
        }
        let _ = writeln!(
            out,
            "<li id=\"source-{number}\"><span class=\"outlet\">{outlet}</span> · <a href=\"{href}\">{title}</a> \
             <span class=\"meta\">{date}</span>{notes}</li>",
            number = numbers.get(&article.id).copied().unwrap_or(0),
            outlet = escape(outlet_label(article)),
            href = article_href(&article.id.0),
            title = escape(&article.title),
            date = escape(&date_or_dash(article.published)),
            notes = if notes.is_empty() {
                String::new()
            } else {
                format!("<ul class=\"notes\">{}</ul>", notes.join(""))
            },
        );
    }
    let _ = writeln!(out, "</ol>");
    if !dossier.merged_from.is_empty() {
        let _ = writeln!(out, "<h3>Merged stories</h3>\n<ul class=\"merges\">");
        for merge in &dossier.merged_from {
            let _ = writeln!(
                out,
                "<li>story <code>{}</code> ({}) was folded in at similarity {:.2}: {}</li>",
                escape(&merge.story),
                escape(&truncate(&merge.title, 100)),
                merge.similarity,
                escape(&truncate(&merge.reason.join(", "), 160))
            );
        }
        let _ = writeln!(out, "</ul>");
    }
    let _ = writeln!(out, "</section>");
}

/// `GET /articles/{id}`; `?hl=START-END` marks the sentence a link came from.
pub async fn article(
    State(state): State<AppState>,
    Path(id): Path<String>,
    params: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, PageError> {
    let params = params_or_error(params)?;
    let target = params.get("hl").and_then(|value| {
        let (start, end) = value.split_once('-')?;
        Some(TextRange {
            start: start.trim().parse().ok()?,
            end: end.trim().parse().ok()?,
        })
    });
    let db = state.db().to_path_buf();
    let lookup = id.clone();
    let Some(view) = blocking(move || data::load_article(&db, &lookup)).await? else {
        return Err(api::article_not_found(&id).into());
    };
    Ok(page_response(
        &view.article.title,
        &render_article(&view, target),
        None,
    ))
}

/// Renders an article page with every extracted item highlighted.
pub fn render_article(view: &ArticleView, target: Option<TextRange>) -> String {
    let article = &view.article;
    let reconciliation = view.story.as_ref().map(|dossier| &dossier.reconciliation);
    let items = highlight::highlights(article, &view.analysis, reconciliation);
    let story_id = view
        .story
        .as_ref()
        .map(|dossier| dossier.story.id.0.as_str());
    let target = target.filter(|range| highlight::fits(&article.text, *range) && !range.is_empty());
    let mut out = String::new();
    match &view.story {
        Some(dossier) => {
            let _ = writeln!(
                out,
                "<nav class=\"crumbs\"><a href=\"/\">Stories</a> › <a href=\"{}\">{}</a></nav>",
                story_href(&dossier.story.id.0),
                escape(&dossier.story.title)
            );
        }
        None => {
            let _ = writeln!(out, "<nav class=\"crumbs\"><a href=\"/\">Stories</a></nav>");
        }
    }
    let _ = writeln!(out, "<h1>{}</h1>", escape(&article.title));
    let mut meta = vec![escape(outlet_label(article))];
    if let Some(author) = &article.author {
        meta.push(format!("by {}", escape(author)));
    }
    meta.push(escape(&date_or_dash(article.published)));
    if let Some(lang) = &article.lang {
        meta.push(format!("language {}", escape(lang)));
    }
    let _ = writeln!(
        out,
        "<p class=\"meta\">{} · <a href=\"/api/articles/{}\">JSON</a></p>",
        meta.join(" · "),
        encode_component(&article.id.0)
    );
    // The URL is shown as text only: the server never fetches it and the page
    // never links to it, so a `javascript:` URL stays inert.
    if let Some(url) = &article.url {
        let _ = writeln!(
            out,
            "<p class=\"origin\">Published at <code>{}</code></p>",
            escape(url)
        );
    }
    let _ = writeln!(
        out,
        "<p class=\"origin\">Read from <code>{}</code></p>",
        escape(&article.origin)
    );
    let _ = writeln!(
        out,
        "<p class=\"legend\" aria-hidden=\"true\"><mark class=\"hl evidence\">sentence stating a fact</mark> \
         <mark class=\"hl quantity\">number</mark> <mark class=\"hl mention\">name</mark> \
         <mark class=\"hl date\">date</mark> <mark class=\"hl quote\">quotation</mark></p>"
    );
    if target.is_some() {
        let _ = writeln!(
            out,
            "<p class=\"note\"><a href=\"#evidence\">Jump to the sentence you followed</a></p>"
        );
    }
    let _ = writeln!(
        out,
        "<div class=\"text\" lang=\"{}\">{}</div>",
        escape(article.lang.as_deref().unwrap_or("")),
        render_text(&article.text, &items, target, story_id)
    );
    if let Some(dossier) = &view.story {
        render_article_facts(&mut out, dossier, &article.id);
    }
    out
}

/// The story's facts this article states, each with the value it gives.
fn render_article_facts(out: &mut String, dossier: &StoryDossier, doc: &DocId) {
    let mut lines = Vec::new();
    for fact in &dossier.reconciliation.facts {
        for variant in &fact.variants {
            if !variant.articles.contains(doc) {
                continue;
            }
            let sentence = evidence_range(&variant.evidence, doc)
                .map(|range| {
                    format!(
                        " · <a href=\"?hl={}-{}#evidence\">show the sentence</a>",
                        range.start, range.end
                    )
                })
                .unwrap_or_default();
            lines.push(format!(
                "<li><a href=\"{}#{}\">{}</a>: <span class=\"value\">{}</span> \
                 <span class=\"badge {}\">{}</span>{sentence}</li>",
                story_href(&dossier.story.id.0),
                encode_component(&fact.id),
                escape(&fact.statement),
                escape(&variant_label(variant)),
                fact.status.as_str(),
                escape(&status_badge(fact.status)),
            ));
        }
    }
    if lines.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<section id=\"states\" aria-labelledby=\"states-h\">\n<h2 id=\"states-h\">What this article states</h2>\n\
         <ul class=\"states\">{}</ul>\n</section>",
        lines.join("")
    );
}

/// One open element while rendering nested highlights.
struct Open {
    end: usize,
    close: String,
    is_link: bool,
}

/// Renders the text with the highlights as nested elements. Items come sorted
/// by start (longest first); an item that overlaps the end of an enclosing one
/// is cut at that end, so the markup always nests. Only items inside no other
/// link become links, since links cannot nest.
pub fn render_text(
    text: &str,
    items: &[Highlight],
    target: Option<TextRange>,
    story: Option<&str>,
) -> String {
    let mut spans: Vec<(Highlight, bool)> =
        items.iter().cloned().map(|item| (item, false)).collect();
    if let Some(target) = target {
        match spans.iter_mut().find(|(item, _)| {
            item.kind == HighlightKind::Evidence
                && item.start == target.start
                && item.end == target.end
        }) {
            Some(span) => span.1 = true,
            None => spans.push((
                Highlight {
                    start: target.start,
                    end: target.end,
                    kind: HighlightKind::Evidence,
                    label: "the sentence you followed".to_string(),
                    supports: None,
                },
                true,
            )),
        }
        spans.sort_by(|a, b| {
            a.0.start
                .cmp(&b.0.start)
                .then(b.0.end.cmp(&a.0.end))
                .then(a.0.kind.cmp(&b.0.kind))
        });
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut stack: Vec<Open> = Vec::new();
    let mut position = 0;
    let close_until =
        |out: &mut String, stack: &mut Vec<Open>, position: &mut usize, limit: usize| {
            while let Some(top) = stack.last() {
                if top.end > limit {
                    break;
                }
                out.push_str(&escape(text.get(*position..top.end).unwrap_or("")));
                *position = top.end;
                out.push_str(&top.close);
                stack.pop();
            }
        };
    for (item, is_target) in &spans {
        if !highlight::fits(
            text,
            TextRange {
                start: item.start,
                end: item.end,
            },
        ) || item.start < position
        {
            continue;
        }
        close_until(&mut out, &mut stack, &mut position, item.start);
        out.push_str(&escape(text.get(position..item.start).unwrap_or("")));
        position = item.start;
        let end = stack.last().map_or(item.end, |top| item.end.min(top.end));
        if end <= item.start || !text.is_char_boundary(end) {
            continue;
        }
        let inside_link = stack.iter().any(|open| open.is_link);
        let kind = item.kind.as_str();
        let target_class = if *is_target { " target" } else { "" };
        let id = if *is_target { " id=\"evidence\"" } else { "" };
        let href = match (story, &item.supports) {
            (Some(story), Some(anchor)) => Some(format!(
                "{}#{}",
                story_href(story),
                encode_component(anchor)
            )),
            _ => None,
        };
        let inline_link = matches!(
            item.kind,
            HighlightKind::Mention | HighlightKind::Quantity | HighlightKind::Date
        ) && href.is_some()
            && !inside_link;
        let title = escape(&item.label);
        if inline_link {
            let _ = write!(
                out,
                "<a class=\"hl {kind}{target_class}\"{id} href=\"{}\" title=\"{title}\">",
                href.as_deref().unwrap_or("")
            );
            stack.push(Open {
                end,
                close: "</a>".to_string(),
                is_link: true,
            });
        } else {
            let _ = write!(
                out,
                "<mark class=\"hl {kind}{target_class}\"{id} title=\"{title}\">"
            );
            let mut close = "</mark>".to_string();
            if let (Some(href), false, false) = (&href, inside_link, inline_link)
                && matches!(item.kind, HighlightKind::Evidence | HighlightKind::Quote)
            {
                let anchor = item.supports.as_deref().unwrap_or("");
                let _ = write!(
                    close,
                    "<a class=\"ref\" href=\"{href}\" title=\"{title}\">[{}]</a>",
                    escape(&ref_label(anchor))
                );
            }
            stack.push(Open {
                end,
                close,
                is_link: false,
            });
        }
    }
    close_until(&mut out, &mut stack, &mut position, usize::MAX);
    out.push_str(&escape(text.get(position..).unwrap_or("")));
    out
}

/// The short text of a reference mark: `f2` for a fact, `q1` for the first
/// quote group.
fn ref_label(anchor: &str) -> String {
    match anchor
        .strip_prefix("quote-")
        .and_then(|index| index.parse::<usize>().ok())
    {
        Some(index) => format!("q{}", index + 1),
        None => anchor.to_string(),
    }
}

/// `GET /search?q=`.
pub async fn search(
    State(state): State<AppState>,
    params: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, PageError> {
    let params = params_or_error(params)?;
    let raw = params.get("q").cloned().unwrap_or_default();
    if raw.trim().is_empty() {
        return Ok(page_response(
            "Search",
            "<h1>Search</h1>\n<p>Type words to look for in the box above.</p>",
            None,
        ));
    }
    let (query, terms, limit) = api::parse_search(&params)?;
    let db = state.db().to_path_buf();
    let results = blocking(move || data::search(&db, &terms, limit)).await?;
    let mut out = format!("<h1>Search: {}</h1>\n", escape(&query));
    if results.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"empty\">No article contains every word.</p>"
        );
    } else {
        let _ = writeln!(out, "<ol class=\"results\">");
        for result in &results {
            let snippet = match result.snippet_match {
                Some([start, end])
                    if result.snippet.is_char_boundary(start)
                        && result.snippet.is_char_boundary(end)
                        && start <= end
                        && end <= result.snippet.len() =>
                {
                    format!(
                        "{}<mark>{}</mark>{}",
                        escape(&result.snippet[..start]),
                        escape(&result.snippet[start..end]),
                        escape(&result.snippet[end..])
                    )
                }
                _ => escape(&result.snippet),
            };
            let story = result
                .story
                .as_deref()
                .map(|story| format!(" · <a href=\"{}\">its story</a>", story_href(story)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<li><a href=\"{}\">{}</a><p class=\"meta\">{} · {}{story}</p><p class=\"snippet\">{snippet}</p></li>",
                article_href(&result.id),
                escape(&result.title),
                escape(result.source.as_deref().unwrap_or("unknown outlet")),
                escape(result.published.as_deref().unwrap_or("undated")),
            );
        }
        let _ = writeln!(out, "</ol>");
    }
    Ok(page_response("Search", &out, Some(&query)))
}

/// `GET /assets/style.css`.
pub async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=300"),
        ],
        include_str!("assets/style.css"),
    )
        .into_response()
}

/// `GET /favicon.ico`: nothing, so browsers stop asking.
pub async fn favicon() -> StatusCode {
    StatusCode::NO_CONTENT
}

/// Any other path.
pub async fn not_found() -> PageError {
    PageError(ApiError::not_found(
        "route_not_found",
        "There is no page at this address.",
    ))
}

#[cfg(test)]
mod tests;
