//! Tests of the ingest stage: formats, charsets, rejections, records.

use proptest::prelude::*;

use super::*;

fn run(bytes: &[u8], hint: FormatHint) -> Ingested {
    ingest("in/file", bytes, hint, &IngestConfig::default())
}

fn only_error(ingested: &Ingested) -> &Diagnostic {
    assert!(ingested.documents.is_empty(), "{:?}", ingested.documents);
    let errors: Vec<&Diagnostic> = ingested
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{:?}", ingested.diagnostics);
    errors[0]
}

#[test]
fn plain_text_becomes_one_document_with_a_content_id() {
    let bytes = b"Ferry strike ends\n\nThe ferry crews returned to work on Monday.";
    let ingested = run(bytes, FormatHint::Text);
    assert_eq!(ingested.documents.len(), 1);
    let document = &ingested.documents[0];
    assert_eq!(document.format, Format::Text);
    assert_eq!(document.id, DocId::from_content(bytes));
    assert_eq!(document.origin, "in/file");
    assert_eq!(run(bytes, FormatHint::Text).documents[0].id, document.id);
}

#[test]
fn empty_and_whitespace_inputs_are_rejected_by_name() {
    for bytes in [&b""[..], b"   \n\t\r\n ", b"\xEF\xBB\xBF  \n"] {
        let ingested = run(bytes, FormatHint::Auto);
        let diagnostic = only_error(&ingested);
        assert_eq!(diagnostic.origin, "in/file");
        assert!(
            diagnostic.message.contains("empty"),
            "{}",
            diagnostic.message
        );
    }
}

#[test]
fn binary_content_is_rejected() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0";
    assert!(
        only_error(&run(png, FormatHint::Text))
            .message
            .contains("binary")
    );
    let controls: Vec<u8> = (0..400u32).map(|n| (n % 8 + 1) as u8).collect();
    assert!(
        only_error(&run(&controls, FormatHint::Auto))
            .message
            .contains("binary")
    );
}

#[test]
fn oversized_input_is_rejected() {
    let config = IngestConfig { max_bytes: 10 };
    let ingested = ingest(
        "big.txt",
        b"more than ten bytes here",
        FormatHint::Text,
        &config,
    );
    assert!(only_error(&ingested).message.contains("limit"));
}

#[test]
fn windows_1252_text_is_decoded() {
    let ingested = run(
        b"Caf\xe9 owners protest\n\nThe caf\xe9s closed.",
        FormatHint::Text,
    );
    let document = &ingested.documents[0];
    assert!(document.content.contains("cafés"));
    assert_eq!(document.charset, "windows-1252");
}

#[test]
fn auto_sniffs_html_json_lines_and_text() {
    let html = b"<!DOCTYPE html><html><body><p>Hello there.</p></body></html>";
    assert_eq!(
        run(html, FormatHint::Auto).documents[0].format,
        Format::Html
    );
    let records = b"{\"id\":\"a\",\"text\":\"Quay flooded after storm.\"}\n";
    let ingested = run(records, FormatHint::Auto);
    assert_eq!(
        ingested.documents[0].given.external_id.as_deref(),
        Some("a")
    );
    let text = b"<3 this harbour\n\nIt is lovely in spring.";
    assert_eq!(
        run(text, FormatHint::Auto).documents[0].format,
        Format::Text
    );
    let brace = b"{not json} was the sign on the door\n\nWe laughed.";
    assert_eq!(
        run(brace, FormatHint::Auto).documents[0].format,
        Format::Text
    );
}

#[test]
fn json_lines_records_carry_their_metadata_and_extras() {
    let line = r#"{"id":7,"url":"https://news.example/a","title":" Bridge reopens ","text":"The bridge reopened.","published":"2026-03-10","source":"Coast Daily","author":[{"name":"A. Writer"},"B. Writer"],"section":"local"}"#;
    let ingested = run(line.as_bytes(), FormatHint::JsonLines);
    let document = &ingested.documents[0];
    assert_eq!(document.id, DocId::from_content(line.as_bytes()));
    assert_eq!(document.format, Format::Text);
    let given = &document.given;
    assert_eq!(given.external_id.as_deref(), Some("7"));
    assert_eq!(given.title.as_deref(), Some("Bridge reopens"));
    assert_eq!(given.author.as_deref(), Some("A. Writer, B. Writer"));
    assert_eq!(given.published.as_deref(), Some("2026-03-10"));
    assert_eq!(
        given.extra.get("section"),
        Some(&serde_json::json!("local"))
    );
    assert!(!given.extra.contains_key("text"));
}

#[test]
fn a_broken_record_is_named_by_line_and_the_others_go_on() {
    let lines = concat!(
        r#"{"id":"r1","text":"One."}"#,
        "\n",
        r#"{"id":"r2","title":"bro"#,
        "\n\n",
        r#"[1,2]"#,
        "\n",
        r#"{"id":"r4","title":"no body"}"#,
        "\n",
        r#"{"id":"r5","html":"<p>Five.</p>"}"#,
        "\n"
    );
    let ingested = ingest(
        "feed.jsonl",
        lines.as_bytes(),
        FormatHint::JsonLines,
        &IngestConfig::default(),
    );
    let ids: Vec<_> = ingested
        .documents
        .iter()
        .map(|d| d.given.external_id.clone().unwrap_or_default())
        .collect();
    assert_eq!(ids, ["r1", "r5"]);
    assert_eq!(ingested.documents[1].format, Format::Html);
    let origins: Vec<&str> = ingested
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.origin.as_str())
        .collect();
    assert_eq!(origins, ["feed.jsonl:2", "feed.jsonl:4", "feed.jsonl#r4"]);
}

proptest! {
    #[test]
    fn ingest_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..600), hint in 0..4u8) {
        let hint = [FormatHint::Auto, FormatHint::Text, FormatHint::Html, FormatHint::JsonLines][hint as usize];
        let ingested = run(&bytes, hint);
        for document in ingested.documents {
            prop_assert!(!document.content.trim().is_empty());
        }
    }

    #[test]
    fn ingest_never_panics_on_text_like_input(text in "[a-zA-Z{}\":,<> \n\u{e9}\u{201c}]{0,300}") {
        let _ = run(text.as_bytes(), FormatHint::Auto);
    }
}
