//! Sparse TF-IDF vectors over a vocabulary learned from the stream, and story
//! centroids (sums of their members' unit vectors) to compare them with.

use std::collections::HashMap;

use crate::text::FastMap;

/// The three kinds of terms, weighted and compared separately.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Field {
    Title = 0,
    Body = 1,
    Entity = 2,
}

impl Field {
    pub(crate) const ALL: [Field; 3] = [Field::Title, Field::Body, Field::Entity];

    /// The field's name in a score trace.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Body => "body",
            Field::Entity => "names",
        }
    }
}

/// Term ids and per-field document frequencies of every document seen so far.
#[derive(Debug, Default)]
pub(crate) struct Vocabulary {
    ids: HashMap<String, u32>,
    terms: Vec<String>,
    document_frequency: [Vec<u32>; 3],
    documents: u32,
    /// Per outlet: documents seen, and in how many each term occurs.
    outlets: HashMap<String, OutletTerms>,
    /// Ids of the name words stories count their members by, apart from the
    /// terms so that no TF-IDF weight sees them: each story then keeps small
    /// integer keys instead of a copy of every name word.
    name_ids: HashMap<String, u32>,
    name_words: Vec<String>,
}

#[derive(Debug, Default)]
struct OutletTerms {
    documents: u32,
    // Term ids are handed out in order, so no input can make them collide
    // under the unkeyed hasher; string keys keep the keyed one.
    frequency: FastMap<u32, u32>,
}

/// What makes a term an outlet's chrome rather than news.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ChromeRule {
    /// Documents of the outlet seen before the rule applies.
    pub min_documents: u32,
    /// Share of the outlet's documents a chrome term occurs in.
    pub min_share: f64,
}

impl Vocabulary {
    /// Counts one document's terms (each field's terms given once or more),
    /// and returns their ids, field by field in the order given, for
    /// [`Vocabulary::vector_of_ids`].
    pub(crate) fn observe(
        &mut self,
        fields: [&[String]; 3],
        outlet: Option<&str>,
    ) -> [Vec<u32>; 3] {
        self.documents += 1;
        let ids: [Vec<u32>; 3] =
            fields.map(|terms| terms.iter().map(|term| self.id(term)).collect());
        let mut all_terms: Vec<u32> = Vec::new();
        for (field, field_ids) in ids.iter().enumerate() {
            let mut seen: Vec<u32> = field_ids.clone();
            seen.sort_unstable();
            seen.dedup();
            all_terms.extend(seen.iter().copied());
            let frequencies = &mut self.document_frequency[field];
            for id in seen {
                let slot = id as usize;
                if frequencies.len() <= slot {
                    frequencies.resize(slot + 1, 0);
                }
                frequencies[slot] += 1;
            }
        }
        if let Some(outlet) = outlet {
            all_terms.sort_unstable();
            all_terms.dedup();
            let terms = self.outlets.entry(outlet.to_string()).or_default();
            terms.documents += 1;
            for id in all_terms {
                *terms.frequency.entry(id).or_default() += 1;
            }
        }
        ids
    }

    /// The outlet's term counts when it has been seen often enough for the
    /// chrome rule to apply.
    fn chrome_terms(&self, outlet: Option<&str>, rule: ChromeRule) -> Option<&OutletTerms> {
        let terms = self.outlets.get(outlet?)?;
        (terms.documents >= rule.min_documents.max(1)).then_some(terms)
    }

    fn id(&mut self, term: &str) -> u32 {
        if let Some(id) = self.ids.get(term) {
            return *id;
        }
        let id = self.terms.len() as u32;
        self.ids.insert(term.to_string(), id);
        self.terms.push(term.to_string());
        id
    }

    /// The id of a name word, handed out on first sight.
    pub(crate) fn name_id(&mut self, word: &str) -> u32 {
        if let Some(id) = self.name_ids.get(word) {
            return *id;
        }
        let id = self.name_words.len() as u32;
        self.name_ids.insert(word.to_string(), id);
        self.name_words.push(word.to_string());
        id
    }

    /// The id of a name word already seen.
    pub(crate) fn known_name_id(&self, word: &str) -> Option<u32> {
        self.name_ids.get(word).copied()
    }

    /// The name word an id stands for.
    pub(crate) fn name_word(&self, id: u32) -> &str {
        self.name_words.get(id as usize).map_or("", String::as_str)
    }

    /// The term an id stands for.
    pub(crate) fn term(&self, id: u32) -> &str {
        self.terms.get(id as usize).map_or("", String::as_str)
    }

    /// A unit TF-IDF vector (sublinear term frequency) of the terms, keeping
    /// the `max_terms` heaviest.
    pub(crate) fn vector(
        &self,
        field: Field,
        terms: &[String],
        max_terms: usize,
        outlet: Option<&str>,
        chrome: ChromeRule,
    ) -> Vector {
        let ids: Vec<u32> = terms
            .iter()
            .filter_map(|term| self.ids.get(term).copied())
            .collect();
        self.vector_of_ids(field, &ids, max_terms, outlet, chrome)
    }

    /// [`Vocabulary::vector`] of terms already looked up.
    pub(crate) fn vector_of_ids(
        &self,
        field: Field,
        ids: &[u32],
        max_terms: usize,
        outlet: Option<&str>,
        chrome: ChromeRule,
    ) -> Vector {
        // A term occurring on so many of an outlet's pages is the site's
        // chrome (its name, menus, footer), not news.
        let outlet_terms = self.chrome_terms(outlet, chrome);
        let is_chrome = |id: u32| {
            outlet_terms.is_some_and(|terms| {
                let frequency = terms.frequency.get(&id).copied().unwrap_or(0);
                f64::from(frequency) >= chrome.min_share * f64::from(terms.documents)
            })
        };
        let mut counts: FastMap<u32, u32> = FastMap::default();
        for id in ids {
            *counts.entry(*id).or_default() += 1;
        }
        counts.retain(|id, _| !is_chrome(*id));
        let frequencies = &self.document_frequency[field as usize];
        let documents = f64::from(self.documents.max(1));
        let mut weights: Vec<(u32, f32)> = counts
            .into_iter()
            .map(|(id, count)| {
                let df = f64::from(frequencies.get(id as usize).copied().unwrap_or(0));
                let idf = ((documents + 1.0) / (df + 1.0)).ln() + 1.0;
                (id, ((1.0 + f64::from(count).ln()) * idf) as f32)
            })
            .collect();
        weights.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        weights.truncate(max_terms.max(1));
        let norm = weights.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, weight) in &mut weights {
                *weight /= norm;
            }
        }
        Vector { weights }
    }
}

/// A unit vector, heaviest terms first.
#[derive(Clone, Debug, Default)]
pub(crate) struct Vector {
    pub weights: Vec<(u32, f32)>,
}

/// The sum of the members' unit vectors of one field of a story.
///
/// Terms are kept sorted by id in one vector: a third of the memory of a hash
/// map, which matters with a hundred thousand stories, and a norm summed in
/// the same order every run (a hash map's order changes from run to run, and
/// with it the last bits of every cosine).
#[derive(Clone, Debug, Default)]
pub(crate) struct Centroid {
    weights: Vec<(u32, f32)>,
    norm: f32,
}

impl Centroid {
    /// Adds a member's vector; returns the terms new to the centroid.
    pub(crate) fn add(&mut self, vector: &Vector) -> Vec<u32> {
        let mut fresh: Vec<(u32, f32)> = Vec::new();
        for (id, weight) in &vector.weights {
            match self.position(*id) {
                Ok(at) => self.weights[at].1 += weight,
                Err(_) => fresh.push((*id, *weight)),
            }
        }
        let fresh_ids: Vec<u32> = fresh.iter().map(|(id, _)| *id).collect();
        if !fresh.is_empty() {
            self.weights.extend(fresh);
            self.weights.sort_unstable_by_key(|(id, _)| *id);
            // A vector holds each term once; this guards the order all the same.
            self.weights.dedup_by(|later, earlier| {
                let same = later.0 == earlier.0;
                if same {
                    earlier.1 += later.1;
                }
                same
            });
        }
        self.norm = self.weights.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        fresh_ids
    }

    /// Adds another story's centroid (a merge); returns the terms new to
    /// this one.
    pub(crate) fn absorb(&mut self, other: Centroid) -> Vec<u32> {
        self.add(&Vector {
            weights: other.weights,
        })
    }

    /// The terms of the centroid, by id.
    pub(crate) fn terms(&self) -> impl Iterator<Item = u32> + '_ {
        self.weights.iter().map(|(id, _)| *id)
    }

    fn position(&self, id: u32) -> Result<usize, usize> {
        self.weights.binary_search_by_key(&id, |(term, _)| *term)
    }

    fn weight(&self, id: u32) -> Option<f32> {
        self.position(id).ok().map(|at| self.weights[at].1)
    }

    /// The centroid's direction as a unit vector of its `max_terms` heaviest
    /// terms, to compare one story with another.
    pub(crate) fn direction(&self, max_terms: usize) -> Vector {
        let mut weights: Vec<(u32, f32)> = self.weights.clone();
        let heavier = |x: &(u32, f32), y: &(u32, f32)| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0));
        // A large story's centroid holds thousands of terms; merge repair
        // reads one per touched story each batch, so only the kept ones are
        // sorted (the order is total, so the result is the full sort's).
        let keep = max_terms.max(1);
        if weights.len() > keep {
            weights.select_nth_unstable_by(keep, heavier);
            weights.truncate(keep);
        }
        weights.sort_unstable_by(heavier);
        let norm = weights.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, weight) in &mut weights {
                *weight /= norm;
            }
        }
        Vector { weights }
    }

    /// Tells whether no member had a term in this field.
    pub(crate) fn is_empty(&self) -> bool {
        self.norm <= 0.0
    }

    /// Tells whether a member had the term.
    pub(crate) fn contains(&self, id: u32) -> bool {
        self.position(id).is_ok()
    }

    /// Cosine of a unit vector with the centroid, and the per-term contributions.
    pub(crate) fn cosine(&self, vector: &Vector) -> (f64, Vec<(u32, f64)>) {
        if self.norm <= 0.0 {
            return (0.0, Vec::new());
        }
        let mut total = 0.0;
        let mut parts = Vec::new();
        for (id, weight) in &vector.weights {
            if let Some(centroid_weight) = self.weight(*id) {
                let part = f64::from(weight * centroid_weight / self.norm);
                total += part;
                parts.push((*id, part));
            }
        }
        (total.clamp(0.0, 1.0), parts)
    }
}
