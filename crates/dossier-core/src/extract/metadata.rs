//! Metadata of an HTML page, read in a fixed order of trust:
//!
//! 1. JSON-LD (`NewsArticle` and friends): written for search engines, so
//!    usually exact; the author may be a string, an object or an array.
//! 2. OpenGraph, `article:published_time` and other `<meta>` tags.
//! 3. `<time>` elements and `itemprop` microdata.
//! 4. Byline elements (`rel=author`, `.byline`, `.author`).
//! 5. What the `trafilatura` crate found, for anything still missing.
//!
//! Modification dates are used only when no publication date is found at all.

use serde_json::Value;
use trafilatura::dom::{Document, NodeId};

use super::chrome;
use super::dates::{date_in_url, parse_date};
use super::{PageMetadata, normalise_spaces};
use crate::model::PartialDate;
use crate::text::fold;

/// schema.org types that describe an article.
const ARTICLE_TYPES: &[&str] = &[
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "askpublicnewsarticle",
    "livebloposting",
    "liveblogposting",
    "blogposting",
    "socialmediaposting",
    "scholarlyarticle",
    "techarticle",
    "report",
];

/// Meta tags naming the publication time, most specific first.
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "published_time",
    "datepublished",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
    "original-publish-date",
    "date",
    "release_date",
];

/// Meta tags naming the last modification, used only as a last resort.
const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dc.date.modified",
    "dcterms.modified",
];

/// Meta tags naming the author.
const AUTHOR_KEYS: &[&str] = &[
    "author",
    "article:author",
    "og:article:author",
    "byl",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "citation_author",
    "cxenseparse:author",
];

/// Elements that hold a byline, most specific first.
const BYLINE_SELECTORS: &[&str] = &[
    "[itemprop=\"author\"] [itemprop=\"name\"]",
    "[itemprop=\"author\"]",
    "a[rel=\"author\"]",
    "[rel=\"author\"]",
    ".byline-name",
    ".author-name",
    ".byline__name",
    ".article-author",
    ".byline",
    ".author",
];

/// What the page's JSON-LD says of its article.
#[derive(Debug, Default)]
struct LinkedData {
    headline: Option<String>,
    published: Option<String>,
    modified: Option<String>,
    authors: Vec<String>,
    publisher: Option<String>,
    url: Option<String>,
    lang: Option<String>,
}

/// Reads what the page says about itself.
pub fn read(document: &Document) -> PageMetadata {
    let linked = linked_data(document);
    let metas = meta_tags(document);
    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|key| {
            metas
                .iter()
                .find(|(name, content)| name == key && !content.trim().is_empty())
                .map(|(_, content)| normalise_spaces(content))
        })
    };

    let site_name = meta(&["og:site_name", "application-name", "al:ios:app_name"])
        .or_else(|| linked.publisher.clone())
        .filter(|name| chrome::word_count(name) <= 8);

    let title_tag = first_text(document, "title");
    let raw_title = linked
        .headline
        .clone()
        .or_else(|| meta(&["og:title", "twitter:title", "dc.title", "headline"]))
        .or(title_tag);
    let heading = first_text(document, "article h1").or_else(|| first_text(document, "h1"));
    let title = choose_title(
        raw_title.as_deref(),
        heading.as_deref(),
        site_name.as_deref(),
    );

    let author = (!linked.authors.is_empty())
        .then(|| linked.authors.join(", "))
        .or_else(|| meta(AUTHOR_KEYS).and_then(|author| clean_author(&author)))
        .or_else(|| byline_element(document));

    let url = link_href(document, "link[rel=\"canonical\"]")
        .or_else(|| meta(&["og:url", "twitter:url"]).filter(|url| is_absolute(url)))
        .or_else(|| linked.url.clone().filter(|url| is_absolute(url)));

    let published = linked
        .published
        .as_deref()
        .and_then(parse_date)
        .or_else(|| meta(PUBLISHED_KEYS).as_deref().and_then(parse_date))
        .or_else(|| microdata_date(document))
        .or_else(|| time_element_date(document))
        .or_else(|| url.as_deref().and_then(date_in_url));
    let modified = linked
        .modified
        .as_deref()
        .and_then(parse_date)
        .or_else(|| meta(MODIFIED_KEYS).as_deref().and_then(parse_date));

    let lang = html_lang(document)
        .or_else(|| meta(&["content-language", "language", "dc.language", "og:locale"]))
        .or_else(|| linked.lang.clone())
        .and_then(|lang| language_code(&lang));

    PageMetadata {
        title,
        author,
        published,
        site_name,
        url,
        lang,
        source: None,
        modified,
    }
}

/// Fills what is still missing from what the `trafilatura` crate found.
pub fn fill_from_trafilatura(metadata: &mut PageMetadata, found: &trafilatura::Metadata) {
    let non_empty = |text: &str| {
        let text = normalise_spaces(text);
        (!text.is_empty()).then_some(text)
    };
    if metadata.title.is_none() {
        metadata.title = non_empty(&found.title);
    }
    if metadata.author.is_none() {
        metadata.author = non_empty(&found.author).and_then(|author| clean_author(&author));
    }
    if metadata.site_name.is_none() {
        metadata.site_name =
            non_empty(&found.sitename).filter(|name| chrome::word_count(name) <= 8);
    }
    if metadata.published.is_none() {
        metadata.published = found
            .date
            .map(|date| {
                use chrono::Datelike;
                PartialDate::day(date.year(), date.month(), date.day())
            })
            .or(metadata.modified);
    }
}

/// Every `<meta>` tag as (lower-case name, property, itemprop or http-equiv; content).
fn meta_tags(document: &Document) -> Vec<(String, String)> {
    document
        .query_selector_all(document.root(), "meta")
        .into_iter()
        .filter_map(|id| {
            let name = ["property", "name", "itemprop", "http-equiv"]
                .iter()
                .find_map(|attribute| document.get_attribute(id, attribute))?;
            let content = document
                .get_attribute(id, "content")
                .or_else(|| document.get_attribute(id, "datetime"))?;
            Some((name.trim().to_ascii_lowercase(), content))
        })
        .collect()
}

fn first_text(document: &Document, selector: &str) -> Option<String> {
    let id = document.query_selector(document.root(), selector)?;
    let text = normalise_spaces(&document.text_content(id));
    (!text.is_empty()).then_some(text)
}

fn link_href(document: &Document, selector: &str) -> Option<String> {
    let id = document.query_selector(document.root(), selector)?;
    document
        .get_attribute(id, "href")
        .map(|href| href.trim().to_string())
        .filter(|href| is_absolute(href))
}

fn is_absolute(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// The title: the stated headline without the site's name, unless the page's
/// own heading is a cleaner form of it.
fn choose_title(raw: Option<&str>, heading: Option<&str>, site: Option<&str>) -> Option<String> {
    let heading = heading.filter(|heading| (2..=40).contains(&chrome::word_count(heading)));
    let Some(raw) = raw.map(normalise_spaces).filter(|raw| !raw.is_empty()) else {
        return heading.map(str::to_string);
    };
    let cleaned = strip_site_name(&raw, site);
    if let Some(heading) = heading {
        let (heading_fold, cleaned_fold) = (fold(heading), fold(&cleaned));
        // "Headline | Section | Site" cut to "Headline | Section": the heading
        // is the headline when the title starts with it.
        if !heading_fold.is_empty()
            && cleaned_fold != heading_fold
            && cleaned_fold.starts_with(&heading_fold)
            && heading_fold.len() * 2 >= cleaned_fold.len()
        {
            return Some(heading.to_string());
        }
    }
    Some(cleaned)
}

/// Separators between a headline and the site's name in a `<title>`.
const TITLE_SEPARATORS: &[&str] = &[
    " | ", " – ", " — ", " - ", " :: ", " · ", " • ", " » ", " / ", " ~ ",
];

/// Cuts " | Site" or "Site | " from a title.
pub fn strip_site_name(title: &str, site: Option<&str>) -> String {
    let site_fold = site.map(fold).unwrap_or_default();
    for separator in TITLE_SEPARATORS {
        let Some((head, tail)) = title.rsplit_once(separator) else {
            continue;
        };
        let (head, tail) = (head.trim(), tail.trim());
        let tail_fold = fold(tail);
        let names_site = !site_fold.is_empty()
            && !tail_fold.is_empty()
            && (site_fold.contains(&tail_fold) || tail_fold.contains(&site_fold));
        let looks_like_site = chrome::word_count(tail) <= 4
            && chrome::word_count(head) >= 3
            && !chrome::ends_like_sentence(tail)
            && tail
                .split_whitespace()
                .all(|word| word.chars().next().is_some_and(|ch| !ch.is_lowercase()));
        if !head.is_empty() && (names_site || looks_like_site) {
            return strip_site_name(head, site);
        }
        if let Some((first, rest)) = title.split_once(separator) {
            let first_fold = fold(first);
            if !site_fold.is_empty()
                && !first_fold.is_empty()
                && (site_fold == first_fold || first_fold.contains(&site_fold))
                && !rest.trim().is_empty()
            {
                return strip_site_name(rest.trim(), site);
            }
        }
    }
    title.to_string()
}

/// An author string as written in a meta tag: not a URL, "By " dropped.
fn clean_author(author: &str) -> Option<String> {
    let author = normalise_spaces(author);
    if author.is_empty() || is_absolute(&author) || author.contains('@') && !author.contains(' ') {
        return None;
    }
    let author = chrome::byline(&author)
        .or_else(|| chrome::byline(&format!("By {author}")))
        .unwrap_or(author);
    (chrome::word_count(&author) <= 12).then_some(author)
}

/// The first byline element that reads like a name.
fn byline_element(document: &Document) -> Option<String> {
    BYLINE_SELECTORS.iter().find_map(|selector| {
        document
            .query_selector_all(document.root(), selector)
            .into_iter()
            .take(3)
            .find_map(|id| {
                let text = normalise_spaces(&document.text_content(id));
                if text.is_empty() || chrome::word_count(&text) > 10 {
                    return None;
                }
                chrome::byline(&text).or_else(|| chrome::byline(&format!("By {text}")))
            })
    })
}

/// `itemprop="datePublished"` on any element.
fn microdata_date(document: &Document) -> Option<PartialDate> {
    document
        .query_selector_all(document.root(), "[itemprop=\"datePublished\"]")
        .into_iter()
        .find_map(|id| {
            ["content", "datetime"]
                .iter()
                .find_map(|attribute| document.get_attribute(id, attribute))
                .or_else(|| Some(document.text_content(id)))
                .as_deref()
                .and_then(parse_date)
        })
}

/// A `<time>` element: one marked as the publication time, else the first
/// inside the article, else the first on the page.
fn time_element_date(document: &Document) -> Option<PartialDate> {
    let times = document.query_selector_all(document.root(), "time");
    let date_of = |id: NodeId| {
        document
            .get_attribute(id, "datetime")
            .as_deref()
            .and_then(parse_date)
            .or_else(|| parse_date(&document.text_content(id)))
    };
    let marked = times.iter().copied().find(|&id| {
        document.get_attribute(id, "pubdate").is_some()
            || document
                .class_name(id)
                .to_ascii_lowercase()
                .contains("publish")
    });
    if let Some(date) = marked.and_then(date_of) {
        return Some(date);
    }
    let in_article = document.query_selector_all(document.root(), "article time, main time");
    in_article.into_iter().chain(times).find_map(date_of)
}

fn html_lang(document: &Document) -> Option<String> {
    let id = document.query_selector(document.root(), "html")?;
    document
        .get_attribute(id, "lang")
        .or_else(|| document.get_attribute(id, "xml:lang"))
}

/// "en-GB", "en_US", "EN" -> "en".
pub fn language_code(lang: &str) -> Option<String> {
    let primary = lang
        .trim()
        .split([',', ';'])
        .next()?
        .split(['-', '_'])
        .next()?
        .trim()
        .to_ascii_lowercase();
    ((2..=3).contains(&primary.len()) && primary.chars().all(|ch| ch.is_ascii_alphabetic()))
        .then_some(primary)
}

/// Reads every JSON-LD block and keeps what its article object says.
fn linked_data(document: &Document) -> LinkedData {
    let mut values = Vec::new();
    for id in document.scripts_with_type(&["application/ld+json", "application/json+ld"]) {
        let raw = document.text_content(id);
        let cleaned = raw
            .trim()
            .trim_start_matches("<!--")
            .trim_end_matches("-->")
            .trim()
            .trim_start_matches("//<![CDATA[")
            .trim_end_matches("//]]>")
            .trim()
            .trim_end_matches(';');
        if let Ok(value) = serde_json::from_str::<Value>(cleaned) {
            values.push(value);
        }
    }
    let mut objects = Vec::new();
    for value in &values {
        collect_objects(value, &mut objects, 0);
    }
    let Some(article) = objects
        .iter()
        .find(|object| has_type(object, ARTICLE_TYPES))
        .or_else(|| {
            objects
                .iter()
                .find(|object| object.get("headline").is_some())
        })
    else {
        let publisher = objects
            .iter()
            .find(|object| {
                has_type(
                    object,
                    &["newsmediaorganization", "organization", "website"],
                )
            })
            .and_then(|object| string_field(object, "name"));
        return LinkedData {
            publisher,
            ..LinkedData::default()
        };
    };
    let mut authors = Vec::new();
    if let Some(author) = article.get("author").or_else(|| article.get("creator")) {
        names_of(author, &mut authors, 0);
    }
    authors.dedup();
    LinkedData {
        headline: string_field(article, "headline").or_else(|| string_field(article, "name")),
        published: string_field(article, "datePublished")
            .or_else(|| string_field(article, "dateCreated")),
        modified: string_field(article, "dateModified"),
        authors,
        publisher: article
            .get("publisher")
            .and_then(|publisher| match publisher {
                Value::Object(_) => string_field(publisher, "name"),
                Value::Array(items) => items.first().and_then(|item| string_field(item, "name")),
                Value::String(name) => Some(normalise_spaces(name)),
                _ => None,
            }),
        url: string_field(article, "url").or_else(|| match article.get("mainEntityOfPage") {
            Some(Value::String(url)) => Some(url.clone()),
            Some(page @ Value::Object(_)) => {
                string_field(page, "@id").or_else(|| string_field(page, "url"))
            }
            _ => None,
        }),
        lang: string_field(article, "inLanguage"),
    }
}

/// How deep JSON-LD nesting is followed; real pages need three or four levels.
const MAX_JSON_DEPTH: usize = 8;

fn collect_objects<'v>(value: &'v Value, out: &mut Vec<&'v Value>, depth: usize) {
    if depth > MAX_JSON_DEPTH {
        return;
    }
    match value {
        Value::Array(items) => {
            for item in items {
                collect_objects(item, out, depth + 1);
            }
        }
        Value::Object(object) => {
            out.push(value);
            for key in ["@graph", "mainEntity", "itemListElement"] {
                if let Some(inner) = object.get(key) {
                    collect_objects(inner, out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

fn has_type(object: &Value, types: &[&str]) -> bool {
    let matches = |value: &Value| {
        value.as_str().is_some_and(|name| {
            let name = name.rsplit(['/', ':']).next().unwrap_or(name);
            types.contains(&name.to_ascii_lowercase().as_str())
        })
    };
    match object.get("@type") {
        Some(Value::Array(items)) => items.iter().any(matches),
        Some(value) => matches(value),
        None => false,
    }
}

fn string_field(object: &Value, key: &str) -> Option<String> {
    let text = match object.get(key)? {
        Value::String(text) => normalise_spaces(text),
        Value::Array(items) => items.first()?.as_str().map(normalise_spaces)?,
        _ => return None,
    };
    (!text.is_empty()).then_some(text)
}

/// Collects author names from a string, a `{"name": ...}` object or a list;
/// people come before organisations.
fn names_of(value: &Value, out: &mut Vec<String>, depth: usize) {
    if depth > MAX_JSON_DEPTH {
        return;
    }
    match value {
        Value::String(name) => {
            if let Some(name) = clean_author(name) {
                out.push(name);
            }
        }
        Value::Array(items) => {
            let mut people = Vec::new();
            let mut bodies = Vec::new();
            for item in items {
                if has_type(item, &["organization", "newsmediaorganization"]) {
                    names_of(item, &mut bodies, depth + 1);
                } else {
                    names_of(item, &mut people, depth + 1);
                }
            }
            out.extend(if people.is_empty() { bodies } else { people });
        }
        Value::Object(_) => {
            if let Some(name) = string_field(value, "name").and_then(|name| clean_author(&name)) {
                out.push(name);
            }
        }
        _ => {}
    }
}
