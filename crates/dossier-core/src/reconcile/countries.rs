//! The country of each entity of a story, so a reader sees whose official a
//! person is and where a city lies without knowing the names:
//!
//! - a person or organisation gets the country a nationality word or a
//!   country's name in one of its roles names ("Lithuanian President",
//!   "US special envoy", "Russia's foreign minister"); an organisation also
//!   the country its own name starts with or ends on ("Turkish Airlines",
//!   "Supreme Court of Canada");
//! - a city gets its country from the GeoNames gazetteer of large cities.
//!   When large cities of several countries share the name ("Birmingham"),
//!   the story must name exactly one of those countries, else none is given.
//!
//! A country itself, a region or a small town gets none: nothing to add, or
//! nothing known.

use std::collections::BTreeSet;

use crate::analyse::lexicon::{Lexicon, key, lexicon};
use crate::model::{Entity, EntityKind};

/// Sets `country` on every entity the story's words tie to one.
pub(crate) fn link(entities: &mut [Entity]) {
    let lex = lexicon();
    let mut named: BTreeSet<String> = BTreeSet::new();
    for entity in entities.iter() {
        if entity.kind == EntityKind::Place
            && let Some(country) = lex.country_name(&folded_name(&entity.name))
        {
            named.insert(country.to_string());
        }
        for role in &entity.roles {
            named.extend(countries_in(role, lex).into_iter().map(str::to_string));
        }
    }
    for entity in entities.iter_mut() {
        entity.country = match entity.kind {
            EntityKind::Place => city_country(&entity.name, &named, lex),
            EntityKind::Person => role_country(&entity.roles, lex),
            EntityKind::Organization => {
                role_country(&entity.roles, lex).or_else(|| name_country(&entity.name, lex))
            }
            EntityKind::Other => nationals_country(&entity.name, lex),
        };
    }
}

fn folded_name(name: &str) -> String {
    name.split_whitespace()
        .map(key)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words of a role or name as lookup keys, without punctuation around
/// them or a possessive after them ("Russia's" -> "russia").
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|word| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
            let word = word
                .strip_suffix("'s")
                .or_else(|| word.strip_suffix("\u{2019}s"))
                .unwrap_or(word);
            key(word.trim_end_matches(','))
        })
        .filter(|word| !word.is_empty())
        .collect()
}

/// The country a key (one word, or two joined by a space) names as a
/// demonym or as a country's own spelling. A demonym of a region
/// ("European") names no country.
fn country_of_key<'l>(word: &str, lex: &'l Lexicon) -> Option<&'l str> {
    if lex.demonym_country(word).is_some() {
        return lex.demonym_nation(word);
    }
    lex.country_name(word)
}

/// Every country a text names, in order, two-word spellings first ("South
/// Korean" before "Korean").
fn countries_in<'l>(text: &str, lex: &'l Lexicon) -> Vec<&'l str> {
    let words = words(text);
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let pair = words
            .get(i + 1)
            .map(|next| format!("{} {}", words[i], next));
        if let Some(country) = pair.as_deref().and_then(|pair| country_of_key(pair, lex)) {
            found.push(country);
            i += 2;
            continue;
        }
        if let Some(country) = country_of_key(&words[i], lex) {
            found.push(country);
        }
        i += 1;
    }
    found
}

/// The country whose people a name is ("Lithuanians", "a Briton",
/// "Frenchmen"): a nationality the finder keeps as a name of its own, tied to
/// its country as the nationality word of a role is.
fn nationals_country(name: &str, lex: &Lexicon) -> Option<String> {
    let word = folded_name(name);
    let mut forms = vec![word.clone()];
    if let Some(stem) = word.strip_suffix("men") {
        forms.push(format!("{stem}man"));
    }
    if let Some(stem) = word.strip_suffix('s') {
        forms.push(stem.to_string());
    }
    forms
        .iter()
        .find_map(|form| lex.demonym_nation(form))
        .map(str::to_string)
}

/// The country most roles name; on a tie, the first role's.
fn role_country(roles: &[String], lex: &Lexicon) -> Option<String> {
    let mut votes: Vec<(&str, usize)> = Vec::new();
    for role in roles {
        // One vote per role: "US envoy to the US" says one thing once.
        let mut seen: Vec<&str> = Vec::new();
        for country in countries_in(role, lex) {
            if seen.contains(&country) {
                continue;
            }
            seen.push(country);
            match votes.iter_mut().find(|(c, _)| *c == country) {
                Some((_, n)) => *n += 1,
                None => votes.push((country, 1)),
            }
        }
    }
    let best = votes.iter().map(|&(_, n)| n).max()?;
    votes
        .iter()
        .find(|&&(_, n)| n == best)
        .map(|&(country, _)| country.to_string())
}

/// The country an organisation's name starts with ("Turkish Airlines") or
/// ends on after "of" ("Bank of Lithuania"). A country's name alone is a
/// place, not a body, and gives nothing.
fn name_country(name: &str, lex: &Lexicon) -> Option<String> {
    let words = words(name);
    if words.len() < 2 {
        return None;
    }
    let first_two = format!("{} {}", words[0], words[1]);
    if words.len() > 2
        && let Some(country) = country_of_key(&first_two, lex)
    {
        return Some(country.to_string());
    }
    if let Some(country) = country_of_key(&words[0], lex) {
        return Some(country.to_string());
    }
    let of = words.iter().rposition(|word| word == "of")?;
    let tail = words.get(of + 1..)?.join(" ");
    let tail = tail.strip_prefix("the ").unwrap_or(&tail);
    lex.country_name(tail).map(str::to_string)
}

/// The country a city lies in, when the gazetteer and the story leave one.
fn city_country(name: &str, named: &BTreeSet<String>, lex: &Lexicon) -> Option<String> {
    let folded = folded_name(name);
    if lex.country_name(&folded).is_some() {
        return None;
    }
    match lex.city_countries(&folded) {
        [] => None,
        [only] => Some(only.clone()),
        several => {
            let mut in_story = several.iter().filter(|c| named.contains(c.as_str()));
            match (in_story.next(), in_story.next()) {
                (Some(country), None) => Some(country.clone()),
                _ => None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DocId;

    fn entity(name: &str, kind: EntityKind, roles: &[&str]) -> Entity {
        Entity {
            id: "e1".into(),
            name: name.into(),
            kind,
            aliases: Vec::new(),
            roles: roles.iter().map(|r| r.to_string()).collect(),
            articles: vec![DocId("a1".into())],
            merged_because: Vec::new(),
            country: None,
        }
    }

    fn countries(entities: &mut [Entity]) -> Vec<Option<String>> {
        link(entities);
        entities.iter().map(|e| e.country.clone()).collect()
    }

    #[test]
    fn a_nationality_word_in_a_role_ties_a_person_to_the_country() {
        let mut entities = vec![
            entity(
                "Ona Petraityte",
                EntityKind::Person,
                &["Lithuanian President"],
            ),
            entity("Min-jun Park", EntityKind::Person, &["South Korean envoy"]),
            entity("Jane Doe", EntityKind::Person, &["opposition leader"]),
        ];
        assert_eq!(
            countries(&mut entities),
            [Some("Lithuania".into()), Some("South Korea".into()), None]
        );
    }

    #[test]
    fn nationals_named_as_a_people_are_tied_to_their_country() {
        let mut entities = vec![
            entity("Lithuanians", EntityKind::Other, &[]),
            entity("Briton", EntityKind::Other, &[]),
            entity("Frenchmen", EntityKind::Other, &[]),
            entity("Poles", EntityKind::Other, &[]),
            entity("Zapad-2025", EntityKind::Other, &[]),
        ];
        assert_eq!(
            countries(&mut entities),
            [
                Some("Lithuania".into()),
                Some("United Kingdom".into()),
                Some("France".into()),
                Some("Poland".into()),
                None
            ]
        );
    }

    #[test]
    fn a_country_spelled_in_a_role_is_written_as_the_lists_name_it() {
        let mut entities = vec![
            entity("John Roe", EntityKind::Person, &["US special envoy"]),
            entity(
                "Ivan Ivanov",
                EntityKind::Person,
                &["Russia's foreign minister"],
            ),
        ];
        assert_eq!(
            countries(&mut entities),
            [Some("United States".into()), Some("Russia".into())]
        );
    }

    #[test]
    fn most_roles_win_and_a_region_is_no_country() {
        let mut entities = vec![
            entity(
                "Anna Berg",
                EntityKind::Person,
                &[
                    "Swedish minister",
                    "European commissioner",
                    "Swedish politician",
                    "Norwegian-born",
                ],
            ),
            entity("Karl Stein", EntityKind::Person, &["European commissioner"]),
        ];
        assert_eq!(countries(&mut entities), [Some("Sweden".into()), None]);
    }

    #[test]
    fn an_organisation_named_after_its_country() {
        let mut entities = vec![
            entity("Turkish Airlines", EntityKind::Organization, &[]),
            entity("Central Bank of Lithuania", EntityKind::Organization, &[]),
            entity("Acme Widgets", EntityKind::Organization, &[]),
        ];
        assert_eq!(
            countries(&mut entities),
            [Some("Turkey".into()), Some("Lithuania".into()), None]
        );
    }

    #[test]
    fn a_large_city_gets_its_country_and_a_country_gets_none() {
        let mut entities = vec![
            entity("Vilnius", EntityKind::Place, &[]),
            entity("MINSK", EntityKind::Place, &[]),
            entity("Lithuania", EntityKind::Place, &[]),
            entity("Smalltown Creek", EntityKind::Place, &[]),
        ];
        assert_eq!(
            countries(&mut entities),
            [Some("Lithuania".into()), Some("Belarus".into()), None, None]
        );
    }

    #[test]
    fn a_shared_city_name_needs_the_story_to_name_one_of_its_countries() {
        let mut alone = vec![entity("Birmingham", EntityKind::Place, &[])];
        assert_eq!(countries(&mut alone), [None]);
        let mut with_state = vec![
            entity("Birmingham", EntityKind::Place, &[]),
            entity("U.S.", EntityKind::Place, &[]),
        ];
        assert_eq!(
            countries(&mut with_state),
            [Some("United States".into()), None]
        );
        let mut with_role = vec![
            entity("Birmingham", EntityKind::Place, &[]),
            entity("Tom Hale", EntityKind::Person, &["British MP"]),
        ];
        assert_eq!(
            countries(&mut with_role),
            [Some("United Kingdom".into()), Some("United Kingdom".into())]
        );
    }

    #[test]
    fn odd_roles_and_names_give_none_without_panicking() {
        let mut entities = vec![
            entity("", EntityKind::Organization, &["", "'s", "\u{2019}"]),
            entity("of", EntityKind::Organization, &["of of"]),
            entity("Bank of", EntityKind::Organization, &[]),
            entity("", EntityKind::Place, &[]),
        ];
        assert_eq!(countries(&mut entities), [None, None, None, None]);
    }
}
