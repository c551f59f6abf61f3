//! Teams in results lines: a name followed by a score ("Hartlepool 4 Exeter
//! 1", "Essex 372 and 100-5", a standings row "Alloa 3 1 1 1 3 3 4") or two
//! names set against each other ("Leeds v Fulham") is a
//! team, so an organisation even when it is written as a city. A team
//! named by its country stays the country (the usual reading of "Japan 2
//! Syria 1"). A name read as a team once is a team throughout the article.

use std::collections::HashSet;

use super::{Candidate, Confidence, candidate, extend_run, is_function_word, is_initial};
use crate::analyse::lexicon::Lexicon;
use crate::analyse::tokens::Token;
use crate::model::EntityKind;

/// Words that set two teams against each other.
const VERSUS: &[&str] = &["v", "v.", "vs", "vs."];

/// Sports units that may follow a score ("Middlesex 20 points").
const SCORE_UNITS: &[&str] = &["points", "pts", "runs", "goals"];

/// Finds the teams of one sentence.
pub(super) fn find_teams(
    text: &str,
    tokens: &[Token],
    lex: &Lexicon,
    common: &HashSet<&str>,
    out: &mut Vec<Candidate>,
) {
    let runs = name_runs(text, tokens, lex);
    let first_word = tokens.iter().position(|t| t.word).unwrap_or(tokens.len());
    let mut teams: Vec<(usize, usize)> = Vec::new();
    for (index, &(a, b)) in runs.iter().enumerate() {
        if person_shaped(&tokens[a..b], lex) || is_month_abbreviation(&tokens[a..b]) {
            continue;
        }
        // A table's row label ("Sales 12.50 13.00", "M2 389.79") is a
        // common word or a code, not a team.
        let label = tokens[a..b]
            .iter()
            .any(|t| t.lower.chars().any(|c| c.is_ascii_digit()))
            || (b - a == 1 && common.contains(tokens[a].lower.as_str()));
        if label {
            continue;
        }
        let before_fits = a == first_word
            || tokens[a - 1]
                .lower
                .starts_with(|c: char| c.is_ascii_digit())
            || matches!(tokens[a - 1].lower.as_str(), "," | ";" | ":" | ")");
        // "May 17 v Hampshire": a fixture list names the other side only.
        let versus_before = a > 0 && VERSUS.contains(&tokens[a - 1].lower.as_str());
        // "Mladost (L) 4": a letter telling two clubs apart is part of the
        // name. A country there ("Ann Ekberg (Sweden) 51.98") more often
        // follows an athlete than a club.
        let (note_end, letter) = match (tokens.get(b), tokens.get(b + 1), tokens.get(b + 2)) {
            (Some(open), Some(inside), Some(close))
                if open.lower == "(" && close.lower == ")" && inside.word =>
            {
                let letter = inside.lower.chars().count() <= 2
                    && inside.lower.chars().all(char::is_alphabetic);
                (b + 3, letter)
            }
            _ => (b, false),
        };
        if (before_fits
            && (score_follows(tokens, b) || (letter && score_follows(tokens, note_end))))
            || versus_before
        {
            teams.push((a, if letter { note_end } else { b }));
            continue;
        }
        // "Leeds v Fulham". (A schedule's "BOSTON AT TORONTO" reads as the
        // places the games are in.)
        if let Some(&(next_a, next_b)) = runs.get(index + 1)
            && next_a == b + 1
            && !person_shaped(&tokens[next_a..next_b], lex)
            && VERSUS.contains(&tokens[b].lower.as_str())
        {
            teams.push((a, b));
            teams.push((next_a, next_b));
        }
    }
    teams.dedup();
    for (a, b) in teams {
        let key = super::join_keys(&tokens[a..b]);
        let kind = if lex.is_country(&key) {
            EntityKind::Place
        } else {
            EntityKind::Organization
        };
        out.push(candidate(
            tokens,
            a,
            b,
            Some(kind),
            Confidence::Sure,
            None,
            false,
        ));
    }
}

/// The runs of capitals of the sentence, function words trimmed off.
fn name_runs(text: &str, tokens: &[Token], lex: &Lexicon) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !(tokens[i].word && tokens[i].cap) {
            i += 1;
            continue;
        }
        let mut end = extend_run(text, tokens, i, lex);
        // In capitals, "V" joins the run: it still parts two teams.
        if let Some(joiner) = (i + 1..end).find(|&k| VERSUS.contains(&tokens[k].lower.as_str())) {
            end = joiner;
        }
        let (mut a, mut b) = (i, end);
        while a < b && is_function_word(&tokens[a].lower) {
            a += 1;
        }
        while b > a && is_function_word(&tokens[b - 1].lower) {
            b -= 1;
        }
        // "Kansas City 1": the run took the score as a number of the place.
        if b > a + 1
            && tokens[b - 1]
                .lower
                .starts_with(|c: char| c.is_ascii_digit())
        {
            b -= 1;
        }
        if a < b && tokens[a..b].iter().any(|t| t.lower.chars().count() > 1) {
            runs.push((a, b));
        }
        i = end;
    }
    runs
}

/// A person's name, not a team's: a given name or an initial first, or a title.
fn person_shaped(names: &[Token], lex: &Lexicon) -> bool {
    let Some(first) = names.first() else {
        return true;
    };
    is_initial(first)
        || (names.len() >= 2 && lex.is_given_name(&first.lower))
        || names.iter().any(|t| lex.is_person_title(&t.lower))
}

/// "Oct" in "Oct 21": a date, not a team.
fn is_month_abbreviation(names: &[Token]) -> bool {
    let [only] = names else {
        return false;
    };
    let word = only.lower.trim_end_matches('.');
    word.chars().count() >= 3
        && crate::text::MONTHS
            .iter()
            .any(|month| month.starts_with(word))
}

/// A number that can be a score: digits, with inner hyphens or a decimal
/// point ("4", "100-5", "19.32"), but not a year or a date.
fn is_score(token: &Token) -> bool {
    let lower = token.lower.as_str();
    if !token.word || !lower.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if !lower
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '.' | '/'))
    {
        return false;
    }
    let head: String = lower.chars().take_while(char::is_ascii_digit).collect();
    let year_like = head.len() == 4 && (head.starts_with("19") || head.starts_with("20"));
    // "8-0-39-3" is a bowler's figures: a player's line, not a team's.
    let figures = lower.matches('-').count() >= 2;
    !year_like && !figures
}

/// Whether a score stands at `k` and what follows it fits a results line:
/// nothing, another number or name, a parenthesis, a comma, a full stop,
/// "and" with a second score, or a sports unit.
fn score_follows(tokens: &[Token], k: usize) -> bool {
    if !tokens.get(k).is_some_and(is_score) {
        return false;
    }
    let Some(next) = tokens.get(k + 1) else {
        return true;
    };
    let after = tokens.get(k + 2);
    match next.lower.as_str() {
        "(" | ")" | ";" | "." | "-" => true,
        // "100,000" is one number, not a score and a list.
        "," => !after.is_some_and(|t| t.word && t.lower.len() == 3 && is_score(t)),
        "and" => after.is_some_and(is_score),
        word if SCORE_UNITS.contains(&word) => true,
        _ => next.word && (next.cap || is_score(next)),
    }
}
