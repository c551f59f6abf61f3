//! Unit tests of the date finder, on our own sentences.

use proptest::prelude::*;

use super::find;
use crate::model::{DateMention, PartialDate, TextRange};

/// A Friday.
const PUBLISHED: PartialDate = PartialDate {
    year: 2026,
    month: Some(3),
    day: Some(13),
};

fn dates(text: &str, published: Option<PartialDate>) -> Vec<DateMention> {
    find(text, &[TextRange::new(0, text.len())], published)
}

fn one(text: &str, published: Option<PartialDate>) -> (String, bool, String) {
    let found = dates(text, published);
    assert_eq!(found.len(), 1, "{text}: {found:#?}");
    let mention = &found[0];
    (
        mention.date.to_string(),
        mention.relative,
        mention.range.slice(text).to_string(),
    )
}

fn month(year: i32, month: u32) -> String {
    PartialDate {
        year,
        month: Some(month),
        day: None,
    }
    .to_string()
}

#[test]
fn absolute_forms() {
    let cases = [
        (
            "The fair opened on 10 March 2026 downtown.",
            "2026-03-10",
            "10 March 2026",
        ),
        (
            "The fair opened on March 10, 2026 downtown.",
            "2026-03-10",
            "March 10, 2026",
        ),
        (
            "The fair opened on 2026-03-10 downtown.",
            "2026-03-10",
            "2026-03-10",
        ),
        (
            "The fair opened in March 2026 downtown.",
            "2026-03",
            "March 2026",
        ),
        ("The fair opened in 2019 downtown.", "2019", "2019"),
        (
            "Prices have risen since July 2023 in the region.",
            "2023-07",
            "July 2023",
        ),
        (
            "The fair opened on Tuesday 10 March 2026.",
            "2026-03-10",
            "Tuesday 10 March 2026",
        ),
        (
            "It was Wednesday, March 11, 2026, at noon.",
            "2026-03-11",
            "Wednesday, March 11, 2026",
        ),
        (
            "Posted 2026-03-10T14:05:00Z by the desk.",
            "2026-03-10",
            "2026-03-10",
        ),
        ("The 2019 flood is still remembered.", "2019", "2019"),
        (
            "The fair opened on 3rd of May 2024 downtown.",
            "2024-05-03",
            "3rd of May 2024",
        ),
    ];
    for (text, date, written) in cases {
        let (found, relative, slice) = one(text, None);
        assert_eq!(found, date, "{text}");
        assert!(!relative, "{text}");
        assert_eq!(slice, written, "{text}");
    }
}

#[test]
fn day_and_month_take_the_year_from_publication() {
    assert_eq!(
        one("The fair opened on 2 October.", Some(PUBLISHED)).0,
        "2025-10-02"
    );
    assert_eq!(
        one("The fair opened on 2 March.", Some(PUBLISHED)).0,
        "2026-03-02"
    );
    assert_eq!(
        one("The fair opened on March 2.", Some(PUBLISHED)).0,
        "2026-03-02"
    );
    assert!(one("The fair opened on 2 October.", Some(PUBLISHED)).1);
    assert_eq!(
        one("The fair will open on 2 October.", Some(PUBLISHED)).0,
        "2026-10-02"
    );
    assert_eq!(
        one("The fair opened in June.", Some(PUBLISHED)).0,
        month(2025, 6)
    );
    assert_eq!(
        one("The fair is due to open in June.", Some(PUBLISHED)).0,
        month(2026, 6)
    );
    assert_eq!(
        one("The fair opened in January.", Some(PUBLISHED)).0,
        month(2026, 1)
    );
    assert!(dates("The fair opened on 2 October.", None).is_empty());
}

#[test]
fn weekdays_are_past_biased() {
    assert_eq!(
        one("The fair opened on Thursday.", Some(PUBLISHED)).0,
        "2026-03-12"
    );
    assert_eq!(
        one("The fair opened on Friday.", Some(PUBLISHED)).0,
        "2026-03-13"
    );
    assert_eq!(
        one("The fair opened on Saturday.", Some(PUBLISHED)).0,
        "2026-03-07"
    );
    assert_eq!(
        one("The fair will open on Saturday.", Some(PUBLISHED)).0,
        "2026-03-14"
    );
    assert_eq!(
        one("The fair opens next Thursday.", Some(PUBLISHED)).0,
        "2026-03-19"
    );
    assert_eq!(
        one("The fair opened last Friday.", Some(PUBLISHED)).0,
        "2026-03-06"
    );
    let (_, relative, written) = one("The fair opened on Thursday.", Some(PUBLISHED));
    assert!(relative);
    assert_eq!(written, "Thursday");
    assert!(dates("The fair opened on Thursday.", None).is_empty());
}

#[test]
fn relative_words() {
    assert_eq!(
        one("The fair opened yesterday.", Some(PUBLISHED)).0,
        "2026-03-12"
    );
    assert_eq!(
        one("The fair opened today.", Some(PUBLISHED)).0,
        "2026-03-13"
    );
    assert_eq!(
        one("The fair opens tomorrow.", Some(PUBLISHED)).0,
        "2026-03-14"
    );
    assert_eq!(
        one("The fair opened last week.", Some(PUBLISHED)).0,
        month(2026, 3)
    );
    assert_eq!(
        one("The fair opens next week.", Some(PUBLISHED)).0,
        month(2026, 3)
    );
    assert_eq!(
        one("The fair opened last month.", Some(PUBLISHED)).0,
        month(2026, 2)
    );
    assert_eq!(
        one("The fair opens next month.", Some(PUBLISHED)).0,
        month(2026, 4)
    );
    assert_eq!(one("The fair opened last year.", Some(PUBLISHED)).0, "2025");
    assert_eq!(
        one("The fair opened earlier this year.", Some(PUBLISHED)).0,
        "2026"
    );
    assert_eq!(
        one("The fair opened three days ago.", Some(PUBLISHED)).0,
        "2026-03-10"
    );
    assert_eq!(
        one("The fair opened two years ago.", Some(PUBLISHED)).0,
        "2024"
    );
    let early_march = PartialDate::day(2026, 3, 2);
    assert_eq!(
        one("The fair opened last week.", Some(early_march)).0,
        month(2026, 2)
    );
    assert!(dates("The fair opened yesterday.", None).is_empty());
    assert_eq!(
        one("The fair opened last night.", Some(PUBLISHED)).0,
        "2026-03-12"
    );
    assert_eq!(
        one("Thursday's fair drew crowds.", Some(PUBLISHED)).0,
        "2026-03-12"
    );
}

#[test]
fn holidays() {
    assert_eq!(
        one("The fire started on Christmas Eve.", Some(PUBLISHED)).0,
        "2025-12-24"
    );
    assert_eq!(
        one("The fire started on New Year's Day.", Some(PUBLISHED)).0,
        "2026-01-01"
    );
    assert_eq!(
        one("The fire started on Christmas Day 2019.", None).0,
        "2019-12-25"
    );
    assert!(dates("Christmas shopping began early.", Some(PUBLISHED)).is_empty());
}

#[test]
fn not_dates() {
    for text in [
        "The line is open 24/7 for callers.",
        "The shift starts at 6:30 every day.",
        "A 69-year-old man was questioned.",
        "They counted 2,019 ballots.",
        "She may march with the others.",
        "There were 40 ships in the roads.",
    ] {
        let found = dates(text, Some(PUBLISHED));
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
}

#[test]
fn paragraphs_stand_in_for_missing_sentences() {
    let text = "The fair opened on Thursday.\n\nIt closes in June 2027.";
    let found = find(text, &[], Some(PUBLISHED));
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].sentence.slice(text), "It closes in June 2027.");
}

proptest! {
    #[test]
    fn never_panics_and_ranges_stay_in_bounds(
        text in "\\PC{0,200}",
        cut in 0usize..220,
        day in 1u32..=28,
        month_number in 1u32..=12,
    ) {
        let published = Some(PartialDate::day(2026, month_number, day));
        let sentences = [
            TextRange::new(0, cut.min(text.len())),
            TextRange { start: cut, end: text.len() + 3 },
        ];
        for sentences in [&sentences[..], &[]] {
            for mention in find(&text, sentences, published) {
                prop_assert!(text.get(mention.range.start..mention.range.end).is_some());
                prop_assert!(mention.sentence.contains(mention.range));
            }
        }
    }

    #[test]
    fn never_panics_on_date_like_text(
        words in proptest::collection::vec(
            prop_oneof![
                Just("10"), Just("March"), Just("2026"), Just("-"), Just("03"), Just(","),
                Just("on"), Just("Thursday"), Just("last"), Just("next"), Just("week"),
                Just("year"), Just("ago"), Just("three"), Just("in"), Just("since"),
                Just("May"), Just("T14"), Just("31"), Just("February"), Just("will"),
                Just("yesterday"), Just("the"), Just("th"), Just("of"), Just("Ü"),
            ],
            0..30,
        ),
        glue in proptest::collection::vec(any::<bool>(), 30),
        year in 1i32..9999,
    ) {
        let mut text = String::new();
        for (i, word) in words.iter().enumerate() {
            if !glue.get(i).copied().unwrap_or(false) {
                text.push(' ');
            }
            text.push_str(word);
        }
        for published in [None, Some(PartialDate::day(year, 2, 28)), Some(PartialDate { year, month: None, day: None })] {
            for mention in find(&text, &[], published) {
                prop_assert!(text.get(mention.range.start..mention.range.end).is_some());
            }
        }
    }
}
