//! The counts of people harmed a headline gives ("1 dead, 3 hurt in bar
//! shooting", "Four men shot on Elm Street", "Teen killed, two others
//! wounded", "1 dead, 2 critically hurt", "Three fatally shot", "double
//! homicide", "quadruple shooting").
//!
//! Headlines are not analysed with the text (every finding is a range of
//! the text), yet an editor writes the event's toll there, and a scraped
//! text often gives it only in parts ("a man was killed ... two others
//! were taken to hospital"). A count is a number, at most one word of what
//! it counts ("men", "others") and one of how badly ("critically"), then a
//! word of harm; anything looser reads ages and addresses as counts. A
//! count may also follow its verb ("wounds 3", "accused of shooting 5
//! people"), save a verb of killing's, which leaves out a killer who died,
//! unless the headline adds him ("kills 3 bandmates, self": four); one
//! person after a verb of hurt is one hurt ("shooting that injured
//! 11-year-old boy").

use crate::analyse::unit_word;
use crate::model::HeadlineToll;

/// Words of a headline about more than one event ("6 dead, 28 wounded in
/// weekend shootings", "violent night leaves one dead"): its counts are of
/// wider violence than the story's.
const WIDER: &[&str] = &["weekend", "shootings", "violent"];

/// Words telling of a death, counted or not ("Man killed in crash",
/// "Fatal shooting", "Slaying suspect held").
const DEATH: &[&str] = &[
    "kill",
    "kills",
    "killed",
    "killing",
    "dead",
    "die",
    "dies",
    "died",
    "death",
    "deaths",
    "deadly",
    "fatal",
    "fatally",
    "slain",
    "slaying",
    "murder",
    "murders",
    "murdered",
    "homicide",
    "homicides",
];

/// Words telling that someone died in the event itself, not of a death's
/// aftermath or of an attempt ("attempted murder", "death penalty").
const DIED: &[&str] = &[
    "killed", "kills", "dies", "died", "dead", "fatal", "fatally", "deadly", "slain", "slaying",
];

/// Words of harm a count is followed by.
const DEAD: &[&str] = &["dead", "killed", "murdered", "slain"];
const HURT: &[&str] = &["injured", "wounded", "hurt", "hospitalized", "hospitalised"];
/// Words of people hit by gunfire, dead or alive ("Four shot", "4 people
/// struck").
const SHOT: &[&str] = &["shot", "struck"];

/// Participles of harm other than shooting ("1 stabbed", "2 beaten").
const HARMED_OTHERWISE: &[&str] = &["stabbed", "pistol-whipped", "beaten"];

/// Words that never stand between a count and its harm: verbs and
/// function words ("three were shot" may go on "dead", "20 in 80 hours").
const NOT_COUNTED: &[&str] = &[
    "were", "are", "was", "is", "of", "and", "in", "at", "after", "to", "have", "has", "been",
    "be", "a", "the",
];

/// The counts one headline gives and whether it tells of a death, `None`
/// when it does neither. A headline about wider violence gives no counts.
pub(crate) fn headline_toll(title: &str) -> Option<HeadlineToll> {
    let words = words(title);
    let death = words.iter().any(|word| DEATH.contains(&word.as_str()));
    let mut toll = HeadlineToll {
        death,
        ..HeadlineToll::default()
    };
    if words.iter().any(|word| WIDER.contains(&word.as_str())) {
        return death.then_some(toll);
    }
    toll.died = words.iter().any(|word| DIED.contains(&word.as_str()));
    let mut hurt_how = false;
    let mut harmed_otherwise = 0;
    for at in 0..words.len() {
        let Some(value) = count_value(&words[at]) else {
            continue;
        };
        if !opens_count(&words, at) {
            continue;
        }
        // One word of what is counted may stand before the harm: "four
        // men shot"; then one word of how: "three critically hurt".
        let mut harm = at + 1;
        let counted = words.get(harm).filter(|word| is_counted_word(word));
        let mut value = value;
        if counted.is_some() {
            harm += 1;
            // "2 adults, six children dead", "two men and three women
            // shot": a list of kinds counts them all.
            if let Some(next) = listed_count(&words, harm) {
                value += next;
                harm += 3;
            }
        }
        let how = words.get(harm).filter(|word| is_manner_word(word));
        if how.is_some() {
            harm += 1;
        }
        let Some(word) = words.get(harm) else {
            continue;
        };
        let fatally = how.is_some_and(|word| FATALLY.contains(&word.as_str()));
        let after = |step: usize| words.get(harm + step).map(String::as_str);
        let to_death = after(1) == Some("to") && after(2) == Some("death");
        let slot = if DEAD.contains(&word.as_str()) {
            &mut toll.killed
        } else if fatally && (SHOT.contains(&word.as_str()) || HURT.contains(&word.as_str())) {
            // "Three fatally shot outside tavern".
            &mut toll.killed
        } else if HURT.contains(&word.as_str()) {
            // "6 shot, one critically hurt": how badly some of those shot
            // were hurt, not how many.
            if how.is_some() {
                hurt_how = true;
            }
            &mut toll.injured
        } else if HARMED_OTHERWISE.contains(&word.as_str()) {
            if fatally || to_death {
                &mut toll.killed
            } else {
                harmed_otherwise += value;
                continue;
            }
        } else if SHOT.contains(&word.as_str()) {
            if after(1) == Some("dead") || to_death {
                &mut toll.killed
            } else if counted.is_some_and(|word| word == "others")
                || words[..at].iter().any(|word| DEAD.contains(&word.as_str()))
            {
                // "Teen killed, six others shot", "Teen dead, 6 shot": the
                // others, told after the death, lived.
                &mut toll.injured
            } else {
                &mut toll.shot
            }
        } else {
            continue;
        };
        slot.get_or_insert(value);
    }
    if hurt_how && toll.shot.is_some() {
        toll.injured = None;
    }
    // "5 shot, 1 pistol-whipped", "1 stabbed": the others harmed are hurt
    // besides the shot.
    if harmed_otherwise > 0 {
        if let Some(injured) = toll.injured.as_mut() {
            *injured += harmed_otherwise;
        } else if let Some(shot) = toll.shot.as_mut() {
            *shot += harmed_otherwise;
        } else {
            toll.injured = Some(harmed_otherwise);
        }
    }
    // "Shooting that injured 11-year-old boy": one person the object of
    // a verb of hurt.
    if toll.injured.is_none() && (1..words.len()).any(|at| one_hurt_object(&words, at)) {
        toll.injured = Some(1);
    }
    // "Gunman wounds 3", "charged with shooting 8 people": the verb
    // before its count, where no count before its harm said it; beside a
    // verb's count of the killed ("kills 2, wounds 3") the shot are unsure.
    let mut killing = false;
    for at in 1..words.len() {
        let Some(value) = count_value(&words[at]) else {
            continue;
        };
        match verb_count(&words, at) {
            Some(VerbCount::Killed) => {
                killing = true;
                toll.slain.get_or_insert(value);
                // "Gunman kills 3 bandmates, self": the killer counted too.
                if and_self(&words, at) {
                    toll.killed.get_or_insert(value + 1);
                }
            }
            Some(VerbCount::Injured) => {
                toll.injured.get_or_insert(value);
            }
            Some(VerbCount::Shot) if !killing => {
                toll.shot.get_or_insert(value);
            }
            _ => {}
        }
    }
    // "Quadruple shooting", "triple homicide": the count in one word.
    for (at, word) in words.iter().enumerate() {
        let mut parts = word.splitn(2, '-');
        let Some(value) = parts.next().and_then(multiple_value) else {
            continue;
        };
        let Some(noun) = parts
            .next()
            .or_else(|| words.get(at + 1).map(String::as_str))
        else {
            continue;
        };
        if SHOOTINGS.contains(&noun) {
            toll.shooting.get_or_insert(value);
        } else if KILLINGS.contains(&noun) {
            toll.killed.get_or_insert(value);
        }
    }
    // "Shooting kills teen girl, injures 4": one person the object of a
    // verb of killing, where nothing counts the dead, with no killer
    // added ("kills wife, self").
    if toll.killed.is_none()
        && let Some(end) =
            (1..words.len()).find_map(|at| one_object(&words, at, KILLS_ONE, &["killed"]))
        && !and_self(&words, end - 1)
    {
        toll.killed = Some(1);
    }
    // "5 murdered; suspect dead": the killer's death is one more, which
    // the count of his victims leaves out.
    if let Some(killed) = toll.killed.as_mut()
        && (1..words.len()).any(|at| killer_died(&words, at))
    {
        *killed += 1;
    }
    // "Four shot, two dead": the shot count holds the dead, and the
    // wounded are then unsure; the killed count says enough.
    if toll.killed.is_some() {
        toll.shot = None;
    }
    (toll != HeadlineToll::default()).then_some(toll)
}

/// The headline's words folded to lower case, a comma, colon or semicolon
/// being a word of its own; hyphens stay inside words, so "15-year-old"
/// is one word and no count.
fn words(title: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for ch in title.chars() {
        if ch.is_alphanumeric() || matches!(ch, '-' | '\'' | '’' | '.' | '$') {
            word.extend(ch.to_lowercase());
            continue;
        }
        if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if matches!(ch, ',' | ';' | ':' | '|') {
            words.push(ch.to_string());
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    // "Elm St." or "3 dead.": a closing dot is no part of the word.
    for word in &mut words {
        if word.len() > 1 && word.ends_with('.') {
            word.pop();
        }
    }
    words
}

/// The value of a count word: digits alone ("4", not "4th", "$5" or
/// "1.5") or a number word under twenty ("four").
fn count_value(word: &str) -> Option<u64> {
    if !word.is_empty() && word.chars().all(|ch| ch.is_ascii_digit()) {
        return word.parse().ok();
    }
    unit_word(word)
        .filter(|&value| value < 20.0)
        .map(|value| value as u64)
}

/// Verbs of harm a count of the harmed may follow ("wounding two",
/// "shoots 4"); "shooting" is a verb only after what governs one ("accused
/// of shooting 5"), being otherwise most often the event's noun. A verb of
/// killing counts only who the subject killed ("gunman kills six"), not
/// the gunman who then died: such a count ends the reading of a verb's
/// counts and fills no field.
const KILLS: &[&str] = &["kill", "kills", "killing", "slays", "slaying"];
/// Verbs of killing a done deed, not an attempt ("tried to kill").
const KILLS_ONE: &[&str] = &["kills", "killing", "slays"];
const HURTS: &[&str] = &[
    "wound", "wounds", "wounding", "injure", "injures", "injuring", "hurts", "hurting",
];
const SHOOTS: &[&str] = &["shoot", "shoots"];
const GOVERN_GERUND: &[&str] = &["of", "with", "for", "after"];
/// Verbs that kill with "down" ("guns down 3", "gunning down two").
const GUNS_DOWN: &[&str] = &["gun", "guns", "gunning", "gunned"];

/// The one who does the harm, named in a headline.
const KILLER: &[&str] = &["suspect", "gunman", "shooter", "killer"];

/// Tells whether the words at `at` tell that the killer died ("suspect
/// dead", "gunman killed", "suspected shooter dies").
fn killer_died(words: &[String], at: usize) -> bool {
    KILLER.contains(&words[at - 1].as_str())
        && matches!(words[at].as_str(), "dead" | "killed" | "dies" | "died")
}

/// What a count right after a verb of harm counts.
enum VerbCount {
    Killed,
    Injured,
    Shot,
}

/// What the number at `at` counts when it is the object of a verb of harm
/// ("wounds 3", "accused of shooting 5 people", "fatally shoots 2"),
/// `None` when it is not: a harm after it ("shooting 3 dead" is a count
/// before its harm), or what it counts is no people ("shoot 20 rounds").
fn verb_count(words: &[String], at: usize) -> Option<VerbCount> {
    let verb = words[at - 1].as_str();
    // "Gunning down 3 teens": the phrasal verb of killing.
    let verb = if verb == "down" && at >= 2 && GUNS_DOWN.contains(&words[at - 2].as_str()) {
        "kills"
    } else {
        verb
    };
    let fatally = at >= 2 && FATALLY.contains(&words[at - 2].as_str());
    let governed =
        |before: usize| at > before && GOVERN_GERUND.contains(&words[at - 1 - before].as_str());
    let gerund = verb == "shooting" && (governed(1) || (fatally && governed(2)));
    let shoots = SHOOTS.contains(&verb) || gerund;
    if let Some(next) = words.get(at + 1) {
        let singular = next.strip_suffix('s').unwrap_or(next);
        if DEAD.contains(&next.as_str())
            || HURT.contains(&next.as_str())
            || SHOT.contains(&next.as_str())
            || next == "of"
            || super::NOT_PEOPLE.contains(&singular)
        {
            return None;
        }
    }
    if KILLS.contains(&verb) || (shoots && fatally) {
        Some(VerbCount::Killed)
    } else if HURTS.contains(&verb) {
        Some(VerbCount::Injured)
    } else if shoots {
        Some(VerbCount::Shot)
    } else {
        None
    }
}

/// People a headline may name one of as the object of a verb of hurt.
const ONE_PERSON: &[&str] = &[
    "man", "woman", "boy", "girl", "teen", "teenager", "child", "toddler", "baby", "infant",
    "officer", "deputy", "student",
];

/// Tells whether the words from `at` name one person after a verb of hurt
/// ("injures teen", "wounded an 11-year-old boy", "wounds officer"): an
/// article at most, an age at most, then the person.
fn one_hurt_object(words: &[String], at: usize) -> bool {
    one_object(words, at, HURTS, &["injured", "wounded"]).is_some()
}

/// Where the one person after a verb of `verbs` (or a participle of
/// `participles` after a relative) at `at` ends, `None` when no one
/// person follows.
fn one_object(words: &[String], at: usize, verbs: &[&str], participles: &[&str]) -> Option<usize> {
    let verb = words[at - 1].as_str();
    // A participle is a verb after a relative ("that injured"), and
    // otherwise most often an adjective ("Wounded man walks into store").
    let relative = at >= 2 && matches!(words[at - 2].as_str(), "that" | "which" | "who");
    if !(verbs.contains(&verb) || (relative && participles.contains(&verb))) {
        return None;
    }
    let mut next = at;
    if words
        .get(next)
        .is_some_and(|word| matches!(word.as_str(), "a" | "an"))
    {
        next += 1;
    }
    if words.get(next).is_some_and(|word| word.contains("-old")) {
        next += 1;
    }
    // "Kills teen girl": one word of what the person is may come first.
    if words
        .get(next + 1)
        .is_some_and(|word| ONE_PERSON.contains(&word.as_str()))
        && words
            .get(next)
            .is_some_and(|word| ONE_PERSON.contains(&word.as_str()))
    {
        next += 1;
    }
    words
        .get(next)
        .is_some_and(|word| ONE_PERSON.contains(&word.as_str()))
        .then_some(next + 1)
}

/// Tells whether the count at `at`, with at most one word of what it
/// counts, is followed by the killer himself ("kills 2, self", "kills 3
/// neighbors and himself").
fn and_self(words: &[String], at: usize) -> bool {
    let reflexive = |word: &str| matches!(word, "self" | "himself" | "herself");
    let joined = |from: usize| {
        matches!(words.get(from).map(String::as_str), Some("," | "and"))
            && words.get(from + 1).is_some_and(|word| reflexive(word))
    };
    joined(at + 1)
        || (words.get(at + 1).is_some_and(|word| is_counted_word(word)) && joined(at + 2))
}

/// The second count of a list of kinds at `at` (", six children", "and
/// three women"), its number then one word of what it counts.
fn listed_count(words: &[String], at: usize) -> Option<u64> {
    if !matches!(words.get(at).map(String::as_str), Some("," | "and")) {
        return None;
    }
    let value = count_value(words.get(at + 1)?)?;
    words
        .get(at + 2)
        .filter(|word| is_counted_word(word))
        .map(|_| value)
}

/// Tells whether the number at `at` opens a count: not "one of", and not
/// the second of a list of kinds ("2 adults, six children dead", which
/// the first opens for both), while "1 dead, 3 hurt" is two counts.
fn opens_count(words: &[String], at: usize) -> bool {
    let is_harm = |word: &str| DEAD.contains(&word) || HURT.contains(&word) || SHOT.contains(&word);
    if at >= 3
        && words[at - 1] == ","
        && count_value(&words[at - 3]).is_some()
        && !is_harm(&words[at - 2])
    {
        return false;
    }
    words.get(at + 1).is_none_or(|next| next != "of")
}

/// Words of how badly people were harmed that may stand between a count
/// and its harm ("three critically hurt"); those of `FATALLY` make the harm
/// a death.
const MANNER: &[&str] = &[
    "critically",
    "seriously",
    "severely",
    "gravely",
    "badly",
    "slightly",
    "fatally",
    "mortally",
];
const FATALLY: &[&str] = &["fatally", "mortally"];

fn is_manner_word(word: &str) -> bool {
    MANNER.contains(&word)
}

/// Nouns of shooting and of killing a multiplying word may count
/// ("quadruple shooting", "double homicide").
const SHOOTINGS: &[&str] = &["shooting"];
const KILLINGS: &[&str] = &["homicide", "murder", "killing", "slaying", "slayings"];

/// The value of a multiplying word ("double" 2 ... "quintuple" 5).
fn multiple_value(word: &str) -> Option<u64> {
    match word {
        "double" => Some(2),
        "triple" => Some(3),
        "quadruple" => Some(4),
        "quintuple" => Some(5),
        _ => None,
    }
}

/// Tells whether a word may name what a count counts ("men", "people",
/// "others"): a word, no adverb ("critically"), verb or function word.
fn is_counted_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_alphabetic)
        && !word.ends_with("ly")
        && !NOT_COUNTED.contains(&word)
        && !DEAD.contains(&word)
        && !HURT.contains(&word)
        && !SHOT.contains(&word)
        && !HARMED_OTHERWISE.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(title: &str) -> (Option<u64>, Option<u64>, Option<u64>) {
        let toll = headline_toll(title).unwrap_or_default();
        (toll.killed, toll.injured, toll.shot)
    }

    #[test]
    fn dead_and_hurt_are_read_in_digits_and_words() {
        assert_eq!(
            read("1 Dead, 3 Hurt In Riverside Bar Shooting"),
            (Some(1), Some(3), None)
        );
        assert_eq!(
            read("Two killed, five wounded at street party"),
            (Some(2), Some(5), None)
        );
        assert_eq!(
            read("Six injured, one dead outside corner store"),
            (Some(1), Some(6), None)
        );
    }

    #[test]
    fn one_word_may_name_who_is_counted() {
        assert_eq!(read("Four men shot on Elm Street"), (None, None, Some(4)));
        assert_eq!(
            read("Police ID three people killed in home"),
            (Some(3), None, None)
        );
        assert_eq!(
            read("Girl killed, 4 others wounded at park"),
            (None, Some(4), None)
        );
    }

    #[test]
    fn people_harmed_otherwise_are_hurt_besides_the_shot() {
        assert_eq!(
            read("5 shot, 1 pistol-whipped at Eastport party"),
            (None, None, Some(6))
        );
        assert_eq!(
            read("1 dead, 2 hurt, 1 stabbed in Harbourside brawl"),
            (Some(1), Some(3), None)
        );
        assert_eq!(
            read("1 stabbed outside Eastport bar"),
            (None, Some(1), None)
        );
        assert_eq!(
            read("Two stabbed to death in Harbourside"),
            (Some(2), None, None)
        );
    }

    #[test]
    fn others_shot_beside_a_death_are_the_hurt() {
        assert_eq!(
            read("Boy killed, 6 others shot on North Side"),
            (None, Some(6), None)
        );
    }

    #[test]
    fn the_shot_told_after_a_death_are_the_hurt() {
        assert_eq!(
            read("Teen dead, 5 shot after Eastport party"),
            (None, Some(5), None)
        );
        assert_eq!(
            read("1 dead, 3 shot at Harbourside bar"),
            (Some(1), Some(3), None)
        );
    }

    #[test]
    fn shot_dead_is_killed_and_the_shot_count_gives_way_to_a_death_count() {
        assert_eq!(read("Three shot dead in farmhouse"), (Some(3), None, None));
        assert_eq!(read("Two shot to death near river"), (Some(2), None, None));
        assert_eq!(
            read("Five shot, two dead in Midtown"),
            (Some(2), None, None)
        );
    }

    #[test]
    fn ages_adverbs_and_wider_violence_are_no_counts() {
        assert_eq!(read("15-Year-Old Dead After Dice Game"), (None, None, None));
        assert_eq!(
            read("6 Shot, One Critically Hurt in Bar"),
            (None, None, Some(6))
        );
        let wider = headline_toll("5 Dead, 17 Wounded In Weekend Shootings");
        assert_eq!(
            wider,
            Some(HeadlineToll {
                death: true,
                ..HeadlineToll::default()
            })
        );
        assert_eq!(
            read("Violent night leaves one dead, nine wounded"),
            (None, None, None)
        );
        assert!(headline_toll("City council votes on budget").is_none());
    }

    #[test]
    fn a_word_of_how_badly_may_stand_before_the_harm() {
        assert_eq!(
            read("1 dead, 2 critically injured after store shooting"),
            (Some(1), Some(2), None)
        );
        assert_eq!(
            read("Two fatally shot outside diner"),
            (Some(2), None, None)
        );
        // Beside a count of the shot, it tells how badly some were hurt.
        assert_eq!(
            read("7 Shot, Two Seriously Hurt at Block Party"),
            (None, None, Some(7))
        );
    }

    #[test]
    fn a_multiplying_word_counts_the_shot_or_the_dead() {
        let toll = headline_toll("Police seek gunman in quadruple shooting").unwrap_or_default();
        assert_eq!(
            (toll.shooting, toll.shot, toll.killed),
            (Some(4), None, None)
        );
        assert_eq!(
            read("Suspect held in double homicide at motel"),
            (Some(2), None, None)
        );
        let toll = headline_toll("Arrest in deadly triple-shooting").unwrap_or_default();
        assert_eq!(toll.shooting, Some(3));
    }

    #[test]
    fn a_death_is_told_with_a_count_or_without() {
        assert!(headline_toll("Man killed in crash on Route 9").is_some_and(|t| t.death));
        assert!(headline_toll("Fatal shooting under investigation").is_some_and(|t| t.death));
        assert!(headline_toll("Four wounded at party").is_some_and(|t| !t.death));
        assert!(headline_toll("Child dies in accidental shooting").is_some_and(|t| t.died));
        let charged = headline_toll("Man charged with attempted murder").unwrap_or_default();
        assert!(charged.death && !charged.died);
        let wider = headline_toll("Weekend gunfire kills 1, wounds 12").unwrap_or_default();
        assert!(wider.death && !wider.died);
    }

    #[test]
    fn a_count_may_follow_its_verb_of_harm() {
        // Who the gunman killed, without him if he died too.
        assert_eq!(
            read("Gunman kills 2, wounds three at Eastport diner"),
            (None, Some(3), None)
        );
        assert_eq!(
            read("Woman accused of shooting 4 people outside bar"),
            (None, None, Some(4))
        );
        assert_eq!(
            read("Man fatally shoots 2 neighbors, then himself"),
            (None, None, None)
        );
        assert_eq!(
            read("Stray bullet that injured 9-year-old girl was fired from car"),
            (None, Some(1), None)
        );
        assert_eq!(read("Crossfire wounds officer"), (None, Some(1), None));
        assert_eq!(
            read("Drive-by kills teen girl, injures 4 near Eastport park"),
            (Some(1), Some(4), None)
        );
        assert_eq!(
            read("Man tried to kill officer, police say"),
            (None, None, None)
        );
        assert_eq!(read("Wounded man walks into store"), (None, None, None));
        // Unless the headline counts him too.
        assert_eq!(read("Man kills 2 neighbors, self"), (Some(3), None, None));
        assert_eq!(
            read("Woman fatally shoots 3 and herself at farm"),
            (Some(4), None, None)
        );
        assert_eq!(
            read("Men shoot 20 rounds at house, injure 2"),
            (None, Some(2), None)
        );
        // A phrasal verb of killing counts those slain, apart.
        let toll =
            headline_toll("Two held for gunning down 3 teens in Eastport").unwrap_or_default();
        assert_eq!((toll.killed, toll.slain), (None, Some(3)));
        // The event's noun before a count before its harm.
        assert_eq!(read("Eastport shooting 3 dead"), (Some(3), None, None));
        assert_eq!(read("Shooting 4 blocks from school"), (None, None, None));
    }

    #[test]
    fn a_list_of_kinds_counts_them_all_and_no_part_as_the_whole() {
        assert_eq!(
            read("2 adults, three children dead in house"),
            (Some(5), None, None)
        );
        assert_eq!(
            read("Two men and three women shot outside Eastport bar"),
            (None, None, Some(5))
        );
        assert_eq!(
            read("4 people struck in Harbourside shooting"),
            (None, None, Some(4))
        );
        assert_eq!(read("One of five victims dies"), (None, None, None));
    }

    #[test]
    fn the_killer_s_death_adds_to_the_count_of_his_victims() {
        assert_eq!(
            read("4 murdered in Eastport; suspect dead"),
            (Some(5), None, None)
        );
        assert_eq!(
            read("Three slain at Harbourside farm"),
            (Some(3), None, None)
        );
        // Alone, it counts nothing.
        assert_eq!(
            read("Suspect dead after Eastport standoff"),
            (None, None, None)
        );
    }
}
