//! Tests of the sentence splitter, on sentences written for them.

use super::split;
use crate::model::TextRange;

fn sentences(text: &str) -> Vec<&str> {
    split(text, &[]).iter().map(|r| r.slice(text)).collect()
}

#[test]
fn splits_plain_sentences() {
    assert_eq!(
        sentences("The ferry left. It came back! Did it sink? No."),
        ["The ferry left.", "It came back!", "Did it sink?", "No."]
    );
}

#[test]
fn keeps_titles_and_initials_with_the_name() {
    assert_eq!(
        sentences("Mr. Haldor met Gen. Brask and Dr. Olsen. J. R. Tamm was absent."),
        [
            "Mr. Haldor met Gen. Brask and Dr. Olsen.",
            "J. R. Tamm was absent."
        ]
    );
}

#[test]
fn keeps_dotted_short_forms_unless_a_sentence_follows() {
    assert_eq!(
        sentences(
            "The U.S. Senate voted. It met at 9 a.m. Monday in St. Olaf. The vote was at 6 p.m. The count came later."
        ),
        [
            "The U.S. Senate voted.",
            "It met at 9 a.m. Monday in St. Olaf.",
            "The vote was at 6 p.m.",
            "The count came later."
        ]
    );
}

#[test]
fn keeps_numbers_after_no() {
    assert_eq!(
        sentences("Platform No. 3 was shut. Trains ran."),
        ["Platform No. 3 was shut.", "Trains ran."]
    );
}

#[test]
fn closing_quotes_stay_with_their_sentence() {
    assert_eq!(
        sentences("She said: \"We will stay.\" Then she left. “It is over.” He agreed."),
        [
            "She said: \"We will stay.\"",
            "Then she left.",
            "“It is over.”",
            "He agreed."
        ]
    );
}

#[test]
fn does_not_split_before_a_lower_case_word() {
    assert_eq!(
        sentences("\"Stop!\" he shouted. \"Why?\" asked the clerk."),
        ["\"Stop!\" he shouted.", "\"Why?\" asked the clerk."]
    );
}

#[test]
fn never_crosses_a_block() {
    let text = "First block without a stop\n\nSecond block. Two sentences.";
    let blocks = [TextRange::new(0, 26), TextRange::new(28, text.len())];
    let found: Vec<&str> = split(text, &blocks).iter().map(|r| r.slice(text)).collect();
    assert_eq!(
        found,
        [
            "First block without a stop",
            "Second block.",
            "Two sentences."
        ]
    );
}

#[test]
fn survives_odd_input() {
    for text in ["", ".", "...", "“", "a.\u{301}B", "Mr.", "é. É. ü"] {
        for range in split(text, &[]) {
            assert!(text.get(range.start..range.end).is_some());
        }
    }
}
