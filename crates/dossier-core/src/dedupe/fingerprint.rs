//! Fingerprints of one article for copy detection: its folded text hash, its
//! sentences long enough to tell a copy apart from a stock phrase, and the
//! hashed word shingles of those sentences.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use crate::text::fold;

/// Hashes keys that are already xxh3 hashes by passing them through: SipHash
/// over them is wasted work on the hottest loop of the stage.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct PassThroughHasher(u64);

impl Hasher for PassThroughHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only reached for keys other than u64; fold them in, order-sensitive.
        for byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*byte);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

/// A set of shingle hashes.
pub(crate) type ShingleSet = HashSet<u64, BuildHasherDefault<PassThroughHasher>>;

/// A map keyed by shingle hashes.
pub(crate) type ShingleMap<V> =
    std::collections::HashMap<u64, V, BuildHasherDefault<PassThroughHasher>>;

/// A sentence of the clean text kept for comparison.
#[derive(Clone, Debug)]
pub(crate) struct Sentence {
    /// Hashes of the sentence's word shingles (the whole sentence when it is
    /// shorter than one shingle).
    pub shingles: Vec<u64>,
}

/// What copy detection compares of one article.
#[derive(Clone, Debug)]
pub(crate) struct Fingerprint {
    /// Hash of the whole folded text; `None` for a text with no word.
    pub exact: Option<u64>,
    /// Kept sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Every shingle of the kept sentences.
    pub shingles: ShingleSet,
}

impl Fingerprint {
    /// Fingerprints a clean text, keeping sentences of at least `min_words` words.
    pub(crate) fn of(text: &str, min_words: usize, shingle_words: usize) -> Fingerprint {
        let folded = fold(text);
        let exact = (!folded.is_empty()).then(|| xxhash_rust::xxh3::xxh3_64(folded.as_bytes()));
        let mut sentences = Vec::new();
        let mut shingles = ShingleSet::default();
        // One buffer for every shingle's text, instead of a string each.
        let mut shingle_text = String::new();
        for piece in split_sentences(text) {
            let folded = fold(piece);
            let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
            // Short lines are menus, bylines and share counters on scraped pages:
            // two unrelated pages of one site share many of them.
            if words.len() < min_words.max(1) {
                continue;
            }
            let size = shingle_words.max(1).min(words.len());
            let hashes: Vec<u64> = words
                .windows(size)
                .map(|window| {
                    shingle_text.clear();
                    for (position, word) in window.iter().enumerate() {
                        if position > 0 {
                            shingle_text.push(' ');
                        }
                        shingle_text.push_str(word);
                    }
                    xxhash_rust::xxh3::xxh3_64(shingle_text.as_bytes())
                })
                .collect();
            shingles.extend(hashes.iter().copied());
            sentences.push(Sentence { shingles: hashes });
        }
        Fingerprint {
            exact,
            sentences,
            shingles,
        }
    }
}

/// Splits a text into rough sentences: at line breaks, and after `.`, `!` or
/// `?` followed by white space. Good enough to compare texts; the analyse stage
/// owns the real sentence boundaries.
pub(crate) fn split_sentences(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut previous_ends_sentence = false;
    for (index, ch) in text.char_indices() {
        let boundary = ch == '\n' || (ch.is_whitespace() && previous_ends_sentence);
        if boundary {
            if let Some(piece) = text.get(start..index)
                && !piece.trim().is_empty()
            {
                pieces.push(piece.trim());
            }
            start = index + ch.len_utf8();
        }
        previous_ends_sentence = matches!(ch, '.' | '!' | '?');
    }
    if let Some(piece) = text.get(start..)
        && !piece.trim().is_empty()
    {
        pieces.push(piece.trim());
    }
    pieces
}
