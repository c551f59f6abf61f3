//! The plain data types that flow between the pipeline stages.
//!
//! Every stage reads and writes these types and nothing else, so a stage can be
//! tested on values built by hand. Every span is a [`TextRange`] into
//! [`Article::text`], the one canonical text of an article.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Identifies an article by the hash of its input bytes, so re-ingesting the
/// same input yields the same id and changes nothing.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocId(pub String);

impl DocId {
    /// Derives the id of a document from the bytes it was read from (and, for
    /// records of a JSON Lines file, the record's own id).
    pub fn from_content(bytes: &[u8]) -> DocId {
        let hash = xxhash_rust::xxh3::xxh3_128(bytes);
        DocId(format!("a{:016x}", (hash >> 64) as u64))
    }
}

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Identifies a story. It is derived from the article that opened the story,
/// so it is stable across runs on the same input.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StoryId(pub String);

impl StoryId {
    /// Names the story opened by the given article.
    pub fn opened_by(doc: &DocId) -> StoryId {
        let hex = doc.0.trim_start_matches('a');
        StoryId(format!("s{}", &hex[..hex.len().min(12)]))
    }
}

impl fmt::Display for StoryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A half-open byte range `start..end` into an article's clean text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TextRange {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl TextRange {
    /// Builds a range; `start <= end` is the caller's promise.
    pub fn new(start: usize, end: usize) -> TextRange {
        debug_assert!(start <= end, "range {start}..{end} is reversed");
        TextRange { start, end }
    }

    /// Returns the slice of `text` this range covers, or an empty string when
    /// the range does not fit the text (a bug upstream, never a panic here).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Returns the length of the range in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Tells whether the range covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Tells whether `other` lies within this range.
    pub fn contains(&self, other: TextRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The pipeline stage a diagnostic comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Reading bytes into documents.
    Ingest,
    /// Main text and metadata.
    Extract,
    /// Mentions, quantities, dates and quotes.
    Analyse,
    /// Copies and rewrites.
    Dedupe,
    /// Story assignment.
    Cluster,
    /// Entities, facts, quotes, timeline and setting per story.
    Reconcile,
}

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Something was odd but handled (a charset guessed, a line dropped).
    Info,
    /// Part of the input was lost or doubtful.
    Warning,
    /// The input was rejected as a whole.
    Error,
}

/// Something a stage noticed about one input. Messy content is reported here,
/// never as an `Err`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The input the diagnostic is about: a path, or `path#record` for JSON Lines.
    pub origin: String,
    /// The stage that noticed.
    pub stage: Stage,
    /// How bad it is.
    pub severity: Severity,
    /// What happened and, where it helps, what to do.
    pub message: String,
}

impl Diagnostic {
    /// Builds a diagnostic.
    pub fn new(
        origin: impl Into<String>,
        stage: Stage,
        severity: Severity,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            origin: origin.into(),
            stage,
            severity,
            message: message.into(),
        }
    }
}

/// The shape the input bytes were found to have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// A plain-text scrape: first non-empty line is the title.
    Text,
    /// An HTML page.
    Html,
}

/// Metadata that came with the input rather than from its content (fields of a
/// JSON Lines record). Extraction trusts these over what it finds in the text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GivenMetadata {
    /// The record's own id.
    pub external_id: Option<String>,
    /// The article's URL.
    pub url: Option<String>,
    /// The title as given.
    pub title: Option<String>,
    /// The publication date or time as given (any format; extraction parses it).
    pub published: Option<String>,
    /// The outlet's name.
    pub source: Option<String>,
    /// The author as given.
    pub author: Option<String>,
    /// Any other fields of the record, kept as they were.
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// One input document: decoded text plus where it came from. Ingest produces it;
/// extract consumes it.
#[derive(Clone, Debug, PartialEq)]
pub struct RawDocument {
    /// Content-derived id.
    pub id: DocId,
    /// The input path as given (for JSON Lines, the file's path).
    pub origin: String,
    /// Whether the content is plain text or HTML.
    pub format: Format,
    /// The decoded content (valid UTF-8 whatever the input encoding was).
    pub content: String,
    /// The charset the bytes were decoded from.
    pub charset: String,
    /// Metadata given alongside the content.
    pub given: GivenMetadata,
}

/// A date with the precision it was stated with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PartialDate {
    /// Calendar year.
    pub year: i32,
    /// Month 1-12, when known.
    pub month: Option<u32>,
    /// Day 1-31, when known (only with a month).
    pub day: Option<u32>,
}

impl PartialDate {
    /// A day-precision date.
    pub fn day(year: i32, month: u32, day: u32) -> PartialDate {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a longer ISO 8601 date-time is
    /// cut to its date), checking that the month and day exist.
    pub fn parse_iso(text: &str) -> Option<PartialDate> {
        let date_part = text.trim().get(..10.min(text.trim().len()))?;
        let mut parts = date_part.split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        if !(1..=9999).contains(&year) {
            return None;
        }
        let Some(month_text) = parts.next() else {
            return Some(PartialDate {
                year,
                month: None,
                day: None,
            });
        };
        let month: u32 = month_text.parse().ok()?;
        if !(1..=12).contains(&month) {
            return None;
        }
        let Some(day_text) = parts.next() else {
            return Some(PartialDate {
                year,
                month: Some(month),
                day: None,
            });
        };
        let day: u32 = day_text.get(..2)?.parse().ok()?;
        chrono::NaiveDate::from_ymd_opt(year, month, day)?;
        Some(PartialDate::day(year, month, day))
    }
}

impl fmt::Display for PartialDate {
    /// Writes `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(month), Some(day)) => write!(f, "{:04}-{:02}-{:02}", self.year, month, day),
            (Some(month), None) => write!(f, "{:04}-{:02}", self.year, month),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

/// A clean article: the one canonical text that every later span points into.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Content-derived id.
    pub id: DocId,
    /// The input path as given.
    pub origin: String,
    /// The JSON Lines record id, when the article came from one.
    pub external_id: Option<String>,
    /// The article's URL, when known.
    pub url: Option<String>,
    /// The headline.
    pub title: String,
    /// The outlet (site name, or the URL's host).
    pub source: Option<String>,
    /// The author or byline.
    pub author: Option<String>,
    /// Publication date (ISO 8601 when written out), when known.
    pub published: Option<PartialDate>,
    /// ISO 639-1 language code, when detected or declared.
    pub lang: Option<String>,
    /// The clean main text: paragraphs separated by a blank line.
    pub text: String,
    /// The paragraphs of `text`, in order.
    pub blocks: Vec<TextRange>,
    /// Fields of the input kept as they were (unknown JSON Lines fields).
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// What a named mention refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, agency, party, outlet or other body.
    Organization,
    /// A country, city, region or other place.
    Place,
    /// A named thing of another kind (an event, a law, a product).
    Other,
}

/// A name in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Where the name is.
    pub range: TextRange,
    /// What it names.
    pub kind: EntityKind,
    /// The name as written (the slice of the text at `range`).
    pub text: String,
    /// A role or title written next to the name ("US special envoy"), if any.
    pub role: Option<String>,
}

/// How a number is hedged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Stated as exact.
    Exact,
    /// "about", "around", "nearly", "some".
    Approximate,
    /// "over", "more than".
    AtLeast,
    /// "up to", "fewer than", "less than".
    AtMost,
    /// "12 to 15": `value` is the low end, `high` the high end.
    Range,
    /// "1,300 or 1,400": `value` and `high` are the alternatives.
    Alternatives,
    /// "dozens", "hundreds": only an order of magnitude.
    Vague,
}

/// A number with what it counts: "52 political prisoners".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// Where the number and its unit noun are.
    pub range: TextRange,
    /// The sentence it is in.
    pub sentence: TextRange,
    /// The value (the low end for ranges and alternatives).
    pub value: f64,
    /// The high end of a range or the second alternative.
    pub high: Option<f64>,
    /// How the number is hedged.
    pub qualifier: Qualifier,
    /// The counted noun, lower-case and singular where easy ("political prisoner").
    pub unit: String,
    /// The verb or state it measures, lemmatised ("release", "remain"), when found.
    pub predicate: Option<String>,
    /// Who the sentence attributes the number to ("police", "the union"), when stated.
    pub attributed_to: Option<String>,
    /// The time phrase of its sentence the number refers to, preposition
    /// included ("since July 2023", "on Monday"), when there is one; the
    /// article's [`DateMention`] inside this range gives the resolved date.
    #[serde(default)]
    pub time: Option<TextRange>,
}

/// A date written in the text, resolved against the publication date when relative.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    /// Where the date expression is.
    pub range: TextRange,
    /// The sentence it is in.
    pub sentence: TextRange,
    /// The resolved date, with the precision it was stated with.
    pub date: PartialDate,
    /// Whether it was relative ("on Thursday", "last year") and so resolved
    /// against the publication date.
    pub relative: bool,
}

/// A direct quotation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub range: TextRange,
    /// The speaker's name as best resolved (a pronoun is resolved to the
    /// nearest fitting person), if any.
    pub speaker: Option<String>,
    /// Where in the text the speaker is named or referred to.
    pub speaker_range: Option<TextRange>,
    /// How it was said: "said", "told The Associated Press", "wrote on X".
    pub channel: Option<String>,
}

/// Everything the analyse stage found in one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Sentences of the text, in order.
    pub sentences: Vec<TextRange>,
    /// Named mentions.
    pub mentions: Vec<Mention>,
    /// Numbers with their unit nouns.
    pub quantities: Vec<Quantity>,
    /// Dates.
    pub dates: Vec<DateMention>,
    /// Direct quotations.
    pub quotes: Vec<Quote>,
}

/// An article with its analysis: what clustering and reconciliation read.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The clean article.
    pub article: Article,
    /// What analyse found in it.
    pub analysis: Analysis,
}

/// How two articles share text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// The same clean text.
    Exact,
    /// Nearly the same text (a syndicated copy with small edits).
    NearDuplicate,
    /// Much of one is rewritten from the other (shared sentences, reordered or paraphrased).
    Rewrite,
    /// Both quote or copy some passages of a common source.
    SharedSource,
}

impl RelationKind {
    /// The name used in exports and tables.
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Exact => "exact",
            RelationKind::NearDuplicate => "near_duplicate",
            RelationKind::Rewrite => "rewrite",
            RelationKind::SharedSource => "shared_source",
        }
    }
}

/// A copy relation between two articles; `a` is the earlier one when known.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// One article (the earlier, when dates tell).
    pub a: DocId,
    /// The other article.
    pub b: DocId,
    /// How they share text.
    pub kind: RelationKind,
    /// Similarity in `0.0..=1.0`.
    pub score: f64,
}

/// A story: articles about one event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// Stable id.
    pub id: StoryId,
    /// A headline for the story (the title of its most central article).
    pub title: String,
    /// Member articles, in the order they joined.
    pub articles: Vec<DocId>,
}

/// Where the cluster stage puts one new article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum StoryChoice {
    /// Joins a story that already exists.
    Existing(StoryId),
    /// Opens a new story; articles of the batch with the same index share it.
    New(usize),
}

/// The cluster stage's decision for one article, with why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoryAssignment {
    /// The article.
    pub doc: DocId,
    /// Its story.
    pub story: StoryChoice,
    /// Similarity to the story it joined (0 for a new story).
    pub similarity: f64,
    /// The strongest shared evidence: terms, names, dates.
    pub evidence: Vec<String>,
}

/// Whether the sources agree on a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactStatus {
    /// Stated compatibly by two or more independent articles.
    Corroborated,
    /// Stated by one article (or by copies of one).
    SingleSource,
    /// Stated with incompatible values.
    Disputed,
    /// Stated with different values over time, the later ones saying they
    /// revise the earlier ("rose to 14"); variants in time order.
    Updated,
}

impl FactStatus {
    /// The name used in exports and tables.
    pub fn as_str(self) -> &'static str {
        match self {
            FactStatus::Corroborated => "corroborated",
            FactStatus::SingleSource => "single_source",
            FactStatus::Disputed => "disputed",
            FactStatus::Updated => "updated",
        }
    }
}

/// A piece of evidence: a span of one article.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    /// The article.
    pub doc: DocId,
    /// The span (usually the sentence) in its text.
    pub range: TextRange,
}

/// An entity merged across the articles of a story.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Id, unique within the story ("e1", "e2", ...).
    pub id: String,
    /// The canonical name (the fullest, most frequent spelling).
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// Every other spelling seen, including surname-only forms.
    pub aliases: Vec<String>,
    /// Roles and titles seen next to the name.
    pub roles: Vec<String>,
    /// Articles that mention it.
    pub articles: Vec<DocId>,
    /// Why the aliases were merged, one reason per merge.
    pub merged_because: Vec<String>,
    /// The country it belongs to: where a city lies (from a gazetteer of
    /// large cities), or the country a nationality word or a country's name
    /// in a role ties a person or body to ("Lithuanian President" ->
    /// Lithuania), or whose people a nationality written as a noun names
    /// ("Lithuanians", "a Briton"). None when nothing says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

impl Entity {
    /// How its country reads after its name: "in Lithuania" for a place,
    /// "of Lithuania" for a person or body.
    pub fn country_note(&self) -> Option<String> {
        let country = self.country.as_deref()?;
        Some(match self.kind {
            EntityKind::Place => format!("in {country}"),
            _ => format!("of {country}"),
        })
    }
}

/// One value of a fact, with every article that states it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FactVariant {
    /// The value as a number (low end for ranges).
    pub value: f64,
    /// The high end or second alternative.
    pub high: Option<f64>,
    /// How the value is hedged.
    pub qualifier: Qualifier,
    /// The value as written in the first article stating it ("over 1,000").
    pub text: String,
    /// Articles that state this value.
    pub articles: Vec<DocId>,
    /// The sentence in each stating article.
    pub evidence: Vec<Evidence>,
    /// Who the value is attributed to, when stated.
    pub attributed_to: Option<String>,
}

/// A fact of a story: one slot (what is counted, by which predicate) and the
/// values the articles give it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// Id, unique within the story ("f1", ...).
    pub id: String,
    /// What kind of fact: "count", "amount", "percentage".
    pub kind: String,
    /// What is counted ("political prisoner").
    pub subject: String,
    /// The slot in words ("political prisoners released").
    pub statement: String,
    /// Whether the sources agree.
    pub status: FactStatus,
    /// Every value given, never averaged.
    pub variants: Vec<FactVariant>,
    /// How many independent articles (copies counted once) state the fact.
    pub independent_sources: usize,
}

/// A quotation grouped across the articles that carry it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteGroup {
    /// The speaker, when known (canonical entity name where resolved).
    pub speaker: Option<String>,
    /// The longest version of the quoted words.
    pub text: String,
    /// How it was said ("wrote on X"), when stated.
    pub channel: Option<String>,
    /// Articles that carry the quote.
    pub articles: Vec<DocId>,
    /// Where each carries it.
    pub evidence: Vec<Evidence>,
}

/// One dated event of the storyline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimelineEvent {
    /// When, with the precision stated.
    pub date: PartialDate,
    /// The sentence describing it (from the first article).
    pub text: String,
    /// Articles that place an event on this date.
    pub articles: Vec<DocId>,
    /// Where each article says it.
    pub evidence: Vec<Evidence>,
}

/// What reconcile makes of one story.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Reconciliation {
    /// People, organisations and places, aliases merged.
    pub entities: Vec<Entity>,
    /// Facts with their variants and status.
    pub facts: Vec<Fact>,
    /// Quotations with speakers.
    pub quotes: Vec<QuoteGroup>,
    /// Dated events, in date order.
    pub timeline: Vec<TimelineEvent>,
    /// Where and when the event happened.
    #[serde(default)]
    pub setting: Setting,
    /// The counts of people harmed each headline gives, one per article
    /// whose headline gives any ("1 dead, 3 hurt in ..."), read by
    /// [`crate::reconcile::toll`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headline_tolls: Vec<HeadlineToll>,
    /// Deaths an article tells of among people it counted as hurt ("three
    /// men were wounded ... two of them later died"), read by
    /// [`crate::reconcile::toll`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub later_deaths: Vec<LaterDeaths>,
}

/// People counted as hurt, some of whom an article then tells died ("two
/// of them later died"): the dead come out of the hurt.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LaterDeaths {
    /// The number counted as hurt.
    pub hurt: u64,
    /// How many of them died.
    pub died: u64,
}

/// The counts of people harmed one headline gives: editors put the
/// event's toll in the headline ("1 dead, 3 hurt in bar shooting", "Four
/// men shot on Elm Street"), which the text may never restate whole.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeadlineToll {
    /// People killed ("3 dead", "two killed", "four shot dead").
    pub killed: Option<u64>,
    /// People hurt and alive ("3 hurt", "six others shot").
    pub injured: Option<u64>,
    /// People shot, the dead among them ("Four men shot"), when the
    /// headline gives no death count.
    pub shot: Option<u64>,
    /// People shot, the dead among them, as the event's name gives them
    /// ("quadruple shooting"): it tells nothing of whether any died.
    #[serde(default)]
    pub shooting: Option<u64>,
    /// Whether the headline tells of a death ("killed", "fatal",
    /// "slaying"), with a count or not.
    #[serde(default)]
    pub death: bool,
    /// Whether the headline tells that someone of this event died
    /// ("killed", "dies", "fatal shooting"), not only of a death's
    /// aftermath ("murder charge"); never for a headline of wider violence.
    #[serde(default)]
    pub died: bool,
    /// People a verb of killing counts ("gunman kills 3", "gunning down
    /// 3 teens"): those the killer killed, without him if he died too.
    #[serde(default)]
    pub slain: Option<u64>,
}

/// How a story's day was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// Articles' sentences date the event on it.
    Stated,
    /// No sentence dates the event: the day of the first report stands in.
    FirstReport,
}

impl DateBasis {
    /// The name used in exports and tables.
    pub fn as_str(self) -> &'static str {
        match self {
            DateBasis::Stated => "stated",
            DateBasis::FirstReport => "first_report",
        }
    }
}

/// The day a story's event happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SettingDate {
    /// The day (or the coarser date stated).
    pub date: PartialDate,
    /// How it was found.
    pub how: DateBasis,
    /// Articles that date the event so (for the first report, the articles
    /// published that day).
    pub articles: Vec<DocId>,
}

/// How specific a place is, from the most specific to the widest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceLevel {
    /// A town or city (or a place in no gazetteer, named like one).
    Town,
    /// A county, parish or its like.
    County,
    /// A region, state or province.
    Region,
    /// A country.
    Country,
}

impl PlaceLevel {
    /// The name used in exports and tables.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceLevel::Town => "town",
            PlaceLevel::County => "county",
            PlaceLevel::Region => "region",
            PlaceLevel::Country => "country",
        }
    }

    /// The level as a reader says it ("city or town": the gazetteers do
    /// not tell a capital from a village).
    pub fn label(self) -> &'static str {
        match self {
            PlaceLevel::Town => "city or town",
            other => other.as_str(),
        }
    }
}

/// How an article names the place an event happened in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceBasis {
    /// In its dateline ("EASTPORT, Ore. (AP) —").
    Dateline,
    /// Through the place's own police or fire service ("Eastport Police").
    LocalForce,
    /// In running text with its region after it ("in Eastport, Ore., on
    /// Sunday"), as a writer places a town for readers from elsewhere.
    WithRegion,
    /// In running text as where the harm happened ("a man was shot in
    /// Eastport").
    Scene,
    /// In its headline ("Two hurt in Eastport shooting") and its text: the
    /// headline says what the story is about, and where is most of that.
    Headline,
    /// Only by mentioning it.
    Mention,
    /// Not in its text: the outlet's host names the city ("buffalonews.com"),
    /// taken only where no text names a town.
    Outlet,
}

impl PlaceBasis {
    /// The name used in exports and tables.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceBasis::Dateline => "dateline",
            PlaceBasis::LocalForce => "local_force",
            PlaceBasis::WithRegion => "with_region",
            PlaceBasis::Scene => "scene",
            PlaceBasis::Headline => "headline",
            PlaceBasis::Mention => "mention",
            PlaceBasis::Outlet => "outlet",
        }
    }
}

/// One article placing the event somewhere, and its strongest way of saying so.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PlaceSource {
    /// The article.
    pub article: DocId,
    /// How it names the place.
    pub how: PlaceBasis,
}

/// A place a story's event happened in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SettingPlace {
    /// The name as the articles spell it.
    pub name: String,
    /// How specific it is.
    pub level: PlaceLevel,
    /// The articles that place the event there, one entry each.
    pub sources: Vec<PlaceSource>,
}

/// Where and when a story's event happened, with the articles that say so.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Setting {
    /// The event's day, when any article is dated.
    pub when: Option<SettingDate>,
    /// The most specific place the articles put the event in (written
    /// `where` in JSON).
    #[serde(rename = "where")]
    pub place: Option<SettingPlace>,
    /// The region and country around `place` that the articles name, the
    /// narrower first.
    pub wider: Vec<SettingPlace>,
}
