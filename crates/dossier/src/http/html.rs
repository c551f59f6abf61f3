//! HTML building blocks shared by the pages: escaping (every piece of article
//! content is untrusted), the page frame, and the way values are written.

use axum::http::header;
use axum::response::{IntoResponse, Response};
use dossier_core::model::{FactVariant, PartialDate, Qualifier};

/// Escapes text for use in HTML content and in quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + text.len() / 8);
    for ch in text.chars() {
        match ch {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            // Control characters other than whitespace have no place in a
            // page and some browsers treat NUL specially.
            ch if ch.is_control() && !matches!(ch, '\n' | '\t' | '\r') => {
                escaped.push('\u{fffd}');
            }
            ch => escaped.push(ch),
        }
    }
    escaped
}

/// Percent-encodes a value for a URL path segment or query value, so an id
/// can never break out of the URL it is put in.
pub fn encode_component(value: &str) -> String {
    let mut encoded = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// The link to a story page.
pub fn story_href(id: &str) -> String {
    format!("/stories/{}", encode_component(id))
}

/// The link to an article page.
pub fn article_href(id: &str) -> String {
    format!("/articles/{}", encode_component(id))
}

/// Wraps a page body in the common frame and answers with it.
pub fn page_response(title: &str, body: &str, search: Option<&str>) -> Response {
    let html = frame(title, body, search);
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
}

/// The common frame: header with the search box, main content, footer.
pub fn frame(title: &str, body: &str, search: Option<&str>) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>{title} · dossier</title>\n\
         <link rel=\"stylesheet\" href=\"/assets/style.css\">\n</head>\n<body>\n\
         <a class=\"skip\" href=\"#main\">Skip to content</a>\n\
         <header class=\"top\">\n<a class=\"brand\" href=\"/\">dossier</a>\n\
         <form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">\n\
         <label for=\"q\" class=\"visually-hidden\">Search articles</label>\n\
         <input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Search articles\" value=\"{search}\">\n\
         <button type=\"submit\">Search</button>\n</form>\n</header>\n\
         <main id=\"main\" tabindex=\"-1\">\n{body}\n</main>\n\
         <footer class=\"bottom\"><a href=\"/api/openapi.json\">API</a> · every article's text is shown as stored; links to outlets are never fetched by this server</footer>\n\
         </body>\n</html>\n",
        title = escape(title),
        search = escape(search.unwrap_or("")),
    )
}

/// Names an article's outlet for a reader: its source, or else the file it
/// was read from (without the folders, which say nothing to a reader).
pub fn outlet_label(article: &dossier_core::model::Article) -> &str {
    match article.source.as_deref().map(str::trim) {
        Some(source) if !source.is_empty() => source,
        _ => article
            .origin
            .rsplit(['/', '\\'])
            .next()
            .filter(|name| !name.is_empty())
            .unwrap_or("unknown outlet"),
    }
}

/// Writes a date, or a dash when unknown.
pub fn date_or_dash(date: Option<PartialDate>) -> String {
    date.map(|date| date.to_string())
        .unwrap_or_else(|| "–".to_string())
}

/// Writes a variant's value with its hedge, as a reader would say it.
pub fn variant_label(variant: &FactVariant) -> String {
    let value = format_number(variant.value);
    let high = variant.high.map(format_number).unwrap_or_default();
    match variant.qualifier {
        Qualifier::Exact => value,
        Qualifier::Approximate => format!("about {value}"),
        Qualifier::AtLeast => format!("over {value}"),
        Qualifier::AtMost => format!("up to {value}"),
        Qualifier::Range => format!("{value} to {high}"),
        Qualifier::Alternatives => format!("{value} or {high}"),
        Qualifier::Vague if variant.text.is_empty() => format!("some {value}"),
        Qualifier::Vague => variant.text.clone(),
    }
}

pub use crate::numbers::{format_number, truncate};

#[cfg(test)]
mod tests {
    use super::{encode_component, escape, format_number, truncate};

    #[test]
    fn markup_and_quotes_are_escaped() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
        assert_eq!(escape("a\u{0}b"), "a\u{fffd}b");
    }

    #[test]
    fn ids_cannot_break_out_of_a_url() {
        assert_eq!(encode_component("s12ab"), "s12ab");
        assert_eq!(encode_component("a/b?c\"d"), "a%2Fb%3Fc%22d");
        assert_eq!(encode_component("é"), "%C3%A9");
    }

    #[test]
    fn numbers_and_lines_are_written_for_readers() {
        assert_eq!(format_number(1200000.0), "1,200,000");
        assert_eq!(format_number(-1500.0), "-1,500");
        assert_eq!(format_number(f64::NAN), "?");
        assert_eq!(truncate("ąąąąą", 3), "ąą\u{2026}");
    }
}
