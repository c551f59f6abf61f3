//! General English word lists for quantities and dates: verb lemmas for
//! predicates, hedges, currencies, speech verbs, month and weekday names, and
//! the closed-class words that end a counted noun phrase.
//!
//! Everything here is general knowledge of the language, not of any article.

use crate::text::FastMap;
use std::sync::OnceLock;

use super::tokens::Token;

/// Verb (or state) phrases and the lemma a fact is grouped by. Several
/// surface phrases share a lemma ("freed", "pardoned", "let go" are all
/// "release"), so that claims written differently land in the same slot.
pub(crate) const PREDICATES: &[(&str, &[&str])] = &[
    (
        "release",
        &[
            "release",
            "released",
            "releases",
            "releasing",
            "freed",
            "frees",
            "freeing",
            "pardon",
            "pardoned",
            "pardons",
            "pardoning",
            "liberated",
            "let go",
            "set free",
            "walked free",
            "let out",
            "regained their freedom",
            "regained freedom",
            "walked out of prison",
        ],
    ),
    (
        "remain",
        &[
            "remain",
            "remains",
            "remained",
            "remaining",
            "behind bars",
            "still held",
            "still in prison",
            "still jailed",
            "still detained",
            "still imprisoned",
            "in prison",
            "in jail",
            "in custody",
            "held",
            "imprisoned",
            "incarcerated",
        ],
    ),
    (
        "strike",
        &[
            "on strike",
            "strike",
            "strikes",
            "striking",
            "struck",
            "walked out",
            "walk out",
            "walks out",
            "walking out",
            "walkout",
            "joined the strike",
            "join the strike",
            "joining the strike",
            "downed tools",
            "stayed away",
            "stay away",
            "staying away",
            "joined the action",
            "join the action",
            "joined the walkout",
            "stopped work",
        ],
    ),
    (
        "kill",
        &[
            "killed",
            "kill",
            "kills",
            "killing",
            "killings",
            "shot dead",
            "shot and killed",
            "fatally shot",
            "fatally shooting",
            "fatally stabbed",
            "fatally wounded",
            "fatally",
            "shot to death",
            "stabbed to death",
            "murdered",
            "murder",
            "murdering",
            "slain",
            "gunned down",
        ],
    ),
    (
        "die",
        &[
            "died",
            "die",
            "dies",
            "dying",
            "dead",
            "deaths",
            "death",
            "fatalities",
            "lost their lives",
            "found dead",
            "pronounced dead",
            "declared dead",
            "later died",
            "perished",
        ],
    ),
    (
        "injure",
        &[
            "injured",
            "injure",
            "injures",
            "injuring",
            "injuries",
            "wounded",
            "wounding",
            "stabbed",
            "hurt",
            "hospitalised",
            "hospitalized",
            "taken to hospital",
            "taken to the hospital",
            "taken to hospitals",
            "taken to area hospitals",
            "to the hospital",
            "to a hospital",
            "to hospital",
            "to hospitals",
            "to area hospitals",
            "to local hospitals",
            "in hospital",
            "in the hospital",
            "in critical condition",
            "in serious condition",
            "in stable condition",
            "suffered gunshot wounds",
            "shot and wounded",
            "shot and injured",
            "critically wounded",
            "seriously wounded",
            "seriously injured",
            "critically injured",
            "minor injuries",
            "suffered injuries",
            "suffered minor injuries",
        ],
    ),
    ("shoot", &["shot", "shoot", "shoots", "shooting"]),
    (
        "wait",
        &[
            "wait",
            "waiting",
            "waited",
            "waits",
            "at anchor",
            "queuing",
            "queueing",
        ],
    ),
    (
        "evacuate",
        &[
            "evacuated",
            "evacuate",
            "evacuates",
            "evacuating",
            "evacuation",
        ],
    ),
    ("offer", &["offer", "offered", "offers", "offering"]),
    ("cost", &["cost", "costs", "costing"]),
    (
        "arrest",
        &[
            "arrested",
            "arrest",
            "arrests",
            "arresting",
            "taken into custody",
            "apprehended",
            "rounded up",
        ],
    ),
    (
        "detain",
        &["detained", "detain", "detains", "detaining", "detention"],
    ),
    ("march", &["marched", "march", "marching", "marches"]),
    (
        "protest",
        &[
            "protested",
            "protest",
            "protesting",
            "protests",
            "demonstrated",
            "rallied",
        ],
    ),
    ("attend", &["attended", "attend", "attending", "turned out"]),
    ("rescue", &["rescued", "rescue", "rescuing"]),
    ("displace", &["displaced"]),
    ("flee", &["fled", "flee", "fleeing"]),
    ("missing", &["missing", "unaccounted for"]),
    ("sentence", &["sentenced", "jailed"]),
    ("charge", &["charged"]),
    ("convict", &["convicted"]),
    ("deport", &["deported", "deport", "expelled"]),
    ("exchange", &["exchanged", "swapped", "exchange", "swap"]),
    ("transfer", &["transferred", "handed over"]),
    ("lose", &["lost", "lose", "losing"]),
    ("cut", &["cut", "cuts", "cutting", "axed", "slashed"]),
    ("risk", &["at risk", "threatened"]),
    ("employ", &["employ", "employs", "employed", "employing"]),
    ("pay", &["paid", "pay", "pays", "paying"]),
    ("raise", &["raised"]),
    ("spend", &["spent", "spend", "spends", "spending"]),
    ("fine", &["fined"]),
    ("rise", &["rose", "rise", "rises", "risen", "climbed"]),
    ("increase", &["increased", "grew", "grown"]),
    (
        "fall",
        &["fell", "fallen", "dropped", "declined", "decreased"],
    ),
    ("divert", &["diverted", "divert", "rerouted"]),
    ("vote", &["voted", "vote"]),
    ("sign", &["signed"]),
    ("receive", &["received"]),
    ("return", &["returned"]),
    ("affect", &["affected"]),
    ("strand", &["stranded"]),
    ("trap", &["trapped"]),
    ("infect", &["infected"]),
    ("hire", &["hired"]),
    ("sell", &["sold"]),
    ("build", &["built"]),
    ("deliver", &["delivered"]),
    ("serve", &["served", "serving"]),
];

/// Matches a predicate phrase starting at token `at`; returns its lemma and
/// the number of tokens it spans (the longest phrase wins).
pub(crate) fn predicate_at(tokens: &[Token<'_>], at: usize) -> Option<(&'static str, usize)> {
    let first = tokens.get(at)?;
    if first.kind != super::tokens::Kind::Word {
        return None;
    }
    if suffers_injury(tokens, at) || is_passive_hit(tokens, at) {
        return Some(("injure", 1));
    }
    if first.is("pay") && !pay_is_a_verb(tokens, at) {
        return None;
    }
    // "the two were target shooting": a sport, no one shot.
    if first.is("shooting")
        && at
            .checked_sub(1)
            .and_then(|before| tokens.get(before))
            .is_some_and(|t| t.is_any(&["target", "skeet", "trap", "clay"]))
    {
        return None;
    }
    let candidates = predicate_index().get(first.lower_cow().as_ref())?;
    let mut best: Option<(&'static str, usize)> = None;
    for &(lemma, phrase) in candidates {
        let len = phrase_len_at(tokens, at, phrase);
        if len > 0 && best.is_none_or(|(_, l)| len > l) {
            best = Some((lemma, len));
        }
    }
    best
}

/// Verbs that, with an injury as object, say someone was hurt.
const SUFFER_VERBS: &[&str] = &[
    "suffered",
    "sustained",
    "received",
    "suffering",
    "sustaining",
];

/// Nouns of bodily harm.
const INJURY_NOUNS: &[&str] = &["wound", "wounds", "injury", "injuries", "burns"];

/// "sustained non-fatal bullet wounds", "suffered a gunshot wound to the
/// leg": a verb of suffering whose object, a few words on, is an injury.
fn suffers_injury(tokens: &[Token<'_>], at: usize) -> bool {
    if !tokens.get(at).is_some_and(|t| t.is_any(SUFFER_VERBS)) {
        return false;
    }
    tokens
        .iter()
        .skip(at + 1)
        .take(6)
        .take_while(|t| !matches!(t.text, "." | ";" | ":" | "," | "!" | "?"))
        .any(|t| t.is_any(INJURY_NOUNS))
}

/// What a person "struck by" or "hit by" is hurt by when it is gunfire.
const GUNFIRE_WORDS: &[&str] = &[
    "gunfire", "bullet", "bullets", "round", "rounds", "shot", "shots", "shotgun", "pellets",
    "shrapnel", "stray", "gunshot", "gunshots",
];

/// "four victims were struck", "two men were hit by gunfire": "struck" or
/// "hit" after a form of "be" is someone shot at and hurt. Struck by
/// something else ("by the van") says nothing of how badly, and active
/// "struck" is a walkout ("workers struck").
fn is_passive_hit(tokens: &[Token<'_>], at: usize) -> bool {
    // "were also struck": a word of the whole subject may stand between.
    let before = |back: usize| at.checked_sub(back).and_then(|before| tokens.get(before));
    let back = if before(1).is_some_and(|t| t.is_any(&["also", "all", "both"])) {
        2
    } else {
        1
    };
    let passive = tokens.get(at).is_some_and(|t| t.is_any(&["struck", "hit"]))
        && before(back).is_some_and(|t| t.is_any(&["was", "were", "been", "being", "got"]));
    let by_other = tokens.get(at + 1).is_some_and(|t| t.is("by"))
        && !tokens
            .iter()
            .skip(at + 2)
            .take(3)
            .any(|t| t.is_any(GUNFIRE_WORDS));
    passive && !by_other
}

/// Words before "pay" that make it the verb ("will pay", "to pay", "they
/// pay"); elsewhere it is the noun ("a pay rise", "the pay dispute", "on
/// strike over pay").
const BEFORE_PAY_VERB: &[&str] = &[
    "to", "will", "would", "could", "can", "must", "should", "may", "might", "did", "does", "do",
    "not", "never", "they", "we", "you", "i", "cannot", "shall",
];

fn pay_is_a_verb(tokens: &[Token<'_>], at: usize) -> bool {
    at.checked_sub(1)
        .and_then(|before| tokens.get(before))
        .is_some_and(|token| token.is_any(BEFORE_PAY_VERB))
}

/// The predicate phrases by their first word, built once: every token of
/// every article is looked up here, often several times.
fn predicate_index() -> &'static FastMap<&'static str, Vec<(&'static str, &'static str)>> {
    static INDEX: OnceLock<FastMap<&'static str, Vec<(&'static str, &'static str)>>> =
        OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: FastMap<&'static str, Vec<(&'static str, &'static str)>> =
            FastMap::default();
        for &(lemma, phrases) in PREDICATES {
            for &phrase in phrases {
                let first = phrase.split(' ').next().unwrap_or(phrase);
                index.entry(first).or_default().push((lemma, phrase));
            }
        }
        index
    })
}

/// Returns how many tokens the space-separated `phrase` covers at `at`, or 0.
pub(crate) fn phrase_len_at(tokens: &[Token<'_>], at: usize, phrase: &str) -> usize {
    // Most calls fail on the first letter; say so before splitting the phrase.
    let first_letters = phrase
        .bytes()
        .next()
        .zip(tokens.get(at).and_then(|token| token.text.bytes().next()));
    if first_letters.is_some_and(|(phrase, token)| !phrase.eq_ignore_ascii_case(&token)) {
        return 0;
    }
    let mut count = 0;
    for word in phrase.split(' ') {
        match tokens.get(at + count) {
            Some(token) if token.is(word) => count += 1,
            _ => return 0,
        }
    }
    count
}

/// The length of the longest speech verb starting at `at` (0 for none).
pub(crate) fn speech_verb_len_at(tokens: &[Token<'_>], at: usize) -> usize {
    let Some(first) = tokens.get(at).and_then(|token| token.text.bytes().next()) else {
        return SPEECH_VERBS
            .iter()
            .map(|verb| phrase_len_at(tokens, at, verb))
            .max()
            .unwrap_or(0);
    };
    // Every token is tried: only the verbs with its first letter can match.
    speech_verbs_by_letter()[usize::from(first.to_ascii_lowercase())]
        .iter()
        .map(|verb| phrase_len_at(tokens, at, verb))
        .max()
        .unwrap_or(0)
}

/// The speech verbs by their first byte, lower-cased; built once.
fn speech_verbs_by_letter() -> &'static [Vec<&'static str>] {
    static INDEX: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<Vec<&'static str>> = vec![Vec::new(); 256];
        for &verb in SPEECH_VERBS {
            if let Some(first) = verb.bytes().next() {
                index[usize::from(first.to_ascii_lowercase())].push(verb);
            }
        }
        index
    })
}

/// Hedges written before a number, with the qualifier they make.
pub(crate) const HEDGES: &[(&str, Hedge)] = &[
    ("about", Hedge::Approximate),
    ("around", Hedge::Approximate),
    ("nearly", Hedge::Approximate),
    ("almost", Hedge::Approximate),
    ("some", Hedge::Approximate),
    ("roughly", Hedge::Approximate),
    ("approximately", Hedge::Approximate),
    ("an estimated", Hedge::Approximate),
    ("estimated", Hedge::Approximate),
    ("close to", Hedge::Approximate),
    ("circa", Hedge::Approximate),
    ("an approximate", Hedge::Approximate),
    ("over", Hedge::AtLeast),
    ("more than", Hedge::AtLeast),
    ("at least", Hedge::AtLeast),
    ("upwards of", Hedge::AtLeast),
    ("in excess of", Hedge::AtLeast),
    ("no fewer than", Hedge::AtLeast),
    ("no less than", Hedge::AtLeast),
    ("not less than", Hedge::AtLeast),
    ("just over", Hedge::AtLeast),
    ("well over", Hedge::AtLeast),
    ("more than a", Hedge::AtLeast),
    ("up to", Hedge::AtMost),
    ("fewer than", Hedge::AtMost),
    ("less than", Hedge::AtMost),
    ("under", Hedge::AtMost),
    ("just under", Hedge::AtMost),
    ("at most", Hedge::AtMost),
    ("no more than", Hedge::AtMost),
    ("not more than", Hedge::AtMost),
    ("as many as", Hedge::AtMost),
];

/// A hedge's meaning, mapped onto `Qualifier` by the finder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hedge {
    /// About, around.
    Approximate,
    /// Over, more than.
    AtLeast,
    /// Up to, fewer than.
    AtMost,
}

/// Matches the longest hedge phrase starting at `at`.
pub(crate) fn hedge_at(tokens: &[Token<'_>], at: usize) -> Option<(Hedge, usize)> {
    // Every token is tried: only the hedges with its first letter can match
    // (all of them for a token with no letter, as phrase_len_at decides).
    let hedges: &[(&str, Hedge)] = match tokens.get(at).and_then(|t| t.text.bytes().next()) {
        Some(first) => &hedges_by_letter()[usize::from(first.to_ascii_lowercase())],
        None => HEDGES,
    };
    let mut best: Option<(Hedge, usize)> = None;
    for &(phrase, hedge) in hedges {
        let len = phrase_len_at(tokens, at, phrase);
        if len > 0 && best.is_none_or(|(_, l)| len > l) {
            best = Some((hedge, len));
        }
    }
    best
}

/// The hedges by their first byte, lower-cased, in list order; built once.
fn hedges_by_letter() -> &'static [Vec<(&'static str, Hedge)>] {
    static INDEX: OnceLock<Vec<Vec<(&'static str, Hedge)>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<Vec<(&'static str, Hedge)>> = vec![Vec::new(); 256];
        for &(phrase, hedge) in HEDGES {
            if let Some(first) = phrase.bytes().next() {
                index[usize::from(first.to_ascii_lowercase())].push((phrase, hedge));
            }
        }
        index
    })
}

/// The currency a symbol stands for.
pub(crate) fn currency_symbol(symbol: &str) -> Option<&'static str> {
    match symbol {
        "$" => Some("dollar"),
        "€" => Some("euro"),
        "£" => Some("pound"),
        "¥" => Some("yen"),
        "₽" => Some("ruble"),
        "₴" => Some("hryvnia"),
        "₹" => Some("rupee"),
        _ => None,
    }
}

/// The currency a word (or ISO code) names, singular.
pub(crate) fn currency_word(word: &str) -> Option<&'static str> {
    match word.to_lowercase().as_str() {
        "euro" | "euros" | "eur" => Some("euro"),
        "dollar" | "dollars" | "usd" => Some("dollar"),
        "pound" | "pounds" | "gbp" | "sterling" => Some("pound"),
        "ruble" | "rubles" | "rouble" | "roubles" | "rub" | "byn" => Some("ruble"),
        "yen" | "jpy" => Some("yen"),
        "yuan" | "renminbi" | "cny" => Some("yuan"),
        "franc" | "francs" | "chf" => Some("franc"),
        "krone" | "kroner" | "kronor" | "krona" | "nok" | "sek" | "dkk" => Some("krone"),
        "zloty" | "zlotys" | "zlotych" | "pln" => Some("zloty"),
        "rupee" | "rupees" | "inr" => Some("rupee"),
        "hryvnia" | "hryvnias" | "uah" => Some("hryvnia"),
        _ => None,
    }
}

/// Speech and estimate verbs that attribute a figure to a source.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "estimated",
    "estimates",
    "estimate",
    "reported",
    "reports",
    "report",
    "claimed",
    "claims",
    "claim",
    "stated",
    "states",
    "announced",
    "announces",
    "counted",
    "counts",
    "confirmed",
    "confirms",
    "added",
    "noted",
    "wrote",
    "writes",
    "tweeted",
    "posted",
    "believes",
    "believe",
    "insisted",
    "insists",
    "put the figure",
    "put the number",
    "put the total",
    "put the toll",
    "put the crowd",
    "put the count",
    "put turnout",
];

/// Words that cannot be part of a counted noun phrase: function words,
/// auxiliaries, time words and the like. Reaching one ends the phrase.
pub(crate) const PHRASE_STOPS: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "for",
    "with",
    "by",
    "and",
    "or",
    "but",
    "nor",
    "as",
    "than",
    "that",
    "this",
    "these",
    "those",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "when",
    "where",
    "while",
    "because",
    "if",
    "so",
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
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "not",
    "no",
    "also",
    "still",
    "now",
    "then",
    "there",
    "here",
    "it",
    "its",
    "their",
    "them",
    "they",
    "he",
    "she",
    "his",
    "her",
    "we",
    "our",
    "us",
    "you",
    "your",
    "i",
    "me",
    "my",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "ago",
    "last",
    "next",
    "earlier",
    "later",
    "each",
    "every",
    "all",
    "both",
    "any",
    "most",
    "many",
    "much",
    "few",
    "several",
    "since",
    "until",
    "after",
    "before",
    "during",
    "about",
    "around",
    "over",
    "under",
    "into",
    "onto",
    "out",
    "up",
    "down",
    "off",
    "through",
    "between",
    "among",
    "against",
    "toward",
    "towards",
    "across",
    "behind",
    "near",
    "within",
    "without",
    "including",
    "plus",
    "per",
    "said",
    "says",
    "say",
    "told",
    "according",
    "reportedly",
    "allegedly",
    "only",
    "just",
    "already",
    "ever",
    "never",
    "again",
    "too",
    "very",
    "more",
    "less",
    "fewer",
    "such",
    "whether",
    "how",
    "why",
    "either",
    "neither",
    "morning",
    "afternoon",
    "evening",
    "night",
    "alone",
    "altogether",
    "respectively",
    "overall",
    "total",
    "inside",
    "outside",
    "away",
    "home",
    "back",
];

/// Words skipped at the start of a counted noun phrase ("52 more prisoners").
pub(crate) const PHRASE_SKIPS: &[&str] = &[
    "more",
    "other",
    "additional",
    "further",
    "extra",
    "another",
    "fellow",
    "of",
];

/// Common verbs (mostly irregular, so no "-ed" rule catches them) that end
/// a counted noun phrase: "eight went", "one man began".
const COMMON_VERBS: &[&str] = &[
    "went", "go", "goes", "began", "begin", "begins", "came", "come", "comes", "got", "get",
    "gets", "took", "take", "takes", "made", "make", "makes", "saw", "see", "sees", "ran", "run",
    "runs", "left", "gave", "give", "gives", "knew", "know", "thought", "think", "became",
    "become", "becomes", "brought", "bring", "stood", "sat", "met", "kept", "keep", "heard",
    "felt", "put", "puts", "set", "sets", "seem", "seems", "appear", "appears", "need", "needs",
    "want", "wants", "live", "lives", "work", "works", "face", "faces", "reach", "reached", "won",
    "win", "wins", "led", "lead", "leads", "joined", "join", "joins", "found", "told", "asked",
    "called",
];

/// Tells whether a lower-case word is a common verb that ends a phrase.
pub(crate) fn is_common_verb(lower: &str) -> bool {
    COMMON_VERBS.contains(&lower)
}

/// Tells whether a lower-case word ends a counted noun phrase.
pub(crate) fn is_phrase_stop(lower: &str) -> bool {
    PHRASE_STOPS.contains(&lower) || crate::text::is_calendar_word(lower)
}

/// Month names and abbreviations, with their number.
pub(crate) fn month(word: &str) -> Option<u32> {
    let lower = crate::text::lower(strip_possessive(word));
    let lower = lower.trim_end_matches('.');
    let number = match lower {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(number)
}

/// A word without its possessive ending: "Thursday's" is "Thursday".
pub(crate) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// Weekday names (and common abbreviations), Monday = 0.
pub(crate) fn weekday(word: &str) -> Option<u32> {
    let number = match crate::text::lower(strip_possessive(word)).as_ref() {
        "monday" | "mon" => 0,
        "tuesday" | "tue" | "tues" => 1,
        "wednesday" | "wed" => 2,
        "thursday" | "thu" | "thurs" => 3,
        "friday" | "fri" => 4,
        "saturday" | "sat" => 5,
        "sunday" | "sun" => 6,
        _ => return None,
    };
    Some(number)
}

/// Singular of a lower-case English noun, where that is easy.
pub(crate) fn singular(word: &str) -> String {
    const IRREGULAR: &[(&str, &str)] = &[
        ("people", "person"),
        ("men", "man"),
        ("women", "woman"),
        ("children", "child"),
        ("feet", "foot"),
        ("teeth", "tooth"),
        ("mice", "mouse"),
        ("geese", "goose"),
        ("lives", "life"),
        ("wives", "wife"),
        ("knives", "knife"),
        ("thieves", "thief"),
        ("halves", "half"),
        ("leaves", "leaf"),
        ("buses", "bus"),
        ("crises", "crisis"),
        ("analyses", "analysis"),
        ("theses", "thesis"),
        ("data", "data"),
        ("media", "media"),
        ("criteria", "criterion"),
        ("phenomena", "phenomenon"),
    ];
    if let Some(&(_, single)) = IRREGULAR.iter().find(|&&(plural, _)| plural == word) {
        return single.to_string();
    }
    let keep = ["ss", "us", "is", "os"];
    if word.len() <= 3 || keep.iter().any(|end| word.ends_with(end)) {
        return word.to_string();
    }
    if let Some(stem) = word.strip_suffix("ies")
        && stem.len() >= 2
    {
        return format!("{stem}y");
    }
    for end in ["sses", "ches", "shes", "xes", "zzes"] {
        if word.ends_with(end) {
            return word.strip_suffix("es").unwrap_or(word).to_string();
        }
    }
    word.strip_suffix('s').unwrap_or(word).to_string()
}

#[cfg(test)]
mod speed_tests {
    use super::*;
    use crate::analyse::quantities::tokens::tokenize;
    use crate::model::TextRange;

    proptest::proptest! {
        #[test]
        fn speech_verbs_by_letter_find_what_every_verb_finds(
            words in proptest::collection::vec(
                "(Said|said|told|put|the|figure|Put|toll|a|Écrit|states|x|1,2|reported|about|more|than|up|to|As|many|as|nearly|over)",
                0..8,
            ),
        ) {
            let text = words.join(" ");
            let tokens = tokenize(&text, TextRange::new(0, text.len()));
            for at in 0..=tokens.len() {
                let every = SPEECH_VERBS
                    .iter()
                    .map(|verb| phrase_len_at(&tokens, at, verb))
                    .max()
                    .unwrap_or(0);
                proptest::prop_assert_eq!(speech_verb_len_at(&tokens, at), every);
                let mut every_hedge: Option<(Hedge, usize)> = None;
                for &(phrase, hedge) in HEDGES {
                    let len = phrase_len_at(&tokens, at, phrase);
                    if len > 0 && every_hedge.is_none_or(|(_, l)| len > l) {
                        every_hedge = Some((hedge, len));
                    }
                }
                proptest::prop_assert_eq!(hedge_at(&tokens, at), every_hedge);
            }
        }
    }
}
