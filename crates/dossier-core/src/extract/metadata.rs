//! Metadata of an HTML page, read in a fixed order of trust:
//!
//! 1. JSON-LD (`NewsArticle` and friends): written for search engines, so
//!    usually exact; the author may be a string, an object or an array.
//! 2. OpenGraph, `article:published_time` and other `<meta>` tags.
//! 3. `<time>` elements and `itemprop` microdata.
//! 4. Byline elements (`rel=author`, `.byline`, `.author`), labelled
//!    bylines in the text ("Author: ..."), then a card's "Written by" label
//!    and data tags and a name linked to the writer's page (`/author/...`).
//! 5. What the `trafilatura` crate found, for anything still missing.
//!
//! The title is the page's `<h1>` when a stated title confirms it or it is
//! the only heading and shares a word with the stated title; a heading that
//! is only what one stated title adds to another ("Site: Headline" beside
//! "Headline") is the site's name.
//!
//! The publication date follows its own order: OpenGraph's
//! `article:published_time`, JSON-LD of the article, other meta tags naming
//! the publication, microdata, a `<time>` marked as the publication, JSON-LD
//! of the page, the URL's full date, a date line labelled as the
//! publication, a date line by the headline, a meta tag named only "date",
//! a `<time>` inside the article, then what the crate found, the first
//! `<time>` anywhere, and last the modification date. A bare "date" tag
//! later than every date the page shows gives way to the first shown, and a
//! date the text opens with ("29.11.2022 – ...") beats the crate's guess.
//! A date line by the headline that another stated publication date
//! confirms beats the top stated date. A stamp written in UTC is moved to the local day when the
//! page says which it was (the same moment with its zone, or the URL's day).

use serde_json::Value;
use trafilatura::dom::{Document, NodeId};

use super::chrome;
use super::dates::{Stamp, date_in_url, date_line, local_day_of, parse_date, read_stamp};
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

/// Meta tags of OpenGraph and of a widespread analytics tag naming the
/// publication time: trusted even over JSON-LD.
const OPEN_GRAPH_PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "cxenseparse:recs:publishtime",
    "cxenseparse:publishtime",
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
    "citation_publication_date",
    "citation_date",
    "original-publish-date",
    "release_date",
];

/// A meta tag's date is at most this long ("2026-02-04T15:33:00.000+01:00" and a little).
const STAMP_MAX_BYTES: usize = 40;

/// Meta tags that name a date without saying which: often the last
/// change or the day the page was built, so a date the page shows by its
/// headline is more trusted.
const GENERIC_DATE_KEYS: &[&str] = &["date", "dc.date", "dcterms.date"];

/// Meta tags naming the last modification, used only as a last resort.
const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dc.date.modified",
    "dcterms.modified",
    "og:modified_time",
    "article:updated_time",
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
    /// `datePublished` of any object, a page's when no article states one.
    page_published: Option<String>,
    /// Every date string the JSON-LD holds, as evidence for the local day.
    stamps: Vec<String>,
    authors: Vec<String>,
    /// Organisations named as authors: weaker than a person in a byline.
    author_bodies: Vec<String>,
    publisher: Option<String>,
    url: Option<String>,
    lang: Option<String>,
}

/// Reads what the page says about itself.
pub fn read(document: &Document, given_url: Option<&str>) -> PageMetadata {
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
        .map(|id| headline_of(document, id, &stated_titles))
        .filter(|heading| (1..=40).contains(&chrome::word_count(heading)))
        .collect();

    // A person beats an organisation, and an author who is the site itself
    // (a common CMS default) is the weakest.
    let is_site = |name: &String| {
        let name_fold = fold(name);
        [site_name.as_deref(), linked.publisher.as_deref()]
            .into_iter()
            .flatten()
            .any(|site| fold(site) == name_fold)
    };
    let url_hint = link_href(document, "link[rel=\"canonical\"]");
    // Journals and some CMSs give each co-author a tag of their own.
    let meta_author = AUTHOR_KEYS.iter().find_map(|key| {
        let mut names: Vec<String> = Vec::new();
        for (name, content) in &metas {
            if name == key
                && let Some(author) = clean_author(content)
                && !names.contains(&author)
            {
                names.push(author);
            }
        }
        (!names.is_empty()).then(|| names.join(", "))
    });
    // "Jane Smith, Coast Daily": the outlet after a name is not a co-author
    // (an author who is the site's name alone stays: a personal site).
    let people_only = |author: &String| {
        let people: Vec<&str> = author
            .split(", ")
            .filter(|name| !is_site(&(*name).to_string()))
            .collect();
        if people.is_empty() {
            author.clone()
        } else {
            people.join(", ")
        }
    };
    // An author that reads as an organisation (the site under another
    // spelling, a domain, a legal form) gives way to a person in a byline.
    let hosts = host_labels(given_url.or(url_hint.as_deref()));
    let sites: Vec<String> = [site_name.as_deref(), linked.publisher.as_deref()]
        .into_iter()
        .flatten()
        .map(fold)
        .filter(|site| site.len() >= 4)
        .collect();
    let is_organisation =
        |name: &String| is_site(name) || reads_as_organisation(name, &sites, &hosts);
    let linked_people =
        (!linked.authors.is_empty()).then(|| people_only(&linked.authors.join(", ")));
    let author = linked_people
        .clone()
        .filter(|author| !is_organisation(author))
        .or_else(|| {
            meta_author
                .as_ref()
                .filter(|author| !is_organisation(author))
                .map(people_only)
        })
        .or_else(|| byline_element(document))
        .or_else(|| labelled_byline(document))
        .or_else(|| labelled_meta_author(&metas))
        .or_else(|| author_page_link(document))
        .or_else(|| dated_name_line(document))
        .or(linked_people)
        .or_else(|| {
            meta_author
                .as_ref()
                .filter(|author| !is_site(author))
                .map(people_only)
        })
        .or_else(|| (!linked.author_bodies.is_empty()).then(|| linked.author_bodies.join(", ")))
        .or(meta_author);

    let url = link_href(document, "link[rel=\"canonical\"]")
        .or_else(|| meta(&["og:url", "twitter:url"]).filter(|url| is_absolute(url)))
        .or_else(|| linked.url.clone().filter(|url| is_absolute(url)));

    let title = choose_title(
        &stated_titles,
        &headings,
        site_name.as_deref(),
        given_url.or(url.as_deref()),
    );

    let url_date = url.as_deref().or(given_url).and_then(date_in_url);
    let lang = html_lang(document)
        .or_else(|| meta(&["content-language", "language", "dc.language", "og:locale"]))
        .or_else(|| linked.lang.clone());
    let lines = date_lines(document, writes_day_first(lang.as_deref()));
    // OpenGraph's publication time is the most reliable statement of all:
    // where it and the JSON-LD disagree, the JSON-LD is more often stale.
    let published_text = meta(OPEN_GRAPH_PUBLISHED_KEYS)
        .filter(|text| parse_date(text).is_some())
        .or_else(|| {
            linked
                .published
                .clone()
                .filter(|text| parse_date(text).is_some())
        })
        .or_else(|| meta(PUBLISHED_KEYS).filter(|text| parse_date(text).is_some()));
    let generic_text = meta(GENERIC_DATE_KEYS).filter(|text| parse_date(text).is_some());
    let mut published = published_text
        .as_deref()
        .and_then(parse_date)
        .or_else(|| microdata_date(document))
        .or_else(|| time_element_date(document, TimeScope::Marked))
        .or_else(|| linked.page_published.as_deref().and_then(parse_date))
        .or(url_date)
        .or(lines.labelled)
        .or(lines.by_headline)
        // A `<time>` inside the article is a date readers are shown; a bare
        // "date" tag may be the page's build, crawl or modification day.
        .or_else(|| time_element_date(document, TimeScope::InArticle))
        // A bare "date" tag later than every date the page shows, none of
        // them its own, is the day the page was built or changed: the first
        // date shown before it is the publication.
        .or_else(|| {
            let generic = generic_text.as_deref().and_then(parse_date)?;
            match lines.seen.first() {
                Some(first) if *first < generic && !lines.seen.contains(&generic) => Some(*first),
                _ => Some(generic),
            }
        });
    // A dateline by the headline that another stated publication date
    // confirms is the date readers were shown; the top stated date is then
    // a first draft's or a stale copy's. A modification date confirms
    // nothing: the page may show when it was updated.
    let shown = lines.by_headline.filter(|shown| {
        published_text.is_some()
            && published != Some(*shown)
            && metas
                .iter()
                .filter(|(name, content)| {
                    // A description mentioning a date states none.
                    !MODIFIED_KEYS.contains(&name.as_str()) && content.len() <= STAMP_MAX_BYTES
                })
                .map(|(_, content)| content.as_str())
                .chain(linked.published.as_deref())
                .chain(linked.page_published.as_deref())
                .any(|text| parse_date(text) == Some(*shown))
    });
    let stamp_text = if shown.is_some() {
        None
    } else {
        published_text.as_deref().or(generic_text
            .as_deref()
            .filter(|text| parse_date(text) == published))
    };
    if shown.is_some() {
        published = shown;
    }
    if let Some(stamp) = stamp_text.and_then(read_stamp) {
        let other_stamps: Vec<Stamp> = metas
            .iter()
            .map(|(_, content)| content.as_str())
            .chain(linked.stamps.iter().map(String::as_str))
            .chain(lines.time_stamps.iter().map(String::as_str))
            .filter_map(read_stamp)
            .collect();
        let local_dates: Vec<PartialDate> = url_date.into_iter().chain(lines.seen).collect();
        if let Some(local) = local_day_of(&stamp, &other_stamps, &local_dates) {
            published = Some(local);
        }
    }
    let modified = linked
        .modified
        .as_deref()
        .and_then(parse_date)
        .or_else(|| meta(MODIFIED_KEYS).as_deref().and_then(parse_date));
    let fallback_date = time_element_date(document, TimeScope::Anywhere).or(modified);

    let lang = lang.and_then(|lang| language_code(&lang));

    PageMetadata {
        title,
        author,
        published,
        site_name,
        url,
        lang,
        source: None,
        fallback_date,
        opening_dateline: lines.opening,
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
    // A text that opens with its date ("29.11.2022 – The council ...") is
    // more likely dated by it than by the crate's guess from the whole page.
    if metadata.published.is_none() {
        metadata.published = metadata.opening_dateline;
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
fn choose_title(
    stated: &[String],
    headings: &[String],
    site: Option<&str>,
    url: Option<&str>,
) -> Option<String> {
    let cleaned: Vec<String> = stated
        .iter()
        .map(|title| strip_site_names(&decode_entities(title), site, url))
        .filter(|title| !title.is_empty())
        .collect();
    let cleaned_folds: Vec<String> = cleaned.iter().map(|title| fold(title)).collect();
    let site_fold = site.map(fold).unwrap_or_default();
    // Some pages repeat the title's " | Site" inside the `<h1>` (often hidden).
    let headings: Vec<String> = headings
        .iter()
        .map(|heading| cut_site_names(heading, site, url, false))
        .collect();
    // A heading that is the site's name is the logo, not the headline.
    let headings: Vec<&String> = headings
        .iter()
        .filter(|heading| {
            let heading_fold = fold(heading);
            !heading_fold.is_empty() && heading_fold != site_fold
        })
        .collect();
    // A heading that is only a small part of the title is a section name
    // ("Politics") left in the title's suffix, not the headline.
    let confirmed = headings.iter().find(|heading| {
        let heading_fold = fold(heading);
        chrome::word_count(heading) >= 2
            && cleaned_folds.iter().any(|cleaned_fold| {
                cleaned_fold.contains(&heading_fold)
                    && heading_fold.len() * 5 >= cleaned_fold.len() * 2
            })
    });
    if let Some(heading) = confirmed {
        let heading_fold = fold(heading);
        // "Site: Headline" as the `<title>` and "Headline" as OpenGraph's:
        // a heading that is only the difference between two stated titles
        // is the site's name (a blog's logo in an `<h1>`).
        let headline = cleaned.iter().zip(&cleaned_folds).find(|(_, other)| {
            !other.contains(&heading_fold)
                && chrome::word_count(other) >= 2
                && cleaned_folds.iter().any(|longer| {
                    longer.contains(&heading_fold)
                        && longer.contains(other.as_str())
                        && longer.len() >= heading_fold.len() + other.len()
                })
        });
        if let Some((headline, _)) = headline {
            return Some(headline.clone());
        }
        return Some((*heading).clone());
    }
    // A lone heading sharing no word with a stated title of a few words
    // ("The Blog Single") is a template's label; a stated title of a word
    // or two ("Home", a date) is the weaker of the two.
    let stated_headline = cleaned.first().is_some_and(|title| {
        title
            .split_whitespace()
            .filter(|word| word.chars().any(char::is_alphabetic))
            .count()
            >= 3
    });
    if let [only] = headings[..]
        && chrome::word_count(only) >= 3
        && (!stated_headline || shares_a_word(only, &cleaned_folds))
    {
        return Some(only.clone());
    }
    cleaned
        .into_iter()
        .next()
        .or_else(|| headings.first().map(|heading| (*heading).clone()))
}

/// Whether a heading shares a word of three or more letters with any of
/// the stated titles, or a part of a compound ("Finanzierung" in
/// "Autofinanzierung").
fn shares_a_word(heading: &str, stated_folds: &[String]) -> bool {
    let heading_fold = fold(heading);
    heading_fold
        .split(' ')
        .filter(|word| word.len() >= 3)
        .any(|word| {
            stated_folds.iter().any(|title| {
                title.split(' ').any(|other| {
                    other == word
                        || (word.len() >= 5 && other.contains(word))
                        || (other.len() >= 5 && word.contains(other))
                })
            })
        })
}

/// Class words of the kicker (overline) that pages set above a headline inside its `<h1>`.
const KICKER_CLASSES: &[&str] = &[
    "kicker",
    "roofline",
    "topline",
    "overline",
    "dachzeile",
    "eyebrow",
    "topic",
    "label",
    "rubric",
    "supertitle",
    "spitzmarke",
    "category",
];

/// The headline an `<h1>` holds: its text with spaces where elements break
/// it, less a leading kicker ("Climate | Drilling until it gets hot") set in
/// an element of its own, when that element is marked as one (its class, a
/// `<small>`) or the rest alone is what the page's stated titles say.
fn headline_of(document: &Document, heading: NodeId, stated: &[String]) -> String {
    let whole = spaced_text(document, heading);
    // A headline wrapped in one element ("<h1><span>...</span></h1>") keeps its parts inside it.
    let mut holder = heading;
    for _ in 0..2 {
        let children = meaningful_children(document, holder);
        match children[..] {
            [only] if document.is_element(only) => holder = only,
            _ => break,
        }
    }
    let children = meaningful_children(document, holder);
    let Some((&first, rest)) = children.split_first() else {
        return whole;
    };
    if !document.is_element(first) || rest.is_empty() {
        return whole;
    }
    let kicker = spaced_text(document, first);
    let remainder: String = rest
        .iter()
        .map(|&id| spaced_text(document, id))
        .collect::<Vec<_>>()
        .join(" ");
    let remainder = normalise_spaces(&remainder);
    let remainder = remainder
        .trim_start_matches([':', '|', '-', '–', '—', '·', '•', ' '])
        .to_string();
    if chrome::word_count(&kicker) > 6 || chrome::word_count(&remainder) < 2 {
        return whole;
    }
    let class = document.class_name(first).to_ascii_lowercase();
    let marked = document.tag_name(first) == "small"
        || KICKER_CLASSES.iter().any(|word| class.contains(word));
    let remainder_fold = fold(&remainder);
    let whole_fold = fold(&whole);
    let stated_says_rest = stated.iter().any(|title| {
        let title_fold = fold(&decode_entities(title));
        title_fold.contains(&remainder_fold) && !title_fold.contains(&whole_fold)
    });
    if marked || stated_says_rest {
        remainder
    } else {
        whole
    }
}

/// Children of an element that hold text (whitespace-only text nodes and
/// comments left out).
fn meaningful_children(document: &Document, id: NodeId) -> Vec<NodeId> {
    document
        .child_nodes(id)
        .into_iter()
        .filter(|&child| {
            if document.is_text(child) {
                !document.text_content(child).trim().is_empty()
            } else {
                document.is_element(child)
                    && !matches!(document.tag_name(child), "script" | "style" | "br")
                    && !document.text_content(child).trim().is_empty()
            }
        })
        .collect()
}

/// An element's text with a space wherever a `<br>` or a block element
/// breaks it, so "Kicker<br>Headline" reads as two words.
fn spaced_text(document: &Document, id: NodeId) -> String {
    let mut out = String::new();
    // `None` marks the end of a block element: a space goes after it too.
    let mut stack = vec![Some(id)];
    while let Some(entry) = stack.pop() {
        let Some(node) = entry else {
            out.push(' ');
            continue;
        };
        if document.is_text(node) {
            out.push_str(&document.text_content(node));
            continue;
        }
        if !document.is_element(node) {
            continue;
        }
        let tag = document.tag_name(node);
        if matches!(tag, "script" | "style" | "noscript" | "template") {
            continue;
        }
        if matches!(tag, "br" | "div" | "p") {
            out.push(' ');
            stack.push(None);
        }
        for child in document.child_nodes(node).into_iter().rev() {
            stack.push(Some(child));
        }
    }
    normalise_spaces(&out)
}

/// Separators between a headline and the site's name in a `<title>`.
const TITLE_SEPARATORS: &[&str] = &[
    " | ", " – ", " — ", " - ", " :: ", " · ", " • ", " » ", " / ", " ~ ",
];

/// Parts of a host name too common to tell a site's name: "news.example.com".
const GENERIC_HOST_LABELS: &[&str] = &[
    "www", "news", "blog", "blogs", "wiki", "online", "home", "info", "shop", "mail", "web",
    "site", "english", "mobile", "amp", "edition", "com", "org", "net",
];

/// The distinctive labels of a URL's host: "https://www.coastdaily.example/x" -> ["coastdaily"].
fn host_labels(url: Option<&str>) -> Vec<String> {
    let Some(host) = url.and_then(super::host_of) else {
        return Vec::new();
    };
    let labels: Vec<&str> = host.split('.').collect();
    // The last label is the top-level domain.
    labels[..labels.len().saturating_sub(1)]
        .iter()
        .map(|label| label.replace('-', ""))
        .filter(|label| label.len() >= 4 && !GENERIC_HOST_LABELS.contains(&label.as_str()))
        .collect()
}

/// Whether a title segment names the site: its name, or its host's name.
fn names_site(segment: &str, site_fold: &str, hosts: &[String]) -> bool {
    let segment_fold = fold(segment);
    if segment_fold.is_empty() {
        return false;
    }
    if !site_fold.is_empty()
        && (site_fold.contains(&segment_fold) || segment_fold.contains(site_fold))
    {
        return true;
    }
    let compact: String = segment_fold.chars().filter(|ch| *ch != ' ').collect();
    chrome::word_count(segment) <= 5
        && hosts.iter().any(|host| {
            compact.contains(host.as_str()) || (compact.len() >= 4 && host.contains(&compact))
        })
}

/// Cuts " | Site" or "Site | " from a title: the site's name, or with
/// `url` its host's name, at either end.
pub fn strip_site_names(title: &str, site: Option<&str>, url: Option<&str>) -> String {
    cut_site_names(title, site, url, true)
}

/// Cuts the site's name from a title; with `unnamed_too`, also a short
/// capitalised tail that only looks like one ("| The Gazette"). Headings
/// get only the named cut: their tails are more often subtitles.
fn cut_site_names(title: &str, site: Option<&str>, url: Option<&str>, unnamed_too: bool) -> String {
    let site_fold = site.map(fold).unwrap_or_default();
    let hosts = host_labels(url);
    let mut title = title.trim().to_string();
    // Each pass cuts one segment; a title has at most a few.
    for _ in 0..3 {
        let before = title.clone();
        for separator in TITLE_SEPARATORS {
            if let Some((head, tail)) = title.rsplit_once(separator) {
                let (head, tail) = (head.trim(), tail.trim());
                let looks_like_site = chrome::word_count(tail) <= 4
                    && chrome::word_count(head) >= 3
                    && !chrome::ends_like_sentence(tail)
                    && tail
                        .split_whitespace()
                        .all(|word| word.chars().next().is_some_and(|ch| !ch.is_lowercase()));
                if !head.is_empty()
                    && (names_site(tail, &site_fold, &hosts) || (unnamed_too && looks_like_site))
                {
                    title = head.to_string();
                    break;
                }
            }
            if let Some((first, rest)) = title.split_once(separator)
                && !rest.trim().is_empty()
                && names_site(first, &site_fold, &hosts)
            {
                title = rest.trim().to_string();
                break;
            }
        }
        if title == before {
            break;
        }
    }
    title
}

/// Decodes the character references that pages double-escape into meta
/// tags ("&#8216;", "&amp;quot;"), so titles read as written.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let end = after.find(';').filter(|end| *end <= 10);
        let decoded = end.and_then(|end| {
            let name = &after[1..end];
            let ch = match name {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "nbsp" => Some(' '),
                _ if named_letter(name).is_some() => named_letter(name),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                    .and_then(char::from_u32),
            }?;
            Some((ch, end))
        });
        match decoded {
            Some((ch, end)) => {
                out.push(ch);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The accented letters HTML names: "oacute", "uuml", "ntilde", "szlig".
fn named_letter(name: &str) -> Option<char> {
    const LETTERS: &[(&str, &str)] = &[
        ("acute", "aáeéiíoóuúyýAÁEÉIÍOÓUÚ"),
        ("grave", "aàeèiìoòuùAÀEÈ"),
        ("circ", "aâeêiîoôuûAÂEÊ"),
        ("tilde", "aãoõnñAÃOÕNÑ"),
        ("uml", "aäeëiïoöuüAÄOÖUÜ"),
        ("cedil", "cçCÇ"),
        ("ring", "aåAÅ"),
    ];
    if name == "szlig" {
        return Some('ß');
    }
    let mut chars = name.chars();
    let base = chars.next()?;
    let accent = chars.as_str();
    let (_, pairs) = LETTERS.iter().find(|(kind, _)| *kind == accent)?;
    let pairs: Vec<char> = pairs.chars().collect();
    pairs
        .chunks(2)
        .find(|pair| pair.first() == Some(&base))
        .and_then(|pair| pair.get(1).copied())
}

/// An author string as written in a meta tag: not a URL, "By " dropped.
fn clean_author(author: &str) -> Option<String> {
    let author = normalise_spaces(&decode_entities(author));
    if author.is_empty() || is_absolute(&author) || author.contains('@') && !author.contains(' ') {
        return None;
    }
    // A handle ("jdoe") is a name as the site gives it.
    if !author.contains(' ') {
        return (!is_label_word(&author)).then_some(author);
    }
    // A stated author is kept as written, co-authors and suffixes included
    // ("Ada Kerr, MD; Ola Berg"), less a "By" label and what runs on after a name.
    let unlabelled = chrome::strip_byline_label(&author);
    let mut names: Vec<String> = Vec::new();
    // "; " separates names, a bare ";" may end a character reference.
    for piece in unlabelled
        .split("; ")
        .flat_map(|part| part.split([',', '|']))
    {
        let piece = piece.trim_matches(|ch: char| ch.is_whitespace() || "'\"‘’“”".contains(ch));
        let words: Vec<&str> = piece.split_whitespace().collect();
        let name = words[..chrome::name_length(&words)].join(" ");
        let name = chrome::trim_name_end(&name).to_string();
        // An e-mail address beside the name is a contact, not a co-author.
        let is_address = name.contains('@') && !name.contains(' ');
        if name.is_empty()
            || is_address
            || is_label_word(&name)
            || chrome::is_role(&name)
            || chrome::word_count(&name) > 6
        {
            continue;
        }
        names.push(name);
    }
    let joined = names.join(", ");
    (!joined.is_empty() && chrome::word_count(&joined) <= 15).then_some(joined)
}

/// Words that end a label announcing the writer ("Written by", "Verfasst von").
const WRITER_LABEL_ENDS: &[&str] = &[
    "by", "von", "por", "par", "door", "di", "da", "av", "af", "author", "autor", "autorin",
    "auteur",
];

/// The author a card's numbered label and data tags name ("twitter:label1"
/// = "Written by", "twitter:data1" = the name), as blog software writes
/// them; the labels are in the site's language.
fn labelled_meta_author(metas: &[(String, String)]) -> Option<String> {
    metas.iter().find_map(|(name, label)| {
        let number = name.strip_prefix("twitter:label")?;
        let label_fold = fold(label);
        let last = label_fold.rsplit(' ').next()?;
        if chrome::word_count(label) > 3 || !WRITER_LABEL_ENDS.contains(&last) {
            return None;
        }
        let data_key = format!("twitter:data{number}");
        metas
            .iter()
            .find(|(name, _)| *name == data_key)
            .and_then(|(_, data)| clean_author(data))
    })
}

/// Legal forms and publishing words that make a name an organisation's, folded.
const ORGANISATION_WORDS: &[&str] = &[
    "e v",
    "gmbh",
    "ag",
    "ltd",
    "inc",
    "llc",
    "plc",
    "s a",
    "stiftung",
    "verband",
    "verlag",
    "redaktion",
    "newsroom",
    "magazin",
    "magazine",
    "zeitung",
    "news",
    "press",
    "presse",
    "online",
    "media",
    "group",
    "foundation",
    "association",
    "institute",
    "institut",
];

/// Whether an author's name reads as an organisation's: it contains or is
/// contained in the site's name, holds a host's label or a domain, or a
/// legal form or publishing word.
fn reads_as_organisation(name: &str, sites: &[String], hosts: &[String]) -> bool {
    let name_fold = fold(name);
    if name_fold.is_empty() {
        return false;
    }
    if sites
        .iter()
        .any(|site| site.contains(&name_fold) || name_fold.contains(site.as_str()))
    {
        return true;
    }
    let compact: String = name_fold.chars().filter(|ch| *ch != ' ').collect();
    if hosts.iter().any(|host| compact.contains(host.as_str())) {
        return true;
    }
    let has_domain = name.split_whitespace().any(|word| {
        let word = word.trim_matches(|ch: char| !ch.is_alphanumeric());
        word.rsplit_once('.').is_some_and(|(head, tld)| {
            !head.is_empty()
                && (2..=4).contains(&tld.len())
                && tld.chars().all(|ch| ch.is_ascii_lowercase())
        })
    });
    let padded = format!(" {name_fold} ");
    has_domain
        || ORGANISATION_WORDS
            .iter()
            .any(|word| padded.contains(&format!(" {word} ")))
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
    // Link and field labels that sit where a name would, as the whole text.
    const WHOLE_LABELS: &[&str] = &[
        "view",
        "follow",
        "about",
        "role",
        "type",
        "region",
        "share",
        "shares",
        "more",
        "read more",
        "zeige",
        "anzeigen",
        "afficher",
        "voir",
        "artikel",
        "archiv",
        "archive",
        "profil",
        "profile",
        "zum profil",
        "beitrag",
        "beitragvon",
        "human",
        "agencies",
        "contact",
        "kontakt",
        "menu",
        "home",
        "search",
        "suche",
        "login",
        "abgelegt unter",
        "gesponserte inhalte",
        "sponsored",
        "eine",
        "challenge",
    ];
    let lower = name.trim_end_matches([':', '.']).to_lowercase();
    WHOLE_LABELS.contains(&lower.as_str())
        || LABELS.contains(&lower.as_str())
        || lower
            .split_whitespace()
            .next()
            .is_some_and(|first| LABELS.contains(&first))
}

/// How far up an element's ancestors are searched for a footer or a comment.
const CREDIT_CLIMB: usize = 12;

/// Whether an element sits in the page footer, a menu, a caption or
/// credit, or the comments: a "by" there names a theme's maker, a link, a
/// photographer or a commenter, not the article's author.
fn in_credits_or_comments(document: &Document, element: NodeId) -> bool {
    let mut current = Some(element);
    for _ in 0..CREDIT_CLIMB {
        let Some(id) = current else {
            return false;
        };
        // The body's classes describe the whole page ("comments-open").
        match document.tag_name(id) {
            "body" | "html" | "article" | "main" => return false,
            "footer" | "figcaption" => return true,
            _ => {}
        }
        let class = document.class_name(id).to_ascii_lowercase();
        let marker = document
            .get_attribute(id, "id")
            .unwrap_or_default()
            .to_ascii_lowercase();
        if matches!(document.tag_name(id), "nav" | "aside") {
            return true;
        }
        if [
            "footer",
            "comment",
            "caption",
            "credit",
            "copyright",
            "respond",
            "menu",
            "navigation",
        ]
        .iter()
        .any(|word| class.contains(word) || marker.contains(word))
        {
            return true;
        }
        current = document.parent(id);
    }
    false
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
            let dated = dated_byline(bare);
            let bare = dated.as_deref().unwrap_or(bare);
            if bare.is_empty()
                || chrome::word_count(bare) > 12
                || !chrome::opens_with_byline_label(bare)
                || in_credits_or_comments(document, element)
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
                let Some(whole) = bounded_text(document, id, BYLINE_MAX_BYTES) else {
                    break;
                };
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
            // "<strong>Author:</strong> <a>Jane Smith</a><br>Tags: ..." in a
            // long paragraph: the label's element, then its siblings up to
            // the line's end. After a bare "By" only a full name counts: a
            // lone word there is more often a date's month ("By <time>January 14").
            if let Some(name) = line_after(document, element)
                .and_then(|rest| chrome::byline(&format!("{bare} {rest}")))
                .filter(|name| !is_label_word(name))
                .filter(|name| bare.ends_with(':') || chrome::word_count(name) >= 2)
            {
                return Some(name);
            }
        }
    }
    None
}

/// "Posted on 21 March 2026 by Jane Smith": a date line, then the byline,
/// which is returned ("By Jane Smith").
fn dated_byline(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    // Lower-casing can change a text's length; positions must hold for both.
    if lower.len() != text.len() {
        return None;
    }
    [" by ", " von "].iter().find_map(|label| {
        let at = lower.find(label)?;
        let head = text.get(..at)?;
        let name = text.get(at + label.len()..)?;
        date_line(head)
            .and_then(|line| line.date)
            .map(|_| format!("By {name}"))
    })
}

/// Path segments of the pages that list a writer's articles.
const AUTHOR_PATH_SEGMENTS: &[&str] = &[
    "author", "authors", "autor", "autoren", "auteur", "writer", "writers",
];

/// A name linked to the writer's page ("/author/jane-smith/"), outside
/// footers and comments: blog software links the byline so even when it
/// prints no label. The link's whole text must read as a name.
fn author_page_link(document: &Document) -> Option<String> {
    document
        .query_selector_all(document.root(), "a[href]")
        .into_iter()
        .find_map(|id| {
            let href = document.get_attribute(id, "href")?;
            let path = href.split(['?', '#']).next().unwrap_or_default();
            let to_author_page = path.split('/').any(|segment| {
                AUTHOR_PATH_SEGMENTS.contains(&segment.to_ascii_lowercase().as_str())
            });
            if !to_author_page {
                return None;
            }
            let text = bounded_text(document, id, 60)?;
            let words = chrome::word_count(&text);
            let capitalised = text
                .split_whitespace()
                .all(|word| word.chars().next().is_some_and(char::is_uppercase));
            // "More Posts", "View Profile": a link label, not a name.
            let labelled = text.split_whitespace().any(is_label_word);
            if !(2..=4).contains(&words)
                || !capitalised
                || labelled
                || in_credits_or_comments(document, id)
            {
                return None;
            }
            chrome::byline(&format!("By {text}"))
                .filter(|name| *name == text && !is_label_word(name))
        })
}

/// How many text nodes are read for a dated name line.
const DATED_LINE_MAX_NODES: usize = 3000;

/// A line of a date and a name ("04.02.2022 | 13:10 | Jane Smith",
/// "25.10.2022 - Jane Smith"): the byline of sites that print no label.
/// The name is the line's last piece, of two or three capitalised words.
fn dated_name_line(document: &Document) -> Option<String> {
    let body = document.body()?;
    let mut stack = vec![body];
    let mut visited = 0usize;
    while let Some(id) = stack.pop() {
        visited += 1;
        if visited > DATED_LINE_MAX_NODES {
            return None;
        }
        if document.is_text(id) {
            let text = document.text_content(id);
            if text.len() > DATE_LINE_MAX_BYTES || !text.bytes().any(|byte| byte.is_ascii_digit()) {
                continue;
            }
            let text = normalise_spaces(&text);
            let Some((head, tail)) = [" | ", " - ", " – ", " · "]
                .iter()
                .filter_map(|separator| text.rsplit_once(separator))
                .max_by_key(|(head, _)| head.len())
            else {
                continue;
            };
            let tail = tail.trim();
            let words = chrome::word_count(tail);
            let capitalised = tail
                .split_whitespace()
                .all(|word| word.chars().next().is_some_and(char::is_uppercase));
            let dated = date_line(head).and_then(|line| line.date).is_some();
            if dated
                && (2..=3).contains(&words)
                && capitalised
                && !tail.split_whitespace().any(is_label_word)
                && !in_credits_or_comments(document, document.parent(id)?)
                && let Some(name) =
                    chrome::byline(&format!("By {tail}")).filter(|name| name == tail)
            {
                return Some(name);
            }
            continue;
        }
        if !document.is_element(id) || DATELESS_TAGS.contains(&document.tag_name(id)) {
            continue;
        }
        for child in document.child_nodes(id).into_iter().rev() {
            stack.push(child);
        }
    }
    None
}

/// How many siblings after a label are read for the rest of its line.
const LINE_AFTER_MAX_SIBLINGS: usize = 6;

/// The text after an element up to the end of its line (a `<br>`, a
/// block element or the parent's end), when short.
fn line_after(document: &Document, element: NodeId) -> Option<String> {
    let mut text = String::new();
    let mut sibling = document.next_sibling(element);
    for _ in 0..LINE_AFTER_MAX_SIBLINGS {
        let Some(id) = sibling else { break };
        if document.is_element(id) {
            if matches!(
                document.tag_name(id),
                "br" | "p" | "div" | "li" | "ul" | "ol" | "table" | "h1" | "h2" | "h3" | "hr"
            ) {
                break;
            }
            text.push(' ');
            text.push_str(&bounded_text(document, id, BYLINE_MAX_BYTES)?);
        } else if document.is_text(id) {
            text.push_str(&document.text_content(id));
        }
        if text.len() > BYLINE_MAX_BYTES {
            return None;
        }
        sibling = document.next_sibling(id);
    }
    let text = normalise_spaces(&text);
    (!text.is_empty()).then_some(text)
}

/// How many authors a byline may list before it is more likely a list of links.
const MAX_BYLINE_AUTHORS: usize = 4;

/// The names in the first kind of byline element that holds any.
fn byline_element(document: &Document) -> Option<String> {
    // One walk of the page finds every element any of the selectors picks
    // (most pages have a handful, many none); each selector in turn is then
    // tried on those few instead of on the whole page again.
    let candidates = document.query_selector_all(document.root(), &BYLINE_SELECTORS.join(", "));
    if candidates.is_empty() {
        return None;
    }
    BYLINE_SELECTORS.iter().find_map(|selector| {
        let mut names: Vec<String> = Vec::new();
        // An element matches a selector when it is the first match of its own subtree.
        let matching = candidates
            .iter()
            .copied()
            .filter(|&id| document.query_selector(id, selector) == Some(id));
        for id in matching {
            let text = normalise_spaces(&document.text_content(id));
            if text.is_empty()
                || chrome::word_count(&text) > 10
                || in_credits_or_comments(document, id)
            {
                continue;
            }
            let Some(name) = chrome::byline(&text)
                .or_else(|| chrome::byline(&format!("By {text}")))
                // A link the page marks as its author's may give a user
                // name ("jdoe42"): the name the page goes by, capital or not.
                .or_else(|| {
                    selector
                        .contains("rel=")
                        .then(|| user_handle(&text))
                        .flatten()
                })
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

/// Longest user name taken for an author.
const MAX_HANDLE_CHARS: usize = 30;

/// A user name: one word of letters, digits, dots, hyphens and underscores,
/// with at least two letters.
fn user_handle(text: &str) -> Option<String> {
    let text = text.trim();
    let letters = text.chars().filter(|ch| ch.is_alphabetic()).count();
    (letters >= 2
        && text.chars().count() <= MAX_HANDLE_CHARS
        && text
            .chars()
            .all(|ch| ch.is_alphanumeric() || matches!(ch, '.' | '-' | '_')))
    .then(|| text.to_string())
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

/// Which `<time>` elements may give the publication date.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TimeScope {
    /// Only one marked as the publication (`pubdate`, a "publish" class).
    Marked,
    /// The first inside the article or main element.
    InArticle,
    /// The first on the page.
    Anywhere,
}

/// The date of the first `<time>` element in `scope`.
fn time_element_date(document: &Document, scope: TimeScope) -> Option<PartialDate> {
    let date_of = |id: NodeId| {
        document
            .get_attribute(id, "datetime")
            .as_deref()
            .and_then(parse_date)
            .or_else(|| parse_date(&document.text_content(id)))
    };
    match scope {
        TimeScope::Marked => document
            .query_selector_all(document.root(), "time")
            .into_iter()
            .find(|&id| {
                (document.get_attribute(id, "pubdate").is_some()
                    || document
                        .class_name(id)
                        .to_ascii_lowercase()
                        .contains("publish"))
                    && !in_other_stories(document, id)
            })
            .and_then(date_of),
        TimeScope::InArticle => document
            .query_selector_all(document.root(), "article time, main time")
            .into_iter()
            .find_map(date_of),
        TimeScope::Anywhere => document
            .query_selector_all(document.root(), "time")
            .into_iter()
            .find_map(date_of),
    }
}

/// Class and id words of the blocks that list other stories.
const OTHER_STORIES_WORDS: &[&str] = &["related", "teaser", "sidebar", "widget", "recommend"];

/// Whether an element sits in a block of other stories (related posts, a
/// sidebar): the publication marks there date those stories.
fn in_other_stories(document: &Document, element: NodeId) -> bool {
    let mut current = Some(element);
    for _ in 0..CREDIT_CLIMB {
        let Some(id) = current else {
            return false;
        };
        if matches!(document.tag_name(id), "body" | "html" | "main") {
            return false;
        }
        let class = document.class_name(id).to_ascii_lowercase();
        let marker = document
            .get_attribute(id, "id")
            .unwrap_or_default()
            .to_ascii_lowercase();
        if OTHER_STORIES_WORDS
            .iter()
            .any(|word| class.contains(word) || marker.contains(word))
        {
            return true;
        }
        current = document.parent(id);
    }
    false
}

/// Dates written as lines of their own in the page's text.
#[derive(Debug, Default)]
struct DateLines {
    /// The first labelled as the publication ("Published: 3 May 2022").
    labelled: Option<PartialDate>,
    /// The first after the headline, within a few lines of it.
    by_headline: Option<PartialDate>,
    /// The date a paragraph opens with, set off by a dash or brackets
    /// ("29.11.2022 – The council ...", "(3 May 2022) The council ...").
    opening: Option<PartialDate>,
    /// Every date line seen (and `<time>` texts), local dates as readers saw them.
    seen: Vec<PartialDate>,
    /// The `datetime` of every `<time>` element.
    time_stamps: Vec<String>,
}

/// A text node longer than this, once its spaces are collapsed, is no date line.
const DATE_TEXT_MAX_BYTES: usize = 200;

/// How many text nodes after the headline a date line may come and still be its dateline.
const DATELINE_REACH: usize = 40;

/// Elements whose dates belong to other stories or to the site.
const DATELESS_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "footer", "aside", "select", "option",
    "form", "button",
];

/// Labels that say a date line gives the first publication, folded as
/// [`fold`] writes them (without accents) since the line is compared folded.
const PUBLISHED_LABELS: &[&str] = &[
    "published",
    "posted",
    "written",
    "veroffentlicht",
    "erschienen",
    "publie",
    "publicado",
    "pubblicato",
    "gepubliceerd",
];

/// Walks the body once and reads its date lines: a text node that is a
/// date (with labels, weekday and time), or whose parent or grandparent is.
fn date_lines(document: &Document, day_first: bool) -> DateLines {
    let mut found = DateLines::default();
    let Some(body) = document.body() else {
        return found;
    };
    let mut after_headline: Option<usize> = None;
    // Reading ancestors costs their size; a page of many small numbers under
    // one element must not make that quadratic.
    let mut ancestor_reads = MAX_ANCESTOR_READS;
    let mut stack = vec![body];
    while let Some(id) = stack.pop() {
        if document.is_text(id) {
            if let Some(seen) = after_headline.as_mut() {
                *seen += 1;
            }
            let text = document.text_content(id);
            if found.opening.is_none() {
                found.opening = opening_date(&text);
            }
            // Templates pad a date line with runs of spaces: its length is
            // what is left once they are collapsed.
            if text.len() > 4 * DATE_TEXT_MAX_BYTES
                || !text.bytes().any(|byte| byte.is_ascii_digit())
                || (text.len() > DATE_TEXT_MAX_BYTES
                    && normalise_spaces(&text).len() > DATE_TEXT_MAX_BYTES)
            {
                continue;
            }
            let Some((line_text, line)) = date_line_at(document, id, &text, &mut ancestor_reads)
            else {
                continue;
            };
            let date = if day_first {
                super::dates::slashed_day_first(&line_text).or(line.date)
            } else {
                line.date
            };
            let Some(date) = date.filter(|date| date.day.is_some()) else {
                continue;
            };
            found.seen.push(date);
            if line.updated {
                continue;
            }
            let line_fold = fold(&line_text);
            if found.labelled.is_none()
                && PUBLISHED_LABELS
                    .iter()
                    .any(|label| line_fold.contains(label))
            {
                found.labelled = Some(date);
            }
            if found.by_headline.is_none()
                && after_headline.is_some_and(|seen| seen <= DATELINE_REACH)
            {
                found.by_headline = Some(date);
            }
            continue;
        }
        if !document.is_element(id) {
            continue;
        }
        let tag = document.tag_name(id);
        if DATELESS_TAGS.contains(&tag) {
            continue;
        }
        // Count from the latest headline: a page's first `<h1>` is often
        // the site's logo, far above the article's own.
        if tag == "h1" && found.by_headline.is_none() {
            after_headline = Some(0);
        }
        if tag == "time"
            && let Some(stamp) = document.get_attribute(id, "datetime")
        {
            if let Some(date) = parse_date(&document.text_content(id)) {
                found.seen.push(date);
            }
            found.time_stamps.push(stamp);
        }
        for child in document.child_nodes(id).into_iter().rev() {
            stack.push(child);
        }
    }
    found
}

/// A paragraph opening with a date has at least this much text after it.
const OPENING_REST_MIN_BYTES: usize = 60;

/// The date a paragraph opens with, set off from its text by a dash
/// ("29.11.2022 – The council ...") or brackets ("(3 May 2022) The ...").
fn opening_date(text: &str) -> Option<PartialDate> {
    let text = text.trim_start();
    if !text.starts_with(|ch: char| ch.is_ascii_digit() || ch == '(') {
        return None;
    }
    let (head, rest) = match text.strip_prefix('(') {
        Some(inner) => inner.split_once(')')?,
        None => [" – ", " — ", " - "]
            .iter()
            .filter_map(|dash| text.split_once(dash))
            .min_by_key(|(head, _)| head.len())?,
    };
    if head.len() > DATE_LINE_MAX_BYTES || rest.trim().len() < OPENING_REST_MIN_BYTES {
        return None;
    }
    date_line(head.trim())
        .filter(|line| !line.updated)
        .and_then(|line| line.date)
        .filter(|date| date.day.is_some())
}

/// How many ancestor texts one page's date lines may read.
const MAX_ANCESTOR_READS: usize = 400;
/// A date line with its labels is at most this long.
const DATE_LINE_MAX_BYTES: usize = 120;
/// A byline with its label is at most this long.
const BYLINE_MAX_BYTES: usize = 200;
/// How many nodes of an element are visited to read a short text of it.
const BOUNDED_TEXT_MAX_NODES: usize = 64;

/// An element's text, normalised, when it is at most `max_bytes` long and
/// held by few nodes; `None` otherwise. Reading a whole subtree for every
/// small text node of a large page would be quadratic.
fn bounded_text(document: &Document, id: NodeId, max_bytes: usize) -> Option<String> {
    let mut text = String::new();
    let mut stack = vec![id];
    let mut visited = 0usize;
    while let Some(node) = stack.pop() {
        visited += 1;
        if visited > BOUNDED_TEXT_MAX_NODES {
            return None;
        }
        if document.is_text(node) {
            text.push_str(&document.text_content(node));
            if text.len() > max_bytes * 2 {
                return None;
            }
            continue;
        }
        if document.is_element(node)
            && matches!(
                document.tag_name(node),
                "script" | "style" | "noscript" | "template"
            )
        {
            continue;
        }
        for child in document.child_nodes(node).into_iter().rev() {
            stack.push(child);
        }
    }
    let text = normalise_spaces(&text);
    (text.len() <= max_bytes).then_some(text)
}

/// The date line a text node is, or its parent or grandparent is ("Published:"
/// and the date often sit in sibling elements).
fn date_line_at(
    document: &Document,
    text_node: NodeId,
    text: &str,
    ancestor_reads: &mut usize,
) -> Option<(String, super::dates::DateLine)> {
    let own = normalise_spaces(text);
    let mut widest = date_line(&own).map(|line| (own, line));
    let mut ancestor = document.parent(text_node);
    for _ in 0..2 {
        let Some(id) = ancestor else { break };
        if *ancestor_reads == 0 {
            break;
        }
        *ancestor_reads -= 1;
        let Some(whole) = bounded_text(document, id, DATE_LINE_MAX_BYTES) else {
            break;
        };
        // The widest date line carries the label ("Last updated:" in a sibling element).
        match date_line(&whole) {
            Some(line) => widest = Some((whole, line)),
            None if widest.is_some() => break,
            None => {}
        }
        ancestor = document.parent(id);
    }
    widest
}

fn html_lang(document: &Document) -> Option<String> {
    let id = document.query_selector(document.root(), "html")?;
    document
        .get_attribute(id, "lang")
        .or_else(|| document.get_attribute(id, "xml:lang"))
}

/// Whether pages in this language write "02/10/2020" day first: all but
/// American English (and English with no region, most often American).
fn writes_day_first(lang: Option<&str>) -> bool {
    let Some(lang) = lang else {
        return false;
    };
    let lower = lang.trim().to_ascii_lowercase().replace('_', "-");
    match lower.split_once('-') {
        Some(("en", region)) => !matches!(region, "us" | "ph"),
        Some(_) => true,
        None => lower != "en" && !lower.is_empty(),
    }
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
    let page_published = objects
        .iter()
        .find_map(|object| string_field(object, "datePublished"));
    let stamps: Vec<String> = objects
        .iter()
        .flat_map(|object| {
            ["datePublished", "dateModified", "dateCreated"]
                .into_iter()
                .filter_map(|key| string_field(object, key))
        })
        .collect();
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
            page_published,
            stamps,
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
        page_published,
        stamps,
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
