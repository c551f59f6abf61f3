//! Tests of copy detection on small hand-written articles.

use proptest::prelude::*;

use super::{DedupeConfig, dedupe};
use crate::model::{Article, DocId, PartialDate, RelationKind};

fn article(id: &str, source: &str, published: Option<PartialDate>, text: &str) -> Article {
    Article {
        id: DocId(id.into()),
        origin: format!("{id}.txt"),
        external_id: None,
        url: None,
        title: String::new(),
        source: Some(source.into()),
        author: None,
        published,
        lang: Some("en".into()),
        text: text.into(),
        blocks: Vec::new(),
        extra: serde_json::Map::new(),
    }
}

const ORIGINAL: &str = "Firefighters in the river town of Osterby battled a warehouse blaze for most of Sunday night.\n\n\
The fire broke out shortly after ten in the evening in a storage hall owned by a furniture maker.\n\n\
Eleven crews from three neighbouring districts were called in to keep the flames from spreading.\n\n\
Nobody was hurt, the regional fire service said in a statement on Monday morning.\n\n\
The company said the hall held mostly finished sofas waiting to be shipped to customers abroad.\n\n\
Investigators expect to enter the ruins on Tuesday once the structure has been declared safe.";

const OTHER_EVENT: &str = "The city council of Brenmark voted on Thursday to close two public libraries next spring.\n\n\
Councillors said falling visitor numbers and rising heating costs left them with little choice.\n\n\
A petition against the closures gathered several thousand signatures within a single week.\n\n\
Library staff will be offered posts in the remaining branches, according to the council.";

fn day(d: u32) -> Option<PartialDate> {
    Some(PartialDate::day(2031, 5, d))
}

fn kinds(relations: &[crate::model::Relation]) -> Vec<RelationKind> {
    relations.iter().map(|r| r.kind).collect()
}

#[test]
fn identical_text_is_exact() {
    let a = article("a", "one", day(1), ORIGINAL);
    let b = article("b", "two", day(2), &format!("  {ORIGINAL}  "));
    let relations = dedupe(&[&b], &[&a], &DedupeConfig::default());
    assert_eq!(kinds(&relations), vec![RelationKind::Exact]);
    assert_eq!(relations[0].a.0, "a");
}

#[test]
fn copy_with_small_edits_is_near_duplicate_and_earlier_first() {
    let edited = ORIGINAL
        .replace("most of Sunday night", "most of the night on Sunday")
        .replace(
            "\n\nInvestigators expect to enter the ruins on Tuesday once the structure has been declared safe.",
            "",
        );
    // The copy arrives in the batch before the original is known.
    let copy = article("copy", "daily", day(3), &edited);
    let original = article("wire", "wire", day(2), ORIGINAL);
    let relations = dedupe(&[&copy, &original], &[], &DedupeConfig::default());
    assert_eq!(kinds(&relations), vec![RelationKind::NearDuplicate]);
    assert_eq!(relations[0].a.0, "wire");
    assert!(relations[0].score > 0.7, "{:?}", relations);
}

#[test]
fn three_reused_sentences_make_a_rewrite() {
    let rewrite = "A storage hall on the edge of Osterby burned down overnight into Monday.\n\n\
The fire broke out shortly after ten in the evening in a storage hall owned by a furniture maker.\n\n\
Eleven crews from three neighbouring districts were called in to keep the flames from spreading.\n\n\
Residents of nearby streets described a glow visible from across the river for hours.\n\n\
The company said the hall held mostly finished sofas waiting to be shipped to customers abroad.\n\n\
Local officials promised a review of fire safety rules for industrial estates near homes.";
    let a = article("wire", "wire", day(2), ORIGINAL);
    let b = article("times", "times", day(3), rewrite);
    let relations = dedupe(&[&b], &[&a], &DedupeConfig::default());
    assert_eq!(kinds(&relations), vec![RelationKind::Rewrite]);
}

#[test]
fn two_shared_quotes_are_a_shared_source() {
    let first = format!(
        "{OTHER_EVENT}\n\nThe mayor said the decision was painful but unavoidable given the budget gap this year.\n\n\
Opposition members called the vote a short-sighted mistake that would hurt families most of all."
    );
    let second = "Parents gathered outside the Brenmark town hall on Friday with handmade placards.\n\n\
The mayor said the decision was painful but unavoidable given the budget gap this year.\n\n\
Opposition members called the vote a short-sighted mistake that would hurt families most of all.\n\n\
Organisers plan another protest before the closures take effect, and a legal challenge is being weighed.\n\n\
Several authors have offered to hold readings in the threatened branches over the summer.\n\n\
The regional government has so far declined to step in with emergency funding for the council.";
    let a = article("a", "one", day(1), &first);
    let b = article("b", "two", day(2), second);
    let relations = dedupe(&[&b], &[&a], &DedupeConfig::default());
    assert_eq!(kinds(&relations), vec![RelationKind::SharedSource]);
}

#[test]
fn site_chrome_alone_does_not_make_copies() {
    let chrome_top = "We use cookies to improve your experience on this website of ours.\n\
By continuing to browse the site you agree to our use of these cookies.\n\n";
    let chrome_bottom = "\n\nSign up for the morning briefing delivered to your inbox every single weekday.\n\
Your email address will never be published or shared with anyone at all.\n\
Related: a list of other stories that you might enjoy reading today";
    let a = article(
        "a",
        "herald",
        day(1),
        &format!("{chrome_top}{ORIGINAL}{chrome_bottom}"),
    );
    let b = article(
        "b",
        "herald",
        day(9),
        &format!("{chrome_top}{OTHER_EVENT}{chrome_bottom}"),
    );
    let relations = dedupe(&[&b], &[&a], &DedupeConfig::default());
    assert!(relations.is_empty(), "{relations:?}");
}

#[test]
fn unrelated_articles_and_empty_texts_have_no_relation() {
    let a = article("a", "one", day(1), ORIGINAL);
    let b = article("b", "two", day(2), OTHER_EVENT);
    let empty = article("c", "three", day(3), "");
    let other_empty = article("d", "four", day(4), " \n ");
    let relations = dedupe(&[&b, &empty, &other_empty], &[&a], &DedupeConfig::default());
    assert!(relations.is_empty(), "{relations:?}");
}

#[test]
fn known_pairs_are_not_reported_again() {
    let a = article("a", "one", day(1), ORIGINAL);
    let b = article("b", "two", day(2), ORIGINAL);
    let c = article("c", "three", day(3), OTHER_EVENT);
    let relations = dedupe(&[&c], &[&a, &b], &DedupeConfig::default());
    assert!(relations.is_empty(), "{relations:?}");
}

proptest! {
    #[test]
    fn never_panics_and_relates_only_known_ids(
        texts in proptest::collection::vec("(\\PC{0,40}[ .\n]){0,12}", 1..6),
        known_count in 0usize..3,
    ) {
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, text)| article(&format!("d{i}"), "s", day(1 + i as u32 % 28), text))
            .collect();
        let split = known_count.min(articles.len());
        let known: Vec<&Article> = articles[..split].iter().collect();
        let new: Vec<&Article> = articles[split..].iter().collect();
        let relations = dedupe(&new, &known, &DedupeConfig::default());
        for relation in relations {
            prop_assert!(relation.a != relation.b);
            prop_assert!((0.0..=1.0).contains(&relation.score));
            prop_assert!(new.iter().any(|n| n.id == relation.a || n.id == relation.b));
        }
    }
}

/// Drops HTML tags, the crude stand-in for extraction in these tests.
fn strip_tags(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push('\n');
            }
            _ if !in_tag => text.push(ch),
            _ => {}
        }
    }
    text
}

/// The project's example corpus, raw pages standing in for clean text: 03 is
/// a syndicated copy of 02, 04 a rewrite of 02 (so it also reuses sentences
/// of 03, the copy), 01 and 08 share only their site's chrome, 09 copies nobody.
#[test]
fn example_corpus_copies() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus");
    let files = [
        ("01-harbour-herald-strike.txt", "herald", 10),
        ("02-northern-wire-strike.txt", "wire", 10),
        ("03-valdmar-daily-post-wire-copy.html", "post", 10),
        ("04-norland-times-rewrite.txt", "times", 11),
        ("08-harbour-herald-october-strike.txt", "herald", 20),
        ("09-northern-wire-october-strike.txt", "wire", 20),
    ];
    let mut articles = Vec::new();
    for (name, source, day_of_month) in files {
        let Ok(raw) = std::fs::read_to_string(dir.join(name)) else {
            eprintln!("skipped: examples/corpus/{name} is absent");
            return;
        };
        let text = if name.ends_with(".html") {
            strip_tags(&raw)
        } else {
            raw
        };
        articles.push(article(&name[..2], source, day(day_of_month), &text));
    }
    let refs: Vec<&Article> = articles.iter().collect();
    let relations = dedupe(&refs, &[], &DedupeConfig::default());
    let mut found: Vec<(String, String, RelationKind)> = relations
        .iter()
        .map(|r| (r.a.0.clone(), r.b.0.clone(), r.kind))
        .collect();
    found.sort();
    assert_eq!(
        found,
        vec![
            (
                "02".to_string(),
                "03".to_string(),
                RelationKind::NearDuplicate
            ),
            ("02".to_string(), "04".to_string(), RelationKind::Rewrite),
            ("03".to_string(), "04".to_string(), RelationKind::Rewrite),
        ]
    );
}
