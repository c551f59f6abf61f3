//! Ingest: raw input bytes -> [`RawDocument`]s.
//!
//! Sniffs the format (plain text, HTML, JSON Lines), decodes the charset (BOM,
//! declared charset, then a detector), and splits JSON Lines files into records.
//! A broken record or an undecodable file becomes a [`Diagnostic`], never an error.

mod charset;
mod jsonl;
#[cfg(test)]
mod tests;

pub use charset::{Decoded, decode};

use crate::model::{Diagnostic, DocId, Format, GivenMetadata, RawDocument, Severity, Stage};

/// What the caller knows of the input's format (usually from the file name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatHint {
    /// Decide from the content.
    Auto,
    /// Plain text.
    Text,
    /// HTML.
    Html,
    /// JSON Lines records.
    JsonLines,
}

/// Options of the ingest stage.
#[derive(Clone, Debug)]
pub struct IngestConfig {
    /// Inputs larger than this many bytes are rejected with a diagnostic.
    pub max_bytes: usize,
}

impl Default for IngestConfig {
    fn default() -> IngestConfig {
        IngestConfig {
            max_bytes: 32 * 1024 * 1024,
        }
    }
}

/// The documents read from one input, and what was odd about it.
#[derive(Clone, Debug, Default)]
pub struct Ingested {
    /// Documents, in input order.
    pub documents: Vec<RawDocument>,
    /// Problems, each naming the input.
    pub diagnostics: Vec<Diagnostic>,
}

impl Ingested {
    fn rejected(origin: &str, message: impl Into<String>) -> Ingested {
        Ingested {
            documents: Vec::new(),
            diagnostics: vec![error(origin, message)],
        }
    }
}

/// Reads one input (a file's bytes, or standard input) into documents.
pub fn ingest(origin: &str, bytes: &[u8], hint: FormatHint, config: &IngestConfig) -> Ingested {
    if bytes.len() > config.max_bytes {
        return Ingested::rejected(
            origin,
            format!(
                "{} bytes is over the limit of {} bytes",
                bytes.len(),
                config.max_bytes
            ),
        );
    }
    if looks_binary(bytes) {
        return Ingested::rejected(origin, "binary content, not text, HTML or JSON Lines");
    }
    let format = match hint {
        FormatHint::Auto => sniff(bytes),
        known => known,
    };
    let decoded = decode(bytes, format == FormatHint::Html);
    if decoded.text.trim().is_empty() {
        return Ingested::rejected(origin, "empty or whitespace-only input");
    }
    let mut ingested = Ingested::default();
    if decoded.guessed || decoded.had_errors {
        ingested.diagnostics.push(Diagnostic::new(
            origin,
            Stage::Ingest,
            Severity::Info,
            format!(
                "charset {} {}",
                decoded.charset,
                if decoded.had_errors {
                    "used; some bytes could not be decoded and were replaced"
                } else {
                    "guessed: the input is not UTF-8 and declares no charset"
                }
            ),
        ));
    }
    match format {
        FormatHint::JsonLines => {
            jsonl::read_records(origin, &decoded.text, &decoded.charset, &mut ingested);
        }
        FormatHint::Html | FormatHint::Text | FormatHint::Auto => {
            ingested.documents.push(RawDocument {
                id: DocId::from_content(bytes),
                origin: origin.to_string(),
                format: if format == FormatHint::Html {
                    Format::Html
                } else {
                    Format::Text
                },
                content: decoded.text,
                charset: decoded.charset,
                given: GivenMetadata::default(),
            });
        }
    }
    ingested
}

fn error(origin: &str, message: impl Into<String>) -> Diagnostic {
    Diagnostic::new(origin, Stage::Ingest, Severity::Error, message)
}

/// How much of the input the binary and format sniffers look at.
const SNIFF_BYTES: usize = 8 * 1024;

/// Tells binary content from text: NUL bytes (outside UTF-16, which has a
/// BOM), or a high share of control characters that no text encoding uses.
fn looks_binary(bytes: &[u8]) -> bool {
    if encoding_rs::Encoding::for_bom(bytes).is_some_and(|(encoding, _)| {
        encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE
    }) {
        return false;
    }
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if head.is_empty() {
        return false;
    }
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|byte| **byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    controls * 20 > head.len()
}

/// Guesses the format of content with no usable file name (standard input).
fn sniff(bytes: &[u8]) -> FormatHint {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let head = String::from_utf8_lossy(head);
    let trimmed = head.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('{') {
        let first_line = trimmed.lines().next().unwrap_or_default();
        let is_record = serde_json::from_str::<serde_json::Value>(first_line)
            .is_ok_and(|value| value.is_object());
        // A first line cut off by the sniff window still opens a record.
        if is_record || first_line.len() >= head.len().saturating_sub(1) {
            return FormatHint::JsonLines;
        }
    }
    let lower = trimmed.get(..trimmed.len().min(2048)).unwrap_or(trimmed);
    let lower = lower.to_ascii_lowercase();
    const HTML_MARKERS: &[&str] = &[
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<title",
        "<article",
        "<div",
        "<p>",
        "<p ",
    ];
    if lower.starts_with('<') && HTML_MARKERS.iter().any(|marker| lower.contains(marker)) {
        return FormatHint::Html;
    }
    FormatHint::Text
}
