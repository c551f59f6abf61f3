//! Test fixtures for the reconcile parts: documents built by hand, with the
//! quantities, dates and quotes placed on the words a test names, so tests do
//! not depend on the analyse stage.

use crate::model::{
    Analysis, Article, DateMention, DocId, Document, EntityKind, Mention, PartialDate, Qualifier,
    Quantity, Quote, Relation, RelationKind, TextRange,
};

/// A quantity to place on the first occurrence of `written` in a fixture's text.
pub(crate) struct ClaimSpec {
    written: String,
    value: f64,
    high: Option<f64>,
    qualifier: Qualifier,
    unit: String,
    predicate: Option<String>,
    attributed_to: Option<String>,
    time: Option<String>,
}

/// Starts a claim: an exact `value` counting `unit`, written as `written`.
pub(crate) fn claim(written: &str, value: f64, unit: &str) -> ClaimSpec {
    ClaimSpec {
        written: written.to_string(),
        value,
        high: None,
        qualifier: Qualifier::Exact,
        unit: unit.to_string(),
        predicate: None,
        attributed_to: None,
        time: None,
    }
}

impl ClaimSpec {
    /// Sets the predicate ("release").
    pub(crate) fn predicate(mut self, predicate: &str) -> ClaimSpec {
        self.predicate = Some(predicate.to_string());
        self
    }

    /// Sets the hedge.
    pub(crate) fn qualifier(mut self, qualifier: Qualifier) -> ClaimSpec {
        self.qualifier = qualifier;
        self
    }

    /// Sets the high end or second alternative.
    pub(crate) fn high(mut self, high: f64) -> ClaimSpec {
        self.high = Some(high);
        self
    }

    /// Sets who the figure is attributed to.
    pub(crate) fn attributed_to(mut self, source: &str) -> ClaimSpec {
        self.attributed_to = Some(source.to_string());
        self
    }

    /// Sets the time phrase the analysis tied the number to.
    pub(crate) fn time(mut self, written: &str) -> ClaimSpec {
        self.time = Some(written.to_string());
        self
    }

    /// Makes the quantity at `range` in `sentence`. Built through serde so
    /// that fields other stages add to `Quantity` take their defaults here.
    pub(crate) fn quantity_at(&self, range: TextRange, sentence: TextRange) -> Quantity {
        let value = serde_json::json!({
            "range": range,
            "sentence": sentence,
            "value": 0.0,
            "high": null,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "predicate": self.predicate,
            "attributed_to": self.attributed_to,
        });
        let mut quantity: Quantity =
            serde_json::from_value(value).expect("a fixture quantity deserializes");
        // Set after, since JSON has no NaN or infinity.
        quantity.value = self.value;
        quantity.high = self.high;
        quantity
    }
}

/// A document under construction.
pub(crate) struct DocBuilder {
    article: Article,
    analysis: Analysis,
}

/// Starts a document with id `id`, published on `published` (`YYYY-MM-DD`,
/// empty for unknown), whose text is `text`. Sentences end at `.`, `!` or `?`
/// followed by a space.
pub(crate) fn doc(id: &str, published: &str, text: &str) -> DocBuilder {
    let article = Article {
        id: DocId(id.to_string()),
        origin: format!("{id}.txt"),
        external_id: None,
        url: None,
        title: format!("Title of {id}"),
        source: None,
        author: None,
        published: PartialDate::parse_iso(published),
        lang: Some("en".into()),
        text: text.to_string(),
        blocks: vec![TextRange::new(0, text.len())],
        extra: serde_json::Map::new(),
    };
    let analysis = Analysis {
        sentences: sentences(text),
        ..Analysis::default()
    };
    DocBuilder { article, analysis }
}

impl DocBuilder {
    /// Places a quantity on the first occurrence of the claim's words.
    pub(crate) fn claim(mut self, spec: ClaimSpec) -> DocBuilder {
        let range = self.find(&spec.written);
        let mut quantity = spec.quantity_at(range, self.sentence_of(range));
        quantity.time = spec.time.as_deref().map(|time| self.find(time));
        self.analysis.quantities.push(quantity);
        self
    }

    /// Places a date mention on the first occurrence of `written`.
    pub(crate) fn date(mut self, written: &str, date: PartialDate) -> DocBuilder {
        let range = self.find(written);
        let mention = date_mention(range, self.sentence_of(range), date);
        self.analysis.dates.push(mention);
        self
    }

    /// Places a named mention of `kind` on the first occurrence of `name`.
    /// Sets the page title (and the outlet it names), which is not part of
    /// the text.
    pub(crate) fn title(mut self, title: &str, source: Option<&str>) -> DocBuilder {
        self.article.title = title.to_string();
        self.article.source = source.map(str::to_string);
        self
    }

    pub(crate) fn mention(mut self, name: &str, kind: EntityKind) -> DocBuilder {
        let range = self.find(name);
        self.analysis.mentions.push(Mention {
            range,
            kind,
            text: name.to_string(),
            role: None,
        });
        self
    }

    /// Places a quote on the first occurrence of `words`.
    pub(crate) fn quote(mut self, words: &str, speaker: Option<&str>) -> DocBuilder {
        let range = self.find(words);
        self.analysis
            .quotes
            .push(quote_at(range, speaker, Some("said")));
        self
    }

    /// Finishes the document.
    pub(crate) fn build(self) -> Document {
        Document {
            article: self.article,
            analysis: self.analysis,
        }
    }

    fn find(&self, written: &str) -> TextRange {
        let start = self
            .article
            .text
            .find(written)
            .unwrap_or_else(|| panic!("fixture text lacks {written:?}"));
        TextRange::new(start, start + written.len())
    }

    fn sentence_of(&self, range: TextRange) -> TextRange {
        self.analysis
            .sentences
            .iter()
            .copied()
            .find(|sentence| sentence.contains(range))
            .unwrap_or(range)
    }
}

/// A date mention, built through serde so that fields other stages add take
/// their defaults.
pub(crate) fn date_mention(
    range: TextRange,
    sentence: TextRange,
    date: PartialDate,
) -> DateMention {
    let value = serde_json::json!({
        "range": range,
        "sentence": sentence,
        "date": date,
        "relative": false,
    });
    serde_json::from_value(value).expect("a fixture date deserializes")
}

/// A quote, built through serde so that fields other stages add take their
/// defaults.
pub(crate) fn quote_at(range: TextRange, speaker: Option<&str>, channel: Option<&str>) -> Quote {
    let value = serde_json::json!({
        "range": range,
        "speaker": speaker,
        "speaker_range": null,
        "channel": channel,
    });
    serde_json::from_value(value).expect("a fixture quote deserializes")
}

/// A copy relation between two fixture documents.
pub(crate) fn relation(a: &str, b: &str, kind: RelationKind) -> Relation {
    Relation {
        a: DocId(a.to_string()),
        b: DocId(b.to_string()),
        kind,
        score: 0.9,
    }
}

fn sentences(text: &str) -> Vec<TextRange> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (index, byte) in bytes.iter().enumerate() {
        let ends = matches!(byte, b'.' | b'!' | b'?')
            && bytes.get(index + 1).is_none_or(|next| *next == b' ');
        if ends {
            sentences.push(TextRange::new(start, index + 1));
            start = (index + 2).min(text.len());
        }
    }
    if start < text.len() {
        sentences.push(TextRange::new(start, text.len()));
    }
    sentences
}
