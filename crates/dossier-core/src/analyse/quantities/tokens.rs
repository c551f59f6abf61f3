//! A small word tokenizer shared by the quantity and date finders.
//!
//! Tokens keep their byte range into the article text and whether whitespace
//! came before them, so that "fifty-two", "12-15", "69-year-old" and "Covid-19"
//! can be told apart from "fifty - two" by looking at the gaps. Web addresses,
//! e-mail addresses and slash forms ("24/7", "10/03") become one opaque word,
//! so no number is ever read out of them.

use crate::model::TextRange;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (possibly with digits or underscores after the first letter, "G7").
    Word,
    /// Digits, possibly with `,` or `.` between digits ("1,300", "4.5").
    Number,
    /// One character that is neither ("%", "$", "-", ",").
    Punct,
}

/// One token with its byte range into the full text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token<'t> {
    /// First byte in the full text.
    pub start: usize,
    /// One past the last byte in the full text.
    pub end: usize,
    /// The token as written.
    pub text: &'t str,
    /// What the token is made of.
    pub kind: Kind,
    /// Whether whitespace (or the start of the span) comes right before it.
    pub spaced: bool,
    /// Whether a line break comes right before it.
    pub line_start: bool,
}

impl Token<'_> {
    /// Tells whether the token is the word `word`, ignoring case.
    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    /// Tells whether the token is one of `words`, ignoring case.
    pub fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|word| self.is(word))
    }

    /// Tells whether the token is a word starting with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.kind == Kind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The token in lower case.
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    /// The token in lower case, borrowed when it is written so already (most
    /// words are): for the lookups made at every token, which would otherwise
    /// allocate a copy each time.
    pub fn lower_cow(&self) -> std::borrow::Cow<'_, str> {
        crate::text::lower(self.text)
    }
}

/// Splits `range` of `text` into tokens; an out-of-bounds range gives none.
pub(crate) fn tokenize(text: &str, range: TextRange) -> Vec<Token<'_>> {
    let Some(span) = text.get(range.start..range.end) else {
        return Vec::new();
    };
    // About one token per four bytes of prose: sized once instead of grown.
    let mut tokens = Vec::with_capacity(span.len() / 4 + 1);
    // One buffer for every chunk's characters, instead of a vector each.
    let mut chars: Vec<(usize, char)> = Vec::new();
    let mut chunk_start: Option<usize> = None;
    let mut line_start = false;
    for (index, ch) in span.char_indices() {
        if ch.is_whitespace() {
            if let Some(start) = chunk_start.take() {
                push_chunk(
                    text,
                    range.start + start,
                    range.start + index,
                    line_start,
                    &mut tokens,
                    &mut chars,
                );
                line_start = false;
            }
            line_start |= ch == '\n';
        } else if chunk_start.is_none() {
            chunk_start = Some(index);
        }
    }
    if let Some(start) = chunk_start {
        push_chunk(
            text,
            range.start + start,
            range.end,
            line_start,
            &mut tokens,
            &mut chars,
        );
    }
    tokens
}

/// Tokenizes one whitespace-free chunk `start..end` of `text`.
fn push_chunk<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    line_start: bool,
    tokens: &mut Vec<Token<'t>>,
    chars: &mut Vec<(usize, char)>,
) {
    let first = tokens.len();
    push_chunk_tokens(text, start, end, tokens, chars);
    if let Some(token) = tokens.get_mut(first) {
        token.line_start = line_start;
    }
}

/// Tokenizes one whitespace-free chunk without line information.
fn push_chunk_tokens<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    tokens: &mut Vec<Token<'t>>,
    chars: &mut Vec<(usize, char)>,
) {
    let Some(chunk) = text.get(start..end) else {
        return;
    };
    if is_opaque(chunk) {
        tokens.push(Token {
            start,
            end,
            text: chunk,
            kind: Kind::Word,
            spaced: true,
            line_start: false,
        });
        return;
    }
    chars.clear();
    chars.extend(chunk.char_indices());
    let chars: &[(usize, char)] = chars;
    let mut at = 0;
    let mut spaced = true;
    while at < chars.len() {
        let (offset, ch) = chars[at];
        if ch.is_alphanumeric() || ch == '_' {
            let run_end = scan_run(chars, at);
            let run_start_byte = start + offset;
            let run_end_byte = chars.get(run_end).map_or(end, |&(o, _)| start + o);
            split_run(text, run_start_byte, run_end_byte, spaced, tokens);
            at = run_end;
        } else {
            let next_byte = chars.get(at + 1).map_or(end, |&(o, _)| start + o);
            tokens.push(Token {
                start: start + offset,
                end: next_byte,
                text: text.get(start + offset..next_byte).unwrap_or(""),
                kind: Kind::Punct,
                spaced,
                line_start: false,
            });
            at += 1;
        }
        spaced = false;
    }
}

/// Returns the index one past an alphanumeric run starting at `from`: letters,
/// digits and underscores, an apostrophe between letters ("o'clock", "union’s"),
/// and `,`/`.` between digits ("1,300", "4.5").
fn scan_run(chars: &[(usize, char)], from: usize) -> usize {
    let mut at = from;
    while at < chars.len() {
        let ch = chars[at].1;
        if ch.is_alphanumeric() || ch == '_' {
            at += 1;
            continue;
        }
        let prev = at.checked_sub(1).map(|i| chars[i].1);
        let next = chars.get(at + 1).map(|&(_, c)| c);
        let between_letters = prev.is_some_and(char::is_alphabetic)
            && next.is_some_and(char::is_alphabetic)
            && matches!(ch, '\'' | '’');
        let between_digits = prev.is_some_and(|c| c.is_ascii_digit())
            && next.is_some_and(|c| c.is_ascii_digit())
            && matches!(ch, ',' | '.');
        if between_letters || between_digits {
            at += 1;
        } else {
            break;
        }
    }
    at
}

/// Classifies one alphanumeric run: a number, a number with a letter suffix
/// ("3bn", "12th", "6am", split into two tokens), or a word.
fn split_run<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    spaced: bool,
    tokens: &mut Vec<Token<'t>>,
) {
    let Some(run) = text.get(start..end) else {
        return;
    };
    let digits_end = run
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map_or(run.len(), |(i, _)| i);
    if is_lost_euro_sign(run, text.get(end..).unwrap_or("")) {
        // "e80 million": a euro sign an ASCII copy turned into an "e"; the
        // "e" is left as a word of its own before the number.
        tokens.push(Token {
            start,
            end: start + 1,
            text: "e",
            kind: Kind::Word,
            spaced,
            line_start: false,
        });
        split_run(text, start + 1, end, false, tokens);
        return;
    }
    let rest = run.get(digits_end..).unwrap_or("");
    let starts_with_digit = run.starts_with(|c: char| c.is_ascii_digit());
    if starts_with_digit && (rest.is_empty() || rest.chars().all(char::is_alphabetic)) {
        tokens.push(Token {
            start,
            end: start + digits_end,
            text: run.get(..digits_end).unwrap_or(""),
            kind: Kind::Number,
            spaced,
            line_start: false,
        });
        if !rest.is_empty() {
            tokens.push(Token {
                start: start + digits_end,
                end,
                text: rest,
                kind: Kind::Word,
                spaced: false,
                line_start: false,
            });
        }
    } else {
        tokens.push(Token {
            start,
            end,
            text: run,
            kind: Kind::Word,
            spaced,
            line_start: false,
        });
    }
}

/// Tells whether a run is a lower-case "e" and a sum in millions or
/// billions ("e80 million", "e75m", "e1.2bn"): the euro sign as an ASCII copy
/// of a page writes it.
fn is_lost_euro_sign(run: &str, after: &str) -> bool {
    let Some(number) = run.strip_prefix('e') else {
        return false;
    };
    if !number.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let digits_end = number
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(number.len());
    match &number[digits_end..] {
        "m" | "bn" => true,
        "" => {
            let next = after
                .trim_start()
                .split(|c: char| !c.is_alphabetic())
                .next();
            after.starts_with(char::is_whitespace)
                && matches!(next, Some("million" | "billion" | "bn"))
        }
        _ => false,
    }
}

/// Tells whether a whitespace-free chunk is an address or slash form that must
/// not be read as words and numbers.
///
/// Every chunk of every span is asked, so this allocates nothing and returns
/// at once for the usual chunk, which holds none of the separators.
fn is_opaque(chunk: &str) -> bool {
    let is_separator = |ch: char| matches!(ch, '/' | '@' | '\\' | '|');
    if chunk
        .as_bytes()
        .get(..4)
        .is_some_and(|head| head.eq_ignore_ascii_case(b"www."))
    {
        return true;
    }
    if !chunk.contains(is_separator) {
        return false;
    }
    if chunk.contains("://") {
        return true;
    }
    // A separator between two alphanumerics, read as a sliding window of
    // three characters.
    let mut before: Option<char> = None;
    let mut middle: Option<char> = None;
    for ch in chunk.chars() {
        if let (Some(first), Some(second)) = (before, middle)
            && is_separator(second)
            && first.is_alphanumeric()
            && ch.is_alphanumeric()
        {
            return true;
        }
        before = middle;
        middle = Some(ch);
    }
    false
}

/// A span to read and its tokens.
pub(crate) type Spanned<'t> = (TextRange, Vec<Token<'t>>);

/// The spans to read (as [`spans`] gives them) with their tokens: tokenized
/// once for both the quantity and the date finders, which read the same spans.
pub(crate) fn tokenized_spans<'t>(text: &'t str, sentences: &[TextRange]) -> Vec<Spanned<'t>> {
    spans(text, sentences)
        .into_iter()
        .map(|span| (span, tokenize(text, span)))
        .collect()
}

/// The spans to read: the given sentences, or when there are none, each
/// paragraph (text between blank lines), trimmed.
pub(crate) fn spans(text: &str, sentences: &[TextRange]) -> Vec<TextRange> {
    if !sentences.is_empty() {
        return sentences
            .iter()
            .copied()
            .filter(|range| text.get(range.start..range.end).is_some())
            .collect();
    }
    let mut spans = Vec::new();
    let mut start = 0;
    let mut search_from = 0;
    while let Some(found) = text.get(search_from..).and_then(|rest| rest.find("\n\n")) {
        let gap = search_from + found;
        push_trimmed(text, start, gap, &mut spans);
        start = gap + 2;
        search_from = start;
    }
    push_trimmed(text, start, text.len(), &mut spans);
    spans
}

fn push_trimmed(text: &str, start: usize, end: usize, spans: &mut Vec<TextRange>) {
    let Some(part) = text.get(start..end) else {
        return;
    };
    let leading = part.len() - part.trim_start().len();
    let trimmed = part.trim();
    if !trimmed.is_empty() {
        spans.push(TextRange::new(
            start + leading,
            start + leading + trimmed.len(),
        ));
    }
}
