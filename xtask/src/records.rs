//! The article records of the GVA and ECB+ benchmark files (`articles.jsonl`),
//! as the harnesses read them and hand them to the pipeline.

use std::io::{BufRead, BufReader};
use std::path::Path;

use anyhow::Context;
use dossier_core::analyse;
use dossier_core::extract;
use dossier_core::model::{
    Article, DocId, Document, Format, GivenMetadata, PartialDate, RawDocument, TextRange,
};
use dossier_core::pipeline::PipelineConfig;
use serde_json::Value;

/// One benchmark article.
pub struct Record {
    /// The JSON line as read: its bytes are the article's id, as `dossier
    /// ingest` derives it for a JSON Lines record.
    pub line: String,
    pub id: String,
    pub title: Option<String>,
    pub text: String,
    pub date: Option<String>,
    pub source: Option<String>,
}

impl Record {
    pub fn of(value: &Value, line: String) -> Record {
        let text_field = |key: &str| value[key].as_str().map(str::to_string);
        Record {
            id: text_field("id").unwrap_or_default(),
            title: text_field("title"),
            text: text_field("text").unwrap_or_default(),
            date: text_field("date"),
            source: text_field("source"),
            line,
        }
    }

    /// The record as the input `dossier ingest` makes of it.
    pub fn raw_document(&self) -> RawDocument {
        RawDocument {
            id: DocId::from_content(self.line.as_bytes()),
            origin: "bench".into(),
            format: Format::Text,
            content: self.text.clone(),
            charset: "utf-8".into(),
            given: GivenMetadata {
                external_id: Some(self.id.clone()),
                title: self.title.clone(),
                published: self.date.clone(),
                source: self.source.clone(),
                ..GivenMetadata::default()
            },
        }
    }
}

/// Calls `each` with every JSON line of a file, parsed, and the line itself;
/// blank lines are skipped.
pub fn for_each_line(path: &Path, mut each: impl FnMut(&Value, String)) -> anyhow::Result<()> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    for (number, line) in BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("reading {}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(&line)
            .with_context(|| format!("{}: line {} is not JSON", path.display(), number + 1))?;
        each(&value, line);
    }
    Ok(())
}

/// Extracts and analyses each record, skipping repeats; when extraction finds
/// no article in a record (a stub, or a page it rejects), the record's text
/// is taken as it is, so the later stages still get judged.
pub fn analysed(records: &[Record], config: &PipelineConfig) -> Vec<Document> {
    let mut documents: Vec<Document> = Vec::new();
    for record in records {
        let raw = record.raw_document();
        let article = extract::extract(&raw, &config.extract)
            .article
            .unwrap_or_else(|| article_as_given(&raw));
        if documents.iter().any(|doc| doc.article.id == article.id) {
            continue;
        }
        let analysis = analyse::analyse(&article, &config.analyse);
        documents.push(Document { article, analysis });
    }
    documents
}

/// The record's text as the article, paragraphs at blank lines.
pub fn article_as_given(raw: &RawDocument) -> Article {
    let text = raw.content.trim().to_string();
    let mut blocks = Vec::new();
    let mut offset = 0;
    for paragraph in text.split("\n\n") {
        let start = offset + (paragraph.len() - paragraph.trim_start().len());
        let end = offset + paragraph.trim_end().len();
        if end > start {
            blocks.push(TextRange::new(start, end));
        }
        offset += paragraph.len() + 2;
    }
    Article {
        id: raw.id.clone(),
        origin: raw.origin.clone(),
        external_id: raw.given.external_id.clone(),
        url: None,
        title: raw.given.title.clone().unwrap_or_default(),
        source: raw.given.source.clone(),
        author: None,
        published: raw
            .given
            .published
            .as_deref()
            .and_then(PartialDate::parse_iso),
        lang: Some("en".into()),
        text,
        blocks,
        extra: serde_json::Map::new(),
    }
}
