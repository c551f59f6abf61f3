//! Toll: how many people a story's event killed and how many it injured,
//! read off the story's reconciled facts.
//!
//! A reader of a story about a shooting or a crash asks first how many died
//! and how many were hurt. The facts hold every count the articles give
//! ("people killed", "others injured", "teens shot"), each with its
//! variants; this module picks the two numbers a reader would give:
//!
//! - **killed**: the most sourced count of people killed (its leading
//!   variant), or, when that count only describes one of them ("a
//!   2-year-old was killed"), the number of people killed or the largest
//!   number under 10 of others of any kind killed ("eight others"); 0 when
//!   no article gives one;
//! - **injured**: the most sourced count of people injured, the number of
//!   people injured when it covers more ("two men ... four people were
//!   wounded"), or everyone shot who did not die ("five people were shot,
//!   one fatally" injures 4; the number of people shot covering the kinds
//!   shot) when that says more;
//! - people shot besides someone counted ("two other men were shot",
//!   "two other gunshot victims") are injured, or the text would tell of
//!   their deaths;
//! - a count hedged as a lower bound ("at least one person") takes the
//!   larger number its fact also gives ("four others");
//! - variants of one count naming different people ("Ada Kerr" and "Bo
//!   Lund and Cy Nye", no word of a name shared) count them all;
//! - a rank among the shot or hurt ("a fifth victim was found later", "an
//!   8th teen was hurt") is a lower bound on the dead and hurt together,
//!   and raises the hurt;
//! - people counted as hurt some of whom an article then tells died ("three
//!   men were wounded ... two of them later died") are that many fewer hurt
//!   and at least that many dead;
//! - one person "also shot" ("a woman was also shot") whom no count covers
//!   (none of their kind, no count of people shot or hurt, no headline's
//!   count of the hurt) is one more hurt;
//!
//! with two readings of the news as it unfolds: a count of one injured,
//! read off one person's description ("the boy was wounded"), beside a
//! death is most often that same person, reported before they died (not
//! when the description is of another age than everyone aged among the
//! shot and the dead, or of a kind shot and never killed: "her mother"
//! beside "a 10-year-old girl"), and
//! the first number of people hurt ("three others") is then the count; and
//! counts of rounds, years, or people harmed at another time ("killed in
//! 2012", "shot since Friday") are not this event's, nor is a bare figure
//! of 10 or more ("27"), most often an age read as a count, nor one
//! article's count of 10 or more dead beside a count of the dead under half
//! of it ("a man was killed ... 126 people killed this year").
//!
//! Where the headlines give a count (see [`headline_toll`]), the one most
//! headlines give (the larger on a tie) is the count, unless it is of wider
//! violence than the facts' (10 or more and over twice as many): an editor
//! writes the event's toll there ("1 dead, 3 hurt"), while a scraped text
//! may give it only in parts; a headline's count of the hurt the text
//! gives as a lower bound ("at least two people") yields to a larger count
//! of the facts. A headline's number of people shot ("Four
//! men shot") less the killed is the injured, where no headline counts
//! the injured; one naming the event by its count ("quadruple shooting")
//! adds the shot the text did not count. Headlines counting people hurt or shot, none telling of
//! a death ("Five wounded at club"), mean no one was killed, unless two
//! independent sources count the dead; one telling of a death that nothing counts
//! ("Child dies in accidental shooting") means one, and then one person
//! described as shot ("their son") is that one, not also hurt.
//!
//! The rules were tuned on the dev split of the facts benchmark
//! (`cargo xtask bench facts --split dev`), which scores these two numbers
//! against the Gun Violence Archive's.

use std::borrow::Cow;

mod headlines;

pub(crate) use headlines::headline_toll;

use crate::model::{Fact, FactVariant, HeadlineToll, Qualifier, Reconciliation};
use crate::text::fold;

/// Units that never count the people killed or injured, read off a unit's
/// last word: "gunshot wounds", "separate shootings", "area hospitals" and
/// "felony charges" are things a count of harm is misread from.
const NOT_PEOPLE: &[&str] = &[
    "count",
    "year",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "time",
    "round",
    "shot",
    "bullet",
    "shell",
    "casing",
    "gun",
    "weapon",
    "dollar",
    "percent",
    "mile",
    "block",
    "foot",
    "inch",
    "wound",
    "injury",
    "shooting",
    "scene",
    "hospital",
    "charge",
    "knife",
    "pistol",
    "handgun",
    "rifle",
    "shotgun",
    "photo",
    "image",
    "call",
    "case",
    "incident",
    "investigation",
];

/// Tells whether a fact's subject can be people: its last word is no
/// thing of [`NOT_PEOPLE`].
fn is_people(subject: &str) -> bool {
    let head = subject.rsplit(' ').next().unwrap_or(subject);
    !NOT_PEOPLE.contains(&head)
}

/// Words a count opens with when it is a number of people rather than one
/// person's description ("one man", "two others", "another", "3").
const COUNT_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "another",
    "both", "all", "at", "more", "about", "some",
];

/// How many people the story's event killed and injured.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Toll {
    pub killed: u64,
    pub injured: u64,
}

/// The story's toll, from its facts and headlines.
pub fn toll(reconciliation: &Reconciliation) -> Toll {
    let toll = with_headlines(
        &read_facts(&reconciliation.facts),
        &reconciliation.headline_tolls,
    );
    // "A fifth victim later arrived at a hospital": so many were harmed at
    // least, dead or hurt; the rank may count the dead among them, so only
    // the hurt are raised to it.
    let rank = harmed_rank(&reconciliation.facts);
    let toll = Toll {
        killed: toll.killed,
        injured: toll.injured.max(rank.saturating_sub(toll.killed)),
    };
    // "Four people were wounded ... one of them later died": when the hurt
    // are that group, the dead among them are hurt no more.
    let toll = match reconciliation
        .later_deaths
        .iter()
        .find(|later| later.hurt == toll.injured)
    {
        Some(later) => Toll {
            killed: toll.killed.max(later.died),
            injured: later.hurt - later.died,
        },
        None => toll,
    };
    // A headline's count of the hurt or shot is the whole, besides whom
    // no one else was hurt.
    let headline_counts_hurt = reconciliation.headline_tolls.iter().any(|headline| {
        headline.injured.is_some() || headline.shot.is_some() || headline.shooting.is_some()
    });
    if headline_counts_hurt {
        return toll;
    }
    Toll {
        killed: toll.killed,
        injured: toll.injured + also_shot(&reconciliation.facts),
    }
}

/// People described one by one as "also shot" ("a woman was also shot")
/// that no count covers: none of their kind is counted among the harmed,
/// and no count of people or victims shot or hurt takes in every kind.
/// A rank ("a fourth man was also shot") is one of those counted.
fn also_shot(facts: &[Fact]) -> u64 {
    let harmed = |fact: &&Fact| {
        !fact.statement.starts_with("additional ")
            && ["shot", "injured", "killed"]
                .iter()
                .any(|participle| is_count_of(fact, participle))
    };
    let covered_by_people = facts.iter().filter(harmed).any(|fact| {
        ANYONE.contains(&fact.subject.as_str())
            && (is_count_of(fact, "shot") || is_count_of(fact, "injured"))
    });
    if covered_by_people {
        return 0;
    }
    facts
        .iter()
        .filter(|fact| fact.statement.starts_with("additional ") && is_count_of(fact, "shot"))
        .filter(|fact| !ANYONE.contains(&fact.subject.as_str()))
        .filter(|fact| {
            !facts
                .iter()
                .filter(harmed)
                .any(|other| other.subject == fact.subject)
        })
        .filter(|fact| {
            fact.variants
                .iter()
                .all(|variant| rank_of(&variant.text).is_none())
        })
        .filter_map(leading)
        .filter(|count| !count.numbered && count.value == 1)
        .count() as u64
}

/// Ranks written in words, from the second.
const RANKS: &[&str] = &[
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Kin whose rank counts a family, not the harmed ("a third son").
const KIN: &[&str] = &["son", "daughter", "brother", "sister"];

/// The highest rank among the shot or hurt that one person's description
/// gives ("the fourth victim", "an 8th teen"), or 0. A rank among the dead
/// is as often the city's ("the fifth person killed in Eastport this
/// year"), not the event's.
fn harmed_rank(facts: &[Fact]) -> u64 {
    facts
        .iter()
        .filter(|fact| is_count_of(fact, "injured") || is_count_of(fact, "shot"))
        .flat_map(|fact| &fact.variants)
        .filter_map(|variant| rank_of(&variant.text))
        .max()
        .unwrap_or(0)
}

/// The rank of an article, a rank and a person's noun ("a fifth victim",
/// "the 4th man"): nothing between rank and noun, since "the third floor
/// victim" ranks a floor.
fn rank_of(text: &str) -> Option<u64> {
    let folded = fold(text);
    let words: Vec<&str> = folded.split(' ').collect();
    let [article, rank, noun] = words.as_slice() else {
        return None;
    };
    if !matches!(*article, "a" | "an" | "the") || KIN.contains(noun) {
        return None;
    }
    let in_words = RANKS
        .iter()
        .position(|word| word == rank)
        .map(|at| at as u64 + 2);
    let in_figures = || {
        let digits = rank.trim_end_matches(|ch: char| ch.is_ascii_alphabetic());
        let suffix = &rank[digits.len()..];
        matches!(suffix, "st" | "nd" | "rd" | "th")
            .then(|| digits.parse::<u64>().ok())
            .flatten()
    };
    in_words
        .or_else(in_figures)
        .filter(|rank| (2..=10).contains(rank))
}

/// The toll the facts give, with the parts of it a headline may revise.
struct FactsToll {
    toll: Toll,
    /// The injured counted as such, before everyone shot who lived.
    injured_counted: u64,
    /// The number of people shot, dead or alive, when one person's
    /// description gives it ("their child was shot"), not a number.
    one_described_shot: bool,
    shot: u64,
    /// The most independent sources giving one count of the dead, its
    /// wordings together ("one man", "the man"); copies of one page count
    /// once.
    deaths_sourced: usize,
    /// The numbers of injured the text gives as lower bounds ("at least
    /// two people were hurt").
    injured_at_least: Vec<u64>,
}

/// The toll of the facts, with the counts most headlines give in place of
/// theirs, unless of wider violence.
fn with_headlines(read: &FactsToll, headlines: &[HeadlineToll]) -> Toll {
    let facts = read.toll;
    // The count most headlines give of one field, the larger on a tie.
    let most_given = |field: fn(&HeadlineToll) -> Option<u64>| -> Option<u64> {
        let counts: Vec<u64> = headlines.iter().filter_map(field).collect();
        let times = |value: u64| counts.iter().filter(|&&count| count == value).count();
        counts
            .iter()
            .copied()
            .max_by_key(|&value| (times(value), value))
    };
    let agreed =
        |count: Option<u64>, event: u64| count.filter(|&count| !is_wider(count, event.max(1)));
    // "Four men shot at bar", "Five wounded at club", and no headline
    // telling of a death: an editor would have put one in, so the one
    // death the facts read is another event's or a misreading.
    // A death two independent sources count stands: later reports tell of
    // a death the first headline did not know of; two copies of one page
    // (a sidebar's "a dead man's phone") are one source.
    let hurt_only = headlines
        .iter()
        .any(|toll| toll.injured.is_some() || toll.shot.is_some())
        && !headlines.iter().any(|toll| toll.death)
        && read.deaths_sourced < 2;
    let killed = agreed(most_given(|toll| toll.killed), facts.killed).unwrap_or(if hurt_only {
        0
    } else {
        facts.killed
    });
    // "Men arrested for gunning down 3 teens": a verb's count of the
    // killed, which may leave out a killer who died, where nothing else
    // counts the dead.
    let killed = if killed == 0 {
        most_given(|toll| toll.slain)
            .and_then(|slain| agreed(Some(slain), 1))
            .unwrap_or(0)
    } else {
        killed
    };
    // "Child dies in accidental shooting": a death told, counted nowhere,
    // is one.
    let killed = if killed == 0 && headlines.iter().any(|toll| toll.died) {
        1
    } else {
        killed
    };
    // One person described as shot ("their child was shot") beside a death
    // only a headline tells ("Boy who shot, killed friend") is the one who
    // died; a number shot ("the other four shooting victims") stays hurt.
    let facts = if killed == facts.killed || !read.one_described_shot {
        facts
    } else {
        Toll {
            killed,
            injured: read.injured_counted.max(shot_not_killed(
                read.shot,
                read.injured_counted,
                killed,
            )),
        }
    };
    let injured = most_given(|toll| toll.injured);
    let injured = match injured {
        // "1 dead, 2 hurt" over "at least two people were hurt": the
        // headline copies a lower bound, which a later count ("one of five
        // people shot") raises.
        Some(injured) if read.injured_at_least.contains(&injured) && facts.injured > injured => {
            agreed(Some(facts.injured), injured)
        }
        Some(injured) => agreed(Some(injured), facts.injured),
        // "Four men shot": the shot who did not die were hurt.
        None => most_given(|toll| toll.shot)
            .and_then(|shot| shot.checked_sub(killed))
            .and_then(|injured| agreed(Some(injured), facts.injured))
            // "Quadruple shooting" names the event loosely ("deadly triple
            // shooting" may leave out a wounded gunman): it adds the people
            // shot the text did not count, and takes none away.
            .or_else(|| {
                most_given(|toll| toll.shooting)
                    .and_then(|shot| shot.checked_sub(killed))
                    .filter(|&injured| injured > facts.injured)
                    .and_then(|injured| agreed(Some(injured), facts.injured))
            }),
    };
    Toll {
        killed,
        injured: injured.unwrap_or(facts.injured),
    }
}

/// The toll of the facts alone.
#[cfg(test)]
fn toll_of(facts: &[Fact]) -> Toll {
    read_facts(facts).toll
}

fn read_facts(facts: &[Fact]) -> FactsToll {
    // "Two men were killed ... 126 people have been killed in the city this
    // year": one article's large count of dead far above another count of
    // the dead is of wider violence.
    let facts = without_wider_deaths(facts);
    let facts = &*facts;
    // "A 2-year-old was killed ... three people were killed", "his son was
    // killed ... eight others were killed": one of the dead described gives
    // way to the number of people killed, or to the largest number of
    // others of any kind killed.
    let killed = match count_of(facts, "killed") {
        Some(count) if !count.numbered => count
            .value
            .max(people_count_of(facts, "killed").unwrap_or(0))
            .max(largest_small_number(facts, "killed")),
        Some(count) => count.value,
        None => 0,
    };
    // "He fatally shot himself ... the seven others fatally shot": the
    // others are besides the killer, who died too.
    let killed = match fact_count_of(facts, "killed") {
        Some((fact, count)) if count.value == killed && others_besides_self(fact) => killed + 1,
        _ => killed,
    };
    // GVA counts as injured everyone shot who did not die: "five people
    // were shot, one fatally" gives 4, when no injured count says more.
    // "Two suspects were shot ... six people were shot": the number of
    // people shot covers the kinds, unless it is of wider violence.
    let shot_count = count_of(facts, "shot");
    let one_described_shot = shot_count.as_ref().is_some_and(|count| !count.numbered);
    let shot = shot_count.map_or(0, |count| count.value);
    let shot = match people_count_of(facts, "shot") {
        Some(people) if !is_wider(people, shot.max(1)) => shot.max(people),
        _ => shot,
    };
    let one_described_shot = one_described_shot && shot <= 1;
    let injured_fact = fact_count_of(facts, "injured");
    let injured = match &injured_fact {
        // "A boy was shot ... the boy died": one person's description as
        // injured beside a death is that person at an earlier stage, unless
        // the description tells someone else; a number of others hurt ("a
        // girl was hurt ... two others were wounded") is then the count.
        Some((hurt, count)) if count.value == 1 && !count.numbered && killed >= 1 => {
            let others = first_number_of(facts, "injured").unwrap_or(0);
            if is_someone_else(facts, hurt) {
                others.max(1)
            } else {
                others
            }
        }
        Some((_, count)) => count.value,
        None => 0,
    };
    // "Two men were wounded ... four people were wounded": the count of
    // people covers the counts of their kinds, unless it is far more than
    // the injured counted ("four people were hurt ... 104 people have been
    // shot in the city this year"): a count of wider violence.
    let people = people_count_of(facts, "injured")
        .filter(|&people| injured_fact.is_none() || !is_wider(people, injured.max(1)));
    let injured = injured.max(people.unwrap_or(0));
    let deaths_sourced = facts
        .iter()
        .filter(|fact| is_count_of(fact, "killed"))
        .map(|fact| fact.independent_sources)
        .max()
        .unwrap_or(0);
    // "A man was killed ... two other men were shot": people shot besides
    // someone counted before lived, or the text would say they died.
    let others_shot = facts
        .iter()
        .filter(|fact| fact.statement.starts_with("additional ") && is_count_of(fact, "shot"))
        .filter_map(leading)
        .filter(|count| count.numbered && !count.bare && count.value < 10)
        .map(|count| count.value)
        .max()
        .unwrap_or(0);
    FactsToll {
        toll: Toll {
            killed,
            injured: injured
                .max(shot_not_killed(shot, injured, killed))
                .max(others_shot),
        },
        injured_counted: injured,
        one_described_shot,
        shot,
        deaths_sourced,
        injured_at_least: facts
            .iter()
            .filter(|fact| is_count_of(fact, "injured"))
            .flat_map(|fact| &fact.variants)
            .filter(|variant| variant.qualifier == Qualifier::AtLeast)
            .map(|variant| variant.value.max(0.0).round() as u64)
            .collect(),
    }
}

/// Everyone shot who did not die, unless the number shot is of wider
/// violence than the injured and the dead.
fn shot_not_killed(shot: u64, injured: u64, killed: u64) -> u64 {
    if injured + killed > 0 && is_wider(shot, injured + killed) {
        0
    } else {
        shot.saturating_sub(killed)
    }
}

/// Tells whether a count is of wider violence than the event whose own
/// count is `event`: 10 or more, and over twice as many.
fn is_wider(count: u64, event: u64) -> bool {
    count >= 10 && count > 2 * event
}

/// A count of people and whether it was written as a number.
struct Count {
    value: u64,
    /// Written with a number ("one man", "two others"), not as one person's
    /// description ("a teenage boy", "the victim").
    numbered: bool,
    /// Written as a figure alone ("27"), with no word.
    bare: bool,
}

/// The first (most sourced) count of people with the participle in its
/// statement (see [`is_count_of`]); "dozens" or "hundreds" is no count. A
/// bare figure of 10 or more with no word ("27", read off "Ada Kerr, 27,
/// and two others") is most often an age or a house number: a count that
/// large is written with what it counts ("27 people").
fn count_of(facts: &[Fact], participle: &str) -> Option<Count> {
    fact_count_of(facts, participle).map(|(_, count)| count)
}

/// [`count_of`] with the fact it is read off.
fn fact_count_of<'f>(facts: &'f [Fact], participle: &str) -> Option<(&'f Fact, Count)> {
    facts
        .iter()
        .filter(|fact| is_count_of(fact, participle))
        .filter_map(|fact| leading(fact).map(|count| (fact, count)))
        .find(|(_, count)| !(count.bare && count.value >= 10))
}

/// Kinds that tell nothing of who is meant ("the victim", "one person").
const ANYONE: &[&str] = &["person", "victim", "other", "people"];

/// Words that name someone already named ("shot himself").
const PRONOUNS: &[&str] = &[
    "he",
    "she",
    "him",
    "her",
    "himself",
    "herself",
    "they",
    "them",
    "themselves",
];

/// Tells whether the one person a fact describes as hurt is someone other
/// than the dead: of another age than everyone aged among the shot and
/// the dead ("the 14-year-old was hurt" beside "the 19-year-old was shot"
/// and one dead), or of a kind shot and never killed ("her mother was
/// shot ... her mother was hurt" beside "a 10-year-old girl was killed").
fn is_someone_else(facts: &[Fact], hurt: &Fact) -> bool {
    let Some(described) = hurt
        .variants
        .iter()
        .find(|variant| variant.qualifier != Qualifier::Vague)
    else {
        return false;
    };
    let harmed = || {
        facts
            .iter()
            .filter(|fact| is_count_of(fact, "killed") || is_count_of(fact, "shot"))
    };
    if let Some(age) = age_of(&described.text) {
        let ages: Vec<u64> = harmed()
            .flat_map(|fact| &fact.variants)
            .filter_map(|variant| age_of(&variant.text))
            .collect();
        if !ages.is_empty() && !ages.contains(&age) {
            return true;
        }
    }
    let kind = hurt.subject.as_str();
    if ANYONE.contains(&kind) {
        return false;
    }
    let of_kind = |participle: &'static str| {
        facts
            .iter()
            .filter(move |fact| fact.subject == kind && is_count_of(fact, participle))
    };
    of_kind("shot").any(|fact| {
        fact.variants
            .iter()
            .any(|variant| !PRONOUNS.contains(&fold(&variant.text).as_str()))
    }) && of_kind("killed").next().is_none()
}

/// Tells whether a fact of people killed counts others ("seven others")
/// and gives the one they are besides as one who killed himself
/// ("himself"), each variant on its own.
fn others_besides_self(fact: &Fact) -> bool {
    let texts: Vec<String> = fact
        .variants
        .iter()
        .map(|variant| fold(&variant.text))
        .collect();
    texts
        .iter()
        .any(|text| matches!(text.as_str(), "himself" | "herself"))
        && texts.iter().any(|text| {
            let mut words = text.split(' ');
            words.next().is_some_and(|word| word != "the")
                && words.next() == Some("others")
                && words.next().is_none()
        })
}

/// The age a description gives ("the 14-year-old", "a 9-yr-old boy").
fn age_of(text: &str) -> Option<u64> {
    let folded = fold(text);
    let words: Vec<&str> = folded.split(' ').collect();
    words.windows(3).find_map(|triple| match triple {
        [number, "year" | "yr", "old"] => number.parse().ok(),
        _ => None,
    })
}

/// The first count written as a number with words ("two others", not
/// "2") among the facts of people with the participle.
fn first_number_of(facts: &[Fact], participle: &str) -> Option<u64> {
    numbered_counts_of(facts, participle).next()
}

/// The leading counts written as a number with words ("two others", not
/// "2") of the facts of people with the participle, in order.
fn numbered_counts_of<'f>(
    facts: &'f [Fact],
    participle: &'f str,
) -> impl Iterator<Item = u64> + 'f {
    facts
        .iter()
        .filter(move |fact| is_count_of(fact, participle))
        .filter_map(leading)
        .filter(|count| count.numbered && !count.bare)
        .map(|count| count.value)
}

/// The facts without the counts of dead of wider violence: a count of 10
/// or more stated by one article only, over twice another count of the
/// dead ("a man was killed ... 126 people killed this year"). A count two
/// articles give, or one with no smaller count beside it, stays.
fn without_wider_deaths(facts: &[Fact]) -> Cow<'_, [Fact]> {
    let deaths: Vec<(usize, Count, usize)> = facts
        .iter()
        .enumerate()
        .filter(|(_, fact)| is_count_of(fact, "killed"))
        .filter_map(|(at, fact)| {
            let sources = fact.variants.iter().map(|v| v.articles.len()).sum();
            leading(fact).map(|count| (at, count, sources))
        })
        .collect();
    let wider: Vec<usize> = deaths
        .iter()
        .filter(|(at, count, sources)| {
            *sources == 1
                && count.value >= 10
                && deaths.iter().any(|(other, smaller, _)| {
                    other != at
                        && !smaller.bare
                        && smaller.value >= 1
                        && is_wider(count.value, smaller.value)
                })
        })
        .map(|(at, _, _)| *at)
        .collect();
    if wider.is_empty() {
        return Cow::Borrowed(facts);
    }
    Cow::Owned(
        facts
            .iter()
            .enumerate()
            .filter(|(at, _)| !wider.contains(at))
            .map(|(_, fact)| fact.clone())
            .collect(),
    )
}

/// The largest count written as a number with words ("eight others", not
/// "8") among the facts of people with the participle, under 10: a larger
/// one beside a single person described is most often of wider violence
/// ("one of 46 people shot in the city this weekend").
fn largest_small_number(facts: &[Fact], participle: &str) -> u64 {
    numbered_counts_of(facts, participle)
        .filter(|&value| value < 10)
        .max()
        .unwrap_or(0)
}

/// Tells whether a fact counts people with the participle in its
/// statement at the time of the news: a fact about "counts", "years" or
/// "rounds" killed is a misread of another number.
fn is_count_of(fact: &Fact, participle: &str) -> bool {
    fact.kind == "count"
        && is_people(&fact.subject)
        && (fact.statement.split(' ').any(|word| word == participle)
            || (participle == "shot" && names_the_shot(fact)))
        && !is_of_another_time(&fact.statement)
}

/// Tells whether a count with no verb names people shot by what it counts
/// ("two other gunshot victims arrived at the hospital").
fn names_the_shot(fact: &Fact) -> bool {
    let mut words = fact.statement.split(' ').rev();
    words.next() == Some("victims") && words.any(|word| matches!(word, "gunshot" | "shooting"))
}

/// The first count of people as such ("people", not "men" or "teens") with
/// the participle, written as a number and counted on its own (not "four
/// other people", which adds to someone counted before).
fn people_count_of(facts: &[Fact], participle: &str) -> Option<u64> {
    facts
        .iter()
        .filter(|fact| {
            fact.kind == "count"
                && fact.subject == "person"
                && fact.statement.split(' ').any(|word| word == participle)
                && !fact.statement.starts_with("additional ")
                && !is_of_another_time(&fact.statement)
        })
        .find_map(leading)
        .filter(|count| count.numbered)
        .map(|count| count.value)
}

/// The count a fact gives: its leading variant that is no vague "dozens",
/// and of its variants written as numbers the first, when one person's
/// description ("himself", "the seventh person") leads: the number is
/// what the articles count, the description one of those counted.
fn leading(fact: &Fact) -> Option<Count> {
    let mut count = leading_variant(fact)?;
    count.value = count.value.max(named_total(fact));
    Some(count)
}

/// The people a fact's variants name when two or more variants name
/// people and no two share a name's word ("Ada Kerr, 22, was killed ...
/// the gunman killed Bo Lund and Cy Nye"): different names are different
/// people, so the variants count them in parts; 0 otherwise.
fn named_total(fact: &Fact) -> u64 {
    let named: Vec<(&FactVariant, Vec<&str>)> = fact
        .variants
        .iter()
        .filter_map(|variant| name_words(&variant.text).map(|words| (variant, words)))
        .collect();
    let shared = named.iter().enumerate().any(|(at, (_, words))| {
        named[at + 1..]
            .iter()
            .any(|(_, others)| words.iter().any(|word| others.contains(word)))
    });
    if named.len() < 2 || shared {
        return 0;
    }
    named
        .iter()
        .map(|(variant, _)| variant.value.max(0.0).round() as u64)
        .sum()
}

/// The capitalised words of a variant that opens with a full name, after
/// an age at most ("Ada Kerr, 22", "19-year-old Bo Lund"), `None` when it
/// opens otherwise ("the victim", "A man").
fn name_words(text: &str) -> Option<Vec<&str>> {
    let words: Vec<&str> = text
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '-' || ch == '\''))
        .filter(|word| !word.is_empty())
        .collect();
    let opening = match words.first() {
        Some(first) if first.contains("-old") => &words[1..],
        _ => &words[..],
    };
    let capitalised = |word: &&str| word.chars().next().is_some_and(char::is_uppercase);
    let [given, surname, ..] = opening else {
        return None;
    };
    let openers = ["A", "An", "The", "One", "Two", "Three", "Four", "Five"];
    if !(capitalised(given) && capitalised(surname)) || openers.contains(given) {
        return None;
    }
    Some(words.into_iter().filter(|word| capitalised(word)).collect())
}

/// [`leading`] before the names the variants add up to.
fn leading_variant(fact: &Fact) -> Option<Count> {
    let mut variants = fact
        .variants
        .iter()
        .filter(|variant| variant.qualifier != Qualifier::Vague);
    let lead = variants.next()?;
    let first = counted(lead);
    if first.numbered {
        // "At least one person was hurt ... four others were hurt": a
        // lower bound allows the larger number the fact also gives.
        if lead.qualifier == Qualifier::AtLeast {
            let larger = fact
                .variants
                .iter()
                .filter(|variant| variant.qualifier != Qualifier::Vague)
                .map(counted)
                .filter(|count| count.numbered && !count.bare)
                .filter(|count| !is_wider(count.value, first.value.max(1)))
                .max_by_key(|count| count.value);
            return Some(match larger {
                Some(count) if count.value > first.value => count,
                _ => first,
            });
        }
        return Some(first);
    }
    // A bare figure ("29") is as often an age or a house number misread.
    let written = variants
        .filter(|variant| variant.text.chars().any(char::is_alphabetic))
        .map(counted)
        .find(|count| count.numbered);
    Some(written.unwrap_or(first))
}

/// A variant as a count, with whether it is written as a number.
fn counted(variant: &FactVariant) -> Count {
    let folded = fold(&variant.text);
    // "Nineteen people", "twenty-one others" are numbers too.
    let is_number = |word: &str| {
        COUNT_WORDS.contains(&word)
            || word.chars().next().is_some_and(|ch| ch.is_ascii_digit())
            || word
                .split('-')
                .next()
                .is_some_and(crate::analyse::is_number_word)
    };
    let first = folded.split(' ').next().unwrap_or("");
    // "he and three others": one person and a number of others, a number.
    let after_and = folded
        .split_once(" and ")
        .and_then(|(_, rest)| rest.split(' ').next())
        .is_some_and(is_number);
    Count {
        value: variant.value.max(0.0).round() as u64,
        numbered: is_number(first) || after_and,
        bare: !variant.text.chars().any(char::is_alphabetic),
    }
}

/// Tells whether a fact's statement places it at another time than the
/// news ("people killed in 2012", "people shot since Friday"): a count of
/// earlier or wider violence, not of this incident.
fn is_of_another_time(statement: &str) -> bool {
    let words: Vec<&str> = statement.split(' ').collect();
    words.windows(2).any(|pair| match pair {
        ["since", _] => true,
        ["in", year] => year.len() == 4 && year.chars().all(|ch| ch.is_ascii_digit()),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FactStatus, LaterDeaths};

    fn fact(statement: &str, subject: &str, variants: &[(f64, &str)]) -> Fact {
        Fact {
            id: String::new(),
            kind: "count".to_string(),
            subject: subject.to_string(),
            statement: statement.to_string(),
            status: FactStatus::SingleSource,
            variants: variants
                .iter()
                .map(|&(value, text)| FactVariant {
                    value,
                    high: None,
                    qualifier: Qualifier::Exact,
                    text: text.to_string(),
                    articles: Vec::new(),
                    evidence: Vec::new(),
                    attributed_to: None,
                })
                .collect(),
            independent_sources: 1,
        }
    }

    #[test]
    fn everyone_shot_who_did_not_die_is_injured() {
        let facts = [
            fact("people shot", "person", &[(5.0, "Five people")]),
            fact("men killed", "man", &[(1.0, "one man")]),
        ];
        assert_eq!(
            toll_of(&facts),
            Toll {
                killed: 1,
                injured: 4
            }
        );
    }

    #[test]
    fn one_person_hurt_then_dead_is_not_also_injured() {
        let facts = [
            fact("boys killed", "boy", &[(1.0, "A 14-year-old boy")]),
            fact("boys injured", "boy", &[(1.0, "the boy")]),
        ];
        assert_eq!(
            toll_of(&facts),
            Toll {
                killed: 1,
                injured: 0
            }
        );
        // A number of injured stays, beside a death too.
        let facts = [
            fact("men killed", "man", &[(1.0, "A man")]),
            fact("others injured", "other", &[(1.0, "one other")]),
        ];
        assert_eq!(toll_of(&facts).injured, 1);
        // And without a death, the one described as hurt is injured.
        let facts = [fact("boys injured", "boy", &[(1.0, "the boy")])];
        assert_eq!(toll_of(&facts).injured, 1);
    }

    #[test]
    fn one_hurt_described_as_someone_else_than_the_dead_is_injured() {
        // Another age than the one shot who died.
        let facts = [
            fact("others killed", "other", &[(1.0, "One")]),
            fact("men shot", "man", &[(1.0, "The 19-year-old")]),
            fact("people injured", "person", &[(1.0, "the 14-year-old")]),
        ];
        assert_eq!(toll_of(&facts).injured, 1);
        // A kind shot and hurt, never killed.
        let facts = [
            fact("girls killed", "girl", &[(1.0, "an 8-year-old girl")]),
            fact("fathers shot", "father", &[(1.0, "her father")]),
            fact("fathers injured", "father", &[(1.0, "her father")]),
        ];
        assert_eq!(toll_of(&facts).injured, 1);
        // The same age, or a kind only a pronoun tells shot, is the dead.
        let facts = [
            fact("men killed", "man", &[(1.0, "a man")]),
            fact("men shot", "man", &[(1.0, "A 24-year-old man")]),
            fact("men injured", "man", &[(1.0, "the 24-year-old man")]),
        ];
        assert_eq!(toll_of(&facts).injured, 0);
        let facts = [
            fact("boys killed", "boy", &[(1.0, "a young boy")]),
            fact("children shot", "child", &[(1.0, "himself")]),
            fact("children injured", "child", &[(1.0, "a child")]),
        ];
        assert_eq!(toll_of(&facts).injured, 0);
    }

    #[test]
    fn the_number_of_people_covers_a_description_and_the_kinds() {
        let facts = [
            fact("children killed", "child", &[(1.0, "A 2-year-old")]),
            fact("people killed", "person", &[(3.0, "three people")]),
            fact("men injured", "man", &[(2.0, "two men")]),
            fact("people injured", "person", &[(4.0, "four people")]),
        ];
        assert_eq!(
            toll_of(&facts),
            Toll {
                killed: 3,
                injured: 4
            }
        );
        // A number of killed stands; "other people" adds to it.
        let facts = [
            fact("men killed", "man", &[(1.0, "one man")]),
            fact("people killed", "person", &[(3.0, "three people")]),
            fact(
                "additional people injured",
                "person",
                &[(4.0, "four other people")],
            ),
            fact("people injured", "person", &[(2.0, "the two")]),
        ];
        assert_eq!(
            toll_of(&facts),
            Toll {
                killed: 1,
                injured: 4
            }
        );
    }

    #[test]
    fn others_killed_besides_one_who_killed_himself_add_him() {
        let facts = [fact(
            "people killed",
            "person",
            &[(1.0, "himself"), (3.0, "three others")],
        )];
        assert_eq!(toll_of(&facts).killed, 4);
        // Others alone are the count.
        let facts = [fact("people killed", "person", &[(3.0, "three others")])];
        assert_eq!(toll_of(&facts).killed, 3);
    }

    #[test]
    fn a_number_of_people_leads_over_one_described() {
        let facts = [fact(
            "people killed",
            "person",
            &[(1.0, "himself"), (2.0, "Two people")],
        )];
        assert_eq!(toll_of(&facts).killed, 2);
        // A number in words of any size; a bare figure is no such number.
        let facts = [fact(
            "people injured",
            "person",
            &[(1.0, "the victim"), (29.0, "29"), (19.0, "Nineteen people")],
        )];
        assert_eq!(toll_of(&facts).injured, 19);
        // Alone, the one described is the count.
        let facts = [fact("people killed", "person", &[(1.0, "himself")])];
        assert_eq!(toll_of(&facts).killed, 1);
    }

    #[test]
    fn a_large_bare_figure_is_no_count_of_the_harmed() {
        // "Ada Kerr, 27, and four others were shot": the age read as a count.
        let facts = [
            fact("others killed", "other", &[(27.0, "27")]),
            fact("men killed", "man", &[(1.0, "one person")]),
            fact("others shot", "other", &[(27.0, "27")]),
            fact("men injured", "man", &[(4.0, "four others")]),
        ];
        assert_eq!(
            toll_of(&facts),
            Toll {
                killed: 1,
                injured: 4
            }
        );
        // A small one alone still counts.
        let facts = [fact("others injured", "other", &[(3.0, "3")])];
        assert_eq!(toll_of(&facts).injured, 3);
    }

    #[test]
    fn one_dead_described_gives_way_to_a_number_of_others_killed() {
        let facts = [
            fact("sons killed", "son", &[(1.0, "his young son")]),
            fact("others killed", "other", &[(8.0, "eight others")]),
        ];
        assert_eq!(toll_of(&facts).killed, 8);
        // Not to a bare figure, nor to a count of wider violence.
        let facts = [
            fact("boys killed", "boy", &[(1.0, "a 16-year-old")]),
            fact("others killed", "other", &[(4.0, "4")]),
            fact("men killed", "man", &[(46.0, "46 men")]),
        ];
        assert_eq!(toll_of(&facts).killed, 1);
    }

    #[test]
    fn a_count_far_above_the_event_is_of_wider_violence() {
        let facts = [
            fact("people injured", "person", &[(4.0, "Four people")]),
            fact("people shot", "person", &[(104.0, "104 people")]),
        ];
        assert_eq!(toll_of(&facts).injured, 4);
        let facts = [
            fact("men injured", "man", &[(3.0, "three men")]),
            fact("people injured", "person", &[(18.0, "18 people")]),
        ];
        assert_eq!(toll_of(&facts).injured, 3);
        // A count of people shot near the injured still covers them.
        let facts = [
            fact("men killed", "man", &[(1.0, "one man")]),
            fact("others injured", "other", &[(5.0, "five others")]),
            fact("people shot", "person", &[(12.0, "12 people")]),
        ];
        assert_eq!(toll_of(&facts).injured, 11);
    }

    #[test]
    fn counts_of_another_time_or_of_things_are_no_toll() {
        let facts = [
            fact("people killed in 2012", "person", &[(40.0, "40 people")]),
            fact("rounds", "round", &[(12.0, "12 rounds")]),
            fact("rounds shot", "round", &[(12.0, "12 rounds")]),
            // "The boy had more than one gunshot wound", "two separate
            // shootings killed": things named by their last word.
            fact(
                "gunshot wounds injured",
                "gunshot wound",
                &[(1.0, "more than one gunshot wound")],
            ),
            fact(
                "separate shootings killed",
                "separate shooting",
                &[(2.0, "two separate shootings")],
            ),
        ];
        assert_eq!(toll_of(&facts), Toll::default());
    }

    #[test]
    fn the_number_of_people_shot_covers_its_kinds() {
        // "Two gunmen were shot ... six people were shot in all."
        let facts = [
            fact("gunmen shot", "gunman", &[(2.0, "Two gunmen")]),
            fact("people shot", "person", &[(6.0, "six people")]),
        ];
        assert_eq!(toll_of(&facts).injured, 6);
        // Not when it is of wider violence.
        let facts = [
            fact("gunmen shot", "gunman", &[(2.0, "Two gunmen")]),
            fact("people shot", "person", &[(40.0, "40 people")]),
        ];
        assert_eq!(toll_of(&facts).injured, 2);
    }

    #[test]
    fn a_number_hurt_follows_one_described_beside_a_death() {
        // "A toddler was hurt and later died; three others were wounded."
        let facts = [
            fact("men killed", "man", &[(2.0, "two men")]),
            fact("toddlers injured", "toddler", &[(1.0, "A toddler")]),
            fact("others injured", "other", &[(3.0, "three others")]),
        ];
        assert_eq!(
            toll_of(&facts),
            Toll {
                killed: 2,
                injured: 3
            }
        );
    }

    #[test]
    fn a_lower_bound_gives_way_to_the_larger_number_it_allows() {
        let mut hedged = fact(
            "people injured",
            "person",
            &[(1.0, "at least one person"), (4.0, "four others")],
        );
        hedged.variants[0].qualifier = Qualifier::AtLeast;
        assert_eq!(toll_of(&[hedged.clone()]).injured, 4);
        // An exact count does not.
        hedged.variants[0].qualifier = Qualifier::Exact;
        assert_eq!(toll_of(&[hedged]).injured, 1);
    }

    #[test]
    fn one_article_s_large_count_of_dead_beside_a_small_one_is_wider() {
        // "A man was killed ... 80 people have been killed here this year."
        let mut wider = fact("people killed", "person", &[(80.0, "80 people")]);
        wider.variants[0].articles = vec![crate::model::DocId("a".to_string())];
        let facts = [wider.clone(), fact("men killed", "man", &[(1.0, "A man")])];
        assert_eq!(toll_of(&facts).killed, 1);
        // Two articles giving it make it the event's.
        wider.variants[0]
            .articles
            .push(crate::model::DocId("b".to_string()));
        let facts = [wider, fact("men killed", "man", &[(1.0, "A man")])];
        assert_eq!(toll_of(&facts).killed, 80);
    }

    fn from_headlines(titles: &[&str], facts: &[Fact]) -> Toll {
        let reconciliation = Reconciliation {
            facts: facts.to_vec(),
            headline_tolls: titles.iter().filter_map(|t| headline_toll(t)).collect(),
            ..Reconciliation::default()
        };
        toll(&reconciliation)
    }

    #[test]
    fn the_headlines_count_where_the_text_counts_in_parts() {
        let facts = [
            fact("men killed", "man", &[(1.0, "a man")]),
            fact("others injured", "other", &[(2.0, "two others")]),
        ];
        let toll = from_headlines(&["1 dead, 3 hurt in bar shooting"], &facts);
        assert_eq!(
            toll,
            Toll {
                killed: 1,
                injured: 3
            }
        );
        // Two headlines against one: the count most give.
        let titles = [
            "Four wounded at party",
            "Three wounded at party",
            "Four hurt at party",
        ];
        assert_eq!(from_headlines(&titles, &[]).injured, 4);
        // A tie goes to the larger, the later report.
        let titles = ["Three teens shot at party", "Four teens shot at party"];
        assert_eq!(
            from_headlines(&titles, &[]),
            Toll {
                killed: 0,
                injured: 4
            }
        );
    }

    #[test]
    fn others_shot_besides_the_dead_are_injured() {
        // "A man was killed ... two other men were shot."
        let facts = [
            fact("men killed", "man", &[(1.0, "A man")]),
            fact("additional men shot", "man", &[(2.0, "two other men")]),
        ];
        assert_eq!(
            toll_of(&facts),
            Toll {
                killed: 1,
                injured: 2
            }
        );
        // "Two other gunshot victims arrived at the hospital": no verb,
        // yet people shot.
        let facts = [
            fact("men killed", "man", &[(2.0, "Two men")]),
            fact(
                "additional gunshot victims",
                "gunshot victim",
                &[(2.0, "Two other gunshot victims")],
            ),
        ];
        assert_eq!(
            toll_of(&facts),
            Toll {
                killed: 2,
                injured: 2
            }
        );
    }

    #[test]
    fn a_headline_copying_a_lower_bound_gives_way_to_a_larger_count() {
        // "At least two people were hurt ... the man was one of five
        // people shot."
        let mut hedged = fact("people injured", "person", &[(2.0, "at least two people")]);
        hedged.variants[0].qualifier = Qualifier::AtLeast;
        let facts = [
            fact("men killed", "man", &[(1.0, "One man")]),
            hedged,
            fact("people shot", "person", &[(5.0, "five people")]),
        ];
        let toll = from_headlines(&["1 dead, 2 hurt in Eastport bar shooting"], &facts);
        assert_eq!(
            toll,
            Toll {
                killed: 1,
                injured: 4
            }
        );
        // A count the text states as such stands.
        let facts = [
            fact("men killed", "man", &[(1.0, "One man")]),
            fact("people injured", "person", &[(2.0, "two people")]),
            fact("people shot", "person", &[(5.0, "five people")]),
        ];
        let toll = from_headlines(&["1 dead, 2 hurt in Eastport bar shooting"], &facts);
        assert_eq!(toll.injured, 2);
    }

    #[test]
    fn the_shot_in_a_headline_less_the_dead_are_the_injured() {
        let facts = [fact("women killed", "woman", &[(1.0, "a woman")])];
        let toll = from_headlines(
            &[
                "Five people shot near stadium",
                "Woman dies after stadium shooting",
            ],
            &facts,
        );
        assert_eq!(
            toll,
            Toll {
                killed: 1,
                injured: 4
            }
        );
    }

    #[test]
    fn a_shooting_named_by_its_count_adds_the_shot_the_text_left_out() {
        let facts = [fact("men shot", "man", &[(1.0, "A 30-year-old man")])];
        let titles = ["Police investigate quadruple shooting near park"];
        assert_eq!(
            from_headlines(&titles, &facts),
            Toll {
                killed: 0,
                injured: 4
            }
        );
        // It takes none away, nor does it say that no one died.
        let facts = [
            fact("men killed", "man", &[(2.0, "two men")]),
            fact("men injured", "man", &[(1.0, "one man")]),
        ];
        let titles = ["Arrest made in double shooting"];
        assert_eq!(
            from_headlines(&titles, &facts),
            Toll {
                killed: 2,
                injured: 1
            }
        );
    }

    #[test]
    fn headlines_counting_only_the_hurt_mean_no_one_died() {
        let facts = [fact("men killed", "man", &[(1.0, "a man")])];
        let titles = [
            "Four men shot near park",
            "Police seek gunman after park shooting",
        ];
        assert_eq!(
            from_headlines(&titles, &facts),
            Toll {
                killed: 0,
                injured: 4
            }
        );
        // A later headline telling of a death keeps it.
        let titles = ["Four men shot near park", "Man shot near park dies"];
        assert_eq!(
            from_headlines(&titles, &facts),
            Toll {
                killed: 1,
                injured: 3
            }
        );
    }

    #[test]
    fn a_death_two_articles_count_outlasts_a_headline_of_the_hurt() {
        // Two independent sources, in one wording or two ("one woman",
        // "the woman").
        let mut dead = fact("women killed", "woman", &[(1.0, "one woman")]);
        dead.independent_sources = 2;
        let titles = ["Seven hurt in gunfire outside club"];
        assert_eq!(
            from_headlines(&titles, &[dead]),
            Toll {
                killed: 1,
                injured: 7
            }
        );
        // Two copies of one outlet's page are one source.
        let mut dead = fact("others killed", "other", &[(1.0, "one")]);
        dead.variants[0].articles = vec![
            crate::model::DocId("a".to_string()),
            crate::model::DocId("b".to_string()),
        ];
        assert_eq!(from_headlines(&titles, &[dead]).killed, 0);
    }

    #[test]
    fn one_described_shot_is_the_death_a_headline_tells() {
        // "The girl who shot their son" and "Girl who shot, killed brother".
        let facts = [fact("sons shot", "son", &[(1.0, "their son")])];
        let titles = ["No charges for girl who shot, killed brother"];
        assert_eq!(
            from_headlines(&titles, &facts),
            Toll {
                killed: 1,
                injured: 0
            }
        );
        // A number shot beside it are others, hurt.
        let facts = [fact("women shot", "woman", &[(2.0, "Two women")])];
        let titles = ["Man killed outside store"];
        assert_eq!(
            from_headlines(&titles, &facts),
            Toll {
                killed: 1,
                injured: 2
            }
        );
    }

    #[test]
    fn a_verb_s_count_of_the_killed_counts_where_nothing_else_does() {
        let facts = [fact("others injured", "other", &[(2.0, "two others")])];
        let titles = ["Men arrested for gunning down 3 teens near Eastport"];
        assert_eq!(
            from_headlines(&titles, &facts),
            Toll {
                killed: 3,
                injured: 2
            }
        );
        // A count of the dead the text gives stands.
        let facts = [fact("people killed", "person", &[(4.0, "four people")])];
        let titles = ["Gunman kills 3 at Harbourside diner"];
        assert_eq!(from_headlines(&titles, &facts).killed, 4);
    }

    #[test]
    fn a_death_a_headline_tells_and_nothing_counts_is_one() {
        let facts = [fact("children", "child", &[(2.0, "two children")])];
        let toll = from_headlines(&["Child dies in accidental shooting"], &facts);
        assert_eq!(
            toll,
            Toll {
                killed: 1,
                injured: 0
            }
        );
        let toll = from_headlines(&["Man charged with attempted murder"], &[]);
        assert_eq!(
            toll,
            Toll {
                killed: 0,
                injured: 0
            }
        );
    }

    #[test]
    fn a_headline_count_of_wider_violence_gives_way_to_the_facts() {
        let facts = [fact("people injured", "person", &[(2.0, "two people")])];
        let toll = from_headlines(&["Gunfire in city leaves 31 hurt this year"], &facts);
        assert_eq!(
            toll,
            Toll {
                killed: 0,
                injured: 2
            }
        );
    }

    #[test]
    fn a_rank_among_the_harmed_is_a_lower_bound_on_them() {
        // "Three men were shot, one fatally ... a fifth victim arrived at a
        // hospital later": five harmed, one of them dead.
        let facts = [
            fact("men shot", "man", &[(3.0, "Three men")]),
            fact("men killed", "man", &[(1.0, "one man")]),
            fact("victims injured", "victim", &[(1.0, "a fifth victim")]),
        ];
        let toll = from_headlines(&["1 dead, 2 hurt in Eastport shooting"], &facts);
        assert_eq!(
            toll,
            Toll {
                killed: 1,
                injured: 4
            }
        );
        let facts = [fact("teens injured", "teen", &[(1.0, "an 8th teen")])];
        assert_eq!(from_headlines(&[], &facts).injured, 8);
        // A rank among the dead may be the city's, this year.
        let facts = [
            fact("men killed", "man", &[(1.0, "one man")]),
            fact("people killed", "person", &[(1.0, "the fifth person")]),
        ];
        assert_eq!(from_headlines(&[], &facts).injured, 0);
        // A floor, a family or a lone first are no ranks of the harmed.
        for text in ["the third floor victim", "a third son", "the first victim"] {
            let facts = [fact("people shot", "person", &[(1.0, text)])];
            assert_eq!(from_headlines(&[], &facts).injured, 1, "{text}");
        }
    }

    #[test]
    fn variants_naming_different_people_add_up() {
        // "Ada Kerr, 33, was killed ... the gunman killed Bo Lund, 18, and
        // Cy Nye, 20."
        let facts = [fact(
            "people killed",
            "person",
            &[
                (1.0, "Ada Kerr, a 33-year-old woman"),
                (2.0, "Bo Lund, 18, and Cy Nye, 20"),
            ],
        )];
        assert_eq!(toll_of(&facts).killed, 3);
        // One person written twice shares a name's word.
        let facts = [fact(
            "people killed",
            "person",
            &[(1.0, "19-year-old Ada Kerr"), (1.0, "Ada Kerr-Lund, 19")],
        )];
        assert_eq!(toll_of(&facts).killed, 1);
        // A description is no name.
        let facts = [fact(
            "people killed",
            "person",
            &[(1.0, "Ada Kerr"), (1.0, "The victim")],
        )];
        assert_eq!(toll_of(&facts).killed, 1);
    }

    #[test]
    fn the_hurt_some_of_whom_later_died_are_hurt_no_more() {
        // "Three men were wounded in Eastport ... two of them later died."
        let facts = [fact("men injured", "man", &[(3.0, "three men")])];
        let later = |hurt, died| Reconciliation {
            facts: facts.to_vec(),
            later_deaths: vec![LaterDeaths { hurt, died }],
            ..Reconciliation::default()
        };
        assert_eq!(
            toll(&later(3, 2)),
            Toll {
                killed: 2,
                injured: 1
            }
        );
        // Dead out of another group than the hurt counted leave them be.
        assert_eq!(
            toll(&later(4, 1)),
            Toll {
                killed: 0,
                injured: 3
            }
        );
    }

    #[test]
    fn one_also_shot_whom_no_count_covers_is_one_more_hurt() {
        // "Three men were wounded ... a woman was also shot."
        let facts = [
            fact("men injured", "man", &[(3.0, "three men")]),
            fact("additional women shot", "woman", &[(1.0, "A woman")]),
        ];
        assert_eq!(from_headlines(&[], &facts).injured, 4);
        // A count of people takes in every kind.
        let mut covered = facts.to_vec();
        covered.push(fact("people shot", "person", &[(3.0, "three people")]));
        assert_eq!(from_headlines(&[], &covered).injured, 3);
        // So does a count of her kind.
        let mut covered = facts.to_vec();
        covered.push(fact("women injured", "woman", &[(1.0, "her")]));
        assert_eq!(from_headlines(&[], &covered).injured, 3);
        // A rank counts her among the harmed, once.
        let ranked = [
            fact("men injured", "man", &[(3.0, "three men")]),
            fact("additional women shot", "woman", &[(1.0, "a fourth woman")]),
        ];
        assert_eq!(from_headlines(&[], &ranked).injured, 4);
        // A headline's count of the hurt is the whole.
        assert_eq!(
            from_headlines(&["3 wounded in Eastport"], &facts).injured,
            3
        );
    }
}
