//! Slots: which claims are about the same thing.
//!
//! A slot is keyed by predicate stem, unit, time anchor and whether the count
//! is "additional". Units are first brought together where the wording
//! varies but the thing counted does not: a nationality adjective the story
//! does not contrast ("Ruritanian prisoners" and "prisoners"), a tail of a
//! longer unit ("prisoners" of "political prisoners"), a generic noun of
//! people ("52 individuals"). Claims with no predicate join the one slot
//! their unit and value fit, if there is exactly one, or the slot of a figure
//! they are set against in their own sentence.

use crate::analyse::lexicon::lexicon;

use super::compat::compatible;
use super::context::Anchor;
use super::{Claim, words};

/// What groups claims into one fact.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) struct Slot {
    /// The predicate's stem.
    pub(super) predicate: Option<String>,
    /// The unit the fact counts (after nationality adjectives are dropped).
    pub(super) unit: String,
    /// The time the claims refer to, when not the news itself.
    pub(super) anchor: Option<Anchor>,
    /// Whether the claims count more on top of another count.
    pub(super) additional: bool,
    /// The period the claims are a rate of ("day" for "a day").
    pub(super) rate: Option<String>,
}

/// Puts every claim in a slot; slots come in order of first appearance and
/// list their claims in input order.
pub(super) fn assign_slots(claims: &[Claim<'_>]) -> Vec<(Slot, Vec<usize>)> {
    let units = slot_units(claims);
    let slot_of = |index: usize| Slot {
        predicate: claims[index].predicate_stem.clone(),
        unit: units[index].clone(),
        anchor: claims[index].anchor.clone(),
        additional: claims[index].additional,
        rate: claims[index].rate.clone(),
    };

    let mut slots: Vec<(Slot, Vec<usize>)> = Vec::new();
    let mut loose = Vec::new();
    for index in 0..claims.len() {
        let is_loose =
            claims[index].predicate_stem.is_none() || words::is_generic_unit(&units[index]);
        if is_loose {
            loose.push(index);
            continue;
        }
        push(&mut slots, slot_of(index), index);
    }

    widen_units(&mut slots, claims);

    for index in loose {
        let slot = slot_of(index);
        let contrasted = contrasted_in_sentence(&slots, claims, index)
            .or_else(|| answered_figure(&slots, claims, &units, index));
        if let Some(position) = contrasted {
            slots[position].1.push(index);
            continue;
        }
        let candidates: Vec<usize> = slots
            .iter()
            .enumerate()
            .filter(|(_, (candidate, _))| joins_loosely(&slot, candidate))
            .map(|(position, _)| position)
            .collect();
        // A claim without predicate (or with a generic noun) joins only a
        // slot it agrees with: with so little to place it, a different value
        // more likely counts something else ("about 2 km" of a march route,
        // "140 km" to the next port) than disputes the same count.
        // A revision ("rose to 14") disagrees by nature: it joins the one
        // slot of its predicate.
        let revises = claims[index].has_update_cue && slot.predicate.is_some();
        let chosen = match candidates.as_slice() {
            [only] if revises => Some(*only),
            _ => only_agreeing(&candidates, &slots, claims, index),
        };
        match chosen {
            Some(position) => slots[position].1.push(index),
            None => push_loose(&mut slots, claims, slot, index),
        }
    }
    for (_, members) in &mut slots {
        members.sort_unstable();
    }
    slots.sort_by_key(|(_, members)| members.first().copied());
    slots
}

/// The slot of the claims a loose claim is set against in its own sentence:
/// "the union said 2,000 joined; police put the crowd at about 1,200" gives
/// two sources' figures for one count, whatever nouns they use.
fn contrasted_in_sentence(
    slots: &[(Slot, Vec<usize>)],
    claims: &[Claim<'_>],
    index: usize,
) -> Option<usize> {
    let claim = &claims[index];
    let source = claim.attribution.as_deref()?;
    let mut found = None;
    for (position, (_, members)) in slots.iter().enumerate() {
        let contrasted = members.iter().any(|&member| {
            let other = &claims[member];
            other.doc_index == claim.doc_index
                && other.evidence == claim.evidence
                && other
                    .attribution
                    .as_deref()
                    .is_some_and(|other_source| other_source != source)
        });
        if contrasted {
            if found.is_some_and(|seen| seen != position) {
                return None;
            }
            found = Some(position);
        }
    }
    found
}

/// How many bytes may separate two sentences that follow each other (a
/// space, or a paragraph break).
const ADJACENT_GAP: usize = 2;

/// The slot of the figure a loose claim answers from the sentence before:
/// "The union said 2,000 people marched. Police put the figure at about
/// 1,200." gives two sources' values for one count. The earlier figure must
/// be the last one of its sentence, count a fitting noun, and come from
/// another source (or none named).
fn answered_figure(
    slots: &[(Slot, Vec<usize>)],
    claims: &[Claim<'_>],
    units: &[String],
    index: usize,
) -> Option<usize> {
    let claim = &claims[index];
    if !claim.refers_back || claim.attribution.is_none() {
        return None;
    }
    let previous = claims
        .iter()
        .enumerate()
        .filter(|(_, other)| {
            other.doc_index == claim.doc_index
                && other.evidence.end <= claim.evidence.start
                && claim.evidence.start - other.evidence.end <= ADJACENT_GAP
        })
        .max_by_key(|(_, other)| other.quantity.range.start)
        .map(|(position, _)| position)?;
    let other = &claims[previous];
    let same_thing = unit_fits(&units[index], &units[previous])
        || unit_fits(&units[previous], &units[index])
        || words::is_generic_unit(&units[index])
        || words::is_generic_unit(&units[previous]);
    let same_kind = words::kind_of(&units[index], &claim.quantity.unit)
        == words::kind_of(&units[previous], &other.quantity.unit);
    let other_source = other.attribution != claim.attribution;
    if !(same_thing && same_kind && other_source) {
        return None;
    }
    slots
        .iter()
        .position(|(_, members)| members.contains(&previous))
}

fn push(slots: &mut Vec<(Slot, Vec<usize>)>, slot: Slot, index: usize) {
    match slots.iter_mut().find(|(existing, _)| *existing == slot) {
        Some((_, members)) => members.push(index),
        None => slots.push((slot, vec![index])),
    }
}

/// Puts a loose claim in a slot of its own key. Without a predicate, the
/// unit alone says little of what is measured ("about 2 km" of a queue,
/// "140 km" to the next port), so such a claim shares a slot only with
/// claims it agrees with; a different value starts a fact of its own
/// rather than a dispute.
fn push_loose(slots: &mut Vec<(Slot, Vec<usize>)>, claims: &[Claim<'_>], slot: Slot, index: usize) {
    if slot.predicate.is_some() {
        push(slots, slot, index);
        return;
    }
    let agreeing = slots.iter_mut().find(|(existing, members)| {
        *existing == slot
            && members
                .iter()
                .all(|&member| compatible(claims[member].hedged, claims[index].hedged))
    });
    match agreeing {
        Some((_, members)) => members.push(index),
        None => slots.push((slot, vec![index])),
    }
}

/// Drops a nationality adjective from each unit unless the story counts the
/// same noun with another nationality ("two German and three French
/// soldiers" stay apart) or counts people by nationality alone in the same
/// sentence ("one French national, six Lithuanians": a breakdown by
/// country, whose parts keep it).
fn slot_units(claims: &[Claim<'_>]) -> Vec<String> {
    let lex = lexicon();
    claims
        .iter()
        .map(|claim| {
            let Some((demonym, rest)) = words::split_demonym(&claim.unit) else {
                return claim.unit.clone();
            };
            let contrasted = claims.iter().any(|other| {
                let by_nationality = other.doc_index == claim.doc_index
                    && other.evidence == claim.evidence
                    && !other.unit.contains(' ')
                    && other.unit != demonym
                    && lex.demonym_country(&other.unit).is_some();
                by_nationality
                    || words::split_demonym(&other.unit).is_some_and(
                        |(other_demonym, other_rest)| {
                            other_rest == rest && other_demonym != demonym
                        },
                    )
            });
            if contrasted {
                claim.unit.clone()
            } else {
                rest.to_string()
            }
        })
        .collect()
}

/// Moves the claims of a slot whose unit is the tail of longer units of the
/// same predicate and time into one of them: the only one, or the one its
/// values agree with.
fn widen_units(slots: &mut Vec<(Slot, Vec<usize>)>, claims: &[Claim<'_>]) {
    let snapshot = slots.clone();
    let mut moves: Vec<(usize, usize, usize)> = Vec::new(); // (from, to, claim)
    for (from, (slot, members)) in snapshot.iter().enumerate() {
        let wider: Vec<usize> = snapshot
            .iter()
            .enumerate()
            .filter(|(_, (other, _))| {
                other.predicate == slot.predicate
                    && other.anchor == slot.anchor
                    && other.additional == slot.additional
                    && other.rate == slot.rate
                    && other.unit != slot.unit
                    && unit_fits(&slot.unit, &other.unit)
            })
            .map(|(position, _)| position)
            .collect();
        for &claim in members {
            if let Some(to) = choose(&wider, &snapshot, claims, claim) {
                moves.push((from, to, claim));
            }
        }
    }
    for (from, to, claim) in moves {
        slots[from].1.retain(|&member| member != claim);
        slots[to].1.push(claim);
    }
    slots.retain(|(_, members)| !members.is_empty());
}

/// Tells whether a claim without predicate (or with a generic unit) may join
/// a slot.
fn joins_loosely(loose: &Slot, candidate: &Slot) -> bool {
    let same_time = candidate.anchor == loose.anchor
        && candidate.additional == loose.additional
        && candidate.rate == loose.rate;
    if !same_time {
        return false;
    }
    match &loose.predicate {
        // "52 individuals were freed": any count of the same predicate.
        Some(predicate) => {
            candidate.predicate.as_ref() == Some(predicate)
                && words::kind_of(&candidate.unit, "") == words::FactKind::Count
        }
        // "52 prisoners crossed the border": a slot of the same unit.
        None => candidate.predicate.is_some() && unit_fits(&loose.unit, &candidate.unit),
    }
}

/// Picks the slot a claim joins among candidates: the only one; else the
/// only one holding a value it agrees with; else none.
fn choose(
    candidates: &[usize],
    slots: &[(Slot, Vec<usize>)],
    claims: &[Claim<'_>],
    claim: usize,
) -> Option<usize> {
    match candidates {
        [] => None,
        [only] => Some(*only),
        _ => only_agreeing(candidates, slots, claims, claim),
    }
}

/// Picks the only candidate slot holding a value the claim's value agrees
/// with. Any one is enough: a slot whose sources already disagree ("1,300"
/// and "1,400") still takes a third figure that matches one of them.
fn only_agreeing(
    candidates: &[usize],
    slots: &[(Slot, Vec<usize>)],
    claims: &[Claim<'_>],
    claim: usize,
) -> Option<usize> {
    let agreeing: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&position| {
            slots[position]
                .1
                .iter()
                .any(|&member| compatible(claims[member].hedged, claims[claim].hedged))
        })
        .collect();
    match agreeing.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// Tells whether `unit` is `wider` or its tail on a word boundary.
fn unit_fits(unit: &str, wider: &str) -> bool {
    unit == wider || wider.ends_with(&format!(" {unit}"))
}
