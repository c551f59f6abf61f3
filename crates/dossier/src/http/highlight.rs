//! The extracted items of one article as highlights: byte ranges into its
//! text, each with what it is and what it supports in the story (a fact, an
//! entity, a quote, a timeline event). Shared by the article API and page.

use dossier_core::model::{Analysis, Article, DocId, EntityKind, Reconciliation, TextRange};
use serde::Serialize;

/// What a highlighted range is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HighlightKind {
    /// A sentence a fact's variant cites as its evidence.
    Evidence,
    /// A direct quotation.
    Quote,
    /// A named mention.
    Mention,
    /// A number with its unit noun.
    Quantity,
    /// A date.
    Date,
}

impl HighlightKind {
    /// The CSS class and word for the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            HighlightKind::Evidence => "evidence",
            HighlightKind::Quote => "quote",
            HighlightKind::Mention => "mention",
            HighlightKind::Quantity => "quantity",
            HighlightKind::Date => "date",
        }
    }
}

/// One highlighted range of an article's text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Highlight {
    /// First byte (on a char boundary).
    pub start: usize,
    /// One past the last byte (on a char boundary).
    pub end: usize,
    /// What it is.
    pub kind: HighlightKind,
    /// A short description for a reader ("person", "count: 52 prisoners").
    pub label: String,
    /// The anchor on the story page this item supports (`f1`, `e2`,
    /// `quote-3`, `timeline-0`), when it supports one.
    pub supports: Option<String>,
}

/// Every item of the article worth highlighting, in text order, each range
/// checked against the text (ranges that do not fit are dropped, never sliced).
pub fn highlights(
    article: &Article,
    analysis: &Analysis,
    reconciliation: Option<&Reconciliation>,
) -> Vec<Highlight> {
    let text = &article.text;
    let doc = &article.id;
    let mut items = Vec::new();
    let mut push = |range: TextRange, kind, label: String, supports: Option<String>| {
        if fits(text, range) && !range.is_empty() {
            items.push(Highlight {
                start: range.start,
                end: range.end,
                kind,
                label,
                supports,
            });
        }
    };
    if let Some(reconciliation) = reconciliation {
        for fact in &reconciliation.facts {
            for variant in &fact.variants {
                for evidence in variant.evidence.iter().filter(|e| &e.doc == doc) {
                    push(
                        evidence.range,
                        HighlightKind::Evidence,
                        format!("{} ({})", fact.statement, fact.status.as_str()),
                        Some(fact.id.clone()),
                    );
                }
            }
        }
    }
    for quote in &analysis.quotes {
        let supports = reconciliation.and_then(|r| quote_anchor(r, doc, quote.range));
        let label = match &quote.speaker {
            Some(speaker) => format!("quote by {speaker}"),
            None => "quote, speaker unknown".to_string(),
        };
        push(quote.range, HighlightKind::Quote, label, supports);
    }
    for mention in &analysis.mentions {
        let supports = reconciliation.and_then(|r| {
            r.entities
                .iter()
                .find(|entity| {
                    entity.articles.contains(doc)
                        && (entity.name == mention.text || entity.aliases.contains(&mention.text))
                })
                .map(|entity| entity.id.clone())
        });
        let kind = match mention.kind {
            EntityKind::Person => "person",
            EntityKind::Organization => "organisation",
            EntityKind::Place => "place",
            EntityKind::Other => "name",
        };
        push(
            mention.range,
            HighlightKind::Mention,
            kind.to_string(),
            supports,
        );
    }
    for quantity in &analysis.quantities {
        let supports = reconciliation.and_then(|r| {
            let states = |variant: &dossier_core::model::FactVariant| {
                variant.evidence.iter().any(|evidence| {
                    &evidence.doc == doc
                        && (evidence.range.contains(quantity.range)
                            || evidence.range == quantity.sentence)
                })
            };
            // A sentence can state several facts; the one whose value is this
            // number is the one it supports.
            let same_value = r.facts.iter().find(|fact| {
                fact.variants
                    .iter()
                    .any(|variant| states(variant) && variant.value == quantity.value)
            });
            same_value
                .or_else(|| r.facts.iter().find(|fact| fact.variants.iter().any(states)))
                .map(|fact| fact.id.clone())
        });
        push(
            quantity.range,
            HighlightKind::Quantity,
            format!("number: {}", quantity.unit),
            supports,
        );
    }
    for date in &analysis.dates {
        let supports = reconciliation.and_then(|r| {
            r.timeline
                .iter()
                .position(|event| {
                    event
                        .evidence
                        .iter()
                        .any(|e| &e.doc == doc && e.range.contains(date.range))
                        || (event.date == date.date && event.articles.contains(doc))
                })
                .map(|index| format!("timeline-{index}"))
        });
        push(
            date.range,
            HighlightKind::Date,
            format!("date: {}", date.date),
            supports,
        );
    }
    items.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(a.kind.cmp(&b.kind))
    });
    items.dedup_by(|later, earlier| {
        later.start == earlier.start && later.end == earlier.end && later.kind == earlier.kind
    });
    items
}

fn quote_anchor(reconciliation: &Reconciliation, doc: &DocId, range: TextRange) -> Option<String> {
    reconciliation
        .quotes
        .iter()
        .position(|group| {
            group
                .evidence
                .iter()
                .any(|e| &e.doc == doc && e.range.start < range.end && range.start < e.range.end)
        })
        .map(|index| format!("quote-{index}"))
}

/// Tells whether a range lies within the text on char boundaries.
pub fn fits(text: &str, range: TextRange) -> bool {
    range.start <= range.end
        && range.end <= text.len()
        && text.is_char_boundary(range.start)
        && text.is_char_boundary(range.end)
}
