//! Page furniture that survives main-text extraction of HTML pages: a
//! "Related articles" section and its teasers at the end of the text, teaser
//! lines ("Read also: ..."), a closing biography or legal note under its
//! heading, calls to subscribe or follow, photo credits, a
//! long run of one-to-three-word menu entries, the run of prompts and
//! notices that closes many articles, and the links to other pages left after
//! the last paragraph of reporting.
//!
//! Every rule looks at the shape of a paragraph (its length, its opening
//! label, where it sits) and at phrases of site chrome in the languages
//! dossier meets most; none knows a site. A word that is the page's topic
//! ("newsletter" on a page about newsletters) is no sign of chrome there.

use std::collections::HashSet;

use super::chrome::{ends_like_sentence, word_count};
use crate::text::fold;

/// Headings that open a section of links to other stories, folded.
const RELATED_HEADINGS: &[&str] = &[
    "related",
    "read also",
    "read more",
    "see also",
    "more from",
    "more stories",
    "you may also like",
    "you might also like",
    "recommended",
    "lea tambien",
    "le puede interesar",
    "te puede interesar",
    "contenido relacionado",
    "noticias relacionadas",
    "tambien te puede",
    "relacionad",
    "auch interessant",
    "weitere artikel",
    "weitere themen",
    "mehr themen",
    "mehr zum thema",
    "empfohlene beitrage",
    "schon gelesen",
    "zum weiterlesen",
    "weiterlesen",
    "das konnte dich auch",
    "das konnte sie auch",
    "konnte dich auch interessieren",
    "konnte sie auch interessieren",
    "auch lesen",
    "lesen sie auch",
    "weitere beitrage",
    "ahnliche artikel",
    "passend dazu",
    "mehr zu",
    "vous aimerez aussi",
    "a lire aussi",
    "lire aussi",
    "sur le meme sujet",
    "leggi anche",
    "potrebbe interessarti",
    "veja tambem",
    "leia tambem",
    "zobacz tez",
    "czytaj tez",
    "neueste artikel",
    "neueste beitrage",
    "weitere aktuelle",
    "entdecke weitere",
    "vorschau auf den nachsten",
    "meistgelesen",
    "most read",
    "latest news",
    "latest articles",
    "more on this",
    "top stories",
    "tags",
    "kategorien",
    "categories",
    "temas",
    "schlagworte",
    "themen",
];

/// Labels that open a teaser line pointing at another story, folded.
const TEASER_LABELS: &[&str] = &[
    "lea tambien",
    "le puede interesar",
    "te puede interesar",
    "auch lesen",
    "lesen sie auch",
    "lies auch",
    "read more",
    "read also",
    "see also",
    "related",
    "mehr dazu",
    "mehr zum thema",
    "lire aussi",
    "a lire aussi",
    "leia tambem",
    "veja tambem",
    "leggi anche",
    "tambien lee",
    "ver tambien",
    "vea tambien",
    "mira tambien",
    "lee tambien",
    "lea mas",
    "lee mas",
    "leia mais",
    "zum thema",
];

/// Words of a call to subscribe or follow, lower-case.
const CALLS: &[&str] = &[
    "newsletter",
    "sign up",
    "signing up",
    "subscribe",
    "suscríbete",
    "abonnieren",
    "follow us",
    "síguenos",
    "siguenos",
    "abonnez-vous",
];

/// Words of the prompts and notices that close an article, lower-case.
const CLOSING: &[&str] = &[
    "unterstütze",
    "unterstützen sie",
    "support our",
    "supporting our",
    "hazte miembro",
    "telegram",
    "whatsapp",
    "download the",
    "copyright",
    "©",
    "all rights reserved",
    "alle rechte",
    "if you enjoyed",
    "abonniere",
    "suscribete",
    "inscrivez",
    "registrieren",
    "jetzt anmelden",
];

/// Words that close an article as a prompt only in a short line: a
/// sentence about the comments or a video is still reporting.
const CLOSING_IN_SHORT_LINES: &[&str] = &["kommentare", "comments", "kommentieren", "youtube"];

/// Labels that open a credit line for a picture or its source, lower-case.
const CREDIT_LABELS: &[&str] = &[
    "©",
    "foto:",
    "fotos:",
    "fot.",
    "photo:",
    "photos:",
    "bild:",
    "image:",
    "credit:",
    "titelbild:",
    "beitragsbild:",
    "quelle:",
];

/// Labels of a picture's credit that close its caption, lower-case.
const CAPTION_CREDIT_LABELS: &[&str] = &[
    "©",
    "(c)",
    "foto:",
    "fotos:",
    "photo:",
    "photos:",
    "picture:",
    "image:",
    "bild:",
    "credit:",
    "credits:",
    "crédit photo",
    "crédits photos",
    "quelle:",
    "fuente:",
    "imagen:",
    "fotografía:",
];
/// A caption is at most this long.
const CAPTION_MAX_WORDS: usize = 30;
/// The credit closing a caption names at most this many words.
const CAPTION_CREDIT_MAX_WORDS: usize = 6;

/// A paragraph with more words than this is reporting, not a teaser or a prompt.
const TEASER_MAX_WORDS: usize = 30;
/// A related-links section holds only lines up to this long.
const RELATED_LINE_MAX_WORDS: usize = 25;
/// A section under a bare label ("Tags", "Categories:") holds at most this
/// many lines; a longer run of short lines after one is a list that belongs
/// to the page.
const LABELLED_LIST_MAX_LINES: usize = 12;

/// Section labels that also head lists inside a page, folded.
const LIST_LABELS: &[&str] = &[
    "tags",
    "kategorien",
    "categories",
    "temas",
    "schlagworte",
    "themen",
];
/// A heading of a related-links section has at most this many words.
const RELATED_HEADING_MAX_WORDS: usize = 8;
/// Closing prompts and notices are at most this long.
const CLOSING_MAX_WORDS: usize = 40;
/// Credit lines are at most this long.
const CREDIT_MAX_WORDS: usize = 15;
/// A chrome word in more paragraphs than this is the page's topic.
const TOPIC_MIN_PARAGRAPHS: usize = 3;

/// A line of the page that is a link throughout is at most this long: a
/// headline, a menu entry, a call to act.
pub const LINK_LINE_MAX_WORDS: usize = 20;
/// A paragraph of reporting that is not a link has at least this many words;
/// link lines after the last one point away from the article.
const REPORTING_MIN_WORDS: usize = 12;

/// Removes page furniture from the paragraphs of an extracted page; when
/// every paragraph would go, the page is left as it was. `linked` holds the
/// short lines that are links wherever the page shows them.
pub fn strip(paragraphs: Vec<String>, linked: &HashSet<String>) -> Vec<String> {
    let lower: Vec<String> = paragraphs.iter().map(|p| p.to_lowercase()).collect();
    let topical: Vec<&str> = CALLS
        .iter()
        .copied()
        .filter(|word| lower.iter().filter(|p| p.contains(word)).count() >= TOPIC_MIN_PARAGRAPHS)
        .collect();
    let mut kept: Vec<String> = Vec::with_capacity(paragraphs.len());
    let end = related_section_start(&paragraphs)
        .into_iter()
        .chain(closing_section_start(&paragraphs))
        .min()
        .unwrap_or(paragraphs.len());
    let in_menu = menu_runs(&paragraphs);
    for ((paragraph, paragraph_lower), menu) in
        paragraphs.iter().zip(&lower).zip(&in_menu).take(end)
    {
        if is_teaser(paragraph) || is_call(paragraph, paragraph_lower, &topical) {
            continue;
        }
        if *menu {
            continue;
        }
        if is_credit(paragraph, paragraph_lower) {
            continue;
        }
        kept.push(paragraph.clone());
    }
    pop_closing(&mut kept);
    drop_trailing_links(&mut kept, linked);
    drop_labelled_links(&mut kept, linked);
    kept.retain(|paragraph| !ends_with_credit(paragraph));
    pop_closing(&mut kept);
    if kept.is_empty() { paragraphs } else { kept }
}

fn pop_closing(kept: &mut Vec<String>) {
    while kept.len() > 1 && kept.last().is_some_and(|last| is_closing(last)) {
        kept.pop();
    }
}

/// Drops the link lines after the last paragraph of reporting: the teasers,
/// "more stories" lists and calls to act that trafilatura leaves below an
/// article. Link lines before it stay, since guides and listicles link their
/// headings and product names in the body. A page of nothing but link lines
/// is left alone.
fn drop_trailing_links(kept: &mut Vec<String>, linked: &HashSet<String>) {
    if linked.is_empty() {
        return;
    }
    let is_link = |paragraph: &String| is_link_line(paragraph, linked);
    let Some(last_reporting) = kept
        .iter()
        .rposition(|paragraph| word_count(paragraph) >= REPORTING_MIN_WORDS && !is_link(paragraph))
    else {
        return;
    };
    let mut at = 0;
    kept.retain(|paragraph| {
        at += 1;
        at <= last_reporting + 1 || !is_link(paragraph)
    });
}

/// A run of at least this many one-to-three-word lines is a menu.
const MENU_MIN_LINES: usize = 10;
/// A menu entry is at most this long.
const MENU_ENTRY_MAX_WORDS: usize = 3;

/// Which paragraphs sit in a menu: a long run of capitalised entries of a
/// word or three, none a sentence or a number (a list of categories left in
/// the text; ingredient and score lists carry numbers, the cells of a
/// comparison table run in lower case).
fn menu_runs(paragraphs: &[String]) -> Vec<bool> {
    let entry = |paragraph: &String| {
        word_count(paragraph) <= MENU_ENTRY_MAX_WORDS
            && paragraph.chars().next().is_some_and(char::is_uppercase)
            && !ends_like_sentence(paragraph)
            && !paragraph.chars().any(|ch| ch.is_ascii_digit())
    };
    let mut in_menu = vec![false; paragraphs.len()];
    let mut start = 0;
    while start < paragraphs.len() {
        let run = paragraphs[start..]
            .iter()
            .take_while(|paragraph| entry(paragraph))
            .count();
        if run >= MENU_MIN_LINES {
            for flag in &mut in_menu[start..start + run] {
                *flag = true;
            }
        }
        start += run.max(1);
    }
    in_menu
}

/// Where a related-links section starts: a heading such as "Related" in the
/// second half of the text with only short lines after it.
fn related_section_start(paragraphs: &[String]) -> Option<usize> {
    let half = paragraphs.len() / 2;
    (half.max(1)..paragraphs.len()).find(|&at| {
        is_related_heading(&paragraphs[at])
            && (paragraphs.len() - at - 1 <= LABELLED_LIST_MAX_LINES
                || !LIST_LABELS.contains(&fold(&paragraphs[at]).as_str()))
            && paragraphs[at + 1..]
                .iter()
                .all(|line| word_count(line) <= RELATED_LINE_MAX_WORDS)
    })
}

/// Headings of the sections that close a page after its text: the writer's
/// or reviewer's biography and the publisher's legal notes, folded.
const CLOSING_HEADINGS: &[&str] = &[
    "about the author",
    "about the authors",
    "about the reviewer",
    "about the writer",
    "meet the author",
    "author bio",
    "disclaimer",
    "disclaimers",
    "legal disclaimer",
    "disclaimer disclosures",
    "disclosure",
    "disclosures",
    "affiliate disclosure",
    "editorial disclosure",
    "advertiser disclosure",
    "uber den autor",
    "uber die autorin",
    "a propos de l auteur",
    "sobre el autor",
    "sobre la autora",
    "haftungsausschluss",
];
/// A closing section's heading has at most this many words.
const CLOSING_HEADING_MAX_WORDS: usize = 5;

/// Where a closing section starts: its bare heading ("About the author",
/// "Disclaimer:") in the second half of the text. Everything after it is
/// the section's, whatever its length: a biography or a legal note runs in
/// full sentences, unlike a related-links section.
fn closing_section_start(paragraphs: &[String]) -> Option<usize> {
    let half = paragraphs.len() / 2;
    (half.max(1)..paragraphs.len()).find(|&at| {
        word_count(&paragraphs[at]) <= CLOSING_HEADING_MAX_WORDS
            && CLOSING_HEADINGS.contains(&fold(&paragraphs[at]).as_str())
    })
}

/// A heading may ask ("Already read?") but not state.
fn is_related_heading(paragraph: &str) -> bool {
    let states = ends_like_sentence(paragraph) && !paragraph.trim_end().ends_with('?');
    if word_count(paragraph) > RELATED_HEADING_MAX_WORDS || states {
        return false;
    }
    let folded = fold(paragraph);
    RELATED_HEADINGS.iter().any(|heading| {
        folded == *heading || (folded.starts_with(heading) && folded.len() <= heading.len() + 25)
    })
}

/// "Read also: ...", "À lire aussi » ...": a label, a separator, a headline.
fn is_teaser(paragraph: &str) -> bool {
    if word_count(paragraph) > TEASER_MAX_WORDS {
        return false;
    }
    let bare = paragraph.trim_start_matches(['>', '»', '-', '–', '•', ' ']);
    let folded_words: Vec<String> = bare.split_whitespace().take(5).map(fold).collect();
    TEASER_LABELS.iter().any(|label| {
        let label_words = label.split(' ').count();
        // The label's words, then a separator on the last of them or alone after it.
        let Some(last) = bare.split_whitespace().nth(label_words - 1) else {
            return false;
        };
        let opens = folded_words
            .iter()
            .take(label_words)
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ")
            == *label;
        let separated = last.ends_with([':', '»', '|', '>'])
            || bare
                .split_whitespace()
                .nth(label_words)
                .is_some_and(|next| matches!(next, ":" | "»" | "|" | ">" | "-" | "–"));
        opens && separated
    })
}

/// A picture's caption closed by its credit: "The chair at the quay. Photo:
/// Ada Kerr", "... (Credit: Bay Pictures)". The credit label stands after a
/// stop, a bracket or a dash, so "landscape photos: 7 tips" is none, and the
/// credit is a name or two, not a sentence.
fn ends_with_credit(paragraph: &str) -> bool {
    if word_count(paragraph) > CAPTION_MAX_WORDS {
        return false;
    }
    let lower = paragraph.to_lowercase();
    CAPTION_CREDIT_LABELS.iter().any(|label| {
        let Some(at) = lower.rfind(label).filter(|&at| at > 0) else {
            return false;
        };
        let before = lower.get(..at).unwrap_or_default().trim_end();
        let after_stop = *label == "©" || before.ends_with(['.', '(', '|', '–', '-', '/', ',']);
        let credit = lower
            .get(at + label.len()..)
            .unwrap_or_default()
            .trim()
            .trim_end_matches([')', '.', ']']);
        after_stop
            && (1..=CAPTION_CREDIT_MAX_WORDS).contains(&word_count(credit))
            && !credit.ends_with(['!', '?'])
    })
}

/// A short line that is a link wherever the page shows it; "[1] ..." opens
/// a note or a reference, the article's own sources, and is none.
fn is_link_line(paragraph: &str, linked: &HashSet<String>) -> bool {
    word_count(paragraph) <= LINK_LINE_MAX_WORDS
        && linked.contains(paragraph)
        && !opens_with_note_number(paragraph)
}

/// Drops link lines anywhere that open with a label of a word or two no
/// other line of the page opens with ("Read: <headline>", "WATCH: <headline>"):
/// a teaser set into the text. A label several lines share ("Tested: ...",
/// "Review: ...") heads the page's own sections.
fn drop_labelled_links(kept: &mut Vec<String>, linked: &HashSet<String>) {
    if linked.is_empty() {
        return;
    }
    let labels: Vec<Option<String>> = kept.iter().map(|p| opening_label(p)).collect();
    let drop: Vec<bool> = kept
        .iter()
        .zip(&labels)
        .map(|(paragraph, label)| {
            label.as_ref().is_some_and(|label| {
                labels
                    .iter()
                    .flatten()
                    .filter(|other| *other == label)
                    .count()
                    == 1
            }) && is_link_line(paragraph, linked)
        })
        .collect();
    let mut at = 0;
    kept.retain(|_| {
        at += 1;
        !drop[at - 1]
    });
}

/// The label a line opens with, lower-case: one or two words, then ':', '»'
/// or '>' and the rest of the line ("Lea: ...", "Read more » ...").
fn opening_label(paragraph: &str) -> Option<String> {
    let bare = paragraph.trim_start_matches(['>', '»', '-', '–', '•', ' ']);
    let at = bare.find([':', '»', '>'])?;
    let label = bare.get(..at)?.strip_suffix(' ').unwrap_or(bare.get(..at)?);
    let rest = bare.get(at..)?.chars().skip(1).collect::<String>();
    let words: Vec<&str> = label.split(' ').collect();
    let is_word =
        |word: &&str| !word.is_empty() && word.chars().all(|ch| ch.is_alphanumeric() || ch == '_');
    let opens_text = rest.starts_with(char::is_whitespace) && !rest.trim().is_empty();
    ((1..=2).contains(&words.len()) && words.iter().all(is_word) && opens_text)
        .then(|| label.to_lowercase())
}

/// "[1]", "[12]": the mark of a footnote or a numbered reference.
fn opens_with_note_number(paragraph: &str) -> bool {
    paragraph
        .strip_prefix('[')
        .and_then(|rest| rest.split_once(']'))
        .is_some_and(|(number, _)| {
            !number.is_empty() && number.chars().all(|ch| ch.is_ascii_digit())
        })
}

fn is_call(paragraph: &str, lower: &str, topical: &[&str]) -> bool {
    word_count(paragraph) <= TEASER_MAX_WORDS
        && CALLS
            .iter()
            .any(|word| lower.contains(word) && !topical.contains(word))
}

fn is_credit(paragraph: &str, lower: &str) -> bool {
    word_count(paragraph) <= CREDIT_MAX_WORDS
        && CREDIT_LABELS.iter().any(|label| lower.starts_with(label))
}

/// A closing prompt or notice: a line with a word of one; for words that
/// reporting uses too, only a short line or one that is no sentence.
fn is_closing(paragraph: &str) -> bool {
    let lower = paragraph.to_lowercase();
    let words = word_count(paragraph);
    if words > CLOSING_MAX_WORDS {
        return false;
    }
    CLOSING.iter().chain(CALLS).any(|word| lower.contains(word))
        || ((words <= CREDIT_MAX_WORDS || !ends_like_sentence(paragraph))
            && CLOSING_IN_SHORT_LINES
                .iter()
                .any(|word| lower.contains(word)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &[&str]) -> Vec<String> {
        text.iter().map(|line| (*line).to_string()).collect()
    }

    const REPORT: &str = "The harbour board agreed on Tuesday that the late ferry will keep running until the end of April, the chair said.";

    #[test]
    fn spanish_teaser_labels_open_teasers() {
        let kept = strip(
            lines(&[
                REPORT,
                "VEA TAMBIÉN: Harbour board names a new chair",
                "Lea más: Ferry fares rise again in May",
                REPORT,
            ]),
            &HashSet::new(),
        );
        assert_eq!(kept, lines(&[REPORT, REPORT]));
    }

    #[test]
    fn a_menu_goes_but_a_short_list_stays() {
        // Repeated labels are no menu: listicles repeat "Pros:" and "Cons:".
        let kept = strip(
            lines(&[REPORT, "Pros:", REPORT, "Pros:", REPORT, "Pros:"]),
            &HashSet::new(),
        );
        assert_eq!(kept.len(), 6);
        let menu = [
            "Harbour", "Ferries", "Weather", "Sport", "Culture", "Schools", "Roads", "Jobs",
            "Letters", "Notices",
        ];
        let mut page = menu.to_vec();
        page.push(REPORT);
        assert_eq!(strip(lines(&page), &HashSet::new()), lines(&[REPORT]));
        // A list with numbers (ingredients, scores) or a few entries stays.
        let list = ["2 eggs", "1 cup flour", "Salt", "Pepper"];
        let mut page = vec![REPORT];
        page.extend(list);
        assert_eq!(strip(lines(&page), &HashSet::new()).len(), 5);
    }

    #[test]
    fn a_related_section_at_the_end_goes_with_its_teasers() {
        let kept = strip(
            lines(&[
                REPORT,
                REPORT,
                "Weitere Artikel zum Thema",
                "Ferry fares rise again",
                "New pier opens in May",
            ]),
            &HashSet::new(),
        );
        assert_eq!(kept, lines(&[REPORT, REPORT]));
    }

    #[test]
    fn a_related_heading_followed_by_reporting_stays() {
        let long = "Related talks between the two unions began in March and lasted three weeks, the chair said after the long vote in the packed hall on the old quay.";
        let kept = strip(
            lines(&[REPORT, REPORT, "Related talks", long]),
            &HashSet::new(),
        );
        assert_eq!(kept.len(), 4);
    }

    #[test]
    fn a_long_related_section_goes_too() {
        // In the second half of the text, with more lines than a labelled list may hold.
        let reports = vec![REPORT.to_string(); 14];
        let mut page = reports.clone();
        page.push("You might also like".to_string());
        page.extend((0..13).map(|at| format!("Ferry story number {at}")));
        assert_eq!(strip(page, &HashSet::new()), reports);
    }

    #[test]
    fn a_closing_biography_or_legal_note_goes_with_its_heading() {
        let bio = "Ada Kerr has covered the harbour for the Coast Gazette since 2019 and writes about ferries, fishing and the weather on the bay.";
        let kept = strip(
            lines(&[REPORT, REPORT, "About the Author", bio]),
            &HashSet::new(),
        );
        assert_eq!(kept, lines(&[REPORT, REPORT]));
        let kept = strip(
            lines(&[REPORT, REPORT, REPORT, "Disclaimer:", bio, bio]),
            &HashSet::new(),
        );
        assert_eq!(kept, lines(&[REPORT, REPORT, REPORT]));
        // In the first half it heads the page's own text.
        let page = lines(&["Disclaimer", REPORT, REPORT, REPORT]);
        assert_eq!(strip(page.clone(), &HashSet::new()), page);
    }

    #[test]
    fn a_related_heading_may_ask() {
        let kept = strip(
            lines(&[REPORT, REPORT, "Schon gelesen?", "Neue Fähre ab Mai"]),
            &HashSet::new(),
        );
        assert_eq!(kept, lines(&[REPORT, REPORT]));
    }

    #[test]
    fn a_long_list_after_a_label_is_the_page_own() {
        let mut page = lines(&[REPORT, REPORT, "Categories:"]);
        page.extend((0..20).map(|at| format!("Award {at}, 2015")));
        assert_eq!(strip(page.clone(), &HashSet::new()), page);
    }

    #[test]
    fn a_closing_sentence_about_comments_is_reporting() {
        let page = lines(&[
            REPORT,
            "A second note: judging by the comments under the video on YouTube, the two of them had met before the festival in the spring.",
        ]);
        assert_eq!(strip(page.clone(), &HashSet::new()), page);
    }

    #[test]
    fn teasers_calls_and_credits_go_anywhere() {
        let kept = strip(
            lines(&[
                REPORT,
                "Lea también: El puerto cierra por la huelga",
                "À lire aussi » Le port ferme",
                "Photo: Ada Kerr/Bay Pictures",
                "Never miss a story: sign up to our newsletter today!",
                REPORT,
            ]),
            &HashSet::new(),
        );
        assert_eq!(kept, lines(&[REPORT, REPORT]));
    }

    #[test]
    fn the_closing_run_of_prompts_goes() {
        let kept = strip(
            lines(&[
                REPORT,
                "Follow us on Telegram and YouTube.",
                "© 2026 Bay News. All rights reserved.",
            ]),
            &HashSet::new(),
        );
        assert_eq!(kept, lines(&[REPORT]));
    }

    #[test]
    fn a_topic_word_is_no_sign_of_chrome() {
        let page = lines(&[
            "Which newsletter tools suit a small club?",
            "The newsletter market grew by a third last year.",
            "A free newsletter plan covers 500 readers.",
            REPORT,
        ]);
        assert_eq!(strip(page.clone(), &HashSet::new()), page);
    }

    #[test]
    fn a_page_of_nothing_but_furniture_is_left_as_it_was() {
        let page = lines(&["Subscribe to our newsletter"]);
        assert_eq!(strip(page.clone(), &HashSet::new()), page);
    }

    fn set(texts: &[&str]) -> HashSet<String> {
        texts.iter().map(|text| (*text).to_string()).collect()
    }

    #[test]
    fn link_lines_after_the_last_report_go_and_those_before_it_stay() {
        let linked = set(&["Ferry fares rise again in May", "New pier opens"]);
        let kept = strip(
            lines(&[
                REPORT,
                "New pier opens",
                REPORT,
                "Ferry fares rise again in May",
                "Weather",
                "New pier opens",
            ]),
            &linked,
        );
        assert_eq!(kept, lines(&[REPORT, "New pier opens", REPORT, "Weather"]));
    }

    #[test]
    fn references_and_long_link_lines_after_the_report_stay() {
        let long = "How the harbour board counted the votes on the late ferry, the winter timetable and the new pier in one very long evening session";
        let linked = set(&["[1] Harbour board minutes, March 2026", long]);
        let page = lines(&[REPORT, "[1] Harbour board minutes, March 2026", long]);
        assert_eq!(strip(page.clone(), &linked), page);
    }

    #[test]
    fn a_page_without_a_paragraph_of_reporting_keeps_its_link_lines() {
        let linked = set(&["New pier opens"]);
        let page = lines(&["Harbour news", "New pier opens"]);
        assert_eq!(strip(page.clone(), &linked), page);
    }

    #[test]
    fn a_lone_labelled_link_line_goes_anywhere_but_shared_labels_stay() {
        let linked = set(&[
            "Read: Ferry fares rise again in May",
            "Tested: The new ferry",
            "Tested: The old ferry",
        ]);
        let kept = strip(
            lines(&[
                REPORT,
                "Read: Ferry fares rise again in May",
                "Tested: The new ferry",
                REPORT,
                "Tested: The old ferry",
                REPORT,
            ]),
            &linked,
        );
        assert_eq!(
            kept,
            lines(&[
                REPORT,
                "Tested: The new ferry",
                REPORT,
                "Tested: The old ferry",
                REPORT
            ])
        );
        assert_eq!(
            opening_label("» Lea más: El puerto"),
            Some("lea más".to_string())
        );
        assert_eq!(opening_label("Note:"), None);
        assert_eq!(opening_label("At 10:30 the board met"), None);
    }

    #[test]
    fn a_caption_closed_by_its_credit_goes() {
        let kept = strip(
            lines(&[
                REPORT,
                "The chair on the quay after the vote. Photo: Ada Kerr/Bay Pictures",
                "The late ferry at the north pier (Credit: Bay Pictures)",
                "Ferry crews at dawn. © Coast Gazette",
                "How to take harbour photos: 7 tips",
                "Photo credit: Bay Pictures.",
                REPORT,
            ]),
            &HashSet::new(),
        );
        assert_eq!(
            kept,
            lines(&[
                REPORT,
                "How to take harbour photos: 7 tips",
                "Photo credit: Bay Pictures.",
                REPORT
            ])
        );
    }

    proptest::proptest! {
        #[test]
        fn strip_never_panics_and_keeps_a_subset(paragraphs in proptest::collection::vec("\\PC{0,80}", 0..8)) {
            let kept = strip(paragraphs.clone(), &HashSet::new());
            proptest::prop_assert!(kept.iter().all(|line| paragraphs.contains(line)));
        }
    }
}
