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
    /// Organisations named as authors: weaker than a person in a byline.
    author_bodies: Vec<String>,
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
    let stated_titles: Vec<String> = [
        linked.headline.clone(),
        meta(&["og:title", "twitter:title", "dc.title", "headline"]),
        title_tag,
    ]
    .into_iter()
    .flatten()
    .collect();
    let headings: Vec<String> = document
        .query_selector_all(document.root(), "h1")
        .into_iter()
        .map(|id| normalise_spaces(&document.text_content(id)))
        .filter(|heading| (1..=40).contains(&chrome::word_count(heading)))
        .collect();
    let title = choose_title(&stated_titles, &headings, site_name.as_deref());

    // A person beats an organisation, and an author who is the site itself
    // (a common CMS default) is the weakest.
    let is_site = |name: &String| {
        let name_fold = fold(name);
        [site_name.as_deref(), linked.publisher.as_deref()]
            .into_iter()
            .flatten()
            .any(|site| fold(site) == name_fold)
    };
    let meta_author = meta(AUTHOR_KEYS).and_then(|author| clean_author(&author));
    let author = (!linked.authors.is_empty())
        .then(|| linked.authors.join(", "))
        .or_else(|| meta_author.clone().filter(|author| !is_site(author)))
        .or_else(|| byline_element(document))
        .or_else(|| labelled_byline(document))
        .or_else(|| (!linked.author_bodies.is_empty()).then(|| linked.author_bodies.join(", ")))
        .or(meta_author);

    let url = link_href(document, "link[rel=\"canonical\"]")
        .or_else(|| meta(&["og:url", "twitter:url"]).filter(|url| is_absolute(url)))
        .or_else(|| linked.url.clone().filter(|url| is_absolute(url)));

    let published = linked
        .published
        .as_deref()
        .and_then(parse_date)
        .or_else(|| meta(PUBLISHED_KEYS).as_deref().and_then(parse_date))
        .or_else(|| microdata_date(document))
        .or_else(|| time_element_date(document, false));
    // Weaker than the crate's own date search, which looks at more of the page.
    let page_date = url.as_deref().and_then(date_in_url);
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
        fallback_date: page_date.or(modified),
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
            .or(metadata.fallback_date);
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

/// The title. The page's own `<h1>` is the headline as readers see it, so it
/// wins when a stated title (JSON-LD, OpenGraph, `<title>`) contains it, or
/// when it is the page's only heading; otherwise the first stated title
/// without the site's name.
fn choose_title(stated: &[String], headings: &[String], site: Option<&str>) -> Option<String> {
    let cleaned: Vec<String> = stated
        .iter()
        .map(|title| strip_site_name(title, site))
        .filter(|title| !title.is_empty())
        .collect();
    let cleaned_folds: Vec<String> = cleaned.iter().map(|title| fold(title)).collect();
    let site_fold = site.map(fold).unwrap_or_default();
    // A heading that is the site's name is the logo, not the headline.
    let headings: Vec<&String> = headings
        .iter()
        .filter(|heading| {
            let heading_fold = fold(heading);
            !heading_fold.is_empty() && heading_fold != site_fold
        })
        .collect();
    let confirmed = headings.iter().find(|heading| {
        let heading_fold = fold(heading);
        chrome::word_count(heading) >= 2
            && cleaned_folds
                .iter()
                .any(|cleaned_fold| cleaned_fold.contains(&heading_fold))
    });
    if let Some(heading) = confirmed {
        return Some((*heading).clone());
    }
    if let [only] = headings[..]
        && chrome::word_count(only) >= 3
    {
        return Some(only.clone());
    }
    cleaned
        .into_iter()
        .next()
        .or_else(|| headings.first().map(|heading| (*heading).clone()))
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
    // A handle ("jdoe") is a name as the site gives it.
    if !author.contains(' ') {
        return Some(author);
    }
    chrome::byline(&author)
        .or_else(|| chrome::byline(&format!("By {author}")))
        .filter(|name| chrome::word_count(name) <= 12)
}

/// Words that byline elements hold in place of a name: field labels and CMS defaults.
fn is_label_word(name: &str) -> bool {
    const LABELS: &[&str] = &[
        "published",
        "posted",
        "updated",
        "date",
        "author",
        "authors",
        "name",
        "admin",
        "administrator",
        "by",
        "written",
        "datum",
        "autor",
        "autorin",
        "veröffentlicht",
        "abgelegt",
        "auteur",
        "publié",
        "publicado",
        "fecha",
        "anonymous",
        "guest",
        "no author",
        "unknown",
    ];
    let lower = name.to_lowercase();
    LABELS.contains(&lower.as_str())
        || lower
            .split_whitespace()
            .next()
            .is_some_and(|first| LABELS.contains(&first))
}

/// How many ancestors of a "By" text are tried for the name that follows it.
const BYLINE_CLIMB: usize = 2;

/// A byline written in the page's text ("von Jane Smith", "Author: Jane
/// Smith", "By <a>Jane Smith</a>"), found from its label.
fn labelled_byline(document: &Document) -> Option<String> {
    let body = document.body()?;
    let elements = document.query_selector_all(body, "*");
    for element in elements {
        if matches!(
            document.tag_name(element),
            "script" | "style" | "noscript" | "template"
        ) {
            continue;
        }
        for child in document.child_nodes(element) {
            if !document.is_text(child) {
                continue;
            }
            let text = normalise_spaces(&document.text_content(child));
            let bare = text
                .trim_start_matches(['|', '•', '·', '-', '–'])
                .trim_start();
            if bare.is_empty()
                || chrome::word_count(bare) > 12
                || !chrome::opens_with_byline_label(bare)
            {
                continue;
            }
            if let Some(name) = chrome::byline(bare).filter(|name| !is_label_word(name)) {
                return Some(name);
            }
            // The label alone, the name in a sibling element: read the parent.
            let mut ancestor = Some(element);
            for _ in 0..BYLINE_CLIMB {
                let Some(id) = ancestor else { break };
                let whole = normalise_spaces(&document.text_content(id));
                let whole = whole
                    .trim_start_matches(['|', '•', '·', '-', '–'])
                    .trim_start();
                if chrome::word_count(whole) > 12 {
                    break;
                }
                if let Some(name) = chrome::byline(whole).filter(|name| !is_label_word(name)) {
                    return Some(name);
                }
                ancestor = document.parent(id);
            }
        }
    }
    None
}

/// How many authors a byline may list before it is more likely a list of links.
const MAX_BYLINE_AUTHORS: usize = 4;

/// The names in the first kind of byline element that holds any.
fn byline_element(document: &Document) -> Option<String> {
    BYLINE_SELECTORS.iter().find_map(|selector| {
        let mut names: Vec<String> = Vec::new();
        for id in document.query_selector_all(document.root(), selector) {
            let text = normalise_spaces(&document.text_content(id));
            if text.is_empty() || chrome::word_count(&text) > 10 {
                continue;
            }
            let Some(name) = chrome::byline(&text)
                .or_else(|| chrome::byline(&format!("By {text}")))
                .filter(|name| !is_label_word(name))
            else {
                continue;
            };
            // Nested matches ("author" inside "author") repeat a name.
            if !names.iter().any(|known| fold(known).contains(&fold(&name))) {
                names.push(name);
            }
            // Only schema.org markup lists co-authors reliably; elsewhere
            // later matches are authors of teasers and comments.
            if names.len() == MAX_BYLINE_AUTHORS || !selector.contains("itemprop") {
                break;
            }
        }
        (!names.is_empty()).then(|| names.join(", "))
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

/// A `<time>` element marked as the publication time (`pubdate`, a
/// "publish" class), or failing that (`marked_only` false) the first inside
/// the article, else the first on the page.
fn time_element_date(document: &Document, marked_only: bool) -> Option<PartialDate> {
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
    if marked_only {
        return None;
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
    let mut author_bodies = Vec::new();
    if let Some(author) = article.get("author").or_else(|| article.get("creator")) {
        names_of(author, &mut authors, &mut author_bodies, 0);
    }
    authors.dedup();
    author_bodies.dedup();
    LinkedData {
        headline: string_field(article, "headline").or_else(|| string_field(article, "name")),
        published: string_field(article, "datePublished")
            .or_else(|| string_field(article, "dateCreated")),
        modified: string_field(article, "dateModified"),
        authors,
        author_bodies,
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
fn names_of(value: &Value, people: &mut Vec<String>, bodies: &mut Vec<String>, depth: usize) {
    if depth > MAX_JSON_DEPTH {
        return;
    }
    match value {
        Value::String(name) => {
            if let Some(name) = clean_author(name) {
                people.push(name);
            }
        }
        Value::Array(items) => {
            for item in items {
                names_of(item, people, bodies, depth + 1);
            }
        }
        Value::Object(_) => {
            if let Some(name) = string_field(value, "name").and_then(|name| clean_author(&name)) {
                if has_type(
                    value,
                    &["organization", "newsmediaorganization", "corporation"],
                ) {
                    bodies.push(name);
                } else {
                    people.push(name);
                }
            }
        }
        _ => {}
    }
}
