//! Quantities: numbers with the noun they count, their hedge, predicate and attribution.
//!
//! Each sentence (or, when the sentence splitter gave none, each paragraph) is
//! tokenized and read left to right. A quantity is an optional hedge ("more
//! than"), an optional currency symbol, a number (digits, words, scaled or
//! vague), an optional second number ("12 to 15", "1,300 or 1,400") and the
//! counted noun phrase or currency/percent word after it. Years, dates, times,
//! ages, ordinals, phone numbers and numbers inside names are not quantities.
//!
//! Facts are grouped by `unit` and `predicate`, so both are normalised: the
//! unit is the lower-case noun phrase with its head made singular, currencies
//! and "percent" are fixed words, and the predicate is a lemma from a small
//! general table (`lexicon::PREDICATES`). For vague counts ("dozens",
//! "hundreds", "tens of thousands") `value` is the order of magnitude (12, 100,
//! 10 000) and `qualifier` is `Vague`.
//!
//! A number without a noun ("52 were released", "12 of them") borrows the
//! unit of a quantity shortly before it; "a 20-year-old man was killed" is a
//! count of one when an event verb follows or precedes it. `time` is the
//! sentence's date phrase nearest the number in the same clause ("since July
//! 2023"), so facts about different times can be told apart.

pub(super) mod lexicon;
mod numbers;
pub(crate) use numbers::{is_number_word, unit_word};
#[cfg(test)]
mod tests;
pub(super) mod tokens;

use crate::model::{Qualifier, Quantity, TextRange};
use lexicon::{Hedge, currency_symbol, currency_word, hedge_at, predicate_at};
use numbers::{NumberMatch, read_number};
use tokens::{Kind, Token};

/// Finds the quantities of the text, in text order.
#[cfg(test)]
pub(crate) fn find(text: &str, sentences: &[TextRange]) -> Vec<Quantity> {
    find_in(text, tokens::tokenized_spans(text, sentences))
}

/// Finds the quantities of spans already tokenized
/// ([`tokens::tokenized_spans`]), in text order.
pub(crate) fn find_in(text: &str, spans: Vec<tokens::Spanned<'_>>) -> Vec<Quantity> {
    let mut found = Vec::new();
    let mut context: Option<(String, usize)> = None;
    for (span, tokens) in spans {
        let attributions = attributions(text, &tokens);
        // Read only for a span that states a quantity: most spans state none.
        let mut times: Option<Vec<TextRange>> = None;
        let mut at = 0;
        while at < tokens.len() {
            let one_who_died = read_one_who_died(&tokens, at);
            let resume = one_who_died.as_ref().map(|(_, resume)| *resume);
            let Some(read) = one_who_died
                .map(|(read, _)| read)
                .or_else(|| read_quantity(&tokens, at))
                .or_else(|| read_single_person(&tokens, at))
                .or_else(|| read_named_victims(&tokens, at))
                .or_else(|| read_aged_names(&tokens, at))
                .or_else(|| read_listed_names(&tokens, at))
                .or_else(|| read_two_described(&tokens, at))
                .or_else(|| read_named_object(&tokens, at))
                .or_else(|| read_another_harmed(&tokens, at))
                .or_else(|| read_self_harmed(&tokens, at))
                .or_else(|| read_pronoun_died(&tokens, at))
            else {
                at += 1;
                continue;
            };
            at = resume.unwrap_or(read.end).max(at + 1);
            let number_start = tokens.get(read.number_start).map_or(0, |t| t.start);
            let read_start = read.start;
            let read_end = read.end;
            let units = Context {
                near: context
                    .as_ref()
                    .filter(|(_, end)| is_near(text, *end, number_start))
                    .map(|(unit, _)| unit.clone()),
                last: context.as_ref().map(|(unit, _)| unit.clone()),
            };
            let Some(mut quantity) = finish(text, span, &tokens, read, &attributions, &units)
            else {
                continue;
            };
            let times = times.get_or_insert_with(|| super::dates::time_phrases(&tokens));
            quantity.time = time_of(text, quantity.range, times);
            // "arrested 12 people, including two minors": the part shares the
            // predicate of the whole it is included in.
            let included = read_start
                .checked_sub(1)
                .and_then(|i| tokens.get(i))
                .is_some_and(|t| t.is_any(&["including", "includes", "include"]));
            if included
                && quantity.predicate.is_none()
                && let Some(whole) = found.last().filter(|q: &&Quantity| q.sentence == span)
            {
                quantity.predicate.clone_from(&whole.predicate);
            }
            // "he and three others were shot": the others and the one
            // named before them, four people.
            if let Some(one) = person_before_others(text, &tokens, read_start, &quantity) {
                let start = tokens.get(one).map_or(quantity.range.start, |t| t.start);
                if found
                    .last()
                    .is_some_and(|q: &Quantity| q.sentence == span && q.range.start >= start)
                {
                    // The one was read on its own ("a man"): the total covers it.
                    found.pop();
                }
                quantity.range = TextRange::new(start, quantity.range.end);
                quantity.value += 1.0;
                quantity.unit = "person".to_string();
            }
            // "killed three people and then himself": the one who did it
            // is among the dead too.
            if let Some((after, end)) = and_self_harmed(&tokens, read_end, &quantity) {
                quantity.range = TextRange::new(quantity.range.start, end);
                quantity.value += 1.0;
                quantity.unit = "person".to_string();
                at = at.max(after);
            }
            // "Six people were hurt in two separate shootings": harm summed
            // over several events is no one event's.
            if in_several_events(&tokens, read_end) || after_several_events(&tokens, read_start) {
                quantity.predicate = None;
            }
            if is_count_unit(&quantity.unit) {
                context = Some((quantity.unit.clone(), quantity.range.end));
            }
            // "injuring four men and two women": a count joined to an
            // object of harm is an object of the same verb.
            if let Some(previous) = found.last()
                && quantity.predicate.is_none()
                && joined_by_and(text, previous, &quantity)
                && is_harm(previous)
                && is_people(previous)
                && is_people(&quantity)
            {
                quantity.predicate.clone_from(&previous.predicate);
            }
            // "Two men were wounded and two others injured": others of the
            // same harm are besides the count before them, four hurt.
            if let Some(previous) = found.last().filter(|previous| {
                others_of_same_harm(text, &tokens, read_start, previous, &quantity)
            }) {
                quantity.range = TextRange::new(previous.range.start, quantity.range.end);
                quantity.value += previous.value;
                found.pop();
            }
            let total = found
                .last()
                .and_then(|previous| coordinated_total(text, previous, &quantity));
            if let Some(total) = total {
                let at = found.len() - 1;
                found.insert(at, total);
            }
            found.push(quantity);
        }
    }
    found
}

/// Events, in the plural, that a sum of harm is spread over.
const EVENT_PLURALS: &[&str] = &["shootings", "incidents", "attacks"];

/// Words saying there were several events ("two separate shootings").
const SEVERAL: &[&str] = &["separate", "several", "multiple", "different"];

/// Tells whether the rest of a count's sentence, from token `from`, places
/// it in several events: "in" then, within a few words, a number or
/// "separate" and a plural event noun ("in two separate shootings", "in
/// three South Side shootings"). "The shootings" alone is often one
/// event's several shots, so it does not count.
fn in_several_events(tokens: &[Token<'_>], from: usize) -> bool {
    let window = tokens.get(from..).unwrap_or_default();
    let window = &window[..window.len().min(24)];
    let end = window
        .iter()
        .position(|t| matches!(t.text, "." | ";" | "?" | "!"))
        .unwrap_or(window.len());
    let rest = &window[..end];
    rest.iter().enumerate().any(|(at, token)| {
        token.is("in")
            && rest
                .iter()
                .skip(at + 1)
                .take(5)
                .any(|t| t.is_any(EVENT_PLURALS))
            && rest
                .iter()
                .skip(at + 1)
                .take_while(|t| !t.is_any(EVENT_PLURALS))
                .any(|t| {
                    t.is_any(SEVERAL)
                        || t.kind == Kind::Number
                        || numbers::unit_word(&t.lower()).is_some_and(|value| value >= 2.0)
                })
    })
}

/// Tells whether the count opening at token `start` is what several events
/// did, named just before it: "two separate shootings that left six people
/// hurt", "the five shootings that wounded 15 people", "three shootings
/// kill five". A number or "separate" before the plural event noun says
/// there were several; a comma or more than a few words between it and the
/// count leave the count to a clause of its own.
fn after_several_events(tokens: &[Token<'_>], start: usize) -> bool {
    let from = start.saturating_sub(9);
    let Some(event) = (from..start)
        .rev()
        .find(|&i| tokens[i].is_any(EVENT_PLURALS))
    else {
        return false;
    };
    let between = &tokens[event + 1..start];
    let several = tokens[event.saturating_sub(4)..event].iter().any(|t| {
        t.is_any(SEVERAL)
            || t.kind == Kind::Number
            || numbers::unit_word(&t.lower()).is_some_and(|value| value >= 2.0)
    });
    several
        && between.len() <= 4
        && !between
            .iter()
            .any(|t| matches!(t.text, "," | "." | ";" | ":" | "?" | "!") || t.is("in"))
}

/// "killed two people and himself", "shot her sons and then herself": a
/// count of people harmed followed by "and" and the reflexive pronoun of
/// the one who harmed them counts that one too. Returns the token after
/// the pronoun and the pronoun's byte end.
fn and_self_harmed(
    tokens: &[Token<'_>],
    end: usize,
    quantity: &Quantity,
) -> Option<(usize, usize)> {
    let harm = quantity
        .predicate
        .as_deref()
        .is_some_and(|lemma| HARM_PREDICATES.contains(&lemma));
    if !harm || quantity.qualifier != Qualifier::Exact || quantity.high.is_some() {
        return None;
    }
    if !tokens.get(end).is_some_and(|t| t.is("and")) {
        return None;
    }
    let pronoun = if tokens.get(end + 1).is_some_and(|t| t.is("then")) {
        end + 2
    } else {
        end + 1
    };
    tokens
        .get(pronoun)
        .filter(|t| t.is_any(&["himself", "herself"]))
        .map(|t| (pronoun + 1, t.end))
}

/// "Three men and a woman were wounded": people of two kinds joined by
/// "and" under one verb of harm are also counted together, as one total of
/// people, placed before its parts.
fn coordinated_total(text: &str, previous: &Quantity, next: &Quantity) -> Option<Quantity> {
    let exact =
        |quantity: &Quantity| quantity.qualifier == Qualifier::Exact && quantity.high.is_none();
    let total = joined_by_and(text, previous, next)
        && is_harm(previous)
        && previous.predicate == next.predicate
        && previous.unit != next.unit
        && exact(previous)
        && exact(next)
        && is_people(previous)
        && is_people(next);
    total.then(|| Quantity {
        range: TextRange::new(previous.range.start, next.range.end),
        sentence: previous.sentence,
        value: previous.value + next.value,
        high: None,
        qualifier: Qualifier::Exact,
        unit: "person".to_string(),
        predicate: previous.predicate.clone(),
        attributed_to: previous
            .attributed_to
            .clone()
            .or_else(|| next.attributed_to.clone()),
        time: previous.time.or(next.time),
    })
}

/// Tells whether two quantities of one sentence are joined by "and" alone
/// ("three men and a woman").
fn joined_by_and(text: &str, previous: &Quantity, next: &Quantity) -> bool {
    previous.sentence == next.sentence
        && previous.range.end <= next.range.start
        && text
            .get(previous.range.end..next.range.start)
            .is_some_and(|between| between.trim().eq_ignore_ascii_case("and"))
}

/// Tells whether `quantity`, read from token `number_at`, is an elided
/// count of others ("and two others") with the same harm, unit and sentence
/// as the exact count of people before it: "two men were wounded and two
/// others injured" counts four. Of another harm ("three were killed and two
/// others wounded") the others are a count of their own.
fn others_of_same_harm(
    text: &str,
    tokens: &[Token<'_>],
    number_at: usize,
    previous: &Quantity,
    quantity: &Quantity,
) -> bool {
    let exact = |q: &Quantity| q.qualifier == Qualifier::Exact && q.high.is_none();
    let after_and = number_at
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| t.is("and"));
    after_and
        && previous.sentence == quantity.sentence
        && previous.range.end <= quantity.range.start
        && quantity
            .range
            .slice(text)
            .to_lowercase()
            .ends_with(" others")
        && is_harm(quantity)
        && previous.predicate == quantity.predicate
        && previous.unit == quantity.unit
        && (is_people(previous) || previous.unit.is_empty())
        && exact(previous)
        && exact(quantity)
}

/// Tells whether a quantity counts people harmed (killed, dead, hurt, shot).
fn is_harm(quantity: &Quantity) -> bool {
    quantity
        .predicate
        .as_deref()
        .is_some_and(|lemma| HARM_PREDICATES.contains(&lemma))
}

/// Tells whether a quantity counts people ("men", "people", "teens").
fn is_people(quantity: &Quantity) -> bool {
    let head = quantity.unit.rsplit(' ').next().unwrap_or("");
    PERSON_NOUNS.contains(&head) || head == "person"
}

/// Words that open a new clause, which has its own time.
const CLAUSE_BREAKS: &[&str] = &[
    "though",
    "although",
    "while",
    "whereas",
    "but",
    "leaving",
    "however",
    "meanwhile",
    "which",
];

/// The time phrase a quantity refers to: the nearest one in its sentence
/// (the span may be a whole paragraph, so a sentence end or a semicolon
/// between them rules a phrase out).
fn time_of(text: &str, range: TextRange, times: &[TextRange]) -> Option<TextRange> {
    times
        .iter()
        .filter(|time| !time.contains(range) && !range.contains(**time))
        .filter(|time| {
            let (low, high) = if time.end <= range.start {
                (time.end, range.start)
            } else {
                (range.end, time.start)
            };
            text.get(low..high).is_some_and(|between| {
                let words = between.split_whitespace().map(str::to_lowercase);
                let new_clause = words
                    .clone()
                    .any(|w| CLAUSE_BREAKS.contains(&w.trim_matches(',')));
                between.len() < 200
                    && !new_clause
                    && !between.contains(';')
                    && !between.contains(". ")
                    && !between.contains('\n')
                    && !between.contains("? ")
                    && !between.contains("! ")
            })
        })
        .min_by_key(|time| time.start.abs_diff(range.start))
        .copied()
}

/// Units of earlier quantities that a number without a noun may borrow.
struct Context {
    /// The last count unit, when it is near ("30 miners. 12 of them").
    near: Option<String>,
    /// The last count unit of the article, however far.
    last: Option<String>,
}

/// Tells whether a number at byte `start` is close enough to an earlier
/// quantity ending at `end` to borrow its unit: the same paragraph, a
/// sentence or two away.
fn is_near(text: &str, end: usize, start: usize) -> bool {
    text.get(end..start)
        .is_some_and(|between| between.len() < 600 && !between.contains("\n\n"))
}

/// A quantity as read from tokens, before its predicate and attribution.
#[derive(Clone, Debug)]
struct Read {
    /// First token (the hedge or currency symbol, if any).
    start: usize,
    /// First token of the number itself.
    number_start: usize,
    /// One past the last token of the unit phrase.
    end: usize,
    value: f64,
    high: Option<f64>,
    qualifier: Qualifier,
    unit: Unit,
    predicate: Option<&'static str>,
}

impl Read {
    /// An exact count of people over tokens `start..end` (one described
    /// person, "he and three others", names or ages and names listed),
    /// harmed as `predicate` says.
    fn people(start: usize, end: usize, people: u32, predicate: &'static str) -> Read {
        Read {
            start,
            number_start: start,
            end,
            value: f64::from(people),
            high: None,
            qualifier: Qualifier::Exact,
            unit: Unit::Named("person".to_string()),
            predicate: Some(predicate),
        }
    }
}

/// What the number counts.
#[derive(Clone, Debug, PartialEq)]
enum Unit {
    /// A noun phrase, currency or "percent", already normalised.
    Named(String),
    /// "52 of them", "52 were released": the unit of an earlier quantity.
    FromContext,
}

/// Tries to read a quantity starting at token `at`.
fn read_quantity(tokens: &[Token<'_>], at: usize) -> Option<Read> {
    let mut cursor = at;
    let mut hedge = None;
    let mut between = false;
    if tokens.get(cursor).is_some_and(|t| t.is("between")) {
        between = true;
        cursor += 1;
    } else if let Some((found, len)) = hedge_at(tokens, cursor) {
        hedge = Some(found);
        cursor += len;
    }
    let (mut currency, after_symbol) = currency_prefix(tokens, cursor);
    cursor = after_symbol;
    let number = read_number(tokens, cursor).or_else(|| both_people(tokens, cursor))?;
    if is_excluded(tokens, &number) {
        return None;
    }
    if is_phone_like(tokens, &number) {
        return None;
    }
    // "the nineteen seventies": a decade.
    const DECADES: &[&str] = &[
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
    ];
    if tokens.get(number.end).is_some_and(|t| t.is_any(DECADES)) {
        return None;
    }
    let chained = number.start >= 2
        && tokens[number.start - 1].text == "-"
        && !tokens[number.start - 1].spaced
        && !tokens[number.start].spaced
        && tokens[number.start - 2].kind == Kind::Number;
    if chained {
        return None;
    }
    let number_start = if currency.is_some() || hedge.is_some() || between {
        at
    } else {
        number.start
    };
    let mut value = number.value;
    let mut high = None;
    let mut qualifier = if number.vague {
        Qualifier::Vague
    } else {
        Qualifier::Exact
    };
    let mut cursor = number.end;
    if currency.is_some() && number.scale == 1.0 {
        // "$3m", "€12k": single-letter scales only count after a currency.
        if let Some(next) = tokens.get(cursor).filter(|t| !t.spaced) {
            let scale = match next.text {
                "m" | "M" => Some(1e6),
                "k" | "K" => Some(1e3),
                _ => None,
            };
            if let Some(scale) = scale {
                value *= scale;
                cursor += 1;
            }
        }
    }
    if let Some((second, kind, end)) = second_number(tokens, cursor, between, &number) {
        let mut low = value;
        if second.scale > 1.0 && number.scale == 1.0 && low < 1000.0 {
            // "1.2 to 1.5 million": the scale belongs to both ends.
            low *= second.scale;
        }
        let valid = match kind {
            Qualifier::Range => second.value > low,
            _ => second.value != low,
        };
        if valid {
            value = low;
            high = Some(second.value);
            qualifier = kind;
            cursor = end;
        }
    } else if between {
        return None;
    }
    if let Some(found) = hedge
        && high.is_none()
        && qualifier != Qualifier::Vague
    {
        qualifier = match found {
            Hedge::Approximate => Qualifier::Approximate,
            Hedge::AtLeast => Qualifier::AtLeast,
            Hedge::AtMost => Qualifier::AtMost,
        };
    }
    let mut predicate = None;
    let unit;
    if let Some(len) = percent_at(tokens, cursor) {
        unit = Unit::Named(if len == 2 && tokens[cursor + 1].is("points") {
            "percentage point".to_string()
        } else {
            "percent".to_string()
        });
        cursor += len;
    } else if currency.is_some() || currency_suffix(tokens, cursor).is_some() {
        if let Some((name, len)) = currency_suffix(tokens, cursor) {
            currency = currency.or(Some(name));
            cursor += len;
        }
        unit = Unit::Named(currency.unwrap_or("dollar").to_string());
        // "a 12 million euro offer": the noun after the currency is the predicate.
        if let Some((lemma, len)) = predicate_at(tokens, cursor)
            && tokens.get(cursor).is_some_and(|t| t.spaced)
        {
            predicate = Some(lemma);
            cursor += len;
        }
    } else {
        let phrase = unit_phrase(tokens, cursor, number.vague)?;
        // "6301 Ranchester Drive": a house number before a capitalised name,
        // unlike "1,400 Belarusian prisoners" whose phrase has a plural head.
        let house_number = number.digits
            && number.value >= 100.0
            && tokens.get(cursor).is_some_and(|t| t.is_capitalised())
            && !tokens
                .get(cursor..phrase.end)
                .unwrap_or(&[])
                .iter()
                .any(|t| is_plural(&t.lower()));
        if house_number {
            return None;
        }
        unit = phrase.unit;
        predicate = phrase.predicate;
        cursor = phrase.end;
    }
    // "called 911", "911 dispatchers said": the emergency line, written in
    // digits with no noun of its own, counts nothing.
    if number.digits && number.value == 911.0 && high.is_none() && unit == Unit::FromContext {
        return None;
    }
    let mut start = number_start;
    if hedge == Some(Hedge::AtLeast)
        && tokens.get(at).is_some_and(|t| t.is("over"))
        && matches!(&unit, Unit::Named(name) if is_duration(name))
    {
        // "over three years" is a span of time, not "more than three".
        qualifier = Qualifier::Exact;
        start = number.start;
    }
    if let Unit::Named(name) = &unit {
        if is_duration(name) && tokens.get(cursor).is_some_and(|t| t.is("ago")) {
            return None;
        }
        if !number.digits && number.value == 1.0 && is_vague_one(tokens, &number, name) {
            return None;
        }
    }
    if !number.digits && number.value == 1.0 {
        // "no one was hurt", "one of six people": a pronoun, not a count.
        let prev = number.start.checked_sub(1).and_then(|i| tokens.get(i));
        let after_determiner = prev.is_some_and(|t| {
            t.is_any(&[
                "no", "any", "every", "each", "this", "that", "the", "someone", "anyone",
            ])
        });
        let part_of_number = tokens.get(number.end).is_some_and(|t| t.is("of"))
            && tokens
                .get(number.end + 1)
                .and_then(|_| read_number(tokens, number.end + 1))
                .is_some();
        if after_determiner || part_of_number {
            return None;
        }
    }
    Some(Read {
        start,
        number_start: number.start,
        end: cursor,
        value,
        high,
        qualifier,
        unit,
        predicate,
    })
}

/// "Both men died", "both victims were taken to hospital": two people.
/// Only before people, since "both sides" or "both cars" count nothing the
/// articles add up.
fn both_people(tokens: &[Token<'_>], at: usize) -> Option<NumberMatch> {
    tokens.get(at).filter(|t| t.is("both"))?;
    let noun = tokens.get(at + 1)?.lower_cow();
    let singular = match noun.as_ref() {
        "men" => Some("man"),
        "women" => Some("woman"),
        "people" => Some("person"),
        "children" => Some("child"),
        plural => plural
            .strip_suffix("ies")
            .and_then(|stem| {
                PERSON_NOUNS
                    .iter()
                    .find(|n| n.strip_suffix('y') == Some(stem))
            })
            .or_else(|| {
                let stem = plural.strip_suffix('s')?;
                PERSON_NOUNS.iter().find(|n| **n == stem)
            })
            .copied(),
    };
    singular.map(|_| NumberMatch {
        value: 2.0,
        start: at,
        end: at + 1,
        vague: false,
        digits: false,
        scale: 1.0,
    })
}

/// People nouns that "a ... was killed" counts as one of.
const PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "person",
    "boy",
    "girl",
    "teen",
    "teenager",
    "child",
    "baby",
    "toddler",
    "infant",
    "student",
    "officer",
    "deputy",
    "trooper",
    "victim",
    "driver",
    "passenger",
    "pedestrian",
    "bystander",
    "resident",
    "worker",
    "employee",
    "customer",
    "suspect",
    "gunman",
    "shooter",
    "guard",
    "soldier",
    "civilian",
    "journalist",
    "prisoner",
    "protester",
    "youth",
    "juvenile",
    "adult",
    "male",
    "female",
    "father",
    "mother",
    "son",
    "daughter",
    "brother",
    "sister",
    "husband",
    "wife",
    "neighbor",
    "neighbour",
    "friend",
    "clerk",
    "cashier",
    "owner",
    "teacher",
    "nurse",
    "doctor",
    "patient",
    "inmate",
    "detainee",
    "miner",
    "firefighter",
    "motorist",
    "cyclist",
    "rider",
    "tourist",
    "hiker",
    "climber",
    "fan",
    "spectator",
    "guest",
    "visitor",
    "citizen",
    "national",
    "activist",
    "dockworker",
    "sailor",
    "fisherman",
    "pilot",
];

/// Event predicates for which "a man was killed" is a count of one.
const SINGLE_EVENT_PREDICATES: &[&str] = &[
    "kill", "die", "injure", "shoot", "arrest", "detain", "release", "rescue", "evacuate",
    "charge", "sentence", "missing",
];

/// "a 20-year-old man was killed", "an officer was injured": a count of one
/// person, when the verb right after is an event predicate.
fn read_single_person(tokens: &[Token<'_>], at: usize) -> Option<Read> {
    // "the victim died": one person too, but only as the subject of harm,
    // since "the man" is most often someone already counted.
    let definite = tokens.get(at)?.is("the");
    // "shot and killed her brother": a possessive names one person, but
    // only as the object of harm.
    let possessive = tokens.get(at)?.is_any(&["his", "her", "their"]);
    // "another man was shot": one more person.
    if !definite && !possessive && !tokens.get(at)?.is_any(&["a", "an", "another"]) {
        return None;
    }
    let mut cursor = at + 1;
    let mut words: Vec<String> = Vec::new();
    let mut age_compound = false;
    let mut saw_age = false;
    while cursor < tokens.len() && cursor - at <= 10 {
        let token = &tokens[cursor];
        let glued_compound = !token.spaced && (token.text == "-" || words.is_empty());
        let age_number = token.kind == Kind::Number
            && tokens.get(cursor + 1).is_some_and(|t| {
                (t.text == "-" && (!t.spaced || !token.spaced))
                    || (t.is_any(&["year", "years", "month", "months"])
                        && tokens
                            .get(cursor + 2)
                            .is_some_and(|d| d.text == "-" && !d.spaced))
            });
        // "an 8th teen": a rank written in figures is a word of the
        // description, as "an eighth teen" is.
        if token.kind == Kind::Number
            && let Some(suffix) = tokens
                .get(cursor + 1)
                .filter(|t| !t.spaced && t.is_any(&["st", "nd", "rd", "th"]))
        {
            words.push(format!("{}{}", token.text, suffix.lower()));
            cursor += 2;
            continue;
        }
        if token.kind == Kind::Number && !age_number {
            // "an additional 14": the number is the count, read elsewhere.
            return None;
        }
        saw_age |= age_number;
        if age_number || glued_compound && cursor > at + 1 {
            // "20-year-old": an age compound before the noun; "a drive-by"
            // is a compound with no age, and no person.
            words.clear();
            age_compound = saw_age;
            cursor += 1;
            continue;
        }
        if token.kind != Kind::Word || token.line_start {
            break;
        }
        let lower = token.lower();
        if lexicon::is_phrase_stop(&lower) || predicate_at(tokens, cursor).is_some() {
            break;
        }
        words.push(lower);
        cursor += 1;
    }
    let unit = match words.as_slice() {
        // "a 9-month-old was killed"
        [] if age_compound => "person".to_string(),
        [.., head] if PERSON_NOUNS.contains(&head.as_str()) && words.len() <= 5 => {
            match words.as_slice() {
                [.., modifier, head] if PERSON_COMPOUNDS.contains(&modifier.as_str()) => {
                    format!("{modifier} {head}")
                }
                _ => head.clone(),
            }
        }
        _ => return None,
    };
    // "killed a 16-year-old", "left a young man dead", "the shooting death
    // of a 14-year-old boy"
    let before = at
        .checked_sub(1)
        .and_then(|i| {
            predicate_ending_at(tokens, i + 1).or_else(|| {
                tokens.get(i).filter(|t| t.is("of"))?;
                predicate_ending_at(tokens, i).filter(|lemma| HARM_PREDICATES.contains(lemma))
            })
        })
        .or_else(|| object_after_count(tokens, at))
        .filter(|lemma| SINGLE_EVENT_PREDICATES.contains(lemma));
    // "a girl who was shot" is the one shot; "the gunman who shot four"
    // is not.
    let passive_relative = tokens.get(cursor).is_some_and(|t| t.is("who"))
        && tokens
            .get(cursor + 1)
            .is_some_and(|t| t.is_any(&["was", "were", "had", "has"]));
    let next_is_verb = passive_relative
        || tokens.get(cursor).is_some_and(|t| {
            t.is_any(&["was", "is", "has", "had", "were"]) || predicate_at(tokens, cursor).is_some()
        });
    // "a man accused of killing three": the person is the suspect.
    let suspect = tokens
        .iter()
        .skip(cursor)
        .take(4)
        .any(|t| t.is_any(&["accused", "suspected", "suspect"]));
    let after = find_predicate(tokens, cursor, cursor).filter(|lemma| {
        next_is_verb
            && !suspect
            && !does_harm_to_another(tokens, cursor)
            && SINGLE_EVENT_PREDICATES.contains(lemma)
    });
    let predicate = if definite {
        after.filter(|lemma| HARM_PREDICATES.contains(lemma))?
    } else if possessive {
        before.filter(|lemma| HARM_PREDICATES.contains(lemma))?
    } else {
        after.or(before)?
    };
    // "a 9-year-old boy shot early Wednesday has died": the shot person
    // died, which is the count that matters.
    let predicate = if predicate == "shoot" && died_later_in_clause(tokens, cursor) {
        "die"
    } else {
        predicate
    };
    Some(Read {
        start: at,
        number_start: at,
        end: cursor,
        value: 1.0,
        high: None,
        qualifier: Qualifier::Exact,
        unit: Unit::Named(unit),
        predicate: Some(predicate),
    })
}

/// "injured three adults and an 11-year-old child": one person joined by
/// "and" to a count of people right after a verb of harm is another object
/// of that verb, whose predicate this returns.
fn object_after_count(tokens: &[Token<'_>], at: usize) -> Option<&'static str> {
    let and = at.checked_sub(1)?;
    if !tokens.get(and)?.is("and") {
        return None;
    }
    let noun = tokens.get(and.checked_sub(1)?)?;
    let number_at = and.checked_sub(2)?;
    let number = tokens.get(number_at)?;
    let counts = number.kind == Kind::Number || is_number_word(&number.lower());
    (PERSON_NOUNS.contains(&lexicon::singular(&noun.lower()).as_str()) && counts)
        .then(|| predicate_ending_at(tokens, number_at))
        .flatten()
        .filter(|lemma| HARM_PREDICATES.contains(lemma))
}

/// Words that open the object of a verb: "shot his grandfather", "killed
/// a neighbour", "wounded two".
const OBJECT_OPENERS: &[&str] = &[
    "his", "her", "their", "him", "them", "a", "an", "the", "another", "himself", "herself", "its",
    "my", "our", "your",
];

/// Past and present forms of the verbs of harm that take the one harmed as
/// their object.
const ACTIVE_HARM_VERBS: &[&str] = &[
    "shot", "shoots", "killed", "kills", "wounded", "wounds", "injured", "injures", "stabbed",
    "stabs",
];

/// Tells whether the person before token `at` does the harm rather than
/// suffers it: an active verb of harm right after them with its object
/// next ("a 6-year-old boy shot his grandfather", "a man shot and killed
/// his wife", "a woman killed Ada Kerr"). The one harmed is the object.
fn does_harm_to_another(tokens: &[Token<'_>], at: usize) -> bool {
    // "accidentally shot", "fatally wounded": one adverb before the verb.
    let adverb = tokens
        .get(at)
        .is_some_and(|t| t.kind == Kind::Word && t.lower().ends_with("ly"));
    let verb = if adverb { at + 1 } else { at };
    // Only a verb that itself does harm: "suffered a wound" says the
    // person was hurt, though its predicate is "injure" too.
    if !tokens
        .get(verb)
        .is_some_and(|t| t.is_any(ACTIVE_HARM_VERBS))
    {
        return false;
    }
    let Some((_, len)) = predicate_at(tokens, verb) else {
        return false;
    };
    let mut cursor = verb + len;
    // "shot and killed his wife": two verbs sharing the object.
    if tokens.get(cursor).is_some_and(|t| t.is("and"))
        && let Some((second, second_len)) = predicate_at(tokens, cursor + 1)
        && HARM_PREDICATES.contains(&second)
    {
        cursor += 1 + second_len;
    }
    let Some(next) = tokens.get(cursor) else {
        return false;
    };
    let names_someone = next.is_capitalised()
        && lexicon::weekday(next.text).is_none()
        && lexicon::month(next.text).is_none()
        && !next.line_start;
    // "shot 12 times" counts the shots the person took.
    let counts_people = (next.kind == Kind::Number || is_number_word(&next.lower_cow()))
        && !tokens
            .get(cursor + 1)
            .is_some_and(|t| t.is_any(&["times", "time", "rounds"]));
    next.is_any(OBJECT_OPENERS) || names_someone || counts_people
}

/// Predicates of harm done to people, for which a person named with an age
/// ("Ada Kerr, 25, was killed") or "the victim" is a count of one.
const HARM_PREDICATES: &[&str] = &["kill", "die", "injure", "shoot"];

/// Words for one person that "and N others" adds to.
const ONE_PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "her"];

/// "he and three others were shot", "a 12-year-old and two others",
/// "Ada Kerr and two others": a count of others harmed, right after "and"
/// and one person (a pronoun, a description, a name), counts that person
/// too. Returns the token where the person's words start. "Killed a man
/// and wounded two others" has a verb before the count and is no such
/// total.
fn person_before_others(
    text: &str,
    tokens: &[Token<'_>],
    number_at: usize,
    quantity: &Quantity,
) -> Option<usize> {
    let harm = quantity
        .predicate
        .as_deref()
        .is_some_and(|lemma| HARM_PREDICATES.contains(&lemma));
    let written = quantity.range.slice(text).to_lowercase();
    let others = written.ends_with(" others")
        || written.split_once(" other ").is_some_and(|(_, noun)| {
            PERSON_NOUNS
                .iter()
                .any(|head| noun == *head || noun.strip_suffix('s') == Some(head))
                || noun == "people"
                || noun == "men"
                || noun == "women"
        });
    if !harm || !others || quantity.qualifier != Qualifier::Exact || quantity.high.is_some() {
        return None;
    }
    let and_at = number_at.checked_sub(1)?;
    if !tokens.get(and_at)?.is("and") {
        return None;
    }
    let last = and_at.checked_sub(1)?;
    let token = tokens.get(last)?;
    if token.is_any(ONE_PERSON_PRONOUNS) {
        return Some(last);
    }
    let age = token.is("old")
        && last
            .checked_sub(1)
            .and_then(|i| tokens.get(i))
            .is_some_and(|t| t.text == "-");
    if age || PERSON_NOUNS.contains(&token.lower().as_str()) {
        // Back to the determiner opening the description ("a 12-year-old").
        let from = last.saturating_sub(6);
        return (from..last)
            .rev()
            .find(|&i| tokens[i].is_any(&["a", "an", "the", "his", "her", "their"]));
    }
    let capitalised = |t: &Token<'_>| {
        t.kind == Kind::Word && t.text.chars().next().is_some_and(char::is_uppercase)
    };
    if capitalised(token) {
        // A name of up to three words.
        let mut start = last;
        while start > 0 && last - start < 2 && tokens.get(start - 1).is_some_and(capitalised) {
            start -= 1;
        }
        return Some(start);
    }
    None
}

/// "killing three and wounding another", "left two dead and another
/// injured": a bare "another" right after or before a verb of harm is one
/// more person harmed.
fn read_another_harmed(tokens: &[Token<'_>], at: usize) -> Option<Read> {
    if !tokens.get(at)?.is("another") {
        return None;
    }
    let before = predicate_ending_at(tokens, at).filter(|lemma| HARM_PREDICATES.contains(lemma));
    let after = predicate_at(tokens, at + 1)
        .map(|(lemma, _)| lemma)
        .filter(|lemma| HARM_PREDICATES.contains(lemma));
    let after_next_is_word = tokens.get(at + 1).is_some_and(|t| {
        t.kind == Kind::Word && after.is_none() && !lexicon::is_phrase_stop(&t.lower())
    });
    // "wounding another man" is read as a person with its noun elsewhere.
    if before.is_some() && after_next_is_word {
        return None;
    }
    let predicate = before.or(after)?;
    Some(Read::people(at, at + 1, 1, predicate))
}

/// "the boy accidentally shot himself in the hand", "shot herself dead":
/// one who harms themselves is one person harmed (the rule that the one
/// doing the harm is not counted has its exception here).
fn read_self_harmed(tokens: &[Token<'_>], at: usize) -> Option<Read> {
    if !tokens.get(at)?.is_any(&["himself", "herself"]) {
        return None;
    }
    let before = predicate_ending_at(tokens, at).filter(|lemma| HARM_PREDICATES.contains(lemma))?;
    // "shot himself dead", "shot herself to death": a death.
    let dead = tokens.get(at + 1).is_some_and(|t| t.is("dead"))
        || (tokens.get(at + 1).is_some_and(|t| t.is("to"))
            && tokens.get(at + 2).is_some_and(|t| t.is("death")));
    let predicate = if before == "shoot" && dead {
        "kill"
    } else {
        before
    };
    Some(Read::people(at, at + 1, 1, predicate))
}

/// "where he later died", "She died of her injuries": a pronoun as the
/// subject of a death is one person dead. Only a death: "he shot" is most
/// often the one who did the harm.
fn read_pronoun_died(tokens: &[Token<'_>], at: usize) -> Option<Read> {
    if !tokens.get(at)?.is_any(&["he", "she"]) {
        return None;
    }
    let mut verb = at + 1;
    if tokens
        .get(verb)
        .is_some_and(|t| t.is_any(&["later", "then", "eventually", "soon"]))
    {
        verb += 1;
    }
    if tokens.get(verb).is_some_and(|t| t.is("was")) {
        // "he was pronounced dead"
        verb += 1;
    }
    let (lemma, _) = predicate_at(tokens, verb)?;
    if lemma != "die"
        || tokens
            .get(verb)
            .is_some_and(|t| t.is_any(&["dead", "death", "deaths"]))
    {
        return None;
    }
    Some(Read::people(at, at + 1, 1, "die"))
}

/// Tells whether the clause from token `from` goes on to say its subject
/// died: "... has died", "... later died", "... died".
fn died_later_in_clause(tokens: &[Token<'_>], from: usize) -> bool {
    let mut cursor = from;
    while cursor < tokens.len() && cursor - from <= 20 {
        let token = &tokens[cursor];
        if matches!(token.text, "." | ";" | "?" | "!") || token.is_any(&["and", "but", "while"]) {
            return false;
        }
        let after_aux = cursor
            .checked_sub(1)
            .is_some_and(|before| tokens[before].is_any(&["has", "had", "later", "since"]));
        if token.is_any(&["died", "dies"]) && (after_aux || cursor > from) {
            return true;
        }
        cursor += 1;
    }
    false
}

/// Where an appositive giving an age ends, past its closing comma: ", a
/// 33-year-old nurse," in "Ada Kerr, a 33-year-old nurse, was shot".
fn age_appositive_end(tokens: &[Token<'_>], comma: usize) -> Option<usize> {
    if !tokens.get(comma)?.text.eq(",") || !tokens.get(comma + 1)?.is_any(&["a", "an"]) {
        return None;
    }
    let age = tokens.get(comma + 2)?;
    let is_age = age.kind == Kind::Number
        && tokens
            .get(comma + 3)
            .is_some_and(|t| t.text == "-" && !t.spaced);
    if !is_age {
        return None;
    }
    (comma + 4..(comma + 12).min(tokens.len()))
        .find(|&i| tokens[i].text == ",")
        .map(|closing| closing + 1)
}

/// "killing Ada Kerr and wounding two others", "injuring Ben Ode": a full
/// name (two words or more) right after a verb of killing or injuring is
/// one person harmed.
fn read_named_object(tokens: &[Token<'_>], at: usize) -> Option<Read> {
    let lemma =
        predicate_ending_at(tokens, at).filter(|lemma| matches!(*lemma, "kill" | "injure"))?;
    // "Man Shot, Killed Few Blocks Away": a headline in title case names no one.
    if tokens
        .get(at.checked_sub(1)?)
        .is_some_and(Token::is_capitalised)
    {
        return None;
    }
    let mut end = full_name_end(tokens, at)?;
    // "injuring Ben Ode and Cy Lund", "killing Ada Kerr, Ben Ode and Cy
    // Lund": each full name in the list is one more person harmed. The list
    // ends with "and" and a name; a comma alone may be followed by anything
    // ("killing Ada Kerr, Eastport Police said"). A name may carry its age
    // ("killing Ada Kerr, 18, and Ben Ode, 20").
    let mut people = 1_u32;
    let (listed, closed) = list_items(tokens, end, name_with_age_end);
    let (listed, closed) = if closed {
        (listed, closed)
    } else if let Some(aged) = age_after_name_end(tokens, end) {
        let (more, closed) = list_items(tokens, aged, name_with_age_end);
        if closed {
            end = aged;
        }
        (more, closed)
    } else {
        (listed, closed)
    };
    if closed && let Some(&last) = listed.last() {
        people += u32::try_from(listed.len()).unwrap_or(0);
        end = last;
    }
    Some(Read::people(at, end, people, lemma))
}

/// Where a full name starting at token `at` ends, with the age written
/// after it when there is one ("Ada Kerr, 18").
fn name_with_age_end(tokens: &[Token<'_>], at: usize) -> Option<usize> {
    let end = full_name_end(tokens, at)?;
    Some(age_after_name_end(tokens, end).unwrap_or(end))
}

/// Where ", 18" right after a name ending at token `end` ends, when the
/// number is an age: small, and followed by the end of the clause or the
/// list (", 18, and", ", 18.").
fn age_after_name_end(tokens: &[Token<'_>], end: usize) -> Option<usize> {
    tokens.get(end).filter(|t| t.text == ",")?;
    let age = tokens.get(end + 1)?;
    let is_age = age.kind == Kind::Number
        && age.text.parse::<u32>().is_ok_and(|years| years <= 110)
        && tokens
            .get(end + 2)
            .is_none_or(|t| matches!(t.text, "," | "." | ";" | ")") || t.is("and"));
    is_age.then_some(end + 2)
}

/// The further items of a list whose first item ends at token `end`
/// ("Ada Kerr, Ben Ode and Cy Lund"): where each one read by `item_end`
/// ends, and whether the list closed with "and" and an item.
fn list_items(
    tokens: &[Token<'_>],
    mut end: usize,
    item_end: impl Fn(&[Token<'_>], usize) -> Option<usize>,
) -> (Vec<usize>, bool) {
    let mut ends = Vec::new();
    while let Some(separator) = tokens.get(end).filter(|t| t.text == "," || t.is("and")) {
        let mut next = end + 1;
        let mut last = separator.is("and");
        if !last && tokens.get(next).is_some_and(|t| t.is("and")) {
            next += 1;
            last = true;
        }
        let Some(next_end) = item_end(tokens, next) else {
            break;
        };
        ends.push(next_end);
        end = next_end;
        if last {
            return (ends, true);
        }
    }
    (ends, false)
}

/// Where "34-year-old Ada Kerr" (or "34 year old Ada Kerr") starting at
/// token `at` ends: an age before a full name.
fn aged_name_end(tokens: &[Token<'_>], at: usize) -> Option<usize> {
    let age = tokens.get(at)?;
    if age.kind != Kind::Number || !age.text.parse::<u32>().is_ok_and(|years| years <= 110) {
        return None;
    }
    let words: Vec<&str> = tokens
        .get(at + 1..)?
        .iter()
        .take(4)
        .map(|t| t.text)
        .collect();
    let after = match words.as_slice() {
        ["-", year, "-", "old", ..] if year.eq_ignore_ascii_case("year") => at + 5,
        [year, old, ..] if year.eq_ignore_ascii_case("year") && old.eq_ignore_ascii_case("old") => {
            at + 3
        }
        _ => return None,
    };
    full_name_end(tokens, after)
}

/// "34-year-old Ada Kerr, 19-year-old Ben Ode and 12-year-old Cy Lund were
/// killed", "13 year old Ada Kerr died": people named after their age,
/// listed before a verb of harm, are counted by the listing.
fn read_aged_names(tokens: &[Token<'_>], at: usize) -> Option<Read> {
    // "a 34-year-old Eastport Police officer" is one person described,
    // read elsewhere; only a bare age opens a name.
    if at
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| t.is_any(&["a", "an", "the"]))
    {
        return None;
    }
    let first_end = aged_name_end(tokens, at)?;
    let (listed, _) = list_items(tokens, first_end, aged_name_end);
    let people = 1 + u32::try_from(listed.len()).unwrap_or(0);
    let end = listed.last().copied().unwrap_or(first_end);
    // "13 year old Ada Kerr from Eastport died": a home town after the name
    // stands between it and its verb.
    let end = home_town_end(tokens, end).unwrap_or(end);
    // The listing must end right before its verb of harm: "were killed",
    // "was fatally shot", "died"; "was booked on murder charges" is no harm
    // done to them.
    let verb = match tokens.get(end) {
        Some(t) if t.is_any(&["was", "were"]) => {
            let adverb = tokens
                .get(end + 1)
                .is_some_and(|t| t.kind == Kind::Word && t.lower().ends_with("ly"));
            end + 1 + usize::from(adverb)
        }
        _ => end,
    };
    let predicate = predicate_at(tokens, verb)
        .map(|(lemma, _)| lemma)
        .filter(|lemma| HARM_PREDICATES.contains(lemma))
        .filter(|lemma| verb > end || *lemma == "die")?;
    Some(Read::people(at, end, people, predicate))
}

/// "Ada Kerr, Ben Ode and Cy Lund were also shot", "Ada Kerr and Ben Ode
/// all suffered injuries": full names with no age, listed and closed by
/// "and", right before their verb of harm, are counted by the listing.
fn read_listed_names(tokens: &[Token<'_>], at: usize) -> Option<Read> {
    if at
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(Token::is_capitalised)
    {
        return None;
    }
    let first_end = full_name_end(tokens, at)?;
    let (listed, closed) = list_items(tokens, first_end, full_name_end);
    if !closed || listed.is_empty() {
        return None;
    }
    let people = 1 + u32::try_from(listed.len()).unwrap_or(0);
    let end = listed.last().copied().unwrap_or(first_end);
    // "were also shot", "all suffered injuries": a word of the whole list
    // may stand before or after the auxiliary.
    let mut verb = end;
    let skip = |verb: &mut usize| {
        if tokens
            .get(*verb)
            .is_some_and(|t| t.is_any(&["all", "also", "both"]))
        {
            *verb += 1;
        }
    };
    skip(&mut verb);
    let auxiliary = tokens.get(verb).is_some_and(|t| t.is("were"));
    if auxiliary {
        verb += 1;
        skip(&mut verb);
    }
    let predicate = predicate_at(tokens, verb)
        .map(|(lemma, _)| lemma)
        .filter(|lemma| HARM_PREDICATES.contains(lemma))
        .filter(|lemma| auxiliary || matches!(*lemma, "die" | "injure"))?;
    Some(Read::people(at, end, people, predicate))
}

/// "A man and a woman were killed", "a woman and her 4-year-old son were
/// shot": two people described, joined by "and", right before their verb
/// of harm, are two; read one by one, only the second would be counted.
fn read_two_described(tokens: &[Token<'_>], at: usize) -> Option<Read> {
    if !tokens.get(at)?.is_any(&["a", "an"]) {
        return None;
    }
    let first_end = described_person_end(tokens, at)?;
    if !tokens.get(first_end)?.is("and") {
        return None;
    }
    let second = first_end + 1;
    if !tokens
        .get(second)?
        .is_any(&["a", "an", "another", "his", "her", "their"])
    {
        return None;
    }
    let end = described_person_end(tokens, second)?;
    // "were both killed", "both were shot".
    let past_both =
        |at: usize| at + usize::from(tokens.get(at).is_some_and(|t| t.is_any(&["both", "also"])));
    let were = past_both(end);
    if !tokens.get(were).is_some_and(|t| t.is("were")) {
        return None;
    }
    let verb = past_both(were + 1);
    let predicate = predicate_at(tokens, verb)
        .map(|(lemma, _)| lemma)
        .filter(|lemma| HARM_PREDICATES.contains(lemma))?;
    Some(Read::people(at, end, 2, predicate))
}

/// Where one person's description opening at `at` with its determiner
/// ("a man", "her 4-year-old son", "an 18-year-old") ends: a few
/// lower-case words and age compounds closed by a noun of a person, or by
/// the age itself.
fn described_person_end(tokens: &[Token<'_>], at: usize) -> Option<usize> {
    let mut end = at + 1;
    let mut head = None;
    while end < tokens.len() && end - at <= 8 {
        let token = &tokens[end];
        let part_of_age = token.text == "-" || token.kind == Kind::Number;
        if !part_of_age {
            if token.kind != Kind::Word || token.line_start || token.is_capitalised() {
                break;
            }
            let lower = token.lower();
            if lexicon::is_phrase_stop(&lower) || predicate_at(tokens, end).is_some() {
                break;
            }
            head = Some(lower);
        }
        end += 1;
    }
    let head = head?;
    (PERSON_NOUNS.contains(&head.as_str()) || head == "old").then_some(end)
}

/// Where "from Eastport" or "of North Eastport" (one to three capitalised
/// words) after a name ends, if one starts at `at`.
fn home_town_end(tokens: &[Token<'_>], at: usize) -> Option<usize> {
    if !tokens.get(at)?.is_any(&["from", "of"]) {
        return None;
    }
    let mut end = at + 1;
    while end < tokens.len() && end - at <= 3 && tokens[end].is_capitalised() {
        end += 1;
    }
    (end > at + 1).then_some(end)
}

/// Where a full name starting at token `at` ends: two to four capitalised
/// words, none a weekday or a month ("shot and killed Sunday"), nor a word
/// that starts no name ("the", "police").
fn full_name_end(tokens: &[Token<'_>], at: usize) -> Option<usize> {
    let first = tokens.get(at)?;
    if !first.is_capitalised() || first.is_any(NOT_NAME_STARTS) {
        return None;
    }
    let mut end = at;
    while end < tokens.len() && end - at < 4 && tokens[end].is_capitalised() {
        end += 1;
    }
    let dated = tokens[at..end]
        .iter()
        .any(|t| lexicon::weekday(t.text).is_some() || lexicon::month(t.text).is_some());
    (end - at >= 2 && !dated).then_some(end)
}

/// "one of the wounded has died", "one of five people shot there later
/// died": one of a group counted elsewhere died, a death to count. Also
/// returns where reading resumes: past the verb when the group is definite
/// ("one of the six"), whose number was counted before; right after "one"
/// otherwise, so "five people shot" is read too.
fn read_one_who_died(tokens: &[Token<'_>], at: usize) -> Option<(Read, usize)> {
    if !tokens.get(at)?.is("one") || !tokens.get(at + 1)?.is("of") {
        return None;
    }
    let mut cursor = at + 2;
    while cursor < tokens.len() && cursor - at <= 22 {
        let token = &tokens[cursor];
        if matches!(token.text, "." | ";" | ":" | "?" | "!") {
            return None;
        }
        // "one of the five people hospitalized after a shooting has died":
        // the noun names the event, it is no verb of the group's.
        if token.is_any(&["shooting", "shootings"]) {
            cursor += 1;
            continue;
        }
        if let Some((lemma, len)) = predicate_at(tokens, cursor)
            && cursor > at + 2
        {
            let aux_before = tokens[cursor - 1].is_any(&["has", "had", "have", "was", "later"]);
            let is_death = matches!(lemma, "die" | "kill");
            if !is_death {
                // "one of five people shot", "one of the five people
                // hospitalized", "one of the victims who was shot": the
                // group's own participle, or a relative clause about them.
                let relative = tokens[at + 2..cursor].iter().any(|t| t.is("who"));
                let participle = token.is_any(&[
                    "shot",
                    "wounded",
                    "injured",
                    "hurt",
                    "hospitalized",
                    "hospitalised",
                ]);
                if participle && (!aux_before || relative) {
                    cursor += len;
                    continue;
                }
                return None;
            }
            let verb_like = aux_before || token.is_any(&["died", "dies", "later"]);
            if !verb_like {
                return None;
            }
            let definite = tokens.get(at + 2).is_some_and(|t| t.is("the"));
            let resume = if definite { cursor + len } else { at + 1 };
            let read = Read::people(at, at + 1, 1, lemma);
            return Some((read, resume));
        }
        cursor += 1;
    }
    None
}

/// Words a run of capitalised words may not start with to be a person's name.
const NOT_NAME_STARTS: &[&str] = &[
    "the",
    "a",
    "an",
    "police",
    "officers",
    "authorities",
    "sheriff",
    "he",
    "she",
    "they",
];

/// "Ada Kerr, 25, was shot and killed", "Ada Kerr, 25, of Eastport, and Ben
/// Ode, 30, were wounded": people named with their age, listed before a
/// verb of harm, are counted by the listing.
fn read_named_victims(tokens: &[Token<'_>], at: usize) -> Option<Read> {
    let starts_name = |index: usize| {
        tokens.get(index).is_some_and(|t| {
            t.is_capitalised() && !t.is_any(NOT_NAME_STARTS) && !lexicon::is_phrase_stop(&t.lower())
        })
    };
    if !starts_name(at)
        || at
            .checked_sub(1)
            .and_then(|i| tokens.get(i))
            .is_some_and(Token::is_capitalised)
    {
        return None;
    }
    let mut cursor = at;
    let mut people = 0_u32;
    loop {
        let name_start = cursor;
        while cursor < tokens.len() && cursor - name_start < 4 && tokens[cursor].is_capitalised() {
            cursor += 1;
        }
        if cursor == name_start {
            break;
        }
        let aged = tokens.get(cursor).is_some_and(|t| t.text == ",")
            && tokens.get(cursor + 1).is_some_and(|t| {
                t.kind == Kind::Number && t.text.parse::<u32>().is_ok_and(|age| age <= 110)
            })
            && tokens.get(cursor + 2).is_some_and(|t| t.text == ",");
        if !aged && let Some(after) = age_appositive_end(tokens, cursor) {
            // "Ada Kerr, a 33-year-old nurse, was shot": one person.
            if people == 0 {
                people = 1;
                cursor = after;
            }
            break;
        }
        if !aged {
            // "Ada Kerr was shot and killed": a full name right before its
            // passive verb of harm, with no age.
            let passive = tokens.get(cursor).is_some_and(|t| t.is("was"));
            if people == 0 && passive && cursor - name_start >= 2 {
                people = 1;
                cursor += 1;
            }
            break;
        }
        cursor += 3;
        // "of Eastport,": where the person is from.
        if tokens.get(cursor).is_some_and(|t| t.is("of")) {
            let place_start = cursor + 1;
            let mut place_end = place_start;
            while place_end < tokens.len()
                && place_end - place_start < 3
                && tokens[place_end].is_capitalised()
            {
                place_end += 1;
            }
            if place_end > place_start && tokens.get(place_end).is_some_and(|t| t.text == ",") {
                cursor = place_end + 1;
            }
        }
        people += 1;
        if tokens.get(cursor).is_some_and(|t| t.is("and")) && starts_name(cursor + 1) {
            cursor += 1;
            continue;
        }
        if !starts_name(cursor) {
            break;
        }
    }
    if people == 0 {
        return None;
    }
    // The listing must end right before its verb: "Ada Kerr, 25, said" is
    // no count; "Ada Kerr was" has its verb next.
    let last = tokens.get(cursor.checked_sub(1)?)?;
    let next_is_verb = if last.text == "," {
        // "Ada Kerr, 25, was shot", "Ada Kerr, 25, died"; but "Ada Kerr,
        // 25, shot him" names the shooter.
        tokens.get(cursor).is_some_and(|t| {
            t.is_any(&["was", "were", "is", "are", "has", "have", "had"])
                || predicate_at(tokens, cursor).is_some_and(|(lemma, _)| lemma == "die")
        })
    } else {
        last.is("was")
            && predicate_at(tokens, cursor)
                .is_some_and(|(lemma, _)| HARM_PREDICATES.contains(&lemma))
    };
    let predicate = find_predicate(tokens, cursor, cursor)
        .filter(|lemma| next_is_verb && HARM_PREDICATES.contains(lemma))?;
    Some(Read::people(at, cursor - 1, people, predicate))
}

/// Words that make a two-word person noun: "police officer".
const PERSON_COMPOUNDS: &[&str] = &[
    "police", "security", "fire", "border", "prison", "bus", "taxi", "delivery", "store", "army",
    "navy", "aid",
];

/// "555-1234", "(412) 473-1300": digit groups shaped like a phone number.
fn is_phone_like(tokens: &[Token<'_>], number: &NumberMatch) -> bool {
    let Some(first) = tokens.get(number.start).filter(|t| t.kind == Kind::Number) else {
        return false;
    };
    let plain =
        |t: &Token<'_>| t.kind == Kind::Number && t.text.chars().all(|c| c.is_ascii_digit());
    let dash = |i: usize| tokens.get(i).is_some_and(|t| t.text == "-" && !t.spaced);
    let group = |i: usize, len: usize| {
        tokens
            .get(i)
            .is_some_and(|t| plain(t) && !t.spaced && t.text.len() == len)
    };
    let dash_group = dash(number.start + 1)
        && (group(number.start + 2, 4) || (group(number.start + 2, 3) && dash(number.start + 3)));
    let in_parentheses = number.start >= 1
        && tokens[number.start - 1].text == "("
        && tokens.get(number.start + 1).is_some_and(|t| t.text == ")")
        && tokens.get(number.start + 2).is_some_and(plain);
    // "222-TIPS": a number spelled with letters.
    let vanity = dash(number.start + 1)
        && tokens.get(number.start + 2).is_some_and(|t| {
            !t.spaced && t.kind == Kind::Word && t.text.chars().all(|c| c.is_ascii_uppercase())
        });
    plain(first) && first.text.len() == 3 && (dash_group || in_parentheses || vanity)
}

/// A currency symbol (or "US$") at `at`: the currency and the index after it.
fn currency_prefix(tokens: &[Token<'_>], at: usize) -> (Option<&'static str>, usize) {
    let Some(token) = tokens.get(at) else {
        return (None, at);
    };
    if (token.is("US") || token.is("A") || token.is("C") || token.is("NZ") || token.is("HK"))
        && tokens
            .get(at + 1)
            .is_some_and(|t| t.text == "$" && !t.spaced)
    {
        return (Some("dollar"), at + 2);
    }
    if token.kind == Kind::Punct
        && let Some(name) = currency_symbol(token.text)
    {
        return (Some(name), at + 1);
    }
    // The tokenizer splits an "e" off a sum only where it stands for "€".
    if token.text == "e"
        && tokens
            .get(at + 1)
            .is_some_and(|t| t.kind == Kind::Number && !t.spaced)
    {
        return (Some("euro"), at + 1);
    }
    if token.kind == Kind::Word && token.text.len() == 3 && token.text == token.text.to_uppercase()
    {
        // ISO codes before the number: "EUR 12 million".
        if let Some(name) = currency_word(token.text)
            && tokens.get(at + 1).is_some_and(|t| t.kind == Kind::Number)
        {
            return (Some(name), at + 1);
        }
    }
    (None, at)
}

/// A currency word after the number ("euros", "US dollars"): name and length.
fn currency_suffix(tokens: &[Token<'_>], at: usize) -> Option<(&'static str, usize)> {
    let token = tokens.get(at)?;
    if token.kind != Kind::Word {
        return None;
    }
    if token.is("US") {
        let next = tokens.get(at + 1)?;
        return currency_word(next.text)
            .filter(|&c| c == "dollar")
            .map(|c| (c, 2));
    }
    currency_word(token.text).map(|c| (c, 1))
}

/// "%", "per cent", "percent", "pct", "percentage points": its length.
fn percent_at(tokens: &[Token<'_>], at: usize) -> Option<usize> {
    let token = tokens.get(at)?;
    if token.text == "%" {
        return Some(1);
    }
    if token.is("percent") || token.is("pct") {
        return Some(1);
    }
    if token.is("per") && tokens.get(at + 1).is_some_and(|t| t.is("cent")) {
        return Some(2);
    }
    if token.is("percentage") && tokens.get(at + 1).is_some_and(|t| t.is("points")) {
        return Some(2);
    }
    None
}

/// The second number of a range or alternatives after the first one:
/// "to 15", "-15", "and 15" (after "between"), "or 1,400".
fn second_number(
    tokens: &[Token<'_>],
    at: usize,
    between: bool,
    first: &NumberMatch,
) -> Option<(NumberMatch, Qualifier, usize)> {
    let joiner = tokens.get(at)?;
    let kind = if between {
        if !joiner.is("and") {
            return None;
        }
        Qualifier::Range
    } else if joiner.is("to") || matches!(joiner.text, "-" | "–" | "—") {
        Qualifier::Range
    } else if joiner.is("or") {
        Qualifier::Alternatives
    } else {
        return None;
    };
    let (_, after_symbol) = currency_prefix(tokens, at + 1);
    let second = read_number(tokens, after_symbol)?;
    if second.vague || second.digits != first.digits || is_excluded(tokens, &second) {
        return None;
    }
    if joiner.text == "-" && !joiner.spaced {
        // "555-1234-99" and the like are identifiers, not ranges.
        if tokens
            .get(second.end)
            .is_some_and(|t| t.text == "-" && !t.spaced)
        {
            return None;
        }
    }
    Some((second, kind, second.end))
}

/// The counted noun phrase after a number.
struct Phrase {
    unit: Unit,
    predicate: Option<&'static str>,
    end: usize,
}

/// Reads the counted noun phrase starting at `at` ("political prisoners",
/// "foreign nationals"), or the unit of "-hour" compounds and "of them".
/// Returns `None` when the number is an age ("69-year-old").
fn unit_phrase(tokens: &[Token<'_>], at: usize, vague: bool) -> Option<Phrase> {
    // "48-hour strike", "eight-day walkout"
    if let (Some(dash), Some(word)) = (tokens.get(at), tokens.get(at + 1))
        && dash.text == "-"
        && !dash.spaced
        && !word.spaced
        && word.kind == Kind::Word
    {
        if tokens
            .get(at + 2)
            .is_some_and(|t| t.text == "-" && !t.spaced)
        {
            // "69-year-old", "two-year-long": an age or a compound adjective.
            return None;
        }
        let unit = lexicon::singular(&word.lower());
        let mut end = at + 2;
        let mut predicate = None;
        if let Some((lemma, len)) = predicate_at(tokens, end) {
            predicate = Some(lemma);
            end += len;
        }
        return Some(Phrase {
            unit: Unit::Named(unit),
            predicate,
            end,
        });
    }
    let mut cursor = at;
    if tokens.get(cursor).is_some_and(|t| t.is("of")) {
        let next = tokens.get(cursor + 1);
        if next.is_some_and(|t| t.is_any(&["them", "whom", "those", "these", "us", "you"])) {
            return Some(Phrase {
                unit: Unit::FromContext,
                predicate: None,
                end: cursor + 2,
            });
        }
        if !vague {
            // "three of the victims", "one of the injured deputies"
            if next.is_some_and(|t| t.is_any(&["the", "their", "his", "her", "its"]))
                && let Some(phrase) = unit_phrase(tokens, cursor + 2, false)
                && matches!(phrase.unit, Unit::Named(_))
            {
                return Some(phrase);
            }
            return Some(Phrase {
                unit: Unit::FromContext,
                predicate: None,
                end: cursor,
            });
        }
    }
    while tokens
        .get(cursor)
        .is_some_and(|t| t.is_any(lexicon::PHRASE_SKIPS))
    {
        cursor += 1;
    }
    let mut words: Vec<String> = Vec::new();
    let mut predicate = None;
    // Whether the predicate is a word before the noun ("52 released
    // prisoners"), not the noun itself ("three deaths").
    let mut modifier_predicate = false;
    let mut last_word_end = cursor;
    while words.len() < 5 {
        let Some(token) = tokens.get(cursor) else {
            break;
        };
        if token.line_start {
            break;
        }
        if token.kind == Kind::Punct {
            // "foreign-born residents": a hyphen inside the phrase joins words.
            let joins = token.text == "-"
                && !token.spaced
                && !words.is_empty()
                && tokens
                    .get(cursor + 1)
                    .is_some_and(|t| !t.spaced && t.kind == Kind::Word);
            if joins {
                if let (Some(last), Some(next)) = (words.last_mut(), tokens.get(cursor + 1)) {
                    last.push('-');
                    last.push_str(&next.lower());
                }
                cursor += 2;
                last_word_end = cursor;
                continue;
            }
            break;
        }
        if token.kind != Kind::Word {
            break;
        }
        let lower = token.lower();
        if lexicon::is_phrase_stop(&lower)
            || lexicon::is_common_verb(&lower)
            || lower.contains('\'')
            || lower.contains('’')
        {
            break;
        }
        if token.text.chars().count() == 1
            && tokens
                .get(cursor + 1)
                .is_some_and(|t| t.text == "." && !t.spaced)
        {
            // "U.S.", "N.M.": an abbreviation, not a noun.
            break;
        }
        if currency_word(&lower).is_some() || read_number(tokens, cursor).is_some() {
            break;
        }
        if is_adverb(&lower) {
            break;
        }
        if let Some((lemma, len)) = predicate_at(tokens, cursor) {
            // "one remains" is a verb, "two strikes" a noun.
            let verb_form = lower.strip_suffix('s').is_some_and(|stem| {
                stem == lemma && matches!(lemma, "remain" | "die" | "kill" | "injure" | "wait")
            });
            if words.is_empty()
                && len == 1
                && is_plural(&lower)
                && predicate.is_none()
                && !verb_form
            {
                // "two strikes", "three deaths": a plural noun is what is counted.
                words.push(lower);
                predicate = Some(lemma);
                cursor += 1;
                last_word_end = cursor;
                break;
            }
            // "52 released prisoners", "340 striking dockworkers": a participle
            // before a noun gives the predicate; otherwise it ends the phrase.
            let noun_follows = tokens.get(cursor + len).is_some_and(|t| {
                t.kind == Kind::Word
                    && !lexicon::is_phrase_stop(&t.lower())
                    && predicate_at(tokens, cursor + len).is_none()
            });
            if words.is_empty() && noun_follows && predicate.is_none() {
                predicate = Some(lemma);
                modifier_predicate = true;
                cursor += len;
                continue;
            }
            break;
        }
        if token.is_capitalised() && is_street_word(&lower) {
            // "12 Main Street" is an address.
            return None;
        }
        if !words.is_empty() && token.is_capitalised() && !tokens[cursor - 1].is_capitalised() {
            // "prisoners Trump described": a name after the phrase starts a clause.
            break;
        }
        let verb_like = lower.len() > 4 && (lower.ends_with("ing") || lower.ends_with("ed"));
        if verb_like {
            // "armed men" keeps an adjective; "prisoners following talks" ends.
            let noun_follows = tokens.get(cursor + 1).is_some_and(|t| {
                t.kind == Kind::Word && t.spaced && !lexicon::is_phrase_stop(&t.lower())
            });
            if !words.is_empty() || !noun_follows {
                break;
            }
        }
        let plural = is_plural(&lower);
        words.push(lower);
        cursor += 1;
        last_word_end = cursor;
        if plural {
            // The plural head ends the phrase: "prisoners" in "52 prisoners
            // freed", "years" in "14 years behind bars".
            break;
        }
    }
    let first_word = tokens.get(last_word_end.saturating_sub(words.len()));
    let directional = words.len() == 1
        && first_word
            .is_some_and(|t| t.text.len() <= 3 && t.text.chars().all(|c| c.is_ascii_uppercase()));
    let address_block = words.last().is_some_and(|w| w == "block")
        && tokens.get(last_word_end).is_some_and(|t| t.is("of"));
    if directional || address_block {
        // "710 SW Main", "the 200 block of Elm Street": an address.
        return None;
    }
    if words.len() == 1 && words[0] == "others" {
        return Some(Phrase {
            unit: Unit::FromContext,
            predicate,
            end: last_word_end,
        });
    }
    if words.is_empty() {
        return Some(Phrase {
            unit: Unit::FromContext,
            predicate,
            end: if predicate.is_some() { cursor } else { at },
        });
    }
    let head_is_plural = words.last().is_some_and(|head| is_plural(head));
    if !head_is_plural && let Some((noun, end)) = coordinated_head(tokens, last_word_end) {
        // "60 crane-driver and lashing jobs": the words before "and" modify
        // the plural noun after it, which is what is counted.
        return Some(Phrase {
            unit: Unit::Named(lexicon::singular(&noun)),
            predicate,
            end,
        });
    }
    if let Some(head) = words.last_mut() {
        *head = lexicon::singular(head);
    }
    // "two murder suspects", "three homicide gunmen": a word of harm before
    // the ones who do it tells what they are sought for, not that they
    // were harmed; "six murder victims" were.
    let predicate = if modifier_predicate
        && words
            .last()
            .is_some_and(|head| DOERS.contains(&head.as_str()))
    {
        None
    } else {
        predicate
    };
    Some(Phrase {
        unit: Unit::Named(words.join(" ")),
        predicate,
        end: last_word_end,
    })
}

/// Nouns of the ones who do the harm, not suffer it.
const DOERS: &[&str] = &[
    "suspect",
    "gunman",
    "shooter",
    "killer",
    "attacker",
    "assailant",
    "defendant",
];

/// Reads "and lashing jobs" at `at`: a conjunction, then up to three plain
/// lower-case words ending in a plural noun. Returns that noun and where the
/// phrase ends.
fn coordinated_head(tokens: &[Token<'_>], at: usize) -> Option<(String, usize)> {
    if !tokens.get(at)?.is_any(&["and", "or"]) {
        return None;
    }
    let mut cursor = at + 1;
    while cursor < tokens.len() && cursor <= at + 3 {
        let token = &tokens[cursor];
        let lower = token.lower();
        let plain = token.kind == Kind::Word
            && !token.is_capitalised()
            && !token.line_start
            && !lexicon::is_phrase_stop(&lower)
            && !lexicon::is_common_verb(&lower)
            && currency_word(&lower).is_none()
            && read_number(tokens, cursor).is_none();
        if !plain {
            return None;
        }
        cursor += 1;
        if is_plural(&lower) && predicate_at(tokens, cursor - 1).is_none() {
            return Some((lower, cursor));
        }
    }
    None
}

/// Tells whether a lower-case noun looks plural.
fn is_plural(lower: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "people", "men", "women", "children", "police", "staff", "feet",
    ];
    if IRREGULAR.contains(&lower) {
        return true;
    }
    lower.len() > 3
        && lower.ends_with('s')
        && !["ss", "us", "is", "'s", "’s"]
            .iter()
            .any(|end| lower.ends_with(end))
}

/// Street-type words that make "12 Main Street" an address.
fn is_street_word(lower: &str) -> bool {
    matches!(
        lower,
        "street"
            | "st"
            | "avenue"
            | "ave"
            | "road"
            | "rd"
            | "boulevard"
            | "blvd"
            | "lane"
            | "drive"
            | "dr"
            | "way"
            | "court"
            | "place"
            | "square"
            | "freeway"
            | "highway"
            | "expressway"
            | "motorway"
            | "parkway"
            | "turnpike"
            | "interstate"
    )
}

/// Adverbs end a noun phrase ("52 prisoners reportedly ..."); the few nouns
/// in "-ly" are kept.
fn is_adverb(lower: &str) -> bool {
    const NOUNS_IN_LY: &[&str] = &[
        "family", "ally", "assembly", "rally", "supply", "belly", "lily", "fly", "italy", "july",
    ];
    lower.len() > 4 && lower.ends_with("ly") && !NOUNS_IN_LY.contains(&lower)
}

/// Units of time: "over three years" is a duration, not a lower bound.
fn is_duration(unit: &str) -> bool {
    matches!(
        unit,
        "second"
            | "minute"
            | "hour"
            | "day"
            | "night"
            | "week"
            | "weekend"
            | "month"
            | "year"
            | "decade"
            | "century"
            | "season"
            | "term"
    )
}

/// Tells whether a counted unit names people or things (not money, percent,
/// time or a measure), so that a later "52 of them" can borrow it.
fn is_count_unit(unit: &str) -> bool {
    const MEASURES: &[&str] = &[
        "percent",
        "percentage point",
        "mile",
        "kilometre",
        "kilometer",
        "km",
        "metre",
        "meter",
        "foot",
        "yard",
        "inch",
        "kilogram",
        "kg",
        "ton",
        "tonne",
        "litre",
        "liter",
        "gallon",
        "acre",
        "hectare",
        "degree",
        "block",
        "mph",
        "time",
    ];
    !unit.is_empty()
        && !MEASURES.contains(&unit)
        && currency_word(unit).is_none()
        && !is_duration(unit)
}

/// "one" is a pronoun or an article far more often than a count: keep it
/// only before a specific noun ("one man was killed").
fn is_vague_one(tokens: &[Token<'_>], number: &NumberMatch, unit: &str) -> bool {
    const GENERIC: &[&str] = &[
        "day", "time", "point", "way", "thing", "side", "hand", "end", "another", "other", "too",
        "place", "part", "reason", "question", "problem", "moment", "stage",
    ];
    let prev = number.start.checked_sub(1).and_then(|i| tokens.get(i));
    let after_determiner =
        prev.is_some_and(|t| t.is_any(&["no", "the", "any", "every", "each", "this", "that"]));
    after_determiner || GENERIC.contains(&unit) || unit.is_empty()
}

/// Tells whether a number is a year, date, time, age, ordinal, identifier or
/// part of a name rather than a quantity.
fn is_excluded(tokens: &[Token<'_>], number: &NumberMatch) -> bool {
    let Some(first) = tokens.get(number.start) else {
        return true;
    };
    let prev = number.start.checked_sub(1).and_then(|i| tokens.get(i));
    let prev2 = number.start.checked_sub(2).and_then(|i| tokens.get(i));
    let next = tokens.get(number.end);
    let next2 = tokens.get(number.end + 1);
    let next3 = tokens.get(number.end + 2);

    // "Image 2 of 12", "Page 1 of 1", "(1 of 9)": a gallery's or a
    // listing's counter, in digits on both sides of "of".
    let digit =
        |t: &Token<'_>| t.kind == Kind::Number && t.text.bytes().all(|b| b.is_ascii_digit());
    if number.digits
        && ((prev.is_some_and(|t| t.is("of")) && prev2.is_some_and(digit))
            || (next.is_some_and(|t| t.is("of")) && next2.is_some_and(digit)))
    {
        return true;
    }
    // "Any time one of our students is hurt", "whenever two people are
    // shot": a count in a clause of any such time is of no event.
    if prev.is_some_and(|t| t.is_any(&["anytime", "whenever"]))
        || (prev.is_some_and(|t| t.is("time"))
            && prev2.is_some_and(|t| t.is_any(&["any", "every"])))
    {
        return true;
    }
    // Dates: "11 September", "September 11", "Dec. 3".
    let month_before = prev.is_some_and(|t| lexicon::month(t.text).is_some() && is_month_word(t))
        || (prev.is_some_and(|t| t.text == ".")
            && prev2.is_some_and(|t| lexicon::month(t.text).is_some() && is_month_word(t)));
    if next.is_some_and(|t| lexicon::month(t.text).is_some() && is_month_word(t)) || month_before {
        return true;
    }
    // Ages: "aged 69", "ages 22, 26 and 37", "ranging in age from 19 to
    // 27", "younger than 18", "John Smith, 69,", "69-year-old", "69 years old".
    let from = number.start.saturating_sub(6);
    if tokens[from..number.start]
        .iter()
        .any(|t| t.is_any(&["aged", "age", "ages"]))
    {
        return true;
    }
    if prev.is_some_and(|t| t.is("than")) && prev2.is_some_and(|t| t.is_any(&["younger", "older"]))
    {
        return true;
    }
    let after_name = prev.is_some_and(|t| t.text == ",")
        && prev2.is_some_and(|t| t.is_capitalised())
        && next.is_none_or(|t| matches!(t.text, "," | ";" | "." | ")") || t.is_any(&["of", "and"]));
    if after_name && number.value < 120.0 {
        return true;
    }
    // "a father of three": the size of a family, not a count of the event.
    if prev.is_some_and(|t| t.is("of"))
        && prev2.is_some_and(|t| {
            t.is_any(&[
                "father",
                "mother",
                "parent",
                "dad",
                "mom",
                "mum",
                "grandfather",
                "grandmother",
                "grandparent",
            ])
        })
    {
        return true;
    }
    // "69-year-old", and "three -year-old" as scrapes sometimes space it.
    if next.is_some_and(|t| t.text == "-" && (!t.spaced || !number.digits))
        && next2.is_some_and(|t| t.is_any(&["year", "years", "month", "months"]))
        && next3.is_some_and(|t| t.text == "-" && !t.spaced)
    {
        return true;
    }
    // "12 year-old"
    if next.is_some_and(|t| t.is_any(&["year", "years", "month", "months"]))
        && next2.is_some_and(|t| t.text == "-" && !t.spaced)
        && next3.is_some_and(|t| t.is("old"))
    {
        return true;
    }
    if next.is_some_and(|t| t.is_any(&["years", "year"])) && next2.is_some_and(|t| t.is("old")) {
        return true;
    }
    if !number.digits {
        // Number words inside names: "Formula One", "Channel Four". A
        // capitalised function word opening the sentence ("The three
        // victims", "All four men") names nothing.
        let capital_mid_sentence =
            first.is_capitalised() && prev.is_some_and(|t| t.kind == Kind::Word);
        return capital_mid_sentence
            || prev.is_some_and(|t| {
                t.is_capitalised() && t.text != "A" && !lexicon::is_phrase_stop(&t.lower_cow())
            });
    }
    // Digits glued to letters or hyphens: "G7", "Covid-19", "#3", "+44".
    if !first.spaced
        && let Some(before) = prev
    {
        // The "e" the tokenizer splits off a sum is a euro sign.
        let glued_word = before.kind == Kind::Word && before.text != "e";
        let glued_hyphen =
            before.text == "-" && prev2.is_some_and(|t| !before.spaced && t.kind == Kind::Word);
        let glued_mark = matches!(before.text, "#" | "+" | ":" | "." | "/" | "№");
        if glued_word || glued_hyphen || glued_mark {
            return true;
        }
    }
    // "03", "007": a leading zero marks a code or a date part, not a count.
    if first.text.len() > 1 && first.text.starts_with('0') && !first.text.starts_with("0.") {
        return true;
    }
    // Times: "6:30", "6 a.m.", "6pm", "14:05 GMT".
    if next.is_some_and(|t| matches!(t.text, ":" | "." | "/") && !t.spaced)
        && next2.is_some_and(|t| t.kind == Kind::Number && !t.spaced)
    {
        return true;
    }
    if let Some(after) = next {
        let lower = after.lower();
        let glued_suffix = !after.spaced
            && after.kind == Kind::Word
            && matches!(
                lower.as_str(),
                "th" | "st" | "nd" | "rd" | "s" | "am" | "pm" | "h" | "hrs" | "gmt" | "utc"
            );
        let time_word = after.kind == Kind::Word
            && matches!(
                lower.as_str(),
                "am" | "pm"
                    | "gmt"
                    | "utc"
                    | "bst"
                    | "cet"
                    | "cest"
                    | "est"
                    | "edt"
                    | "pst"
                    | "o'clock"
                    | "o’clock"
            );
        let dotted_time = (after.is("a") || after.is("p"))
            && next2.is_some_and(|t| t.text == "." && !t.spaced)
            && next3.is_some_and(|t| t.is("m") && !t.spaced);
        if glued_suffix || time_word || dotted_time {
            return true;
        }
    }
    // Years: "in 2019", "the 2019 strike", "2019" alone.
    let plain_integer = first.text.chars().all(|c| c.is_ascii_digit());
    if plain_integer && first.text.len() == 4 && number.scale == 1.0 {
        let value = number.value;
        if (1800.0..=2100.0).contains(&value) {
            let counted_noun_follows = next.is_some_and(|t| {
                t.kind == Kind::Word
                    && t.spaced
                    && !t.is_capitalised()
                    && t.text.ends_with('s')
                    && !lexicon::is_phrase_stop(&t.lower())
            });
            let year_cue = prev.is_some_and(|t| {
                t.is_any(&[
                    "in",
                    "since",
                    "by",
                    "until",
                    "till",
                    "from",
                    "of",
                    "before",
                    "after",
                    "during",
                    "the",
                    "early",
                    "late",
                    "mid",
                    "between",
                    "to",
                    "and",
                    "spring",
                    "summer",
                    "autumn",
                    "fall",
                    "winter",
                    "year",
                    "through",
                    "throughout",
                ])
            });
            if !counted_noun_follows || year_cue {
                return true;
            }
        }
    }
    // Numbers in names and labels: "Terminal 3", "Flight 370", "No. 10",
    // "in the 13500 block".
    if let Some(before) = prev {
        const LABELS: &[&str] = &[
            "page",
            "line",
            "room",
            "platform",
            "gate",
            "flight",
            "route",
            "chapter",
            "section",
            "article",
            "paragraph",
            "number",
            "terminal",
            "level",
            "grade",
            "phase",
            "stage",
            "category",
            "pier",
            "no",
            "step",
            "lane",
            "highway",
            "interstate",
            "apartment",
            "unit",
            "suite",
            "floor",
            "building",
            "berth",
            "dock",
            "quay",
            "bus",
            "train",
            "channel",
            "episode",
            "season",
            "volume",
            "version",
            "model",
            "type",
            "class",
            "ward",
            "district",
            "precinct",
            "exit",
            "junction",
            "road",
            "street",
        ];
        let label = before.kind == Kind::Word && LABELS.contains(&before.lower().as_str());
        let dotted_no = before.text == "." && prev2.is_some_and(|t| t.is("no") && !before.spaced);
        let name_word = before.is_capitalised()
            && !lexicon::is_phrase_stop(&before.lower())
            && hedge_last_word(&before.lower()).is_none()
            && predicate_at(tokens, number.start - 1).is_none()
            && !lexicon::SPEECH_VERBS.contains(&before.lower().as_str())
            && currency_word(before.text).is_none();
        if label || dotted_no || name_word {
            return true;
        }
        if before.is("the") && next.is_some_and(|t| t.is("block")) {
            return true;
        }
    }
    false
}

/// A month name as a date word: "May" and "March" only when capitalised,
/// since lower-case they are a verb.
fn is_month_word(token: &Token<'_>) -> bool {
    token.kind == Kind::Word && token.is_capitalised()
}

/// Tells whether a word ends some hedge ("over", "than", "about").
fn hedge_last_word(lower: &str) -> Option<()> {
    lexicon::HEDGES
        .iter()
        .any(|(phrase, _)| phrase.rsplit(' ').next() == Some(lower))
        .then_some(())
}

/// Where the sentence attributes something, and to whom.
#[derive(Clone, Debug)]
struct Attribution {
    /// Token index of the marker ("said", "according").
    at: usize,
    /// The source, as written ("police", "the union").
    source: String,
}

/// The source of a figure only "reportedly" given, or "according to
/// reports": shown as "according to reports".
const ANONYMOUS_REPORTS: &str = "reports";

/// Words of a source phrase that name no one: "according to reports",
/// "according to reported figures", "according to early estimates".
const ANONYMOUS_SOURCE_WORDS: &[&str] = &[
    "reported",
    "report",
    "reports",
    "figure",
    "figures",
    "estimate",
    "estimates",
    "data",
    "statistics",
    "numbers",
    "media",
    "news",
    "local",
    "early",
    "initial",
    "preliminary",
    "unconfirmed",
    "latest",
    "some",
    "several",
    "the",
    "other",
];

/// Where a source phrase after "according to" ends when its words name no
/// one (and at least one says it is a report or a figure).
fn anonymous_reports_end(tokens: &[Token<'_>], from: usize) -> Option<usize> {
    let mut cursor = from;
    while tokens
        .get(cursor)
        .is_some_and(|t| t.is_any(ANONYMOUS_SOURCE_WORDS))
    {
        cursor += 1;
    }
    let ends_phrase = tokens
        .get(cursor)
        .is_none_or(|t| t.kind != Kind::Word || t.is_any(&["and", "of", "that", "from"]));
    let names_a_report = tokens
        .get(from..cursor)
        .is_some_and(|words| words.iter().any(|t| !t.is_any(&["the", "some", "other"])));
    (ends_phrase && names_a_report && cursor > from).then_some(cursor)
}

/// Finds attribution markers in a sentence: "according to X", "X said",
/// "said X", "reportedly".
fn attributions(text: &str, tokens: &[Token<'_>]) -> Vec<Attribution> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < tokens.len() {
        let token = &tokens[at];
        if token.is("according") && tokens.get(at + 1).is_some_and(|t| t.is("to")) {
            if let Some(end) = anonymous_reports_end(tokens, at + 2) {
                // "according to reported figures": no one in particular.
                found.push(Attribution {
                    at,
                    source: ANONYMOUS_REPORTS.to_string(),
                });
                at = end;
                continue;
            }
            if let Some(source) = noun_phrase_forward(text, tokens, at + 2) {
                found.push(Attribution { at, source });
            }
            at += 2;
            continue;
        }
        if token.is("reportedly") {
            found.push(Attribution {
                at,
                source: ANONYMOUS_REPORTS.to_string(),
            });
            at += 1;
            continue;
        }
        // "the United States" is a name, not a speech verb.
        let verb_len = if token.is_capitalised() && at > 0 {
            0
        } else {
            lexicon::speech_verb_len_at(tokens, at)
        };
        if verb_len > 0 {
            // "said the authority's offer ...": a possessive after the verb
            // opens the reported clause, it does not name the speaker.
            let source = subject_backward(text, tokens, at).or_else(|| {
                noun_phrase_forward(text, tokens, at + verb_len)
                    .filter(|source| !source.contains("'s") && !source.contains("’s"))
            });
            if let Some(source) = source {
                found.push(Attribution { at, source });
            }
            at += verb_len;
            continue;
        }
        at += 1;
    }
    found
}

/// Words that may open or be part of a source's name.
fn is_source_word(token: &Token<'_>) -> bool {
    if token.kind != Kind::Word {
        return false;
    }
    let lower = token.lower();
    if matches!(
        lower.as_str(),
        "he" | "she" | "they" | "we" | "it" | "i" | "you"
    ) {
        return true;
    }
    !lexicon::is_phrase_stop(&lower)
        && !is_adverb(&lower)
        && lower != "that"
        && read_number(std::slice::from_ref(token), 0).is_none()
}

/// The subject right before a speech verb: "police said", "the union says".
fn subject_backward(text: &str, tokens: &[Token<'_>], verb: usize) -> Option<String> {
    if let Some(name) = appositive_name(text, tokens, verb) {
        return Some(name);
    }
    let mut first = verb;
    while first > 0 && verb - first < 8 {
        let token = &tokens[first - 1];
        // "the government of Belarus said": "of" joins two parts of the source.
        let joins =
            (token.is("of") && first < verb && first >= 2 && is_source_word(&tokens[first - 2]))
                || (matches!(token.text, "'" | "’")
                    && !token.spaced
                    && first >= 2
                    && tokens[first - 2].kind == Kind::Word);
        if !(is_source_word(token) || joins) || predicate_at(tokens, first - 1).is_some() {
            break;
        }
        first -= 1;
        if token.is_any(&["he", "she", "they", "we", "it", "i", "you"]) {
            break;
        }
    }
    if first == verb {
        return None;
    }
    if first > 0 && tokens[first - 1].is_any(&["the", "a", "an"]) {
        first -= 1;
    }
    source_text(text, tokens, first, verb)
}

/// The name set off by commas right before a speech verb: "a company
/// spokesman, Jan Novak, said 27 ..." is said by Jan Novak. Only
/// capitalised words count, so a clause ("..., the figure rose, said") is
/// not taken for a name.
fn appositive_name(text: &str, tokens: &[Token<'_>], verb: usize) -> Option<String> {
    let comma = verb.checked_sub(1)?;
    if tokens.get(comma)?.text != "," {
        return None;
    }
    let mut first = comma;
    while first > 0 && comma - first < 4 && tokens[first - 1].is_capitalised() {
        first -= 1;
    }
    let opening_comma = first.checked_sub(1).and_then(|at| tokens.get(at));
    if first == comma || opening_comma.is_none_or(|token| token.text != ",") {
        return None;
    }
    source_text(text, tokens, first, comma)
}

/// A noun phrase after a marker: "according to the interior ministry",
/// "said the union".
fn noun_phrase_forward(text: &str, tokens: &[Token<'_>], from: usize) -> Option<String> {
    let mut cursor = from;
    if tokens
        .get(cursor)
        .is_some_and(|t| t.is_any(&["the", "a", "an"]))
    {
        cursor += 1;
    }
    let content_start = cursor;
    while cursor < tokens.len() && cursor - content_start < 8 {
        let token = &tokens[cursor];
        let joins = token.text == "-" && !token.spaced;
        if !(is_source_word(token) || joins) || predicate_at(tokens, cursor).is_some() {
            break;
        }
        cursor += 1;
    }
    if cursor == content_start {
        return None;
    }
    source_text(text, tokens, from, cursor)
}

/// The text of tokens `first..end`, with a leading "The" lower-cased.
fn source_text(text: &str, tokens: &[Token<'_>], first: usize, end: usize) -> Option<String> {
    let start = tokens.get(first)?.start;
    let stop = tokens.get(end.checked_sub(1)?)?.end;
    let written = text.get(start..stop)?;
    let source = match written.strip_prefix("The ") {
        Some(rest) => format!("the {rest}"),
        None => written.to_string(),
    };
    Some(source)
}

/// Tells whether an attribution marker reaches the number at token `number`:
/// it must be in the same sentence (the span may be a whole paragraph when no
/// sentences were given), and "reportedly" only reaches its own clause.
fn applies_to(tokens: &[Token<'_>], attribution: &Attribution, number: usize) -> bool {
    let (low, high) = if attribution.at < number {
        (attribution.at, number)
    } else {
        (number, attribution.at)
    };
    let between = tokens.get(low..high).unwrap_or(&[]);
    let crosses_sentence = between
        .iter()
        .enumerate()
        .any(|(i, t)| is_sentence_end(between, i) && t.kind == Kind::Punct);
    // "could cost up to 90 jobs; the company says ...": a semicolon joins
    // two statements, and a source named in one does not speak the other.
    if crosses_sentence || between.iter().any(|t| t.text == ";") {
        return false;
    }
    if tokens
        .get(attribution.at)
        .is_some_and(|t| t.is("reportedly"))
    {
        return high - low <= 6 && !between.iter().any(|t| t.text == "," || t.text == ";");
    }
    true
}

/// Tells whether token `at` ends a sentence: ".", "?" or "!" followed by a
/// spaced token ("U.S." and "4.5" do not).
pub(super) fn is_sentence_end(tokens: &[Token<'_>], at: usize) -> bool {
    let Some(token) = tokens.get(at) else {
        return false;
    };
    if !matches!(token.text, "." | "?" | "!") {
        return false;
    }
    let next_spaced = tokens.get(at + 1).is_none_or(|t| t.spaced);
    let after_initial = at
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| t.kind == Kind::Word && t.text.chars().count() == 1);
    let after_title = at
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| {
            t.is_any(&[
                "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "no", "prof", "rev",
            ])
        });
    next_spaced && !after_initial && !after_title
}

/// Completes a read quantity with its unit from context, predicate and
/// attribution; drops bare numbers with neither a unit nor a predicate.
fn finish(
    text: &str,
    sentence: TextRange,
    tokens: &[Token<'_>],
    read: Read,
    attributions: &[Attribution],
    context: &Context,
) -> Option<Quantity> {
    let predicate = read
        .predicate
        .or_else(|| find_predicate(tokens, read.start, read.end));
    let mut predicate = predicate;
    let unit = match &read.unit {
        Unit::Named(name) => name.clone(),
        Unit::FromContext => match unit_before_at(tokens, read.start) {
            Some(AtUnit::Named(name)) => {
                // "the number of vessels waiting at over 40": the verb is
                // inside the measured phrase.
                let from = read.start.saturating_sub(10);
                predicate = predicate.or_else(|| {
                    (from..read.start).find_map(|i| {
                        predicate_at(tokens, i)
                            .filter(|_| !tokens[i].is_any(ADJECTIVE_ONLY))
                            .map(|(lemma, _)| lemma)
                    })
                });
                name
            }
            Some(AtUnit::Figure) => context.last.clone().unwrap_or_default(),
            None => {
                predicate?;
                // "died at 95", "opened at 9": an age or a time.
                if read.start > 0 && tokens[read.start - 1].is("at") {
                    return None;
                }
                context.near.clone().unwrap_or_default()
            }
        },
    };
    let attributed_to = attributions
        .iter()
        .filter(|a| applies_to(tokens, a, read.number_start))
        .min_by_key(|a| a.at.abs_diff(read.number_start))
        .map(|a| a.source.clone());
    // "two counts of murder", "20 minutes after the killing": people
    // predicates do not measure things or spans of time.
    let predicate = predicate.filter(|lemma| {
        let lasting = matches!(
            *lemma,
            "strike" | "march" | "protest" | "remain" | "sentence"
        );
        let not_people = NOT_PEOPLE.contains(&unit.as_str()) || (is_duration(&unit) && !lasting);
        !(PEOPLE_PREDICATES.contains(lemma) && not_people)
    });
    let start = tokens.get(read.start)?.start;
    let end = tokens.get(read.end.checked_sub(1)?)?.end;
    if start > end || text.get(start..end).is_none() {
        return None;
    }
    Some(Quantity {
        range: TextRange::new(start, end),
        sentence,
        value: read.value,
        high: read.high,
        qualifier: read.qualifier,
        unit,
        predicate: predicate.map(str::to_string),
        attributed_to,
        time: None,
    })
}

/// The unit of "put the number of vessels waiting at over 40" and "estimated
/// the crowd at about 1,200": the noun phrase before "at" that the number
/// measures.
fn unit_before_at(tokens: &[Token<'_>], start: usize) -> Option<AtUnit> {
    const MEASURES: &[&str] = &["number", "figure", "total", "count", "tally"];
    let at = start.checked_sub(1)?;
    if !tokens.get(at)?.is("at") {
        return None;
    }
    let from = at.saturating_sub(10);
    let the = (from..at)
        .rev()
        .find(|&i| tokens[i].is_any(&["the", "its", "their"]))?;
    // Only a verb of estimating sets a figure: "put the crowd at", not
    // "the singer died at 95".
    const ESTIMATING: &[&str] = &[
        "put",
        "puts",
        "putting",
        "estimated",
        "estimates",
        "estimate",
        "placed",
        "places",
        "place",
        "set",
        "sets",
        "pegged",
        "pegs",
        "counted",
        "counts",
        "gave",
        "gives",
        "give",
    ];
    if !the
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| t.is_any(ESTIMATING))
    {
        return None;
    }
    let first = tokens.get(the + 1)?;
    let phrase_start = if first.is_any(MEASURES) {
        if !tokens.get(the + 2)?.is("of") {
            return Some(AtUnit::Figure);
        }
        the + 3
    } else {
        the + 1
    };
    match unit_phrase(tokens, phrase_start, false)?.unit {
        Unit::Named(name) if COLLECTIVES.contains(&name.as_str()) => {
            Some(AtUnit::Named("person".to_string()))
        }
        Unit::Named(name) if !MEASURES.contains(&name.as_str()) => Some(AtUnit::Named(name)),
        _ => None,
    }
}

/// Nouns for a number of people: "estimated the crowd at 1,200" counts people.
const COLLECTIVES: &[&str] = &["crowd", "turnout", "attendance", "audience", "gathering"];

/// What "... at N" says the number counts.
enum AtUnit {
    /// "the number of vessels waiting at 40": a named unit.
    Named(String),
    /// "put the figure at 1,200": whatever the article was counting.
    Figure,
}

/// Finds the predicate of a quantity spanning tokens `start..end` in its
/// clause: right after it ("were released", "remain behind bars"), else
/// before it ("freed 52", "the release of 52"), else further after it.
fn find_predicate(tokens: &[Token<'_>], start: usize, end: usize) -> Option<&'static str> {
    const AUXILIARIES: &[&str] = &[
        "were",
        "was",
        "are",
        "is",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "will",
        "would",
        "could",
        "may",
        "might",
        "still",
        "also",
        "now",
        "reportedly",
        "allegedly",
        "had",
        "who",
        "that",
        "which",
        "all",
        "not",
        "to",
        "currently",
        "already",
        "later",
        "then",
    ];
    let mut after: Option<(&'static str, usize, usize)> = None;
    let mut cursor = end;
    let mut distance = 0;
    let mut crossed_coordinator = false;
    while cursor < tokens.len() && distance < 16 {
        let token = &tokens[cursor];
        let compound = tokens
            .get(cursor + 1)
            .is_some_and(|t| t.text == "-" && !t.spaced);
        if (token.kind == Kind::Number && !compound)
            || matches!(token.text, ";" | ":" | "." | "?" | "!" | "(" | ")")
            || token.is_any(&[
                "while",
                "whereas",
                "but",
                "when",
                "after",
                "before",
                "because",
                "if",
                "until",
                "where",
                "though",
                "although",
                "following",
                "amid",
                "during",
                "despite",
                "against",
                "since",
            ])
        {
            break;
        }
        // "two men are accused of killing a student", "two men suspected
        // in the shooting": the people counted did the harm the verb after
        // names, so it is no predicate of theirs. With a subject between
        // ("the four men he is accused of shooting") they suffered it.
        let suspects = distance == 0
            && (token.is("accused")
                || token.is("suspected")
                    && tokens
                        .get(cursor + 1)
                        .is_some_and(|t| t.is_any(&["of", "in"])));
        if suspects {
            break;
        }
        // "were struck" is someone hurt, not a look ("struck by the view").
        if let Some((lemma, _)) = predicate_at(tokens, cursor)
            && (!token.is_any(ADJECTIVE_ONLY) || lemma == "injure")
        {
            after = Some((lemma, distance, cursor));
            break;
        }
        if !token.is_any(AUXILIARIES) {
            distance += 1;
        }
        crossed_coordinator |= token.is_any(&["and", "or"]);
        cursor += 1;
    }
    if let Some((lemma, distance, _)) = after
        && distance <= 1
    {
        // "killed one and wounded four": the verb after "and" is of the
        // next figure when a verb right before governs this one.
        if crossed_coordinator && let Some(governing) = predicate_ending_at(tokens, start) {
            return Some(governing);
        }
        return Some(lemma);
    }
    // Before the number, the predicate must govern it: only a few function
    // words may come between ("freed 52", "the release of 52", "killed at
    // least 3"), so "the dead man had two sons" does not count.
    const BETWEEN: &[&str] = &[
        "of",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "another",
        "all",
        "some",
        "up",
        "off",
        "out",
        "free",
        "to",
        "by",
        "worth",
        "totalling",
        "totaling",
        "valued",
        "at",
        "with",
        "on",
        "yesterday",
        "today",
        "overnight",
    ];
    // "freed 52", "walked out on Tuesday with 340": the nearest predicate
    // ending where only these words separate it from the number.
    let mut gap_start = start;
    loop {
        if let Some(lemma) = predicate_ending_at(tokens, gap_start) {
            return Some(lemma);
        }
        if gap_start == 0
            || start - gap_start >= 4
            || !(tokens[gap_start - 1].is_any(BETWEEN)
                || tokens[gap_start - 1].is_any(&crate::text::WEEKDAYS))
        {
            break;
        }
        gap_start -= 1;
    }
    // "offered a package worth 12 million", "cost the regional economy 30
    // million": a short object between the verb and the number.
    let object_start = (gap_start.saturating_sub(4)..gap_start).find(|&d| {
        tokens[d].is_any(&["the", "a", "an", "its", "their", "his", "her"])
            && tokens[d + 1..gap_start].iter().all(|t| {
                t.kind == Kind::Word && !lexicon::is_phrase_stop(&t.lower()) && !t.is_capitalised()
            })
    });
    if let Some(object_start) = object_start
        && let Some(lemma) = predicate_ending_at(tokens, object_start)
    {
        return Some(lemma);
    }
    // "among the released prisoners are 14": a participle before the noun
    // the copula links to the number.
    if gap_start >= 2
        && tokens[gap_start - 1].is_any(&["are", "were", "is", "was"])
        && is_plural(&tokens[gap_start - 2].lower())
        && let Some(lemma) = predicate_ending_at(tokens, gap_start - 2)
    {
        return Some(lemma);
    }
    // Far on, a harm word after an article is a noun naming the event,
    // not what befell the people counted ("three adults were home at the
    // time of the shooting"); "two victims of the shooting" stays.
    after
        .filter(|&(_, distance, at)| {
            distance <= 2
                || !at
                    .checked_sub(1)
                    .and_then(|before| tokens.get(before))
                    .is_some_and(|t| t.is_any(&["the", "a", "an", "this", "that"]))
        })
        .map(|(lemma, _, _)| lemma)
}

/// Predicates that only people (or animals) undergo.
const PEOPLE_PREDICATES: &[&str] = &[
    "kill", "die", "injure", "shoot", "arrest", "detain", "release", "rescue", "evacuate",
    "remain", "strike", "march", "protest", "attend", "flee", "displace", "missing", "deport",
    "sentence", "charge", "convict",
];

/// Units that are not people: measures, charges, shots, places.
const NOT_PEOPLE: &[&str] = &[
    "count",
    "charge",
    "shot",
    "round",
    "bullet",
    "casing",
    "shell",
    "gunshot",
    "time",
    "mile",
    "kilometre",
    "kilometer",
    "foot",
    "yard",
    "metre",
    "meter",
    "inch",
    "block",
    "call",
    "percent",
    "percentage point",
    "dollar",
    "euro",
    "pound",
    "ruble",
    "yen",
    "yuan",
    "franc",
    "krone",
    "zloty",
    "rupee",
    "hryvnia",
    "incident",
    "case",
    "crime scene",
    "weapon",
    "gun",
    "rifle",
    "handgun",
    "pistol",
    "car",
    "vehicle",
    "house",
    "home",
    "room",
    "door",
    "window",
];

/// Predicate words that only count before a noun ("striking dockworkers"):
/// as verbs they mostly mean a blow ("struck by a bullet", "striking him").
const ADJECTIVE_ONLY: &[&str] = &["striking", "struck"];

/// A predicate phrase that ends right before token `end`.
fn predicate_ending_at(tokens: &[Token<'_>], end: usize) -> Option<&'static str> {
    // The longest phrase first: "fatally shot 3" is a killing, not the
    // shooting its last word alone would say.
    for len in (1..=4).rev() {
        let Some(cursor) = end.checked_sub(len) else {
            continue;
        };
        if let Some((lemma, found)) = predicate_at(tokens, cursor)
            && found == len
            && !(len == 1 && tokens[cursor].is_any(ADJECTIVE_ONLY))
        {
            return Some(lemma);
        }
    }
    None
}
