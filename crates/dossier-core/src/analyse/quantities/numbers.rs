//! Reading one number out of tokens: digits ("1,300", "4.5"), words
//! ("fifty-two", "two hundred and five", "a dozen"), scale words ("1.2 million",
//! "3bn") and vague counts ("dozens", "tens of thousands").

use super::tokens::{Kind, Token};

/// A number read from tokens `start..end` (token indices, `end` exclusive).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct NumberMatch {
    /// Its value, scaled ("1.2 million" is 1_200_000).
    pub value: f64,
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Whether it was only an order of magnitude ("dozens", "hundreds").
    pub vague: bool,
    /// Whether it was written in digits.
    pub digits: bool,
    /// The scale word's multiplier ("million" is 1e6), 1 when none.
    pub scale: f64,
}

/// Parses digits as written in English news: "1,300", "4.5", "1,300,000";
/// a lone comma not followed by three digits is a decimal comma ("4,5").
pub(crate) fn parse_digits(text: &str) -> Option<f64> {
    if text.is_empty() || !text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let commas = text.matches(',').count();
    let dots = text.matches('.').count();
    let plain: String = if commas > 0 && grouped_by_three(text, ',') {
        text.replace(',', "")
    } else if commas == 1 && dots == 0 {
        text.replace(',', ".")
    } else if dots > 1 && commas == 0 && grouped_by_three(text, '.') {
        text.replace('.', "")
    } else if commas == 0 {
        text.to_string()
    } else {
        return None;
    };
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Tells whether the groups after `separator` (before any decimal point) all
/// have exactly three digits.
fn grouped_by_three(text: &str, separator: char) -> bool {
    let integer = if separator == ',' {
        text.split('.').next().unwrap_or("")
    } else {
        text
    };
    let mut groups = integer.split(separator);
    let first = groups.next().unwrap_or("");
    !first.is_empty() && first.len() <= 3 && groups.all(|g| g.len() == 3)
}

/// Tells whether a word is a number word ("Twelve", "dozens", "million").
pub(crate) fn is_number_word(word: &str) -> bool {
    unit_word(word).is_some() || vague_word(word).is_some() || scale_word(word).is_some()
}

/// The value of a small number word ("seven", "forty").
pub(crate) fn unit_word(word: &str) -> Option<f64> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let lower = word.to_ascii_lowercase();
    if let Some(i) = UNITS.iter().position(|&w| w == lower) {
        return Some(i as f64);
    }
    TENS.iter()
        .position(|&w| w == lower)
        .map(|i| (i as f64 + 2.0) * 10.0)
}

/// The multiplier of a scale word written after a number.
pub(crate) fn scale_word(word: &str) -> Option<f64> {
    match word.to_ascii_lowercase().as_str() {
        "hundred" => Some(100.0),
        "thousand" => Some(1e3),
        "million" | "mln" | "mn" => Some(1e6),
        "billion" | "bn" | "bln" => Some(1e9),
        "trillion" | "tn" => Some(1e12),
        _ => None,
    }
}

/// The order of magnitude of a vague plural count ("dozens" is 12).
fn vague_word(word: &str) -> Option<f64> {
    match word.to_ascii_lowercase().as_str() {
        "dozens" => Some(12.0),
        "scores" => Some(20.0),
        "hundreds" => Some(100.0),
        "thousands" => Some(1e3),
        "millions" => Some(1e6),
        "billions" => Some(1e9),
        _ => None,
    }
}

/// Reads a number starting at token `at`, if one starts there.
pub(crate) fn read_number(tokens: &[Token<'_>], at: usize) -> Option<NumberMatch> {
    let token = tokens.get(at)?;
    match token.kind {
        Kind::Number => read_digits(tokens, at),
        Kind::Word => read_vague(tokens, at).or_else(|| read_words(tokens, at)),
        Kind::Punct => None,
    }
}

fn read_digits(tokens: &[Token<'_>], at: usize) -> Option<NumberMatch> {
    let value = parse_digits(tokens.get(at)?.text)?;
    let mut number = NumberMatch {
        value,
        start: at,
        end: at + 1,
        vague: false,
        digits: true,
        scale: 1.0,
    };
    if let Some(next) = tokens.get(at + 1)
        && next.kind == Kind::Word
        && let Some(scale) = scale_word(next.text)
    {
        number.value *= scale;
        number.end = at + 2;
        number.scale = scale;
    } else if let (Some(dash), Some(next)) = (tokens.get(at + 1), tokens.get(at + 2))
        && dash.text == "-"
        && !dash.spaced
        && !next.spaced
        && next.kind == Kind::Word
        && (next.is("million") || next.is("billion"))
        && let Some(scale) = scale_word(next.text)
    {
        // "a $137-million deal": the scale joined by a hyphen.
        number.value *= scale;
        number.end = at + 3;
        number.scale = scale;
    }
    Some(number)
}

/// "dozens", "hundreds of thousands", "tens of thousands".
fn read_vague(tokens: &[Token<'_>], at: usize) -> Option<NumberMatch> {
    let token = tokens.get(at)?;
    let of_then = |index: usize| {
        tokens
            .get(index)
            .filter(|t| t.is("of"))
            .and_then(|_| tokens.get(index + 1))
            .and_then(|t| vague_word(t.text))
            .filter(|&v| v >= 1e3)
    };
    let base = if token.is("tens") {
        10.0
    } else {
        vague_word(token.text)?
    };
    if let Some(bigger) = of_then(at + 1) {
        return Some(NumberMatch {
            value: base * bigger,
            start: at,
            end: at + 3,
            vague: true,
            digits: false,
            scale: 1.0,
        });
    }
    if token.is("tens") {
        return None;
    }
    Some(NumberMatch {
        value: base,
        start: at,
        end: at + 1,
        vague: true,
        digits: false,
        scale: 1.0,
    })
}

/// Number words: "fifty-two", "two hundred and five", "a dozen", "1.2 million"
/// is handled by the digit reader.
fn read_words(tokens: &[Token<'_>], at: usize) -> Option<NumberMatch> {
    let mut index = at;
    let mut total = 0.0;
    let mut current = 0.0;
    let mut seen = false;
    let mut end = at;
    let mut last_small: Option<f64> = None;
    // "a hundred", "a dozen", "a thousand"
    if tokens.get(index).is_some_and(|t| t.is("a")) {
        let next = tokens.get(index + 1)?;
        if next.is("dozen") || scale_word(next.text).is_some_and(|s| s >= 100.0) {
            current = 1.0;
            index += 1;
        } else {
            return None;
        }
    }
    while let Some(token) = tokens.get(index) {
        if token.kind != Kind::Word {
            // "fifty-two": a hyphen with no space on either side, between a
            // tens word and a unit word.
            let joins = token.text == "-"
                && !token.spaced
                && seen
                && tokens
                    .get(index + 1)
                    .is_some_and(|t| !t.spaced && unit_word(t.text).is_some_and(|v| v < 10.0));
            if joins {
                index += 1;
                continue;
            }
            break;
        }
        if let Some(value) = unit_word(token.text) {
            // "twenty two" continues a number; "seven eight" and "twenty
            // thirty" do not.
            let continues = match last_small {
                None => true,
                Some(previous) => previous >= 20.0 && value < 10.0,
            };
            if !continues {
                break;
            }
            current += value;
            last_small = Some(value);
        } else if token.is("dozen") {
            current = current.max(1.0) * 12.0;
            last_small = None;
        } else if token.is("hundred") {
            current = current.max(1.0) * 100.0;
            last_small = None;
        } else if let Some(scale) = scale_word(token.text) {
            total += current.max(1.0) * scale;
            current = 0.0;
            last_small = None;
        } else if token.is("and") && seen {
            // "two hundred and five": only after a hundred or a scale, and only
            // when a smaller number word follows.
            let after_scale = last_small.is_none() && (current > 0.0 || total > 0.0);
            let next_small = tokens
                .get(index + 1)
                .is_some_and(|t| unit_word(t.text).is_some());
            if after_scale && next_small {
                index += 1;
                continue;
            }
            break;
        } else {
            break;
        }
        seen = true;
        index += 1;
        end = index;
    }
    if !seen {
        return None;
    }
    Some(NumberMatch {
        value: total + current,
        start: at,
        end,
        vague: false,
        digits: false,
        scale: 1.0,
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::tokens::tokenize;
    use super::*;
    use crate::model::TextRange;

    proptest! {
        #[test]
        fn parser_never_panics_and_stays_in_the_tokens(text in "\\PC{0,120}") {
            let _ = parse_digits(&text);
            let tokens = tokenize(&text, TextRange::new(0, text.len()));
            let mut previous_end = 0;
            for token in &tokens {
                prop_assert!(text.get(token.start..token.end) == Some(token.text));
                prop_assert!(token.start >= previous_end);
                previous_end = token.end;
            }
            for at in 0..=tokens.len() {
                if let Some(number) = read_number(&tokens, at) {
                    prop_assert!(number.start == at && number.end <= tokens.len());
                    prop_assert!(number.end > number.start);
                    prop_assert!(number.value.is_finite());
                }
            }
        }

        #[test]
        fn digit_strings_parse_to_finite_values(text in "[0-9][0-9,.]{0,30}") {
            if let Some(value) = parse_digits(&text) {
                prop_assert!(value.is_finite() && value >= 0.0);
            }
        }
    }

    fn read(text: &str) -> Option<(f64, usize)> {
        let tokens = tokenize(text, TextRange::new(0, text.len()));
        read_number(&tokens, 0).map(|n| (n.value, n.end))
    }

    #[test]
    fn digits_with_separators() {
        assert_eq!(parse_digits("1,300"), Some(1300.0));
        assert_eq!(parse_digits("4.5"), Some(4.5));
        assert_eq!(parse_digits("1,300,000"), Some(1_300_000.0));
        assert_eq!(parse_digits("4,5"), Some(4.5));
        assert_eq!(parse_digits("1.300.000"), Some(1_300_000.0));
        assert_eq!(parse_digits("1,30,0"), None);
        assert_eq!(parse_digits(""), None);
    }

    #[test]
    fn number_words() {
        assert_eq!(read("fifty-two people"), Some((52.0, 3)));
        assert_eq!(read("Fifty-two people"), Some((52.0, 3)));
        assert_eq!(read("two hundred and five"), Some((205.0, 4)));
        assert_eq!(read("a dozen ships"), Some((12.0, 2)));
        assert_eq!(read("three thousand"), Some((3000.0, 2)));
        assert_eq!(read("one and"), Some((1.0, 1)));
        assert_eq!(read("seven eight"), Some((7.0, 1)));
        assert_eq!(read("a house"), None);
    }

    #[test]
    fn scaled_and_vague() {
        assert_eq!(read("1.2 million"), Some((1_200_000.0, 2)));
        assert_eq!(read("3bn"), Some((3e9, 2)));
        assert_eq!(read("dozens of"), Some((12.0, 1)));
        assert_eq!(read("tens of thousands"), Some((10_000.0, 3)));
        assert_eq!(read("hundreds of thousands"), Some((100_000.0, 3)));
        assert_eq!(read("tens of people"), None);
    }
}
