//! Line rules that recognise site chrome in scraped text: menus, share and
//! comment prompts, counters, cookie and newsletter prompts, notices,
//! breadcrumbs, bylines. They look at a line's length, punctuation and
//! call-to-action wording, never at particular sites' strings.

/// Why a line is not part of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chrome {
    /// Digits only: share and comment counters.
    Counter,
    /// A short label without sentence punctuation: a menu item, a button, a section name.
    Label,
    /// "Home > News > World".
    Breadcrumb,
    /// Share, comment, newsletter, cookie, "read more" and similar prompts.
    Prompt,
    /// Copyright and disclaimer notices.
    Notice,
    /// A bare link.
    Link,
}

/// Whether a line ends the way a sentence does (quotes and brackets after the stop count).
pub fn ends_like_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(|ch: char| {
        matches!(ch, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '*') || ch.is_whitespace()
    });
    trimmed.ends_with(['.', '!', '?', '…', '。'])
        || (trimmed.len() < line.trim_end().len() && line.trim_end().ends_with(['"', '”', '»']))
}

/// Counts words the way a reader would: runs separated by whitespace.
pub fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

/// Lower-case letters and digits of a line, single-spaced, for pattern matching.
fn folded(line: &str) -> String {
    crate::text::fold(line)
}

/// Prompts that are chrome at any length: nobody reports news in these words.
const STRONG_PROMPTS: &[&str] = &[
    "your email address will not be published",
    "required fields are marked",
    "leave a comment",
    "leave a reply",
    "post a comment",
    "cancel reply",
    "we use cookies",
    "uses cookies",
    "use of cookies",
    "cookie policy",
    "cookie settings",
    "accept cookies",
    "accept all cookies",
    "manage cookies",
    "sign up for our newsletter",
    "subscribe to our newsletter",
    "sign up to our newsletter",
    "delivered to your inbox",
    "to your inbox",
    "enter your email",
    "you must be logged in",
    "log in to comment",
    "click here to",
    "scroll to top",
    "back to top",
    "share this article",
    "share this story",
    "share this post",
    "share on facebook",
    "share on twitter",
    "share on x",
    "follow us on",
    "download our app",
    "download the app",
    "please enable javascript",
    "skip to content",
    "skip to main content",
    "subscribe to continue reading",
    "already a subscriber",
];

/// Words that open a prompt line ("Share this:", "Related: ...", "Read more").
const PROMPT_OPENINGS: &[&str] = &[
    "share",
    "tweet",
    "email",
    "print",
    "comments",
    "comment",
    "reply",
    "related",
    "read more",
    "read also",
    "read next",
    "see also",
    "more from",
    "more on",
    "more stories",
    "recommended",
    "trending",
    "advertisement",
    "sponsored",
    "continue reading",
    "subscribe",
    "sign up",
    "newsletter",
    "follow us",
    "tags",
    "filed under",
    "posted in",
    "categories",
    "category",
    "listen to this article",
    "watch",
    "photo",
    "image",
    "video",
    "no comments",
    // The same prompts in the other languages dossier meets most (folded to ASCII).
    "lesen sie auch",
    "lesen sie mehr",
    "mehr zum thema",
    "weiterlesen",
    "weitere artikel",
    "keine kommentare",
    "kommentare",
    "teilen",
    "anzeige",
    "werbung",
    "lire aussi",
    "lire la suite",
    "a lire aussi",
    "partager",
    "leer mas",
    "lee tambien",
    "compartir",
    "leggi anche",
    "condividi",
    "czytaj tez",
    "czytaj takze",
    "zobacz tez",
    "dowiedz sie wiecej",
    "lees ook",
    "lees meer",
];

/// Classifies one trimmed, non-empty line of a text scrape.
pub fn classify(line: &str) -> Option<Chrome> {
    let words = word_count(line);
    let sentence = ends_like_sentence(line);
    if line.chars().all(|ch| {
        ch.is_ascii_digit()
            || ch.is_whitespace()
            || matches!(ch, ',' | '.' | 'k' | 'K' | 'M' | '+' | '•' | '·' | '|')
    }) {
        return Some(Chrome::Counter);
    }
    if is_link(line) {
        return Some(Chrome::Link);
    }
    let fold = folded(line);
    if words <= 60 && contains_any_phrase(&fold, STRONG_PROMPTS) {
        return Some(Chrome::Prompt);
    }
    if is_breadcrumb(line) {
        return Some(Chrome::Breadcrumb);
    }
    // A long line ending like a sentence may carry reporting, so notices are
    // only recognised in short lines.
    let reporting_shaped = words >= 15 && sentence;
    if opens_as_notice(line) || (!reporting_shaped && is_notice(line, &fold)) {
        return Some(Chrome::Notice);
    }
    if words <= 4 && !sentence {
        return Some(Chrome::Label);
    }
    if words <= 12
        && !sentence
        && PROMPT_OPENINGS
            .iter()
            .any(|opening| starts_with_phrase(&fold, opening))
    {
        return Some(Chrome::Prompt);
    }
    if words <= 12 && mentions_counted_prompt(&fold) {
        return Some(Chrome::Prompt);
    }
    None
}

/// "2 Comments", "14 shares", "Comments (3)".
fn mentions_counted_prompt(fold: &str) -> bool {
    let words: Vec<&str> = fold.split(' ').collect();
    words.windows(2).any(|pair| {
        pair[0].chars().all(|ch| ch.is_ascii_digit())
            && matches!(
                pair[1],
                "comment" | "comments" | "shares" | "share" | "views" | "likes" | "replies"
            )
    })
}

/// Tells whether `phrase` occurs in `fold` as whole words, as
/// `" {fold} ".contains(" {phrase} ")` would, without building either string:
/// this runs for every phrase on every line of every page.
fn contains_phrase(fold: &str, phrase: &str) -> bool {
    let bytes = fold.as_bytes();
    let mut from = 0;
    while let Some(found) = fold.get(from..).and_then(|rest| rest.find(phrase)) {
        let start = from + found;
        let end = start + phrase.len();
        let opens = start == 0 || bytes.get(start - 1) == Some(&b' ');
        let closes = end == fold.len() || bytes.get(end) == Some(&b' ');
        if opens && closes {
            return true;
        }
        // Step one character, not the whole match: occurrences may overlap.
        let step = fold
            .get(start..)
            .and_then(|rest| rest.chars().next())
            .map_or(1, char::len_utf8);
        from = start + step;
    }
    false
}

/// Tells whether any of `phrases` occurs in `fold` as whole words. A phrase
/// can only occur if its first word is one of the line's words, which a
/// sorted list of them answers faster than searching the line for each.
fn contains_any_phrase(fold: &str, phrases: &[&str]) -> bool {
    let mut words: Vec<&str> = fold.split(' ').collect();
    words.sort_unstable();
    phrases.iter().any(|phrase| {
        let first = phrase.split(' ').next().unwrap_or(phrase);
        let possible = first.is_empty() || words.binary_search(&first).is_ok();
        possible && contains_phrase(fold, phrase)
    })
}

fn starts_with_phrase(fold: &str, phrase: &str) -> bool {
    fold == phrase
        || fold
            .strip_prefix(phrase)
            .is_some_and(|rest| rest.starts_with(' '))
}

/// A paragraph that announces itself as a legal notice ("Disclaimer: ...",
/// "© 2026 ...", "Copyright © ...") is one at any length: reporting does not
/// open that way, while "Copyright" alone may open a sentence about copyright.
fn opens_as_notice(line: &str) -> bool {
    let lower = line.trim_start().to_lowercase();
    if lower.starts_with('©') || lower.starts_with("(c) ") || lower.starts_with("disclaimer:") {
        return true;
    }
    let Some(rest) = lower.strip_prefix("copyright") else {
        return false;
    };
    let rest = rest.trim_start();
    rest.starts_with('©')
        || rest.starts_with("(c)")
        || (rest.len() >= 4 && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit))
}

/// Copyright lines and disclaimers.
fn is_notice(line: &str, fold: &str) -> bool {
    let lower = line.to_lowercase();
    lower.starts_with('©')
        || lower.starts_with("(c)")
        || starts_with_phrase(fold, "copyright")
        || starts_with_phrase(fold, "disclaimer")
        || contains_phrase(fold, "all rights reserved")
}

/// A line that is only a URL or e-mail address.
pub fn is_link(line: &str) -> bool {
    let lower = line.trim().to_ascii_lowercase();
    !lower.contains(' ')
        && (lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("www."))
}

/// "Home > News > World", "Home / Politics", "News » Europe", "Home | About | Contact".
fn is_breadcrumb(line: &str) -> bool {
    const SEPARATORS: &[char] = &['>', '»', '›', '/', '|', '→', '•', '·'];
    if !line.contains(SEPARATORS) || ends_like_sentence(line) {
        return false;
    }
    let segments: Vec<&str> = line
        .split(SEPARATORS)
        .map(str::trim)
        .filter(|segment| !segment.is_empty())
        .collect();
    segments.len() >= 2 && segments.iter().all(|segment| word_count(segment) <= 3)
}

/// Reads a byline ("By Jane Smith", "By Jane Smith and Ola Berg, Coast
/// Daily", "Author: Jane Smith", "Written by ...") into the author's name.
pub fn byline(line: &str) -> Option<String> {
    byline_parts(line).map(|(name, _)| name)
}

/// Labels that open a byline, in the languages dossier meets most.
const BYLINE_LABELS: &[&str] = &[
    "about the author ",
    "by ",
    "written by ",
    "words by ",
    "reporting by ",
    "author: ",
    "authors: ",
    "author ",
    "autoren ",
    "von: ",
    "von ",
    "redaktion: ",
    "text: ",
    "text und interview: ",
    "text and interview: ",
    "interview: ",
    "texto: ",
    "autor: ",
    "autorin: ",
    "autor ",
    "autorin ",
    "artikel von ",
    "auteur: ",
    "par ",
    "por ",
    "door ",
    "di ",
    "af ",
    "av ",
];

/// A byline without its label: "By Jane Smith" -> "Jane Smith".
pub fn strip_byline_label(text: &str) -> &str {
    let lower = text.to_lowercase();
    BYLINE_LABELS
        .iter()
        .find(|label| lower.starts_with(*label))
        .and_then(|label| text.get(label.len()..))
        .map_or(text, str::trim_start)
}

/// Whether a text opens with a byline label ("By", "von", "Author:").
pub fn opens_with_byline_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    BYLINE_LABELS
        .iter()
        .any(|label| lower.starts_with(label) || lower == label.trim_end())
}

/// Lower-case words that may sit inside a name ("Jan van Dyke", "Ola Berg
/// and Kari Lund"); a name never ends in one.
const NAME_PARTICLES: &[&str] = &[
    "and", "&", "und", "y", "et", "e", "och", "og", "en", "de", "van", "von", "der", "den", "da",
    "di", "du", "dos", "das", "del", "la", "le", "zu", "bin", "al", "ibn", "ter", "ten",
];

/// Words of a byline's second part that make it the writer's role, not the outlet.
const ROLE_WORDS: &[&str] = &[
    "correspondent",
    "editor",
    "reporter",
    "writer",
    "staff",
    "contributor",
    "columnist",
    "journalist",
    "producer",
    "analyst",
    "critic",
    "intern",
    "desk",
    "bureau",
    "chief",
    "senior",
    "photographer",
    "photos",
    "photo",
    "special",
    "guest",
    "freelance",
    "in",
    "at",
    "for",
    "and",
];

/// Whether a piece of a byline only names a role ("Senior Analyst", "Staff writer").
pub fn is_role(piece: &str) -> bool {
    let words: Vec<String> = piece
        .split_whitespace()
        .map(|word| {
            word.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    !words.is_empty()
        && words.iter().all(|word| {
            ROLE_WORDS.contains(&word.as_str()) || NAME_PARTICLES.contains(&word.as_str())
        })
        && words
            .iter()
            .any(|word| !matches!(word.as_str(), "in" | "at" | "for" | "and"))
}

/// Reads a byline into the author's name and, when the byline names it, the
/// outlet ("By Jane Smith, Coast Daily"); a role ("Business Correspondent") is no outlet.
pub fn byline_parts(line: &str) -> Option<(String, Option<String>)> {
    if word_count(line) > 12 {
        return None;
    }
    let line = unglue_label(line);
    let line = line.as_str();
    let lower = line.to_lowercase();
    let rest = BYLINE_LABELS.iter().find_map(|label| {
        lower
            .starts_with(label)
            .then(|| line.get(label.len()..))
            .flatten()
    })?;
    // "By Jane Smith | 10 March 2026" and "By Jane Smith, Coast Daily": the
    // name is the first piece.
    let mut pieces = rest.split(['|', '•', '·', ',', '—', '–', '(', ';', '/']);
    let first_piece = trim_name_end(pieces.next().unwrap_or_default());
    // The name runs while its words are capitalised (or name particles and
    // conjunctions): "Jane Smith on 10 March" is Jane Smith; a role, a date
    // or a link label after it ends it too ("Jane Smith Senior Reporter").
    let words: Vec<&str> = first_piece.split_whitespace().collect();
    let capitalised = words
        .iter()
        .take_while(|word| {
            word.chars().next().is_some_and(|ch| ch.is_uppercase()) || NAME_PARTICLES.contains(word)
        })
        .count();
    let name_words = &words[..name_length(&words).min(capitalised)];
    let name_words = match name_words
        .iter()
        .rposition(|word| !NAME_PARTICLES.contains(word))
    {
        Some(last) => &name_words[..=last],
        None => return None,
    };
    if name_words.is_empty() || name_words.len() > 7 {
        return None;
    }
    let name = name_words.join(" ");
    let outlet = pieces.next().map(str::trim).filter(|outlet| {
        let words: Vec<String> = outlet.split_whitespace().map(str::to_lowercase).collect();
        (1..=5).contains(&words.len())
            && outlet.chars().next().is_some_and(char::is_uppercase)
            && !words.iter().any(|word| ROLE_WORDS.contains(&word.as_str()))
            && super::dates::date_line(outlet).is_none()
    });
    Some((name.to_string(), outlet.map(str::to_string)))
}

/// Roles that end the name in a byline when they follow one.
const ROLE_ENDERS: &[&str] = &[
    "senior",
    "staff",
    "writer",
    "reporter",
    "editor",
    "contributor",
    "correspondent",
    "columnist",
    "journalist",
    "manager",
    "head",
    "researcher",
    "developer",
    "director",
    "coordinator",
    "analyst",
    "engineer",
    "designer",
    "consultant",
    "specialist",
    "founder",
    "marketing",
    "officer",
];

/// Link and field labels that pages run on after a byline's name.
const LABEL_ENDERS: &[&str] = &[
    "see",
    "subscribe",
    "about",
    "@",
    "read",
    "view",
    "follow",
    "more",
    "all",
    "alle",
    "artikel",
    "mehr",
    "stand",
    // German "on" before a date: "Jane Smith am 3. Mai".
    "am",
    "updated",
    "published",
    "posted",
    "your",
    "our",
    "my",
    "profile",
    "profil",
    "zum",
    "email",
    "e-mail",
    "mail",
    "twitter",
    "facebook",
    "linkedin",
    "bio",
];

/// How many of a byline's words are the name: it ends at a role after two
/// name words ("Jane Smith Senior Reporter", but "Jon Staff"), at a link
/// label, at a month followed by a number ("Jane Smith Feb 3", but "Kate
/// May"), and at a weekday's abbreviation ("Jane Smith Fri").
pub fn name_length(words: &[&str]) -> usize {
    words
        .iter()
        .enumerate()
        .position(|(at, word)| {
            let lower = word.trim_end_matches([':', '.', ',']).to_lowercase();
            let next = words.get(at + 1);
            let next_is_number =
                next.is_some_and(|next| next.starts_with(|ch: char| ch.is_ascii_digit()));
            (at >= 2 && ROLE_ENDERS.contains(&lower.as_str()))
                || (at >= 1 && LABEL_ENDERS.contains(&lower.as_str()))
                || (at >= 1
                    && next_is_number
                    && lower.len() <= 4
                    && super::dates::parse_date(&format!("1 {lower} 2000")).is_some())
                || (at >= 1
                    && (next.is_none() || next_is_number)
                    && is_weekday_abbreviation(&lower))
        })
        .unwrap_or(words.len())
}

fn is_weekday_abbreviation(word: &str) -> bool {
    [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "fr",
    ]
    .contains(&word)
}

/// Drops the full stop after a name, keeping it after an initial or a
/// suffix ("Joe S.", "Perry Bacon Jr.").
pub fn trim_name_end(name: &str) -> &str {
    let name = name.trim();
    let Some(bare) = name.strip_suffix('.') else {
        return name;
    };
    let last = bare.rsplit(' ').next().unwrap_or(bare);
    let is_initial = last.chars().count() == 1 && last.chars().all(char::is_uppercase);
    // "M.P.H.": an abbreviation keeps its last stop too.
    let is_abbreviation = last.contains('.');
    if is_initial || is_abbreviation || matches!(last.to_lowercase().as_str(), "jr" | "sr") {
        name
    } else {
        bare.trim_end()
    }
}

/// "AuthorJane Smith", "ByJane Smith" (a label and a name in elements
/// without a space between them) -> "Author Jane Smith".
fn unglue_label(line: &str) -> String {
    for label in ["Author", "Autor", "Autorin", "By", "Von"] {
        if let Some(rest) = line.strip_prefix(label)
            && rest.chars().next().is_some_and(char::is_uppercase)
            && rest.chars().nth(1).is_some_and(char::is_lowercase)
        {
            return format!("{label} {rest}");
        }
    }
    line.to_string()
}

/// The holder named by a copyright line: "© 2026 Coast Daily. All rights reserved."
pub fn copyright_holder(line: &str) -> Option<String> {
    let lower = line.to_lowercase();
    if !(lower.starts_with('©') || lower.starts_with("copyright") || lower.starts_with("(c)")) {
        return None;
    }
    let holder: Vec<&str> = line
        .split(['.', '|', ';'])
        .next()?
        .split_whitespace()
        .filter(|word| {
            let bare = word.trim_matches(|ch: char| !ch.is_alphanumeric());
            !bare.is_empty()
                && !bare.eq_ignore_ascii_case("copyright")
                && !bare.eq_ignore_ascii_case("c")
                && !bare.chars().all(|ch| ch.is_ascii_digit() || ch == '-')
        })
        .collect();
    let holder = holder.join(" ");
    let holder = holder.trim_matches(|ch: char| !ch.is_alphanumeric());
    let words = word_count(holder);
    ((1..=6).contains(&words)
        && holder.chars().next().is_some_and(char::is_uppercase)
        && !crate::text::fold(holder).contains("all rights"))
    .then(|| holder.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn phrases_match_as_padded_whole_words(
            fold in "[ab é]{0,12}",
            phrase in "[ab é]{0,4}",
        ) {
            let padded = format!(" {fold} ").contains(&format!(" {phrase} "));
            proptest::prop_assert_eq!(contains_phrase(&fold, &phrase), padded);
            let phrases = [phrase.as_str(), "b a", "é"];
            let any_padded = phrases
                .iter()
                .any(|p| format!(" {fold} ").contains(&format!(" {p} ")));
            proptest::prop_assert_eq!(contains_any_phrase(&fold, &phrases), any_padded);
            let prefixed = fold == phrase || fold.starts_with(&format!("{phrase} "));
            proptest::prop_assert_eq!(starts_with_phrase(&fold, &phrase), prefixed);
        }
    }

    #[test]
    fn bylines_stop_at_roles_dates_and_labels() {
        assert_eq!(
            byline("By Kari Lund Senior Harbour Reporter").as_deref(),
            Some("Kari Lund")
        );
        assert_eq!(byline("By Ola Berg Feb 3").as_deref(), Some("Ola Berg"));
        assert_eq!(
            byline("Von Kari Lund Alle Artikel").as_deref(),
            Some("Kari Lund")
        );
        assert_eq!(byline("AuthorJane Holm").as_deref(), Some("Jane Holm"));
        assert_eq!(byline("Interview: Ada Kerr").as_deref(), Some("Ada Kerr"));
        assert_eq!(byline("By Tom Dale Jr.").as_deref(), Some("Tom Dale Jr."));
        assert_eq!(byline("By Joe S.").as_deref(), Some("Joe S."));
        assert_eq!(byline("By Jane Smith.").as_deref(), Some("Jane Smith"));
        assert_eq!(byline("By Jan Holm").as_deref(), Some("Jan Holm"));
        assert_eq!(byline("By Maria Di Luca").as_deref(), Some("Maria Di Luca"));
        assert_eq!(byline("By Kate May").as_deref(), Some("Kate May"));
        assert_eq!(
            byline("About the author Alex Holm Subscribe").as_deref(),
            Some("Alex Holm")
        );
        assert_eq!(
            byline("By Irena Holm Marketing Manager").as_deref(),
            Some("Irena Holm")
        );
        assert_eq!(
            byline("By Elle Holm M.P.H.").as_deref(),
            Some("Elle Holm M.P.H.")
        );
        assert_eq!(byline("Von Jon Staff").as_deref(), Some("Jon Staff"));
    }

    #[test]
    fn counters_labels_and_menus() {
        assert_eq!(classify("127"), Some(Chrome::Counter));
        assert_eq!(classify("1.2K"), Some(Chrome::Counter));
        assert_eq!(classify("World"), Some(Chrome::Label));
        assert_eq!(
            classify("Home   About   Archive   Contact"),
            Some(Chrome::Label)
        );
        assert_eq!(classify("Home > News > Harbour"), Some(Chrome::Breadcrumb));
        assert_eq!(
            classify("Home | Politics | Business | Regions | Culture | Opinion"),
            Some(Chrome::Breadcrumb)
        );
    }

    #[test]
    fn prompts_and_notices() {
        assert_eq!(classify("Leave a Comment"), Some(Chrome::Prompt));
        assert_eq!(
            classify("Your email address will not be published. Required fields are marked *"),
            Some(Chrome::Prompt)
        );
        assert_eq!(
            classify(
                "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies."
            ),
            Some(Chrome::Prompt)
        );
        assert!(classify("Share this:").is_some());
        assert_eq!(
            classify("Posted in Ports, Harbours | 2 Comments"),
            Some(Chrome::Prompt)
        );
        assert_eq!(
            classify("Related: Ferry fares rise again in spring"),
            Some(Chrome::Prompt)
        );
        assert_eq!(
            classify("© 2026 Coast Daily. All rights reserved."),
            Some(Chrome::Notice)
        );
        assert_eq!(
            classify("Copyright 2026 The Island Post"),
            Some(Chrome::Notice)
        );
        assert_eq!(classify("https://news.example/a/b?c=d"), Some(Chrome::Link));
    }

    #[test]
    fn reporting_lines_are_kept() {
        for line in [
            "The union said 340 members joined the strike.",
            "He declined to comment.",
            "“We will not go back,” she said.",
            "Share prices fell by 4% on Tuesday after the ferry operator warned of losses for the year.",
            "Comments made by the minister on Monday drew criticism from the opposition parties and unions.",
            "Details of the new harbour agreement",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn bylines_give_the_author() {
        assert_eq!(
            byline("By Sigrid Olsen, Harbour Gazette").as_deref(),
            Some("Sigrid Olsen")
        );
        assert_eq!(
            byline("By Ola Berg and Kari Lund | 10 March 2026").as_deref(),
            Some("Ola Berg and Kari Lund")
        );
        assert_eq!(
            byline("Author: Jane van Dyke").as_deref(),
            Some("Jane van Dyke")
        );
        assert_eq!(byline("By the end of the week the port was quiet."), None);
        assert_eq!(byline("Bystanders watched"), None);
        assert_eq!(
            byline_parts("By Sigrid Olsen, Harbour Gazette"),
            Some(("Sigrid Olsen".into(), Some("Harbour Gazette".into())))
        );
        assert_eq!(
            byline_parts("By Petra Aas, Business Correspondent"),
            Some(("Petra Aas".into(), None))
        );
    }

    #[test]
    fn long_notices_that_open_as_notices_are_chrome() {
        let disclaimer = "Disclaimer: This content is gathered from many places on the web. Check every claim yourself before you rely on it, and write to us if something is wrong.";
        assert!(classify(disclaimer).is_some());
        let copyright = "Copyright © 2026 Coast Daily. All rights reserved. Nothing on this site may be copied, stored or passed on in any form without our written permission in advance.";
        assert!(classify(copyright).is_some());
        let reporting = "Copyright lawsuits against the three publishers were dropped on Friday after the authors and the companies agreed on a settlement out of court.";
        assert_eq!(classify(reporting), None);
    }

    #[test]
    fn copyright_lines_name_their_holder() {
        assert_eq!(
            copyright_holder("© 2026 Coast Daily. All rights reserved.").as_deref(),
            Some("Coast Daily")
        );
        assert_eq!(
            copyright_holder("Copyright 2020-2026 The Island Post").as_deref(),
            Some("The Island Post")
        );
        assert_eq!(
            copyright_holder("Copyright © All rights reserved. This site offers news."),
            None
        );
    }
}
