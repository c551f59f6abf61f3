//! HTML pages: main text through the `trafilatura` crate (fallback on,
//! comments off), metadata through our own chain ([`super::metadata`]).
//!
//! The page is parsed once; metadata and the page's link lines are read from
//! the parsed tree before the content extractor takes it over.

use std::collections::{HashMap, HashSet};

use trafilatura::dom::Document;

use super::chrome::{self, Chrome};
use super::furniture;
use super::metadata;
use super::{Page, normalise_spaces};
use crate::text::fold;

/// Reads an HTML page; a URL given alongside it helps tell the site's name in titles.
pub fn read_html(html: &str, given_url: Option<&str>) -> Page {
    let document = Document::parse(html);
    let mut metadata = metadata::read(&document, given_url);
    let linked = linked_lines(&document);
    let options = trafilatura::Options::default()
        .with_fallback(true)
        .with_exclude_comments(true);
    let (lines, found): (Vec<String>, _) = match trafilatura::extract_document(document, &options) {
        Ok(result) => (
            blocks(&Document::parse(&result.content_html))
                .into_iter()
                .map(|block| block.text)
                .collect(),
            Some(result.metadata),
        ),
        // Too little content for the extractor's liking: a short page is
        // still a page, so read its body text as is.
        Err(_) => (
            trafilatura::html2txt(html)
                .lines()
                .map(str::to_string)
                .collect(),
            None,
        ),
    };
    let detected_lang = found.as_ref().map(|found| found.language.clone());
    if let Some(found) = found {
        metadata::fill_from_trafilatura(&mut metadata, &found);
    }
    let title_fold = metadata.title.as_deref().map(fold).unwrap_or_default();
    let mut paragraphs: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for line in &lines {
        let line = normalise_spaces(line);
        if line.is_empty() {
            continue;
        }
        let line_fold = fold(&line);
        // The headline repeated at the top of the body is the title's, not the text's.
        if paragraphs.is_empty() && !title_fold.is_empty() && line_fold == title_fold {
            continue;
        }
        let kind = chrome::classify(&line);
        if matches!(kind, Some(Chrome::Counter | Chrome::Link))
            || (kind == Some(Chrome::Prompt) && !chrome::ends_like_sentence(&line))
            || is_strong_prompt(&line)
            || AD_LABELS.contains(&line_fold.as_str())
        {
            continue;
        }
        // Long repeated paragraphs are page furniture (pull quotes, teasers);
        // short ones ("Advertisement", list items) may repeat legitimately.
        if line_fold.len() > 80 && !seen.insert(line_fold) {
            continue;
        }
        paragraphs.push(line);
    }
    let paragraphs = furniture::strip(paragraphs, &linked);
    // Language detection on a few words guesses wildly; a stated language is better.
    let words: usize = paragraphs.iter().map(|p| chrome::word_count(p)).sum();
    if metadata.lang.is_none() && words >= MIN_WORDS_TO_DETECT_LANGUAGE {
        metadata.lang = detected_lang.as_deref().and_then(metadata::language_code);
    }
    Page {
        metadata,
        paragraphs,
    }
}

/// The labels of an advertisement's slot, a line of their own, folded.
const AD_LABELS: &[&str] = &[
    "ad",
    "advert",
    "advertisement",
    "advertising",
    "anzeige",
    "werbung",
    "publicidad",
    "publicite",
    "pubblicita",
    "reklama",
    "continue reading below",
    "story continues below",
    "article continues below",
];

/// Fewer words than this give no reliable language guess.
const MIN_WORDS_TO_DETECT_LANGUAGE: usize = 30;

/// Elements that start a new paragraph of the clean text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "tr",
    "dt",
    "dd",
    "figcaption",
    "caption",
    "section",
    "article",
    "header",
    "footer",
    "ul",
    "ol",
    "dl",
    "table",
    "br",
    "hr",
    "aside",
    "main",
    "body",
    "html",
];

/// Elements whose text is never article text.
const SKIPPED_TAGS: &[&str] = &["script", "style", "noscript", "template", "head"];

/// One block of text and how much of it sits inside links.
struct Block {
    text: String,
    /// Characters other than spaces inside `<a>` elements.
    link_chars: usize,
}

/// The short blocks of a page that are links wherever they stand (teaser
/// headlines, menu entries), by their text. A text that is also plain text
/// somewhere (a heading that a table of contents links to) is not one.
fn linked_lines(document: &Document) -> HashSet<String> {
    let mut linked: HashMap<String, bool> = HashMap::new();
    for block in blocks(document) {
        if chrome::word_count(&block.text) > furniture::LINK_LINE_MAX_WORDS {
            continue;
        }
        let visible = block.text.chars().filter(|ch| !ch.is_whitespace()).count();
        let is_link = block.link_chars * 10 >= visible * 9;
        *linked.entry(block.text).or_insert(true) &= is_link;
    }
    linked
        .into_iter()
        .filter_map(|(text, is_link)| is_link.then_some(text))
        .collect()
}

/// The text of each block element of a document, in document order.
fn blocks(fragment: &Document) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current = String::new();
    let mut link_chars = 0;
    let mut link_depth = 0usize;
    // Where each open table row's blocks start.
    let mut rows: Vec<usize> = Vec::new();
    // (node, entering): an explicit stack, as pages can nest deeper than the call stack allows.
    let mut stack = vec![(fragment.root(), true)];
    while let Some((id, entering)) = stack.pop() {
        if fragment.is_text(id) {
            let text = fragment.text_content(id);
            if link_depth > 0 {
                link_chars += text.chars().filter(|ch| !ch.is_whitespace()).count();
            }
            current.push_str(&text);
            continue;
        }
        if !fragment.is_element(id) {
            if entering {
                for child in fragment.child_nodes(id).into_iter().rev() {
                    stack.push((child, true));
                }
            }
            continue;
        }
        let tag = fragment.tag_name(id).to_ascii_lowercase();
        if SKIPPED_TAGS.contains(&tag.as_str()) {
            continue;
        }
        let is_block = BLOCK_TAGS.contains(&tag.as_str());
        if is_block {
            flush(&mut current, &mut link_chars, &mut blocks);
            if tag == "tr" {
                if entering {
                    rows.push(blocks.len());
                } else if let Some(start) = rows.pop() {
                    join_row(&mut blocks, start);
                }
            }
        } else if matches!(tag.as_str(), "td" | "th") {
            current.push(' ');
        } else if tag == "a" {
            if entering {
                link_depth += 1;
            } else {
                link_depth = link_depth.saturating_sub(1);
            }
        }
        if entering {
            stack.push((id, false));
            for child in fragment.child_nodes(id).into_iter().rev() {
                stack.push((child, true));
            }
        }
    }
    flush(&mut current, &mut link_chars, &mut blocks);
    blocks
}

/// A table row has at most this many words to be read as one line.
const ROW_MAX_WORDS: usize = 40;

/// Joins the blocks of a short table row into one line, its cells in
/// order ("1 Oslo 89.5"): cells that wrap their text in paragraphs would
/// otherwise leave a line per cell, and a bare number or a lone name is
/// no line of the text. A long row is a layout table's and keeps its blocks.
fn join_row(blocks: &mut Vec<Block>, start: usize) {
    let Some(cells) = blocks.get(start..).filter(|cells| cells.len() > 1) else {
        return;
    };
    let words: usize = cells
        .iter()
        .map(|cell| chrome::word_count(&cell.text))
        .sum();
    if words > ROW_MAX_WORDS {
        return;
    }
    let text = cells
        .iter()
        .map(|cell| cell.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let link_chars = cells.iter().map(|cell| cell.link_chars).sum();
    blocks.truncate(start);
    blocks.push(Block { text, link_chars });
}

fn flush(current: &mut String, link_chars: &mut usize, blocks: &mut Vec<Block>) {
    let text = normalise_spaces(current);
    if !text.is_empty() {
        blocks.push(Block {
            text,
            link_chars: *link_chars,
        });
    }
    current.clear();
    *link_chars = 0;
}

/// Cookie, comment-form and newsletter prompts that survive main-text extraction.
fn is_strong_prompt(line: &str) -> bool {
    chrome::word_count(line) <= 40 && chrome::classify(line) == Some(Chrome::Prompt) && {
        let fold = fold(line);
        [
            "cookie",
            "newsletter",
            "required fields",
            "will not be published",
            "leave a comment",
            "leave a reply",
            "inbox",
            "sign up",
        ]
        .iter()
        .any(|phrase| fold.contains(phrase))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(html: &str) -> Vec<String> {
        blocks(&Document::parse(html))
            .into_iter()
            .map(|block| block.text)
            .collect()
    }

    #[test]
    fn a_short_table_row_is_one_line_and_a_long_one_keeps_its_paragraphs() {
        let table = "<table><tr><td><p>Rank</p></td><td><p>Town</p></td></tr><tr><td><p>1</p></td><td><p>Eastport</p></td><td><p>89.5</p></td></tr></table>";
        assert_eq!(texts(table), ["Rank Town", "1 Eastport 89.5"]);
        let long = "The harbour board met on Tuesday evening and agreed, after a long debate about the winter timetable, that the late ferry will keep running.";
        let layout = format!("<table><tr><td><p>{long}</p><p>{long}</p></td></tr></table>");
        assert_eq!(texts(&layout), [long, long]);
    }

    #[test]
    fn an_ad_slot_label_goes_but_a_sentence_about_adverts_stays() {
        let body = "<p>The harbour board met on Tuesday evening and agreed, after a long debate about the winter timetable, that the late ferry will keep running until the end of April.</p>";
        let sentence = "<p>The board spent more on advertising the late ferry than on running it, the chair said, and the adverts will stop in May.</p>";
        let page = format!(
            "<html><body><article><h1>Late ferry kept</h1>{body}<p>Advertisement</p><p>Continue reading below</p>{sentence}{body}</article></body></html>"
        );
        let text = read_html(&page, None).paragraphs.join("\n");
        assert!(!text.contains("Advertisement") && !text.contains("Continue reading"));
        assert!(text.contains("adverts will stop"));
    }
}
