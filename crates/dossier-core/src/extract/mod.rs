//! Extract: [`RawDocument`] -> [`Article`].
//!
//! HTML pages go through main-content extraction and metadata rules; plain-text
//! scrapes go through line-level site-chrome removal. Either way the result is one
//! canonical clean text with paragraphs as blocks.
//!
//! Metadata is trusted in this order: what a JSON Lines record gives, then what
//! the page states (see [`html`] for the order within a page), then what the URL
//! tells (its date, its host as the source).

mod chrome;
mod dates;
mod furniture;
mod html;
mod lang;
mod metadata;
#[cfg(test)]
mod tests;
mod text;

pub use dates::parse_date;

use crate::model::{
    Article, Diagnostic, Format, PartialDate, RawDocument, Severity, Stage, TextRange,
};

/// Options of the extract stage.
#[derive(Clone, Debug, Default)]
pub struct ExtractConfig {}

/// The article extracted from one document (none when nothing article-like
/// was left), and what was odd about it.
#[derive(Clone, Debug, Default)]
pub struct Extracted {
    /// The clean article.
    pub article: Option<Article>,
    /// Problems, each naming the input.
    pub diagnostics: Vec<Diagnostic>,
}

/// What a page says about itself, before the given metadata is laid over it.
#[derive(Clone, Debug, Default, PartialEq)]
struct PageMetadata {
    title: Option<String>,
    author: Option<String>,
    published: Option<PartialDate>,
    site_name: Option<String>,
    url: Option<String>,
    lang: Option<String>,
    /// An outlet named by the text itself ("Source: ..."), weaker than a site name.
    source: Option<String>,
    /// A weaker date (a `<time>` element, the URL, the last modification),
    /// used when no publication date is found.
    fallback_date: Option<PartialDate>,
    /// The date the text opens with, stronger than the crate's guess.
    opening_dateline: Option<PartialDate>,
}

/// A page reduced to its metadata and main-text paragraphs.
#[derive(Clone, Debug, Default, PartialEq)]
struct Page {
    metadata: PageMetadata,
    paragraphs: Vec<String>,
}

/// A page with fewer words than this, most of them in paywall or consent
/// wording, is not an article.
const WALL_MAX_WORDS: usize = 80;

/// A page titled as an error page with fewer words than this (its menus
/// and its apology) is not an article; a long text under such a title is
/// kept, in case the title is an article's after all.
const ERROR_MAX_WORDS: usize = 300;

/// A text this short with no sentence in it (a menu, a button) is not an article.
const MIN_WORDS_WITHOUT_SENTENCE: usize = 12;

/// Extracts the clean article from one document.
pub fn extract(raw: &RawDocument, config: &ExtractConfig) -> Extracted {
    let _ = config;
    let origin = raw.origin_label();
    let page = match raw.format {
        Format::Html => html::read_html(&raw.content, raw.given.url.as_deref()),
        Format::Text => text::read_text(&raw.content, raw.given.title.as_deref()),
    };
    let word_total: usize = page.paragraphs.iter().map(|p| chrome::word_count(p)).sum();
    let has_sentence = page
        .paragraphs
        .iter()
        .any(|p| chrome::ends_like_sentence(p));
    let wall_words = || -> usize {
        page.paragraphs
            .iter()
            .filter(|p| reads_like_a_wall(p))
            .map(|p| chrome::word_count(p))
            .sum()
    };
    let not_an_article = if page.paragraphs.is_empty()
        || (word_total < MIN_WORDS_WITHOUT_SENTENCE && !has_sentence)
    {
        Some("the page is empty or all site chrome")
    } else if page.metadata.title.as_deref().is_some_and(is_error_title)
        && word_total < ERROR_MAX_WORDS
    {
        Some("the page is an error page (its title says so)")
    } else if word_total < WALL_MAX_WORDS && wall_words() * 2 > word_total {
        Some("the page is a paywall or consent prompt")
    } else {
        None
    };
    if let Some(why) = not_an_article {
        return Extracted {
            diagnostics: vec![Diagnostic::new(
                origin,
                Stage::Extract,
                Severity::Warning,
                format!("no article text found: {why}"),
            )],
            ..Extracted::default()
        };
    }
    Extracted {
        article: Some(assemble(raw, page)),
        ..Extracted::default()
    }
}

/// Whether a page's title, or a part of it beside the site's name, is that
/// of an error page ("Error", "404 Not Found", "Page not found"): what a server sends in
/// place of a moved or broken article.
fn is_error_title(title: &str) -> bool {
    const ERROR_TITLES: &[&str] = &[
        "error",
        "404",
        "not found",
        "page not found",
        "404 not found",
        "404 page not found",
        "error 404",
        "404 error",
        "access denied",
        "forbidden",
        "403 forbidden",
        "server error",
        "internal server error",
        "500 internal server error",
        "service unavailable",
        "503 service unavailable",
    ];
    // The site's name may still stand beside it ("Error | Harbour News").
    title
        .split(['|', '–', '—', '·', '»'])
        .flat_map(|part| part.split(" - "))
        .any(|part| ERROR_TITLES.contains(&crate::text::fold(part).as_str()))
}

/// Phrases of subscription and consent walls.
fn reads_like_a_wall(paragraph: &str) -> bool {
    const WALL_PHRASES: &[&str] = &[
        "subscribe to continue",
        "subscribe to read",
        "subscribers only",
        "for subscribers",
        "already a subscriber",
        "log in to continue",
        "sign in to continue",
        "create a free account",
        "premium content",
        "this content is for",
        "cookies",
        "consent",
        "your privacy",
        "enable javascript",
        "access denied",
        "are you a robot",
        "page not found",
    ];
    let fold = crate::text::fold(paragraph);
    WALL_PHRASES.iter().any(|phrase| fold.contains(phrase))
}

/// Lays the given metadata over the page's and joins the paragraphs into the
/// canonical text.
fn assemble(raw: &RawDocument, page: Page) -> Article {
    let given = &raw.given;
    let meta = page.metadata;
    let mut text = String::new();
    let mut blocks = Vec::with_capacity(page.paragraphs.len());
    for paragraph in &page.paragraphs {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(paragraph);
        blocks.push(TextRange::new(start, text.len()));
    }
    let url = given.url.clone().or(meta.url);
    let published = given
        .published
        .as_deref()
        .and_then(parse_date)
        .or(meta.published)
        .or_else(|| url.as_deref().and_then(dates::date_in_url));
    let title = given
        .title
        .clone()
        .or(meta.title)
        .or_else(|| page.paragraphs.first().map(|first| first_words(first, 12)))
        .unwrap_or_default();
    let source = given
        .source
        .clone()
        .or(meta.site_name)
        .or(meta.source)
        .or_else(|| url.as_deref().and_then(host_of));
    Article {
        id: raw.id.clone(),
        origin: raw.origin.clone(),
        external_id: given.external_id.clone(),
        url,
        title,
        source,
        author: given.author.clone().or(meta.author),
        published,
        lang: meta
            .lang
            .or_else(|| lang::guess_language(&text).map(str::to_string)),
        text,
        blocks,
        extra: given.extra.clone(),
    }
}

/// The first `count` words of a paragraph, for a title when a page has none.
fn first_words(paragraph: &str, count: usize) -> String {
    let words: Vec<&str> = paragraph.split_whitespace().collect();
    if words.len() <= count {
        return words.join(" ");
    }
    format!("{}…", words[..count].join(" "))
}

/// The host of a URL without `www.`: the outlet when nothing better names it.
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, rest)| rest)?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host
        .strip_prefix("www.")
        .unwrap_or(host)
        .to_ascii_lowercase();
    (host.contains('.') && !host.is_empty()).then_some(host)
}

/// Collapses whitespace runs (including no-break spaces) to single spaces and
/// drops invisible format characters, so paragraphs compare and search cleanly.
fn normalise_spaces(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut pending_space = false;
    for ch in line.chars() {
        if matches!(
            ch,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
        ) {
            continue;
        }
        if ch.is_whitespace() || ch.is_control() {
            pending_space = true;
            continue;
        }
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        pending_space = false;
        out.push(ch);
    }
    out
}
