//! Sentence splitting: the unit every other finding is placed in.
//!
//! A hand-written splitter rather than `unicode-segmentation`, because news
//! text is full of abbreviations ("Mr.", "Gen.", "U.S.", "a.m.") and initials
//! after which the Unicode rules break a sentence. A sentence never crosses a
//! block (paragraph), and closing quotes or brackets after the final stop stay
//! with the sentence they close.

use crate::model::TextRange;

/// Words that end with a period yet rarely end a sentence: titles, and the
/// short forms that are followed by a number or a name.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cpt", "sgt", "maj", "adm",
    "cmdr", "gov", "sen", "rep", "rev", "fr", "st", "mt", "ft", "jr", "sr", "hon", "pres", "supt",
    "insp", "det", "cpl", "pvt", "messrs", "mme", "mlle", "vs", "v", "no", "nos", "vol", "art",
    "fig", "approx", "est", "dept", "univ", "ave", "blvd", "rd", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "etc", "cf", "al",
];

/// Short forms that do end a sentence when the next word is one that
/// usually opens one ("at 6 a.m. The union ...").
const SOMETIMES_FINAL: &[&str] = &["a.m", "p.m", "etc", "inc", "ltd", "co", "corp", "jr", "sr"];

/// Capitalised words that usually open a sentence, used to decide after an
/// ambiguous abbreviation ("U.S.", "a.m.").
const SENTENCE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "in",
    "on",
    "at",
    "after",
    "before",
    "when",
    "while",
    "his",
    "her",
    "their",
    "its",
    "our",
    "there",
    "if",
    "as",
    "some",
    "many",
    "most",
    "one",
    "no",
    "officials",
    "police",
    "however",
    "meanwhile",
    "later",
    "earlier",
    "since",
    "for",
    "with",
    "what",
    "who",
];

/// Splits the text into sentences, never across a block (paragraph) boundary.
///
/// When `blocks` is empty the text is cut into blocks at blank lines. Each
/// sentence is trimmed of surrounding white space; empty ones are dropped.
pub(crate) fn split(text: &str, blocks: &[TextRange]) -> Vec<TextRange> {
    let derived;
    let blocks = if blocks.is_empty() {
        derived = blank_line_blocks(text);
        &derived[..]
    } else {
        blocks
    };
    let mut sentences = Vec::new();
    for block in blocks {
        if text.get(block.start..block.end).is_none() {
            continue;
        }
        split_block(text, *block, &mut sentences);
    }
    sentences
}

/// Cuts the text at every line break: each line is a block.
pub(crate) fn line_blocks(text: &str) -> Vec<TextRange> {
    let mut blocks = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices('\n') {
        blocks.push(TextRange::new(start, at));
        start = at + 1;
    }
    blocks.push(TextRange::new(start, text.len()));
    blocks
}

/// Cuts the text at blank lines, for callers that have no blocks.
fn blank_line_blocks(text: &str) -> Vec<TextRange> {
    let mut blocks = Vec::new();
    let mut start = 0;
    let mut search = 0;
    while let Some(found) = text[search..].find("\n\n") {
        let at = search + found;
        blocks.push(TextRange::new(start, at));
        let mut next = at;
        while text[next..].starts_with('\n') {
            next += 1;
        }
        start = next;
        search = next;
    }
    blocks.push(TextRange::new(start, text.len()));
    blocks
}

fn split_block(text: &str, block: TextRange, out: &mut Vec<TextRange>) {
    let body = &text[block.start..block.end];
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut sentence_start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (_, ch) = chars[i];
        if !matches!(ch, '.' | '!' | '?' | '…') {
            i += 1;
            continue;
        }
        // Take the whole run of stops and the closers that belong to it.
        let mut j = i;
        while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…') {
            j += 1;
        }
        while j < chars.len() && is_closer(chars[j].1) {
            j += 1;
        }
        let end = chars.get(j).map_or(body.len(), |&(at, _)| at);
        if j < chars.len() && !chars[j].1.is_whitespace() {
            i = j.max(i + 1);
            continue;
        }
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        if k >= chars.len() {
            break;
        }
        let next_word = word_at(body, chars[k].0);
        let breaks = starts_sentence(chars[k].1, next_word)
            && !(ch == '.' && j == i + 1 && period_is_abbreviation(body, chars[i].0, next_word));
        if breaks {
            push_trimmed(text, block.start + sentence_start, block.start + end, out);
            sentence_start = chars[k].0;
        }
        i = k;
    }
    push_trimmed(
        text,
        block.start + sentence_start,
        block.start + body.len(),
        out,
    );
}

fn is_closer(ch: char) -> bool {
    matches!(ch, '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '›')
}

/// Tells whether the character after the gap can open a new sentence.
fn starts_sentence(first: char, next_word: &str) -> bool {
    if first.is_uppercase() || first.is_ascii_digit() {
        return true;
    }
    if matches!(
        first,
        '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '—' | '–' | '-'
    ) {
        return next_word.chars().next().is_none_or(|c| !c.is_lowercase());
    }
    false
}

/// The word (letters, digits, inner periods) starting at byte `at` of `body`,
/// skipping an opening quote or bracket.
fn word_at(body: &str, at: usize) -> &str {
    let rest = body.get(at..).unwrap_or("");
    let rest = rest.trim_start_matches(['"', '“', '‘', '\'', '(', '[', '«']);
    let end = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(rest.len(), |(at, _)| at);
    &rest[..end]
}

/// Decides whether the period at byte `dot` of `body` closes an abbreviation
/// or an initial rather than the sentence.
fn period_is_abbreviation(body: &str, dot: usize, next_word: &str) -> bool {
    let before = &body[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    let next_lower = next_word.trim_end_matches('.').to_lowercase();
    let opens = SENTENCE_OPENERS.contains(&next_lower.as_str());
    if SOMETIMES_FINAL.contains(&lower.as_str()) {
        return !opens;
    }
    if lower == "no" || lower == "nos" {
        // "No. 3" but "He said no. The ..."
        return next_word.starts_with(|c: char| c.is_ascii_digit());
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let first = letters.next();
    // A lone capital is an initial: "J. Smith".
    if word.chars().count() == 1 && first.is_some_and(char::is_uppercase) {
        return !opens;
    }
    // Dotted short forms ("U.S.", "U.K.") end a sentence only before an opener.
    if word.contains('.') && word.split('.').all(|part| part.chars().count() <= 2) {
        return !opens;
    }
    false
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<TextRange>) {
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.is_empty() {
        return;
    }
    out.push(TextRange::new(start + lead, start + lead + trimmed.len()));
}

#[cfg(test)]
mod tests;
