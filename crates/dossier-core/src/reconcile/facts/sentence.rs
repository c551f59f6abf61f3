//! Narrowing a span to the sentence around a finding.
//!
//! The analyse stage gives each finding its sentence, but a coarse splitter
//! (or none: a paragraph) makes that span too wide for evidence and for
//! reading a claim's clause. This finds the sentence around the finding
//! inside the given span, so reconcile works the same on either.

use crate::model::TextRange;

/// Words that end with a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "cpl", "rep", "sen", "gov",
    "prof", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "etc", "approx", "est", "dept",
    "univ", "ave", "rd", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "a.m", "p.m", "e.g", "i.e",
];

/// Words that start sentences and rarely follow an abbreviation inside one:
/// "... talks with the U.S. Since July, ..." ends a sentence at "U.S.".
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "since",
    "but",
    "and",
    "he",
    "she",
    "it",
    "they",
    "we",
    "this",
    "that",
    "these",
    "those",
    "there",
    "after",
    "before",
    "when",
    "while",
    "however",
    "meanwhile",
    "last",
    "earlier",
    "later",
    "its",
    "his",
    "her",
    "their",
    "our",
    "i",
    "as",
    "for",
    "if",
    "so",
    "yet",
    "according",
];

/// Narrows `span` to the sentence holding `inner`; returns `span` when
/// `inner` does not lie within it, and never a range off char boundaries.
pub(crate) fn around(text: &str, span: TextRange, inner: TextRange) -> TextRange {
    let Some(slice) = text.get(span.start..span.end) else {
        return span;
    };
    if !span.contains(inner) {
        return span;
    }
    let inner_start = inner.start - span.start;
    let inner_end = inner.end - span.start;
    let mut start = 0;
    let mut end = slice.len();
    for boundary in boundaries(slice) {
        if boundary <= inner_start {
            start = boundary;
        } else if boundary >= inner_end {
            end = boundary;
            break;
        }
    }
    let sentence = &slice[start..end];
    let trimmed_start = start + (sentence.len() - sentence.trim_start().len());
    let trimmed_end = start + sentence.trim_end().len();
    if trimmed_start > inner_start || trimmed_end < inner_end {
        return TextRange::new(span.start + start, span.start + end);
    }
    TextRange::new(span.start + trimmed_start, span.start + trimmed_end)
}

/// Byte offsets in `slice` where a sentence ends (after its final
/// punctuation and closing quotes), in order.
fn boundaries(slice: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut found = Vec::new();
    for (position, &(offset, ch)) in chars.iter().enumerate() {
        if ch == '\n' {
            found.push(offset);
            continue;
        }
        if !matches!(ch, '.' | '!' | '?') {
            continue;
        }
        // Closing quotes and brackets belong to the sentence they close.
        let mut after = position + 1;
        while chars
            .get(after)
            .is_some_and(|&(_, next)| matches!(next, '"' | '\'' | '\u{201d}' | '\u{2019}' | ')'))
        {
            after += 1;
        }
        let Some(&(space_offset, space)) = chars.get(after) else {
            continue;
        };
        if !space.is_whitespace() {
            continue;
        }
        let next_word = chars[after..]
            .iter()
            .map(|&(_, next)| next)
            .find(|next| !next.is_whitespace());
        let following: String = chars[after..]
            .iter()
            .map(|&(_, next)| next)
            .skip_while(|next| next.is_whitespace())
            .take_while(|next| next.is_alphanumeric())
            .collect();
        let starter_follows = SENTENCE_STARTERS.contains(&following.to_lowercase().as_str());
        let starts_sentence = next_word.is_some_and(|next| {
            next.is_uppercase()
                || next.is_ascii_digit()
                || matches!(next, '"' | '\u{201c}' | '\'' | '\u{2018}' | '(')
        });
        let abbreviation = ch == '.' && ends_abbreviation(&slice[..offset]) && !starter_follows;
        if starts_sentence && !abbreviation {
            found.push(space_offset);
        }
    }
    found
}

/// Tells whether the text before a period ends with an abbreviation or an
/// initial ("U.S", "John F", "Mr").
fn ends_abbreviation(before: &str) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|ch| ch.is_alphanumeric() || *ch == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if word.is_empty() {
        return false;
    }
    let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let has_inner_period = word.contains('.');
    is_initial || has_inner_period || ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::around;
    use crate::model::TextRange;

    fn sentence_of(text: &str, inner: &str) -> String {
        let start = text.find(inner).expect("inner text in text");
        let inner = TextRange::new(start, start + inner.len());
        around(text, TextRange::new(0, text.len()), inner)
            .slice(text)
            .to_string()
    }

    #[test]
    fn finds_the_sentence_inside_a_paragraph() {
        let text = "Mr. Ode met U.S. officials on Friday. Since May, 30 were freed. \
                    \"It is over,\" he said. Then 4 more left the U.S. The end.";
        assert_eq!(
            sentence_of(text, "Ode"),
            "Mr. Ode met U.S. officials on Friday."
        );
        assert_eq!(sentence_of(text, "30"), "Since May, 30 were freed.");
        assert_eq!(sentence_of(text, "over"), "\"It is over,\" he said.");
        assert_eq!(sentence_of(text, "4 more"), "Then 4 more left the U.S.");
        assert_eq!(sentence_of(text, "end"), "The end.");
    }

    #[test]
    fn keeps_the_span_when_the_finding_is_outside_it() {
        let text = "One. Two.";
        let span = TextRange::new(0, 4);
        assert_eq!(around(text, span, TextRange::new(5, 8)), span);
        assert_eq!(
            around(text, TextRange::new(0, 99), TextRange::new(0, 1)),
            TextRange::new(0, 99)
        );
    }
}
