//! Setting: where and when a story's event happened, with the articles that
//! say so.
//!
//! A reader opening a dossier first wants to know where and when the thing
//! happened. Neither is a single field of an article: the day is written as
//! "on Sunday", "May 25" or not at all, and the town hides in a dateline
//! ("EASTPORT, Ore. (AP) —"), in the name of its police force ("the Eastport
//! Police Department") or among mentions of streets, counties and states.
//! This module reads both off the story's documents and its timeline:
//!
//! - **when**: the day most articles date the event on, within a few days
//!   before the first report (a follow-up months later may date it further
//!   back only by a calendar day written in a sentence about the harm), or
//!   the first report's day when no article dates it;
//! - **where**: the most specific place the articles put the event in (a
//!   town over its county, a county over its region, a region over its
//!   country), each article voting with its strongest way of naming it (and
//!   a little more for a place its headline names), plus the region and
//!   country the articles name around it; where no text names a town, the
//!   city a local outlet's host names.
//!
//! The weights and windows were tuned on the dev split of the facts
//! benchmark (`cargo xtask bench facts --split dev`), which scores this
//! module's answer against the incidents' recorded date and city.

#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::analyse::lexicon::{key, lexicon};
use crate::analyse::us_places::{is_state_short_form, us_places};
use crate::model::{
    DateBasis, DocId, Document, EntityKind, Mention, PartialDate, PlaceBasis, PlaceLevel,
    PlaceSource, Setting, SettingDate, SettingPlace, TextRange, TimelineEvent,
};
use crate::reconcile::timeline::REPORTED;
use crate::text::{FastMap, fold};

/// How many days before the first report the event's day may lie. Tuned on
/// the dev split of the facts bench (1: 0.692, 2: 0.727, 3: 0.742, 5: 0.730,
/// 10: 0.692 before sentences of harm were preferred; with them 2: 0.759,
/// 3: 0.767, 4: 0.774, 5: 0.765): farther back, a weekday resolved to the
/// week before wins too often.
pub const MAX_DAYS_BEFORE_FIRST_REPORT: i64 = 4;

/// How far before the first report a calendar day written in a sentence
/// about the harm may lie, for follow-ups weeks or months later. Tuned on
/// the dev split of the facts bench (gold / predicted clusters: 30 days
/// 0.759 / 0.704, 60 days 0.774 / 0.723, 365 days 0.774 / 0.730).
pub const MAX_DAYS_BEFORE_FOLLOW_UP: i64 = 365;

/// Votes of an article that names the place in its dateline. A dateline
/// says where the story was filed, which is often but not always where the
/// event was (an outlet's home city), so it weighs less than a local force.
/// Tried and not kept (dev city, gold clusters, from 0.786): 1, 0.780; a
/// large city's dateline counting 1 where the article names another town
/// with its region or its force, 0.782 (the newsroom's city is often the
/// scene, and the other town a suburb it names).
pub const DATELINE_WEIGHT: u32 = 2;

/// Votes of an article that names the place's own police or fire service:
/// a force acts where it serves, so this nearly says where it happened.
pub const LOCAL_FORCE_WEIGHT: u32 = 3;

/// Votes of an article that names the place with its region after it
/// ("in Eastport, Ore."): the writer locating a town, most often the one
/// the story happened in. Tuned on the dev split of the facts bench (city,
/// gold clusters: 1, as a mention, 0.736; 2: 0.738; 3: 0.734).
pub const WITH_REGION_WEIGHT: u32 = 2;

/// Votes an article adds to a place it names in its headline as well as in
/// its text: a headline says what the story is about, and a town it names is
/// most often the scene rather than the outlet's home city or a victim's home
/// town. Added to the article's strongest way of naming the place, so it
/// breaks the ties of passing mentions and tips a dateline of the newsroom.
/// Tuned on the dev split of the facts bench (city, gold clusters: 0 0.755,
/// 1 0.763, 2 0.757, 3 0.748): more, and a neighbourhood in the headline
/// beats the city that GVA records. Tried and not kept: taking a place only
/// the headline names ("in Granby shooting") when the mention finder missed
/// it in the text (0.761 both ways), and not counting a headline's town
/// before "County" or beside "suburban" (one incident won, one lost).
pub const HEADLINE_WEIGHT: u32 = 1;

/// Votes of an article that sets the harm in the place: "a man was shot in
/// Eastport", "the shooting happened at his home in Eastport". The sentence
/// tells what happened where, which a dateline or the outlet's home city
/// does not. Tuned on the dev split of the facts bench (city, gold
/// clusters, with neighbourhoods giving way to their city: 1 0.792, 2
/// 0.803, 3 0.797, 4 0.784): more, and a neighbourhood the scene names beats
/// a city the gazetteer does not list as large.
pub const SCENE_WEIGHT: u32 = 2;

/// Votes of an article that only mentions the place.
///
/// The three weights were tuned on the dev split of the facts bench
/// (dateline, force, mention: 3,2,1 0.686 / 0.650 gold / predicted clusters;
/// 2,3,1 0.686 / 0.654; 1,2,1 0.692 / 0.644).
pub const MENTION_WEIGHT: u32 = 1;

/// Heads of an organisation's name that make the words before them the town
/// it serves: "Eastport Police Department" polices Eastport.
const LOCAL_FORCES: &[&str] = &["police", "fire department", "fire rescue"];

/// Last words of names that are a county or its like: below a region,
/// above a town.
const COUNTY_WORDS: &[&str] = &["county", "parish"];

/// Last words of names that are a region ("Washington State", "Kurdistan
/// Region").
const REGION_WORDS: &[&str] = &["state", "states", "region", "province"];

/// Last words of place names that are not where an event is set at the
/// scale a dossier gives: streets, buildings, sites and bodies.
const NOT_SETTING_WORDS: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "drive",
    "dr",
    "lane",
    "way",
    "court",
    "place",
    "block",
    "highway",
    "parkway",
    "circle",
    "terrace",
    "park",
    "square",
    "bridge",
    "river",
    "lake",
    "mall",
    "center",
    "centre",
    "station",
    "school",
    "authority",
    "hall",
    "news",
    "department",
    "office",
    "hospital",
    "church",
    "university",
    "college",
    "airport",
    "district",
    "police",
];

/// Compass words that make a part of a region or country ("Northern
/// California", "eastern Ukraine") a region itself.
const COMPASS_WORDS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
];

/// Compass points between the four, which name a quadrant of a city
/// ("shot in Northeast", "Southwest D.C.") rather than a region.
const QUADRANT_WORDS: &[&str] = &["northeast", "northwest", "southeast", "southwest"];

fn is_compass_word(word: &str) -> bool {
    COMPASS_WORDS.contains(&word) || QUADRANT_WORDS.contains(&word)
}

/// Words of the harm itself, which a sentence dating the event (rather than
/// an arrest, a vigil or a hearing) most often uses.
const HARM_WORDS: &[&str] = &[
    "shot",
    "shoot",
    "shooting",
    "shootings",
    "gunfire",
    "gunman",
    "killed",
    "wounded",
    "fired",
    "died",
    "dead",
    "slain",
    "stabbed",
    "murder",
    "murdered",
    "homicide",
    "injured",
    "gunshot",
    "gunshots",
    "wound",
    "wounds",
    "killing",
    "wounding",
    "fatally",
    "shots",
    "slaying",
    "stabbing",
    "opened",
];

/// Works out where and when the story's event happened. `timeline` is the
/// story's reconciled timeline; `documents` are its articles.
pub(crate) fn build(documents: &[&Document], timeline: &[TimelineEvent]) -> Setting {
    let (place, wider) = places(documents);
    Setting {
        when: when(documents, timeline),
        place,
        wider,
    }
}

/// The day most articles date the event on (ties: a sentence of harm, then
/// more sentences, then the earlier day), among the timeline's dated sentences that can be the
/// event's; the first report's day when none can.
fn when(documents: &[&Document], timeline: &[TimelineEvent]) -> Option<SettingDate> {
    let first_report = earliest_publication(documents)?;
    let first_day = to_naive(first_report)?;
    let last_day = documents
        .iter()
        .filter_map(|doc| doc.article.published.and_then(to_naive))
        .max()
        .unwrap_or(first_day);
    // A follow-up weeks later ("was shot on May 25, 2014") names the day
    // outright; a weekday that far back is more likely last week's.
    let plausible = |event: &TimelineEvent, harm: bool| {
        to_naive(event.date).is_some_and(|day| {
            let days_before = (first_day - day).num_days();
            day <= last_day
                && (days_before <= MAX_DAYS_BEFORE_FIRST_REPORT
                    || (days_before <= MAX_DAYS_BEFORE_FOLLOW_UP
                        && harm
                        && stated_absolutely(documents, event.date)))
        })
    };
    let events: Vec<(&TimelineEvent, bool)> = timeline
        .iter()
        .filter(|event| !event.text.starts_with(REPORTED))
        .map(|event| (event, tells_of_harm(&event.text)))
        .filter(|(event, harm)| plausible(event, *harm))
        .collect();
    // (Tried and not kept: leaving out a page's "Posted: ..." stamp, 0.778,
    // since the stamp's day is often the event's when nothing else dates
    // it.)
    // A sentence dating two days ("police said in a Friday statement that he
    // died after Thursday night's shooting", "between Friday night and
    // Sunday morning") tells of the event on the earlier one and of its
    // report or its end on the later, so it dates only the earlier day.
    // Tuned on the dev split of the facts bench (date, gold clusters: every
    // day 0.782, the earliest 0.788).
    let mut earliest: HashMap<&str, PartialDate> = HashMap::new();
    for (event, _) in &events {
        let day = earliest.entry(event.text.as_str()).or_insert(event.date);
        *day = (*day).min(event.date);
    }
    // The timeline holds one event per sentence and day, so a day is the sum
    // of its events: the articles that date something on it, whether one of
    // its sentences tells of harm, and how many of them there are.
    let mut days: Vec<DayVotes> = Vec::new();
    for (event, harm) in events
        .into_iter()
        .filter(|(event, _)| earliest.get(event.text.as_str()) == Some(&event.date))
    {
        let at = match days.iter().position(|day| day.date == event.date) {
            Some(at) => at,
            None => {
                days.push(DayVotes {
                    date: event.date,
                    articles: Vec::new(),
                    harm: false,
                    sentences: 0,
                });
                days.len() - 1
            }
        };
        let day = &mut days[at];
        for article in &event.articles {
            if !day.articles.contains(article) {
                day.articles.push(article.clone());
            }
        }
        day.harm |= harm;
        day.sentences += 1;
    }
    let best = days.into_iter().max_by_key(|day| {
        (
            day.articles.len(),
            day.harm,
            day.sentences,
            std::cmp::Reverse(day.date),
        )
    });
    Some(match best {
        Some(day) => SettingDate {
            date: day.date,
            how: DateBasis::Stated,
            articles: day.articles,
        },
        None => SettingDate {
            date: first_report,
            how: DateBasis::FirstReport,
            articles: documents
                .iter()
                .filter(|doc| doc.article.published == Some(first_report))
                .map(|doc| doc.article.id.clone())
                .collect(),
        },
    })
}

/// What the timeline says of one day that can be the event's.
struct DayVotes {
    date: PartialDate,
    articles: Vec<DocId>,
    harm: bool,
    sentences: usize,
}

/// Whether some article writes the date as a calendar day ("May 25, 2014",
/// "on May 25"), not as a weekday or "yesterday" that could point to another
/// week.
fn stated_absolutely(documents: &[&Document], date: PartialDate) -> bool {
    documents.iter().any(|doc| {
        doc.analysis.dates.iter().any(|mention| {
            mention.date == date
                && (!mention.relative
                    || mention
                        .range
                        .slice(&doc.article.text)
                        .chars()
                        .any(|ch| ch.is_ascii_digit()))
        })
    })
}

fn tells_of_harm(sentence: &str) -> bool {
    fold(sentence)
        .split(' ')
        .any(|word| HARM_WORDS.contains(&word))
}

/// The earliest day-precision publication date: the day of the first report.
pub fn earliest_publication(documents: &[&Document]) -> Option<PartialDate> {
    documents
        .iter()
        .filter_map(|doc| doc.article.published)
        .filter(|date| date.day.is_some())
        .min()
}

fn to_naive(date: PartialDate) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(date.year, date.month?, date.day?)
}

/// The votes one place gets across the articles.
struct Candidate {
    votes: u32,
    /// (article rank, byte offset) of its first naming, for stable ties.
    first_seen: (usize, usize),
    /// The spelling shown: a mixed-case one over a dateline's capitals.
    name: String,
    level: PlaceLevel,
    sources: Vec<PlaceSource>,
}

/// The most specific place the articles set the event in, and the region
/// and country they name around it. Each article votes once per place, with
/// the weight of its strongest way of naming it; ties go to the place named
/// first.
fn places(documents: &[&Document]) -> (Option<SettingPlace>, Vec<SettingPlace>) {
    let parts = parts_of_towns(documents);
    // folded town -> the folded parts of it that some article names
    let mut parts_by_town: HashMap<String, Vec<&str>> = HashMap::new();
    for (part, town) in &parts {
        parts_by_town.entry(fold(town)).or_default().push(part);
    }
    // folded name -> candidate
    let mut candidates: HashMap<String, Candidate> = HashMap::new();
    for (rank, document) in documents.iter().enumerate() {
        let text = document.article.text.as_str();
        // folded name -> (how, weight, first offset, spelling)
        let mut strongest: HashMap<String, (PlaceBasis, u32, usize, String)> = HashMap::new();
        for mention in &document.analysis.mentions {
            if in_clip_listing(text, mention.range) {
                continue;
            }
            let (name, how) = match mention.kind {
                // "EASTPORT (WXYZEastport) —": a station crediting itself
                // after its own city files from home, which says little of
                // where the event was.
                EntityKind::Place if is_dateline(text, mention.range) => {
                    let how = if credits_itself(text, mention.range) {
                        PlaceBasis::Mention
                    } else {
                        PlaceBasis::Dateline
                    };
                    (mention.text.clone(), how)
                }
                // A name in capitals elsewhere is a heading or a shout, not
                // a place the article sets anything in.
                EntityKind::Place if after_institution(text, mention.range) => continue,
                // "D.C.", which the mention finder may take for an
                // organisation, is the city of Washington.
                // "in Southeast D.C. Bullets hit walls": the mention finder
                // may run the District on into the next sentence (dev city,
                // gold clusters, 0.872 -> 0.874).
                EntityKind::Place | EntityKind::Organization
                    if is_district(before_sentence_end(&mention.text)) =>
                {
                    (
                        DISTRICT_CITY.to_string(),
                        basis_in_text(text, &document.analysis.sentences, mention.range),
                    )
                }
                // A part of a town written with its town ("Harbourside,
                // Eastport") becomes the town through `parts` below, which
                // read every article's `town_after` once.
                EntityKind::Place if has_lower_case(&mention.text) => (
                    before_stamp(before_run_on(&mention.text)).to_string(),
                    basis_in_text(text, &document.analysis.sentences, mention.range),
                ),
                EntityKind::Organization => match town_of_force(&mention.text)
                    .or_else(|| county_of_sheriff_before(text, mention.range))
                {
                    Some(town) if is_district(&town) => {
                        (DISTRICT_CITY.to_string(), PlaceBasis::LocalForce)
                    }
                    Some(town) if has_lower_case(&town) => (town, PlaceBasis::LocalForce),
                    _ => continue,
                },
                _ => continue,
            };
            let name = parts.get(&fold(&name)).cloned().unwrap_or(name);
            if level_of(&name).is_none() {
                continue;
            }
            let entry = raise_vote(&mut strongest, &name, how, mention.range.start);
            if has_lower_case(&name) && !has_lower_case(&entry.3) {
                entry.3 = name;
            }
        }
        // "EASTPORT: Five hurt in shooting": a title opening with a town
        // and a colon is the outlet's dateline, which the page's text may
        // not repeat (dev city, gold clusters, 0.862 -> 0.864).
        if let Some(town) = town_opening_title(&document.article.title) {
            raise_vote(&mut strongest, &town, PlaceBasis::Dateline, 0);
        }
        let headline = headline_of(&document.article.title, document.article.source.as_deref());
        // "EASTPORT (AP) — ... found shot in a Maine home", Eastport lying
        // in another state: a wire's dateline in a state other than the one
        // the headline or the text sets the harm in is where the report was
        // filed, no more than a mention, and a late one.
        let scene_states = states_named(&headline)
            | strongest
                .values()
                .filter(|entry| entry.0 == PlaceBasis::Scene)
                .map(|entry| us_places().state(&entry.3))
                .fold(0, |mask, state| mask | state);
        if scene_states != 0 {
            for entry in strongest.values_mut() {
                let states = us_places().town(&entry.3);
                if entry.0 == PlaceBasis::Dateline && states != 0 && states & scene_states == 0 {
                    entry.0 = PlaceBasis::Mention;
                    entry.1 = weight_of(PlaceBasis::Mention);
                    // Opening the text, it would win every tie of mentions.
                    entry.2 = usize::MAX;
                }
            }
        }
        for (folded, entry) in &mut strongest {
            let names_a_part = parts_by_town
                .get(folded)
                .is_some_and(|parts| parts.iter().any(|part| names_as_subject(&headline, part)));
            if names_as_subject(&headline, folded) || names_a_part {
                entry.1 += HEADLINE_WEIGHT;
                if entry.0 == PlaceBasis::Mention {
                    entry.0 = PlaceBasis::Headline;
                }
            }
        }
        let mut named: Vec<(String, (PlaceBasis, u32, usize, String))> =
            strongest.into_iter().collect();
        // Sources listed in a stable order whatever the hash order was.
        named.sort_by(|left, right| left.0.cmp(&right.0));
        for (folded, (how, weight, position, name)) in named {
            let Some(level) = level_of(&name) else {
                continue;
            };
            let candidate = candidates.entry(folded).or_insert_with(|| Candidate {
                votes: 0,
                first_seen: (rank, position),
                name: name.clone(),
                level,
                sources: Vec::new(),
            });
            candidate.votes += weight;
            candidate.sources.push(PlaceSource {
                article: document.article.id.clone(),
                how,
            });
            if has_lower_case(&name) && !has_lower_case(&candidate.name) {
                candidate.name = name;
            }
        }
    }
    // "at his home in Eastport" where Eastport is a US town bearing a
    // country's name: the gazetteers take the name for the country, but set
    // as the scene, with its region or by its force, in a story naming a
    // US county, it is the town (dev city, gold clusters, 0.864 -> 0.866).
    {
        let us_county = candidates.values().any(|candidate| {
            candidate.level == PlaceLevel::County && us_places().county(&candidate.name) != 0
        });
        for candidate in candidates.values_mut() {
            if us_county
                && candidate.level == PlaceLevel::Country
                && us_places().town(&candidate.name) != 0
                && candidate.sources.iter().any(|source| {
                    matches!(
                        source.how,
                        PlaceBasis::Scene
                            | PlaceBasis::WithRegion
                            | PlaceBasis::Dateline
                            | PlaceBasis::LocalForce
                    )
                })
            {
                candidate.level = PlaceLevel::Town;
            }
        }
    }
    // Where the mention finder found no town in any text but weak ones, a
    // town a headline sets the story in ("4 hurt in Eastport bar shooting")
    // is the best there is, over a county too (dev city, gold clusters,
    // 0.816 -> 0.828 where no town or county was found, 0.830 also over a
    // county or a weak town).
    // A known town one article only mentions in passing is no more, unless
    // a county's own force says the story is set outside any town: the
    // headline says what the story is about.
    let county_force = candidates.values().any(|candidate| {
        candidate.level == PlaceLevel::County
            && candidate
                .sources
                .iter()
                .any(|source| source.how == PlaceBasis::LocalForce)
    });
    if !candidates.values().any(|candidate| {
        candidate.level == PlaceLevel::Town
            && !is_weak(candidate)
            && (county_force || !in_passing(candidate))
    }) {
        for (rank, document) in documents.iter().enumerate() {
            let headline =
                headline_part(&document.article.title, document.article.source.as_deref());
            let Some(town) = town_in_headline(&headline) else {
                continue;
            };
            let candidate = candidates.entry(fold(&town)).or_insert_with(|| Candidate {
                votes: 0,
                first_seen: (rank, 0),
                name: town,
                level: PlaceLevel::Town,
                sources: Vec::new(),
            });
            candidate.votes += MENTION_WEIGHT + HEADLINE_WEIGHT;
            candidate.sources.push(PlaceSource {
                article: document.article.id.clone(),
                how: PlaceBasis::Headline,
            });
        }
    }
    let outlet_towns: Vec<Vec<String>> = documents
        .iter()
        .map(|document| outlet_towns_of(document))
        .collect();
    // Where no text names a town, a local outlet's host most often names
    // its city ("buffalonews.com"), where its local news happen: a street
    // or a neighbourhood is all a local report may give (dev city, gold
    // clusters, 0.834 -> 0.845, predicted clusters 0.816 -> 0.824).
    // So too where every known town is named once in passing and no county
    // is named (an Eastport station's page naming the towns of other news
    // around its report): the outlet's city then joins them with a mention's vote
    // and wins their tie (dev city, gold clusters, 0.893 -> 0.895; with a
    // county named too, it beat the county as often as it helped).
    let county_named = candidates
        .values()
        .any(|candidate| candidate.level == PlaceLevel::County);
    if !candidates.values().any(|candidate| {
        candidate.level == PlaceLevel::Town
            && !is_weak(candidate)
            && (county_named || !in_passing(candidate))
    }) {
        for (rank, document) in documents.iter().enumerate() {
            // "WXYZ News 5 - Eastport, Ore.": a title's part naming the
            // outlet names its city where the host does not (dev city, gold
            // clusters, 0.860 -> 0.862).
            let Some(town) = outlet_towns[rank].first().cloned() else {
                continue;
            };
            let candidate = candidates.entry(fold(&town)).or_insert_with(|| Candidate {
                votes: 0,
                first_seen: (rank, usize::MAX),
                name: town,
                level: PlaceLevel::Town,
                sources: Vec::new(),
            });
            candidate.votes += weight_of(PlaceBasis::Outlet);
            candidate.sources.push(PlaceSource {
                article: document.article.id.clone(),
                how: PlaceBasis::Outlet,
            });
        }
    }
    // The most voted candidate that `keep` keeps; on a tie, a town an
    // outlet is from (a local outlet's news most often happen at home: dev
    // city, gold clusters, 0.857 -> 0.860), then the first seen.
    let outlets: HashSet<String> = outlet_towns
        .iter()
        .flatten()
        .map(|town| fold(town))
        .collect();
    let from_outlet = |candidate: &Candidate| {
        candidate.level == PlaceLevel::Town && outlets.contains(&fold(&candidate.name))
    };
    let best = |keep: &dyn Fn(&Candidate) -> bool| {
        candidates
            .values()
            .filter(|candidate| keep(candidate))
            .max_by(|left, right| {
                left.votes
                    .cmp(&right.votes)
                    .then_with(|| from_outlet(left).cmp(&from_outlet(right)))
                    .then_with(|| right.first_seen.cmp(&left.first_seen))
            })
    };
    let best_of = |level: PlaceLevel| best(&|candidate| candidate.level == level);
    // A town no gazetteer knows, only mentioned, once (a street's leftover
    // "S. Second", "Channel"), is most often a misread capital: a known
    // city or a town named more strongly goes first, and since the
    // gazetteers know US towns of 500 people, a county too (city, gold
    // clusters: 0.746 as any town, 0.748 with the known or strong town
    // first; with the US towns 0.776, and 0.778 with the county before the
    // unknown town).
    // (Tried and not kept, dev city 0.778 -> 0.769 / 0.776: passing over a
    // known town that lies in none of the US states the articles name, or
    // in none of the most named: the list lacks towns under 500, and
    // "Washington" reads as the city; and a vote more for a known town over
    // an unknown one, 0.788 -> 0.784.)
    let strong_town = best(&|candidate| candidate.level == PlaceLevel::Town && !is_weak(candidate));
    // A town no gazetteer knows, named as the scene or in a headline but
    // never with its region, force or dateline, in a story that names a
    // large city, is most often a part of that city ("a man was shot in
    // Riverside", a neighbourhood), and a dossier's place, like GVA's city,
    // is the city (dev city 0.782 -> 0.803 with the scene's votes).
    let neighbourhood = |candidate: &Candidate| {
        !is_known_city(&candidate.name)
            && candidate
                .sources
                .iter()
                .any(|source| source.how != PlaceBasis::Mention)
            && candidate.sources.iter().all(|source| {
                matches!(
                    source.how,
                    PlaceBasis::Mention | PlaceBasis::Scene | PlaceBasis::Headline
                )
            })
    };
    let strong_town = match strong_town {
        Some(town) if neighbourhood(town) => {
            best(&|candidate| candidate.level == PlaceLevel::Town && is_large_city(&candidate.name))
                .or(Some(town))
        }
        other => other,
    };
    // A town only mentioned in passing, in a story whose county's sheriff
    // or police act and are named more, is most often a town nearby: the
    // event is in the county outside any town (dev city, gold clusters,
    // 0.870 -> 0.872).
    let strong_town = match strong_town {
        Some(town)
            if town
                .sources
                .iter()
                .all(|source| source.how == PlaceBasis::Mention)
                && best_of(PlaceLevel::County).is_some_and(|county| {
                    county.votes > town.votes
                        && county
                            .sources
                            .iter()
                            .any(|source| source.how == PlaceBasis::LocalForce)
                }) =>
        {
            None
        }
        other => other,
    };
    // "a shooting in Harbourside", Eastport's police investigating: a
    // place no force of its own serves nor any article locates with its
    // region, where a large city's own police act, is most often a part of
    // that city, which a dossier, like GVA, names.
    let strong_town = match strong_town {
        Some(town)
            if !is_large_city(&town.name)
                && town.sources.iter().all(|source| {
                    !matches!(source.how, PlaceBasis::LocalForce | PlaceBasis::WithRegion)
                }) =>
        {
            best(&|candidate| {
                candidate.level == PlaceLevel::Town
                    && is_large_city(&candidate.name)
                    && candidate
                        .sources
                        .iter()
                        .any(|source| source.how == PlaceBasis::LocalForce)
            })
            .or(Some(town))
        }
        other => other,
    };
    let levels = [
        PlaceLevel::Town,
        PlaceLevel::County,
        PlaceLevel::Region,
        PlaceLevel::Country,
    ];
    let Some(place) = strong_town
        .or_else(|| best_of(PlaceLevel::County))
        .or_else(|| levels.iter().find_map(|&level| best_of(level)))
    else {
        return (None, Vec::new());
    };
    // Only regions and countries widen a place: a second county or town
    // would be a rival, not a wider setting.
    let wider = [PlaceLevel::Region, PlaceLevel::Country]
        .into_iter()
        .filter(|&level| level > place.level)
        .filter_map(best_of)
        .map(setting_place)
        .collect();
    (Some(setting_place(place)), wider)
}

/// How an article names a place outside its dateline: as the scene of the
/// harm, with its region after it, or in passing.
fn basis_in_text(text: &str, sentences: &[TextRange], range: TextRange) -> PlaceBasis {
    if tells_the_scene(text, sentences, range) {
        PlaceBasis::Scene
    } else if has_region_after(text, range) {
        PlaceBasis::WithRegion
    } else {
        PlaceBasis::Mention
    }
}

/// The town written after a place and a comma ("a home in Coney Island,
/// Brooklyn", "Long Island City, Queens"): the writer locating a part of a
/// town, and a dossier, like GVA, gives the town. Not a state ("Eastport,
/// Washington") nor a town in a list ("in Eastport, Westport and Northport";
/// a region after the town, "Coney Island, Brooklyn, N.Y.", is no list).
fn town_after<'m>(text: &str, mentions: &'m [Mention], place: &Mention) -> Option<&'m Mention> {
    if level_of(&place.text) != Some(PlaceLevel::Town)
        || !text.get(place.range.end..)?.starts_with(", ")
    {
        return None;
    }
    let town = mentions.iter().find(|mention| {
        mention.kind == EntityKind::Place && mention.range.start == place.range.end + 2
    })?;
    let after = text.get(town.range.end..).unwrap_or("");
    let next_is_named = [" and ", " or ", ", "].iter().any(|mark| {
        after
            .strip_prefix(mark)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    });
    let in_a_list = next_is_named && !has_region_after(text, town.range);
    (has_lower_case(&town.text)
        && level_of(&town.text) == Some(PlaceLevel::Town)
        && us_places().state(&town.text) == 0
        && !in_a_list)
        .then_some(town)
}

/// The parts of towns that some article of the story locates in a town,
/// folded, with the town's name: "in Harbourside, Eastport" (see
/// `town_after`) and "Eastport's Harbourside" make Harbourside a part of
/// Eastport. A part is named for readers who know the town, while a
/// dossier's reader needs the town, so every article's naming of the part,
/// in its text or its headline, counts for the town.
fn parts_of_towns(documents: &[&Document]) -> HashMap<String, String> {
    let mut parts: HashMap<String, String> = HashMap::new();
    for document in documents {
        let text = document.article.text.as_str();
        let mentions = &document.analysis.mentions;
        for mention in mentions
            .iter()
            .filter(|mention| mention.kind == EntityKind::Place && has_lower_case(&mention.text))
        {
            if let Some(town) = town_after(text, mentions, mention) {
                parts
                    .entry(fold(&mention.text))
                    .or_insert_with(|| town.text.clone());
            }
            if let Some(part) = part_after_possessive(text, mentions, mention) {
                parts
                    .entry(fold(&part.text))
                    .or_insert_with(|| mention.text.clone());
            }
        }
    }
    parts.retain(|part, town| *part != fold(town));
    parts
}

/// The place written right after a town's possessive ("Eastport's
/// Harbourside"): a part of the town, when both are towns, the town a known one,
/// no state and without an article before it, which a town's name never
/// takes ("the Commonwealth's Eastport witnesses").
fn part_after_possessive<'m>(
    text: &str,
    mentions: &'m [Mention],
    town: &Mention,
) -> Option<&'m Mention> {
    let before = text.get(..town.range.start)?;
    if before.ends_with("the ") || before.ends_with("The ") {
        return None;
    }
    let after = text.get(town.range.end..)?;
    let mark = ["'s ", "’s "]
        .iter()
        .find(|mark| after.starts_with(**mark))?;
    let part = mentions.iter().find(|mention| {
        mention.kind == EntityKind::Place && mention.range.start == town.range.end + mark.len()
    })?;
    (has_lower_case(&part.text)
        && level_of(&town.text) == Some(PlaceLevel::Town)
        && level_of(&part.text) == Some(PlaceLevel::Town)
        && is_known_city(&town.text)
        && us_places().state(&town.text) == 0)
        .then_some(part)
}

/// A name without the next sentence's first word that a scrape lost the
/// space before ("Eastport.Police were called"): a name's parts never meet
/// at a full stop without a space, except after initials and short forms
/// ("U.S.", "St.Louis").
fn before_run_on(name: &str) -> &str {
    let run_on = name.match_indices('.').find(|&(at, _)| {
        let letters_before = name[..at].chars().rev().take_while(|ch| ch.is_alphabetic());
        let mut after = name[at + 1..].chars();
        letters_before.count() >= 3
            && after.next().is_some_and(char::is_uppercase)
            && after.next().is_some_and(char::is_lowercase)
    });
    run_on.map_or(name, |(at, _)| &name[..at])
}

/// Words of a page's time stamp that a headline repeated in the text runs
/// into ("Two hurt in Eastport Posted: Monday, ..."): no town's name ends
/// in them.
const STAMP_WORDS: &[&str] = &["Posted", "Updated"];

/// A name without a time stamp's word that the mention finder ran it into.
fn before_stamp(name: &str) -> &str {
    STAMP_WORDS
        .iter()
        .find_map(|word| {
            name.strip_suffix(word)
                .and_then(|rest| rest.strip_suffix(' '))
        })
        .unwrap_or(name)
}

/// The city the District of Columbia is: the town a dossier, like GVA,
/// gives for a story set in "D.C.".
const DISTRICT_CITY: &str = "Washington";

/// The District's names, folded, as articles write them alone ("D.C.
/// police", "in the District of Columbia").
const DISTRICT_NAMES: &[&str] = &["d c", "dc", "district of columbia"];

/// Whether a name is the District of Columbia, alone or with a compass word
/// before it ("Northeast D.C.", a quadrant of the city).
fn is_district(name: &str) -> bool {
    let folded = fold(name);
    let rest = folded
        .split_once(' ')
        .filter(|(first, _)| is_compass_word(first))
        .map_or(folded.as_str(), |(_, rest)| rest);
    DISTRICT_NAMES.contains(&rest)
}

/// A town no gazetteer knows, only mentioned, once: most often a misread
/// capital (see `places`).
fn is_weak(candidate: &Candidate) -> bool {
    candidate.level == PlaceLevel::Town
        && candidate.votes <= MENTION_WEIGHT
        && candidate
            .sources
            .iter()
            .all(|source| source.how == PlaceBasis::Mention)
        && !is_known_city(&candidate.name)
}

/// A place one article only mentions, once: a passing naming.
fn in_passing(candidate: &Candidate) -> bool {
    candidate.votes <= MENTION_WEIGHT
        && candidate
            .sources
            .iter()
            .all(|source| source.how == PlaceBasis::Mention)
}

fn setting_place(candidate: &Candidate) -> SettingPlace {
    SettingPlace {
        name: candidate.name.clone(),
        level: candidate.level,
        sources: candidate.sources.clone(),
    }
}

fn weight_of(how: PlaceBasis) -> u32 {
    match how {
        PlaceBasis::Dateline => DATELINE_WEIGHT,
        PlaceBasis::LocalForce => LOCAL_FORCE_WEIGHT,
        PlaceBasis::WithRegion => WITH_REGION_WEIGHT,
        PlaceBasis::Scene => SCENE_WEIGHT,
        PlaceBasis::Headline => MENTION_WEIGHT + HEADLINE_WEIGHT,
        PlaceBasis::Mention | PlaceBasis::Outlet => MENTION_WEIGHT,
    }
}

/// Whether a name holds a word contracted with a verb ("Can't", "We're").
fn has_contraction(name: &str) -> bool {
    name.split_whitespace().any(|word| {
        let word = word.to_lowercase().replace('’', "'");
        ["n't", "'re", "'ll", "'ve"]
            .iter()
            .any(|ending| word.ends_with(ending))
    })
}

/// What kind of place a name is, from the gazetteers and the name's last
/// word; `None` for a name that cannot be an event's setting (a street, a
/// building, a number, a web address).
fn level_of(name: &str) -> Option<PlaceLevel> {
    let folded = fold(name);
    if folded.is_empty()
        || folded.chars().any(|ch| ch.is_ascii_digit())
        || name.contains(".com")
        || name.contains("www.")
        // A heading read as a name ("Nightclub Shooting Posted") tells of
        // the harm, which no place's name does.
        || folded.split(' ').any(|word| HARM_WORDS.contains(&word))
        // "Ada Kerr Can't": a clause the mention finder ran on, since no
        // place's name holds a contraction.
        || has_contraction(name)
    {
        return None;
    }
    // "Northeast", "North Side": a direction or a part of some city, not
    // a place of its own.
    if folded
        .split(' ')
        .all(|word| is_compass_word(word) || word == "side")
    {
        return None;
    }
    let last = folded.rsplit(' ').next().unwrap_or("");
    if COUNTY_WORDS.contains(&last) {
        return Some(PlaceLevel::County);
    }
    // "Newport News", "Overland Park": a city the gazetteer knows, though
    // its last word ends the names of outlets and sites.
    if NOT_SETTING_WORDS.contains(&last) && !is_known_city(name) {
        return None;
    }
    let lex = lexicon();
    // The gazetteers key names lower-case with their punctuation ("u.s").
    let keyed = key(name.trim()).trim_end_matches('.').to_string();
    let known = |test: &dyn Fn(&str) -> bool| test(&keyed) || test(&folded);
    // A name that is a city as well as a region or country ("Washington",
    // "Singapore") is taken as the city, the more specific reading.
    if known(&|name| lex.is_city(name)) {
        return Some(PlaceLevel::Town);
    }
    if known(&|name| lex.is_country(name)) {
        return Some(PlaceLevel::Country);
    }
    if known(&|name| lex.is_region(name)) {
        return Some(PlaceLevel::Region);
    }
    // After the gazetteers, which know "United States" as a country.
    if REGION_WORDS.contains(&last) || is_state_short_form(&folded) {
        return Some(PlaceLevel::Region);
    }
    let part_of_wider = folded.split_once(' ').is_some_and(|(first, rest)| {
        COMPASS_WORDS.contains(&first) && (lex.is_region(rest) || lex.is_country(rest))
    });
    if part_of_wider {
        return Some(PlaceLevel::Region);
    }
    // "Miami-Dade police": a county's name without "County", which no town
    // bears, is the county.
    if !is_known_city(name) && us_places().county(&format!("{name} County")) != 0 {
        return Some(PlaceLevel::County);
    }
    Some(PlaceLevel::Town)
}

/// Whether a gazetteer lists the name as a city. (Its parts, "East
/// Hollywood", are not counted as known: on the dev split that picked a
/// neighbourhood over the city as often as it helped.)
fn is_known_city(name: &str) -> bool {
    is_large_city(name) || us_places().town(name) != 0
}

/// The US city an outlet's host names in one of its parts, whole or at
/// either end ("buffalonews.com", "abc7chicago.com", "miami.cbslocal.com"):
/// a large city of five letters or more, so a call sign or a short word
/// does not read as one.
fn city_of_host(host: &str) -> Option<String> {
    static CITIES: OnceLock<FastMap<String, String>> = OnceLock::new();
    let cities = CITIES.get_or_init(|| {
        lexicon()
            .cities()
            .filter(|city| us_places().town(city) != 0)
            .map(|city| (fold(city).replace(' ', ""), title_case(city)))
            .filter(|(squeezed, _)| squeezed.len() >= 5)
            .collect()
    });
    let host = host.to_lowercase();
    let labels: Vec<&str> = host.split('.').collect();
    let labels = labels.split_last().map_or(&[][..], |(_, rest)| rest);
    labels
        .iter()
        .filter(|label| **label != "www")
        .find_map(|label| {
            (5..=label.len()).rev().find_map(|len| {
                let head = label.get(..len)?;
                let tail = label.get(label.len() - len..)?;
                cities.get(head).or_else(|| cities.get(tail)).cloned()
            })
        })
}

/// A lower-case name with each word's first letter in capitals.
fn title_case(name: &str) -> String {
    name.split(' ')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the general gazetteer lists the name as a city: a capital, a
/// major city or one of 100,000 people or more.
fn is_large_city(name: &str) -> bool {
    let lex = lexicon();
    let keyed = key(name.trim()).trim_end_matches('.').to_string();
    lex.is_city(&keyed) || lex.is_city(&fold(name))
}

fn has_lower_case(name: &str) -> bool {
    name.chars().any(char::is_lowercase)
}

/// Tells whether a place opens a line and is followed the way a dateline
/// is: "EASTPORT, Ore. —", "Eastport (AP) -", "EASTPORT —", "EASTPORT—".
fn is_dateline(text: &str, range: TextRange) -> bool {
    let Some(before) = text.get(..range.start) else {
        return false;
    };
    let line_start = before
        .rsplit('\n')
        .next()
        .is_some_and(|line| line.trim().is_empty());
    let after = text.get(range.end..).unwrap_or("");
    // "EASTPORT—Police said": a dateline may touch its dash.
    let follows = [",", " (", " —", " –", " -", ":", "—", "–"]
        .iter()
        .any(|mark| after.starts_with(mark));
    line_start && follows
}

/// Whether the place's line opens with a video clip's running time ("1:21
/// Festival opens in Eastport"): a page's carousel of other clips, whose
/// towns are those of other news.
fn in_clip_listing(text: &str, range: TextRange) -> bool {
    let line_start = text
        .get(..range.start)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |at| at + 1);
    // Only the line's opening is read: a scan for the colon would run on
    // through the rest of a long page at every mention.
    let line = text.get(line_start..).unwrap_or("").trim_start();
    let minutes = line.bytes().take_while(u8::is_ascii_digit).count();
    let Some(rest) = line.get(minutes..).and_then(|rest| rest.strip_prefix(':')) else {
        return false;
    };
    let seconds = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&minutes)
        && seconds == 2
        && rest[2..].starts_with(' ')
        && rest[2..].trim_start().starts_with(char::is_uppercase)
}

/// Whether a dateline's credit in brackets bears the dateline's own place
/// ("EASTPORT (WXYZEastport) —", "EASTPORT, Ore. (Eastport Daily)"), as a
/// local outlet's does, rather than a wire's ("EASTPORT, Ore. (AP)").
fn credits_itself(text: &str, range: TextRange) -> bool {
    let squeeze = |name: &str| fold(name).replace(' ', "");
    let place = squeeze(text.get(range.start..range.end).unwrap_or(""));
    let after = text.get(range.end..).unwrap_or("");
    let line = after.split('\n').next().unwrap_or("");
    let Some((_, credit)) = line.split_once('(') else {
        return false;
    };
    let Some((credit, _)) = credit.split_once(')') else {
        return false;
    };
    place.len() >= 4 && credit.len() <= 40 && squeeze(credit).contains(&place)
}

/// Words between a town and its force that say what kind of force it is,
/// not where it serves: "Eastport Metropolitan Police", "Eastport Bureau of
/// Police". Alone ("the Metropolitan Police Department") they name no town.
const FORCE_KIND_WORDS: &[&str] = &[
    "metropolitan",
    "metro",
    "municipal",
    "unified",
    "city",
    "bureau",
    "of",
    "regional",
    "area",
];

/// Tells whether a place is followed by a comma and a region, as in "in
/// Eastport, Ore., on Sunday" or "Eastport, Oregon police said": one to
/// three of its next words name a region.
fn has_region_after(text: &str, range: TextRange) -> bool {
    let Some(after) = text
        .get(range.end..)
        .and_then(|after| after.strip_prefix(", "))
    else {
        return false;
    };
    // A region is at most three words ("New South Wales", "W. Va.").
    let words: Vec<&str> = after.split(' ').take(3).collect();
    (1..=words.len()).any(|len| {
        let Some(phrase) = words.get(..len) else {
            return false;
        };
        let phrase = phrase.join(" ");
        let name = phrase.trim_end_matches([',', ';', ')', '\n']);
        name.chars().next().is_some_and(char::is_uppercase)
            && level_of(name) == Some(PlaceLevel::Region)
    })
}

/// Words of a building, body or gathering whose town a place after "in"
/// gives, not the scene's, beside the buildings of `TREATED_OR_TRIED_WORDS`:
/// "a funeral in Eastport", "a vigil in Eastport".
const OTHER_INSTITUTION_WORDS: &[&str] = &[
    "office", "funeral", "church", "school", "vigil", "trial", "hearing",
];

/// Whether a word names a building or body whose town a place after "in"
/// gives ("taken to a hospital in Eastport", "appeared in court in Eastport").
fn is_institution_word(word: &str) -> bool {
    TREATED_OR_TRIED_WORDS.contains(&word) || OTHER_INSTITUTION_WORDS.contains(&word)
}

/// Whether the place follows "in" right after a building or body ("a
/// hospital in Eastport", "Medical Center in Eastport"): where the wounded
/// were taken or the case is heard, not the scene.
fn after_institution(text: &str, range: TextRange) -> bool {
    let mut from = range.start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = fold(text.get(from..range.start).unwrap_or(""));
    let words: Vec<&str> = before.split(' ').collect();
    matches!(words.as_slice(), [.., institution, "in"] if TREATED_OR_TRIED_WORDS.contains(institution))
}

/// Buildings the wounded are taken to and the accused tried in, which lie
/// in the nearest large town rather than where the harm happened. (A
/// school or a church in a town is as often the scene.)
const TREATED_OR_TRIED_WORDS: &[&str] = &[
    "hospital",
    "hospitals",
    "center",
    "centre",
    "clinic",
    "court",
    "courthouse",
    "jail",
    "prison",
];

/// Whether the place follows "in" in a sentence that tells of the harm
/// before it ("a man was shot in Eastport", "the shooting happened in the
/// 100 block of Main Street in Eastport"), with no building or body between
/// the harm and the place ("died at a hospital in Eastport").
fn tells_the_scene(text: &str, sentences: &[TextRange], range: TextRange) -> bool {
    let Some(sentence) = sentences
        .iter()
        .find(|sentence| sentence.start <= range.start && range.start < sentence.end)
    else {
        return false;
    };
    let Some(before) = text.get(sentence.start..range.start) else {
        return false;
    };
    let mut words: Vec<String> = fold(before).split(' ').map(str::to_string).collect();
    // "was shot in the Eastport suburb of Westfield": the place after the
    // kind of place stands where the place after "in" does.
    if let Some(cut) = kind_of_place_before(&words) {
        words.truncate(cut);
    }
    if !words
        .last()
        .is_some_and(|word| SCENE_WORDS.contains(&word.as_str()))
    {
        return false;
    }
    let Some(harm) = words.iter().rposition(|word| {
        HARM_WORDS.contains(&word.as_str()) || HAPPENED_WORDS.contains(&word.as_str())
    }) else {
        return false;
    };
    !words[harm..].iter().any(|word| is_institution_word(word))
}

/// Words before a town in a sentence of harm that set the harm in or by it:
/// "was shot in Eastport", "was killed in a hunting accident near
/// Eastport" (a place outside any town is told by the town it lies near,
/// as GVA records it).
const SCENE_WORDS: &[&str] = &["in", "near"];

/// Verbs that set an event, whatever it is called, in a place: "the
/// incident happened in Eastport", "it occurred on Main Street in Eastport".
const HAPPENED_WORDS: &[&str] = &["happened", "occurred"];

/// Words that name a kind of town before "of" and the town's name: "the
/// suburb of Westfield", "the city of Eastport".
const KIND_OF_PLACE_WORDS: &[&str] = &["suburb", "city", "town", "village", "township", "borough"];

/// Where "in" would stand if the words before a place end "in the
/// [Eastport] suburb of": the length of the words up to and with that "in",
/// at most three words from it to the kind of place.
fn kind_of_place_before(words: &[String]) -> Option<usize> {
    let [.., kind, of] = words else {
        return None;
    };
    if of != "of" || !KIND_OF_PLACE_WORDS.contains(&kind.as_str()) {
        return None;
    }
    let kind_at = words.len() - 2;
    let from = kind_at.saturating_sub(4);
    let found = words[from..kind_at]
        .iter()
        .rposition(|word| SCENE_WORDS.contains(&word.as_str()))?;
    Some(from + found + 1)
}

/// Separators between a page title's headline and the outlet's name ("Two
/// hurt in Eastport shooting - WXYZ News 4 Eastport").
const TITLE_SEPARATORS: &[&str] = &[" - ", " | ", " :: ", " – ", " — "];

/// Words before a place in a headline that put the story beside it, not in
/// it: "hunter shot west of Eastport", "crash near Eastport".
const BESIDE_WORDS: &[&str] = &["of", "near", "outside"];

/// The headline of a page title, folded, without the outlet's name that
/// titles add before or after it (a part naming the outlet's host, or a web
/// address): the outlet's city there says where the newsroom is.
fn headline_of(title: &str, source: Option<&str>) -> String {
    fold(&headline_part(title, source))
}

/// The headline of a page title as written, without the outlet's name.
fn headline_part(title: &str, source: Option<&str>) -> String {
    title_parts(title, source).0.join(" ")
}

/// A page title's parts: those of the headline, and the others, which name
/// the outlet.
fn title_parts<'t>(title: &'t str, source: Option<&str>) -> (Vec<&'t str>, Vec<&'t str>) {
    // The outlet's own words, from its host or name ("www.wxyz.com",
    // "WXYZ News"), short and generic ones left out.
    let outlet: Vec<String> = source
        .map(fold)
        .unwrap_or_default()
        .split(' ')
        .filter(|word| word.len() >= 3 && !["www", "com", "org", "net", "news"].contains(word))
        .map(str::to_string)
        .collect();
    let is_outlet = |part: &str| {
        let squeezed = fold(part).replace(' ', "");
        part.to_lowercase().contains(".com")
            || outlet.iter().any(|word| squeezed.contains(word.as_str()))
    };
    let mut parts = vec![title];
    for separator in TITLE_SEPARATORS {
        parts = parts
            .into_iter()
            .flat_map(|part| part.split(separator))
            .collect();
    }
    let parts: Vec<&str> = parts
        .into_iter()
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    let headline: Vec<&str> = match parts.split_first() {
        // "Teen shot in Eastport" on eastport.com: a title of one part is
        // the headline, though it names the city the outlet is named after.
        Some((only, [])) => vec![*only],
        // "WXYZ News 4 - Two hurt in Eastport shooting": the headline follows.
        Some((first, rest)) if is_outlet(first) => rest.iter().take(1).copied().collect(),
        _ => parts
            .iter()
            .copied()
            .take_while(|part| !is_outlet(part))
            .collect(),
    };
    let rest = parts
        .into_iter()
        .filter(|part| !headline.contains(part))
        .collect();
    (headline, rest)
}

/// Words before a town in a headline that set the story in it ("shot in
/// Eastport", "fire at Eastport bar", "shot on Eastport's west side").
const HEADLINE_SETTING_WORDS: &[&str] = &["in", "at", "on"];

/// Words that may stand between such a word and the town ("in a Eastport
/// bar", "in Southwest D.C.").
const HEADLINE_FILLER_WORDS: &[&str] = &["a", "an", "the"];

/// Words for people that a town's name before them makes its residents
/// ("Eastport man", "Eastport brothers").
const PEOPLE_WORDS: &[&str] = &[
    "man",
    "men",
    "woman",
    "women",
    "boy",
    "boys",
    "girl",
    "girls",
    "teen",
    "teens",
    "teenager",
    "teenagers",
    "couple",
    "brothers",
    "sisters",
    "family",
    "father",
    "mother",
    "mom",
    "dad",
    "son",
    "daughter",
    "student",
    "students",
    "resident",
    "residents",
    "child",
    "children",
    "toddler",
    "baby",
    "youth",
    "youths",
];

/// A known town a headline sets its story in, written in capitals after
/// "in", "at" or "on" ("4 hurt in Eastport bar shooting") or opening it
/// before a word for its people ("Eastport teen shot"): not a state, a
/// compass word, nor a town's name that opens a street's or a county's
/// ("at Eastport Road"). The District is Washington.
fn town_in_headline(headline: &str) -> Option<String> {
    let words: Vec<&str> = headline.split_whitespace().collect();
    let sets_in = |at: usize| {
        let before = |back: usize| at.checked_sub(back).and_then(|at| words.get(at));
        let is_setting = |word: Option<&&str>| {
            word.is_some_and(|word| HEADLINE_SETTING_WORDS.contains(&fold(word).as_str()))
        };
        is_setting(before(1))
            || (before(1).is_some_and(|word| {
                let word = fold(word);
                HEADLINE_FILLER_WORDS.contains(&word.as_str()) || is_compass_word(&word)
            }) && is_setting(before(2)))
    };
    // "in South Carolina": a compass word that opens a state's name is no
    // quadrant before a town.
    let opens_a_state = |at: usize| {
        at.checked_sub(1)
            .and_then(|before| words.get(before..=at))
            .is_some_and(|pair| {
                let name = pair.join(" ");
                let name = name.trim_end_matches([',', ':', ';', '.']);
                is_compass_word(&fold(pair[0]))
                    && (us_places().state(name) != 0
                        || matches!(level_of(name), Some(PlaceLevel::Region)))
            })
    };
    // "Eastport teen shot at party": a town opening the headline before a
    // word for its people is most often where they came to harm, local news
    // naming its readers' own town so.
    let opens_for_its_people = |at: usize, len: usize| {
        at == 0
            && words
                .get(len)
                .is_some_and(|word| PEOPLE_WORDS.contains(&fold(word).as_str()))
    };
    // "Eastport police release names": a town's force acts where it serves.
    let before_its_force = |at: usize, len: usize| {
        words
            .get(at + len)
            .is_some_and(|word| fold(word) == "police")
    };
    (0..words.len()).find_map(|at| {
        (1..=3).rev().find_map(|len| {
            if (!sets_in(at) && !opens_for_its_people(at, len) && !before_its_force(at, len))
                || opens_a_state(at)
            {
                return None;
            }
            let phrase = words.get(at..at + len)?;
            if !phrase
                .iter()
                .all(|word| word.starts_with(char::is_uppercase))
            {
                return None;
            }
            let name = phrase.join(" ");
            let name = name
                .trim_end_matches([',', ':', ';', '.'])
                .trim_end_matches("'s")
                .trim_end_matches("’s");
            if is_district(name) {
                return Some(DISTRICT_CITY.to_string());
            }
            let next = words
                .get(at + len)
                .map(|word| fold(word))
                .unwrap_or_default();
            let opens_another = (NOT_SETTING_WORDS.contains(&next.as_str()) && next != "police")
                || COUNTY_WORDS.contains(&next.as_str())
                || next == "township";
            (level_of(name) == Some(PlaceLevel::Town)
                && is_known_city(name)
                && us_places().state(name) == 0
                && !is_compass_word(&fold(name))
                && !opens_another)
                .then(|| name.to_string())
        })
    })
}

/// The US states a folded headline names in full ("maine", "new york"), as
/// a mask: short forms ("ind", "ga") are too often other words.
fn states_named(headline: &str) -> u64 {
    let words: Vec<&str> = headline.split(' ').collect();
    (1..=2)
        .flat_map(|len| words.windows(len).map(|window| window.join(" ")))
        .filter(|name| !is_state_short_form(name))
        .map(|name| us_places().state(&name))
        .fold(0, |mask, state| mask | state)
}

/// Whether a folded headline names the folded place as where its story is:
/// as whole words, not right after a word putting the story beside it.
fn names_as_subject(headline: &str, place: &str) -> bool {
    if place.is_empty() {
        return false;
    }
    let words: Vec<&str> = headline.split(' ').collect();
    let place_words: Vec<&str> = place.split(' ').collect();
    // Headlines short a town's compass word to its initial ("N. Eastport"
    // for North Eastport), which folds to a word of one letter.
    fn initial(word: &str) -> Option<&str> {
        ["north", "south", "east", "west"]
            .contains(&word)
            .then(|| &word[..1])
    }
    let fits = |at: usize| {
        words.get(at..at + place_words.len()).is_some_and(|found| {
            found
                .iter()
                .zip(&place_words)
                .enumerate()
                .all(|(nth, (found, word))| {
                    found == word || (nth == 0 && initial(word) == Some(*found))
                })
        })
    };
    // "shot in suburban Eastport", "in Eastport suburbs": the story is in a
    // town around it (dev city, gold clusters, 0.866 -> 0.868).
    (0..words.len()).any(|at| {
        fits(at)
            && !at
                .checked_sub(1)
                .and_then(|before| words.get(before))
                .is_some_and(|word| BESIDE_WORDS.contains(word) || *word == "suburban")
            && !words
                .get(at + place_words.len())
                .is_some_and(|word| ["suburb", "suburbs"].contains(word))
    })
}

/// The town an organisation serves, when its name is the town's police or
/// fire service: "Eastport Police Department" gives "Eastport", and so does
/// "Eastport Metropolitan Police Department".
fn town_of_force(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    LOCAL_FORCES.iter().find_map(|force| {
        let force_words: Vec<&str> = force.split(' ').collect();
        let at = (1..words.len()).find(|&at| {
            force_words.iter().enumerate().all(|(offset, force_word)| {
                words
                    .get(at + offset)
                    .is_some_and(|word| fold(word) == *force_word)
            })
        })?;
        let mut town = words.get(..at)?;
        // "Kansas City Police" serves Kansas City, not Kansas: a word is
        // dropped only while what is left can still be a town.
        while let [rest @ .., last] = town
            && FORCE_KIND_WORDS.contains(&fold(last).as_str())
            && (rest.is_empty() || level_of(&rest.join(" ")) == Some(PlaceLevel::Town))
        {
            town = rest;
        }
        (!town.is_empty()).then(|| town.join(" "))
    })
}

/// The US cities an article's outlet is from: the one its host names, then
/// those the parts of its page title naming the outlet name ("WXYZ News 4 -
/// Eastport, Ore.").
fn outlet_towns_of(document: &Document) -> Vec<String> {
    let source = document.article.source.as_deref();
    let (_, outlet_parts) = title_parts(&document.article.title, source);
    source
        .and_then(city_of_host)
        .into_iter()
        .chain(outlet_parts.into_iter().filter_map(city_in_outlet_part))
        .collect()
}

/// Records a vote of `how` for a place in one article's strongest votes,
/// keeping the stronger of two for the same place, and returns its entry.
fn raise_vote<'v>(
    strongest: &'v mut HashMap<String, (PlaceBasis, u32, usize, String)>,
    name: &str,
    how: PlaceBasis,
    at: usize,
) -> &'v mut (PlaceBasis, u32, usize, String) {
    let weight = weight_of(how);
    let entry = strongest
        .entry(fold(name))
        .or_insert((how, 0, at, name.to_string()));
    if weight > entry.1 {
        entry.0 = how;
        entry.1 = weight;
    }
    entry
}

/// A large US city named in an outlet's part of a page title: "Memphis,
/// Tennessee", "WXYZ 9 News Eastport, Ore. News".
fn city_in_outlet_part(part: &str) -> Option<String> {
    for piece in part.split(',') {
        let words: Vec<&str> = piece.split_whitespace().collect();
        for len in (1..=3).rev() {
            for at in 0..words.len().saturating_sub(len - 1) {
                let name = words[at..at + len].join(" ");
                if !name.chars().next().is_some_and(char::is_uppercase) {
                    continue;
                }
                if is_large_city(&name) && us_places().town(&name) != 0 && name.len() >= 4 {
                    return Some(name);
                }
            }
        }
    }
    None
}

/// A known town a page title opens with before a colon, as a dateline
/// ("EASTPORT: Five hurt in shooting", "Eastport: Man shot").
fn town_opening_title(title: &str) -> Option<String> {
    let (head, rest) = title.split_once(": ")?;
    let words: Vec<&str> = head.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 || rest.trim().is_empty() {
        return None;
    }
    if !words
        .iter()
        .all(|word| word.starts_with(char::is_uppercase))
    {
        return None;
    }
    let name = title_case(&head.to_lowercase());
    (level_of(&name) == Some(PlaceLevel::Town)
        && is_known_city(&name)
        && us_places().state(&name) == 0
        && !is_compass_word(&fold(&name)))
    .then_some(name)
}

/// The county a sheriff's office serves, when the mention finder cut its
/// name to the head ("the Eastport County Sheriff's Office" found as
/// "Office"): a sheriff serves a county as a town's police serve the town
/// (dev city, gold clusters, 0.868 -> 0.870).
fn county_of_sheriff_before(text: &str, range: TextRange) -> Option<String> {
    let mut from = range.start.saturating_sub(60);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = text.get(from..range.start)?;
    let line = before.rsplit('\n').next()?;
    let words: Vec<&str> = line.split_whitespace().collect();
    let [rest @ .., sheriff] = words.as_slice() else {
        return None;
    };
    if !fold(sheriff).starts_with("sheriff") {
        return None;
    }
    let [rest @ .., county] = rest else {
        return None;
    };
    if !COUNTY_WORDS.contains(&fold(county).as_str()) || !county.starts_with(char::is_uppercase) {
        return None;
    }
    let name: Vec<&str> = rest
        .iter()
        .rev()
        .take(3)
        .take_while(|word| word.starts_with(char::is_uppercase) && !["The", "A"].contains(word))
        .copied()
        .collect();
    if name.is_empty() {
        return None;
    }
    let mut name: Vec<&str> = name.into_iter().rev().collect();
    name.push(county);
    Some(name.join(" "))
}

/// A name without the next sentence's first word when the mention finder
/// ran it on past a short form's full stop ("Southeast D.C. Bullets hit").
fn before_sentence_end(name: &str) -> &str {
    let cut = name.match_indices(". ").find(|&(at, _)| {
        let word_before = name[..at].rsplit(' ').next().unwrap_or("");
        let mut after = name[at + 2..].chars();
        word_before.contains('.')
            && after.next().is_some_and(char::is_uppercase)
            && after.next().is_some_and(char::is_lowercase)
    });
    cut.map_or(name, |(at, _)| &name[..at + 1])
}
