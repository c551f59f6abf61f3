//! Named mentions: people, organisations and places in the text.
//!
//! Rule- and gazetteer-based: runs of capitalised words are the candidates,
//! and the words around them decide what they name. Titles and role words
//! before a name ("Lithuanian President", "opposition leader") or after it
//! (", deputy mayor for transport,") go into [`Mention::role`], never into the
//! name. A first pass reads ordinary sentences; a document-wide pass then
//! settles the names it could not place from how the same name was read
//! elsewhere ("Kovalchuk" after "Olena Kovalchuk"); a last pass reads headlines,
//! whose capitals say nothing, by matching names already known.

use std::collections::{HashMap, HashSet};

use super::lexicon::{FUNCTION_WORDS, Lexicon, key, lexicon, looks_like_surname};
use super::tokens::{Token, same_line, tokenize};
use super::us_places::us_places;
use crate::model::{EntityKind, Mention, TextRange};

/// Weekday abbreviations, dropped from the ends of a run like function words.
const WEEKDAY_ABBREVIATIONS: &[&str] = &["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Month abbreviations, dropped likewise ("Oct 21"); "Jan" and "Mar" are
/// left out, being names too ("Jan Ullrich", "Mar del Plata").
const MONTH_ABBREVIATIONS: &[&str] = &[
    "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Lower-case particles inside names ("Ursula von der Leyen", "Rio de Janeiro").
const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "la", "le",
    "bin", "ibn", "al", "el", "ter", "ten", "zu", "y", "e",
];

/// Words before a name that make it a place ("in Minsk", "near Kessby").
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "near",
    "outside",
    "across",
    "throughout",
    "around",
    "via",
    "towards",
    "toward",
    "to",
    "from",
    "off",
    "through",
];

/// First words that make a name an organisation's ("Radio Norland", "Air France").
const LEADING_ORG_WORDS: &[&str] = &["radio", "television", "tv", "air", "club", "banco", "banca"];

/// Opening heads of "X of Y" names that are places, not bodies.
const PLACE_OF_HEADS: &[&str] = &[
    "gulf", "bay", "sea", "isle", "island", "islands", "strait", "cape", "lake", "republic",
    "kingdom", "city", "port",
];

/// Finds the named mentions of the text, in text order.
pub(crate) fn find(text: &str, sentences: &[TextRange]) -> Vec<Mention> {
    let lex = lexicon();
    let mut candidates = Vec::new();
    let mut headlines = Vec::new();
    let tokenized: Vec<(TextRange, Vec<Token>)> = sentences
        .iter()
        .map(|&sentence| (sentence, tokenize(text, sentence)))
        .collect();
    // Words the article writes in lower case are common words, whatever
    // capitals they get at the head of a sentence or in a team's name.
    let common: HashSet<&str> = tokenized
        .iter()
        .flat_map(|(_, tokens)| tokens.iter())
        .filter(|t| t.word && !t.cap && t.lower.chars().all(char::is_alphabetic))
        .map(|t| t.lower.as_str())
        .collect();
    // Teams go first: where a results line and another reading cover the
    // same words, the team stands.
    for (_, tokens) in &tokenized {
        teams::find_teams(text, tokens, lex, &common, &mut candidates);
    }
    let team_count = candidates.len();
    for (sentence, tokens) in &tokenized {
        if is_headline(tokens) {
            headlines.push(tokens);
        } else {
            read_sentence(text, *sentence, tokens, lex, &common, &mut candidates);
        }
    }
    read_teams_throughout(&mut candidates, team_count);
    drop_overlaps_with_teams(&mut candidates, team_count);
    let known = settle(&mut candidates);
    type_lists(text, &mut candidates);
    split_compounds(text, lex, &mut candidates);
    for tokens in headlines {
        read_headline(text, tokens, &known, lex, &common, &mut candidates);
    }
    let mut found: Vec<Mention> = Vec::new();
    candidates.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    let mut last_end = 0;
    for candidate in candidates {
        let Some(kind) = candidate.kind else { continue };
        if candidate.start < last_end || candidate.start >= candidate.end {
            continue;
        }
        let Some(name) = text.get(candidate.start..candidate.end) else {
            continue;
        };
        last_end = candidate.end;
        let role = candidate
            .role
            .filter(|_| kind == EntityKind::Person)
            .and_then(|r| text.get(r.start..r.end))
            .map(str::to_string);
        found.push(Mention {
            range: TextRange::new(candidate.start, candidate.end),
            kind,
            text: name.to_string(),
            role,
        });
    }
    found
}

/// Makes a name read as a team in a results line a team wherever the
/// article writes it, unless the article also names a person so ("Hamilton
/// 2" in a table, "Ann Hamilton" in the text): then the table meant the person.
fn read_teams_throughout(candidates: &mut [Candidate], team_count: usize) {
    let (teams, others) = candidates.split_at_mut(team_count.min(candidates.len()));
    let people: HashSet<&str> = others
        .iter()
        .filter(|c| {
            c.kind == Some(EntityKind::Person)
                && c.confidence == Confidence::Sure
                && c.key != c.last
        })
        .flat_map(|c| [c.key.as_str(), c.last.as_str()])
        .collect();
    let mut team_keys: HashSet<String> = HashSet::new();
    for team in teams.iter_mut() {
        if people.contains(team.key.as_str()) {
            team.kind = Some(EntityKind::Person);
        } else if team.kind == Some(EntityKind::Organization) {
            team_keys.insert(team.key.clone());
        }
    }
    for other in others.iter_mut() {
        let sure_person =
            other.kind == Some(EntityKind::Person) && other.confidence == Confidence::Sure;
        if team_keys.contains(&other.key) && !sure_person && !other.dateline {
            other.kind = Some(EntityKind::Organization);
            other.confidence = Confidence::Sure;
        }
    }
}

/// Drops the other readings that overlap a team ("Kansas City 1" read as a
/// place with a number, where the results line has the team "Kansas City").
fn drop_overlaps_with_teams(candidates: &mut Vec<Candidate>, team_count: usize) {
    let spans: Vec<(usize, usize)> = candidates
        .iter()
        .take(team_count)
        .map(|c| (c.start, c.end))
        .collect();
    let mut index = 0;
    candidates.retain(|c| {
        index += 1;
        index <= team_count
            || !spans
                .iter()
                .any(|&(start, end)| c.start < end && start < c.end)
    });
}

/// Names in one list ("Essex, Kent and Derbyshire") are of one kind: a
/// name read as nothing in particular takes the kind its list agrees on.
fn type_lists(text: &str, candidates: &mut [Candidate]) {
    // A surname alone of a full name the article gives is as sure as the
    // full name: "both Lukashenko and Putin" makes Putin a person too.
    let surnames: HashSet<String> = candidates
        .iter()
        .filter(|c| c.confidence == Confidence::Sure && c.kind == Some(EntityKind::Person))
        .filter(|c| c.key != c.last)
        .map(|c| c.last.clone())
        .collect();
    let is_evidence = |c: &Candidate| {
        c.confidence == Confidence::Sure
            || (c.kind == Some(EntityKind::Person) && c.key == c.last && surnames.contains(&c.key))
    };
    let mut order: Vec<usize> = (0..candidates.len())
        .filter(|&i| candidates[i].kind.is_some())
        .collect();
    order.sort_by_key(|&i| (candidates[i].start, std::cmp::Reverse(candidates[i].end)));
    let mut lists: Vec<Vec<usize>> = Vec::new();
    let mut previous: Option<usize> = None;
    for index in order {
        let start = candidates[index].start;
        if previous.is_some_and(|p| start < candidates[p].end) {
            continue;
        }
        let joined =
            previous.is_some_and(|p| text.get(candidates[p].end..start).is_some_and(is_list_gap));
        match lists.last_mut() {
            Some(list) if joined => list.push(index),
            _ => lists.push(vec![index]),
        }
        previous = Some(index);
    }
    for list in lists.iter().filter(|list| list.len() >= 2) {
        let mut agreed: Option<EntityKind> = None;
        let mut disagree = false;
        for &i in list {
            let c = &candidates[i];
            if !is_evidence(c) || c.kind == Some(EntityKind::Other) {
                continue;
            }
            match (agreed, c.kind) {
                (None, kind) => agreed = kind,
                (Some(x), Some(y)) if x != y => disagree = true,
                _ => {}
            }
        }
        let Some(kind) = agreed.filter(|_| !disagree) else {
            continue;
        };
        for &i in list {
            let c = &mut candidates[i];
            if c.kind == Some(EntityKind::Other) && c.confidence == Confidence::Guess {
                c.kind = Some(kind);
            }
        }
    }
}

/// Reads a hyphenated word by its parts where they are known names: places
/// joined ("Russia-Belarus talks") are each a place, and a place or body
/// before lower-case words ("US-imposed", "Kremlin-backed") is the name
/// alone. Other hyphenated names ("Zapad-2025", "Smith-Jones") stay whole.
fn split_compounds(text: &str, lex: &Lexicon, candidates: &mut Vec<Candidate>) {
    let mut parts_of: Vec<(usize, Vec<Candidate>)> = Vec::new();
    for (index, c) in candidates.iter().enumerate() {
        let Some(word) = text.get(c.start..c.end) else {
            continue;
        };
        if !word.contains('-') || word.contains(char::is_whitespace) {
            continue;
        }
        let mut parts: Vec<(usize, &str)> = Vec::new();
        let mut from = 0;
        for part in word.split('-') {
            parts.push((c.start + from, part));
            from += part.len() + 1;
        }
        if parts.iter().any(|(_, part)| part.is_empty()) {
            continue;
        }
        let capitalised = |part: &str| part.starts_with(char::is_uppercase);
        let known = |part: &str| {
            let folded = key(part);
            if lex.is_place(&folded) {
                Some(EntityKind::Place)
            } else if lex.is_organisation(&folded) {
                Some(EntityKind::Organization)
            } else {
                None
            }
        };
        let named = parts
            .iter()
            .take_while(|(_, part)| capitalised(part))
            .count();
        let rest_common = parts[named..]
            .iter()
            .all(|(_, part)| part.chars().all(|ch| ch.is_lowercase()));
        if named == 0 || !rest_common {
            continue;
        }
        let kinds: Option<Vec<EntityKind>> =
            parts[..named].iter().map(|(_, part)| known(part)).collect();
        let Some(kinds) = kinds else { continue };
        if named == parts.len() && kinds.iter().any(|&kind| kind != EntityKind::Place) {
            continue;
        }
        let pieces = parts[..named]
            .iter()
            .zip(kinds)
            .map(|(&(start, part), kind)| Candidate {
                start,
                end: start + part.len(),
                kind: Some(kind),
                confidence: Confidence::Sure,
                role: None,
                dateline: false,
                key: key(part),
                last: key(part),
                ..c.clone()
            })
            .collect();
        parts_of.push((index, pieces));
    }
    for (index, pieces) in parts_of.into_iter().rev() {
        candidates.splice(index..=index, pieces);
    }
}

/// What stands between two names of a list: a comma, "and" or "or".
fn is_list_gap(gap: &str) -> bool {
    if gap.contains('\n') {
        return false;
    }
    let words: Vec<&str> = gap
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    match words.as_slice() {
        [] => gap.contains(','),
        [word] => matches!(*word, "and" | "or"),
        _ => false,
    }
}

/// How sure a reading of a name is: a sure one overrides guesses of the same
/// name elsewhere in the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Confidence {
    Guess,
    Sure,
}

/// A run of capitals and what the first pass made of it.
#[derive(Clone, Debug)]
struct Candidate {
    start: usize,
    end: usize,
    kind: Option<EntityKind>,
    confidence: Confidence,
    role: Option<TextRange>,
    sentence_initial: bool,
    /// Read off a dateline ("LONDON 1996-08-30"), which names a place
    /// whatever the article makes of the name elsewhere.
    dateline: bool,
    /// The folded name ("olena kovalchuk").
    key: String,
    /// The folded last word ("kovalchuk").
    last: String,
}

/// Tells whether a sentence is a headline (most words capitalised, or all in
/// capitals), where capitals are no evidence of a name.
fn is_headline(tokens: &[Token]) -> bool {
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.word && t.lower.chars().any(char::is_alphabetic))
        .collect();
    if words.len() < 2 {
        return false;
    }
    let upper = words.iter().filter(|t| t.upper).count();
    if upper >= 2 && upper * 10 >= words.len() * 6 {
        return true;
    }
    // A short heading without a stop: "Diplomatic Engagement".
    // Numbers say a results or table line ("Ann Ekberg (Sweden) 51.98"),
    // whose capitals are names.
    let has_number = tokens
        .iter()
        .any(|t| t.word && t.lower.starts_with(|c: char| c.is_ascii_digit()));
    let ends_open = tokens.last().is_some_and(|t| t.word);
    if ends_open
        && !has_number
        && words.len() <= 6
        && words.iter().all(|t| t.cap || is_function_word(&t.lower))
    {
        return true;
    }
    let long: Vec<&&Token> = words
        .iter()
        .skip(1)
        .filter(|t| t.lower.chars().count() >= 4)
        .collect();
    let capitalised = long.iter().filter(|t| t.cap).count();
    // Title case counts only without a full stop: a sentence listing
    // "the Union, the Ministry of ..." is no headline.
    let ends_with_stop = tokens.last().is_some_and(|t| t.lower == ".");
    // A line of names set off by commas is a list, not a headline.
    let commas = tokens.iter().filter(|t| t.lower == ",").count();
    !ends_with_stop && commas < 2 && long.len() >= 3 && capitalised * 10 >= long.len() * 8
}

/// An initial: one capital and a period ("J.").
fn is_initial(token: &Token) -> bool {
    token.word && token.cap && token.lower.len() == 2 && token.lower.ends_with('.')
}

fn is_name_token(token: &Token) -> bool {
    token.word && token.cap
}

fn is_function_word(lower: &str) -> bool {
    FUNCTION_WORDS.contains(&lower)
        || WEEKDAY_ABBREVIATIONS.contains(&lower)
        || MONTH_ABBREVIATIONS.contains(&lower.trim_end_matches('.'))
        || crate::text::is_calendar_word(lower)
}

/// Finds the runs of capitals of one ordinary sentence.
fn read_sentence(
    text: &str,
    sentence: TextRange,
    tokens: &[Token],
    lex: &Lexicon,
    common: &HashSet<&str>,
    out: &mut Vec<Candidate>,
) {
    let first_word = tokens.iter().position(|t| t.word).unwrap_or(tokens.len());
    let line_start = sentence.start == 0
        || text
            .get(..sentence.start)
            .is_some_and(|before| before.trim_end_matches([' ', '\t']).ends_with('\n'));
    let mut i = 0;
    while i < tokens.len() {
        if !is_name_token(&tokens[i]) {
            i += 1;
            continue;
        }
        let end = extend_run(text, tokens, i, lex);
        let before = preceding_mark(text, tokens, i);
        if before == Some(Mark::Hashtag) {
            // "#ValdmarStrike" tags a topic; it names no one.
            i = end;
            continue;
        }
        let context = RunContext {
            text,
            tokens,
            lex,
            common,
            sentence_initial: i == first_word || before == Some(Mark::ClauseOpener),
            dateline: line_start && i == first_word,
        };
        read_run(&context, i, end, out);
        i = end;
    }
}

/// What the punctuation just before a word makes of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    /// The word opens a clause as a sentence's first word does, so its
    /// capital says nothing: after a colon ("Disclaimer: Comments posted"),
    /// a spaced dash that ends a dateline ("VALDMAR - Dockworkers at") or an
    /// opening quote ("“Over 40 ships").
    ClauseOpener,
    /// The word is a hashtag ("#ValdmarStrike").
    Hashtag,
}

fn preceding_mark(text: &str, tokens: &[Token], i: usize) -> Option<Mark> {
    let word = tokens.get(i)?;
    let prev = tokens.get(i.checked_sub(1)?)?;
    if prev.word {
        return None;
    }
    let attached = prev.end == word.start;
    let spaced_before = text
        .get(..prev.start)
        .is_some_and(|before| before.is_empty() || before.ends_with([' ', '\t', '\n']));
    match text.get(prev.start..prev.end)? {
        ":" => Some(Mark::ClauseOpener),
        "-" | "–" | "—" if spaced_before && !attached => Some(Mark::ClauseOpener),
        // "EASTPORT—Police said": a dateline may touch its dash, which
        // no name holds the way a hyphen joins one.
        "–" | "—" if !spaced_before && attached => Some(Mark::ClauseOpener),
        "“" | "‘" | "\"" if spaced_before && attached => Some(Mark::ClauseOpener),
        "#" if attached => Some(Mark::Hashtag),
        _ => None,
    }
}

/// Returns the end (exclusive) of the run of name tokens starting at `start`.
fn extend_run(text: &str, tokens: &[Token], start: usize, lex: &Lexicon) -> usize {
    let mut end = start + 1;
    while end < tokens.len() {
        let prev = &tokens[end - 1];
        if prev.possessive || prev.place_suffix {
            break;
        }
        let next = &tokens[end];
        if is_name_token(next) && same_line(text, prev, next) {
            end += 1;
            continue;
        }
        // "Terminal 3", "Gate 12": a number after a place word.
        if next.word
            && next.lower.chars().all(|c| c.is_ascii_alphanumeric())
            && next.lower.starts_with(|c: char| c.is_ascii_digit())
            && lex.is_place_head(&prev.lower)
        {
            end += 1;
            break;
        }
        // Connectors that stay inside a name when a capital follows them.
        let mut k = end;
        while k < tokens.len() && k - end < 2 && PARTICLES.contains(&tokens[k].lower.as_str()) {
            if tokens[k].cap {
                break;
            }
            k += 1;
        }
        let connector = if k > end {
            true
        } else {
            let joins_of =
                matches!(next.lower.as_str(), "of" | "for" | "on") && lex.takes_of(&prev.lower);
            let ampersand = next.lower == "&";
            let plural_possessive =
                matches!(next.lower.as_str(), "'" | "’") && prev.lower.ends_with('s');
            if joins_of || ampersand || plural_possessive {
                k = end + 1;
                true
            } else {
                false
            }
        };
        if connector
            && k < tokens.len()
            && is_name_token(&tokens[k])
            && !is_function_word(&tokens[k].lower)
            && same_line(text, prev, &tokens[k])
        {
            end = k + 1;
            continue;
        }
        break;
    }
    end
}

/// What a run needs to know about its sentence.
struct RunContext<'a> {
    text: &'a str,
    tokens: &'a [Token],
    lex: &'a Lexicon,
    common: &'a HashSet<&'a str>,
    sentence_initial: bool,
    dateline: bool,
}

/// Reads one run of capitals `tokens[start..end]`: strips function words and
/// titles, finds the role and the cues, and guesses the kind.
fn read_run(context: &RunContext, start: usize, end: usize, out: &mut Vec<Candidate>) {
    let RunContext {
        text, tokens, lex, ..
    } = *context;
    let mut a = start;
    let mut b = end;
    while a < b
        && (is_function_word(&tokens[a].lower)
            || (a == start
                && context.sentence_initial
                && lex.is_not_name(&tokens[a].lower)
                && !tokens[a].upper))
    {
        a += 1;
    }
    while b > a && is_function_word(&tokens[b - 1].lower) {
        b -= 1;
    }
    // Connectors left dangling at the end ("Ministry of").
    while b > a
        && !tokens[b - 1].cap
        && !tokens[b - 1]
            .lower
            .starts_with(|c: char| c.is_ascii_digit())
    {
        b -= 1;
    }
    if a >= b {
        return;
    }
    // "Controversial Australian Ann Hill", "Veteran Olena Kovalchuk": a word
    // capitalised only by the sentence start, before a people or a given name.
    if context.sentence_initial
        && a == start
        && b - a >= 3
        && !tokens[a].upper
        && !lex.is_given_name(&tokens[a].lower)
        && !lex.is_place(&tokens[a].lower)
        && !lex.is_org_head(&tokens[a].lower)
        && !lex.is_person_title(&tokens[a].lower)
        && (lex.demonym_country(&tokens[a + 1].lower).is_some()
            || (lex.is_given_name(&tokens[a + 1].lower)
                && !lex.is_census_given_name(&tokens[a + 1].lower)))
    {
        a += 1;
    }
    let sentence_initial = context.sentence_initial && a == start;

    // A dateline: "VALDMAR, March 10 -" or "LONDON 1996-08-30".
    if context.dateline && a == start && tokens[a..b].iter().all(|t| t.upper) {
        let next = tokens.get(b);
        let dateline_follows = next.is_some_and(|t| {
            // The lookup form spells an em dash "--" ("EASTPORT — Police
            // said").
            matches!(t.lower.as_str(), "," | "-" | "--" | "(")
                || t.lower.starts_with(|c: char| c.is_ascii_digit())
        });
        if dateline_follows && !tokens[a..b].iter().any(|t| lex.is_org_head(&t.lower)) {
            let mut dateline = candidate(
                tokens,
                a,
                b,
                Some(EntityKind::Place),
                Confidence::Sure,
                None,
                false,
            );
            dateline.dateline = true;
            out.push(dateline);
            return;
        }
    }

    // Titles at the front ("Lithuanian President", "Mr", "Inspector").
    let last_is_org =
        lex.is_org_head(&tokens[b - 1].lower) || lex.is_event_head(&tokens[b - 1].lower);
    let mut names_from = a;
    if !last_is_org
        && b - a >= 2
        && let Some(k) = (a..b - 1)
            .rev()
            .find(|&k| lex.is_person_title(&tokens[k].lower))
    {
        names_from = k + 1;
    }
    // Demonyms at the front ("American Dennis Mitchell", "West Indian"),
    // unless they open a town's name ("Spanish Fork", "American Fork").
    if names_from == a && us_places().town(&join_keys(&tokens[a..b])) == 0 {
        let mut k = a;
        while k + 1 < b {
            let lower = tokens[k].lower.as_str();
            let compass = matches!(
                lower,
                "north"
                    | "south"
                    | "east"
                    | "west"
                    | "northern"
                    | "southern"
                    | "eastern"
                    | "western"
            ) && lex.demonym_country(&tokens[k + 1].lower).is_some();
            if compass || (lex.demonym_country(lower).is_some() && !lex.is_place(lower)) {
                k += 1 + usize::from(compass);
            } else {
                break;
            }
        }
        if k > a && k < b && !lex.is_org_head(&tokens[b - 1].lower) {
            names_from = k;
        }
    }
    let title_stripped = names_from > a && lex.is_person_title(&tokens[names_from - 1].lower);
    if title_stripped {
        // What stands before the first title may itself be a name ("US", "EU").
        if let Some(first_title) = (a..names_from).find(|&k| lex.is_person_title(&tokens[k].lower))
            && first_title > a
        {
            let prefix_key = join_keys(&tokens[a..first_title]);
            let kind = if lex.is_place(&prefix_key) {
                Some(EntityKind::Place)
            } else if lex.is_org_head(&tokens[first_title - 1].lower)
                || (first_title - a == 1
                    && tokens[a].upper
                    && !lex.is_not_acronym(&tokens[a].lower))
            {
                Some(EntityKind::Organization)
            } else {
                None
            };
            if kind.is_some() {
                out.push(candidate(
                    tokens,
                    a,
                    first_title,
                    kind,
                    Confidence::Sure,
                    None,
                    false,
                ));
            }
        }
    }
    // "envoy for Ukraine Keith Kellogg": a place, then a person.
    if names_from == a && b - a >= 3 {
        for split in [2, 1] {
            if a + split < b
                && lex.is_place(&join_keys(&tokens[a..a + split]))
                && lex.is_given_name(&tokens[a + split].lower)
            {
                out.push(candidate(
                    tokens,
                    a,
                    a + split,
                    Some(EntityKind::Place),
                    Confidence::Sure,
                    None,
                    false,
                ));
                names_from = a + split;
                a = names_from;
                break;
            }
        }
    }
    let a_names = names_from;
    if tokens[a_names..b]
        .iter()
        .all(|t| lex.is_person_title(&t.lower))
    {
        return;
    }
    let name_key = join_keys(&tokens[a_names..b]);
    // A run of office words only ("Nobel Peace Prize" before "laureate").
    if tokens[a_names..b]
        .iter()
        .all(|t| lex.is_role_word(&t.lower))
        && !lex.is_place(&name_key)
    {
        return;
    }
    if b - a_names == 1 && lex.demonym_country(&name_key).is_some() && !lex.is_place(&name_key) {
        return;
    }
    // "Western sanctions", "Eastern suburbs": a compass adjective before a
    // common noun, capitalised by habit.
    if b - a_names == 1
        && matches!(
            name_key.as_str(),
            "western" | "eastern" | "northern" | "southern"
        )
        && tokens.get(b).is_some_and(|t| t.word && !t.cap)
    {
        return;
    }
    // "Iraqis", "Germans": people of a country, not a name.
    if b - a_names == 1
        && let Some(stem) = name_key.strip_suffix('s')
        && lex.demonym_country(stem).is_some()
    {
        out.push(candidate(
            tokens,
            a_names,
            b,
            Some(EntityKind::Other),
            Confidence::Sure,
            None,
            false,
        ));
        return;
    }
    // "West Indian", "South Korean": a demonym of two words.
    if b - a_names == 2
        && (lex.demonym_country(&name_key).is_some()
            || (matches!(
                tokens[a_names].lower.as_str(),
                "north" | "south" | "east" | "west"
            ) && lex.demonym_country(&tokens[a_names + 1].lower).is_some()))
    {
        return;
    }
    // Table headers and initials alone ("W D L G", "on X." closing a sentence).
    if tokens[a_names..b]
        .iter()
        .all(|t| t.lower.trim_end_matches('.').chars().count() == 1)
    {
        return;
    }

    let role = find_role(context, a, names_from, b);
    let person_cue = title_stripped || role.is_some_and(|r| role_has_person_word(text, r, lex));
    // "told Reuters": the one told is usually an outlet, but "told
    // Lukashenko" tells a person, which a surname's shape gives away.
    let told = a > 0
        && matches!(tokens[a - 1].lower.as_str(), "told" | "tells")
        && b - a == 1
        && !looks_like_surname(&tokens[a].lower);
    let org_cue = told
        || noun_before(tokens, a, |w| lex.is_org_noun(w))
        || appositive_noun(tokens, b, |w| lex.is_org_noun(w))
        || company_word_after(tokens, b);
    // At a sentence's start, "Another man" or "Local man" is a common word
    // capitalised: there only a city the gazetteer knows is a town.
    // "Eastport police said": a town's force written in lower case names
    // the town as firmly, even at a sentence's start.
    let resident = (resident_after(tokens, a_names, b)
        && (a_names > 0 || lex.is_city(&tokens[a_names].lower)))
        || police_after(tokens, a_names, b)
        || state_after(tokens, b);
    let place_cue = tokens[b - 1].place_suffix
        || noun_before(tokens, a, |w| lex.is_place_noun(w))
        || appositive_noun(tokens, b, |w| lex.is_place_noun(w))
        || (a > 0 && place_preposition_before(tokens, a, b))
        || part_of_town_before(tokens, a, b)
        || compass_of_before(tokens, a)
        || resident
        || residence_after_age(tokens, a);
    let speech_after = tokens.get(b).is_some_and(|t| lex.is_speech_verb(&t.lower));

    let names = &tokens[a_names..b];
    let first = &names[0];
    let last = &names[names.len() - 1];
    let has_of = names
        .iter()
        .any(|t| matches!(t.lower.as_str(), "of" | "for" | "on"));
    use Confidence::{Guess, Sure};
    use EntityKind::{Organization, Other, Person, Place};
    let org_before_of = names
        .iter()
        .position(|t| matches!(t.lower.as_str(), "of" | "for" | "on"))
        .is_some_and(|of| names[..of].iter().any(|t| lex.is_org_head(&t.lower)));
    let ampersand = names.iter().any(|t| t.lower == "&");
    let looks_common = names
        .iter()
        .any(|t| context.common.contains(t.lower.as_str()));
    let leading_org = names.len() >= 2 && LEADING_ORG_WORDS.contains(&first.lower.as_str());
    let plural_team = plural_team(context, a_names, b, &name_key);
    // A lone word after "the" ("by the West") is no one's surname.
    let the_before = a_names > 0 && tokens[a_names - 1].lower == "the";
    // "Tyrell Hall", "Karla Hills": a given name and a surname that also
    // ends places' names, with nothing saying place.
    let given_and_surname = names.len() == 2
        && lex.is_given_name(&first.lower)
        && !(lex.is_census_given_name(&first.lower)
            && context.common.contains(first.lower.as_str()))
        && lex.is_surname(&last.lower)
        && !place_cue;
    let (kind, confidence) = if lex.is_event_head(&last.lower) && names.len() >= 2 {
        (Some(Other), Sure)
    } else if names.len() >= 2 && lex.is_place(&name_key) && !title_stripped {
        // A place the gazetteer knows whole ("West Bank", "Soviet Union"),
        // though its last word may end a body's name.
        (Some(Place), Sure)
    } else if (lex.is_org_head(&last.lower) && !(person_cue && names.len() == 1))
        || org_before_of
        || ampersand
        || leading_org
        || plural_team
    {
        (Some(Organization), Sure)
    } else if has_of && PLACE_OF_HEADS.contains(&first.lower.as_str()) {
        (Some(Place), Sure)
    } else if has_of && lex.takes_of(&first.lower) {
        (Some(Organization), Sure)
    } else if lex.is_place(&name_key) && !title_stripped {
        (Some(Place), Sure)
    } else if lex.is_organisation(&name_key) {
        (Some(Organization), Sure)
    } else if names.len() == 1
        && first.upper
        && first.lower.chars().filter(|c| c.is_alphabetic()).count() <= 5
        && !lex.is_not_acronym(&first.lower)
    {
        if place_cue {
            (Some(Place), Guess)
        } else {
            (Some(Organization), Sure)
        }
    } else if names.len() == 1 && first.upper {
        (None, Guess)
    } else if names.len() >= 2
        && (lex.is_place_head(&last.lower)
            || (last.lower.starts_with(|c: char| c.is_ascii_digit())
                && lex.is_place_head(&names[names.len() - 2].lower)))
        && !given_and_surname
    {
        (Some(Place), Sure)
    } else if resident && !title_stripped {
        // "a Charlotte woman": the noun after the name is no role of hers,
        // and says place as firmly as "in" does not.
        (Some(Place), Sure)
    } else if person_cue {
        (Some(Person), Sure)
    } else if org_cue {
        (Some(Organization), Sure)
    } else if lex.is_given_name(&first.lower)
        && !place_cue
        && !(lex.is_census_given_name(&first.lower)
            && context.common.contains(first.lower.as_str()))
    {
        (Some(Person), Sure)
    } else if place_cue {
        (Some(Place), Guess)
    } else if !(names.len() == 1 && the_before)
        && (looks_like_surname(&last.lower)
            || speech_after
            || (lex.is_surname(&last.lower) && !context.common.contains(last.lower.as_str())))
    {
        (Some(Person), Guess)
    } else if names
        .iter()
        .any(|t| t.lower.chars().any(|c| c.is_ascii_digit()))
    {
        (Some(Other), Guess)
    } else if names.len() >= 2 && !looks_common {
        (Some(Person), Guess)
    } else if names.len() >= 2 {
        (Some(Other), Guess)
    } else {
        (None, Guess)
    };
    // A capitalised first word of a sentence is only taken on firm evidence.
    let kind = if sentence_initial && names.len() == 1 && confidence == Guess {
        None
    } else {
        kind
    };
    let mut found = candidate(tokens, a_names, b, kind, confidence, role, sentence_initial);
    if kind != Some(Person) {
        found.role = None;
    }
    out.push(found);
}

/// A body named in the plural: "the Falcons", "the Rovers", or a place and
/// a plural, "Leeds Rhinos", "Ohio Tigers" (teams, bands, groups). Peoples
/// ("the Kurds" is a demonym's plural) and places ("the Netherlands") are
/// not.
fn plural_team(context: &RunContext, a: usize, b: usize, name_key: &str) -> bool {
    let RunContext { tokens, lex, .. } = *context;
    let Some(last) = tokens.get(b.wrapping_sub(1)).filter(|_| b > a) else {
        return false;
    };
    let word = last.lower.as_str();
    let plural = last.cap
        && !last.upper
        && word.chars().count() >= 4
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is");
    if !plural || lex.is_place(name_key) || lex.is_place(word) {
        return false;
    }
    let stem = word.strip_suffix("es").unwrap_or(word);
    let people = lex.demonym_country(word.trim_end_matches('s')).is_some()
        || lex.demonym_country(stem).is_some();
    if people || lex.is_org_head(word) || lex.is_surname(word) {
        return false;
    }
    let the_before = a > 0 && tokens[a - 1].lower == "the";
    let place_first = b - a >= 2
        && (lex.is_place(&join_keys(&tokens[a..b - 1]))
            || (b - a >= 3 && lex.is_place(&join_keys(&tokens[a..b - 2]))));
    (the_before && b - a <= 2) || place_first
}

/// Words of a company's business that follow its name ("Kesko shares
/// fell", "Ruvo's shareholders", "Ortek's net profit").
const COMPANY_WORDS_AFTER: &[&str] = &[
    "shares",
    "stock",
    "shareholders",
    "stockholders",
    "subsidiary",
    "subsidiaries",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "earnings",
    "turnover",
    "net",
    "stake",
];

/// Whether a word of a company's business follows the name ending at `b`,
/// right after it or after its possessive.
fn company_word_after(tokens: &[Token], b: usize) -> bool {
    let mut k = b;
    if tokens.get(b.wrapping_sub(1)).is_some_and(|t| t.possessive) && b > 0 {
        k += 1;
    }
    tokens
        .get(k)
        .is_some_and(|t| t.word && !t.cap && COMPANY_WORDS_AFTER.contains(&t.lower.as_str()))
}

/// Compass words that name a part of a town: "in southwest Columbus".
const COMPASS_PARTS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "downtown",
];

/// Whether a part of a town stands between a preposition of place and the
/// name at `a..b` ("in southwest Columbus", "in north Charlotte"): the name
/// is the town, though alone it could be a surname.
fn part_of_town_before(tokens: &[Token], a: usize, b: usize) -> bool {
    a >= 2
        && tokens[a - 1].word
        && !tokens[a - 1].cap
        && COMPASS_PARTS.contains(&tokens[a - 1].lower.as_str())
        && place_preposition_before(tokens, a - 1, b)
}

/// Whether a compass word and "of" stand before the name at `a` ("just
/// north of Eastport", "southwest of Eastport"): a place beside which
/// something happened.
fn compass_of_before(tokens: &[Token], a: usize) -> bool {
    // The first eight compass parts are the directions ("north" to
    // "southwest"); "central of" and "downtown of" say nothing.
    a >= 2
        && tokens[a - 1].lower == "of"
        && !tokens[a - 2].cap
        && COMPASS_PARTS[..8].contains(&tokens[a - 2].lower.as_str())
}

/// Whether a comma and a US state follow the name ending at `b` ("in
/// Eastport, Oregon, on Sunday", "Eastport, Ore."): a town located the way
/// writers locate one. The state is one or two capitalised words, not a
/// possessive ("Ada Kerr, Oregon's governor").
fn state_after(tokens: &[Token], b: usize) -> bool {
    if tokens.get(b).is_none_or(|t| t.lower != ",") {
        return false;
    }
    let places = us_places();
    (1..=2).any(|len| {
        let Some(words) = tokens.get(b + 1..b + 1 + len) else {
            return false;
        };
        words.iter().all(|t| t.word && t.cap)
            && !words[len - 1].possessive
            && places.state(&join_keys(words)) != 0
    })
}

/// Whether "police" in lower case follows the name at `a..b` of at most
/// three words ("Eastport police said"): the force of the town named.
fn police_after(tokens: &[Token], a: usize, b: usize) -> bool {
    b - a <= 3
        && tokens
            .get(b)
            .is_some_and(|t| t.word && !t.cap && t.lower == "police")
}

/// Lower-case nouns for a person that, after "a <name>", say where the
/// person is from: "a Toledo man", "a Charlotte woman".
const RESIDENT_NOUNS: &[&str] = &[
    "man", "woman", "boy", "girl", "teen", "teenager", "resident", "native", "mother", "mom",
    "father", "dad", "couple", "student",
];

/// Whether "a"/"an" or the start of the sentence stands before a one-word
/// name at `a..b` and a person noun after it ("a Toledo man was charged",
/// "Toledo man found guilty"): a demonym's use of a town's name, which a
/// given name or surname cannot have.
fn resident_after(tokens: &[Token], a: usize, b: usize) -> bool {
    // "a 2-year-old Eastport boy": the age may stand between.
    let article_at = |at: usize| matches!(tokens[at].lower.as_str(), "a" | "an");
    let after_age = a >= 2 && tokens[a - 1].lower.ends_with("-year-old") && article_at(a - 2);
    b - a == 1
        && (a == 0 || article_at(a - 1) || after_age)
        && tokens
            .get(b)
            .is_some_and(|t| t.word && !t.cap && RESIDENT_NOUNS.contains(&t.lower.as_str()))
}

/// Whether the name at `a` follows an age and "of", as in "Ada Kerr, 22,
/// of Toledo": where the person lives.
fn residence_after_age(tokens: &[Token], a: usize) -> bool {
    a >= 3
        && tokens[a - 1].lower == "of"
        && tokens[a - 2].lower == ","
        && tokens[a - 3].lower.chars().all(|ch| ch.is_ascii_digit())
        && tokens[a - 3].lower.len() <= 3
}

/// Whether a preposition of place stands before the name at `a..b`; the
/// looser "to" and "from" count only for one-word names, and never in
/// "according to".
fn place_preposition_before(tokens: &[Token], a: usize, b: usize) -> bool {
    let before = tokens[a - 1].lower.as_str();
    if !PLACE_PREPOSITIONS.contains(&before) {
        return false;
    }
    if matches!(before, "to" | "from") {
        let according = a >= 2 && tokens[a - 2].lower == "according";
        return b - a == 1 && !according;
    }
    true
}

fn join_keys(tokens: &[Token]) -> String {
    let mut key = String::new();
    for token in tokens {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(token.lower.trim_end_matches('.'));
    }
    key
}

fn candidate(
    tokens: &[Token],
    a: usize,
    b: usize,
    kind: Option<EntityKind>,
    confidence: Confidence,
    role: Option<TextRange>,
    sentence_initial: bool,
) -> Candidate {
    let names = &tokens[a..b];
    Candidate {
        start: names.first().map_or(0, |t| t.start),
        end: names.last().map_or(0, |t| t.end),
        kind,
        confidence,
        role,
        sentence_initial,
        dateline: false,
        key: join_keys(names),
        last: names
            .last()
            .map(|t| t.lower.trim_end_matches('.').to_string())
            .unwrap_or_default(),
    }
}

/// Whether a role phrase holds a word for a person's office or occupation
/// (rather than only a demonym or an adjective).
fn role_has_person_word(text: &str, role: TextRange, lex: &Lexicon) -> bool {
    role.slice(text)
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(key)
        .any(|w| {
            lex.is_role_word(&w)
                && !matches!(w.as_str(), "and" | "former" | "new" | "national" | "state")
        })
}

/// Finds the role written next to the name `tokens[names_from..b]`, whose run
/// of capitals began at `a` (titles in `a..names_from`).
fn find_role(context: &RunContext, a: usize, names_from: usize, b: usize) -> Option<TextRange> {
    let RunContext {
        text, tokens, lex, ..
    } = *context;
    // Backwards from the run: role words, titles, demonyms, acronyms.
    let mut first = a;
    while first > 0 {
        let token = &tokens[first - 1];
        let next = &tokens[first];
        if !token.word || token.possessive || !same_line(text, token, next) {
            break;
        }
        let lower = token.lower.as_str();
        let fits = lex.is_role_word(lower)
            || (token.cap && lex.demonym_country(lower).is_some())
            || (token.upper && !lex.is_not_acronym(lower));
        if !fits || is_function_word(lower) {
            break;
        }
        first -= 1;
    }
    while first < a && tokens[first].lower == "and" {
        first += 1;
    }
    // "Port Workers' Union chair X": the body's whole name is in the role.
    if first < a && tokens[first].cap && lex.is_org_head(&tokens[first].lower) {
        while first > 0 {
            let token = &tokens[first - 1];
            let joins = matches!(token.lower.as_str(), "'" | "’" | "&" | "of");
            if !(token.cap || joins) || token.possessive || !same_line(text, token, &tokens[first])
            {
                break;
            }
            first -= 1;
        }
        while first < a && !tokens[first].cap {
            first += 1;
        }
    }
    if first < names_from {
        let end = if names_from > a {
            tokens[names_from - 1].end
        } else {
            tokens[a - 1].end
        };
        return Some(TextRange::new(tokens[first].start, end));
    }
    // "said the mayor, Anton Brell": the role before a comma, after "the".
    if a >= 3 && tokens[a - 1].lower == "," {
        let mut k = a - 1;
        while k > 0 && tokens[k - 1].word && lex.is_role_word(&tokens[k - 1].lower) {
            k -= 1;
        }
        let determiner = matches!(
            tokens[k.saturating_sub(1)].lower.as_str(),
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our"
        );
        if k < a - 1 && k > 0 && determiner {
            return Some(TextRange::new(tokens[k].start, tokens[a - 2].end));
        }
    }
    // ", deputy mayor for transport," after the name.
    if tokens.get(b).is_some_and(|t| t.lower == ",") {
        let mut k = b + 1;
        if tokens
            .get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an"))
        {
            k += 1;
        }
        let role_start = k;
        // ", the union's vice-chair," and ", the PWU's vice-chair,"
        if tokens.get(k).is_some_and(|t| t.word && t.possessive) {
            k += 2;
        }
        let first_role_word = k;
        if !tokens
            .get(k)
            .is_some_and(|t| t.word && !t.cap && lex.is_role_word(&t.lower))
        {
            return None;
        }
        while k < tokens.len() && k - role_start < 8 {
            let t = &tokens[k];
            let possessive_mark = k > role_start && tokens[k - 1].possessive;
            if (!t.word && !possessive_mark)
                || matches!(t.lower.as_str(), "who" | "which" | "that" | "said" | "says")
            {
                break;
            }
            if t.cap && !lex.is_role_word(&t.lower) {
                // "X, journalist Igor Losik, and Y" is a list, not a role.
                if k == first_role_word + 1 || lex.is_given_name(&t.lower) {
                    return None;
                }
                // A capitalised word may sit inside a role ("leader of the Belarus opposition").
            }
            k += 1;
        }
        if k > role_start {
            return Some(TextRange::new(tokens[role_start].start, tokens[k - 1].end));
        }
    }
    None
}

/// Whether one of the two lower-case words right before `a` fits `is_noun`
/// ("the national airline X", "the capital X", "the city of X").
fn noun_before(tokens: &[Token], a: usize, is_noun: impl Fn(&str) -> bool) -> bool {
    let mut k = a;
    if k > 0 && matches!(tokens[k - 1].lower.as_str(), "of" | ",") {
        k -= 1;
    }
    k > 0 && tokens[k - 1].word && !tokens[k - 1].cap && is_noun(&tokens[k - 1].lower)
}

/// Whether ", a/the <noun>" follows the name ending at `b`.
fn appositive_noun(tokens: &[Token], b: usize, is_noun: impl Fn(&str) -> bool) -> bool {
    if tokens.get(b).is_none_or(|t| t.lower != ",") {
        return false;
    }
    let mut k = b + 1;
    if tokens
        .get(k)
        .is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an"))
    {
        k += 1;
    }
    // One adjective may stand between ("a small town").
    for offset in 0..2 {
        if tokens
            .get(k + offset)
            .is_some_and(|t| t.word && !t.cap && is_noun(&t.lower))
        {
            return true;
        }
    }
    false
}

/// Settles guessed and unknown candidates from how the same name was read
/// elsewhere, and returns every name known by the end (folded -> kind).
fn settle(candidates: &mut [Candidate]) -> HashMap<String, EntityKind> {
    let mut sure: HashMap<String, EntityKind> = HashMap::new();
    let mut surnames: HashMap<String, EntityKind> = HashMap::new();
    for c in candidates.iter() {
        let Some(kind) = c.kind else { continue };
        if c.confidence == Confidence::Sure {
            sure.entry(c.key.clone()).or_insert(kind);
        }
        if kind == EntityKind::Person && c.key != c.last {
            surnames.entry(c.last.clone()).or_insert(kind);
        }
    }
    for c in candidates.iter_mut() {
        if c.confidence == Confidence::Sure {
            continue;
        }
        let single = c.key == c.last;
        if let Some(&kind) = sure.get(&c.key) {
            c.kind = Some(kind);
        } else if single && surnames.contains_key(&c.key) {
            c.kind = Some(EntityKind::Person);
        } else if c.kind.is_none() {
            // An unknown single word: a name of some kind mid-sentence, but a
            // capitalised first word says nothing.
            c.kind = (!c.sentence_initial).then_some(EntityKind::Other);
        }
    }
    let mut known = sure;
    for c in candidates.iter() {
        if let Some(kind) = c.kind
            && kind != EntityKind::Other
        {
            known.entry(c.key.clone()).or_insert(kind);
            if kind == EntityKind::Person {
                known.entry(c.last.clone()).or_insert(kind);
            }
        }
    }
    known
}

/// Reads a headline: only names already known, or places of the gazetteer.
fn read_headline(
    text: &str,
    tokens: &[Token],
    known: &HashMap<String, EntityKind>,
    lex: &Lexicon,
    common: &HashSet<&str>,
    out: &mut Vec<Candidate>,
) {
    let mut i = 0;
    while i < tokens.len() {
        // Initials and a surname ("J. Adams", "T.O'Gorman") name a person
        // even where capitals say nothing.
        let mut j = i;
        while j < tokens.len()
            && is_initial(&tokens[j])
            && (j == i || same_line(text, &tokens[j - 1], &tokens[j]))
        {
            j += 1;
        }
        if j > i
            && j < tokens.len()
            && tokens[j].cap
            && !tokens[j].upper
            && tokens[j].lower.chars().count() >= 2
            && same_line(text, &tokens[j - 1], &tokens[j])
        {
            out.push(candidate(
                tokens,
                i,
                j + 1,
                Some(EntityKind::Person),
                Confidence::Sure,
                None,
                false,
            ));
            i = j + 1;
            continue;
        }
        // A given name and a capitalised word ("Tim Henman", "ROBERTO DURAN").
        let given = &tokens[i];
        if given.cap
            && lex.is_given_name(&given.lower)
            && !common.contains(given.lower.as_str())
            && !known.contains_key(&given.lower)
        {
            let mut j = i + 1;
            while j < tokens.len()
                && j - i < 3
                && tokens[j].cap
                && !is_function_word(&tokens[j].lower)
                && !lex.is_place(&tokens[j].lower)
                && same_line(text, &tokens[j - 1], &tokens[j])
            {
                j += 1;
            }
            // "HONG KONG", "MONTE CARLO": a place whole, though it opens
            // with a given name.
            let place = (i + 2..=j).any(|end| lex.is_place(&join_keys(&tokens[i..end])));
            if j > i + 1 && !place {
                out.push(candidate(
                    tokens,
                    i,
                    j,
                    Some(EntityKind::Person),
                    Confidence::Sure,
                    None,
                    false,
                ));
                i = j;
                continue;
            }
        }
        let mut matched = None;
        if tokens[i].word && !is_function_word(&tokens[i].lower) {
            let mut j = i;
            while j < tokens.len()
                && j - i < 4
                && tokens[j].word
                && (j == i || same_line(text, &tokens[j - 1], &tokens[j]))
            {
                j += 1;
                let key = join_keys(&tokens[i..j]);
                let kind = known
                    .get(&key)
                    .copied()
                    .or_else(|| lex.is_place(&key).then_some(EntityKind::Place));
                if let Some(kind) = kind {
                    matched = Some((j, kind));
                }
            }
        }
        if let Some((j, kind)) = matched {
            out.push(candidate(
                tokens,
                i,
                j,
                Some(kind),
                Confidence::Sure,
                None,
                false,
            ));
            i = j;
        } else {
            i += 1;
        }
    }
}

mod teams;

#[cfg(test)]
mod tests;
