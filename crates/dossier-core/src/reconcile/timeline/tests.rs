//! Tests of the timeline on documents built by hand.

use proptest::prelude::*;

use super::build;
use crate::model::{Document, PartialDate, TextRange, TimelineEvent};
use crate::reconcile::facts::fixtures::{date_mention, doc};

fn timeline_of(documents: &[Document]) -> Vec<TimelineEvent> {
    let refs: Vec<&Document> = documents.iter().collect();
    build(&refs)
}

fn month(year: i32, month: u32) -> PartialDate {
    PartialDate {
        year,
        month: Some(month),
        day: None,
    }
}

fn year(year: i32) -> PartialDate {
    PartialDate {
        year,
        month: None,
        day: None,
    }
}

fn summary(timeline: &[TimelineEvent]) -> Vec<(String, Vec<&str>)> {
    timeline
        .iter()
        .map(|event| {
            let articles = event.articles.iter().map(|id| id.0.as_str()).collect();
            (event.date.to_string(), articles)
        })
        .collect()
}

#[test]
fn the_same_event_on_the_same_date_is_one_event_across_articles() {
    let documents = [
        doc(
            "a",
            "2031-05-06",
            "The dam gates opened on Monday. The mayor resigned in 2029.",
        )
        .date("on Monday", PartialDate::day(2031, 5, 5))
        .date("2029", year(2029))
        .build(),
        doc(
            "b",
            "2031-05-06",
            "Engineers opened the dam gates early Monday. Crowds gathered on Monday too.",
        )
        .date("early Monday", PartialDate::day(2031, 5, 5))
        .date("on Monday too", PartialDate::day(2031, 5, 5))
        .build(),
    ];
    let timeline = timeline_of(&documents);
    assert_eq!(
        summary(&timeline),
        [
            ("2029".to_string(), vec!["a"]),
            ("2031-05-05".to_string(), vec!["a", "b"]),
            ("2031-05-05".to_string(), vec!["b"]),
            ("2031-05-06".to_string(), vec!["a", "b"]),
        ]
    );
    assert_eq!(timeline[1].text, "The dam gates opened on Monday.");
    assert_eq!(timeline[1].evidence.len(), 2);
    assert_eq!(
        timeline[1].evidence[1]
            .range
            .slice(&documents[1].article.text),
        "Engineers opened the dam gates early Monday."
    );
    assert_eq!(timeline[2].text, "Crowds gathered on Monday too.");
    assert_eq!(timeline[3].text, "Reported: Title of a");
}

#[test]
fn coarser_dates_come_before_finer_ones_of_their_period() {
    let documents = [doc(
        "a",
        "",
        "Talks resume on 3 June 2030. Talks failed in June 2030. A treaty was signed in 2030.",
    )
    .date("3 June 2030", PartialDate::day(2030, 6, 3))
    .date("June 2030", month(2030, 6))
    .date("2030", year(2030))
    .build()];
    let dates: Vec<String> = timeline_of(&documents)
        .iter()
        .map(|event| event.date.to_string())
        .collect();
    assert_eq!(dates, ["2030", "2030-06", "2030-06-03"]);
}

#[test]
fn a_publication_day_spoken_of_is_not_reported_again() {
    let documents = [doc("a", "2030-02-02", "The vote was held today.")
        .date("today", PartialDate::day(2030, 2, 2))
        .build()];
    let timeline = timeline_of(&documents);
    assert_eq!(timeline.len(), 1);
    assert_eq!(timeline[0].text, "The vote was held today.");
}

#[test]
fn long_sentences_are_cut_at_a_word() {
    let long = format!("On Friday {} ended.", "the very long meeting ".repeat(20));
    let documents = [doc("a", "", &long)
        .date("On Friday", PartialDate::day(2030, 1, 4))
        .build()];
    let text = &timeline_of(&documents)[0].text;
    assert!(text.len() < 240, "{text}");
    let head = text
        .strip_suffix('…')
        .expect("cut text ends with an ellipsis");
    assert!(
        long.starts_with(&format!("{head} ")),
        "cut at a word: {text}"
    );
}

proptest! {
    #[test]
    fn timeline_never_panics_and_keeps_ranges_in_bounds(
        text in "[a-zA-Z .,ëж]{0,60}",
        dates in proptest::collection::vec((0usize..70, 0usize..70, 0usize..70, 1i32..3000), 0..6),
    ) {
        let mut document = doc("d", "2030-01-01", "").build();
        document.article.text = text;
        document.analysis.dates = dates
            .into_iter()
            .map(|(start, len, sentence_len, year)| {
                date_mention(
                    TextRange::new(start, start + len),
                    TextRange::new(start / 2, start / 2 + sentence_len),
                    PartialDate { year, month: None, day: None },
                )
            })
            .collect();
        let documents = [document];
        let timeline = timeline_of(&documents);
        for pair in timeline.windows(2) {
            prop_assert!(super::date_order(pair[0].date) <= super::date_order(pair[1].date));
        }
        for event in &timeline {
            for evidence in &event.evidence {
                let text = &documents[0].article.text;
                prop_assert!(text.get(evidence.range.start..evidence.range.end).is_some());
            }
        }
    }
}
