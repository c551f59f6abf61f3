//! Nationality words ("Lithuanian", "South Korean", "Belarusians") with the
//! country each names, so a reader sees who is from where even when no name
//! is given ("the French foreign minister said").
//!
//! A word counts when it is capitalised, is a demonym of a country in the
//! general place list (`data/places.tsv`), and lies outside every named
//! name: "Turkish" in "Turkish Airlines" is part of a name, and the
//! "Lithuanian" of "Lithuanian President Gitanas Nauseda" is outside the name
//! (it is the person's role), so it counts. A region's word ("European")
//! names no country and is left out.

use serde::Serialize;

use super::lexicon::{Lexicon, key, lexicon};
use super::tokens::is_word_char;
use crate::model::{Mention, TextRange};

/// A nationality word and the country it names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Nationality {
    /// Where the word (or the two words: "South Korean") is.
    #[serde(flatten)]
    pub range: TextRange,
    /// The word as written.
    pub text: String,
    /// The country, as the place list writes it ("Lithuania").
    pub country: String,
}

/// A capitalised word of the text: its byte range.
#[derive(Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
}

/// Every nationality word of `text` outside the `mentions`, in order.
pub fn nationalities(text: &str, mentions: &[Mention]) -> Vec<Nationality> {
    let lex = lexicon();
    let words = capitalised_words(text);
    // The mention finder keeps a people's plural ("Iraqis") as a mention of
    // its own; such a mention is the nationality, not a name around it.
    let names: Vec<&Mention> = mentions
        .iter()
        .filter(|mention| nationality(text, mention.range.start, mention.range.end, lex).is_none())
        .collect();
    let inside_mention = |word: &Word| {
        names
            .iter()
            .any(|mention| word.start < mention.range.end && mention.range.start < word.end)
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        if inside_mention(&word) {
            i += 1;
            continue;
        }
        // Two words first: "South Korean" is not "Korean".
        if let Some(next) = words.get(i + 1).copied().filter(|next| {
            text.get(word.end..next.start)
                .is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '\u{a0}'))
                && !inside_mention(next)
        }) && let Some(found_pair) = nationality(text, word.start, next.end, lex)
        {
            found.push(found_pair);
            i += 2;
            continue;
        }
        if let Some(single) = nationality(text, word.start, word.end, lex) {
            found.push(single);
        }
        i += 1;
    }
    found
}

/// The nationality the text between `start` and `end` is, if it is one.
fn nationality(text: &str, start: usize, end: usize, lex: &Lexicon) -> Option<Nationality> {
    let written = text.get(start..end)?;
    let folded = key(written);
    // A plural names the people: "Belarusians", "Lithuanians".
    let demonym = if lex.demonym_country(&folded).is_some() {
        folded.as_str()
    } else {
        folded
            .strip_suffix('s')
            .filter(|singular| lex.demonym_country(singular).is_some())?
    };
    // A word that is also a place's own name is the place, which the
    // mention finder covers.
    if lex.is_place(&folded) {
        return None;
    }
    let country = lex.demonym_nation(demonym)?;
    Some(Nationality {
        range: TextRange { start, end },
        text: written.to_string(),
        country: country.to_string(),
    })
}

/// The words of `text` that start with a capital letter. A hyphen ends a word,
/// so "Russian-backed" yields "Russian".
fn capitalised_words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    for (at, ch) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if is_word_char(ch) && at < text.len() {
            if start.is_none() {
                start = Some(at);
            }
            continue;
        }
        if let Some(from) = start.take()
            && text
                .get(from..at)
                .and_then(|word| word.chars().next())
                .is_some_and(char::is_uppercase)
        {
            words.push(Word {
                start: from,
                end: at,
            });
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityKind;

    fn mention(text: &str, name: &str, kind: EntityKind) -> Mention {
        let start = text.find(name).expect("the name is in the text");
        Mention {
            range: TextRange {
                start,
                end: start + name.len(),
            },
            kind,
            text: name.to_string(),
            role: None,
        }
    }

    fn found(text: &str, mentions: &[Mention]) -> Vec<(String, String)> {
        nationalities(text, mentions)
            .into_iter()
            .map(|n| {
                assert_eq!(text.get(n.range.start..n.range.end), Some(n.text.as_str()));
                (n.text, n.country)
            })
            .collect()
    }

    #[test]
    fn a_nationality_word_without_a_name_names_its_country() {
        let text = "The French foreign minister met Estonian officials on Monday.";
        assert_eq!(
            found(text, &[]),
            vec![
                ("French".to_string(), "France".to_string()),
                ("Estonian".to_string(), "Estonia".to_string()),
            ]
        );
    }

    #[test]
    fn two_words_plurals_and_hyphens() {
        let text = "South Korean envoys and dozens of Belarusians joined Russian-backed talks.";
        let found = found(text, &[]);
        let countries: Vec<&str> = found.iter().map(|(_, c)| c.as_str()).collect();
        assert_eq!(countries, ["South Korea", "Belarus", "Russia"]);
        assert_eq!(found[0].0, "South Korean");
    }

    #[test]
    fn a_word_inside_a_name_is_part_of_the_name() {
        let text = "A Turkish Airlines jet landed, Lithuanian President Jonas Varnas said.";
        let mentions = [
            mention(text, "Turkish Airlines", EntityKind::Organization),
            mention(text, "Jonas Varnas", EntityKind::Person),
        ];
        assert_eq!(
            found(text, &mentions),
            vec![("Lithuanian".to_string(), "Lithuania".to_string())]
        );
    }

    #[test]
    fn a_region_word_and_lower_case_words_name_no_country() {
        assert!(found("European ministers polish the french text.", &[]).is_empty());
    }

    #[test]
    fn odd_text_never_panics() {
        for text in [
            "",
            "É",
            "Polish\u{a0}",
            "—French—",
            "ÇÇ Swiss",
            "a\u{0301}Dutch",
        ] {
            let _ = nationalities(text, &[]);
        }
    }
}
