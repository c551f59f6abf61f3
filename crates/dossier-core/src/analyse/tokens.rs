//! Word tokens with byte offsets, shared by the mention and quote finders.
//!
//! A token is a word (letters and digits, with inner hyphens, apostrophes and
//! periods: "al-Assad", "O'Brien", "U.S.") or one punctuation character.
//! A possessive "'s" is split off its word, so "Trump's envoy" yields the name
//! "Trump"; "Minsk-based" is split so that "Minsk" is a token of its own.

use super::lexicon::key;
use crate::model::TextRange;

/// One token of a sentence.
#[derive(Clone, Debug)]
pub(crate) struct Token {
    /// First byte in the article text.
    pub start: usize,
    /// One past the last byte in the article text.
    pub end: usize,
    /// Lower-case, transliterated form, for lookups.
    pub lower: String,
    /// Starts with a letter or digit (else it is one punctuation character).
    pub word: bool,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Has two or more letters, all upper-case ("NATO", "U.S.").
    pub upper: bool,
    /// Followed by a possessive "'s" (the next token).
    pub possessive: bool,
    /// Was the first part of "X-based", "X-born" and the like.
    pub place_suffix: bool,
}

/// Short forms whose trailing period belongs to the word ("Mr.", "St.").
const DOTTED_TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "st", "prof", "lt", "col", "sgt", "capt", "sen", "rep", "gov",
    "rev", "jr", "sr", "mt", "ft", "co", "inc", "ltd", "corp", "no",
];

/// Second parts of a hyphenated word that make the first part a place.
const PLACE_SUFFIXES: &[&str] = &[
    "based",
    "born",
    "headquartered",
    "registered",
    "bound",
    "made",
    "built",
];

/// Letters, digits and combining marks make up words.
pub(crate) fn is_word_char(ch: char) -> bool {
    ch.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&ch)
}

/// Splits one range of `text` into tokens; offsets are into `text`.
pub(crate) fn tokenize(text: &str, range: TextRange) -> Vec<Token> {
    let Some(body) = text.get(range.start..range.end) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(body.len(), |&(b, _)| b);
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, ch) = chars[i];
        if ch.is_whitespace() {
            i += 1;
            continue;
        }
        if !is_word_char(ch) {
            let end = byte_at(i + 1);
            tokens.push(make(text, range.start + start, range.start + end, false));
            i += 1;
            continue;
        }
        let mut j = i + 1;
        loop {
            if j < chars.len() && is_word_char(chars[j].1) {
                j += 1;
            } else if j + 1 < chars.len()
                && matches!(chars[j].1, '-' | '\'' | '’' | '.' | '&')
                && is_word_char(chars[j + 1].1)
            {
                j += 2;
            } else {
                break;
            }
        }
        let word = &body[start..byte_at(j)];
        if j < chars.len() && chars[j].1 == '.' {
            let lower = key(word);
            let initial = word.chars().count() == 1 && ch.is_uppercase();
            if initial || word.contains('.') || DOTTED_TITLES.contains(&lower.as_str()) {
                j += 1;
            }
        }
        let end = byte_at(j);
        push_word(text, range.start + start, range.start + end, &mut tokens);
        i = j;
    }
    tokens
}

/// Pushes a word, splitting off a possessive "'s" and a place suffix.
fn push_word(text: &str, start: usize, end: usize, tokens: &mut Vec<Token>) {
    let word = &text[start..end];
    for apostrophe in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(apostrophe)
            && !stem.is_empty()
        {
            let mut token = make(text, start, start + stem.len(), true);
            token.possessive = true;
            tokens.push(token);
            tokens.push(make(text, start + stem.len(), end, false));
            return;
        }
    }
    if let Some(hyphen) = word.rfind('-') {
        let (stem, suffix) = (&word[..hyphen], &word[hyphen + 1..]);
        if !stem.is_empty() && PLACE_SUFFIXES.contains(&suffix) {
            let mut token = make(text, start, start + hyphen, true);
            token.place_suffix = true;
            tokens.push(token);
            tokens.push(make(text, start + hyphen, start + hyphen + 1, false));
            tokens.push(make(text, start + hyphen + 1, end, true));
            return;
        }
    }
    tokens.push(make(text, start, end, true));
}

fn make(text: &str, start: usize, end: usize, word: bool) -> Token {
    let slice = &text[start..end];
    let letters = slice.chars().filter(|c| c.is_alphabetic()).count();
    Token {
        start,
        end,
        lower: key(slice),
        word,
        cap: word && slice.chars().next().is_some_and(char::is_uppercase),
        upper: word && letters >= 2 && !slice.chars().any(char::is_lowercase),
        possessive: false,
        place_suffix: false,
    }
}

/// Whether only spaces (no line break) lie between two tokens.
pub(crate) fn same_line(text: &str, left: &Token, right: &Token) -> bool {
    text.get(left.end..right.start)
        .is_some_and(|gap| !gap.contains('\n'))
}
