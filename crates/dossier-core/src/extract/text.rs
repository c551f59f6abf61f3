//! Plain-text scrapes: the title is the first line that reads like a
//! headline, and every other line is kept unless a chrome rule
//! ([`super::chrome`]) or a metadata rule (date lines, bylines, "Source:"
//! lines) claims it. Repeated headlines and repeated paragraphs are dropped.

use std::collections::HashSet;

use super::chrome::{self, Chrome};
use super::dates;
use super::{Page, PageMetadata, host_of, normalise_spaces};
use crate::model::PartialDate;
use crate::text::fold;

/// One input line and what the rules made of it.
#[derive(Clone, Debug)]
struct Line {
    text: String,
    /// The line without a leading bullet, for the rules.
    bare: String,
    /// Whether a blank line precedes it (a paragraph break).
    after_blank: bool,
    keep: bool,
}

/// How many lines from the top may hold the headline when the first line is chrome.
const TITLE_SEARCH_LINES: usize = 12;

/// A run of this many short unpunctuated lines in a row is a menu.
const MENU_RUN: usize = 3;

/// Lines up to this many words without sentence punctuation may be menu items.
const MENU_ITEM_WORDS: usize = 8;

/// Reads a plain-text scrape. With a title given alongside the text (a JSON
/// Lines record), the first line is the title only when it repeats it.
pub fn read_text(content: &str, given_title: Option<&str>) -> Page {
    let mut lines = Vec::new();
    let mut after_blank = true;
    for raw_line in content.lines() {
        let text = normalise_spaces(raw_line);
        if text.is_empty() {
            after_blank = true;
            continue;
        }
        let bare = strip_bullet(&text).to_string();
        lines.push(Line {
            text,
            bare,
            after_blank,
            keep: true,
        });
        after_blank = false;
    }
    let mut metadata = PageMetadata::default();
    let Some(found_title) = title_line(&lines) else {
        return Page::default();
    };
    let title_index = match given_title {
        Some(given) if fold(given) != fold(&lines[found_title].text) => None,
        _ => Some(found_title),
    };
    let title_fold = match (title_index, given_title) {
        (Some(index), _) => fold(&lines[index].text),
        (None, Some(given)) => fold(given),
        (None, None) => String::new(),
    };
    if let Some(index) = title_index {
        metadata.title = Some(lines[index].text.clone());
        lines[index].keep = false;
    }

    let mut updated = None;
    // A publication line without its year ("11 September, 18:16").
    let mut yearless = None;
    // Outlets named by the page, in order of trust: a copyright line, a byline.
    let mut copyright = None;
    let mut byline_outlet = None;
    let mut seen: HashSet<String> = HashSet::new();
    for line in lines.iter_mut() {
        if !line.keep {
            continue;
        }
        line.keep = false;
        let bare = line.bare.as_str();
        if let Some(date_line) = dates::date_line(bare) {
            if date_line.updated {
                updated = updated.or(date_line.date);
            } else {
                metadata.published = metadata.published.or(date_line.date);
                yearless = yearless.or(date_line.month_day);
            }
            continue;
        }
        if let Some((author, outlet)) = chrome::byline_parts(bare) {
            metadata.author.get_or_insert(author);
            if let Some(outlet) = outlet {
                byline_outlet.get_or_insert(outlet);
            }
            continue;
        }
        if read_source_line(bare, &mut metadata) {
            continue;
        }
        if let Some(kind) = chrome::classify(bare) {
            if kind == Chrome::Notice
                && let Some(holder) = chrome::copyright_holder(bare)
            {
                copyright.get_or_insert(holder);
            }
            continue;
        }
        // A long copyright line is kept (it may carry a credit) but still names the outlet.
        if let Some(holder) = chrome::copyright_holder(bare) {
            copyright.get_or_insert(holder);
        }
        let line_fold = fold(&line.text);
        if line_fold.is_empty() || line_fold == title_fold || !seen.insert(line_fold) {
            continue;
        }
        line.keep = true;
    }
    metadata.published = metadata.published.or(updated);
    if metadata.published.is_none()
        && let Some((month, day)) = yearless
    {
        let text: Vec<&str> = lines.iter().map(|line| line.text.as_str()).collect();
        metadata.published = dates::year_from_context(month, day, &text.join("\n"))
            .map(|year| PartialDate::day(year, month, day));
    }
    metadata.site_name = copyright.or(byline_outlet);
    drop_menu_runs(&mut lines, title_index);
    // A one-line text is its own headline and body.
    if let Some(index) = title_index
        && lines.iter().all(|line| !line.keep)
        && lines.len() == 1
        && (chrome::ends_like_sentence(&lines[index].text)
            || chrome::word_count(&lines[index].text) >= 8)
    {
        lines[index].keep = true;
    }

    let mut paragraphs: Vec<String> = Vec::new();
    let mut previous_kept: Option<&Line> = None;
    for line in lines.iter().filter(|line| line.keep) {
        match (paragraphs.last_mut(), previous_kept) {
            (Some(last), Some(previous)) if continues(previous, line) => {
                last.push(' ');
                last.push_str(&line.text);
            }
            _ => paragraphs.push(line.text.clone()),
        }
        previous_kept = Some(line);
    }
    Page {
        metadata,
        paragraphs,
    }
}

/// The first non-empty line, unless it is chrome and a headline-like line follows soon.
fn title_line(lines: &[Line]) -> Option<usize> {
    let first = lines.first()?;
    let first_is_chrome = chrome::classify(&first.bare).is_some_and(|kind| kind != Chrome::Notice)
        || dates::date_line(&first.bare).is_some();
    if !first_is_chrome {
        return Some(0);
    }
    let headline = lines
        .iter()
        .enumerate()
        .take(TITLE_SEARCH_LINES)
        .find(|(_, line)| {
            let words = chrome::word_count(&line.bare);
            (5..=30).contains(&words)
                && chrome::classify(&line.bare).is_none()
                && dates::date_line(&line.bare).is_none()
                && chrome::byline(&line.bare).is_none()
                && !line.bare.ends_with('.')
        })
        .map(|(index, _)| index);
    Some(headline.unwrap_or(0))
}

/// A line continues the previous one (a hard-wrapped paragraph) when no blank
/// line parts them, the previous one stops mid-sentence and this one starts
/// in lower case.
fn continues(previous: &Line, line: &Line) -> bool {
    !line.after_blank
        && !chrome::ends_like_sentence(&previous.text)
        && !previous.text.ends_with(':')
        && chrome::word_count(&previous.text) >= 6
        && line.text.chars().next().is_some_and(|ch| ch.is_lowercase())
}

/// Drops runs of short unpunctuated lines: menus, tag lists, widget labels.
fn drop_menu_runs(lines: &mut [Line], title_index: Option<usize>) {
    let is_item = |line: &Line| {
        chrome::word_count(&line.bare) <= MENU_ITEM_WORDS && !chrome::ends_like_sentence(&line.bare)
    };
    let mut index = 0;
    while index < lines.len() {
        if !is_item(&lines[index]) || Some(index) == title_index {
            index += 1;
            continue;
        }
        let start = index;
        while index < lines.len() && Some(index) != title_index && is_item(&lines[index]) {
            index += 1;
        }
        if index - start >= MENU_RUN {
            for line in &mut lines[start..index] {
                line.keep = false;
            }
        }
    }
}

/// Reads "Source: URL" (or "Source: Outlet") into the URL and source.
fn read_source_line(line: &str, metadata: &mut PageMetadata) -> bool {
    let lower = line.to_ascii_lowercase();
    let Some(rest) = [
        "source:",
        "source -",
        "via:",
        "original article:",
        "read the original:",
    ]
    .iter()
    .find_map(|label| {
        lower
            .starts_with(label)
            .then(|| line.get(label.len()..))
            .flatten()
    }) else {
        return false;
    };
    let rest = rest.trim();
    if chrome::is_link(rest) {
        let url = if rest.to_ascii_lowercase().starts_with("www.") {
            format!("https://{rest}")
        } else {
            rest.to_string()
        };
        if metadata.source.is_none() {
            metadata.source = host_of(&url);
        }
        metadata.url.get_or_insert(url);
        return true;
    }
    if (1..=5).contains(&chrome::word_count(rest)) && !chrome::ends_like_sentence(rest) {
        metadata.source.get_or_insert_with(|| rest.to_string());
        return true;
    }
    false
}

/// The line without a leading list bullet.
fn strip_bullet(line: &str) -> &str {
    for bullet in ["• ", "· ", "* ", "- ", "– ", "— ", "► ", "▪ "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return rest.trim_start();
        }
    }
    line.strip_prefix('•').unwrap_or(line).trim_start()
}
