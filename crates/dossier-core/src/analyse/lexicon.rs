//! Word lists for names and quotes: given names with their gender, places,
//! demonyms, titles, role words, organisation heads and speech verbs.
//!
//! Everything here is general knowledge (no list is drawn from a particular
//! article or benchmark). The larger lists live in `data/` and are compiled in
//! with `include_str!`; they are parsed once, on first use.

use crate::text::{FastMap, FastSet};
use std::sync::OnceLock;

const MALE_NAMES: &str = include_str!("../../data/given_names_male.txt");
const FEMALE_NAMES: &str = include_str!("../../data/given_names_female.txt");
const PLACES: &str = include_str!("../../data/places.tsv");
const CITIES: &str = include_str!("../../data/cities.txt");
const ORGANISATIONS: &str = include_str!("../../data/organisations.txt");
const CENSUS_GIVEN_NAMES: &str = include_str!("../../data/given_names_census.tsv");
const CENSUS_SURNAMES: &str = include_str!("../../data/surnames_census.txt");
const GEONAMES_PLACES: &str = include_str!("../../data/places_geonames.tsv");
const CITY_COUNTRIES: &str = include_str!("../../data/city_countries.tsv");

/// A person's gender as far as the text tells it, for resolving "he"/"she".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// Titles and offices written before a name ("President", "Inspector").
/// They make the name a person's and go into `Mention::role`.
const PERSON_TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "vice",
    "prime",
    "minister",
    "chancellor",
    "premier",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "emperor",
    "sheikh",
    "democrat",
    "republican",
    "general",
    "gen",
    "colonel",
    "col",
    "major",
    "captain",
    "capt",
    "lieutenant",
    "lt",
    "sergeant",
    "sgt",
    "admiral",
    "commander",
    "marshal",
    "inspector",
    "detective",
    "officer",
    "constable",
    "superintendent",
    "chief",
    "judge",
    "justice",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "mayor",
    "ambassador",
    "envoy",
    "secretary",
    "deputy",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "economy",
    "justice",
    "health",
    "labour",
    "labor",
    "trade",
    "state",
    "rev",
    "reverend",
    "father",
    "bishop",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "ayatollah",
    "coach",
    "manager",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "mp",
    "mep",
    "councillor",
    "councilor",
    "speaker",
    "leader",
    "opposition",
    "special",
    "former",
    "acting",
    "interim",
    "attorney",
    "prosecutor",
    "sheriff",
    "commissioner",
    "ceo",
    "cfo",
    "chef",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "dictator",
    "tsar",
    "crown",
    "grand",
    "duke",
    "duchess",
    "baron",
    "count",
    "countess",
    "premier",
    "mister",
];

/// Lower-case words of a role phrase ("opposition leader", "special envoy",
/// "veteran dissident"); a run of them right before a name is its role.
const ROLE_WORDS: &[&str] = &[
    "leader",
    "envoy",
    "special",
    "opposition",
    "chief",
    "foreign",
    "policy",
    "deputy",
    "mayor",
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "veteran",
    "dissident",
    "activist",
    "lawyer",
    "journalist",
    "chairman",
    "chairwoman",
    "chair",
    "head",
    "director",
    "executive",
    "former",
    "top",
    "senior",
    "official",
    "commander",
    "general",
    "secretary",
    "prime",
    "interior",
    "defence",
    "defense",
    "finance",
    "economy",
    "justice",
    "health",
    "national",
    "ambassador",
    "negotiator",
    "mediator",
    "adviser",
    "advisor",
    "aide",
    "candidate",
    "rights",
    "human",
    "exiled",
    "jailed",
    "imprisoned",
    "detained",
    "prominent",
    "union",
    "party",
    "coach",
    "captain",
    "manager",
    "analyst",
    "economist",
    "blogger",
    "editor",
    "reporter",
    "correspondent",
    "founder",
    "owner",
    "police",
    "inspector",
    "judge",
    "prosecutor",
    "governor",
    "senator",
    "lawmaker",
    "speaker",
    "nobel",
    "laureate",
    "peace",
    "prize",
    "political",
    "prisoner",
    "campaigner",
    "protester",
    "worker",
    "vice",
    "acting",
    "interim",
    "elected",
    "opposition-leader",
    "pro-democracy",
    "democracy",
    "presidential",
    "military",
    "army",
    "intelligence",
    "security",
    "state",
    "deputy-mayor",
    "chancellor",
    "premier",
    "commissioner",
    "representative",
    "delegate",
    "observer",
    "scholar",
    "professor",
    "researcher",
    "scientist",
    "writer",
    "author",
    "poet",
    "artist",
    "singer",
    "actor",
    "actress",
    "player",
    "striker",
    "midfielder",
    "goalkeeper",
    "champion",
    "businessman",
    "businesswoman",
    "billionaire",
    "tycoon",
    "banker",
    "investor",
    "entrepreneur",
    "pastor",
    "priest",
    "bishop",
    "cleric",
    "doctor",
    "surgeon",
    "nurse",
    "teacher",
    "student",
    "mp",
    "legislator",
    "councillor",
    "trade",
    "labour",
    "labor",
    "transport",
    "tech",
    "investigative",
    "independent",
    "longtime",
    "long-time",
    "outgoing",
    "incoming",
    "new",
    "chief-executive",
    "co-founder",
    "founding",
    "ex-president",
    "ex-minister",
    "retired",
    "exile",
    "exiled",
    "opposition",
    "figure",
    "detainee",
    "critic",
    "ally",
    "rival",
];

/// Words that head or end an organisation's name ("... Union", "Ministry of ...").
const ORG_HEADS: &[&str] = &[
    "treasury",
    "nations",
    "universities",
    "pharmaceuticals",
    "pharmaceutical",
    "medical",
    "electric",
    "power",
    "controls",
    "bancshares",
    "bancorp",
    "securities",
    "capital",
    "financial",
    "investments",
    "insurance",
    "steel",
    "mining",
    "resources",
    "foods",
    "telecom",
    "communications",
    "electronics",
    "chemicals",
    "construction",
    "engineering",
    "shipping",
    "brothers",
    "associates",
    "enterprises",
    "ventures",
    "labs",
    "laboratories",
    "software",
    "semiconductor",
    "entertainment",
    "publishing",
    "mutual",
    "consolidated",
    "union",
    "party",
    "authority",
    "ministry",
    "service",
    "services",
    "federation",
    "airlines",
    "airways",
    "inc",
    "ltd",
    "llc",
    "plc",
    "corp",
    "corporation",
    "company",
    "co",
    "group",
    "council",
    "committee",
    "commission",
    "chamber",
    "press",
    "agency",
    "bank",
    "court",
    "parliament",
    "assembly",
    "congress",
    "senate",
    "army",
    "navy",
    "police",
    "forces",
    "guard",
    "university",
    "college",
    "institute",
    "association",
    "foundation",
    "fund",
    "office",
    "department",
    "bureau",
    "board",
    "club",
    "league",
    "organisation",
    "organization",
    "alliance",
    "front",
    "movement",
    "coalition",
    "network",
    "times",
    "post",
    "herald",
    "news",
    "wire",
    "telegraph",
    "journal",
    "gazette",
    "tribune",
    "courier",
    "radio",
    "television",
    "tv",
    "broadcasting",
    "media",
    "church",
    "hospital",
    "railways",
    "railway",
    "line",
    "lines",
    "motors",
    "industries",
    "holdings",
    "partners",
    "systems",
    "technologies",
    "energy",
    "petroleum",
    "exchange",
    "reserve",
    "administration",
    "directorate",
    "secretariat",
    "cabinet",
    "government",
    "tribunal",
    "museum",
    "society",
    "trust",
    "confederation",
    "brigade",
    "battalion",
    "regiment",
    "corps",
    "command",
    "embassy",
    "consulate",
    "fc",
    "united",
    "commerce",
    "workers",
    "bloc",
    "caucus",
    "duma",
    "sejm",
    "junta",
    "kgb",
    "ag",
    "gmbh",
    "sa",
    "nv",
    "bv",
    "ab",
    "asa",
    "oyj",
    "spa",
    "srl",
    "limited",
    "incorporated",
    "mission",
    "delegation",
    "studios",
    "records",
    "pictures",
    "international",
    "newsroom",
    "newsdesk",
];

/// Words after which "of", "for" or "on" stays inside a name
/// ("Chamber of Commerce", "Ministry of Defence", "Gulf of Finland").
const OF_HEADS: &[&str] = &[
    "ministry",
    "bank",
    "university",
    "department",
    "office",
    "court",
    "council",
    "committee",
    "chamber",
    "union",
    "federation",
    "association",
    "institute",
    "college",
    "school",
    "republic",
    "kingdom",
    "gulf",
    "bay",
    "sea",
    "isle",
    "island",
    "islands",
    "strait",
    "cape",
    "lake",
    "commission",
    "party",
    "league",
    "board",
    "house",
    "church",
    "order",
    "state",
    "states",
    "organisation",
    "organization",
    "secretary",
    "duke",
    "prince",
    "city",
    "port",
    "museum",
    "centre",
    "center",
    "society",
    "academy",
    "agency",
    "authority",
    "federal",
    "confederation",
    "bureau",
    "coalition",
    "alliance",
    "front",
    "movement",
    "people",
];

/// Words that end the name of an event, a contest or an agreement.
const EVENT_HEADS: &[&str] = &[
    "open",
    "cup",
    "games",
    "championship",
    "championships",
    "olympics",
    "classic",
    "tour",
    "series",
    "prix",
    "final",
    "finals",
    "trophy",
    "award",
    "awards",
    "prize",
    "bowl",
    "war",
    "treaty",
    "accord",
    "accords",
    "festival",
    "marathon",
    "rally",
    "derby",
    "masters",
    "invitational",
    "tournament",
    "summit",
    "day",
    "week",
    "act",
    "agreement",
    "plan",
    "convention",
    "olympiad",
    "expo",
    "fair",
    "crisis",
    "revolution",
    "meeting",
    "index",
];

/// Words that end a place's name ("Black Sea", "Red Square").
const PLACE_HEADS: &[&str] = &[
    "hall",
    "palace",
    "stadium",
    "sea",
    "ocean",
    "river",
    "lake",
    "mountains",
    "mount",
    "island",
    "islands",
    "peninsula",
    "valley",
    "desert",
    "street",
    "square",
    "avenue",
    "road",
    "bridge",
    "province",
    "region",
    "oblast",
    "county",
    "district",
    "territory",
    "coast",
    "bay",
    "gulf",
    "strait",
    "canal",
    "city",
    "town",
    "village",
    "heights",
    "hills",
    "park",
    "airport",
    "station",
    "harbour",
    "harbor",
    "terminal",
    "prison",
    "colony",
];

/// Function words: dropped from either end of a run of capitals wherever
/// they stand, and never names themselves.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "if",
    "in",
    "on",
    "at",
    "to",
    "of",
    "for",
    "from",
    "by",
    "with",
    "as",
    "after",
    "before",
    "when",
    "while",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "according",
];

/// Capitalised words that open sentences or headlines but are no names.
const NOT_NAMES: &[&str] = &[
    "men",
    "women",
    "add",
    "neither",
    "either",
    "nor",
    "whether",
    "result",
    "results",
    "standings",
    "scores",
    "table",
    "since",
    "until",
    "during",
    "among",
    "amid",
    "despite",
    "under",
    "over",
    "about",
    "into",
    "through",
    "my",
    "your",
    "what",
    "who",
    "whom",
    "which",
    "why",
    "how",
    "where",
    "however",
    "meanwhile",
    "yet",
    "so",
    "then",
    "now",
    "also",
    "still",
    "even",
    "only",
    "just",
    "all",
    "some",
    "many",
    "most",
    "more",
    "several",
    "no",
    "not",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "both",
    "each",
    "every",
    "other",
    "such",
    "today",
    "yesterday",
    "tomorrow",
    "last",
    "next",
    "earlier",
    "later",
    "asked",
    "said",
    "says",
    "read",
    "more",
    "share",
    "published",
    "updated",
    "photo",
    "video",
    "image",
    "file",
    "copyright",
    "reporting",
    "editing",
    "additional",
    "related",
    "advertisement",
    "subscribe",
    "follow",
    "click",
    "comment",
    "comments",
    "leave",
    "reply",
    "please",
    "thank",
    "thanks",
    "yes",
    "oh",
    "well",
    "like",
    "let",
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "must",
    "might",
    "new",
    "first",
    "second",
    "third",
    "former",
    "late",
    "because",
    "although",
    "though",
    "unlike",
    "without",
    "against",
    "between",
    "within",
    "across",
    "around",
    "near",
    "off",
    "out",
    "up",
    "down",
    "again",
    "once",
    "instead",
    "perhaps",
    "indeed",
    "finally",
    "meanwhile",
    "overall",
    "separately",
    "elsewhere",
    "eventually",
    "hopefully",
    "unfortunately",
    "thus",
    "therefore",
    "whether",
    "whose",
    "anyone",
    "everyone",
    "everybody",
    "nobody",
    "someone",
    "people",
    "we're",
    "it's",
    "i'm",
    "don't",
    "here's",
    "there's",
    "let's",
    "sources",
    "officials",
    "police",
    "analysts",
    "critics",
    "residents",
    "workers",
    "prisoners",
    "editor",
    "note",
    "update",
    "breaking",
    "exclusive",
    "opinion",
    "analysis",
    "live",
    "watch",
    "listen",
    "see",
    "top",
    "latest",
    "world",
    "news",
    "sport",
    "sports",
    "business",
    "home",
    "story",
    "stories",
];

/// Common nouns that name an organisation next to its name ("national
/// airline Belavia", "Acme, the carmaker").
const ORG_NOUNS: &[&str] = &[
    "airline",
    "carrier",
    "company",
    "firm",
    "group",
    "newspaper",
    "paper",
    "agency",
    "broadcaster",
    "party",
    "union",
    "bank",
    "lender",
    "insurer",
    "ministry",
    "operator",
    "manufacturer",
    "maker",
    "carmaker",
    "automaker",
    "giant",
    "retailer",
    "outlet",
    "channel",
    "network",
    "club",
    "team",
    "brand",
    "startup",
    "start-up",
    "conglomerate",
    "charity",
    "organisation",
    "organization",
    "watchdog",
    "regulator",
    "broadcaster",
    "publisher",
    "daily",
    "weekly",
    "website",
    "portal",
    "tabloid",
    "miner",
    "producer",
    "supplier",
    "developer",
    "exporter",
    "importer",
    "shipper",
    "railway",
    "operator",
    "subsidiary",
    "utility",
    "movement",
    "coalition",
    "alliance",
    "militia",
    "faction",
    "NGO",
    "ngo",
];

/// Common nouns that name a place next to its name ("the capital, Minsk",
/// "Kessby, a town").
const PLACE_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "capital",
    "region",
    "province",
    "port",
    "country",
    "island",
    "republic",
    "district",
    "county",
    "suburb",
    "state",
    "neighbourhood",
    "neighborhood",
    "municipality",
    "enclave",
    "territory",
    "oblast",
    "border",
    "resort",
    "harbour",
    "harbor",
];

/// All-capital words that are no organisation's name.
const NOT_ACRONYMS: &[&str] = &[
    "ceo", "cfo", "coo", "cto", "gdp", "tv", "ok", "am", "pm", "pc", "dna", "hiv", "aids", "covid",
    "vat", "phd", "mp", "mps", "faq", "pdf", "url", "usd", "eur", "gbp", "rub", "kg", "km", "mph",
    "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "ad", "bc", "et", "vs", "id", "it",
    "is", "as", "at", "in", "on", "of", "to", "by", "an", "or", "no", "so",
];

/// Verbs that introduce or follow a quotation.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "stated",
    "states",
    "declared",
    "declares",
    "noted",
    "notes",
    "explained",
    "explains",
    "warned",
    "warns",
    "insisted",
    "insists",
    "argued",
    "argues",
    "asked",
    "asks",
    "replied",
    "replies",
    "posted",
    "posts",
    "tweeted",
    "tweets",
    "announced",
    "announces",
    "claimed",
    "claims",
    "continued",
    "continues",
    "recalled",
    "recalls",
    "urged",
    "urges",
    "commented",
    "comments",
    "confirmed",
    "confirms",
    "stressed",
    "stresses",
    "emphasised",
    "emphasized",
    "acknowledged",
    "admitted",
    "admits",
    "shouted",
    "shouts",
    "cried",
    "responded",
    "responds",
    "remarked",
    "observed",
    "conceded",
    "concedes",
    "suggested",
    "suggests",
    "predicted",
    "promised",
    "promises",
    "vowed",
    "vows",
    "pledged",
    "declared",
    "repeated",
    "reiterated",
    "maintained",
    "maintains",
    "countered",
    "agreed",
    "agrees",
    "joked",
    "quipped",
    "thanked",
    "thanking",
    "welcomed",
    "wrote",
    "messaged",
    "warning",
    "saying",
    "texted",
    "chanted",
    "read",
    "reads",
];

/// Every list, parsed and indexed once.
pub(crate) struct Lexicon {
    given_names: FastMap<String, Option<Gender>>,
    /// Given names only the census lists hold: many are also common words
    /// ("Hope", "Will"), so they need the article's lower-case use checked.
    census_given_names: FastSet<String>,
    surnames: FastSet<String>,
    places: FastSet<String>,
    countries: FastSet<String>,
    /// Regions, states and provinces (`region` rows of `places.tsv`).
    regions: FastSet<String>,
    /// Cities of `cities.txt` and GeoNames, every one (also those left out
    /// of `places` as likely names), for telling a town from a region.
    cities: FastSet<String>,
    organisations: FastSet<String>,
    demonyms: FastMap<String, String>,
    /// Every spelling of a country, folded, to one name for it ("us" and
    /// "u.s" -> "United States"; see `add_country_names`).
    country_names: FastMap<String, String>,
    /// The countries of a city's name, folded (several when large cities share it).
    city_countries: FastMap<String, Vec<String>>,
    person_titles: FastSet<&'static str>,
    role_words: FastSet<&'static str>,
    org_heads: FastSet<&'static str>,
    of_heads: FastSet<&'static str>,
    place_heads: FastSet<&'static str>,
    event_heads: FastSet<&'static str>,
    not_names: FastSet<&'static str>,
    speech_verbs: FastSet<&'static str>,
    org_nouns: FastSet<&'static str>,
    place_nouns: FastSet<&'static str>,
    not_acronyms: FastSet<&'static str>,
}

/// The shared lexicon.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

/// Lower-cases and transliterates a word for lookups ("Nausėda" -> "nauseda").
pub(crate) fn key(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        deunicode::deunicode(word).to_lowercase()
    }
}

fn data_words(list: &str) -> impl Iterator<Item = &str> {
    list.lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut given_names = FastMap::default();
        for name in data_words(MALE_NAMES) {
            given_names.insert(key(name), Some(Gender::Male));
        }
        for name in data_words(FEMALE_NAMES) {
            // A name on both lists ("Andrea") tells no gender.
            let gender = match given_names.get(&key(name)) {
                Some(Some(Gender::Male)) => None,
                _ => Some(Gender::Female),
            };
            given_names.insert(key(name), gender);
        }
        let mut places = FastSet::default();
        let mut countries = FastSet::default();
        let mut regions = FastSet::default();
        let mut cities = FastSet::default();
        let mut demonyms = FastMap::default();
        for line in PLACES.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.split('\t');
            let (Some(kind), Some(name)) = (fields.next(), fields.next()) else {
                continue;
            };
            let folded = key(name).trim_end_matches('.').to_string();
            if kind == "country" {
                countries.insert(folded.clone());
            } else if kind == "region" {
                regions.insert(folded.clone());
            }
            places.insert(folded);
            for demonym in fields.next().unwrap_or("").split(',') {
                let demonym = demonym.trim();
                if !demonym.is_empty() {
                    demonyms
                        .entry(key(demonym))
                        .or_insert_with(|| name.to_string());
                }
            }
        }
        for line in CITIES.lines().filter(|l| !l.starts_with('#')) {
            let city = line.trim();
            if !city.is_empty() {
                places.insert(key(city));
                cities.insert(key(city));
            }
        }
        let organisations = ORGANISATIONS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| key(l.trim()))
            .collect();
        let mut lexicon = Lexicon {
            given_names,
            census_given_names: FastSet::default(),
            surnames: FastSet::default(),
            places,
            countries,
            regions,
            cities,
            organisations,
            demonyms,
            country_names: FastMap::default(),
            city_countries: FastMap::default(),
            person_titles: PERSON_TITLES.iter().copied().collect(),
            role_words: ROLE_WORDS.iter().copied().collect(),
            org_heads: ORG_HEADS.iter().copied().collect(),
            of_heads: OF_HEADS.iter().copied().collect(),
            place_heads: PLACE_HEADS.iter().copied().collect(),
            event_heads: EVENT_HEADS.iter().copied().collect(),
            not_names: NOT_NAMES
                .iter()
                .chain(FUNCTION_WORDS.iter())
                .chain(crate::text::WEEKDAYS.iter())
                .chain(crate::text::MONTHS.iter())
                .copied()
                .collect(),
            speech_verbs: SPEECH_VERBS.iter().copied().collect(),
            org_nouns: ORG_NOUNS.iter().copied().collect(),
            place_nouns: PLACE_NOUNS.iter().copied().collect(),
            not_acronyms: NOT_ACRONYMS.iter().copied().collect(),
        };
        lexicon.add_census_names();
        lexicon.add_geonames_places();
        lexicon.add_city_countries();
        lexicon.add_country_names();
        lexicon
    }

    /// Names every spelling of a country the way the gazetteer of cities
    /// does. Spellings that share their first demonym are one country ("UK",
    /// "Britain", "United Kingdom": British); the one GeoNames writes names
    /// them all, else the first listed.
    fn add_country_names(&mut self) {
        let gazetteer: FastSet<&str> = self
            .city_countries
            .values()
            .flatten()
            .map(String::as_str)
            .collect();
        let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
        for line in PLACES.lines().filter(|l| l.starts_with("country\t")) {
            let mut fields = line.split('\t').skip(1);
            let Some(name) = fields.next().map(str::trim).filter(|n| !n.is_empty()) else {
                continue;
            };
            let demonym = key(fields
                .next()
                .unwrap_or("")
                .split(',')
                .next()
                .unwrap_or("")
                .trim());
            match groups
                .iter_mut()
                .find(|(d, _)| !demonym.is_empty() && *d == demonym)
            {
                Some((_, names)) => names.push(name),
                None => groups.push((demonym, vec![name])),
            }
        }
        let mut country_names = FastMap::default();
        for (_, names) in &groups {
            let canonical = names
                .iter()
                .find(|name| gazetteer.contains(**name))
                .or(names.first())
                .map(|name| name.to_string())
                .unwrap_or_default();
            for name in names {
                country_names.insert(
                    key(name).trim_end_matches('.').to_string(),
                    canonical.clone(),
                );
            }
        }
        for line in GEONAMES_PLACES
            .lines()
            .filter(|l| l.starts_with("country\t"))
        {
            if let Some(name) = line
                .split('\t')
                .nth(1)
                .map(str::trim)
                .filter(|n| !n.is_empty())
            {
                country_names
                    .entry(key(name))
                    .or_insert_with(|| name.to_string());
            }
        }
        self.country_names = country_names;
    }

    /// Reads the GeoNames country of each large city.
    fn add_city_countries(&mut self) {
        for line in CITY_COUNTRIES.lines().filter(|l| !l.starts_with('#')) {
            let Some((city, countries)) = line.split_once('\t') else {
                continue;
            };
            let countries: Vec<String> = countries
                .split(',')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_string)
                .collect();
            let city = key(city.trim());
            if !city.is_empty() && !countries.is_empty() {
                self.city_countries.entry(city).or_insert(countries);
            }
        }
    }

    /// Whether the lexicon knows the word as something other than a name
    /// (a place, a people, a title or office, a body, a month, a function word).
    fn knows_otherwise(&self, lower: &str) -> bool {
        self.places.contains(lower)
            || self.demonyms.contains_key(lower)
            || self.person_titles.contains(lower)
            || self.role_words.contains(lower)
            || self.org_heads.contains(lower)
            || self.place_heads.contains(lower)
            || self.event_heads.contains(lower)
            || self.not_names.contains(lower)
            || self.speech_verbs.contains(lower)
            || self.org_nouns.contains(lower)
            || self.place_nouns.contains(lower)
    }

    /// Adds the GeoNames countries and large cities the curated lists lack. A
    /// city that is also a frequent given name or surname ("Marion",
    /// "Lincoln") is left out: alone, such a word names a person as often.
    fn add_geonames_places(&mut self) {
        for line in GEONAMES_PLACES.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.split('\t');
            let (Some(kind), Some(name)) = (fields.next(), fields.next()) else {
                continue;
            };
            let folded = key(name.trim());
            if folded.is_empty() {
                continue;
            }
            if kind == "country" {
                self.countries.insert(folded.clone());
            } else if kind == "city" {
                self.cities.insert(folded.clone());
            }
            if kind != "country"
                && (self.given_names.contains_key(&folded)
                    || self.surnames.contains(&folded)
                    || self.knows_otherwise(&folded))
            {
                continue;
            }
            self.places.insert(folded);
        }
    }

    /// Adds the census given names and surnames the curated lists lack,
    /// leaving out words the lexicon knows as something else.
    fn add_census_names(&mut self) {
        for line in CENSUS_GIVEN_NAMES.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.split('\t');
            let (Some(name), Some(gender)) = (fields.next(), fields.next()) else {
                continue;
            };
            let lower = key(name.trim());
            if lower.is_empty() || self.given_names.contains_key(&lower) {
                continue;
            }
            if self.knows_otherwise(&lower) {
                continue;
            }
            let gender = match gender.trim() {
                "M" => Some(Gender::Male),
                "F" => Some(Gender::Female),
                _ => None,
            };
            self.given_names.insert(lower.clone(), gender);
            self.census_given_names.insert(lower);
        }
        for line in CENSUS_SURNAMES.lines().filter(|l| !l.starts_with('#')) {
            let lower = key(line.trim());
            // Words that end places' names stay surnames ("Hall", "Hill"):
            // the finder weighs them against the given name before them.
            let place_head_only = self.place_heads.contains(lower.as_str())
                && !self.places.contains(&lower)
                && !self.not_names.contains(lower.as_str());
            if lower.chars().count() >= 3 && (place_head_only || !self.knows_otherwise(&lower)) {
                self.surnames.insert(lower);
            }
        }
    }

    /// Whether the lower-case word is a known given name.
    pub(crate) fn is_given_name(&self, lower: &str) -> bool {
        self.given_names.contains_key(lower)
    }

    /// Whether the given name comes from the census lists only (so may also
    /// be a common word).
    pub(crate) fn is_census_given_name(&self, lower: &str) -> bool {
        self.census_given_names.contains(lower)
    }

    /// Whether the lower-case word is a frequent surname.
    pub(crate) fn is_surname(&self, lower: &str) -> bool {
        self.surnames.contains(lower)
    }

    /// The gender a given name tells, if it tells one.
    pub(crate) fn given_name_gender(&self, lower: &str) -> Option<Gender> {
        self.given_names.get(lower).copied().flatten()
    }

    /// Whether the folded name (words joined by one space) is a known place.
    pub(crate) fn is_place(&self, folded: &str) -> bool {
        self.places.contains(folded)
    }

    /// Whether the folded name is a country's.
    pub(crate) fn is_country(&self, folded: &str) -> bool {
        self.countries.contains(folded)
    }

    /// Whether the folded name is a region, state or province's.
    pub(crate) fn is_region(&self, folded: &str) -> bool {
        self.regions.contains(folded)
    }

    /// Whether the folded name is a city's (a capital, a major city or a
    /// GeoNames city of 100,000 people or more).
    pub(crate) fn is_city(&self, folded: &str) -> bool {
        self.cities.contains(folded)
    }

    /// The cities' names, lower case, in no order.
    pub(crate) fn cities(&self) -> impl Iterator<Item = &str> {
        self.cities.iter().map(String::as_str)
    }

    /// Whether the folded name is a well-known organisation.
    pub(crate) fn is_organisation(&self, folded: &str) -> bool {
        self.organisations.contains(folded)
    }

    /// The name of the country a folded spelling names ("u.s" -> "United
    /// States"), if it names one.
    pub(crate) fn country_name(&self, folded: &str) -> Option<&str> {
        self.country_names
            .get(folded.trim_end_matches('.'))
            .map(String::as_str)
    }

    /// The countries of the large cities a folded name names ("vilnius" ->
    /// Lithuania); empty when no large city has that name.
    pub(crate) fn city_countries(&self, folded: &str) -> &[String] {
        self.city_countries
            .get(folded)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The country a demonym belongs to ("lithuanian" -> "Lithuania").
    pub(crate) fn demonym_country(&self, lower: &str) -> Option<&str> {
        self.demonyms.get(lower).map(String::as_str)
    }

    /// The country a demonym names, as [`Lexicon::country_name`] writes it
    /// ("lithuanian" -> "Lithuania"); none for a region's ("european").
    pub(crate) fn demonym_nation(&self, lower: &str) -> Option<&str> {
        self.country_name(&key(self.demonym_country(lower)?))
    }

    /// Whether the lower-case word is a title or office written before a name.
    pub(crate) fn is_person_title(&self, lower: &str) -> bool {
        let lower = lower.trim_end_matches('.');
        self.person_titles.contains(lower)
            || (lower.contains('-')
                && lower
                    .split('-')
                    .all(|part| self.person_titles.contains(part)))
    }

    /// Whether the lower-case word belongs in a role phrase.
    pub(crate) fn is_role_word(&self, lower: &str) -> bool {
        let single = |w: &str| self.role_words.contains(w) || self.person_titles.contains(w);
        single(lower) || (lower.contains('-') && lower.split('-').all(single))
    }

    /// Whether the lower-case word heads an organisation's name.
    pub(crate) fn is_org_head(&self, lower: &str) -> bool {
        self.org_heads.contains(lower.trim_end_matches('.'))
    }

    /// Whether "of" may follow the lower-case word inside a name.
    pub(crate) fn takes_of(&self, lower: &str) -> bool {
        self.of_heads.contains(lower)
    }

    /// Whether the lower-case word ends a place's name.
    pub(crate) fn is_place_head(&self, lower: &str) -> bool {
        self.place_heads.contains(lower)
    }

    /// Whether the lower-case word ends the name of an event or agreement.
    pub(crate) fn is_event_head(&self, lower: &str) -> bool {
        self.event_heads.contains(lower)
    }

    /// Whether the lower-case word is a capitalised common word, not a name.
    pub(crate) fn is_not_name(&self, lower: &str) -> bool {
        self.not_names.contains(lower)
    }

    /// Whether the lower-case word is a common noun for an organisation.
    pub(crate) fn is_org_noun(&self, lower: &str) -> bool {
        self.org_nouns.contains(lower)
    }

    /// Whether the lower-case word is a common noun for a place.
    pub(crate) fn is_place_noun(&self, lower: &str) -> bool {
        self.place_nouns.contains(lower)
    }

    /// Whether the lower-case form of an all-capital word is no name.
    pub(crate) fn is_not_acronym(&self, lower: &str) -> bool {
        self.not_acronyms.contains(lower)
    }

    /// Whether the lower-case word is a verb of saying.
    pub(crate) fn is_speech_verb(&self, lower: &str) -> bool {
        self.speech_verbs.contains(lower)
    }
}

/// Surname endings that are, in general, feminine forms (Slavic and Baltic
/// "-ova", "-skaya", "-ienė"; Czech "-ová").
pub(crate) fn surname_gender(lower: &str) -> Option<Gender> {
    const FEMININE: &[&str] = &[
        "ova", "eva", "aya", "skaya", "ska", "cka", "ienė", "iene", "aitė", "aite", "ytė", "yte",
        "ová", "ská",
    ];
    const MASCULINE: &[&str] = &["ovich", "evich", "ovic", "evic", "sky", "ski", "ov", "ev"];
    if lower.chars().count() < 5 {
        return None;
    }
    if FEMININE.iter().any(|end| lower.ends_with(end)) {
        return Some(Gender::Female);
    }
    if MASCULINE.iter().any(|end| lower.ends_with(end)) {
        return Some(Gender::Male);
    }
    None
}

/// Whether the surname has an ending typical of family names (used to take an
/// unknown capitalised word for a person's name).
pub(crate) fn looks_like_surname(lower: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "enko", "ovich", "evich", "ovic", "evic", "ova", "eva", "skaya", "ski", "sky", "ska",
        "shvili", "dze", "escu", "opoulos", "akis", "oglu", "sson", "uk", "chuk", "yuk", "ovsky",
        "auskas", "evicius", "aite", "iene", "yan",
    ];
    lower.chars().count() >= 5 && ENDINGS.iter().any(|end| lower.ends_with(end))
}
