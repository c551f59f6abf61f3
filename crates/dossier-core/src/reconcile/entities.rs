//! Entities: mentions merged across a story's articles into people,
//! organisations and places with every alias, namesakes kept apart.
//!
//! Two passes. Within an article, full names that are variants of each other
//! become one local entity, and surname-only or acronym mentions join the one
//! full name they fit (by gendered title when two fit, by none when that does
//! not decide). Across articles, local entities merge by name evidence,
//! strongest first, never joining two local entities of the same article
//! (the article itself kept them apart). Every merge records its reason.

use std::collections::{BTreeSet, HashMap};

use crate::analyse::lexicon::lexicon;
use crate::model::{DocId, Document, Entity, EntityKind};
use crate::text::fold;

use super::names::{
    Gender, MAX_INITIALS_WORD, ParsedName, TokenEvidence, compare, compare_singles,
    gender_of_title, may_fit_many_bodies, named_initials, partial_match, surname_match,
    translit_key, wade_giles_block_keys,
};

/// The entities of a story, and a way back from a name as written to its entity.
#[derive(Clone, Debug, Default)]
pub struct EntityTable {
    /// The merged entities.
    pub entities: Vec<Entity>,
    /// (article, folded name as written there) -> entity; `None` when the
    /// name stands for two entities in that article.
    by_mention: HashMap<(DocId, String), Option<usize>>,
    /// Folded name -> entity across the story; `None` when ambiguous.
    by_name: HashMap<String, Option<usize>>,
    /// Per entity, its distinct full names, parsed, for variant lookups.
    names: Vec<Vec<ParsedName>>,
    /// Per entity, the gender its names tell, when they agree.
    genders: Vec<Option<Gender>>,
}

impl EntityTable {
    /// Finds the entity a name as written in `doc` refers to (a full name, a
    /// variant spelling or a surname), if any.
    pub fn resolve(&self, doc: &DocId, name: &str) -> Option<&Entity> {
        self.resolve_index(doc, name)
            .and_then(|index| self.entities.get(index))
    }

    fn resolve_index(&self, doc: &DocId, name: &str) -> Option<usize> {
        let folded = fold(name);
        if folded.is_empty() {
            return None;
        }
        if let Some(found) = self.by_mention.get(&(doc.clone(), folded.clone()))
            && found.is_some()
        {
            return *found;
        }
        let person = ParsedName::parse(name, EntityKind::Person);
        let bare: String = significant_form(&person);
        if let Some(Some(index)) = self.by_mention.get(&(doc.clone(), bare))
            && (person.title_gender.is_none()
                || self.genders.get(*index) != Some(&opposite(person.title_gender)))
        {
            return Some(*index);
        }
        if person.is_single()
            && let Some(index) = self.resolve_surname(doc, &person)
        {
            return Some(index);
        }
        if let Some(Some(index)) = self.by_name.get(&folded) {
            return Some(*index);
        }
        self.resolve_variant(name)
    }

    /// A surname alone: the one person of the article whose surname it is
    /// (the title's gender deciding between two).
    fn resolve_surname(&self, doc: &DocId, single: &ParsedName) -> Option<usize> {
        let candidates: Vec<usize> = (0..self.entities.len())
            .filter(|&index| {
                let entity = &self.entities[index];
                entity.kind == EntityKind::Person
                    && entity.articles.contains(doc)
                    && self.names[index]
                        .iter()
                        .any(|full| surname_match(single, full).is_some())
            })
            .collect();
        self.pick_by_gender(&candidates, single.title_gender)
    }

    fn pick_by_gender(&self, candidates: &[usize], title: Option<Gender>) -> Option<usize> {
        match candidates {
            [only] => {
                let gender = self.genders.get(*only).copied().flatten();
                let clash = matches!((title, gender), (Some(x), Some(y)) if x != y);
                (!clash).then_some(*only)
            }
            [] => None,
            _ => {
                let title = title?;
                let fitting: Vec<usize> = candidates
                    .iter()
                    .copied()
                    .filter(|&c| self.genders.get(c).copied().flatten() == Some(title))
                    .collect();
                match fitting.as_slice() {
                    [only] => Some(*only),
                    _ => None,
                }
            }
        }
    }

    /// A spelling not seen in the story: the one entity with a matching name.
    fn resolve_variant(&self, name: &str) -> Option<usize> {
        let mut best: Option<(TokenEvidence, usize)> = None;
        let mut tie = false;
        for (index, names) in self.names.iter().enumerate() {
            let Some(kind) = self.entities.get(index).map(|e| e.kind) else {
                continue;
            };
            let parsed = ParsedName::parse(name, kind);
            let Some(strength) = names
                .iter()
                .filter_map(|full| compare(&parsed, full).map(|m| m.strength))
                .min()
            else {
                continue;
            };
            match best {
                Some((current, _)) if strength > current => {}
                Some((current, _)) if strength == current => tie = true,
                _ => {
                    best = Some((strength, index));
                    tie = false;
                }
            }
        }
        if tie {
            None
        } else {
            best.map(|(_, index)| index)
        }
    }
}

fn opposite(gender: Option<Gender>) -> Option<Gender> {
    match gender {
        Some(Gender::Male) => Some(Gender::Female),
        Some(Gender::Female) => Some(Gender::Male),
        None => None,
    }
}

/// The identifying tokens of a name, folded and joined ("Mr Petrenko" -> "petrenko").
fn significant_form(name: &ParsedName) -> String {
    name.tokens
        .iter()
        .map(|t| t.folded.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One mention, parsed.
struct Seen {
    doc: usize,
    start: usize,
    name: ParsedName,
    role: Option<String>,
}

impl Seen {
    /// A full name can stand on its own; a short one (a surname alone, an
    /// acronym) needs a full name to attach to.
    fn is_full(&self) -> bool {
        match self.name.kind {
            EntityKind::Person => self.name.tokens.len() >= 2,
            _ => !self.name.acronym,
        }
    }
}

/// Mentions of one article taken for one entity.
struct Local {
    doc: usize,
    kind: EntityKind,
    members: Vec<usize>,
    reasons: Vec<String>,
    /// Whether a short mention could fit two people of the article.
    ambiguous: bool,
}

impl Local {
    fn has_full(&self, seen: &[Seen]) -> bool {
        self.members.iter().any(|&m| seen[m].is_full())
    }
}

/// Merges the mentions of the documents into entities.
pub(crate) fn merge(documents: &[&Document]) -> EntityTable {
    let seen = collect_mentions(documents);
    let mut locals = Vec::new();
    for doc in 0..documents.len() {
        link_within_article(doc, &seen, &mut locals);
    }
    let groups = merge_across_articles(&seen, &locals);
    build_table(documents, &seen, &locals, groups)
}

fn collect_mentions(documents: &[&Document]) -> Vec<Seen> {
    let mut seen = Vec::new();
    for (doc, document) in documents.iter().enumerate() {
        for mention in &document.analysis.mentions {
            let written = if mention.text.trim().is_empty() {
                mention.range.slice(&document.article.text)
            } else {
                mention.text.as_str()
            };
            let mut name = ParsedName::parse(written, mention.kind);
            if name.folded.is_empty() || name.tokens.is_empty() {
                continue;
            }
            // The finder may leave the title out of the mention ("Ms" before
            // "Petrenko"); the word before it still tells the gender.
            if name.kind == EntityKind::Person && name.title_gender.is_none() {
                let before = document
                    .article
                    .text
                    .get(..mention.range.start)
                    .unwrap_or("");
                name.title_gender = before
                    .split_whitespace()
                    .next_back()
                    .and_then(gender_of_title);
            }
            seen.push(Seen {
                doc,
                start: mention.range.start,
                name,
                role: mention.role.clone().filter(|r| !r.trim().is_empty()),
            });
        }
    }
    type_untyped_names(&mut seen);
    seen
}

/// Gives a name the finder could not type where it stood ("Valdmar's
/// cranes", a headline in capitals) the kind the story's other mentions of
/// the same name agree on ("in Valdmar"), so one place is not listed twice,
/// once as a place and once as something else. A name typed two ways by the
/// other mentions stays untyped.
fn type_untyped_names(seen: &mut [Seen]) {
    let mut kinds: HashMap<String, BTreeSet<EntityKind>> = HashMap::new();
    for mention in seen.iter() {
        if mention.name.kind != EntityKind::Other {
            kinds
                .entry(mention.name.folded.clone())
                .or_default()
                .insert(mention.name.kind);
        }
    }
    for mention in seen.iter_mut() {
        if mention.name.kind != EntityKind::Other {
            continue;
        }
        let Some(typed) = kinds.get(&mention.name.folded) else {
            continue;
        };
        if let (1, Some(&kind)) = (typed.len(), typed.first()) {
            let written = mention.name.written.clone();
            let retyped = ParsedName::parse(&written, kind);
            if !retyped.folded.is_empty() && !retyped.tokens.is_empty() {
                mention.name = retyped;
            }
        }
    }
}

/// The gender a set of mentions tells: titles first, then the names; `None`
/// when they disagree or say nothing.
fn gender_of(members: &[usize], seen: &[Seen]) -> Option<Gender> {
    let titled: BTreeSet<_> = members
        .iter()
        .filter_map(|&m| seen[m].name.title_gender.map(|g| g == Gender::Female))
        .collect();
    if titled.len() == 1 {
        return titled
            .first()
            .map(|&f| if f { Gender::Female } else { Gender::Male });
    }
    if titled.len() > 1 {
        return None;
    }
    let told: BTreeSet<_> = members
        .iter()
        .filter(|&&m| seen[m].is_full())
        .filter_map(|&m| seen[m].name.gender().map(|g| g == Gender::Female))
        .collect();
    match told.len() {
        1 => told
            .first()
            .map(|&f| if f { Gender::Female } else { Gender::Male }),
        _ => None,
    }
}

/// Chooses among candidate groups by the title's gender; `None` when that
/// leaves no single one.
fn choose_by_gender(
    candidates: &[usize],
    title: Option<Gender>,
    gender_of_candidate: impl Fn(usize) -> Option<Gender>,
) -> Option<usize> {
    let compatible: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&c| match (title, gender_of_candidate(c)) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        })
        .collect();
    match compatible.as_slice() {
        [only] => Some(*only),
        [] => None,
        _ => {
            let title = title?;
            let fitting: Vec<usize> = compatible
                .iter()
                .copied()
                .filter(|&c| gender_of_candidate(c) == Some(title))
                .collect();
            match fitting.as_slice() {
                [only] => Some(*only),
                _ => None,
            }
        }
    }
}

fn link_within_article(doc: usize, seen: &[Seen], locals: &mut Vec<Local>) {
    let first_local = locals.len();
    let in_doc: Vec<usize> = (0..seen.len()).filter(|&i| seen[i].doc == doc).collect();
    for &index in in_doc.iter().filter(|&&i| seen[i].is_full()) {
        let name = &seen[index].name;
        let found = locals[first_local..].iter().position(|local| {
            local.kind == name.kind
                && local
                    .members
                    .iter()
                    .any(|&m| seen[m].is_full() && compare(name, &seen[m].name).is_some())
        });
        match found {
            Some(offset) => {
                let local = &mut locals[first_local + offset];
                if let Some(reason) = local
                    .members
                    .iter()
                    .filter(|&&m| seen[m].name.folded != name.folded)
                    .find_map(|&m| compare(name, &seen[m].name))
                    .filter(|_| {
                        local
                            .members
                            .iter()
                            .all(|&m| seen[m].name.folded != name.folded)
                    })
                {
                    local.reasons.push(reason.reason);
                }
                local.members.push(index);
            }
            None => match same_written(first_local, index, seen, locals) {
                Some(l) => locals[l].members.push(index),
                None => locals.push(Local {
                    doc,
                    kind: name.kind,
                    members: vec![index],
                    reasons: Vec::new(),
                    ambiguous: false,
                }),
            },
        }
    }
    let full_locals: Vec<usize> = (first_local..locals.len()).collect();
    for &index in in_doc.iter().filter(|&&i| !seen[i].is_full()) {
        let short = &seen[index].name;
        let fits: Vec<usize> = full_locals
            .iter()
            .copied()
            .filter(|&l| locals[l].kind == short.kind && short_fits(short, &locals[l], seen))
            .collect();
        let chosen = choose_by_gender(&fits, short.title_gender, |l| {
            gender_of(&locals[l].members, seen)
        });
        let by_given_name = if chosen.is_none() && fits.is_empty() {
            given_name_fit(short, &full_locals, locals, seen)
        } else {
            None
        };
        if let Some(l) = chosen.or(by_given_name) {
            let full = canonical_written(&locals[l].members, seen);
            let reason = match short.kind {
                EntityKind::Person if by_given_name.is_some() => {
                    format!("given name of {full}, the only one so named in the same article")
                }
                EntityKind::Person if fits.len() > 1 => format!(
                    "surname of {full} in the same article (the title tells {} from the other)",
                    short.written
                ),
                EntityKind::Person => format!("surname of {full} in the same article"),
                _ => format!("acronym of {full}"),
            };
            if locals[l]
                .members
                .iter()
                .all(|&m| seen[m].name.folded != short.folded)
            {
                locals[l].reasons.push(reason);
            }
            locals[l].members.push(index);
            continue;
        }
        let ambiguous = !fits.is_empty();
        let same_short =
            (full_locals.last().map_or(first_local, |l| l + 1)..locals.len()).find(|&l| {
                locals[l].kind == short.kind
                    && locals[l].ambiguous == ambiguous
                    && locals[l]
                        .members
                        .iter()
                        .any(|&m| compare_singles(short, &seen[m].name).is_some())
            });
        match same_short.or_else(|| same_written(first_local, index, seen, locals)) {
            Some(l) => locals[l].members.push(index),
            None => locals.push(Local {
                doc,
                kind: short.kind,
                members: vec![index],
                reasons: Vec::new(),
                ambiguous,
            }),
        }
    }
}

/// The local entity of this article that already holds a mention written
/// exactly like `index` (same kind, same title): one article does not use one
/// spelling for two referents, even when the spelling parses to no usable
/// name (stray symbols, a lone initial) and so matches nothing by the rules.
fn same_written(
    first_local: usize,
    index: usize,
    seen: &[Seen],
    locals: &[Local],
) -> Option<usize> {
    let name = &seen[index].name;
    (first_local..locals.len()).find(|&l| {
        locals[l].kind == name.kind
            && locals[l].members.iter().any(|&m| {
                seen[m].name.written.trim() == name.written.trim()
                    && seen[m].name.title_gender == name.title_gender
            })
    })
}

/// The one person of the article whose full name opens with `short`, when
/// `short` is a known given name written alone and the article names no one
/// else so: a leader who speaks of "Donald" in a story about Donald Trump.
/// Two people of that given name, or a title that says another gender,
/// leave it alone.
fn given_name_fit(
    short: &ParsedName,
    full_locals: &[usize],
    locals: &[Local],
    seen: &[Seen],
) -> Option<usize> {
    if short.kind != EntityKind::Person || !short.is_single() {
        return None;
    }
    let token = short.tokens.first()?;
    if !lexicon().is_given_name(&token.folded) {
        return None;
    }
    let mut fits = full_locals.iter().copied().filter(|&l| {
        locals[l].kind == EntityKind::Person
            && locals[l].members.iter().any(|&m| {
                let full = &seen[m].name;
                seen[m].is_full()
                    && full
                        .tokens
                        .first()
                        .is_some_and(|t| t.folded == token.folded)
                    && full.last().is_some_and(|t| t.folded != token.folded)
            })
    });
    let found = fits.next()?;
    if fits.next().is_some() {
        return None;
    }
    if let (Some(x), Some(y)) = (short.title_gender, gender_of(&locals[found].members, seen))
        && x != y
    {
        return None;
    }
    Some(found)
}

/// Whether a short mention (surname, acronym) fits a local entity's full names.
fn short_fits(short: &ParsedName, local: &Local, seen: &[Seen]) -> bool {
    local.members.iter().any(|&m| {
        let full = &seen[m].name;
        if !seen[m].is_full() {
            return false;
        }
        match short.kind {
            EntityKind::Person => surname_match(short, full).is_some(),
            _ => compare(short, full).is_some(),
        }
    })
}

/// The most frequent, fullest spelling among members (full names preferred).
fn canonical_written(members: &[usize], seen: &[Seen]) -> String {
    let full: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&m| seen[m].is_full())
        .collect();
    let pool = if full.is_empty() { members } else { &full };
    // (spelling, not shouted, times, words, first seen)
    let mut counts: Vec<(String, bool, usize, usize, usize)> = Vec::new();
    for (order, &m) in pool.iter().enumerate() {
        let written = &seen[m].name.written;
        match counts.iter_mut().find(|c| &c.0 == written) {
            Some(entry) => entry.2 += 1,
            None => counts.push((
                written.clone(),
                !shouted(written),
                1,
                seen[m].name.tokens.len(),
                order,
            )),
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| {
            a.1.cmp(&b.1)
                .then(a.2.cmp(&b.2))
                .then(a.3.cmp(&b.3))
                .then(b.4.cmp(&a.4))
        })
        .map(|c| c.0)
        .unwrap_or_default()
}

/// Whether a name is written in capitals that are not an acronym's: a word
/// of five letters or more, all upper case ("VILNIUS" in a dateline, "JOHN
/// SMITH" in a byline). Any other spelling of the name reads better.
fn shouted(written: &str) -> bool {
    written.split_whitespace().any(|word| {
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 5 && !word.chars().any(char::is_lowercase)
    })
}

/// Union-find over local entities that keeps the articles of each group, so
/// two local entities of one article never meet.
struct Groups {
    parent: Vec<usize>,
    docs: Vec<BTreeSet<usize>>,
    reasons: Vec<Vec<String>>,
}

impl Groups {
    fn new(locals: &[Local]) -> Groups {
        Groups {
            parent: (0..locals.len()).collect(),
            docs: locals.iter().map(|l| BTreeSet::from([l.doc])).collect(),
            reasons: locals.iter().map(|l| l.reasons.clone()).collect(),
        }
    }

    fn root(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the groups of `a` and `b` unless they share an article.
    fn join(&mut self, a: usize, b: usize, reason: String) -> bool {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra == rb || !self.docs[ra].is_disjoint(&self.docs[rb]) {
            return false;
        }
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.parent[gone] = keep;
        let docs = std::mem::take(&mut self.docs[gone]);
        self.docs[keep].extend(docs);
        let reasons = std::mem::take(&mut self.reasons[gone]);
        self.reasons[keep].extend(reasons);
        self.reasons[keep].push(reason);
        true
    }
}

fn merge_across_articles(seen: &[Seen], locals: &[Local]) -> Groups {
    let mut groups = Groups::new(locals);
    let full: Vec<usize> = (0..locals.len())
        .filter(|&l| locals[l].has_full(seen))
        .collect();
    let mut candidates = Vec::new();
    for (i, &a) in full.iter().enumerate() {
        for &b in &full[i + 1..] {
            if locals[a].doc == locals[b].doc || locals[a].kind != locals[b].kind {
                continue;
            }
            let best = locals[a]
                .members
                .iter()
                .filter(|&&x| seen[x].is_full())
                .flat_map(|&x| {
                    locals[b]
                        .members
                        .iter()
                        .filter(|&&y| seen[y].is_full())
                        .filter_map(move |&y| compare(&seen[x].name, &seen[y].name))
                })
                .min_by(|p, q| {
                    p.strength
                        .cmp(&q.strength)
                        .then(q.score.total_cmp(&p.score))
                });
            if let Some(found) = best {
                candidates.push((found.strength, found.score, a, b, found.reason));
            }
        }
    }
    candidates.sort_by(|p, q| {
        p.0.cmp(&q.0)
            .then(q.1.total_cmp(&p.1))
            .then((p.2, p.3).cmp(&(q.2, q.3)))
    });
    for (_, _, a, b, reason) in candidates {
        groups.join(a, b, reason);
    }
    link_partial_across(seen, locals, &mut groups, &full);
    link_short_across(seen, locals, &mut groups);
    groups
}

/// The longest name of a local entity, in identifying words.
fn longest_name(local: &Local, seen: &[Seen]) -> usize {
    local
        .members
        .iter()
        .filter(|&&m| seen[m].is_full())
        .map(|&m| seen[m].name.tokens.len())
        .max()
        .unwrap_or(0)
}

/// A local entity known only by a partial name ("Karim Tabbal") joins the
/// one group elsewhere in the story with a fuller name it is part of ("Omar
/// Karim Tabbal"); when it fits the names of two groups (two relatives), it
/// joins neither.
fn link_partial_across(seen: &[Seen], locals: &[Local], groups: &mut Groups, full: &[usize]) {
    for &a in full {
        if groups.root(a) != a || (0..locals.len()).any(|l| l != a && groups.root(l) == a) {
            // Already one with another article's entity: not partial alone.
            continue;
        }
        let own = longest_name(&locals[a], seen);
        let mut fitting: Vec<(usize, String)> = Vec::new();
        for &b in full {
            if locals[b].doc == locals[a].doc || locals[b].kind != locals[a].kind {
                continue;
            }
            if longest_name(&locals[b], seen) <= own {
                continue;
            }
            let found = locals[a]
                .members
                .iter()
                .filter(|&&x| seen[x].is_full())
                .find_map(|&x| {
                    locals[b]
                        .members
                        .iter()
                        .filter(|&&y| seen[y].is_full())
                        .find_map(|&y| partial_match(&seen[x].name, &seen[y].name))
                });
            if let Some(found) = found {
                let root = groups.root(b);
                if !fitting.iter().any(|(r, _)| *r == root) {
                    fitting.push((root, found.reason));
                }
            }
        }
        if let [(root, reason)] = fitting.as_slice() {
            let (root, reason) = (*root, reason.clone());
            groups.join(a, root, reason);
        }
    }
}

/// Surname-only and acronym local entities join the one group elsewhere in
/// the story whose full names they fit; what fits none or several stays on
/// its own (one group per spelling).
fn link_short_across(seen: &[Seen], locals: &[Local], groups: &mut Groups) {
    let short: Vec<usize> = (0..locals.len())
        .filter(|&l| !locals[l].has_full(seen))
        .collect();
    for &s in &short {
        if locals[s].ambiguous {
            continue;
        }
        let Some(&member) = locals[s].members.first() else {
            continue;
        };
        let name = &seen[member].name;
        let mut fitting: Vec<usize> = Vec::new();
        for (l, local) in locals.iter().enumerate() {
            if local.kind != name.kind || local.doc == locals[s].doc || !local.has_full(seen) {
                continue;
            }
            if short_fits(name, local, seen) {
                let root = groups.root(l);
                if !fitting.contains(&root) {
                    fitting.push(root);
                }
            }
        }
        let group_members = |root: usize, groups: &mut Groups| -> Vec<usize> {
            (0..locals.len())
                .filter(|&l| groups.root(l) == root)
                .flat_map(|l| locals[l].members.iter().copied())
                .collect::<Vec<_>>()
        };
        let mut genders = HashMap::new();
        for &root in &fitting {
            let members = group_members(root, groups);
            genders.insert(root, gender_of(&members, seen));
        }
        let title = locals[s]
            .members
            .iter()
            .find_map(|&m| seen[m].name.title_gender);
        if let Some(root) =
            choose_by_gender(&fitting, title, |r| genders.get(&r).copied().flatten())
        {
            let members = group_members(root, groups);
            let full = canonical_written(&members, seen);
            let reason = match name.kind {
                EntityKind::Person => format!("surname of {full} elsewhere in the story"),
                _ => format!("acronym of {full}"),
            };
            groups.join(s, root, reason);
        }
    }
    for (i, &a) in short.iter().enumerate() {
        for &b in &short[i + 1..] {
            if groups.root(a) != a && groups.root(b) != b {
                continue;
            }
            let (Some(&x), Some(&y)) = (locals[a].members.first(), locals[b].members.first())
            else {
                continue;
            };
            if let Some(found) = compare_singles(&seen[x].name, &seen[y].name)
                && groups.root(a) == a
                && groups.root(b) == b
            {
                groups.join(a, b, found.reason);
            }
        }
    }
}

fn build_table(
    documents: &[&Document],
    seen: &[Seen],
    locals: &[Local],
    mut groups: Groups,
) -> EntityTable {
    let mut by_root: HashMap<usize, Vec<usize>> = HashMap::new();
    for l in 0..locals.len() {
        let root = groups.root(l);
        by_root.entry(root).or_default().push(l);
    }
    struct Draft {
        members: Vec<usize>,
        root: usize,
        first: (usize, usize),
    }
    let mut drafts: Vec<Draft> = by_root
        .into_iter()
        .map(|(root, ls)| {
            let mut members: Vec<usize> =
                ls.iter().flat_map(|&l| locals[l].members.clone()).collect();
            members.sort_by_key(|&m| (seen[m].doc, seen[m].start, m));
            let first = members
                .first()
                .map(|&m| (seen[m].doc, seen[m].start))
                .unwrap_or_default();
            Draft {
                members,
                root,
                first,
            }
        })
        .filter(|d| !d.members.is_empty())
        .collect();
    let article_count = |d: &Draft| {
        d.members
            .iter()
            .map(|&m| seen[m].doc)
            .collect::<BTreeSet<_>>()
            .len()
    };
    drafts.sort_by(|a, b| {
        article_count(b)
            .cmp(&article_count(a))
            .then(b.members.len().cmp(&a.members.len()))
            .then(a.first.cmp(&b.first))
    });
    let mut table = EntityTable::default();
    for (index, draft) in drafts.iter().enumerate() {
        let name = canonical_written(&draft.members, seen);
        let kind = draft
            .members
            .first()
            .map(|&m| seen[m].name.kind)
            .unwrap_or(EntityKind::Other);
        let mut aliases: Vec<String> = Vec::new();
        let mut roles: Vec<String> = Vec::new();
        let mut role_keys: Vec<String> = Vec::new();
        let mut articles: Vec<DocId> = Vec::new();
        let mut full_names: Vec<ParsedName> = Vec::new();
        for &m in &draft.members {
            let mention = &seen[m];
            if mention.name.written != name && !aliases.contains(&mention.name.written) {
                aliases.push(mention.name.written.clone());
            }
            if let Some(role) = &mention.role {
                // "U.S. President" and "US President" are one role; a bare
                // courtesy title ("Mr") tells a reader nothing, though the
                // mention keeps it for the speaker's gender.
                let key = fold(&role.replace('.', ""));
                if !key.is_empty()
                    && !COURTESY_TITLES.contains(&key.as_str())
                    && !role_keys.contains(&key)
                {
                    role_keys.push(key);
                    roles.push(role.trim().to_string());
                }
            }
            let doc_id = &documents[mention.doc].article.id;
            if !articles.contains(doc_id) {
                articles.push(doc_id.clone());
            }
            if mention.is_full() && !full_names.iter().any(|f| f.written == mention.name.written) {
                full_names.push(mention.name.clone());
            }
            for key in [mention.name.folded.clone(), significant_form(&mention.name)] {
                let slot = table
                    .by_mention
                    .entry((doc_id.clone(), key))
                    .or_insert(Some(index));
                if *slot != Some(index) {
                    *slot = None;
                }
            }
            let slot = table
                .by_name
                .entry(mention.name.folded.clone())
                .or_insert(Some(index));
            if *slot != Some(index) {
                *slot = None;
            }
        }
        table.genders.push(gender_of(&draft.members, seen));
        table.names.push(full_names);
        table.entities.push(Entity {
            id: format!("e{}", index + 1),
            name,
            kind,
            aliases,
            roles,
            articles,
            merged_because: distinct(std::mem::take(&mut groups.reasons[draft.root])),
            country: None,
        });
    }
    table
}

/// The reasons in first-seen order, each once: ten articles spelling a name
/// alike are one piece of evidence, not ten.
fn distinct(reasons: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(reasons.len());
    for reason in reasons {
        if !out.contains(&reason) {
            out.push(reason);
        }
    }
    out
}

/// Clusters a list of names: the cluster index of each name, clusters
/// numbered by first appearance. Names of different kinds never share a
/// cluster; a name without a kind is compared like an organisation's.
///
/// Without articles to tell people apart, a surname alone joins the one
/// multi-word name whose surname it is, and stays apart when there are several.
pub fn cluster_names(names: &[(String, Option<EntityKind>)]) -> Vec<usize> {
    let parsed: Vec<ParsedName> = names
        .iter()
        .map(|(name, kind)| ParsedName::parse(name, kind.unwrap_or(EntityKind::Other)))
        .collect();
    let mut parent: Vec<usize> = (0..names.len()).collect();
    let is_full = |p: &ParsedName| match p.kind {
        EntityKind::Person => p.tokens.len() >= 2,
        _ => !p.acronym,
    };
    let mut exact: HashMap<(EntityKind, &str), usize> = HashMap::new();
    let mut blocks: HashMap<(EntityKind, String), Vec<usize>> = HashMap::new();
    for (index, name) in parsed.iter().enumerate() {
        if name.tokens.is_empty() {
            continue;
        }
        if let Some(&other) = exact.get(&(name.kind, name.folded.as_str())) {
            union_join(&mut parent, index, other);
            continue;
        }
        exact.insert((name.kind, name.folded.as_str()), index);
        for key in block_keys(name) {
            blocks.entry((name.kind, key)).or_default().push(index);
        }
    }
    let mut block_list: Vec<&Vec<usize>> = blocks.values().collect();
    block_list.sort();
    // Per name, the positions of its blocks in `block_list`, ascending: two
    // names sharing several blocks (an organisation's words each give one)
    // are compared in the first only, as a later comparison could not
    // change what the first decided.
    let mut blocks_of: Vec<Vec<usize>> = vec![Vec::new(); names.len()];
    for (position, block) in block_list.iter().enumerate() {
        for &member in block.iter() {
            if let Some(list) = blocks_of.get_mut(member) {
                list.push(position);
            }
        }
    }
    for (position, block) in block_list.iter().enumerate() {
        for (i, &a) in block.iter().enumerate() {
            if !is_full(&parsed[a]) && parsed[a].kind == EntityKind::Person {
                continue;
            }
            for &b in &block[i + 1..] {
                if !is_full(&parsed[b]) && parsed[b].kind == EntityKind::Person {
                    continue;
                }
                if matches!(first_shared(&blocks_of[a], &blocks_of[b]), Some(first) if first < position)
                {
                    continue;
                }
                if union_root(&mut parent, a) == union_root(&mut parent, b) {
                    continue;
                }
                if compare(&parsed[a], &parsed[b]).is_some() {
                    union_join(&mut parent, a, b);
                }
            }
        }
    }
    join_initials_runs(&parsed, &mut parent);
    // Partial names ("Karim Tabbal" of "Haji Omar Karim Tabbal") join the one
    // person they fit, after the spellings have met, so that two relatives
    // they fit alike are seen as two.
    // The flag: the name may join all the bodies it fits (`may_fit_many_bodies`).
    let mut partial_fits: Vec<(usize, Vec<usize>, bool)> = Vec::new();
    for (index, name) in parsed.iter().enumerate() {
        let partial_kind = match name.kind {
            EntityKind::Person => name.tokens.len() >= 2,
            EntityKind::Organization | EntityKind::Place => !name.acronym,
            _ => false,
        };
        if !partial_kind {
            continue;
        }
        // Candidates met in several blocks are tested once.
        let mut others: Vec<usize> = block_keys(name)
            .into_iter()
            .filter_map(|key| blocks.get(&(name.kind, key)))
            .flatten()
            .copied()
            .filter(|&other| parsed[other].tokens.len() > name.tokens.len())
            .collect();
        others.sort_unstable();
        others.dedup();
        let mut word_for_word = true;
        others.retain(|&other| {
            partial_match(name, &parsed[other]).is_some_and(|found| {
                word_for_word &= found.strength <= TokenEvidence::Transliteration;
                true
            })
        });
        if !others.is_empty() {
            let many = word_for_word && may_fit_many_bodies(name);
            partial_fits.push((index, others, many));
        }
    }
    // A partial name already one with a fuller name of its own is that
    // person's: fitting another person too makes it ambiguous, not a bridge.
    // Per cluster, its most words and its most letters: a fuller name has
    // both more words and a word's letters more (a word written apart,
    // "Herzal Allah" for "Herzallah", adds a word but no name).
    let mut longest: HashMap<usize, (usize, usize)> = HashMap::new();
    let widest = |x: (usize, usize), y: (usize, usize)| (x.0.max(y.0), x.1.max(y.1));
    for (index, name) in parsed.iter().enumerate() {
        let r = union_root(&mut parent, index);
        let entry = longest.entry(r).or_default();
        *entry = widest(*entry, (name.tokens.len(), letters_of(name)));
    }
    // Twice: a join can make a second partial name's fit unique.
    for _ in 0..2 {
        for (index, others, many) in &partial_fits {
            let own = union_root(&mut parent, *index);
            let mut roots: Vec<usize> =
                others.iter().map(|&o| union_root(&mut parent, o)).collect();
            let (words, letters) = longest.get(&own).copied().unwrap_or_default();
            let name = &parsed[*index];
            if words > name.tokens.len() && letters >= letters_of(name) + MIN_WORD_LETTERS {
                roots.push(own);
            }
            roots.sort_unstable();
            roots.dedup();
            // Two bodies' names not yet joined that one partial name fits
            // word for word are two spellings of one body; three or more are
            // a family of bodies sharing a name ("Rishmak Group" of its
            // branches), which stays apart.
            if *many && roots.len() == 2 {
                let reach = roots
                    .iter()
                    .map(|r| longest.get(r).copied().unwrap_or_default())
                    .fold((0, 0), widest);
                for &r in &roots {
                    union_join(&mut parent, *index, r);
                }
                let merged = union_root(&mut parent, *index);
                longest.insert(merged, reach);
                continue;
            }
            if let [only] = roots.as_slice() {
                let reach = widest(
                    longest.get(&own).copied().unwrap_or_default(),
                    longest.get(only).copied().unwrap_or_default(),
                );
                union_join(&mut parent, *index, *only);
                let merged = union_root(&mut parent, *index);
                longest.insert(merged, reach);
            }
        }
    }
    for block in &block_list {
        for &single in block.iter() {
            let name = &parsed[single];
            if name.kind != EntityKind::Person || is_full(name) {
                continue;
            }
            let mut fitting: Vec<usize> = Vec::new();
            for &other in block.iter() {
                if is_full(&parsed[other]) && surname_match(name, &parsed[other]).is_some() {
                    let r = union_root(&mut parent, other);
                    if !fitting.contains(&r) {
                        fitting.push(r);
                    }
                }
            }
            match fitting.as_slice() {
                [only] => union_join(&mut parent, single, *only),
                [] => {
                    for &other in block.iter() {
                        if other != single
                            && !is_full(&parsed[other])
                            && compare_singles(name, &parsed[other]).is_some()
                        {
                            union_join(&mut parent, single, other);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let mut numbering: HashMap<usize, usize> = HashMap::new();
    (0..names.len())
        .map(|index| {
            let r = union_root(&mut parent, index);
            let next = numbering.len();
            *numbering.entry(r).or_insert(next)
        })
        .collect()
}

/// The root of a name's cluster, halving the path on the way.
fn union_root(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Joins two names' clusters under the lower root.
fn union_join(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (union_root(parent, a), union_root(parent, b));
    if ra != rb {
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        parent[gone] = keep;
    }
}

/// The letters of a name's identifying words.
fn letters_of(name: &ParsedName) -> usize {
    name.tokens.iter().map(|t| t.folded.len()).sum()
}

/// The fewest letters a name's added word has, for telling a fuller name
/// from one written with a word split in two.
const MIN_WORD_LETTERS: usize = 3;

/// The first value two ascending lists share.
fn first_shared(a: &[usize], b: &[usize]) -> Option<usize> {
    let (mut i, mut j) = (0, 0);
    while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
        match x.cmp(&y) {
            std::cmp::Ordering::Equal => return Some(x),
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    None
}

/// Keys that any two names that may match share at least one of: the first
/// two letters of the first and of the last token's key for people (an end
/// must match the other name's first or last word), of every token for other
/// names with the first three letters of its loose key, plus the initials.
fn block_keys(name: &ParsedName) -> Vec<String> {
    let prefix = |key: &str| key.chars().take(2).collect::<String>();
    let loose_prefix = |key: &str| key.chars().take(3).collect::<String>();
    let mut keys = Vec::new();
    match name.kind {
        EntityKind::Person => {
            // One namespace for first and last words, so that a name written
            // surname first meets the same name written surname last.
            // The loose key's prefix as well: spellings that differ in a
            // vowel or a voiced stop near the start (Gulbuddin / Golboddin,
            // Hekmatyar / Hikmetyar) share no two-letter key prefix.
            if let Some(last) = name.tokens.last() {
                keys.push(format!("P:{}", prefix(&last.key)));
                keys.push(format!("Q:{}", loose_prefix(&last.loose)));
            }
            if name.tokens.len() >= 2
                && let Some(first) = name.tokens.first()
            {
                keys.push(format!("P:{}", prefix(&first.key)));
                keys.push(format!("Q:{}", loose_prefix(&first.loose)));
            }
            // Belarusian "ts" and "dz" for Russian "t" and "d" open names
            // too (Dzmitry / Dmitry): the plain reading blocks as well.
            for token in [name.tokens.first(), name.tokens.last()]
                .into_iter()
                .flatten()
            {
                if token.folded.starts_with("ts") || token.folded.starts_with("dz") {
                    let plain = format!(
                        "{}{}",
                        token.folded.get(..1).unwrap_or(""),
                        token.folded.get(2..).unwrap_or("")
                    );
                    keys.push(format!("P:{}", prefix(&translit_key(&plain))));
                }
            }
        }
        _ => {
            for token in &name.tokens {
                keys.push(format!("T:{}", prefix(&token.key)));
                // Spellings of a place or body that differ in their second
                // letter (Tehran / Tahran, Lublin / Lyublin) still meet.
                keys.push(format!("L:{}", loose_prefix(&token.loose)));
            }
            keys.extend(wade_giles_block_keys(name));
            if name.kind == EntityKind::Place {
                // Spellings of a place that differ in a vowel, an "h" or a
                // first letter of one class (Tbilisi / Tibilisi, Phitsanulok
                // / Pitsanulok, Vilnius / Bilnius) share no key prefix: their
                // consonants still do.
                let joined: String = name.tokens.iter().map(|t| t.folded.as_str()).collect();
                keys.push(format!("K:{}", consonant_skeleton(&joined)));
                keys.push(format!("K:{}", consonant_skeleton(&name.compact)));
            }
            if name.acronym {
                keys.push(format!("A:{}", fold(&name.written).replace(' ', "")));
            } else if name.tokens.len() >= 2 {
                let initials: String = name
                    .tokens
                    .iter()
                    .filter_map(|t| t.folded.chars().next())
                    .collect();
                keys.push(format!("A:{initials}"));
                let all: String = name
                    .folded
                    .split(' ')
                    .filter(|w| !w.is_empty() && *w != "s")
                    .filter_map(|w| w.chars().next())
                    .collect();
                keys.push(format!("A:{all}"));
            }
            if name.kind == EntityKind::Organization && !name.acronym {
                keys.push(format!("A:{}", named_initials(&name.folded)));
            }
        }
    }
    keys.sort();
    keys.dedup();
    keys
}

/// Joins organisations' names that write a run of another's words as its
/// initials ("Eastport CB" / "Eastport Commercial Bank",
/// `names::initials_expanded`). Only those pairs are compared, each name with
/// a word short enough to be initials against the names holding a run of
/// words with those initials: blocks on every run would compare every pair
/// of names sharing two initials.
fn join_initials_runs(parsed: &[ParsedName], parent: &mut [usize]) {
    let mut runs: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, name) in parsed.iter().enumerate() {
        if name.kind != EntityKind::Organization || name.acronym {
            continue;
        }
        let initials: Vec<char> = named_initials(&name.folded).chars().collect();
        let mut keys: Vec<String> = Vec::new();
        for start in 0..initials.len() {
            for end in start + 2..=initials.len().min(start + MAX_INITIALS_WORD) {
                if let Some(run) = initials.get(start..end) {
                    keys.push(run.iter().collect());
                }
            }
        }
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            runs.entry(key).or_default().push(index);
        }
    }
    for (index, name) in parsed.iter().enumerate() {
        if name.kind != EntityKind::Organization || name.acronym || name.tokens.len() < 2 {
            continue;
        }
        let mut others: Vec<usize> = name
            .tokens
            .iter()
            .filter(|t| (2..=MAX_INITIALS_WORD).contains(&t.folded.len()))
            .filter_map(|t| runs.get(&t.folded))
            .flatten()
            .copied()
            .filter(|&other| other != index)
            .collect();
        others.sort_unstable();
        others.dedup();
        for other in others {
            if union_root(parent, index) != union_root(parent, other)
                && compare(name, &parsed[other]).is_some()
            {
                union_join(parent, index, other);
            }
        }
    }
}

/// How many consonants of a place name [`consonant_skeleton`] keeps.
const SKELETON_LEN: usize = 4;

/// The first consonants of a folded name, vowels, "h", "w" and "y" left out
/// and the letters romanisations swap for one another as one class (b, p, f,
/// v; c, g, k, q; d, t; j, s, x, z), a repeated one once.
fn consonant_skeleton(folded: &str) -> String {
    let mut out = String::with_capacity(SKELETON_LEN);
    for ch in folded.chars() {
        let class = match ch {
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'h' | 'w' => continue,
            'b' | 'p' | 'f' | 'v' => 'p',
            'c' | 'g' | 'k' | 'q' => 'k',
            'd' | 't' => 't',
            'j' | 's' | 'x' | 'z' => 's',
            other if other.is_ascii_alphanumeric() => other,
            _ => continue,
        };
        if !out.ends_with(class) {
            if out.len() == SKELETON_LEN {
                break;
            }
            out.push(class);
        }
    }
    out
}

/// Titles of address that are no role ("Mr Trump", "Ms Kerr").
const COURTESY_TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "sir", "madam"];

#[cfg(test)]
mod tests;
