//! Small text helpers shared by several stages: folding for comparison.
//!
//! Folded forms are derived copies for matching; they never replace `Article::text`.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

// The fixed word tables that every token is looked up in use the Fx hasher
// of `rustc-hash` (already in the build through a dependency). The standard
// SipHash is keyed against inputs crafted to collide, which these tables do
// not need: they are built from the project's own lists, and a lookup cannot
// grow them. Tables filled from article text keep the standard hasher.

/// A map with the Fx hasher, for fixed word tables.
pub(crate) type FastMap<K, V> = HashMap<K, V, rustc_hash::FxBuildHasher>;

/// A set with the Fx hasher, for fixed word lists.
pub(crate) type FastSet<K> = HashSet<K, rustc_hash::FxBuildHasher>;

/// Folds a string for comparison: transliterated to ASCII, lower-case, with
/// runs of non-alphanumerics collapsed to one space.
pub fn fold(text: &str) -> String {
    let ascii = deunicode::deunicode(text);
    let mut out = String::with_capacity(ascii.len());
    let mut pending_space = false;
    for ch in ascii.chars() {
        if ch.is_ascii_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(ch.to_ascii_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

/// A string in lower case (as `str::to_lowercase` gives it), borrowed when
/// it is all ASCII without capitals, as most words are, so that lookups made
/// at every word need not allocate a copy.
pub(crate) fn lower(text: &str) -> Cow<'_, str> {
    if text
        .bytes()
        .all(|byte| byte.is_ascii() && !byte.is_ascii_uppercase())
    {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.to_lowercase())
    }
}

/// English weekday names, lower-case, Monday first.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// English month names, lower-case, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Tells whether a lower-case word names a weekday or a month: capitalised,
/// but never a name, and no content of a story by itself.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    WEEKDAYS.contains(&word) || MONTHS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::{FastSet, fold, lower};

    #[test]
    fn fold_transliterates_and_collapses() {
        assert_eq!(fold("Nausėda,  Gitanas!"), "nauseda gitanas");
        assert_eq!(fold("  "), "");
    }

    #[test]
    fn lower_borrows_only_what_is_lower_case_already() {
        for word in ["shot", "Shot", "ÉTÉ", "ǅ", "x-1", "", "İ"] {
            assert_eq!(lower(word), word.to_lowercase(), "{word}");
        }
        assert!(matches!(lower("shot"), std::borrow::Cow::Borrowed(_)));
        assert!(matches!(lower("Shot"), std::borrow::Cow::Owned(_)));
    }

    #[test]
    fn fast_set_finds_what_it_holds_and_nothing_else() {
        let words = ["a", "ab", "ab\0", "abcdefgh", "abcdefghi", "", "ünï"];
        let set: FastSet<&str> = words.iter().copied().collect();
        assert_eq!(set.len(), words.len());
        for word in words {
            assert!(set.contains(word), "{word:?}");
        }
        assert!(!set.contains("abcdefg"));
        assert!(!set.contains("b"));
    }
}
