//! Words of a fact slot: units and predicates brought to one spelling so that
//! claims about the same thing meet, the kind of a unit (count, money,
//! percentage), and the slot put back into words for people to read.

use crate::text::fold;

/// Verbs that report the same change, under one lemma. News copy varies
/// these freely ("freed" / "released", "died" / "killed"), and a fact slot
/// should not split on the choice.
const PREDICATE_SYNONYMS: &[(&str, &[&str])] = &[
    (
        "release",
        &["release", "released", "free", "freed", "releases"],
    ),
    (
        "kill",
        &[
            "kill", "killed", "die", "died", "dead", "slay", "slain", "death",
        ],
    ),
    (
        "injure",
        &["injure", "injured", "wound", "wounded", "hurt", "injury"],
    ),
    (
        "remain",
        &[
            "remain",
            "remained",
            "hold",
            "held",
            "jail",
            "jailed",
            "imprison",
            "imprisoned",
        ],
    ),
    ("arrest", &["arrest", "arrested", "detain", "detained"]),
];

/// Past participles that do not follow the "-ed" rule.
const IRREGULAR_PARTICIPLES: &[(&str, &str)] = &[
    ("hold", "held"),
    ("remain", "remaining"),
    ("wait", "waiting"),
    ("stay", "staying"),
    ("take", "taken"),
    ("give", "given"),
    ("leave", "left"),
    ("lose", "lost"),
    ("pay", "paid"),
    ("spend", "spent"),
    ("send", "sent"),
    ("build", "built"),
    ("sell", "sold"),
    ("flee", "fled"),
    ("meet", "met"),
    ("steal", "stolen"),
    ("win", "won"),
    ("bring", "brought"),
    ("keep", "kept"),
    ("hit", "hit"),
    ("cut", "cut"),
    ("cost", "cost"),
    ("shoot", "shot"),
    ("rise", "risen"),
    ("grow", "grown"),
    ("fall", "fallen"),
    ("hurt", "hurt"),
    ("go", "gone"),
    ("run", "run"),
    ("find", "found"),
    ("seize", "seized"),
    ("wound", "wounded"),
    ("put", "put"),
    ("set", "set"),
    ("spread", "spread"),
    ("shut", "shut"),
    ("strike", "striking"),
    ("march", "marching"),
];

/// Nouns whose plural is not made with "-s".
const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("person", "people"),
    ("child", "children"),
    ("man", "men"),
    ("woman", "women"),
];

/// Compounds of "man", whose plural is "-men" ("fishermen").
const MAN_COMPOUNDS: &[&str] = &[
    "fisherman",
    "policeman",
    "gunman",
    "fireman",
    "chairman",
    "spokesman",
    "serviceman",
    "crewman",
    "countryman",
    "workman",
    "tradesman",
    "congressman",
    "clergyman",
    "horseman",
    "businessman",
    "militiaman",
    "seaman",
    "airman",
];

/// Nationality adjectives, folded. A count of "Ruritanian prisoners" in a
/// story about Ruritania is usually the same count as "prisoners"; the
/// slot logic keeps them apart only when the story also counts another
/// nationality of the same noun.
const DEMONYMS: &[&str] = &[
    "afghan",
    "albanian",
    "algerian",
    "american",
    "angolan",
    "argentine",
    "argentinian",
    "armenian",
    "australian",
    "austrian",
    "azerbaijani",
    "bahraini",
    "bangladeshi",
    "belarusian",
    "belgian",
    "bolivian",
    "bosnian",
    "brazilian",
    "british",
    "bulgarian",
    "burmese",
    "cambodian",
    "cameroonian",
    "canadian",
    "chilean",
    "chinese",
    "colombian",
    "congolese",
    "croatian",
    "cuban",
    "cypriot",
    "czech",
    "danish",
    "dutch",
    "ecuadorian",
    "egyptian",
    "emirati",
    "english",
    "eritrean",
    "estonian",
    "ethiopian",
    "european",
    "filipino",
    "finnish",
    "french",
    "georgian",
    "german",
    "ghanaian",
    "greek",
    "guatemalan",
    "haitian",
    "honduran",
    "hungarian",
    "icelandic",
    "indian",
    "indonesian",
    "iranian",
    "iraqi",
    "irish",
    "israeli",
    "italian",
    "ivorian",
    "jamaican",
    "japanese",
    "jordanian",
    "kazakh",
    "kenyan",
    "korean",
    "kosovar",
    "kuwaiti",
    "kyrgyz",
    "lao",
    "latvian",
    "lebanese",
    "libyan",
    "lithuanian",
    "malaysian",
    "malian",
    "maltese",
    "mexican",
    "moldovan",
    "mongolian",
    "montenegrin",
    "moroccan",
    "mozambican",
    "namibian",
    "nepali",
    "nepalese",
    "nicaraguan",
    "nigerian",
    "nigerien",
    "norwegian",
    "omani",
    "pakistani",
    "palestinian",
    "panamanian",
    "paraguayan",
    "peruvian",
    "polish",
    "portuguese",
    "qatari",
    "romanian",
    "russian",
    "rwandan",
    "saudi",
    "scottish",
    "senegalese",
    "serbian",
    "slovak",
    "slovenian",
    "somali",
    "spanish",
    "sudanese",
    "swedish",
    "swiss",
    "syrian",
    "taiwanese",
    "tajik",
    "tanzanian",
    "thai",
    "tunisian",
    "turkish",
    "turkmen",
    "ugandan",
    "ukrainian",
    "uruguayan",
    "uzbek",
    "venezuelan",
    "vietnamese",
    "welsh",
    "yemeni",
    "zambian",
    "zimbabwean",
    "us",
    "uk",
    "eu",
];

/// Units that name people in general ("52 individuals", "12 people"): such a
/// count can be the same as a count of a more particular noun.
const GENERIC_UNITS: &[&str] = &["person", "individual", UNKNOWN_UNIT, "one"];

/// The unit of a count whose noun the analysis did not find.
pub(crate) const UNKNOWN_UNIT: &str = "other";

/// Splits a unit into its leading nationality adjective and the rest, when
/// it has one and something follows it.
pub(crate) fn split_demonym(unit: &str) -> Option<(&str, &str)> {
    let (first, rest) = unit.split_once(' ')?;
    DEMONYMS.contains(&first).then_some((first, rest))
}

/// Tells whether a unit names people in general.
pub(crate) fn is_generic_unit(unit: &str) -> bool {
    GENERIC_UNITS.contains(&unit)
}

/// Currency words, folded and singular.
const CURRENCIES: &[&str] = &[
    "euro", "dollar", "pound", "sterling", "rouble", "ruble", "yen", "yuan", "franc", "krone",
    "krona", "zloty", "hryvnia", "rupee", "peso", "lira", "eur", "usd", "gbp", "rub",
];

/// Units of measure, folded and singular: lengths, weights, areas, volumes,
/// speeds, temperatures and spans of time. Without a verb, such a figure
/// usually describes ("a queue of about 2 km", "a three-year deal") rather
/// than counts what happened.
const MEASURE_UNITS: &[&str] = &[
    "kilometre",
    "kilometer",
    "km",
    "metre",
    "meter",
    "m",
    "centimetre",
    "centimeter",
    "cm",
    "millimetre",
    "millimeter",
    "mm",
    "mile",
    "yard",
    "foot",
    "feet",
    "inch",
    "nautical mile",
    "kilogram",
    "kg",
    "gram",
    "g",
    "tonne",
    "ton",
    "pound weight",
    "lb",
    "ounce",
    "hectare",
    "acre",
    "square kilometre",
    "square kilometer",
    "square metre",
    "square meter",
    "square mile",
    "litre",
    "liter",
    "gallon",
    "barrel",
    "cubic metre",
    "cubic meter",
    "kmh",
    "km/h",
    "mph",
    "knot",
    "degree",
    "celsius",
    "fahrenheit",
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "fortnight",
    "month",
    "year",
    "decade",
    "century",
];

/// Tells whether a unit is a unit of measure (a length, a weight, a span of
/// time) rather than a thing counted.
pub(crate) fn is_measure_unit(unit: &str) -> bool {
    MEASURE_UNITS.contains(&unit)
        || unit
            .rsplit(' ')
            .next()
            .is_some_and(|head| MEASURE_UNITS.contains(&head))
}

/// Units of time, folded and singular.
const TIME_UNITS: &[&str] = &[
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "fortnight",
    "month",
    "year",
    "decade",
    "century",
];

/// Tells whether a unit is a span of time ("years", "48 hour").
pub(crate) fn is_time_unit(unit: &str) -> bool {
    unit.rsplit(' ')
        .next()
        .is_some_and(|head| TIME_UNITS.contains(&head))
}

/// What kind of fact a unit makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FactKind {
    Count,
    Amount,
    Percentage,
    /// A span of time ("a 48-hour strike", "waited nine months"): how long
    /// something lasts, not a number of things.
    Duration,
}

impl FactKind {
    /// The name used in `Fact::kind`.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            FactKind::Count => "count",
            FactKind::Amount => "amount",
            FactKind::Percentage => "percentage",
            FactKind::Duration => "duration",
        }
    }
}

/// Nouns news copy uses interchangeably for one thing, under one spelling.
const UNIT_SYNONYMS: &[(&str, &[&str])] = &[("ship", &["vessel"])];

/// Brings a unit noun to one spelling: folded, each word singular, the head
/// noun's common synonyms merged.
pub(crate) fn normalize_unit(unit: &str) -> String {
    let folded = fold(unit);
    if folded.is_empty() {
        // Symbols fold to nothing; keep them recognisable.
        if unit.contains('%') {
            return "percent".to_string();
        }
        return unit.trim().to_lowercase();
    }
    let mut words: Vec<String> = folded.split(' ').map(singular).collect();
    if let Some(head) = words.last_mut()
        && let Some((canonical, _)) = UNIT_SYNONYMS
            .iter()
            .find(|(_, synonyms)| synonyms.contains(&head.as_str()))
    {
        *head = (*canonical).to_string();
    }
    words.join(" ")
}

/// Brings a predicate to its lemma, merging common synonyms.
pub(crate) fn normalize_predicate(predicate: &str) -> Option<String> {
    let folded = fold(predicate);
    if folded.is_empty() {
        return None;
    }
    for word in folded.split(' ') {
        for (lemma, synonyms) in PREDICATE_SYNONYMS {
            if synonyms.contains(&word) {
                return Some((*lemma).to_string());
            }
        }
    }
    Some(folded)
}

/// The state a demanded change leaves things in: "called for the release
/// of 1,300 prisoners" counts prisoners who remain held.
pub(crate) fn undone_when_demanded(lemma: &str) -> Option<&'static str> {
    match lemma {
        "release" => Some("remain"),
        _ => None,
    }
}

/// Tells whether a predicate only says a count changed ("rose to 14").
pub(crate) fn is_change_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "rise" | "increase" | "climb" | "grow" | "jump" | "reach" | "fall" | "drop" | "decrease"
    )
}

/// Cuts a predicate lemma to a crude stem ("released", "release" and
/// "releasing" all give "releas"), so that claims whose predicates were
/// lemmatised differently still share a slot.
pub(crate) fn predicate_stem(lemma: &str) -> String {
    let Some(last) = lemma.rsplit(' ').next() else {
        return lemma.to_string();
    };
    let prefix = &lemma[..lemma.len() - last.len()];
    let mut stem = last;
    for ending in ["ing", "ed", "es", "s", "e"] {
        if let Some(cut) = stem.strip_suffix(ending)
            && cut.len() >= 3
        {
            stem = cut;
            break;
        }
    }
    if let Some(cut) = stem.strip_suffix('e')
        && cut.len() >= 3
    {
        stem = cut;
    }
    format!("{prefix}{stem}")
}

/// Tells what kind of fact a unit makes, from its normalized and raw forms.
pub(crate) fn kind_of(unit: &str, raw_unit: &str) -> FactKind {
    let words: Vec<&str> = unit.split(' ').collect();
    if raw_unit.contains('%')
        || words
            .iter()
            .any(|word| matches!(*word, "percent" | "pct" | "percentage"))
        || unit.contains("per cent")
    {
        return FactKind::Percentage;
    }
    if raw_unit.contains(['€', '$', '£', '¥', '₽', '₴'])
        || words.iter().any(|word| CURRENCIES.contains(word))
    {
        return FactKind::Amount;
    }
    if is_time_unit(unit) {
        return FactKind::Duration;
    }
    FactKind::Count
}

/// Puts a slot into words: "political prisoners released since July 2023".
pub(crate) fn statement(unit: &str, predicate: Option<&str>, anchor: Option<&str>) -> String {
    let mut words = plural(unit);
    if let Some(predicate) = predicate {
        words.push(' ');
        words.push_str(&participle(predicate));
    }
    if let Some(anchor) = anchor {
        words.push(' ');
        words.push_str(anchor);
    }
    words
}

fn singular(word: &str) -> String {
    if let Some((singular, _)) = IRREGULAR_PLURALS.iter().find(|(_, plural)| *plural == word) {
        return (*singular).to_string();
    }
    if let Some(stem) = word.strip_suffix("men") {
        let compound = format!("{stem}man");
        if MAN_COMPOUNDS.contains(&compound.as_str()) {
            return compound;
        }
    }
    let keeps_s = word.len() <= 3
        || word.ends_with("ss")
        || word.ends_with("us")
        || word.ends_with("is")
        || word.ends_with("news");
    if keeps_s {
        return word.to_string();
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    let sibilant_plural = ["ches", "shes", "xes"]
        .iter()
        .any(|ending| word.ends_with(ending));
    if sibilant_plural {
        return word[..word.len() - 2].to_string();
    }
    word.strip_suffix('s').unwrap_or(word).to_string()
}

fn plural(unit: &str) -> String {
    let (prefix, head) = match unit.rfind(' ') {
        Some(at) => unit.split_at(at + 1),
        None => ("", unit),
    };
    if head.is_empty() || head == "percent" {
        return unit.to_string();
    }
    if let Some((_, plural)) = IRREGULAR_PLURALS
        .iter()
        .find(|(singular, _)| *singular == head)
    {
        return format!("{prefix}{plural}");
    }
    if MAN_COMPOUNDS.contains(&head) {
        return format!("{prefix}{}men", &head[..head.len() - 3]);
    }
    if head.ends_with('s') || head.ends_with('x') || head.ends_with("ch") || head.ends_with("sh") {
        return format!("{prefix}{head}es");
    }
    let consonant_y = head.ends_with('y')
        && head
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|before| !"aeiou".contains(before));
    if consonant_y {
        return format!("{prefix}{}ies", &head[..head.len() - 1]);
    }
    format!("{prefix}{head}s")
}

fn participle(predicate: &str) -> String {
    let Some(last) = predicate.rsplit(' ').next() else {
        return predicate.to_string();
    };
    let prefix = &predicate[..predicate.len() - last.len()];
    if let Some((_, irregular)) = IRREGULAR_PARTICIPLES
        .iter()
        .find(|(lemma, _)| *lemma == last)
    {
        return format!("{prefix}{irregular}");
    }
    if last.ends_with("ed") || last.ends_with("ing") || last.is_empty() {
        return predicate.to_string();
    }
    if last.ends_with('e') {
        return format!("{predicate}d");
    }
    let consonant_y = last.ends_with('y')
        && last
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|before| !"aeiou".contains(before));
    if consonant_y {
        return format!("{prefix}{}ied", &last[..last.len() - 1]);
    }
    format!("{predicate}ed")
}

#[cfg(test)]
mod tests {
    use super::{
        FactKind, is_measure_unit, kind_of, normalize_predicate, normalize_unit, predicate_stem,
        split_demonym, statement,
    };

    #[test]
    fn units_and_predicates_meet_across_spellings() {
        assert_eq!(normalize_unit("Political Prisoners"), "political prisoner");
        assert_eq!(normalize_unit("people"), "person");
        assert_eq!(normalize_unit("casualties"), "casualty");
        assert_eq!(normalize_unit("bus"), "bus");
        assert_eq!(normalize_unit("%"), "percent");
        assert_eq!(normalize_unit("cargo vessels"), "cargo ship");
        assert_eq!(normalize_predicate("freed").as_deref(), Some("release"));
        assert_eq!(normalize_predicate("were held").as_deref(), Some("remain"));
        assert_eq!(normalize_predicate("offer").as_deref(), Some("offer"));
        assert_eq!(normalize_predicate(" "), None);
        assert_eq!(
            split_demonym("ruritanian prisoner"),
            None,
            "unknown adjectives stay"
        );
        assert_eq!(
            split_demonym("latvian prisoner"),
            Some(("latvian", "prisoner"))
        );
        assert_eq!(split_demonym("latvian"), None);
        assert_eq!(predicate_stem("flooded"), predicate_stem("flood"));
        assert_eq!(predicate_stem("releasing"), predicate_stem("release"));
        assert_eq!(predicate_stem("walk out"), "walk out");
        assert_eq!(normalize_unit("fishermen"), "fisherman");
        assert_eq!(statement("fisherman", None, None), "fishermen");
    }

    #[test]
    fn measures_are_told_from_counted_things() {
        assert!(is_measure_unit(&normalize_unit("kilometres")));
        assert!(is_measure_unit(&normalize_unit("square metres")));
        assert!(is_measure_unit(&normalize_unit("hours")));
        assert!(!is_measure_unit(&normalize_unit("ships")));
        assert!(!is_measure_unit(&normalize_unit("euros")));
    }

    #[test]
    fn kinds_follow_the_unit() {
        assert_eq!(kind_of("euro", "euros"), FactKind::Amount);
        assert_eq!(kind_of("", "$"), FactKind::Amount);
        assert_eq!(kind_of("percent", "%"), FactKind::Percentage);
        assert_eq!(kind_of("hour", "hour"), FactKind::Duration);
        assert_eq!(kind_of("dockworker", "dockworkers"), FactKind::Count);
        assert_eq!(kind_of("dockworker", "dockworkers"), FactKind::Count);
    }

    #[test]
    fn statements_read_as_english() {
        assert_eq!(
            statement("political prisoner", Some("release"), None),
            "political prisoners released"
        );
        assert_eq!(
            statement("political prisoner", Some("remain"), None),
            "political prisoners remaining"
        );
        assert_eq!(statement("person", Some("kill"), None), "people killed");
        assert_eq!(statement("person", Some("shoot"), None), "people shot");
        assert_eq!(statement("ship", Some("divert"), None), "ships diverted");
        assert_eq!(statement("box", Some("carry"), None), "boxes carried");
        assert_eq!(
            statement("prisoner", Some("release"), Some("since July 2023")),
            "prisoners released since July 2023"
        );
        assert_eq!(statement("euro", None, None), "euros");
    }
}
