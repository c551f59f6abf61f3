//! Property tests: the sentence, mention and quote finders never panic and
//! every range they give lies inside the text on char boundaries.

use proptest::prelude::*;

use super::{AnalyseConfig, analyse, mentions_of};
use crate::model::{Article, DocId, TextRange};

fn article(text: &str) -> Article {
    let mut blocks = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices("\n\n") {
        if at >= start {
            blocks.push(TextRange::new(start, at));
        }
        start = at + 2;
    }
    if start <= text.len() {
        blocks.push(TextRange::new(start, text.len()));
    }
    Article {
        id: DocId("a0".into()),
        origin: "prop".into(),
        external_id: None,
        url: None,
        title: String::new(),
        source: None,
        author: None,
        published: None,
        lang: None,
        text: text.to_string(),
        blocks,
        extra: Default::default(),
    }
}

fn fits(text: &str, range: TextRange) -> bool {
    range.start <= range.end && text.get(range.start..range.end).is_some()
}

/// Text made of the characters the finders care about, so that odd mixes of
/// quotes, stops, capitals and line breaks come up often.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Mr. ".to_string()),
        Just("Ms ".to_string()),
        Just("U.S. ".to_string()),
        Just("Anna ".to_string()),
        Just("Kovač ".to_string()),
        Just("said ".to_string()),
        Just("she said".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("’s ".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("Ministry of ".to_string()),
        Just("NATO ".to_string()),
        Just("-based ".to_string()),
        Just("Leeds 2 ".to_string()),
        Just(" v ".to_string()),
        Just(" AT ".to_string()),
        Just("8-0-39-3, ".to_string()),
        "[a-zA-Zé ]{1,8}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn analyse_never_panics_and_keeps_ranges_in_bounds(text in newsy_text()) {
        let art = article(&text);
        let analysis = analyse(&art, &AnalyseConfig::default());
        for s in &analysis.sentences {
            prop_assert!(fits(&text, *s));
        }
        for m in &analysis.mentions {
            prop_assert!(fits(&text, m.range));
            prop_assert_eq!(m.range.slice(&text), m.text.as_str());
        }
        for q in &analysis.quotes {
            prop_assert!(fits(&text, q.range));
            if let Some(r) = q.speaker_range {
                prop_assert!(fits(&text, r));
            }
        }
        for m in mentions_of(&text) {
            prop_assert!(fits(&text, m.range));
        }
    }

    #[test]
    fn analyse_survives_any_string(text in any::<String>()) {
        let art = article(&text);
        let analysis = analyse(&art, &AnalyseConfig::default());
        for m in &analysis.mentions {
            prop_assert!(fits(&text, m.range));
        }
        for q in &analysis.quotes {
            prop_assert!(fits(&text, q.range));
        }
    }
}
