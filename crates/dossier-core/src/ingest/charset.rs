//! Charset decoding: turns input bytes into UTF-8 text, deciding the encoding
//! in a fixed order of trust: byte-order mark, the charset an HTML page
//! declares, valid UTF-8, then a statistical guess (Firefox's detector).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Decoded text and how it was decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, valid UTF-8, without any byte-order mark.
    pub text: String,
    /// The WHATWG name of the encoding used ("UTF-8", "windows-1252", ...).
    pub charset: String,
    /// Whether the encoding was guessed by the detector rather than stated or valid UTF-8.
    pub guessed: bool,
    /// Whether some bytes could not be decoded and were replaced by U+FFFD.
    pub had_errors: bool,
}

/// How far into an HTML page a `<meta charset>` is looked for. Browsers look
/// at the first 1024 bytes; real pages often put scripts first, so we look further.
const META_SCAN_BYTES: usize = 8 * 1024;

/// Decodes `bytes`; `html` says whether a declared `<meta charset>` may be trusted.
pub fn decode(bytes: &[u8], html: bool) -> Decoded {
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_length..).unwrap_or_default();
        let (text, had_errors) = encoding.decode_without_bom_handling(rest);
        return Decoded {
            text: text.into_owned(),
            charset: encoding.name().to_string(),
            guessed: false,
            had_errors,
        };
    }
    if html && let Some(encoding) = declared_charset(bytes) {
        // A page that says it is UTF-8 but is not is common; trust the
        // declaration only when the bytes agree, else fall through to a guess.
        if encoding != UTF_8 || std::str::from_utf8(bytes).is_ok() {
            return decode_with(encoding, bytes, false);
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: text.to_string(),
            charset: UTF_8.name().to_string(),
            guessed: false,
            had_errors: false,
        };
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    // A UTF-8 guess for invalid UTF-8 would only produce replacement
    // characters; windows-1252 at least keeps every byte as a character.
    let encoding = if guess == UTF_8 { WINDOWS_1252 } else { guess };
    decode_with(encoding, bytes, true)
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8], guessed: bool) -> Decoded {
    // UTF-16 declared in a meta tag of an ASCII-compatible page is a lie
    // by construction (the tag could not have been read); browsers use UTF-8.
    let encoding = encoding.output_encoding();
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        charset: encoding.name().to_string(),
        guessed,
        had_errors,
    }
}

/// Finds the charset an HTML page declares in `<meta charset=...>` or
/// `<meta http-equiv="Content-Type" content="...; charset=...">`.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..bytes.len().min(META_SCAN_BYTES))?;
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(found) = find(&lower[from..], b"<meta") {
        let tag_start = from + found;
        let tag_end = find(&lower[tag_start..], b">").map_or(lower.len(), |end| tag_start + end);
        let tag = &lower[tag_start..tag_end];
        if let Some(position) = find(tag, b"charset") {
            let value = charset_value(&tag[position + b"charset".len()..]);
            if let Some(encoding) = Encoding::for_label(value) {
                return Some(encoding);
            }
        }
        from = tag_end;
    }
    None
}

/// Reads the value after `charset` in a tag: `="utf-8"`, `=utf-8;`, `= 'koi8-r'`.
fn charset_value(after: &[u8]) -> &[u8] {
    let mut rest = after;
    while let [first, tail @ ..] = rest {
        if first.is_ascii_whitespace() || *first == b'=' || *first == b'"' || *first == b'\'' {
            rest = tail;
        } else {
            break;
        }
    }
    let end = rest
        .iter()
        .position(|byte| {
            !(byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b':' | b'.'))
        })
        .unwrap_or(rest.len());
    &rest[..end]
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bom_wins_over_everything() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice("<meta charset=\"windows-1251\">café".as_bytes());
        let decoded = decode(&bytes, true);
        assert_eq!(decoded.charset, "UTF-8");
        assert!(decoded.text.starts_with("<meta"));
        assert!(decoded.text.ends_with("café"));
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Hello".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes, false).text, "Hello");
    }

    #[test]
    fn a_declared_charset_is_used_for_html() {
        let mut bytes = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>".to_vec();
        bytes.extend_from_slice(&[0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]);
        let decoded = decode(&bytes, true);
        assert_eq!(decoded.charset, "windows-1251");
        assert!(decoded.text.ends_with("Привет"));
    }

    #[test]
    fn iso_8859_1_means_windows_1252() {
        let bytes = b"<meta charset=iso-8859-1><p>\x93quoted\x94 caf\xe9</p>";
        let decoded = decode(bytes, true);
        assert_eq!(decoded.charset, "windows-1252");
        assert!(decoded.text.contains("\u{201c}quoted\u{201d} café"));
    }

    #[test]
    fn a_false_utf8_declaration_falls_back_to_a_guess() {
        let bytes =
            b"<meta charset=\"utf-8\"><p>Les caf\xe9s du port sont ferm\xe9s depuis lundi.</p>";
        let decoded = decode(bytes, true);
        assert!(decoded.guessed);
        assert!(decoded.text.contains("cafés"), "{}", decoded.text);
    }

    #[test]
    fn valid_utf8_is_taken_as_is() {
        let decoded = decode("Nausėda said".as_bytes(), false);
        assert_eq!(decoded.charset, "UTF-8");
        assert!(!decoded.guessed);
    }

    #[test]
    fn cyrillic_windows_1251_text_is_guessed() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(
            "Правительство объявило о новых мерах поддержки для жителей города в понедельник.",
        );
        let decoded = decode(&bytes, false);
        assert_eq!(decoded.charset, "windows-1251");
        assert!(decoded.text.contains("Правительство"));
    }
}
