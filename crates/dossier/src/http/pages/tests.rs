//! Tests of the page rendering on dossiers built by hand: escaping of hostile
//! content, facts first with disputed variants and their outlets, nested
//! highlights, and a property that rendering any ranges never panics.

use std::collections::HashMap;

use dossier_core::export::{MergedStory, StoryDossier};
use dossier_core::model::{
    Analysis, Article, DateBasis, DocId, Document, Entity, EntityKind, Evidence, Fact, FactStatus,
    FactVariant, Mention, PartialDate, PlaceBasis, PlaceLevel, PlaceSource, Qualifier, Quantity,
    QuoteGroup, Reconciliation, Setting, SettingDate, SettingPlace, Story, StoryId, TextRange,
    TimelineEvent,
};
use proptest::prelude::*;

use super::{render_article, render_story, render_text};
use crate::http::data::ArticleView;
use crate::http::highlight::{Highlight, HighlightKind, highlights};

const EVIL: &str = "<script>alert(1)</script><img src=x onerror=alert(2)>";

fn article(id: &str, source: &str, text: &str) -> Article {
    Article {
        id: DocId(id.into()),
        origin: format!("{id}.txt"),
        external_id: None,
        url: Some("javascript:alert(3)".into()),
        title: format!("{EVIL} title {id}"),
        source: Some(source.into()),
        author: Some(EVIL.into()),
        published: Some(PartialDate::day(2026, 4, 1)),
        lang: Some("en".into()),
        blocks: vec![TextRange::new(0, text.len())],
        text: text.into(),
        extra: serde_json::Map::new(),
    }
}

fn range_of(text: &str, needle: &str) -> TextRange {
    let start = text.find(needle).expect("needle in text");
    TextRange::new(start, start + needle.len())
}

fn variant(value: f64, qualifier: Qualifier, doc: &str, range: TextRange) -> FactVariant {
    FactVariant {
        value,
        high: None,
        qualifier,
        text: format!("{value}"),
        articles: vec![DocId(doc.into())],
        evidence: vec![Evidence {
            doc: DocId(doc.into()),
            range,
        }],
        attributed_to: Some(format!("{EVIL} police")),
    }
}

const TEXT_ONE: &str =
    "Mayor Ann Lee said 300 people marched on Friday. \"We will not move,\" she said.";
const TEXT_TWO: &str = "Organisers said about 800 people marched. <script>alert(9)</script>";

/// A story of two articles that disagree on the crowd and agree on nothing else.
fn dossier() -> StoryDossier {
    let one = article("a1", "Lake Post", TEXT_ONE);
    let two = article("a2", &format!("{EVIL} Wire"), TEXT_TWO);
    let sentence_one = range_of(TEXT_ONE, "Mayor Ann Lee said 300 people marched on Friday.");
    let sentence_two = range_of(TEXT_TWO, "Organisers said about 800 people marched.");
    let analysis_one = Analysis {
        sentences: vec![sentence_one],
        mentions: vec![Mention {
            range: range_of(TEXT_ONE, "Ann Lee"),
            kind: EntityKind::Person,
            text: "Ann Lee".into(),
            role: Some("Mayor".into()),
        }],
        quantities: vec![Quantity {
            range: range_of(TEXT_ONE, "300 people"),
            sentence: sentence_one,
            value: 300.0,
            high: None,
            qualifier: Qualifier::Exact,
            unit: "person".into(),
            predicate: Some("march".into()),
            attributed_to: None,
            time: None,
        }],
        dates: vec![],
        quotes: vec![dossier_core::model::Quote {
            range: range_of(TEXT_ONE, "We will not move,"),
            speaker: Some("Ann Lee".into()),
            speaker_range: None,
            channel: None,
        }],
    };
    let facts = vec![
        Fact {
            id: "f2".into(),
            kind: "count".into(),
            subject: "person".into(),
            statement: format!("people marched {EVIL}"),
            status: FactStatus::SingleSource,
            variants: vec![variant(1.0, Qualifier::Exact, "a1", sentence_one)],
            independent_sources: 1,
        },
        Fact {
            id: "f1".into(),
            kind: "count".into(),
            subject: "person".into(),
            statement: "people marched".into(),
            status: FactStatus::Disputed,
            variants: vec![
                variant(300.0, Qualifier::Exact, "a1", sentence_one),
                variant(800.0, Qualifier::Approximate, "a2", sentence_two),
            ],
            independent_sources: 2,
        },
    ];
    let reconciliation = Reconciliation {
        entities: vec![Entity {
            id: "e1".into(),
            name: "Ann Lee".into(),
            kind: EntityKind::Person,
            aliases: vec![EVIL.into()],
            roles: vec!["Mayor".into()],
            articles: vec![DocId("a1".into())],
            merged_because: vec![EVIL.into()],
            country: Some(EVIL.into()),
        }],
        facts,
        quotes: vec![QuoteGroup {
            speaker: Some(EVIL.into()),
            text: format!("</blockquote>{EVIL}"),
            channel: Some(EVIL.into()),
            articles: vec![DocId("a1".into())],
            evidence: vec![Evidence {
                doc: DocId("a1".into()),
                range: range_of(TEXT_ONE, "We will not move,"),
            }],
        }],
        timeline: vec![TimelineEvent {
            date: PartialDate::day(2026, 3, 27),
            text: EVIL.into(),
            articles: vec![DocId("a1".into())],
            evidence: vec![],
        }],
        setting: Setting {
            when: Some(SettingDate {
                date: PartialDate::day(2026, 3, 27),
                how: DateBasis::Stated,
                articles: vec![DocId("a1".into()), DocId("a2".into())],
            }),
            place: Some(SettingPlace {
                name: format!("{EVIL} Falls"),
                level: PlaceLevel::Town,
                sources: vec![
                    PlaceSource {
                        article: DocId("a1".into()),
                        how: PlaceBasis::Dateline,
                    },
                    PlaceSource {
                        article: DocId("a2".into()),
                        how: PlaceBasis::LocalForce,
                    },
                ],
            }),
            wider: vec![SettingPlace {
                name: EVIL.into(),
                level: PlaceLevel::Region,
                sources: vec![],
            }],
        },
        headline_tolls: vec![],
        later_deaths: vec![],
    };
    StoryDossier {
        story: Story {
            id: StoryId("s1".into()),
            title: EVIL.into(),
            articles: vec![DocId("a1".into()), DocId("a2".into())],
        },
        documents: vec![
            Document {
                article: one,
                analysis: analysis_one,
            },
            Document {
                article: two,
                analysis: Analysis::default(),
            },
        ],
        relations: vec![],
        reconciliation,
        assignments: HashMap::new(),
        merged_from: vec![MergedStory {
            story: "s0".into(),
            title: EVIL.into(),
            similarity: 0.5,
            reason: vec![EVIL.into()],
        }],
    }
}

#[track_caller]
fn assert_inert(html: &str) {
    for dangerous in ["<script", "<img", "href=\"javascript:"] {
        assert!(
            !html.contains(dangerous),
            "{dangerous:?} reached the page:\n{html}"
        );
    }
}

#[test]
fn every_piece_of_content_is_escaped_on_the_story_page() {
    let html = render_story(&dossier());
    assert_inert(&html);
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn where_and_when_come_first_with_their_source_counts() {
    let html = render_story(&dossier());
    let setting = html.find("id=\"setting\"").expect("where and when");
    let facts = html.find("id=\"facts\"").expect("facts");
    assert!(setting < facts, "where and when open the dossier");
    assert!(html.contains("<dt>Where</dt><dd>&lt;script&gt;"));
    assert!(html.contains("Falls <span class=\"level\">city or town</span>, in &lt;script&gt;"));
    assert!(html.contains("2 sources: <a href=\"/articles/a1\">Lake Post</a> (dateline)"));
    assert!(html.contains("(local force)"));
    assert!(html.contains(
        "<dt>When</dt><dd><time>2026-03-27</time> <span class=\"refs\">stated by 2 sources"
    ));
}

#[test]
fn disputed_facts_come_first_with_each_variant_and_its_outlet() {
    let html = render_story(&dossier());
    let disputed = html.find("id=\"f1\"").expect("disputed fact");
    let single = html.find("id=\"f2\"").expect("single-source fact");
    assert!(disputed < single, "the disputed fact is first");
    assert!(html.contains("class=\"fact disputed\""));
    assert!(html.contains("<span class=\"value\">300</span>"));
    assert!(html.contains("<span class=\"value\">about 800</span>"));
    assert!(html.contains("<a href=\"/articles/a1?hl=0-48#evidence\">Lake Post</a>"));
    assert!(html.contains(
        "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; Wire</a>"
    ));
}

#[test]
fn the_article_page_links_items_to_what_they_support() {
    let dossier = dossier();
    let document = dossier.documents[0].clone();
    let view = ArticleView {
        article: document.article,
        analysis: document.analysis,
        story: Some(dossier),
    };
    let html = render_article(&view, Some(TextRange::new(0, 48)));
    assert_inert(&html);
    assert!(html.contains("<code>javascript:alert(3)</code>"));
    assert!(
        html.contains("<mark class=\"hl evidence target\" id=\"evidence\""),
        "{html}"
    );
    assert!(html.contains("<a class=\"hl mention\" href=\"/stories/s1#e1\""));
    assert!(html.contains("<a class=\"hl quantity\" href=\"/stories/s1#f1\""));
    assert!(html.contains("href=\"/stories/s1#quote-0\""));
    assert!(html.contains(">[q1]</a>"));
    assert!(html.contains(
        "<a href=\"/stories/s1#f1\">people marched</a>: <span class=\"value\">300</span>"
    ));
}

#[test]
fn overlapping_items_are_cut_so_the_markup_nests() {
    let text = "alpha beta gamma";
    let item = |start, end, kind| Highlight {
        start,
        end,
        kind,
        label: String::new(),
        supports: None,
    };
    let items = vec![
        item(0, 10, HighlightKind::Evidence),
        item(6, 16, HighlightKind::Mention),
    ];
    let html = render_text(text, &items, None, None);
    assert_eq!(
        html,
        "<mark class=\"hl evidence\" title=\"\">alpha <mark class=\"hl mention\" title=\"\">beta</mark></mark> gamma"
    );
}

/// Removes tags and decodes the escapes this module writes.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => in_tag = false,
            ch if !in_tag => out.push(ch),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

proptest! {
    #[test]
    fn rendering_any_ranges_never_panics_and_keeps_the_text(
        text in "[a-zé€ <>&\"'\n\u{0}-\u{8}]{0,60}",
        raw in proptest::collection::vec((0usize..80, 0usize..80, 0usize..5), 0..12),
        target in proptest::option::of((0usize..80, 0usize..80)),
    ) {
        let kinds = [
            HighlightKind::Evidence,
            HighlightKind::Quote,
            HighlightKind::Mention,
            HighlightKind::Quantity,
            HighlightKind::Date,
        ];
        let mut items: Vec<Highlight> = raw
            .iter()
            .map(|&(start, end, kind)| Highlight {
                start,
                end,
                kind: kinds[kind],
                label: "<x>".into(),
                supports: Some("f1".into()),
            })
            .collect();
        items.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let target = target.map(|(start, end)| TextRange { start, end });
        let html = render_text(&text, &items, target, None);
        let expected: String = text
            .chars()
            .map(|ch| if ch.is_control() && !matches!(ch, '\n' | '\t' | '\r') { '\u{fffd}' } else { ch })
            .collect();
        prop_assert_eq!(visible_text(&html), expected);
        prop_assert_eq!(html.matches("<mark").count(), html.matches("</mark>").count());
    }

    #[test]
    fn highlights_of_any_analysis_stay_in_bounds(
        text in "[a-zé€ .\n]{0,40}",
        raw in proptest::collection::vec((0usize..60, 0usize..60), 0..8),
    ) {
        let mut article = article("a1", "Lake Post", "");
        article.text = text.clone();
        let mut analysis = Analysis::default();
        for &(start, end) in &raw {
            let range = TextRange { start, end };
            analysis.mentions.push(Mention { range, kind: EntityKind::Place, text: String::new(), role: None });
            analysis.quotes.push(dossier_core::model::Quote { range, speaker: None, speaker_range: None, channel: None });
        }
        for item in highlights(&article, &analysis, Some(&dossier().reconciliation)) {
            prop_assert!(item.start < item.end);
            prop_assert!(text.get(item.start..item.end).is_some());
        }
    }
}
