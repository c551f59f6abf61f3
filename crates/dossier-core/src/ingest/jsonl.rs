//! JSON Lines records: one article per line, with its metadata beside the
//! content. A broken line is reported by line number and the others go on.

use serde_json::{Map, Value};

use super::{Ingested, error};
use crate::model::{DocId, Format, GivenMetadata, RawDocument};

/// Fields read into [`GivenMetadata`] or the content; every other field is kept in `extra`.
const KNOWN_FIELDS: &[&str] = &[
    "id",
    "url",
    "title",
    "text",
    "html",
    "published",
    "source",
    "author",
];

/// Reads every record of a decoded JSON Lines file into `ingested`.
pub fn read_records(origin: &str, text: &str, charset: &str, ingested: &mut Ingested) {
    for (index, line) in text.lines().enumerate() {
        let line_number = index + 1;
        let line = line.trim_start_matches('\u{feff}');
        if line.trim().is_empty() {
            continue;
        }
        let line_origin = format!("{origin}:{line_number}");
        let record = match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(record)) => record,
            Ok(_) => {
                ingested.diagnostics.push(error(
                    &line_origin,
                    "broken record: the line is JSON but not an object",
                ));
                continue;
            }
            Err(reason) => {
                ingested.diagnostics.push(error(
                    &line_origin,
                    format!("broken record: not valid JSON ({reason})"),
                ));
                continue;
            }
        };
        let external_id = record.get("id").and_then(scalar_text);
        let record_origin = match &external_id {
            Some(id) => format!("{origin}#{id}"),
            None => line_origin,
        };
        let html = record.get("html").and_then(non_empty_text);
        let body = record.get("text").and_then(non_empty_text);
        let (format, content) = match (html, body) {
            (Some(html), _) => (Format::Html, html),
            (None, Some(body)) => (Format::Text, body),
            (None, None) => {
                ingested.diagnostics.push(error(
                    &record_origin,
                    "record has neither a \"text\" nor an \"html\" field with content",
                ));
                continue;
            }
        };
        let extra: Map<String, Value> = record
            .iter()
            .filter(|(key, _)| !KNOWN_FIELDS.contains(&key.as_str()))
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect();
        let given = GivenMetadata {
            external_id,
            url: record.get("url").and_then(scalar_text),
            title: record.get("title").and_then(scalar_text),
            published: record.get("published").and_then(scalar_text),
            source: record.get("source").and_then(scalar_text),
            author: record.get("author").and_then(author_text),
            extra,
        };
        ingested.documents.push(RawDocument {
            id: DocId::from_content(line.as_bytes()),
            origin: origin.to_string(),
            format,
            content,
            charset: charset.to_string(),
            given,
        });
    }
}

/// A string, number or boolean as trimmed text; nothing for empty strings, null, arrays and objects.
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => non_empty(text),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

fn non_empty_text(value: &Value) -> Option<String> {
    value
        .as_str()
        .filter(|text| !text.trim().is_empty())
        .map(str::to_string)
}

fn non_empty(text: &str) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// An author given as a string, an object with a `name`, or a list of either.
fn author_text(value: &Value) -> Option<String> {
    match value {
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(author_text).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        Value::Object(object) => object.get("name").and_then(scalar_text),
        other => scalar_text(other),
    }
}
