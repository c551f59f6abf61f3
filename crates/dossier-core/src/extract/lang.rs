//! Language of a plain-text scrape, which declares none: the language whose
//! commonest function words the text uses most. HTML pages get theirs from
//! `<html lang>` or the `trafilatura` crate's detector instead.

/// The commonest short function words of each language, lower case. Words
/// shared by several languages ("de", "la", "a") are left out, as they would
/// not tell them apart.
const FUNCTION_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "that", "with", "was", "for", "on", "are", "this",
            "by", "from", "have", "said",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "für", "ein", "eine",
            "dem", "den", "auch", "wird",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "et", "des", "est", "une", "pour", "dans", "qui", "pas", "sur", "au",
            "du", "avec", "sont", "ce",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "del", "que", "y", "una", "por", "con", "para", "es", "su", "se",
            "lo", "como", "más",
        ],
    ),
    (
        "it",
        &[
            "il", "che", "di", "e", "gli", "della", "per", "una", "sono", "non", "con", "nel",
            "alla", "anche", "è", "dei",
        ],
    ),
    (
        "nl",
        &[
            "het", "een", "van", "en", "dat", "niet", "zijn", "op", "met", "voor", "ook", "wordt",
            "bij", "naar", "uit", "dit",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "dos",
            "das", "no", "na",
        ],
    ),
    (
        "pl",
        &[
            "i", "w", "nie", "na", "się", "że", "z", "do", "to", "jest", "jak", "od", "po", "oraz",
            "przez", "dla",
        ],
    ),
    (
        "ru",
        &[
            "и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "он", "за", "от", "о",
            "для", "его",
        ],
    ),
    (
        "uk",
        &[
            "і", "в", "не", "на", "що", "з", "та", "до", "це", "як", "від", "за", "у", "для",
            "його", "про",
        ],
    ),
];

/// A guess needs this many function words from the winning language.
const MIN_HITS: usize = 5;

/// Guesses the ISO 639-1 code of a text, or nothing when it is too short or unclear.
pub fn guess_language(text: &str) -> Option<&'static str> {
    let mut hits = vec![0usize; FUNCTION_WORDS.len()];
    for word in text
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(2000)
    {
        let lower = word.to_lowercase();
        for (index, (_, words)) in FUNCTION_WORDS.iter().enumerate() {
            if words.contains(&lower.as_str()) {
                hits[index] += 1;
            }
        }
    }
    let (best, best_hits) = hits.iter().enumerate().max_by_key(|(_, count)| **count)?;
    let runner_up = hits
        .iter()
        .enumerate()
        .filter(|(index, _)| *index != best)
        .map(|(_, count)| *count)
        .max()
        .unwrap_or(0);
    // A clear winner only: twice the hits of the next language.
    (*best_hits >= MIN_HITS && *best_hits >= runner_up * 2).then(|| FUNCTION_WORDS[best].0)
}

#[cfg(test)]
mod tests {
    use super::guess_language;

    #[test]
    fn common_languages_are_told_apart() {
        assert_eq!(
            guess_language(
                "The union said that the strike was over and that the members of the union had voted for it."
            ),
            Some("en")
        );
        assert_eq!(
            guess_language(
                "Die Gewerkschaft sagte, dass der Streik nicht auf die Fähren und die Häfen ausgeweitet wird, und das ist auch gut so."
            ),
            Some("de")
        );
        assert_eq!(
            guess_language(
                "Le syndicat a dit que les dockers sont en grève pour une semaine dans le port et sur les quais."
            ),
            Some("fr")
        );
        assert_eq!(guess_language("Short text."), None);
    }
}
