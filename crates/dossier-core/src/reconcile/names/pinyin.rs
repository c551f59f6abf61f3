//! Chinese names in Hanyu Pinyin read as Wade-Giles: older maps, Taiwan and
//! many foreign-language sources write "Hsiang-yang", "Tung-yang" and
//! "Ch'ung-ch'ing" for the Pinyin "Xiangyang", "Dongyang" and "Chongqing".
//!
//! Pinyin is regular enough to read syllable by syllable into Wade-Giles
//! (the reverse is ambiguous once the aspiration apostrophes are dropped, as
//! most spellings do), so only that direction is computed, on folded text.

/// Pinyin initials, longest first; a syllable may also have none.
const INITIALS: &[&str] = &[
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w",
];

/// Pinyin finals, longest first (ü folds to "u", and is "v" in some inputs).
const FINALS: &[&str] = &[
    "iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "ai",
    "ao", "an", "ei", "en", "er", "ia", "ie", "in", "iu", "ou", "ua", "uo", "ui", "un", "ue", "ve",
    "a", "e", "i", "o", "u", "v",
];

/// Splits a folded word into Pinyin syllables (initial, final), or `None`
/// when it is no sequence of them. Backtracks, so "xian" is one syllable and
/// "dongan" is "dong" + "an".
pub(crate) fn syllables(word: &str) -> Option<Vec<(&'static str, &'static str)>> {
    fn parse(rest: &str, out: &mut Vec<(&'static str, &'static str)>) -> bool {
        if rest.is_empty() {
            return true;
        }
        let initials = INITIALS.iter().copied().chain(std::iter::once(""));
        for initial in initials.filter(|i| rest.starts_with(i)) {
            let after = rest.get(initial.len()..).unwrap_or("");
            for final_ in FINALS.iter().copied().filter(|f| after.starts_with(f)) {
                // A final with no initial opens a word or follows a vowel
                // only where Pinyin writes an apostrophe; allow it, as the
                // apostrophe is dropped before this point.
                if initial.is_empty() && !out.is_empty() && !final_.starts_with(['a', 'e', 'o']) {
                    continue;
                }
                // "er" stands alone in Pinyin; after a consonant it is a
                // sign of another language ("Bern", "Herat").
                if final_ == "er" && !initial.is_empty() {
                    continue;
                }
                out.push((initial, final_));
                if parse(after.get(final_.len()..).unwrap_or(""), out) {
                    return true;
                }
                out.pop();
            }
        }
        false
    }
    if word.is_empty() || word.len() > 24 || !word.is_ascii() {
        return None;
    }
    let mut out = Vec::new();
    parse(word, &mut out).then_some(out)
}

/// One Pinyin syllable in Wade-Giles, aspiration apostrophes and umlauts
/// left out.
fn wade_giles(initial: &str, final_: &str) -> String {
    let retroflex = matches!(initial, "zh" | "ch" | "sh" | "r");
    let dental = matches!(initial, "z" | "c" | "s");
    let head = match initial {
        "zh" | "ch" | "j" | "q" => "ch",
        "x" => "hs",
        "z" | "c" if final_ == "i" => "tz",
        "s" if final_ == "i" => "ss",
        "z" | "c" => "ts",
        "b" => "p",
        "d" => "t",
        "g" => "k",
        "r" => "j",
        other => other,
    };
    let tail = match final_ {
        "i" if retroflex => "ih",
        "i" if dental => "u",
        "i" if initial == "y" => "",
        "ong" => "ung",
        "iong" => "iung",
        "ian" => "ien",
        "an" if initial == "y" => "en",
        "ie" => "ieh",
        "e" if initial == "y" => "eh",
        "ue" | "ve" => "ueh",
        "uo" => "o",
        "ui" => "uei",
        "ou" if initial == "y" => "u",
        "e" if matches!(initial, "g" | "k" | "h") => "o",
        "er" if initial.is_empty() => "erh",
        "v" => "u",
        other => other,
    };
    let head = if initial == "y" && final_ == "i" {
        "i"
    } else {
        head
    };
    format!("{head}{tail}")
}

/// A word of two Pinyin syllables or more read as Wade-Giles, the syllables
/// run together ("xiangyang" -> "hsiangyang"), or `None` when the word is
/// not Pinyin.
pub(crate) fn as_wade_giles(word: &str) -> Option<String> {
    let parts = syllables(word)?;
    if parts.len() < 2 {
        return None;
    }
    Some(parts.iter().map(|(i, f)| wade_giles(i, f)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinyin_words_split_into_syllables() {
        assert_eq!(syllables("xian").map(|s| s.len()), Some(1));
        assert_eq!(syllables("dongan").map(|s| s.len()), Some(2));
        assert!(syllables("hsiang").is_none());
        assert!(syllables("moskva").is_none());
    }

    #[test]
    fn pinyin_reads_as_wade_giles() {
        assert_eq!(as_wade_giles("xiangyang").as_deref(), Some("hsiangyang"));
        assert_eq!(as_wade_giles("dongyang").as_deref(), Some("tungyang"));
        assert_eq!(as_wade_giles("chongqing").as_deref(), Some("chungching"));
        assert_eq!(as_wade_giles("guiyang").as_deref(), Some("kueiyang"));
        assert_eq!(as_wade_giles("dalian").as_deref(), Some("talien"));
        assert_eq!(as_wade_giles("zhishi").as_deref(), Some("chihshih"));
        assert_eq!(as_wade_giles("yichang").as_deref(), Some("ichang"));
        assert_eq!(as_wade_giles("majie").as_deref(), Some("machieh"));
        assert_eq!(as_wade_giles("zigong").as_deref(), Some("tzukung"));
        assert!(as_wade_giles("xian").is_none());
    }
}
