//! The coreference harness (`cargo xtask bench coref`): cross-document
//! named-entity coreference on ECB+ with gold named mentions, scored with the
//! clustering scorer's CoNLL F1 (mean of MUC, BCubed and CEAF-e).
//!
//! ECB+ annotates every entity mention (pronouns, descriptions, names). The
//! harness keeps the named ones, by a rule on the gold mention alone: a
//! participant or location mention (not a time) whose head phrase (the words
//! before the first comma or preposition, leading prepositions and articles
//! dropped) ends in a run of name words. A name word is capitalised (or
//! mixed-case, as in "eWEEK"); at a sentence start or in a title-case
//! headline it counts only when the corpus also capitalises it mid-sentence,
//! and a lone pronoun never does. The run is the name: "Polygamist leader
//! Warren Jeffs" gives "Warren Jeffs", "of Fort Smith, Ark" gives "Fort
//! Smith", "Texas jury" and "refugee camp in South Sudan" are not named.
//! The gold chains are those of the kept mentions (written to
//! `target/bench/coref/`), and the ECB+ tag gives the kind.
//!
//! The kept names become the mentions of their documents, and the pipeline's
//! own merging clusters them: `reconcile::entities` over each gold story's
//! documents (within and across articles, as a dossier does), then
//! `merge_across_stories` (as `dossier entities` does). Printed beside it:
//! the same merging over the whole split as one story, `cluster_names` on the
//! names alone (as `dossier names` does), and the exact-string,
//! folded-string and all-singleton baselines.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Write as _};
use std::path::Path;

use anyhow::{Context, bail};
use dossier_core::model::{
    Analysis, Article, DocId, Document, Entity, EntityKind, Mention, StoryId, TextRange,
};
use dossier_core::reconcile::{self, cluster_names, merge_across_stories};
use dossier_core::text::fold;
use serde_json::Value;

use crate::{Options, bench_dir, output_dir, publish, run_python};

/// Words that open a mention before its head ("in Poteau", "the Gaza Strip").
const LEADING: &[&str] = &[
    "of", "in", "at", "near", "from", "on", "to", "outside", "inside", "into", "for", "by", "with",
    "about", "around", "across", "off", "than", "over", "under", "within", "along", "through",
    "after", "before", "during", "against", "between", "the", "a", "an",
];

/// Words that end a head phrase ("camp in South Sudan") unless they join two
/// name words ("Research in Motion", "Bank of England").
const BREAKS: &[&str] = &[
    "of", "in", "at", "near", "from", "on", "to", "outside", "inside", "into", "for", "by", "with",
    "about", "around", "across", "off", "than", "and", "or", "between", "over", "under", "within",
    "along", "through", "after", "before", "during", "against", "who", "which", "that",
];

/// Punctuation that ends a head phrase.
const STOPS: &[&str] = &[",", "(", ")", ";", ":", "\"", "--", "."];

/// Small words a name may hold inside ("Bank of England", "T - Mobile").
const INSIDE: &[&str] = &["-", "&", "'s", "of", "de", "and", "in", "for", "the", "on"];

/// Pronouns and determiners that are never a name on their own.
const NOT_ALONE: &[&str] = &[
    "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "This",
    "That", "These", "Those", "Who", "What", "The", "A", "An", "Him", "Them", "Us", "Me", "I'm",
];

/// One ECB+ document of the split.
struct EcbDocument {
    id: String,
    story: String,
    text: String,
}

/// A gold named mention: where its name is and which chain it is in.
struct NamedMention {
    id: String,
    doc: String,
    chain: String,
    kind: EntityKind,
    /// Byte range of the name in its document's text.
    range: TextRange,
    name: String,
}

/// One way of clustering the named mentions, and where its predictions went.
struct Run {
    label: &'static str,
    clusters: Vec<String>,
}

pub fn run(options: &Options) -> anyhow::Result<()> {
    let split = options.split.as_str();
    if !matches!(split, "dev" | "test" | "train") {
        bail!("--split must be dev, test or train for the coreference benchmark");
    }
    let dir = bench_dir()?.join("clustering/ecbplus");
    let all_documents = read_documents(&dir.join("articles.jsonl"))?;
    let capitalised = capitalised_mid_sentence(all_documents.values());
    let documents: BTreeMap<&str, &EcbDocument> = all_documents
        .iter()
        .filter(|(_, doc)| doc.story.starts_with(|c: char| c.is_ascii_digit()))
        .map(|(id, doc)| (id.as_str(), doc))
        .collect();
    let (mentions, entity_mentions) =
        read_named_mentions(&dir.join("mentions.jsonl"), split, &documents, &capitalised)?;

    let out_dir = output_dir("coref")?;
    let gold_path = out_dir.join(format!("gold_named_entity.{split}.jsonl"));
    let mut gold = std::fs::File::create(&gold_path)
        .with_context(|| format!("creating {}", gold_path.display()))?;
    for mention in &mentions {
        let line = serde_json::json!({"id": mention.id, "story": mention.chain, "split": split});
        writeln!(gold, "{line}")?;
    }
    drop(gold);

    let by_story = dossier_by_story(&mentions, &documents);
    let one_story = dossier_one_story(&mentions, &documents);
    let names_only = {
        let names: Vec<(String, Option<EntityKind>)> = mentions
            .iter()
            .map(|m| (m.name.clone(), Some(m.kind)))
            .collect();
        cluster_names(&names)
            .into_iter()
            .map(|c| format!("n{c}"))
            .collect()
    };
    let runs = [
        Run {
            label: "dossier: per story, then across stories",
            clusters: by_story,
        },
        Run {
            label: "dossier: the split as one story",
            clusters: one_story,
        },
        Run {
            label: "dossier names (names alone)",
            clusters: names_only,
        },
        Run {
            label: "exact string",
            clusters: mentions
                .iter()
                .map(|m| format!("{:?}", m.kind) + &m.name)
                .collect(),
        },
        Run {
            label: "folded string",
            clusters: mentions
                .iter()
                .map(|m| format!("{:?}", m.kind) + &fold(&m.name))
                .collect(),
        },
        Run {
            label: "all singletons",
            clusters: mentions.iter().map(|m| m.id.clone()).collect(),
        },
    ];

    let mut report = String::new();
    let _ = writeln!(
        report,
        "## ECB+ {split}: cross-document named-entity coreference, gold named mentions\n\n\
         {} named mentions of {entity_mentions} entity mentions (validated sentences, times left out), \
         {} gold chains, {} documents, {} stories. Gold: {}\n",
        mentions.len(),
        mentions
            .iter()
            .map(|m| &m.chain)
            .collect::<HashSet<_>>()
            .len(),
        documents
            .values()
            .filter(|d| in_split(d, &mentions))
            .count(),
        documents
            .values()
            .filter(|d| in_split(d, &mentions))
            .map(|d| &d.story)
            .collect::<HashSet<_>>()
            .len(),
        gold_path.display(),
    );
    let _ = writeln!(report, "```");
    let _ = writeln!(
        report,
        "{:<42} {:>7} {:>7} {:>7} {:>9} {:>8}",
        "", "MUC F1", "B3 F1", "CEAF-e", "CoNLL F1", "clusters"
    );
    let score = dir.join("../score.py");
    for (index, run) in runs.iter().enumerate() {
        let pred_path = out_dir.join(format!("pred.{split}.{index}.jsonl"));
        let mut pred = std::fs::File::create(&pred_path)
            .with_context(|| format!("creating {}", pred_path.display()))?;
        for (mention, cluster) in mentions.iter().zip(&run.clusters) {
            let line = serde_json::json!({
                "id": mention.id, "cluster": cluster, "name": mention.name, "gold": mention.chain,
            });
            writeln!(pred, "{line}")?;
        }
        drop(pred);
        let printed = run_python(&[
            score.to_str().unwrap_or_default(),
            gold_path.to_str().unwrap_or_default(),
            pred_path.to_str().unwrap_or_default(),
            "--filter",
            &format!("split={split}"),
            "--coref",
            "--json",
        ])?;
        let scores: Value = serde_json::from_str(&printed).context("reading the scorer's JSON")?;
        let number = |key: &str| scores[key].as_f64().unwrap_or(0.0);
        let _ = writeln!(
            report,
            "{:<42} {:>7.4} {:>7.4} {:>7.4} {:>9.4} {:>8}",
            run.label,
            number("muc_f1"),
            number("bcubed_f1"),
            number("ceafe_f1"),
            number("conll_f1"),
            number("n_pred_clusters"),
        );
    }
    let _ = writeln!(report, "```\n");
    let _ = writeln!(
        report,
        "Predictions (with names and gold chains): {}/pred.{split}.N.jsonl, N the row above from 0. \
         Stories are the gold ECB+ subtopics (the pipeline's clustering is judged by `bench clustering`).",
        out_dir.display()
    );
    publish(options, &format!("coref-ecbplus-{split}.md"), &report)
}

fn in_split(document: &EcbDocument, mentions: &[NamedMention]) -> bool {
    mentions.iter().any(|m| m.doc == document.id)
}

fn read_documents(path: &Path) -> anyhow::Result<BTreeMap<String, EcbDocument>> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut documents = BTreeMap::new();
    for line in BufReader::new(file).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(&line)?;
        let id = value["id"].as_str().unwrap_or_default().to_string();
        documents.insert(
            id.clone(),
            EcbDocument {
                id,
                story: value["story"].as_str().unwrap_or_default().to_string(),
                text: value["text"].as_str().unwrap_or_default().to_string(),
            },
        );
    }
    Ok(documents)
}

/// A headline written in title case capitalises common words too.
fn is_title_case(line: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_alphabetic))
        .collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    words.len() >= 3 && capitalised * 10 >= words.len() * 6
}

/// Every word the corpus capitalises somewhere other than at a sentence
/// start or in a title-case line: the evidence that a sentence-initial word
/// is a name.
fn capitalised_mid_sentence<'d>(
    documents: impl Iterator<Item = &'d EcbDocument>,
) -> HashSet<String> {
    let mut words = HashSet::new();
    for document in documents {
        for line in document.text.lines().filter(|l| !is_title_case(l)) {
            for word in line.split_whitespace().skip(1) {
                if word.starts_with(char::is_uppercase) {
                    words.insert(word.to_string());
                }
            }
        }
    }
    words
}

fn kind_of_tag(tag: &str) -> EntityKind {
    match tag {
        "HUMAN_PART_PER" => EntityKind::Person,
        "HUMAN_PART_ORG" | "HUMAN_PART_MET" => EntityKind::Organization,
        "HUMAN_PART_GPE" | "LOC_GEO" | "LOC_FAC" | "LOC_OTHER" => EntityKind::Place,
        _ => EntityKind::Other,
    }
}

/// Reads the split's entity mentions of validated sentences and keeps the
/// named ones; also returns how many entity mentions there were.
fn read_named_mentions(
    path: &Path,
    split: &str,
    documents: &BTreeMap<&str, &EcbDocument>,
    capitalised: &HashSet<String>,
) -> anyhow::Result<(Vec<NamedMention>, usize)> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut named = Vec::new();
    let mut total = 0;
    for line in BufReader::new(file).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(&line)?;
        let text_of = |key: &str| value[key].as_str().unwrap_or_default();
        if text_of("type") != "entity"
            || text_of("split") != split
            || value["validated_sentence"] != true
        {
            continue;
        }
        total += 1;
        if text_of("tag").starts_with("TIME") {
            continue;
        }
        let Some(document) = documents.get(text_of("doc_id")) else {
            continue;
        };
        let char_start = value["char_start"].as_u64().unwrap_or(0) as usize;
        let char_end = value["char_end"].as_u64().unwrap_or(0) as usize;
        let sentence_start = value["sent_tok_start"].as_u64() == Some(0);
        let Some(range) = name_range(
            &document.text,
            char_start,
            char_end,
            text_of("text"),
            sentence_start,
            capitalised,
        ) else {
            continue;
        };
        named.push(NamedMention {
            id: text_of("id").to_string(),
            doc: document.id.clone(),
            chain: text_of("chain").to_string(),
            kind: kind_of_tag(text_of("tag")),
            name: range.slice(&document.text).to_string(),
            range,
        });
    }
    Ok((named, total))
}

/// Byte offset of a character offset, `None` past the end.
fn byte_offset(text: &str, chars: usize) -> Option<usize> {
    if chars == 0 {
        return Some(0);
    }
    text.char_indices()
        .map(|(byte, _)| byte)
        .chain(std::iter::once(text.len()))
        .nth(chars)
}

/// A capitalised or mixed-case word; at a sentence start or in a title-case
/// line only when the corpus capitalises it elsewhere too.
fn is_name_word(word: &str, initial: bool, capitalised: &HashSet<String>) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let cased = first.is_uppercase() || (first.is_lowercase() && chars.any(char::is_uppercase));
    if !cased || !word.chars().any(char::is_alphabetic) {
        return false;
    }
    !initial || capitalised.contains(word)
}

/// Where the name of a gold mention is, if it is a named mention (see the
/// module doc); `None` otherwise.
fn name_range(
    text: &str,
    char_start: usize,
    char_end: usize,
    tokens_text: &str,
    sentence_start: bool,
    capitalised: &HashSet<String>,
) -> Option<TextRange> {
    let start = byte_offset(text, char_start)?;
    let end = byte_offset(text, char_end)?;
    let span = text.get(start..end)?;
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let line_end = text
        .get(start..)?
        .find('\n')
        .map_or(text.len(), |i| start + i);
    let title_line = is_title_case(text.get(line_start..line_end)?);

    // Each token, with its byte range when it is found in the span.
    let mut cursor = 0;
    let tokens: Vec<(&str, Option<(usize, usize)>)> = tokens_text
        .split_whitespace()
        .map(|token| {
            let found = span.get(cursor..).and_then(|rest| rest.find(token));
            let place = found.map(|offset| {
                let token_start = cursor + offset;
                cursor = token_start + token.len();
                (start + token_start, start + cursor)
            });
            (token, place)
        })
        .collect();
    let initial = |index: usize| title_line || (sentence_start && index == 0);
    let name_word = |index: usize| {
        tokens
            .get(index)
            .is_some_and(|(token, _)| is_name_word(token, initial(index), capitalised))
    };

    let mut first = 0;
    while first < tokens.len() && LEADING.contains(&tokens[first].0.to_lowercase().as_str()) {
        first += 1;
    }
    let mut last = first;
    while last < tokens.len() {
        let token = tokens[last].0;
        // An initial's full stop stays inside the name ("Regina M. Benjamin", "U.S.").
        let initial_stop = token == "."
            && last > first
            && tokens[last - 1].0.chars().count() <= 2
            && tokens[last - 1].0.starts_with(char::is_uppercase)
            && name_word(last + 1);
        if STOPS.contains(&token) && !initial_stop {
            break;
        }
        let joins = last > 0 && name_word(last - 1) && name_word(last + 1);
        if last > first && BREAKS.contains(&token.to_lowercase().as_str()) && !joins {
            break;
        }
        last += 1;
    }
    // The run of name words that ends the head phrase.
    let mut run_start = last;
    while run_start > first {
        let index = run_start - 1;
        let token = tokens[index].0;
        let inside = run_start < last
            && index > first
            && (token.chars().all(|c| c.is_ascii_digit())
                || INSIDE.contains(&token)
                || token == ".");
        if name_word(index) || inside {
            run_start = index;
        } else {
            break;
        }
    }
    while run_start < last
        && (INSIDE.contains(&tokens[run_start].0) || tokens[run_start].0 == "The")
    {
        run_start += 1;
    }
    if run_start >= last {
        return None;
    }
    if last - run_start == 1 && NOT_ALONE.contains(&tokens[run_start].0) {
        return None;
    }
    let (name_start, _) = tokens[run_start].1?;
    let (_, mut name_end) = tokens[last - 1].1?;
    // A possessive is not part of the name ("Intel's").
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(stem) = text.get(name_start..name_end)?.strip_suffix(suffix)
            && !stem.is_empty()
        {
            name_end = name_start + stem.len();
        }
    }
    Some(TextRange::new(name_start, name_end.max(name_start)))
}

/// The ECB+ document as an article whose analysis holds the given mentions.
fn document_of(ecb: &EcbDocument, mentions: &[&NamedMention]) -> Document {
    let mut found: Vec<Mention> = mentions
        .iter()
        .map(|m| Mention {
            range: m.range,
            kind: m.kind,
            text: m.name.clone(),
            role: None,
        })
        .collect();
    found.sort_by_key(|m| (m.range.start, m.range.end));
    Document {
        article: Article {
            id: DocId(ecb.id.clone()),
            origin: "bench".into(),
            external_id: Some(ecb.id.clone()),
            url: None,
            title: String::new(),
            source: None,
            author: None,
            published: None,
            lang: Some("en".into()),
            text: ecb.text.clone(),
            blocks: vec![TextRange::new(0, ecb.text.len())],
            extra: serde_json::Map::new(),
        },
        analysis: Analysis {
            mentions: found,
            ..Analysis::default()
        },
    }
}

/// Documents of the mentions, grouped by story: (story, documents).
fn documents_by_story(
    mentions: &[NamedMention],
    documents: &BTreeMap<&str, &EcbDocument>,
) -> BTreeMap<String, Vec<Document>> {
    let mut per_doc: BTreeMap<&str, Vec<&NamedMention>> = BTreeMap::new();
    for mention in mentions {
        per_doc
            .entry(mention.doc.as_str())
            .or_default()
            .push(mention);
    }
    let mut stories: BTreeMap<String, Vec<Document>> = BTreeMap::new();
    for (doc, in_doc) in per_doc {
        if let Some(ecb) = documents.get(doc) {
            stories
                .entry(ecb.story.clone())
                .or_default()
                .push(document_of(ecb, &in_doc));
        }
    }
    stories
}

/// Per gold story `reconcile::entities`, then `merge_across_stories`.
fn dossier_by_story(
    mentions: &[NamedMention],
    documents: &BTreeMap<&str, &EcbDocument>,
) -> Vec<String> {
    let stories = documents_by_story(mentions, documents);
    let story_of: HashMap<&str, &str> = documents
        .values()
        .map(|d| (d.id.as_str(), d.story.as_str()))
        .collect();
    let mut tables = HashMap::new();
    let mut per_story: Vec<(StoryId, Vec<Entity>)> = Vec::new();
    for (story, docs) in &stories {
        let refs: Vec<&Document> = docs.iter().collect();
        let table = reconcile::entities(&refs);
        per_story.push((StoryId(story.clone()), table.entities.clone()));
        tables.insert(story.as_str(), table);
    }
    let corpus = merge_across_stories(&per_story);
    mentions
        .iter()
        .map(|mention| {
            let story = story_of.get(mention.doc.as_str()).copied().unwrap_or("");
            let entity = tables
                .get(story)
                .and_then(|table| table.resolve(&DocId(mention.doc.clone()), &mention.name));
            let Some(entity) = entity else {
                return format!("unresolved {}", mention.id);
            };
            let story_id = StoryId(story.to_string());
            corpus
                .iter()
                .position(|c| {
                    c.kind == entity.kind
                        && c.stories.contains(&story_id)
                        && (c.name == entity.name || c.aliases.contains(&entity.name))
                })
                .map_or_else(
                    || format!("{story} {}", entity.id),
                    |index| format!("c{index}"),
                )
        })
        .collect()
}

/// `reconcile::entities` over every document of the split at once.
fn dossier_one_story(
    mentions: &[NamedMention],
    documents: &BTreeMap<&str, &EcbDocument>,
) -> Vec<String> {
    let docs: Vec<Document> = documents_by_story(mentions, documents)
        .into_values()
        .flatten()
        .collect();
    let refs: Vec<&Document> = docs.iter().collect();
    let table = reconcile::entities(&refs);
    mentions
        .iter()
        .map(|mention| {
            table
                .resolve(&DocId(mention.doc.clone()), &mention.name)
                .map_or_else(
                    || format!("unresolved {}", mention.id),
                    |entity| entity.id.clone(),
                )
        })
        .collect()
}
